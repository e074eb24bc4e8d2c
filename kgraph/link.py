"""Link the graph to external open data: Wikidata, ONS geography, legislation.gov.uk, data.police.uk.

Two sources of links, in this order:

1. **The shipped table** ``kgraph/data/external-ids.tsv``: identifiers verified from public
   registers, one per row with its evidence. Rows are matched to graph resources by their name
   (normalised for case, "&"/"and" and punctuation) against every label the resource carries
   (prefLabel, altLabel, hiddenLabel, title; the gazetteer puts aliases and former names there),
   and by the gazetteer key pinned in ``kgraph/data/external-ids-keys.tsv``. A pin also guards:
   a label that matches a resource other than the pinned one goes to the review file, not the graph.
2. **Reconciliation** against SPARQL endpoints, for what the table lacks: Wikidata by exact code
   (ONS GSS code, P836) and then by label among items of the types that the table's own verified
   items have (so "a district council" means whatever Wikidata says Ashford Borough Council is);
   legislation.gov.uk or another endpoint by exact title, where one answers SPARQL. Every request
   carries a descriptive User-Agent, times out, is rate-limited and retried (boundedly) on 429/503,
   and its answer is cached on disk. Offline (the default) only the cache is read.

Modelling, as the graph contract and the table's notes ask:

* ``owl:sameAs`` for organisations, places and legislation; ``skos:exactMatch`` for topics;
  ``skos:relatedMatch`` from a topic to the statute that is its *statutory basis* (a domestic
  homicide review is not section 9 of the 2004 Act, it is required by it).
* ``kg:governsArea`` from a council (or NHS body) to the ONS code of the area it covers: a council
  is not its area. The ceremonial county (Wikidata Q23298, includes Medway) is a different place
  from the area Kent County Council governs and is never linked to it.
* CURIE-only identifiers (``local-authority-eng:KEN``; the GOV.UK register service is retired, so
  there is no resolvable IRI) become ``dcterms:identifier`` literals.
* A section-level IRI (``ukpga/2004/28/section/9``) is linked with ``dcterms:references`` from the
  citation that gives that section (a ``kg:Mention`` with ``kg:section``), never from the Act.
* Every IRI link also gets a ``kg:ExternalLink`` record (target, method, confidence, evidence).

All links go into their own named graph (:data:`LINKS_GRAPH`) so re-linking replaces them.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import socket
import time
import unicodedata
import urllib.error
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, SKOS, XSD

from .graph import KG, KGR, ORG, SCHEMA, bind_prefixes
from .files import write_atomic, write_atomic_with
from .resources import data_path

LINKS_GRAPH = KGR["graph/links"]
TABLE_FILE = "external-ids.tsv"
KEYS_FILE = "external-ids-keys.tsv"
DEFAULT_CACHE_SUBDIR = "link-cache"
DEFAULT_REVIEW_FILE = "link-review.tsv"
DEFAULT_THRESHOLD = 0.85
REVIEW_FLOOR = 0.5            # candidates scoring below this are noise, not worth a reviewer's time
AMBIGUITY_MARGIN = 0.05       # two candidates this close are a coin toss: review, never link
DISTINCT_WORDS_CAP = 0.8      # a look-alike with other distinctive words is for review only
# Gazetteer types worth a Wikidata search: public bodies Wikidata describes well, whose verified
# items in the table show which P31 types to search. Partnerships, groups and boards are left
# out: Wikidata rarely has them, so a name match there would more likely be wrong than right.
RECONCILED_CATEGORIES = frozenset({"county-council", "unitary-council", "district-council", "police",
                                   "fire", "prison", "probation", "government-department",
                                   "government-agency", "nhs", "icb", "ccg"})
PROJECT_URL = "https://w3id.org/kgraph"

# Where reconciliation asks. legislation.gov.uk and the ONS no longer run public SPARQL endpoints
# (both retired theirs), so they are off unless a URL is given (argument or environment).
ENDPOINT_ENV = {"wikidata": "KGRAPH_WIKIDATA_ENDPOINT",
                "legislation": "KGRAPH_LEGISLATION_ENDPOINT",
                "ons": "KGRAPH_ONS_ENDPOINT"}
DEFAULT_ENDPOINTS: dict[str, str | None] = {"wikidata": "https://query.wikidata.org/sparql",
                                            "legislation": None, "ons": None}

WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"
GSS_PREFIX = "http://statistics.data.gov.uk/id/statistical-geography/"
LEGISLATION_ID_PREFIX = "http://www.legislation.gov.uk/id/"
PLACE_CLASSES = (SCHEMA.Place, DCTERMS.Location, KG.Place)
KIND_CLASSES = {"organisation": (ORG.Organization,), "legislation": (KG.Legislation,),
                "topic": (KG.Topic, KG.Instrument), "place": PLACE_CLASSES}
LABEL_PROPERTIES = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, DCTERMS.title, FOAF.name,
                    RDFS.label)
ENTITY_BASE = "https://w3id.org/kgraph/id/"
SECTION_NUMBER = re.compile(r"^\d{1,4}[A-Z]{0,2}$")


def user_agent() -> str:
    """Wikimedia's policy asks for a name, version and a way to reach the operator."""
    try:
        from importlib.metadata import version
        v = version("kgraph")
    except Exception:  # noqa: BLE001 - an uninstalled checkout still needs a User-Agent
        v = "0"
    return f"kgraph/{v} (+{PROJECT_URL}; linking partnership minutes to open data)"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class TableRow:
    entity: str
    kind: str
    scheme: str
    identifier: str
    uri: str
    status: str
    evidence: str

    @property
    def name(self) -> str:
        """The entity without its parenthetical note: "Ministry of Justice (parent of …)" → the name."""
        return re.sub(r"\s*\([^()]*\)\s*$", "", self.entity).strip()

    @property
    def base_scheme(self) -> str:
        return self.scheme.split("(")[0].strip()

    @property
    def resolvable(self) -> bool:
        return self.uri.startswith(("http://", "https://"))

    @property
    def is_provision(self) -> bool:
        """A section, part or chapter of an Act rather than the Act itself."""
        return self.base_scheme == "legislation.gov.uk" and "/" in self.identifier.split("/", 2)[-1]


@dataclass(frozen=True, slots=True)
class KeyPin:
    entity: str
    kind: str
    key: str
    relation: str | None       # "skos:closeMatch" to override the scheme's usual predicate


@dataclass(frozen=True, slots=True)
class Resource:
    iri: URIRef
    kind: str
    key: str | None
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Link:
    subject: URIRef
    predicate: URIRef
    target: URIRef | Literal
    method: str                # "table", "code-match", "reconciliation"
    confidence: float
    evidence: str


@dataclass(frozen=True, slots=True)
class ReviewCandidate:
    resource: str
    label: str
    candidate: str
    candidate_label: str
    score: float
    method: str


@dataclass(slots=True)
class LinkReport:
    graph: Graph                                    # the links, for the named graph LINKS_GRAPH
    links: list[Link] = field(default_factory=list)
    review: list[ReviewCandidate] = field(default_factory=list)
    requests: int = 0                               # HTTP requests actually sent
    cache_hits: int = 0
    cache_misses_offline: int = 0
    errors: list[str] = field(default_factory=list)
    offline: bool = True

    def counts(self) -> dict[str, int]:
        """Links per predicate CURIE and per method, for reports and the CLI."""
        counts: dict[str, int] = defaultdict(int)
        for link in self.links:
            counts[_curie(link.predicate)] += 1
            counts[f"method:{link.method}"] += 1
        counts["review"] = len(self.review)
        return dict(sorted(counts.items()))


def _curie(iri: URIRef) -> str:
    for prefix, ns in (("owl", OWL), ("skos", SKOS), ("kg", KG), ("dcterms", DCTERMS)):
        if str(iri).startswith(str(ns)):
            return f"{prefix}:{str(iri)[len(str(ns)):]}"
    return str(iri)


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()}
                for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]


def load_link_table(path: str | Path | None = None) -> list[TableRow]:
    rows = _read_tsv(Path(path) if path else data_path(TABLE_FILE))
    return [TableRow(r["entity"], r["kind"], r["scheme"], r["identifier"], r["uri"], r["status"],
                     r["evidence"].strip('"').replace('""', '"')) for r in rows]


def load_key_pins(path: str | Path | None = None) -> dict[str, KeyPin]:
    p = Path(path) if path else data_path(KEYS_FILE)
    if not p.exists():
        return {}
    return {r["entity"]: KeyPin(r["entity"], r["kind"], r["key"], r.get("relation") or None)
            for r in _read_tsv(p) if r.get("key")}


def legislation_codes() -> dict[str, str]:
    """Gazetteer key → legislation.gov.uk id ("ukpga/2004/28") from kgraph/data/legislation.tsv."""
    path = data_path("legislation.tsv")
    if not path.exists():
        return {}
    return {r["key"]: r["legislation_gov_uk"] for r in _read_tsv(path) if r.get("legislation_gov_uk")}


def organisation_types() -> dict[str, str]:
    """Gazetteer key → type ("district-council", "police", …) from kgraph/data/organisations.tsv."""
    path = data_path("organisations.tsv")
    return {r["key"]: r["type"] for r in _read_tsv(path)} if path.exists() else {}


# --------------------------------------------------------------------------- labels


def normalise_label(text: str) -> str:
    """Compare names as people write them: case, accents, "&"/"and", apostrophes, punctuation."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ")
    text = re.sub(r"['’‘`]s\b", "", text)          # "Kent Police's" → "kent police"
    text = re.sub(r"['’‘`]", "", text)
    text = re.sub(r"[^\w]+", " ", text)
    text = re.sub(r"^the ", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def resource_key(iri: URIRef, kind: str) -> str | None:
    path = {"organisation": "org/", "legislation": "legislation/", "topic": "topic/",
            "place": "place/"}[kind]
    prefix = ENTITY_BASE + path
    text = str(iri)
    return text[len(prefix):] if text.startswith(prefix) else None


def graph_resources(graph: Graph) -> list[Resource]:
    """Every organisation, Act, topic and place in the graph with all its labels."""
    found: list[Resource] = []
    for kind, classes in KIND_CLASSES.items():
        subjects = {s for cls in classes for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef)}
        for s in sorted(subjects):
            labels = sorted({str(o) for p in LABEL_PROPERTIES for o in graph.objects(s, p)
                             if isinstance(o, Literal)})
            found.append(Resource(s, kind, resource_key(s, kind), tuple(labels)))
    return found


# --------------------------------------------------------------------------- table links


def predicate_for(row: TableRow, pin: KeyPin | None) -> URIRef:
    """Which property a table row becomes; see the module docstring for the modelling."""
    if pin and pin.relation:
        prefix, _, local = pin.relation.partition(":")
        return {"skos": SKOS, "owl": OWL, "kg": KG, "dcterms": DCTERMS, "rdfs": RDFS}[prefix][local]
    if not row.resolvable:
        return DCTERMS.identifier
    if row.base_scheme == "ons-gss" and row.kind == "organisation":
        return KG.governsArea
    if row.kind == "topic":
        return SKOS.relatedMatch if "statutory basis" in row.scheme else SKOS.exactMatch
    return OWL.sameAs


def row_confidence(row: TableRow) -> float:
    # unverified rows are pattern-derived IRIs (legislation.gov.uk sections): likely, not checked
    return 1.0 if row.status == "verified" else 0.9


def match_rows(resources: list[Resource], rows: list[TableRow], pins: dict[str, KeyPin]
               ) -> tuple[list[tuple[TableRow, Resource]], list[ReviewCandidate]]:
    """Pair table rows with the resources they describe; doubtful pairs go to review."""
    by_label: dict[tuple[str, str], list[Resource]] = defaultdict(list)
    by_key: dict[tuple[str, str], Resource] = {}
    for res in resources:
        for label in res.labels:
            by_label[(res.kind, normalise_label(label))].append(res)
        if res.key:
            by_key[(res.kind, res.key)] = res
    pairs: list[tuple[TableRow, Resource]] = []
    review: list[ReviewCandidate] = []
    for row in rows:
        if row.is_provision and row.kind == "legislation":
            continue                                  # linked from citations, see section_links
        pin = pins.get(row.entity)
        labelled = {r.iri: r for r in by_label.get((row.kind, normalise_label(row.name)), [])}
        if pin is not None:
            pinned = by_key.get((row.kind, pin.key))
            if pinned is not None:
                pairs.append((row, pinned))
            for other in labelled.values():
                if pinned is None or other.iri != pinned.iri:
                    # the name fits, but the table says the row belongs to another resource
                    review.append(ReviewCandidate(str(other.iri), row.name, row.uri, row.entity, 1.0,
                                                  "table-label-conflicts-with-pin"))
        elif len(labelled) == 1:
            pairs.append((row, next(iter(labelled.values()))))
        elif len(labelled) > 1:
            for other in labelled.values():
                review.append(ReviewCandidate(str(other.iri), row.name, row.uri, row.entity, 1.0,
                                              "table-label-ambiguous"))
    return pairs, review


def table_links(pairs: Iterable[tuple[TableRow, Resource]], pins: dict[str, KeyPin]) -> list[Link]:
    links = []
    for row, res in pairs:
        predicate = predicate_for(row, pins.get(row.entity))
        target = Literal(row.uri) if predicate == DCTERMS.identifier else URIRef(row.uri)
        links.append(Link(res.iri, predicate, target, "table", row_confidence(row), row.evidence))
    return links


def code_links(resources: list[Resource], rows: list[TableRow], codes: dict[str, str]) -> list[Link]:
    """Acts whose gazetteer legislation.gov.uk id equals a table row's identifier (exact code)."""
    by_identifier = {r.identifier: r for r in rows if r.base_scheme == "legislation.gov.uk"
                     and r.kind == "legislation"}
    links = []
    for res in resources:
        code = codes.get(res.key or "") if res.kind == "legislation" else None
        if not code:
            continue
        row = by_identifier.get(code)
        if row is not None:
            links.append(Link(res.iri, OWL.sameAs, URIRef(row.uri), "code-match", row_confidence(row),
                              f"legislation.tsv id {code} = table row; {row.evidence}"))
        else:
            links.append(Link(res.iri, OWL.sameAs, URIRef(LEGISLATION_ID_PREFIX + code), "code-match",
                              1.0, f"legislation.tsv legislation_gov_uk id {code}"))
    return links


def section_links(graph: Graph, act_links: list[Link], rows: list[TableRow]) -> list[Link]:
    """Link each citation that names a section to that section's legislation.gov.uk IRI."""
    act_ids: dict[URIRef, str] = {}
    for link in act_links:
        target = str(link.target)
        if link.predicate == OWL.sameAs and target.startswith(LEGISLATION_ID_PREFIX):
            act_ids[link.subject] = target[len(LEGISLATION_ID_PREFIX):]
    by_identifier = {r.identifier: r for r in rows if r.is_provision}
    links = []
    for mention, act in graph.subject_objects(KG.mentionOf):
        if act not in act_ids:
            continue
        for section in graph.objects(mention, KG.section):
            number = str(section).strip().upper()
            if not SECTION_NUMBER.match(number):
                continue                              # "9(2)", "Part 4": no single section IRI
            identifier = f"{act_ids[act]}/section/{number}"
            row = by_identifier.get(identifier)
            if row is not None:
                links.append(Link(mention, DCTERMS.references, URIRef(row.uri), "table",
                                  row_confidence(row), row.evidence))
            else:
                # legislation.gov.uk's id pattern; the Act's own id is verified, the section cited
                links.append(Link(mention, DCTERMS.references,
                                  URIRef(LEGISLATION_ID_PREFIX + identifier), "code-match", 0.9,
                                  "legislation.gov.uk id pattern: the Act's id plus the section cited"))
    return links


def area_links(links: list[Link], rows: list[TableRow]) -> list[Link]:
    """Say which Wikidata place an ONS area is, where the table gives both for one place."""
    used_areas = {str(l.target) for l in links if l.predicate == KG.governsArea}
    by_entity: dict[str, list[TableRow]] = defaultdict(list)
    for row in rows:
        if row.kind == "place":
            by_entity[row.entity].append(row)
    out = []
    for entity_rows in by_entity.values():
        gss = [r for r in entity_rows if r.base_scheme == "ons-gss" and r.uri in used_areas]
        same = [r for r in entity_rows if r.base_scheme != "ons-gss" and r.resolvable]
        for area in gss:
            for other in same:
                out.append(Link(URIRef(area.uri), OWL.sameAs, URIRef(other.uri), "code-match",
                                min(row_confidence(area), row_confidence(other)),
                                f"one table entity '{area.entity}': {other.evidence}"))
    return out


def area_descriptions(links: list[Link], rows: list[TableRow]) -> Graph:
    """Give each governed area its code and the table's name, so queries can show both."""
    g = Graph()
    names = {r.uri: r.entity for r in rows if r.kind == "place" and r.base_scheme == "ons-gss"}
    for link in links:
        if link.predicate != KG.governsArea:
            continue
        area = str(link.target)
        g.add((link.target, DCTERMS.identifier, Literal(area.rsplit("/", 1)[-1])))
        if area in names:
            g.add((link.target, RDFS.label, Literal(names[area])))
    return g


# --------------------------------------------------------------------------- SPARQL client


class SparqlUnavailable(Exception):
    """An endpoint that did not answer usefully (time-out, HTTP error, bad payload)."""


@dataclass(slots=True)
class SparqlClient:
    """SELECT queries with a User-Agent, time-out, rate limit, bounded polite retries and a disk cache.

    ``offline`` answers from the cache only and never opens a socket. Failures are not cached, so
    a later run retries them; empty answers are (an empty answer is an answer).
    """

    cache_dir: Path | None
    offline: bool = True
    timeout_s: float = 20.0
    min_interval_s: float = 1.0
    max_retries: int = 3
    backoff_s: float = 2.0
    max_wait_s: float = 60.0
    agent: str = field(default_factory=user_agent)
    sleep: Callable[[float], None] = time.sleep
    requests: int = 0
    cache_hits: int = 0
    offline_misses: int = 0
    _last_request: float = float("-inf")

    def cache_path(self, endpoint: str, query: str) -> Path | None:
        if self.cache_dir is None:
            return None
        digest = hashlib.sha256(f"{endpoint}\n{query}".encode("utf-8")).hexdigest()
        return self.cache_dir / f"{digest}.json"

    def select(self, endpoint: str, query: str) -> list[dict[str, str]] | None:
        """Rows as {variable: lexical value}; None when offline without a cached answer."""
        path = self.cache_path(endpoint, query)
        if path is not None and path.exists():
            try:
                rows = json.loads(path.read_text(encoding="utf-8"))["rows"]
                self.cache_hits += 1
                return rows
            except (ValueError, KeyError, OSError):
                pass                                   # a damaged cache entry is refetched
        if self.offline:
            self.offline_misses += 1
            return None
        rows = self._fetch(endpoint, query)
        if path is not None:
            write_atomic(path, json.dumps({"endpoint": endpoint, "query": query, "rows": rows},
                                          ensure_ascii=False, indent=1))
        return rows

    def _wait_turn(self) -> None:
        wait = self._last_request + self.min_interval_s - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        self._last_request = time.monotonic()

    def _retry_wait(self, exc: urllib.error.HTTPError, attempt: int) -> float:
        header = exc.headers.get("Retry-After") if exc.headers else None
        if header and header.strip().isdigit():
            return min(float(header), self.max_wait_s)
        return min(self.backoff_s * (2 ** attempt), self.max_wait_s)

    def _fetch(self, endpoint: str, query: str) -> list[dict[str, str]]:
        from SPARQLWrapper import GET, JSON, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        for attempt in range(self.max_retries + 1):
            self._wait_turn()
            client = SPARQLWrapper(endpoint, agent=self.agent)
            client.setQuery(query)
            client.setMethod(GET)
            client.setReturnFormat(JSON)
            client.setTimeout(max(1, int(round(self.timeout_s))))
            self.requests += 1
            try:
                data = client.query().convert()
            except urllib.error.HTTPError as exc:
                if exc.code in (429, 503) and attempt < self.max_retries:
                    self.sleep(self._retry_wait(exc, attempt))
                    continue
                raise SparqlUnavailable(f"{endpoint}: HTTP {exc.code} {exc.reason}") from exc
            except SPARQLWrapperException as exc:
                raise SparqlUnavailable(f"{endpoint}: {str(exc).splitlines()[0]}") from exc
            except (TimeoutError, socket.timeout) as exc:
                raise SparqlUnavailable(f"{endpoint}: no answer within {self.timeout_s:g} s") from exc
            except (urllib.error.URLError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                raise SparqlUnavailable(f"{endpoint}: unreachable ({reason})") from exc
            return parse_select_json(data, endpoint)
        raise SparqlUnavailable(f"{endpoint}: still busy after {self.max_retries} retries")


def parse_select_json(data: object, endpoint: str) -> list[dict[str, str]]:
    """SPARQL JSON results → plain dicts; anything else is an unusable answer."""
    try:
        bindings = data["results"]["bindings"]  # type: ignore[index]
        return [{var: str(cell["value"]) for var, cell in row.items()} for row in bindings]
    except (TypeError, KeyError) as exc:
        raise SparqlUnavailable(f"{endpoint}: not a SPARQL JSON result") from exc


# --------------------------------------------------------------------------- reconciliation


def _sparql_string(text: str) -> str:
    # rdflib's N3 form escapes quotes, backslashes and newlines: untrusted text stays a literal
    return Literal(text).n3()


def wikidata_item_types_query(items: Iterable[str]) -> str:
    values = " ".join(f"<{i}>" for i in sorted(items))
    return (f"PREFIX wdt: <{WDT}>\n"
            f"SELECT ?item ?type WHERE {{ VALUES ?item {{ {values} }} ?item wdt:P31 ?type . }}")


def wikidata_gss_query(codes: Iterable[str]) -> str:
    values = " ".join(_sparql_string(c) for c in sorted(codes))
    return (f"PREFIX wdt: <{WDT}>\nPREFIX rdfs: <{RDFS}>\n"
            f"SELECT ?item ?code ?label WHERE {{ VALUES ?code {{ {values} }} ?item wdt:P836 ?code .\n"
            f"  OPTIONAL {{ ?item rdfs:label ?label FILTER(LANG(?label) = \"en\") }} }}")


def wikidata_typed_labels_query(types: Iterable[str], limit: int = 20000) -> str:
    values = " ".join(f"<{t}>" for t in sorted(types))
    return (f"PREFIX wdt: <{WDT}>\nPREFIX rdfs: <{RDFS}>\n"
            f"SELECT DISTINCT ?item ?label WHERE {{ VALUES ?type {{ {values} }}\n"
            f"  ?item wdt:P31 ?type ; rdfs:label ?label . FILTER(LANG(?label) = \"en\") }}\n"
            f"LIMIT {int(limit)}")


def exact_title_query(title: str) -> str:
    return (f"PREFIX rdfs: <{RDFS}>\nPREFIX dcterms: <{DCTERMS}>\nPREFIX skos: <{SKOS}>\n"
            f"SELECT DISTINCT ?item ?label WHERE {{ ?item dcterms:title|rdfs:label|skos:prefLabel ?label .\n"
            f"  FILTER(LCASE(STR(?label)) = LCASE({_sparql_string(title)})) }} LIMIT 5")


def area_labels_query(areas: Iterable[str]) -> str:
    values = " ".join(f"<{a}>" for a in sorted(areas))
    return (f"PREFIX rdfs: <{RDFS}>\n"
            f"SELECT ?item ?label WHERE {{ VALUES ?item {{ {values} }} ?item rdfs:label ?label . }}")


def label_score(a: str, b: str) -> float:
    """0..1 similarity of two names, insensitive to case, punctuation and word order."""
    from rapidfuzz import fuzz
    a, b = normalise_label(a), normalise_label(b)
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)) / 100.0


def _tokens(text: str) -> set[str]:
    return set(normalise_label(text).split())


def common_tokens(labels: Iterable[str]) -> set[str]:
    """Words frequent in a candidate pool ("council", "borough", "police"): they name the type."""
    labels = list(labels)
    df: dict[str, int] = defaultdict(int)
    for label in labels:
        for token in _tokens(label):
            df[token] += 1
    floor = max(3, int(0.02 * len(labels)))
    return {t for t, n in df.items() if n >= floor}


def best_candidates(names: Iterable[str], candidates: list[tuple[str, str]]
                    ) -> list[tuple[float, str, str]]:
    """(score, candidate IRI, candidate label), best first, one entry per candidate IRI.

    A name whose distinctive words differ from the candidate's is capped below any sensible
    threshold: "Essex Police" and "Sussex Police" are 0.88 alike letter by letter, yet different.
    """
    best: dict[str, tuple[float, str, str]] = {}
    names = [n for n in names if len(normalise_label(n)) > 3]     # acronyms are too ambiguous
    common = common_tokens(label for _, label in candidates)
    for iri, label in candidates:
        wanted = _tokens(label) - common
        score = 0.0
        for name in names:
            s = label_score(name, label)
            if _tokens(name) - common != wanted:
                s = min(s, DISTINCT_WORDS_CAP)
            score = max(score, s)
        if iri not in best or score > best[iri][0]:
            best[iri] = (score, iri, label)
    return sorted(best.values(), key=lambda t: (-t[0], t[1]))


@dataclass(slots=True)
class Reconciler:
    client: SparqlClient
    endpoints: dict[str, str | None]
    threshold: float
    taken: dict[str, str] = field(default_factory=dict)     # external IRI → table entity / resource
    errors: list[str] = field(default_factory=list)
    review: list[ReviewCandidate] = field(default_factory=list)

    def ask(self, service: str, query: str) -> list[dict[str, str]] | None:
        endpoint = self.endpoints.get(service)
        if not endpoint:
            return None
        try:
            return self.client.select(endpoint, query)
        except SparqlUnavailable as exc:
            self.errors.append(str(exc))
            return None

    def gss_links(self, links: list[Link]) -> list[Link]:
        """Wikidata items whose GSS code (P836) is the code of an area a resource governs."""
        areas = {str(l.target) for l in links if l.predicate == KG.governsArea}
        codes = {a.rsplit("/", 1)[-1]: a for a in areas if a.startswith(GSS_PREFIX)}
        if not codes:
            return []
        known = {str(l.subject) for l in links if l.predicate == OWL.sameAs and str(l.target).startswith(WD)}
        rows = self.ask("wikidata", wikidata_gss_query(codes)) or []
        out = []
        for row in rows:
            area, item = codes.get(row.get("code", "")), row.get("item", "")
            if not area or not item.startswith(WD) or area in known:
                continue
            owner = self.taken.get(item)
            if owner is not None and owner != area:
                # the table says this item is something else (the ceremonial county, a council)
                self.review.append(ReviewCandidate(area, row["code"], item, row.get("label", ""), 1.0,
                                                   "code-match-conflicts-with-table"))
                continue
            out.append(Link(URIRef(area), OWL.sameAs, URIRef(item), "code-match", 1.0,
                            f"Wikidata P836 (GSS code) = {row['code']}"))
        return out

    def learned_types(self, resources: list[Resource], links: list[Link],
                      category_of: Callable[[Resource], str | None]) -> dict[str, set[str]]:
        """Per category, the P31 types of the Wikidata items the table verified for that category."""
        by_iri = {r.iri: r for r in resources}
        examples: dict[str, str] = {}
        for link in links:
            res = by_iri.get(link.subject)
            if res and link.predicate == OWL.sameAs and str(link.target).startswith(WD):
                category = category_of(res)
                if category:
                    examples[str(link.target)] = category
        if not examples:
            return {}
        rows = self.ask("wikidata", wikidata_item_types_query(examples)) or []
        types: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            if row.get("item") in examples and row.get("type", "").startswith(WD):
                types[examples[row["item"]]].add(row["type"])
        return dict(types)

    def label_links(self, resources: list[Resource], links: list[Link],
                    category_of: Callable[[Resource], str | None]) -> list[Link]:
        """Unlinked organisations against Wikidata items of the types the table's items have.

        An organisation of a known category searches its category's types; one the gazetteer
        does not know (minutes of another area) searches the types of every category.
        """
        has_wikidata = {l.subject for l in links if l.predicate == OWL.sameAs and str(l.target).startswith(WD)}
        todo = [r for r in resources if r.kind == "organisation" and r.iri not in has_wikidata
                and category_of(r) in RECONCILED_CATEGORIES | {None}]
        if not todo:
            return []
        types = self.learned_types(resources, links, category_of)
        pools: dict[str, list[tuple[str, str]]] = {}
        for category, type_set in sorted(types.items()):
            if category not in RECONCILED_CATEGORIES:
                continue
            rows = self.ask("wikidata", wikidata_typed_labels_query(type_set)) or []
            pools[category] = [(r["item"], r["label"]) for r in rows
                               if r.get("item", "").startswith(WD) and r.get("label")]
        everything = [c for pool in pools.values() for c in pool]
        out = []
        for res in todo:
            category = category_of(res)
            pool = pools.get(category, []) if category else everything
            if not pool:
                continue
            link = self.decide(res, best_candidates(res.labels, pool), "reconciliation")
            if link is not None:
                out.append(link)
                self.taken[str(link.target)] = str(res.iri)
        return out

    def decide(self, res: Resource, ranked: list[tuple[float, str, str]], method: str) -> Link | None:
        """Link the best candidate if it is good, free and clearly ahead; otherwise review it."""
        ranked = [c for c in ranked if self.taken.get(c[1]) in (None, str(res.iri))]
        if not ranked or ranked[0][0] < REVIEW_FLOOR:
            return None
        score, iri, label = ranked[0]
        label_of_res = res.labels[0] if res.labels else str(res.iri)
        close_second = len(ranked) > 1 and ranked[1][0] >= score - AMBIGUITY_MARGIN
        if score >= self.threshold and not close_second:
            return Link(res.iri, OWL.sameAs, URIRef(iri), method, round(score, 3),
                        f"name match '{label}' among Wikidata items of the table's types (score {score:.2f})")
        for s, i, l in ranked[:3]:
            if s >= REVIEW_FLOOR:
                self.review.append(ReviewCandidate(str(res.iri), label_of_res, i, l, round(s, 3), method))
        return None

    def title_links(self, resources: list[Resource], links: list[Link]) -> list[Link]:
        """Acts without a legislation.gov.uk link, by exact title on a configured endpoint."""
        linked = {l.subject for l in links if l.predicate == OWL.sameAs}
        out = []
        for res in resources:
            if res.kind != "legislation" or res.iri in linked or not res.labels:
                continue
            title = max(res.labels, key=len)
            rows = self.ask("legislation", exact_title_query(title)) or []
            items = {(r["item"], r.get("label", "")) for r in rows if r.get("item", "").startswith("http")}
            if len(items) == 1:
                iri, label = next(iter(items))
                out.append(Link(res.iri, OWL.sameAs, URIRef(iri), "reconciliation", 0.95,
                                f"exact title '{label}' at {self.endpoints['legislation']}"))
            for iri, label in sorted(items) if len(items) > 1 else []:
                self.review.append(ReviewCandidate(str(res.iri), title, iri, label, 0.95,
                                                   "reconciliation-ambiguous-title"))
        return out

    def area_label_graph(self, links: list[Link]) -> Graph:
        """Names of the governed areas from an ONS endpoint, where one is configured."""
        g = Graph()
        areas = {str(l.target) for l in links if l.predicate == KG.governsArea}
        if not areas:
            return g
        for row in self.ask("ons", area_labels_query(areas)) or []:
            if row.get("item") in areas and row.get("label"):
                g.add((URIRef(row["item"]), RDFS.label, Literal(row["label"])))
        return g


# --------------------------------------------------------------------------- assembly


def configured_endpoints(endpoints: dict[str, str | None] | None) -> dict[str, str | None]:
    """Defaults, overridden by the environment, overridden by the caller."""
    chosen = dict(DEFAULT_ENDPOINTS)
    for name, var in ENDPOINT_ENV.items():
        if os.environ.get(var):
            chosen[name] = os.environ[var]
    chosen.update(endpoints or {})
    return chosen


def link_node(link: Link) -> URIRef:
    digest = hashlib.sha256(f"{link.subject}|{link.predicate}|{link.target}".encode()).hexdigest()[:16]
    return KGR[f"link/{digest}"]


def links_to_graph(links: list[Link]) -> Graph:
    g = bind_prefixes(Graph())
    for link in links:
        g.add((link.subject, link.predicate, link.target))
        if not isinstance(link.target, URIRef):
            continue                                  # kg:linkTarget must be an IRI (shapes.ttl)
        node = link_node(link)
        g.add((link.subject, KG.hasExternalLink, node))
        g.add((node, RDF.type, KG.ExternalLink))
        g.add((node, KG.linkTarget, link.target))
        g.add((node, KG.linkMethod, Literal(link.method)))
        g.add((node, KG.confidence, Literal(f"{link.confidence:.3f}", datatype=XSD.decimal)))
        g.add((node, DCTERMS.source, Literal(link.evidence)))
    return g


def unique_links(links: Iterable[Link]) -> list[Link]:
    """One link per (subject, property, target): the first source wins (table before codes)."""
    seen: dict[tuple, Link] = {}
    for link in links:
        seen.setdefault((link.subject, link.predicate, link.target), link)
    return list(seen.values())


def category_for(types: dict[str, str]) -> Callable[[Resource], str | None]:
    def category(res: Resource) -> str | None:
        if res.kind == "organisation":
            return types.get(res.key or "")
        return None
    return category


def link_graph(graph: rdflib.Graph, *, offline: bool = True,
               endpoints: dict[str, str | None] | None = None, cache_dir: str | Path | None = None,
               review_file: str | Path | None = None, threshold: float = DEFAULT_THRESHOLD,
               table: list[TableRow] | None = None, pins: dict[str, KeyPin] | None = None,
               client: SparqlClient | None = None) -> LinkReport:
    """The external links for ``graph`` (which is not changed), as a graph and a report.

    ``offline`` uses the table and the cache only. ``cache_dir`` defaults to
    ``output/link-cache``. Reconciliation candidates scoring under ``threshold`` go to
    ``review_file`` (TSV) and never into the graph.
    """
    rows = table if table is not None else load_link_table()
    pins = pins if pins is not None else load_key_pins()
    resources = graph_resources(graph)
    pairs, review = match_rows(resources, rows, pins)
    found = table_links(pairs, pins) + code_links(resources, rows, legislation_codes())
    found = unique_links(found)
    found += section_links(graph, found, rows)
    found += area_links(found, rows)

    if client is None:
        client = SparqlClient(Path(cache_dir) if cache_dir else Path("output") / DEFAULT_CACHE_SUBDIR,
                              offline=offline)
    reconciler = Reconciler(client, configured_endpoints(endpoints), threshold)
    reconciler.taken = {r.uri: r.entity for r in rows if r.resolvable}
    reconciler.taken.update({str(l.target): str(l.subject) for l in found})
    category = category_for(organisation_types())
    found += reconciler.gss_links(found)
    found += reconciler.label_links(resources, found, category)
    found += reconciler.title_links(resources, found)
    found = unique_links(found)

    out = links_to_graph(found)
    out += area_descriptions(found, rows)
    out += reconciler.area_label_graph(found)
    report = LinkReport(graph=out, links=found, review=review + reconciler.review,
                        requests=client.requests, cache_hits=client.cache_hits,
                        cache_misses_offline=client.offline_misses, errors=reconciler.errors,
                        offline=client.offline)
    if review_file is not None:
        write_review(report.review, review_file)
    return report


def write_review(candidates: list[ReviewCandidate], path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["resource", "label", "candidate", "candidate_label", "score", "method"])
        for c in candidates:
            writer.writerow([_one_line(v) for v in (c.resource, c.label, c.candidate,
                                                    c.candidate_label, f"{c.score:.3f}", c.method)])
    return path


def _one_line(value: str) -> str:
    # labels come from untrusted minutes and endpoints: no tabs or newlines may break the TSV
    return re.sub(r"[\t\r\n]+", " ", str(value))


# --------------------------------------------------------------------------- store / file


SOURCE_SUBGRAPH = """
PREFIX kg: <https://w3id.org/kgraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
CONSTRUCT { ?s ?p ?o } WHERE {
  { ?s a ?type . VALUES ?type { org:Organization kg:Legislation kg:Topic kg:Instrument kg:Place
                                <https://schema.org/Place> <http://purl.org/dc/terms/Location> } }
  UNION { ?s kg:mentionOf ?cited ; kg:section ?section }
  ?s ?p ?o .
}
"""


def _store_subgraph(store) -> Graph:
    result = store.query(SOURCE_SUBGRAPH)
    return result.graph if result.graph is not None else Graph()


def link_store_or_file(out_dir: str | Path | None = "output", store=None, *, offline: bool = True,
                       endpoints: dict[str, str | None] | None = None,
                       cache_dir: str | Path | None = None, review_file: str | Path | None = None,
                       threshold: float = DEFAULT_THRESHOLD) -> LinkReport:
    """Link a built graph where it lives and write the links back.

    ``store`` (any kgraph Store) or else the embedded store in ``out_dir`` gets the links in the
    named graph :data:`LINKS_GRAPH`, replacing earlier ones. ``out_dir/graph.ttl``, when present,
    gets them too (the previous run's links, kept in ``out_dir/links.ttl``, are removed first), so
    ``--graph graph.ttl`` queries see the same links. The review file defaults to
    ``out_dir/link-review.tsv`` and the cache to ``out_dir/link-cache``.
    """
    out = Path(out_dir) if out_dir is not None else Path("output")
    graph_file = out / "graph.ttl"
    opened = None
    if store is None and (out / "store").is_dir():
        from .store import open_store
        store = opened = open_store(out)
    try:
        if store is not None:
            source = _store_subgraph(store)
        elif graph_file.exists():
            from .store import read_graph
            source = read_graph(graph_file)
        else:
            raise FileNotFoundError(f"nothing to link in {out}: run `kgraph build … -o {out}` first")
        report = link_graph(source, offline=offline, endpoints=endpoints,
                            cache_dir=cache_dir if cache_dir is not None else out / DEFAULT_CACHE_SUBDIR,
                            review_file=review_file if review_file is not None else out / DEFAULT_REVIEW_FILE,
                            threshold=threshold)
        if store is not None:
            store.remove_graph(str(LINKS_GRAPH))
            dataset = rdflib.Dataset()
            target = dataset.graph(LINKS_GRAPH)
            for triple in report.graph:
                target.add(triple)
            store.replace_graphs(dataset)
        if graph_file.exists():
            replace_links_in_file(graph_file, out / "links.ttl", report.graph)
        else:
            out.mkdir(parents=True, exist_ok=True)
            report.graph.serialize(out / "links.ttl", format="turtle")
    finally:
        if opened is not None:
            opened.close()
    return report


def replace_links_in_file(graph_file: Path, links_file: Path, links: Graph) -> None:
    """graph.ttl minus the last run's links plus this run's; links.ttl keeps this run's alone.

    graph.ttl is read and written by Oxigraph: rdflib's Turtle parser and serialiser took more
    than ten minutes on the graph of 1,000 meetings, Oxigraph takes seconds."""
    import pyoxigraph as ox

    from .graph import PREFIXES

    graph = ox.Store()                    # in memory, the file's triples in its default graph
    graph.bulk_load(path=str(graph_file), format=ox.RdfFormat.TURTLE)
    if links_file.exists():
        for quad in ox.parse(path=str(links_file), format=ox.RdfFormat.TURTLE):
            graph.remove(quad)
    graph.bulk_load(links.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
    prefixes = {name: str(namespace) for name, namespace in PREFIXES.items()}
    write_atomic_with(links_file, lambda tmp: links.serialize(tmp, format="turtle"))
    write_atomic_with(graph_file, lambda tmp: graph.dump(str(tmp), ox.RdfFormat.TURTLE,
                                                         from_graph=ox.DefaultGraph(), prefixes=prefixes))


__all__ = ["LINKS_GRAPH", "Link", "LinkReport", "ReviewCandidate", "SparqlClient", "SparqlUnavailable",
           "TableRow", "configured_endpoints", "graph_resources", "link_graph", "link_store_or_file",
           "load_key_pins", "load_link_table", "normalise_label", "user_agent", "write_review"]
