"""Resolve stage: one Entity per real person, organisation, topic and Act across all documents.

What merges, and why:

* **People** merge by surname when nothing conflicts: the same first name ("Stuart Beaumont" in
  two documents), an initial that agrees with a first name or another initial ("Mr S Peerbux" +
  "Shafick Peerbux"), and a bare "title + surname" ("Mr Peerbux") with the *only* person of that
  surname (the only one in the same documents, else the only one anywhere). Gendered titles
  (Mr/Ms) must agree. Two candidates, or a near-miss surname ("Mr Hale" beside "Robin Hales"),
  are not merged: the pair goes to ``Registry.possible_same`` with a rapidfuzz confidence.
* **Organisations** merge through the gazetteer (labels, aliases, acronyms, former names → one
  key), acronyms a document defines ("Kent Community Safety Team (KCST)" + "KCST"), the body's
  own initialism ("KCSP" for the Kent Community Safety Partnership), "&"/"and" and singular/plural
  variants of one name.
* **Topics** merge through the topic scheme (labels, acronyms); acronyms that name no known
  topic become new concepts keyed by their expansion.
* **Legislation** merges by normalised title, and through the gazetteer's short aliases.

Iteration is always sorted, so two builds of the same documents give identical registries.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from .entities import attendance_affiliation, body_initialism, organisation_key_in
from .entities.gazetteer import is_acronym, legislation, lexicon, organisations, topics
from .entities.keys import organisation_key, slugify
from .entities.organisations import looks_like_organisation, organisation_key_for, strip_article
from .entities.people import (PersonName, is_person_name, looks_like_a_name, name_without_rank, parse_person_name,
                              person_key, rank_role)
from .model import Entity, MeetingRecord, Registry

NEAR_MISS = 85          # rapidfuzz ratio of two different surnames worth a hypothesis
BODY_HEADS = ("partnership", "committee", "board", "panel", "csp", "forum", "cabinet", "council")


def _ordered(records: list[MeetingRecord]) -> list[MeetingRecord]:
    return sorted(records, key=lambda r: (r.header.date or dt.date.min, r.source.path, r.source.sha256))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, x: str) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: str) -> str:
        self.add(x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, prefer: str | None = None) -> None:
        """Join two sets; the root becomes ``prefer``'s root when given (a gazetteer key, say)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        wanted = self.find(prefer) if prefer is not None else ra
        root = wanted if wanted in (ra, rb) else ra
        self.parent[rb if root == ra else ra] = root

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for x in sorted(self.parent):
            out[self.find(x)].append(x)
        return out


# --------------------------------------------------------------------------- organisations


def _org_forms(records: list[MeetingRecord]) -> Iterator[tuple[str, str]]:
    """(key, written form) of every organisation named anywhere, in document order."""
    for r in records:
        if r.header.body:
            yield organisation_key(r.header.body), r.header.body
        if r.header.parent_body:
            yield organisation_key_in(r, r.header.parent_body), r.header.parent_body
        qualified = _council_qualified_name(r.header.body, r.header.parent_body)
        if qualified is not None:
            yield organisation_key(r.header.body), qualified
        for m in r.mentions.organisations:
            yield m.key, m.text
        for m in r.mentions.people:
            if m.organisation:
                yield organisation_key_in(r, m.organisation), m.organisation
        for entry in r.attendance:
            # the entity stage's reading of the parenthesis (segmenters cut "Kent Police and Crime | Commissioner")
            for o in attendance_affiliation(entry)[1]:
                yield organisation_key_in(r, o), o
        for item in r.items:
            for action in item.actions:
                for o in action.owners:
                    if o.kind == "organisation":
                        yield organisation_key_in(r, o.name), o.name
        for d in r.mentions.acronyms:
            if d.target_kind == "organisation" and d.target_key:
                yield d.target_key, d.expansion


# the last words of a council's own committee's name: "Community Safety Committee", "… Working Party"
# ("Scrutiny Committee (External)": a bracketed qualifier after it)
_COUNCIL_COMMITTEE_END = re.compile(r"\b(?:committee|sub-committee|subcommittee|working party|working group)"
                                    r"(?:[ \t]*\([^()]{1,30}\))?$", re.IGNORECASE)


def _council_qualified_name(body: str | None, parent: str | None) -> str | None:
    """ "Lakeby Town Council" hosting its "Community Safety Committee": the committee's full name
    ("Lakeby Town Council Community Safety Committee"), an alias of the body, when the heading names
    the committee alone under its council's banner. None otherwise."""
    if not body or not parent or not _COUNCIL_COMMITTEE_END.search(body) \
            or not re.search(r"\bcouncil$", parent, re.IGNORECASE) or parent.lower() in body.lower() \
            or len(parent.split()) > 8:
        return None
    return f"{parent} {body}"


_REMIT = re.compile(r"(?P<short>.+?)\s+for\s+(?P<remit>[A-Z][^()]*)")


def _body_without_remit(body: str | None) -> str | None:
    """ "Lakes Area Planning Board for Substance Misuse" → "Lakes Area Planning Board": a body's name
    whose "for …" tail is a theme of the topic scheme (its remit, not its area)."""
    m = _REMIT.fullmatch(body or "")
    if m is None or topics().lookup(m["remit"]) is None or not looks_like_organisation(m["short"]):
        return None
    return m["short"]


def _body_kind_spelled_out(name: str) -> str | None:
    """ "Lakeby CSP" → "Lakeby Community Safety Partnership": a name ending in the acronym of a kind of
    body (the lexicon's body_acronym list) with the kind written out; None for any other name."""
    head, _, last = name.rpartition(" ")
    expansion = lexicon().extras.get(("body_acronym", last.lower())) if head else None
    return f"{head} {expansion}" if expansion else None


def _singular_key(key: str) -> str:
    head, _, last = key.rpartition("-")
    if len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return f"{head}-{last[:-1]}" if head else last[:-1]
    return key


def _resolve_organisations(records: list[MeetingRecord], reg: Registry) -> None:
    gaz = organisations()
    # the distinct (key, written form) pairs in the order first seen: a large corpus repeats a
    # few hundred names hundreds of thousands of times, and every step below is idempotent
    # a name wrapped over a line break ("Police and Crime\n\tCommissioners") is labelled as one line
    forms = list(dict.fromkeys((key, " ".join(form.split())) for key, form in _org_forms(records)))
    uf = _UnionFind()
    written: dict[str, list[str]] = defaultdict(list)
    for key, form in forms:
        uf.add(key)
        written[key].append(form)
    gazetteer_keys = {k for k in uf.parent if k in gaz.records}
    # a written name the gazetteer knows joins its entry
    for key, form in forms:
        known = gaz.lookup(form)
        if known and known != key and gaz.area_left_out(known, form):
            continue      # "ICB" read outside the gazetteer entry's area (entities.localise_organisations)
        if known:
            uf.add(known)
            uf.union(key, known, prefer=known)
            gazetteer_keys.add(known)
    # acronyms defined in some document ("KCST" → Kent Community Safety Team); the first definition wins
    defined: dict[str, str] = {}
    for r in records:
        for d in r.mentions.acronyms:
            if d.target_kind == "organisation" and d.target_key:
                defined.setdefault(organisation_key(d.acronym), d.target_key)
    for acr_key, target in sorted(defined.items()):
        # registered even when only the expansion was mentioned: an action owner may write "TYOT"
        if acr_key not in gazetteer_keys and not gaz.lookup(acr_key.upper()):
            uf.add(target)
            uf.union(acr_key, target, prefer=target)
    # the body's initialism ("KCSP") when nothing else explains it
    for r in records:
        initial = body_initialism(r.header.body)
        if initial and r.header.body:
            k = organisation_key(initial)
            if k in uf.parent and k not in gazetteer_keys and k not in defined:
                body = organisation_key_for(r.header.body)
                uf.add(body)
                uf.union(k, body, prefer=body)
    # "Lakes Area Planning Board for Substance Misuse" heads the minutes that call it "the Lakes Area
    # Planning Board": the name without its remit is the same body
    for r in records:
        short = _body_without_remit(r.header.body)
        if short is not None and organisation_key(short) in uf.parent:
            body = organisation_key(r.header.body)
            uf.union(organisation_key(short), body, prefer=body)
    # "Lakeby CSP" beside "Lakeby Community Safety Partnership": a kind of body written by its
    # acronym after the place is the body named in full, wherever the full name is written
    for key, form in forms:
        expanded = _body_kind_spelled_out(form)
        if expanded is not None and organisation_key(expanded) in uf.parent:
            uf.union(key, organisation_key(expanded), prefer=organisation_key(expanded))
    # singular/plural and leading-article variants of one name
    for key in sorted(uf.parent):
        for variant in (_singular_key(key), organisation_key(strip_article(key.replace("-", " ")))):
            if variant != key and variant in uf.parent:
                uf.union(key, variant, prefer=variant)

    # target key → the acronyms defined for it, as first written (one pass, not one per entity)
    first_written: dict[str, str] = {}
    for r in records:
        for d in r.mentions.acronyms:
            first_written.setdefault(organisation_key(d.acronym), d.acronym)
    defined_acronyms: dict[str, set[str]] = defaultdict(set)
    for d_key, target in defined.items():
        defined_acronyms[target].add(first_written[d_key])
    bodies = {organisation_key_for(r.header.body) for r in records if r.header.body}
    for root, keys in sorted(uf.groups().items()):
        gkeys = sorted(k for k in keys if k in gaz.records)
        rec = gaz.records[gkeys[0]] if gkeys else None
        forms_here = [w for k in keys for w in written.get(k, [])]
        label = rec.label if rec else _best_org_label(forms_here) or root.replace("-", " ")
        entity_key = rec.key if rec else _org_entity_key(root, keys, label)
        entity = Entity(kind="organisation", key=entity_key, label=label)
        for w in forms_here + ([*rec.aliases] if rec else []):
            if is_acronym(w):
                entity.acronyms.add(w)
            elif w != label:
                entity.alt_labels.add(w)
        for k in keys:
            entity.acronyms.update(defined_acronyms.get(k, ()))
        if rec:
            if rec.type:
                entity.attrs["gazetteer_type"] = rec.type
            if rec.former_names:
                entity.attrs["former_names"] = "|".join(rec.former_names)
                entity.alt_labels.update(rec.former_names)
            if rec.parent:
                entity.attrs["parent"] = rec.parent
        entity.alt_labels.discard(label)
        last = label.split()[-1].lower() if label.split() else ""
        if set(keys) & bodies or last in BODY_HEADS[:-1] or any(h in (rec.type if rec else "") for h in BODY_HEADS[:-1]):
            entity.classes.add("Body")
        reg.entities[("organisation", entity_key)] = entity
        for k in keys:
            reg.aliases[("organisation", k)] = ("organisation", entity_key)


def _best_org_label(forms: list[str]) -> str | None:
    names = [strip_article(f) for f in forms if f and not is_acronym(strip_article(f))]
    if not names:
        return min(forms, key=lambda f: (-len(f), f)) if forms else None
    # mixed case over a heading in capitals, then the fullest, then a stable order
    return min(names, key=lambda n: (n.isupper(), -len(n), n))


def _org_entity_key(root: str, keys: list[str], label: str) -> str:
    k = organisation_key(label)
    return k if k in keys else root


# --------------------------------------------------------------------------- people


@dataclass(slots=True)
class _PersonForm:
    key: str
    name: PersonName
    doc: int
    role: str | None
    organisation: str | None


def _person_forms(records: list[MeetingRecord]) -> list[_PersonForm]:
    forms: list[_PersonForm] = []
    for doc, r in enumerate(records):
        for entry in r.attendance:
            if not is_person_name(entry.name, looks_like_organisation):
                continue          # "Portfolio Holder for Resources", "Medway Council": not a person
            role, orgs = attendance_affiliation(entry)
            forms.append(_PersonForm(person_key(entry.name), parse_person_name(entry.name), doc,
                                     role or rank_role(parse_person_name(entry.name)), orgs[0] if orgs else None))
        for m in r.mentions.people:
            # a name a line break splits ("Stuart\nMallory") is written with a space
            forms.append(_PersonForm(m.key, parse_person_name(" ".join(m.text.split())), doc, m.role, m.organisation))
        for item in r.items:
            for action in item.actions:
                forms += [_PersonForm(person_key(o.name), parse_person_name(o.name), doc, None, None)
                          for o in action.owners if o.kind == "person" and looks_like_a_name(o.name)]
    return [f for f in forms if f.name.surname]


def _gender_ok(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


@dataclass(slots=True)
class _Cluster:
    keys: list[str]
    names: dict[PersonName, None]      # the distinct written forms, in the order first seen
    docs: set[int]

    def absorb(self, key: str, names: dict[PersonName, None], docs: set[int]) -> None:
        self.keys.append(key)
        self.names.update(names)
        self.docs |= docs

    @property
    def best(self) -> PersonName:
        return max(self.names, key=lambda n: (n.richness, n.written))

    @property
    def gender(self) -> str | None:
        genders = {n.gender for n in self.names} - {None}
        return genders.pop() if len(genders) == 1 else None

    @property
    def first_name(self) -> str | None:
        given = [n.given[0].lower() for n in self.names if n.given]
        return given[0] if given else None

    @property
    def initial(self) -> str | None:
        initials = [n.initials[0] for n in self.names if n.initials]
        return initials[0].upper() if initials else None


def _surname_key(name: PersonName) -> str:
    return slugify(name.surname)


def _deletion_variants(word: str) -> set[str]:
    """The word and every form with one letter dropped: two words within one edit share one."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _given_and_initial_forms(rich: dict[str, PersonName], docs_of: dict[str, set[int]]) -> dict[str, str]:
    """ "Sue B" (a first name and a surname's initial, as notes write a colleague) → the key of the one
    person of a same document whose first name is that and whose surname starts with that letter
    ("Sue Bramley"); forms that fit nobody, or several people, are left alone."""
    out: dict[str, str] = {}
    shorts = [k for k, n in rich.items() if n.given and len(n.surname) == 1 and n.surname.isupper()]
    if not shorts:
        return out
    # (one pass over the names, indexed by document, first name and the surname's first letter)
    index: dict[tuple[int, str, str], set[str]] = defaultdict(set)
    for k, n in rich.items():
        if n.given and len(n.surname) > 1:
            for doc in docs_of[k]:
                index[(doc, n.given[0].lower(), n.surname[0].upper())].add(k)
    for short in shorts:
        given, letter = rich[short].given[0].lower(), rich[short].surname
        fits = {k for doc in docs_of[short] for k in index.get((doc, given, letter), ())}
        if len(fits) == 1:
            out[short] = fits.pop()
    return out


def _resolve_people(records: list[MeetingRecord], reg: Registry) -> None:
    forms = _person_forms(records)
    by_key: dict[str, list[_PersonForm]] = defaultdict(list)
    for f in forms:
        by_key[f.key].append(f)
    # a key is seen thousands of times in a large corpus, in a handful of written forms
    names_of = {k: dict.fromkeys(f.name for f in fs) for k, fs in by_key.items()}
    docs_of = {k: {f.doc for f in fs} for k, fs in by_key.items()}
    rich = {k: max(names, key=lambda n: (n.richness, n.written)) for k, names in names_of.items()}
    short_forms = _given_and_initial_forms(rich, docs_of)
    for short, full in short_forms.items():
        names_of[full].update(names_of[short])
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in sorted(by_key):
        if key not in short_forms:
            by_surname[_surname_key(rich[key])].append(key)

    clusters: list[_Cluster] = []
    hypotheses: list[tuple[int, int, float]] = []
    in_one_document: list[tuple[int, str, _Cluster]] = []     # (document, bare key, the person it means there)
    for surname in sorted(by_surname):
        keys = by_surname[surname]

        def cluster_of(key: str, docs: set[int]) -> _Cluster:
            names = names_of[key] if docs == docs_of[key] else dict.fromkeys(f.name for f in by_key[key] if f.doc in docs)
            return _Cluster([key], dict(names), set(docs))

        def settle_in_documents(key: str, docs: set[int], candidates: list[_Cluster]) -> set[int]:
            """A short form that fits several people of the corpus ("Councillor Marlow", "Ms H Medlar" in
            two councils' minutes) means, in a meeting that names exactly one of them, that one: such
            documents are resolved on their own; the documents left are returned."""
            settled = {d: own[0] for d in sorted(docs) if len(own := [c for c in candidates if d in c.docs]) == 1}
            for d, c in settled.items():
                c.names.update(dict.fromkeys(f.name for f in by_key[key] if f.doc == d))
                in_one_document.append((d, key, c))
            return docs - settled.keys()

        def stand_alone(key: str, docs: set[int], candidates: list[_Cluster]) -> None:
            local.append(cluster_of(key, docs))
            for c in candidates:
                hypotheses.append((id(local[-1]), id(c), round(1 / len(candidates), 2)))
        full = [k for k in keys if rich[k].given]
        initialled = [k for k in keys if not rich[k].given and rich[k].initials]
        bare = [k for k in keys if not rich[k].given and not rich[k].initials]
        local: list[_Cluster] = []
        for key in full:           # one person per first name
            first = rich[key].given[0].lower()
            same = [c for c in local if c.first_name == first and _gender_ok(c.gender, rich[key].gender)]
            if same:
                same[0].absorb(key, names_of[key], docs_of[key])
            else:
                local.append(cluster_of(key, docs_of[key]))
        for key in initialled:     # "S Peerbux" joins the only person whose initial agrees
            initial = rich[key].initials[0]
            fits = [c for c in local if c.initial == initial and _gender_ok(c.gender, rich[key].gender)]
            if len(fits) == 1:
                fits[0].absorb(key, names_of[key], docs_of[key])
                continue
            docs = settle_in_documents(key, docs_of[key], fits)
            if docs:
                stand_alone(key, docs, fits)
        for key in bare:           # "Mr Peerbux" joins the only person of that surname
            # one key may carry "Mr X" and "Ms X" (keys drop titles): then the gender is unknown
            genders = {name.gender for name in names_of[key]} - {None}
            gender = genders.pop() if len(genders) == 1 else None
            docs = docs_of[key]
            fits = [c for c in local if _gender_ok(c.gender, gender)]
            nearby = [c for c in fits if c.docs & docs]
            if len(nearby) > 1:
                docs = settle_in_documents(key, docs, nearby)
                if not docs:
                    continue
                nearby = [c for c in fits if c.docs & docs]
            choice = nearby if len(nearby) == 1 else fits
            if len(choice) == 1:
                choice[0].absorb(key, names_of[key], docs)
            else:
                stand_alone(key, docs, choice)
        clusters += local

    shorts_of: dict[str, list[str]] = defaultdict(list)
    for short, full in short_forms.items():
        shorts_of[full].append(short)
    by_id = {id(c): c for c in clusters}
    entity_of: dict[int, tuple[str, str]] = {}
    # later forms (by meeting date) decide the role and organisation "seen last"
    for c in clusters:
        best = c.best
        key = person_key(best.written)
        while ("person", key) in reg.entities:      # two different people with one written name form
            key = key + "-2"
        label = name_without_rank(best)
        entity = Entity(kind="person", key=key, label=label)
        entity.alt_labels = {n.written for n in c.names if n.written != label}
        post = [f for k in c.keys for f in by_key[k] if f.role or f.organisation]
        if post:
            latest = max(post, key=lambda f: (f.doc, bool(f.role), bool(f.organisation)))
            role = latest.role or next((f.role for f in reversed(sorted(post, key=lambda f: f.doc)) if f.role), None)
            org = latest.organisation or next((f.organisation for f in reversed(sorted(post, key=lambda f: f.doc))
                                               if f.organisation), None)
            if role:
                entity.attrs["role"] = role
            if org:
                where = next(f for f in reversed(sorted(post, key=lambda f: f.doc)) if f.organisation == org)
                entity.attrs["organisation_key"] = reg.canonical(
                    "organisation", organisation_key_in(records[where.doc], org))[1]
        reg.entities[("person", key)] = entity
        entity_of[id(c)] = ("person", key)
        for k in c.keys:
            reg.aliases[("person", k)] = ("person", key)
            for short in shorts_of.get(k, ()):
                reg.aliases[("person", short)] = ("person", key)

    for doc, key, c in in_one_document:
        reg.local_aliases[(records[doc].source.path, "person", key)] = entity_of[id(c)]

    # near-miss surnames: "Mr Hale" beside "Robin Hales". Candidates come from a deletion
    # neighbourhood index (surnames one edit apart share a key), so the corpus is never compared
    # all-pairs; rapidfuzz then decides. Pairs more than one edit apart are not proposed.
    by_variant: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        for variant in _deletion_variants(c.best.surname.lower()):
            by_variant[variant].append(c)
    for c in (c for c in clusters if not c.best.given):
        a = c.best.surname.lower()
        candidates = {id(o): o for v in _deletion_variants(a) for o in by_variant[v]}
        for other in sorted(candidates.values(), key=lambda o: (o.best.surname, o.keys)):
            b = other.best.surname.lower()
            if other is c or a == b or not _gender_ok(c.gender, other.gender):
                continue
            score = fuzz.ratio(a, b)
            if score >= NEAR_MISS:
                hypotheses.append((id(c), id(other), round(score / 100, 2)))
    seen: set[tuple[tuple[str, str], tuple[str, str]]] = set()
    for a, b, conf in hypotheses:
        ea, eb = sorted((entity_of[id(by_id[a])], entity_of[id(by_id[b])]))
        if ea != eb and (ea, eb) not in seen:
            seen.add((ea, eb))
            reg.possible_same.append((ea, eb, conf))
    reg.possible_same.sort()


# --------------------------------------------------------------------------- topics and legislation


def _resolve_topics(records: list[MeetingRecord], reg: Registry) -> None:
    scheme = topics()
    written: dict[str, list[str]] = defaultdict(list)
    acronyms: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for r in records:
        for d in r.mentions.acronyms:
            if d.target_kind == "topic" and d.target_key:
                acronyms[d.target_key].add(d.acronym)
                labels.setdefault(d.target_key, d.expansion)
        for m in r.mentions.topics:
            form = " ".join(m.text.split())
            if form not in written[m.key]:
                written[m.key].append(form)
    for key in sorted(set(written) | set(acronyms)):
        canonical = key if key in scheme.records else (scheme.lookup(labels.get(key, "")) or key)
        rec = scheme.records.get(canonical)
        entity = reg.entities.get(("topic", canonical))
        if entity is None:
            label = rec.label if rec else labels.get(key) or (written[key][0] if written[key] else key)
            entity = Entity(kind="topic", key=canonical, label=label)
            if rec:
                entity.alt_labels.update(rec.alt_labels)
                entity.acronyms.update(rec.acronyms)
                entity.definition = rec.definition
                if rec.broader:
                    entity.attrs["broader"] = " ".join(rec.broader)
                if rec.instrument:
                    entity.classes.add("Instrument")
            else:
                entity.attrs["defined_in_text"] = "true"
            reg.entities[("topic", canonical)] = entity
        entity.acronyms.update(acronyms.get(key, set()))
        for w in written[key]:
            if is_acronym(w) or w in entity.acronyms:
                continue
            if w.lower() != entity.label.lower():
                entity.alt_labels.add(w)
        entity.alt_labels -= entity.acronyms | {entity.label}
        reg.aliases[("topic", key)] = ("topic", canonical)


def _resolve_legislation(records: list[MeetingRecord], reg: Registry) -> None:
    gaz = legislation()
    written: dict[str, list[str]] = defaultdict(list)
    for r in records:
        for m in r.mentions.legislation:
            if m.text not in written[m.key]:
                written[m.key].append(m.text)
    for key in sorted(written):
        canonical = key if key in gaz.records else (gaz.lookup(written[key][0]) or key)
        rec = gaz.records.get(canonical)
        entity = reg.entities.get(("legislation", canonical))
        if entity is None:
            label = rec.title if rec else max(written[key], key=lambda w: (len(w), w))
            entity = Entity(kind="legislation", key=canonical, label=" ".join(label.split()))
            if rec and rec.url:
                entity.attrs["legislation_gov_uk"] = rec.url
            reg.entities[("legislation", canonical)] = entity
        entity.alt_labels.update(" ".join(w.split()) for w in written[key])
        entity.alt_labels.discard(entity.label)
        reg.aliases[("legislation", key)] = ("legislation", canonical)


def resolve(records: list[MeetingRecord]) -> Registry:
    """One Entity per real person, organisation, topic and Act across ``records``."""
    ordered = _ordered(records)
    reg = Registry()
    _resolve_organisations(ordered, reg)
    _resolve_people(ordered, reg)
    _resolve_topics(ordered, reg)
    _resolve_legislation(ordered, reg)
    return reg
