"""Meeting references: earlier and later meetings the minutes name (the previous minutes
approved, the next meeting's date, dated logs, a record's issue date), each related to this
meeting.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..dates import MONTHS, day_months, find_dates, short_year_dates
from ..model import AgendaItem, Header, ItemSegment, MeetingRef, Span
from ..segment import _alternation, _compiled, english_half, terms

from .common import _norm, _NOT_TITLE_CHARS
from .tables import _ACTION_COLUMNS, _action_header_row, _cells, _tab_row_cells, _table_rows
from .action_lists import _is_action_list_heading


# --------------------------------------------------------------------------- meeting references


# (a resolution words it in the subjunctive: "That the next meeting be held on Thursday 8th October")
_PREVIOUS_CONTEXT = re.compile(
    r"(?:\b(?:minutes?|notes)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?meetings?|\b(?:minutes?|notes)\s+of(?=\s*$)|"
    # "Date of next JAG:" / "Date of the next Board": the body's own short name stands for "meeting"
    r"\bdate\s+of\s+(?:the\s+)?next\s+[\w-]+(?:\s+meeting)?|"
    r"\b(?:its|the|this|our|a|last|previous|earlier|next|further|their|special|extraordinary|ordinary)\s+(?:[\w-]+\s+){0,2}?meetings?)"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[^.\n]{1,80}?))?"
    # ("the next meeting was scheduled for Tuesday, 5 April 2022": the date fixed, in the past tense of a report)
    r"(?:\s+(?:which\s+was\s+|that\s+was\s+)?(?:held|scheduled|to\s+be\s+held|(?:(?:will|would|shall)\s+)?be\s+held|is\s+to\s+be\s+held|was\s+held|"
    r"(?:(?:was|is|had\s+been|has\s+been)\s+)(?:scheduled|planned|arranged|fixed)|"
    # ("Next meeting - Tuesday 18th January 2022": notes set the date apart with a dash as with a colon)
    r"took\s+place|planned|arranged|on|dated))*(?:\s+(?:on|for|of))?\s*(?:[:,(]|[-–—](?=\s))?\s*"
    # the weekday before the date, in full or cut short in notes ("Next meeting: Tues 2 July 2024")
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thurs?|thu|fri|sat|sun)\.?,?\s+)?$",
    re.IGNORECASE)
_NEXT_CONTEXT = re.compile(r"\bnext\s+meetings?\b", re.IGNORECASE)


def _event_between(context: str) -> bool:
    events = _compiled("non-meeting-events", lambda: re.compile(
        rf"\b(?:{_alternation(terms()['non_meeting_events'])})s?\b", re.IGNORECASE))
    return bool(events.search(context))


@lru_cache(maxsize=4096)
def _title_matches(title: str, key: str) -> bool:
    """Whether an item's title is one of the terms' titles (a bilingual title by its English half:
    "Dyddiad y Cyfarfod Nesaf / Date of Next Meeting")."""
    title = title[slice(*english_half(title, 0, len(title)))]
    t = _norm(_NOT_TITLE_CHARS.sub(" ", title))
    return any(t == w or t.startswith(w + " ") for w in terms()[key])


_APPROVAL_AFTER = re.compile(
    r"\b(?:were|was|are|is|be|been)\s+(?:agreed|approved|confirmed|signed|accepted|adopted)\b"
    r"|\b(?:true|correct|accurate)\s+record\b|\bcorrectly\s+recorded\b", re.IGNORECASE)


def _after_own_row(text: str, item: ItemSegment) -> int:
    """Where an item's text after its heading starts, past the item's own row when the item is a row
    of the items table (whose cells are between bars, as an action log's are)."""
    s = item.body_span.start
    if not item.table_columns:
        return s
    if item.table_rows:         # rows whose cells of several paragraphs run over several lines
        s = max([s, *(c.end for row in item.table_rows for c in row)])
    nl = text.find("\n", s, item.body_span.end)
    return item.body_span.end if nl < 0 else nl + 1


def _action_log_start(text: str, s: int, e: int) -> int:
    """Where an action log begins inside text[s:e] (a heading such as "Actions agreed" / "ACTION
    LOG", or the first row of a pipe table), else e: the minutes often end with one, after the
    "Date of next meeting" item, and its dates are deadlines."""
    pos = s
    while pos < e:
        end = text.find("\n", pos, e)
        end = e if end < 0 else end
        line = text[pos:end]
        if "|" in line or _TASK_LIST_LINE.match(line) or (line.strip() and _is_action_list_heading(line)) or ("\t" in line and (
                _action_header_row(line) or _decision_log_header_row(line) or _log_header_row(line))):
            return pos
        pos = end + 1
    return e


def _decision_log_header_row(line: str) -> bool:
    """ "Ref<TAB>Decision": the header row of a decision log copied as text, a column of references and
    one of decisions; the dates in its rows are the decisions' (publication, minutes approved), no
    next meeting's."""
    names = [_norm(cell) for cell in line.split("\t") if cell.strip()]
    return len(names) == 2 and names[0] in terms()["item_table_number_headers"] \
        and names[1] in terms()["item_table_decision_headers"]


# "- [ ] @Jo Hale Circulate the dashboard – 31 Oct 2023": a wiki's checklist of the actions
_TASK_LIST_LINE = re.compile(r"[ \t]*[-*+][ \t]+\[[ xX]\]")
_LOG_ENTRY_CELL = re.compile(r"\b(?:actions?|decisions?)\b")
_LOG_WHO_OR_WHEN_CELL = re.compile(r"\b(?:owners?|lead|by\s+whom|who|due|deadline|status|by\s+when|when)\b")


def _log_header_row(line: str) -> bool:
    """ "Ref<TAB>Item<TAB>Decision / Action<TAB>Owner<TAB>Due / status": the header row of a log of the
    meeting's decisions and actions, a column of entries and one of owners or due dates."""
    names = [_norm(cell) for cell in line.split("\t") if cell.strip()]
    return len(names) >= 3 and any(_LOG_ENTRY_CELL.search(n) for n in names) \
        and any(_LOG_WHO_OR_WHEN_CELL.search(n) for n in names)


_DAY_MONTH_WITHOUT_YEAR = re.compile(
    r"(?<![\w/.-])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?!\.?,?\s+(?:19|20)?\d\d\b"
    # (the day of the next date of a list is no year: "14 March, 13 June")
    r"(?!(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)))")


def _dates_without_year(text: str, meeting: dt.date) -> list[tuple[dt.date, Span]]:
    """'Notes of 14 March agreed': a day and month alone is the latest such date not after the
    meeting (its own year, or the year before)."""
    found = []
    for m in _DAY_MONTH_WITHOUT_YEAR.finditer(text):
        for year in (meeting.year, meeting.year - 1):
            try:
                date = dt.date(year, MONTHS[m["month"].lower()], int(m["day"]))
            except ValueError:
                break
            if date <= meeting:
                found.append((date, Span(m.start(), m.end())))
                break
    return found


# "Next JAG: Tuesday 14 March 2023", "actions from the JAG held on 17 January 2023": the body's own
# acronym stands for its meeting (checked against the body's name, so "the PCC held on" is not one)
_ACRONYM_MEETING = re.compile(r"\b(?P<which>next|the|last|previous)\s+(?P<acr>(?-i:[A-Z]{2,6}))"
                              r"(?:\s+(?:held|on|of|meeting))*\s*[:,(]?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
                              re.IGNORECASE)
_GENERIC_OF = re.compile(r"(?:the\s+)?(?:partnership|committee|board|panel|forum|group|meeting|sub-committee)")


def is_body_acronym(acronym: str, body: str) -> bool:
    """ "JAG" of "Bassetlaw Joint Action Group", "CSP" of "Kent Community Safety Partnership": the
    initials of a run of the body's capitalised words."""
    initials = "".join(w[0] for w in body.split() if w[:1].isupper())
    return len(acronym) >= 2 and acronym in initials


# "the minute of the Culture and Communities Committee of 17 September 2019" (Scottish "minute"): minutes
# named by their body, without the word "meeting"; a previous meeting when the body named is this one
# "… be approved as a correct record" straight after the date of the minutes
_RECORD_APPROVED_AFTER = re.compile(r"[ \t,]*(?:(?:be|were|was)\s+)?(?:approved|confirmed|agreed|signed)\s+as\s+a\s+"
                                    r"(?:true|correct|accurate)\s+record\b", re.IGNORECASE)
_MINUTES_OF_NAMED_BODY = re.compile(
    r"\b(?:minutes?|notes)\s+of\s+(?:the\s+)?(?P<who>(?-i:[A-Z])[^.\n|]{1,80}?)(?:\s+meeting)?\s+(?:(?:held\s+)?on|of|dated)\s*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.IGNORECASE)
# "would be reported to the Committee on 28 January 2020", "considered by the Panel on 3 March 2019": the
# body itself meeting on that day (neither minutes approved nor the date fixed for the next meeting)
_BODY_ON_DATE = re.compile(
    r"\b(?:to|before|by|at)\s+(?:the\s+|this\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|for|&)){0,8}?)"
    r"(?:'s|’s)?(?:\s+meeting)?\s+on\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$")


# "Members were reminded that the Panel would meet on 2nd February 2024 to consider the precept": a
# meeting of this body on that day, for some business of its own ("would next meet on": the next one)
_BODY_WILL_MEET_ON = re.compile(
    r"\bthe\s+(?P<who>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|for|&)){0,8}?)\s+(?:would|will|is\s+to|was\s+to)"
    r"\s+(?P<next>next\s+)?meet\s+(?:again\s+)?on\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$")


def _names_this_body(who: str, body: str | None) -> bool:
    """ "Committee" for the "Culture and Communities Committee" (the generic word its name ends with,
    capitalised as minutes write their own body), the body's full name, or its short name."""
    if not body:
        return False
    words = body.split()
    return _norm(who) == _norm(body) or (who == words[-1] and _GENERIC_OF.fullmatch(who.lower()) is not None) \
        or is_short_name_of(who, body)


def is_short_name_of(short: str, body: str) -> bool:
    """ "Joint Committee" for the "Joint Community Safety and Regulatory Committee": the body's first
    word and its generic head, or any run of its words in order that keeps both (minutes shorten their
    own body's name so); one word alone is no short name."""
    short_words = _norm(short).removeprefix("the ").split()
    body_words = _norm(body).split()
    if len(short_words) < 2 or len(short_words) >= len(body_words) or short_words[-1] != body_words[-1] \
            or short_words[0] != body_words[0] or not _GENERIC_OF.fullmatch(short_words[-1]):
        return False
    rest = iter(body_words[1:-1])
    return all(w in rest for w in short_words[1:-1])      # the words between, in the body's order


# "Notes of the 14th September 2023 meeting …": the date written inside the minutes' name, between
# "minutes/notes of the" and "meeting"
_DATE_INSIDE_MINUTES_OF = re.compile(r"\b(?i:minutes?|notes?)\s+(?i:of|from)\s+(?i:the|our|your)\s+$")
_MEETING_AFTER_DATE = re.compile(r"(?:['’]s)?\s+(?i:meeting)\b")


# "Date of next JAG", "Next CSP": an item titled by the body's own acronym standing for its meeting
_NEXT_ACRONYM_TITLE = re.compile(r"(?i:(?:date\s+of\s+(?:the\s+)?)?next)\s+(?P<acr>[A-Z]{2,6})(?:\s+(?i:meeting))?[\s.:]*")


def _names_next_body_meeting(title: str, body: str | None) -> bool:
    """Whether an item's title names the body's next meeting by the body's acronym ("Date of next JAG"
    for a Joint Action Group); another body's acronym ("Next PCC") names no meeting of this one."""
    m = _NEXT_ACRONYM_TITLE.fullmatch(title.strip())
    return m is not None and is_body_acronym(m["acr"], body or "")


def _relation_in_context(text: str, s: int, ds: int, de: int, date, header: Header) -> str | None:
    """ "previous" / "next" when the words before a date say it is a meeting of this body, "other" when
    they name the body meeting on that day for some other business, else None."""
    context = text[max(s, ds - 160):ds]
    cut = max(context.rfind(". "), context.rfind("\n\n"))
    if cut >= 0:
        context = context[cut + 1:]
    if _DATE_INSIDE_MINUTES_OF.search(context) and _MEETING_AFTER_DATE.match(text, de):
        return "previous"          # "Notes of the 14th September 2023 meeting were accepted"
    m = _PREVIOUS_CONTEXT.search(context)
    if m is None:
        nm = _MINUTES_OF_NAMED_BODY.search(context) if "of" in context else None
        if nm is not None and (_names_this_body(nm["who"], header.body) or _RECORD_APPROVED_AFTER.match(text, de)):
            # (minutes a meeting approves as its correct record are its own, whichever of the bodies
            # at a joint meeting they name: "the minutes of the Lakeby Board meeting held on 3 May
            # 2024 be approved as a correct record")
            return "previous"
        bm = _BODY_ON_DATE.search(context) if " on" in context[-24:] else None
        if bm is not None and _names_this_body(bm["who"], header.body):
            return "other"
        mm = _BODY_WILL_MEET_ON.search(context) if " on" in context[-24:] else None
        if mm is not None and _names_this_body(mm["who"], header.body):
            return "next" if mm["next"] else "other"
        am = _ACRONYM_MEETING.search(context)
        if am is None or not is_body_acronym(am["acr"], header.body or ""):
            return None
        if am["which"].lower() == "next":
            return "next"
        return "previous" if header.date is None or date < header.date else "next"
    if m["of"]:
        of = _norm(m["of"]).rstrip(",;: ")      # "the last meeting of the Committee, held on …"
        body_low = _norm(header.body or "")
        if not (_GENERIC_OF.fullmatch(of) or (body_low and (of in body_low or body_low in of))
                or is_short_name_of(of, header.body or "")):
            return None
    if _event_between(m.group(0)):
        return None
    if _NEXT_CONTEXT.search(m.group(0)):
        return "next"
    if _APPROVAL_AFTER.search(text[de:min(len(text), de + 160)].split(". ", 1)[0]):
        # the wording decides, not the order: minutes approved are always of an earlier
        # meeting, so a later date here is a data-quality problem to report, not a "next"
        return "previous"
    if header.date is not None:
        return "previous" if date < header.date else "next"
    return "previous"


# the column of a forward plan naming what each future meeting takes ("Meeting | Item | Lead")
_PLAN_ITEM_COLUMNS = frozenset({"item", "items", "agenda item", "report", "reports", "topic", "topics",
                                "subject", "business"})


def _heads_dated_table(names: list[str]) -> bool:
    """An action log ("Meeting | Action | Owner") or a forward plan ("Meeting | Item | Lead"): a
    header whose "Meeting" column dates each row with a meeting of this body."""
    return any(n in _ACTION_COLUMNS["task"] for n in names) or (
        any(n in _ACTION_COLUMNS["raised"] for n in names) and any(n in _PLAN_ITEM_COLUMNS for n in names))


def logged_meeting_dates(text: str, s: int, e: int) -> dict[int, tuple[dt.date, Span]]:
    """Dates in the column of an action log naming the meeting that raised each row's action, or of a
    forward plan naming the meeting that takes each row's item, inside text[s:e] ("Ref | Meeting |
    Item | Action | Owner", "Meeting | Item | Lead", as a pipe table or with tabs between cells),
    keyed by where they start: each is a meeting of this body, where the log's other dates are
    deadlines. A table ends at a line of prose."""
    found: dict[int, tuple[dt.date, Span]] = {}
    meeting_words = _ACTION_COLUMNS["raised"]
    for sep in ("|", "\t"):
        column, previous_end = None, s
        for rs, re_ in _table_rows(text, s, e, sep):
            if text[previous_end:rs].strip():
                column = None               # prose between: the table has ended
            previous_end = re_
            cells = _cells(text, rs, re_) if sep == "|" else _tab_row_cells(text, rs, re_)
            names = [_norm(text[a:b]) for a, b in cells]
            if _heads_dated_table(names):
                column = next((k for k, n in enumerate(names) if n in meeting_words), None)
                continue
            if column is None or column >= len(cells):
                continue
            a, b = cells[column]
            for date, span in find_dates(text[a:b]):
                found[a + span.start] = (date, Span(a + span.start, a + span.end))
    return found


# a date under "Date of next meeting" that a task must be done by is a deadline, not a meeting
_DEADLINE_BEFORE = re.compile(r"\b(?i:by|before|no\s+later\s+than|deadline(?:\s+of)?[:\s]?)[ \t]+(?:the[ \t]+)?"
                              r"(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?$")


def _record_issued_re() -> re.Pattern:
    return _compiled("record-issued", lambda: re.compile(
        rf"\b(?:notes|minutes)\s+(?:(?:were|was|have\s+been|will\s+be)\s+)?(?:{_alternation(terms()['record_issue_verbs'])})"
        rf"\b[^.\n]{{0,80}}$", re.IGNORECASE))


def _dates_the_record_issued(text: str, s: int, ds: int) -> bool:
    """Whether the words before a date on its line say when the notes themselves went out ("Notes
    circulated to the panel on 13/11/2023"): a sign-off under the last item, not a meeting."""
    line_start = text.rfind("\n", s, ds) + 1 or s
    return _record_issued_re().search(text, max(line_start, ds - 120), ds) is not None


def _page_stamp_re() -> re.Pattern:
    return _compiled("page-stamp", lambda: re.compile(
        rf"[ \t*_]*(?:{_alternation(terms()['page_stamp_labels'])})(?:[ \t]+on)?[ \t*_]*[:–—-]?[ \t*_]*"
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?", re.IGNORECASE))


def _dates_the_page(text: str, s: int, ds: int) -> bool:
    """Whether a date stands on its line, or in a column of it, after a web page's or a document's
    stamp alone ("Last updated: 19 March 2024" in the page's footer, "…  13th July 2023      Published -
    21st July 2023" in a running footer): when the page changed, not a meeting."""
    line_start = text.rfind("\n", s, ds) + 1 or s
    gap = _LAST_COLUMN_GAP.search(text, line_start, ds)
    return any(_page_stamp_re().fullmatch(text, start, ds) is not None
               for start in ([line_start] + ([gap.end()] if gap else [])))


def _dates_a_note_takers_stamp(text: str, s: int, ds: int, de: int) -> bool:
    """ "Meeting closed 8.52pm.              HA 05/06/24": a date ending its line after the initials of
    whoever wrote the notes up, set apart by a wide gap or after the line's last sentence, and nothing
    else: when the notes were written, not a meeting."""
    line_start = text.rfind("\n", s, ds) + 1 or s
    line_end = text.find("\n", de)
    if text[de:line_end if line_end >= 0 else len(text)].strip():
        return False
    gap = _LAST_COLUMN_GAP.search(text, line_start, ds)
    stop = text.rfind(". ", line_start, ds)
    starts = ([gap.end()] if gap else []) + ([stop + 2] if stop >= 0 else [])
    return any(_INITIALS_BEFORE_DATE.fullmatch(text, start, ds) is not None for start in starts)


_INITIALS_BEFORE_DATE = re.compile(r"[ \t]*[A-Z]{2,4}[ \t]+")
_LAST_COLUMN_GAP = re.compile(r"(?:\t|[ ]{3,})(?=[^\t]*$)(?!.*[ ]{3})")
# a year a line gives before the days it lists without one: "2024 dates: 14 March, 13 June"
_YEAR_FIRST = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b(?![/.-]\d)")


def _with_year_of_its_line(text: str, ds: int, date: dt.date) -> dt.date | None:
    line_start = text.rfind("\n", 0, ds) + 1
    full = find_dates(text[line_start:ds])
    after_full = line_start + (full[-1][1].end if full else 0)      # a full date's own year is not it
    years = list(_YEAR_FIRST.finditer(text, after_full, ds))
    if not years:
        return None
    try:
        return date.replace(year=int(years[-1]["year"]))
    except ValueError:
        return None


# a typist's reference at the foot of typed minutes: the writer's and the body's initials, then the date
# the minutes were typed ("JB/CSP/ 22.11.99", "AB/cd 3.2.98")
_FILE_REFERENCE_BEFORE = re.compile(r"[ \t]*[A-Z]{1,4}(?:[ \t]*/[ \t]*[A-Za-z]{1,6})+[ \t]*/?[ \t]*$")


def _dates_a_file_reference(text: str, s: int, ds: int) -> bool:
    """Whether a date stands on its line after a typist's reference alone ("JB/CSP/ 22.11.99"): when the
    minutes were typed, not a meeting."""
    line_start = text.rfind("\n", s, ds) + 1 or s
    return _FILE_REFERENCE_BEFORE.fullmatch(text, line_start, ds) is not None


def _under_next_meeting_heading(text: str, item: AgendaItem) -> bool:
    """ "DATE OF NEXT MEETING" over "48. Thursday 21st October 2021, 10:00, Town Hall": minutes numbered by
    paragraph put the date in a numbered paragraph under an unnumbered heading, the line just above it."""
    before = text[max(0, item.span.start - 120):item.span.start].rstrip()
    line = before[before.rfind("\n") + 1:].strip(" \t*_#:")
    return bool(line) and len(line.split()) <= 8 and _title_matches(line, "next_meeting_titles")


def _paragraph_under_next_meeting_line(text: str, s: int, ds: int) -> bool:
    """ "Date of Next Meeting" alone on a line after the last item's text, a blank line, then "Wednesday
    15 May 2024 at 2.00pm, Committee Room 2": an unnumbered heading closing the minutes, the date opening
    the paragraph under it (within the item starting at ``s``)."""
    gap = text.rfind("\n\n", s, ds)
    if gap < 0 or text[gap:ds].strip(" \t\n").count("\n") > 1:
        return False
    before = text[s:gap].rstrip()
    line = before[before.rfind("\n") + 1:].strip(" \t*_#:")
    return bool(line) and len(line.split()) <= 8 and _title_matches(line, "next_meeting_titles")


# "Subsequent meetings: 13 December 2023 and", "Future meeting dates are 4 June,": a list of the body's later
# meetings, the date in the same sentence after it
_FUTURE_MEETINGS_LEAD = re.compile(r"\b(?:subsequent|future|further|later)\s+meetings?(?:\s+dates)?\b"
                                   r"(?:[^.\n]|\n(?!\s*\n)){0,80}$", re.IGNORECASE)


# "The panel will reconvene on 25 July 2024": the meeting itself resumes, a later meeting of the same body
_RECONVENES_ON = re.compile(r"\b(?:will|would|shall|is\s+to|agreed\s+to)\s+reconvene\s+on\s+"
                            r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.IGNORECASE)


def _in_list_of_later_meetings(text: str, s: int, ds: int) -> bool:
    """Whether the date at ``ds`` is one of a sentence listing the body's later meetings ("Subsequent
    meetings: 13 December 2023 and 20 March 2024"), within the item starting at ``s``."""
    return _FUTURE_MEETINGS_LEAD.search(text, max(s, ds - 120), ds) is not None


def find_meeting_refs(text: str, header: Header, items: list[ItemSegment]) -> list[MeetingRef]:
    """Dated meetings of the same body: minutes approved (previous), next-meeting dates (next)."""
    refs: list[MeetingRef] = []
    seen: set[tuple] = set()

    def add(date, relation, span, position):
        if (date, relation) in seen or (header.date is not None and date == header.date):
            return
        seen.add((date, relation))
        refs.append(MeetingRef(date=date, relation=relation, span=span, item_position=position))

    # an action tracker above the first item reviews the actions of an earlier meeting it dates
    preamble_from = header.date_span.end if header.date_span is not None else 0
    preamble_to = items[0].span.start if items else preamble_from
    for date, span in find_dates(text[preamble_from:preamble_to]):
        ds, de = preamble_from + span.start, preamble_from + span.end
        relation = _relation_in_context(text, preamble_from, ds, de, date, header)
        if relation is not None:
            add(date, relation, Span(ds, de), None)
    # minutes dated "9th Nov 21" write the other meetings' dates with two-digit years too
    two_digit_years = header.date_span is not None and bool(
        short_year_dates(text, header.date_span.start, header.date_span.end))
    for position, item in enumerate(items, 1):
        next_item = _title_matches(item.title, "next_meeting_titles") or _names_next_body_meeting(item.title, header.body) \
            or _under_next_meeting_heading(text, item)
        s, e = item.span.start, item.span.end
        log_start = _action_log_start(text, _after_own_row(text, item), e) if next_item else e
        if next_item and item.table_rows:
            # the row of a Word table copied as text gives the date; what follows the table (a tracker
            # of earlier actions, a sign-off) dates other things
            log_start = min(log_start, _after_own_row(text, item))
        full = [(date, span, False) for date, span in find_dates(text[s:e])]
        if two_digit_years:
            short = [(d, Span(sp.start - s, sp.end - s), False) for d, sp in short_year_dates(text, s, e)]
            full = sorted(full + [f for f in short if not any(o.start <= f[1].start < o.end for _, o, _ in full)],
                          key=lambda f: f[1].start)
        yearless = [(d, sp, True) for d, sp in _dates_without_year(text[s:e], header.date)] if header.date else []
        logged = logged_meeting_dates(text, s, e)
        for date, span, without_year in full + yearless:
            ds, de = s + span.start, s + span.end
            if ds in logged:
                # the meeting that raised a logged action: referred to, once, whatever else said its date
                if all(ref.date != date for ref in refs):
                    add(date, "other", Span(ds, de), position)
                continue
            if without_year and next_item:
                # its year is only read back for minutes approved, never forward; unless the line
                # gives it first ("2024 dates: 14 March, 13 June and 12 September")
                dated = _with_year_of_its_line(text, ds, date)
                if dated is not None and item.body_span.start <= ds < log_start and dated > header.date:
                    add(dated, "next", Span(ds, de), position)
                continue
            if next_item and _DEADLINE_BEFORE.search(text, max(s, ds - 24), ds):
                continue       # "send priorities to the Secretary by 4th January": a deadline, no meeting
            if next_item and (_dates_the_record_issued(text, s, ds) or _dates_a_file_reference(text, s, ds)
                              or _dates_the_page(text, s, ds) or _dates_a_note_takers_stamp(text, s, ds, de)):
                continue       # "Notes circulated to the panel mailing list on 13/11/2023": no meeting
            if next_item and item.body_span.start <= ds < log_start:
                add(date, "next", Span(ds, de), position)
                continue
            if next_item and ds >= log_start:
                continue       # an action log's due dates after the last item are not meetings
            relation = _relation_in_context(text, s, ds, de, date, header)
            if relation is None and not without_year and header.date is not None and date > header.date \
                    and _paragraph_under_next_meeting_line(text, s, ds):
                relation = "next"       # "Date of Next Meeting" closing the last item, the date below it
            if relation is None and not without_year and header.date is not None and date > header.date \
                    and (_in_list_of_later_meetings(text, s, ds) or _RECONVENES_ON.search(text, max(s, ds - 60), ds)):
                relation = "next"       # "Subsequent meetings: 13 December 2023 and 20 March 2024"
            # a day and month alone is read back from the meeting: never a next meeting
            if relation is not None and not (without_year and relation == "next"):
                add(date, relation, Span(ds, de), position)
        if header.date is not None:
            for date, span in _future_dates_listed(text, s, e, header.date):
                add(date, "next", span, position)
    return refs


# "Future dates: May 9, Jun 13, Jul 11 (all 10:00 AM)", "- Future meeting dates: 9 May, 13 June": a
# line labelled as the dates of the coming meetings, each a day and month without a year
_FUTURE_DATES_LABEL = re.compile(
    r"^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|__)?(?:(?:future|further|forthcoming|upcoming)[ \t]+(?:meeting[ \t]+)?dates|"
    r"dates[ \t]+of[ \t]+(?:future|further|forthcoming)[ \t]+meetings|(?:future|forthcoming)[ \t]+meetings)"
    r"(?:\*\*|__)?[ \t]*:", re.IGNORECASE | re.MULTILINE)


def _future_dates_listed(text: str, s: int, e: int, meeting: dt.date) -> list[tuple[dt.date, Span]]:
    """The dates a "Future dates:" line of text[s:e] lists without their year: each the first such day
    after the meeting (this year's, else next year's), as the coming meetings are."""
    found: list[tuple[dt.date, Span]] = []
    if "ates" not in text[s:e] and "eetings" not in text[s:e]:
        return found
    for label in _FUTURE_DATES_LABEL.finditer(text, s, e):
        line_end = text.find("\n", label.end(), e)
        line_end = e if line_end < 0 else line_end
        for day, month, span in day_months(text, label.end(), line_end):
            for year in (meeting.year, meeting.year + 1):
                try:
                    date = dt.date(year, month, day)
                except ValueError:
                    break
                if date > meeting:
                    found.append((date, span))
                    break
    return found
