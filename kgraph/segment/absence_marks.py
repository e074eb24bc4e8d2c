"""Membership marked for absence: the whole membership listed one a line under group headings in
capitals ("COUNTY COUNCILLORS", "NHS PARTNERS"), the mark in the margin before an absent member
("Persons absent are marked with an 'A'"); every unmarked member was there. The converse, a membership
marked for presence ("(Present = *)"): every unmarked member was absent. Also the merging of a
second list of the same meeting into the first (:func:`merge_attendance`).
"""
from __future__ import annotations

import datetime as dt
import re

from ..model import AttendanceEntry
from .lines import Line
from .common import _SPACES, _titles_re
from .labels import _LIST_KIND, _label_match
from .headings import _Heading
from .affiliation import analyse_affiliation, parse_entry
from .matrix import attendance_matrix


# "Membership" / "Persons absent are marked with an 'A'": the whole membership listed one a line under
# group headings in capitals ("COUNTY COUNCILLORS", "NHS PARTNERS"), the mark in the margin before an
# absent member; every unmarked member was there.
_ABSENCE_LEGEND = re.compile(
    r"(?:persons|members|those|people)[ \t]+(?:who[ \t]+(?:were|are)[ \t]+)?absent[ \t]+(?:are|were|is)[ \t]+"
    r"(?:marked|shown|indicated)[ \t]+(?:with|by|as)?[ \t]*(?:an?[ \t]+)?[\"'‘’“”]?(?P<mark>[A-Za-z*✗x]{1,3})[\"'‘’“”]?",
    re.IGNORECASE)
# "Councillor A Hale for Councillor B Webb": a substitute, then the member they stand in for
_SUBSTITUTE_FOR = re.compile(r"[ \t]+for[ \t]+(?=(?:[A-Z][a-z]+\.?[ \t]+)*[A-Z])")
# a name line's gap before its post or body: "Jo Hale          - Lakes Police"
_MARKED_ROW_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
_MOST_MEMBER_LINE_WORDS = 16


def _absence_legend(text: str, lines: list[Line], first: int, last: int) -> tuple[int, str] | None:
    """The line saying how an absent member is marked, and the mark."""
    for k in range(first, last):
        if not lines[k].blank:
            m = _ABSENCE_LEGEND.search(text, lines[k].cs, lines[k].ce)
            if m:
                return k, m["mark"]
    return None


def _capitals_group_heading(content: str) -> bool:
    """ "DISTRICT AND BOROUGH COUNCILLORS", "OFFICERS IN ATTENDANCE": a group's heading, in capitals."""
    letters = [c for c in content if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and not _MARKED_ROW_DASH.search(content)


def marked_membership(text: str, lines: list[Line], first: int, last: int) -> tuple[int, int, list[AttendanceEntry]] | None:
    """The membership block under an absence legend between lines[first:last]: (the legend's line, the
    line after the block, its entries). A marked member sent apologies or stayed away (listed as
    apologies); an unmarked one, a substitute ("A Hale for B Webb": A Hale) and the officers listed in
    attendance were present. A line indented past the row's dash goes on with the body above it."""
    legend = _absence_legend(text, lines, first, last)
    if legend is None:
        return None
    start, mark = legend
    mark_re = re.compile(rf"[ \t]*{re.escape(mark)}[ \t]{{2,}}(?=\S)")
    entries: list[AttendanceEntry] = []
    kind = "present"
    end = start + 1
    previous: tuple[Line, int] | None = None      # the last row and the column its body starts at
    for k in range(start + 1, last):
        ln = lines[k]
        if ln.blank:
            continue
        content = ln.content(text)
        if _capitals_group_heading(content):
            kind = "in_attendance" if content.lower().rstrip(": ").endswith("in attendance") else "present"
            previous, end = None, k + 1
            continue
        if previous is not None and ln.cs - ln.start >= previous[1] > 0 and not lines[k - 1].blank:
            # "NHS Lakes Integrated" over "Care Board": the body wrapped under its own column
            row, _ = previous
            entry = entries[-1]
            body = _SPACES.sub(" ", text[_MARKED_ROW_DASH.search(text, row.cs, row.ce).end():row.ce] + " " + content)
            orgs, role = analyse_affiliation(body)
            entry.organisations, entry.role, entry.as_written = orgs or entry.organisations, role or entry.role, body
            previous, end = None, k + 1
            continue
        if len(content.split()) > _MOST_MEMBER_LINE_WORDS:
            break       # a sentence: the block is over
        mm = mark_re.match(text, ln.start, ln.ce)
        s = mm.end() if mm else ln.cs
        sub = _SUBSTITUTE_FOR.search(text, s, ln.ce)
        entry = parse_entry(text, s, sub.start() if sub else ln.ce, "apologies" if mm else kind, True)
        if entry is None:
            break
        entries.append(entry)
        dash = _MARKED_ROW_DASH.search(text, s, ln.ce)
        previous = (ln, dash.end() - ln.start) if dash else None
        end = k + 1
    return (start, end, entries) if entries else None


# "(Present = *)", "* denotes present", "* = Present": printed minutes list the whole membership and mark
# those who came; an unmarked member was absent (their apologies are minuted under the first item)
_PRESENCE_LEGEND = re.compile(
    r"[ \t]*\(?[ \t]*(?:present[ \t]*[=:][ \t]*(?P<mark>[*✓✔])|(?P<mark2>[*✓✔])[ \t]*(?:=|denotes|indicates|means)[ \t]*"
    r"(?:present|attended|in[ \t]+attendance))[ \t]*\)?[ \t]*\.?[ \t]*", re.IGNORECASE)


def _presence_legend(text: str, lines: list[Line], first: int, last: int) -> tuple[int, str] | None:
    """The line saying how a member who came is marked, and the mark."""
    for k in range(first, last):
        if not lines[k].blank:
            m = _PRESENCE_LEGEND.fullmatch(text, lines[k].cs, lines[k].ce)
            if m:
                return k, m["mark"] or m["mark2"]
    return None


def marked_presence(text: str, lines: list[Line], first: int, last: int) -> tuple[int, int, list[AttendanceEntry]] | None:
    """The membership block under a presence legend between lines[first:last]: (the line the block starts
    at, the line after it, its entries). Under the members' labels ("Elected Members:", "Co-opted
    Members:") a marked row was present and an unmarked one absent; the rows under a label of those
    who attended without being members ("In attendance:") were all there, marked or not. The block
    starts at the label above the legend when the legend sits under it."""
    legend = _presence_legend(text, lines, first, last)
    if legend is None:
        return None
    start, mark = legend
    mark_re = re.compile(rf"[ \t]*{re.escape(mark)}[ \t]+(?=\S)")
    above = start - 1
    while above >= first and lines[above].blank:
        above -= 1
    if above >= first and _label_match(text, lines[above]) is not None:
        start = above
    entries: list[AttendanceEntry] = []
    everyone_came = False
    end = start + 1
    for k in range(start + 1, last):
        ln = lines[k]
        if ln.blank or _PRESENCE_LEGEND.fullmatch(text, ln.cs, ln.ce):
            continue
        label = _label_match(text, ln)
        if label is not None and not text[label.end():ln.ce].strip():
            kind = _LIST_KIND.get(_SPACES.sub(" ", label["label"].lower()), "present")
            if kind in ("apologies", "absent"):
                break
            everyone_came = kind != "present"
            end = k + 1
            continue
        if len(ln.content(text).split()) > _MOST_MEMBER_LINE_WORDS:
            break       # a sentence: the block is over
        mm = mark_re.match(text, ln.start, ln.ce)
        came = mm is not None or everyone_came
        entry = parse_entry(text, mm.end() if mm else ln.cs, ln.ce,
                            ("in_attendance" if everyone_came else "present") if came else "absent", True)
        if entry is None:
            break
        entries.append(entry)
        end = k + 1
    return (start, end, entries) if entries else None


def _meeting_attendance_matrix(text: str, lines: list[Line], headings: list[_Heading], page_start: int,
                               first_item_line: int, meeting_date: dt.date | None
                               ) -> tuple[int, int, list[AttendanceEntry]] | None:
    """This meeting's attendance grid after the last item, else before the first. A line of the grid
    may pass for one more item ("24 24": a PDF's wrapped header years), so the grid is looked for from
    the item before the last."""
    for heading in headings[-2:]:
        after = attendance_matrix(text, lines, heading.title_line_index + 1, len(lines), meeting_date)
        if after is not None:
            return after
    return attendance_matrix(text, lines, page_start, min(first_item_line, len(lines)), meeting_date)


def _person_key(name: str) -> str:
    """A name without its personal title, to know one person listed twice ("Chair: Cllr Ann Webb")."""
    tm = _titles_re().match(name)
    return _SPACES.sub(" ", name[tm.end():] if tm else name).strip().lower()


def merge_attendance(found: list[AttendanceEntry], more: list[AttendanceEntry]) -> None:
    """Add the entries of a second list of the same meeting, once each: a person already listed keeps
    their entry (and gains the body the second list gives them)."""
    known = {_person_key(a.name): a for a in found}
    for entry in more:
        same = known.get(_person_key(entry.name))
        if same is None:
            found.append(entry)
            known[_person_key(entry.name)] = entry
        else:
            if not same.organisations:
                same.organisations.extend(entry.organisations)
            # a log's key gives the chair the header named their initials as well
            same.initials = same.initials or entry.initials
