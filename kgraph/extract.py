"""Extract stage: :class:`Segmented` → :class:`MeetingRecord` (decisions, actions, meeting refs).

Counting rules (see the gold README): one Decision per formal resolution and one per sub-point
((i), (ii), a), 1., bullets after "as follows:"; the lead-in is not one more); narrative
"It was noted that …" is not a decision; a narrative agreement that a formal resolution of the
same item restates is not one either. Actions come from "Action: Name/Name" lines (one owner
per name) and from prose follow-ups clearly assigned to a named person.

``mentions`` is left empty: the entity stage fills it.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import MONTHS, dates_in_name, day_months, find_dates, partial_dates, short_year_dates, written_years, year_of
from .model import (Action, AgendaItem, AttendanceEntry, Decision, Header, ItemSegment, MeetingRecord,
                    MeetingRef, Owner, Paragraph, Segmented, Span)
from .segment import (_ACTION_LABEL, BARE_DECISION, _alternation, _compiled, _org_word_re, cell_lines,
                      english_half, is_shouted_titled_name, job_re, segment, terms)

# --------------------------------------------------------------------------- small helpers


def _trim(text: str, s: int, e: int, chars: str = " \t\n\u00a0*_") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


_SPACES = re.compile(r"\s+")
_NOT_TITLE_CHARS = re.compile(r"[^\w\s&']")
_WORD_CHAR = re.compile(r"\w")
_INITIAL = re.compile(r"[A-Z]\.?")


def _norm(s: str) -> str:
    return _SPACES.sub(" ", s).strip().lower()


_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "cllr", "supt", "insp", "e.g", "i.e", "etc", "vs", "cf",
                  "approx", "para", "paras", "ref", "sgt", "prof", "rev", "nos", "fig"}


def sentence_bounds(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    """The sentence of text[s:e] that holds ``pos`` (stops after "." unless it ends an abbreviation)."""
    start = s
    i = s
    while i < pos:
        if text[i] in ".!?" and _ends_sentence(text, s, i, e):
            start = i + 1
        i += 1
    end = e
    i = pos
    while i < e:
        if text[i] in ".!?" and _ends_sentence(text, s, i, e):
            end = i + 1
            break
        i += 1
    return _trim(text, start, end)


def _ends_sentence(text: str, s: int, i: int, e: int) -> bool:
    if i + 1 < e and not text[i + 1].isspace():
        return False
    j = i
    while j > s and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:i].lower()
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and text[j:i].isupper()):
        return False
    return True


# --------------------------------------------------------------------------- enumerators


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman_value(s: str) -> int | None:
    s = s.lower()
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for k, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if k + 1 < len(s) and _ROMAN[s[k + 1]] > v else v
    return total


def enumerator_style(enum: str | None, prefer_roman: bool = True) -> tuple[str, int] | None:
    """("paren-arabic", 3) for "(3)", ("dot-roman", 2) for "ii.", ("bullet", 0) for "•"."""
    if not enum:
        return None
    if len(enum) == 1 and not enum.isalnum():
        return ("bullet", 0)
    shape = "paren" if enum.startswith("(") else ("close" if enum.endswith(")") else "dot")
    core = enum.strip("().")
    if core.isdigit():
        return (f"{shape}-arabic", int(core))
    roman = _roman_value(core)
    if roman is not None and (prefer_roman or len(core) > 1):
        return (f"{shape}-roman", roman)
    if len(core) == 1 and core.isalpha():
        return (f"{shape}-alpha", ord(core.lower()) - 96)
    return None


def _is_action_para(text: str, p: Paragraph) -> bool:
    # (a cheap look for the label's word first; "AP3:" is the action point's abbreviation)
    if text.find("ction", p.span.start, p.span.start + 16) < 0 and \
            text.find("CTION", p.span.start, p.span.start + 16) < 0 and \
            text.find("AP", p.span.start, p.span.start + 8) < 0:
        return False
    if not _ACTION_LABEL.match(text, p.span.start, p.span.end):
        return False
    # "Action<TAB>Owner<TAB>Due": the header row of a table of actions, no action of its own
    nl = text.find("\n", p.span.start, p.span.end)
    return "\t" not in text[p.span.start:p.span.end] or \
        not _action_header_row(text[p.span.start:p.span.end if nl < 0 else nl])


# "Ref      Item   Decision" over "D23/09   3   Minutes of … approved": a log of the meeting's decisions
# after its items, each row restating an item's outcome; its rows are no decisions of the item it closes
_LOG_CELL_GAP = re.compile(r"\t|[ ]{2,}|[ \t]*\|[ \t]*")


def _is_decision_log_para(text: str, p: Paragraph) -> bool:
    """A paragraph opening with a table header row of a reference or number column and a decision column."""
    nl = text.find("\n", p.span.start, p.span.end)
    first = text[p.span.start:p.span.end if nl < 0 else nl]
    cells = [_norm(c) for c in _LOG_CELL_GAP.split(first) if c.strip()]
    if not 2 <= len(cells) <= 4 or nl < 0:
        return False
    return any(c in terms()["item_table_number_headers"] for c in cells) and \
        any(c in terms()["item_table_decision_headers"] for c in cells)


# a printed page's number standing alone: "Page 2 of 5", "Page 2", "- 2 -"
_PAGE_NUMBER_PARA = re.compile(r"[ \t]*(?:page[ \t]+\d+(?:[ \t]+of[ \t]+\d+)?|-[ \t]*\d+[ \t]*-)[ \t]*", re.IGNORECASE)


def _past_page_break(text: str, paras: list[Paragraph], j: int) -> int:
    """The paragraph after a page break at paras[j] of a printed copy: its page number ("Page 2 of 5")
    and the running header on top of the next page, a one-line paragraph printed on other pages too
    ("Police and Crime Panel - 1 February 2024"). A list of sub-points goes on across them. j when
    paras[j] is no page number."""
    if j >= len(paras):
        return j
    # a PDF's text may hold the whole break in one paragraph: "Page 1 of 5", the form feed, and the
    # next page's running header (a line printed on other pages too)
    lines = [line for line in (raw.strip(" \t\f") for raw in
                               text[paras[j].span.start:paras[j].span.end].split("\n")) if line]
    if not lines or len(lines) > 2 or not _PAGE_NUMBER_PARA.fullmatch(lines[0]) or \
            (len(lines) == 2 and text.count(lines[1]) < 2):
        return j
    j += 1
    if len(lines) == 2:
        return j
    if j < len(paras) and paras[j].enumerator is None:
        line = text[paras[j].span.start:paras[j].span.end].strip()
        if line and "\n" not in line and text.count(line) > 1:
            j += 1
    return j


# a recommendation's outcome word wrapped onto a line of its own under it: "APPROVED", "NOTED"
_OUTCOME_WORD_PARA = re.compile(r"[ \t*_]*(?:APPROVED|NOTED|AGREED|CARRIED|ENDORSED|RESOLVED|ACCEPTED)[ \t*_.]*")


def collect_subpoints(text: str, paras: list[Paragraph], start: int, first_value: int = 1) -> list[int]:
    """Indices of the enumerated sub-points that follow a lead-in at paras[start-1]:
    one style, counting from 1 / i / a (any number of bullets), "Action:" lines skipped;
    ``first_value`` 2 when the lead-in's own line held the first sub-point."""
    out: list[int] = []
    j = _past_page_break(text, paras, start)
    while j < len(paras) and _is_action_para(text, paras[j]):
        j += 1
    if j >= len(paras):
        return out
    first = enumerator_style(paras[j].enumerator)
    if first is None:
        return out
    style, value = first
    if style.endswith("roman") and value != first_value:          # "(c)", "(d)" read as letters
        first = enumerator_style(paras[j].enumerator, prefer_roman=False)
        if first is None:
            return out
        style, value = first
    if style != "bullet" and value != first_value:
        return out
    expected = first_value
    roman = style.endswith("roman")
    while j < len(paras):
        p = paras[j]
        if _is_action_para(text, p):
            j += 1
            continue
        if (after_break := _past_page_break(text, paras, j)) > j:
            j = after_break
            continue
        if out and _OUTCOME_WORD_PARA.fullmatch(text, p.span.start, p.span.end):
            j += 1          # "APPROVED" wrapped onto a line of its own: the sub-point above's outcome
            continue
        st = enumerator_style(p.enumerator, prefer_roman=roman)
        if st is None or st[0] != style or (style != "bullet" and st[1] != expected):
            break
        out.append(j)
        expected += 1
        j += 1
    return out


# --------------------------------------------------------------------------- decision kinds

_OWN_VERB = re.compile(
    r"(?:that\s+)?(?:(?:the|this|these|all)\s+)?(?:[\w&'’/-]+\s+){0,3}?(?:(?:also|further|formally|unanimously)\s+)?"
    # "Agreement be given" / "in agreement" (not a document's name: "the Community Safety Agreement 2017-20 be approved")
    # ("Notes agreed as an accurate record": the notes are the record agreed, not the verb)
    r"(?P<verb>noted|notes(?!\s+(?:(?:was|were)\s+)?(?:agreed|approved|confirmed|accepted|adopted)\b)|note|agreed|agree|agrees|agreement(?=\s+(?:be|was|is|were)\s+given\b)|(?<=in\s)agreement|"
    r"approved|approve|approves|approval|endorsed|endorses|endorse)\b"
    r"(?!\s+of\b)", re.IGNORECASE)
_PASSIVE_VERB = re.compile(r"\b(?:be|been|was|were|is|are)\s+(?:(?:duly|hereby|formally|unanimously|also)\s+)?"
                           r"(?P<verb>noted|agreed|approved|endorsed|adopted|accepted|ratified)\b|\bin\s+(?P<agreement>agreement)\b",
                           re.IGNORECASE)
_KIND_OF_VERB = {"noted": "noted", "note": "noted", "notes": "noted", "endorses": "approved", "agreed": "agreed", "agree": "agreed", "agrees": "agreed",
                 "agreement": "agreed", "approved": "approved", "approve": "approved", "approves": "approved",
                 "approval": "approved", "endorsed": "approved", "endorse": "approved", "adopted": "approved",
                 "adopt": "approved", "accepted": "agreed", "accept": "agreed", "ratified": "approved",
                 "ratify": "approved"}


def decision_kind(text: str, fallback: str = "resolved") -> str:
    """The decision's own verb (noted/agreed/approved, incl. "be noted", "Approval be given"),
    else the kind of its lead-in (``fallback``), else "resolved"."""
    head = text.lstrip(" \t\n*_")
    m = _OWN_VERB.match(head)
    if m:
        # "endorse" is none of the kinds (agreed/noted/approved): the decision takes its lead-in's
        # kind ("The Group agreed: to endorse …" → agreed), else resolved
        verb = m["verb"].lower()
        return fallback if verb.startswith("endors") else _KIND_OF_VERB[verb]
    m = _PASSIVE_VERB.search(head)
    if m:
        return "agreed" if m["agreement"] else _KIND_OF_VERB[m["verb"].lower()]
    return fallback


# --------------------------------------------------------------------------- decisions

# "RESOLVED that", "Resolved:", "It was RESOLVED that", "AGREED:", "Decision –"; the weaker words
# count as labels only when shouted or followed by a colon/dash ("It was agreed that" is narrative)
_RESOLVED_AT_START = re.compile(
    # ("It was **RESOLVED** that …": the word in bold inside the sentence; the paragraph's own opening
    # markup is no part of its text)
    r"(?i:it\s+was\s+|and\s+)?(?:\*\*|__)?(?i:(?:unanimously|further|therefore|also)\s+)?(?P<word>(?i:resolved)|AGREED|DECIDED|"
    r"DECISION|RECOMMENDED|OUTCOME|(?:NOTED|Decision|Agreed|Decided|Noted|Outcome|Recommended)(?=\s*[:–—-])|"
    # "Decision" / "Decisions" as a heading alone on its line (Scottish committee minutes), the
    # outcome written below it ("To note the report.", "(1) To agree …")
    r"Decisions?(?=[ \t*_]*(?:$|\n))|"
    # "Outcome" alone on its line: the sub-heading of an item written as "Discussion" / "Outcome" /
    # "Actions", the item's outcome on the lines below it
    r"Outcomes?(?=[ \t*_]*(?:$|\n))|"
    # "DECISION 3" over "AGREED that …" (decisions numbered across the items): the heading, its decision below
    r"(?:DECISION|Decision)[ \t]+\d{1,3}(?=[ \t*_]*\n)|"
    # "What we decided:", "What was agreed:": a plain-English house style's label of the outcome
    # (beside "What we heard:" and "What happens next:")
    r"(?i:what[ \t]+(?:we|was|the[ \t]+[\w-]+)[ \t]+(?:decided|agreed))(?=[ \t*_]*:)|"
    # "Approved: £9,800 from the reserve …": what was approved, labelled like "Agreed:"
    r"(?:APPROVED|Approved)(?=[ \t]*:)|"
    # "Recommendation:" / "RECOMMENDATIONS:" above "(1) That …": what the meeting recommends to its parent body
    r"(?:RECOMMENDATIONS?|Recommendations?)(?=\s*[:–—-])|"
    # "Resolution: That the report be noted." / "Resolution:" above "(a) That …": the label of the
    # meeting's resolution, as "Resolved:" is (only with its colon or dash: "Resolution of …" is prose)
    r"(?:RESOLUTIONS?|Resolutions?)(?=\s*[:–—-])|"
    # "Recommended that …" opening a paragraph: the committee's recommendation to its parent body
    r"Recommended(?=\s+(?:to\s+[^\n]{1,80}?\s+)?that\b)|"
    # "Agreed that …" opening a paragraph records the meeting's decision; "It was agreed that …"
    # inside discussion stays narrative (lowercase, and the lookbehind refuses "was Agreed")
    r"(?<!was\s)Agreed(?=\s+that\b)|"
    # "It was agreed:" (the colon makes it a lead-in of what was agreed, like "Agreed:")
    r"(?<=[Ii]t\swas\s)(?:agreed|decided)(?=[ \t]*:)|"
    # "Also agreed: to ask …" after a recommendation: a second outcome, labelled as "Agreed:" is
    r"(?<=[Aa]lso\s)(?:agreed|decided|resolved)(?=[ \t]*:))(?i:\s+(?:unanimously|accordingly))?,?"
    # "**RESOLVED** (Lakeby Board only) that …": bold closing after the word, then a note of which of
    # the bodies at a joint meeting resolved (or of the vote) in brackets
    r"(?:(?<=[A-Za-z])(?:\*\*|__))?(?:(?:(?<=(?i:resolved))|(?<=(?i:resolved)\*\*)|(?<=(?i:resolved)__))[ \t]*\([^()\n]{1,80}\))?"
    # "RECOMMENDED to Cabinet that …": the body the recommendation goes to, before its "that"
    r"(?:(?:(?<=RECOMMENDED)|(?<=Recommended))\s+to\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for)){0,6}?"
    # ("RECOMMENDED to Cabinet:" over its numbered points: the colon closes the label as "that" does)
    r"(?=\s+that\b|[ \t]*:))?"
    # ("RESOLVED:-", "RESOLVED: -": the colon and dash of formal printed minutes are one label;
    # "RESOLVED/-": a slash in the colon's place, as some panels print it)
    r"(?:\s*(?:[:–—-]|/(?=[ \t]*[-–—]))(?:[ \t]*[-–—])?\s*(?:(?i:that)\b\s*)?|\s+(?i:that)\b\s*:?\s*|\s*$|\s+(?=[A-Z(])|"
    # "RESOLVED to note the report.", "AGREED to add an item …": the resolution as an infinitive
    # (shouted, so not narrative)
    r"(?:(?<=RESOLVED)|(?<=AGREED))\s+(?=to\s+[a-z])|"
    # "RESOLVED, pursuant to the Local Government Act 1972 …, that the public be excluded": the
    # resolution opens with the power it is made under (the comma shows the word is the label)
    r"(?<=RESOLVED,|Resolved,)\s+(?=[a-z]))")
# inside a paragraph only the shouted words count: "Following a vote, it was RESOLVED: …", "It was
# proposed by Councillor X, seconded by Mr Y and AGREED that …" (a motion put and carried), with the
# vote in brackets ("and RESOLVED (5 in favour, 2 abstentions): 1. …"), or the resolution as an
# infinitive ("… thanked PCSO Vaughan and it was RESOLVED to note the police report.")
# ("Moor Street footpath: JAG AGREED to close this location …": a tasking note's location, then the
# body's shouted agreement as an infinitive)
# (a PDF's text runs "… the motion was lost. RECOMMENDED to Cabinet that:" on in one paragraph)
# (the vote's bracket may wrap: "RESOLVED (unanimously of those\nvoting) that …"; an infinitive may
# follow it: "RESOLVED (unanimously) to recommend …")
_RESOLVED_INSIDE = re.compile(r"\b(?:it\s+was\s+)?(?:(?:unanimously|further)\s+)?(?P<word>RESOLVED|AGREED|CARRIED|RECOMMENDED)"
                              r"(?:\s+unanimously)?(?:[ \t]*\((?:[^()\n]|\n(?![ \t]*\n)){1,80}\))?,?"
                              r"(?:(?<=RECOMMENDED)\s+to\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for)){0,6}?"
                              r"(?=\s+that\b|[ \t]*:))?"
                              r"(?:\s*[:–—-]\s*|\s+that\b\s*:?\s*|(?:(?<=RESOLVED)|(?<=AGREED)|(?<=\)))\s+(?=to\s+[a-z]))")
_SHOUTED_DECISION = re.compile(r"RESOLVED|AGREED|CARRIED|RECOMMENDED")
# "… in January. Agreed: the Partnership extends the timescale …": a label with its colon opening a
# sentence inside a paragraph (a numbered note's row, or a PDF's paragraph run on) labels the
# decision as it does at a paragraph's start
_LABEL_AFTER_SENTENCE = re.compile(r"(?<=[.!?])[ \t]+(?P<word>Agreed|Resolved|Decided|Decision)[ \t]*:[ \t]*(?=\S)")
# "Members resolved that the work programme be agreed …" in one sentence: the body resolving is a
# resolution however it is written (unlike "agreed that", which may report an opinion); the decision
# is what follows "that", as after "RESOLVED that"
_RESOLVED_AFTER_SUBJECT = re.compile(r"\s+(?:(?:also|further|unanimously)\s+)?(?P<word>resolved)(?:\s+unanimously)?,?"
                                     r"\s+that\b\s*:?\s*", re.IGNORECASE)
_WORD_KIND = {"resolved": "resolved", "agreed": "agreed", "decided": "resolved", "decision": "resolved",
              "noted": "noted", "carried": "agreed", "recommended": "resolved", "outcome": "resolved",
              "recommendation": "resolved", "recommendations": "resolved", "approved": "approved",
              "resolution": "resolved", "resolutions": "resolved"}
# sub-points written inline: "(i) … (ii) …", "1. … 2. …", "a) … b) …"
_INLINE_SUB = re.compile(r"(?:(?<=\s)|^)(?P<m>\((?P<v>\d{1,2}|[ivx]{1,5}|[a-h])\)|(?P<v2>\d{1,2}|[ivx]{1,5}|[a-h])[.)])\s+")
_TRAILING_JOINER = re.compile(r"(?:[;,]\s*(?:and|or)?|\s+and|\s+or)\s*$", re.IGNORECASE)
_NOTED_SENTENCE = re.compile(
    r"(?:the|this|these)\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|is|are|be)\s+(?:duly\s+|unanimously\s+|formally\s+)?"
    r"(?:noted|agreed|approved|endorsed|received|accepted|adopted)(?:\s+(?:unanimously|by\s+[\w ]{1,30}))?\.?",
    re.IGNORECASE)
_MINUTES_APPROVED = re.compile(
    # (a number abbreviation inside is not a full stop: "(Minute Nos. 301 - 309)"; "were taken as read, approved")
    # (Scottish minutes call the record "the minute": "The minute of the meeting held on … was approved")
    # (the sentence may wrap: "… having been circulated to all" / "Members, were taken as read and …")
    r"\b(?:minutes?|notes|record\s+of\s+(?:the\s+)?(?:last\s+|previous\s+)?meeting)\b(?:[^.\n]|\.(?=[ \t]*\d)|\n(?=[ \t]*[A-Za-z])){0,200}?"
    # (Markdown minutes may set the verb in bold: "were **agreed** as a correct record")
    # ("were submitted, approved and signed by the Chairman": the record put to the meeting, then approved)
    r"\b(?:were|was|be|been|are|is)\s+[*_]{0,2}(?:(?:duly|unanimously|formally|then)\s+)?(?:(?:taken\s+as\s+read|submitted),?\s+(?:and\s+)?)?"
    r"(?:agreed|approved|confirmed|signed|accepted|adopted|correctly\s+recorded)\b|\btrue\s+(?:and\s+(?:accurate|correct)\s+)?record\b|"
    # terse notes drop the verb "were": "Notes of 10 January 2019 agreed." / "Minutes of last meeting approved"
    r"\b(?:minutes|notes)\s+of\s+[^.\n]{1,60}?\s(?:agreed|approved|confirmed|accepted)(?=\s*(?:[.;,]|$|as\s))|"
    # or the meeting's date too: "Notes agreed as an accurate record." / "Minutes approved."
    r"\b(?:minutes|notes)\s+(?:agreed|approved|confirmed|accepted)(?=\s*(?:[.;,]|$|as\s))|"
    # notes in the first person: "We went through the note of the meeting on 4th September and agreed
    # it was accurate" (Scottish groups keep a "note" of a meeting)
    r"\b(?:minutes?|notes?)\s+of\s+(?:the\s+)?(?:last\s+|previous\s+)?meeting\b[^.\n]{0,80}?\sand\s+"
    r"(?:agreed|confirmed|accepted)\s+(?:that\s+)?(?:it|they)\s+(?:was|were)\s+(?:an?\s+)?(?:accurate|correct|true)\b",
    re.IGNORECASE)
# "Minute (21) – Data sharing: LE reported that the protocol had been signed …": an entry of the
# actions arising that names the earlier minute it follows up, then its subject
_MINUTE_ENTRY = re.compile(r"(?-i:Minute)[ \t]+(?:(?:No\.?|Number)[ \t]*)?(?:\(\d{1,3}[a-z]?\)|\d{1,3}[a-z]?(?:/\d{2,4})?)"
                           r"[ \t]*[-–—:][ \t]")


def _opens_a_minute_entry(text: str, mm: re.Match) -> bool:
    """The "minute" a record's approval was read from is an entry's citation of one earlier minute
    ("Minute (21) – …"): whatever was signed or agreed in its sentence is not the record."""
    return _MINUTE_ENTRY.match(text, mm.start()) is not None


# a lead-in noting or receiving a list ("noted the following correspondence:", "received the following reports:")
_NOTES_A_LIST = re.compile(r"\b(?:noted|received)\s+the\s+following\b", re.IGNORECASE)
_LEAD_IN_END = re.compile(r"(?::|[-–—]|\bthat|\bas\s+follows|\bthe\s+following(?:\s+\w+)?)\s*[:.]?\s*$", re.IGNORECASE)
_DECISION_VERBS = re.compile(r"\b(?:resolved|agreed|approved|noted|decided|endorsed|supported|agreed\s+to)\b", re.IGNORECASE)


def _body_subject_re(header: Header, deciders: tuple[str, ...] = ()) -> re.Pattern:
    return _body_subject_for(header.body, deciders)


# "Outcome: The Commissioner approved …": who decides at this meeting, as its labelled outcomes say
_LABELLED_DECIDER = re.compile(
    r"^[ \t>*_#-]*(?i:outcomes?|decisions?|agreed|resolved)[ \t*_]*:[ \t*_]*(?i:the)[ \t]+"
    r"(?P<who>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+(?:also[ \t]+)?"
    r"(?i:noted|agreed|approved|endorsed|resolved|decided)\b", re.MULTILINE)


def labelled_deciders(text: str) -> tuple[str, ...]:
    """The subjects of a document's labelled decisions ("Outcome: The Commissioner noted …" →
    "Commissioner"): at a meeting where one office holder decides, the same subject deciding in an
    unlabelled paragraph ("The Commissioner agreed to continue the grant …") is a decision too."""
    if ":" not in text:
        return ()
    return tuple(sorted({_SPACES.sub(" ", m["who"]) for m in _LABELLED_DECIDER.finditer(text)}))


# "We agreed the calendar …", "… We noted the update.": notes written in the first person plural,
# the group itself the subject of its outcomes
_WE_DECIDED = re.compile(r"(?:^|[.!?][ \t]+)We[ \t]+(?:also[ \t]+)?(?:agreed|noted|approved|decided|endorsed)\b",
                         re.MULTILINE)
# two such sentences at least: one "We agreed" may be a speaker quoted ("she said we agreed …")
_MIN_FIRST_PERSON_OUTCOMES = 2


def first_person_deciders(text: str) -> tuple[str, ...]:
    """("We",) for notes whose outcomes the group writes as "We agreed …" / "We noted …", else ():
    in them "We" stands where minutes would write "The Partnership"."""
    if "We " not in text:
        return ()
    found = 0
    for _ in _WE_DECIDED.finditer(text):
        found += 1
        if found >= _MIN_FIRST_PERSON_OUTCOMES:
            return ("We",)
    return ()


def _short_body_acronyms(body: str) -> list[str]:
    """The body's acronym without its place ("Ashford Community Safety Partnership" → "CSP", "ASP" not
    made): minutes call their body "the CSP" as often as "the ACSP". Three letters at least, and only
    as written in capitals (a short acronym in lower case is a word)."""
    initials = [w[0] for w in body.split() if w[:1].isupper()]
    return ["".join(initials[k:]) for k in range(1, len(initials) - 2)]


_ALL_PRESENT = r"(?-i:All|Everyone)(?:\s+present)?(?=\s+(?:agreed|noted|approved|endorsed|supported)\b)"
_JOINT_SUBJECT = r"(?:both|two)\s+(?:bodies|boards|partnerships|committees|panels|groups)"


@lru_cache(maxsize=256)
def _body_subject_for(body: str | None, deciders: tuple[str, ...] = ()) -> re.Pattern:
    """The body as the subject of a sentence: "The Partnership", "Members", "The KCSP", its name."""
    words = [w for w in terms()["body_words"] if w not in {"council", "trust", "authority"}]
    names = [re.escape(d) for d in deciders]
    if body:
        names.append(re.escape(body))
        acronym = "".join(w[0] for w in body.split() if w[:1].isupper())
        if len(acronym) >= 2:
            names.append(re.escape(acronym))
        names.extend(rf"(?-i:{re.escape(a)})" for a in _short_body_acronyms(body))
    # ("Both bodies agreed …", "The two boards noted …": the bodies of a joint meeting deciding together;
    # "All agreed the split.": typed notes of a small group write the whole meeting as "All")
    alternatives = "|".join(names + [rf"(?:{_alternation(words)})(?:\s+members)?", _JOINT_SUBJECT, _ALL_PRESENT])
    return re.compile(
        # ("Following discussion of the results, the Partnership agreed …": what was discussed, named)
        rf"(?:(?:following|after)\s+(?:(?:the|further|some|a)\s+)?(?:discussion|debate|consideration)"
        rf"(?:\s+of\s+[^,.;:\n]{{1,60}}?)?\s*,?\s+|{_PROPOSAL_LEAD}|{_HAVING_LEAD})?"
        rf"(?:the\s+|this\s+)?"
        rf"(?:{alternatives})\b", re.IGNORECASE)


# "Having noted the declaration at item 2, the Forum endorsed …": what the body took into account first
_HAVING_LEAD = r"having\s+(?:noted|considered|heard|received|reviewed|discussed)\s+[^,.;:\n]{1,80}?,\s+"


# "On the proposal of Alderman Kerr, seconded by Ms Quinn, the Partnership agreed: …", "Proposed by
# Cllr A, seconded by Mr B, the Board approved …": the motion's mover and seconder before the body
_PROPOSAL_LEAD = (r"(?:on\s+the\s+proposal\s+of|on\s+a\s+motion\s+(?:by|from)|(?:proposed|moved)\s+by)"
                  r"\s+[^,;\n]{2,60},\s*(?:and\s+)?seconded\s+by\s+[^,;\n]{2,60},\s+")


@lru_cache(maxsize=4096)
def _procedural(title: str) -> bool:
    # cached: a handful of titles ("Apologies", "Minutes of the last meeting") come back in every document
    t = _norm(_NOT_TITLE_CHARS.sub(" ", title))
    if t in terms()["procedural_titles_without_decisions"]:
        return True
    # "Welcome and apologies", "Apologies, substitutes and declarations of interest": every word
    # procedural, and at least one word naming apologies, interests or the like (not just "and")
    words = t.split()
    procedural_words = terms()["procedural_title_words"]
    return bool(words) and all(w in procedural_words for w in words) and \
        any(w in procedural_words and len(w) > 4 for w in words)


def _decision(text: str, s: int, e: int, fallback: str) -> Decision | None:
    s, e = _trim(text, s, e)
    m = _TRAILING_JOINER.search(text, max(s, e - 8), e)   # "…; and" closing a sub-point
    if m and m.start() > s:
        e = m.start()
    s, e = _trim(text, s, e)
    if e <= s or not _WORD_CHAR.search(text, s, e):
        return None
    body = text[s:e]
    if _EMPTY_CELL.fullmatch(body):
        return None       # "**Decisions**" / "- None.": the heading's list says there were none
    return Decision(text=body, span=Span(s, e), kind=decision_kind(body, fallback))  # type: ignore[arg-type]


_SUBJECT_COLON = re.compile(r"[ \t]*[:–—-][ \t]*")


def _after_subject_lead(text: str, s: int, e: int, subject: re.Pattern) -> int:
    """Where the sub-points start after a lead "The Partnership:" (or ``s`` when there is none)."""
    sm = subject.match(text, s, e)
    if sm:
        cm = _SUBJECT_COLON.match(text, sm.end(), e)
        if cm:
            return cm.end()
        # "that the Panel (a) notes …; (b) supports …": the subject shared by lettered points after it
        if text.startswith((" (", "\n("), sm.end()) and _INLINE_SUB.match(text, sm.end() + 1, e):
            return sm.end() + 1
    return s


def _body_resolved(text: str, ps: int, pe: int, subject: re.Pattern) -> re.Match | None:
    """ "Members resolved that …" opening a paragraph: the "resolved that" after the body."""
    sm = subject.match(text, ps, pe)
    return _RESOLVED_AFTER_SUBJECT.match(text, sm.end(), pe) if sm else None


def _decision_start(text: str, ps: int, m: re.Match, subject: re.Pattern) -> int:
    """Where the decision that ``m`` labels starts: after "RESOLVED that", but at the subject of "The
    Board AGREED that …", a sentence whose subject is the body (the minutes' own words, as written);
    after the lower-case "Members resolved that" (a plain sentence, not a shouted label) as well."""
    if m.start() > ps and m["word"].isupper() and (subject.fullmatch(text, ps, _trim(text, ps, m.start())[1])
                                                   or _shouts_an_earlier_verb(text, ps, m.start(), subject)):
        return ps
    return m.end()


# "The Board NOTED the performance report and AGREED that …": the body's first shouted verb
_SHOUTED_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:also\s+)?(?-i:[A-Z]{3,}ED)\b")


def _shouts_an_earlier_verb(text: str, ps: int, label: int, subject: re.Pattern) -> bool:
    """ "The Board NOTED the report and AGREED that …": one sentence of the body with two shouted
    verbs is one decision from its subject on (the first verb its kind), not the clause after "AGREED"."""
    sm = subject.match(text, ps, label)
    return sm is not None and _SHOUTED_VERB_AFTER_SUBJECT.match(text, sm.end(), label) is not None \
        and _SENTENCE_BREAK.search(text, ps, label) is None


def _gives_next_meeting(text: str, p: Paragraph) -> bool:
    """ "Outcome:" over "Next meeting: Wednesday 13 August 2025, 09:30 …": the date of the next
    meeting, labelled as the data's next-meeting titles write it, is a note, not a decision."""
    ps, pe = p.text_span.start, p.text_span.end
    colon = text.find(":", ps, min(pe, ps + 40))
    return colon > ps and _norm(text[ps:colon].strip(" \t*_")) in terms()["next_meeting_titles"]


def _is_lead_in(rest: str) -> bool:
    rest = rest.strip(" \t\n*_")
    if not rest:
        return True
    if _LEAD_IN_END.search(rest[-40:]):
        return True
    words = rest.split()
    return len(words) <= 5 and not _DECISION_VERBS.search(rest) and not rest.endswith(".")


def _inline_subpoints(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """ "RESOLVED that (i) the report be noted; and (ii) the plan be approved", "RESOLVED: 1. … 2. …" on one
    line: the bounds of each sub-point, when the markers run in one style from the first (1, i, a)."""
    marks = list(_INLINE_SUB.finditer(text, s, e))
    if len(marks) < 2:
        return []

    def style_of(m: re.Match, roman: bool = True):
        return enumerator_style(m["m"], prefer_roman=roman)

    style = style_of(marks[0])
    if style is not None and style[0].endswith("roman") and style[1] != 1:   # "(c)" is a letter
        style = style_of(marks[0], False)
    if style is None or style[1] != 1 or text[s:marks[0].start()].strip(" \t\n:*_"):
        return []
    seq = [marks[0]]
    for m in marks[1:]:
        st = style_of(m, style[0].endswith("roman"))
        if st and st[0] == style[0] and st[1] == len(seq) + 1:
            seq.append(m)
    if len(seq) < 2:
        return []
    bounds = []
    for k, m in enumerate(seq):
        end = seq[k + 1].start() if k + 1 < len(seq) else e
        bounds.append((m.end(), end))
    return bounds



def _run_on_subpoints(text: str, paras: list[Paragraph], k: int, rest_s: int, pe: int
                      ) -> tuple[list[tuple[int, int]], list[int]] | None:
    """ "RESOLVED – (1) to note the report;" with "(2) …", "(3) …" as paragraphs of their own: the
    first sub-point shares the resolution's line. Returns the sub-points' bounds and the paragraphs used."""
    me = _INLINE_SUB.match(text, rest_s, pe)
    style = enumerator_style(me["m"]) if me else None
    if style is None or style[1] != 1:
        return None
    subs = collect_subpoints(text, paras, k + 1, first_value=2)
    if not subs or (enumerator_style(paras[subs[0]].enumerator) or ("", 0))[0] != style[0]:
        return None
    return [(me.end(), pe)] + [(paras[j].text_span.start, paras[j].text_span.end) for j in subs], subs


# a line that a list goes on after: "…;", "…; and", "…; or"
_LIST_LINE_END = re.compile(r";(?:[ \t]*(?:and|or))?[ \t*_]*$", re.IGNORECASE)


def _unmarked_list_under_lead(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """ "The Group agreed:" / "RESOLVED:" ending the first line of a paragraph whose other lines are a
    list copied without its bullets ("to endorse the strategy;" / "that the Office leads …"): the
    bounds of each line. Only when every line but the last ends with ";" (the list's own punctuation,
    which lines of wrapped prose do not show), and two lines at least."""
    nl = text.find("\n", ps, pe)
    if nl < 0 or not text[ps:nl].rstrip(" \t*_").endswith(":"):
        return []
    return unmarked_list_lines(text, nl + 1, pe)


def unmarked_list_lines(text: str, s: int, pe: int) -> list[tuple[int, int]]:
    """The bounds of each line of text[s:pe] when they are a list copied without its bullets or letters
    (every line but the last ends with ";", two lines at least), else []."""
    lines: list[tuple[int, int]] = []
    pos = s
    while pos < pe:
        end = text.find("\n", pos, pe)
        end = pe if end < 0 else end
        a, b = _trim(text, pos, end)
        if b > a:
            lines.append((a, b))
        pos = end + 1
    if len(lines) < 2 or not all(_LIST_LINE_END.search(text[a:b]) for a, b in lines[:-1]):
        return []
    return lines


def _take_subpoints(text: str, paras: list, subs: list[int], kind: str, formal: list, consumed: set) -> None:
    """One decision per sub-point under a lead-in; the sub-points are then used up. A sub-point that
    is itself a lead-in ("(b) makes the following recommendations …:" over "(i) that …", "(ii) that …")
    gives its own sub-points instead."""
    for j in subs:
        nested = collect_subpoints(text, paras, j + 1) if _ends_with_colon(text, paras[j]) else []
        for n in nested or [j]:
            d = _decision(text, paras[n].text_span.start, paras[n].text_span.end, kind)
            if d:
                formal.append(d)
            consumed.add(n)
        consumed.add(j)


def _numbering_goes_on(paras: list[Paragraph], k: int) -> int:
    """ "RESOLVED: 1. … RECOMMENDED to Cabinet: 2. … 3. …": a second label whose points carry on the
    numbering of the points above it; the number its first point may take (1 when there are none)."""
    for j in range(k - 1, max(-1, k - 12), -1):
        st = enumerator_style(paras[j].enumerator)
        if st is not None and st[0] != "bullet":
            return st[1] + 1
    return 1


def _ends_with_colon(text: str, p: Paragraph) -> bool:
    return text[p.text_span.start:p.text_span.end].rstrip(" \t\n*_").endswith(":")


def find_decisions(text: str, item: ItemSegment, header: Header, deciders: tuple[str, ...] = ()) -> list[Decision]:
    """Decisions of one item (see the module docstring for what counts); ``deciders``: office holders
    whose labelled decisions the document records (:func:`labelled_deciders`). The rows of a decision
    table in the item's text are decisions as well; the prose readers' reading of a row is dropped."""
    boxed = boxed_decisions(text, item.paragraphs)
    if boxed:
        # the box lists the item's decisions; the discussion above only reports what it records
        return boxed
    tabled = decision_table_rows(text, _after_item_rows(text, item), item.body_span.end)
    written = _written_decisions(text, item, header, deciders)
    return [d for d in written if not any(_overlaps(d.span, t.span) for t in tabled)] + tabled


def _after_item_rows(text: str, item: ItemSegment) -> int:
    """Where an item's own text begins that is not its row of the items table: the body's start for
    an item under a heading; after a row, the first line past its cells without the table's
    separator (a closing "Summary of decisions" table below the last row belongs to the last item,
    while the row's own cells are read under the items table's columns)."""
    s, e = item.body_span.start, item.body_span.end
    if not item.table_columns:
        return s
    pos = max([s] + [cell.end for row in item.table_rows for cell in row])
    while pos < e:
        nl = text.find("\n", pos, e)
        line_end = e if nl < 0 else nl
        if text.find(item.table_sep, pos, line_end) < 0:
            return pos
        pos = line_end + 1
    return e


_SLASH_SPACES = re.compile(r"\s*/\s*")


def _box_heading_name(text: str, s: int, e: int) -> str:
    """A heading as the outcome box headings list it: lower case, spaces single, none around a slash."""
    return _SLASH_SPACES.sub("/", " ".join(text[s:e].strip(" \t*_:#").split())).lower()


def outcome_box(text: str, paras: list[Paragraph]) -> dict[int, str]:
    """The lines of an item's outcome box ("Decisions / Actions" over "(D) The report was noted." and
    "(A) Publish the report. Owner: Name. By: date."): index of the paragraph → its kind, "decision" or
    "action", as its marker says (``outcome_box_markers``). The box runs from its heading while its lines
    carry a marker; a marker outside a box ("(A)" enumerating a list) is none."""
    markers: dict[str, str] = terms()["outcome_box_markers"]
    if not any(p.enumerator in markers for p in paras):
        return {}
    headings = set(terms()["outcome_box_headings"])
    box: dict[int, str] = {}
    in_box = False
    for k, p in enumerate(paras):
        if in_box and p.enumerator in markers:
            box[k] = markers[p.enumerator]
            continue
        in_box = p.enumerator is None and _box_heading_name(text, p.text_span.start, p.text_span.end) in headings
    return box


def boxed_decisions(text: str, paras: list[Paragraph]) -> list[Decision]:
    """The decisions of an item's outcome box, one a "(D)" line, each of its own verb's kind."""
    out = []
    for k, kind in outcome_box(text, paras).items():
        if kind == "decision":
            d = _decision(text, paras[k].text_span.start, paras[k].text_span.end, "resolved")
            if d:
                out.append(d)
    return out


def boxed_actions(text: str, paras: list[Paragraph], attendance: list[AttendanceEntry]) -> list[Action]:
    """The actions of an item's outcome box, one an "(A)" line: the task, then "Owner: …" and "By: …"
    fields; owners who are no one named ("All voting members") are left out."""
    out = []
    for k, kind in outcome_box(text, paras).items():
        if kind != "action":
            continue
        ps, pe = _trim(text, paras[k].text_span.start, paras[k].text_span.end)
        om = _OWNER_FIELD.search(text, ps, pe)
        ts, te = _trim(text, ps, om.start()) if om else (ps, pe)
        if te <= ts:
            continue
        owners = _owners_in(text, om.start("owners"), om.end("owners"), attendance) if om else []
        owners = [o for o in owners if o.kind == "role" or o.kind == "person" and is_person_name(o.name, attendance)]
        out.append(Action(text=text[ts:te], span=Span(ts, te), owners=owners, explicit=True,
                          due=due_date_in(text, om.end(), pe) if om else None))
    return out


# a decisions log drawn as a text box under an item: "| DECISIONS LOG – ITEM 4 |" over "| D4.1  The Board
# AGREED to … |", a row's text wrapping onto "|       … |" lines, the box closed by a "+----+" rule
_RULED_LOG_HEADING = re.compile(r"[ \t|]*(?:DECISIONS?[ \t]+LOG|Decisions?[ \t]+[Ll]og)\b[^\n]*")
_RULED_LOG_ROW = re.compile(r"[ \t]*\|?[ \t]*D\d{1,3}(?:\.\d{1,2})?[ \t]+(?=\S)")
_RULED_LOG_CONTINUED = re.compile(r"[ \t]*\|[ \t]+(?=[^\s|+])")


def ruled_log_decisions(text: str, s: int, e: int) -> tuple[list[Decision], list[Span]]:
    """The decisions of each "DECISIONS LOG" box between s and e, one a "D4.1" row (its wrapped
    lines joined; the box's bars are left to the scorer's and reader's blanks), with the boxes' spans,
    so that other readers' reading of the box's lines is dropped. "No decisions." rows give none."""
    decisions: list[Decision] = []
    boxes: list[Span] = []
    pos = text.find("ECISION", s, e)
    while pos >= 0:
        ls = text.rfind("\n", s, pos) + 1
        le = text.find("\n", pos, e)
        le = e if le < 0 else le
        if not _RULED_LOG_HEADING.fullmatch(text, ls, le):
            pos = text.find("ECISION", le, e)
            continue
        row: list[int] = []          # the open row's start and end
        box_end = le
        cur = le + 1
        while cur < e:
            ne = text.find("\n", cur, e)
            ne = e if ne < 0 else ne
            m = _RULED_LOG_ROW.match(text, cur, ne)
            cont = _RULED_LOG_CONTINUED.match(text, cur, ne)
            if m:
                if row:
                    decisions += [d for d in [_decision(text, row[0], row[1], "resolved")] if d]
                row = [m.end(), _before_bar(text, m.end(), ne)]
            elif row and cont:
                row[1] = _before_bar(text, cont.end(), ne)
            elif not cont:
                break
            box_end = ne
            cur = ne + 1
        if row:
            decisions += [d for d in [_decision(text, row[0], row[1], "resolved")] if d]
        boxes.append(Span(ls, box_end))
        pos = text.find("ECISION", box_end, e)
    return decisions, boxes


def _before_bar(text: str, s: int, e: int) -> int:
    """The end of a box line's text: before its closing bar and the spaces that pad it."""
    e2 = e
    while e2 > s and text[e2 - 1] in " \t|":
        e2 -= 1
    return e2


# "Recommendation: The Board is asked to APPROVE the assessment …": a paper's recommendation put to the
# meeting, which then decides on it ("The Board APPROVED …"); the label opens a request, not a decision
_ASKED_TO = re.compile(r"(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:is|are)\s+(?:asked|invited|requested)\s+to\b",
                       re.IGNORECASE)


def _asks_the_meeting(text: str, m: re.Match, pe: int) -> bool:
    """A "Recommendation:" label whose text asks the meeting to decide ("The Board is asked to …")."""
    return "word" in m.re.groupindex and m["word"].lower().startswith("recommend") and \
        _ASKED_TO.match(text, m.end(), pe) is not None


# "Recommendation: That the Board note the report." then "Resolved: That the report be noted.": the
# paper's recommendation put to the meeting, which the item's own resolution below answers; only that
# resolution is the decision (a recommendation with no resolution after it is the meeting's own)
_RESOLVING_WORDS = ("resolved", "agreed", "decided", "decision", "resolution")


def _answered_by_a_resolution(text: str, m: re.Match, paras: list, k: int) -> bool:
    """A "Recommendation:" label followed, later in its item, by a paragraph opening with a resolution
    ("RECOMMENDED to Cabinet that …" is the meeting's own act, whatever it resolves after)."""
    if "word" not in m.re.groupindex or not m["word"].lower().startswith("recommendation"):
        return False
    for p in paras[k + 1:]:
        later = _RESOLVED_AT_START.match(text, p.text_span.start, p.text_span.end)
        # ("Also agreed: …" adds an outcome beside the recommendation; it answers none)
        if later is not None and later["word"].lower() in _RESOLVING_WORDS \
                and not text[later.start():later.start("word")].lower().lstrip(" *_").startswith("also"):
            return True
    return False


# "Outcome: Apologies noted; meeting quorate.", "Outcome: Two declarations recorded against item 6.",
# "Outcome: No further business.": an item's outcome line that only records the meeting's formalities
# (apologies, quorum, interests declared, nothing further raised); no decision (the gold's rule 6)
_FORMALITY = (r"(?:(?:the\s+)?apologies\s+(?:were\s+)?(?:noted|received|recorded|as\s+listed(?:\s+above)?)"
              r"|(?:the\s+)?meeting\s+(?:was\s+)?(?:in)?quorate"
              r"|(?:no|none|nil|\w+)\s+(?:declarations?|interests?)(?:\s+of\s+interests?)?"
              r"(?:\s+(?:were|was))?(?:\s+(?:recorded|made|declared|received|noted))?(?:\s+(?:against|for|on|under)\s+item\s+\w+)?"
              r"|no\s+(?:further|other|additional)\s+business(?:\s+(?:was\s+)?(?:raised|noted))?"
              r"|none|nil)")
_RECORDS_FORMALITIES = re.compile(rf"{_FORMALITY}(?:[ \t]*[;,][ \t]*(?:and\s+)?{_FORMALITY})*[ \t]*\.?[ \t]*",
                                  re.IGNORECASE)
_OUTCOME_WORDS = ("outcome", "outcomes", "decision", "decisions")


def _records_no_decision(text: str, m: re.Match, pe: int) -> bool:
    """An "Outcome:" / "Decision:" label over nothing but the formalities (apologies, quorum, interests)."""
    if "word" not in m.re.groupindex or m["word"].lower() not in _OUTCOME_WORDS:
        return False
    s, e = _trim(text, m.end(), pe)
    return e > s and _RECORDS_FORMALITIES.fullmatch(text, s, e) is not None


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


# "(CSP) AGREED the minutes …" / "(YJB) NOTED the report." opening a line: at a joint meeting each
# body's decision is written on a line of its own, tagged with the deciding body's acronym in brackets
# (one paragraph may hold two bodies' lines); "(CSP) AGREED:" over lettered points is left to the
# lead-in reading, and "(CSP) AGREED and (YJB) AGREED to …" is one decision (the second tag is inside)
_BODY_TAGGED_DECISION_LINE = re.compile(
    r"^[ \t]*(?:\d{1,3}(?:\.\d{1,2}){0,2}[ \t]+)?(?P<tag>\((?-i:[A-Z]{2,6})\))[ \t]+"
    r"(?P<verb>(?-i:NOTED|AGREED|APPROVED|ENDORSED|RESOLVED|ACCEPTED|ADOPTED|SUPPORTED|DECIDED))\b(?P<colon>[ \t]*:)?",
    re.MULTILINE)


def _body_tagged_decisions(text: str, ps: int, pe: int) -> list[Decision]:
    """The body-tagged decision lines of a paragraph, one decision each (from the tag to the line's
    end); none when the paragraph has no such line or one of them leads lettered points in."""
    para = text[ps:pe]
    if "(" not in para:
        return []
    found = list(_BODY_TAGGED_DECISION_LINE.finditer(para))
    if not found or any(m["colon"] for m in found):
        return []
    out = []
    for m in found:
        nl = para.find("\n", m.end())
        d = _decision(text, ps + m.start("tag"), pe if nl < 0 else ps + nl, _WORD_KIND.get(m["verb"].lower(), "resolved"))
        if d:
            out.append(d)
    return out


# "Nasir asked for the Board to write to MOPAC. Agreed.", "(b) Youth project - £3,400. Agreed, subject to
# …", "(c) Alarms - £4,000. Not agreed in this form.": typed notes record the meeting's answer to the
# proposal in the sentence before as a sentence of its own opening "Agreed"; "Agreed - Board will set up
# a reading group." says what was agreed after its dash
_AGREED_AFTER_SENTENCE = re.compile(r"(?<=[.!?])[ \t]+(?P<word>(?:Not[ \t]+)?(?-i:Agreed|agreed))"
                                    r"(?:(?P<dash>[ \t]+[-–—][ \t]+)(?=[A-Z])|(?=[ \t]*[.,;]|[ \t]+in\b|[ \t]*$))")
# the space between two sentences, ending where the next one opens (a capital, a bracket or a quote)
_SENTENCE_OPENING = re.compile(r"(?<=[.!?])[ \t\n]+(?=[A-Z(\"'‘“])")


# the notes answer proposals this way as a habit (twice at least); a lone "… . Agreed." after a remark
# under any other business may only acknowledge it
_MIN_ANSWERS_AFTER_SENTENCES = 2


@lru_cache(maxsize=4)
def _answers_after_sentences(text: str) -> int:
    """How many sentences of the document open "Agreed" (or "Not agreed") after another sentence."""
    return sum(1 for m in _AGREED_AFTER_SENTENCE.finditer(text) if m["word"][0] != "a")


def _agreed_after_a_sentence(text: str, ps: int, pe: int) -> list[Decision]:
    """The decisions a paragraph records as "… proposal. Agreed." (the proposal and its answer, one
    decision each time); "Agreed - what was agreed." is its own text."""
    if "greed" not in text[ps:pe] or _answers_after_sentences(text) < _MIN_ANSWERS_AFTER_SENTENCES:
        return []
    out: list[Decision] = []
    taken = ps
    for m in _AGREED_AFTER_SENTENCE.finditer(text, ps, pe):
        if m["word"][0] == "a":
            continue        # "… agreed." inside a sentence is the narrative's, not an answer
        _, e = sentence_bounds(text, ps, pe, m.start("word"))
        if m["dash"]:
            s = m.start("word")
        else:
            starts = [o.end() for o in _SENTENCE_OPENING.finditer(text, taken, m.start())]
            s = starts[-1] if starts else taken
        d = _decision(text, s, e, "resolved" if m["word"].startswith("Not") else "agreed")
        if d:
            out.append(d)
        taken = e
    return out


# a point of a resolution whose bullet a copy of the page dropped: a paragraph opening "to …" or
# "that …" in lower case
_UNMARKED_POINT = re.compile(r"to\s+[a-z]|that\s+\S")


def _semicolon_points(text: str, paras: list[Paragraph], j: int) -> list[int]:
    """ "AGREED:" over "to note the update;" / "to ask … to the December meeting;" / "that the post be …":
    the points of a resolution as paragraphs of their own (a PDF's text lost their bullets), each opening
    "to" or "that" in lower case, every one but the last closed by a semicolon; their indices."""
    out: list[int] = []
    while j < len(paras):
        ps, pe = _trim(text, paras[j].text_span.start, paras[j].text_span.end)
        if not _UNMARKED_POINT.match(text, ps, pe):
            break
        out.append(j)
        if not text[ps:pe].endswith((";", "; and", "; or")):
            break
        j += 1
    return out


def _take_semicolon_points(text: str, paras: list[Paragraph], points: list[int], fallback: str,
                           formal: list[Decision], consumed: set[int]) -> None:
    for j in points:
        d = _decision(text, paras[j].text_span.start, paras[j].text_span.end, fallback)
        if d:
            formal.append(d)
        consumed.add(j)


def _written_decisions(text: str, item: ItemSegment, header: Header, deciders: tuple[str, ...]) -> list[Decision]:
    """The decisions an item's paragraphs (or its row of the items table) record."""
    paras = item.paragraphs
    consumed: set[int] = set()
    formal: list[Decision] = []
    subject = _body_subject_re(header, deciders)
    for k, p in enumerate(paras):
        if k in consumed or _is_action_para(text, p):
            continue
        ps, pe = p.text_span.start, p.text_span.end
        tagged = _body_tagged_decisions(text, ps, pe)
        if tagged:
            formal.extend(tagged)
            continue
        m = _RESOLVED_AT_START.match(text, ps, pe) or (
            _RESOLVED_INSIDE.search(text, ps, pe) if _SHOUTED_DECISION.search(text, ps, pe) else None) or \
            _body_resolved(text, ps, pe, subject) or _LABEL_AFTER_SENTENCE.search(text, ps, pe)
        if m and (_asks_the_meeting(text, m, pe) or _answered_by_a_resolution(text, m, paras, k)
                  or _records_no_decision(text, m, pe)):
            continue
        if m:
            fallback = _WORD_KIND.get(m["word"].lower(), "resolved") if "word" in m.re.groupindex else "resolved"
            rest_s = m.end()
            rest = text[rest_s:pe]
            subs = collect_subpoints(text, paras, k + 1) or \
                collect_subpoints(text, paras, k + 1, _numbering_goes_on(paras, k))
            if subs and _is_lead_in(rest):
                _take_subpoints(text, paras, subs, fallback, formal, consumed)
                continue
            listed = _unmarked_list_under_lead(text, ps, pe)
            if listed and _is_lead_in(text[rest_s:listed[0][0]]):
                formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in listed) if d)
                continue
            run_on = _run_on_subpoints(text, paras, k, rest_s, pe)
            if run_on:
                formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in run_on[0]) if d)
                consumed.update(run_on[1])
                continue
            inline = _inline_subpoints(text, _after_subject_lead(text, rest_s, pe, subject), pe)
            if inline:
                formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in inline) if d)
                continue
            if not _is_lead_in(rest):
                if _HEADING_ALONE.fullmatch(text[m.start("word"):m.end()]):
                    # under a heading alone on its line, each sentence recording an outcome is one
                    formal.extend(_outcome_sentences(text, m.end(), pe, fallback))
                    continue
                d = _decision(text, _decision_start(text, ps, m, subject), pe, fallback)
                if d:
                    formal.append(d)
                    if text[ps:pe].rstrip(" \t\n*_").endswith(";"):
                        # "AGREED: that the Chair …;" then "that the plan …" in the next paragraph
                        _take_semicolon_points(text, paras, _semicolon_points(text, paras, k + 1), fallback, formal, consumed)
            elif not rest.strip(" \t\n*_:") and len(_semicolon_points(text, paras, k + 1)) >= 2:
                _take_semicolon_points(text, paras, _semicolon_points(text, paras, k + 1), fallback, formal, consumed)
            elif not rest.strip(" \t\n*_:") and k + 1 < len(paras) and not _is_action_para(text, paras[k + 1]) \
                    and not _RESOLVED_AT_START.match(text, paras[k + 1].text_span.start, paras[k + 1].text_span.end) \
                    and not _gives_next_meeting(text, paras[k + 1]):
                # "Decision:" / "RESOLVED:" alone on its line: the decision is the next paragraph,
                # or, when that paragraph is a lead-in ("The Partnership:"), the sub-points under it
                nxt = paras[k + 1]
                consumed.add(k + 1)
                lead = text[nxt.text_span.start:nxt.text_span.end].rstrip(" \t*_")
                # (a lead-in may also be a short subject without a colon: "That the Committee")
                subs = collect_subpoints(text, paras, k + 2) if _LEAD_IN_END.search(lead[-40:]) or \
                    _is_lead_in(lead) else []
                if subs and _is_lead_in(lead[-40:]):
                    _take_subpoints(text, paras, subs, fallback, formal, consumed)
                    continue
                # "Resolved:" over "to note the update;" / "to approve the plan.": a lettered list whose
                # letters a copy of the page dropped, one decision a line
                listed = unmarked_list_lines(text, nxt.text_span.start, nxt.text_span.end)
                if listed:
                    formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in listed) if d)
                    continue
                # "The Partnership: (a) noted …; (b) agreed …" on one line: one decision a sub-point
                inline = _inline_subpoints(text, _after_subject_lead(text, nxt.text_span.start, nxt.text_span.end,
                                                                     subject), nxt.text_span.end)
                if inline:
                    formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in inline) if d)
                    continue
                d = _decision(text, nxt.text_span.start, nxt.text_span.end, fallback)
                if d:
                    formal.append(d)
            continue
        agreed_after = _agreed_after_a_sentence(text, ps, pe)
        if agreed_after:
            formal.extend(agreed_after)
            continue
        shouted = _shouted_outcome(text, ps, pe) or _body_shouted_sentence_inside(text, ps, pe, subject)
        if shouted is not None:
            formal.append(shouted)
            continue
        # "The Partnership:" / "The Partnership agreed to the recommendations … as follows:"
        body = text[ps:pe].rstrip(" \t*_")
        sm = subject.match(text, ps, pe)
        further = _FURTHER_OUTCOME.match(text, sm.end(), pe) if sm and formal else None
        if further is not None:
            # "The Partnership also agreed that …" opening a paragraph under the outcomes recorded
            # above: one more of them, not the discussion's
            d = _decision(text, *sentence_bounds(text, ps, pe, ps), decision_kind(further["verb"]))
            if d:
                formal.append(d)
            continue
        listed = _unmarked_list_under_lead(text, ps, pe) if sm else []
        if listed and (not text[sm.end():listed[0][0]].strip(" :\t\n*_") or
                       _DECISION_VERBS.search(text, sm.end(), listed[0][0])):
            # "The Group agreed:" and its points on the lines below, unmarked
            verb = _DECISION_VERBS.search(text, sm.end(), listed[0][0])
            fallback = decision_kind(verb.group(0)) if verb else "resolved"
            formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in listed) if d)
            continue
        agreed_lead = _AGREED_POINTS_LEAD.match(text, sm.end(), pe) if sm else None
        inline = _inline_subpoints(text, agreed_lead.end(), pe) if agreed_lead else []
        if inline:
            # "The Board agreed that: (a) the plan be published; (b) …" on one line: one decision a
            # point, as the points of a formal resolution are
            fallback = decision_kind(agreed_lead["verb"])
            formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in inline) if d)
            continue
        if body.endswith(":") and _AGREED_BY_THE_MEETING.search(body):
            subs = collect_subpoints(text, paras, k + 1)
            if subs:
                # "So the top 3 priorities (agreed by the meeting) are:" over "1) Vehicle crime", "2) …": what
                # the meeting agreed, one decision a point
                for j in subs:
                    d = _decision(text, paras[j].text_span.start, paras[j].text_span.end, "agreed")
                    if d:
                        formal.append(d)
                    consumed.add(j)
                continue
        if sm and _LEAD_IN_END.search(body[-40:]):
            between = text[sm.end():pe]
            if not between.strip(" :\t*_") or _DECISION_VERBS.search(between):
                subs = collect_subpoints(text, paras, k + 1)
                if subs and _NOTES_A_LIST.search(between):
                    # "The Committee noted the following correspondence: (a) letter from … (b) …": one
                    # act of noting, the lettered lines being the things noted, not decisions
                    d = _decision(text, ps, pe, "noted")
                    if d:
                        formal.append(d)
                    consumed.update(subs)
                    continue
                if subs:
                    verb = _DECISION_VERBS.search(between)
                    fallback = decision_kind(verb.group(0)) if verb else "resolved"
                    for j in subs:
                        d = _decision(text, paras[j].text_span.start, paras[j].text_span.end, fallback)
                        if d:
                            formal.append(d)
                        consumed.add(j)
    if item.table_columns:
        formal.extend(table_decisions(text, item))
    if formal:
        return _with_public_excluded(text, item, _with_minutes_approval(text, item, formal), subject)
    return _informal_decisions(text, item, subject)


# a lead-in that says its list was agreed, the body or the meeting as the agent: "the priorities (agreed
# by the meeting) are:", "The actions agreed by the Group were:"
_AGREED_BY_THE_MEETING = re.compile(r"\bagreed\s+by\s+(?:the\s+)?(?:meeting|members|group|board|panel|forum|"
                                    r"partnership|committee|those\s+present|all)\b", re.IGNORECASE)
# after the body as subject, a verb of deciding and a colon that lettered points follow on the same
# line: " agreed that: (a) …", " approved the following: (i) …" (a body that "noted: (a) …" notes
# the things listed, so noting is not among the verbs)
_AGREED_POINTS_LEAD = re.compile(r"[ \t]+(?:(?:also|further|unanimously)[ \t]+)?"
                                 r"(?P<verb>agreed|approved|endorsed|resolved|decided|supported)"
                                 r"(?:[ \t]+(?:that|to|the[ \t]+following))?[ \t]*:[ \t]*", re.IGNORECASE)


# "Outcome" / "Decisions:" alone on its line, what it labels on the lines below
_HEADING_ALONE = re.compile(r"(?:Outcomes?|Decisions?)[ \t*_]*(?::[ \t*_]*)?\n\s*")


def _outcome_sentences(text: str, s: int, e: int, fallback: str) -> list[Decision]:
    """The decisions written under an outcome heading: one for each sentence that records an outcome
    in a decision verb ("The Partnership supported the bid. The grant was approved as set out above."
    are two), the sentences between them (an explanation, "The log was updated.") none; with no such
    sentence, the text is one decision as written."""
    found = [d for d in (_decision(text, a, b, fallback) for a, b in _sentences_after(text, s, e)
                         if _DECISION_VERBS.search(text, a, b)) if d]
    if found:
        return found
    d = _decision(text, s, e, fallback)
    return [d] if d else []


# after the body as subject: "… also agreed that …", "… further resolved …" (one more outcome)
_FURTHER_OUTCOME = re.compile(r"\s+(?:also|further)\s+(?P<verb>agreed|noted|approved|endorsed|resolved|decided)\b",
                              re.IGNORECASE)


def _with_minutes_approval(text: str, item: ItemSegment, formal: list[Decision]) -> list[Decision]:
    """ "The minutes … were approved as an accurate record." beside an "Agreed:" on the action
    tracker: approving the previous minutes is a decision whatever else the item resolves, so the
    sentence counts unless a formal decision already covers it."""
    approvals = []
    for p in item.paragraphs:
        ps, pe = _trim(text, p.text_span.start, p.text_span.end)
        low = text[ps:pe].lower()
        if pe <= ps or not ("minutes" in low or "notes" in low) or _is_action_para(text, p):
            continue
        mm = _MINUTES_APPROVED.search(text, ps, pe)
        if mm is None or _opens_a_minute_entry(text, mm):
            continue
        bounds = sentence_bounds(text, ps, pe, mm.start())
        bounds = (_past_seconder_line(text, *bounds), bounds[1])
        if _MOTION_ONLY.match(text, *bounds) and not _MOTION_CARRIED.search(text, *bounds):
            continue            # the motion put; its outcome is the resolution written under it
        d = _decision(text, *bounds, "approved")
        if d and not any(_overlaps(d.span, f.span) for f in formal):
            approvals.append(d)
    return sorted(formal + approvals, key=lambda d: d.span.start) if approvals else formal


# "… agreed that, under Section 50A(4) of the Local Government (Scotland) Act 1973, the public be excluded …"
_PUBLIC_EXCLUDED = re.compile(r"\b(?:press\s+and\s+(?:the\s+)?)?public\s+(?:and\s+(?:the\s+)?press\s+)?"
                              r"(?:be|were|was|are)\s+excluded\b", re.IGNORECASE)
_AGREED_OR_RESOLVED = re.compile(r"\s+(?P<verb>agreed|resolved|decided)\b", re.IGNORECASE)


def _with_public_excluded(text: str, item: ItemSegment, formal: list[Decision], subject: re.Pattern) -> list[Decision]:
    """ "The Committee agreed that, under Section 50A(4) …, the public be excluded …" under a heading of
    no number inside an item that resolves other things: excluding the public is a decision of the
    meeting wherever it is written, so the paragraph counts beside the item's own resolutions."""
    found = []
    for p in item.paragraphs:
        ps, pe = _trim(text, p.text_span.start, p.text_span.end)
        sm = subject.match(text, ps, pe)
        vm = _AGREED_OR_RESOLVED.match(text, sm.end(), pe) if sm else None
        if vm is None or not _PUBLIC_EXCLUDED.search(text, vm.end(), pe):
            continue
        d = _decision(text, *sentence_bounds(text, ps, pe, ps), decision_kind(vm["verb"]))
        if d and not any(_overlaps(d.span, f.span) for f in formal):
            found.append(d)
    return sorted(formal + found, key=lambda d: d.span.start) if found else formal


# "It was moved by Councillor A and seconded by Councillor B that the minutes … be approved.": a motion,
# not its outcome (unless it goes on "… and agreed", which _MOTION_CARRIED reads)
_MOTION_ONLY = re.compile(r"(?:it\s+was\s+)?(?:moved|proposed)\s+by\s+[^.;\n]{2,80}?\bseconded\s+by\b",
                          re.IGNORECASE)


# "The report was NOTED.", "The reports were NOTED.": the outcome in capitals, as the resolutions of
# the same minutes shout theirs ("AGREED that …"), is a formal outcome beside them, not narrative
_SHOUTED_OUTCOME = re.compile(r"(?:the|this|these)\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|is|are)\s+"
                              r"(?:(?:duly|unanimously|formally)\s+)?(?-i:NOTED|AGREED|APPROVED|ENDORSED|ACCEPTED|ADOPTED)"
                              r"[.!]?", re.IGNORECASE)


def _shouted_outcome(text: str, ps: int, pe: int) -> Decision | None:
    """A paragraph that is only "The report(s) was/were NOTED." (or AGREED, APPROVED …)."""
    s, e = _trim(text, ps, pe)
    if e - s > 160 or not _SHOUTED_OUTCOME.fullmatch(text, s, e):
        return None
    return _decision(text, s, e, "resolved")


# "… further education providers. The Partnership\nNOTED the update.": the body's outcome, its verb in
# capitals, closing a paragraph of discussion after a full stop (a printed minute run on in one paragraph)
_SHOUTED_BODY_VERB = re.compile(r"\s+(?:also\s+)?(?P<verb>(?-i:NOTED|AGREED|APPROVED|ENDORSED|ACCEPTED|ADOPTED|SUPPORTED))\b")


def _body_shouted_sentence_inside(text: str, ps: int, pe: int, subject: re.Pattern) -> Decision | None:
    """The last sentence of a paragraph opening "The Partnership NOTED …" (the body as subject, its
    verb shouted): the item's formal outcome though the discussion runs before it in one paragraph."""
    if not any(v in text[ps:pe] for v in ("NOTED", "AGREED", "APPROVED", "ENDORSED", "ACCEPTED", "ADOPTED", "SUPPORTED")):
        return None
    for op in reversed(list(_SENTENCE_OPENING.finditer(text, ps, pe))):
        sm = subject.match(text, op.end(), pe)
        vm = _SHOUTED_BODY_VERB.match(text, sm.end(), pe) if sm else None
        if vm is not None:
            s, e = sentence_bounds(text, op.end(), pe, op.end())
            return _decision(text, s, e, decision_kind(vm["verb"].lower()))
    return None


# a decision table ("Item | Decision | Outcome", "No. | Recommendation | Decision"): the column stating
# what was decided, the column giving its outcome, and the column naming the item
_STATEMENT_COLUMNS = ("recommendation", "recommendations", "resolution", "resolutions", "proposal", "proposals",
                      "decision", "decisions", "decision made", "decisions made")
_OUTCOME_COLUMNS = ("outcome", "outcomes", "decision", "result", "agreed?", "approved?")
# the column naming the row's item: one that says it is the item's ("Item", "Minute no.") before a bare
# reference column ("Ref", "No."), which may hold the decision's own number ("PCC/2024/05")
_ITEM_REF_COLUMNS = ("item", "item no", "item no.", "agenda item", "minute", "minute no", "minute no.")
_GENERIC_REF_COLUMNS = ("ref", "ref.", "no", "no.", "#")
_THAT = re.compile(r"(?i:that)\s+")


def _decision_table_columns(names: list[str]) -> tuple[int, int | None, int | None] | None:
    """(statement, outcome, item) columns of a decision table's header row, else None: a table of
    actions ("Action | Owner") or one without a statement column is none."""
    if any(n in _ACTION_COLUMNS["task"] or n in _ACTION_COLUMNS["owner"] for n in names):
        return None
    statement = next((names.index(w) for w in _STATEMENT_COLUMNS if w in names), None)
    if statement is None and _names_a_list_of_decisions(names):
        return 0, None, None
    if statement is None:
        return None
    outcome = next((k for k, n in enumerate(names) if k != statement and n in _OUTCOME_COLUMNS), None)
    ref = next((k for refs in (_ITEM_REF_COLUMNS, _GENERIC_REF_COLUMNS)
                for k, n in enumerate(names) if k != statement and n in refs), None)
    return statement, outcome, ref


# a box of one column closing the minutes, headed "Decisions made at this meeting" / "Summary of decisions"
_DECISION_LIST_TITLE = re.compile(r"(?:(?:summary|record|list)[ \t]+of[ \t]+)?decisions?"
                                  r"(?:[ \t]+(?:made|taken|agreed))?(?:[ \t]+(?:at|by)[ \t]+th(?:is|e)[ \t]+meeting)?")


def _names_a_list_of_decisions(names: list[str]) -> bool:
    """A table of one column whose header says it lists the meeting's decisions."""
    return len(names) == 1 and _DECISION_LIST_TITLE.fullmatch(names[0].strip(" *_:")) is not None


# a row of a decision list opening with the item it records, then a dash: "**B** – The minutes …",
# "Item 4 – The Board approved …" (a letter alone is an item letter only before a dash)
_ROW_ITEM_LEAD = re.compile(r"[ \t*_]*(?:(?i:agenda[ \t]+)?(?i:item|minute)[ \t]+)?"
                            r"(?P<ref>[A-Z]|\d{1,3}[a-z]?(?:\.\d{1,2})?)[ \t*_]*[-–—:][ \t*_]*(?=[A-Z\"“‘'(])")


def _row_item_lead(text: str, a: int, b: int) -> tuple[str, int] | None:
    """The item a decision row names before its statement, and where the statement starts; None without one."""
    m = _ROW_ITEM_LEAD.match(text, a, b)
    return (m["ref"], m.end()) if m else None


def _is_decision_list_row(text: str, d: Decision) -> bool:
    """A decision read from a row that names its item before it ("| **B** – The minutes … |")."""
    if d.item_ref is None:
        return False
    row = text.rfind("\n", 0, d.span.start) + 1
    bar = text.find("|", row, d.span.start)
    lead = _row_item_lead(text, bar + 1, d.span.end) if bar >= 0 else None
    return lead is not None and lead[0] == d.item_ref and lead[1] == d.span.start


def decision_table_rows(text: str, s: int, e: int) -> list[Decision]:
    """The rows of decision tables in text[s:e] (cells between tabs or bars), one decision each: the
    statement cell without its leading "That", its kind the outcome cell's word (Approved, Agreed,
    Noted) or else its own verb, its item the one the row's item or number cell names ("3", "3.1")."""
    out: list[Decision] = []
    if text.find("\t", s, e) < 0 and text.find("|", s, e) < 0:
        return out
    columns = None
    first_row = True                # the header is a table's first row: a cell of a later one may read "Decision"
    in_grid = False                 # rows between "+-----+" rules: a row's cells may wrap over lines
    row_open = False                # a grid row has begun since the last rule
    pos = s
    while pos < e:
        nl = text.find("\n", pos, e)
        rs, re_ = pos, (e if nl < 0 else nl)
        pos = re_ + 1
        if _GRID_RULE_LINE.fullmatch(text, rs, re_):
            in_grid, row_open = True, False
            continue
        sep = "\t" if text.find("\t", rs, re_) >= 0 else "|" if text.find("|", rs, re_) >= 0 else None
        if sep is None:
            columns, first_row, in_grid = None, True, False        # a line outside the table ends it
            continue
        if _TABLE_RULE_ROW.fullmatch(text, rs, re_):
            continue
        cells = _tab_row_cells(text, rs, re_) if sep == "\t" else _cells(text, rs, re_, keep_inner_empty=in_grid)
        if in_grid and row_open:
            # "|      | approved as an accurate record. |   |": the row above goes on, its cells wrapped
            if out and columns is not None and out[-1].span.start >= s:
                _wrapped_statement(text, out[-1], cells, columns[0])
            continue
        row_open = in_grid
        if first_row:
            columns, first_row = _decision_table_columns([_norm(text[a:b]) for a, b in cells]), False
        elif columns is not None:
            decision = _decision_row(text, cells, *columns)
            if decision is not None:
                out.append(decision)
    return out


# a grid's rule line drawn in text: "+------+-----+", "+======+=====+" under its header
_GRID_RULE_LINE = re.compile(r"[ \t]*\+[-=+]{3,}[ \t]*")


def _wrapped_statement(text: str, decision: Decision, cells: list[tuple[int, int]], statement: int) -> None:
    """A grid row's further line: its statement cell's words join the decision the row's first line began."""
    if statement >= len(cells):
        return
    a, b = cells[statement]
    if b > a and b > decision.span.end:
        decision.text = f"{decision.text} {text[a:b]}"
        decision.span = Span(decision.span.start, b)
        if decision.kind == "resolved":
            # "The minutes … were" over "approved as …": the verb that gives the kind may wrap below
            decision.kind = decision_kind(decision.text, "resolved")  # type: ignore[assignment]


def _decision_row(text: str, cells: list[tuple[int, int]], statement: int, outcome: int | None,
                  ref: int | None) -> Decision | None:
    if statement >= len(cells):
        return None
    a, b = cells[statement]
    lead = _row_item_lead(text, a, b) if ref is None else None
    a = lead[1] if lead else a
    that = _THAT.match(text, a, b)
    a = that.end() if that else a
    if b <= a or _EMPTY_CELL.fullmatch(text, a, b):
        return None
    word = _DECISION_WORD.search(text, *cells[outcome]) if outcome is not None and outcome < len(cells) else None
    d = _decision(text, a, b, "resolved")
    if d is None:
        return None
    if word:
        w = word.group(0).lower()
        d.kind = _KIND_OF_VERB.get(w) or _WORD_KIND.get(w) or d.kind  # type: ignore[assignment]
    if ref is not None and ref < len(cells):
        ref_name = _norm(text[cells[ref][0]:cells[ref][1]])
        d.item_ref = _row_item_ref(ref_name, dotted_only=False)
    elif lead:
        d.item_ref = lead[0]
    return d


# a decision cell that records no decision: "None", "N/A", "-", "TBC"
# ("No decision was needed.", "Nothing further.": a labelled outcome saying there was none)
# ("None – for information.": none, and why: the item came for information or noting only)
_EMPTY_CELL = re.compile(r"(?i:none|nil|n/?a|tbc|nothing(?:\s+further)?|no\s+decisions?(?:\s+(?:made|taken)|"
                         r"\s+(?:was|were)\s+(?:needed|required|made|taken|necessary))?)?"
                         r"(?i:[ \t]+[-–—][ \t]+(?:for[ \t]+)?(?:information|noting|discussion|update)(?:[ \t]+only)?)?[.\s]*|[-–—]+")


def table_decisions(text: str, item: ItemSegment) -> list[Decision]:
    """The decisions of an item read from a row of the items table, under a "Decision" / "Outcome"
    column: one a '<br>'-separated piece of the cell, a label ("Agreed:", "RESOLVED that") left out."""
    decision_words = set(terms()["item_table_decision_headers"])
    cols = [k for k, n in enumerate(item.table_columns) if n in decision_words]
    out: list[Decision] = []
    if not cols:
        return out
    s, e = item.body_span.start, item.body_span.end
    for cells in _header_rows(text, s, e, item.table_columns, item.table_sep, item.table_rows):
        for k in cols:
            if k >= len(cells):
                continue
            for a, b in _cell_paragraphs(text, *cells[k]):
                pos = a
                for m in [*_LINE_BREAK_TAG.finditer(text, a, b), None]:
                    ps, pe = _trim(text, pos, m.start() if m else b)
                    pos = m.end() if m else b
                    if pe <= ps or _EMPTY_CELL.fullmatch(text, ps, pe):
                        continue
                    lm = _RESOLVED_AT_START.match(text, ps, pe)
                    start = lm.end() if lm and not _is_lead_in(text[lm.end():pe]) else ps
                    fallback = _WORD_KIND.get(lm["word"].lower(), "resolved") if lm else "resolved"
                    for a2, b2 in _decision_cell_pieces(text, start, pe):
                        d = _decision(text, a2, b2, fallback)
                        if d:
                            out.append(d)
    return out


# a decision cell's opening outcome of a few words: "Dashboard noted.", "Report agreed.", "Noted."
_SHORT_OUTCOME_SENTENCE = re.compile(r"(?:[\w'’&/-]+[ \t]+){0,4}?(?:noted|agreed|approved|endorsed|accepted)\.[ \t]+(?=[A-Z])",
                                     re.IGNORECASE)


def _decision_cell_pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The decisions one cell of a decisions column records: its inline sub-points "(a) … (b) …", or a
    short outcome sentence ("Dashboard noted.") and the decision after it ("Hate crime to be a
    standing item until Q2."), else the whole cell."""
    subs = _inline_subpoints(text, s, e)
    if subs:
        return subs
    m = _SHORT_OUTCOME_SENTENCE.match(text, s, e)
    if m and m.end() < e:
        return [(s, m.end()), (m.end(), e)]
    return [(s, e)]


def _informal_decisions(text: str, item: ItemSegment, subject: re.Pattern) -> list[Decision]:
    """Items without a formal resolution: minutes approval, "Agreed.", "The report was noted",
    and an explicit agreement of the body ("The Partnership was in agreement with this proposal")."""
    out: list[Decision] = []
    procedural = _procedural(item.title)
    for p in item.paragraphs:
        if not _is_action_para(text, p) and not _is_decision_log_para(text, p):
            _informal_decision_of(text, p, procedural, subject, out)
    out = [e for d in out for e in (_entries_agreed_under(text, d, item.paragraphs) or [d])]
    discussion = [p for p in item.paragraphs if not _is_action_para(text, p)]
    if out and not procedural and all(_noted_in_discussion(d, discussion) for d in out):
        # "Members noted the new Act. The MARACs had discussed …" is the discussion's; a paragraph
        # of its own saying "It was agreed that the PCSP would write …" is then the item's outcome
        agreed = [d for d in (_agreed_that_paragraph(text, p) for p in discussion[1:]) if d]
        out = agreed or out
    if not out and not procedural:
        # (the first paragraph is skipped: the agreement closes a discussion minuted before it)
        out = [d for d in (_agreed_that_paragraph(text, p) for p in discussion[1:]) if d]
        if not out:
            out = [d for d in (_body_in_agreement(text, p, subject) for p in discussion) if d][-1:]
        if not out:
            out = [d for d in (_closing_bare_noted(text, p) for p in discussion) if d][-1:]
        if not out:
            out = [d for d in (_request_agreed(text, p) for p in discussion) if d][-1:]
        if not out and len(discussion) >= 2:
            out = [d for d in [_body_agreed_closing(text, discussion[-1], subject)] if d]
    if out and not procedural:
        out += _further_agreed_paragraphs(text, discussion, out)
    return out


# "It was also agreed that a letter be sent …" opening a paragraph: one more outcome of the item
_FURTHER_AGREED_PARAGRAPH = re.compile(r"It\s+was\s+(?:also|further)\s+(?P<verb>agreed|resolved|decided)\b")


def _further_agreed_paragraphs(text: str, discussion: list[Paragraph], found: list[Decision]) -> list[Decision]:
    """Paragraphs after the item's first outcome that open "It was also agreed …": "also" ties the
    sentence to the outcome above, so it records one more decision, not the discussion's view."""
    first = min(d.span.start for d in found)
    out = []
    for p in discussion:
        ps, pe = _trim(text, p.text_span.start, p.text_span.end)
        if ps <= first:
            continue
        m = _FURTHER_AGREED_PARAGRAPH.match(text, ps, pe)
        if m is None or any(d.span.start <= ps < d.span.end for d in found):
            continue
        kind = decision_kind(m["verb"], "agreed")
        d = _decision(text, *sentence_bounds(text, ps, pe, ps), kind)
        if d:
            d.kind = kind  # type: ignore[assignment]
            out.append(d)
    return out


# the most words of one entry of a list copied without its bullets ("Annual Strategic Assessment 2024")
_MOST_LIST_ENTRY_WORDS = 14
# a line that runs on into the next, as wrapped prose does ("… the Board and", "… Fire and Rescue,")
_RUNS_ON = re.compile(r"(?:[,;–—-]|\b(?:and|or|of|the|a|an|in|at|on|to|for|by|with|from))[ \t*_]*$", re.IGNORECASE)


def _entries_agreed_under(text: str, d: Decision, paragraphs: list[Paragraph]) -> list[Decision]:
    """ "Bethany presented the plan. The Board agreed the following reports for the June meeting:" over a
    list: one decision an entry (the lead-in is not one more), as for a formal resolution's sub-points.
    The list is the bulleted paragraphs after the lead's paragraph, or, copied without its bullets, the
    lines under the lead in its paragraph (short, each opening with a capital, none running on). A body
    noting "the following" notes one thing; [] when ``d`` leads no list."""
    if d.kind == "noted" or _NOTES_A_LIST.search(d.text):
        return []
    colon = text.find(":", d.span.start, d.span.end)
    if colon < 0 or not _LEAD_IN_END.search(text, max(d.span.start, colon - 40), colon + 1):
        return []
    kind = d.kind
    rest_s, rest_e = _trim(text, colon + 1, d.span.end)
    if rest_e > rest_s:
        if text[colon + 1:rest_s].count("\n") != 1:
            return []
        lines = [_trim(text, a, b) for a, b in _line_spans(text, rest_s, rest_e)]
        if len(lines) < 2 or any(len(text[a:b].split()) > _MOST_LIST_ENTRY_WORDS or not text[a:a + 1].isupper()
                                 or _RUNS_ON.search(text, a, b) for a, b in lines):
            return []
        spans = lines
    else:
        k = next((k for k, p in enumerate(paragraphs) if p.text_span.start <= d.span.start < p.text_span.end), None)
        if k is None:
            return []
        spans = []
        for p in paragraphs[k + 1:]:
            if p.enumerator is None or not _BULLET_ENUMERATOR.fullmatch(p.enumerator):
                break
            spans.append((p.text_span.start, p.text_span.end))
        if len(spans) < 2:
            return []
    entries = [e for e in (_decision(text, a, b, kind) for a, b in spans) if e]
    for e in entries:
        e.kind = kind  # type: ignore[assignment]
    return entries


_BULLET_ENUMERATOR = re.compile(r"[-*•·–▪●◦]")


def _line_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(start, end) of each line of text[s:e]."""
    out, pos = [], s
    while pos < e:
        nl = text.find("\n", pos, e)
        end = e if nl < 0 else nl
        out.append((pos, end))
        pos = end + 1
    return out


# "… asked that the Partnership write to the Department. This was agreed, and JB will draft …": the
# request minuted just before, agreed in a sentence whose subject points back to it
_REQUEST_AGREED = re.compile(r"(?:This|That|The\s+(?:request|proposal|suggestion))\s+was\s+(?:(?:unanimously|duly)\s+)?"
                             r"(?P<verb>agreed|approved|accepted|supported)(?=[ \t]*(?:[,.;]|and\b|$))")


def _request_agreed(text: str, p: Paragraph) -> Decision | None:
    """ "This was agreed" after a sentence asking for something (not the paragraph's first sentence):
    read only when the item records no other outcome, for then the agreement is the item's decision,
    its text the clause itself."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    for br in _SENTENCE_BREAK.finditer(text, ps, pe):
        m = _REQUEST_AGREED.match(text, br.end(), pe)
        if m is not None:
            kind = decision_kind(m["verb"], "agreed")
            d = _decision(text, m.start(), m.end(), kind)
            if d:
                d.kind = kind  # type: ignore[assignment]
            return d
    return None


def _noted_in_discussion(d: Decision, paragraphs: list[Paragraph]) -> bool:
    """A "noted" sentence that opens a paragraph the discussion goes on in (more sentences follow it)."""
    return d.kind == "noted" and any(p.text_span.start <= d.span.start and d.span.end < p.text_span.end - 1
                                     for p in paragraphs)


_IN_AGREEMENT = re.compile(r"\s+(?:was|were)\s+(?:all\s+)?in\s+agreement\b", re.IGNORECASE)


def _body_in_agreement(text: str, p: Paragraph, subject: re.Pattern) -> Decision | None:
    """ "… of the cohort. The Partnership was in agreement that the cohort should be extended …": the
    body declaring its agreement inside a discussion paragraph — read only when the item records no
    other outcome, for then that agreement is the item's decision."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    starts = [ps] + [ps + m.end() for m in _SENTENCE_BREAK.finditer(text[ps:pe])]
    for s in starts:
        sm = subject.match(text, s, pe)
        if sm and _IN_AGREEMENT.match(text, sm.end(), pe):
            d = _decision(text, *sentence_bounds(text, ps, pe, s), "agreed")
            if d:
                d.kind = "agreed"
            return d
    return None


# after the body as subject: " agreed that …" (what the body itself agreed, not what a member agreed to do)
_BODY_AGREED_THAT = re.compile(r"\s+(?:(?:also|unanimously)\s+)?agreed\s+(?:that|to)\s+[a-z]")



def _body_agreed_closing(text: str, p: Paragraph, subject: re.Pattern) -> Decision | None:
    """ "The panel agreed that the threshold had been met." (or "Having noted TW's declaration, the Working
    Group agreed to recommend …"): the body's own agreement as a paragraph of one sentence closing the
    item's discussion, minuted in paragraphs above it — read only when the item records no other
    outcome, for then that agreement is the item's decision. An agreement inside a discussion
    paragraph ("Members agreed that the plan was ambitious. …") stays narrative."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    if _SENTENCE_BREAK.search(text, ps, pe):
        return None
    sm = subject.match(text, ps, pe)
    if sm is None or not _BODY_AGREED_THAT.match(text, sm.end(), pe):
        return None
    d = _decision(text, ps, pe, "agreed")
    if d:
        d.kind = "agreed"
    return d


def _closing_bare_noted(text: str, p: Paragraph) -> Decision | None:
    """ "OT gave an update on the drugs partnership. Noted.": typed notes close a report's paragraph
    with a bare "Noted." — read only when the item records no other outcome, for then it is the
    item's decision (as a bare "Noted." on a line of its own is), its text the word itself."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    breaks = list(_SENTENCE_BREAK.finditer(text, ps, pe))
    if not breaks:
        return None
    ls = breaks[-1].end()
    bare = BARE_DECISION.fullmatch(text, ls, pe)
    if bare is None or decision_kind(text[ls:pe], "resolved") != "noted":
        return None
    d = _decision(text, ls, pe, "noted")
    if d:
        d.kind = "noted"
    return d


# "It was agreed that the Group would report to the Board twice a year." as a paragraph of its own;
# "Following discussion, it was agreed that the overspend be met by …" (the discussion closed by it)
_IT_WAS_AGREED_THAT = re.compile(
    r"(?:(?:Following|After)\s+(?:discussion|debate|consideration)\s*,\s*it|It)"
    r"\s+was\s+(?:(?:also|further|unanimously|formally)\s+)?(?P<verb>agreed|decided)\s+that\s+[^.;:\n]{1,160}?"
    r"\b(?:should|shall|must|will|would|be|needs?\s+to)\s")
# a sentence that gives owners a task ("DF and IM to confirm the funding arrangement in writing."): the
# action that follows an agreement in the same paragraph
_OWNERS_TO_TASK = re.compile(r"[A-Z][\w'’.-]*(?:(?:\s*[/,&]\s*|\s+and\s+|\s+)[A-Z][\w'’.-]*){0,5}\s+to\s+[a-z]")


def _agreed_that_paragraph(text: str, p: Paragraph) -> Decision | None:
    """A one-sentence paragraph "It was agreed that X would/should …" after the discussion (its
    sentence may be followed by the owners' task: "… in equal shares. DF and IM to confirm …"): read
    only when nothing else in the item records an outcome, for then it is the item's decision; inside
    a discussion paragraph, alone in its item, or beside another outcome, "it was agreed that" stays
    narrative."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    m = _IT_WAS_AGREED_THAT.match(text, ps, pe)
    if m is None:
        return None
    tab = text.find("\t", ps, pe)
    if tab > 0:
        pe = _trim(text, ps, tab)[1]     # a table row's text cell, the owners' cell after its tab left out
    _, se = sentence_bounds(text, ps, pe, ps)
    # ("… be arranged for schools. [Action: CL/AG]": the owners' marker after it is a task's too)
    if se < pe and not all(_OWNERS_TO_TASK.match(text, a, b) or _BRACKETED_MARKER.fullmatch(text, a, b)
                           for a, b in _sentences_after(text, se, pe)):
        return None
    d = _decision(text, ps, se, "agreed")
    if d:
        d.kind = "agreed" if m["verb"] == "agreed" else "resolved"  # type: ignore[assignment]
    return d


def _sentences_after(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentences of text[s:e], trimmed."""
    out = []
    pos = s
    while pos < e:
        a, b = sentence_bounds(text, pos, e, pos)
        a, b = _trim(text, a, b)
        if b <= a:
            break
        out.append((a, b))
        pos = b
    return out


# "Proposed by Cllr A, Seconded by Cllr B" on a line of its own: the motion's mover and seconder, its
# outcome on the line below ("It was agreed that …", "The motion was put … and it was agreed unanimously.")
_SECONDER_LINE = re.compile(
    r"(?:it\s+was\s+)?(?:proposed|moved)\s+by\s+[^,;\n]{2,60}?,?[ \t]*(?:and[ \t]+)?seconded\s+by\s+[^,;\n]{2,60}?"
    r"[.:]?[ \t]*\n[ \t]*", re.IGNORECASE)
# the outcome line under it: the meeting agreeing, resolving or carrying the motion in its first clause
_OUTCOME_UNDER_SECONDER = re.compile(
    r"[^.;\n]{0,60}?\b(?P<verb>agreed|resolved|carried|approved|adopted)\b", re.IGNORECASE)


def _past_seconder_line(text: str, ps: int, pe: int) -> int:
    """Where a paragraph's outcome starts past its "Proposed by A, Seconded by B" line, when the line
    below says the motion was agreed (else ``ps``): under the mover and seconder, the plain "It was
    agreed that …" is the meeting's formal resolution, not narrative, and its text starts there."""
    m = _SECONDER_LINE.match(text, ps, pe)
    if m is None or not _OUTCOME_UNDER_SECONDER.match(text, m.end(), pe):
        return ps
    return m.end()


def _add_first_sentence_decision(out: list[Decision], text: str, ps: int, pe: int, kind: str) -> None:
    """A decision of ``kind`` whose text is the paragraph's first sentence."""
    d = _decision(text, *sentence_bounds(text, ps, pe, ps), kind)
    if d:
        d.kind = kind  # type: ignore[assignment]
        out.append(d)


def _informal_decision_of(text: str, p: Paragraph, procedural: bool, subject: re.Pattern,
                          out: list[Decision]) -> None:
    """The informal decision a paragraph states, if any, appended to ``out``.

    A bare outcome on a line (or a table row) of its own — "Agreed.", "Approved", "Endorsed", "Noted"
    — is its own text, with its word's kind: the minutes record the outcome in that word, and the
    paragraph before it is the proposal or the discussion it answers (the golds since m04 count the
    word, the proposal at most as optional)."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    if pe <= ps:
        return
    seconded = _past_seconder_line(text, ps, pe)
    ps = seconded
    low = text[ps:pe].lower()
    mm = _MINUTES_APPROVED.search(text, ps, pe) if ("minute" in low or "note" in low or "record" in low) else None
    if mm and not _opens_a_minute_entry(text, mm):
        s, e = sentence_bounds(text, ps, pe, mm.start())
        s = _approving_clause_start(text, s, mm.start())
        d = _decision(text, s, e, "approved")
        if d:
            out.append(d)
        return
    if procedural:
        return
    bare = BARE_DECISION.fullmatch(text, ps, pe)
    if bare or _NOTED_SENTENCE.fullmatch(text, ps, pe) or _RECOMMENDATION_OUTCOME.fullmatch(text, ps, pe) \
            or _noted_report_paragraph(text, ps, pe):
        word = _DECISION_WORD.search(text[ps:pe])
        kind = decision_kind(text[ps:pe], _KIND_OF_VERB.get(word.group(0).lower(), "resolved") if word else "resolved")
        d = _decision(text, ps, pe, kind)
        if d:
            d.kind = kind  # type: ignore[assignment]
            out.append(d)
        return
    cm = _MOTION_CARRIED.match(text, ps, pe)
    if cm:
        _add_first_sentence_decision(out, text, ps, pe, decision_kind(cm["verb"], "agreed"))
        return
    om = _OUTCOME_UNDER_SECONDER.match(text, ps, pe) if seconded > p.text_span.start else None
    if om:
        _add_first_sentence_decision(out, text, ps, pe, decision_kind(om["verb"], "agreed"))
        return
    pm = _PASSIVE_OUTCOME.match(text, ps, pe) or _listed_passive_outcome(text, p, ps, pe)
    if pm:
        _add_first_sentence_decision(out, text, ps, pe, decision_kind(pm["verb"], "resolved"))
        return
    sm = _opening_or_later_agreement(text, ps, pe, subject)
    if sm:
        ps = sm.start()
        after = text[sm.end():pe]
        vm = _VERB_AFTER_SUBJECT.match(after)
        if vm is None and sm.start() == ps:
            vm = _AGREED_THAT_TO_DO.match(after)
        if vm:
            s, e = sentence_bounds(text, ps, pe, ps)
            verb = vm["verb"].lower()
            kind = "agreed" if "agreement" in verb else decision_kind(verb, "resolved")
            d = _decision(text, s, e, kind)
            if d:
                d.kind = kind  # type: ignore[assignment]
                out.append(d)


def _noted_report_re() -> re.Pattern:
    """ "The Prevent Coordinator's update under the … Act 2015 was noted.": a sentence whose subject,
    however long, names a report word (data: ``noted_report_words``) and is only noted."""
    def build() -> re.Pattern:
        words = "|".join(re.escape(w) for w in terms()["noted_report_words"])
        # (or the thanks for it, with its noting in a clause: "Members thanked PC Lake for his report,
        # which was noted.")
        return re.compile(rf"The\s+(?:[^.;:\n]{{0,150}}?\s)?(?i:{words})\b[^.;:\n]{{0,150}}?\s+(?:was|were)\s+"
                          r"(?:duly\s+|formally\s+)?(?i:noted)\.?|"
                          rf"[A-Z][^.;:]{{0,150}}?\s(?i:thanked)\s[^.;:]{{0,120}}?\s(?i:{words}),\s+which\s+(?:was|were)\s+"
                          r"(?:duly\s+|formally\s+)?(?i:noted)\.?")
    return _compiled("noted-report", build)


def _noted_report_paragraph(text: str, ps: int, pe: int) -> bool:
    """A paragraph that is only "The <…report/update…> was noted.": the item's outcome."""
    return pe - ps <= 320 and _noted_report_re().fullmatch(text, ps, pe) is not None


def _listed_passive_outcome(text: str, p: Paragraph, ps: int, pe: int) -> re.Match | None:
    """A lettered or numbered sub-point that is one passive outcome sentence ("(a) … were approved.")."""
    if p.enumerator is None or p.enumerator in "-*•·–▪●◦":
        return None
    return _LISTED_PASSIVE_OUTCOME.fullmatch(text, ps, pe)


# "The minute … was checked for accuracy and Members agreed that it was a true record": the sentence
# joins what was done to the minutes to the body's agreement, which is the decision
_AND_BODY_AGREED = re.compile(r"\band\s+(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
                              r"(?:agreed|confirmed|approved|accepted)\s+(?:that|it|them)\b)")


def _approving_clause_start(text: str, s: int, approval: int) -> int:
    """Where the approval of the minutes starts inside the sentence at ``s``: at the body agreeing
    ("… and Members agreed that it was a true record") when a clause before that says what else was done."""
    joins = list(_AND_BODY_AGREED.finditer(text, s, approval))
    return joins[-1].end() if joins else s


# "Recommendation approved.", "Recommendations agreed unanimously.": the outcome names what it decides
# (the report's recommendation), so it is its own text, unlike a bare "Agreed." after a discussion
_RECOMMENDATION_OUTCOME = re.compile(
    r"(?:the\s+)?recommendations?\s+(?:(?:was|were)\s+)?(?:approved|agreed|accepted|endorsed|adopted|supported)"
    r"(?:\s+unanimously)?[.!]?", re.IGNORECASE)
# "The Strategic Plan 2015-18 was agreed.": a paragraph that opens by saying, in the passive, that the
# thing it names was agreed records the body's decision; the sentence ends at the verb, for "… was
# approved by Cabinet in March" reports a decision taken elsewhere, and "It/This was agreed" points back
# to a discussion instead of naming what was decided
# "It was proposed by Councillor A, seconded by Mr B and agreed that …" / "… and resolved to approve …":
# a motion moved, seconded and carried, in plain words (the shouted "AGREED" is read as a label)
_MOTION_CARRIED = re.compile(
    r"(?:it\s+was\s+)?(?:proposed|moved)\s+by\s+[^,;.\n]{2,60},\s*(?:and\s+)?seconded\s+by\s+[^,;.\n]{2,60}?,?"
    r"\s+and\s+(?:(?:unanimously|duly)\s+)?(?P<verb>agreed|resolved|carried)\b(?=\s+(?:that|to)\b|[ \t]*[:.,])",
    re.IGNORECASE)
_PASSIVE_OUTCOME = re.compile(
    r"The\s+[^.;:\n]{2,100}?\s+(?:was|were)\s+(?:(?:formally|unanimously|duly)\s+)?"
    r"(?P<verb>agreed|approved|adopted|endorsed|ratified)(?:\s+unanimously)?(?=[.!](?:\s|$))")
# "(a) Payments for February totalling £14,862.17 were approved." / "(b) The bank reconciliation … was
# noted.": an item's outcomes listed as sub-points, each a sentence saying in the passive what was
# approved or noted (a stop inside an amount does not end it); a listed point is an outcome, where a
# discussion paragraph saying "The concerns were noted." reports one
_LISTED_PASSIVE_OUTCOME = re.compile(
    r"[A-Z](?:[^.;:\n]|\.(?=\d)){2,150}?\s+(?:was|were)\s+(?:(?:formally|unanimously|duly)\s+)?"
    r"(?P<verb>noted|agreed|approved|adopted|endorsed|ratified|accepted)(?:\s+unanimously)?[.!]?")
_DECISION_WORD = re.compile(r"noted|agreed|approved|endorsed|received|accepted|adopted|carried|resolved",
                            re.IGNORECASE)
_VERB_AFTER_SUBJECT = re.compile(
    r"\s+(?:(?:also|then|unanimously|formally)\s+)?(?P<verb>was\s+in\s+agreement|were\s+in\s+agreement|"
    r"agreed|approved|endorsed|ratified|elected|resolved|decided|noted|supported|accepted)\b(?!\s+that\b)",
    re.IGNORECASE)
# a paragraph opened by the body agreeing that something is to be done ("The Board agreed that its terms
# of reference should be redrafted …", "… agreed that the plan be published", "… agreed that the Board would
# act as the lead partnership") decides it; "agreed that
# the plan was ambitious" (an opinion) and the same words later in a discussion paragraph stay narrative
# ("The Panel recommended to the Council's Cabinet that the Order be renewed …": a recommendation the
# body makes to another, its addressee between the verb and "that")
_AGREED_THAT_TO_DO = re.compile(
    r"\s+(?:(?:also|then|unanimously|formally)\s+)?(?P<verb>agreed|decided|"
    r"recommended(?:\s+to\s+(?:the\s+)?[A-Z][^.;:\n]{1,60}?)?)\s+that\s+[^.;:\n]{1,120}?"
    r"\b(?:should|shall|must|will|would|be|needs?\s+to)\s", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?][ \t\n]+(?=[A-Z])")
_AGREEMENT_AFTER_SUBJECT = re.compile(r"\s+(?:(?:also|then|unanimously|formally)\s+)?(?:agreed|approved|endorsed|"
                                      r"(?:was|were)\s+in\s+agreement)\b(?!\s+(?:that|with)\b)", re.IGNORECASE)


def _opening_or_later_agreement(text: str, ps: int, pe: int, subject: re.Pattern) -> re.Match | None:
    """The body's subject opening the paragraph; or, when that sentence gives the body no outcome verb
    ("Members thanked the sub-group chairs for their reports. The Board noted the highlight reports."),
    the body agreeing or noting in a later sentence."""
    sm = subject.match(text, ps, pe)
    if sm is not None and (_VERB_AFTER_SUBJECT.match(text, sm.end(), pe) or _AGREED_THAT_TO_DO.match(text, sm.end(), pe)):
        return sm
    return _agreement_sentence(text, ps, pe, subject) or sm


def _agreement_sentence(text: str, ps: int, pe: int, subject: re.Pattern) -> re.Match | None:
    """A later sentence of a discussion paragraph in which the body itself agrees or approves
    something ("… presented the draft plan. The Partnership agreed the draft plan subject to …");
    "noted" and "agreed that" inside discussion stay narrative."""
    for sep in _SENTENCE_BREAK.finditer(text[ps:pe]):
        sm = subject.match(text, ps + sep.end(), pe)
        if sm and (_AGREEMENT_AFTER_SUBJECT.match(text, sm.end(), pe) or _CLOSING_NOTED.fullmatch(text, sm.end(), pe)):
            return sm
    return None


# "… to both people referred. Members noted the update.": the body noting a short object in the
# paragraph's last sentence records the item's outcome ("noted that …" stays narrative)
_CLOSING_NOTED = re.compile(r"\s+(?:also\s+)?noted\s+the\s+(?!that\b)[\w'’ -]{1,40}\.\s*")


# --------------------------------------------------------------------------- actions


def _title_alt() -> str:
    return _alternation(terms()["personal_titles"])


def _name_re() -> str:
    # after the initials, a title before a capitalised word starts a name rather than continuing one:
    # in "… in Band A. Mr Sturridge agreed to …" the "A." ends a sentence and is nobody's initial
    return (rf"(?:(?i:{_title_alt()})\.?\s+)?(?:[A-Z]\.?\s+){{0,2}}(?!(?i:{_title_alt()})\.?\s+[A-Z])"
            rf"[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){{0,2}}")


# a follow-up verb is found in two steps: a fast scan for its first word, then the full match
_PROSE_VERB_SCAN = re.compile(r"\s(?:offered|agreed|undertook|volunteered|promised|committed|was|were|said|"
                              r"confirmed|indicated|stated|advised|would|will)\s")
_PROSE_VERB = re.compile(
    r"(?P<verb>(?:offered|agreed|undertook|volunteered|promised|committed)\s+to|"
    # "JS offered Victim Support volunteers for the stalls": an offer of something, not of thanks
    r"offered(?=\s+(?!(?:(?:his|her|their|our|its)\s+)?(?:apologies|thanks|congratulations|condolences|"
    r"sympathy|sympathies|best\s+wishes|comments?|views?|observations?)\b)(?:[A-Z]|(?:a|an|the|his|her|their|some)\s))|"
    r"(?:was|were)\s+(?:also\s+)?(?:asked|requested|tasked)\s+to|"
    # "… and said he would take no part in the discussion": a promise not to act is no follow-up
    # ("Kemi said she'd find out and report back": informal notes contract "she would")
    r"(?:said|confirmed|indicated|stated|advised|agreed|undertook)\s+(?:that\s+)?(?:he|she|they)(?:\s+(?:would|will)|['’](?:d|ll)\b)"
    # ("… indicated that he would remain in the meeting / leave the room / abstain": his conduct in the
    # meeting itself, over by its end, is no follow-up)
    r"(?!\s+(?:not|never|remain|stay|leave|withdraw|abstain)\b|\s+[a-z]+\s+no\b)|"
    r"(?:would|will)\s+(?:bring|provide|circulate|report|send|share|arrange|update|present|investigate|"
    r"look\s+into|follow\s+up|contact|write|check|liaise|seek|feed\s+back|prepare|organise|draft|"
    r"review|raise|pass|forward|email|e-mail|submit|produce|establish|convene|set\s+up|add|include|confirm|commission))\b")
# cheap substring test before the regex runs on a paragraph
_PROSE_HINTS = (" to ", " would ", " will ", " offered ", "'d ", "’d ", "'ll ", "’ll ")
_OWNER_WINDOW = 160


def _owners_before_re() -> re.Pattern:
    """Names (joined by commas/"and") that end right where a follow-up verb starts. A comma before
    "and" joins a list only after another comma ("A, B, and C"): "The Chair thanked Mrs X, and
    Supt Y undertook to …" joins two clauses, and only Supt Y undertakes."""
    def build() -> re.Pattern:
        name = _name_re()
        joined = rf"(?:(?:\s*,\s*{name})+(?:\s*,?\s*(?:and|&)\s+{name})?|\s+(?:and|&)\s+{name})?"
        # (?=[A-Z]) after a word boundary: the search fails fast at positions that cannot start a name
        return re.compile(rf"(?<![\w'’-])(?=[A-Z])(?P<owners>{name}{joined})"
                          rf"(?:\s*\([^()\n]{{1,120}}\))?"      # the person's role in apposition
                          rf"(?:\s+(?:also|kindly|further|then|subsequently|duly))?\s+$")
    return _compiled("owners-before", build)


def _titled_owner_to_re() -> re.Pattern:
    """A paragraph opening "Mr Pryce to circulate …" / "Cllr A Brown and Ms Lal to meet …": an action line
    without its "Action:" label; a title is required so that "Members to note …" is not read as a name."""
    def build() -> re.Pattern:
        titled = rf"(?i:{_title_alt()})\.?\s+(?:[A-Z]\.?\s+){{0,2}}[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+)?"
        return re.compile(rf"(?P<owners>{titled}(?:\s*(?:,|\band\b|&|/)\s*{titled})*)\s+to\s+(?!be\s)(?=[a-z])")
    return _compiled("titled-owner-to", build)


# "→ Fraser to chase …": the arrows that mark a line as an action in typed notes ("->", "=>" typed so)
_ACTION_ARROWS = frozenset({"→", "➔", "➜", "⇒", "->", "-->", "=>"})
# "Donnie and Calum to confirm …", "Shona, Ruth and Kate to draft …": names (first names or full) before "to"
_ARROW_OWNERS = (r"(?P<owners>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
                 r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]*/[ \t]*)[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})*)")
_ARROW_OWNERS_TO = re.compile(_ARROW_OWNERS + r"[ \t]+to[ \t]+(?!be[ \t])(?=[a-z])")
# "→ Jo Hale and Tom Webb by 24 July 2024: scope the pilot …": the owners, when the task is due, a colon
# and the task
_ARROW_OWNERS_BY_DATE = re.compile(_ARROW_OWNERS + r"[ \t]+by[ \t]+(?P<due>[^:\n]{3,40}?)[ \t]*:[ \t]*(?=\S)")
# "→ Ellie / Nick: arrange a joint walkabout …": the owners, a colon, the task in lower case
_ARROW_OWNERS_COLON = re.compile(_ARROW_OWNERS + r"[ \t]*:[ \t]*(?=[a-z])")


def arrow_action(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> Action | None:
    """A line marked with an arrow, "→ Morag to make the changes …", "→ Morag: make the changes …" or
    "→ Morag by 3 May 2024: make the changes …": an action of the people named before "to" (or "by" and the due date; first names
    stand for the attendee of that first name). The task is the line."""
    if p.enumerator is None or p.enumerator not in _ACTION_ARROWS:
        return None
    s, e = _trim(text, p.text_span.start, p.text_span.end)
    m = _ARROW_OWNERS_TO.match(text, s, e) or _ARROW_OWNERS_COLON.match(text, s, e)
    due_from = m.end() if m else None
    if m is None:
        m = _ARROW_OWNERS_BY_DATE.match(text, s, e)
        if m is None or not _DUE_WHEN.match(m["due"]) and not _date_at_start(m["due"]):
            return None
        due_from = m.end("owners")
    owners = [_with_first_name_resolved(o, attendance) for o in _owners_in(text, m.start("owners"), m.end("owners"), attendance)]
    if not owners or not all(o.kind == "person" for o in owners):
        return None
    return Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True, due=due_date_in(text, due_from, e))


# "ACTION Nathan Oddie to circulate …": the label in capitals with no colon or dash after it, then the
# line reads as an action line without a label does (owners before "to")
_BARE_SHOUTED_LABEL = re.compile(r"(?:ACTIONS?|ACTION[ \t]+POINT)[ \t]+(?=[A-Z][a-z])")


def shouted_label_action(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> Action | None:
    """A line opened by "ACTION" without a colon, then people named before "to" and the task: an
    action of those people (each must read as a person's name, so "ACTION Members to note …" is none).
    The task is the line after the label."""
    s, e = _trim(text, p.text_span.start, p.text_span.end)
    label = _BARE_SHOUTED_LABEL.match(text, s, e)
    if label is None:
        return None
    m = _ARROW_OWNERS_TO.match(text, label.end(), e)
    if m is None:
        return None
    owners = [_with_first_name_resolved(o, attendance) for o in _owners_in(text, m.start("owners"), m.end("owners"), attendance)]
    if not owners or not all(o.kind == "person" and is_person_name(o.name, attendance) for o in owners):
        return None
    s = label.end()
    return Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True, due=due_date_in(text, m.end(), e))


def _with_first_name_resolved(owner: Owner, attendance: list[AttendanceEntry]) -> Owner:
    """ "Fraser" → "Fraser Galbraith": notes that call people by first name after an attendance list
    of full names mean the one attendee of that first name (two of them: the name stays as written)."""
    if " " in owner.name:
        return owner
    fits = {a.name for a in attendance if _strip_title(a.name)[0].split()[:1] == [owner.name]
            and len(_strip_title(a.name)[0].split()) > 1}
    if len(fits) != 1:
        return owner
    return Owner(name=fits.pop(), span=owner.span, kind="person")


# "The Commissioner", "the Chief Constable": an office named by its last words, after "the"
_OFFICE_WORDS = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?i:the)[ \t\n]+$")
_THE_OFFICE = re.compile(rf"(?i:the)[ \t\n]+(?P<office>{_OFFICE_WORDS})")
# the office as a follow-up's subject may also be a longer title joined by "of" / "and" ("The Head of
# Performance and Scrutiny will …") or its initials ("The DCC agreed to …", the attendance giving
# "Deputy Chief Constable (DCC)")
_LONG_OFFICE_WORDS = r"[A-Z][a-z]+(?:[ \t]+(?:(?:of|and|for)[ \t]+)?[A-Z][a-z]+){0,4}"
_OFFICE_INITIALS = r"[A-Z]{2,5}"
_THE_NAMED_OFFICE = re.compile(rf"(?i:the)[ \t\n]+(?:(?P<initials>{_OFFICE_INITIALS})|(?P<office>{_LONG_OFFICE_WORDS}))")
_OFFICE_SUBJECT_BEFORE = re.compile(rf"(?<![\w'’-])(?P<owners>(?i:the)[ \t\n]+(?:{_OFFICE_INITIALS}|{_LONG_OFFICE_WORDS}))[ \t\n]*$")


def _office_holder(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> list[Owner]:
    """ "The Commissioner agreed to …" at a meeting attended by "Jonathan Everthorpe (Police and Crime
    Commissioner)": the one attendee whose post (the role, or else the one body in the parenthesis)
    ends with the office is its holder. The chair is not resolved: chairs change between meetings."""
    # ("The Community Safety Manager undertook to …": the owners read may leave out the article)
    article = _ARTICLE_BEFORE.search(text, max(0, s - 5), s)
    m = _THE_NAMED_OFFICE.fullmatch(text, article.start() if article else s, e)
    if m is not None and m["initials"]:
        holders = {a.name for a in attendance if a.list_kind != "apologies" and _role_has_initials(a.role, m["initials"])}
        return [Owner(name=holders.pop(), span=Span(m.start(), e), kind="person")] if len(holders) == 1 else []
    # (a post's words: "The Council said …" names a body, which an attendee is listed from, not a post)
    if m is None or _CHAIR.match(m["office"].lower()) or not job_re().search(m["office"]) \
            or _org_word_re().search(m["office"]):
        return []
    office = _norm(m["office"])
    holders = {a.name for a in attendance if a.list_kind != "apologies" and _post_of(a)
               and _holds_office(_norm(_post_of(a)), office)}
    if len(holders) != 1:
        return []
    return [Owner(name=holders.pop(), span=Span(m.start(), e), kind="person")]


# "RESOLVED that … (ii) the Community Safety Manager prepare a protocol …": a resolution whose subject is
# an office, its verb a bare infinitive (the subjunctive of a resolution), directs the office's holder
_RESOLVED_OFFICE_TASK = re.compile(rf"(?:(?i:that)[ \t\n]+)?(?P<owners>(?i:the)[ \t]+{_OFFICE_WORDS})"
                                   r"[ \t\n]+(?!be\b|is\b|was\b|were\b|has\b|had\b|will\b|would\b|should\b|may\b)"
                                   r"(?P<verb>[a-z]{3,}(?<![^s]s)(?<!ed)(?<!ing))\b")


# "… that the Panel supports the priorities and asks the Commissioner to report on …": the body asks an
# office to do something, which is the office holder's task
_RESOLUTION_ASKS_OFFICE = re.compile(rf"\b(?:asks?|requests?|invites?)[ \t\n]+the[ \t\n]+(?P<owners>{_OFFICE_WORDS})"
                                     r"[ \t\n]+to[ \t\n]+[a-z]")


def resolved_office_tasks(text: str, decisions: list[Decision], attendance: list[AttendanceEntry]) -> list[Action]:
    """Implicit actions of resolutions that direct the one attendee holding an office ("… that the
    Community Safety Manager prepare a protocol …", the attendance giving her that post; "… and asks
    the Commissioner to report …")."""
    found: list[Action] = []
    for d in decisions:
        m = _RESOLVED_OFFICE_TASK.match(text, d.span.start, d.span.end) or \
            _RESOLUTION_ASKS_OFFICE.search(text, d.span.start, d.span.end)
        if m is None:
            continue
        owners = _office_holder(text, m.start("owners"), m.end("owners"), attendance)
        if owners:
            found.append(Action(text=d.text, span=d.span, owners=owners, explicit=False))
    return found


def _office_subject_holder(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> list[Owner]:
    """ "The Head of Performance and Scrutiny will …": the names read before the verb were the office's
    last words ("Performance and Scrutiny"); the whole office, from its "The", is its one holder's."""
    m = _OFFICE_SUBJECT_BEFORE.search(text, max(s, e - 80), e)
    return _office_holder(text, m.start("owners"), e, attendance) if m else []


def _role_has_initials(role: str | None, initials: str) -> bool:
    """ "Deputy Chief Constable (DCC)" or "Deputy Chief Constable" is the role "the DCC" names: the
    initials bracketed after it, or those of its capitalised words. Only a role (not a body the
    attendee is listed from) is an office: "the ICB" names a body."""
    if not role or _org_word_re().search(role):
        return False
    if f"({initials})" in role:
        return True
    return "".join(w[0] for w in re.findall(r"\b[A-Z][a-z]+", role.split("(", 1)[0])) == initials


def _holds_office(post: str, office: str) -> bool:
    """A post is the office as the minutes name it: the same words, the office's last words ("police and
    crime commissioner" is "the Commissioner"), or its first and last words with the middle left out
    ("deputy police and crime commissioner" is "the Deputy Commissioner")."""
    if post == office or post.endswith(" " + office):
        return True
    # "Lakeby Commissioner for Police, Fire and Crime" is "the Commissioner": the post's head before "for"
    head = post.split(" for ", 1)[0]
    if head != post and (head == office or head.endswith(" " + office)):
        return True
    words, posts = office.split(), post.split()
    return len(words) >= 2 and len(posts) > len(words) and posts[:len(words) - 1] == words[:-1] \
        and posts[-1] == words[-1]


def _post_of(entry: AttendanceEntry) -> str | None:
    """An attendee's post: the role, else a lone parenthesis read as a body ("Police and Crime Commissioner")."""
    if entry.role:
        return entry.role
    return entry.organisations[0] if len(entry.organisations) == 1 else None


def prose_followups(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    """(owners start, owners end, verb end) of each "X offered to / agreed to / said she would …"."""
    para = text[s:e]        # sliced once, not once per hint
    if not any(hint in para for hint in _PROSE_HINTS):
        return []
    out = []
    for hit in _PROSE_VERB_SCAN.finditer(text, s, e):
        v = _PROSE_VERB.match(text, hit.start() + 1, e)
        if v is None:
            continue
        ws = max(s, v.start() - _OWNER_WINDOW)
        m = _owners_before_re().search(text, ws, v.start())
        if m is None and _COORDINATED.search(text, max(s, v.start() - 8), v.start()) \
                and re.match(_COMMITMENT_VERBS, v["verb"]):
            m = _reported_subject(text, s, v.start())
            # "X said that Mr Y had found …, and offered to …": with another person named in the
            # reported clause, whose offer it was is not clear
            if m is not None and _titled_name_re().search(text, m.end(), v.start()):
                m = None
        # ("Dr X said that GP practices were not aware, and she undertook to raise this …": a
        # pronoun's commitment after the speaker's report, as "… and that she would raise this" is)
        if m is None and (v["verb"].startswith(("would", "will")) or re.match(_COMMITMENT_VERBS, v["verb"])):
            m = _pronoun_reported_subject(text, s, v.start())
        # ("The Head of Performance and Scrutiny will include …": an office as the subject, its one
        # holder found from the attendance by _office_holder)
        if m is None:
            m = _OFFICE_SUBJECT_BEFORE.search(text, ws, v.start())
        if m:
            out.append((m.start("owners"), m.end("owners"), v.end()))
    return out


def _action_for_name_re() -> re.Pattern:
    """ "The action for Marcus Greaves to map Prevent training … remains open": an action (carried from
    an earlier meeting or set now) that the minutes assign by name in their prose."""
    def build() -> re.Pattern:
        name = _name_re()
        return re.compile(rf"\b[Aa]ctions?[ \t\n]+(?:for|on)[ \t\n]+(?P<owners>{name}(?:\s+(?:and|&)\s+{name})?)"
                          rf"\s+(?P<to>to)\s+(?!be\s)(?=[a-z])")
    return _compiled("action-for-name", build)


def assigned_action_followups(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    """(owners start, owners end, "to" end) of each "the action for Name to <verb> …" in text[s:e]."""
    if text.find("ction for ", s, e) < 0 and text.find("ction on ", s, e) < 0:
        return []
    return [(m.start("owners"), m.end("owners"), m.end("to")) for m in _action_for_name_re().finditer(text, s, e)]


# "Superintendent Kerr advised that the team covered the county and that he would provide figures":
# the second reported clause, its subject a pronoun, is the speaker's commitment (the "that" may be
# left out: "The Commissioner said this depended on the settlement and he would write to members")
_AND_THAT_PRONOUN = re.compile(r"\s+and\s+(?:that\s+)?(?P<pronoun>he|she)\s+$")


def _pronoun_reported_subject(text: str, s: int, verb_start: int) -> re.Match | None:
    """The speaker ("Name advised …") whose "… and that he/she would <verb>" a follow-up is; none when
    another titled person is named between them, or the pronoun does not fit the speaker's title."""
    pm = _AND_THAT_PRONOUN.search(text, max(s, verb_start - 16), verb_start)
    if pm is None:
        return None
    m = _reported_subject(text, s, pm.start())
    if m is None or _titled_name_re().search(text, m.end(), pm.start()) \
            or not _gender_fits(m["owners"], pm["pronoun"].capitalize()):
        return None
    return m


# "Supt Cardew advised that every ward had an officer, and agreed to provide …": a follow-up verb
# joined by "and" to an earlier verb of the same sentence belongs to that verb's subject; so does one
# joined by "but" ("Insp Hale said there was no rise but offered to provide the figures")
_COORDINATED = re.compile(r",?\s+(?:and|but)\s+$")
_REPORTING_VERBS = ("advised|said|reported|confirmed|explained|stated|informed|noted|acknowledged|updated|"
                    "responded|replied|outlined|presented|accepted|welcomed")


def _reported_subject_re() -> re.Pattern:
    def build() -> re.Pattern:
        return re.compile(rf"(?<![\w'’-])(?=[A-Z])(?P<owners>{_name_re()})\s+(?:also\s+)?(?:{_REPORTING_VERBS})\b")
    return _compiled("reported-subject", build)


def _reported_subject(text: str, s: int, verb_start: int) -> re.Match | None:
    """The last "Name advised/said/…" of the sentence that a coordinated follow-up verb closes."""
    ws = max(s, verb_start - 2 * _OWNER_WINDOW)
    stop = max(text.rfind(". ", ws, verb_start), text.rfind("\n", ws, verb_start))
    found = None
    for found in _reported_subject_re().finditer(text, stop + 1 if stop >= 0 else ws, verb_start):
        pass
    return found


def _split_names_re() -> re.Pattern:
    return _compiled("splitnames", lambda: re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s|/)\s*"))


def _title_prefix_re() -> re.Pattern:
    return _compiled("title-prefix", lambda: re.compile(rf"(?:{_title_alt()})\.?\s+", re.IGNORECASE))


def _strip_title(name: str) -> tuple[str, bool]:
    m = _compiled("title-prefix", lambda: re.compile(rf"(?:{_title_alt()})\.?\s+", re.IGNORECASE)).match(name)
    return (name[m.end():], True) if m else (name, False)


def is_person_name(name: str, attendance: list[AttendanceEntry]) -> bool:
    """A named person rather than a body, a role or a pronoun: "Mr Peerbux", "Graeme Brown"."""
    bare, titled = _strip_title(name.strip())
    words = bare.split()
    if not words:
        return False
    stop = _non_person_words()
    # an initial ("A" in "Ms A Atkins") is not the article "a"
    if any(w.lower().strip(".,’'") in stop for w in words if not _INITIAL.fullmatch(w)):
        return False
    if any(w.isupper() and len(w) > 1 for w in words):
        return False
    if titled:
        return True
    low = _norm(bare)
    for entry in attendance:
        full = _bare_name(entry.name)
        if low == full or (len(words) == 1 and full.split()[-1:] == [low]):
            return True
    if _names_an_attendees_organisation(low, attendance):
        return False        # "Cartrefi Fellside" (a Welsh housing body) reads like a first name and surname
    return 2 <= len(words) <= 3


def _names_an_attendees_organisation(low: str, attendance: list[AttendanceEntry]) -> bool:
    """The normalised name is the organisation an attendance entry gives someone."""
    return any(low == _norm(org) for entry in attendance for org in entry.organisations)


@lru_cache(maxsize=1)
def _non_person_words() -> frozenset[str]:
    return frozenset(terms()["non_person_words"])


@lru_cache(maxsize=16384)
def _bare_name(name: str) -> str:
    """An attendee's name without title, normalised (asked for every attendee and every owner)."""
    return _norm(_strip_title(name)[0])


_WORD_CAPITALS = re.compile(r"(?:^|['’])([A-Z])")
_MC_SURNAME = re.compile(r"(Ma?c[A-Z])[a-z]")


def _name_initials(name: str) -> tuple[str, ...]:
    """("LW", "LW") for "Leanne Williams"; (all initials, first + last) for "Mary Ann Smith" → ("MAS", "MS");
    a surname with an apostrophe gives its first letter alone as well ("SO" as "SOL" for Sean O'Leary)."""
    words = [w for w in re.split(r"[\s-]+", _strip_title(name.strip())[0]) if w[:1].isupper()]
    if not words:
        return "", ""
    # "O'Connell" gives "OC": the capital after the apostrophe starts the name proper ("JOC" for Jo O'Connell)
    letters = ["".join(m.group(1) for m in _WORD_CAPITALS.finditer(w)) or w[0] for w in words]
    forms = ("".join(letters), letters[0][0] + letters[-1])
    if len(letters[-1]) > 1:
        # clerks also write the prefix's letter alone ("SO" for Sean O'Leary)
        forms += (letters[0][0] + letters[-1][0],)
    mc = _MC_SURNAME.match(words[-1]) if len(words) > 1 else None
    if mc:
        # a Mc or Mac surname keeps its prefix: "JMcK" for Jim McKechnie, "AMacL" for Ann MacLeod
        forms += (letters[0][0] + mc.group(1),)
    return forms


def resolve_initials(initials: str, attendance: list[AttendanceEntry], first_names: bool = True) -> str | None:
    """The attendee that owner initials ("LW") stand for, or None when no single attendee fits.

    Initials printed in the list win; then the initials of a listed full name; when the list gives
    first names only ("Leanne – Thanet DC") and ``first_names`` allows the guess, the one attendee
    whose first name starts with the first initial (a surname initial cannot be checked, so two
    candidates mean no answer)."""
    for entry in attendance:
        if entry.initials == initials:
            return entry.name
    full = {e.name for e in attendance if initials in _name_initials(e.name) and len(_strip_title(e.name)[0].split()) > 1}
    if len(full) == 1:
        return full.pop()
    if full or not first_names:
        return None
    bare = [_strip_title(e.name)[0].strip() for e in attendance]
    if attendance and all(len(b.split()) == 1 for b in bare):
        first = {e.name for e, b in zip(attendance, bare) if b[:1] == initials[:1]}
        if len(first) == 1:
            return first.pop()
    return None


_INITIALS = re.compile(r"[A-Z]{2,4}")
_MC_INITIALS = re.compile(r"[A-Z]{1,2}Ma?c[A-Z]")      # "JMcK", "AMacL"
_LEADING_THE_ALL = re.compile(r"^(?:the|all)\s+")
_CHAIR = re.compile(r"(?:the\s+)?(?:vice[- ])?chair")


def _titled_initials(name: str, attendance: list[AttendanceEntry]) -> str | None:
    """ "Dr AF", "Cllr JB": an attendee's initials after their title (as a clerk writes them for a
    doctor or a councillor) stand for that attendee, when exactly one fits."""
    bare, titled = _strip_title(name)
    return resolve_initials(bare, attendance, False) if titled and _INITIALS.fullmatch(bare) else None


def _owner_kind(name: str, attendance: list[AttendanceEntry]) -> tuple[str, str]:
    """(kind, name to record): initials become the listed person's name when they fit one attendee."""
    bare = name.strip()
    if _INITIALS.fullmatch(bare) or _MC_INITIALS.fullmatch(bare) or any(e.initials == bare for e in attendance):
        person = resolve_initials(bare, attendance)
        return ("person", person) if person else ("initials", bare)
    person = _titled_initials(bare, attendance)
    if person:
        return "person", person
    low = _norm(bare)
    low_nothe = _LEADING_THE_ALL.sub("", low)
    roles = terms()["role_owner_words"]
    if low in roles or low_nothe in roles or _CHAIR.match(low):
        return "role", bare
    if any(a.role and _norm(a.role) == low_nothe for a in attendance):
        return "role", bare          # "Action: PCSP Manager", a post the attendance list gives someone
    jm = job_re().search(bare)
    if jm and (jm.start() == 0 or jm.end() == len(bare)) and not _title_prefix_re().match(bare):
        return "role", bare          # "Head of Children's Safeguarding", "Community Safety Manager": a post
    if is_shouted_titled_name(bare):
        return "person", bare        # "MR J HALLIWELL": an action line typed in capitals names a person
    if _ranked_name(bare):
        return "person", bare        # "Group Commander Barr": a rank's words ("Group") head no body here
    if _org_word_re().search(bare) or bare.isupper() or _names_a_body(bare):
        return "organisation", bare
    # "Lead: Humankind": the body an attendee is listed from (unless the name reads as a person's: a
    # list misread may have put a name among the bodies)
    if any(_norm(org) == low for a in attendance for org in a.organisations) and not is_person_name(bare, attendance):
        return "organisation", bare
    if _capitalised_words_with_a_non_person_word(bare):
        return "organisation", bare      # "Lead: We Are With You", a charity named by a phrase
    return "person", bare


def _ranked_name(name: str) -> bool:
    """ "Group Commander Ann Fell", "Group Manager Schofield": a title or rank, then one to three
    capitalised words none of which is a body's word, names a person."""
    m = _title_prefix_re().match(name)
    if m is None:
        return False
    rest = name[m.end():].split()
    return 1 <= len(rest) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in rest) \
        and not _org_word_re().search(" ".join(rest))


def _capitalised_words_with_a_non_person_word(name: str) -> bool:
    """ "We Are With You", "For The Homeless": several capitalised words, one of them a word no
    person's name holds (a pronoun, a preposition, a body word)."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    stop = _non_person_words()
    return any(w.lower().strip(".,’'") in stop for w in words if not _INITIAL.fullmatch(w))


# the last word of a council department's name that the organisation words do not cover
# ("Strategic Commissioning", "Adult Social Care Directorate"); no person's name ends so
_DEPARTMENT_HEADS = frozenset({"commissioning", "directorate", "division", "secretariat"})


@lru_cache(maxsize=1)
def _department_words() -> frozenset[str]:
    return frozenset(terms()["department_words"])


def _names_a_body(name: str) -> bool:
    """ "KCC Strategic Commissioning", "Medway Council", "Legal Directorate": an owner that is a body
    the gazetteer knows, such a body followed by department words, or a department by its head word."""
    from .entities.gazetteer import organisations
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _DEPARTMENT_HEADS:
        return True
    department = _department_words()
    return any(organisations().lookup(" ".join(words[:k]))
               and all(w.lower() in department for w in words[k:])
               for k in range(len(words), 0, -1))


def _owner_of_bracketed_pair(text: str, a: int, bracket: int, b: int, attendance: list[AttendanceEntry]
                             ) -> tuple[int, int]:
    """Which half of "X (Y)" owns the action. "Lead: DWP (Nicola Brigg)" names the body, then the
    person who leads for it: the person owns it. "Gordon Falconer (Surrey County Council)" names the
    person first: the person, without the body in brackets."""
    before = _trim(text, a, bracket)
    close = text.find(")", bracket, b + 1)      # the piece's closing bracket may have been trimmed off
    if close > bracket:
        inner = _trim(text, bracket + 2, close)
        # (a body's acronym reads as initials: "OPCC (Mark Stennett)"; so do a person's own: "MS (Mark Stennett)")
        if inner[1] > inner[0] and _trim(text, close + 1, b)[0] >= b \
                and _owner_kind(text[before[0]:before[1]], attendance)[0] in ("organisation", "initials") \
                and _owner_kind(text[inner[0]:inner[1]], attendance)[0] == "person" \
                and is_person_name(text[inner[0]:inner[1]], attendance):
            return inner
    return before


def _owners_in(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> list[Owner]:
    ws, we = _trim(text, s, e, " \t\n*_.,;:()")
    if _one_body_named_with_and(_SPACES.sub(" ", text[ws:we]), attendance):
        kind, name = _owner_kind(text[ws:we], attendance)
        return [Owner(name=_SPACES.sub(" ", name), span=Span(ws, we), kind=kind)]  # type: ignore[arg-type]
    owners = []
    pos = s
    for m in list(_split_names_re().finditer(text, s, e)) + [None]:
        end = m.start() if m else e
        a, b = _trim(text, pos, end, " \t\n*_.,;:()")
        bracket = text.find(" (", a, b)
        if bracket > a:               # "Gordon Falconer (Surrey County Council) to circulate …"
            a, b = _owner_of_bracketed_pair(text, a, bracket, b, attendance)
        if b > a:
            kind, name = _owner_kind(text[a:b], attendance)
            owner = Owner(name=_SPACES.sub(" ", name), span=Span(a, b), kind=kind)  # type: ignore[arg-type]
            # "Action: Kemi to chase …" after "Who came: … Kemi Lawal …": the attendee of that first name
            owners.append(_with_first_name_resolved(owner, attendance) if kind == "person" else owner)
        if m:
            pos = m.end()
    return _posts_rejoined(text, owners, attendance)


def _one_body_named_with_and(owners: str, attendance: list[AttendanceEntry]) -> bool:
    """ "the Lakes Drug and Alcohol Action Team would provide the lead": one body whose name holds an "and",
    not two owners. The whole ends like a body's name, the words before "and" do not ("Lakes Drug"), and
    none of them is an attendee's name ("Jo Hale and the Community Safety Team" are two)."""
    from .segment import _ends_like_a_body
    before, sep, _ = owners.partition(" and ")
    words = owners.split()
    if not sep or " and " in owners[len(before) + 5:] or len(words) < 4 \
            or words[-1].lower() not in terms()["organisation_words"] or _ends_like_a_body(before):
        return False
    names = _attendees_name_words(attendance)
    return not any(w.lower() in names for w in before.split())


def _attendees_name_words(attendance: list[AttendanceEntry]) -> set[str]:
    return {w.lower() for a in attendance for w in a.name.split()}


def _posts_rejoined(text: str, owners: list[Owner], attendance: list[AttendanceEntry]) -> list[Owner]:
    """ "Performance and Intelligence Officer to add …": the "and" joins two words of one post, not two
    owners, when the piece before it is one word that is no attendee's name and the piece after it a post."""
    if len(owners) < 2:
        return owners
    names = None
    out: list[Owner] = []
    for owner in owners:
        prev = out[-1] if out else None
        if prev is not None and owner.kind == "role" and prev.kind == "person" and " " not in prev.name \
                and text[prev.span.end:owner.span.start].strip().lower() == "and":
            names = _attendees_name_words(attendance) if names is None else names
            if prev.name.lower() not in names:
                joined = Span(prev.span.start, owner.span.end)
                out[-1] = Owner(name=_SPACES.sub(" ", text[joined.start:joined.end]), span=joined, kind="role")
                continue
        out.append(owner)
    return out


# the owners after a task, on an "Action:" line or in a closing list: "(Owner: DS Smith / Jo Bloggs) – due
# 30 April 2020", "(Owner: Jo Bloggs, by 3 June)", "– Owner: Jo Bloggs – due 3 June", ". Owner: Jo Bloggs.
# Deadline: June", "– Lead: DCI Blackmore"
# (after a bare space the label must be capitalised: "… with youth justice leads - 30 June" ends a task)
_OWNER_FIELD = re.compile(
    r"(?:[ \t]*[(\[][ \t]*|[ \t]+[-–—][ \t]*|[.;,][ \t]+|[ \t]+(?=[A-Z]))(?i:owners?|leads?|responsible|action(?:ed)?\s+by|by\s+whom)"
    r"[ \t]*[:–—-][ \t]*(?P<owners>(?:[^()\[\]\n:;]|\([^()\[\]\n:;]{1,60}\)){1,80}?)"
    r"(?=[ \t]*[)\]]|[,;.]?[ \t]*(?i:by|due|deadline|target(?:\s+date)?|timescale)\b|[ \t]+[-–—][ \t]|[.;]?[ \t]*$)")
_LEADING_OWNER_FIELD = re.compile(
    r"[(\[][ \t]*(?i:owners?|leads?)[ \t]*:[ \t]*(?P<owners>[^()\[\];\n]{1,200}?)"
    r"(?:[ \t]*;[ \t]*(?i:by|due|deadline|target(?:\s+date)?)[ \t]*:?[ \t]*[^()\[\]\n]{0,40}?)?[ \t]*[)\]]"
    r"[ \t]*[-–—:]?[ \t]*")


def _owner_pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The owners of an owner field: "Name, Organisation / Name, Organisation" gives each name before
    its comma (a spaced slash between owners, so that "Name, KCC/NHS" stays one); without commas the
    field is a list of names as an "Action:" line writes them."""
    if text.find(",", s, e) < 0:
        return [(s, e)]
    pieces, pos = [], s
    for m in [*re.finditer(r"[ \t]+/[ \t]+", text[s:e]), None]:
        a, b = pos, (s + m.start() if m else e)
        comma = text.find(",", a, b)
        pieces.append((a, comma if comma >= 0 else b))
        pos = s + m.end() if m else e
    return pieces


_ACTION_TASK = re.compile(r"\s+to\s+(?=[a-z])|\s+[-–—]\s+|:\s+")
_DUE = re.compile(r"\b(?:by|before|due|deadline|target\s+date)[ \t]*:?\s+", re.IGNORECASE)
# when a task is due, as an owner part may end with it ("KM by 30 June", "RB/ LH by end of July",
# "JS by the next meeting"): informal notes leave out the year, which find_dates requires
_DUE_WHEN = re.compile(
    r"(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|(?:the\s+)?next\s+meeting\b|\d{1,2}[/.]\d{1,2}\b",
    re.IGNORECASE)


def _date_at_start(s: str) -> bool:
    dates = find_dates(s)
    return bool(dates) and dates[0][1].start == 0


def _end_of_owners(text: str, s: int, e: int) -> int:
    """Where the owners of "KM by 30 June" end: before a due clause that closes the owner part."""
    for dm in _DUE.finditer(text, s, e):
        if dm.start() > s and (_DUE_WHEN.match(text, dm.end(), e) or _date_at_start(text[dm.end():e])):
            return dm.start()
    return e


def due_date_in(text: str, s: int, e: int) -> dt.date | None:
    """The date a task is due by, written after "by" / "due" ("by secure email (…) – due 17 March 2020")."""
    for dm in _DUE.finditer(text, s, e):
        dates = find_dates(text[dm.end():e])
        if dates and dates[0][1].start == 0:
            return dates[0][0]
    return None


# the number an action log gives an action, written after its "Action:" label: "04/25-01", "A12", "3.1"
# (a separator or a letter prefix: "Action: 2 officers to attend" counts people, not actions)
_ACTION_REFERENCE = re.compile(r"(?:[A-Z]{1,3}\d{1,4}(?:[/.-]\d{1,4})*|\d{1,4}(?:[/.-]\d{1,4})+)[ \t]+(?=\S)")


def parse_action_line(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> tuple[list[Owner], Span | None, Span]:
    """Owners and task of an "Action:" line: "Name/Name", "AB to …", "To include …", "Kent Police"."""
    lm = _ACTION_LABEL.match(text, p.span.start, p.span.end)
    rs, re_ = _trim(text, lm.end() if lm else p.text_span.start, p.span.end)
    ref = _ACTION_REFERENCE.match(text, rs, re_) if lm else None
    if ref:
        rs = ref.end()           # "Action: 04/25-01 SW/PL – publish …": the action's number is nobody
    if re_ <= rs:
        return [], None, Span(rs, rs)
    if lm and lm["label_owners"]:
        # "ACTION (TE/GA): Arrange a meeting …": the owners in the label, the task after it
        owners = _owners_in(text, lm.start("label_owners"), lm.end("label_owners"), attendance)
        return owners, Span(rs, re_), Span(rs, re_)
    if re.match(r"to\s", text[rs:re_], re.IGNORECASE):
        return [], Span(rs, re_), Span(rs, re_)
    # "ACTION (Owner: Jo Bloggs, Kent Police / Al Ray, KCC; by: 3 June) – Draft …": owners first, the task after
    lead = _LEADING_OWNER_FIELD.match(text, rs, re_)
    if lead:
        ts, te = _trim(text, lead.end(), re_)
        owners = [o for a, b in _owner_pieces(text, lead.start("owners"), lead.end("owners"))
                  for o in _owners_in(text, a, b, attendance)]
        return owners, (Span(ts, te) if te > ts else None), Span(rs, re_)
    # "Action: Complete the mapping (Owner: Jo Bloggs) – due 28 April 2020": the task, then its owners
    om = _OWNER_FIELD.search(text, rs, re_)
    if om:
        ts, te = _trim(text, rs, om.start())
        if te > ts:
            return _owners_in(text, om.start("owners"), om.end("owners"), attendance), Span(ts, te), Span(rs, re_)
    closing = _closing_owners(text, rs, re_, attendance) or _dashed_owners(text, rs, re_, attendance)
    if closing is not None:
        # "ACTION: Joint patrol around Pier Avenue (Dan - Lakes Police / Tom - LDC)": the task, then
        # who does it in the bracket closing the line
        owners, task_end = closing
        ts, te = _trim(text, rs, task_end)
        return owners, Span(ts, te), Span(rs, re_)
    tm = _ACTION_TASK.search(text, rs, re_)
    owner_end = _end_of_owners(text, rs, tm.start() if tm else re_)
    # a long "owner" part is a sentence without a named owner ("Action: The report should be …")
    if len(text[rs:owner_end].split()) > 12:
        return [], Span(rs, re_), Span(rs, re_)
    owners = _owners_in(text, rs, owner_end, attendance)
    task = Span(rs, re_) if tm else None
    return owners, task, Span(rs, re_)


# the bracket closing an action's text: "(Priya - Lakes Police / Abi - Open Door)", "(Kirsty / Leanne)"
_CLOSING_BRACKET = re.compile(r"\((?P<owners>[^()]{2,160})\)[ \t.]*$")
# one owner of it: the name, then maybe the body after a spaced dash ("Abi - Open Door")
_BRACKET_OWNER_PIECE = re.compile(r"[ \t\n]*(?P<name>[A-Z][\w'’.-]*(?:[ \t\n]+[A-Z][\w'’.-]*){0,5})"
                                  r"(?:[ \t\n]+[-–—][ \t\n]+[^/]+)?[ \t\n]*")


def _closing_owners(text: str, s: int, e: int, attendance: list[AttendanceEntry]
                    ) -> tuple[list[Owner], int] | None:
    """The owners an action line names in the bracket that closes it, and where its task ends."""
    m = _CLOSING_BRACKET.search(text, s, e)
    if m is None or m.start() <= s:
        return None
    # "(Jo Hale / Tom Webb, by 31 March 2024)": the date the task is due closes the owners
    last = _without_due_clause(text, m.start("owners"), m.end("owners"))
    owners = _attendees_named(text, m.start("owners"), last, attendance)
    return (owners, m.start()) if owners else None


def _attendees_named(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> list[Owner]:
    """The people text[s:e] names, when every piece between slashes opens with the name of someone
    in the attendance lists ("Priya - Lakes Police / Abi"); none when a piece names anything else
    (places, dates, acronyms, a task)."""
    known = _attendees_name_words(attendance)
    owners: list[Owner] = []
    pos = s
    for piece in text[s:e].split("/"):
        pm = _BRACKET_OWNER_PIECE.fullmatch(piece)
        bare, _ = _strip_title(pm["name"]) if pm else ("", False)
        if not bare or not all(w.lower() in known for w in bare.split()):
            return []
        found = _owners_in(text, pos + pm.start("name"), pos + pm.end("name"), attendance)
        if len(found) != 1 or found[0].kind != "person":
            return []
        owners.extend(found)
        pos += len(piece) + 1
    return owners


# "Action: Publish the report – Lucy Tregarthen – 30 September 2022": the task, a spaced dash, who does
# it, and maybe one more dash before when
_SPACED_DASH = re.compile(r"[ \t]+[–—-][ \t]+")
_WHEN_PIECE = re.compile(r"(?:by|due|before|end\s+of|ongoing|asap|tbc|tba|immediate(?:ly)?|next|"
                         r"january|february|march|april|may|june|july|august|september|october|november|december|"
                         r"q[1-4]|\d)", re.IGNORECASE)


def _dashed_owners(text: str, s: int, e: int, attendance: list[AttendanceEntry]
                   ) -> tuple[list[Owner], int] | None:
    """The attendees an action line names after its task and a spaced dash (before a due date after
    one more), and where its task ends."""
    cuts = list(_SPACED_DASH.finditer(text, s, e))
    if not cuts or len(cuts) > 3:
        return None
    bounds = [s] + [c.end() for c in cuts]
    ends = [c.start() for c in cuts] + [e]
    last = len(bounds) - 1
    if last >= 2 and _WHEN_PIECE.match(text, bounds[last]):
        last -= 1                       # the last piece says when: the owners stand before it
    owners = _attendees_named(text, *_trim(text, bounds[last], ends[last]), attendance)
    if not owners or len(text[s:ends[last - 1]].split()) < 2:
        return None
    return owners, ends[last - 1]


def _without_due_clause(text: str, s: int, e: int) -> int:
    """Where the owners of "Jo Hale, by 1 March 2024" end: before the comma or semicolon that opens
    a due clause (a date or the next meeting after "by" / "due")."""
    end = _end_of_owners(text, s, e)
    if end == e:
        return e
    while end > s and text[end - 1] in " \t\n,;":
        end -= 1
    return end


def _owner_key(name: str) -> str:
    bare, _ = _strip_title(name)
    words = _norm(bare).split()
    return words[-1] if words else ""


# an action's fields on the lines under it: "ACTION 3.1: Provide a breakdown …" / "Owner: Jo Bloggs / Al Ray" /
# "Deadline: 18 January 2017"
_OWNER_FIELD_LINE = re.compile(r"[ \t*_]*(?i:owners?|leads?|responsible(?:\s+officer)?|action(?:ed)?\s+by|by\s+whom)"
                               r"[ \t*_]*:[ \t*_]*(?P<owners>[^\n]*[^\s*_])")
_DUE_FIELD_LINE = re.compile(r"[ \t*_]*(?i:deadline|due(?:\s+date)?|by\s+when|target(?:\s+date)?|timescale|date)"
                             r"[ \t*_]*:[ \t*_]*(?P<due>[^\n]*)")
# "Lead: Jo Bloggs<TAB>Timescale: 30/11/2024": the due field beside the owner field on its line, set
# apart by a tab or a run of spaces (a table row of two cells, or a Word line spaced with tabs)
# (a PDF's text keeps one space of the gap: then the label must be capitalised, "… Rao Timescale: …")
_DUE_FIELD_BESIDE = re.compile(r"(?:\t|[ ]{2,}|[ ](?=[*_]*[A-Z]))[ \t]*(?=[*_]*(?i:deadline|due(?:\s+date)?|by\s+when|"
                               r"target(?:\s+date)?|timescale|date)[ \t*_]*:)")


def fields_below(text: str, paras: list[Paragraph], k: int, attendance: list[AttendanceEntry]
                 ) -> tuple[list[Owner], dt.date | None, set[int]] | None:
    """Owners and due date of the "Action:" line paras[k] from field lines under it ("Owner: …" then
    "Deadline: …", in one paragraph or two), and the indices of the paragraphs they fill; None when
    the next paragraph is not an owner field."""
    if k + 1 >= len(paras):
        return None
    p = paras[k + 1]
    om = _OWNER_FIELD_LINE.match(text, p.text_span.start, p.text_span.end)
    if om is None:
        return None
    beside = _DUE_FIELD_BESIDE.search(text, om.start("owners"), om.end("owners"))
    owners = _owners_in(text, om.start("owners"), beside.start() if beside else om.end("owners"), attendance)
    used = {k + 1}
    due = None
    line = text.find("\n", om.end(), p.text_span.end)
    where = (line + 1, p.text_span.end) if line >= 0 else None
    if beside:
        where = (beside.end(), om.end("owners"))
        line = beside.end() - 1
    if where is None and k + 2 < len(paras):
        where = (paras[k + 2].text_span.start, paras[k + 2].text_span.end)
    dm = _DUE_FIELD_LINE.match(text, *where) if where else None
    if dm:
        if where[0] != line + 1:
            used.add(k + 2)
        dates = find_dates(dm["due"])
        due = dates[0][0] if dates else None
    return owners, due, used


# an action written as three labelled lines under the discussion: "Who: Jo Bloggs / Al Ray", "What: Draft
# the plan", "By when: 29 February 2024" (a page break may fall between them)
_WHO_FIELD_LINE = re.compile(r"[ \t*_]*(?i:who)[ \t*_]*:[ \t*_]*(?P<who>[^\n]*[^\s*_])")
_WHAT_FIELD_LINE = re.compile(r"[ \t*_]*(?i:what)[ \t*_]*:[ \t*_]*(?=\S)")


def who_what_block(text: str, paras: list[Paragraph], k: int) -> tuple[Span, Span, dt.date | None, set[int]] | None:
    """The owners' field, the task and the due date of a "Who: / What: / By when:" block starting at
    paras[k], and the indices of the paragraphs it fills; None when paras[k] opens no such block."""
    p = paras[k]
    if text.find(":", p.text_span.start, p.text_span.start + 8) < 0:
        return None
    wm = _WHO_FIELD_LINE.match(text, p.text_span.start, p.text_span.end)
    if wm is None:
        return None
    used, j = {k}, k
    nl = text.find("\n", wm.end(), p.text_span.end)
    if nl < 0:
        j = _past_page_break(text, paras, k + 1)
        if j >= len(paras):
            return None
        used.update(range(k + 1, j + 1))
        where = (paras[j].text_span.start, paras[j].text_span.end)
    else:
        where = (nl + 1, p.text_span.end)
    tm = _WHAT_FIELD_LINE.match(text, *where)
    if tm is None:
        return None
    # the task runs on over its wrapped lines up to the due field's line
    task_end, due = where[1], None
    line = text.find("\n", tm.end(), where[1])
    while line >= 0:
        dm = _DUE_FIELD_LINE.match(text, line + 1, where[1])
        if dm:
            task_end = line
            break
        line = text.find("\n", line + 1, where[1])
    else:
        dm = _DUE_FIELD_LINE.match(text, paras[j + 1].text_span.start, paras[j + 1].text_span.end) \
            if j + 1 < len(paras) else None
        if dm:
            used.add(j + 1)
    if dm:
        dates = find_dates(dm["due"])
        due = dates[0][0] if dates else None
    ts, te = _trim(text, tm.end(), task_end)
    return Span(wm.start("who"), wm.end("who")), Span(ts, te), due, used


def find_actions(text: str, item: ItemSegment, attendance: list[AttendanceEntry],
                 meeting_date: dt.date | None = None, owners_column: OwnersColumn | None = None) -> list[Action]:
    """Explicit "Action:" lines, then prose follow-ups that no such line already records. ``meeting_date``:
    the meeting's own date, which tells an action log's rows raised at earlier meetings apart. With
    ``owners_column`` (the minutes laid out as a table "No. | Discussion | Action by"), the rows whose
    owner cell names someone."""
    actions = _written_actions(text, item, attendance, meeting_date)
    if owners_column is None:
        return actions
    rows = owner_cell_actions(text, item.body_span.start, item.body_span.end, attendance, owners_column)
    # a follow-up read in a row's text ("LR and MU to review …" | "LR / MU") is that row's action
    return [a for a in actions if not any(r.start <= a.span.start < r.end for r, _ in rows)] + [a for _, a in rows]


def _task_stated_below(text: str, paras: list[Paragraph], k: int, owners: list[Owner]) -> bool:
    """An "Action: A / B" line naming only its owners, straight after another action line, with the
    paragraph under it naming them all at its start ("A and B agreed to review …"): that paragraph
    states their task; the discussion above was the earlier action line's."""
    if not owners or k == 0 or k + 1 >= len(paras) or not _is_action_para(text, paras[k - 1]) \
            or _is_action_para(text, paras[k + 1]):
        return False
    below = paras[k + 1].text_span
    opening = text[below.start:min(below.end, below.start + 40 * len(owners))]
    return all(_names_in(opening, o.name) for o in owners)


# the subject an earlier action is cited by after its number, up to the colon: "Action 19/24 – CCTV camera:"
_CITED_ACTION_SUBJECT = re.compile(r"(?P<subject>[^:\n]{3,120}?)[ \t]*:[ \t]+(?=\S)")


def _cites_an_earlier_action(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> bool:
    """ "Action 19/24 – information sharing agreement: RO reported that …" under matters arising: an
    earlier meeting's action cited by its log number and its subject, then the news on it. The label's
    number is followed by a dash, and the words up to the colon name no attendee (by a word of their
    name or by their initials): a subject, not the action's owner. Any new task in the paragraph is
    marked on it as in any other ("… ACTION: RO")."""
    lm = _ACTION_LABEL.match(text, p.span.start, p.span.end)
    if lm is None or not any(c.isdigit() for c in text[lm.start():lm.end()]) \
            or not text[lm.start():lm.end()].rstrip(" \t*_").endswith(("–", "—", "-")):
        return False
    m = _CITED_ACTION_SUBJECT.match(text, lm.end(), p.span.end)
    if m is None:
        return False
    words = re.findall(r"[\w'’]+", m["subject"])
    names = _attendees_name_words(attendance)
    return len(words) >= 2 and not any(w.lower() in names or (_INITIALS.fullmatch(w) and resolve_initials(w, attendance))
                                       for w in words)


def _written_actions(text: str, item: ItemSegment, attendance: list[AttendanceEntry],
                     meeting_date: dt.date | None) -> list[Action]:
    paras = item.paragraphs
    actions: list[Action] = []
    explicit_for: dict[int, set[str]] = {}
    last_content = None
    box = outcome_box(text, paras)
    field_paras: set[int] = set(box)     # the box's lines are read by boxed_actions and boxed_decisions
    block_keys: set[str] = set()         # the owners of the item's "Who: / What:" blocks
    for k, p in enumerate(paras):
        if k in field_paras:
            continue
        block = who_what_block(text, paras, k)
        if block is not None:
            who, task, due, used = block
            field_paras.update(used)
            # (as in an outcome box, owners who are no one named, "All Board members", are left out)
            owners = [o for o in _owners_in(text, who.start, who.end, attendance)
                      if o.kind == "role" or o.kind == "person" and is_person_name(o.name, attendance)]
            actions.append(Action(text=text[task.start:task.end], span=task, owners=owners, explicit=True, due=due))
            block_keys.update(_owner_key(o.name) for o in owners)
            if last_content is not None:
                # the discussion's offer that the block restates ("X agreed to add …") is not another action
                explicit_for.setdefault(last_content, set()).update(_owner_key(o.name) for o in owners)
            continue
        if not _is_action_para(text, p) or _cites_an_earlier_action(text, p, attendance):
            last_content = k
            continue
        owners, task, rest = parse_action_line(text, p, attendance)
        if rest.end > rest.start and _EMPTY_CELL.fullmatch(text, *_trim(text, rest.start, rest.end)):
            continue     # "Actions: None.": a template's field left empty, the item has no action
        if rest.end <= rest.start and k + 1 < len(paras) and paras[k + 1].enumerator is not None:
            continue     # "Actions:" alone heads a list of actions (listed_actions reads it)
        if rest.end <= rest.start and k + 1 < len(paras) and \
                _EMPTY_CELL.fullmatch(text, *_trim(text, paras[k + 1].text_span.start, paras[k + 1].text_span.end)):
            field_paras.add(k + 1)
            continue     # "Actions:" over "None.": the item has no action
        entries = _owner_task_entries(text, rest, attendance)
        if entries:
            actions.extend(entries)
            if last_content is not None:
                explicit_for.setdefault(last_content, set()).update(_owner_key(o.name) for a in entries for o in a.owners)
            continue
        below = fields_below(text, paras, k, attendance)
        if below is not None:
            owners, due_below, used = below
            task = rest if rest.end > rest.start else task
            field_paras.update(used)
        stated_below = task is None and _task_stated_below(text, paras, k, owners)
        if task is not None:
            span = task
        elif stated_below:
            span = paras[k + 1].text_span
        elif last_content is not None:
            span = paras[last_content].text_span
        else:
            span = rest
        s, e = _trim(text, span.start, span.end)
        due = due_date_in(text, rest.start, rest.end)
        if below is not None:
            due = due or due_below
        actions.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True, due=due))
        told = k + 1 if stated_below else last_content
        if told is not None:
            explicit_for.setdefault(told, set()).update(_owner_key(o.name) for o in owners)
    subjectless = has_subjectless_verb(text, item.body_span.start, item.body_span.end)
    for k, p in enumerate(paras):
        if (_is_action_para(text, p) and not _cites_an_earlier_action(text, p, attendance)) or k in field_paras:
            continue
        arrowed = arrow_action(text, p, attendance) or shouted_label_action(text, p, attendance)
        if arrowed is not None:
            actions.append(arrowed)
            continue
        tm = _titled_owner_to_re().match(text, p.text_span.start, p.text_span.end)
        if tm:
            s, e = _trim(text, p.text_span.start, p.text_span.end)
            owners = _owners_in(text, tm.start("owners"), tm.end("owners"), attendance)
            actions.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True))
            continue
        in_column = column_actions(text, p, attendance)
        found_here: list[Action] = _not_in_the_column(initials_followups(text, p, attendance), in_column) \
            + marked_actions(text, p, attendance) + in_column
        for os_, oe, verb_end in prose_followups(text, p.text_span.start, p.text_span.end) \
                + assigned_action_followups(text, p.text_span.start, p.text_span.end):
            names = [o for o in _owners_in(text, os_, oe, attendance) if is_person_name(o.name, attendance)] \
                or _office_holder(text, os_, oe, attendance) or _office_subject_holder(text, p.text_span.start, oe, attendance)
            if not names:
                continue
            keys = {_owner_key(o.name) for o in names}
            if keys & explicit_for.get(k, set()):
                continue
            first = min(o.span.start for o in names)
            _, e = sentence_bounds(text, p.text_span.start, p.text_span.end, verb_end)
            s, e = _trim(text, first, e)
            if any(a.span.start <= s < a.span.end for a in in_column):
                continue    # the paragraph the ACTION column's initials own is one action, theirs
            found_here.append(Action(text=text[s:e], span=Span(s, e), owners=names, explicit=False))
        if subjectless:
            # both readings can find "X said that …, and offered to …": the follow-up is one action
            found_here += [a for a in subject_followups(text, paras, k, attendance, explicit_for.get(k, set()))
                           if not any(_same_followup(a, b) for b in found_here)]
        actions.extend(_without_marked_followups(found_here))
    if block_keys:
        # an offer in the discussion by owners an item's "Who:" block names ("X agreed to add …") is that
        # block's action, though the block may follow a later paragraph
        actions = [a for a in actions if a.explicit or not {_owner_key(o.name) for o in a.owners} <= block_keys]
    if item.table_columns:
        # an item read from a table row: its action cells, under the table's header; a prose follow-up
        # of the discussion by owners the cells name again is the same action
        cells = table_actions(text, item.body_span.start, item.body_span.end, attendance, item.table_columns,
                              item.table_sep, rows=item.table_rows)
        keys = {_owner_key(o.name) for a in cells for o in a.owners}
        actions = [a for a in actions if a.explicit or not {_owner_key(o.name) for o in a.owners} <= keys] + cells
    elif "|" in text[item.body_span.start:item.body_span.end]:
        actions.extend(table_actions(text, item.body_span.start, item.body_span.end, attendance,
                                     meeting_date=meeting_date))
    if "\t" in text[item.body_span.start:item.body_span.end] and item.table_sep != "\t":
        tabbed = table_actions(text, item.body_span.start, item.body_span.end, attendance, sep="\t",
                               meeting_date=meeting_date)
        # a row read under its table's columns is not read again as a sentence ("… offered to 3 young
        # people" in a "Next step" cell names no owner of its own: the row's "Lead" cell does)
        rows_read = {text.rfind("\n", 0, a.span.start) for a in tabbed}
        actions = [a for a in actions if a.explicit or text.rfind("\n", 0, a.span.start) not in rows_read] + tabbed
        rows = discussion_table_actions(text, item.body_span.start, item.body_span.end, attendance)
        # a follow-up read in a row's discussion by the owners its action cell names is that row's action
        actions = [a for a in actions if a.explicit or not any(
            r.start <= a.span.start < r.end and {_owner_key(o.name) for o in a.owners} <= {_owner_key(o.name) for o in b.owners}
            for r, b in rows)] + [a for _, a in rows]
    if box:
        # the discussion's follow-up by owners the box names again is the box's action
        boxed = boxed_actions(text, paras, attendance)
        keys = {_owner_key(o.name) for a in boxed for o in a.owners}
        actions = [a for a in actions if a.explicit or not {_owner_key(o.name) for o in a.owners} <= keys] + boxed
    listed = listed_actions(text, item, attendance)
    listed_spans = {a.span for a in listed}      # a listed "AB to …" line is read by both readers
    # the discussion's follow-up by owners the item's list of actions names again is that list's entry
    listed_keys = {_owner_key(o.name) for a in listed for o in a.owners}
    actions = [a for a in actions if a.span not in listed_spans and
               (a.explicit or not a.owners or not {_owner_key(o.name) for o in a.owners} <= listed_keys)] + listed
    if "[" in text[item.body_span.start:item.body_span.end]:
        ticked = checklist_actions(text, item, attendance)
        if ticked:
            # a follow-up in the prose that a later box records for the same owner is that box's action
            actions = [a for a in actions if a.explicit or not any(
                b.span.start > a.span.start and {_owner_key(o.name) for o in a.owners} & {_owner_key(o.name) for o in b.owners}
                for b in ticked)] + ticked
    return actions


# a Markdown task-list line: "- [ ] **Name / Name:** task (due date)"; the bold lead names the owners
_CHECKLIST_LINE = re.compile(
    r"[ \t]*(?:[-*+][ \t]+)?\[[ xX]?\][ \t]+"
    r"(?:(?:\*\*|__)(?P<owners>[^*_:\n]{1,80}?)[ \t]*(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:)[ \t]*)?"
    r"(?P<task>[^\n]*)")
_TRAILING_DUE = re.compile(r"[ \t]*\((?P<due>[^()\n]{1,40})\)[ \t.]*$")


def checklist_actions(text: str, item: ItemSegment, attendance: list[AttendanceEntry]) -> list[Action]:
    """Markdown task lists ("- [ ] **Owner:** task (30 November 2021)"): each box is an explicit action,
    owned by the names of its bold lead; a bracketed date at the end is its due date, not its task."""
    actions: list[Action] = []
    for p in item.paragraphs:
        m = _CHECKLIST_LINE.match(text, p.span.start, p.span.end)
        if m is None:
            continue
        ts, te = _trim(text, m.start("task"), m.end("task"))
        due = None
        dm = _TRAILING_DUE.search(text, ts, te)
        if dm:
            dates = find_dates(dm["due"])
            if dates or dm["due"].strip().lower().startswith(("next", "by ", "end ", "when")):
                due = dates[0][0] if dates else None
                ts, te = _trim(text, ts, dm.start())
        if te <= ts:
            continue
        owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance) if m["owners"] else []
        listed = False
        if not owners:
            mentioned = _MENTIONED_OWNERS.match(text, ts, te)
            if mentioned is not None:
                owners = _mentioned_owners(text, mentioned.start(), mentioned.end("owners"), attendance)
                ts = mentioned.end()
                listed = bool(owners)   # a checklist naming its owners so closes the notes, as a list of actions
        actions.append(Action(text=text[ts:te], span=Span(ts, te), owners=owners, explicit=True, due=due,
                              listed=listed))
    return actions


# "@Ana Lowe @Jo Hale – submit the bid": a checklist's entry led by person chips, a spaced dash
# before its task (a hyphen inside a name, "Mercer-Ibe", is no dash)
_MENTIONED_OWNERS = re.compile(
    r"(?P<owners>@[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
    r"(?:[ \t]*(?:,|&|\band\b)?[ \t]*@[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})*)[ \t]+[–—-][ \t]+")


def _mentioned_owners(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> list[Owner]:
    """The people of the chips in text[s:e], one owner a chip."""
    owners: list[Owner] = []
    chips = [m.start() for m in re.finditer("@", text[s:e])]
    for k, at in enumerate(chips):
        a = s + at + 1
        b = s + chips[k + 1] if k + 1 < len(chips) else e
        owners.extend(_owners_in(text, a, b, attendance))
    return owners


# a follow-up verb with no name before it: "…, and offered to …" (the subject left out after "and") or
# "He agreed to …" (a singular personal pronoun); each pattern opens with a literal, so that the scan is fast
_COMMITMENT_VERBS = r"offered|agreed|undertook|volunteered|promised|committed|said|confirmed|indicated|stated|advised"
_ADVERB = r"(?:(?:also|then|later|kindly|further)[ \t\n]+)?"
# "… that the Group would lead on it, and would report …": after "and" a plan or a request may be the
# subordinate clause's subject's, so only a commitment ("offered to", "said she would") is the speaker's
_AND_VERB = re.compile(rf"and[ \t\n]+{_ADVERB}(?=(?:{_COMMITMENT_VERBS})[ \t\n])")
_PRONOUN_VERB = re.compile(rf"(?P<pronoun>He|She)[ \t\n]+{_ADVERB}(?=(?:{_COMMITMENT_VERBS}|was|were|would|will)[ \t\n])")
_PRONOUN_GENDER = {"He": "m", "She": "f"}
# the pronoun's forms inside a sentence ("… and he asked partners …")
_PRONOUN_FORMS = {"He": re.compile(r"\b(?:[Hh]e|his|him)\b"), "She": re.compile(r"\b(?:[Ss]he|her|hers)\b")}


def _subject_re() -> re.Pattern:
    """A sentence opened by a name and its verb: "Ms Ranawake said …", "Karl Davenport (YOT) reported …"."""
    return _compiled("sentence-subject", lambda: re.compile(
        rf"(?P<name>{_name_re()})(?:[ \t]*\([^()\n]{{1,120}}\))?[ \t\n]+(?=[a-z])"))


def _titled_name_re() -> re.Pattern:
    return _compiled("titled-name", lambda: re.compile(
        rf"(?<![\w'’-])(?i:{_title_alt()})\.?\s+(?:[A-Z]\.?\s+){{0,2}}[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+)?"))


def _sentence_subject(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> Owner | None:
    """The person a sentence opens with, when its subject is a named person."""
    m = _subject_re().match(text, s, e)
    if m is None or not is_person_name(m["name"], attendance):
        return None
    kind, name = _owner_kind(m["name"], attendance)
    return Owner(name=_SPACES.sub(" ", name), span=Span(m.start("name"), m.end("name"))) if kind == "person" else None


def _rank_or_office_holder(text: str, office: re.Match, attendance: list[AttendanceEntry]) -> list[Owner]:
    """ "the Inspector": the one attendee listed under that rank or title ("Inspector Lucy Fell"), else
    the one holding that post (:func:`_office_holder`)."""
    rank = office["office"].lower()
    ranked = {a.name for a in attendance if a.list_kind != "apologies" and a.name.lower().startswith(rank + " ")}
    if len(ranked) == 1:
        return [Owner(name=ranked.pop(), span=Span(office.start(), office.end()), kind="person")]
    return _office_holder(text, office.start("office"), office.end("office"), attendance)


def _people_named(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> dict[str, Owner]:
    """The people a stretch of text names, by surname: titled names, attendees' full names, its subject."""
    found: dict[str, Owner] = {}
    subject = _sentence_subject(text, s, e, attendance)
    if subject is not None:
        found[_owner_key(subject.name)] = subject
    for m in _titled_name_re().finditer(text, s, e):
        found.setdefault(_owner_key(m.group()), Owner(name=_SPACES.sub(" ", m.group()), span=Span(m.start(), m.end())))
    for entry in attendance:
        bare = _strip_title(entry.name)[0].strip()
        if len(bare.split()) < 2:
            continue
        at = text.find(bare, s, e)
        if at >= 0:
            found.setdefault(_owner_key(bare), Owner(name=bare, span=Span(at, at + len(bare))))
    return found


def _last_char_before(text: str, s: int, pos: int) -> int:
    """The last non-space character of text[s:pos] (the full stop that ends the sentence before pos)."""
    j = pos - 1
    while j > s and text[j].isspace():
        j -= 1
    return j


def _gender_fits(name: str, pronoun: str) -> bool:
    from .entities.gazetteer import lexicon
    title = _compiled("title-prefix", lambda: re.compile(rf"(?:{_title_alt()})\.?\s+", re.IGNORECASE)).match(name)
    gender = lexicon().extras.get(("gender", title.group().strip().rstrip(".").lower())) if title else None
    return gender is None or gender == _PRONOUN_GENDER[pronoun]


def has_subjectless_verb(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] may hold a follow-up verb after "and" or "He"/"She" (one look per item)."""
    if _AND_VERB.search(text, s, e) is not None:
        return True
    body = text[s:e]
    return ("He" in body or "She" in body) and _PRONOUN_VERB.search(text, s, e) is not None


def _same_followup(a: Action, b: Action) -> bool:
    """Two readings of one follow-up: the same owner, and spans that end together."""
    return a.span.end == b.span.end and \
        {_owner_key(o.name) for o in a.owners} == {_owner_key(o.name) for o in b.owners}


def subject_followups(text: str, paras: list[Paragraph], k: int, attendance: list[AttendanceEntry],
                      explicit_owners: set[str]) -> list[Action]:
    """Prose follow-ups whose owner is not written just before the verb.

    "Ms X said that …, and offered to …": the owner is the person the sentence opens with, when it
    names no other person before the verb. "He agreed to bring …": the owner is the person named in
    the sentence before (in the paragraph, or the end of the one before it) when that sentence names
    exactly one person and a title, if any, fits the pronoun."""
    p = paras[k]
    s, e = p.text_span.start, p.text_span.end
    out: list[Action] = []
    hits = [(m.start(), m.end(), None) for m in _AND_VERB.finditer(text, s, e)
            if m.start() > s and text[m.start() - 1] in ", \t\n"]
    para = text[s:e]
    if "He " in para or "She " in para or "He\n" in para or "She\n" in para:
        hits += [(m.start(), m.end(), m["pronoun"]) for m in _PRONOUN_VERB.finditer(text, s, e)]
    for hit_start, hit_end, pronoun in sorted(hits):
        v = _PROSE_VERB.match(text, hit_end, e)
        if v is None:
            continue
        ss, se = sentence_bounds(text, s, e, v.start())
        owner, start = None, ss
        if pronoun is not None:
            if hit_start != ss:
                continue            # "He" opens the sentence
            if ss > s:
                ps, _ = sentence_bounds(text, s, e, _last_char_before(text, s, ss))
            elif k > 0 and paras[k - 1].text_span.end > paras[k - 1].text_span.start:
                prev = paras[k - 1].text_span
                ps, _ = sentence_bounds(text, prev.start, prev.end, _last_char_before(text, prev.start, prev.end))
            else:
                continue
            named = _people_named(text, ps, ss, attendance)
            if not named and s < ps and _PRONOUN_FORMS[pronoun].search(text, ps, ss):
                # "Jo Hale gave an update. Referrals were low, and he asked … . He will send …": the
                # sentence before speaks of the same person unnamed, the one before it names him
                ps, _ = sentence_bounds(text, s, e, _last_char_before(text, s, ps))
                named = _people_named(text, ps, ss, attendance)
            if not named:
                # "The Commissioner said that … . She agreed to send …": the sentence before opens with
                # an office that one attendee holds
                office = _THE_OFFICE.search(text, ps, min(ss, ps + 24))
                holders = _office_holder(text, office.start("office"), office.end("office"), attendance) if office else []
                named = {_owner_key(holders[0].name): holders[0]} if holders else named
            if len(named) == 1:
                owner = next(iter(named.values()))
                owner = owner if _gender_fits(owner.name, pronoun) else None
                start = ps
        else:
            # "Cllr A asked for …; the Inspector responded that … and undertook to …": after a semicolon
            # the clause has a subject of its own
            clause = text.rfind(";", ss, hit_start)
            cs = ss if clause < 0 else clause + 1 + len(text[clause + 1:hit_start]) - len(text[clause + 1:hit_start].lstrip())
            subject = _sentence_subject(text, cs, v.start(), attendance)
            if subject is not None and len(_people_named(text, cs, v.start(), attendance)) == 1:
                owner = subject
            elif clause >= 0 and not _people_named(text, cs, v.start(), attendance):
                office = _THE_OFFICE.match(text, cs, hit_start)
                holders = _rank_or_office_holder(text, office, attendance) if office else []
                owner = holders[0] if holders else None
        if owner is None or _owner_key(owner.name) in explicit_owners:
            continue
        a, b = _trim(text, start, se)
        out.append(Action(text=text[a:b], span=Span(a, b), owners=[owner], explicit=False))
    return out


# one owner's initials: "LW"; "HMu" (a letter of the surname added to tell two attendees apart, never
# an "s": "CCGs to …" is a plural of bodies); "LMcC" (a Mc or Mac surname keeps its prefix)
_ONE_OWNER_INITIALS = r"(?:[A-Z]{2,4}|[A-Z]{2,3}[a-rt-z]|[A-Z]{1,2}Ma?c[A-Z])"
_OWNER_INITIALS = rf"{_ONE_OWNER_INITIALS}(?:\s*(?:/|,|&|\band\b)\s*{_ONE_OWNER_INITIALS})*"
# "LW to order …", "GS / MT to arrange …" ("PSPO to be refreshed" is a passive task, not an owner)
_LEADING_INITIALS = re.compile(rf"(?P<owners>{_OWNER_INITIALS})\s+(?:to|will)\s+(?!be\s)(?=[a-z])")
# "Circulate the hotspot map – LW", "… (LW/JB)", "… Action: LW" is handled as an Action line
_TRAILING_INITIALS = re.compile(rf"(?:\s+[-–—]\s*|\s*\(\s*)(?P<owners>{_OWNER_INITIALS})\s*\)?\s*[.;]?\s*$")


def initials_followups(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> list[Action]:
    """ "AP to take learning to the ICB group", "… repeat rate 31% (RB to check the benchmark)": the
    initials of attendees as the subject of "to <verb>", opening the paragraph or a bracket. Initials
    that the attendance list does not give anyone ("PSPO to …", "ICB to …") are no owners."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    found: list[Action] = []
    if not attendance or text.find(" to ", ps, pe) < 0:
        return found
    starts = [ps] + [ps + m.end() for m in _SENTENCE_BREAK.finditer(text[ps:pe])]
    bracket = text.find("(", ps, pe)
    while bracket >= 0:
        starts.append(bracket + 1)
        bracket = text.find("(", bracket + 1, pe)
    for start in starts:
        m = _LEADING_INITIALS.match(text, start, pe)
        if m is None:
            continue
        owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance)
        # outside a list of actions, first-name guesses are too weak to make "DK / WB to …" an action
        if not owners or any(o.kind != "person" or not resolve_initials(text[o.span.start:o.span.end], attendance, False)
                             for o in owners):
            continue
        close = text.find(")", start, pe) if text[start - 1] == "(" else -1
        s, e = _trim(text, start, close) if close >= 0 else sentence_bounds(text, ps, pe, start)
        found.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=False))
    return found


# "… will be resubmitted by 31 October. ACTION – KL", "… finalised. ACTION – OP. The Partnership …":
# an action marker with owner initials closes the sentence it assigns, inside a paragraph
# (informal notes write an owner by first name among the initials, "ACTION - MR/Leon", and may end the
# marker with the date it is due by, "ACTION - DH by 21 June")
_MARKER_OWNER = r"(?:[A-Z]{2,4}|[A-Z][a-z]{1,15})"
_MARKER_AFTER_TASK = re.compile(rf"(?<=[.!?])[ \t\n]+(?:[-–—][ \t]*)?(?-i:ACTION|Action)[ \t]*[-–—:][ \t]*"
                                rf"(?P<owners>{_MARKER_OWNER}(?:\s*(?:/|,|&|\band\b)\s*{_MARKER_OWNER})*)"
                                rf"(?:[ \t]+(?:by|due)[ \t]+(?P<due>\d{{1,2}}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{{2,8}}(?:[ \t]+\d{{4}})?|"
                                rf"\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?))?"
                                rf"[ \t]*[.;]?(?=[ \t\n]+[A-Z]|[ \t\n]*$)")


# "… in time for the next meeting [Action: PC].", "… back in February. [Action: RL]": a bracketed marker
# with owner initials closes the sentence it assigns, before or after its full stop
_BRACKETED_MARKER = re.compile(rf"[\[(][ \t]*(?-i:ACTION|Action)[ \t]*[-–—:][ \t]*(?P<owners>{_OWNER_INITIALS})"
                               rf"[ \t]*[\])]")
# "… and email Sam. (ACTION: Jo Marsh)", "(ACTION: Ann Webb / Jo Marsh)": a volunteer's
# typed notes close the sentence with the owners' full names in the bracket (each an attendee's name)
_BRACKETED_NAMES_MARKER = re.compile(r"[\[(][ \t]*(?-i:ACTION|Action)[ \t]*[-–—:][ \t]*"
                                     r"(?P<owners>(?-i:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})"
                                     r"(?:[ \t]*[/&,][ \t]*(?-i:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}))*)[ \t]*[\])]")
# "… at two hospitals. [Action: NP to provide figures for the third by December]": the bracket holds the
# task as well, the owners' initials then "to" and what they will do
_BRACKETED_TASK_MARKER = re.compile(rf"\[[ \t]*(?-i:ACTION|Action)[ \t]*[-–—:][ \t]*(?P<owners>{_OWNER_INITIALS})"
                                    rf"[ \t]+to[ \t]+(?P<task>[a-z][^\[\]]{{2,200}}?)[ \t]*\]")


def _marker_owner_attends(owner: str, attendance: list[AttendanceEntry]) -> bool:
    """An owner of a marker is an attendee's initials, or the whole name (a first name alone in informal
    notes, "Leon") that the attendance gives someone."""
    if owner.isupper():
        return resolve_initials(owner, attendance, False) is not None
    return any(_strip_title(e.name)[0].strip() == owner for e in attendance)


def marked_actions(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> list[Action]:
    """Actions marked after their sentence ("… by 31 October. ACTION – KL", "… next meeting [Action: PC]."):
    the initials must be attendees' (as for "KL to …"); the task is the sentence before the marker."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    found: list[Action] = []
    if text.find("CTION", ps, pe) < 0 and text.find("ction", ps, pe) < 0:
        return found
    markers = list(_MARKER_AFTER_TASK.finditer(text, ps, pe))
    if text.find("[", ps, pe) >= 0 or text.find("(", ps, pe) >= 0:
        markers = sorted(markers + list(_BRACKETED_MARKER.finditer(text, ps, pe))
                         + list(_BRACKETED_TASK_MARKER.finditer(text, ps, pe))
                         + list(_BRACKETED_NAMES_MARKER.finditer(text, ps, pe)), key=lambda m: m.start())
    for m in markers:
        owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance)
        if not owners or any(o.kind != "person" or not _marker_owner_attends(text[o.span.start:o.span.end], attendance)
                             for o in owners):
            continue
        if "task" in m.re.groupindex:
            s, e = m.start("owners"), m.end("task")     # the bracket says the task itself
        else:
            s, e = _marked_task(text, found[-1].span.end if found else ps, m.start())
        due = find_dates(m["due"]) if "due" in m.re.groupindex and m["due"] else None
        found.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True,
                            due=due[0][0] if due else None))
    return found


# typed minutes with an ACTION column: a header "ACTION" far to the right above the first item (set with
# spaces, no tabs), then the owners' initials at that column on the line of the paragraph they own,
# after a run of spaces or, when the text ran up to the column, right after its last letters
# ("1.   WELCOME AND INTRODUCTIONS          ACTION": the header may stand at the end of the first item's
# heading line, a wide gap before it, as a Word table's header cell beside the heading becomes in text)
_ACTION_COLUMN_HEADER = re.compile(r"^(?P<indent>[ ]{30,}|[^\n]*?\S[ ]{10,}(?<=.{40}))(?:ACTION|Action)(?:[ ]+(?:BY|By|by))?[ ]*$",
                                   re.MULTILINE)
_COLUMN_OWNERS = re.compile(rf"(?P<owners>{_OWNER_INITIALS})[ \t]*")
_LINE_END_OWNERS = re.compile(rf"(?<=[ ]{{3}})(?P<owners>{_OWNER_INITIALS})[ \t]*$", re.MULTILINE)
_COLUMN_DRIFT = 8


@lru_cache(maxsize=8)
def action_column(text: str) -> int | None:
    """The column of an ACTION header typed with spaces at the right of the page, or None."""
    m = _ACTION_COLUMN_HEADER.search(text)
    return len(m["indent"]) if m else None


def column_actions(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> list[Action]:
    """ "…with the Licensing team.                     GT/PD": the attendees whose initials stand in the
    ACTION column on a line of the paragraph own it; the task is the paragraph up to the initials."""
    column = action_column(text)
    if column is None:
        return []
    found: list[Action] = []
    ls = text.rfind("\n", 0, p.span.start) + 1
    while ls < p.span.end:
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        m = _COLUMN_OWNERS.fullmatch(text, ls + column, le) if le - ls > column else None
        if m is None and le - ls > column:
            # initials set right, or a few places off the heading's column ("ACTION" typed
            # again on each page, not always above the same place)
            m = _LINE_END_OWNERS.search(text, ls + max(0, column - _COLUMN_DRIFT), le)
        if m is not None:
            owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance)
            if owners and all(o.kind == "person" and resolve_initials(text[o.span.start:o.span.end], attendance, False)
                              for o in owners):
                s, e = _trim(text, p.text_span.start, m.start())
                if e > s:
                    found.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True))
        ls = le + 1
    return found


def _not_in_the_column(found: list[Action], in_column: list[Action]) -> list[Action]:
    """ "… against a target of 198.        PH" then "PH to bring a breakdown …" in the same paragraph: the
    ACTION column's initials own the paragraph, so the owners' "to" sentence in it is that one action."""
    keys = {_owner_key(o.name) for a in in_column for o in a.owners}
    return [a for a in found if not a.owners or not {_owner_key(o.name) for o in a.owners} <= keys]


def _without_marked_followups(found: list[Action]) -> list[Action]:
    """ "MH and DF agreed to bring a proposal … ACTION – MH/DF": the prose follow-up and the marker after
    it record one action; the marked (explicit) one is kept, the follow-up its sentence also gives dropped."""
    marked = [a for a in found if a.explicit]
    return [a for a in found if a.explicit or not any(
        _overlaps(a.span, b.span) and ({_owner_key(o.name) for o in a.owners} <= {_owner_key(o.name) for o in b.owners}
                                       or _owned_by_organisations_only(a) or _names_a_marked_owner(a, b))
        for b in marked)]


def _names_a_marked_owner(followup: Action, marked: Action) -> bool:
    """ "… Supt Vale said she would ask the team. (ACTION: Rachel Vale)": the follow-up names the
    marker's owner by rank and surname, the marker by full name; one person by the surname, one action."""
    surnames = {o.name.split()[-1].lower() for o in marked.owners if o.kind == "person" and o.name.split()}
    return any(o.kind == "person" and o.name.split() and o.name.split()[-1].lower() in surnames
               for o in followup.owners)


def _owned_by_organisations_only(action: Action) -> bool:
    """ "LE advised that Cartrefi Fellside would share these with its tenants. [Action: LE]": the body the
    sentence names as doing it is not the owner when a marker on the sentence names the person."""
    return bool(action.owners) and all(o.kind == "organisation" for o in action.owners)


# ("… approved the plan, and asked Ross Lindsay to bring the final version back": a request names the task)
_FUTURE_TASK = re.compile(r"\b(?:will|would|shall|to\s+be|agreed\s+to|offered\s+to|asked\s+(?:[\w'’.-]+\s+){1,8}?to)\s",
                          re.IGNORECASE)


def _marked_task(text: str, s: int, marker: int) -> tuple[int, int]:
    """The sentence a marker assigns: the nearest one before it that says what will be done
    ("… would be reviewed …"), else the sentence just before it."""
    last = sentence_bounds(text, s, marker, _last_char_before(text, s, marker))
    bounds = last
    while bounds[0] > s and not _FUTURE_TASK.search(text, bounds[0], bounds[1]):
        earlier = sentence_bounds(text, s, marker, _last_char_before(text, s, bounds[0]))
        if earlier[0] >= bounds[0]:
            break
        bounds = earlier
    return bounds if _FUTURE_TASK.search(text, bounds[0], bounds[1]) else last


# "Chief Constable to report …", "Jo Bloggs and Community Safety Manager to …" at the start of a listed action
_LEADING_OWNER_TO = re.compile(
    r"(?:the\s+)?(?P<owners>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|and|&|/|of|for)){0,7}?)"
    r"[ \t]+to[ \t]+(?!be\s)(?=[a-z])")


def _is_action_list_heading(heading: str) -> bool:
    stripped = heading.strip(" \t*_#:.")
    # asked of every unnumbered paragraph: one with more words than any listed heading is none of them
    most = _most_words_in_action_list_heading()
    if len(stripped.split(None, most)) > most:
        return False
    headings = terms()["action_list_headings"]
    # ("Action Log (new actions)": a heading of the list qualified in brackets is that heading)
    return _norm(stripped) in headings or (stripped.endswith(")") and _norm(_BRACKETED_QUALIFIER.sub("", stripped)) in headings)


_BRACKETED_QUALIFIER = re.compile(r"[ \t]*\([^()\n]{1,40}\)$")


@lru_cache(maxsize=1)
def _most_words_in_action_list_heading() -> int:
    return max((len(h.split()) for h in terms()["action_list_headings"]), default=0)


def _entry_under_heading_line(text: str, ps: int, pe: int) -> int | None:
    """Where the first line under an action-list heading alone on its paragraph's first line starts
    ("Actions" over "Jo Bloggs to send …" without a blank line between), or None."""
    nl = text.find("\n", ps, pe)
    if nl < 0 or not _is_action_list_heading(text[ps:nl]):
        return None
    start, end = _trim(text, nl, pe)
    return start if end > start else None


def _opens_with_named_owner(text: str, ps: int, pe: int, attendance: list[AttendanceEntry]) -> bool:
    """A line opening with people's names and "to" and a verb ("Jo Bloggs to circulate …"): in a list
    of actions an entry even when it is not marked by a bullet."""
    m = _LEADING_OWNER_TO.match(text, ps, pe)
    if m is None:
        return False
    owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance)
    return bool(owners) and all(o.kind == "person" and is_person_name(o.name, attendance) for o in owners)


def listed_actions(text: str, item: ItemSegment, attendance: list[AttendanceEntry]) -> list[Action]:
    """Actions listed under an "Actions arising" / "Action points" heading (or an item so titled):
    one numbered or bulleted line each, its owners given as initials at the start or the end."""
    paras = item.paragraphs
    in_list = _is_action_list_heading(item.title)
    actions: list[Action] = []
    owner_lines_read: set[int] = set()
    for k, p in enumerate(paras):
        if k in owner_lines_read:
            continue
        ps, pe = _trim(text, p.text_span.start, p.text_span.end)
        # "- **[A24/05]** Owner — task — by date": the action log's number in brackets marks the line
        # as an action entry wherever it stands, under a heading of actions or not
        bracketed = _BRACKETED_ACTION_NUMBER.match(text, ps, pe)
        if bracketed is None and p.enumerator is None:
            under = _entry_under_heading_line(text, ps, pe)
            if under is not None:
                # "Actions" alone on its line over "Jo Bloggs to …" in the same paragraph: an
                # item's sub-heading and its first entry, unmarked
                in_list, ps = True, under
            elif not (in_list and (_opens_with_named_owner(text, ps, pe, attendance)
                                   or _YEAR_NUMBERED_ENTRY.match(text, ps, pe))):
                # under the heading, an unmarked "Jo Bloggs to …" line is one more entry; any other
                # line is a heading of its own or ends the list
                in_list = _is_action_list_heading(text[ps:pe])
                continue
        if not in_list and bracketed is None:
            continue
        numbered = bracketed or _LISTED_ACTION_NUMBER.match(text, ps, pe) or _YEAR_NUMBERED_ENTRY.match(text, ps, pe)
        if numbered:
            ps = numbered.end()           # "- A25/10 – Owner: task": the entry's own number is no field
        # "3. Item 4(iii) - DA to provide …": the entry names the item it comes from (attach_logged_actions
        # moves it there) and ends with its due date ("… assessment. - by 31 October 2016")
        item_ref = None
        named = _ENTRY_ITEM_REF.match(text, ps, pe)
        if named:
            item_ref, ps = named["ref"] or named["bref"], named.end()
            due = _TRAILING_DUE_FIELD.search(text, ps, pe)
            if due:
                pe = _trim(text, ps, due.start(), " \t.")[1]
        before = len(actions)
        below = _owner_line_below(text, paras, k)
        if below is not None and _OWNER_FIELD.search(text, ps, pe) is None:
            # the entry's owner and due date on the line below: "      Owner: Jo Lake     Due: May 2024"
            owner_lines_read.add(k + 1)
            owners = _owners_in(text, below.start("owners"), below.end("owners"), attendance)
            s, e = _trim(text, ps, pe)
            dates = find_dates(below["due"]) if below["due"] else []
            actions.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True,
                                  due=dates[0][0] if dates else None, item_ref=item_ref))
            continue
        labelled = _OWNER_FIELD.search(text, ps, pe)
        if labelled:
            owners = _owners_in(text, labelled.start("owners"), labelled.end("owners"), attendance)
            s, e = _trim(text, ps, labelled.start())
            dates = find_dates(text[labelled.end("owners"):pe])
            actions.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True,
                                  due=dates[0][0] if dates else None))
            continue
        lead = _LEADING_INITIALS.match(text, ps, pe)
        trail = None if lead else _TRAILING_INITIALS.search(text, ps, pe)
        m = lead or trail
        if m is None:
            fielded = _owner_task_fields(text, ps, pe, attendance) or _owners_colon_task(text, ps, pe, attendance)
            if fielded is not None:
                actions.append(fielded)
                continue
            if _titled_owner_to_re().match(text, ps, pe):
                continue          # "Mr Kirkby to present …": read with the titled owners of find_actions
            # "Chief Constable to report progress …": a post the attendance gives someone
            pm = _LEADING_OWNER_TO.match(text, ps, pe)
            if pm is None:
                continue
            owners = _owners_in(text, pm.start("owners"), pm.end("owners"), attendance)
            if not owners or not all(o.kind == "role" or o.kind == "person" and is_person_name(o.name, attendance)
                                     for o in owners):
                continue
            actions.append(Action(text=text[ps:pe], span=Span(ps, pe), owners=owners, explicit=True))
            continue
        owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance)
        s, e = (ps, pe) if lead else _trim(text, ps, m.start())
        actions.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True))
        if item_ref is not None:
            for a in actions[before:]:
                a.item_ref = item_ref
                a.due = a.due or due_date_in(text, ps, p.text_span.end)
    for a in actions:
        a.listed = True
    return actions


# "Item 4(iii) - ", "Minute 12 – ": an entry of a list of actions naming the item (and its part) it
# comes from before its owners; or in brackets before the task: "(Item 4) Share the …"
_ENTRY_ITEM_REF = re.compile(r"(?i:agenda[ \t]+)?(?i:item|minute)[ \t]+(?P<ref>\d{1,3}(?:\.\d{1,2})?[a-z]?)"
                             r"(?:[ \t]*\((?:[a-z]|\d{1,2}|[ivx]{1,5})\))?[ \t]*[-–—:][ \t]+(?=[A-Z])|"
                             r"\((?i:agenda[ \t]+)?(?i:item|minute)[ \t]+(?P<bref>\d{1,3}(?:\.\d{1,2})?[a-z]?)\)[ \t]+(?=[A-Z])")
# "24/31 (Item 4) Share the …": a log's entry numbered by the year and its count (read only inside a
# list of actions, where no date or sum opens a line)
_YEAR_NUMBERED_ENTRY = re.compile(r"\d{2}/\d{1,3}[ \t]+(?=\(?[A-Z])")
# the line under such an entry: "      Owner: Jo Lake / Ann Fox          Due: 31 May 2024"
_OWNER_DUE_LINE = re.compile(r"(?i:owners?|leads?|responsible)[ \t]*:[ \t]*(?P<owners>[^\n:]{2,80}?)"
                             r"(?:(?:[ \t]{2,}|\t|[ \t]*[;,][ \t]*)(?i:due|by|deadline|target(?:[ \t]+date)?)[ \t]*:"
                             r"[ \t]*(?P<due>[^\n]{2,40}?))?[ \t.]*")


def _owner_line_below(text: str, paras: list[Paragraph], k: int) -> re.Match | None:
    """The "Owner: … Due: …" line that is the next paragraph after entry ``k``, or None."""
    if k + 1 >= len(paras):
        return None
    ns, ne = _trim(text, paras[k + 1].text_span.start, paras[k + 1].text_span.end)
    return _OWNER_DUE_LINE.fullmatch(text, ns, ne)
# a recommendation numbered by its letter, opening its paragraph: "R1  A single lead officer to be appointed …",
# "Rec 2: Lakes Police to …", "Recommendation 3 – The case to be referred …"
_RECOMMENDATION_ENTRY = re.compile(r"(?:R|Rec\.?|Recommendation)[ \t]*\d{1,2}[ \t]*[.:)–—-]?[ \t]+(?=[A-Z])")
# the owner line under it: "Owner: Jo Lake (Lakes Homes)          Date: 31/05/2024" (the date is when it is due)
_RECOMMENDATION_OWNER_LINE = re.compile(
    r"(?i:owners?|leads?|responsible(?:[ \t]+officer)?)[ \t]*:[ \t]*(?P<owners>[^\n:]{2,80}?)"
    r"(?:(?:[ \t]{2,}|\t|[ \t]*[;,][ \t]*)(?i:due|by|deadline|date|target(?:[ \t]+date)?|by[ \t]+when)[ \t]*:"
    r"[ \t]*(?P<due>[^\n]{2,40}?))?[ \t.]*")
# the lead-in the numbered recommendations answer: "(iii) to make the following recommendations."
_LEAD_IN_TO_RECOMMENDATIONS = re.compile(r"\bthe\s+following\s+recommendations?[ \t.:]*$", re.IGNORECASE)


def owned_recommendations(text: str, item: ItemSegment, attendance: list[AttendanceEntry]
                          ) -> tuple[list[Decision], list[Action]]:
    """A panel's numbered recommendations, each with an owner line under it ("R1  A single lead officer to
    be appointed …" over "Owner: Jo Lake    Date: 31/05/2024"): each is a decision the meeting made and a
    task its owner carries out by that date. Only a recommendation whose next paragraph is its owner
    line counts: a report's numbered recommendations with no owner are what was put to the meeting."""
    paras = item.paragraphs
    decisions: list[Decision] = []
    actions: list[Action] = []
    for k in range(len(paras) - 1):
        ps, pe = _trim(text, paras[k].text_span.start, paras[k].text_span.end)
        entry = _RECOMMENDATION_ENTRY.match(text, ps, pe)
        if entry is None:
            continue
        ns, ne = _trim(text, paras[k + 1].text_span.start, paras[k + 1].text_span.end)
        owner_line = _RECOMMENDATION_OWNER_LINE.fullmatch(text, ns, ne)
        if owner_line is None:
            continue
        s, e = _trim(text, entry.end(), pe)
        owners = _owners_in(text, owner_line.start("owners"), owner_line.end("owners"), attendance)
        dates = find_dates(owner_line["due"]) if owner_line["due"] else []
        decisions.append(Decision(text=text[s:e], span=Span(s, e), kind="agreed"))
        actions.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True,
                              due=dates[0][0] if dates else None, listed=True))
    return decisions, actions


def with_owned_recommendations(text: str, item: ItemSegment, attendance: list[AttendanceEntry],
                               decisions: list[Decision], actions: list[Action]
                               ) -> tuple[list[Decision], list[Action]]:
    """The item's decisions and actions with its owned recommendations added (see owned_recommendations),
    the lead-in that introduces them ("to make the following recommendations") no decision of its own,
    and no other reading of the same paragraphs kept twice."""
    recommended, owned = owned_recommendations(text, item, attendance)
    if not recommended:
        return decisions, actions
    first = recommended[0].span.start
    kept = [d for d in decisions if not (d.span.end <= first and _LEAD_IN_TO_RECOMMENDATIONS.search(d.text))
            and not any(_overlaps(d.span, r.span) for r in recommended)]
    others = [a for a in actions if not any(_overlaps(a.span, o.span) for o in owned)]
    return kept + recommended, others + owned


# "… the approved minute. - by 30 September 2016", "… next meeting. – 8 December 2016": a due date
# set off by a dash at the end of the entry
_TRAILING_DUE_FIELD = re.compile(r"[ \t]+[-–—][ \t]+(?:(?i:by|before|due)[ \t]+)?[^-–—\n]{3,30}$")


_FIELD_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
# the number of an entry in a list of actions, before its owner and task: "A25/10 – ", "A12: ", "AP3 – "
_LISTED_ACTION_NUMBER = re.compile(r"(?-i:AP?)\d{1,3}(?:[/.]\d{1,3})?(?:[ \t]+[-–—]|:)[ \t]+")
# the same number in square brackets, maybe in bold, opening the entry: "**[A24/05]** ", "[AP3] – "
_BRACKETED_ACTION_NUMBER = re.compile(r"(?:\*\*|__)?\[(?-i:AP?)\d{1,3}(?:[/.]\d{1,3})?\](?:\*\*|__)?"
                                      r"(?:[ \t]+[-–—]|:)?[ \t]+(?=\S)")
# "Matthew Rees / Nia Wyn Thomas: publish the summary …": the owners, a colon, then the task in lower case
_OWNERS_COLON = re.compile(r"(?P<owners>[A-Z][^:\n]{1,80}?)[ \t*_]*:[ \t*_]+(?=[a-z])")
# the words a field naming owners may hold besides capitalised names and initials
_OWNER_FIELD_JOINERS = frozenset({"and", "&", "/", "of", "for", "the"})


def _names_only(field: str) -> bool:
    """A field of names or bodies ("Kirsty Hallam / Rachel Thornbury", "KCC Community Safety Team"),
    not a task: every word capitalised (or a joiner), at most eight words."""
    words = field.replace("/", " / ").split()
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w.lower() in _OWNER_FIELD_JOINERS for w in words) \
        and any(w[:1].isupper() for w in words)


_TASK_SENTENCE_BREAK = re.compile(r"[a-z0-9)][.!?][ \t\n]+(?=[A-Z])")


def _owner_task_fields(text: str, ps: int, pe: int, attendance: list[AttendanceEntry]) -> Action | None:
    """A listed action written as fields between spaced dashes: "Owner – task – due" (or "task – Owner
    – due"); the due field is a date or a short phrase ("Ongoing", "Next meeting")."""
    fields, pos = [], ps
    for m in [*_FIELD_DASH.finditer(text, ps, pe), None]:
        a, b = _trim(text, pos, m.start() if m else pe, " \t.;")
        if b <= a:
            return None
        fields.append((a, b))
        if len(fields) > 3:
            return None
        pos = m.end() if m else pe
    if len(fields) < 2:
        return None
    due = None
    if len(fields) == 3:
        ds, de = fields.pop()
        dates = find_dates(text[ds:de])
        if dates:
            due = dates[0][0]
        elif len(text[ds:de].split()) > 3:
            return None
    owner_field = next((f for f in fields if _names_only(text[f[0]:f[1]])), None)
    if owner_field is None:
        return None
    ts, te = fields[1] if owner_field == fields[0] else fields[0]
    if _names_only(text[ts:te]):
        return None                     # two fields of names: not an owner and a task
    if _TASK_SENTENCE_BREAK.search(text, ts, te):
        # "Jo Hale went through the action log. Two actions remained open – Fellside and Lakeby.": a
        # paragraph of several sentences reports on the log; a listed task is one clause
        return None
    owners = _owners_in(text, owner_field[0], owner_field[1], attendance)
    if not owners:
        return None
    return Action(text=text[ts:te], span=Span(ts, te), owners=owners, explicit=True, due=due)


def _owner_task_entries(text: str, rest: Span, attendance: list[AttendanceEntry]) -> list[Action]:
    """ "Actions: Mari Pugh – figures for hospital staff; Jo Bassett – draft the letter": one
    label over several actions, each "Owner – task", parted by semicolons; each entry is its own
    action (its text the whole entry). Empty unless every entry reads as owner and task."""
    if text.find(";", rest.start, rest.end) < 0:
        return []
    entries, pos = [], rest.start
    for m in [*re.finditer(";", text[rest.start:rest.end]), None]:
        end = rest.start + m.start() if m else rest.end
        a, b = _trim(text, pos, end, " \t.;")
        action = _owner_task_fields(text, a, b, attendance) if b > a else None
        if action is None:
            return []
        entries.append(Action(text=text[a:b], span=Span(a, b), owners=action.owners, explicit=True, due=action.due))
        pos = end + 1
    return entries if len(entries) >= 2 else []


def _owners_colon_task(text: str, ps: int, pe: int, attendance: list[AttendanceEntry]) -> Action | None:
    """A listed action written "Owner / Owner: task": the part before the colon only names people
    ("All partners: nominate …" names no one, and "Note: the …" is no owner)."""
    m = _OWNERS_COLON.match(text, ps, pe)
    if m is None or not _names_only(m["owners"]):
        return None
    owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance)
    if not owners or not all(o.kind == "person" and is_person_name(o.name, attendance) for o in owners):
        return None
    ts, te = _trim(text, m.end(), pe)
    if te <= ts:
        return None
    return Action(text=text[ts:te], span=Span(ts, te), owners=owners, explicit=True, due=due_date_in(text, ts, te))


_TABLE_RULE_ROW = re.compile(r"[|:\-+= \t]+")


def _cells(text: str, s: int, e: int, keep_inner_empty: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each cell of a pipe-table row, trimmed; outer empty cells of '| a | b |' dropped
    (with ``keep_inner_empty``, only the edges' empty pieces outside the first and last bar: a grid
    row's further line "|      | wrapped words |   |" keeps its empty first cell in its column)."""
    cells, pos = [], s
    for i in [m.start() for m in re.finditer(r"\|", text[s:e])] + [e - s]:
        cells.append(_trim(text, pos, s + i, " \t"))
        pos = s + i + 1
    if keep_inner_empty:
        if len(cells) > 1 and not text[s:cells[0][1]].strip():
            cells = cells[1:]
        if len(cells) > 1 and not text[cells[-1][0]:e].strip():
            cells = cells[:-1]
        return cells
    if cells and cells[0][0] >= cells[0][1]:
        cells = cells[1:]
    if cells and cells[-1][0] >= cells[-1][1]:
        cells = cells[:-1]
    return cells


def _table_rows(text: str, s: int, e: int, sep: str = "|"):
    """(start, end) of each line of text[s:e] holding ``sep`` (a pipe or a tab), found line by line:
    a regex for "a line with a bar" retried at every position of a long line without one is quadratic."""
    pos = s
    while pos < e:
        nl = text.find("\n", pos, e)
        end = e if nl < 0 else nl
        if text.find(sep, pos, end) >= 0:
            yield pos, end
        pos = end + 1


def _tab_rows_rewrapped(text: str, s: int, e: int, width):
    """(start, end) of each row of a tab-separated table in text[s:e], a row's cells hard-wrapped over
    several lines joined back: a copy of a table whose long cells broke into lines ("4.4<TAB>Arrange
    publication of the overview" / "report and a press briefing<TAB>Tom Wyatt<TAB>14/10/2025")
    has a row with fewer cells than the header (``width()``, 0 while no header is read), and each line
    after it goes on with its last cell, until the cells of the header are all there."""
    lines = _line_spans(text, s, e)
    i = 0
    while i < len(lines):
        rs, re_ = lines[i]
        i += 1
        if text.find("\t", rs, re_) < 0:
            continue
        need = width()
        count = len(_tab_cells(text, rs, re_))
        if 0 < count < need:
            j, total = i, count
            while j < len(lines) and total < need and j - i < MAX_WRAPPED_LINES:
                total += len(_tab_cells(text, *lines[j])) - 1
                j += 1
            if total == need:
                re_, i = lines[j - 1][1], j
        yield rs, re_


# lines a wrapped row of a tab-separated table may run over ("Detective / Superintendent / Name /")
MAX_WRAPPED_LINES = 6


def _tab_cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(start, end) of each tab-separated cell of a row, trimmed (a run of tabs is one separator)."""
    cells, pos = [], s
    for m in [*re.finditer(r"\t+", text[s:e]), None]:
        end = s + m.start() if m else e
        cells.append(_trim(text, pos, end, " \t"))
        if m:
            pos = s + m.end()
    return [c for c in cells if c[1] > c[0]] if cells and cells[0][1] <= cells[0][0] else cells


def _tab_row_cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row copied from a Word table, trimmed: one tab between two
    cells, so an empty cell keeps its column."""
    bounds = [s - 1, *(s + m.start() for m in re.finditer("\t", text[s:e])), e]
    return [_trim(text, a + 1, b, " \r\u00a0") for a, b in zip(bounds, bounds[1:])]


def table_actions(text: str, s: int, e: int, attendance: list[AttendanceEntry],
                  header: tuple[str, ...] = (), sep: str = "|", meeting_date: dt.date | None = None,
                  rows: list[tuple[Span, ...]] = ()) -> list[Action]:
    """Actions laid out as a pipe table under a header row naming an action and an owner column
    ("No. | Action | Owner | Deadline"); owners may be initials, names or bodies. ``header``: the
    column names of rows whose header lies before ``s`` (an item read from a row of the items table
    "| Item | Discussion | Action |"), whose action cell names its owners itself, one entry a line:
    "Name – task by date", "Name / Name – task". ``sep="\t"`` reads the same table pasted from a word
    processor, its cells separated by tabs. A log's row raised at another meeting than ``meeting_date``
    (its "Meeting" cell dated earlier: carried forward) is no action of this meeting, and its item
    number names an item of that meeting. ``rows``: the cells of the item's rows, when the segmenter
    read them (a Word table copied as text, whose cells of several paragraphs span several lines)."""
    actions: list[Action] = []
    columns: dict[str, int] | None = None
    if header:
        columns = {role: k for k, n in enumerate(header) for role, words in _ACTION_COLUMNS.items() if n in words}
        if "task" not in columns:
            return actions
        for cells in _header_rows(text, s, e, header, sep, rows):
            if len(cells) <= columns["task"]:
                continue                # no action in this row (trailing empty cells are dropped)
            if "owner" not in columns:
                actions.extend(_cell_actions(text, *cells[columns["task"]], attendance))
                continue
            ts, te = cells[columns["task"]]
            owner = cells[columns["owner"]] if columns["owner"] < len(cells) else (ts, ts)
            due = cells[columns["due"]] if columns.get("due", len(cells)) < len(cells) else (ts, ts)
            actions.extend(_row_actions(text, (ts, te), owner, due, attendance))
        return actions
    width = 0
    rows = _table_rows(text, s, e, sep) if sep == "|" else _tab_rows_rewrapped(text, s, e, lambda: width)
    more_lines: dict[int, list[tuple[int, int]]] = {}      # a grid row's lines after its first
    if sep == "|":
        rows, more_lines = _grid_rows(text, list(rows))
    for rs, re_ in rows:
        if _TABLE_RULE_ROW.fullmatch(text, rs, re_):
            continue
        cells = _cells(text, rs, re_) if sep == "|" else _tab_cells(text, rs, re_)
        names = [_column_name(text[a:b]) for a, b in cells]
        named = _with_update_as_task({role: k for k, n in enumerate(names) for role, words in _ACTION_COLUMNS.items()
                                      if n in words})
        if "task" in named and "owner" in named:
            columns, width = named, len(cells)
            continue
        # (a row may leave its last cells empty: a status not yet given)
        if columns is None or len(cells) <= max(k for role, k in columns.items() if role not in ("status", "update")):
            continue
        ts, te = cells[columns["task"]]
        os_, oe = cells[columns["owner"]]
        if te <= ts or _raised_at_another_meeting(text, cells, columns, meeting_date) \
                or _item_cell_of_another_meeting(text, cells, columns, meeting_date) \
                or _closed_row(text, cells, columns) or _no_action_row(text, (ts, te)):
            continue
        due = None
        if "due" in columns:
            ds, de = cells[columns["due"]]
            dates = find_dates(text[ds:de])
            due = dates[0][0] if dates else None
        owners = _owners_in(text, os_, oe, attendance) if oe > os_ else []
        task_text = text[ts:te]
        if rs in more_lines:
            # "| Station Road | Drug supply, … | Joint welfare visits to the two | SJ / KO |" over
            # "|              | vulnerable tenants | addresses; consider closure | CP |": the cells go on
            task_text, te, more_owners = _grid_row_rest(text, more_lines[rs], columns, task_text, te, attendance)
            owners += [o for o in more_owners if _owner_key(o.name) not in {_owner_key(x.name) for x in owners}]
        ref = None
        for role in ("ref", "row"):
            if role in columns and ref is None:
                rs_, re2 = cells[columns[role]]
                ref = _row_item_ref(text[rs_:re2], dotted_only=role == "row")
        ref = ref or _task_paragraph_ref(text, ts, te)
        actions.append(Action(text=task_text, span=Span(ts, te), owners=owners, explicit=True, due=due,
                              item_ref=ref, listed=True))
    return _without_earlier_meetings_rows(actions, meeting_date)


# a log reference that numbers actions by the month of the meeting raising them: "09/21-3" (September 2021, third)
_MONTH_ACTION_REF = re.compile(r"(?P<month>0?[1-9]|1[0-2])/(?P<year>\d{2})[-–](?P<n>\d{1,2})")


def _without_earlier_meetings_rows(actions: list[Action], meeting_date: dt.date | None) -> list[Action]:
    """A tracker whose references carry the raising meeting's month ("06/21-3", "09/21-1") holds this
    meeting's rows and earlier meetings' rows still open: the earlier ones are no actions of this
    meeting. Only when some row carries this meeting's own month and year (else "5/23-1" may be a
    minute number, not a month)."""
    if meeting_date is None:
        return actions
    own = (meeting_date.month, meeting_date.year % 100)
    months = {id(a): (int(m["month"]), int(m["year"])) for a in actions
              if a.item_ref and (m := _MONTH_ACTION_REF.fullmatch(a.item_ref))}
    if own not in months.values():
        return actions
    return [a for a in actions if months.get(id(a), own) == own]


def _grid_rows(text: str, lines: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], dict[int, list[tuple[int, int]]]]:
    """A grid drawn in text ("+-----+-----+" lines between rows): each row's first line, and the lines of
    a row that runs over several (its cells wrapped) keyed by where the row's first line starts. A
    table without such rules is one row a line."""
    breaks = [k for k in range(1, len(lines)) if _GRID_RULE.search(text, lines[k - 1][1], lines[k][0])]
    if len(breaks) < 2:
        return lines, {}
    firsts: list[tuple[int, int]] = []
    more: dict[int, list[tuple[int, int]]] = {}
    opened: int | None = None
    for k, (a, b) in enumerate(lines):
        gap = k == 0 or k in breaks or text.count("\n", lines[k - 1][1], a) > 1
        if gap or opened is None or _TABLE_RULE_ROW.fullmatch(text, a, b):
            opened = None if _TABLE_RULE_ROW.fullmatch(text, a, b) else a
            firsts.append((a, b))
        else:
            more.setdefault(opened, []).append((a, b))
    return firsts, more


# a grid's rule line between its rows: "+-----+-----+"
_GRID_RULE = re.compile(r"\n[ \t]*\+[-=+]{3,}[ \t]*(?=\n)")


def _grid_row_rest(text: str, rest: list[tuple[int, int]], columns: dict[str, int], task_text: str, te: int,
                   attendance: list[AttendanceEntry]) -> tuple[str, int, list[Owner]]:
    """The task cell's words and the owners on a grid row's further lines."""
    owners: list[Owner] = []
    for a, b in rest:
        cells = _cells(text, a, b)
        if columns["task"] < len(cells):
            x, y = cells[columns["task"]]
            if y > x:
                task_text, te = f"{task_text} {text[x:y]}", y
        if columns["owner"] < len(cells):
            x, y = cells[columns["owner"]]
            if y > x:
                owners += _owners_in(text, x, y, attendance)
    return task_text, te, owners


_LONGEST_HEADER_LINE = 60      # a header row closed up into one line is a few words


def _ended_by_hand(text: str, previous: tuple[int, int], start: int, width: int) -> bool:
    """Whether a wrapped cell's line ends a paragraph: it ends a sentence and the next line, opening
    with a capital, has a first word that would have fitted after it (a wrapped line runs near the
    cell's width)."""
    a, b = _trim(text, *previous)
    word = text[start:text.find(" ", start) if text.find(" ", start) > 0 else start]
    return b > a and text[b - 1] in ".!?" and text[start:start + 1].isupper() and b - previous[0] + 1 + len(word) < width


def _discussion_action_header(text: str, rs: int, re_: int) -> int | None:
    """The column of the actions in a header row "Discussion<TAB>Action": two cells, a text column (see
    item_table_discussion_headers) and an action column, no owner column; else None. A printed copy
    may close the cells up into one line of words ("Discussion Action")."""
    if text.find("\t", rs, re_) >= 0:
        names = [_norm(text[a:b]) for a, b in _tab_row_cells(text, rs, re_)]
    else:
        words = text[rs:re_].split()
        if not 2 <= len(words) <= 5:
            return None
        splits = [[_norm(" ".join(words[:k])), _norm(" ".join(words[k:]))] for k in range(1, len(words))]
        return next((h for h in map(_two_header_cells, splits) if h is not None), None)
    return _two_header_cells(names)


def _two_header_cells(names: list[str]) -> int | None:
    if len(names) != 2:
        return None
    task = next((k for k, n in enumerate(names) if n in _ACTION_COLUMNS["task"]), None)
    if task is None or names[1 - task] not in terms()["item_table_discussion_headers"]:
        return None
    return task


def discussion_table_actions(text: str, s: int, e: int, attendance: list[AttendanceEntry]
                             ) -> list[tuple[Span, Action]]:
    """Minutes whose items are each a two-column table "Discussion | Action", copied as text: a row's
    discussion cell wraps over several lines and the action cell follows its last line after a tab
    ("… so that coordinators could target advice.<TAB>Insp Dent to provide the data"). The action
    cell names its task ("Owner to task", "Owner – task") or only its owners ("Insp Dent", "Jo Dent
    / Al Ray"), who then act on the row's discussion; "Closed" or an empty cell records none. One
    explicit action each, with the row's bounds (its discussion starts after the header, a blank line
    or the row above)."""
    out: list[tuple[Span, Action]] = []
    column = None
    row_start = None
    lines = _line_spans(text, s, e)
    width = max((b - a for a, b in lines), default=0)
    for k, (line_start, end) in enumerate(lines):
        if text.find("\t", line_start, end) < 0:
            if end - line_start < _LONGEST_HEADER_LINE and _discussion_action_header(text, line_start, end) is not None:
                column, row_start = _discussion_action_header(text, line_start, end), None
            elif not text[line_start:end].strip():
                row_start = None
            elif row_start is None or (k and _ended_by_hand(text, lines[k - 1], line_start, width)):
                row_start = line_start
            continue
        header = _discussion_action_header(text, line_start, end)
        if header is not None:
            column, row_start = header, None
            continue
        cells = _tab_row_cells(text, line_start, end)
        if column is None or len(cells) != 2:
            column = None           # another table ("Ward | Offences | Change"): not the items' rows
            continue
        first = line_start if row_start is None else row_start
        row_start = None
        (ds, de), (as_, ae) = cells[1 - column], cells[column]
        if column == 1:
            ds = first
        if ae <= as_ or _EMPTY_CELL.fullmatch(text, as_, ae) or _CLOSED_STATUS.match(text, as_, ae):
            continue
        row = Span(first, end)
        found = _cell_actions(text, as_, ae, attendance)
        if not found and _names_only(text[as_:ae]) and de > ds:
            owners = _owners_in(text, as_, ae, attendance)
            if owners and all(o.kind == "role" or o.kind == "person" and is_person_name(o.name, attendance)
                              for o in owners):
                ts, te = _trim(text, ds, de)
                found = [Action(text=text[ts:te], span=Span(ts, te), owners=owners, explicit=True)]
        out.extend((row, a) for a in found)
    return out


def _header_rows(text: str, s: int, e: int, header: tuple[str, ...], sep: str, rows: list[tuple[Span, ...]]
                 ) -> list[list[tuple[int, int]]]:
    """The cells of an item's rows under the items table's ``header``: as the segmenter read them,
    else one row a line of text[s:e]."""
    if rows:
        return [[(c.start, c.end) for c in row] for row in rows]
    return [_row_body_cells(text, rs, re_, s, len(header), sep) for rs, re_ in _item_table_rows(text, s, e, sep)
            if not _TABLE_RULE_ROW.fullmatch(text, rs, re_)]


def _item_table_rows(text: str, s: int, e: int, sep: str):
    """The item's own rows of the items table: the lines from ``s`` that hold ``sep``, up to the first
    line without it. A table further down the last item ("Annex A – dashboard", a forward plan under
    its own header) is another table, its cells under other columns than the items table's."""
    pos = s
    while pos < e:
        nl = text.find("\n", pos, e)
        end = e if nl < 0 else nl
        if text.find(sep, pos, end) < 0:
            return
        yield pos, end
        pos = end + 1


def _cell_paragraphs(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A cell's paragraphs: its lines (a Word cell copied as text), else its whole text."""
    return cell_lines(text, a, b) if text.find("\n", a, b) >= 0 else [(a, b)]


def _row_actions(text: str, task: tuple[int, int], owner: tuple[int, int], due: tuple[int, int],
                 attendance: list[AttendanceEntry]) -> list[Action]:
    """The actions of one row of a table with task, owner and due columns. A task cell of several
    paragraphs holds one action each: the n-th is the n-th owner paragraph's and the n-th due date's
    (one owner paragraph: all are that owner's); when the owner paragraphs do not pair up with the
    tasks, the cell is one action of all the owners."""
    if task[1] <= task[0] or _EMPTY_CELL.fullmatch(text, *task):
        return []           # "–" / "None" under Action: the row records no action
    tasks = _cell_paragraphs(text, *task)
    owners = _cell_paragraphs(text, *owner) if owner[1] > owner[0] else []
    dues = _cell_paragraphs(text, *due) if due[1] > due[0] else []
    if len(tasks) > 1 and len(owners) in (1, len(tasks)):
        owners = owners * len(tasks) if len(owners) == 1 else owners
        dues = dues if len(dues) == len(tasks) else [due] * len(tasks)
        return [_task_action(text, t, o, d, attendance) for t, o, d in zip(tasks, owners, dues)]
    return [_task_action(text, task, owner, due, attendance)]


def _task_action(text: str, task: tuple[int, int], owner: tuple[int, int], due: tuple[int, int],
                 attendance: list[AttendanceEntry]) -> Action:
    ts, te = task
    # an owner cell of several paragraphs names one owner (or one group "RG / EB") a paragraph
    owners = [o for a, b in _cell_paragraphs(text, *owner) for o in _owners_in(text, a, b, attendance)] \
        if owner[1] > owner[0] else []
    dates = find_dates(text[slice(*due)]) if due[1] > due[0] else []
    return Action(text=text[ts:te], span=Span(ts, te), owners=owners, explicit=True,
                  due=dates[0][0] if dates else None)


@dataclass(frozen=True, slots=True)
class OwnersColumn:
    """The header of minutes laid out as one table whose rows are the discussion's paragraphs and whose
    last column names who acts on them: "No.<TAB>Discussion<TAB>Action by"."""
    sep: str                 # between cells: a tab (a Word table copied as text) or a bar
    width: int               # the number of cells of a row
    text: int                # the column a row's text is in
    owners: int              # the column naming the owners


def _row_cells_by(text: str, s: int, e: int, sep: str) -> list[tuple[int, int]]:
    return _tab_row_cells(text, s, e) if sep == "\t" else _cells(text, s, e)


def _names_a_task_column(name: str) -> bool:
    """ "Action", or a column shared with the decisions ("Decision/Action"): the tasks have a column of
    their own, so a "Lead" column beside it names who presented the item, not who acts."""
    return name in _ACTION_COLUMNS["task"] or any(part in _ACTION_COLUMNS["task"] for part in name.split("/"))


def find_owners_column(text: str, end: int) -> OwnersColumn | None:
    """The header row above the first item (before ``end``) of a table whose columns are a paragraph's
    text and its owners, with no column of tasks: the task is in the text ("CM to circulate …"),
    the owners in their own cell. A table with a task column is an action table (:func:`table_actions`)."""
    owner_words = _ACTION_COLUMNS["owner"] | _OWNER_COLUMN_HEADERS
    for sep in ("\t", "|"):
        for rs, re_ in _table_rows(text, 0, end, sep):
            cells = _row_cells_by(text, rs, re_, sep)
            names = [_norm(text[a:b]) for a, b in cells]
            owners = next((k for k, n in enumerate(names) if n in owner_words), None)
            if owners is None or len(names) < 2 or any(_names_a_task_column(n) for n in names):
                continue
            number = _ACTION_COLUMNS["row"] | _ACTION_COLUMNS["ref"]
            column = next((k for k, n in enumerate(names) if k != owners and n and n not in number), None)
            if column is not None:
                return OwnersColumn(sep, len(cells), column, owners)
    return None


def owner_cell_actions(text: str, s: int, e: int, attendance: list[AttendanceEntry], column: OwnersColumn
                       ) -> list[tuple[Span, Action]]:
    """The rows of text[s:e] under an :class:`OwnersColumn` header whose owner cell names people
    ("3.2<TAB>… LR and MU to review the MARAC frequency …<TAB>LR / MU"): one explicit action each, its
    text the row's text; with the row's bounds."""
    out: list[tuple[Span, Action]] = []
    for rs, re_ in _table_rows(text, s, e, column.sep):
        cells = _row_cells_by(text, rs, re_, column.sep)
        if len(cells) != column.width:
            continue
        (ts, te), (os_, oe) = cells[column.text], cells[column.owners]
        if oe <= os_ or te <= ts:
            continue
        owners = _owners_in(text, os_, oe, attendance)
        if owners and all(o.kind == "role" or o.kind == "person" and is_person_name(o.name, attendance)
                          for o in owners):
            out.append((Span(rs, re_), Action(text=text[ts:te], span=Span(ts, te), owners=owners, explicit=True)))
    return out


_LINE_BREAK_TAG = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)


def _row_body_cells(text: str, rs: int, re_: int, s: int, width: int, sep: str = "|") -> list[tuple[int, int]]:
    """The cells of a row of an item read from the items table, under the item's ``width`` columns:
    the item's first row starts at ``s`` with them; a further row starts with the item's own cells,
    left empty, which are dropped. Between tabs every cell counts, an empty one too: the tab at ``s``
    only ends the item's title cell."""
    if sep == "\t":
        cells = _tab_row_cells(text, rs + 1 if rs == s and text.startswith("\t", s) else rs, re_)
    else:
        cells = _cells(text, rs, re_)
    if rs > s:
        while len(cells) > width and cells[0][1] <= cells[0][0]:
            cells = cells[1:]
    return cells


def _cell_actions(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> list[Action]:
    """The actions of one action cell, an entry a line ('<br>' between them): "Owner – task" (the
    fields of a listed action) or "Owner to task"."""
    out: list[Action] = []
    pieces = []
    for ls, le in _cell_paragraphs(text, s, e):
        pos = ls
        for m in [*_LINE_BREAK_TAG.finditer(text, ls, le), None]:
            pieces.append(_trim(text, pos, m.start() if m else le, " \t*_.;"))
            pos = m.end() if m else le
    for a, b in pieces:
        if b <= a:
            continue
        action = _owner_task_fields(text, a, b, attendance)
        if action is None:
            pm = _LEADING_OWNER_TO.match(text, a, b)
            owners = _owners_in(text, pm.start("owners"), pm.end("owners"), attendance) if pm else []
            if not owners or not all(o.kind == "role" or o.kind == "person" and is_person_name(o.name, attendance)
                                     for o in owners):
                continue
            action = Action(text=text[a:b], span=Span(a, b), owners=owners, explicit=True)
        out.append(action)
    return out


_ACTION_COLUMNS = {"task": {"action", "actions", "action required", "task", "action agreed",
                            # one cell for both: "JC to publish …", "PA – report …"
                            "action/owner", "actions/owners", "action/lead", "action/by whom",
                            # informal notes: "# | What | Who | Done?"
                            "what",
                            # a tasking group's location table: "Location | Issue | Tasking | Owner | RAG"
                            "tasking"},
                   "owner": {"owner", "owners", "lead", "by whom", "who", "responsible", "action owner",
                             "responsibility"},
                   "due": {"deadline", "due", "due date", "by when", "date", "target date", "timescale", "by", "by date"},
                   # a column naming the minute the action comes from ("Ref | Action | Owner")
                   "ref": {"ref", "ref.", "reference", "minute", "minute ref", "minute ref.", "minute no",
                           "minute no.", "minute number", "min ref", "item", "item no", "item no.", "agenda item"},
                   # an action number, which names an item only in the "4.1" form (item 4, first action)
                   "row": {"no", "no.", "#", "number", "action no", "action no.", "action ref"},
                   # the meeting that raised the action, in a log that carries earlier meetings' rows
                   "raised": {"meeting", "meeting date", "date of meeting", "date raised", "raised",
                              "meeting raised", "raised at"},
                   # how far an action has got, in a log that tracks earlier meetings' actions
                   "status": {"status", "rag status", "rag", "progress"},
                   # what has been done since, beside a bare RAG colour ("Green | Complete – circulated")
                   "update": {"update", "updates", "latest update", "progress update", "comments", "comment",
                              # a case table's "Lead | Next step": what the lead is to do next
                              "next step", "next steps"}}


# a dated remark closing a column's name: "Update (April 2020)"
_HEADER_REMARK = re.compile(r"[ \t]*\([^()]*\)[ \t]*$")


def _with_update_as_task(columns: dict[str, int]) -> dict[str, int]:
    """ "Location | Issue | Owner | Update | Status": a tasking table names no task column; each row's
    owner is to carry on with what its update cell says ("… MT to escalate via the liaison officer"),
    so the update is the row's task (a log that has a task column keeps its update apart)."""
    if "task" in columns or "owner" not in columns or "update" not in columns:
        return columns
    # (the update stays read as one too: "Cleared." closes the row, as a status "Complete" does)
    return dict(columns, task=columns["update"])


def _column_name(cell: str) -> str:
    """A table header cell as a column's name, without a bracketed remark ("Update (April 2020)"),
    and of a bilingual header ("Cam gweithredu / Action", "Cyfrifol / Owner") its English half."""
    if "/" in cell:
        cell = cell[slice(*english_half(cell, 0, len(cell)))]
    return _norm(_HEADER_REMARK.sub("", cell)) or _norm(cell)


# a log's status cell saying the action is finished: "Complete", "Closed – see item 6", "Done"
# (after a RAG colour: "Green – complete")
_CLOSED_STATUS = re.compile(r"[ \t*_]*(?:(?:red|amber|green|blue)[ \t]*[-–—:/][ \t]*)?"
                            r"(?:completed?|closed|done|discharged|achieved|cleared)\b", re.IGNORECASE)


def _closed_row(text: str, cells: list[tuple[int, int]], columns: dict[str, int]) -> bool:
    """A log row whose "Status" cell says the action is finished: an earlier meeting's action reported
    done, no task this meeting sets (an action is not closed at the meeting that raises it)."""
    return any(k is not None and k < len(cells) and _CLOSED_STATUS.match(text, *cells[k]) is not None
               for k in (columns.get("status"), columns.get("update")))


# a row kept in an item's table of actions to say it set none: "– | No actions arising | – | –"
_NO_ACTION_TASK = re.compile(r"[ \t*_]*(?:no(?:[ \t]+(?:new|further))?[ \t]+actions?(?:[ \t]+(?:arising|agreed|required|"
                             r"recorded|this[ \t]+item))?|none|nil|n/a)[ \t.*_]*", re.IGNORECASE)


def _no_action_row(text: str, task: tuple[int, int]) -> bool:
    """A table row whose action cell says the item set no action: nobody owns a task there."""
    return _NO_ACTION_TASK.fullmatch(text, *task) is not None


def _raised_at_another_meeting(text: str, cells: list[tuple[int, int]], columns: dict[str, int],
                               meeting_date: dt.date | None) -> bool:
    """A log row whose "Meeting" cell gives a date other than this meeting's."""
    if meeting_date is None or "raised" not in columns:
        return False
    dates = find_dates(text[slice(*cells[columns["raised"]])])
    return bool(dates) and dates[0][0] != meeting_date


# a log's item cell that names the meeting before the item: "Sep-24 E", "Jun 2024 – 5", "March 23 item 4"
_MONTH_YEAR_ITEM = re.compile(r"[ \t*_]*(?P<month>[A-Za-z]{3,9})\.?[ \t/-]*'?(?P<year>\d{2}|\d{4})[ \t]*[-–—:]?[ \t]*"
                              r"(?:(?i:item|minute)[ \t]+)?[A-Z0-9]")


def _item_cell_of_another_meeting(text: str, cells: list[tuple[int, int]], columns: dict[str, int],
                                  meeting_date: dt.date | None) -> bool:
    """A log row carried forward: its item cell names the month of an earlier meeting before the item
    ("Sep-24 E" in December's log), so the item is that meeting's and the action no task of this one."""
    k = columns.get("ref")
    if meeting_date is None or k is None or k >= len(cells):
        return False
    m = _MONTH_YEAR_ITEM.match(text, *cells[k])
    month = MONTHS.get(m["month"].lower()) if m else None
    if month is None:
        return False
    year = int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)
    return (year, month) != (meeting_date.year, meeting_date.month)


# an owner column of a table whose rows are the discussion, not tasks ("No. | Discussion | Action by")
_OWNER_COLUMN_HEADERS = frozenset({"action by", "actioned by", "action owner", "lead officer"})
_ITEM_PREFIX = re.compile(r"(?i:minute|min\.?|item|agenda\s+item)\s+")
_DOTTED_ROW = re.compile(r"(?P<item>\d{1,3}[a-z]?)\.\d{1,2}")


# a log row's task closed by the paragraph that minuted it, in brackets: "Circulate the strategy (5.5)"
_TRAILING_PARAGRAPH_REF = re.compile(r"[ \t]*\((?P<ref>\d{1,3}\.\d{1,2})\)[ \t.]*$")


def _task_paragraph_ref(text: str, ts: int, te: int) -> str | None:
    """The item of a log row whose task ends by naming its numbered paragraph ("… to members (5.5)"):
    item 5, in minutes whose paragraphs are numbered under their item; no log column gives it."""
    if not text.startswith(")", _trim(text, ts, te)[1] - 1):
        return None
    m = _TRAILING_PARAGRAPH_REF.search(text, max(ts, te - 12), te)
    return _row_item_ref(m["ref"], dotted_only=True) if m else None


def _row_item_ref(cell: str, dotted_only: bool) -> str | None:
    """The item an action log's row names in its reference cell: the minute number as written
    ("47/23", "Minute 12", "PCP/23/16"), or the item of an action number "4.1"."""
    ref = _ITEM_PREFIX.sub("", cell.strip(" \t*_")).strip(" .")
    m = _DOTTED_ROW.fullmatch(ref)
    if m:
        # a reference cell "5.1" may name a sub-item of its own (kept whole: the item found for it
        # falls back to item 5 when there is none); an action number "4.1" names item 4
        return m["item"] if dotted_only else ref
    return None if dotted_only or not ref or len(ref) > 16 else ref


# a title over an action table that tracks earlier meetings' actions, not this meeting's
_EARLIER_ACTIONS_TITLE = re.compile(r"\b(?:previous|last|earlier|outstanding|carried|arising|tracker|log|update[sd]?)\b",
                                    re.IGNORECASE)


def _action_table_header(text: str, s: int, e: int, sep: str) -> int | None:
    """Where the header row of an action table ("Item | Action | Owner | Due") starts in text[s:e]."""
    for rs, re_ in _table_rows(text, s, e, sep):
        cells = _cells(text, rs, re_) if sep == "|" else _tab_cells(text, rs, re_)
        names = {_column_name(text[a:b]) for a, b in cells}
        if names & _ACTION_COLUMNS["task"] and names & _ACTION_COLUMNS["owner"]:
            return rs
    return None


def preamble_actions(text: str, end: int, attendance: list[AttendanceEntry], meeting_date: dt.date | None
                     ) -> list[Action]:
    """The rows of an action table set before the first item ("ACTIONS FROM THIS MEETING" over
    "Item | Action | Owner | Due"): a summary of what the meeting asked, each row naming the item it
    comes from (:func:`attach_logged_actions` moves it there). A table whose title tracks earlier
    meetings' actions ("Actions from the previous meeting", "Action log") is no record of this one's."""
    found: list[Action] = []
    for sep in ("|", "\t"):
        if sep not in text[:end]:
            continue
        header = _action_table_header(text, 0, end, sep)
        if header is None:
            continue
        title = text[max(0, header - 200):header].rstrip().rsplit("\n", 1)[-1]
        if _EARLIER_ACTIONS_TITLE.search(title):
            continue
        found += [a for a in table_actions(text, header, end, attendance, sep=sep, meeting_date=meeting_date)
                  if a.item_ref]
    return found


# "3. Item 4 - Decision: The Board endorsed …" / "Item 5 – Action: AB to …": an entry of a summary that
# names the item it belongs to before saying whether it records a decision or an action
_ITEM_NAMING_ENTRY = re.compile(r"[ \t*_]*(?:agenda[ \t]+)?(?:item|minute)[ \t]+(?P<ref>\d{1,3}(?:\.\d{1,2})?[a-z]?)"
                                r"[ \t*_]*(?:[-–—:,]|\|)[ \t*_]*", re.IGNORECASE)
_DECISION_ENTRY_LABEL = re.compile(r"(?P<word>decision|resolved|resolution|agreed)[ \t*_]*[:–—-][ \t*_]*", re.IGNORECASE)


def item_naming_entries(text: str, item: ItemSegment, attendance: list[AttendanceEntry]
                        ) -> tuple[list[Decision], list[Action], list[Span]]:
    """Decisions and actions of a summary whose entries each name their item ("SUMMARY OF DECISIONS AND
    ACTIONS" closing minutes whose items hold discussion only: "4. Item 3 - Action: Jo Bloggs to …").
    Each carries the item it names (moved there by attach_tabled_decisions / attach_logged_actions);
    the entries' paragraphs are returned too, so that other readers' reading of them is dropped."""
    decisions: list[Decision] = []
    actions: list[Action] = []
    spans: list[Span] = []
    for p in item.paragraphs:
        ps, pe = p.text_span.start, p.text_span.end
        if text.find("tem", ps, ps + 12) < 0 and text.find("TEM", ps, ps + 12) < 0 and \
                text.find("inute", ps, ps + 12) < 0 and text.find("INUTE", ps, ps + 12) < 0:
            continue
        m = _ITEM_NAMING_ENTRY.match(text, ps, pe)
        if m is None:
            continue
        ref = m["ref"]
        label = _DECISION_ENTRY_LABEL.match(text, m.end(), pe)
        if label:
            d = _decision(text, label.end(), pe, _WORD_KIND.get(label["word"].lower(), "resolved"))
            if d:
                d.item_ref = ref
                decisions.append(d)
                spans.append(p.span)
            continue
        if not _ACTION_LABEL.match(text, m.end(), pe):
            continue
        entry = Paragraph(span=Span(m.end(), pe), text_span=Span(m.end(), pe))
        owners, task, rest = parse_action_line(text, entry, attendance)
        if rest.end <= rest.start:
            continue
        s, e = _trim(text, rest.start, rest.end)
        actions.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True,
                              due=due_date_in(text, rest.start, rest.end), item_ref=ref, listed=True))
        spans.append(p.span)
    return decisions, actions, spans


def attach_tabled_decisions(items: list[AgendaItem], listed: frozenset[int] = frozenset()) -> None:
    """Move each row of a decision table ("Summary of decisions" after the last item) to the item its
    row names, when one item has that number ("3", or "3.1": the first recommendation of item 3). A
    row naming an item that minuted its own decisions only restates them ("Record of decisions taken
    at this meeting" after items with their resolutions): it is dropped, not counted twice. A log
    whose rows name mostly items that minuted nothing themselves is the record of the decisions
    ("Decision log" after items of discussion): all its rows are kept, even where an item's text
    also told of its outcome ("The minutes were accepted as an accurate record"). ``listed``: ids of
    rows of a list of the meeting's decisions by item letter or number ("**B** – The minutes … were
    approved"), the formal record the items' narrative only tells of: they are always kept."""
    by_number = {_norm(i.number).strip("."): i for i in items if i.number}
    minuted = {id(i) for i in items if any(d.item_ref is None for d in i.decisions)}
    moves: list[tuple[AgendaItem, Decision, AgendaItem]] = []
    for item in items:
        for d in item.decisions:
            ref = _norm(d.item_ref).strip(".") if d.item_ref else None
            dotted = _DOTTED_ROW.fullmatch(ref) if ref else None
            target = by_number.get(ref) or (by_number.get(dotted["item"]) if dotted else None) if ref else None
            if target is not None and target is not item:
                moves.append((item, d, target))
    restating = 2 * sum(id(target) in minuted for _, _, target in moves) >= len(moves)
    for item, d, target in moves:
        item.decisions.remove(d)
        if not (restating and id(target) in minuted) or id(d) in listed:
            target.decisions.append(d)


# "45/13(a)", "HWB.33(2)", "12(ii)": a reference to one part of a minute, after the minute's number
_SUBPOINT_SUFFIX = re.compile(r"[ \t]*\((?:[a-z]|\d{1,2}|[ivx]{1,5})\)$", re.IGNORECASE)


def _item_named_by(ref: str, by_number: dict[str, AgendaItem]) -> AgendaItem | None:
    """The item a log row's reference names: its number as written, or the minute whose lettered
    part it names ("PCSP 45/13(a)" → "PCSP 45/13": the parts are not items of their own)."""
    key = _norm(ref).strip(".")
    if key in by_number:
        return by_number[key]
    dotted = _DOTTED_ROW.fullmatch(key)     # "5.1" where item 5 has no sub-items: item 5
    if dotted and dotted["item"] in by_number:
        return by_number[dotted["item"]]
    return by_number.get(_SUBPOINT_SUFFIX.sub("", key).strip("."))


def attach_logged_actions(items: list[AgendaItem]) -> None:
    """Move each action of an action log (a table at the end of the minutes, or under one item)
    to the item its row names, when one item has that number; other rows stay where they are.
    A prose follow-up of that item whose owners the log names again ("Dr Duthie agreed to provide
    the figures" and the row "Provide the figures | Dr K Duthie") is the same action: the row,
    which states the task and owner explicitly, is kept."""
    by_number = {_norm(i.number).strip("."): i for i in items if i.number}
    moved: dict[int, list[Action]] = {}
    for item in items:
        kept = []
        for action in item.actions:
            target = _item_named_by(action.item_ref, by_number) if action.item_ref else None
            if target is not None and target is not item:
                moved.setdefault(id(target), []).append(action)
            else:
                kept.append(action)
        item.actions = kept
    for item in items:
        logged = moved.get(id(item))
        if not logged:
            continue
        owner_keys = {_owner_key(o.name) for a in logged for o in a.owners}
        item.actions = [a for a in item.actions
                        if a.explicit or not {_owner_key(o.name) for o in a.owners} <= owner_keys] + logged


# a log's own row reference ("D12", "A14", "AP3"): letters, then the row's number
_LOG_ROW_REF = re.compile(r"[A-Za-z]{1,2}\d{1,3}")
_CITED_LOG_REF = re.compile(r"\b[A-Z]{1,2}\d{1,3}\b")


def attach_cited_log_rows(text: str, items: list[AgendaItem]) -> None:
    """Move each row of a decision or action log that numbers its rows itself ("D12 | SNA timetable
    approved", "A14 | Circulate the draft | Jo Fell") to the item whose text first cites that
    reference ("… approved the timetable (D12).", "JP to circulate a draft (see A14)."): the log after
    the last item records the outcomes of the items that cite it. A sentence of that item citing the
    row is the row told in prose: the row, which states it in full, is kept and the sentence left out.
    The text before the first row is scanned once for every reference."""
    numbers = {_norm(i.number).strip(".") for i in items if i.number}
    rows = [(item, e) for item in items for e in (*item.decisions, *item.actions)
            if e.item_ref and _LOG_ROW_REF.fullmatch(e.item_ref) and _norm(e.item_ref) not in numbers]
    if not rows or len(items) < 2:
        return
    refs = {e.item_ref.upper() for _, e in rows}
    logs_start = min(e.span.start for _, e in rows)
    cites: dict[str, list[int]] = {}
    for m in _CITED_LOG_REF.finditer(text, items[0].span.start, logs_start):
        if m.group() in refs:
            cites.setdefault(m.group(), []).append(m.start())
    starts = [i.span.start for i in items]
    moved: dict[int, list[int]] = {}
    for item, entry in rows:
        at = cites.get(entry.item_ref.upper())
        if not at:
            continue
        target = items[max(0, bisect_right(starts, at[0]) - 1)]
        if target is item:
            continue
        if isinstance(entry, Decision):
            item.decisions.remove(entry)
            target.decisions.append(entry)
        else:
            item.actions.remove(entry)
            target.actions.append(entry)
        moved.setdefault(id(target), []).extend(at)
    for item in items:
        cited = moved.get(id(item))
        if cited:
            item.decisions = [d for d in item.decisions if d.item_ref or not _cites(d.span, cited)]
            item.actions = [a for a in item.actions if a.item_ref or not _cites(a.span, cited)]


def _cites(span: Span, positions: list[int]) -> bool:
    """Whether a citation of a log row lies in the span (or just after it: "… members (see A14).")."""
    return any(span.start <= p <= span.end + 8 for p in positions)


_TASK_WORD = re.compile(r"[A-Za-z][a-z'’-]{3,}")
_CAPITALISED_WORD = re.compile(r"[A-Z][A-Za-z'’-]+")


@lru_cache(maxsize=1)
def _task_ignored_words() -> frozenset[str]:
    return frozenset(terms()["task_match_ignored_words"])


def _task_words(text: str) -> set[str]:
    ignored = _task_ignored_words()
    return {w for w in (m.group().lower().rstrip("'’") for m in _TASK_WORD.finditer(text)) if w not in ignored}


def _shared_word_counts(words: set[str], index: dict[str, list[int]], common: int) -> dict[int, int]:
    """How many of the words each item holds, leaving out words held by more than ``common`` items."""
    counts: dict[int, int] = {}
    for w in words:
        post = index.get(w, ())
        if len(post) <= common:
            for k in post:
                counts[k] = counts.get(k, 0) + 1
    return counts


def _singular_task_words(text: str) -> set[str]:
    """The task words with a plural "s" dropped: "brief the team on e-bike seizures" shares "e-bike"
    with the item that discussed "e-bikes"."""
    return {w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "'s", "’s")) else w
            for w in _task_words(text)}


def attach_listed_actions(text: str, items: list[AgendaItem], attendance: list[AttendanceEntry] = ()) -> None:
    """Move each entry of the list of actions that closes the minutes (in the last item, naming no
    minute) to the earlier item that minuted it: the one item whose text names all its owners (by
    surname, or by the initials the attendance list gives them) and shares the most words (at least
    two) with its task, leaving out words that most items share; or, failing that, the only item naming
    all its owners that shares a word with the task. A prose follow-up of that item by the
    same owners is the same action: the entry, which states task and owners explicitly, is kept.
    Words are looked up in an index of the items, so that a long list over many items is not read
    item by item for every entry."""
    if len(items) < 2:
        return
    last = items[-1]
    listed = [a for a in last.actions if a.listed and a.item_ref is None and a.owners
              and all(o.kind == "person" for o in a.owners)]
    if not listed:
        return
    earlier = items[:-1]
    word_items: dict[str, list[int]] = {}
    singular_items: dict[str, list[int]] = {}     # the same index, plurals read as singulars
    name_items: dict[str, set[int]] = {}
    for k, item in enumerate(earlier):
        for w in _task_words(text[item.span.start:item.span.end]):
            word_items.setdefault(w, []).append(k)
        for w in _singular_task_words(text[item.span.start:item.span.end]):
            singular_items.setdefault(w, []).append(k)
        for m in _CAPITALISED_WORD.finditer(text, item.span.start, item.span.end):
            name_items.setdefault(m.group().lower(), set()).add(k)
    initials = {e.name: e.initials.lower() for e in attendance if e.initials}
    common = max(2, len(earlier) // 2)      # a word in more items than this says nothing about which
    moved: set[int] = set()
    for action in listed:
        naming = set(range(len(earlier)))
        for o in action.owners:
            naming &= name_items.get(_owner_key(o.name), set()) | name_items.get(initials.get(o.name, ""), set()) | \
                name_items.get(_written_first_name(text, o), set()) | \
                set().union(*(name_items.get(k, set()) for k in _informal_name_keys(o.name, attendance)))
        counts = _shared_word_counts(_task_words(action.text), word_items, common)
        k = _dominant_task_target(counts)
        if k is None:
            k = _listed_target(counts, naming)
        if k is None:
            k = _task_only_target(counts, naming)
        if k is None:
            # "e-bike seizures" after an item on "e-bikes": plurals read as singulars, as a last resort
            k = _task_only_target(_shared_word_counts(_singular_task_words(action.text), singular_items, common), naming)
        if k is None:
            continue
        keys = {_owner_key(o.name) for o in action.owners}
        target = earlier[k]
        target.actions = [a for a in target.actions
                          if a.explicit or not {_owner_key(o.name) for o in a.owners} <= keys] + [action]
        moved.add(id(action))
    if moved:
        last.actions = [a for a in last.actions if id(a) not in moved]


def _restates(entry: Action, action: Action) -> bool:
    """A closing list's entry and an action minuted in an item are one action: the same owners, and
    two words of the task in common ("Publish the Safe Accommodation Needs Assessment" | "SW/PL" and
    "Action: 04/25-01 SW/PL – publish the needs assessment on both councils' websites")."""
    keys = {_owner_key(o.name) for o in entry.owners}
    minuted = {_owner_key(o.name) for o in action.owners}
    return bool(keys) and (keys == minuted or _partner_named_in_task(entry, action, minuted)) and \
        len(_task_words(entry.text) & _task_words(action.text)) >= 2


def _partner_named_in_task(entry: Action, action: Action, minuted: set[str]) -> bool:
    """A log entry owned by "DS / AD" restates "DS to liaise with AD on a learning event": the minuted
    action's owners are among the entry's, and each further owner is named in its task as the one
    the owner works with."""
    extra = [o.name for o in entry.owners if _owner_key(o.name) not in minuted]
    return bool(minuted) and len(extra) < len(entry.owners) and \
        minuted <= {_owner_key(o.name) for o in entry.owners} and \
        all(_names_in(action.text, name) for name in extra)


def _names_in(text: str, name: str) -> bool:
    """Whether ``text`` names the person ``name``: in full, by surname or by initials ("AD" for
    "Ann Dent", as notes keyed by initials write them)."""
    bare, _ = _strip_title(name)
    words = bare.split()
    forms = {bare, words[-1], "".join(w[0] for w in words if w[:1].isupper())} if words else set()
    return any(len(f) >= 2 and re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms)


def drop_restated_entries(items: list[AgendaItem]) -> None:
    """A "Summary of actions" closing the minutes restates actions that the items minuted already (as
    "Action:" lines): each such entry is left out rather than counted a second time under the last
    item; the item's action takes the entry's due date when it gave none. Entries that restate nothing
    (a log that is the only record of the actions) stay."""
    if len(items) < 2:
        return
    last = items[-1]
    minuted = [a for item in items[:-1] for a in item.actions if a.explicit and not a.listed]
    if not minuted or not any(a.listed for a in last.actions):
        return
    kept = []
    for entry in last.actions:
        same = next((a for a in minuted if _restates(entry, a)), None) if entry.listed else None
        if same is None:
            kept.append(entry)
        elif same.due is None:
            same.due = entry.due
    last.actions = kept


# "ACTION 05/24 – PS – Amend the plan": the number the minutes gave an action, written on its line before
# the owners (a number, or letters and a number: "A12", "05/24", "3.1")
_ACTION_NUMBER_BEFORE = re.compile(r"\b(?i:action)[ \t]+(?i:no\.?[ \t]*)?(?P<ref>[A-Z]{0,3}\d{1,4}(?:[/.-]\d{1,4})*)"
                                   r"[ \t]*(?:[-–—:(]|$)")


def _numbered_action_ref(text: str, action: Action) -> str | None:
    """The number written before an action on its line ("ACTION 05/24:"), else None."""
    line_start = text.rfind("\n", 0, action.span.start) + 1
    m = _ACTION_NUMBER_BEFORE.search(text, line_start, action.span.start)
    return m["ref"].upper() if m else None


def drop_relogged_actions(text: str, items: list[AgendaItem]) -> None:
    """An action log closing the minutes ("ACTION 05/24 – PS – Amend the plan – 30/06/24") that repeats,
    by their numbers, the numbered actions the items minuted ("ACTION 05/24: PS to amend the plan …"):
    each entry whose number and owners an earlier item's action has is that action again, left out
    rather than counted twice under the last item (the item's action takes the entry's due date when
    it gave none). Entries of numbers no item minuted stay."""
    if len(items) < 2:
        return
    minuted: dict[str, Action] = {}
    for item in items[:-1]:
        for a in item.actions:
            ref = _numbered_action_ref(text, a) if a.explicit and a.owners else None
            if ref:
                minuted.setdefault(ref, a)
    if not minuted:
        return
    kept = []
    for entry in items[-1].actions:
        ref = _numbered_action_ref(text, entry)
        same = minuted.get(ref) if ref else None
        if same is None or {_owner_key(o.name) for o in entry.owners} != {_owner_key(o.name) for o in same.owners}:
            kept.append(entry)
        elif same.due is None:
            same.due = entry.due
    items[-1].actions = kept


def _written_first_name(text: str, owner) -> str:
    """ "Rob | Circulate the request form": a list written among people who know each other names an
    owner by first name, as its items do ("Rob to circulate …"); the one word the list wrote, when it
    opens the full name the attendance gives (else "")."""
    written = text[owner.span.start:owner.span.end]
    bare, _ = _strip_title(owner.name)
    words = bare.split()
    if len(words) >= 2 and written == words[0] and written[:1].isupper():
        return written.lower()
    return ""


def _informal_name_keys(owner: str, attendance: list[AttendanceEntry]) -> set[str]:
    """The words by which informal notes name an owner of the attendance list in the items ("Leanne
    confirmed …", "Sue H to take …", "Chair to write …"): the first name, when no other attendee
    has it, and "chair" for the one the attendance names Chair."""
    key = _owner_key(owner)
    entry = next((e for e in attendance if _owner_key(e.name) == key), None) if key else None
    if entry is None:
        return set()
    keys = set()
    first = _strip_title(entry.name)[0].split()[:1]
    if first and len(first[0]) > 1 and sum(_strip_title(e.name)[0].split()[:1] == first for e in attendance) == 1:
        keys.add(first[0].lower())
    if entry.role and _norm(entry.role) in ("chair", "chairman", "chairwoman", "chairperson"):
        keys.add("chair")
    return keys


def _task_only_target(counts: dict[int, int], naming: set[int]) -> int | None:
    """The item a closing list's entry belongs to when no item naming its owners shares two words with
    its task (the secretary to "notify Jo Fell and Al Ray of the grant", minuted where the item never
    named the secretary): the one item that shares at least three of the task's words, when no other
    shares more than one."""
    if any(counts.get(k, 0) >= 2 for k in naming):
        return None
    strong = [k for k, n in counts.items() if n >= 3]
    if len(strong) != 1 or any(n >= 2 for k, n in counts.items() if k != strong[0]):
        return None
    return strong[0]


def _dominant_task_target(counts: dict[int, int]) -> int | None:
    """The item a closing list's entry belongs to when one item shares at least four of its task's
    words and every other item at most a third as many: the task restates that item's business,
    whatever items its owner speaks in (the chair, named in every item, owns tasks of each)."""
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    n = counts[best]
    if n < 4 or any(m * 3 > n for k, m in counts.items() if k != best):
        return None
    return best


def _listed_target(counts: dict[int, int], naming: set[int]) -> int | None:
    """The item a closing list's entry belongs to, from the task words each item shares with it
    (``counts``) and the items that name all its owners (``naming``)."""
    scores = {k: n for k, n in counts.items() if k in naming}
    best = max(scores.values(), default=0)
    if best >= 2 and list(scores.values()).count(best) == 1:
        return next(k for k, n in scores.items() if n == best)
    if len(scores) == 1:
        return next(iter(scores))
    return None


# --------------------------------------------------------------------------- meeting references

# (a resolution words it in the subjunctive: "That the next meeting be held on Thursday 8th October")
_PREVIOUS_CONTEXT = re.compile(
    r"(?:\b(?:minutes?|notes)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?meetings?|\b(?:minutes?|notes)\s+of(?=\s*$)|"
    # "Date of next JAG:" / "Date of the next Board": the body's own short name stands for "meeting"
    r"\bdate\s+of\s+(?:the\s+)?next\s+[\w-]+(?:\s+meeting)?|"
    r"\b(?:its|the|this|our|a|last|previous|earlier|next|further|their|special|extraordinary|ordinary)\s+(?:[\w-]+\s+){0,2}?meetings?)"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[^.\n]{1,80}?))?"
    # ("the next meeting was scheduled for Tuesday, 5 April 2022": the date fixed, in the past tense of a report)
    r"(?:\s+(?:which\s+was\s+|that\s+was\s+)?(?:held|scheduled|to\s+be\s+held|(?:(?:will|would|shall)\s+)?be\s+held|is\s+to\s+be\s+held|was\s+held|"
    r"(?:(?:was|is|had\s+been|has\s+been)\s+)(?:scheduled|planned|arranged|fixed)|"
    # ("Next meeting - Tuesday 18th January 2022": notes set the date apart with a dash as with a colon)
    r"took\s+place|planned|arranged|on|dated))*(?:\s+(?:on|for|of))?\s*(?:[:,(]|[-–—](?=\s))?\s*"
    # the weekday before the date, in full or cut short in notes ("Next meeting: Tues 2 July 2024")
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thurs?|thu|fri|sat|sun)\.?,?\s+)?$",
    re.IGNORECASE)
_NEXT_CONTEXT = re.compile(r"\bnext\s+meetings?\b", re.IGNORECASE)


def _event_between(context: str) -> bool:
    events = _compiled("non-meeting-events", lambda: re.compile(
        rf"\b(?:{_alternation(terms()['non_meeting_events'])})s?\b", re.IGNORECASE))
    return bool(events.search(context))


@lru_cache(maxsize=4096)
def _title_matches(title: str, key: str) -> bool:
    """Whether an item's title is one of the terms' titles (a bilingual title by its English half:
    "Dyddiad y Cyfarfod Nesaf / Date of Next Meeting")."""
    title = title[slice(*english_half(title, 0, len(title)))]
    t = _norm(_NOT_TITLE_CHARS.sub(" ", title))
    return any(t == w or t.startswith(w + " ") for w in terms()[key])


_APPROVAL_AFTER = re.compile(
    r"\b(?:were|was|are|is|be|been)\s+(?:agreed|approved|confirmed|signed|accepted|adopted)\b"
    r"|\b(?:true|correct|accurate)\s+record\b|\bcorrectly\s+recorded\b", re.IGNORECASE)


def _after_own_row(text: str, item: ItemSegment) -> int:
    """Where an item's text after its heading starts, past the item's own row when the item is a row
    of the items table (whose cells are between bars, as an action log's are)."""
    s = item.body_span.start
    if not item.table_columns:
        return s
    if item.table_rows:         # rows whose cells of several paragraphs run over several lines
        s = max([s, *(c.end for row in item.table_rows for c in row)])
    nl = text.find("\n", s, item.body_span.end)
    return item.body_span.end if nl < 0 else nl + 1


def _action_log_start(text: str, s: int, e: int) -> int:
    """Where an action log begins inside text[s:e] (a heading such as "Actions agreed" / "ACTION
    LOG", or the first row of a pipe table), else e: the minutes often end with one, after the
    "Date of next meeting" item, and its dates are deadlines."""
    pos = s
    while pos < e:
        end = text.find("\n", pos, e)
        end = e if end < 0 else end
        line = text[pos:end]
        if "|" in line or _TASK_LIST_LINE.match(line) or (line.strip() and _is_action_list_heading(line)) or ("\t" in line and (
                _action_header_row(line) or _decision_log_header_row(line) or _log_header_row(line))):
            return pos
        pos = end + 1
    return e


def _decision_log_header_row(line: str) -> bool:
    """ "Ref<TAB>Decision": the header row of a decision log copied as text, a column of references and
    one of decisions; the dates in its rows are the decisions' (publication, minutes approved), no
    next meeting's."""
    names = [_norm(cell) for cell in line.split("\t") if cell.strip()]
    return len(names) == 2 and names[0] in terms()["item_table_number_headers"] \
        and names[1] in terms()["item_table_decision_headers"]


# "- [ ] @Jo Hale Circulate the dashboard – 31 Oct 2023": a wiki's checklist of the actions
_TASK_LIST_LINE = re.compile(r"[ \t]*[-*+][ \t]+\[[ xX]\]")
_LOG_ENTRY_CELL = re.compile(r"\b(?:actions?|decisions?)\b")
_LOG_WHO_OR_WHEN_CELL = re.compile(r"\b(?:owners?|lead|by\s+whom|who|due|deadline|status|by\s+when|when)\b")


def _log_header_row(line: str) -> bool:
    """ "Ref<TAB>Item<TAB>Decision / Action<TAB>Owner<TAB>Due / status": the header row of a log of the
    meeting's decisions and actions, a column of entries and one of owners or due dates."""
    names = [_norm(cell) for cell in line.split("\t") if cell.strip()]
    return len(names) >= 3 and any(_LOG_ENTRY_CELL.search(n) for n in names) \
        and any(_LOG_WHO_OR_WHEN_CELL.search(n) for n in names)


def _action_header_row(line: str) -> bool:
    """ "Action<TAB>Lead<TAB>Date": the header row of an action table copied as text (a column of
    tasks and one of owners), whatever heading stands above it ("Action Log - meeting of …")."""
    names = {_column_name(cell) for cell in line.split("\t")}
    return bool(names & (_ACTION_COLUMNS["task"] | _ACTION_COLUMNS["update"])) and bool(names & _ACTION_COLUMNS["owner"])


_DAY_MONTH_WITHOUT_YEAR = re.compile(
    r"(?<![\w/.-])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?!\.?,?\s+(?:19|20)?\d\d\b"
    # (the day of the next date of a list is no year: "14 March, 13 June")
    r"(?!(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)))")


def _dates_without_year(text: str, meeting: dt.date) -> list[tuple[dt.date, Span]]:
    """'Notes of 14 March agreed': a day and month alone is the latest such date not after the
    meeting (its own year, or the year before)."""
    found = []
    for m in _DAY_MONTH_WITHOUT_YEAR.finditer(text):
        for year in (meeting.year, meeting.year - 1):
            try:
                date = dt.date(year, MONTHS[m["month"].lower()], int(m["day"]))
            except ValueError:
                break
            if date <= meeting:
                found.append((date, Span(m.start(), m.end())))
                break
    return found


# "Next JAG: Tuesday 14 March 2023", "actions from the JAG held on 17 January 2023": the body's own
# acronym stands for its meeting (checked against the body's name, so "the PCC held on" is not one)
_ACRONYM_MEETING = re.compile(r"\b(?P<which>next|the|last|previous)\s+(?P<acr>(?-i:[A-Z]{2,6}))"
                              r"(?:\s+(?:held|on|of|meeting))*\s*[:,(]?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
                              re.IGNORECASE)
_GENERIC_OF = re.compile(r"(?:the\s+)?(?:partnership|committee|board|panel|forum|group|meeting|sub-committee)")


def is_body_acronym(acronym: str, body: str) -> bool:
    """ "JAG" of "Bassetlaw Joint Action Group", "CSP" of "Kent Community Safety Partnership": the
    initials of a run of the body's capitalised words."""
    initials = "".join(w[0] for w in body.split() if w[:1].isupper())
    return len(acronym) >= 2 and acronym in initials


# "the minute of the Culture and Communities Committee of 17 September 2019" (Scottish "minute"): minutes
# named by their body, without the word "meeting"; a previous meeting when the body named is this one
# "… be approved as a correct record" straight after the date of the minutes
_RECORD_APPROVED_AFTER = re.compile(r"[ \t,]*(?:(?:be|were|was)\s+)?(?:approved|confirmed|agreed|signed)\s+as\s+a\s+"
                                    r"(?:true|correct|accurate)\s+record\b", re.IGNORECASE)
_MINUTES_OF_NAMED_BODY = re.compile(
    r"\b(?:minutes?|notes)\s+of\s+(?:the\s+)?(?P<who>(?-i:[A-Z])[^.\n|]{1,80}?)(?:\s+meeting)?\s+(?:(?:held\s+)?on|of|dated)\s*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.IGNORECASE)
# "would be reported to the Committee on 28 January 2020", "considered by the Panel on 3 March 2019": the
# body itself meeting on that day (neither minutes approved nor the date fixed for the next meeting)
_BODY_ON_DATE = re.compile(
    r"\b(?:to|before|by|at)\s+(?:the\s+|this\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|for|&)){0,8}?)"
    r"(?:'s|’s)?(?:\s+meeting)?\s+on\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$")


# "Members were reminded that the Panel would meet on 2nd February 2024 to consider the precept": a
# meeting of this body on that day, for some business of its own ("would next meet on": the next one)
_BODY_WILL_MEET_ON = re.compile(
    r"\bthe\s+(?P<who>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|for|&)){0,8}?)\s+(?:would|will|is\s+to|was\s+to)"
    r"\s+(?P<next>next\s+)?meet\s+(?:again\s+)?on\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$")


def _names_this_body(who: str, body: str | None) -> bool:
    """ "Committee" for the "Culture and Communities Committee" (the generic word its name ends with,
    capitalised as minutes write their own body), the body's full name, or its short name."""
    if not body:
        return False
    words = body.split()
    return _norm(who) == _norm(body) or (who == words[-1] and _GENERIC_OF.fullmatch(who.lower()) is not None) \
        or is_short_name_of(who, body)


def is_short_name_of(short: str, body: str) -> bool:
    """ "Joint Committee" for the "Joint Community Safety and Regulatory Committee": the body's first
    word and its generic head, or any run of its words in order that keeps both (minutes shorten their
    own body's name so); one word alone is no short name."""
    short_words = _norm(short).removeprefix("the ").split()
    body_words = _norm(body).split()
    if len(short_words) < 2 or len(short_words) >= len(body_words) or short_words[-1] != body_words[-1] \
            or short_words[0] != body_words[0] or not _GENERIC_OF.fullmatch(short_words[-1]):
        return False
    rest = iter(body_words[1:-1])
    return all(w in rest for w in short_words[1:-1])      # the words between, in the body's order


# "Notes of the 14th September 2023 meeting …": the date written inside the minutes' name, between
# "minutes/notes of the" and "meeting"
_DATE_INSIDE_MINUTES_OF = re.compile(r"\b(?i:minutes?|notes?)\s+(?i:of|from)\s+(?i:the|our|your)\s+$")
_MEETING_AFTER_DATE = re.compile(r"(?:['’]s)?\s+(?i:meeting)\b")


# "Date of next JAG", "Next CSP": an item titled by the body's own acronym standing for its meeting
_NEXT_ACRONYM_TITLE = re.compile(r"(?i:(?:date\s+of\s+(?:the\s+)?)?next)\s+(?P<acr>[A-Z]{2,6})(?:\s+(?i:meeting))?[\s.:]*")


def _names_next_body_meeting(title: str, body: str | None) -> bool:
    """Whether an item's title names the body's next meeting by the body's acronym ("Date of next JAG"
    for a Joint Action Group); another body's acronym ("Next PCC") names no meeting of this one."""
    m = _NEXT_ACRONYM_TITLE.fullmatch(title.strip())
    return m is not None and is_body_acronym(m["acr"], body or "")


def _relation_in_context(text: str, s: int, ds: int, de: int, date, header: Header) -> str | None:
    """ "previous" / "next" when the words before a date say it is a meeting of this body, "other" when
    they name the body meeting on that day for some other business, else None."""
    context = text[max(s, ds - 160):ds]
    cut = max(context.rfind(". "), context.rfind("\n\n"))
    if cut >= 0:
        context = context[cut + 1:]
    if _DATE_INSIDE_MINUTES_OF.search(context) and _MEETING_AFTER_DATE.match(text, de):
        return "previous"          # "Notes of the 14th September 2023 meeting were accepted"
    m = _PREVIOUS_CONTEXT.search(context)
    if m is None:
        nm = _MINUTES_OF_NAMED_BODY.search(context) if "of" in context else None
        if nm is not None and (_names_this_body(nm["who"], header.body) or _RECORD_APPROVED_AFTER.match(text, de)):
            # (minutes a meeting approves as its correct record are its own, whichever of the bodies
            # at a joint meeting they name: "the minutes of the Lakeby Board meeting held on 3 May
            # 2024 be approved as a correct record")
            return "previous"
        bm = _BODY_ON_DATE.search(context) if " on" in context[-24:] else None
        if bm is not None and _names_this_body(bm["who"], header.body):
            return "other"
        mm = _BODY_WILL_MEET_ON.search(context) if " on" in context[-24:] else None
        if mm is not None and _names_this_body(mm["who"], header.body):
            return "next" if mm["next"] else "other"
        am = _ACRONYM_MEETING.search(context)
        if am is None or not is_body_acronym(am["acr"], header.body or ""):
            return None
        if am["which"].lower() == "next":
            return "next"
        return "previous" if header.date is None or date < header.date else "next"
    if m["of"]:
        of = _norm(m["of"]).rstrip(",;: ")      # "the last meeting of the Committee, held on …"
        body_low = _norm(header.body or "")
        if not (_GENERIC_OF.fullmatch(of) or (body_low and (of in body_low or body_low in of))
                or is_short_name_of(of, header.body or "")):
            return None
    if _event_between(m.group(0)):
        return None
    if _NEXT_CONTEXT.search(m.group(0)):
        return "next"
    if _APPROVAL_AFTER.search(text[de:min(len(text), de + 160)].split(". ", 1)[0]):
        # the wording decides, not the order: minutes approved are always of an earlier
        # meeting, so a later date here is a data-quality problem to report, not a "next"
        return "previous"
    if header.date is not None:
        return "previous" if date < header.date else "next"
    return "previous"


# the column of a forward plan naming what each future meeting takes ("Meeting | Item | Lead")
_PLAN_ITEM_COLUMNS = frozenset({"item", "items", "agenda item", "report", "reports", "topic", "topics",
                                "subject", "business"})


def _heads_dated_table(names: list[str]) -> bool:
    """An action log ("Meeting | Action | Owner") or a forward plan ("Meeting | Item | Lead"): a
    header whose "Meeting" column dates each row with a meeting of this body."""
    return any(n in _ACTION_COLUMNS["task"] for n in names) or (
        any(n in _ACTION_COLUMNS["raised"] for n in names) and any(n in _PLAN_ITEM_COLUMNS for n in names))


def logged_meeting_dates(text: str, s: int, e: int) -> dict[int, tuple[dt.date, Span]]:
    """Dates in the column of an action log naming the meeting that raised each row's action, or of a
    forward plan naming the meeting that takes each row's item, inside text[s:e] ("Ref | Meeting |
    Item | Action | Owner", "Meeting | Item | Lead", as a pipe table or with tabs between cells),
    keyed by where they start: each is a meeting of this body, where the log's other dates are
    deadlines. A table ends at a line of prose."""
    found: dict[int, tuple[dt.date, Span]] = {}
    meeting_words = _ACTION_COLUMNS["raised"]
    for sep in ("|", "\t"):
        column, previous_end = None, s
        for rs, re_ in _table_rows(text, s, e, sep):
            if text[previous_end:rs].strip():
                column = None               # prose between: the table has ended
            previous_end = re_
            cells = _cells(text, rs, re_) if sep == "|" else _tab_row_cells(text, rs, re_)
            names = [_norm(text[a:b]) for a, b in cells]
            if _heads_dated_table(names):
                column = next((k for k, n in enumerate(names) if n in meeting_words), None)
                continue
            if column is None or column >= len(cells):
                continue
            a, b = cells[column]
            for date, span in find_dates(text[a:b]):
                found[a + span.start] = (date, Span(a + span.start, a + span.end))
    return found


# a date under "Date of next meeting" that a task must be done by is a deadline, not a meeting
_DEADLINE_BEFORE = re.compile(r"\b(?i:by|before|no\s+later\s+than|deadline(?:\s+of)?[:\s]?)[ \t]+(?:the[ \t]+)?"
                              r"(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?$")


def _record_issued_re() -> re.Pattern:
    return _compiled("record-issued", lambda: re.compile(
        rf"\b(?:notes|minutes)\s+(?:(?:were|was|have\s+been|will\s+be)\s+)?(?:{_alternation(terms()['record_issue_verbs'])})"
        rf"\b[^.\n]{{0,80}}$", re.IGNORECASE))


def _dates_the_record_issued(text: str, s: int, ds: int) -> bool:
    """Whether the words before a date on its line say when the notes themselves went out ("Notes
    circulated to the panel on 13/11/2023"): a sign-off under the last item, not a meeting."""
    line_start = text.rfind("\n", s, ds) + 1 or s
    return _record_issued_re().search(text, max(line_start, ds - 120), ds) is not None


def _page_stamp_re() -> re.Pattern:
    return _compiled("page-stamp", lambda: re.compile(
        rf"[ \t*_]*(?:{_alternation(terms()['page_stamp_labels'])})(?:[ \t]+on)?[ \t*_]*[:–—-]?[ \t*_]*"
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?", re.IGNORECASE))


def _dates_the_page(text: str, s: int, ds: int) -> bool:
    """Whether a date stands on its line, or in a column of it, after a web page's or a document's
    stamp alone ("Last updated: 19 March 2024" in the page's footer, "…  13th July 2023      Published -
    21st July 2023" in a running footer): when the page changed, not a meeting."""
    line_start = text.rfind("\n", s, ds) + 1 or s
    gap = _LAST_COLUMN_GAP.search(text, line_start, ds)
    return any(_page_stamp_re().fullmatch(text, start, ds) is not None
               for start in ([line_start] + ([gap.end()] if gap else [])))


def _dates_a_note_takers_stamp(text: str, s: int, ds: int, de: int) -> bool:
    """ "Meeting closed 8.52pm.              HA 05/06/24": a date ending its line after the initials of
    whoever wrote the notes up, set apart by a wide gap or after the line's last sentence, and nothing
    else: when the notes were written, not a meeting."""
    line_start = text.rfind("\n", s, ds) + 1 or s
    line_end = text.find("\n", de)
    if text[de:line_end if line_end >= 0 else len(text)].strip():
        return False
    gap = _LAST_COLUMN_GAP.search(text, line_start, ds)
    stop = text.rfind(". ", line_start, ds)
    starts = ([gap.end()] if gap else []) + ([stop + 2] if stop >= 0 else [])
    return any(_INITIALS_BEFORE_DATE.fullmatch(text, start, ds) is not None for start in starts)


_INITIALS_BEFORE_DATE = re.compile(r"[ \t]*[A-Z]{2,4}[ \t]+")
_LAST_COLUMN_GAP = re.compile(r"(?:\t|[ ]{3,})(?=[^\t]*$)(?!.*[ ]{3})")
# a year a line gives before the days it lists without one: "2024 dates: 14 March, 13 June"
_YEAR_FIRST = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b(?![/.-]\d)")


def _with_year_of_its_line(text: str, ds: int, date: dt.date) -> dt.date | None:
    line_start = text.rfind("\n", 0, ds) + 1
    full = find_dates(text[line_start:ds])
    after_full = line_start + (full[-1][1].end if full else 0)      # a full date's own year is not it
    years = list(_YEAR_FIRST.finditer(text, after_full, ds))
    if not years:
        return None
    try:
        return date.replace(year=int(years[-1]["year"]))
    except ValueError:
        return None


# a typist's reference at the foot of typed minutes: the writer's and the body's initials, then the date
# the minutes were typed ("JB/CSP/ 22.11.99", "AB/cd 3.2.98")
_FILE_REFERENCE_BEFORE = re.compile(r"[ \t]*[A-Z]{1,4}(?:[ \t]*/[ \t]*[A-Za-z]{1,6})+[ \t]*/?[ \t]*$")


def _dates_a_file_reference(text: str, s: int, ds: int) -> bool:
    """Whether a date stands on its line after a typist's reference alone ("JB/CSP/ 22.11.99"): when the
    minutes were typed, not a meeting."""
    line_start = text.rfind("\n", s, ds) + 1 or s
    return _FILE_REFERENCE_BEFORE.fullmatch(text, line_start, ds) is not None


def _under_next_meeting_heading(text: str, item: AgendaItem) -> bool:
    """ "DATE OF NEXT MEETING" over "48. Thursday 21st October 2021, 10:00, Town Hall": minutes numbered by
    paragraph put the date in a numbered paragraph under an unnumbered heading, the line just above it."""
    before = text[max(0, item.span.start - 120):item.span.start].rstrip()
    line = before[before.rfind("\n") + 1:].strip(" \t*_#:")
    return bool(line) and len(line.split()) <= 8 and _title_matches(line, "next_meeting_titles")


# "Subsequent meetings: 13 December 2023 and", "Future meeting dates are 4 June,": a list of the body's later
# meetings, the date in the same sentence after it
_FUTURE_MEETINGS_LEAD = re.compile(r"\b(?:subsequent|future|further|later)\s+meetings?(?:\s+dates)?\b"
                                   r"(?:[^.\n]|\n(?!\s*\n)){0,80}$", re.IGNORECASE)


# "The panel will reconvene on 25 July 2024": the meeting itself resumes, a later meeting of the same body
_RECONVENES_ON = re.compile(r"\b(?:will|would|shall|is\s+to|agreed\s+to)\s+reconvene\s+on\s+"
                            r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.IGNORECASE)


def _in_list_of_later_meetings(text: str, s: int, ds: int) -> bool:
    """Whether the date at ``ds`` is one of a sentence listing the body's later meetings ("Subsequent
    meetings: 13 December 2023 and 20 March 2024"), within the item starting at ``s``."""
    return _FUTURE_MEETINGS_LEAD.search(text, max(s, ds - 120), ds) is not None


def find_meeting_refs(text: str, header: Header, items: list[ItemSegment]) -> list[MeetingRef]:
    """Dated meetings of the same body: minutes approved (previous), next-meeting dates (next)."""
    refs: list[MeetingRef] = []
    seen: set[tuple] = set()

    def add(date, relation, span, position):
        if (date, relation) in seen or (header.date is not None and date == header.date):
            return
        seen.add((date, relation))
        refs.append(MeetingRef(date=date, relation=relation, span=span, item_position=position))

    # an action tracker above the first item reviews the actions of an earlier meeting it dates
    preamble_from = header.date_span.end if header.date_span is not None else 0
    preamble_to = items[0].span.start if items else preamble_from
    for date, span in find_dates(text[preamble_from:preamble_to]):
        ds, de = preamble_from + span.start, preamble_from + span.end
        relation = _relation_in_context(text, preamble_from, ds, de, date, header)
        if relation is not None:
            add(date, relation, Span(ds, de), None)
    for position, item in enumerate(items, 1):
        next_item = _title_matches(item.title, "next_meeting_titles") or _names_next_body_meeting(item.title, header.body) \
            or _under_next_meeting_heading(text, item)
        s, e = item.span.start, item.span.end
        log_start = _action_log_start(text, _after_own_row(text, item), e) if next_item else e
        if next_item and item.table_rows:
            # the row of a Word table copied as text gives the date; what follows the table (a tracker
            # of earlier actions, a sign-off) dates other things
            log_start = min(log_start, _after_own_row(text, item))
        full = [(date, span, False) for date, span in find_dates(text[s:e])]
        yearless = [(d, sp, True) for d, sp in _dates_without_year(text[s:e], header.date)] if header.date else []
        logged = logged_meeting_dates(text, s, e)
        for date, span, without_year in full + yearless:
            ds, de = s + span.start, s + span.end
            if ds in logged:
                # the meeting that raised a logged action: referred to, once, whatever else said its date
                if all(ref.date != date for ref in refs):
                    add(date, "other", Span(ds, de), position)
                continue
            if without_year and next_item:
                # its year is only read back for minutes approved, never forward; unless the line
                # gives it first ("2024 dates: 14 March, 13 June and 12 September")
                dated = _with_year_of_its_line(text, ds, date)
                if dated is not None and item.body_span.start <= ds < log_start and dated > header.date:
                    add(dated, "next", Span(ds, de), position)
                continue
            if next_item and _DEADLINE_BEFORE.search(text, max(s, ds - 24), ds):
                continue       # "send priorities to the Secretary by 4th January": a deadline, no meeting
            if next_item and (_dates_the_record_issued(text, s, ds) or _dates_a_file_reference(text, s, ds)
                              or _dates_the_page(text, s, ds) or _dates_a_note_takers_stamp(text, s, ds, de)):
                continue       # "Notes circulated to the panel mailing list on 13/11/2023": no meeting
            if next_item and item.body_span.start <= ds < log_start:
                add(date, "next", Span(ds, de), position)
                continue
            if next_item and ds >= log_start:
                continue       # an action log's due dates after the last item are not meetings
            relation = _relation_in_context(text, s, ds, de, date, header)
            if relation is None and not without_year and header.date is not None and date > header.date \
                    and (_in_list_of_later_meetings(text, s, ds) or _RECONVENES_ON.search(text, max(s, ds - 60), ds)):
                relation = "next"       # "Subsequent meetings: 13 December 2023 and 20 March 2024"
            # a day and month alone is read back from the meeting: never a next meeting
            if relation is not None and not (without_year and relation == "next"):
                add(date, relation, Span(ds, de), position)
        if header.date is not None:
            for date, span in _future_dates_listed(text, s, e, header.date):
                add(date, "next", span, position)
    return refs


# "Future dates: May 9, Jun 13, Jul 11 (all 10:00 AM)", "- Future meeting dates: 9 May, 13 June": a
# line labelled as the dates of the coming meetings, each a day and month without a year
_FUTURE_DATES_LABEL = re.compile(
    r"^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|__)?(?:(?:future|further|forthcoming|upcoming)[ \t]+(?:meeting[ \t]+)?dates|"
    r"dates[ \t]+of[ \t]+(?:future|further|forthcoming)[ \t]+meetings|(?:future|forthcoming)[ \t]+meetings)"
    r"(?:\*\*|__)?[ \t]*:", re.IGNORECASE | re.MULTILINE)


def _future_dates_listed(text: str, s: int, e: int, meeting: dt.date) -> list[tuple[dt.date, Span]]:
    """The dates a "Future dates:" line of text[s:e] lists without their year: each the first such day
    after the meeting (this year's, else next year's), as the coming meetings are."""
    found: list[tuple[dt.date, Span]] = []
    if "ates" not in text[s:e] and "eetings" not in text[s:e]:
        return found
    for label in _FUTURE_DATES_LABEL.finditer(text, s, e):
        line_end = text.find("\n", label.end(), e)
        line_end = e if line_end < 0 else line_end
        for day, month, span in day_months(text, label.end(), line_end):
            for year in (meeting.year, meeting.year + 1):
                try:
                    date = dt.date(year, month, day)
                except ValueError:
                    break
                if date > meeting:
                    found.append((date, span))
                    break
    return found


# --------------------------------------------------------------------------- entry points


# --------------------------------------------------------------------------- the meeting's date, as a last resort


def infer_meeting_date(text: str, path: str, header: Header, body_start: int) -> str | None:
    """Date the meeting when its header gives no full date, rather than lose the whole document:
    a day and month in the header with the year the document writes most (and whose weekday
    fits, "Tuesday 12th March"), or with a two-digit year ("Tues 12 Mar 24"), else a full date in
    the file name ("2024-03-12 CSP minutes.pdf"),
    else the first full date of the text that no phrase ties to another meeting ("the minutes of
    the meeting held on …", "next meeting: …"). Sets ``header.date`` and says where it came from."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for day, month, weekday, span in partial_dates(text, 0, body_start):
        if _PREVIOUS_CONTEXT.search(text, max(0, span.start - 160), span.start):
            continue
        year = year_of(day, month, weekday, written_years(name) * 3 + written_years(text))
        if year is not None:
            header.date, header.date_span = dt.date(year, month, day), span
            return f"meeting date {header.date.isoformat()}: the header gives no year ({text[span.start:span.end]!r})"
    for date, span in short_year_dates(text, 0, body_start):
        if not _PREVIOUS_CONTEXT.search(text, max(0, span.start - 160), span.start):
            header.date, header.date_span = date, span
            return f"meeting date {date.isoformat()}: the header writes its year in two digits"
    named = dates_in_name(name)
    if named:
        header.date = named[0]
        return f"meeting date {header.date.isoformat()} taken from the file name: the text gives none in its header"
    for date, span in find_dates(text):
        if not _PREVIOUS_CONTEXT.search(text, max(0, span.start - 160), span.start):
            header.date, header.date_span = date, span
            return f"meeting date {date.isoformat()} taken from the text: the header gives none"
    return None


def extract(seg: Segmented) -> MeetingRecord:
    """Turn a segmented document into a meeting record (mentions left for the entity stage)."""
    text = seg.source.text or ""
    inferred = None
    if seg.header.date is None:
        inferred = infer_meeting_date(text, seg.source.path, seg.header,
                                      seg.items[0].span.start if seg.items else len(text))
    items: list[AgendaItem] = []
    deciders = labelled_deciders(text) + first_person_deciders(text)
    owners_column = find_owners_column(text, seg.items[0].span.start) if seg.items else None
    for position, iseg in enumerate(seg.items, 1):
        item = AgendaItem(position=position, number=iseg.number, code=iseg.code, title=iseg.title,
                          span=iseg.span, title_span=iseg.title_span)
        item.decisions = find_decisions(text, iseg, seg.header, deciders)
        item.actions = find_actions(text, iseg, seg.attendance, seg.header.date, owners_column)
        item.decisions, item.actions = with_owned_recommendations(text, iseg, seg.attendance, item.decisions,
                                                                  item.actions)
        owned = {_owner_key(o.name) for a in item.actions for o in a.owners}
        item.actions += [a for a in resolved_office_tasks(text, item.decisions, seg.attendance)
                         if not {_owner_key(o.name) for o in a.owners} & owned]
        named_decisions, named_actions, entry_spans = item_naming_entries(text, iseg, seg.attendance)
        if entry_spans:
            # the summary's entries are read once, as entries naming their item
            item.decisions = [d for d in item.decisions if not any(_overlaps(d.span, sp) for sp in entry_spans)] \
                + named_decisions
            item.actions = [a for a in item.actions if not any(_overlaps(a.span, sp) for sp in entry_spans)] \
                + named_actions
        logged, boxes = ruled_log_decisions(text, iseg.body_span.start, iseg.body_span.end)
        if boxes:
            # the box's rows are the item's decisions; the narrative above may restate them
            item.decisions = [d for d in item.decisions if not any(_overlaps(d.span, b) for b in boxes)] + logged
        items.append(item)
    if items:
        # a table of the meeting's actions before item 1: each row goes to the item it names
        by_number = {_norm(i.number).strip("."): i for i in items if i.number}
        items[0].actions += [a for a in preamble_actions(text, seg.items[0].span.start, seg.attendance, seg.header.date)
                             if _item_named_by(a.item_ref, by_number) is not None]
    attach_logged_actions(items)
    attach_tabled_decisions(items, frozenset(id(d) for i in items for d in i.decisions if _is_decision_list_row(text, d)))
    attach_cited_log_rows(text, items)
    attach_listed_actions(text, items, seg.attendance)
    drop_restated_entries(items)
    drop_relogged_actions(text, items)
    refs = find_meeting_refs(text, seg.header, seg.items)
    warnings = [w for w in seg.warnings if not (inferred and w.startswith("no meeting date"))] + \
        ([f"data quality: {inferred}"] if inferred else [])
    if seg.header.date is None and not any("date" in w for w in warnings):
        warnings.append("no meeting date found")
    return MeetingRecord(source=seg.source, layout=seg.layout, header=seg.header, attendance=seg.attendance,
                         items=items, meeting_refs=refs, warnings=warnings)


def extract_text(text: str, path: str = "<text>") -> MeetingRecord:
    """Segment and extract a document given as a string (tests, notebooks, the library API)."""
    from .model import InputError, SourceText
    from .read import normalise_newlines, read_text_bytes, sha256_hex
    data = text.encode("utf-8", errors="surrogatepass")
    try:
        source = read_text_bytes(data, path)
    except InputError as exc:  # empty or binary-looking text: still produce an (empty) record
        source = SourceText(path=path, text=normalise_newlines(text), sha256=sha256_hex(data),
                            media_type="text/plain", encoding="utf-8", warnings=[exc.problem])
    record = extract(segment(source))
    record.warnings = source.warnings + record.warnings
    return record
