"""Graph stage: mint RDF from extracted, resolved records.

One named graph per source document holds everything derived from it, so re-ingesting a changed
document replaces exactly its triples. IRIs are derived from what things are (body + date for a
meeting, meeting + minute number for an item, a normalised name for a person), never from a run
counter, so two builds of the same documents give the same graph.

Shared resources (people, organisations, topics, Acts) are described in every document graph
that names them, with the labels the registry resolved across all documents, so the union of the
named graphs has one resource per real thing.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from functools import cache, lru_cache
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import RDF as _RDF
from rdflib import XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS as _DCTERMS
from rdflib.namespace import FOAF as _FOAF
from rdflib.namespace import OWL as _OWL
from rdflib.namespace import PROV as _PROV
from rdflib.namespace import SKOS as _SKOS

from .entities.keys import organisation_key, person_key, slugify
from .model import (
    Action,
    AgendaItem,
    Decision,
    Entity,
    MeetingRecord,
    Mention,
    Registry,
    SourceText,
    Span,
)
from .resources import ontology_path, scheme_topic_keys



class FastNamespace(Namespace):
    """rdflib's Namespace, building each term once: minting asks for the same few terms millions
    of times, and rdflib makes a new URIRef (with its IRI check) on every attribute access.

    Every public attribute is a term, so ``DCTERMS.format`` and ``DCTERMS.title`` are terms, not
    the str methods a plain Namespace would hand back."""

    def __getattribute__(self, name: str):
        if name.startswith("_") or name == "term":
            return super().__getattribute__(name)
        cache = super().__getattribute__("__dict__")
        term = cache.get(name)
        if term is None:
            term = cache[name] = super().__getattribute__("term")(name)
        return term


KG = FastNamespace("https://w3id.org/kgraph/ontology#")
KGR = FastNamespace("https://w3id.org/kgraph/id/")
ORG = FastNamespace("http://www.w3.org/ns/org#")
SCHEMA = FastNamespace("https://schema.org/")
RDF = FastNamespace(str(_RDF))
DCTERMS = FastNamespace(str(_DCTERMS))
FOAF = FastNamespace(str(_FOAF))
OWL = FastNamespace(str(_OWL))
PROV = FastNamespace(str(_PROV))
SKOS = FastNamespace(str(_SKOS))

VOCABULARY_GRAPH = KGR["graph/vocabulary"]
# people, organisations, topics, Acts, roles and defined terms as resolved across all documents:
# described once here rather than in every document graph that names them
ENTITY_GRAPH = KGR["graph/entities"]
SHARED_PREFIXES = tuple(str(KGR[p + "/"]) for p in ("person", "org", "topic", "legislation", "role", "term"))
TOPIC_SCHEME = KGR["topics"]
TERM_SCHEME = KGR["terms"]          # terms the minutes define that are not topics

DECISION_KINDS = {"resolved": KG.Resolved, "agreed": KG.Agreed, "noted": KG.Noted,
                  "approved": KG.Approved}
ENTITY_PATHS = {"person": "person", "organisation": "org", "topic": "topic",
                "legislation": "legislation"}

PREFIXES = {"kg": KG, "kgr": KGR, "org": ORG, "schema": SCHEMA, "foaf": FOAF, "skos": SKOS,
            "prov": PROV, "dcterms": DCTERMS, "owl": OWL, "xsd": XSD}


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


# --------------------------------------------------------------------------- IRIs


def document_id(source: SourceText) -> str:
    return source.sha256[:16]


def document_iri(source: SourceText) -> URIRef:
    return KGR[f"doc/{document_id(source)}"]


def document_graph_iri(source: SourceText) -> URIRef:
    """The named graph of a document, keyed by where it came from so a changed file replaces it."""
    return graph_iri_for_path(source.path)


def graph_iri_for_path(path: str) -> URIRef:
    """Readable (a slug of the path) and unique (a short hash of it): "Minutes 1.txt" and
    "minutes-1.txt" slug alike, and no file may take the name of the shared graphs."""
    where = path if "://" in path else os.path.normpath(path).replace(os.sep, "/")
    digest = hashlib.sha1(where.encode("utf-8")).hexdigest()[:8]
    return KGR[f"graph/doc/{slugify(where)[-80:]}-{digest}"]


def entity_iri(kind: str, key: str) -> URIRef:
    return KGR[f"{ENTITY_PATHS[kind]}/{key}"]


def meeting_iri(body_key: str, date: dt.date) -> URIRef:
    return KGR[f"meeting/{body_key}/{date.isoformat()}"]


def role_iri(role: str) -> URIRef:
    return KGR[f"role/{slugify(role)}"]


# --------------------------------------------------------------------------- helpers


@dataclass(slots=True)
class _Context:
    """What every triple of one document needs to know."""

    graph: Graph
    record: MeetingRecord
    registry: Registry
    doc: URIRef
    meeting: URIRef
    date: dt.date
    described: set[URIRef]            # shared resources already described in this build


TRUE, FALSE = Literal(True), Literal(False)


def plain(value: str) -> str:
    """A plain literal. Minting keeps it a Python str (building an rdflib Literal costs more than
    the rest of minting); :func:`as_rdflib` and :func:`term_nt` turn it into a literal."""
    return str(value)


def as_rdflib(term):
    """A minted term as rdflib wants it: plain strings become Literals."""
    return term if isinstance(term, (URIRef, Literal, BNode)) else Literal(term)


@lru_cache(maxsize=1 << 14)
def date_literal(day: dt.date) -> Literal:
    return Literal(day.isoformat(), datatype=XSD.date)


@lru_cache(maxsize=1 << 16)
def integer(value: int) -> Literal:
    """An xsd:integer literal, built once per value (offsets repeat across documents)."""
    return Literal(value, datatype=XSD.integer)


def _span_triples(ctx: _Context, node: URIRef, span: Span) -> None:
    g = ctx.graph
    g.add((node, PROV.wasDerivedFrom, ctx.doc))
    g.add((node, KG.charStart, integer(span.start)))
    g.add((node, KG.charEnd, integer(span.end)))


def _resolve(ctx: _Context, kind: str, key: str, written: str) -> tuple[URIRef, Entity]:
    """The resolved entity for a key, minting a plain one from the written form if unresolved."""
    ckind, ckey = ctx.registry.canonical(kind, key)
    entity = ctx.registry.entities.get((ckind, ckey))
    if entity is None:
        entity = Entity(kind=ckind, key=ckey, label=written)  # type: ignore[arg-type]
    return entity_iri(ckind, ckey), entity


def _describe(ctx: _Context, iri: URIRef, entity: Entity) -> None:
    """Describe a shared resource once per build (its triples are the same in every document)."""
    if iri not in ctx.described:
        ctx.described.add(iri)
        _describe_entity(ctx.graph, iri, entity)


def _describe_entity(g: Graph, iri: URIRef, entity: Entity) -> None:
    kind = entity.kind
    labels = sorted(entity.alt_labels | entity.acronyms)
    if kind == "person":
        g.add((iri, RDF.type, FOAF.Person))
        g.add((iri, FOAF.name, plain(entity.label)))
    elif kind == "organisation":
        g.add((iri, RDF.type, ORG.Organization))
        g.add((iri, SKOS.prefLabel, plain(entity.label)))
        if "Body" in entity.classes:
            g.add((iri, RDF.type, KG.Body))
    elif kind == "topic":
        g.add((iri, RDF.type, KG.Topic))
        g.add((iri, RDF.type, SKOS.Concept))
        g.add((iri, SKOS.inScheme, TOPIC_SCHEME))
        g.add((iri, SKOS.prefLabel, Literal(entity.label, lang="en")))
        for acronym in sorted(entity.acronyms):
            g.add((iri, KG.acronym, plain(acronym)))
    elif kind == "legislation":
        g.add((iri, RDF.type, KG.Legislation))
        g.add((iri, DCTERMS.title, plain(entity.label)))
    if entity.definition and kind in {"topic", "organisation"}:
        g.add((iri, SKOS.definition, Literal(entity.definition, lang="en")))
    for label in labels:
        if label != entity.label:
            g.add((iri, SKOS.altLabel, Literal(label, lang="en") if kind == "topic" else plain(label)))


def _within(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


# --------------------------------------------------------------------------- minting


def _add_document(ctx: _Context) -> None:
    g, src = ctx.graph, ctx.record.source
    g.add((ctx.doc, RDF.type, KG.SourceDocument))
    g.add((ctx.doc, DCTERMS.source, plain(src.path)))
    g.add((ctx.doc, KG.sha256, plain(src.sha256)))
    g.add((ctx.doc, DCTERMS.format, plain(src.media_type)))
    g.add((ctx.doc, KG.layout, plain(ctx.record.layout)))
    g.add((ctx.doc, KG.text, plain(src.text)))
    for warning in ctx.record.warnings:
        g.add((ctx.doc, KG.warning, plain(warning)))


def _add_meeting(ctx: _Context, body: URIRef, body_entity: Entity) -> None:
    g, header = ctx.graph, ctx.record.header
    m = ctx.meeting
    g.add((m, RDF.type, KG.Meeting))
    g.add((m, KG.heldBy, body))
    _describe(ctx, body, body_entity)
    g.add((body, RDF.type, KG.Body))
    g.add((body, RDF.type, ORG.OrganizationalCollaboration))
    g.add((m, DCTERMS.date, date_literal(ctx.date)))
    g.add((m, RDFS_LABEL, plain(f"{body_entity.label}, {ctx.date:%-d %B %Y}")))
    if header.venue:
        g.add((m, KG.venue, plain(header.venue)))
    if header.start_time:
        g.add((m, KG.startTime, Literal(header.start_time.strftime("%H:%M:%S"), datatype=XSD.time)))
    text = ctx.record.source.text
    span = header.date_span or header.body_span or Span(0, min(len(text), 1))
    _span_triples(ctx, m, span)


RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")


def _add_attendance(ctx: _Context, body: URIRef) -> dict[str, URIRef]:
    """Attendance records; returns role label (lower case) → person, to resolve owners like 'the Chair'."""
    g, m = ctx.graph, ctx.meeting
    by_role: dict[str, URIRef] = {}
    for entry in ctx.record.attendance:
        person, entity = _resolve(ctx, "person", person_key(entry.name), entry.name)
        _describe(ctx, person, entity)
        if entry.list_kind == "apologies":
            g.add((m, KG.sentApologies, person))
            continue
        if entry.list_kind == "absent":
            continue
        g.add((m, KG.attendee, person))
        att = URIRef(f"{m}/attendance/{person.rsplit('/', 1)[-1]}")
        g.add((m, KG.hasAttendance, att))
        g.add((att, RDF.type, KG.Attendance))
        g.add((att, KG.attendingPerson, person))
        g.add((att, KG.listKind, plain(entry.list_kind)))
        if entry.as_written:
            g.add((att, KG.asWritten, plain(entry.as_written)))
        role = None
        if entry.role:
            role = role_iri(entry.role)
            g.add((att, ORG.role, role))
            g.add((role, RDF.type, ORG.Role))
            g.add((role, SKOS.prefLabel, plain(entry.role)))
            by_role.setdefault(entry.role.lower(), person)
        for org_name in entry.organisations:
            org, org_entity = _resolve(ctx, "organisation", organisation_key(org_name), org_name)
            _describe(ctx, org, org_entity)
            g.add((att, KG.representing, org))
            _add_membership(ctx, person, org, role)
            if org != body:
                _add_membership(ctx, org, body, None)
    return by_role


def _add_membership(ctx: _Context, member: URIRef, org: URIRef, role: URIRef | None) -> None:
    """org:Membership (a post seen at this meeting): the member, the organisation, the role."""
    parts = [member.rsplit("/", 1)[-1], org.rsplit("/", 1)[-1]]
    if role is not None:
        parts.append(role.rsplit("/", 1)[-1])
    ms = KGR["membership/" + "/".join(parts)]
    g = ctx.graph
    g.add((ms, RDF.type, ORG.Membership))
    g.add((ms, ORG.member, member))
    g.add((ms, ORG.organization, org))
    if role is not None:
        g.add((ms, ORG.role, role))
    g.add((ms, KG.seenOn, date_literal(ctx.date)))
    g.add((ms, PROV.wasDerivedFrom, ctx.doc))


def _item_iri(ctx: _Context, item: AgendaItem, used: set[str]) -> URIRef:
    local = slugify(item.number) if item.number else f"p{item.position}"
    if local in used:  # a repeated minute number: keep both items apart
        local = f"{local}-p{item.position}"
    used.add(local)
    return URIRef(f"{ctx.meeting}/item/{local}")


def _topics_within(mentions: Iterable[tuple[Mention, URIRef]], span: Span) -> Iterator[URIRef]:
    for mention, iri in mentions:
        if _within(mention.span, span):
            yield iri


def _add_decision(ctx: _Context, node: URIRef, decision: Decision, topics) -> None:
    g = ctx.graph
    g.add((node, RDF.type, KG.Decision))
    g.add((node, KG.text, plain(decision.text)))
    g.add((node, KG.decisionKind, DECISION_KINDS[decision.kind]))
    _span_triples(ctx, node, decision.span)
    for topic in _topics_within(topics, decision.span):
        g.add((node, DCTERMS.subject, topic))


def _add_action(ctx: _Context, node: URIRef, action: Action, topics, by_role: dict[str, URIRef]) -> None:
    g = ctx.graph
    g.add((node, RDF.type, KG.Action))
    g.add((node, KG.text, plain(action.text)))
    g.add((node, KG.explicit, TRUE if action.explicit else FALSE))
    if action.due:
        g.add((node, SCHEMA.endTime, date_literal(action.due)))
    _span_triples(ctx, node, action.span)
    for topic in _topics_within(topics, action.span):
        g.add((node, DCTERMS.subject, topic))
    for owner in action.owners:
        g.add((node, KG.ownerAsWritten, plain(owner.name)))
        if owner.kind == "role":
            person = by_role.get(owner.name.lower().removeprefix("the ").strip())
            if person is not None:
                g.add((node, KG.assignedTo, person))
            continue
        kind = "organisation" if owner.kind == "organisation" else "person"
        key = organisation_key(owner.name) if kind == "organisation" else person_key(owner.name)
        iri, entity = _resolve(ctx, kind, key, owner.name)
        _describe(ctx, iri, entity)
        g.add((node, KG.assignedTo, iri))


def _add_items(ctx: _Context, by_role: dict[str, URIRef]) -> dict[int, URIRef]:
    g = ctx.graph
    mentions = ctx.record.mentions
    used: set[str] = set()
    nodes: dict[int, URIRef] = {}
    topic_iris: dict[int, list[tuple[Mention, URIRef]]] = {}
    for mention in mentions.topics:
        if mention.item_position is not None:
            iri, _ = _resolve(ctx, "topic", mention.key, mention.text)
            topic_iris.setdefault(mention.item_position, []).append((mention, iri))
    for item in ctx.record.items:
        node = _item_iri(ctx, item, used)
        nodes[item.position] = node
        g.add((ctx.meeting, KG.hasAgendaItem, node))
        g.add((node, RDF.type, KG.AgendaItem))
        g.add((node, DCTERMS.title, plain(item.title)))
        g.add((node, KG.position, integer(item.position)))
        if item.number:
            g.add((node, KG.minuteNumber, plain(item.number)))
        if item.code:
            g.add((node, KG.itemCode, plain(item.code)))
        _span_triples(ctx, node, item.span)
        topics = topic_iris.get(item.position, [])
        for k, decision in enumerate(item.decisions, 1):
            d = URIRef(f"{node}/decision/{k}")
            g.add((node, KG.hasDecision, d))
            _add_decision(ctx, d, decision, topics)
        for k, action in enumerate(item.actions, 1):
            a = URIRef(f"{node}/action/{k}")
            g.add((node, KG.hasAction, a))
            _add_action(ctx, a, action, topics, by_role)
    return nodes


def _add_mentions(ctx: _Context, items: dict[int, URIRef]) -> None:
    g, m = ctx.graph, ctx.record.mentions
    doc_id = document_id(ctx.record.source)
    for mention in [*m.people, *m.organisations, *m.topics, *m.legislation]:
        iri, entity = _resolve(ctx, mention.kind, mention.key, mention.text)
        if entity.kind != "topic" or entity.key not in scheme_topic_keys():
            _describe(ctx, iri, entity)
        item = items.get(mention.item_position) if mention.item_position is not None else None
        if item is None:
            # named outside any item (header, contact line, attendance): the meeting mentions it
            g.add((ctx.meeting, KG.mentions, iri))
            continue
        g.add((item, KG.mentions, iri))
        if mention.kind == "topic":
            g.add((item, DCTERMS.subject, iri))
        node = KGR[f"doc/{doc_id}/mention/{mention.span.start}-{mention.span.end}-{mention.kind}"]
        g.add((item, KG.hasMention, node))
        g.add((node, RDF.type, KG.Mention))
        g.add((node, KG.mentionOf, iri))
        g.add((node, KG.surfaceForm, plain(mention.text)))
        g.add((node, KG.charStart, integer(mention.span.start)))
        g.add((node, KG.charEnd, integer(mention.span.end)))
        if mention.section:
            g.add((node, KG.section, plain(mention.section)))
        if mention.confidence < 1.0:
            g.add((node, KG.confidence, Literal(round(mention.confidence, 3), datatype=XSD.decimal)))
        if mention.kind == "person" and mention.role and mention.organisation:
            org, org_entity = _resolve(ctx, "organisation", organisation_key(mention.organisation),
                                       mention.organisation)
            _describe(ctx, org, org_entity)
            role = role_iri(mention.role)
            g.add((role, RDF.type, ORG.Role))
            g.add((role, SKOS.prefLabel, plain(mention.role)))
            _add_membership(ctx, iri, org, role)
    for amount in m.money:
        item = items.get(amount.item_position) if amount.item_position is not None else None
        node = KGR[f"doc/{doc_id}/amount/{amount.span.start}"]
        g.add((node, RDF.type, KG.MonetaryAmount))
        g.add((node, SCHEMA.value, Literal(f"{amount.value:.2f}", datatype=XSD.decimal)))
        g.add((node, SCHEMA.currency, plain(amount.currency)))
        g.add((node, KG.text, plain(amount.text)))
        _span_triples(ctx, node, amount.span)
        if item is not None:
            g.add((item, KG.hasMonetaryAmount, node))
    for definition in m.acronyms:
        node = KGR[f"doc/{doc_id}/acronym/{slugify(definition.acronym)}-{definition.span.start}"]
        g.add((node, RDF.type, KG.AcronymDefinition))
        g.add((node, KG.acronym, plain(definition.acronym)))
        g.add((node, KG.expansion, plain(definition.expansion)))
        g.add((node, KG.inDocument, ctx.doc))
        g.add((node, KG.charStart, integer(definition.span.start)))
        g.add((node, KG.charEnd, integer(definition.span.end)))
        if definition.target_key and definition.target_kind in {"topic", "organisation"}:
            iri, entity = _resolve(ctx, definition.target_kind, definition.target_key,
                                   definition.expansion)
            g.add((node, KG.defines, iri))
            label = Literal(definition.acronym, lang="en") if entity.kind == "topic" else plain(definition.acronym)
            if definition.acronym != entity.label:
                g.add((iri, SKOS.altLabel, label))
        else:
            # a defined term that is neither topic nor organisation (a document, an event):
            # still a concept people look up by its acronym, in a scheme of its own
            term = KGR[f"term/{slugify(definition.expansion)}"]
            g.add((node, KG.defines, term))
            g.add((term, RDF.type, SKOS.Concept))
            g.add((term, SKOS.inScheme, TERM_SCHEME))
            g.add((term, SKOS.prefLabel, Literal(definition.expansion, lang="en")))
            g.add((term, SKOS.altLabel, Literal(definition.acronym, lang="en")))


def _add_meeting_refs(ctx: _Context, body: URIRef, body_key: str) -> None:
    g = ctx.graph
    for ref in ctx.record.meeting_refs:
        if ref.date == ctx.date:
            continue
        other = meeting_iri(body_key, ref.date)
        g.add((ctx.meeting, KG.refersToMeeting, other))
        if ref.relation == "previous":
            g.add((ctx.meeting, KG.approvesMinutesOf, other))
        elif ref.relation == "next":
            g.add((ctx.meeting, KG.setsNextMeeting, other))
        # the other meeting exists even when its own minutes are absent
        g.add((other, RDF.type, KG.Meeting))
        g.add((other, KG.heldBy, body))
        g.add((other, DCTERMS.date, date_literal(ref.date)))


def _add_possible_same(g: Graph, registry: Registry, used: set[URIRef]) -> None:
    for (k1, key1), (k2, key2), confidence in registry.possible_same:
        a, b = entity_iri(k1, key1), entity_iri(k2, key2)
        if a not in used and b not in used:
            continue
        node = KGR[f"hypothesis/{k1}/{key1}/{key2}"]
        g.add((node, RDF.type, KG.IdentityHypothesis))
        g.add((node, KG.hypothesisAbout, a))
        g.add((node, KG.hypothesisAbout, b))
        g.add((node, KG.confidence, Literal(f"{confidence:.2f}", datatype=XSD.decimal)))


def body_of(record: MeetingRecord, registry: Registry) -> tuple[str, Entity]:
    name = record.header.body or "Unknown body"
    kind, key = registry.canonical("organisation", organisation_key(name))
    entity = registry.entities.get((kind, key)) or Entity(kind="organisation", key=key, label=name)
    entity.classes.add("Body")
    return key, entity


class TripleSink:
    """Collects triples with Graph's ``add``: minting without an rdflib store's indexing cost."""

    __slots__ = ("triples",)

    def __init__(self) -> None:
        self.triples: list[tuple] = []

    def add(self, triple: tuple) -> None:
        self.triples.append(triple)


def record_triples(record: MeetingRecord, registry: Registry,
                   described: set[URIRef] | None = None) -> list[tuple]:
    """All triples derived from one document (its named graph's content), without duplicates.

    ``described`` (shared across the documents of one build) skips people, organisations and
    topics whose description an earlier document of the build already gave."""
    date = record.header.date
    if date is None:
        raise ValueError(f"{record.source.path}: no meeting date, cannot mint a meeting")
    sink = TripleSink()
    body_key, body_entity = body_of(record, registry)
    body = entity_iri("organisation", body_key)
    ctx = _Context(graph=sink, record=record, registry=registry,  # type: ignore[arg-type]
                   doc=document_iri(record.source), meeting=meeting_iri(body_key, date), date=date,
                   described=described if described is not None else set())
    _add_document(ctx)
    _add_meeting(ctx, body, body_entity)
    sink.add((ctx.meeting, PROV.wasDerivedFrom, ctx.doc))
    by_role = _add_attendance(ctx, body)
    items = _add_items(ctx, by_role)
    _add_mentions(ctx, items)
    _add_meeting_refs(ctx, body, body_key)
    _add_possible_same(sink, registry, {t[0] for t in sink.triples})  # type: ignore[arg-type]
    return list(dict.fromkeys(sink.triples))


def record_graph(record: MeetingRecord, registry: Registry, graph: Graph | None = None) -> Graph:
    """One document's named-graph content as an rdflib Graph (for library users)."""
    g = bind_prefixes(graph if graph is not None else Graph())
    for s, p, o in record_triples(record, registry):
        g.add((s, p, as_rdflib(o)))
    return g


# --------------------------------------------------------------------------- N-Quads

_NT_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_IRI_UNSAFE = frozenset('<>"{}|^`\\ ') | {chr(c) for c in range(0x21)}


@lru_cache(maxsize=1 << 16)
def _iri_nt(iri: str) -> str:
    if any(ch in _IRI_UNSAFE for ch in iri):
        iri = "".join(f"%{ord(ch):02X}" if ch in _IRI_UNSAFE else ch for ch in iri)
    return f"<{iri}>"


def term_nt(term) -> str:
    """A term in N-Triples syntax (fast path for the terms kgraph mints)."""
    if isinstance(term, URIRef):
        return _iri_nt(str(term))
    if isinstance(term, str) and not isinstance(term, Literal):   # a plain literal (see plain)
        return f'"{term.translate(_NT_ESCAPE)}"'
    if isinstance(term, Literal):
        lexical = str(term).translate(_NT_ESCAPE)
        if term.language:
            return f'"{lexical}"@{term.language}'
        if term.datatype is not None and term.datatype != XSD.string:
            return f'"{lexical}"^^{_iri_nt(str(term.datatype))}'
        return f'"{lexical}"'
    return f"_:{term}"


def nquads(triples: Iterable[tuple], graph_name: URIRef) -> str:
    """Triples as N-Quads lines in the named graph ``graph_name``."""
    g = _iri_nt(str(graph_name))
    return "".join(f"{term_nt(s)} {term_nt(p)} {term_nt(o)} {g} .\n" for s, p, o in triples)


@cache
def vocabulary_nquads() -> str:
    return nquads(vocabulary_graph(), VOCABULARY_GRAPH)


def vocabulary_graph(graph: Graph | None = None) -> Graph:
    """The topic scheme (and anything else shared by all documents)."""
    g = bind_prefixes(graph if graph is not None else Graph())
    path = ontology_path("topics.ttl")
    if path is not None:
        g.parse(path, format="turtle")
    return g


def split_shared(triples: Iterable[tuple]) -> tuple[list[tuple], list[tuple]]:
    """(document's own triples, triples describing shared entities)."""
    own, shared = [], []
    for triple in triples:
        (shared if str(triple[0]).startswith(SHARED_PREFIXES) else own).append(triple)
    return own, shared


def corpus_graphs(records: list[MeetingRecord], registry: Registry) -> Iterator[tuple[URIRef, list[tuple]]]:
    """(named graph, triples) for every document, then the shared entities graph."""
    shared: dict[tuple, None] = {}
    described: set[URIRef] = set()
    for record in records:
        own, entity_triples = split_shared(record_triples(record, registry, described))
        shared.update(dict.fromkeys(entity_triples))
        yield document_graph_iri(record.source), own
    yield ENTITY_GRAPH, list(shared)


def build_dataset(records: list[MeetingRecord], registry: Registry) -> Dataset:
    """One named graph per document, the shared entities and the vocabulary; queries see their union."""
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    vocabulary_graph(ds.graph(VOCABULARY_GRAPH))
    for name, triples in corpus_graphs(records, registry):
        g = ds.graph(name)
        for s, p, o in triples:
            g.add((s, p, as_rdflib(o)))
    return ds


def union_graph(ds: Dataset) -> Graph:
    """A plain Graph with every triple of every named graph (for Turtle output and validation)."""
    g = bind_prefixes(Graph())
    for ctx in ds.graphs():
        for triple in ctx:
            g.add(triple)
    return g


__all__ = ["KG", "KGR", "ORG", "SCHEMA", "VOCABULARY_GRAPH", "build_dataset", "record_graph",
           "vocabulary_graph", "document_graph_iri", "document_iri", "entity_iri", "meeting_iri",
           "union_graph", "bind_prefixes", "BNode"]
