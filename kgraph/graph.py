"""Graph stage: mint RDF from extracted, resolved records.

One named graph per source document holds everything derived from it, so re-ingesting a changed
document replaces exactly its triples. IRIs are derived from what things are (body + date for a
meeting, meeting + minute number for an item, a normalised name for a person), never from a run
counter, so two builds of the same documents give the same graph.

Shared resources (people, organisations, topics, Acts, roles, memberships) are described once,
in the entities graph, with the labels the registry resolved across all documents; a document's
graph links to them and says what it saw (a membership's kg:seenOn, a mention's span). The union
of the named graphs has one resource per real thing.

Terms are minted as N-Triples strings (see "N-Triples terms" below), which the N-Quads for the
store and the Turtle for graph.ttl use as they are.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from functools import cache, lru_cache
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import RDF as _RDF
from rdflib import XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS as _DCTERMS
from rdflib.namespace import FOAF as _FOAF
from rdflib.namespace import OWL as _OWL
from rdflib.namespace import PROV as _PROV
from rdflib.namespace import SKOS as _SKOS

from .entities import attendance_affiliation, organisation_key_in
from .entities.keys import organisation_key, slugify
from .entities.people import person_key
from .entities.people import looks_like_a_name
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
from .segment.attendance_entries import names_only_a_post, struck_out_name



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


# --------------------------------------------------------------------------- N-Triples terms
#
# Minting builds every term directly in N-Triples syntax ("<iri>", '"text"', '"3"^^<…#integer>'),
# as plain Python strings: a build mints millions of triples, and making an rdflib term for each
# (with its IRI check, hashing and later serialisation) cost ten times more than the minting.
# The strings are the N-Quads lines' parts as they are; rdflib users get a parsed graph.

_IRI_UNSAFE = frozenset('<>"{}|^`\\ ') | {chr(c) for c in range(0x21)}
_XSD = str(XSD)


@lru_cache(maxsize=1 << 16)
def iri_nt(iri: str) -> str:
    """An IRI as an N-Triples term; characters N-Triples forbids in IRIs are percent-encoded."""
    if any(ch in _IRI_UNSAFE for ch in iri):
        iri = "".join(f"%{ord(ch):02X}" if ch in _IRI_UNSAFE else ch for ch in iri)
    return f"<{iri}>"


class NTNamespace:
    """A namespace whose terms are N-Triples IRIs, each built once (``NT_KG.text`` → "<…#text>")."""

    def __init__(self, base: str) -> None:
        self.__dict__["_base"] = str(base)

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        term = self.__dict__[name] = iri_nt(self._base + name)
        return term

    def __getitem__(self, local: str) -> str:
        return iri_nt(self._base + local)


NT_KG, NT_KGR, NT_ORG, NT_SCHEMA = (NTNamespace(ns) for ns in (KG, KGR, ORG, SCHEMA))
NT_RDF, NT_DCTERMS, NT_FOAF, NT_PROV, NT_SKOS = (NTNamespace(ns) for ns in (RDF, DCTERMS, FOAF, PROV, SKOS))
NT_RDFS_LABEL = iri_nt("http://www.w3.org/2000/01/rdf-schema#label")
_NT_TOPIC_SCHEME, _NT_TERM_SCHEME = iri_nt(str(TOPIC_SCHEME)), iri_nt(str(TERM_SCHEME))
_NT_DECISION_KINDS = {kind: iri_nt(str(term)) for kind, term in DECISION_KINDS.items()}


def escape(text: str) -> str:
    """A string as N-Triples literal content (str.replace runs in C; translate with a table does not)."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    return text.replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def plain(value: str) -> str:
    """A plain (xsd:string) literal."""
    return f'"{escape(str(value))}"'


def english(value: str) -> str:
    """A literal tagged as English (labels of topics and defined terms)."""
    return f'"{escape(str(value))}"@en'


def typed(lexical: str, datatype: str) -> str:
    return f'"{lexical}"^^<{_XSD}{datatype}>'


@lru_cache(maxsize=1 << 14)
def date_literal(day: dt.date) -> str:
    return typed(day.isoformat(), "date")


@lru_cache(maxsize=1 << 16)
def integer(value: int) -> str:
    """An xsd:integer literal, built once per value (offsets repeat across documents)."""
    return typed(str(int(value)), "integer")


TRUE, FALSE = typed("true", "boolean"), typed("false", "boolean")


def child_iri(parent: str, path: str) -> str:
    """The IRI ``parent/path`` of a minted N-Triples IRI (``path`` is made of slugs)."""
    return f"{parent[:-1]}/{path}>"


def last_segment(iri: str) -> str:
    """The last path segment of an N-Triples IRI ("<…/person/jo-smith>" → "jo-smith")."""
    return iri[1:-1].rsplit("/", 1)[-1]


@lru_cache(maxsize=1 << 16)
def _entity_nt(kind: str, key: str) -> str:
    return iri_nt(str(entity_iri(kind, key)))


def _meeting_nt(body_key: str, date: dt.date) -> str:
    return iri_nt(str(meeting_iri(body_key, date)))


@lru_cache(maxsize=1 << 12)
def _role_nt(role: str) -> str:
    return iri_nt(str(role_iri(role)))


# --------------------------------------------------------------------------- helpers


@dataclass(slots=True)
class _Context:
    """What every triple of one document needs to know."""

    triples: list[tuple[str, str, str]]    # the document's own triples
    shared: list[tuple[str, str, str]]     # triples about shared resources (people, bodies, roles, …)
    record: MeetingRecord
    registry: Registry
    doc: str
    meeting: str
    date: dt.date
    described: set[str]               # shared resources already described in this build
    resolved: dict[tuple[str, str], tuple[str, Entity]]   # (kind, key) → resolution, per build


def _span_triples(ctx: _Context, node: str, span: Span) -> None:
    ctx.triples.append((node, NT_PROV.wasDerivedFrom, ctx.doc))
    ctx.triples.append((node, NT_KG.charStart, integer(span.start)))
    ctx.triples.append((node, NT_KG.charEnd, integer(span.end)))


def _resolve(ctx: _Context, kind: str, key: str, written: str) -> tuple[str, Entity]:
    """The resolved entity for a key, minting a plain one from the written form if unresolved
    (the first form seen names it: it is described once per build)."""
    local = ctx.registry.local_aliases.get((ctx.record.source.path, kind, key))
    if local is not None:
        key = local[1]          # this document's own resolution of the key (a bare surname)
    found = ctx.resolved.get((kind, key))
    if found is None:
        found = ctx.resolved[(kind, key)] = _resolve_in(ctx.registry, kind, key, written)
    return found


def _resolve_in(registry: Registry, kind: str, key: str, written: str) -> tuple[str, Entity]:
    ckind, ckey = registry.canonical(kind, key)
    entity = registry.entities.get((ckind, ckey))
    if entity is None:
        entity = Entity(kind=ckind, key=ckey, label=written)  # type: ignore[arg-type]
    return _entity_nt(ckind, ckey), entity


def _describe(ctx: _Context, iri: str, entity: Entity) -> None:
    """Describe a shared resource once per build (its triples are the same in every document)."""
    if iri not in ctx.described:
        ctx.described.add(iri)
        _describe_entity(ctx, iri, entity)


def _describe_entity(ctx: _Context, iri: str, entity: Entity) -> None:
    add, kind = ctx.shared.append, entity.kind
    labels = sorted(entity.alt_labels | entity.acronyms)
    if kind == "person":
        add((iri, NT_RDF.type, NT_FOAF.Person))
        add((iri, NT_FOAF.name, plain(entity.label)))
    elif kind == "organisation":
        add((iri, NT_RDF.type, NT_ORG.Organization))
        add((iri, NT_SKOS.prefLabel, plain(entity.label)))
        if "Body" in entity.classes:
            add((iri, NT_RDF.type, NT_KG.Body))
    elif kind == "topic":
        add((iri, NT_RDF.type, NT_KG.Instrument if "Instrument" in entity.classes else NT_KG.Topic))
        add((iri, NT_RDF.type, NT_SKOS.Concept))
        add((iri, NT_SKOS.inScheme, _NT_TOPIC_SCHEME))
        add((iri, NT_SKOS.prefLabel, english(entity.label)))
        for acronym in sorted(entity.acronyms):
            add((iri, NT_KG.acronym, plain(acronym)))
    elif kind == "legislation":
        add((iri, NT_RDF.type, NT_KG.Legislation))
        add((iri, NT_DCTERMS.title, plain(entity.label)))
    if entity.definition and kind in {"topic", "organisation"}:
        add((iri, NT_SKOS.definition, english(entity.definition)))
    for label in labels:
        if label != entity.label:
            add((iri, NT_SKOS.altLabel, english(label) if kind == "topic" else plain(label)))


def _within(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


# --------------------------------------------------------------------------- minting


def _add_document(ctx: _Context) -> None:
    add, src, doc = ctx.triples.append, ctx.record.source, ctx.doc
    add((doc, NT_RDF.type, NT_KG.SourceDocument))
    add((doc, NT_DCTERMS.source, plain(src.path)))
    add((doc, NT_KG.sha256, plain(src.sha256)))
    add((doc, NT_DCTERMS.format, plain(src.media_type)))
    add((doc, NT_KG.layout, plain(ctx.record.layout)))
    add((doc, NT_KG.text, plain(src.text)))
    for warning in ctx.record.warnings:
        add((doc, NT_KG.warning, plain(warning)))


def _add_meeting(ctx: _Context, body: str, body_entity: Entity) -> None:
    add, header, m = ctx.triples.append, ctx.record.header, ctx.meeting
    add((m, NT_RDF.type, NT_KG.Meeting))
    add((m, NT_KG.heldBy, body))
    _describe(ctx, body, body_entity)
    ctx.shared.append((body, NT_RDF.type, NT_KG.Body))
    ctx.shared.append((body, NT_RDF.type, NT_ORG.OrganizationalCollaboration))
    add((m, NT_DCTERMS.date, date_literal(ctx.date)))
    add((m, NT_RDFS_LABEL, plain(f"{body_entity.label}, {ctx.date:%-d %B %Y}")))
    if header.venue:
        add((m, NT_KG.venue, plain(header.venue)))
    if header.start_time:
        add((m, NT_KG.startTime, typed(header.start_time.strftime("%H:%M:%S"), "time")))
    text = ctx.record.source.text
    span = header.date_span or header.body_span or Span(0, min(len(text), 1))
    _span_triples(ctx, m, span)


def _add_attendance(ctx: _Context, body: str) -> dict[str, str]:
    """Attendance records; returns role label (lower case) → person, to resolve owners like 'the Chair'."""
    add, m = ctx.triples.append, ctx.meeting
    by_role: dict[str, str] = {}
    holders: dict[str, set[str]] = {}
    ranked: dict[str, list[str]] = {}
    for entry in ctx.record.attendance:
        if struck_out_name(entry.name) or names_only_a_post(entry.name):
            # "DS [redacted] – Lakes Police, Force Intelligence Bureau": the record struck the name out,
            # so nobody attends by it; the bodies it names were at the meeting all the same (so too
            # for "Prevent Coordinator – Lakeby County Council", a post listed in the name's place)
            for org_name in attendance_affiliation(entry)[1]:
                org, org_entity = _resolve(ctx, "organisation", organisation_key_in(ctx.record, org_name), org_name)
                _describe(ctx, org, org_entity)
                add((m, NT_KG.mentions, org))
            continue
        person, entity = _resolve(ctx, "person", person_key(entry.name), entry.name)
        _describe(ctx, person, entity)
        if entry.list_kind == "apologies":
            add((m, NT_KG.sentApologies, person))
            continue
        if entry.list_kind == "absent":
            continue
        add((m, NT_KG.attendee, person))
        rank = _rank_of(entry.name)
        if rank is not None and person not in ranked.setdefault(rank, []):
            ranked[rank].append(person)
        att = child_iri(m, f"attendance/{last_segment(person)}")
        add((m, NT_KG.hasAttendance, att))
        add((att, NT_RDF.type, NT_KG.Attendance))
        add((att, NT_KG.attendingPerson, person))
        add((att, NT_KG.listKind, plain(entry.list_kind)))
        if entry.as_written:
            add((att, NT_KG.asWritten, plain(entry.as_written)))
        role = None
        if entry.role:
            role = _role_nt(entry.role)
            add((att, NT_ORG.role, role))
            ctx.shared.append((role, NT_RDF.type, NT_ORG.Role))
            ctx.shared.append((role, NT_SKOS.prefLabel, plain(entry.role)))
            for key in _post_keys(entry):
                holders.setdefault(key, set()).add(person)
        # the bodies as the entity stage reads them: a department, a post or the person's own
        # initials in the brackets ("Democratic Services", "(AKe)") represent nobody
        for org_name in attendance_affiliation(entry)[1]:
            org, org_entity = _resolve(ctx, "organisation", organisation_key_in(ctx.record, org_name), org_name)
            _describe(ctx, org, org_entity)
            add((att, NT_KG.representing, org))
            _add_membership(ctx, person, org, role)
            if org != body:
                _add_membership(ctx, org, body, None)
    # a post names its holder only when one attendee holds it ("Manager" may be several people's)
    by_role.update({post: next(iter(persons)) for post, persons in holders.items() if len(persons) == 1})
    # "Deputy Chief Constable Paul Hardcastle" present: "the Deputy Chief Constable" owning an action is
    # him, when that rank of several words is written before one attendee's name only
    for post, persons in ranked.items():
        if len(persons) == 1:
            by_role.setdefault(post, persons[0])
    return by_role


def _rank_of(name: str) -> str | None:
    """The rank written before a name ("Deputy Chief Constable", "Superintendent"), as a post key: a
    police or fire rank ("Action: Superintendent (GMP) to …" is the one superintendent present); a
    courtesy title of one word ("Cllr", "Dr") is none."""
    from .entities.people import parse_person_name, rank_role
    parsed = parse_person_name(name)
    rank = " ".join(parsed.titles)
    if not rank or rank_role(parsed) is None or (len(rank.split()) < 2 and rank_role(parsed) != rank):
        return None
    return _post_key(rank)


def _add_membership(ctx: _Context, member: str, org: str, role: str | None) -> None:
    """org:Membership (a post seen at this meeting): the member, the organisation, the role.

    The membership itself is a shared resource, described once in the entities graph; the
    document's graph says when it was seen (kg:seenOn), which is all the document adds. Its
    provenance is that graph."""
    parts = [last_segment(member), last_segment(org)]
    if role is not None:
        parts.append(last_segment(role))
    ms = NT_KGR["membership/" + "/".join(parts)]
    ctx.triples.append((ms, NT_KG.seenOn, date_literal(ctx.date)))
    if ms in ctx.described:
        return
    ctx.described.add(ms)
    add = ctx.shared.append
    add((ms, NT_RDF.type, NT_ORG.Membership))
    add((ms, NT_ORG.member, member))
    add((ms, NT_ORG.organization, org))
    if role is not None:
        add((ms, NT_ORG.role, role))


def _item_iri(ctx: _Context, item: AgendaItem, used: set[str]) -> str:
    local = slugify(item.number) if item.number else f"p{item.position}"
    if local in used:  # a repeated minute number: keep both items apart
        local = f"{local}-p{item.position}"
    used.add(local)
    return child_iri(ctx.meeting, f"item/{local}")


def _topics_within(mentions: Iterable[tuple[Mention, str]], span: Span) -> Iterator[str]:
    for mention, iri in mentions:
        if _within(mention.span, span):
            yield iri


def _add_decision(ctx: _Context, node: str, decision: Decision, topics) -> None:
    add = ctx.triples.append
    add((node, NT_RDF.type, NT_KG.Decision))
    add((node, NT_KG.text, plain(decision.text)))
    add((node, NT_KG.decisionKind, _NT_DECISION_KINDS[decision.kind]))
    _span_triples(ctx, node, decision.span)
    for topic in _topics_within(topics, decision.span):
        add((node, NT_DCTERMS.subject, topic))


_CHAIR_FORMS = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
                "vice-chairman": "vice-chair", "vice chairman": "vice-chair", "vice chair": "vice-chair",
                "vice-chairwoman": "vice-chair", "vice-chairperson": "vice-chair", "deputy chairman": "deputy chair"}


def _post_key(post: str) -> str:
    """A post as the attendance gives it and as an owner writes it: "the Chairman" and "Chair" agree."""
    key = " ".join(post.lower().split()).removeprefix("the ").strip()
    return _CHAIR_FORMS.get(key, key)


def _post_keys(entry) -> list[str]:
    """The ways an owner may write an attendee's post: the role ("Manager", "Chair") and, when the list
    gives the role with the body it serves ("Ms C Doherty (PCSP Manager)"), the two together."""
    role = _post_key(entry.role)
    keys = [role] + [_post_key(f"{org} {entry.role}") for org in entry.organisations]
    # "Head of Service – Youth Justice" (read "Head of Service, Youth Justice"): an owner writes the
    # post without the service it heads ("Action: Head of Service to …")
    post = role.split(",", 1)[0].strip()
    if post != role and post:
        keys.append(post)
    return keys


def _add_action(ctx: _Context, node: str, action: Action, topics, by_role: dict[str, str]) -> None:
    add = ctx.triples.append
    add((node, NT_RDF.type, NT_KG.Action))
    add((node, NT_KG.text, plain(action.text)))
    add((node, NT_KG.explicit, TRUE if action.explicit else FALSE))
    if action.due:
        add((node, NT_SCHEMA.endTime, date_literal(action.due)))
    _span_triples(ctx, node, action.span)
    for topic in _topics_within(topics, action.span):
        add((node, NT_DCTERMS.subject, topic))
    for owner in action.owners:
        add((node, NT_KG.ownerAsWritten, plain(owner.name)))
        if owner.kind != "person":
            # "the Chair", "PCSP Manager": the attendee the list gives that post (an owner read as a
            # body may be a post too, "PCSP Manager" for one)
            person = by_role.get(_post_key(owner.name))
            if person is not None:
                add((node, NT_KG.assignedTo, person))
                continue
            if owner.kind == "role":
                continue
        kind = "organisation" if owner.kind == "organisation" else "person"
        if kind == "person" and not looks_like_a_name(owner.name):
            continue          # "Provide a breakdown …", "30 June 2023": no person (kept as written above)
        key = organisation_key_in(ctx.record, owner.name) if kind == "organisation" else person_key(owner.name)
        iri, entity = _resolve(ctx, kind, key, owner.name)
        _describe(ctx, iri, entity)
        add((node, NT_KG.assignedTo, iri))


def _add_items(ctx: _Context, by_role: dict[str, str]) -> dict[int, str]:
    add = ctx.triples.append
    used: set[str] = set()
    nodes: dict[int, str] = {}
    topic_iris: dict[int, list[tuple[Mention, str]]] = {}
    for mention in ctx.record.mentions.topics:
        if mention.item_position is not None:
            iri, _ = _resolve(ctx, "topic", mention.key, mention.text)
            topic_iris.setdefault(mention.item_position, []).append((mention, iri))
    for item in ctx.record.items:
        node = _item_iri(ctx, item, used)
        nodes[item.position] = node
        add((ctx.meeting, NT_KG.hasAgendaItem, node))
        add((node, NT_RDF.type, NT_KG.AgendaItem))
        add((node, NT_DCTERMS.title, plain(item.title)))
        add((node, NT_KG.position, integer(item.position)))
        if item.number:
            add((node, NT_KG.minuteNumber, plain(item.number)))
        if item.code:
            add((node, NT_KG.itemCode, plain(item.code)))
        _span_triples(ctx, node, item.span)
        topics = topic_iris.get(item.position, [])
        for k, decision in enumerate(item.decisions, 1):
            d = child_iri(node, f"decision/{k}")
            add((node, NT_KG.hasDecision, d))
            _add_decision(ctx, d, decision, topics)
        for k, action in enumerate(item.actions, 1):
            a = child_iri(node, f"action/{k}")
            add((node, NT_KG.hasAction, a))
            _add_action(ctx, a, action, topics, by_role)
    return nodes


def mention_iri(doc: str, span: Span) -> str:
    """A mention's IRI: the document's IRI with an RFC 5147 fragment, ``#char=START,END``.

    The span is the identity of a mention, as in NIF; the offsets (and so the words, a
    SUBSTR of the document's kg:text) are read from the IRI, which spares four triples a
    mention — half of a meeting's graph — where names are mentioned a hundred times a meeting."""
    return f"{doc[:-1]}#char={span.start},{span.end}>"


def _add_mentions(ctx: _Context, items: dict[int, str]) -> None:
    add, m = ctx.triples.append, ctx.record.mentions
    for mention in [*m.people, *m.organisations, *m.topics, *m.legislation]:
        iri, entity = _resolve(ctx, mention.kind, mention.key, mention.text)
        if entity.kind != "topic" or entity.key not in scheme_topic_keys():
            _describe(ctx, iri, entity)
        item = items.get(mention.item_position) if mention.item_position is not None else None
        if item is None:
            # named outside any item (header, contact line, attendance): the meeting mentions it
            add((ctx.meeting, NT_KG.mentions, iri))
            continue
        add((item, NT_KG.mentions, iri))
        if mention.kind == "topic":
            add((item, NT_DCTERMS.subject, iri))
        node = mention_iri(ctx.doc, mention.span)
        add((item, NT_KG.hasMention, node))
        add((node, NT_KG.mentionOf, iri))
        if mention.section:
            add((node, NT_KG.section, plain(mention.section)))
        if mention.confidence < 1.0:
            add((node, NT_KG.confidence, typed(str(round(mention.confidence, 3)), "decimal")))
        if mention.kind == "person" and mention.role and mention.organisation:
            org, org_entity = _resolve(ctx, "organisation", organisation_key_in(ctx.record, mention.organisation),
                                       mention.organisation)
            _describe(ctx, org, org_entity)
            role = _role_nt(mention.role)
            ctx.shared.append((role, NT_RDF.type, NT_ORG.Role))
            ctx.shared.append((role, NT_SKOS.prefLabel, plain(mention.role)))
            _add_membership(ctx, iri, org, role)
    for amount in m.money:
        item = items.get(amount.item_position) if amount.item_position is not None else None
        node = child_iri(ctx.doc, f"amount/{amount.span.start}")
        add((node, NT_RDF.type, NT_KG.MonetaryAmount))
        add((node, NT_SCHEMA.value, typed(f"{amount.value:.2f}", "decimal")))
        add((node, NT_SCHEMA.currency, plain(amount.currency)))
        add((node, NT_KG.text, plain(amount.text)))
        _span_triples(ctx, node, amount.span)
        if item is not None:
            add((item, NT_KG.hasMonetaryAmount, node))
    for definition in m.acronyms:
        node = child_iri(ctx.doc, f"acronym/{slugify(definition.acronym)}-{definition.span.start}")
        add((node, NT_RDF.type, NT_KG.AcronymDefinition))
        add((node, NT_KG.acronym, plain(definition.acronym)))
        add((node, NT_KG.expansion, plain(definition.expansion)))
        add((node, NT_KG.inDocument, ctx.doc))
        add((node, NT_KG.charStart, integer(definition.span.start)))
        add((node, NT_KG.charEnd, integer(definition.span.end)))
        if definition.target_key and definition.target_kind in {"topic", "organisation"}:
            iri, entity = _resolve(ctx, definition.target_kind, definition.target_key,
                                   definition.expansion)
            add((node, NT_KG.defines, iri))
            label = english(definition.acronym) if entity.kind == "topic" else plain(definition.acronym)
            if definition.acronym != entity.label:
                ctx.shared.append((iri, NT_SKOS.altLabel, label))
        else:
            # a defined term that is neither topic nor organisation (a document, an event):
            # still a concept people look up by its acronym, in a scheme of its own
            term = NT_KGR[f"term/{slugify(definition.expansion)}"]
            add((node, NT_KG.defines, term))
            ctx.shared.append((term, NT_RDF.type, NT_SKOS.Concept))
            ctx.shared.append((term, NT_SKOS.inScheme, _NT_TERM_SCHEME))
            ctx.shared.append((term, NT_SKOS.prefLabel, english(definition.expansion)))
            ctx.shared.append((term, NT_SKOS.altLabel, english(definition.acronym)))


def _add_meeting_refs(ctx: _Context, body: str, body_key: str) -> None:
    add = ctx.triples.append
    for ref in ctx.record.meeting_refs:
        if ref.date == ctx.date:
            continue
        other = _meeting_nt(body_key, ref.date)
        add((ctx.meeting, NT_KG.refersToMeeting, other))
        # the relation is a dated literal, not a second link to the other meeting: a meeting's
        # links other than kg:refersToMeeting lead only to its own content, so whoever walks
        # out from one meeting (its items, its attendance, its mentions) never walks into the
        # minutes of the meeting before or after it
        if ref.relation == "previous":
            add((ctx.meeting, NT_KG.previousMeetingDate, date_literal(ref.date)))
        elif ref.relation == "next":
            add((ctx.meeting, NT_KG.nextMeetingDate, date_literal(ref.date)))
        # The other meeting exists even when its own minutes are absent. Its description goes
        # with the shared resources, once per build, and is left out where the corpus holds its
        # minutes (their graph says it): repeated in every document that names the meeting, it
        # multiplied the union's rows for the meeting's date and body.
        shared = ctx.shared.append
        shared((other, NT_RDF.type, NT_KG.Meeting))
        shared((other, NT_KG.heldBy, body))
        shared((other, NT_DCTERMS.date, date_literal(ref.date)))


def meeting_nt(record: MeetingRecord, registry: Registry) -> str:
    """The meeting a document is the minutes of (N-Triples IRI)."""
    if record.header.date is None:
        raise ValueError(f"{record.source.path}: no meeting date, cannot mint a meeting")
    return _meeting_nt(body_of(record, registry)[0], record.header.date)


def without_meetings(shared: Iterable[tuple[str, str, str]], meetings: set[str]) -> list[tuple[str, str, str]]:
    """Shared triples less those whose subject is one of ``meetings``: the only shared triples
    about a meeting describe one named by other minutes, and a meeting whose own minutes are in
    the build is described by their graph."""
    return [t for t in shared if t[0] not in meetings]


def identity_hypotheses(registry: Registry) -> list[tuple[str, str, str]]:
    """kg:IdentityHypothesis for every pair the registry could not decide: a build-wide finding,
    minted once in the entities graph."""
    triples = []
    for (k1, key1), (k2, key2), confidence in registry.possible_same:
        a, b = _entity_nt(k1, key1), _entity_nt(k2, key2)
        node = NT_KGR[f"hypothesis/{k1}/{key1}/{key2}"]
        triples += [(node, NT_RDF.type, NT_KG.IdentityHypothesis),
                    (node, NT_KG.hypothesisAbout, a),
                    (node, NT_KG.hypothesisAbout, b),
                    (node, NT_KG.confidence, typed(f"{confidence:.2f}", "decimal"))]
    return triples


def body_of(record: MeetingRecord, registry: Registry) -> tuple[str, Entity]:
    name = record.header.body or "Unknown body"
    kind, key = registry.canonical("organisation", organisation_key(name))
    entity = registry.entities.get((kind, key)) or Entity(kind="organisation", key=key, label=name)
    entity.classes.add("Body")
    return key, entity


def document_triples(record: MeetingRecord, registry: Registry, described: set[str] | None = None,
                     resolved: dict | None = None) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The triples derived from one document, as N-Triples terms: (its own, those describing
    shared resources: people, organisations, topics, Acts, roles, defined terms).

    ``described`` (shared across the documents of one build) skips people, organisations and
    topics whose description an earlier document of the build already gave; ``resolved`` keeps
    the registry's answers for the build."""
    date = record.header.date
    if date is None:
        raise ValueError(f"{record.source.path}: no meeting date, cannot mint a meeting")
    body_key, body_entity = body_of(record, registry)
    body = _entity_nt("organisation", body_key)
    ctx = _Context(triples=[], shared=[], record=record, registry=registry,
                   doc=iri_nt(str(document_iri(record.source))), meeting=_meeting_nt(body_key, date),
                   date=date, described=described if described is not None else set(),
                   resolved=resolved if resolved is not None else {})
    _add_document(ctx)
    _add_meeting(ctx, body, body_entity)
    ctx.triples.append((ctx.meeting, NT_PROV.wasDerivedFrom, ctx.doc))
    by_role = _add_attendance(ctx, body)
    items = _add_items(ctx, by_role)
    _add_mentions(ctx, items)
    _add_meeting_refs(ctx, body, body_key)
    return list(dict.fromkeys(ctx.triples)), list(dict.fromkeys(ctx.shared))


def record_triples(record: MeetingRecord, registry: Registry,
                   described: set[str] | None = None) -> list[tuple[str, str, str]]:
    """All triples derived from one document (its named graph's content), without duplicates."""
    own, shared = document_triples(record, registry, described)
    return list(dict.fromkeys(own + shared))


def ntriples(triples: Iterable[tuple[str, str, str]]) -> str:
    return "".join(f"{s} {p} {o} .\n" for s, p, o in triples)


def record_graph(record: MeetingRecord, registry: Registry, graph: Graph | None = None) -> Graph:
    """One document's named-graph content as an rdflib Graph (for library users)."""
    g = bind_prefixes(graph if graph is not None else Graph())
    return g.parse(data=ntriples(record_triples(record, registry)), format="nt")


# --------------------------------------------------------------------------- N-Quads


def term_nt(term) -> str:
    """An rdflib term in N-Triples syntax (the vocabulary graph comes from rdflib)."""
    if isinstance(term, URIRef):
        return iri_nt(str(term))
    if isinstance(term, Literal):
        lexical = escape(str(term))
        if term.language:
            return f'"{lexical}"@{term.language}'
        if term.datatype is not None and term.datatype != XSD.string:
            return f'"{lexical}"^^{iri_nt(str(term.datatype))}'
        return f'"{lexical}"'
    return f"_:{term}"


def nquads(triples: Iterable[tuple[str, str, str]], graph_name: str) -> str:
    """Minted triples (N-Triples terms) as N-Quads lines in the named graph ``graph_name``."""
    g = iri_nt(str(graph_name))
    return "".join(f"{s} {p} {o} {g} .\n" for s, p, o in triples)


@cache
def vocabulary_triples() -> tuple[tuple[str, str, str], ...]:
    """The vocabulary graph's triples as N-Triples terms, in a stable order."""
    return tuple(sorted((term_nt(s), term_nt(p), term_nt(o)) for s, p, o in vocabulary_graph()))


def vocabulary_nquads() -> str:
    return nquads(vocabulary_triples(), str(VOCABULARY_GRAPH))


def vocabulary_graph(graph: Graph | None = None) -> Graph:
    """The topic scheme (and anything else shared by all documents)."""
    g = bind_prefixes(graph if graph is not None else Graph())
    path = ontology_path("topics.ttl")
    if path is not None:
        g.parse(path, format="turtle")
    return g


def corpus_graphs(records: list[MeetingRecord], registry: Registry,
                  ) -> Iterator[tuple[str, list[tuple[str, str, str]]]]:
    """(named graph IRI, triples) for every document, then the shared entities graph."""
    shared: dict[tuple, None] = {}
    described: set[str] = set()
    resolved: dict = {}
    meetings: set[str] = set()
    for record in records:
        own, entity_triples = document_triples(record, registry, described, resolved)
        shared.update(dict.fromkeys(entity_triples))
        meetings.add(meeting_nt(record, registry))
        yield str(document_graph_iri(record.source)), own
    shared.update(dict.fromkeys(identity_hypotheses(registry)))
    yield str(ENTITY_GRAPH), without_meetings(shared, meetings)


def corpus_nquads(records: list[MeetingRecord], registry: Registry) -> str:
    """The vocabulary, every document's named graph and the shared entities, as N-Quads."""
    return vocabulary_nquads() + "".join(nquads(triples, name) for name, triples in corpus_graphs(records, registry))


def build_dataset(records: list[MeetingRecord], registry: Registry) -> Dataset:
    """One named graph per document, the shared entities and the vocabulary; queries see their union."""
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    ds.parse(data=corpus_nquads(records, registry), format="nquads")
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
           "union_graph", "bind_prefixes", "corpus_nquads", "mention_iri"]
