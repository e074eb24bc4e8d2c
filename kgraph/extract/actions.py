"""The actions of one item (:func:`find_actions`): "Action:" lines with the fields under them
(owner, deadline, who/what blocks), then the prose, marked, listed and tabled readers for what no
such line records.
"""
from __future__ import annotations

import datetime as dt
import re

from ..dates import find_dates
from ..model import Action, AttendanceEntry, ItemSegment, Owner, Paragraph, Span
from ..segment import _ACTION_LABEL

from .common import labelled_cell_lines, sentence_bounds, _trim
from .tables import _EMPTY_CELL
from .enumerators import _is_action_para, _past_page_break
from .owners import (_attendees_name_words, due_date_in, _DUE_FIELD_LINE, _INITIALS, is_person_name, _names_in,
                     _OWNER_FIELD_LINE, _owner_key, _owners_in, parse_action_entry, parse_action_line,
                     resolve_initials)
from .decision_tables import boxed_actions, outcome_box
from .followups import (arrow_action, assigned_action_followups, checklist_actions, has_subjectless_verb,
                        initials_followups, _office_holder, _office_subject_holder, office_to_task_action,
                        prose_followups, _same_followup, shouted_label_action, subject_followups, _titled_owner_to_re)
from .action_lists import (column_actions, initials_dash_actions, listed_actions, marked_actions, office_marked_actions, _not_in_the_column,
                           _owner_task_entries,
                           _without_marked_followups)
from .action_tables import (discussion_table_actions, _EARLIER_ACTIONS_TITLE, owner_cell_actions, OwnersColumn,
                            table_actions)
from .aligned_tables import aligned_log_actions


# --------------------------------------------------------------------------- actions


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


def _cell_action(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> Action | None:
    """One line of a table cell of actions ("24/23 – GW and PO to agree … by 06/12/24"), or None for
    an empty cell ("None.")."""
    owners, task, rest = parse_action_entry(text, s, e, attendance)
    span = task or rest
    a, b = _trim(text, span.start, span.end)
    if b <= a or _EMPTY_CELL.fullmatch(text, a, b):
        return None
    return Action(text=text[a:b], span=Span(a, b), owners=owners, explicit=True, due=due_date_in(text, a, b))


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
        cell, taken = labelled_cell_lines(text, paras, k)
        if len(cell) > 1:
            # "Action(s): | 24/22 – GW to …" over "24/23 – GW and PO to …": a table cell of actions, one a line
            field_paras.update(taken)
            entries = [a for a in (_cell_action(text, a, b, attendance) for a, b in cell) if a is not None]
            # as with a "Who:" block, the discussion's offer by an owner the cell names is the cell's action
            block_keys.update(_owner_key(o.name) for a in entries for o in a.owners)
        else:
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
        if cell:
            block_keys.update(_owner_key(o.name) for o in owners)     # (a cell of one action, as above)
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
        dashed = initials_dash_actions(text, p, attendance)
        if dashed:
            # an action column's entries ("PR/RK - review …"); the discussion's "PR and RK to review …"
            # is the same action (dropped below as one the entries' owners hold)
            actions.extend(dashed)
            block_keys.update(_owner_key(o.name) for a in dashed for o in a.owners)
            continue
        tm = _titled_owner_to_re().match(text, p.text_span.start, p.text_span.end)
        if tm:
            s, e = _trim(text, p.text_span.start, p.text_span.end)
            owners = _owners_in(text, tm.start("owners"), tm.end("owners"), attendance)
            actions.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True))
            continue
        office_task = office_to_task_action(text, p, attendance)
        if office_task is not None:
            actions.append(office_task)
            continue
        in_column = column_actions(text, p, attendance)
        found_here: list[Action] = _not_in_the_column(initials_followups(text, p, attendance), in_column) \
            + marked_actions(text, p, attendance) \
            + office_marked_actions(text, p, attendance) + in_column
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
    if "|" not in text[item.body_span.start:item.body_span.end] and "\t" not in text[item.body_span.start:item.body_span.end]:
        aligned = aligned_log_actions(text, item.body_span.start, item.body_span.end, attendance, meeting_date)
        if aligned is not None and _EARLIER_ACTIONS_TITLE.search(item.title or ""):
            # a log reviewed under "Matters arising and action log": earlier meetings' actions, none of
            # this meeting's (its rows are still no prose for the other readers)
            aligned = (aligned[0], [])
        if aligned is not None:
            # the log's lines are its rows, no prose: what another reader found on them is the row's
            table, rows = aligned
            actions = [a for a in actions if not table.start <= a.span.start < table.end] + rows
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
