"""Actions in tables: action tables and logs (rows, columns, status, the item a row names), grids
drawn in text, discussion tables with an "Action" column, owner cells of minutes laid out as a
table (:func:`find_owners_column`) and the preamble's table of the meeting's actions.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import MONTHS, find_dates
from ..model import Action, AttendanceEntry, Owner, Span
from ..segment import terms

from .common import _line_spans, _norm, _trim
from .tables import (_ACTION_COLUMNS, _bar_rows_rewrapped, _kind_column, _row_labelled, _cell_paragraphs, _cells, _column_name, _EMPTY_CELL, _header_rows,
                     _LINE_BREAK_TAG, _row_item_ref, _tab_cells, _tab_row_cells, _tab_rows_rewrapped, _table_rows,
                     _TABLE_RULE_ROW)
from .owners import is_person_name, _owner_key, _owners_in
from .action_lists import _LEADING_OWNER_TO, _names_only, _owner_task_fields


# --------------------------------------------------------------------------- actions


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
        kind = _kind_column(header) if "task" not in columns else None
        if kind is not None:
            columns["task"] = kind[1]
        if "task" not in columns:
            return actions
        for cells in _header_rows(text, s, e, header, sep, rows):
            if len(cells) <= columns["task"]:
                continue                # no action in this row (trailing empty cells are dropped)
            if kind is not None and not _row_labelled(text, cells, kind[0], "item_table_action_kinds"):
                continue                # a log's "Decision" or "Info" row
            if "owner" not in columns:
                actions.extend(_cell_actions(text, *cells[columns["task"]], attendance))
                continue
            ts, te = cells[columns["task"]]
            owner = cells[columns["owner"]] if columns["owner"] < len(cells) else (ts, ts)
            due = cells[columns["due"]] if columns.get("due", len(cells)) < len(cells) else (ts, ts)
            actions.extend(_row_actions(text, (ts, te), owner, due, attendance))
        return actions
    width = 0
    rows = _bar_rows_rewrapped(text, s, e) if sep == "|" else _tab_rows_rewrapped(text, s, e, lambda: width)
    more_lines: dict[int, list[tuple[int, int]]] = {}      # a grid row's lines after its first
    if sep == "|":
        rows, more_lines = _grid_rows(text, list(rows))
    for rs, re_ in rows:
        if _TABLE_RULE_ROW.fullmatch(text, rs, re_):
            continue
        cells = _cells(text, rs, re_) if sep == "|" else _tab_cells(text, rs, re_)
        names = [_column_name(text[a:b]) for a, b in cells]
        named = _with_update_as_task({role: k for k, n in enumerate(names) for role, words in _ACTION_COLUMNS.items()
                                      if n in words}, names)
        if "task" in named and "owner" in named:
            columns, width = named, len(cells)
            continue
        wrapped_ref = _wrapped_item_ref(text, rs, re_, cells) if actions and columns and "ref" in columns else None
        if wrapped_ref:
            # the task cell wrapped onto a line of its own, closing with the item it comes from
            actions[-1].item_ref = wrapped_ref
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
        # "Raise the budget with the ICB (item 3)": the task names its item, whatever the Ref column
        # numbers (a serial "24/21" of the action log, no item)
        ref = _task_item_ref(task_text)
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
            if _kind_column(tuple(names)) is not None:
                continue        # a log labelling its rows "Action" keeps the task in its text column
            number = _ACTION_COLUMNS["row"] | _ACTION_COLUMNS["ref"]
            column = next((k for k, n in enumerate(names) if k != owners and n and n not in number), None)
            if column is None:
                column = _minute_text_column(names, owners)
            if column is not None:
                return OwnersColumn(sep, len(cells), column, owners)
    return None


def _minute_text_column(names: list[str], owners: int) -> int | None:
    """ "Item | Minute | Action by": every other column is named like a reference, the first labelling
    the row (its number and title); the next one holds the minute's text."""
    others = [k for k, n in enumerate(names) if k != owners and n]
    return others[1] if len(others) >= 2 else None


def _row_cells_aligned(cells: list[tuple[int, int]], column: OwnersColumn) -> list[tuple[int, int]] | None:
    """A row line's cells placed under the header's columns. A Word table copied as text writes a cell
    of several paragraphs over several lines, so the cells after it follow on its last line: a line of
    fewer cells ends the row, its cells being the row's last columns (the owners last of all)."""
    if len(cells) == column.width:
        return cells
    if 2 <= len(cells) < column.width and column.owners == column.width - 1 \
            and column.text >= column.width - len(cells):
        return [(0, 0)] * (column.width - len(cells)) + cells
    return None


def _owner_lines_below(text: str, end: int, e: int, attendance: list[AttendanceEntry]) -> list[Owner]:
    """ "…<TAB>Jo Hale" then "Sam Ives" alone on a line below: an owner cell of several paragraphs, its
    later names written under the row's last line, up to the end of the item (nothing else there)."""
    owners: list[Owner] = []
    for ls, le in _line_spans(text, end, e):
        if le <= ls or not text[ls:le].strip():
            continue
        if "\t" in text[ls:le]:
            return []
        found = _owners_in(text, ls, le, attendance)
        if len(found) != 1 or found[0].kind != "person" or not is_person_name(found[0].name, attendance):
            return []
        owners += found
    return owners


def owner_cell_actions(text: str, s: int, e: int, attendance: list[AttendanceEntry], column: OwnersColumn
                       ) -> list[tuple[Span, Action]]:
    """The rows of text[s:e] under an :class:`OwnersColumn` header whose owner cell names people
    ("3.2<TAB>… LR and MU to review the MARAC frequency …<TAB>LR / MU"): one explicit action each, its
    text the row's text; with the row's bounds."""
    out: list[tuple[Span, Action]] = []
    for rs, re_ in _table_rows(text, s, e, column.sep):
        cells = _row_cells_aligned(_row_cells_by(text, rs, re_, column.sep), column)
        if cells is None:
            continue
        (ts, te), (os_, oe) = cells[column.text], cells[column.owners]
        if oe <= os_ or te <= ts:
            continue
        owners = _owners_in(text, os_, oe, attendance)
        if owners and column.sep == "\t":
            owners += _owner_lines_below(text, re_, e, attendance)
        if owners and all(o.kind == "role" or o.kind == "person" and is_person_name(o.name, attendance)
                          for o in owners):
            out.append((Span(rs, re_), Action(text=text[ts:te], span=Span(ts, te), owners=owners, explicit=True)))
    return out


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


# the first cells of a plan's progress report: "Objective | Lead | RAG | Comment" rates how each
# objective is going; its comment reports progress ("Training delivered 03/06/19"), it sets no task
_PLAN_ROW_COLUMNS = frozenset({"objective", "objectives", "priority", "priorities", "outcome", "outcomes",
                               "measure", "measures", "indicator", "indicators", "kpi", "performance indicator"})


def _with_update_as_task(columns: dict[str, int], names: list[str]) -> dict[str, int]:
    """ "Location | Issue | Owner | Update | Status": a tasking table names no task column; each row's
    owner is to carry on with what its update cell says ("… MT to escalate via the liaison officer"),
    so the update is the row's task (a log that has a task column keeps its update apart). A plan's
    progress report ("Objective | Lead | RAG | Comment") is no tasking: its rows set nobody a task."""
    if "task" in columns or "owner" not in columns or "update" not in columns \
            or _PLAN_ROW_COLUMNS.intersection(names):
        return columns
    # (the update stays read as one too: "Cleared." closes the row, as a status "Complete" does)
    return dict(columns, task=columns["update"])


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


# a log row's task closed by the paragraph that minuted it, in brackets: "Circulate the strategy (5.5)"
_TRAILING_PARAGRAPH_REF = re.compile(r"[ \t]*\((?P<ref>\d{1,3}\.\d{1,2})\)[ \t.]*$")


# a log row's task closed by the item it comes from: "… before the Executive (item 3)", "(item 4.1)"
_TRAILING_ITEM_REF = re.compile(r"\((?i:item|agenda[ \t]+item|minute)[ \t]+(?P<ref>\d{1,3}(?:\.\d{1,2})?[a-z]?)\)[ \t.]*$")


def _empty_cell(text: str, cell: tuple[int, int]) -> bool:
    return not text[cell[0]:cell[1]].strip(" \t*_")


def _wrapped_item_ref(text: str, rs: int, re_: int, cells: list[tuple[int, int]]) -> str | None:
    """The "(item 4.1)" closing a task cell's wrapped line: a line whose reference cell is empty (it
    opens with the bar) and which holds one cell only, naming the item of the row above."""
    if not text[rs:re_].lstrip(" \t").startswith("|"):
        return None
    filled = [c for c in cells if not _empty_cell(text, c)]
    return _task_item_ref(text[filled[0][0]:filled[0][1]]) if len(filled) == 1 else None


def _task_item_ref(task: str) -> str | None:
    """The item a log row's task names in a closing bracket ("… to the website (item 6)")."""
    if not task.rstrip(" \t.").endswith(")"):
        return None
    m = _TRAILING_ITEM_REF.search(task.rstrip())
    return m["ref"] if m else None


def _task_paragraph_ref(text: str, ts: int, te: int) -> str | None:
    """The item of a log row whose task ends by naming its numbered paragraph ("… to members (5.5)"):
    item 5, in minutes whose paragraphs are numbered under their item; no log column gives it."""
    if not text.startswith(")", _trim(text, ts, te)[1] - 1):
        return None
    m = _TRAILING_PARAGRAPH_REF.search(text, max(ts, te - 12), te)
    return _row_item_ref(m["ref"], dotted_only=True) if m else None


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
