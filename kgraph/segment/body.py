"""The body of the minutes: where it starts and ends (a web page's furniture above it, an e-mail's
preamble and fields, a page footer below it, the lists before it) and the item segments cut from it
(:func:`_item_segment`: the heading's title, its paragraphs, points numbered by the item's letter).
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
import re
from dataclasses import replace

from ..dates import MONTHS, find_dates, find_time
from ..model import Header, ItemSegment, Paragraph, Span
from .lines import Line, split_lines
from .common import _SPACES, _strip_span, terms, _titles_re
from .labels import _label_match
from .headings import _Heading, _ITEM_CODE_LINE, _next_nonblank, _right_cells_only, _WORD
from .paragraphs import build_paragraphs
from .header_lines import _is_body_phrase
from .header import read_header


_AGENDA_AND_MINUTES = re.compile(r"agenda,?\s+(?:and|&)\s+(?:draft\s+)?minutes", re.IGNORECASE)


def _page_footer_line(text: str, lines: list[Line], first: int) -> int:
    """The first line from ``first`` on that opens a web page's footer ("Printed minutes 22nd-Jan-2024
    …"), or the document's end: a closing attendance runs up to it."""
    openers = tuple(terms()["page_footer_openers"])
    for i in range(first, len(lines)):
        if not lines[i].blank and lines[i].content(text).lower().startswith(openers):
            return i
    return len(lines)


_NAV_LINE_CHARS = re.compile(r"[^\w\s'&,-]|\d")


def web_furniture_end(text: str, lines: list[Line], last: int) -> int:
    """Index of the first line after a web page's furniture copied with its text (skip link, search,
    menu, breadcrumbs: short lines above the meeting, at least two of them navigation words from the
    data file), or 0. The run ends at the first line that is not that short or has a name's shape."""
    nav = {w.lower() for w in terms().get("web_navigation", [])}
    end = hits = seen = 0
    for i in range(min(last, len(lines))):
        ln = lines[i]
        if ln.blank:
            continue
        seen += 1
        content = _SPACES.sub(" ", ln.content(text)).strip()
        if seen > 40 or len(content.split()) > 10 or _NAV_LINE_CHARS.search(content) or \
                _titles_re().match(content):
            break
        if content.lower() in nav or _AGENDA_AND_MINUTES.fullmatch(content):
            hits += 1
            end = i + 1
        elif _label_match(text, ln):
            break           # "Attendance", "Present": the page's own content starts
    return end if hits >= 2 else 0


_EMAIL_FIELD = re.compile(r"[ \t]*(?P<label>[A-Za-z]{2,12})[ \t]*:")
_RULE_LINE = re.compile(r"[ \t]*[_=*-]{5,}[ \t]*")
_MOST_EMAIL_LINES = 60


def _email_field_label(text: str, ln: Line) -> str | None:
    m = _EMAIL_FIELD.match(text, ln.cs, ln.ce)
    label = m["label"].lower() if m else None
    return label if label in terms()["email_header_fields"] else None


def email_preamble_end(text: str, lines: list[Line], last: int) -> int:
    """Index of the first line of notes sent by e-mail, after the e-mail's header ("From:", "Sent:",
    "To:", "Subject:") and covering note, or 0. The sent date and the sender's signature are no part of
    the meeting: the notes start under the first rule line ("_____") after the header, else right
    after the header."""
    labels: set[str] = set()
    i = 0
    while i < min(last, len(lines)):
        if not lines[i].blank:
            label = _email_field_label(text, lines[i])
            if label is None:
                break
            labels.add(label)
        i += 1
    if not {"from", "subject"} <= labels or len(labels) < 3:
        return 0
    for j in range(i, min(last, len(lines), i + _MOST_EMAIL_LINES)):
        if not lines[j].blank and _RULE_LINE.fullmatch(text, lines[j].cs, lines[j].ce):
            return j + 1
    return i


# "yesterday's steering group (Tues 11 Feb, 10am, Teams)": a day and month, no year, in the covering note
_YEARLESS_DAY_MONTH = re.compile(
    r"(?:\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[ \t]+)?"
    r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?[ \t]+(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) +
    r")\b\.?(?![ \t]*,?[ \t]*(?:19|20)\d\d)(?P<rest>[^)\n]*)", re.IGNORECASE)
# a short place after the time in the same bracket: "Teams", "Room 2"
_MOST_VENUE_CHARS = 40


def _email_field(text: str, lines: list[Line], end: int, label: str) -> tuple[int, int] | None:
    """The value of an e-mail header field ("To: Lakes Delivery Group") among lines[:end]."""
    for ln in lines[:end]:
        if not ln.blank and _email_field_label(text, ln) == label:
            m = _EMAIL_FIELD.match(text, ln.cs, ln.ce)
            return _strip_span(text, m.end(), ln.ce)
    return None


def emailed_meeting_fields(text: str, lines: list[Line], note_start: int, first_item: int, header: Header) -> None:
    """Notes sent by e-mail without a heading of their own date the meeting in the covering note
    ("Thanks to everyone who joined yesterday's steering group (Tues 11 Feb, 10am, Teams)"): the day
    and month there, in the year that puts it on or before the sent date; the time and the short place
    after it in the same bracket; and the e-mail is addressed to the body that met ("To: Lakes Delivery
    Group")."""
    sent_field = _email_field(text, lines, note_start, "sent") or _email_field(text, lines, note_start, "date")
    sent = find_dates(text[sent_field[0]:sent_field[1]]) if sent_field else []
    if not sent or first_item <= note_start:
        return
    sent_date = sent[0][0]
    a, b = lines[note_start].start, lines[first_item - 1].end
    m = _YEARLESS_DAY_MONTH.search(text, a, b)
    if m is None:
        return
    try:
        date = dt.date(sent_date.year, MONTHS[m["month"].lower()], int(m["day"]))
        if date > sent_date:
            date = date.replace(year=date.year - 1)
    except ValueError:
        return
    header.date, header.date_span = date, Span(m.start(), m.start("rest"))
    pieces = [piece.strip() for piece in m["rest"].split(",")]
    timed = next((k for k, piece in enumerate(pieces) if find_time(piece)), None)
    if timed is not None:
        header.start_time = find_time(pieces[timed])[0]
        place = pieces[timed + 1] if timed + 1 < len(pieces) else ""
        if place and len(place) <= _MOST_VENUE_CHARS and not any(ch.isdigit() for ch in place):
            vs = text.find(place, m.start("rest"), m.end("rest"))
            header.venue, header.venue_span = place, Span(vs, vs + len(place))
    to = _email_field(text, lines, note_start, "to")
    # (a sentence of the covering note, "… joined yesterday's steering group (…)", names no body)
    in_note = header.body_span is not None and a <= header.body_span.start < b
    if (header.body is None or in_note) and to and _is_body_phrase(text[to[0]:to[1]]) and ";" not in text[to[0]:to[1]]:
        header.body, header.body_span = text[to[0]:to[1]], Span(*to)


def _email_fields_end(text: str, lines: list[Line], last: int) -> int:
    """Index of the first line after an e-mail's leading header fields ("From:", "Sent:", …)."""
    i = 0
    while i < min(last, len(lines)) and (lines[i].blank or _email_field_label(text, lines[i]) is not None):
        i += 1
    return i


# "… E17 4JF. The full minutes will …": a venue read on past the full stop into the note's next sentence
_VENUE_SENTENCE_END = re.compile(r"(?<=[\w)])\.[ \t]+(?=[A-Z])")


def covering_note_fields(text: str, lines: list[Line], note_start: int, header: Header) -> None:
    """Notes sent by e-mail whose own heading ("Key points from the Lakes Board meeting on 7 March
    2024") gives only the date: the covering note above the rule names the meeting in full ("the key
    points from the Lakes Board meeting held on Tuesday 7 March 2024 at 7pm in Committee Room 3, …").
    Its body, start time and venue fill the fields the heading left empty, when it dates the same
    meeting."""
    if header.body is not None and header.start_time is not None and header.venue is not None:
        return
    fields_end = _email_fields_end(text, lines, note_start)
    if not 0 < fields_end < note_start:
        return
    a, b = lines[fields_end].start, lines[note_start].start
    note = "".join("\n" if ch == "\n" else " " for ch in text[:a]) + text[a:b] + \
        "".join("\n" if ch == "\n" else " " for ch in text[b:])
    found, _ = read_header(note, split_lines(note), note_start)
    if found.date is None or found.date != header.date:
        return
    if header.body is None and found.body is not None:
        header.body, header.body_span = found.body, found.body_span
    if header.start_time is None:
        header.start_time = found.start_time
    if header.venue is None and found.venue is not None and found.venue_span is not None:
        vs, ve = found.venue_span.start, found.venue_span.end
        stop = _VENUE_SENTENCE_END.search(text, vs, ve)
        ve = stop.start() if stop else ve
        header.venue, header.venue_span = _SPACES.sub(" ", text[vs:ve]).strip(), Span(vs, ve)


def _masked_before(text: str, lines: list[Line], first: int) -> str:
    """The text with every line before `first` blanked out, newlines and offsets kept, so that the
    header is read from the lines after it alone."""
    if first <= 0:
        return text
    cut = lines[first].start
    return "".join("\n" if ch == "\n" else " " for ch in text[:cut]) + text[cut:]


def _body_start_line(text: str, lines: list[Line], header: Header) -> int:
    """Where the body starts when no numbered item exists: after the header date or the lists."""
    start = 0
    if header.date_span is not None:
        for k, ln in enumerate(lines):
            if ln.start <= header.date_span.start <= ln.end:
                start = k + 1
                break
    for k in range(start, min(len(lines), start + 200)):
        ln = lines[k]
        if not ln.blank and _label_match(text, ln):
            # skip the lists: body starts after the last labelled list's block
            j = k + 1
            while j < len(lines) and not lines[j].blank:
                j += 1
            start = j
    return start


def _whole_body_item(text: str, lines: list[Line], start_line: int) -> list[_Heading]:
    """No headings at all: one unnumbered item titled by the first line of the body."""
    for i in range(start_line, len(lines)):
        ln = lines[i]
        if ln.blank:
            continue
        ts, te = ln.cs, ln.ce
        words = list(_WORD.finditer(text, ts, te))
        if len(words) > 10:
            te = words[9].end()
        ts, te = _strip_span(text, ts, te)
        if te > ts:
            return [_Heading(i, i, None, ts, ts, te, None, title_in_body=True)]
    return []


# "C3 The Board endorsed …" under item "C.": a point numbered by its item's letter, then a space
_ITEM_POINT_NUMBER = re.compile(r"(?P<enum>[A-Z]\d{1,2})[.:)]?[ \t]+(?=\S)")


def _with_item_point_numbers(text: str, letter: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs of a lettered item with their point numbers ("C1", "C2" under "C.") read as
    enumerators: the words after the number are the paragraph's text ("The Board endorsed …", whose
    subject is then the Board and not "C3 The Board")."""
    out = []
    for p in paragraphs:
        s = p.text_span.start
        m = _ITEM_POINT_NUMBER.match(text, s, p.text_span.end) if p.enumerator is None and \
            text.startswith(letter, s) else None
        out.append(Paragraph(span=p.span, text_span=Span(m.end(), p.text_span.end), enumerator=m["enum"])
                   if m else p)
    return out


def _without_run_in_title(paragraphs: list[Paragraph], run_in: int) -> list[Paragraph]:
    """The heading line's paragraph starts where the item's text runs on after its title."""
    if paragraphs and paragraphs[0].span.start < run_in < paragraphs[0].span.end:
        first = paragraphs[0]
        paragraphs[0] = Paragraph(Span(run_in, first.span.end), Span(run_in, first.text_span.end))
    return paragraphs


# a numbered paragraph's first line, taken for an item's title, is a sentence when it runs this long
_SENTENCE_TITLE_WORDS = 8


def _title_runs_on_as_sentence(text: str, lines: list[Line], h: _Heading) -> bool:
    """ "20. The Board AGREED to adopt the VAWG Strategy 2021-2024, subject to the" over "amendments at
    paragraph 19.": minutes numbered by paragraph give each paragraph's first line as the title; the
    sentence goes on in lower case on the next line, so the item's text starts with the title's."""
    i = h.title_line_index
    title = text[h.title_start:h.title_end]
    if i + 1 >= len(lines) or lines[i + 1].blank or len(title.split()) < _SENTENCE_TITLE_WORDS \
            or title.rstrip()[-1:] in ".:;!?)" or title.isupper():
        return False
    # ("… should report to the" over "Strategic Board at each meeting.": a title ends on no such word)
    return text[lines[i + 1].cs:lines[i + 1].cs + 1].islower() or _RUN_ON_WORD.search(title) is not None


_RUN_ON_WORD = re.compile(r"\b(?:the|a|an|to|of|for|and|or|that|with|by|at|in|on|from)[ \t]*$")


def _line_index_after(lines: list[Line], pos: int) -> int:
    """The index of the line after the one holding ``pos``."""
    starts = [ln.start for ln in lines]
    return bisect_right(starts, pos)


def _item_segment(text: str, lines: list[Line], h: _Heading, nxt: _Heading | None,
                  end_line: int | None = None) -> ItemSegment:
    last_line = nxt.line_index if nxt else (len(lines) if end_line is None else end_line)
    end = lines[last_line - 1].end if last_line > 0 else len(text)
    while end > h.num_start and text[end - 1].isspace():
        end -= 1
    code = h.code
    skip: set[int] = set()
    if h.run_in is None and not h.title_in_body and not h.wrapped and _title_runs_on_as_sentence(text, lines, h):
        h = replace(h, run_in=h.title_start)
    body_first = h.title_line_index if h.title_in_body or h.run_in is not None else h.title_line_index + 1
    if h.wrapped:
        body_first += 1          # the title's second line
        # (a blank line may stand between the title's lines: the body starts after the second)
        body_first = max(body_first, _line_index_after(lines, h.title_end))
    # agenda code on its own line right after the heading: "*(Item A1)*"
    j = _next_nonblank(lines, h.title_line_index, 3)
    if j is not None and j < last_line:
        cm = _ITEM_CODE_LINE.fullmatch(text, lines[j].start, lines[j].end)
        if cm:
            code = code or cm["code"].replace(" ", "")
            skip.add(j)
    body_start = lines[body_first].start if body_first < len(lines) and body_first < last_line else end
    body_start = min(h.run_in if h.run_in is not None else body_start, end)
    title = h.title_text or _SPACES.sub(" ", text[h.title_start:h.title_end]).strip("*_ ")
    paragraphs = build_paragraphs(text, _right_cells_only(text, lines, h), body_first, last_line, skip)
    if h.run_in is not None:
        paragraphs = _without_run_in_title(paragraphs, h.run_in)
    if len(h.number or "") == 1 and h.number.isupper():
        paragraphs = _with_item_point_numbers(text, h.number, paragraphs)
    start = min(h.num_start, h.title_start)
    return ItemSegment(number=h.number, code=code, title=title, title_span=Span(h.title_start, h.title_end),
                       span=Span(start, max(end, start)), body_span=Span(body_start, max(end, body_start)),
                       paragraphs=paragraphs)
