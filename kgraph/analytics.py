"""networkx analytics over the knowledge graph, and the graphs behind the interactive views.

The RDF is read once with a handful of SPARQL SELECTs into a :class:`Snapshot` (plain Python
records), so the same code runs on an rdflib Graph/Dataset, a pyoxigraph Store, or any callable
``query(sparql, bindings) -> rows`` such as the project's ``Store.query``. Views and statistics
are then pure functions of the snapshot: :func:`partnership_network`, :func:`topic_map`,
:func:`topic_history`, :func:`stats`.

Analytics (centrality, Louvain communities, layouts) are computed here, at build time; the
pages only draw the result.
"""
from __future__ import annotations

import datetime as dt
import math
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .entities.keys import slugify

KG = "https://w3id.org/kgraph/ontology#"

PREFIXES = """\
PREFIX kg: <https://w3id.org/kgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

# Longest evidence shown for an agenda item: the item's span can be pages long, a tooltip
# should hold its opening sentences only.
EVIDENCE_CHARS = 400

# Above this many nodes betweenness is estimated from k sampled sources (exact is O(n·m)).
BETWEENNESS_EXACT_LIMIT = 500
BETWEENNESS_SAMPLES = 200

COMMUNITY_SEED = 42

QueryFn = Callable[[str, Mapping[str, Any] | None], Iterable[Any]]


# --------------------------------------------------------------------------- query adapter


def term_value(term: Any) -> str | None:
    """The lexical value of an RDF term from rdflib, pyoxigraph or a plain string row."""
    if term is None:
        return None
    value = getattr(term, "value", None)          # pyoxigraph NamedNode / Literal / BlankNode
    if isinstance(value, str):
        return value
    return str(term)                               # rdflib terms are str subclasses


def query_adapter(source: Any) -> QueryFn:
    """A ``query(sparql, bindings) -> rows`` callable over ``source``.

    ``source`` may be an rdflib Graph or Dataset (a Dataset is queried over the union of its
    named graphs, since the pipeline puts each document in its own graph), a pyoxigraph Store,
    an object with a ``query(sparql, bindings)`` method (the project's ``Store``), or already
    such a callable (returned unchanged). Results may be any iterable of rows, or an object with
    ``columns`` and ``rows`` (``kgraph.store.QueryResult``).
    """
    import rdflib

    if isinstance(source, rdflib.Dataset):
        union = rdflib.Dataset(store=source.store, default_union=True)
        return _rdflib_query(union)
    if isinstance(source, rdflib.Graph):
        return _rdflib_query(source)
    if _is_pyoxigraph_store(source):
        return _pyoxigraph_query(source)
    if hasattr(source, "query") and callable(source.query):
        return source.query           # kgraph.store.Store: query(sparql, bindings) -> QueryResult
    if callable(source):
        return source
    raise TypeError(f"cannot query a {type(source).__name__}: give an rdflib graph, a pyoxigraph "
                    "Store or a callable query(sparql, bindings)")


def _rdflib_query(graph: Any) -> QueryFn:
    import rdflib

    def run(sparql: str, bindings: Mapping[str, Any] | None = None) -> Iterable[Any]:
        init = {k: (v if isinstance(v, rdflib.term.Node) else rdflib.Literal(v))
                for k, v in (bindings or {}).items()}
        # rdflib 7 warns about its own internal use of Dataset.default_context on every
        # pattern match of a union query: thousands of lines that say nothing to the user.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
            return list(graph.query(sparql, initBindings=init))
    return run


def _is_pyoxigraph_store(source: Any) -> bool:
    try:
        import pyoxigraph
    except ImportError:  # pragma: no cover - pyoxigraph is a declared dependency
        return False
    return isinstance(source, pyoxigraph.Store)


def _pyoxigraph_query(store: Any) -> QueryFn:
    import pyoxigraph

    def run(sparql: str, bindings: Mapping[str, Any] | None = None) -> Iterable[Any]:
        subs = {pyoxigraph.Variable(k): (v if hasattr(v, "value") else pyoxigraph.Literal(str(v)))
                for k, v in (bindings or {}).items()}
        # The pipeline keeps one named graph per document: query their union.
        return store.query(sparql, use_default_graph_as_union=True, substitutions=subs or None)
    return run


def select(query: QueryFn, sparql: str, variables: Sequence[str],
           bindings: Mapping[str, Any] | None = None) -> list[tuple[str | None, ...]]:
    """Run a SELECT and return rows as tuples of plain strings in ``variables`` order.

    Rows may be positional (rdflib ResultRow, tuples) or keyed by variable name (dicts,
    pyoxigraph solutions): both are read by name first, then by position.
    """
    out = []
    for row in _rows(query(PREFIXES + sparql, bindings)):
        out.append(tuple(term_value(_cell(row, name, i)) for i, name in enumerate(variables)))
    return out


def _rows(result: Any) -> Iterable[Any]:
    columns, rows = getattr(result, "columns", None), getattr(result, "rows", None)
    if isinstance(columns, list) and rows is not None:     # kgraph.store.QueryResult
        return (dict(zip(columns, row)) for row in rows)
    return result


def _cell(row: Any, name: str, index: int) -> Any:
    if isinstance(row, Mapping):
        return row.get(name)
    try:
        return row[name]
    except (KeyError, TypeError, IndexError, ValueError):
        return row[index]


# --------------------------------------------------------------------------- snapshot


@dataclass(slots=True)
class Meeting:
    iri: str
    date: dt.date | None
    body: str | None
    body_label: str | None


@dataclass(slots=True)
class Item:
    iri: str
    meeting: str
    title: str
    number: str | None
    position: int | None
    evidence: str | None          # the start of the item's source text


@dataclass(slots=True)
class Decision:
    iri: str
    item: str
    text: str
    kind: str | None              # "Resolved", "Agreed", "Noted", "Approved"


@dataclass(slots=True)
class Action:
    iri: str
    item: str
    text: str
    owners: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Attendance:
    meeting: str
    person: str
    organisation: str | None
    role: str | None


@dataclass(slots=True)
class Post:
    person: str
    organisation: str
    role: str | None
    seen_on: dt.date | None


@dataclass(slots=True)
class Snapshot:
    """What the views and statistics need from the graph, as plain records keyed by IRI."""

    meetings: dict[str, Meeting] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)              # iri → name
    organisations: dict[str, str] = field(default_factory=dict)       # iri → label
    bodies: set[str] = field(default_factory=set)                     # partnerships (kg:Body)
    topics: dict[str, str] = field(default_factory=dict)              # iri → label
    topic_acronyms: dict[str, set[str]] = field(default_factory=dict)
    items: dict[str, Item] = field(default_factory=dict)
    decisions: dict[str, Decision] = field(default_factory=dict)
    actions: dict[str, Action] = field(default_factory=dict)
    attendance: list[Attendance] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    item_topics: dict[str, set[str]] = field(default_factory=dict)    # item/decision/action → topics
    item_organisations: dict[str, set[str]] = field(default_factory=dict)  # item → orgs mentioned

    def label(self, iri: str) -> str:
        for table in (self.people, self.organisations, self.topics):
            if iri in table:
                return table[iri]
        return iri.rsplit("/", 1)[-1]

    def meeting_of(self, node: str) -> Meeting | None:
        """The meeting an item, decision or action belongs to."""
        if node in self.decisions:
            node = self.decisions[node].item
        elif node in self.actions:
            node = self.actions[node].item
        item = self.items.get(node)
        return self.meetings.get(item.meeting) if item else None

    def topics_of(self, node: str) -> set[str]:
        """Topics of an item, decision or action; decisions and actions inherit their item's."""
        own = set(self.item_topics.get(node, ()))
        parent = None
        if node in self.decisions:
            parent = self.decisions[node].item
        elif node in self.actions:
            parent = self.actions[node].item
        if parent:
            own |= self.item_topics.get(parent, set())
        return own


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


Q_MEETINGS = """
SELECT ?m ?date ?body ?bodyLabel WHERE {
  ?m a kg:Meeting .
  # only meetings whose minutes we hold; referenced-only meetings have no source document
  FILTER EXISTS { ?m prov:wasDerivedFrom ?doc }
  OPTIONAL { ?m dcterms:date ?date }
  OPTIONAL { ?m kg:heldBy ?body . OPTIONAL { ?body skos:prefLabel ?bodyLabel } }
}"""

Q_PEOPLE = "SELECT ?p ?name WHERE { ?p a foaf:Person . OPTIONAL { ?p foaf:name ?name } }"

Q_ORGS = """
SELECT ?o ?label ?body WHERE {
  { ?o a org:Organization } UNION { ?o a kg:Body }
  OPTIONAL { ?o skos:prefLabel ?label }
  BIND(EXISTS { ?o a kg:Body } AS ?body)
}"""

Q_TOPICS = """
SELECT ?t ?label ?acronym WHERE {
  VALUES ?kind { kg:Topic kg:Instrument }
  ?t a ?kind .
  OPTIONAL { ?t skos:prefLabel ?label }
  OPTIONAL { ?t kg:acronym ?acronym }
}"""

Q_ATTENDEES = "SELECT ?m ?p WHERE { ?m a kg:Meeting ; kg:attendee ?p }"

Q_ATTENDANCE = """
SELECT ?m ?p ?org ?role WHERE {
  ?m kg:hasAttendance ?a . ?a kg:attendingPerson ?p .
  OPTIONAL { ?a kg:listKind ?kind }
  FILTER (!BOUND(?kind) || (?kind != "apologies" && ?kind != "absent"))
  OPTIONAL { ?a kg:representing ?org }
  OPTIONAL { ?a org:role ?r . ?r skos:prefLabel ?role }
}"""

Q_POSTS = """
SELECT ?p ?org ?role ?seen WHERE {
  ?ms a org:Membership ; org:member ?p ; org:organization ?org .
  OPTIONAL { ?ms org:role ?r . ?r skos:prefLabel ?role }
  OPTIONAL { ?ms kg:seenOn ?seen }
}"""

Q_ITEMS = """
SELECT ?i ?m ?title ?number ?position ?evidence WHERE {
  ?m kg:hasAgendaItem ?i .
  OPTIONAL { ?i dcterms:title ?title }
  OPTIONAL { ?i kg:minuteNumber ?number }
  OPTIONAL { ?i kg:position ?position }
  OPTIONAL {
    ?i prov:wasDerivedFrom ?doc ; kg:charStart ?s ; kg:charEnd ?e .
    ?doc kg:text ?text .
    BIND(SUBSTR(?text, ?s + 1, IF(?e - ?s > %d, %d, ?e - ?s)) AS ?evidence)
  }
}""" % (EVIDENCE_CHARS, EVIDENCE_CHARS)

Q_DECISIONS = """
SELECT ?d ?i ?text ?kind WHERE {
  ?i kg:hasDecision ?d .
  OPTIONAL { ?d kg:text ?text }
  OPTIONAL { ?d kg:decisionKind ?kind }
}"""

Q_ACTIONS = """
SELECT ?a ?i ?text ?owner WHERE {
  ?i kg:hasAction ?a .
  OPTIONAL { ?a kg:text ?text }
  OPTIONAL { ?a kg:assignedTo ?owner }
}"""

Q_SUBJECTS = """
SELECT ?x ?t WHERE {
  VALUES ?kind { kg:Topic kg:Instrument }
  ?x dcterms:subject ?t . ?t a ?kind .
  { ?x a kg:AgendaItem } UNION { ?x a kg:Decision } UNION { ?x a kg:Action }
}"""

Q_ITEM_ORGS = """
SELECT ?i ?o WHERE { ?i a kg:AgendaItem ; kg:mentions ?o . ?o a org:Organization }"""


def load_snapshot(source: Any) -> Snapshot:
    """Read the parts of the graph the views need. ``source``: see :func:`query_adapter`.

    A :class:`Snapshot` is returned unchanged, so every public function accepts either.
    """
    if isinstance(source, Snapshot):
        return source
    q = query_adapter(source)
    snap = Snapshot()
    for m, date, body, body_label in select(q, Q_MEETINGS, ("m", "date", "body", "bodyLabel")):
        snap.meetings[m] = Meeting(m, _date(date), body, body_label)
    for p, name in select(q, Q_PEOPLE, ("p", "name")):
        snap.people[p] = name or snap.people.get(p) or p.rsplit("/", 1)[-1]
    for o, label, body in select(q, Q_ORGS, ("o", "label", "body")):
        snap.organisations[o] = label or snap.organisations.get(o) or o.rsplit("/", 1)[-1]
        if body in ("true", "1"):
            snap.bodies.add(o)
    for t, label, acronym in select(q, Q_TOPICS, ("t", "label", "acronym")):
        snap.topics[t] = label or snap.topics.get(t) or t.rsplit("/", 1)[-1]
        if acronym:
            snap.topic_acronyms.setdefault(t, set()).add(acronym)
    _load_attendance(q, snap)
    for p, o, role, seen in select(q, Q_POSTS, ("p", "org", "role", "seen")):
        snap.posts.append(Post(p, o, role, _date(seen)))
    for i, m, title, number, position, evidence in select(
            q, Q_ITEMS, ("i", "m", "title", "number", "position", "evidence")):
        if i not in snap.items:
            snap.items[i] = Item(i, m, title or "(untitled item)", number, _int(position), evidence)
    for d, i, text, kind in select(q, Q_DECISIONS, ("d", "i", "text", "kind")):
        snap.decisions[d] = Decision(d, i, text or "", kind.rsplit("#", 1)[-1] if kind else None)
    for a, i, text, owner in select(q, Q_ACTIONS, ("a", "i", "text", "owner")):
        action = snap.actions.setdefault(a, Action(a, i, text or ""))
        if owner and owner not in action.owners:
            action.owners.append(owner)
    for x, t in select(q, Q_SUBJECTS, ("x", "t")):
        snap.item_topics.setdefault(x, set()).add(t)
    for i, o in select(q, Q_ITEM_ORGS, ("i", "o")):
        snap.item_organisations.setdefault(i, set()).add(o)
    for action in snap.actions.values():
        action.owners.sort()
    # Row order differs between engines; sort so every view is built the same way.
    snap.posts.sort(key=lambda post: (post.person, post.organisation, post.role or "",
                                      post.seen_on or dt.date.min))
    return snap


def _load_attendance(q: QueryFn, snap: Snapshot) -> None:
    detailed: dict[tuple[str, str], Attendance] = {}
    # sorted: someone there for two organisations keeps the same one whatever order the engine
    # returned the rows in
    rows = sorted(select(q, Q_ATTENDANCE, ("m", "p", "org", "role")),
                  key=lambda row: tuple(value or "" for value in row))
    for m, p, o, role in rows:
        known = detailed.get((m, p))
        if known is None:
            detailed[(m, p)] = Attendance(m, p, o, role)
        else:  # several OPTIONAL matches: keep what each row adds
            known.organisation = known.organisation or o
            known.role = known.role or role
    # kg:attendee is the contract's core; kg:hasAttendance adds the details where present.
    for m, p in select(q, Q_ATTENDEES, ("m", "p")):
        detailed.setdefault((m, p), Attendance(m, p, None, None))
    snap.attendance = sorted(detailed.values(), key=lambda a: (a.meeting, a.person))


# --------------------------------------------------------------------------- filtering



def find_topic(snapshot: Snapshot, wanted: str) -> str | None:
    """The topic IRI for a label, acronym, slug or IRI given by a user (any case)."""
    if wanted in snapshot.topics:
        return wanted
    key = wanted.strip().casefold()
    slug = slugify(wanted)
    for iri, label in sorted(snapshot.topics.items()):
        names = {label.casefold(), *(a.casefold() for a in snapshot.topic_acronyms.get(iri, ()))}
        if key in names or iri.rsplit("/", 1)[-1] == slug or slugify(label) == slug:
            return iri
    return None


def most_discussed_topic(snapshot: Snapshot) -> str | None:
    """The topic with most agenda items (ties: most decisions, then label)."""
    items = Counter(t for i in snapshot.items for t in snapshot.item_topics.get(i, ()))
    decisions = Counter(t for d in snapshot.decisions for t in snapshot.topics_of(d))
    if not items and not decisions:
        return None
    return min(set(items) | set(decisions),
               key=lambda t: (-items[t], -decisions[t], snapshot.topics.get(t, t)))


YearRange = tuple[int | None, int | None]


def _in_years(date: dt.date | None, years: YearRange | None) -> bool:
    if years is None:
        return True
    low, high = years
    if date is None:
        return low is None and high is None
    return (low is None or date.year >= low) and (high is None or date.year <= high)


def _normalise_years(years: Any) -> YearRange | None:
    """Accept None, a (from, to) pair, a single year, or a range/iterable of years."""
    if years is None:
        return None
    if isinstance(years, int):
        return (years, years)
    if isinstance(years, tuple) and len(years) == 2 and all(y is None or isinstance(y, int)
                                                            for y in years):
        return years
    values = sorted(int(y) for y in years)
    return (values[0], values[-1]) if values else None


def _topic_iri(snapshot: Snapshot, topic: str | None) -> str | None:
    if topic is None:
        return None
    iri = find_topic(snapshot, topic)
    if iri is None:
        raise ValueError(f"no topic called {topic!r}; known topics: "
                         + ", ".join(sorted(snapshot.topics.values())))
    return iri


def _selected_meetings(snapshot: Snapshot, years: YearRange | None,
                       topic: str | None) -> set[str]:
    chosen = {m for m, meeting in snapshot.meetings.items() if _in_years(meeting.date, years)}
    if topic is not None:
        about = {snapshot.items[i].meeting for i in snapshot.items if topic in snapshot.topics_of(i)}
        chosen &= about
    return chosen


# --------------------------------------------------------------------------- node helpers

# One word per node type; the page legend, colours and shapes are keyed on these.
PERSON, ORGANISATION, MEETING, ACTION = "person", "organisation", "meeting", "action"
TOPIC, ITEM, DECISION, YEAR = "topic", "item", "decision", "year"


def _date_text(date: dt.date | None) -> str:
    return date.isoformat() if date else "date unknown"


def _span_text(dates: Iterable[dt.date | None]) -> str:
    known = sorted(d for d in dates if d)
    if not known:
        return "dates unknown"
    if known[0] == known[-1]:
        return known[0].isoformat()
    return f"{known[0].isoformat()} to {known[-1].isoformat()} ({len(known)} meetings)"


def _label_topics(g: nx.Graph, snap: Snapshot) -> nx.Graph:
    """Record the labels of the topics the nodes refer to (the pages' topic filter lists them)."""
    used = {t for _, d in g.nodes(data=True) for t in d["topics"]}
    g.graph["topic_labels"] = {t: snap.label(t) for t in sorted(used)}
    return g


def _add_node(g: nx.Graph, node: str, kind: str, label: str, tooltip: str,
              years: Iterable[int] = (), topics: Iterable[str] = (), **extra: Any) -> None:
    """Add or update a node; ``years`` and ``topics`` accumulate (they drive the page filters)."""
    if node in g:
        data = g.nodes[node]
        data["years"] = sorted(set(data["years"]) | set(years))
        data["topics"] = sorted(set(data["topics"]) | set(topics))
        return
    g.add_node(node, kind=kind, label=label, tooltip=tooltip, years=sorted(set(years)),
               topics=sorted(set(topics)), **extra)


def _bump_edge(g: nx.Graph, a: str, b: str, relation: str) -> None:
    """Add an edge or count one more occurrence of it (``weight``), keeping each relation named."""
    if g.has_edge(a, b):
        data = g.edges[a, b]
        data["weight"] += 1
        if relation not in data["relations"]:
            data["relations"].append(relation)
    else:
        g.add_edge(a, b, weight=1, relations=[relation])


def _meeting_label(snapshot: Snapshot, meeting: Meeting) -> str:
    return _date_text(meeting.date)


def _meeting_tooltip(meeting: Meeting) -> str:
    return "\n".join(filter(None, [
        f"Meeting, {_date_text(meeting.date)}",
        meeting.body_label and f"held by {meeting.body_label}",
    ]))


def _clip(text: str | None, limit: int = 300) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------- partnership network


def partnership_network(graph: Any, years: Any = None, topic: str | None = None) -> nx.Graph:
    """People, organisations and meetings; edges for attendance, representation/posts and
    action ownership (action nodes sit between their owners and the meeting).

    ``years``: (from, to) inclusive, either end may be None. ``topic``: label, acronym or IRI;
    keeps the meetings that discussed it and the actions about it.
    """
    snap = load_snapshot(graph)
    year_range = _normalise_years(years)
    topic_iri = _topic_iri(snap, topic)
    meetings = _selected_meetings(snap, year_range, topic_iri)
    topics_by_meeting: dict[str, set[str]] = defaultdict(set)
    for i, item in snap.items.items():
        topics_by_meeting[item.meeting] |= snap.topics_of(i)

    g = nx.Graph(view="network")
    for m in sorted(meetings):
        meeting = snap.meetings[m]
        _add_node(g, m, MEETING, _meeting_label(snap, meeting), _meeting_tooltip(meeting),
                  years=[meeting.date.year] if meeting.date else [],
                  topics=topics_by_meeting[m], date=_date_text(meeting.date))

    dates_of: dict[str, list[dt.date | None]] = defaultdict(list)
    for att in snap.attendance:
        if att.meeting not in meetings:
            continue
        meeting = snap.meetings[att.meeting]
        dates_of[att.person].append(meeting.date)
        year = [meeting.date.year] if meeting.date else []
        _add_node(g, att.person, PERSON, snap.label(att.person), "", years=year,
                  topics=topics_by_meeting[att.meeting])
        _bump_edge(g, att.person, att.meeting, "attended")
        if att.organisation:
            dates_of[att.organisation].append(meeting.date)
            _add_node(g, att.organisation, ORGANISATION, snap.label(att.organisation), "",
                      years=year, topics=topics_by_meeting[att.meeting])
            _bump_edge(g, att.person, att.organisation, "represented")
            _bump_edge(g, att.organisation, att.meeting, "represented at")

    roles: dict[str, set[str]] = defaultdict(set)
    for post in snap.posts:
        if post.person not in g:    # posts only annotate people who are in the selection
            continue
        if post.role:
            roles[post.person].add(f"{post.role}, {snap.label(post.organisation)}")
        _add_node(g, post.organisation, ORGANISATION, snap.label(post.organisation), "")
        _bump_edge(g, post.person, post.organisation, "post")

    for a, action in sorted(snap.actions.items()):
        meeting = snap.meeting_of(a)
        if meeting is None or meeting.iri not in meetings:
            continue
        if topic_iri is not None and topic_iri not in snap.topics_of(a):
            continue
        if not action.owners:
            continue
        year = [meeting.date.year] if meeting.date else []
        _add_node(g, a, ACTION, _clip(action.text, 40),
                  f"Action, {_date_text(meeting.date)}\n“{_clip(action.text)}”",
                  years=year, topics=snap.topics_of(a), date=_date_text(meeting.date))
        _bump_edge(g, a, meeting.iri, "action of")
        for owner in action.owners:
            kind = PERSON if owner in snap.people else ORGANISATION
            dates_of[owner].append(meeting.date)
            _add_node(g, owner, kind, snap.label(owner), "", years=year, topics=snap.topics_of(a))
            _bump_edge(g, owner, a, "owns action")

    for node, data in g.nodes(data=True):
        if data["kind"] == PERSON:
            lines = [f"Person: {data['label']}", f"Attended: {_span_text(dates_of[node])}"]
            lines += sorted(roles[node])
            data["tooltip"] = "\n".join(lines)
        elif data["kind"] == ORGANISATION:
            data["tooltip"] = "\n".join(
                [f"Organisation: {data['label']}",
                 f"Involved: {_span_text(dates_of[node])}",
                 f"Links (people, meetings, actions): {g.degree(node)}"])
    return _label_topics(g, snap)


# --------------------------------------------------------------------------- topic map


def topic_map(graph: Any, years: Any = None, topic: str | None = None) -> nx.Graph:
    """Topics linked to the items and decisions about them, and to the organisations that
    carry them: organisations named in the item, or owning one of its actions (directly, or
    through the organisation the owner represented at that meeting)."""
    snap = load_snapshot(graph)
    year_range = _normalise_years(years)
    topic_iri = _topic_iri(snap, topic)
    meetings = _selected_meetings(snap, year_range, topic_iri)
    represented = {(a.meeting, a.person): a.organisation for a in snap.attendance}
    decisions_of, actions_of = _children_by_item(snap)
    g = nx.Graph(view="topics")

    for i, item in sorted(snap.items.items()):
        topics = snap.topics_of(i)
        if topic_iri is not None:
            topics &= {topic_iri}
        if item.meeting not in meetings or not topics:
            continue
        meeting = snap.meetings[item.meeting]
        year = [meeting.date.year] if meeting.date else []
        number = f"{item.number}. " if item.number else ""
        _add_node(g, i, ITEM, _clip(f"{number}{item.title}", 40),
                  "\n".join(filter(None, [
                      f"Agenda item {number}{item.title}",
                      f"Meeting {_date_text(meeting.date)}",
                      item.evidence and f"“{_clip(item.evidence)}”"])),
                  years=year, topics=topics, date=_date_text(meeting.date))
        for t in sorted(topics):
            _add_node(g, t, TOPIC, snap.label(t), "", years=year, topics=[t])
            _bump_edge(g, t, i, "about")
        for o in sorted(snap.item_organisations.get(i, ())):
            _add_node(g, o, ORGANISATION, snap.label(o), "", years=year, topics=topics)
            _bump_edge(g, o, i, "named in")
        for decision in decisions_of.get(i, ()):
            d = decision.iri
            _add_node(g, d, DECISION, _clip(decision.text, 40),
                      f"Decision ({decision.kind or 'kind unknown'}), {_date_text(meeting.date)}"
                      f"\n“{_clip(decision.text)}”",
                      years=year, topics=topics, date=_date_text(meeting.date))
            _bump_edge(g, d, i, "decided under")
        for action in actions_of.get(i, ()):
            for owner in action.owners:
                org = owner if owner in snap.organisations else represented.get((item.meeting, owner))
                if org:
                    _add_node(g, org, ORGANISATION, snap.label(org), "", years=year, topics=topics)
                    _bump_edge(g, org, i, "owns an action")

    for node, data in g.nodes(data=True):
        if data["kind"] == TOPIC:
            acronyms = ", ".join(sorted(snap.topic_acronyms.get(node, ())))
            items = sum(1 for n in g[node] if g.nodes[n]["kind"] == ITEM)
            data["tooltip"] = "\n".join(filter(None, [
                f"Topic: {data['label']}", acronyms and f"Acronym: {acronyms}",
                f"Agenda items: {items}", f"Years: {_years_text(data['years'])}"]))
        elif data["kind"] == ORGANISATION:
            data["tooltip"] = (f"Organisation: {data['label']}\nCarries topics in "
                               f"{g.degree(node)} agenda items\nYears: {_years_text(data['years'])}")
    return _label_topics(g, snap)


def _children_by_item(snap: Snapshot) -> tuple[dict[str, list[Decision]], dict[str, list[Action]]]:
    """Decisions and actions grouped by their agenda item, each list in IRI order."""
    decisions: dict[str, list[Decision]] = defaultdict(list)
    for d in sorted(snap.decisions):
        decisions[snap.decisions[d].item].append(snap.decisions[d])
    actions: dict[str, list[Action]] = defaultdict(list)
    for a in sorted(snap.actions):
        actions[snap.actions[a].item].append(snap.actions[a])
    return decisions, actions


def _years_text(years: Sequence[int]) -> str:
    if not years:
        return "unknown"
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


# --------------------------------------------------------------------------- topic history


def topic_history(graph: Any, topic: str | None = None, years: Any = None) -> nx.DiGraph:
    """One topic's meetings, items and decisions in time order (default: the most discussed
    topic). Edges run meeting → next meeting (the timeline), meeting → item, item → decision.

    Every node carries ``order`` (the meeting's rank in date order) and ``lane`` (0 meeting,
    1 item, 2 decision) and ``slot`` (its rank within the lane for that meeting), which the
    page turns into positions: x by date, y by lane.
    """
    snap = load_snapshot(graph)
    topic_iri = _topic_iri(snap, topic) if topic else most_discussed_topic(snap)
    g = nx.DiGraph(view="history", topic=topic_iri,
                   topic_label=snap.label(topic_iri) if topic_iri else None)
    if topic_iri is None:
        return g
    year_range = _normalise_years(years)
    meetings = _selected_meetings(snap, year_range, topic_iri)
    ordered = sorted(meetings, key=lambda m: (snap.meetings[m].date or dt.date.max, m))
    items_by_meeting: dict[str, list[Item]] = defaultdict(list)
    for i, item in snap.items.items():
        if item.meeting in meetings and topic_iri in snap.topics_of(i):
            items_by_meeting[item.meeting].append(item)
    decisions_by_item, _ = _children_by_item(snap)

    previous = None
    for order, m in enumerate(ordered):
        meeting = snap.meetings[m]
        year = [meeting.date.year] if meeting.date else []
        common = dict(years=year, topics=[topic_iri], order=order, date=_date_text(meeting.date))
        _add_node(g, m, MEETING, _date_text(meeting.date), _meeting_tooltip(meeting),
                  lane=0, slot=0, **common)
        if previous:
            g.add_edge(previous, m, weight=1, relations=["next meeting on the topic"])
        previous = m
        decision_slot = 0
        items = sorted(items_by_meeting[m], key=lambda it: (it.position or 0, it.iri))
        for slot, item in enumerate(items):
            number = f"{item.number}. " if item.number else ""
            _add_node(g, item.iri, ITEM, _clip(f"{number}{item.title}", 40),
                      "\n".join(filter(None, [
                          f"Agenda item {number}{item.title}",
                          f"Meeting {_date_text(meeting.date)}",
                          item.evidence and f"“{_clip(item.evidence)}”"])),
                      lane=1, slot=slot, **common)
            g.add_edge(m, item.iri, weight=1, relations=["discussed"])
            for decision in decisions_by_item.get(item.iri, ()):
                _add_node(g, decision.iri, DECISION, _clip(decision.text, 40),
                          f"Decision ({decision.kind or 'kind unknown'}), "
                          f"{_date_text(meeting.date)}\n“{_clip(decision.text)}”",
                          lane=2, slot=decision_slot, **common)
                decision_slot += 1
                g.add_edge(item.iri, decision.iri, weight=1, relations=["decided"])
    return _label_topics(g, snap)


# --------------------------------------------------------------------------- analytics


def _canonical(g: nx.Graph) -> nx.Graph:
    """The graph, undirected, with nodes and edges inserted in sorted order: the same graph read
    from another store (rows in another order) then gives the same floating-point sums, so ties
    in a ranking break the same way, and a seeded sample draws the same nodes."""
    und = g.to_undirected() if g.is_directed() else g
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(und.nodes))
    ordered.add_edges_from(sorted((min(a, b), max(a, b), {"weight": d.get("weight", 1)})
                                  for a, b, d in und.edges(data=True)))
    return ordered


def centrality(g: nx.Graph, seed: int = COMMUNITY_SEED) -> dict[str, dict[str, float]]:
    """Degree and betweenness centrality per node. Betweenness is sampled (k sources, fixed
    seed) above :data:`BETWEENNESS_EXACT_LIMIT` nodes, where exact costs O(n·m)."""
    und = _canonical(g)
    degree = nx.degree_centrality(und) if len(und) > 1 else {n: 0.0 for n in und}
    if len(und) > BETWEENNESS_EXACT_LIMIT:
        between = nx.betweenness_centrality(und, k=BETWEENNESS_SAMPLES, seed=seed)
    else:
        between = nx.betweenness_centrality(und)
    return {n: {"degree": degree[n], "betweenness": between[n]} for n in und}


def communities(g: nx.Graph, seed: int = COMMUNITY_SEED) -> list[set[str]]:
    """Louvain communities, deterministic: fixed seed, nodes inserted in sorted order, and
    communities listed largest first (ties broken by their smallest member)."""
    ordered = _canonical(g)
    if ordered.number_of_edges() == 0:
        found = [{n} for n in ordered]
    else:
        found = nx.community.louvain_communities(ordered, weight="weight", seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def annotate(g: nx.Graph, seed: int = COMMUNITY_SEED) -> nx.Graph:
    """Store ``degree``, ``betweenness`` and ``community`` (index, largest first) on every node."""
    for node, values in centrality(g, seed).items():
        g.nodes[node].update(values)
    for index, members in enumerate(communities(g, seed)):
        for node in members:
            g.nodes[node]["community"] = index
    return g


# --------------------------------------------------------------------------- stats


@dataclass(slots=True)
class Ranked:
    label: str
    iri: str
    degree: float
    betweenness: float
    meetings: int


@dataclass(slots=True)
class Community:
    size: int
    people: list[str]           # most central first
    organisations: list[str]


@dataclass(slots=True)
class Stats:
    meetings: int
    people: int
    organisations: int
    items: int
    decisions: int
    actions: int
    central_people: list[Ranked]
    central_organisations: list[Ranked]
    communities: list[Community]
    topics_by_year: dict[int, list[tuple[str, int]]]   # year → (topic label, items) most first


def stats(graph: Any, top: int = 10, seed: int = COMMUNITY_SEED) -> Stats:
    """The partnership network's most central people and organisations, its Louvain
    communities, and the most discussed topics in each year."""
    snap = load_snapshot(graph)
    net = partnership_network(snap)
    # Communities and centrality on people, organisations and meetings; action nodes are
    # leaves that would only add noise to betweenness.
    core = net.subgraph(n for n, d in net.nodes(data=True) if d["kind"] != ACTION).copy()
    cent = centrality(core, seed)
    met: dict[str, set[str]] = defaultdict(set)
    for att in snap.attendance:
        met[att.person].add(att.meeting)
        if att.organisation:
            met[att.organisation].add(att.meeting)
    meetings_of = {node: len(seen) for node, seen in met.items()}

    def ranked(kind: str) -> list[Ranked]:
        # The partnership itself links to everyone through its posts: not worth ranking.
        nodes = [n for n, d in core.nodes(data=True) if d["kind"] == kind and n not in snap.bodies]
        nodes.sort(key=lambda n: (-cent[n]["betweenness"], -cent[n]["degree"],
                                  core.nodes[n]["label"]))
        return [Ranked(core.nodes[n]["label"], n, cent[n]["degree"], cent[n]["betweenness"],
                       meetings_of.get(n, 0)) for n in nodes[:top]]

    def by_centrality(members: Iterable[str], kind: str) -> list[str]:
        chosen = [n for n in members if core.nodes[n]["kind"] == kind]
        chosen.sort(key=lambda n: (-cent[n]["degree"], core.nodes[n]["label"]))
        return [core.nodes[n]["label"] for n in chosen]

    groups = [Community(len(c), by_centrality(c, PERSON), by_centrality(c, ORGANISATION))
              for c in communities(core, seed)]
    groups = [c for c in groups if c.people or c.organisations]

    per_year: dict[int, Counter] = defaultdict(Counter)
    for i, item in snap.items.items():
        meeting = snap.meetings.get(item.meeting)
        if meeting is None or meeting.date is None:
            continue
        for t in snap.topics_of(i):
            per_year[meeting.date.year][snap.label(t)] += 1
    topics_by_year = {year: sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
                      for year, counts in sorted(per_year.items())}
    return Stats(len(snap.meetings), len(snap.people),
                 len(set(snap.organisations) - snap.bodies), len(snap.items),
                 len(snap.decisions), len(snap.actions), ranked(PERSON), ranked(ORGANISATION),
                 groups, topics_by_year)


def format_stats(s: Stats, width: int = 110, top_topics: int = 5, people_shown: int = 6) -> str:
    """The statistics as plain-text tables (rich, rendered without colour)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=width, record=True, color_system=None, force_terminal=False,
                      file=_NullFile())
    console.print(f"{s.meetings} meetings, {s.people} people, {s.organisations} organisations, "
                  f"{s.items} agenda items, {s.decisions} decisions, {s.actions} actions")
    for title, rows in (("Most central people", s.central_people),
                        ("Most central organisations", s.central_organisations)):
        table = Table(title=title)
        for header, justify in (("#", "right"), ("name", "left"), ("betweenness", "right"),
                                ("degree", "right"), ("meetings", "right")):
            table.add_column(header, justify=justify)
        for rank, row in enumerate(rows, 1):
            table.add_row(str(rank), row.label, f"{row.betweenness:.3f}", f"{row.degree:.3f}",
                          str(row.meetings))
        console.print(table)
    table = Table(title="Communities (Louvain)")
    for header in ("#", "size", "organisations", "people (most connected first)"):
        table.add_column(header)
    for index, group in enumerate(s.communities, 1):
        people = ", ".join(group.people[:people_shown])
        if len(group.people) > people_shown:
            people += f" … (+{len(group.people) - people_shown})"
        table.add_row(str(index), str(group.size), ", ".join(group.organisations), people)
    console.print(table)
    table = Table(title="Topics by year (agenda items)")
    table.add_column("year")
    table.add_column("topics")
    for year, counts in s.topics_by_year.items():
        table.add_row(str(year), ", ".join(f"{label} ({n})" for label, n in counts[:top_topics]))
    console.print(table)
    return console.export_text()


class _NullFile:
    """rich needs a file to print to; the text is taken from its record instead."""

    def write(self, _: str) -> int:
        return 0

    def flush(self) -> None:
        pass


def size_from(value: float, max_value: float, smallest: float = 8.0, largest: float = 40.0) -> float:
    """Node size from a centrality value; square root so area grows with the value."""
    if max_value <= 0:
        return smallest
    return round(smallest + (largest - smallest) * math.sqrt(max(value, 0.0) / max_value), 1)
