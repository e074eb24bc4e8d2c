"""Enumerators of sub-points ("(i)", "2.", "a)", bullets) and the collection of a resolution's
sub-points, with the paragraph tests that stop a list (an action paragraph, a decisions log's row,
a page break).
"""
from __future__ import annotations

import re

from ..model import Paragraph
from ..segment import _ACTION_LABEL, terms

from .common import _norm
from .tables import _action_header_row


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


_BARE_PAGE_NUMBER = re.compile(r"\d{1,3}")


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
    if not lines or len(lines) > 2 or (len(lines) == 2 and text.count(lines[1]) < 2):
        return j
    # ("3" alone over "LAKEBY COMMUNITY SAFETY PARTNERSHIP     9 December 2010": a bare page number
    # counts only with the running header printed on other pages right under it)
    if not _PAGE_NUMBER_PARA.fullmatch(lines[0]) and not (len(lines) == 2 and _BARE_PAGE_NUMBER.fullmatch(lines[0])):
        return j
    j += 1
    if len(lines) == 2:
        return j
    if j < len(paras) and paras[j].enumerator is None:
        line = text[paras[j].span.start:paras[j].span.end].strip()
        if line and "\n" not in line and text.count(line) > 1:
            j += 1
    return j


# the end of a sub-point's sentence or clause: "…;", "… and", "….": none, and the page break cut it
_SUBPOINT_CLOSED = re.compile(r"(?:[.;:!?)]|\b(?:and|or))[ \t*_]*$")


def _continues_cut_subpoint(text: str, subpoint: Paragraph, after: Paragraph) -> bool:
    """A paragraph without an enumerator opening the next page, under a sub-point whose last line ends
    mid-sentence ("… for the Serious Violence Duty in"): the rest of that sub-point, cut by the break."""
    return after.enumerator is None and not _SUBPOINT_CLOSED.search(text, subpoint.span.start, subpoint.span.end) \
        and not _is_action_para(text, after)


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
            if out and j < len(paras) and _continues_cut_subpoint(text, paras[out[-1]], paras[j]):
                j += 1      # "… the lead partnership for the Duty in" / break / "Hounslow;": one sub-point
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
