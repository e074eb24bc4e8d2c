"""An action log typed in fixed-width columns (a table of a Word or PDF document saved as text, its
cells set apart by runs of spaces, no bars or tabs):

    Action  Minute ref   Action                          Owner            Due        Status
    No.
    24-15   ABC 24/031   Publish the assessment on the   R Hale / T Oram  Oct 2024   New
                         partnership website

The header names the columns (a header cell may wrap onto a second line: "Action" / "No."), each
column starts where its name starts, a row opens at the left margin and a cell that wraps goes on
in its column on the lines below. :func:`aligned_log_actions` reads the rows as a pipe table's rows
are read: the task and owner cells, the minute the row names, and a closed status (an earlier
meeting's action reported done) left out.
"""
from __future__ import annotations

import datetime as dt
import re

from ..dates import find_dates
from ..model import Action, AttendanceEntry, Span
from ..segment.common import _gap_pieces

from .common import _line_spans
from .tables import _ACTION_COLUMNS, _column_name, _row_item_ref
from .owners import _owners_in
from .action_tables import _closed_row, _no_action_row, _without_earlier_meetings_rows


# two or more spaces between two cells of a line (one space is a gap between words of a cell)
_CELL_GAP = re.compile(r"[ ]{2,}")
_WORD_START = re.compile(r"(?<= )\S")
# a header cell is a column's name: a few words, no figures
_LONGEST_HEADER_CELL = 24
# a column's text may start this far left of its name (a cell typed a little out of line)
_SLACK = 2


def _chunks(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The pieces of text[s:e] between runs of two or more spaces (a tab is no part of such a table)."""
    return [(a, b) for a, b in _gap_pieces(text, s, e, _CELL_GAP) if text[a:b].strip()]


def _header(text: str, lines: list[tuple[int, int]], i: int) -> tuple[list[int], list[str]] | None:
    """The columns' starts (offsets in their line) and names of a header row on lines[i]: at least
    three short cells, one naming the task and one the owner."""
    s, e = lines[i]
    chunks = _chunks(text, s, e)
    if len(chunks) < 3 or any(b - a > _LONGEST_HEADER_CELL or any(c.isdigit() for c in text[a:b]) for a, b in chunks):
        return None
    names = [_column_name(text[a:b]) for a, b in chunks]
    if not any(n in _ACTION_COLUMNS["task"] for n in names) or not any(n in _ACTION_COLUMNS["owner"] for n in names):
        return None
    starts = [a - s for a, _ in chunks]
    # "Action" over "No.": a header cell wrapped onto a second line, each piece under its column's name
    if i + 1 < len(lines):
        ns, ne = lines[i + 1]
        more = _chunks(text, ns, ne)
        if more and len(more) < len(starts) - 1 and all(b - a <= 12 and not any(c.isdigit() for c in text[a:b])
                                                        for a, b in more):
            cols = [_column_of(starts, a - ns) for a, _ in more]
            if all(abs(starts[c] - (a - ns)) <= _SLACK for c, (a, _) in zip(cols, more)):
                for c, (a, b) in zip(cols, more):
                    names[c] = _column_name(f"{names[c]} {text[a:b]}")
    return starts, names


def _column_of(starts: list[int], offset: int) -> int:
    """The column a piece starting at ``offset`` of its line falls in."""
    col = 0
    for k, start in enumerate(starts):
        if start <= offset + _SLACK:
            col = k
    return col


# a due date as a log writes it: "Dec 2024", "30 June 2026", "30/06/2026"
_DUE_DATE = re.compile(r"(?<!\S)(?:(?:\d{1,2}(?:st|nd|rd|th)?[ ]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                       r"[a-z]*\.?[ -]\d{2,4}|\d{1,2}/\d{1,2}/\d{2,4})(?!\S)", re.IGNORECASE)


def _split_overflow(text: str, a: int, b: int, line_start: int, starts: list[int], col: int,
                    due_col: int | None = None) -> list[tuple[int, int, int]]:
    """A piece that ran on into the next columns ("A Hale/J Oram Dec 2024 New": a long owner cell
    pushing the due date and status to the right, one space apart) cut where the due column's date
    starts, else at the word starts nearest each later column's start; (column, start, end) of each part."""
    cuts = []
    for k in range(col + 1, len(starts)):
        at = line_start + starts[k]
        if not a < at < b:
            continue
        words = [m.start() for m in _WORD_START.finditer(text, a, b)]
        date = _DUE_DATE.search(text, a + 1, b) if k == due_col else None
        if date:
            cuts.append((k, date.start()))
        elif words:
            cuts.append((k, min(words, key=lambda w: abs(w - at))))
    parts, pos, c = [], a, col
    for k, cut in cuts:
        if cut <= pos:
            continue
        parts.append((c, pos, cut))
        pos, c = cut, k
    parts.append((c, pos, b))
    return [(k, x, y - len(text[x:y]) + len(text[x:y].rstrip())) for k, x, y in parts]


def _is_row_line(text: str, s: int, e: int, starts: list[int]) -> bool:
    """A line opening a row: its first cell at the left margin and cells in three columns or more."""
    chunks = _chunks(text, s, e)
    return bool(chunks) and chunks[0][0] - s <= starts[0] + _SLACK and len(chunks) >= 3


def _rows(text: str, lines: list[tuple[int, int]], i: int, starts: list[int], due_col: int | None
          ) -> tuple[list[list[list[tuple[int, int]]]], int]:
    """The rows under the header (lines[i:]): each row's cells, one list of line pieces a column, and
    the end of the table's last line. A blank line ends the table unless a row goes on below it."""
    rows: list[list[list[tuple[int, int]]]] = []
    end = lines[i - 1][1] if i else 0
    while i < len(lines):
        s, e = lines[i]
        if not text[s:e].strip():
            if i + 1 < len(lines) and rows and _is_row_line(text, *lines[i + 1], starts):
                i += 1
                continue
            break
        pieces = _chunks(text, s, e)
        if _is_row_line(text, s, e, starts):
            rows.append([[] for _ in starts])
        elif not rows or pieces[0][0] - s < starts[1] - _SLACK:
            break           # a line of prose at the margin: the table has ended
        for a, b in pieces:
            col = _column_of(starts, a - s)
            for k, x, y in _split_overflow(text, a, b, s, starts, col, due_col):
                rows[-1][k].append((x, y))
        end = e
        i += 1
    return rows, end


def aligned_log_actions(text: str, s: int, e: int, attendance: list[AttendanceEntry],
                        meeting_date: dt.date | None = None) -> tuple[Span, list[Action]] | None:
    """The span and the actions of an action log in fixed-width columns within text[s:e], or None."""
    if text.find("  ", s, e) < 0:
        return None
    lines = _line_spans(text, s, e)
    for i in range(len(lines)):
        ls, le = lines[i]
        if text.find("  ", ls, le) < 0:
            continue
        header = _header(text, lines, i)
        if header is None:
            continue
        starts, names = header
        first = i + 1
        if first < len(lines) and not _is_row_line(text, *lines[first], starts) and text[slice(*lines[first])].strip():
            first += 1          # the header's wrapped second line
        columns: dict[str, int] = {}
        for k, n in enumerate(names):
            for role, words in _ACTION_COLUMNS.items():
                if n in words:
                    columns[role] = k
        rows, end = _rows(text, lines, first, starts, columns.get("due"))
        if not rows:
            continue
        actions = []
        for row in rows:
            cells = [(p[0][0], p[0][1]) if p else (ls, ls) for p in row]
            task = row[columns["task"]]
            if not task or _closed_row(text, cells, columns) or _no_action_row(text, cells[columns["task"]]):
                continue
            owner = row[columns["owner"]]
            owners = [o for a, b in owner for o in _owners_in(text, a, b, attendance)]
            ref = None
            for role in ("ref", "row"):
                if role in columns and ref is None and row[columns[role]]:
                    ref = _row_item_ref(text[slice(*cells[columns[role]])], dotted_only=role == "row")
            due = None
            if "due" in columns and row[columns["due"]]:
                dates = find_dates(" ".join(text[a:b] for a, b in row[columns["due"]]))
                due = dates[0][0] if dates else None
            ts, te = task[0][0], task[-1][1]
            actions.append(Action(text=" ".join(text[a:b] for a, b in task), span=Span(ts, te), owners=owners,
                                  explicit=True, due=due, item_ref=ref, listed=True))
        return Span(ls, end), _without_earlier_meetings_rows(actions, meeting_date)
    return None
