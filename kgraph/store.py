"""Where the graph lives: the embedded Oxigraph store, an RDF file, or any SPARQL 1.1 server.

All three speak the :class:`Store` protocol, so ``kgraph query``, ``serve``, ``export`` and the
benchmark do not care which one they talk to:

* :class:`OxigraphStore` — the default. A persistent ``pyoxigraph.Store`` in ``OUT_DIR/store/``.
  Chosen by measurement (``benchmarks/README.md``): at 10,000 meetings (6 M quads) it bulk loads
  about 100,000 quads a second on two cores, where rdflib's in-memory store takes ten times as
  long, and it answers the competency queries in well under a second where rdflib takes longer
  than 30 s. ``--graph FILE`` reads any RDF file into the same engine, in memory
  (:meth:`OxigraphStore.from_file`).
* :class:`RdflibStore` — an rdflib ``Dataset`` in memory (optionally on the ``Oxigraph`` rdflib
  store plugin from oxrdflib), for library users who hold rdflib data, and a benchmark baseline.
* :class:`RemoteStore` — SPARQLWrapper for queries, the Graph Store HTTP Protocol (one PUT per
  named graph) for loads, HTTP basic credentials from ``KGRAPH_ENDPOINT_USER`` /
  ``KGRAPH_ENDPOINT_PASSWORD``.

One named graph per source document: :meth:`Store.replace_graphs` swaps exactly the graphs a new
dataset contains, so re-ingesting a changed document replaces its triples and nothing else.
Queries see the union of all named graphs.

Parameters are bound as RDF terms, never pasted into the query text: rdflib takes them as
``initBindings``; Oxigraph (embedded or remote) gets a ``VALUES`` block built from each term's
N3 serialisation, which escapes quotes, so untrusted values cannot change the query.
"""
from __future__ import annotations

import base64
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

import rdflib
from rdflib.term import BNode, Literal, Node, URIRef

from .files import write_atomic_with

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
STORE_SUBDIR = "store"
DEFAULT_TIMEOUT_S = 60.0
USER_ENV = "KGRAPH_ENDPOINT_USER"
PASSWORD_ENV = "KGRAPH_ENDPOINT_PASSWORD"

# suffix → (rdflib format, pyoxigraph format name); Turtle holds triples only (the union)
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    ".ttl": ("turtle", "TURTLE"),
    ".trig": ("trig", "TRIG"),
    ".nq": ("nquads", "N_QUADS"),
    ".nquads": ("nquads", "N_QUADS"),
    ".jsonld": ("json-ld", "JSON_LD"),
    ".json": ("json-ld", "JSON_LD"),
    ".nt": ("nt", "N_TRIPLES"),
}
DATASET_SUFFIXES = {".trig", ".nq", ".nquads", ".jsonld", ".json"}
# suffix → pyoxigraph format, for reading a graph file into the embedded engine
PARSE_FORMATS = {".ttl": "TURTLE", ".trig": "TRIG", ".nq": "N_QUADS", ".nquads": "N_QUADS",
                 ".nt": "N_TRIPLES", ".jsonld": "JSON_LD", ".json": "JSON_LD", ".rdf": "RDF_XML",
                 ".owl": "RDF_XML", ".xml": "RDF_XML", ".n3": "N3"}


class StoreError(RuntimeError):
    """A store that cannot be opened, reached or written; the message is one readable line."""


@dataclass(slots=True)
class QueryResult:
    """Rows of a SELECT (rdflib terms, ``None`` where unbound), or an ASK boolean, or a CONSTRUCT graph."""

    columns: list[str]
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: rdflib.Graph | None = None

    def dicts(self) -> list[dict[str, str | None]]:
        """Rows as plain ``{column: lexical value}`` dicts, for callers that want strings."""
        return [{c: (None if v is None else str(v)) for c, v in zip(self.columns, row)}
                for row in self.rows]

    def column(self, name: str) -> list[str | None]:
        i = self.columns.index(name)
        return [None if row[i] is None else str(row[i]) for row in self.rows]


@runtime_checkable
class Store(Protocol):
    def replace_graphs(self, dataset: rdflib.Dataset) -> None: ...
    def remove_graph(self, iri: str) -> None: ...
    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult: ...
    def graph_names(self) -> list[str]: ...
    def export(self, path: str | Path, fmt: str | None = None) -> Path: ...
    def triple_count(self) -> int: ...
    def close(self) -> None: ...


# --------------------------------------------------------------------------- shared helpers


def export_format(path: str | Path, fmt: str | None = None) -> tuple[str, str]:
    """(rdflib format, pyoxigraph format) for an export, from ``fmt`` or the file suffix."""
    key = fmt.lower() if fmt else Path(path).suffix.lower()
    aliases = {"turtle": ".ttl", "ttl": ".ttl", "trig": ".trig", "nquads": ".nq", "n-quads": ".nq",
               "nq": ".nq", "json-ld": ".jsonld", "jsonld": ".jsonld", "nt": ".nt",
               "ntriples": ".nt", "n-triples": ".nt"}
    key = aliases.get(key, key)
    if key not in EXPORT_FORMATS:
        raise StoreError(f"cannot export to {Path(path).name!r}: use .ttl, .trig, .nq or .jsonld")
    return EXPORT_FORMATS[key]


def named_graphs_of(dataset: rdflib.Dataset) -> list[rdflib.Graph]:
    """The named graphs of a dataset (not its default graph)."""
    default = rdflib.graph.DATASET_DEFAULT_GRAPH_ID
    return [g for g in dataset.graphs() if g.identifier != default]


def default_graph_of(dataset: rdflib.Dataset) -> rdflib.Graph:
    return dataset.graph(rdflib.graph.DATASET_DEFAULT_GRAPH_ID)


def dataset_to_nquads(dataset: rdflib.Dataset) -> bytes:
    """N-Quads of every graph in the dataset (default-graph triples come out as triples)."""
    return dataset.serialize(format="nquads", encoding="utf-8")


_WHERE_OPEN = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_LEADING_BRACE = re.compile(r"\{")
_SELECT_KEYWORD = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def _mask_comments_and_strings(sparql: str) -> str:
    """The query with comments and string literals blanked (same length), so a regex on it
    finds keywords only where they really are keywords."""
    out = list(sparql)
    i, n = 0, len(sparql)
    while i < n:
        ch = sparql[i]
        if ch == "#":
            j = sparql.find("\n", i)
            j = n if j < 0 else j
            out[i:j] = " " * (j - i)
            i = j
        elif ch in "\"'":
            quote = sparql[i:i + 3] if sparql[i:i + 3] in ('"""', "'''") else ch
            j = i + len(quote)
            while j < n and not sparql.startswith(quote, j):
                j += 2 if sparql[j] == "\\" else 1
            j = min(n, j + len(quote))
            out[i:j] = " " * (j - i)
            i = j
        elif ch == "<":
            # an IRI may hold '#'; skip to its end (a '<' comparison has a space after it)
            j = sparql.find(">", i)
            if j > 0 and not re.search(r"\s", sparql[i:j]):
                out[i:j + 1] = " " * (j + 1 - i)   # nothing inside an IRI is syntax
                i = j + 1
            else:
                i += 1
        else:
            i += 1
    return "".join(out)


_QUERY_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.IGNORECASE)


def query_form(sparql: str) -> str | None:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the first form keyword outside comments, strings and IRIs."""
    m = _QUERY_FORM.search(_mask_comments_and_strings(sparql))
    return m.group(1).upper() if m else None


def inject_values(sparql: str, bindings: dict[str, Node] | None) -> str:
    """Bind variables by a ``VALUES ?v { term }`` block after the query's ``WHERE {``.

    The block goes right after the first ``WHERE {`` and also after the ``WHERE {`` of every
    sub-select, so a parameter is the same constant everywhere in the query (as with
    initial bindings), and a sub-select can resolve it first: Oxigraph then joins from one
    topic or person instead of from every one (the topic history over 80 meetings drops from
    seconds to ~0.1 s). Each term is written with rdflib's ``.n3()``, which escapes quotes and
    backslashes, so a value like ``x" } DROP ALL ; #`` stays one literal. This is how parameters
    reach engines without initial bindings (remote SPARQL servers) or whose substitution
    feature needs the variable projected (pyoxigraph).
    """
    if not bindings:
        return sparql
    masked = _mask_comments_and_strings(sparql)
    positions = [m.end() for m in _WHERE_OPEN.finditer(masked)]
    if not positions:
        # "SELECT * { ... }" without WHERE: the first brace after the query form keyword
        form = _SELECT_KEYWORD.search(masked)
        brace = _LEADING_BRACE.search(masked, form.end()) if form else None
        positions = [brace.end()] if brace else []
    if not positions:
        raise StoreError("cannot bind parameters: the query has no WHERE { … } group")
    block = "".join(f" VALUES ?{_check_var(name)} {{ {_term_n3(term)} }}"
                    for name, term in bindings.items()) + "\n"
    pieces, last = [], 0
    for position in positions:
        pieces += [sparql[last:position], block]
        last = position
    return "".join(pieces) + sparql[last:]


_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _check_var(name: str) -> str:
    if not _VAR_NAME.match(name):
        raise StoreError(f"bad parameter name {name!r}: letters, digits and _ only")
    return name


def _term_n3(term: Node) -> str:
    if isinstance(term, (URIRef, Literal)):
        return term.n3()
    raise StoreError(f"cannot bind {term!r}: only IRIs and literals can be parameters")


# --------------------------------------------------------------------------- embedded Oxigraph


def _ox():
    import pyoxigraph  # imported lazily: `kgraph --help` should not pay for it
    return pyoxigraph


def ox_to_rdflib(term) -> Node | None:
    """A pyoxigraph term as the equivalent rdflib term (xsd:string literals become plain)."""
    if term is None:
        return None
    ox = _ox()
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
    raise StoreError(f"unsupported RDF term in results: {term!r}")


def _converted_rows(solutions) -> list[tuple[Node | None, ...]]:
    """Solutions as tuples of rdflib terms. Result cells repeat a lot (dates, bodies, titles)
    and building an rdflib Literal is the costly part, so each distinct term converts once."""
    cache: dict = {}
    rows = []
    for solution in solutions:
        row = []
        for term in solution:
            if term is None:
                row.append(None)
                continue
            converted = cache.get(term)
            if converted is None:
                converted = cache[term] = ox_to_rdflib(term)
            row.append(converted)
        rows.append(tuple(row))
    return rows


class OxigraphStore:
    """The embedded store: pyoxigraph, persistent on disk (or in memory when ``path`` is None)."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        ox = _ox()
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not self.path.is_dir():
                    raise StoreError(f"no kgraph store in {self.path}: run `kgraph build … -o DIR` first")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store in {self.path}: {_first_line(exc)} "
                             "(is another kgraph process, e.g. `kgraph serve`, using it?)") from exc

    @classmethod
    def from_file(cls, path: str | Path) -> "OxigraphStore":
        """Any RDF file (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML, N3) in an in-memory
        store, for querying: measured on the benchmark's graph, the same engine answers the
        competency queries a thousand times faster than rdflib's own store (under 0.1 s at
        1,000 meetings, where rdflib takes more than a minute)."""
        path = Path(path)
        fmt = _file_format(path)
        store = cls(None)
        try:
            store._store.bulk_load(path=str(path), format=fmt)
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"cannot read {path}: {_first_line(exc)}") from exc
        return store

    @property
    def pyoxigraph_store(self):
        """The underlying ``pyoxigraph.Store`` (serve and the benchmark use it directly)."""
        return self._store

    def replace_graphs(self, dataset: rdflib.Dataset) -> None:
        self._writable()
        ox = _ox()
        for graph in named_graphs_of(dataset):
            self._store.remove_graph(_ox_graph_name(graph.identifier))
        # one bulk load of N-Quads, never triple by triple (the slow path measured at ~115k/s)
        self._store.bulk_load(dataset_to_nquads(dataset), ox.RdfFormat.N_QUADS)
        self._store.flush()

    def load_nquads(self, data: bytes | str | Path) -> None:
        """Bulk load N-Quads bytes or a .nq file as they are (the benchmark's raw path)."""
        self._writable()
        ox = _ox()
        if isinstance(data, Path):
            self._store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
        else:
            self._store.bulk_load(data, ox.RdfFormat.N_QUADS)
        self._store.flush()

    def load_nquads_files(self, paths: list[Path], *, minted: bool = False) -> None:
        """Bulk load N-Quads files side by side: Oxigraph's loader runs on one core and releases
        the GIL, and concurrent loads into one store are safe, so a thread per file uses every core.

        ``minted`` says the files are kgraph's own minted N-Quads, whose terms its serialiser
        already escaped (``kgraph.graph``'s N-Triples terms): the parser's IRI and language
        tag checks are then skipped (Oxigraph's ``lenient``), which measured 15% of the load's CPU
        (16.2 → 13.8 s a million quads on disk). Files from anywhere else are checked."""
        self._writable()
        ox = _ox()
        paths = [str(p) for p in paths]

        def load(path: str) -> None:
            self._store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS, lenient=minted)

        with ThreadPoolExecutor(max_workers=max(1, min(len(paths), os.cpu_count() or 1))) as pool:
            list(pool.map(load, paths))
        self._store.flush()

    def optimize(self) -> None:
        """Compact the store's indexes (after a large load, so that lookups seek in fewer files)."""
        self._writable()
        self._store.optimize()
        self._store.flush()

    def remove_graph(self, iri: str) -> None:
        self._writable()
        name = _ox().NamedNode(iri)
        if self._store.contains_named_graph(name):
            self._store.remove_graph(name)

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult:
        ox = _ox()
        try:
            result = self._store.query(inject_values(sparql, bindings), use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {_first_line(exc)}") from exc
        if isinstance(result, ox.QuerySolutions):
            columns = [v.value for v in result.variables]
            return QueryResult(columns=columns, rows=_converted_rows(result))
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(columns=[], boolean=bool(result))
        graph = rdflib.Graph()
        for triple in result:
            graph.add((ox_to_rdflib(triple.subject), ox_to_rdflib(triple.predicate),
                       ox_to_rdflib(triple.object)))
        return QueryResult(columns=[], graph=graph)

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if hasattr(g, "value"))

    def triple_count(self) -> int:
        return len(self._store)

    def export(self, path: str | Path, fmt: str | None = None) -> Path:
        ox = _ox()
        _, ox_name = export_format(path, fmt)
        fmt_obj = getattr(ox.RdfFormat, ox_name)
        from kgraph.graph import PREFIXES
        prefixes = {k: str(v) for k, v in PREFIXES.items()}

        def write(tmp: Path) -> None:
            if fmt_obj.supports_datasets:
                self._store.dump(str(tmp), fmt_obj, prefixes=prefixes if ox_name != "N_QUADS" else None)
            else:
                # a triples-only format: the union of all graphs, as the queries see it
                triples = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                            use_default_graph_as_union=True)
                staging = ox.Store()
                staging.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
                staging.dump(str(tmp), fmt_obj, from_graph=ox.DefaultGraph(),
                             prefixes=prefixes if ox_name == "TURTLE" else None)

        return write_atomic_with(Path(path), write)

    def close(self) -> None:
        if not self.read_only:
            try:
                self._store.flush()
            except OSError:
                pass
        del self._store

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store in {self.path} is open read-only")


def _ox_graph_name(identifier):
    ox = _ox()
    if isinstance(identifier, BNode):
        return ox.BlankNode(str(identifier))
    return ox.NamedNode(str(identifier))


# --------------------------------------------------------------------------- rdflib in memory


class RdflibStore:
    """An rdflib Dataset in memory; ``plugin="Oxigraph"`` puts it on oxrdflib's store."""

    def __init__(self, dataset: rdflib.Dataset | None = None, *, plugin: str = "default"):
        self.plugin = plugin
        if dataset is not None and plugin == "default":
            self.dataset = dataset
            self.dataset.default_union = True
        else:
            self.dataset = rdflib.Dataset(store=plugin, default_union=True)
            if dataset is not None:
                self.replace_graphs(dataset)

    def replace_graphs(self, dataset: rdflib.Dataset) -> None:
        for graph in named_graphs_of(dataset):
            self.remove_graph(str(graph.identifier))
        if self.plugin == "Oxigraph":
            # oxrdflib parses N-Quads natively: the bulk path for that store
            self.dataset.parse(data=dataset_to_nquads(dataset), format="ox-nquads")
            return
        # rdflib's memory store: addN is its batch API and beats re-parsing N-Quads twice over
        default_id = rdflib.graph.DATASET_DEFAULT_GRAPH_ID
        for graph in dataset.graphs():
            target = self.dataset.graph(graph.identifier if graph.identifier != default_id else default_id)
            self.dataset.addN((s, p, o, target) for s, p, o in graph)

    def remove_graph(self, iri: str) -> None:
        ident = URIRef(iri)
        if any(g.identifier == ident for g in self.dataset.graphs()):
            self.dataset.remove_graph(ident)

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult:
        if self.plugin == "Oxigraph" and bindings:
            # oxrdflib turns initBindings into Oxigraph substitutions, which need every bound
            # variable projected; a VALUES block binds without that constraint
            sparql, bindings = inject_values(sparql, bindings), None
        try:
            result = self.dataset.query(sparql, initBindings=bindings or {})
        except Exception as exc:  # pyparsing / rdflib errors
            raise StoreError(f"SPARQL error: {_first_line(exc)}") from exc
        if result.type == "ASK":
            return QueryResult(columns=[], boolean=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult(columns=[], graph=result.graph)
        columns = [str(v) for v in result.vars]
        return QueryResult(columns=columns, rows=[tuple(row) for row in result])

    def graph_names(self) -> list[str]:
        return sorted(str(g.identifier) for g in named_graphs_of(self.dataset) if len(g))

    def triple_count(self) -> int:
        return sum(len(g) for g in self.dataset.graphs())

    def export(self, path: str | Path, fmt: str | None = None) -> Path:
        rdflib_fmt, _ = export_format(path, fmt)

        def write(tmp: Path) -> None:
            if rdflib_fmt in ("turtle", "nt"):
                union = rdflib.Graph()
                for prefix, ns in self.dataset.namespaces():
                    union.bind(prefix, ns)
                for graph in self.dataset.graphs():
                    union += graph
                union.serialize(str(tmp), format=rdflib_fmt)
            else:
                self.dataset.serialize(str(tmp), format=rdflib_fmt)

        return write_atomic_with(Path(path), write)

    def close(self) -> None:
        self.dataset.close()


# --------------------------------------------------------------------------- remote SPARQL server


class RemoteStore:
    """A SPARQL 1.1 server: queries through SPARQLWrapper, loads through the Graph Store Protocol.

    ``graph_store`` is the GSP endpoint (Oxigraph ``/store``, Fuseki ``/DATASET/data``); without
    it, loads fall back to SPARQL Update (``DROP SILENT GRAPH`` + ``INSERT DATA``) on
    ``update_endpoint``. Queries must see the union of the named graphs: start Oxigraph with
    ``--union-default-graph`` (Fuseki: ``tdb2:unionDefaultGraph true``).
    """

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None,
                 graph_store: str | None = None, timeout: float = DEFAULT_TIMEOUT_S,
                 user: str | None = None, password: str | None = None):
        for url in (endpoint, update_endpoint, graph_store):
            if url is not None and urllib.parse.urlsplit(url).scheme not in ("http", "https"):
                raise StoreError(f"not an http(s) URL: {url!r}")
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint
        self.graph_store = graph_store
        self.timeout = timeout
        self.user = user if user is not None else os.environ.get(USER_ENV)
        self.password = password if password is not None else os.environ.get(PASSWORD_ENV)

    # -- queries

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult:
        from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        text = inject_values(sparql, bindings)
        client = SPARQLWrapper(self.endpoint)
        client.setQuery(text)
        # SPARQLWrapper guesses the form from the raw text, comments included ("# … dropped …"
        # once made it send a SELECT as a DROP update): decide it from the masked text instead
        form = query_form(text)
        if form:
            client.queryType = form
        client.setMethod(POST)
        client.setTimeout(int(max(1, self.timeout)))
        if self.user:
            client.setCredentials(self.user, self.password or "")
        is_graph = client.queryType in ("CONSTRUCT", "DESCRIBE")
        client.setReturnFormat(TURTLE if is_graph else JSON)
        try:
            response = client.query()
            if is_graph:
                graph = rdflib.Graph()
                graph.parse(data=response.response.read(), format="turtle")
                return QueryResult(columns=[], graph=graph)
            data = response.convert()
        except SPARQLWrapperException as exc:
            raise StoreError(f"SPARQL endpoint {self.endpoint} refused the query: {_first_line(exc)}") from exc
        except urllib.error.HTTPError as exc:
            raise StoreError(_http_error_message(self.endpoint, exc)) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(_unreachable_message(self.endpoint, exc, self.timeout)) from exc
        return results_from_json(data)

    # -- loads

    def replace_graphs(self, dataset: rdflib.Dataset) -> None:
        graphs = named_graphs_of(dataset)
        leftover = default_graph_of(dataset)
        if len(leftover):
            raise StoreError("the dataset has triples outside named graphs; a remote store is loaded graph by graph")
        for graph in graphs:
            payload = graph.serialize(format="nt", encoding="utf-8")
            if self.graph_store:
                self._request("PUT", self._graph_url(str(graph.identifier)), payload,
                              "application/n-triples")
            elif self.update_endpoint:
                iri = URIRef(str(graph.identifier)).n3()
                update = (f"DROP SILENT GRAPH {iri} ;\nINSERT DATA {{ GRAPH {iri} {{\n"
                          + payload.decode("utf-8") + "\n} }")
                self._update(update)
            else:
                raise StoreError("the remote store is read-only here: give --graph-store (or --update-endpoint) to load it")

    def remove_graph(self, iri: str) -> None:
        if self.graph_store:
            self._request("DELETE", self._graph_url(iri), None, None, missing_ok=True)
        elif self.update_endpoint:
            self._update(f"DROP SILENT GRAPH {URIRef(iri).n3()}")
        else:
            raise StoreError("the remote store is read-only here: give --graph-store (or --update-endpoint) to change it")

    # -- inspection

    def graph_names(self) -> list[str]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(str(row[0]) for row in result.rows)

    def triple_count(self) -> int:
        """Quads in the named graphs (a union default graph hides the real default graph)."""
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(result.rows[0][0]) if result.rows else 0

    def export(self, path: str | Path, fmt: str | None = None) -> Path:
        dataset = rdflib.Dataset()
        result = self.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        for g, s, p, o in result.rows:
            dataset.graph(g).add((s, p, o))
        return RdflibStore(dataset).export(path, fmt)

    def close(self) -> None:
        """Nothing to release: every request opens and closes its own connection."""

    # -- HTTP plumbing

    def _graph_url(self, iri: str) -> str:
        separator = "&" if "?" in self.graph_store else "?"
        return f"{self.graph_store}{separator}{urllib.parse.urlencode({'graph': iri})}"

    def _update(self, update: str) -> None:
        body = urllib.parse.urlencode({"update": update}).encode("utf-8")
        self._request("POST", self.update_endpoint, body, "application/x-www-form-urlencoded")

    def _request(self, method: str, url: str, body: bytes | None, content_type: str | None,
                 *, missing_ok: bool = False) -> None:
        request = urllib.request.Request(url, data=body, method=method)
        if content_type:
            request.add_header("Content-Type", content_type)
        if self.user:
            token = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode("ascii")
            request.add_header("Authorization", f"Basic {token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            if missing_ok and exc.code == 404:
                return
            raise StoreError(_http_error_message(url, exc)) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(_unreachable_message(url, exc, self.timeout)) from exc


def results_from_json(data: dict) -> QueryResult:
    """SPARQL 1.1 Query Results JSON as a :class:`QueryResult` of rdflib terms."""
    if "boolean" in data:
        return QueryResult(columns=[], boolean=bool(data["boolean"]))
    columns = list(data.get("head", {}).get("vars", []))
    rows = [tuple(_json_term(binding.get(c)) for c in columns)
            for binding in data.get("results", {}).get("bindings", [])]
    return QueryResult(columns=columns, rows=rows)


def _json_term(value: dict | None) -> Node | None:
    if value is None:
        return None
    kind, lexical = value.get("type"), value.get("value", "")
    if kind == "uri":
        return URIRef(lexical)
    if kind == "bnode":
        return BNode(lexical)
    if kind in ("literal", "typed-literal"):
        lang = value.get("xml:lang")
        datatype = value.get("datatype")
        if lang:
            return Literal(lexical, lang=lang)
        if datatype and datatype != XSD_STRING:
            return Literal(lexical, datatype=URIRef(datatype))
        return Literal(lexical)
    raise StoreError(f"unexpected term type in SPARQL JSON results: {kind!r}")


def _http_error_message(url: str, exc: urllib.error.HTTPError) -> str:
    try:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
    except Exception:
        detail = []
    reason = detail[0][:200] if detail else (exc.reason or "")
    return f"SPARQL server {url} answered HTTP {exc.code}: {reason}"


def _unreachable_message(url: str, exc: BaseException, timeout: float) -> str:
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return f"SPARQL server {url} did not answer within {timeout:g} s"
    return f"cannot reach SPARQL server {url}: {reason}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# --------------------------------------------------------------------------- opening


def _file_format(path: Path):
    """The pyoxigraph format of an RDF file, from its suffix; a one-line error if there is none."""
    if not path.is_file():
        raise StoreError(f"no such graph file: {path}")
    name = PARSE_FORMATS.get(path.suffix.lower())
    if name is None:
        raise StoreError(f"cannot tell the RDF format of {path.name}: use .ttl, .trig, .nq, .nt or .jsonld")
    return getattr(_ox().RdfFormat, name)


def read_graph(path: str | Path) -> rdflib.Graph:
    """An RDF file as one rdflib Graph (a dataset's graphs as their union), parsed by Oxigraph:
    more than twice as fast as rdflib's own parsers on a large graph.ttl (20 s against 53 s for
    617,000 triples), for the code that needs rdflib's API (SHACL validation)."""
    path = Path(path)
    fmt = _file_format(path)
    graph = rdflib.Graph()
    converted: dict = {}

    def term(value):                 # names and values repeat: each converts once
        found = converted.get(value)
        if found is None:
            found = converted[value] = ox_to_rdflib(value)
        return found

    try:
        quads = _ox().parse(path=str(path), format=fmt)
        graph.addN((term(q.subject), term(q.predicate), term(q.object), graph) for q in quads)
    except (SyntaxError, ValueError, OSError) as exc:
        raise StoreError(f"cannot read {path}: {_first_line(exc)}") from exc
    return graph


def store_path(store_dir: str | Path) -> Path:
    """Where the embedded store of an output folder lives (``OUT_DIR/store``)."""
    return Path(store_dir) / STORE_SUBDIR


def open_store(store_dir: str | Path | None = None, *, graph_file: str | Path | None = None,
               endpoint: str | None = None, update_endpoint: str | None = None,
               graph_store: str | None = None, read_only: bool = False) -> Store:
    """The store the options name: a remote server, an RDF file, or the embedded store.

    ``store_dir`` is an output folder (the store sits in its ``store/`` subfolder); ``None``
    with no other option gives an empty in-memory Oxigraph store. ``read_only`` opens an
    existing embedded store without creating it (queries, serve).
    """
    chosen = [name for name, value in (("store_dir", store_dir), ("graph_file", graph_file),
                                       ("endpoint", endpoint)) if value is not None]
    if len(chosen) > 1:
        raise StoreError(f"give one of --store, --graph or --endpoint, not {', '.join(chosen)}")
    if (update_endpoint or graph_store) and not endpoint:
        raise StoreError("--update-endpoint / --graph-store need --endpoint for queries")
    if endpoint is not None:
        return RemoteStore(endpoint, update_endpoint=update_endpoint, graph_store=graph_store)
    if graph_file is not None:
        return OxigraphStore.from_file(graph_file)
    if store_dir is None:
        return OxigraphStore(None)
    return OxigraphStore(store_path(store_dir), read_only=read_only)
