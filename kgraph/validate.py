"""Validate stage: check a kgraph graph against the SHACL shapes in ``ontology/shapes.ttl``.

The shapes are checked with pyshacl, with the kgraph ontology as the ontology graph so that class
targets follow ``rdfs:subClassOf`` (a ``kg:Body`` is checked as an ``org:Organization`` too). No
RDFS/OWL inference is run: the graph must state what the contract asks for, not leave it to be
entailed. A Dataset (one named graph per document) is validated as the union of its graphs,
because the contract holds of what queries see, not of each document graph alone.

Only ``sh:Violation`` results make a graph non-conforming; warnings and infos are reported but
do not fail it.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import re
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDF, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDFS, SH
from rdflib.term import Node

from .resources import PACKAGE_DIR

KG = Namespace("https://w3id.org/kgraph/ontology#")
KGR = "https://w3id.org/kgraph/id/"

# Prefixes used to shorten IRIs in messages; kgr: resources are shown as "…/meeting/x/2011-09-26".
DISPLAY_PREFIXES = {
    "kg": "https://w3id.org/kgraph/ontology#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}

# Components whose failure is about how many values there are: the report says how many it found.
COUNT_COMPONENTS = {SH.MinCountConstraintComponent, SH.MaxCountConstraintComponent}

SEVERITY_NAMES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
# Below this many triples one process checks every shape (forking costs more than it saves).
PARALLEL_TRIPLES = 50_000
GROUPS_PER_JOB = 3
LONGEST_VALUE_SHOWN = 60


@dataclass(slots=True)
class Violation:
    """One SHACL validation result, in terms a reader of the graph understands."""

    focus: Node                      # the node that fails
    path: str | None                 # the property, shortened ("dcterms:date", "^kg:hasAgendaItem")
    message: str                     # what the node needs, from the shape's sh:message
    severity: str                    # "violation", "warning" or "info"
    value: Node | None = None        # the offending value, when the failure is about one value
    focus_kind: str = "Node"         # the focus node's class, shortened ("Meeting", "Person")
    found: str | None = None         # what was found: a count ("0") or the offending value
    component: str | None = None     # the SHACL constraint component, e.g. "MinCountConstraintComponent"
    rule: str = ""                   # the message before values were filled in: what groups results


@dataclass(slots=True)
class ValidationResult:
    conforms: bool                   # True when there is no sh:Violation (warnings allowed)
    violations: list[Violation] = field(default_factory=list)
    text: str = ""                   # pyshacl's own report, for the full detail

    @property
    def errors(self) -> list[Violation]:
        return [v for v in self.violations if v.severity == "violation"]

    @property
    def warnings(self) -> list[Violation]:
        return [v for v in self.violations if v.severity != "violation"]


# --------------------------------------------------------------------------- shipped files


def _ontology_file(name: str) -> Path:
    """An ontology file from the installed wheel, else from the source checkout."""
    for folder in (PACKAGE_DIR / "_resources" / "ontology", PACKAGE_DIR.parent / "ontology"):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"kgraph's ontology/{name} is missing from this installation")


@cache
def _parsed(name: str) -> Graph:
    return Graph().parse(_ontology_file(name), format="turtle")


def load_shapes() -> Graph:
    """The SHACL shapes graph (``ontology/shapes.ttl``); a fresh copy the caller may change."""
    return _copy(_parsed("shapes.ttl"))


def load_ontology() -> Graph:
    """The kgraph OWL ontology (``ontology/kgraph.ttl``); a fresh copy the caller may change."""
    return _copy(_parsed("kgraph.ttl"))


def _copy(graph: Graph) -> Graph:
    out = Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=True)
    for triple in graph:
        out.add(triple)
    return out


# --------------------------------------------------------------------------- validation


@cache
def class_hierarchy() -> Graph:
    """The ontology's named-class ``rdfs:subClassOf`` triples: all that validation needs of it."""
    hierarchy = Graph()
    for sub, sup in _parsed("kgraph.ttl").subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            hierarchy.add((sub, RDFS.subClassOf, sup))
    return hierarchy


def working_copy(data: Graph | Dataset) -> Graph:
    """One plain graph holding the data (a Dataset's union of graphs) and the class hierarchy.

    SHACL class targets and sh:class follow rdfs:subClassOf *in the data graph*, so the
    hierarchy is mixed in, which is what pyshacl's ``ont_graph`` does; doing it here on our own
    copy spares pyshacl a second copy of a large graph, and leaves the caller's graph untouched.
    """
    copy = Graph()
    triples = ((s, p, o) for s, p, o, _ in data.quads((None, None, None, None))) \
        if isinstance(data, Dataset) else iter(data)
    copy.addN((s, p, o, copy) for s, p, o in triples)
    copy.addN((s, p, o, copy) for s, p, o in class_hierarchy())
    return copy


def validate(data: Graph | Dataset, shapes: Graph | None = None, *, jobs: int | None = None,
             copy: bool = True) -> ValidationResult:
    """Check ``data`` against the kgraph shapes (or ``shapes``); ``data`` is not modified unless
    ``copy=False``: a caller that owns a plain Graph (it just parsed it) then spares the copy,
    and the ontology's class hierarchy is added to that graph instead.

    A large graph (``PARALLEL_TRIPLES`` or more) is checked on ``jobs`` processes (default:
    all cores), each with its share of the shapes; ``jobs=1`` checks in this process."""
    if copy or isinstance(data, Dataset):
        graph = working_copy(data)
    else:
        graph = data
        graph.addN((s, p, o, graph) for s, p, o in class_hierarchy())
    shapes_graph = shapes if shapes is not None else _parsed("shapes.ttl")
    jobs = jobs or os.cpu_count() or 1
    groups = _shape_groups(shapes_graph, jobs) if jobs > 1 and len(graph) >= PARALLEL_TRIPLES else []
    if len(groups) > 1 and "fork" in mp.get_all_start_methods():
        report, text = _validate_in_processes(graph, shapes_graph, groups, jobs)
    else:
        _, report, text = _shacl(graph, shapes_graph)
    violations = [_violation(report, result, graph, shapes_graph)
                  for result in report.subjects(RDF.type, SH.ValidationResult)]
    violations.sort(key=lambda v: (v.severity != "violation", v.focus_kind, v.path or "",
                                   v.message, str(v.focus)))
    conforms = not any(v.severity == "violation" for v in violations)
    return ValidationResult(conforms=conforms, violations=violations, text=text)


def _shacl(graph: Graph, shapes: Graph, use_shapes: list[URIRef] | None = None) -> tuple[bool, Graph, str]:
    return shacl_validate(
        graph,
        shacl_graph=shapes,
        inference="none",
        advanced=True,  # the SPARQL checks use SPARQL targets (SHACL-AF); see shapes.ttl
        allow_warnings=True,
        allow_infos=True,
        inplace=True,
        use_shapes=use_shapes,
    )


def _shape_groups(shapes: Graph, jobs: int) -> list[list[URIRef]]:
    """The shapes that have targets, dealt into several groups per process: each shape is
    checked on its own, so checking them apart and joining the reports gives the same report,
    and small groups even out shapes that cost more than others."""
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
    targeted = sorted({s for t in targets for s in shapes.subjects(t, None)}, key=str)
    if any(not isinstance(s, URIRef) for s in targeted):
        return []             # pyshacl selects shapes by IRI: a blank-node shape cannot be dealt out
    count = min(len(targeted), jobs * GROUPS_PER_JOB)
    return [targeted[k::count] for k in range(count)]


# the graph and shapes a validating process works on, inherited when it is forked (a large graph
# would otherwise be pickled to every process); set by the pool's initialiser
_work: tuple[Graph, Graph] | None = None


def _receive_work(graph: Graph, shapes: Graph) -> None:
    global _work
    _work = (graph, shapes)


def _validate_group(group: list[URIRef]) -> tuple[bytes, str]:
    assert _work is not None, "validating process started without its graph"
    _, report, text = _shacl(*_work, use_shapes=group)
    return report.serialize(format="nt", encoding="utf-8"), text


def _validate_in_processes(graph: Graph, shapes: Graph, groups: list[list[URIRef]],
                           jobs: int) -> tuple[Graph, str]:
    """One report from checking each group of shapes in a forked process."""
    with ProcessPoolExecutor(max_workers=min(jobs, len(groups)), mp_context=mp.get_context("fork"),
                             initializer=_receive_work, initargs=(graph, shapes)) as pool:
        parts = list(pool.map(_validate_group, groups))
    report = Graph()
    for data, _ in parts:
        report.parse(data=data, format="nt")     # each part's blank nodes stay its own
    return report, "\n".join(text for _, text in parts)


def _violation(report: Graph, result: Node, data: Graph, shapes: Graph) -> Violation:
    focus = report.value(result, SH.focusNode)
    path_node = report.value(result, SH.resultPath)
    value = report.value(result, SH.value)
    component = report.value(result, SH.sourceConstraintComponent)
    severity = SEVERITY_NAMES.get(report.value(result, SH.resultSeverity), "violation")
    message = str(report.value(result, SH.resultMessage) or "does not meet its shape")
    if component in COUNT_COMPONENTS and path_node is not None:
        found = str(_count_values(data, report, focus, path_node))
    elif value is not None and value != focus:
        found = _display(value)
    else:
        found = None
    return Violation(
        focus=focus,
        path=_display_path(report, path_node) if path_node is not None else None,
        message=message,
        severity=severity,
        value=value,
        focus_kind=_focus_kind(data, focus, report.value(result, SH.sourceShape), shapes),
        found=found,
        component=_local_name(component) if component is not None else None,
        rule=_rule(shapes, report.value(result, SH.sourceConstraint), message),
    )


PLACEHOLDER = re.compile(r"\{[?$]\w+\}")


def _rule(shapes: Graph, constraint: Node | None, message: str) -> str:
    """A SPARQL constraint's message template with its placeholders blanked ("kg:charEnd …"),
    so that results differing only in the numbers filled in are grouped together."""
    template = shapes.value(constraint, SH.message) if constraint is not None else None
    return PLACEHOLDER.sub("…", str(template)) if template is not None else message


def _count_values(data: Graph, report: Graph, focus: Node, path: Node) -> int:
    """How many values ``focus`` has for a simple or inverse path (what a count shape counted)."""
    inverse = report.value(path, SH.inversePath) if isinstance(path, BNode) else None
    if inverse is not None:
        return len(set(data.subjects(inverse, focus)))
    if isinstance(path, URIRef):
        return len(set(data.objects(focus, path)))
    return 0


def _focus_kind(data: Graph, focus: Node, source_shape: Node | None, shapes: Graph) -> str:
    """The class to name the focus node by: its kg: type, else the class its shape targets."""
    types = sorted(str(t) for t in data.objects(focus, RDF.type))
    own = [t for t in types if t.startswith(str(KG))]
    if own:
        return _local_name(URIRef(own[0]))
    target = _target_class(shapes, source_shape)
    if target is not None:
        return _local_name(target)
    return _local_name(URIRef(types[0])) if types else "Node"


def _target_class(shapes: Graph, shape: Node | None) -> Node | None:
    if shape is None:
        return None
    target = shapes.value(shape, SH.targetClass)
    if target is not None:
        return target
    owner = shapes.value(None, SH.property, shape)  # a property shape: ask its node shape
    return shapes.value(owner, SH.targetClass) if owner is not None else None


# --------------------------------------------------------------------------- display


def _local_name(iri: Node) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[-1]
    return text


def _display(node: Node) -> str:
    """A short, readable form of a node: curie, "…/meeting/x/2011-09-26", or a quoted literal."""
    if isinstance(node, Literal):
        text = str(node)
        if len(text) > LONGEST_VALUE_SHOWN:
            text = text[:LONGEST_VALUE_SHOWN - 1] + "…"
        shown = '"' + text.replace("\n", " ") + '"'
        if node.datatype is not None:
            shown += "^^" + _display(node.datatype)
        elif node.language:
            shown += "@" + node.language
        return shown
    if isinstance(node, BNode):
        return "[blank node]"
    text = str(node)
    if text.startswith(KGR):
        return f"<…/{text[len(KGR):]}>"
    for prefix, ns in DISPLAY_PREFIXES.items():
        if text.startswith(ns) and "/" not in text[len(ns):] and "#" not in text[len(ns):]:
            return f"{prefix}:{text[len(ns):]}"
    return f"<{text}>"


def _display_path(report: Graph, path: Node) -> str:
    inverse = report.value(path, SH.inversePath) if isinstance(path, BNode) else None
    if inverse is not None:
        return "^" + _display(inverse)
    return _display(path) if not isinstance(path, BNode) else "(complex path)"


def violation_line(v: Violation) -> str:
    """'Meeting <…/meeting/kcsp/2011-09-26>: dcterms:date — needs exactly one xsd:date (found 0)'."""
    where = f"{v.focus_kind} {_display(v.focus)}"
    what = f"{v.path} — {v.message}" if v.path else v.message
    found = f" (found {v.found})" if v.found is not None else ""
    return f"{where}: {what}{found}"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def format_violations(result: ValidationResult, limit: int = 50) -> str:
    """A readable report: results grouped by class, property and message, counted, at most
    ``limit`` individual lines in all."""
    if not result.violations:
        return "The graph conforms to the kgraph shapes: no violations, no warnings."
    groups: dict[tuple[str, str, str, str], list[Violation]] = {}
    for v in result.violations:
        groups.setdefault((v.severity, v.focus_kind, v.path or "", v.rule or v.message), []).append(v)
    counts = Counter(v.severity for v in result.violations)
    summary = ", ".join(_plural(n, name) for name, n in
                        sorted(counts.items(), key=lambda kv: kv[0] != "violation"))
    verdict = "conforms (warnings only)" if result.conforms else "does not conform"
    lines = [f"The graph {verdict}: {summary} in {_plural(len(groups), 'group')}."]
    shown = 0
    for (severity, kind, path, message), members in groups.items():
        heading = f"{path} — {message}" if path else message
        lines.append(f"[{severity}] {kind} · {heading}: {_plural(len(members), 'node')}")
        for v in members:
            if shown >= limit:
                break
            lines.append("  " + violation_line(v))
            shown += 1
    hidden = len(result.violations) - shown
    if hidden > 0:
        lines.append(f"… and {hidden} more not shown (limit {limit}).")
    return "\n".join(lines)


__all__ = ["Violation", "ValidationResult", "validate", "format_violations", "violation_line",
           "load_shapes", "load_ontology"]
