"""The query library: named ``.rq`` files, their parameters, running them, printing the rows.

Each ``queries/NAME.rq`` opens with a comment block::

    # title: Topic history
    # answers: For a topic … every agenda item and decision about it …
    # param topic: the topic's label or acronym, any case (example: dhr)
    # param meeting: optional; a meeting date or IRI (example: 2011-09-26)

A parameter is a SPARQL variable of the same name. Its value from the command line is bound as
an ``xsd:string`` literal (queries compare with ``STR()``, so a date or an IRI given as text
works too), through the store's binding mechanism — never pasted into the query text. A
parameter whose description starts with "optional" may be left out; the query then sees the
variable unbound.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib.term import BNode, Literal, Node, URIRef

from kgraph.resources import queries_dir
from kgraph.store import QueryResult, Store, StoreError

__all__ = ["QueryInfo", "QueryParam", "QueryResult", "QueryError", "list_queries", "load_query",
           "find_query", "parse_header", "bind_params", "run_query", "format_rows", "FORMATS"]

FORMATS = ("table", "csv", "tsv", "json")
_HEADER_LINE = re.compile(r"^#\s*(title|answers|param)\b\s*([A-Za-z_][A-Za-z0-9_]*)?\s*:\s*(.*)$")
_EXAMPLE = re.compile(r"\(example:\s*(.*?)\)\s*$")


class QueryError(StoreError):
    """A query that cannot be found, or parameters that do not fit it."""


@dataclass(slots=True)
class QueryParam:
    name: str
    description: str
    example: str | None = None
    required: bool = True


@dataclass(slots=True)
class QueryInfo:
    name: str
    title: str
    answers: str
    params: list[QueryParam] = field(default_factory=list)
    path: Path | None = None


def parse_header(text: str, name: str = "", path: Path | None = None) -> QueryInfo:
    """Title, answers and parameters from the leading ``#`` comment block of a query."""
    info = QueryInfo(name=name, title=name, answers="", path=path)
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break  # the block ends at the first line of SPARQL
        match = _HEADER_LINE.match(stripped)
        if match is None:
            continue
        key, param_name, value = match.group(1), match.group(2), match.group(3).strip()
        if key == "title":
            info.title = value
        elif key == "answers":
            info.answers = value
        elif key == "param" and param_name:
            example = _EXAMPLE.search(value)
            description = value[:example.start()].strip() if example else value
            optional = description.lower().startswith("optional")
            info.params.append(QueryParam(name=param_name, description=description,
                                          example=example.group(1).strip() if example else None,
                                          required=not optional))
    return info


def _library() -> Path | None:
    return queries_dir()


def list_queries() -> list[QueryInfo]:
    """Every query of the shipped library, sorted by name."""
    folder = _library()
    if folder is None:
        return []
    return [parse_header(p.read_text(encoding="utf-8"), p.stem, p) for p in sorted(folder.glob("*.rq"))]


def find_query(name_or_path: str | Path) -> Path:
    """A library query by name ("topic-history") or any ``.rq`` file by path."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" and candidate.is_file():
        return candidate
    folder = _library()
    if folder is not None:
        named = folder / f"{candidate.name.removesuffix('.rq')}.rq"
        if named.is_file():
            return named
    known = ", ".join(q.name for q in list_queries()) or "none found"
    raise QueryError(f"no query {str(name_or_path)!r} (library: {known})")


def load_query(name_or_path: str | Path) -> tuple[QueryInfo, str]:
    """The query's parsed header and its text."""
    path = find_query(name_or_path)
    text = path.read_text(encoding="utf-8")
    return parse_header(text, path.stem, path), text


def bind_params(info: QueryInfo, params: dict[str, str] | None) -> dict[str, Node]:
    """Check the given parameters against the query's and turn each value into a literal."""
    params = dict(params or {})
    declared = {p.name: p for p in info.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        allowed = ", ".join(declared) or "none"
        raise QueryError(f"query {info.name!r} has no parameter {', '.join(unknown)} (parameters: {allowed})")
    missing = [p for p in info.params if p.required and not params.get(p.name)]
    if missing:
        hints = "; ".join(f"--param {p.name}=…" + (f" (e.g. {p.example})" if p.example else "")
                          for p in missing)
        raise QueryError(f"query {info.name!r} needs {hints}")
    return {name: Literal(value) for name, value in params.items() if value is not None and value != ""}


def run_query(store: Store, name_or_path: str | Path, params: dict[str, str] | None = None) -> QueryResult:
    """Run a library query (or an .rq file) on a store, parameters bound as RDF literals."""
    info, text = load_query(name_or_path)
    return store.query(text, bind_params(info, params))


# --------------------------------------------------------------------------- output


def _cell(term: Node | None) -> str:
    return "" if term is None else str(term)


def format_rows(result: QueryResult, fmt: str = "table") -> str:
    """The result as ``table`` (aligned text), ``csv``, ``tsv`` or ``json`` (SPARQL 1.1 JSON results)."""
    fmt = fmt.lower()
    if fmt == "json":
        return json.dumps(results_json(result), ensure_ascii=False, indent=1)
    if result.boolean is not None:
        return "true" if result.boolean else "false"
    if result.graph is not None:
        return result.graph.serialize(format="turtle")
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        if fmt == "csv":
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(result.columns)
            writer.writerows([_cell(v) for v in row] for row in result.rows)
        else:
            # SPARQL TSV: header of ?vars, terms in N-Triples syntax so types survive
            buffer.write("\t".join(f"?{c}" for c in result.columns) + "\n")
            for row in result.rows:
                buffer.write("\t".join("" if v is None else _tsv_term(v) for v in row) + "\n")
        return buffer.getvalue()
    if fmt == "table":
        return _table(result)
    raise QueryError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def _tsv_term(term: Node) -> str:
    return term.n3().replace("\t", "\\t").replace("\n", "\\n")


def _table(result: QueryResult, max_width: int = 60) -> str:
    """Aligned plain-text columns; long cells are cut with an ellipsis so rows stay one line."""
    def clip(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= max_width else text[:max_width - 1] + "…"

    cells = [[clip(_cell(v)) for v in row] for row in result.rows]
    widths = [len(c) for c in result.columns]
    for row in cells:
        widths = [max(w, len(v)) for w, v in zip(widths, row)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def results_json(result: QueryResult) -> dict:
    """SPARQL 1.1 Query Results JSON Format (https://www.w3.org/TR/sparql11-results-json/)."""
    if result.boolean is not None:
        return {"head": {}, "boolean": result.boolean}
    bindings = []
    for row in result.rows:
        bindings.append({c: _json_value(v) for c, v in zip(result.columns, row) if v is not None})
    return {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}


def _json_value(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        value: dict = {"type": "literal", "value": str(term)}
        if term.language:
            value["xml:lang"] = term.language
        elif term.datatype is not None:
            value["datatype"] = str(term.datatype)
        return value
    return {"type": "literal", "value": str(term)}
