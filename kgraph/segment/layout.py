"""The stage's entry point: :func:`detect_layout` tells a ModernGov page from typed formal minutes, and
:func:`segment` runs the readers below in order (header, attendance lists and matrices, item
headings or tables, paragraphs) and assembles the :class:`Segmented` record; also the attendance
found among or after the items (closing "Present" lists, initials keys, status tables).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import AttendanceEntry, Segmented, SourceText
from .lines import Line, split_lines
from .common import _ACTION_LABEL, _SPACES, _strip_span
from .labels import _ATT_LABEL, _label_match, _LIST_KIND
from .headings import (find_decimal_minute_headings, find_decision_record_headings,
                       find_headings_over_numbered_paragraphs, find_lettered_headings, find_numbered_headings,
                       find_numbered_paragraphs, find_roman_headings, find_unnumbered_headings, _Heading,
                       _MIN_PARAGRAPH_RUN, _next_nonblank, _previous_nonblank, _tabs, with_titled_sub_items,
                       without_action_list_entries)
from .paragraphs import _FURNITURE
from .items_table import _CELL_SEPARATORS, find_item_table, _ItemTable, _table_row_segment
from .affiliation import parse_entry
from .header import read_header
from .attendance_entries import _paragraph_entries
from .attendance_columns import _row_cells_under, _table_header, _table_row_entry
from .attendance import participants_report, read_attendance
from .matrix import _ATTENDANCE_TITLE
from .absence_marks import marked_membership, marked_presence, _meeting_attendance_matrix, merge_attendance
from .body import (_AGENDA_AND_MINUTES, _body_start_line, covering_note_fields, email_preamble_end, emailed_meeting_fields,
                   _item_segment, _masked_before, _page_footer_line, _RULE_LINE, web_furniture_end, _whole_body_item)


_WEB_MARKERS = ("pdf icon", "view the full minutes text", "\nMinutes:\n", "\nAdditional documents:\n")
# typed minutes or notes: a "Minutes/Notes of the meeting" line or a labelled attendance list
_FORMAL_FEATURES = re.compile(r"\b(?:minutes|notes|record)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?meeting\b|"
                              r"^\W*(?:present|members\s+present|those\s+present|attendees|attendance|in\s+attendance)"
                              r"\W*(?::|$)",
                              re.IGNORECASE | re.MULTILINE)


def detect_layout(text: str, lines: list[Line], headings_alone: int, headings: int) -> str:
    """Name the layout from its features (see the package docstring, kgraph/segment/__init__.py)."""
    first = next((ln.content(text) for ln in lines if not ln.blank), "")
    head = text[:200000]
    web_hits = sum(head.count(marker) for marker in _WEB_MARKERS)
    if _AGENDA_AND_MINUTES.fullmatch(first.strip()) or (headings_alone >= 2 and web_hits >= 2):
        return "moderngov"
    if headings and _FORMAL_FEATURES.search(text[:20000]):
        return "formal"
    return "generic"


def _business_table(text: str, lines: list[Line], headings: list[_Heading]) -> _ItemTable | None:
    """The business as one table, its cells between bars or tabs (a Word table copied as text): no
    numbered heading outside its rows ("1 Welcome | … |" without a leading bar, "1<TAB>Welcome<TAB>…",
    reads like a heading)."""
    for sep in _CELL_SEPARATORS:
        if sep in text and all(text.find(sep, lines[h.line_index].start, lines[h.line_index].end) >= 0
                               for h in headings):
            table = find_item_table(text, lines, sep)
            if table is not None and not _closes_numbered_items(table, headings):
                return table
    return None


def _closes_numbered_items(table: _ItemTable, headings: list[_Heading]) -> bool:
    """A table below numbered item headings ("Record of decisions taken at this meeting", Ref | Item |
    Decision) sums the business up after it: the headings above are the items, its rows none."""
    return sum(h.line_index < table.header_line for h in headings) >= 2


# the most lines one row of an agenda table copied as text may take (its title wrapped)
_MOST_AGENDA_ROW_LINES = 2


def _headings_below_agenda_rows(text: str, lines: list[Line], headings: list[_Heading]) -> list[_Heading] | None:
    """ "1<TAB>Welcome, introductions and apologies<TAB>Chair<TAB>14:00" … "9<TAB>Any other business…": the
    agenda's table copied as text above the minutes (its cells between tabs, a lead and a time after
    each title, one row a line), whose numbers the minutes' own headings repeat below it ("1. Welcome,
    introductions and apologies"). The headings below are the items; the rows only list them. None
    unless every heading found is such a row and the headings after the last repeat their numbers."""
    if len(headings) < 2 or any(_tabs(text, lines[h.line_index]) < 2 for h in headings) \
            or any(b.line_index - a.line_index > _MOST_AGENDA_ROW_LINES for a, b in zip(headings, headings[1:])):
        return None
    below, _ = find_numbered_headings(text, lines, headings[-1].line_index + 1)
    numbers = [h.number for h in headings]
    if len(below) < 2 or [h.number for h in below] != numbers[:len(below)] or 2 * len(below) < len(numbers):
        return None
    return below


# words that say nothing of an item's subject when an unnumbered heading is matched to an agenda title
_AGENDA_TITLE_STOPWORDS = frozenset({"and", "of", "the", "a", "an", "to", "for", "on", "in", "at", "from", "with"})
_MIN_AGENDA_MATCHES = 3
_TITLE_WORD = re.compile(r"[a-z0-9]+")


def _agenda_title_words(title: str) -> set[str]:
    return {w for w in _TITLE_WORD.findall(title.lower()) if w not in _AGENDA_TITLE_STOPWORDS}


def _shouted_heading_line(text: str, lines: list[Line], i: int) -> bool:
    """A short line in capitals standing after a blank line (or at the top): "POLICE UPDATE", "AOB"."""
    ln = lines[i]
    content = ln.content(text)
    return (content.isupper() and 1 <= len(content.split()) <= 10 and len(content) >= 3
            and (i == 0 or lines[i - 1].blank) and not _ACTION_LABEL.match(text, ln.start))


def _capitals_minutes_under_agenda_list(text: str, lines: list[Line], headings: list[_Heading]) -> list[_Heading] | None:
    """ "AGENDA" over "1. Welcome …" … "10. Date of next meeting", one line each, then the minutes under
    unnumbered headings in capitals ("WELCOME, INTRODUCTIONS AND APOLOGIES", "POLICE UPDATE", "WARD PANEL
    REPORTS"): a volunteer's typed minutes give each item's number only in the agenda list. Each capitals
    heading below is matched, in order, to the agenda title sharing most of its words (half of them at
    least); the items are the headings below, with the agenda's number and title. None unless the
    numbered headings are such a list (no text under any) and most of its titles are matched."""
    if len(headings) < _MIN_AGENDA_MATCHES or any(b.line_index - a.line_index != 1 for a, b in zip(headings, headings[1:])):
        return None
    agenda = [(h, _agenda_title_words(text[h.title_start:h.title_end])) for h in headings]
    found: list[_Heading] = []
    nxt = 0
    for i in range(headings[-1].line_index + 1, len(lines)):
        if nxt >= len(agenda) or lines[i].blank or not _shouted_heading_line(text, lines, i):
            continue
        words = _agenda_title_words(lines[i].content(text))
        if not words:
            continue
        best, best_share = None, 0.5
        for k in range(nxt, len(agenda)):
            share = len(words & agenda[k][1]) / len(words)
            if share > best_share or (best is None and share == best_share):
                best, best_share = k, share
        if best is None:
            continue
        h = agenda[best][0]
        ts, te = _strip_span(text, lines[i].cs, lines[i].ce)
        title = _SPACES.sub(" ", text[h.title_start:h.title_end]).strip("*_ ")
        found.append(_Heading(i, i, h.number, ts, ts, te, h.code, title_text=title))
        nxt = best + 1
    if len(found) < _MIN_AGENDA_MATCHES or 2 * len(found) < len(headings):
        return None
    return found


def segment(source: SourceText) -> Segmented:
    """Recognise the layout and cut the document into header, attendance and items."""
    from ..read import repair_typed_digits, without_margin_numbers
    # a typescript's "l6th 0ctober" read as meant, a numbered margin's line numbers blanked out: each
    # repair keeps the text's length, so every span still indexes the document as stored
    repaired = without_margin_numbers(repair_typed_digits(source.text or ""))
    if repaired != (source.text or ""):
        source = replace(source, text=repaired)
    text = source.text or ""
    lines = split_lines(text)
    warnings: list[str] = []
    headings, alone = find_numbered_headings(text, lines)
    headings = without_action_list_entries(text, lines, headings)
    headings = _headings_below_agenda_rows(text, lines, headings) or headings
    headings = _capitals_minutes_under_agenda_list(text, lines, headings) or headings
    if alone >= 2:
        # a ModernGov page: numbers on their own lines; other candidates are numbered paragraphs
        headings = [h for h in headings if h.title_line_index != h.line_index]
    else:
        roman = find_roman_headings(text, lines)
        lettered = find_lettered_headings(text, lines)
        decimal = find_decimal_minute_headings(text, lines)
        headed = [] if headings else find_headings_over_numbered_paragraphs(text, lines)
        if decimal and (not headings or decimal[0].line_index < headings[0].line_index):
            headings = decimal      # "23.45 Title" above "23.45.1 …": the minutes' own numbers
        elif headed:
            headings = headed       # "Prevent duty" above "6.1 …": the paragraphs number the items
        elif roman and (not headings or roman[0].line_index < headings[0].line_index):
            headings = roman        # Arabic numbers below Roman items number their paragraphs
        elif lettered and (not headings or lettered[0].line_index < headings[0].line_index):
            headings = lettered     # numbers below lettered items are their tables' or paragraphs'
        elif 0 < len(headings) < _MIN_PARAGRAPH_RUN:
            # "5. Road safety. The report will be circulated. ACTION – KL" reads like a heading, but
            # in a run of numbered paragraphs it is one of them
            run = find_numbered_paragraphs(text, lines, 0)
            if {h.line_index for h in headings} <= {h.line_index for h in run}:
                headings = run
    headings = find_decision_record_headings(text, lines) or headings
    table = _business_table(text, lines, headings)
    if table is not None:
        headings = table.headings
    else:
        headings = with_titled_sub_items(text, lines, headings)
    layout = detect_layout(text, lines, alone, len(headings))

    first_item_line = (table.header_line if table else headings[0].line_index) if headings else len(lines)
    page_start = web_furniture_end(text, lines, first_item_line) or email_preamble_end(text, lines, first_item_line)
    attendance = read_attendance(text, lines, page_start, first_item_line)
    header_text = _masked_before(text, lines, page_start)
    header, header_warnings = read_header(header_text, split_lines(header_text) if page_start else lines,
                                          first_item_line)
    warnings.extend(header_warnings)
    if page_start and first_item_line < len(lines) and (
            header.date is None or header.date_span is None or header.date_span.start >= lines[first_item_line].start):
        # an e-mail's notes with no heading of their own: the covering note dates the meeting
        emailed_meeting_fields(text, lines, page_start, first_item_line, header)
    elif page_start and web_furniture_end(text, lines, first_item_line) == 0:
        # an e-mail's notes headed with their date alone: the covering note names the meeting in full
        covering_note_fields(text, lines, page_start, header)

    if not headings:
        start_line = _body_start_line(text, lines, header)
        headings = find_unnumbered_headings(text, lines, start_line) or \
            find_numbered_paragraphs(text, lines, start_line)
        if not headings and start_line < len(lines):
            headings = _whole_body_item(text, lines, start_line)
        if first_item_line == len(lines) and headings:
            attendance = read_attendance(text, lines, page_start, headings[0].line_index) or attendance
    items_end_line = len(lines)
    matrix = _meeting_attendance_matrix(text, lines, headings, page_start, first_item_line, header.date)
    if matrix is not None:
        start, end, entries = matrix
        # a grid before the items was read as lists of its own: its rows are this meeting's only here
        attendance = [a for a in attendance if not lines[start].start <= a.span.start < lines[end - 1].end]
        merge_attendance(attendance, entries)
        headings = [h for h in headings if not start <= h.line_index < end]
        if headings and start > headings[-1].title_line_index:
            items_end_line = start      # the grid closing the minutes is no part of the last item
    membership = marked_membership(text, lines, page_start, min(first_item_line, len(lines))) \
        or marked_presence(text, lines, page_start, min(first_item_line, len(lines)))
    if membership is not None:
        start, end, entries = membership
        # the block's lines were read as lists of their own (a group heading taken for a label)
        attendance = [a for a in attendance if not lines[start].start <= a.span.start < lines[end - 1].end]
        merge_attendance(attendance, entries)
    if headings and table is not None and sum(a.list_kind == "present" for a in attendance) <= 1:
        # a log set out as a table keeps its lists after the rows ("Apologies", "Attendees" over
        # "CP – Supt Clare Pike – Cheshire Constabulary"); a header naming only the chair is no list
        closing = _closing_list_label_line(text, lines, headings[-1].title_line_index + 1)
        if closing is not None:
            merge_attendance(attendance, read_attendance(text, lines, closing, _closing_lists_end(text, lines, closing)))
    if headings and table is None and not any(a.list_kind == "present" for a in attendance):
        closing = _closing_attendance_line(text, lines, headings[-1].title_line_index + 1)
        if closing is not None:
            # "## Attendance" after the business: its lists are the meeting's, and no item's text
            attendance.extend(read_attendance(text, lines, closing, _page_footer_line(text, lines, closing)))
            items_end_line = closing
        ruled = _ruled_off_attendance(text, lines, headings[-1].title_line_index + 1) if closing is None else None
        if ruled is not None:
            # a newsletter's "Attended: A (Chair), B (Lakes Police) …" ruled off below the business
            start, end = ruled
            attendance.extend(read_attendance(text, lines, start, end))
            items_end_line = _previous_nonblank(lines, start) or start     # the rule closes the last item
    closing_table = closing_status_table(text, lines, headings[-1].title_line_index + 1) \
        if headings and table is None else None
    if closing_table is not None:
        start, entries = closing_table
        merge_attendance(attendance, entries)
        items_end_line = min(items_end_line, start)    # the table closing the minutes is no item's text
    if not any(a.list_kind == "present" for a in attendance) and text.find("articipants (") >= 0:
        # a video meeting's summary records who came only in the participants report pasted below it
        attendance.extend(participants_report(text, lines))
    if not any(a.list_kind == "present" for a in attendance):
        attendance.extend(initials_attendance(text, lines, first_item_line))
    if not any(a.list_kind == "present" for a in attendance):
        attendance.extend(_attendance_in_items(text, lines, headings))
    elif not any(a.list_kind == "apologies" for a in attendance):
        # "Apologies were received from A (Org) and B." minuted under item 1 beside a present list above
        attendance.extend(a for a in _attendance_in_items(text, lines, headings) if a.list_kind == "apologies")
    if layout == "generic":
        warnings.append("layout not recognised: best-effort generic reading")
    if not headings:
        warnings.append("no agenda items found")

    if table is not None:
        items = [_table_row_segment(text, lines, table, h, headings[k + 1] if k + 1 < len(headings) else None)
                 for k, h in enumerate(headings)]
    else:
        items = [_item_segment(text, lines, h, headings[k + 1] if k + 1 < len(headings) else None, items_end_line)
                 for k, h in enumerate(headings)]
    return Segmented(source=source, layout=layout, header=header, attendance=attendance, items=items,
                     warnings=warnings)


_INITIALS_PIECE = re.compile(r"(?P<ini>[A-Z]{2,4})(?:[ \t]*\((?P<role>[^()\n]{1,40})\))?")
# a key line: the initials, a gap or a dash, then the name (behind an upper-case title: "SB – DCI Sam Bell")
_KEY_LINE = re.compile(r"[ \t]*(?P<ini>[A-Z]{2,4})(?:[ \t]{2,}|\t|[ \t]*[:=–—-][ \t]*)"
                       r"(?=[A-Z][a-z]|[A-Z]{2,4}\.?[ \t]+[A-Z][a-z])")


def initials_attendance(text: str, lines: list[Line], last: int) -> list[AttendanceEntry]:
    """Attendance written as initials ("Attendees: KW (Chair), PW, LB") with a key of lines
    "KW   Kelly Webb (Sevenoaks District Council)": the key gives each listed person's name."""
    key: dict[str, Line] = {}
    for ln in lines[:last]:
        if not ln.blank and _KEY_LINE.match(text, ln.cs, ln.ce):
            key.setdefault(_KEY_LINE.match(text, ln.cs, ln.ce)["ini"], ln)
    if not key:
        return []
    for ln in lines[:last]:
        m = None if ln.blank else _label_match(text, ln)
        if not m or _LIST_KIND.get(_SPACES.sub(" ", m["label"].lower()), "present") != "present":
            continue
        pieces = [p.strip() for p in text[m.end():ln.ce].split(",")]
        parsed = [_INITIALS_PIECE.fullmatch(p) for p in pieces]
        if not pieces or not all(parsed) or not any(pm["ini"] in key for pm in parsed):
            continue
        entries = []
        for pm in parsed:
            kl = key.get(pm["ini"])
            # read the key line past its initials: "NH – Nina Hale, Head of …" names Nina Hale
            # (read whole, the dash after "NH" would end the name there)
            km = _KEY_LINE.match(text, kl.cs, kl.ce) if kl is not None else None
            entry = parse_entry(text, km.end(), kl.ce, "present", True) if km is not None else None
            if entry is None:
                continue
            entry.initials = entry.initials or pm["ini"]
            if pm["role"] and not entry.role:
                entry.role = pm["role"].strip()
            entries.append(entry)
        return entries
    return []


def _attendance_in_items(text: str, lines: list[Line], headings: list[_Heading]) -> list[AttendanceEntry]:
    """Lists given inside an early "Attendance and apologies" / "Apologies" item."""
    found: list[AttendanceEntry] = []
    for k, h in enumerate(headings[:3]):
        if not _ATTENDANCE_TITLE.search(text, h.title_start, h.title_end):
            continue
        last = headings[k + 1].line_index if k + 1 < len(headings) else len(lines)
        if _PRESENT_TITLE.fullmatch(text, h.title_start, h.title_end):
            found.extend(_unlabelled_present_list(text, lines, h.title_line_index + 1, last))
        found.extend(read_attendance(text, lines, h.title_line_index + 1, last))
    return found


# an item titled only "Present" (ModernGov panels minute their attendance as item 1): the list
# under it carries no label of its own
_PRESENT_TITLE = re.compile(r"\W*(?:present|members\s+present|attendance(?:\s+details)?|those\s+present)\W*", re.IGNORECASE)


def _unlabelled_present_list(text: str, lines: list[Line], first: int, last: int) -> list[AttendanceEntry]:
    """The first paragraph under a "Present" item, past web furniture ("Minutes:"), as a present list."""
    i = first
    while i < last and (lines[i].blank or _FURNITURE.fullmatch(lines[i].content(text))):
        i += 1
    if i >= last or _label_match(text, lines[i]):
        return []
    j = i
    while j < last and not lines[j].blank and not _label_match(text, lines[j]):
        j += 1
    return _paragraph_entries(text, lines[i].cs, lines[j - 1].ce, "present")


# "APPENDIX 1 – ATTENDANCE": informal notes put who came in an appendix after the business
_APPENDIX_PREFIX = re.compile(r"\W*(?:appendix|annex)[ \t]+[\w.]{1,4}[ \t]*[-–—:.]?[ \t]*", re.IGNORECASE)


def _attendance_heading(content: str) -> bool:
    """A heading that titles the attendance lists, on its own or as an appendix's title."""
    am = _APPENDIX_PREFIX.match(content)
    return bool(_PRESENT_TITLE.fullmatch(content[am.end():] if am else content))


# ModernGov's own title of its attendance section: set as a heading on the page, it is plain text once
# the page is copied, and a page printed from the minutes puts it after the items
_PAGE_ATTENDANCE_TITLE = re.compile(r"[ \t]*attendance[ \t]+details[ \t]*", re.IGNORECASE)


def _set_as_a_heading(text: str, ln: Line) -> bool:
    """A line set apart as a heading: marked up, shouted, or ModernGov's attendance title."""
    content = ln.content(text)
    return ln.heading or content.isupper() or bool(_PAGE_ATTENDANCE_TITLE.fullmatch(content))


def _closing_list_label_line(text: str, lines: list[Line], first: int) -> int | None:
    """The first line after ``first`` that is a list's label alone ("Apologies", "Attendees"), set off
    by a blank line above, its first entry on the line right below; None when there is none."""
    for i in range(first + 1, len(lines)):
        ln = lines[i]
        if ln.blank or not lines[i - 1].blank or _next_nonblank(lines, i, 1) != i + 1:
            continue
        if not _is_list_label_alone(text, ln):
            continue
        below = lines[i + 1]
        if parse_entry(text, below.cs, below.ce, "present", True) is not None:
            return i
    return None


def _is_list_label_alone(text: str, ln: Line) -> bool:
    return _SPACES.sub(" ", ln.content(text).strip(" \t:*_#").lower()) in _LIST_KIND


def _closing_lists_end(text: str, lines: list[Line], first: int) -> int:
    """The line after the lists that start at ``first`` with a label alone: each list runs to a blank
    line, and the lists go on only while a label alone opens the next paragraph (a second sheet, a
    distribution line below them are not lists)."""
    i = first
    while i < len(lines):
        while i < len(lines) and not lines[i].blank:
            i += 1
        j = _next_nonblank(lines, i)
        if j is None or not _is_list_label_alone(text, lines[j]):
            return i
        i = j
    return i


def _closing_attendance_line(text: str, lines: list[Line], first: int) -> int | None:
    """The line of an attendance heading ("## Attendance", "PRESENT", "Attendance details") after the
    last item's heading that a labelled list follows, or None."""
    under_other_heading = False         # "APPENDIX 1 – FUNDING": the lines below are on another subject
    for i in range(first, len(lines)):
        ln = lines[i]
        if ln.blank:
            continue
        if not under_other_heading and _present_label_line(text, ln) and _next_nonblank(lines, i, 1) == i + 1:
            # a letter closing the record: "Those present at the meeting on 26 May 2024:" over the list
            return i
        if not _set_as_a_heading(text, ln):
            continue
        if _attendance_heading(ln.content(text)):
            j = _next_nonblank(lines, i)
            if j is not None and _label_match(text, lines[j]):
                return i
        else:
            under_other_heading = True
    return None


def _ruled_off_attendance(text: str, lines: list[Line], first: int) -> tuple[int, int] | None:
    """(first line, line after) of a list of those present set off by a rule line ("-----") after the
    last item's heading, its label and first names on one line ("Attended: A (Chair), B (Lakes Police),"),
    running to the next rule or blank line; None when there is none. The rule tells the list from a
    sentence of the last item that opens with "Present:"."""
    for i in range(first + 1, len(lines)):
        ln = lines[i]
        above = _previous_nonblank(lines, i)
        if ln.blank or above is None or not _RULE_LINE.fullmatch(text, lines[above].cs, lines[above].ce):
            continue
        m = _ATT_LABEL.match(text, ln.cs, ln.ce)
        if m is None or m["colon"] != ":" or not text[m.end():ln.ce].strip():
            continue
        label = _SPACES.sub(" ", m["label"].lower())
        if _LIST_KIND.get(label) != "present":
            continue
        end = i + 1
        while end < len(lines) and not lines[end].blank and \
                not _RULE_LINE.fullmatch(text, lines[end].cs, lines[end].ce):
            end += 1
        return i, end
    return None


# a status cell's deputy: "D – Supt Jo Bloggs", "S - Ann Webb": the mark, a dash, who came instead
_DEPUTY_STATUS = re.compile(r"[ \t]*[DS][ \t]*[–—-][ \t]*(?=[A-Z])")
_ATTENDANCE_RECORD_TITLE = re.compile(r"[ \t]*attendance(?:[ \t]+(?:record|register|list))?[ \t:]*", re.IGNORECASE)


def closing_status_table(text: str, lines: list[Line], first: int) -> tuple[int, list[AttendanceEntry]] | None:
    """ "Attendance record" over "Name | Organisation | Present/Apologies/Deputy (Y/A/D)" after the last
    item: the meeting's attendance as a table, one member a row, the row's status cell saying whether
    they came ("Y"), sent apologies ("A") or sent a deputy ("D – Supt Jo Bloggs": the deputy came, for
    the member's body; the member did not). Returns the table's first line (its title's, when a title
    heads it) and the entries, or None."""
    for i in range(first, len(lines)):
        ln = lines[i]
        if ln.blank or text.find("|", ln.cs, ln.ce) < 0:
            continue
        columns = _table_header(text, ln.cs, ln.ce)
        if columns is None or "status" not in columns:
            continue
        entries: list[AttendanceEntry] = []
        for row in lines[i + 1:]:
            if row.blank or text.find("|", row.cs, row.ce) < 0:
                break
            entry = _table_row_entry(text, row.cs, row.ce, "present", columns)
            if entry is None:
                break
            entries.append(entry)
            cells = _row_cells_under(text, row.cs, row.ce, columns)
            k = columns.index("status")
            deputy = _DEPUTY_STATUS.match(text, *cells[k]) if k < len(cells) else None
            if deputy is not None:
                entry.list_kind = "absent"
                stand_in = parse_entry(text, deputy.end(), cells[k][1], "present", False)
                if stand_in is not None:
                    stand_in.organisations = stand_in.organisations or list(entry.organisations)
                    entries.append(stand_in)
        if not entries:
            return None
        title = _previous_nonblank(lines, i)
        start = title if title is not None and _ATTENDANCE_RECORD_TITLE.fullmatch(lines[title].content(text)) else i
        return start, entries
    return None


def _present_label_line(text: str, ln: Line) -> bool:
    """A line that is only the label of a list of those present ("Present:", "Those present at the
    meeting on 26 May 2024:"), its names on the lines below."""
    m = _ATT_LABEL.match(text, ln.cs, ln.ce)
    if m is None or m["colon"] != ":" or text[m.end():ln.ce].strip():
        return False
    label = _SPACES.sub(" ", m["label"].lower())
    return _LIST_KIND.get(label, "present" if label.endswith("present") else None) == "present"
