"""The attendance matrix: a table of the members against the meetings of the year, a mark in each
cell ("✓", "A", "x") and a legend for the marks; :func:`attendance_matrix` reads the column of the
meeting's date into attendance entries.
"""
from __future__ import annotations

import datetime as dt
import re

from ..dates import MONTHS
from ..model import AttendanceEntry
from .lines import Line
from .common import _gap_pieces, _header_name, _SPACES, _strip_span, terms
from .affiliation import analyse_affiliation, _PAREN, parse_entry
from .attendance_columns import _COLUMN_OF


# an early item about who is there: "Apologies", "Attendance", "Introductions/Apologies", "Welcome,
# introductions and apologies" (a labelled list inside it is the meeting's attendance)
_ATTENDANCE_TITLE = re.compile(r"\b(?:attendance|apologies|present|membership|members present)\b", re.IGNORECASE)


# A closing (or opening) grid of the members against the year's meeting dates, a mark in each cell
# ("✓", "A", "x", "–"): the column headed by this meeting's date says who came and who sent apologies.

_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# "18 Apr 24", "11 July 2024", "18-Apr", "11/07/24", "11.07": a column's date (the year is optional, and
# never the day of the next column: "18 Apr 11 Jul")
_MATRIX_DATE_CELL = re.compile(
    rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?[ .-]?(?P<month>{_MONTH_ABBREVIATIONS})[a-z]*\.?"
    rf"(?:[ .-]?(?P<year>(?:19|20)?\d\d)(?!\d)(?![ \t]*(?:{_MONTH_ABBREVIATIONS})))?"
    r"|(?P<nday>[0-3]?\d)[/.](?P<nmonth>[01]?\d)(?:[/.](?P<nyear>(?:19|20)?\d\d))?(?!\d)", re.IGNORECASE)
# a legend pair: "✓ = present", "A = apologies"
_MATRIX_LEGEND_PAIR = re.compile(r"(?P<mark>[^\s=]{1,6})[ \t]*=[ \t]*(?P<word>[A-Za-z]+)")
# between a row's name and organisation cells: a bar, a tab or two spaces
_MATRIX_CELL_GAP = re.compile(r"[ \t]*[|\t][ \t]*|[ \t]{2,}")
_MATRIX_TOKEN = re.compile(r"[^\s|]+")
_WRAPPED_YEARS = re.compile(r"(?:[ \t]*(?:19|20)?\d\d(?!\d))*[ \t|]*")
# "Jun | Sep | Dec | Mar": a municipal year's columns headed by the month alone (one meeting a month at most)
_MATRIX_MONTH_CELL = re.compile(rf"(?<![A-Za-z])(?P<month>{_MONTH_ABBREVIATIONS})[a-z]*\.?(?![A-Za-z])",
                                re.IGNORECASE)
# a table's rule under its header ("-----+-----", "|---|---|"): no row of the grid
_MATRIX_RULE = re.compile(r"[ \t|+:=_—–-]+")
_MATRIX_TITLE_LINES = 4
_WRAPPED_CELL_WORDS = 3
_UNPLACED_COLUMN = -1     # a title and a legend above the grid's header belong to the grid


def _matrix_header(text: str, ln: Line) -> tuple[list[tuple[int, int, int | None]], list[int]] | None:
    """ "Name   Organisation   18 Apr 24   11 Jul 24": the dates (day, month, year or None) closing the
    line, and the offsets in the line of the labels before them (the name's column, the body's)."""
    if ln.blank:
        return None
    cells = [m for m in _MATRIX_DATE_CELL.finditer(text, ln.cs, ln.ce) if text[m.start() - 1] in " \t|"]
    if not cells:
        cells = _month_cells(text, ln)
    # a PDF flattens a header whose dates wrap ("18 Apr" over "24"): its years may trail the dates
    if not cells or not _WRAPPED_YEARS.fullmatch(text, cells[-1].end(), ln.ce) or \
            any(text[a.end():b.start()].strip(" \t|") for a, b in zip(cells, cells[1:])):
        return None
    labels = [(a, b) for a, b in _gap_pieces(text, ln.cs, cells[0].start()) if text[a:b].strip(" \t|")]
    if not labels or _COLUMN_OF.get(_header_name(text[labels[0][0]:labels[0][1]].split()[0])) != "name":
        return None
    dates: list[tuple[int | None, int, int | None]] = []
    for m in cells:
        if "day" not in m.re.groupindex:
            dates.append((None, MONTHS[m["month"][:3].lower()], None))
        elif m["month"]:
            dates.append((int(m["day"]), MONTHS[m["month"][:3].lower()], int(m["year"]) if m["year"] else None))
        else:
            dates.append((int(m["nday"]), int(m["nmonth"]), int(m["nyear"]) if m["nyear"] else None))
    offsets = [a - ln.start for a, _ in labels]
    if len(offsets) == 1 and len(text[labels[0][0]:labels[0][1]].split()) > 1:
        offsets.append(_UNPLACED_COLUMN)    # "Name Organisation 18 Apr": a body column, its place unknown
    return dates, offsets


def _month_cells(text: str, ln: Line) -> list[re.Match]:
    """ "Name | Organisation | Jun | Sep | Dec | Mar": the month names heading a year's columns, each a
    cell of its own; a month named twice leaves the meeting's column unknown, so no header."""
    cells = [m for m in _MATRIX_MONTH_CELL.finditer(text, ln.cs, ln.ce) if text[m.start() - 1] in " \t|"]
    months = [m["month"][:3].lower() for m in cells]
    if len(cells) < 2 or len(set(months)) < len(months):
        return []
    return cells


def _column_of_date(dates: list[tuple[int | None, int, int | None]], day: dt.date) -> int | None:
    """The index of the column headed by the meeting's date (a two-digit year is this century's; a
    column headed by the month alone is the meeting's month)."""
    for k, (d, m, y) in enumerate(dates):
        if (d is None or d == day.day) and m == day.month and (y is None or y % 100 == day.year % 100):
            return k
    return None


def _default_matrix_marks() -> dict[str, str | None]:
    marks: dict[str, str | None] = {m: None for m in terms()["attendance_matrix_other_marks"]}
    marks.update({m: "apologies" for m in terms()["attendance_matrix_apology_marks"]})
    marks.update({m: "present" for m in terms()["attendance_matrix_present_marks"]})
    return marks


def _legend_marks(text: str, lines: list[Line], first: int, last: int) -> dict[str, str | None] | None:
    """The marks a legend above the grid defines ("✓ = present   A = apologies   x = absent"): the list
    each puts its row's member on (None: neither present nor apologies), or None without a legend."""
    present = set(terms()["attendance_matrix_present_words"])
    apologies = set(terms()["attendance_matrix_apology_words"])
    for ln in lines[first:last]:
        pairs = [] if ln.blank else list(_MATRIX_LEGEND_PAIR.finditer(text, ln.cs, ln.ce))
        if len(pairs) >= 2:
            return {p["mark"]: "present" if p["word"].lower() in present else
                    "apologies" if p["word"].lower() in apologies else None for p in pairs}
    return None


def _matrix_block_start(text: str, lines: list[Line], header: int, first: int) -> int:
    """The first line of the grid with its title and legend ("Attendance matrix 2024/25", "✓ = present …")."""
    start, seen = header, 0
    k = header - 1
    while k >= first and seen < _MATRIX_TITLE_LINES:
        ln = lines[k]
        if not ln.blank:
            content = ln.content(text)
            if not (_MATRIX_LEGEND_PAIR.search(content) or
                    (len(content) <= 80 and _ATTENDANCE_TITLE.search(content))):
                break
            start, seen = k, seen + 1
        k -= 1
    return start


def _matrix_row_marks(text: str, ln: Line, columns: int, marks: dict[str, str | None]) -> tuple[int, list[str]] | None:
    """Where a grid row's marks start and the marks ("Jo Bloggs   Lakes Council   ✓   A"): the row's
    last ``columns`` words, each a known mark (a row whose cells do not line up still reads)."""
    tokens = list(_MATRIX_TOKEN.finditer(text, ln.cs, ln.ce))
    if len(tokens) <= columns or not all(t.group() in marks for t in tokens[-columns:]):
        return None
    if tokens[-columns - 1].group() in marks:
        return tokens[-columns].start(), []     # more marks than dates: two rows run together (a PDF's
                                                # table), no one person's: passed over
    return tokens[-columns].start(), [t.group() for t in tokens[-columns:]]


def _split_member_cells(text: str, s: int, e: int, body_column: int | None) -> tuple[tuple[int, int], tuple[int, int]]:
    """A row's name and organisation: parted at the first wide gap, or, where a long name leaves a single
    space before the body ("Cllr Ann Webb (Chair) Lakes Council"), at the space nearest the body's column."""
    s, e = _strip_span(text, s, e, " \t|")
    gap = _MATRIX_CELL_GAP.search(text, s, e)
    if gap:
        return (s, gap.start()), (gap.end(), e)
    if body_column is None:
        return (s, e), (e, e)
    line_start = text.rfind("\n", 0, s) + 1
    spaces = [s + k for k, ch in enumerate(text[s:e]) if ch == " "]
    if not spaces:
        return (s, e), (e, e)
    cut = min(spaces, key=lambda p: abs(p + 1 - line_start - body_column))
    return (s, cut), (cut + 1, e)


def _matrix_body_cell(cell: str) -> tuple[list[str], str | None]:
    """The body in a grid's organisation cell: "Lakes Council, Licensing and ASB" names the council and
    its team, so a body before the first comma is the row's whole organisation."""
    head = cell.split(",", 1)[0]
    head_orgs, _ = analyse_affiliation(head) if head != cell else ([], None)
    return (head_orgs, None) if head_orgs else analyse_affiliation(cell)


def attendance_matrix(text: str, lines: list[Line], first: int, last: int,
                      meeting_date: dt.date | None) -> tuple[int, int, list[AttendanceEntry]] | None:
    """The grid of members against meeting dates between lines[first:last] that has a column for this
    meeting: (its first line with title and legend, the line after its last row, the present and the
    apologies). A grid without this meeting's date is another meeting's record and is left alone."""
    if meeting_date is None:
        return None
    grid_start = grid_end = None
    entries: list[AttendanceEntry] = []
    i = first
    while i < last:
        header = _matrix_header(text, lines[i])
        column = _column_of_date(header[0], meeting_date) if header else None
        if column is None:
            i += 1
            continue
        dates, label_offsets = header
        start = _matrix_block_start(text, lines, i, first)
        marks = _legend_marks(text, lines, start, i) or _default_matrix_marks()
        body_column = label_offsets[1] if len(label_offsets) > 1 else None
        rows = _matrix_rows(text, lines, i + 1, last, len(dates), marks)
        for ln, marks_at, row_marks, body_rest in rows:
            entry = _matrix_entry(text, ln, marks_at, marks.get(row_marks[column]), body_column, body_rest)
            if entry is not None:
                entries.append(entry)
        if rows:
            # a grid cut by a page break repeats its header: the parts are one grid
            grid_start = start if grid_start is None else grid_start
            grid_end = lines.index(rows[-1][0]) + 1
        i = grid_end if rows else i + 1
    return (grid_start, grid_end, entries) if entries else None


def _matrix_rows(text: str, lines: list[Line], first: int, last: int, columns: int,
                 marks: dict[str, str | None]) -> list[tuple[Line, int, list[str], list[str]]]:
    """The rows under a grid's header (blank lines and a line of the header's wrapped years skipped):
    each line, where its marks start, the marks, and the words its body's cell wraps onto below."""
    rows = []
    for ln in lines[first:last]:
        if ln.blank or (not rows and _WRAPPED_YEARS.fullmatch(text, ln.cs, ln.ce)) or \
                _MATRIX_RULE.fullmatch(text, ln.cs, ln.ce):
            continue
        row = _matrix_row_marks(text, ln, columns, marks)
        if row is None and rows and len(_MATRIX_TOKEN.findall(text, ln.cs, ln.ce)) <= _WRAPPED_CELL_WORDS:
            # "Council" under "… Tameside ✓ ✓" (or "Chair) |  |  |" between bars): the end of a cell
            # wrapped in a PDF's table; a body's cell between bars goes on with the row's body
            wrapped_body = _wrapped_body_cell(text, ln)
            if wrapped_body:
                rows[-1][3].append(wrapped_body)
            continue
        if row is None:
            break
        if row[1]:
            rows.append((ln, *row, []))
    return rows


def _wrapped_body_cell(text: str, ln: Line) -> str | None:
    """ "|    | Cleveland |   |   |" under "| Jo Pike | Office of the Police and Crime Commissioner for |":
    the words a grid drawn with bars wraps into the body's cell (the second), if any."""
    if text.find("|", ln.cs, ln.ce) < 0:
        return None
    cells = text[ln.start:ln.ce].split("|")
    return cells[1].strip() or None if len(cells) > 2 else None


def _matrix_entry(text: str, ln: Line, marks_at: int, kind: str | None,
                  body_column: int | None, body_rest: list[str] = ()) -> AttendanceEntry | None:
    """The person of a grid row on the list its mark gives (none for absent or not a member), with the
    body of its organisation cell."""
    if kind is None:
        return None
    rs, re_ = _strip_span(text, ln.cs, marks_at, " \t|")
    if body_column == _UNPLACED_COLUMN and not _MATRIX_CELL_GAP.search(text, rs, re_):
        return None     # "Supt Jo Bloggs Lakes Police": where the name ends is not known
    (ns, ne), (os_, oe) = _split_member_cells(text, ln.cs, marks_at, body_column)
    entry = parse_entry(text, ns, ne, kind, True)
    if entry is not None and os_ < oe:
        cell = _SPACES.sub(" ", " ".join([text[os_:oe], *body_rest])).strip(" |")
        # "LBB | Head of Community Protection": a grid drawn with bars gives the body a cell of its own,
        # the post the next ("Name | Organisation | Role | 04/02/21")
        body_cell, bar, post_cell = cell.partition("|")
        # "(GMP)", "(minutes)", "(Tameside locality)": an acronym or a remark, not the body's name
        orgs, role = _matrix_body_cell(_SPACES.sub(" ", _PAREN.sub(" ", body_cell)).strip())
        if bar and post_cell.strip(" |"):
            role = role or post_cell.strip(" |")
        entry.organisations.extend(o for o in orgs if o not in entry.organisations)
        entry.role = entry.role or role
        entry.as_written = cell
    return entry
