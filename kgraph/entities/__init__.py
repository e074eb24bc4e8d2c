"""Entity stage: people, organisations, topics, acronyms, legislation and money in a MeetingRecord.

``find_mentions(record)`` is pure: it reads ``record.source.text`` and the record's structure
(header, attendance, items, action owners) and returns a :class:`~kgraph.model.Mentions` in which
every mention has its span, the 1-based position of the agenda item that contains it (None for
the header and attendance list) and its key within its kind (see :mod:`kgraph.entities.keys`).
Cross-document identity is decided later, by :func:`kgraph.resolve.resolve`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..model import AcronymDefinition, MeetingRecord, Mention, Mentions, MoneyAmount, Span
from .acronyms import AcronymPair, find_acronym_pairs, first_definitions
from . import gazetteer as _gazetteer
from .gazetteer import lexicon
from .keys import organisation_key, person_key, slugify, topic_key
from .legislation import find_legislation
from .matcher import TermMatcher, Token, tokenize
from .money import find_money
from .organisations import (ends_with_head, find_organisation_hits, looks_like_organisation,
                            organisation_key_for, strip_article)
from .people import (is_role_phrase, known_name_pattern, parse_person_name, rank_role, read_apposition,
                     spoken_name_pattern, titled_name_pattern)
from .topics import find_topics, mask, url_spans

__all__ = ["find_mentions", "classify_acronym", "body_initialism"]

_CONTACT = re.compile(r"^[ \t]*Contact(?: officer)?:[ \t]*(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})", re.MULTILINE)


class _ItemLocator:
    """Which agenda item (by position) contains an offset; items are disjoint spans."""

    def __init__(self, record: MeetingRecord) -> None:
        items = sorted(record.items, key=lambda it: it.span.start)
        self._starts = [it.span.start for it in items]
        self._items = items

    def at(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        item = self._items[i]
        return item.position if item.span.start <= offset < item.span.end else None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _singular_phrase(phrase: str) -> str:
    words = phrase.split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is")):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def classify_acronym(acronym: str, expansion: str) -> tuple[str, str | None]:
    """What a defined acronym names: ('organisation'|'topic'|'other', key).

    Known bodies and topics first (gazetteer, scheme), then head words (…Group/Board/Unit →
    organisation; …Agreement/Session/Report → a document or event, not a topic), else a new topic.
    """
    gaz, scheme = _gazetteer.organisations(), _gazetteer.topics()
    key = gaz.lookup(expansion) or gaz.lookup(_singular_phrase(expansion))
    if key:
        return "organisation", key
    key = scheme.lookup(expansion)
    if key:
        return "topic", key
    words = _singular_phrase(expansion).split()
    if words and ends_with_head(words):
        return "organisation", organisation_key(strip_article(expansion))
    key = scheme.by_acronym.get(acronym) or gaz.by_acronym.get(acronym)
    if key:
        return ("topic" if acronym in scheme.by_acronym else "organisation"), key
    non_topic = {w.lower() for w in lexicon().words("non_topic_head")}
    if words and words[-1].lower() in non_topic:
        return "other", None
    return "topic", topic_key(_singular_phrase(expansion))


def body_initialism(body: str | None) -> str | None:
    """'Kent Community Safety Partnership' → 'KCSP': how minutes refer to the body holding the meeting."""
    if not body:
        return None
    words = [w for w in re.findall(r"[A-Za-z]+", body) if w.lower() not in {"and", "of", "the", "for", "&"}]
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else None


@dataclass(slots=True)
class _Builder:
    record: MeetingRecord
    text: str
    tokens: list[Token]
    items: _ItemLocator
    out: Mentions = field(default_factory=Mentions)
    person_spans: list[tuple[int, int]] = field(default_factory=list)
    org_spans: list[tuple[int, int]] = field(default_factory=list)
    masked_spans: list[tuple[int, int]] = field(default_factory=list)

    # ------------------------------------------------------------------ helpers

    def _span(self, start: int, end: int) -> Span:
        return Span(start, end)

    def add_person(self, start: int, end: int, key: str | None = None, role: str | None = None,
                   organisation: str | None = None, in_item: bool = True) -> None:
        if _overlaps(self.person_spans, start, end):
            return
        written = self.text[start:end]
        self.out.people.append(Mention(
            kind="person", text=written, span=Span(start, end), key=key or person_key(written),
            item_position=self.items.at(start) if in_item else None, role=role, organisation=organisation))
        self.person_spans.append((start, end))

    def add_org(self, start: int, end: int, key: str, in_item: bool = True, text: str | None = None) -> None:
        if (start, end) in self.org_spans:
            return
        self.out.organisations.append(Mention(
            kind="organisation", text=text or self.text[start:end], span=Span(start, end), key=key,
            item_position=self.items.at(start) if in_item else None))
        self.org_spans.append((start, end))

    def find_after(self, needle: str, start: int, limit: int = 300) -> int | None:
        i = self.text.find(needle, start, start + limit)
        return i if i >= 0 else None

    # ------------------------------------------------------------------ organisations

    def find_organisations(self, definitions: list[AcronymDefinition], pairs: list[AcronymPair]) -> None:
        header = self.record.header
        if header.body and header.body_span is not None:
            s, e = header.body_span.start, header.body_span.end
            self.add_org(s, e, organisation_key_for(header.body), in_item=False)
        for hit in find_organisation_hits(self.text, self.tokens):
            if (hit.start, hit.end) not in self.org_spans:
                self.add_org(hit.start, hit.end, hit.key)
        # the body's own initialism ("KCSP"), even where the gazetteer does not know it
        initialism = body_initialism(header.body)
        if initialism and header.body:
            body_key = organisation_key_for(header.body)
            for m in re.finditer(rf"(?<![\w-]){re.escape(initialism)}(?:['’]?s)?(?![\w-])", self.text):
                if not _overlaps(self.org_spans, m.start(), m.end()):
                    self.add_org(m.start(), m.end(), body_key)
        # bodies named by a defined acronym: the expansion and every bare use of the acronym
        for definition, pair in zip(definitions, pairs):
            if definition.target_kind != "organisation" or not definition.target_key:
                continue
            if not _overlaps(self.org_spans, pair.expansion_start, pair.expansion_end):
                self.add_org(pair.expansion_start, pair.expansion_end, definition.target_key)
            for m in re.finditer(rf"(?<![\w-]){re.escape(definition.acronym)}(?:['’]?s)?(?![\w-])", self.text):
                if not _overlaps(self.org_spans, m.start(), m.end()):
                    self.add_org(m.start(), m.end(), definition.target_key)
        for entry in self.record.attendance:
            for name in entry.organisations:
                for part in _slash_parts(name):
                    at = self.find_after(part, entry.span.end)
                    if at is None:
                        continue
                    if not _overlaps(self.org_spans, at, at + len(part)):
                        self.add_org(at, at + len(part), organisation_key_for(part), in_item=False)

    # ------------------------------------------------------------------ people

    def find_people(self) -> None:
        text = self.text
        for entry in self.record.attendance:
            s, e = entry.span.start, entry.span.end
            name = parse_person_name(entry.name)
            role = entry.role or rank_role(name)
            org = entry.organisations[0] if entry.organisations else None
            self.out.people.append(Mention(kind="person", text=text[s:e], span=Span(s, e),
                                           key=person_key(entry.name), item_position=None,
                                           role=role, organisation=org))
            self.person_spans.append((s, e))
        header = self.record.header
        if header.contact and header.contact_span is not None:
            self.add_person(header.contact_span.start, header.contact_span.end, in_item=False)
        else:
            m = _CONTACT.search(text)
            if m and not is_role_phrase(m.group("name").split()):
                self.add_person(m.start("name"), m.end("name"), in_item=False)
        initials = {entry.initials: entry for entry in self.record.attendance if entry.initials}
        for item in self.record.items:
            for action in item.actions:
                for owner in action.owners:
                    s, e = owner.span.start, owner.span.end
                    if owner.kind == "person":
                        self.add_person(s, e, key=person_key(owner.name))
                    elif owner.kind == "initials" and owner.name in initials:
                        self.add_person(s, e, key=person_key(initials[owner.name].name))
        for m in titled_name_pattern().finditer(text):
            self._narrative_person(m.start(), m.end())
        known = [entry.name for entry in self.record.attendance]
        known += [o.name for it in self.record.items for a in it.actions for o in a.owners if o.kind == "person"]
        pattern = known_name_pattern(known)
        if pattern is not None:
            for m in pattern.finditer(text):
                self._narrative_person(m.start(), m.end())
        for m in spoken_name_pattern().finditer(text):
            words = m.group(1).split()
            if is_role_phrase(words) or _overlaps(self.org_spans, m.start(1), m.end(1)):
                continue
            if any(w.lower() in lexicon().lower_set("title") for w in words):
                continue
            self._narrative_person(m.start(1), m.end(1))

    def _narrative_person(self, start: int, end: int) -> None:
        if _overlaps(self.person_spans, start, end):
            return
        name = parse_person_name(self.text[start:end])
        if not name.surname or is_role_phrase([name.surname]):
            return
        apposition = read_apposition(self.text, end, looks_like_organisation)
        role = apposition.role if apposition else None
        org = apposition.organisation if apposition else None
        role = role or rank_role(name)
        self.add_person(start, end, role=role, organisation=org)
        if apposition is not None:
            # the job title is not a topic of the item; the organisation still is an organisation
            self.masked_spans.append((apposition.start, apposition.end))
            if org:
                at = self.find_after(org, apposition.start, apposition.end - apposition.start)
                if at is not None and not _overlaps(self.org_spans, at, at + len(org)):
                    self.add_org(at, at + len(org), organisation_key_for(org))

    # ------------------------------------------------------------------ topics

    def find_topics(self, definitions: list[AcronymDefinition], pairs: list[AcronymPair]) -> None:
        document_terms = TermMatcher()
        for definition in definitions:
            if definition.target_kind == "topic" and definition.target_key:
                document_terms.add(definition.acronym, definition.target_key, case_sensitive=True)
                document_terms.add(definition.expansion, definition.target_key)
        masked_spans = self.masked_spans + url_spans(self.text)
        masked = mask(self.text, masked_spans)
        # the masked text's tokens: the document's tokens minus those in masked spans
        tokens = [t for t in self.tokens if not _overlaps(masked_spans, t.start, t.end)] if masked_spans else self.tokens
        starts = [t.start for t in tokens]
        for item in sorted(self.record.items, key=lambda it: it.position):
            lo = bisect.bisect_left(starts, item.span.start)
            hi = bisect.bisect_left(starts, item.span.end)
            item_tokens = [t for t in tokens[lo:hi] if t.end <= item.span.end]
            for hit in find_topics(masked, item.span.start, item.span.end, document_terms, item_tokens):
                self.out.topics.append(Mention(kind="topic", text=self.text[hit.start:hit.end],
                                               span=Span(hit.start, hit.end), key=hit.key,
                                               item_position=item.position))


def _slash_parts(name: str) -> list[str]:
    """'KCC/NHS' → ['KCC', 'NHS']; 'Maidstone BC/CSP' → ['Maidstone BC', 'CSP'] (a bare head stays bare)."""
    return [p.strip() for p in name.split("/") if p.strip()]


def _definitions(text: str) -> tuple[list[AcronymDefinition], list[AcronymPair]]:
    pairs = first_definitions(find_acronym_pairs(text))
    definitions = []
    for pair in pairs:
        kind, key = classify_acronym(pair.acronym, pair.expansion)
        definitions.append(AcronymDefinition(acronym=pair.acronym, expansion=pair.expansion,
                                             span=Span(pair.start, pair.end),
                                             target_kind=kind, target_key=key))  # type: ignore[arg-type]
    return definitions, pairs


def find_mentions(record: MeetingRecord) -> Mentions:
    """People, organisations, topics, legislation, acronym definitions and money in one document."""
    text = record.source.text
    tokens = tokenize(text)
    builder = _Builder(record, text, tokens, _ItemLocator(record))
    definitions, pairs = _definitions(text)
    builder.out.acronyms = definitions
    builder.find_organisations(definitions, pairs)
    builder.find_people()
    builder.find_topics(definitions, pairs)
    items = builder.items
    for hit in find_legislation(text, tokens):
        builder.out.legislation.append(Mention(kind="legislation", text=hit.text, span=Span(hit.start, hit.end),
                                               key=hit.key, item_position=items.at(hit.start), section=hit.section))
    for hit in find_money(text):
        builder.out.money.append(MoneyAmount(text=hit.text, value=hit.value, currency="GBP",
                                             span=Span(hit.start, hit.end), item_position=items.at(hit.start)))
    out = builder.out
    for group in (out.people, out.organisations, out.topics, out.legislation):
        group.sort(key=lambda m: (m.span.start, m.span.end, m.key))
    return out
