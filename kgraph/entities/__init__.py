"""Entity stage: people, organisations, topics, acronyms, legislation and money in a MeetingRecord.

``find_mentions(record)`` is pure: it reads ``record.source.text`` and the record's structure
(header, attendance, items, action owners) and returns a :class:`~kgraph.model.Mentions` in which
every mention has its span, the 1-based position of the agenda item that contains it (None for
the header and attendance list) and its key within its kind (see :mod:`kgraph.entities.keys`).
Cross-document identity is decided later, by :func:`kgraph.resolve.resolve`.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
import itertools
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..segment.affiliation import council_without_department, without_speaking_for, _ends_like_a_body
from ..segment.common import is_welsh
from ..segment.labels import is_list_label
from ..model import AcronymDefinition, AttendanceEntry, MeetingRecord, Mention, Mentions, MoneyAmount, Span
from .acronyms import AcronymPair, find_acronym_pairs, first_definitions
from . import gazetteer as _gazetteer
from .gazetteer import is_acronym, lexicon
from .keys import organisation_key, topic_key
from .legislation import bill_titles, find_legislation
from .matcher import TermMatcher, Token, TokenList, exact_word, tokenize
from .money import find_money
from .organisations import (ends_with_head, find_organisation_hits, is_department_name, is_generic_word, is_kind_without_area,
                            is_post_name, looks_like_organisation, organisation_key_for, strip_article,
                            with_bracketed_qualifier, wrap_width, OrgHit)
from .people import (apposed_name_pattern, are_own_initials, has_person_role_word, is_office, is_person_name,
                     listed_post_name_pattern,
                     is_role_phrase, name_as_post_pattern, own_initials, parse_person_name, rank_role,
                     read_apposition, spoken_name_pattern, titled_name_pattern, bracketed_name_pattern,
                     object_name_pattern, word_alternation)
from .people import apology_names, person_key, plural_titled_names, strip_titles
from .topics import (DocumentTopics, TopicHit, drop_nested_broader, mask, topics_of_the_meeting, url_spans,
                     with_core_themes_told)

__all__ = ["find_mentions", "classify_acronym", "body_initialism", "attendance_affiliation"]

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


class _Occupied:
    """Which characters are already claimed by a mention: O(1)-ish overlap tests in C.

    A bytearray as long as the text; a span is taken by writing ones over it. Overlap checks were a
    scan of every earlier span, i.e. quadratic in the mentions of a document.
    """

    __slots__ = ("_marks",)

    def __init__(self, size: int) -> None:
        self._marks = bytearray(size + 1)

    def take(self, start: int, end: int) -> None:
        if end > start:
            self._marks[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return end > start and self._marks.find(1, start, end) >= 0

    def covers(self, start: int, end: int) -> bool:
        return end > start and self._marks.find(0, start, end) < 0


def _singular_phrase(phrase: str) -> str:
    words = phrase.split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is")):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def classify_acronym(acronym: str, expansion: str) -> tuple[str, str | None]:
    """What a defined acronym names: ('organisation'|'topic'|'other', key).

    Known bodies and topics first (gazetteer, scheme), then head words (…Group/Board/Unit →
    organisation; …Agreement/Session/Report → a document or event, not a topic). A topic is a theme
    of the scheme: an expansion the scheme does not know ("Mental Health Treatment Requirements
    (MHTR)", "Senior Responsible Owner (SRO)", "Multi-Agency Tasking and Coordination (MATAC)") is
    a requirement, a post, a process or a programme far more often than a theme of the meeting, so
    it stays a defined term ('other'), still looked up by its acronym.
    """
    kind, key = _acronym_target(acronym, expansion)
    if kind == "topic" and key not in _gazetteer.topics().records:
        return "other", None
    return kind, key


def _names_no_theme(acronym: str, expansion: str) -> bool:
    """Whether a defined term is by its words a document, event, post or list of qualities (its
    name, wherever written, is then no mention of a theme): not merely a term the scheme lacks."""
    return _acronym_target(acronym, expansion)[0] == "other"


def _names_a_legal_instrument(expansion: str) -> bool:
    """ "Anti-Social Behaviour Orders", "Domestic Violence Protection Notice": a legal tool, named after the
    behaviour it is made against."""
    words = _singular_phrase(expansion).split()
    return bool(words) and words[-1].lower() in lexicon().lower_set("legal_instrument_head")


def _acronym_target(acronym: str, expansion: str) -> tuple[str, str | None]:
    """:func:`classify_acronym` before its last step: an expansion no rule files gives a new topic key."""
    gaz, scheme = _gazetteer.organisations(), _gazetteer.topics()
    key = gaz.lookup(expansion) or gaz.lookup(_singular_phrase(expansion))
    if key:
        return "organisation", key
    key = scheme.lookup(expansion)
    if key and not _only_hidden_label(scheme, key, expansion):
        return "topic", key
    words = _singular_phrase(expansion).split()
    if key and words and ends_with_head(words):
        # "Community Speedwatch (CSW)": a scheme's hidden label that ends in a body's head word, given
        # its own initials, is the body running the scheme (the topic is still read from its words)
        return "organisation", organisation_key(strip_article(expansion))
    if key:
        # "First time entrants (FTEs)": a term the scheme only files under a broader topic (a hidden
        # label of Youth justice) is not another name of that topic: a term of its own
        return "other", None
    if words and is_kind_without_area(words):
        # "12 Basic Command Units (BCUs)": the kind of body every area has, not one body
        return "other", None
    if words and (ends_with_head(words) or ends_with_head(expansion.split())):    # "… Homes" as written
        return "organisation", organisation_key(strip_article(expansion))
    if len(words) > 1 and words[0] in lexicon().words("regional_prefix_body"):
        # "NHS Greater Manchester (NHS GM)": a national body's name before places names its regional body
        return "organisation", organisation_key(expansion)
    # a body named with a post-modifier: "Police Service of Northern Ireland", "Department of
    # Justice", "Mayor's Office for Policing And Crime": the head noun before "of"/"for" decides
    head = _phrase_head(words) if words else ""
    if head and head != words[-1] and ends_with_head(words[:words.index(head) + 1]):
        return "organisation", organisation_key(strip_article(expansion))
    key = scheme.by_acronym.get(acronym) or gaz.by_acronym.get(acronym)
    if key:
        return ("topic" if acronym in scheme.by_acronym else "organisation"), key
    non_topic = lexicon().lower_set("non_topic_head")
    if words and (words[-1].lower() in non_topic or _phrase_head(words).lower() in non_topic):
        return "other", None
    if "," in expansion:
        # "Police Effectiveness, Efficiency and Legitimacy (PEEL)": a list of qualities names a
        # programme or a framework, not a theme (the scheme's own such labels were looked up above)
        return "other", None
    return "topic", topic_key(_singular_phrase(expansion))


def _only_hidden_label(scheme, key: str, expansion: str) -> bool:
    """Whether the expansion names the topic ``key`` only by one of its hidden labels."""
    rec = scheme.records.get(key)
    if rec is None or not rec.hidden_labels:
        return False
    written = {topic_key(expansion), topic_key(_singular_phrase(expansion))}
    named = {topic_key(label) for label in (rec.label, *rec.alt_labels)}
    named |= {topic_key(_singular_phrase(label)) for label in (rec.label, *rec.alt_labels)}
    return not written & named


def _phrase_head(words: list[str]) -> str:
    """The head noun of a name with a post-modifier: "Workshop to Raise Awareness of Prevent" → "Workshop"."""
    for i, word in enumerate(words):
        if i and word in ("to", "of", "for", "on", "in", "with", "about"):
            return words[i - 1]
    return words[-1]


_LETTERS = re.compile(r"[A-Za-z]+")


def body_initialism(body: str | None) -> str | None:
    """'Kent Community Safety Partnership' → 'KCSP': how minutes refer to the body holding the meeting."""
    if not body:
        return None
    words = [w for w in _LETTERS.findall(body) if w.lower() not in {"and", "of", "the", "for", "&"}]
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else None


@dataclass(slots=True)
class _Builder:
    record: MeetingRecord
    text: str
    tokens: TokenList
    items: _ItemLocator
    out: Mentions = field(default_factory=Mentions)
    token_starts: list[int] = field(init=False)
    people_at: _Occupied = field(init=False)
    orgs_at: _Occupied = field(init=False)
    org_spans: set[tuple[int, int]] = field(default_factory=set)
    masked_spans: list[tuple[int, int]] = field(default_factory=list)
    act_spans: list[tuple[int, int]] = field(default_factory=list)   # titles of Acts and Regulations
    _wrap: int | None = None          # wrap_width(text), measured when first needed

    def __post_init__(self) -> None:
        self.token_starts = self.tokens.starts
        self.people_at = _Occupied(len(self.text))
        self.orgs_at = _Occupied(len(self.text))

    # ------------------------------------------------------------------ helpers

    def _span(self, start: int, end: int) -> Span:
        return Span(start, end)

    def add_person(self, start: int, end: int, key: str | None = None, role: str | None = None,
                   organisation: str | None = None, in_item: bool = True) -> None:
        if self.people_at.overlaps(start, end):
            return
        written = self.text[start:end]
        self.out.people.append(Mention(
            kind="person", text=written, span=Span(start, end), key=key or person_key(written),
            item_position=self.items.at(start) if in_item else None, role=role, organisation=organisation))
        self.people_at.take(start, end)

    def add_org(self, start: int, end: int, key: str, in_item: bool = True, text: str | None = None) -> None:
        # "the Violence Reduction Unit's strategy": the body is named without the possessive
        end = _without_possessive(self.text, start, end)
        if (start, end) in self.org_spans or end <= start:
            return
        self.out.organisations.append(Mention(
            kind="organisation", text=text or self.text[start:end], span=Span(start, end), key=key,
            item_position=self.items.at(start) if in_item else None))
        self.org_spans.add((start, end))
        self.orgs_at.take(start, end)

    def add_org_over_shorter(self, start: int, end: int, key: str, in_item: bool = False) -> None:
        """An attendee's whole affiliation ("NHS South East Essex"), or a body's name that an acronym
        defines, in place of the shorter names found inside it ("NHS"); nothing when it would cut
        through another name."""
        if self.orgs_at.overlaps(start, end):
            inner = [m for m in self.out.organisations if m.span.start < end and start < m.span.end]
            if not all(start <= m.span.start and m.span.end <= end for m in inner) or \
                    any((m.span.start, m.span.end) == (start, end) for m in inner):
                return
            for m in inner:
                self.out.organisations.remove(m)
                self.org_spans.discard((m.span.start, m.span.end))
        self.add_org(start, end, key, in_item=in_item)

    def find_after(self, needle: str, start: int, limit: int = 300) -> int | None:
        i = self.text.find(needle, start, start + limit)
        return i if i >= 0 else None

    def find_wrapped_after(self, needle: str, start: int, limit: int = 300) -> tuple[int, int] | None:
        """Where ``needle`` is written after ``start``, as is or wrapped over lines ("(Warwickshire and
        West" / "Mercia CRC)": an attendance list's body read as one name from a paragraph of entries)."""
        at = self.find_after(needle, start, limit)
        if at is not None:
            return at, at + len(needle)
        words = needle.split()
        if len(words) < 2:
            return None
        m = re.compile(r"\s+".join(map(re.escape, words))).search(self.text, start, start + limit)
        return (m.start(), m.end()) if m else None

    # ------------------------------------------------------------------ organisations

    def _group_line_of_the_body(self, written_end: int) -> tuple[int, int] | None:
        """Where the header names the meeting's group on a line of its own under its partnership's
        ("LAKES COMMUNITY SAFETY PARTNERSHIP" over "RESPONSIBLE AUTHORITIES GROUP", read together as the
        body): that line is the body's own short name too, or None."""
        header = self.record.header
        written = " ".join(self.text[header.body_span.start:written_end].split())
        if not header.body.lower().startswith(written.lower() + " "):
            return None
        group = header.body[len(written):].strip()
        first = min((item.span.start for item in self.record.items), default=len(self.text))
        gm = re.compile(re.escape(group).replace(r"\ ", r"\s+"), re.IGNORECASE).search(self.text, written_end, first)
        if gm is None or self.orgs_at.overlaps(gm.start(), gm.end()):
            return None
        return gm.start(), gm.end()

    def find_organisations(self, definitions: list[AcronymDefinition], pairs: list[AcronymPair]) -> None:
        header = self.record.header
        body = header.body
        if body and header.body_span is not None:
            s, e = header.body_span.start, header.body_span.end
            # "SCRUTINY COMMITTEE (EXTERNAL)": the header's body completed by the bracket written after it
            qualified = with_bracketed_qualifier(self.text, OrgHit(s, e, "", False))
            if qualified.end != e:
                body, e = " ".join(self.text[s:qualified.end].split()), qualified.end
            self.add_org(s, e, organisation_key_for(body), in_item=False)
            group = self._group_line_of_the_body(e)
            if group is not None:
                self.add_org(*group, organisation_key_for(body), in_item=False)
            for hs, he in _bodies_parted_by_slash(self.text, s, e):
                self.add_org(hs, he, organisation_key_for(" ".join(self.text[hs:he].split())), in_item=False)
        found = _without_document_modifiers(self.text, find_organisation_hits(self.text, self.tokens))
        # a body named with a comma ("Northshire Police, Fire and Crime Panel") or a bracketed qualifier
        # ("Overview and Scrutiny Committee (Crime and Disorder)"), wherever it is written: the name
        # finder stops at the punctuation and would read "Fire and Crime Panel" or "Overview and
        # Scrutiny Committee" as another body
        body_spans = _written_names(self.text, [body]) if body and _cut_by_punctuation(body) else []
        for bs, be in body_spans:
            self.add_org(bs, be, organisation_key_for(body), in_item=False)
        for bs, be in ([(header.body_span.start, header.body_span.end)] if header.body_span else []) + body_spans:
            self._bodies_sitting_as(bs, be, organisation_key_for(body or ""))
        addressed = _buildings_with_an_address(self.text, found)
        attendee_names = [(e.span.start, e.span.end) for e in self.record.attendance]
        for hit in found:
            if not hit.from_gazetteer and any(ns < hit.end and hit.start < ne for ns, ne in attendee_names):
                # "Rhys Fenwick (RF) Wirral Council": the name finder bridges an attendee's initials in
                # brackets as if an acronym inside one name; the body after them is the attendee's
                continue
            if self._venue_building(hit.start, hit.end) or self.text[hit.start:hit.end] in addressed or \
                    (not hit.from_gazetteer and office_building_after_room(self.text, hit.start, hit.end)):
                continue
            if not hit.from_gazetteer and any(bs <= hit.start and hit.end <= be for bs, be in body_spans):
                continue
            hit = _rejoined_across_line_break(self.text, hit)
            tail = _CENTRE_OF.match(self.text, hit.end) if self.text[hit.start:hit.end].endswith(("Centre", "Center")) else None
            if tail:      # "Swansea University Centre for Criminal Justice": the centre's field is its name
                self.add_org(hit.start, tail.end(), organisation_key_for(self.text[hit.start:tail.end()]))
            else:
                self.add_org(hit.start, hit.end, hit.key)
        # the council heading above the body ("FROME TOWN COUNCIL" over "COMMUNITY SAFETY COMMITTEE"),
        # in capitals that the name finder does not read
        if header.parent_body and "," not in header.parent_body and ends_with_head(header.parent_body.split()):
            first = min((item.span.start for item in self.record.items), default=len(self.text))
            pm = re.search(re.escape(header.parent_body).replace(r"\ ", r"\s+"), self.text[:first], re.IGNORECASE)
            if pm and not self.orgs_at.overlaps(pm.start(), pm.end()):
                self.add_org(pm.start(), pm.end(), organisation_key_for(header.parent_body), in_item=False)
        # acronyms standing for a body: the body's own initialism ("KCSP"), even where the gazetteer
        # does not know it, and every acronym the document defines as a body; one pass over the tokens
        by_acronym: dict[str, str] = {}
        initialism = body_initialism(header.body)
        if initialism and header.body:
            by_acronym[initialism] = organisation_key_for(header.body)
        for definition, pair in zip(definitions, pairs):
            if definition.target_kind != "organisation" or not definition.target_key:
                continue
            # "National Treatment Agency for Substance Misuse (NTA)": the whole defined name, not the
            # shorter one found inside it
            self.add_org_over_shorter(pair.expansion_start, pair.expansion_end, definition.target_key, in_item=True)
            if " " in definition.acronym:
                self._short_forms_of_several_words(definition.acronym, definition.target_key)
            else:
                by_acronym.setdefault(definition.acronym, definition.target_key)
        if by_acronym:
            for i in self.tokens.where(exact_words=by_acronym.keys()):
                tok = self.tokens[i]
                key = by_acronym[tok.exact]
                if self._standalone(tok.start, tok.end) \
                        and not self.orgs_at.overlaps(tok.start, tok.end):
                    self.add_org(tok.start, tok.end, key)
        attendee_bodies: set[str] = set()
        for entry in self.record.attendance:
            _, names = attendance_affiliation(entry)
            for name in names:
                for part in _slash_parts(name):
                    found = self.find_wrapped_after(part, entry.span.end)
                    if found is None:
                        continue
                    self.add_org_over_shorter(*found, organisation_key_for(part))
                    attendee_bodies.add(part)
        self._attendee_bodies_again(attendee_bodies)
        # "Action: Kent Police": an owner that is a body (never one that a rank or title opens:
        # "Group Commander Kelly agreed to …" is a person, however "Group" heads bodies)
        for item in self.record.items:
            for action in item.actions:
                for owner in action.owners:
                    if owner.kind == "organisation" and not self.orgs_at.overlaps(owner.span.start, owner.span.end) \
                            and not titled_name_pattern().fullmatch(owner.name):
                        self.add_org(owner.span.start, owner.span.end, organisation_key_for(owner.name))
        self._quoted_suppliers()

    def _quoted_suppliers(self) -> None:
        """ "Cllr A had 3 quotes: Lakeby Signs £3,250, Fellco £2,980, Signway £3,590" or a table of
        "Quote B   Lakes CCTV Services   £27,300" under "Three quotations had been obtained …:": the
        names priced one after another where the minutes speak of quotes are the suppliers quoting,
        companies (a single priced name is left alone: "the Fund's £2,000" is no list of quotes)."""
        text = self.text
        for m in _QUOTES_WORD.finditer(text):
            end = text.find("\n\n", m.end())
            end = len(text) if end < 0 else end
            if text[:end].rstrip().endswith(":"):      # the quotes are listed in the next paragraph
                after = text.find("\n\n", end + 2)
                end = len(text) if after < 0 else after
            priced = [p for p in _PRICED_NAME.finditer(text, m.end(), end)
                      if p["name"].split()[0] not in _NOT_SUPPLIER_WORDS and len(p["name"]) > 2]
            if len(priced) < _LEAST_QUOTES:
                continue
            for p in priced:
                if not self.orgs_at.overlaps(p.start("name"), p.end("name")):
                    self.add_org(p.start("name"), p.end("name"), organisation_key_for(p["name"]))

    def _short_forms_of_several_words(self, acronym: str, key: str) -> None:
        """ "NHS GM": a short form of two words is that body wherever written, in place of the known body
        that its first word alone names ("NHS")."""
        written = re.compile(r"[ \t]+".join(map(re.escape, acronym.split())) + r"(?:['’]?s)?")
        for index in self.tokens.where(exact_words=(exact_word(acronym.split()[0]),)):
            m = written.match(self.text, self.tokens[index].start)
            if m is not None and not _continues_word(self.text, m.end()):
                self.add_org_over_shorter(m.start(), m.end(), key, in_item=True)

    def _bodies_sitting_as(self, start: int, end: int, body_key: str) -> None:
        """ "Overview and Scrutiny Panel (sitting as the Crime and Disorder Committee)": the meeting's body
        written as one body sitting as another names both: the first is the body itself (its own
        name, without the bracket), the second a body of its own."""
        parts = sitting_as_parts(self.text[start:end])
        if parts is None:
            return
        (os, oe), (ts, te) = parts
        self.add_org(start + os, start + oe, body_key, in_item=False)
        self.add_org(start + ts, start + te, organisation_key_for(self.text[start + ts:start + te]), in_item=False)

    def _attendee_bodies_again(self, names: set[str]) -> None:
        """ "Jo Raistrick (JR) – Turning Point", then "Turning Point offered drug treatment": a name the
        attendance list gives as an attendee's body is that body wherever the document writes it again,
        however it is shaped (here like a person's name before a verb of speech) or wrapped, in place of
        a shorter name found inside it ("St Leger Homes" of "St Leger Homes of Doncaster")."""
        connectors = lexicon().words("connector")
        for name in names:
            words = name.split()
            if len(words) < 2 or not all(w[:1].isupper() or w in connectors for w in words):
                continue
            written = re.compile(r"\s+".join(map(re.escape, words)))
            # where the name's first word is written, from the token index (no scan of the text)
            for index in self.tokens.where(exact_words=(exact_word(words[0]),)):
                m = written.match(self.text, self.tokens[index].start)
                if m is not None and not _continues_word(self.text, m.end()):
                    self.add_org_over_shorter(m.start(), m.end(), organisation_key_for(name), in_item=True)

    def localise_organisations(self, definitions: list[AcronymDefinition], pairs: list[AcronymPair]) -> None:
        """A generic name the gazetteer files under one area's body ("ICB", "Police and Crime
        Commissioner", "OPCC" under Kent's) is that body only in a document that names its area;
        elsewhere it is the document's own: the body an acronym is defined as here, or an unplaced
        body of that name."""
        gaz = _gazetteer.organisations()
        if not gaz.areas:
            return
        named: dict[frozenset[str], bool] = {}

        def elsewhere(key: str, written: str) -> bool:
            area = gaz.area_left_out(key, written)
            if not area:
                return False
            if area not in named:
                named[area] = any(self.tokens.where(exact_words=(a, a.upper())) for a in area)
            return not named[area]

        placeless = [m for m in self.out.organisations if elsewhere(m.key, m.text)]
        for mention in placeless:
            mention.key = _placed_header_body_key(self.record, mention.text) or _placeless_key(mention.text)
        # "NHS Leicester, Leicestershire and Rutland Integrated Care Board (ICB)": the acronym stands
        # for the whole name around its expansion, not for the gazetteer's "Integrated Care Board"
        for d, pair in zip(definitions, pairs):
            if d.target_kind == "organisation" and d.target_key and elsewhere(d.target_key, d.expansion):
                around = [m for m in self.out.organisations if m.span.end == pair.expansion_end
                          and m.span.start <= pair.expansion_start]
                d.target_key = around[0].key if around else _placeless_key(d.expansion)
        defined = {d.acronym: d.target_key for d in definitions if d.target_kind == "organisation" and d.target_key}
        for mention in placeless:
            mention.key = defined.get(mention.text, mention.key)

    def acronyms_for_placed_names(self, definitions: list[AcronymDefinition], pairs: list[AcronymPair]) -> None:
        """ "the Lakeside Safer Communities Partnership (SCP)": the acronym's letters spell the name
        after its area, but it stands for the body the whole name is (the one the minutes go on to
        call "the SCP"), not for an unplaced body of the shorter name. The expansion stays as written."""
        for d, pair in zip(definitions, pairs):
            if d.target_kind != "organisation" or not d.target_key:
                continue
            around = [m for m in self.out.organisations if m.span.end == pair.expansion_end
                      and m.span.start < pair.expansion_start and m.key != d.target_key]
            if around and _PLACE_WORDS.fullmatch(self.text, around[0].span.start, pair.expansion_start):
                d.target_key = around[0].key

    def bare_names_of_placed_bodies(self) -> None:
        """ "9. Combating Drugs Partnership" in minutes that name "the Lakeside Combating Drugs Partnership":
        a body's name written without the place it opens with is that body, when the document names
        only one body so (two areas' bodies of that name leave the bare one unplaced). Names the
        gazetteer knows are left to it, and a one-word name ("Police") is too general."""
        gaz = _gazetteer.organisations()
        placed: dict[str, set[str]] = defaultdict(set)
        for m in self.out.organisations:
            words = strip_article(" ".join(m.text.split())).split()
            for k in range(1, min(_MOST_PLACE_WORDS, len(words) - 2) + 1):
                if _place_words(words[:k]):
                    placed[" ".join(words[k:]).lower()].add(m.key)
        if not placed:
            return
        for m in self.out.organisations:
            bare = strip_article(" ".join(m.text.split()))
            keys = placed.get(bare.lower())
            if keys and len(keys) == 1 and m.key not in keys and gaz.lookup(bare) is None:
                m.key = next(iter(keys))

    def _venue_building(self, start: int, end: int) -> bool:
        """'Civic Centre' (in the venue, or a building word before 'Centre') is a place, not a body;
        'Brighton Women's Centre' and 'Swansea University Centre for Criminal Justice' are bodies."""
        words = self.text[start:end].split()
        if "Centre" not in words and "Center" not in words:
            return False
        venue = self.record.header.venue_span
        if venue is not None and venue.start <= start and end <= venue.end:
            return True
        if venue is not None and " ".join(words) in " ".join(self.text[venue.start:venue.end].split()):
            return True           # "at the Lakeby Centre" in an item, where the meeting was held: the building
        if words[-1] not in ("Centre", "Center"):
            return False          # "Ashford Town Centre Partnership": the centre only qualifies the body
        head = len(words) - 1
        venue_words = lexicon().words("venue_centre_word")
        return any(w in venue_words for w in words[:head])

    def _standalone(self, start: int, end: int) -> bool:
        """Not part of a hyphenated word ("KCSP-funded" is no mention of the KCSP)."""
        text = self.text
        return (start == 0 or text[start - 1] != "-") and (end >= len(text) or text[end] != "-")

    # ------------------------------------------------------------------ people

    def find_people(self) -> None:
        text = self.record.source.text
        people_entries = [e for e in self.record.attendance if is_person_name(e.name, looks_like_organisation)]
        for entry in people_entries:
            s, e = entry.span.start, entry.span.end
            name = parse_person_name(entry.name)
            role, orgs = attendance_affiliation(entry)
            self.out.people.append(Mention(kind="person", text=text[s:e], span=Span(s, e),
                                           key=person_key(entry.name), item_position=None,
                                           role=role or rank_role(name), organisation=orgs[0] if orgs else None))
            self.people_at.take(s, e)
        header = self.record.header
        if header.contact and header.contact_span is not None:
            self.add_person(header.contact_span.start, header.contact_span.end, in_item=False)
        else:
            m = _CONTACT.search(text) if "Contact" in text else None     # the regex needs the word
            # "Contact: Democratic Services, Sessions House …": a team to write to, not a person
            if m and not is_role_phrase(m.group("name").split()) \
                    and is_person_name(m.group("name"), looks_like_organisation):
                self.add_person(m.start("name"), m.end("name"), in_item=False)
        initials = _initials_of_people(people_entries)
        owners_named: list[str] = []
        for item in self.record.items:
            for action in item.actions:
                for owner in action.owners:
                    s, e = owner.span.start, owner.span.end
                    if owner.kind == "person" and is_person_name(owner.name, looks_like_organisation):
                        self.add_person(s, e, key=person_key(owner.name))
                        owners_named.append(owner.name)
                    elif owner.kind in ("initials", "person") and owner.name.strip() in initials:
                        self.add_person(s, e, key=person_key(initials[owner.name.strip()].name))
        for m in titled_name_pattern().finditer(text):
            self._narrative_person(m.start(), m.end())
        for start, end in apology_names(text) + plural_titled_names(text):
            self._listed_apology(start, end)
        known = [entry.name for entry in people_entries] + owners_named
        for start, end in _known_names(known, self.tokens, text):
            self._narrative_person(start, end)
        titles = lexicon().lower_set("title")
        listed_beside = _named_beside_attendees(self.record.attendance)
        spoken = spoken_name_pattern().finditer(text)
        as_post = name_as_post_pattern().finditer(text) if " as " in text else ()
        apposed = (m for m in apposed_name_pattern().finditer(text) if looks_like_organisation(m.group(2)))
        # "Jo Hale, Head of Community Safety, Lakeside County Council" on its own line: a job after the comma
        with_post = (m for m in listed_post_name_pattern().finditer(text)
                     if has_person_role_word(m.group(2).split(",", 1)[0]))
        for m in itertools.chain(spoken, as_post, apposed, with_post):
            start, end = m.start(1), m.end(1)
            words = m.group(1).split()
            if is_role_phrase(words) or self.orgs_at.overlaps(start, end):
                continue
            if " ".join(words) in listed_beside:
                continue          # "Fell Park reported burglary": the ward the list set beside its chair
            if any(w.lower() in titles for w in words) or " ".join(words).lower() in lexicon().lower_set("rank"):
                continue          # "Chief Constable to report …": a post, named by its rank alone
            if _ends_in_post_or_body_word(words):
                continue          # "Legal Adviser reported", "Enforcement Services said": a post or a service
            if _after_article(text, start) or self._names_a_thing(start, end):
                continue          # "the Serious Violence Duty added": a thing, not a person
            if _a_street(text, start, words) or _a_compass_area(text, start, words):
                continue          # "residents of Vallis Way raised …", "residents in Fellside West said": a place
            if words[-1] in lexicon().words("instrument_head"):
                continue          # "Dog Control Orders would become …": an instrument
            if _WEAK_VERB_AFTER.match(text, end) and not _clause_start(text, start):
                continue          # "circulate the final Strategic Assessment to members": an object, not an owner
            if _TO_BEFORE_NOUN.match(text, end):
                continue          # "a plan for Victoria Park and Elwick Place to the next meeting": "to" a place, no verb
            self._narrative_person(start, end)
        # "who has replaced Paul Okonkwo as …": the object of a verb that takes a person
        for m in object_name_pattern().finditer(text):
            start, end = m.start(1), m.end(1)
            words = m.group(1).split()
            if is_role_phrase(words) or self.orgs_at.overlaps(start, end) or looks_like_organisation(m.group(1)):
                continue
            if any(w.lower() in titles for w in words) or self._names_a_thing(start, end) or \
                    has_person_role_word(m.group(1)):
                continue
            self._narrative_person(start, end)
        for m in bracketed_name_pattern().finditer(text):
            starts = [m.start(1)] if "\n" not in m.group(1) or self._wrapped_prose_at(m.start(1)) else []
            # "…Council\nNadia Qureshi (NQ)", "MVRP Director      Steve Arkwright (SA)": the words of
            # the last line or column alone
            starts.append(_after_column_gap(text, text.rfind("\n", m.start(1), m.end(1)) + 1 or m.start(1), m.end(1)))
            for start in dict.fromkeys(starts):
                if len(text[start:m.end(1)].split()) >= 2 and self._person_with_organisation(start, m.end(1)):
                    self._narrative_person(start, m.end(1))
                    break
        # initials used as a speaker or owner in the narrative ("SJ gave an update", "PP offered to")
        if initials:
            for i in self.tokens.where(exact_words=initials.keys()):
                tok = self.tokens[i]
                entry = initials[tok.exact]
                if tok.end - tok.start == len(tok.exact) and _spoken_after(text, tok.end):
                    self.add_person(tok.start, tok.end, key=person_key(entry.name))

    def _listed_apology(self, start: int, end: int) -> None:
        """ "Apologies were received from Huw Parfitt (…) and …": a name-shaped entry of the list is a
        person unless it names a body ("Kent Police") or a post ("the Chair")."""
        written = self.text[start:end]
        if self.orgs_at.overlaps(start, end) or looks_like_organisation(written) or has_person_role_word(written):
            return
        if is_role_phrase(strip_titles(written.split())[1]) or self._names_a_thing(start, end):
            return
        self._narrative_person(start, end)

    def _wrapped_prose_at(self, offset: int) -> bool:
        """Whether the line holding ``offset`` is a line of prose wrapped at the document's width
        (a line break after it falls inside a sentence), not a heading or a list entry."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        line_end = self.text.find("\n", offset)
        line = self.text[line_start:len(self.text) if line_end < 0 else line_end].strip()
        if self._wrap is None:
            self._wrap = wrap_width(self.text)
        return len(line) >= max(40, int(0.75 * self._wrap)) and not line.endswith((".", ":", ";"))

    def _person_with_organisation(self, start: int, end: int) -> bool:
        """'Kevin Carter (National Probation Service)' names a person; 'Domestic Homicide Review (DHR)'
        and 'Kent Police (Community Safety Unit)' do not: the bracket must hold an organisation (not
        an acronym) and the words must be a plain personal name, not a body, role, topic or title."""
        words = self.text[start:end].split()
        if is_role_phrase(words) or self.orgs_at.overlaps(start, end) or looks_like_organisation(self.text[start:end]):
            return False
        if any(w.lower() in lexicon().lower_set("title") for w in words) or _after_article(self.text, start):
            return False
        if self._names_a_thing(start, end) or has_person_role_word(self.text[start:end]):
            return False
        apposition = read_apposition(self.text, end, looks_like_organisation)
        if apposition is not None and len(words) >= 2 and not _after_area_preposition(self.text, start) and \
                are_own_initials(self.text[start:end], self.text[apposition.start + 1:apposition.end - 1].strip()):
            return _initials_of_a_person(self.text, apposition.end, own_initials(self.text[start:end]))
        if apposition is None or apposition.organisation is None:
            return False
        inner = self.text[apposition.start + 1:apposition.end - 1].strip()
        if _ACRONYM_LIKE.fullmatch(inner) and len(inner) <= 8:
            return False       # '(DoLS)', '(KCSP)': an acronym definition, not an affiliation
        # '... of Liberty Safeguards (DoLS)': a name does not hang off a connector word
        before = _WORD_BEFORE.search(self.text[max(0, start - 20):start])
        if before is not None and before.group(1) == "and":
            # "Councillor Rowena Haight and Stuart Mallory (…)": "and" after a person joins two people
            joined_at = self._end_of_bracketed_person(max(0, start - 20) + before.start(1) - 1)
            return joined_at > 0 and self.people_at.overlaps(joined_at - 1, joined_at)
        return before is None or before.group(1) not in lexicon().words("connector")

    def _end_of_bracketed_person(self, end: int) -> int:
        """ "Superintendent X (Kent Police) and Mike Oduya (…)": the person before "and" ends before
        the bracket that closes right there."""
        if end <= 0 or self.text[end - 1] != ")":
            return end
        open_at = self.text.rfind("(", max(0, end - 170), end - 1)
        return len(self.text[:open_at].rstrip(" \t")) if open_at > 0 else end

    def _names_a_thing(self, start: int, end: int) -> bool:
        """A phrase that holds a topic or legislation term of two words or more is not a name."""
        lo = bisect.bisect_left(self.token_starts, start)
        hi = bisect.bisect_left(self.token_starts, end)
        tokens = self.tokens[lo:hi]
        for matcher in (_gazetteer.topics().matcher, _gazetteer.legislation().matcher):
            if any(h.last_token - h.first_token >= 2 for h in matcher.find_all(tokens)):
                return True
        return False

    def _narrative_person(self, start: int, end: int) -> None:
        end = _without_possessive(self.text, start, end)       # "referring to Mr Probert's comments"
        if self.people_at.overlaps(start, end):
            return
        if any(s <= start and end <= e for s, e in self.act_spans):
            return      # "(Precepts and Chief Constable Appointments) Regulations": words of a title
        name = parse_person_name(self.text[start:end])
        if not name.surname or is_role_phrase([name.surname]):
            return
        if self.text[start:end].split()[0].lower() in lexicon().lower_set("title_lead_word"):
            return      # "the national drugs strategy / From Harm to Hope": a sentence's preposition, no forename
        apposition = read_apposition(self.text, end, looks_like_organisation, name=self.text[start:end])
        role = apposition.role if apposition else None
        org = apposition.organisation if apposition else None
        role = role or rank_role(name)
        self.add_person(start, end, role=role, organisation=org)
        if apposition is not None:
            # the job title is not a topic of the item; the organisation still is an organisation
            self.masked_spans.append((apposition.start, apposition.end))
            if org:
                at = self.find_after(org, apposition.start, apposition.end - apposition.start)
                if at is not None and not self.orgs_at.overlaps(at, at + len(org)):
                    self.add_org(at, at + len(org), organisation_key_for(org))

    # ------------------------------------------------------------------ topics

    def _first_token_ending_after(self, offset: int) -> int:
        """Index of the first token that ends after ``offset`` (tokens are sorted and disjoint)."""
        i = bisect.bisect_right(self.token_starts, offset) - 1
        return i if i >= 0 and self.tokens[i].end > offset else i + 1

    def _tokens_outside(self, spans: list[tuple[int, int]]) -> TokenList:
        """The tokens that overlap none of the spans: the few spans cut ranges out of the sorted tokens."""
        cuts = sorted((self._first_token_ending_after(s), bisect.bisect_left(self.token_starts, e))
                      for s, e in spans if e > s)
        kept: list[Token] = []
        at = 0
        for lo, hi in cuts:
            if lo >= hi:
                continue          # the span lies between two words
            kept += self.tokens[at:lo]
            at = max(at, hi)
        kept += self.tokens[at:]
        return TokenList.of(kept)      # indexed, as the topic matcher looks words up

    def find_topics(self, definitions: list[AcronymDefinition], act_titles: list[tuple[int, int]] = ()) -> None:
        document_terms = TermMatcher()
        for definition in definitions:
            if definition.target_kind == "topic" and definition.target_key:
                document_terms.add(definition.acronym, definition.target_key, case_sensitive=True)
                document_terms.add(definition.expansion, definition.target_key)
        masked_spans = self.masked_spans + url_spans(self.text)
        masked = mask(self.text, masked_spans)
        # the masked text's tokens: the document's tokens minus those in masked spans
        tokens = self._tokens_outside(masked_spans) if masked_spans else self.tokens
        document_topics = DocumentTopics(masked, tokens, document_terms)
        hits: list[tuple[TopicHit, int]] = []
        for item in sorted(self.record.items, key=lambda it: it.position):
            found = with_core_themes_told(drop_nested_broader(document_topics.in_span(item.span.start, item.span.end)))
            hits += [(hit, item.position) for hit in found]
        body_names = _BodyNames.of(self.record.header.body)
        # "the JAG would review …" in the minutes of the Margate Central Joint Action Group is the body
        hits = [(hit, position) for hit, position in hits
                if not body_names.named_by(self.text[hit.start:hit.end])]
        headings = [(it.title_span.start, it.title_span.end) for it in self.record.items]
        bodies = [(m.span.start, m.span.end) for m in self.out.organisations]
        # posts that own actions ("Head of Children's Safeguarding to circulate …")
        names = [(o.span.start, o.span.end) for item in self.record.items for a in item.actions
                  for o in a.owners if o.kind == "role"]
        # documents, programmes and posts the document defines an acronym for, wherever their name is
        # written ("3. Counter Terrorism Local Profile 2019/20" as well as "… Local Profile (CTLP)")
        # (a term filed under a core theme, "dedicated ward officers (DWOs)", still tells of that theme)
        scheme = _gazetteer.topics()
        names += _written_names(self.text, [d.expansion for d in definitions if d.target_kind == "other"
                                            and not scheme.is_core(scheme.lookup(d.expansion) or "")
                                            and _names_no_theme(d.acronym, d.expansion)
                                            and not _names_a_legal_instrument(d.expansion)])
        # a term the scheme lacks ("Domestic Abuse Perpetrator Programme (DAPP)") is a longer term, as
        # one of the scheme's own: a core theme its words name is told, a minor topic is not; so is an
        # order or notice made against a behaviour ("Anti-Social Behaviour Orders (ASBOs)")
        terms = _written_names(self.text, [d.expansion for d in definitions if d.target_kind == "other"
                                           and not scheme.lookup(d.expansion)
                                           and (not _names_no_theme(d.acronym, d.expansion)
                                                or _names_a_legal_instrument(d.expansion))])
        # a topic's own long form that commas cut ("Violence against Women, Domestic Abuse and Sexual
        # Violence (VAWDASV)") is found by its acronym only: its words are likewise no minor topic's mention
        terms += _written_names(self.text, [d.expansion for d in definitions if d.target_kind == "topic"
                                            and _cut_by_punctuation(d.expansion)])
        # an Act's title is a longer term too: "the Domestic Abuse Act 2021" tells of domestic abuse (a core
        # theme), "the Modern Slavery Act 2015" is no mention of the minor topic
        terms += list(act_titles)
        # a rank written before a person's name ("PCSO Jo Pike", "DC Ann Vale") is their title, no talk
        # of the topic the rank's acronym also names
        names += [(m.span.start, m.span.end) for m in self.out.people]
        keep = topics_of_the_meeting([h for h, _ in hits], headings,
                                     [(d.span.start, d.span.end) for d in definitions], names, terms, bodies)
        for definition in definitions:
            if definition.target_kind == "topic" and definition.target_key not in keep:
                # defined, but not a theme of this meeting: still a term people look up by its acronym
                definition.target_kind, definition.target_key = "other", None
        for hit, position in hits:
            if hit.key in keep:
                self.out.topics.append(Mention(kind="topic", text=self.text[hit.start:hit.end],
                                               span=Span(hit.start, hit.end), key=hit.key,
                                               item_position=position))


_POSSESSIVE_END = ("'s", "’s")
_ACRONYM_LIKE = re.compile(r"[A-Za-z&]*[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*")


# "to", "would", "will" after a name make it an owner only where a clause starts ("Jo Smith to send …")
_WEAK_VERB_AFTER = re.compile(r"[ \t]+(?:to|would|will)\b")
# "to" before an article or a determiner is a preposition: the name before it does nothing
_TO_BEFORE_NOUN = re.compile(r"[ \t]+to[ \t]+(?:the|a|an|this|that|these|those|its|their|his|her|our|all|each|every|any)\b")


# where the minutes speak of the quotes a council obtained, and a name priced straight after it
_QUOTES_WORD = re.compile(r"\b(?:[Qq]uot(?:e|es|ation|ations)|[Tt]enders?)\b")
_PRICED_NAME = re.compile(r"(?<![\w£(])(?P<name>[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|&|and|of))*?)[ \t]+£\d")
_NOT_SUPPLIER_WORDS = frozenset({"Total", "Quote", "Option", "VAT", "Budget", "Cost", "Costs", "Balance", "Grant",
                                 "Approx", "Est", "Estimate", "Lot", "Lowest", "Highest", "Plus", "Including"})
_LEAST_QUOTES = 2


def _names_area(text: str, area: frozenset[str]) -> bool:
    return any(re.search(rf"\b(?:{re.escape(a)}|{re.escape(a.upper())})\b", text) for a in area)


def organisation_key_in(record: MeetingRecord, name: str) -> str:
    """The key of an organisation named in a document's lists (attendance, owners, affiliations):
    the gazetteer's area body for a generic name ("OPCC", "ICB") only where the document names that
    area, else the name's own key (see :meth:`_Builder.localise_organisations`)."""
    key = organisation_key(name)
    gaz = _gazetteer.organisations()
    if not gaz.areas:
        return key
    known = gaz.lookup(name)
    area = gaz.area_left_out(known, name) if known else frozenset()
    if not area:
        return key
    if _names_area(record.source.text, area):
        return known
    return _placed_header_body_key(record, name) or _placeless_key(name)


def _placed_header_body_key(record: MeetingRecord, name: str) -> str | None:
    """ "Police and Crime Commissioner" in the lists of minutes headed "Lakeshire Police and Crime
    Commissioner": the generic name is the office the header names with its area, not an unplaced one."""
    for body in (record.header.parent_body, record.header.body):
        if body and len(body) > len(name) and body.lower().endswith(" " + name.lower().strip()):
            return organisation_key(body)
    return None


_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


_SPACED_SLASH = re.compile(r"[ \t]+/[ \t]+")


def _bodies_parted_by_slash(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """ "CASE REVIEW PANEL / PROBLEM-SOLVING GROUP": a meeting held by two bodies at once, the header
    naming both apart by a spaced slash; each half ending like a body's name is a body of its own.
    (A bilingual heading's halves are one body twice: only both English halves count; "Kent / Medway"
    ends like no body.) Empty when the header names one body."""
    m = _SPACED_SLASH.search(text, s, e)
    if m is None or _SPACED_SLASH.search(text, m.end(), e) or "\n" in text[s:e]:
        return []
    halves = [(s, m.start()), (m.end(), e)]
    if any(is_welsh(text[a:b]) or not _ends_like_a_body(text[a:b]) or not re.search(r"\w\W+\w", text[a:b])
           for a, b in halves):
        return []
    return halves


def _without_document_modifiers(text: str, hits: list) -> list:
    """Without the names (not the gazetteer's) that are only ever written as the first words of a
    document's title: "the Prevent Partnership Plan" twice and nowhere "the Prevent Partnership"."""
    documents = lexicon().words("non_topic_head")
    modifier: dict[str, bool] = {}
    for hit in hits:
        if hit.from_gazetteer:
            continue
        m = _WORD_AFTER.match(text, hit.end, hit.end + 30)
        modifier[hit.key] = modifier.get(hit.key, True) and m is not None and m.group(1) in documents
    return [h for h in hits if not modifier.get(h.key)]


def _cut_by_punctuation(name: str) -> bool:
    """Whether the name finder would read the name in pieces: it stops at commas and brackets."""
    return "," in name or "(" in name


def _written_names(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Every place where one of ``names`` is written (case aside)."""
    spans = []
    low = text.lower()
    for name in {n.lower() for n in names if len(n) > 3}:
        at = low.find(name)
        while at >= 0:
            spans.append((at, at + len(name)))
            at = low.find(name, at + len(name))
    return spans


# an area's name before a body's: capitalised words, "and" or a comma between them ("Newry, Mourne and Down ")
_PLACE_WORDS = re.compile(r"(?:[A-Z][\w'’-]*(?:,?[ \t]+(?:and[ \t]+)?|[ \t]*$))+")


def _placeless_key(written: str) -> str:
    """The key of a generic name read outside the area the gazetteer files it under."""
    return organisation_key(strip_article(written))


def names_the_body(phrase: str, body: str | None) -> bool:
    """True when ``phrase`` is the meeting's own body by a trailing part of its name or that part's
    initials: "Joint Action Group" / "JAG" for "Margate Central Joint Action Group"."""
    return _BodyNames.of(body).named_by(phrase)


@dataclass(frozen=True, slots=True)
class _BodyNames:
    """The ways a phrase can name the meeting's body, worked out once per body (the check runs
    for every topic hit): each trailing part of two words or more, and that part's initials."""
    tails: frozenset[str]         # lower case, single-spaced: "joint action group"
    initials: frozenset[str]      # "JAG"

    @staticmethod
    @lru_cache(maxsize=256)
    def of(body: str | None) -> "_BodyNames":
        words = body.split() if body else []
        tails = [words[k:] for k in range(len(words) - 1)]
        return _BodyNames(frozenset(" ".join(tail).lower() for tail in tails),
                          frozenset("".join(w[0] for w in tail if w[:1].isalpha()).upper() for tail in tails))

    def named_by(self, phrase: str) -> bool:
        return " ".join(phrase.lower().split()) in self.tails or phrase.rstrip("s") in self.initials


# what follows an entry's name in a list: a dash before the body, a column gap, the line's end
_LIST_ENTRY_AFTER = re.compile(r"[ \t]*(?:$|[-–—][ \t]|\t|[ ]{3,})", re.MULTILINE)


# the parts of an attendance line around its person's name: "Fell Park – Derek Holt"
_LINE_PARTS = re.compile(r"[ \t]+[-–—][ \t]+|[ \t]*[,:;|\t][ \t]*")


def _named_beside_attendees(entries: list[AttendanceEntry]) -> set[str]:
    """What an attendance list writes beside each person on their line ("Fell Park – Derek Holt":
    the ward whose panel they chair; "Kent Police, Superintendent"): a place, body or post, never a
    person, wherever the minutes later say "Fell Park reported …"."""
    beside: set[str] = set()
    for entry in entries:
        written = entry.as_written or ""
        if entry.name not in written:
            continue
        for part in _LINE_PARTS.split(written.replace(entry.name, "\n")):
            part = part.strip(" \t\n()")
            if part and part != entry.name:
                beside.add(part)
    return beside


def _continues_word(text: str, at: int) -> bool:
    """Whether ``text[at]`` carries on the word before it (a letter, digit, '_' or '-')."""
    return at < len(text) and (text[at].isalnum() or text[at] in "_-")


def _initials_of_a_person(text: str, after: int, initials: str) -> bool:
    """'Nadia Qureshi (NQ) - MVRP Director' or '… (NQ)' then 'NQ explained': the bracket holds the
    initials a list gives a person, or that the minutes later use for a speaker; 'the National
    Referral Mechanism (NRM) referrals' defines an acronym of a term."""
    if _LIST_ENTRY_AFTER.match(text, after):
        return True
    uses = re.compile(rf"(?<![\w-]){re.escape(initials)}(?![\w-])").finditer(text, after)
    return any(_spoken_after(text, m.end()) and not _in_noun_phrase(text, m.start()) for m in uses)


# the two words right before a word: "the final SNA"
_TWO_WORDS_BEFORE = re.compile(r"(?:(?P<first>\w+)[ \t]+)?(?P<second>[\w-]+)[ \t]+$")


def _in_noun_phrase(text: str, start: int) -> bool:
    """ "circulate the final SNA to the five CSPs": letters an article governs (right before them, or
    with one lower-case word between) are a thing's acronym, not a person's initials (a person is
    "SB to circulate", never "the SB")."""
    m = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    articles = lexicon().lower_set("name_article")
    return m["second"].lower() in articles or \
        bool(m["first"]) and m["first"].lower() in articles and m["second"].islower()


_COLUMN_GAP_IN_LINE = re.compile(r"\t|[ ]{3,}")


def _after_column_gap(text: str, start: int, end: int) -> int:
    """Where the last column of a line starts within ``text[start:end]`` (``start`` without a gap)."""
    gaps = list(_COLUMN_GAP_IN_LINE.finditer(text, start, end))
    return gaps[-1].end() if gaps else start


def _clause_start(text: str, start: int) -> bool:
    """Whether a clause starts at ``start``: text start, after a line break, a stop, colon, slash or comma."""
    before = text[max(0, start - 30):start].rstrip(" \t")
    return not before or before[-1] in "\n.:;,/(-–—" or before.endswith(("and", "&"))


# "X (sitting as the Y)", "X (acting as Y)": one body meeting in the capacity of another
_SITTING_AS = re.compile(r"(?P<own>\S.*?)\s*\(\s*(?:sitting|acting|meeting)\s+as\s+(?:the\s+)?(?P<other>[^()]+?)\s*\)\s*")


def sitting_as_parts(name: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The offsets in ``name`` of the body and of the body it sits as, when both look like bodies."""
    m = _SITTING_AS.fullmatch(name)
    if m is None or not (looks_like_organisation(m["own"]) and looks_like_organisation(m["other"])):
        return None
    return m.span("own"), m.span("other")


@cache
def _room_then_comma() -> re.Pattern[str]:
    """ "Council Chamber, " / "Committee Room 2, ": a room, then the building it is in."""
    rooms = "|".join(map(re.escape, sorted(lexicon().words("venue_room_word"), key=len, reverse=True)))
    return re.compile(rf"\b(?:{rooms})(?:[ \t]+\w{{1,3}})?,[ \t]*$")


def office_building_after_room(text: str, start: int, end: int) -> bool:
    """ "in the Council Chamber, Dungannon Office": a council's office named after its town, written
    after the room where the meeting sits, is the building, not a body ("Home Office" is in the gazetteer
    and never reaches here)."""
    if text[start:end].split()[-1] not in ("Office", "Offices"):
        return False
    return _room_then_comma().search(text, max(0, start - 40), start) is not None


_CENTRE_OF = re.compile(r"[ \t]+for[ \t]+[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+|of[ \t]+)?[A-Z][\w’'-]*)*")


def _without_possessive(text: str, start: int, end: int) -> int:
    """End of a name without a trailing possessive: "Unit's" → "Unit", "Partners'" → "Partners"."""
    if end - start > 2 and text[end - 2:end] in _POSSESSIVE_END:
        return end - 2
    if end - start > 1 and text[end - 1] in "'’":
        return end - 1
    return end


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


@cache
def _post_or_body_last_words() -> frozenset[str]:
    from ..segment.common import terms
    return lexicon().lower_set("person_role_word") | frozenset(terms()["organisation_words"])


def _ends_in_post_or_body_word(words: list[str]) -> bool:
    """ "Legal Adviser", "Enforcement Services": capitalised words before a verb of speech that end in a
    post's word or a body's word name an office or a department, never a person's surname."""
    return bool(words) and words[-1].lower() in _post_or_body_last_words()


def _after_article(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is an article or determiner ("the", "this", ...)."""
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m.group(1).lower() in lexicon().lower_set("name_article")


def _after_area_preposition(text: str, start: int) -> bool:
    """Whether the word right before ``start`` puts a place after it ("in", "across"): "deaths in Cwm
    Taf Morgannwg (CTM)" names an area and its initials, not a person."""
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m.group(1).lower() in lexicon().lower_set("area_preposition")


# a name's first word(s) left on the line above: "… the Environment and" / "Sustainability Board", "the Fire" /
# "and Rescue Service", a typescript's "Anti-" / "Social Behaviour Unit"
_WRAPPED_NAME_OPENING = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*(?:[ \t]+(?:and|&)[ \t]*\n[ \t]*|[ \t]*\n[ \t]*(?:and|&)[ \t]+|-[ \t]*\n[ \t]*)$")


def _rejoined_across_line_break(text: str, hit: OrgHit) -> OrgHit:
    """A name the finder read from the start of a line, its opening word(s) wrapped from the line above
    by "and" or a hyphen, as the whole name."""
    if hit.from_gazetteer or "\n" not in text[max(0, hit.start - 12):hit.start]:
        return hit
    m = _WRAPPED_NAME_OPENING.search(text, max(0, hit.start - 40), hit.start)
    if m is None:
        return hit
    name = re.sub(r"-[ \t]*\n[ \t]*", "-", text[m.start():hit.end])
    return OrgHit(m.start(), hit.end, organisation_key_for(" ".join(name.split())), False)


def _buildings_with_an_address(text: str, hits: list[OrgHit]) -> set[str]:
    """ "Crowndale Centre, 218 Eversholt Street": a centre written anywhere with a street address after it
    is a building where the meeting was held, and so is every other mention of the same name ("next
    meeting: …, Crowndale Centre.")."""
    out: set[str] = set()
    for hit in hits:
        name = text[hit.start:hit.end]
        if name.endswith(("Centre", "Center")) and name not in out and _street_address_after(text, hit.end):
            out.add(name)
    return out


# ", 218 Eversholt Street", ", 4a Mill Lane": a house number and a street's name
_ADDRESS_AFTER = re.compile(r",[ \t]*\d{1,4}[A-Za-z]?[ \t]+((?:[A-Z][\w’'-]*[ \t]+){1,3}[A-Z][a-z]+)\b")


def _street_address_after(text: str, end: int) -> bool:
    m = _ADDRESS_AFTER.match(text, end)
    return m is not None and m.group(1).split()[-1] in lexicon().words("street_word")


def _a_street(text: str, start: int, words: list[str]) -> bool:
    """ "of Vallis Way", "in Station Road": a street's name after a preposition of place."""
    lex = lexicon()
    if not words or words[-1] not in lex.words("street_word"):
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m.group(1).lower() in lex.lower_set("place_preposition")


def _a_compass_area(text: str, start: int, words: list[str]) -> bool:
    """ "in Fellside West", "across Lakeby North": a ward's or district's name (a compass point last)
    after a preposition of area."""
    lex = lexicon()
    if len(words) < 2 or words[-1] not in lex.words("compass_word"):
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m.group(1).lower() in lex.lower_set("area_preposition")


def _spoken_after(text: str, end: int) -> bool:
    """'… gave', '… to circulate': a verb of speech or an undertaking right after a word."""
    return _SPEECH_AFTER().match(text, end) is not None


_speech_after_cache: list[re.Pattern[str]] = []


def _SPEECH_AFTER() -> re.Pattern[str]:
    if not _speech_after_cache:
        verbs = word_alternation("speech_verb")
        _speech_after_cache.append(re.compile(rf"[ \t]+(?:also[ \t]+)?(?:{verbs})\b"))
    return _speech_after_cache[0]


def _initials_of_people(entries: list[AttendanceEntry]) -> dict[str, AttendanceEntry]:
    """Initials standing for one attendee: as the list gives them ("AB Alice Brown", "Alice Brown (AB)"),
    else the first letters of given name(s) and surname when no two attendees share them."""
    given: dict[str, AttendanceEntry] = {}
    derived: dict[str, list[AttendanceEntry]] = {}
    for entry in entries:
        if entry.initials:
            given.setdefault(entry.initials.strip(), entry)
        name = parse_person_name(entry.name)
        if name.given and name.surname:
            derived.setdefault("".join(g[0] for g in name.given).upper() + name.surname[0].upper(), []).append(entry)
    out = {k: v[0] for k, v in derived.items() if len(v) == 1 and len(k) >= 2}
    out.update(given)
    return out


def attendance_affiliation(entry: AttendanceEntry) -> tuple[str | None, list[str]]:
    """The role and organisations of an attendee, read again from the parenthesis when the
    segmenter's split of it disagrees with the text.

    '(Kent Police and Crime Commissioner)' names one body and the office the person holds;
    'Democratic Services Officer' is a job title, not the body 'Democratic Services';
    'Chief Executive, Office of the Police and Crime Commissioner' is a role and one body; initials
    in the parenthesis ('Charlotte Hudson (CH)') are the person's, never a body.
    """
    role, orgs = _affiliation(entry.name, entry.initials, tuple(entry.organisations), entry.as_written, entry.role)
    return role, list(orgs)


_IN_BRACKETS = re.compile(r"\([^()]*\)")
# a post held for a ward: "Ward Member", "ward councillor", "Ward Panel Chair"
_WARD_POST = re.compile(r"\b[Ww]ard\b|\bWARD\b")
_AFFILIATION_SEPARATOR = re.compile(r"[,;|()\t]|[ \t][–—-][ \t]|[ ]{3,}")


@lru_cache(maxsize=16384)
def _affiliation(name: str, initials: str | None, organisations: tuple[str, ...], as_written: str | None,
                 role: str | None) -> tuple[str | None, list[str]]:
    """:func:`attendance_affiliation` from the entry's fields: cached, as the same attendees with the
    same affiliations come back in meeting after meeting (and twice in each document). The cached
    list is shared: callers get a copy."""
    role, orgs = _affiliation_read(name, initials, organisations, as_written, role)
    orgs = [_without_area_after_comma(_without_department_after_acronym(_without_common_noun_tail(o))) for o in orgs]
    # ("Lakeside Council Education": the council, its department no body)
    orgs = [council_without_department(o) for o in orgs]
    if role and _WARD_POST.search(role):
        # "(Ward Member, Central Lakeby)": after a ward's post the place is the ward, no body, unless
        # its name says it is one
        orgs = [o for o in orgs if looks_like_organisation(o)]
    # "Democratic Services, Halton Council", "(Deputy Police and Crime Commissioner)", "(AKe)": a
    # department, a post or the person's own initials read as a body is none
    return role, [o for o in orgs if not is_department_name(o.split()) and not is_post_name(o)
                  and not are_own_initials(name, o.strip()) and not _names_an_area(o)
                  and not _initials_of_the_role(role, o.strip())]


def _initials_of_the_role(role: str | None, acronym: str) -> bool:
    """ "Deputy Chief Constable (DCC)", "Chief Constable, Lakeshire Police (CC)": capitals in brackets
    that are the initials of the attendee's post abbreviate the post, no body."""
    if not role or not acronym.isupper() or not 2 <= len(acronym) <= 5 or not acronym.isalpha():
        return False
    return "".join(w[0] for w in re.findall(r"\b[A-Z][a-z]+", role.split("(", 1)[0])) == acronym


# "(North East region)", "(Lakes area)": the area an attendee's body covers, in lower case after its name
_AREA_WORDS = frozenset({"region", "area", "division", "district", "patch"})


def _names_an_area(affiliation: str) -> bool:
    words = affiliation.split()
    return len(words) >= 2 and words[-1] in _AREA_WORDS


_SPACED_DASH = re.compile(r"[ \t][–—-][ \t]")


def _body_dash_area(written: str) -> bool:
    """ "National Probation Service - Lakeshire" in a "Representing" column: a known body, a dash and
    the area of its branch (capitalised words, neither a post nor a department nor a body) is the
    branch's name, written whole as "Probation Service North West" is."""
    parts = _SPACED_DASH.split(written)
    if len(parts) != 2 or not _gazetteer.organisations().lookup(parts[0].strip()):
        return False
    area = parts[1].split()
    departments = _department_words_set()
    return 1 <= len(area) <= 3 and all(w[:1].isupper() and w.lower() not in departments for w in area) \
        and not has_person_role_word(parts[1]) and not looks_like_organisation(parts[1]) \
        and not is_acronym(parts[1].strip())


def _without_area_after_comma(affiliation: str) -> str:
    """ "Lakes Constabulary, South Lakeby" in a "Representing" column: a known body, then the area or
    station the attendee serves after a comma; the body is the known name (a name known whole with its
    comma, or whose part after the comma names a body itself, stays as written)."""
    body, comma, area = affiliation.partition(", ")
    gaz = _gazetteer.organisations()
    if not comma or gaz.lookup(affiliation) or not gaz.lookup(body) or looks_like_organisation(area) \
            or gaz.lookup(area) or not all(w[:1].isupper() for w in area.split()):
        return affiliation
    return body


_BODY_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")


def _without_department_after_acronym(affiliation: str) -> str:
    """ "(Lakes CBC Community Safety)", "(LUHB Safeguarding)": a body known by its acronym, then the
    department the attendee works in, named by function words alone; the body is the name up to the
    acronym."""
    words = affiliation.split()
    k = len(words)
    departments = _department_words_set()
    # (capitalised: "IDVA service" names a service, lower case, see _without_common_noun_tail; a name
    # in capitals throughout, "LAKES FIRE AND RESCUE SERVICE", holds no acronym to end at)
    while k > 1 and words[k - 1][:1].isupper() and not words[k - 1].isupper() \
            and words[k - 1].lower() in departments:
        k -= 1
    if k == len(words) or not _BODY_ACRONYM.fullmatch(words[k - 1]):
        return affiliation
    return " ".join(words[:k])


@lru_cache(maxsize=1)
def _department_words_set() -> frozenset[str]:
    from ..segment.common import terms
    return frozenset(terms()["department_words"])


def _without_common_noun_tail(affiliation: str) -> str:
    """ "Merry Hill Centre security": lower-case words after a body's name name its team or its work,
    no part of the name; the body is the capitalised name before them."""
    words = affiliation.split()
    k = len(words)
    while k > 0 and words[k - 1].islower():
        k -= 1
    if k == len(words) or k < 2:
        return affiliation
    name = " ".join(words[:k])
    return name if looks_like_organisation(name) else affiliation


def _affiliation_read(name: str, initials: str | None, organisations: tuple[str, ...], as_written: str | None,
                      role: str | None) -> tuple[str | None, list[str]]:
    initials_of_name = {initials, own_initials(name)}
    # "Present", "In attendance" from an attendance column: a list label is never a body
    orgs = [o for o in organisations if o.strip() not in initials_of_name and not is_list_label(o)]
    written = (as_written or "").strip()
    if _IN_BRACKETS.fullmatch(written):      # "(Kent Police)" from a keyed line: the name inside
        written = written[1:-1].strip()
    if not written:
        return role, orgs
    gaz = _gazetteer.organisations()
    if gaz.lookup(written):
        return (written if is_office(written) else role), [written]
    # the columns and parentheses of the affiliation as written: "(Chair) | Surrey County Council"
    # ("Counsel, instructed by Lakes Law Solicitors": the body after the words that say whom they spoke for)
    parts = [without_speaking_for(p.strip()) for p in _AFFILIATION_SEPARATOR.split(written) if p.strip()]
    pieces = set(parts) | {q for p in parts for q in _slash_parts(p)}
    # names the segmenter kept whole although they hold a comma ("Kent, Surrey and Sussex CRC")
    pieces |= {", ".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 2, min(len(parts), i + 3) + 1)}
    # a name the segmenter kept with its bracket ("Probation Service (Wales)"), as written
    pieces |= {o for o in orgs if "(" in o and o in written}
    # no body read at all is no agreement: "Borough Commander, London Fire Brigade" taken whole as a role
    if orgs and all(o in pieces for o in orgs):
        return role, orgs
    if len(orgs) == 1 and orgs[0] == written and _body_dash_area(written):
        return role, orgs
    # the segmenter cut a name or a job title apart: read the parts again
    found = [p for p in parts if gaz.lookup(p) or (looks_like_organisation(p) and not has_person_role_word(p))]
    if found:
        rest = [p for p in parts if p not in found]
        return (", ".join(rest) or role), found
    known = [o for o in orgs if gaz.lookup(o)]
    if known:
        return role, known
    body = _body_column_after_post(written)
    if body is not None:
        return written[:written.index("\t")].strip(), [body]
    return (written if has_person_role_word(written) else role), []


def _body_column_after_post(written: str) -> str | None:
    """ "Chief Executive<TAB>Jersey Domestic Abuse Support": in an attendance table of two columns after
    the name, a post in the first makes the second the person's body, though its name has no head
    word ("Support", "Trust"); a second column that is itself a post ("Chair") is none."""
    columns = [c.strip() for c in written.split("\t") if c.strip()]
    if len(columns) != 2 or not has_person_role_word(columns[0]):
        return None
    body = columns[1]
    words = body.split()
    if len(words) < 2 or has_person_role_word(body) or not all(w[0].isupper() or w in _NAME_LINKS for w in words):
        return None
    return body


# lower-case words inside a body's name ("Jersey Probation and After-Care Service")
_NAME_LINKS = frozenset({"and", "of", "for", "the", "&", "in", "on"})


def _known_names(names: list[str], tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """Full names already known in the document (attendance, owners), found again anywhere.

    One token-trie pass instead of a regex compiled for every document; a trailing possessive is
    left out of the span ("Jo Hawkins's report" names Jo Hawkins).
    """
    matcher = TermMatcher()
    for name in names:
        if len(name.split()) >= 2:
            matcher.add(name, name, case_sensitive=True)
    if not matcher.size:
        return []
    return [(h.start, _without_possessive(text, h.start, h.end)) for h in matcher.find_longest(tokens)]


def _slash_parts(name: str) -> list[str]:
    """'KCC/NHS' → ['KCC', 'NHS']; 'Maidstone BC/CSP' → ['Maidstone BC', 'CSP'] (a bare head stays bare)."""
    return [p.strip() for p in name.split("/") if p.strip()]


_PLAIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*")


def _is_personal_initials(pair: AcronymPair, people: list[str], text: str) -> bool:
    """'Charlotte Hudson (CH)': initials after a person's name, not an acronym being defined.

    True when the expansion is the name of a known person (titles aside), or when the expansion is
    shaped like a personal name and the short form is used elsewhere as a speaker or owner.
    """
    expansion = pair.expansion.strip()
    if _gazetteer.organisations().lookup(expansion):
        return False        # "Community Justice Scotland (CJS)": a known body, whatever a list misread as a name
    bare = person_key(expansion)
    if any(person_key(p) == bare or person_key(p).endswith("-" + bare) for p in people):
        return True
    words = expansion.split()
    if not 2 <= len(words) <= 3 or not all(_PLAIN_NAME_WORD.fullmatch(w) for w in words):
        return False
    if _gazetteer.topics().lookup(expansion) or looks_like_organisation(expansion) or is_role_phrase(words):
        return False
    if _after_area_preposition(text, pair.start):
        return False        # "deaths in Cwm Taf Morgannwg (CTM)": an area's initials
    later = [m for m in re.finditer(rf"(?<![\w-]){re.escape(pair.acronym)}(?![\w-])", text) if m.start() >= pair.end]
    # "the SNA be shared", "circulate the final SNA to the CSPs": a thing takes an article, a person's
    # initials never do, however the words after them read like an owner's task ("SNA to …")
    if any(_in_noun_phrase(text, m.start()) for m in later):
        return False
    return any(_spoken_after(text, m.end()) for m in later)


@lru_cache(maxsize=1)
def _provider_verb_re() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in lexicon().words("provider_verb"))
    return re.compile(rf"\b(?:{verbs})[ \t\n]+by[ \t\n]+(?:the[ \t\n]+)?$")


def _after_provider_verb(text: str, start: int) -> bool:
    """ "the substance misuse service run by Westminster Drug Project (WDP)": a body that runs a service."""
    return _provider_verb_re().search(text, max(0, start - 24), start) is not None


def _on_own_attendance_line(pair: AcronymPair, attendance: list[AttendanceEntry], text: str) -> bool:
    """ "Ann Tarn, Director of Nursing, NHS Lakeshire Integrated Care Board (AT)": the initials
    closing an attendee's line are the attendee's (read as such by the segmenter), not an acronym of
    the body written before them."""
    line_start = text.rfind("\n", 0, pair.start) + 1
    return any(e.initials == pair.acronym and line_start <= e.span.start < pair.start for e in attendance)


def _definitions(text: str, people: list[str], attendance: list[AttendanceEntry] = ()
                 ) -> tuple[list[AcronymDefinition], list[AcronymPair]]:
    pairs = [p for p in first_definitions(find_acronym_pairs(text)) if not _is_personal_initials(p, people, text)
             and not _on_own_attendance_line(p, attendance, text)]
    definitions = []
    for pair in pairs:
        kind, key = classify_acronym(pair.acronym, pair.expansion)
        if kind != "organisation" and _after_provider_verb(text, pair.start):
            kind, key = "organisation", organisation_key(strip_article(pair.expansion))
        if pair.glossary_row and kind == "organisation":
            # "| CSP | Community Safety Partnership |": a glossary explains the term its short form stands
            # for (often a kind of body); the bodies themselves are those the text names
            kind, key = "other", None
        definitions.append(AcronymDefinition(acronym=pair.acronym, expansion=pair.expansion,
                                             span=Span(pair.start, pair.end),
                                             target_kind=kind, target_key=key))  # type: ignore[arg-type]
    return definitions, pairs


# the most words of the place a body's name opens with ("Lakeby and North East Fellside")
_MOST_PLACE_WORDS = 5
_PLACE_LINKS = frozenset({"and", "&", "of", "upon", "on"})


def _place_words(words: list[str]) -> bool:
    """Words that read as a place: capitalised (links such as "and" between), none a word of bodies'
    names ("Home Office Quality Assurance Panel" opens with a body, not a place) nor an acronym."""
    return bool(words) and words[0][:1].isupper() and words[-1] not in _PLACE_LINKS and all(
        (w[:1].isupper() and not is_generic_word(w) and not is_acronym(w)) or w in _PLACE_LINKS for w in words)


def find_mentions(record: MeetingRecord) -> Mentions:
    """People, organisations, topics, legislation, acronym definitions and money in one document."""
    text = record.source.text
    tokens = tokenize(text)
    builder = _Builder(record, text, tokens, _ItemLocator(record))
    people = [e.name for e in record.attendance] + [o.name for it in record.items for a in it.actions
                                                    for o in a.owners if o.kind == "person"]
    definitions, pairs = _definitions(text, people, record.attendance)
    builder.out.acronyms = definitions
    builder.find_organisations(definitions, pairs)
    builder.localise_organisations(definitions, pairs)
    builder.acronyms_for_placed_names(definitions, pairs)
    builder.bare_names_of_placed_bodies()
    acts = find_legislation(text, tokens)
    builder.act_spans = [(hit.start, hit.end) for hit in acts] + bill_titles(text)
    builder.find_people()
    builder.find_topics(definitions, builder.act_spans)      # a Bill's title, like an Act's, names no theme
    items = builder.items
    for hit in acts:
        builder.out.legislation.append(Mention(kind="legislation", text=hit.text, span=Span(hit.start, hit.end),
                                               key=hit.key, item_position=items.at(hit.start), section=hit.section))
    for hit in find_money(text):
        builder.out.money.append(MoneyAmount(text=hit.text, value=hit.value, currency="GBP",
                                             span=Span(hit.start, hit.end), item_position=items.at(hit.start)))
    out = builder.out
    for group in (out.people, out.organisations, out.topics, out.legislation):
        group.sort(key=lambda m: (m.span.start, m.span.end, m.key))
    return out
