"""The entity stage's data: term lists, the organisation and legislation gazetteers, the topic scheme.

Everything is loaded once per process (``functools.cache``) and compiled into
:class:`~kgraph.entities.matcher.TermMatcher` tries, so finding every gazetteer name in a
document costs one pass over its tokens. Loaders take an explicit path so tests can feed them
small files; the ``default_*`` functions read the shipped files.

Formats (the contract with the data files):

* ``kgraph/entities/lexicon.tsv``: ``category<TAB>term[<TAB>extra]``;
* ``kgraph/data/organisations.tsv``: ``key label type aliases former_names parent notes``
  (``|``-separated lists);
* ``kgraph/data/legislation.tsv``: ``key title short_aliases legislation_gov_uk notes``;
* ``ontology/topics.ttl``: SKOS concepts ``kgr:topic/SLUG`` with prefLabel, altLabel,
  hiddenLabel, ``kg:acronym``, ``kg:matchPattern``, ``kg:caseSensitive``, ``kg:matchedByPatternsOnly``, broader.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from .. import resources
from .keys import legislation_key, organisation_key, slugify
from .matcher import TermMatcher

LEXICON_PATH = Path(__file__).resolve().parent / "lexicon.tsv"
TOPIC_PREFIX = "https://w3id.org/kgraph/id/topic/"
KG_NS = "https://w3id.org/kgraph/ontology#"


@lru_cache(maxsize=65536)
def is_acronym(term: str) -> bool:
    """'KCC', 'HMPPS', 'ToR', 'S136' are acronyms; 'Kent', 'Police' are not.

    Cached: asked about the same few hundred words (tokens, name parts) tens of thousands of times."""
    if " " in term or len(term) < 2:
        return False
    letters = [c for c in term if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper * 2 >= len(letters)


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class Lexicon:
    terms: dict[str, tuple[str, ...]]
    extras: dict[tuple[str, str], str]
    # lower_set() results, filled on first use: callers ask for the same sets thousands of times
    _lowered: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def words(self, category: str) -> tuple[str, ...]:
        return self.terms.get(category, ())

    def lower_set(self, category: str) -> frozenset[str]:
        found = self._lowered.get(category)
        if found is None:
            found = self._lowered[category] = frozenset(t.lower() for t in self.words(category))
        return found


def load_lexicon(path: Path) -> Lexicon:
    terms: dict[str, list[str]] = defaultdict(list)
    extras: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        category, term = parts[0].strip(), parts[1].strip()
        terms[category].append(term)
        if len(parts) > 2:
            extras[(category, term.lower())] = parts[2].strip()
    return Lexicon({k: tuple(v) for k, v in terms.items()}, extras)


@cache
def lexicon() -> Lexicon:
    return load_lexicon(LEXICON_PATH)


# --------------------------------------------------------------------------- organisations


@dataclass(frozen=True, slots=True)
class OrganisationRecord:
    key: str
    label: str
    type: str = ""
    aliases: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    parent: str = ""
    notes: str = ""

    @property
    def acronyms(self) -> tuple[str, ...]:
        return tuple(a for a in self.aliases if is_acronym(a))

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases, *self.former_names)


def _split_list(cell: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (cell or "").split("|") if x.strip())


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in reader]


@dataclass(slots=True)
class OrganisationGazetteer:
    records: dict[str, OrganisationRecord] = field(default_factory=dict)
    matcher: TermMatcher = field(default_factory=TermMatcher)
    by_name: dict[str, str] = field(default_factory=dict)     # organisation_key(any name) → key
    by_acronym: dict[str, str] = field(default_factory=dict)  # exact acronym → key
    # key → the place words an entry's generic aliases leave out ("Kent" for "Police and Crime
    # Commissioner" under "Kent Police and Crime Commissioner"); only entries with such aliases
    areas: dict[str, frozenset[str]] = field(default_factory=dict)

    def area_left_out(self, key: str, written: str) -> frozenset[str]:
        """The place words of an area-specific entry that a name as written does not contain:
        "ICB" or "Integrated Care Board" for NHS Kent and Medway Integrated Care Board → {Kent,
        Medway}; empty when the name names the area ("Kent PCC") or the entry has no area."""
        area = self.areas.get(key)
        if not area:
            return frozenset()
        words = {w.lower() for w in _NAME_WORDS.findall(written)}
        return frozenset() if any(a.lower() in words for a in area) else area

    def lookup(self, name: str) -> str | None:
        """Gazetteer key for a whole name as written (any alias or former name), else None."""
        name = name.strip()
        if name in self.by_acronym:
            return self.by_acronym[name]
        if is_acronym(name):
            return None       # an unknown acronym is not a case-insensitive name
        return self.by_name.get(organisation_key(_strip_the(name)))


_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)


def _strip_the(name: str) -> str:
    return _LEADING_THE.sub("", name.strip())


def load_organisations(path: Path) -> OrganisationGazetteer:
    gaz = OrganisationGazetteer()
    for row in sorted(_read_tsv(path), key=lambda r: r.get("key", "")):
        key = row.get("key") or organisation_key(row.get("label", ""))
        if not key or not row.get("label"):
            continue
        rec = OrganisationRecord(key=key, label=row["label"], type=row.get("type", ""),
                                 aliases=_split_list(row.get("aliases")),
                                 former_names=_split_list(row.get("former_names")),
                                 parent=row.get("parent", ""), notes=row.get("notes", ""))
        gaz.records[key] = rec
        for name in rec.names:
            if is_acronym(name):
                gaz.by_acronym.setdefault(name, key)
                gaz.matcher.add(name, key, case_sensitive=True)
            else:
                gaz.by_name.setdefault(organisation_key(name), key)
                gaz.matcher.add(name, key)
    not_area = lexicon().lower_set("not_area")
    for key, rec in gaz.records.items():
        area = _area_words(rec, not_area)
        if area:
            gaz.areas[key] = area
    return gaz


_NAME_WORDS = re.compile(r"[A-Za-z][\w'’-]*")


def _area_words(rec: OrganisationRecord, not_area: frozenset[str]) -> frozenset[str]:
    """Words that one name of an entry adds in front of another with the same head, as an area:
    "Kent and Medway Violence Reduction Unit" / "Violence Reduction Unit" → Kent, Medway; "Office of
    the Kent Police and Crime Commissioner" / "Office of the Police and Crime Commissioner" → Kent."""
    names = [n.replace(",", " ").split() for n in rec.names if not is_acronym(n)]
    area: set[str] = set()
    for long in names:
        for short in names:
            if not short or len(short) >= len(long) or short[-1] != long[-1]:
                continue
            # the short name is the long one with one run of words left out
            k = 0
            while k < len(short) and short[k] == long[k]:
                k += 1
            removed = long[k:k + len(long) - len(short)]
            if long[k + len(removed):] != short[k:]:
                continue
            if k and long[k - 1].lower() not in ("the", "of", "nhs"):
                continue      # "Dover District Community Safety Partnership": a word inside the name
            words = [w for w in removed if w[:1].isupper() and not is_acronym(w)]
            if words and not any(w.lower() in not_area for w in words):
                area.update(words)
    return frozenset(area)


@cache
def organisations() -> OrganisationGazetteer:
    path = resources.data_path("organisations.tsv")
    return load_organisations(path) if path.exists() else OrganisationGazetteer()


# --------------------------------------------------------------------------- legislation


@dataclass(frozen=True, slots=True)
class LegislationRecord:
    key: str
    title: str
    short_aliases: tuple[str, ...] = ()
    url: str = ""


@dataclass(slots=True)
class LegislationGazetteer:
    records: dict[str, LegislationRecord] = field(default_factory=dict)
    matcher: TermMatcher = field(default_factory=TermMatcher)
    by_title: dict[str, str] = field(default_factory=dict)    # legislation_key(title or alias) → key

    def lookup(self, title: str) -> str | None:
        return self.by_title.get(legislation_key(title))


def load_legislation(path: Path) -> LegislationGazetteer:
    gaz = LegislationGazetteer()
    for row in sorted(_read_tsv(path), key=lambda r: r.get("key", "")):
        title = row.get("title", "")
        key = row.get("key") or legislation_key(title)
        if not key or not title:
            continue
        rec = LegislationRecord(key, title, _split_list(row.get("short_aliases")), row.get("legislation_gov_uk", ""))
        gaz.records[key] = rec
        for name in (rec.title, *rec.short_aliases):
            gaz.by_title.setdefault(legislation_key(name), key)
            gaz.matcher.add(name, key, case_sensitive=is_acronym(name))
    return gaz


@cache
def legislation() -> LegislationGazetteer:
    path = resources.data_path("legislation.tsv")
    return load_legislation(path) if path.exists() else LegislationGazetteer()


# --------------------------------------------------------------------------- topics


@dataclass(frozen=True, slots=True)
class TopicRecord:
    key: str
    label: str
    alt_labels: tuple[str, ...] = ()
    hidden_labels: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    case_sensitive: bool = False
    # kg:matchedByPatternsOnly: the labels are names to show, not match terms (too broad alone)
    patterns_only: bool = False
    broader: tuple[str, ...] = ()
    definition: str | None = None
    core: bool = False          # a member of the core-themes collection: one mention is enough
    # kg:countsForCoreTheme: the topic is in every use a kind of the core themes above it ("alcohol
    # misuse" is substance misuse), so each of its mentions is a mention of those themes as well
    counts_for_core: bool = False
    # a kg:Instrument: a power, duty, procedure or fund used against a theme (a PSPO, the Serious Violence
    # Duty), found and linked like a topic but minted as an instrument of its theme, not a theme
    instrument: bool = False


CORE_THEMES = "https://w3id.org/kgraph/id/topics/core-themes"


@dataclass(slots=True)
class TopicScheme:
    records: dict[str, TopicRecord] = field(default_factory=dict)
    matcher: TermMatcher = field(default_factory=TermMatcher)
    patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    by_label: dict[str, str] = field(default_factory=dict)    # slug of any label/acronym → key
    by_acronym: dict[str, str] = field(default_factory=dict)
    _any_pattern: tuple[int, re.Pattern[str] | None] | None = field(default=None, repr=False, compare=False)

    def any_pattern(self) -> re.Pattern[str] | None:
        """One regex that matches wherever one of ``patterns`` does (and perhaps elsewhere): one scan
        tells whether a stretch of text needs the patterns at all (most do not).

        The patterns joined as alternatives, each without a leading word boundary "\\b": dropping an
        assertion only allows more matches, and an alternation whose branches open with letters lets
        the regex engine jump between candidate letters. None when the patterns cannot be joined
        safely (capturing groups, whose numbers would shift; global flags)."""
        if self._any_pattern is None or self._any_pattern[0] != len(self.patterns):
            combined = None
            if self.patterns and all(p.groups == 0 for p, _ in self.patterns):
                try:
                    combined = re.compile("|".join(f"(?:{_without_leading_boundary(p.pattern)})"
                                                   for p, _ in self.patterns))
                except re.error:
                    combined = None
            self._any_pattern = (len(self.patterns), combined)
        return self._any_pattern[1]

    def is_core(self, key: str) -> bool:
        rec = self.records.get(key)
        return rec is not None and rec.core

    def ancestors(self, key: str) -> set[str]:
        """Every broader topic of ``key``, transitively (the scheme's hierarchy has no cycles)."""
        out: set[str] = set()
        todo = list(self.records[key].broader) if key in self.records else []
        while todo:
            parent = todo.pop()
            if parent not in out:
                out.add(parent)
                todo += self.records[parent].broader if parent in self.records else ()
        return out

    def core_themes_told(self, key: str) -> tuple[str, ...]:
        """The core themes a mention of ``key`` also names: the core themes above a topic flagged
        ``kg:countsForCoreTheme`` (none for any other topic)."""
        rec = self.records.get(key)
        if rec is None or not rec.counts_for_core:
            return ()
        return tuple(sorted(k for k in self.ancestors(key) if self.is_core(k)))

    def lookup(self, term: str) -> str | None:
        """Topic key for a label, alternative label or acronym (plural-tolerant), else None."""
        term = term.strip()
        if term in self.by_acronym:
            return self.by_acronym[term]
        slug = slugify(term)
        return self.by_label.get(slug) or self.by_label.get(_singular_slug(slug))


def _without_leading_boundary(pattern: str) -> str:
    return pattern[2:] if pattern.startswith("\\b") else pattern


def _singular_slug(slug: str) -> str:
    return "-".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) else w
                    for w in slug.split("-"))


def add_topic(scheme: TopicScheme, rec: TopicRecord) -> None:
    """Register a topic's match terms: labels folded (unless case-sensitive), acronyms exact, patterns as regexes."""
    scheme.records[rec.key] = rec
    for label in (rec.label, *rec.alt_labels, *rec.hidden_labels):
        if not rec.patterns_only:
            scheme.matcher.add(label, rec.key, case_sensitive=rec.case_sensitive or is_acronym(label))
        scheme.by_label.setdefault(_singular_slug(slugify(label)), rec.key)
    for acronym in rec.acronyms:
        if not rec.patterns_only:
            scheme.matcher.add(acronym, rec.key, case_sensitive=True)
        scheme.by_acronym.setdefault(acronym, rec.key)
    for pattern in rec.patterns:
        try:
            scheme.patterns.append((re.compile(pattern), rec.key))
        except re.error:
            continue        # a broken pattern in the data must not stop extraction


def load_topics(path: Path) -> TopicScheme:
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, SKOS

    kg = Namespace(KG_NS)
    graph = Graph().parse(path, format="turtle")
    scheme = TopicScheme()
    subjects = set(graph.subjects(RDF.type, kg.Topic)) | set(graph.subjects(SKOS.inScheme, URIRef("https://w3id.org/kgraph/id/topics")))
    core = set(graph.objects(URIRef(CORE_THEMES), SKOS.member))
    for s in sorted(subjects, key=str):
        iri = str(s)
        if not iri.startswith(TOPIC_PREFIX):
            continue

        def texts(prop: URIRef) -> tuple[str, ...]:
            return tuple(sorted(str(o) for o in graph.objects(s, prop) if isinstance(o, Literal)))
        labels = texts(SKOS.prefLabel)
        if not labels:
            continue
        english = [str(o) for o in graph.objects(s, SKOS.prefLabel) if getattr(o, "language", None) in (None, "en", "en-GB")]
        flag = next(iter(graph.objects(s, kg.caseSensitive)), None)
        patterns_only = next(iter(graph.objects(s, kg.matchedByPatternsOnly)), None)
        counts = next(iter(graph.objects(s, kg.countsForCoreTheme)), None)
        rec = TopicRecord(
            key=iri[len(TOPIC_PREFIX):],
            label=sorted(english)[0] if english else labels[0],
            alt_labels=texts(SKOS.altLabel),
            hidden_labels=texts(SKOS.hiddenLabel),
            acronyms=texts(kg.acronym),
            patterns=texts(kg.matchPattern),
            case_sensitive=flag is not None and str(flag).lower() in ("true", "1"),
            patterns_only=patterns_only is not None and str(patterns_only).lower() in ("true", "1"),
            broader=tuple(sorted(str(o)[len(TOPIC_PREFIX):] for o in graph.objects(s, SKOS.broader)
                                 if str(o).startswith(TOPIC_PREFIX))),
            definition=next((str(o) for o in graph.objects(s, SKOS.definition)), None),
            core=s in core,
            counts_for_core=counts is not None and str(counts).lower() in ("true", "1"),
            instrument=(s, RDF.type, kg.Instrument) in graph,
        )
        add_topic(scheme, rec)
    return scheme


@cache
def topics() -> TopicScheme:
    path = resources.ontology_path("topics.ttl")
    return load_topics(path) if path is not None else TopicScheme()
