"""Reading tables in plain text: cells of "|" rows and tab-separated rows (rewrapped where a
cell ran over lines), header rows, an item table's row cells, the names of action-table columns, a
row's item reference and the cells that record nothing ("None", "N/A"). Decision tables, action
tables and the meeting-reference reader all read rows this way, so these sit low, above
:mod:`.common` only.
"""
from __future__ import annotations

import re

from ..model import Span
from ..segment import cell_lines, english_half, terms

from .common import _line_spans, _norm, _trim


# --------------------------------------------------------------------------- shared, from the decisions section


# a decision cell that records no decision: "None", "N/A", "-", "TBC"
# ("No decision was needed.", "Nothing further.": a labelled outcome saying there was none)
# ("None – for information.": none, and why: the item came for information or noting only)
_EMPTY_CELL = re.compile(r"(?i:none|nil|n/?a|tbc|nothing(?:\s+further)?|no\s+decisions?(?:\s+(?:made|taken)|"
                         r"\s+(?:was|were)\s+(?:needed|required|made|taken|necessary))?)?"
                         r"(?i:[ \t]+[-–—][ \t]+(?:for[ \t]+)?(?:information|noting|discussion|update)(?:[ \t]+only)?)?[.\s]*|[-–—]+")


# --------------------------------------------------------------------------- actions


_TABLE_RULE_ROW = re.compile(r"[|:\-+= \t]+")


def _cells(text: str, s: int, e: int, keep_inner_empty: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each cell of a pipe-table row, trimmed; outer empty cells of '| a | b |' dropped
    (with ``keep_inner_empty``, only the edges' empty pieces outside the first and last bar: a grid
    row's further line "|      | wrapped words |   |" keeps its empty first cell in its column)."""
    cells, pos = [], s
    for i in [m.start() for m in re.finditer(r"\|", text[s:e])] + [e - s]:
        cells.append(_trim(text, pos, s + i, " \t\n"))
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


def _bar_rows_rewrapped(text: str, s: int, e: int):
    """(start, end) of each row of a pipe table in text[s:e], a bare table's rows hard-wrapped over
    several lines joined back: a table pasted from a spreadsheet as text, its bars only between
    cells ("Ref | Issue | Action | Owner"), breaks each long row into lines at the page's width, so
    a row's line holds fewer bars than the header and the row goes on, bars and all, over the next
    lines until it holds as many ("… | Close the case; review" / "the plan | JB / AK | 09/10/2024").
    A row whose last cell wrapped whole onto a line of its own ("… | JB / AK |" / "Closed") takes
    that line too. A table with bars at its edges ("| a | b |") is one row a line, as is any row
    that would not come out with the header's bars before a blank line."""
    lines = _line_spans(text, s, e)
    need = None
    i = 0
    while i < len(lines):
        rs, re_ = lines[i]
        i += 1
        bars = text.count("|", rs, re_)
        if not bars:
            continue
        if need is None:
            # the table's first line is its header; a table with edge bars keeps a row a line
            need = 0 if text[rs:re_].strip().startswith("|") else bars
        if 0 < bars < need:
            j, total = i, bars
            while j < len(lines) and total < need and j - i < MAX_WRAPPED_ROW_LINES \
                    and text[lines[j][0]:lines[j][1]].strip():
                total += text.count("|", *lines[j])
                j += 1
            if total == need:
                if text[text.rfind("|", rs, lines[j - 1][1]) + 1:lines[j - 1][1]].strip() == "" \
                        and j < len(lines) and text[lines[j][0]:lines[j][1]].strip() and "|" not in text[lines[j][0]:lines[j][1]]:
                    j += 1      # the last cell wrapped whole onto the next line
                re_, i = lines[j - 1][1], j
        yield rs, re_


# lines a spreadsheet row pasted as text may run over (a long "Discussion" cell wraps many times)
MAX_WRAPPED_ROW_LINES = 12


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


# --------------------------------------------------------------------------- shared, from the actions section


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


_LINE_BREAK_TAG = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)


def _kind_column(header: tuple[str, ...]) -> tuple[int, int] | None:
    """ "Type | Detail | Owner | Due": a decision and action log labels each row ("Decision", "Action",
    "Info") and keeps its text in one column for all. The label's column and the text's, or None."""
    kinds = set(terms()["item_table_kind_headers"])
    texts = set(terms()["item_table_discussion_headers"])
    label = next((k for k, n in enumerate(header) if n in kinds), None)
    body = next((k for k, n in enumerate(header) if n in texts and k != label), None)
    return (label, body) if label is not None and body is not None else None


def _row_labelled(text: str, cells: list[tuple[int, int]], label: int, kinds: str) -> bool:
    """The row's label cell (see :func:`_kind_column`) is one of the words ``terms()[kinds]`` lists."""
    if label >= len(cells):
        return False
    return _norm(text[slice(*cells[label])]).strip(" .:*_") in terms()[kinds]


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


_ACTION_COLUMNS = {"task": {"action", "actions", "action required", "task", "action agreed",
                            # a case panel's tracker: "… | Discussion | Agreed actions | Owner | Review date"
                            "agreed actions", "actions agreed",
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


def _column_name(cell: str) -> str:
    """A table header cell as a column's name, without a bracketed remark ("Update (April 2020)"),
    and of a bilingual header ("Cam gweithredu / Action", "Cyfrifol / Owner") its English half."""
    if "/" in cell:
        cell = cell[slice(*english_half(cell, 0, len(cell)))]
    return _norm(_HEADER_REMARK.sub("", cell)) or _norm(cell)


_ITEM_PREFIX = re.compile(r"(?i:minute|min\.?|item|agenda\s+item)\s+")
_DOTTED_ROW = re.compile(r"(?P<item>\d{1,3}[a-z]?)\.\d{1,2}")


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


# --------------------------------------------------------------------------- shared, from the meeting references section


def _action_header_row(line: str) -> bool:
    """ "Action<TAB>Lead<TAB>Date": the header row of an action table copied as text (a column of
    tasks and one of owners), whatever heading stands above it ("Action Log - meeting of …")."""
    names = {_column_name(cell) for cell in line.split("\t")}
    return bool(names & (_ACTION_COLUMNS["task"] | _ACTION_COLUMNS["update"])) and bool(names & _ACTION_COLUMNS["owner"])
