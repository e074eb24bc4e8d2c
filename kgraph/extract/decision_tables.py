"""Decisions laid out as boxes, logs and tables: an outcome box under an item (and the actions it
boxes), a ruled decisions log drawn in text, and decision tables ("Item | Decision | Outcome")
with their rows, cells and item references.
"""
from __future__ import annotations

import re

from ..model import Action, AttendanceEntry, Decision, ItemSegment, Paragraph, Span
from ..segment import terms

from .common import _norm, _trim
from .tables import (_ACTION_COLUMNS, _cell_paragraphs, _kind_column, _row_labelled, _cells, _EMPTY_CELL, _header_rows, _LINE_BREAK_TAG,
                     _row_item_ref, _tab_row_cells, _TABLE_RULE_ROW)
from .owners import due_date_in, is_person_name, _OWNER_FIELD, _owners_in
from .decision_labels import (_decision, decision_kind, _inline_subpoints, _is_lead_in, _KIND_OF_VERB,
                              _RESOLVED_AT_START, _WORD_KIND)


# --------------------------------------------------------------------------- decisions


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


def table_decisions(text: str, item: ItemSegment) -> list[Decision]:
    """The decisions of an item read from a row of the items table, under a "Decision" / "Outcome"
    column: one a '<br>'-separated piece of the cell, a label ("Agreed:", "RESOLVED that") left out."""
    decision_words = set(terms()["item_table_decision_headers"])
    cols = [k for k, n in enumerate(item.table_columns) if n in decision_words]
    out: list[Decision] = []
    kind = _kind_column(item.table_columns)
    if kind is not None and not cols:
        return _labelled_row_decisions(text, item, *kind)
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


def _labelled_row_decisions(text: str, item: ItemSegment, label: int, body: int) -> list[Decision]:
    """A decision and action log's rows labelled "Decision": each row logs one decision, its text cell
    whole (the plan "approved with four priorities:" and the list of them is one row, one decision;
    a cell of several lines copied from a spreadsheet comes in double quotes, which are left out)."""
    out: list[Decision] = []
    for cells in _header_rows(text, item.body_span.start, item.body_span.end, item.table_columns,
                              item.table_sep, item.table_rows):
        if body >= len(cells) or not _row_labelled(text, cells, label, "item_table_decision_kinds"):
            continue
        a, b = _trim(text, *cells[body])
        if b - a >= 2 and text[a] == '"' and text[b - 1] == '"':
            a, b = a + 1, b - 1
        d = _decision(text, a, b, "resolved")
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


# --------------------------------------------------------------------------- shared, from the decisions section


_DECISION_WORD = re.compile(r"noted|agreed|approved|endorsed|received|accepted|adopted|carried|resolved",
                            re.IGNORECASE)
