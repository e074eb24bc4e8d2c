"""What every reader of the segment stage shares: the term lists (kgraph/data/minutes_terms.json) and
the regexes compiled from them once (``_compiled``: titles, chair roles, job words, organisation
words), span trimming (``_strip_span``), the English half of bilingual Welsh-English text
(``english_half``), the cells and gaps of typed table rows (``_CELL_SEP``, ``_gap_pieces``,
``_header_name``) and the few patterns used by the headings, paragraphs, header and attendance readers
alike (``_ACTION_LABEL``, ``_ENUM``, ``_FIELD``). Kept in one low module so that the concern modules
above import from it and never from each other in a cycle.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path


DATA_DIR = Path(__file__).resolve().parent.parent / "data"
# regexes used in per-line and per-entry helpers are compiled here once, not looked up on every call
_SPACES = re.compile(r"\s+")


_LOWER_LETTER = re.compile(r"[a-z]")
_NUMBER_AND_LETTER = re.compile(r"(\d+)([a-z]?)", re.IGNORECASE)
_DIGIT_RUNS = re.compile(r"\d+")
_ENDS_WITH_LETTER = re.compile(r"[a-z]$", re.IGNORECASE)
_ENDS_OPEN = re.compile(r"(?:[,;]|\band|&)$")              # a list line that goes on: "…,", "… and"
_ENTRY_AFTER_BRACKET = re.compile(r"\)\s*[,;]\s*(?:and\s+)?[A-Z]")    # "… (Org), Next Name"
_AND_AFTER_BRACKET = re.compile(r"\)[ \t]+and[ \t]+[A-Z]")                # "… (Org) and Last Name"
_AND_BETWEEN = re.compile(r"[ \t\n]*(?:and|&)[ \t\n]*")
# "and" or "&" as a word of a piece ("A and B"), never inside a name ("Oliver Brand", "Sandra")
_AND_WORD = re.compile(r"(?<!\S)(?:and|&)(?!\S)")
_COLUMN_SEPARATORS = re.compile(r"\s*[|\t]\s*|[ ]{3,}|\s+[-–—]\s+")


@lru_cache(maxsize=1)
def terms() -> dict[str, list[str]]:
    """Term lists shared by segment and extract (kgraph/data/minutes_terms.json)."""
    with open(DATA_DIR / "minutes_terms.json", encoding="utf-8") as fh:
        return json.load(fh)


def _alternation(words: list[str]) -> str:
    """A regex alternation of phrases, longest first so "vice-chair" wins over "chair"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# "3.2" / "3.2.1": paragraph numbers of typed minutes, inside item 3
_ENUM = re.compile(
    r"[ \t\u00a0]*(?P<enum>\((?:\d{1,2}|[ivxlc]{1,6}|[a-zA-Z])\)|(?:\d{1,2}|[ivxlc]{1,6}|[a-zA-Z])\)"
    r"|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?|\d{1,2}\.(?!\d)|[ivxlc]{1,6}\.|[a-z]\.)(?=[ \t\u00a0])[ \t\u00a0]*")
# "Action:", "Action by:", "ACTION 01/20:" (a reference number before the colon, or a log reference that
# names the body and year: "Action CSP/24/05:"), "ACTION (Owner: Name;
# by: date) – task" (the owner field first, in brackets); "New action 04/23: …" (notes that number the
# actions they add to a tracker); "ACTION (RH):", "Action (Tom Ellery / GA):" (the owners in brackets
# before the colon, capitalised names or initials only: "Action (carried forward):" names nobody)
# ("Agreed Action: Emma Lord to share …": a house style labels each action as agreed)
# (a dash before the label, hyphen or en/em dash, is a bullet: "      – Action: CM" closing a decision;
# so is a bullet sign: "• Action: Jo Bloggs to …", a web page's list of an item's actions)
# ("Action<TAB>Jo Hale to circulate the plan", "Action | Jo Hale to …": a web page's two-cell row, the
# label's cell then the task's)
# ("AP3: Dana (Lakeby Housing) to …": an action point numbered by its abbreviation, the number joined on;
# "Action point: MD to circulate …" in words)
_ACTION_LABEL = re.compile(r"[ \t>*_#\-–—•·▪●◦]*(?:(?:new|agreed)[ \t]+)?(?:action(?:s|\(s\))?(?:[ \t]+points?(?=[ \t]*[:–—]))?|(?-i:AP)(?=\d{1,3}[ \t]*:))(?:(?:[ \t]+(?:by|owner|for))?"
                           r"(?:(?:[ \t]+|(?<=AP))(?:no\.?[ \t]*)?(?:(?-i:[A-Z]{1,5})[/.-]?)?\d{1,4}(?:[/.-]\d{1,4}){0,2}(?=[ \t*_]*(?::|[–—][ \t])|[ \t]+[(\[][ \t]*(?:owners?|leads?)[ \t]*:))?"
                           r"(?:[ \t]*[(\[](?P<label_owners>(?-i:[A-Z][\w.'’-]*(?:(?:[ \t]*[/,&][ \t]*|[ \t]+(?:and[ \t]+)?)"
                           r"[A-Z][\w.'’-]*){0,5}))(?:[ \t]*,[ \t]*(?P<label_due>(?:\d|(?i:by|due|before|next|end|ongoing|asap|tbc|q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[^()\[\]\n:]{0,40}))?[)\]]"
                           # (owners in square brackets too, "ACTION [AV/GH]: set up …", as notes typed from a template write them)
                           # ("ACTION PM/HL: brief …": quick notes put the owners' initials bare before the colon)
                           r"|[ \t]+(?P<bare_owners>(?-i:[A-Z]{2,4}|[A-Z]{2}[a-z])(?:[ \t]*[/&+][ \t]*(?-i:[A-Z]{2,4}|[A-Z]{2}[a-z])){0,4})(?=[ \t]*:))?(?:[ \t*_]*[:–—][ \t*_]*(?:\|[ \t]*)?|[ \t]+-[ \t]+|(?:[ ]*\t|[ \t]*\|)[ \t]*(?=[A-Z][^\t|\n]*[a-z][^\t|\n]*(?:\n|$))"
                           # ("Action A1/1 (Owner: N Hale, Due: May 2025): …": the numbered label's owner field in brackets)
                           r"|(?<=\d)[ \t]+(?=[(\[][ \t]*(?:owners?|leads?)[ \t]*:))"
                           r"|[ \t]+(?=[(\[][ \t]*(?:owners?|leads?)[ \t]*:))",
                           re.IGNORECASE)


_FIELD = re.compile(r"(?P<label>date[ \t]+(?:and|&)[ \t]+time|start(?:[ \t]+time)?|venue|place|location|where|held[ \t]+at|date|time|contact|contact officer|clerk|"
                    r"democratic services officer|committee officer)[ \t]*:[ \t]*(?P<value>\S[^\n]*)",
                    re.IGNORECASE)


# "Virtual meeting via Microsoft Teams", "Virtual meeting (Microsoft Teams)": the kind of meeting may name
# the platform after it
_VIRTUAL_VENUE = re.compile(r"(?:held\s+)?(?:(?:via|on|by)\s+)?(?P<venue>(?:(?:ms\s+|microsoft\s+)?teams(?:\s+virtual)?(?:\s+meeting)?|"
                            r"online(?:\s+meeting)?|virtual(?:\s+meeting)?|remote(?:\s+meeting)?|zoom(?:\s+meeting)?|"
                            r"hybrid(?:\s+meeting)?)(?:\s+(?:via|on|using|by)\s+(?:ms\s+|microsoft\s+)?(?:teams|zoom|skype|"
                            r"webex)(?:\s+meeting)?|[ \t]+\((?:ms\s+|microsoft\s+)?(?:teams|zoom|skype|webex)\))?)[ \t]*\.?",
                            re.IGNORECASE)


def _strip_span(text: str, s: int, e: int, chars: str = " \t,.;:*_") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def _welsh_re() -> re.Pattern:
    return _compiled("welsh-words", lambda: re.compile(
        rf"(?<![\w.])(?:{_alternation(terms()['welsh_marker_words'])})(?!\w)", re.IGNORECASE))


def is_welsh(phrase: str) -> bool:
    """ "Panel Heddlu a Throseddu Dyfed-Powys", "YN BRESENNOL": a phrase holding a word only Welsh uses."""
    return _welsh_re().search(phrase) is not None


_BILINGUAL_SLASH = re.compile(r"[ \t]+/[ \t]+")


def english_half(text: str, s: int, e: int) -> tuple[int, int]:
    """ "CYNGOR SIR GÂR / CARMARTHENSHIRE COUNTY COUNCIL" → the span of the English half: bilingual
    Welsh-English minutes print each heading, label and time twice, the two halves parted by a slash,
    in either order. A phrase with no Welsh half comes back whole ("Kent / Medway" is one name)."""
    m = _BILINGUAL_SLASH.search(text, s, e)
    if m is None:
        return s, e
    first, second = (s, m.start()), (m.end(), e)
    first_welsh, second_welsh = is_welsh(text[first[0]:first[1]]), is_welsh(text[second[0]:second[1]])
    if first_welsh and not second_welsh:
        return second
    if second_welsh and not first_welsh:
        return first
    return s, e


def _titles_re() -> re.Pattern:
    return _compiled("titles", lambda: re.compile(rf"(?:{_alternation(terms()['personal_titles'])})\.?\s+", re.IGNORECASE))


_CACHE: dict[str, re.Pattern] = {}


def _compiled(key: str, build) -> re.Pattern:
    pat = _CACHE.get(key)
    if pat is None:
        pat = _CACHE[key] = build()
    return pat


def chair_role_re() -> re.Pattern:
    return _compiled("chair", lambda: re.compile(rf"\b(?:{_alternation(terms()['chair_roles'])})\b", re.IGNORECASE))


def job_re() -> re.Pattern:
    # a post in the possessive owns what follows ("Mayor's Office for Policing and Crime" is a body)
    return _compiled("job", lambda: re.compile(rf"\b(?:{_alternation(terms()['job_keywords'])})\b(?!['’]s\b)",
                                               re.IGNORECASE))


def _org_word_re() -> re.Pattern:
    return _compiled("orgword", lambda: re.compile(rf"\b(?:{_alternation(terms()['organisation_words'])})\b",
                                                   re.IGNORECASE))


_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+(?:-[A-Z][a-z'’]+)?|[A-Z]\.?|(?:Mc|Mac|O'|O’)[A-Z][a-z]+")


def _is_bracketed_person(name: str) -> bool:
    """ "Mr Graham Lowther", "DCC Michelle Skelton", "Joanne Pickford": a person's name, as the
    parenthesis of a "Post (Name)" attendance line holds it — not a body, a post or a remark."""
    from ..entities.organisations import ends_with_head, looks_like_organisation
    if not name or not name[:1].isupper() or _org_word_re().search(name) or chair_role_re().search(name):
        return False
    tm = _titles_re().match(name)
    rest = name[tm.end():] if tm else name
    words = rest.split()
    if not 1 <= len(words) <= 4 or (not tm and len(words) < 2):
        return False
    if job_re().search(rest) or ends_with_head(words) or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    return bool(tm) or not looks_like_organisation(rest)


_TABLE_RULE = re.compile(r"[|:\-+= \t]+")


def _opens_with_a_name(content: str) -> bool:
    """ "Chief Superintendent Ann Webb (Lakes Police), Tom Hale (…) and …": the text before the first
    bracket or comma is all capitalised words, a name, not a sentence ("Apologies were received from")."""
    first = re.split(r"[,;(]", content, 1)[0].split()
    return bool(first) and all(w[:1].isupper() for w in first)


_SPACED_DASH_SPLIT = re.compile(r"[ \t]+[-–—][ \t]+")


_COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")


def _bracket_left_open(text: str, a: int, b: int) -> bool:
    """ "…, Kit Stanley (Head": the line stops inside a bracket, which the next line closes."""
    return text.count("(", a, b) > text.count(")", a, b)


def _gap_pieces(text: str, a: int, b: int, gap: re.Pattern = _COLUMN_GAP) -> list[tuple[int, int]]:
    """The pieces of text[a:b] between wide gaps (by default three spaces or more, tabs)."""
    pieces, pos = [], a
    for m in [*gap.finditer(text, a, b), None]:
        end = m.start() if m else b
        if end > pos:
            pieces.append((pos, end))
        pos = m.end() if m else b
    return pieces


_CELL_SEP = re.compile(r"[ \t]*\|[ \t]*|\t+")


_SLASH = re.compile(r"\s*/\s*")


def _header_name(cell: str) -> str:
    """A header cell as the column lists write it: lower case, spaces single, none around a slash
    ("Action / Owner" → "action/owner")."""
    return _SLASH.sub("/", _SPACES.sub(" ", cell.strip("*_ \u00a0"))).lower()
