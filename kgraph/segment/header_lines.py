"""The header's patterns ("MINUTES of a meeting of X held at …", venue, time and field labels) and the
readers of one header line: what a line names (the body, its sub-group or board, a council, a kind
of meeting, the document), the venue and start time after a label, and the line readers that
:func:`~kgraph.segment.header.read_header` and its helpers share.
"""
from __future__ import annotations

import datetime as dt
import re

from ..dates import find_dates, find_time
from ..model import Header, Span
from .lines import Line, title_case_if_shouting
from .common import (_alternation, _BILINGUAL_SLASH, _compiled, english_half, _gap_pieces, _SPACES,
                     _strip_span, terms, _VIRTUAL_VENUE)
from .labels import _ATT_LABEL, is_office_holder_body, _top_level_splits
from .affiliation import _letters_from_initials, _NOT_WORD, _PAREN


# "Minutes" (Scottish minutes: "Minute") "of a meeting of the X held in VENUE on DATE"
# (the Scottish "MINUTE OF MEETING of the X held …" has no article before "meeting")
_MINUTES_OF = re.compile(
    r"\b(?:minutes?|notes|record)\s+of\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?"
    r"(?P<body>[^\n.]{3,150}?(?:\n\n?[^\n.]{1,150}?)?)\s+(?=held\b)", re.IGNORECASE)
# the council a body named in that sentence belongs to: "… PANEL of LAKESIDE COUNCIL"
_COUNCIL_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?P<council>[A-Z][^\n.,]{2,80})$", re.IGNORECASE)
# "the X Committee, sitting as the Crime and Disorder Committee": the body named, then the role it sits in
_SITTING_AS_TAIL = re.compile(r"[ \t]*,?\s+(?i:sitting\s+as)\s+\S")
_MINUTES_OF_BODY_MEETING = re.compile(
    r"\b(?:[Mm]inutes?|[Nn]otes)\s+of\s+(?:the\s+)?(?P<body>[A-Z][^\n.]{3,150}?)\s+meeting\s+(?=held\b)")
# a title line: "Minutes of the Lakeside Policing and Community Safety Partnership (PCSP) meeting"
_MINUTES_OF_BODY_MEETING_LINE = re.compile(
    r"^[ \t*_#]*(?:[Mm]inutes?|[Nn]otes)\s+of\s+(?:the\s+)?(?P<body>[A-Z][^\n.]{3,150}?)\s+meeting[ \t*_]*$", re.MULTILINE)


def _minutes_of_body_meeting_title(pre: str) -> re.Match | None:
    """The title line naming the body before "meeting", when what it names is a body (not "the
    Previous Meeting")."""
    for m in _MINUTES_OF_BODY_MEETING_LINE.finditer(pre):
        if _is_body_phrase(m["body"]):
            return m
    return None


# "Notes of the Police Liaison Meeting held in …" under a council's banner: the record names a meeting
# series of the council by its title-cased purpose, the word "Meeting" after it, no body word in it
_NAMED_MEETING_SERIES = re.compile(r"\b(?:[Mm]inutes?|[Nn]otes|[Rr]ecord)\s+of\s+the\s+"
                                   r"(?P<series>(?:[A-Z][a-z'’-]+[ \t]+){1,3}Meeting)\s+(?=held\b)")


def named_meeting_series(pre: str) -> str | None:
    """ "Police Liaison Meeting" from "Notes of the Police Liaison Meeting held …": a meeting the council
    holds for a purpose, none of its words a body word ("Planning Committee Meeting" is the committee's),
    an occasion ("Annual Parish Meeting") or a manner of sitting ("Monthly Meeting")."""
    m = _NAMED_MEETING_SERIES.search(pre)
    if m is None:
        return None
    words = m["series"].lower().split()[:-1]
    generic = set(terms()["body_words"]) | set(terms()["meeting_occasion_words"]) | set(terms()["meeting_manner_words"])
    if any(w in generic for w in words):
        return None
    return _SPACES.sub(" ", m["series"])


# (a shouted title line, "MINUTES OF THE SAFER TOWN COMMITTEE" over "held in …", too)
_MINUTES_OF_NAMED = re.compile(r"\b(?:[Mm]inutes?|MINUTES?|[Nn]otes|NOTES)\s+(?:of|OF)\s+(?:(?:the|THE)\s+)?"
                               r"(?P<named>[A-Z][^\n.]{3,150}?),?\s+(?=held\b)")
# the printed minutes' opening sentence: "A MEETING of the SCRUTINY PANEL was held in the COUNCIL CHAMBER … on …"
_MEETING_WAS_HELD = re.compile(r"\bmeeting\s+of\s+(?:the\s+)?[A-Z][^\n.]{3,150}?\s+was\s+(?=held\b)", re.IGNORECASE)
# no body named: "Minute of Meeting held in the Council Chamber … on …"
_MINUTES_OF_MEETING = re.compile(
    r"\b(?:minutes?|notes|record)\s+of\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?meeting\s+(?=held\b)", re.IGNORECASE)
# "held in VENUE on", "held at VENUE on", "held remotely via Microsoft Teams on", "held via Microsoft
# Teams, 3 March 2020" (a comma and the date instead of "on"), or "held" and the date; the venue may wrap
# onto the next line
_HELD = re.compile(r"\bheld\s+(?:(?P<manner>remotely|virtually|online|jointly)\s+)?"
                   r"(?:(?:in|at|via|by|within)\s+(?:the\s+)?(?P<venue>[^\n]{3,200}?(?:\n\n?[^\n]{1,200}?)?)"
                   r"(?:\s*,?\s+on\s+|\s*,[ \t]*(?=(?:[A-Z][a-z]+day,?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+,?[ \t]+\d{4}))"
                   r"|on\s+"
                   # "Minutes of meeting held Tuesday 9th Nov 21, 10:00": the date straight after "held"
                   r"|(?=(?:[A-Z][a-z]+day,?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+))", re.IGNORECASE)
# a header sentence broken after its date: "… HELD ON THURSDAY 14 OCTOBER 2010 AT" (time on the next line)
_DANGLING_AT = re.compile(r"[ \t,]*(?:at|commencing(?:[ \t]+at)?|starting(?:[ \t]+at)?|from)[ \t]*", re.IGNORECASE)
# "… on Tuesday, 19 July 2016" / "at 10.00 am.": a sentence wrapped at the date, the time opening the next line
_LINE_OPENS_WITH_AT = re.compile(r"[ \t]*(?:at|commencing|starting)[ \t]+\d", re.IGNORECASE)
# "held at 10.30 am at County Hall": the time straight after "held at", the place after it
_HELD_AT_TIME = re.compile(r"\bheld[ \t]+at[ \t]+(?=\d)", re.IGNORECASE)
# after the date/time on a header line: an end time ("– 4.00pm"), then "in/at/via VENUE" or ", VENUE"
_END_TIME_LEAD = re.compile(r"[ \t]*(?:[-–—]|to|until|till)[ \t]*", re.IGNORECASE)
_VENUE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:in|at|via|on)[ \t]+)?|[ \t]+(?:in|at|via)[ \t]+)(?:the[ \t]+)?"
                          r"(?P<venue>[^\n]{3,200}?)[ \t]*(?:\.[ \t]|\.?[ \t]*$)", re.IGNORECASE)
_VENUE_CELL_AFTER = re.compile(r"[ \t]*\|[ \t]*(?P<venue>[^|\n]{3,200}?)[ \t]*(?:\||$)")
_VENUE_AFTER_SPACE = re.compile(r"[ \t]+(?P<venue>[A-Z][^\n]{3,200}?)[ \t]*\.?[ \t]*$")
# (CMIS pages part the body from the date with a comma: "Meeting of BODY, Thursday, 15th March, 2012 2.00 pm")
_HEADER_LINE = re.compile(r"(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>[^\n]{3,150}?)"
                          r"(?:\s+[-–—]\s+|,\s*(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))"
                          r"(?P<rest>[^\n]*\d{4}[^\n]*)", re.IGNORECASE)
# the panel's sub-committee named between the body and the date: "… - Complaints Sub-Committee - Thursday, …"
_DASHED_SUB_BODY = re.compile(r"(?P<sub>[A-Z][^\d\n]{2,80}?)[ \t]+[-–—][ \t]+(?=\S)")


def _sub_body_before_date(rest: str) -> int | None:
    """The end (in ``rest``) of a group of the body named before the date on a ModernGov title line,
    "Complaints Sub-Committee - Thursday, 7th March, 2024": words ending in a body word, no digit. An
    occasion ("Extraordinary Meeting") or the record's name ("Minutes") is not a group."""
    m = _DASHED_SUB_BODY.match(rest)
    if m is None:
        return None
    words = m["sub"].lower().split()
    head = words[-1].rsplit("-", 1)[-1]
    if head not in terms()["body_words"] or head in ("meeting", "members") or _names_the_document(m["sub"]):
        return None
    return m.end("sub")


# "Meeting          HEALTH AND WELLBEING BOARD" (a details table copied as text, the label's cell apart
# by a wide gap or a tab): the label names no body, its value does ("Meeting: …" is read elsewhere)
_MEETING_FIELD_LABEL = re.compile(r"(?:meeting|committee|name[ \t]+of[ \t]+(?:meeting|committee))"
                                  r"(?:[ \t]*\t[ \t]*|[ \t]{3,})(?=\S)", re.IGNORECASE)
# "Venue          Council Chamber, …", "Date   Wednesday 6 March 2024": a field whose label a wide gap parts
# from its value (no colon, no tab)
_SPACED_FIELD = re.compile(r"[ \t]*(?P<label>venue|place|location|date|time|date[ \t]+and[ \t]+time)[ \t]{3,}"
                           r"(?P<value>\S[^\n]*?)[ \t]*", re.IGNORECASE)
# ("Held at: Town Hall, …" labels the venue with the verb of a "held at" sentence)
_VENUE_LABELS = frozenset({"venue", "place", "location", "where", "held at"})


# the same fields as the rows of a two-column details table: "| **Time** | 14:00 – 15:45 |"; a bilingual
# label gives the field's name in Welsh too, before or after a slash ("| **Amser / Time** | 09:30 |"),
# which the caller checks is Welsh
_TABLE_FIELD = re.compile(r"\|?[ \t]*[*_]{0,2}(?:(?P<half_before>[^|/*_\n]{1,40}?)[ \t]*/[ \t]*)?"
                          r"(?P<label>venue|place|location|where|date|time)"
                          r"(?:[ \t]*/[ \t]*(?P<half_after>[^|/*_\n]{1,40}?))?[*_]{0,2}[ \t]*:?[ \t]*\|"
                          r"[ \t]*(?P<value>[^|\n]*[^|\s])[ \t]*\|?[ \t]*$", re.IGNORECASE)
# the same rows copied as text, the two cells parted by a TAB: "Time<TAB>09:30 – 12:00"
_TAB_FIELD = re.compile(r"[ \t]*(?P<label>venue|place|location|where|date|time)[ \t]*:?\t[ \t]*(?P<value>[^\t\n]*[^\s])[ \t]*",
                        re.IGNORECASE)


_DRAFT = re.compile(r"\bdraft\b", re.IGNORECASE)
_VENUE_RESIDUE = re.compile(r"[.\s]*\bview\s+directions\b[.\s]*$", re.IGNORECASE)
_CONTACT_NAME = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*)(?:[ \t]+[A-Z][\w'’.-]*){0,4})")


# "…, AYLESBURY, COMMENCING AT 11.00 AM AND CONCLUDING AT 1.25 PM": the time clause after a venue
_TIME_CLAUSE = re.compile(r"[ \t]*,[ \t]*(?:(?:commencing|starting|beginning)[ \t]+)?(?:at[ \t]+)?|"
                          r"[ \t]*,?[ \t]*(?:commencing|starting|beginning)(?:[ \t]+at)?[ \t]+", re.IGNORECASE)


def _before_time_clause(text: str, vs: int, ve: int) -> int:
    """The end of a venue that a time clause closes ("…, Aylesbury, commencing at 11.00 am"), else ``ve``."""
    found = find_time(text[vs:ve])
    if found is None:
        return ve
    for m in _TIME_CLAUSE.finditer(text, vs, vs + found[1].start):
        if m.end() == vs + found[1].start and m.start() > vs:
            return _strip_span(text, vs, m.start())[1]
    return ve


def commencing_time(text: str, pos: int):
    """The start time of a time clause at ``pos`` (", commencing at 11.00 am"), if there is one."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    m = _TIME_CLAUSE.match(text, pos, line_end)
    found = find_time(text[m.end():line_end]) if m else None
    return found[0] if found and found[1].start == 0 else None


def _after_closing_bold(text: str, pos: int) -> int:
    """Past the Markdown bold that closes a date or time ("held on **Thursday 7 March 2024 at 2.00 pm** in
    the Council Chamber"): the venue follows it."""
    return pos + 2 if text.startswith(("**", "__"), pos) else pos


def venue_after(text: str, pos: int) -> Span | None:
    """The venue written after a header date or time, up to the end of its line, if any."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    pos = _after_closing_bold(text, pos)
    em = _END_TIME_LEAD.match(text, pos, line_end)
    if em:
        found = find_time(text[em.end():line_end])
        if found and found[1].start == 0:
            pos = _after_closing_bold(text, em.end() + found[1].end)
    vm = _VENUE_AFTER.match(text, pos, line_end)
    cell = _VENUE_CELL_AFTER.match(text, pos, line_end) if vm is None else None
    if cell is not None:
        # "… | 09:30–11:30 | Committee Room 2, City Hall": the next cell of a details line, when it names
        # a place (a cell "Chair: …" or "Draft" is another field)
        vs, ve = _strip_span(text, cell.start("venue"), cell.end("venue"))
        content = text[vs:ve]
        return Span(vs, ve) if _looks_like_venue_line(content) or _VIRTUAL_VENUE.fullmatch(content) else None
    if not vm:
        # "…, 10:00–12:00 Committee Room 3, Civic Centre": a PDF's header lines run together, the
        # place after the time with only a space; it is taken when it names a venue ("Room", "Hall")
        vm = _VENUE_AFTER_SPACE.match(text, pos, line_end)
        if not vm or not _looks_like_venue_line(vm["venue"]):
            return None
    vs, ve = _strip_span(text, vm.start("venue"), vm.end("venue"))
    ve = _before_time_clause(text, vs, ve)
    venue = text[vs:ve]
    # "…, 2.00pm" or a second date is not a place; nor is a sentence
    if ve <= vs or find_time(venue) or find_dates(venue) or len(venue.split()) > 15:
        return None
    return Span(vs, ve)


_BREADCRUMB = re.compile(r"\S[ \t]*(?:>|»|›)[ \t]*\S")


def _is_body_phrase(phrase: str) -> bool:
    if not terms()["body_words"]:
        return False
    if _BREADCRUMB.search(phrase):     # "Council > Committee meetings": a web page's trail, not a name
        return False
    # one alternation of every body word: it matches exactly where one of the words would
    body_words = _compiled("body-words", lambda: re.compile(
        rf"\b(?:{'|'.join(re.escape(w) for w in terms()['body_words'])})\b"))
    return body_words.search(phrase.lower()) is not None


# "SAFER LAKES PARTNERSHIP (SLP) - DELIVERY GROUP": a body, its acronym, then one of its groups
_ACRONYM_DASH_GROUP = re.compile(r"\s*\(\s*[A-Z][A-Za-z&]{1,9}\s*\)[ \t]*[-–—:][ \t]*"
                                 r"(?P<group>[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,2})\s*$")


def acronym_dash_group(text: str, s: int, e: int) -> tuple[int, int] | None:
    """ "Safer Lakes Partnership (SLP) - Delivery Group" → (end of "Safer Lakes Partnership", start of
    "Delivery Group"): the words after the acronym and dash name a group of the body (they end in a body word),
    so the meeting is "Safer Lakes Partnership Delivery Group"; the acronym is an alias."""
    m = _ACRONYM_DASH_GROUP.search(text, s, e)
    if m is None or m.start() <= s or m["group"].lower().split()[-1] not in terms()["body_words"]:
        return None
    return m.start(), m.start("group")


# ("Safer Communities Sub-Group (Safer Lakes)": the group's own short name in brackets after it is an alias)
# ("ROADS AND TRANSPORT STRATEGIC PANEL": a group's name in capitals joins its words with "AND")
_GROUP_OF_BODY = re.compile(r"(?P<group>[A-Z][\w'’-]*(?:[ \t]+(?:(?:(?i:and)|&)[ \t]+)?[A-Z][\w'’-]*){0,3})"
                            r"(?:[ \t]+\([A-Z][\w'’ \t-]{1,40}\))?(?:[ \t]+[-–—:][ \t]+(?P<doc>[^\n]+))?")


def _sub_group_heading(text: str, lines: list[Line], body_end: int, last_line: int) -> str | None:
    """ "# Lakes Partnership" over "## Executive Group – Minutes", "LAKES COMMUNITY SAFETY PARTNERSHIP" over
    "REDUCING REOFFENDING BOARD": the line right under the body's names one of its groups by a word or
    two and a body word ("Executive Group", "Delivery Board"), so the meeting is that group's ("Lakes
    Partnership Executive Group"); "– Minutes" after it names the record. A plain line must be set like
    the body's own (both in capitals, or both not), a title printed over two lines."""
    ln = _line_below(text, lines, body_end, last_line, across_blank=True)
    if ln is None:
        return None
    content = ln.content(text)
    if not ln.heading and not _set_like_the_body_line(text, lines, body_end, content) \
            and not _group_line_right_under_shouted_partnership(text, lines, body_end, ln):
        return None
    m = _GROUP_OF_BODY.fullmatch(content)
    if m is None or (m["doc"] and not _names_the_document(m["doc"]) and not _names_a_kind_of_meeting(m["doc"])):
        return None
    if not ln.heading and _names_the_bodys_own_board(m["group"], text[:body_end].rsplit("\n", 1)[-1]):
        return None
    return m["group"] if _names_a_group(m["group"]) else None


# the most words of "TASKING MEETING", "Quarterly Review Meeting" after a group's name
_MOST_MEETING_KIND_WORDS = 4


def _names_a_kind_of_meeting(phrase: str) -> bool:
    """ "TASKING MEETING", "Quarterly Review Meeting": after a group's name and a dash, a few words ending
    in "meeting" say what kind of meeting the group held (as "– Minutes" names the record), no body."""
    words = _NOT_WORD.sub(" ", phrase.lower()).split()
    return 2 <= len(words) <= _MOST_MEETING_KIND_WORDS and words[-1] == "meeting" \
        and not any(w in terms()["body_words"] for w in words[:-1])


def _names_the_bodys_own_board(group: str, body: str) -> bool:
    """ "STRATEGIC BOARD", "CDP BOARD" under "NOTTINGHAM CRIME AND DRUGS PARTNERSHIP": the partnership's
    own board, named by a word of rank or by the partnership's initials, is the partnership meeting."""
    first = group.split()[0]
    return first.lower() in terms()["own_board_words"] or (
        first.isupper() and len(first) >= 2 and _letters_from_initials(first, body.split()[1:]))


# "Safer Communities Theme Group": a group's name runs to four words with its body word
_MOST_GROUP_WORDS = 4


def _names_a_group(group: str) -> bool:
    """ "Executive Group", "Reducing Reoffending Board": two to four words ending in a body word.
    ("Partnership Board" names no group of the partnership; "Executive", a body word as the name of a
    council's cabinet, is the usual first word of a partnership's group; "Annual General Meeting" is
    an occasion, not a group.)"""
    words = [w for w in group.lower().split() if w not in ("and", "&")]
    # ("Learning and Development Sub-group": a hyphened head word ends in a body word)
    return 2 <= len(words) <= _MOST_GROUP_WORDS and (words[-1] in terms()["body_words"]
                                     or words[-1].rsplit("-", 1)[-1] in terms()["body_words"]) \
        and words[-1] not in ("meeting", "members") \
        and (words[0] not in terms()["body_words"] or words[0] == "executive")


def _set_like_the_body_line(text: str, lines: list[Line], body_end: int, content: str) -> bool:
    """Whether a plain line under the body's is set as the body's own line: both in capitals or both
    in mixed case, neither a Markdown heading (a plain line under a heading is the document's text)."""
    for ln in lines:
        if ln.start <= body_end <= ln.end:
            body = ln.content(text)
            return not ln.heading and body.isupper() == content.isupper()
    return False


def _group_line_right_under_shouted_partnership(text: str, lines: list[Line], body_end: int, below: Line) -> bool:
    """ "LAKES SAFEGUARDING CHILDREN PARTNERSHIP" typed right over "Practice Review Group" (no blank line
    between): a partnership's title in capitals with the name of one of its groups in mixed case as the
    title's second line. Only a partnership's line counts (a council's line over a mixed-case line is
    a banner over a body of its own)."""
    for k, ln in enumerate(lines):
        if ln.start <= body_end <= ln.end:
            body = ln.content(text)
            return (not ln.heading and body.isupper() and not below.content(text).isupper()
                    and k + 1 < len(lines) and lines[k + 1] is below
                    and body.split()[-1].lower() == "partnership")
    return False


def _named_by_rank_alone(body: str) -> bool:
    """ "Strategic Partnership Board", "Strategic Board": a rank word then body words only, a name that
    says which board of its host it is but not whose."""
    words = body.lower().split()
    return len(words) >= 2 and words[0] in terms()["own_board_words"] \
        and all(w in terms()["body_words"] for w in words[1:])


def _host_over_own_board(text: str, lines: list[Line], header: Header, last_line: int) -> str | None:
    """The office holder or council named alone on the line above a board named by rank alone
    ("Lakeshire Police and Crime Commissioner" over "STRATEGIC PARTNERSHIP BOARD"), or None."""
    if header.body_span is None or not _named_by_rank_alone(header.body):
        return None
    k = next((k for k, ln in enumerate(lines[:last_line]) if ln.start <= header.body_span.start <= ln.end), None)
    if k is None:
        return None
    k -= 1
    while k >= 0 and lines[k].blank:
        k -= 1
    if k < 0:
        return None
    pieces = _gap_pieces(text, lines[k].cs, lines[k].ce)
    if len(pieces) != 1:
        return None
    name = title_case_if_shouting(_SPACES.sub(" ", text[pieces[0][0]:pieces[0][1]]).strip(" \t*_#"))
    if len(name.split()) > 8 or not (is_office_holder_body(name) or _is_council(name)):
        return None
    return name


def _council_line_above(text: str, lines: list[Line], pos: int, last_line: int) -> str | None:
    """The council named alone on the non-blank line above the one holding ``pos`` ("London Borough
    of Lakeside" over "Prevent Partnership Board"), or None."""
    k = next((k for k, ln in enumerate(lines[:last_line]) if ln.start <= pos <= ln.end), None)
    if k is None:
        return None
    for _ in range(_MOST_BANNER_LINES_ABOVE):
        k -= 1
        while k >= 0 and lines[k].blank:
            k -= 1
        # ("Nottshire County Council          minutes": a banner's council, the record's word far to the right)
        pieces = _gap_pieces(text, lines[k].cs, lines[k].ce) if k >= 0 else []
        if not pieces or len(text[pieces[0][0]:pieces[0][1]].split()) > 8:
            return None
        name = title_case_if_shouting(_SPACES.sub(" ", text[pieces[0][0]:pieces[0][1]]).strip())
        if _place_of_council(name):
            return name
        if not _is_body_phrase(name):
            return None
        # "London Borough of Lakeside" over "Safer Lakeside Partnership" over "Prevent Partnership Board":
        # the council heads the banner, its partnership's name between
    return None


# the banner's lines looked at above a body's heading: the council's, and a partnership's between
_MOST_BANNER_LINES_ABOVE = 2


def _place_of_council(name: str) -> str | None:
    """ "London Borough of Lakeside" → "Lakeside", "Lakeside City Council" → "Lakeside": the place a
    council's name gives, or None when the name is not a council's."""
    low = name.lower()
    for opener in terms()["council_of_place_openers"]:
        if low.startswith(opener + " ") and not _is_body_phrase(low[len(opener):]):
            return name[len(opener):].strip()
    if not _is_council(name):
        return None
    for words in sorted(terms()["council_words"], key=len, reverse=True):
        if low.endswith(" " + words):
            place = name[:len(name) - len(words)].strip()
            return place if place and not _is_body_phrase(place) else None
    return None


def _place_board_of_council(body: str, council: str) -> str:
    """ "LAKESHIRE COUNTY COUNCIL" over "MINUTES of a meeting of the HEALTH AND WELLBEING BOARD held
    …": a statutory board named by its theme alone, whose minutes the council prints, is the council's
    place's board ("Lakeshire Health and Wellbeing Board"), however the sentence or heading named it."""
    place = _place_of_council(council)
    if not place or place.lower() in body.lower() or not _named_by_theme_alone(body):
        return body
    return f"{place} {body}"


def _named_by_theme_alone(body: str) -> bool:
    """ "Prevent Partnership Board", "Domestic Abuse Partnership": a partnership's board named by its
    theme and body words alone, no place in it; a council's own committee is not one of these."""
    from ..entities.topics import find_topics
    words = body.split()
    heads = [k for k, w in enumerate(words) if w.lower() in terms()["body_words"]]
    if not heads or heads[0] == 0 or any(w.lower() in terms()["council_own_body_words"] for w in words):
        return False
    theme = " ".join(words[:heads[0]])
    # ("Anti-Social Behaviour Case Review (Community Trigger) Panel": the bracket glosses the theme)
    if theme.lower() in terms()["place_board_themes"] \
            or _SPACES.sub(" ", _PAREN.sub(" ", theme)).strip().lower() in terms()["place_board_themes"]:
        return True
    # (a programme's name is matched in capitals, "PREVENT": a title capitalises every word anyway)
    return any(h.start == 0 and h.end == len(theme)
               for form in (theme, theme.upper()) for h in find_topics(form, 0, len(form)))


def _names_the_document(phrase: str) -> bool:
    """"Notes of meeting", "Minutes": a title of the record itself rather than of a body; so is
    "NOTES OF THE PARTNERSHIP BOARD", whose body is named by body words alone (the name is above it)."""
    low = _SPACES.sub(" ", phrase.strip(" \t*_#:-–—").lower())
    if low in terms()["minutes_titles"]:
        return True
    m = _RECORD_OF_GENERIC.match(low)
    return m is not None and all(w in terms()["body_words"] for w in low[m.end():].split())


# "2023-09-14 LCJB Board meeting notes": a wiki page's title, the meeting's date first
_DATE_FIRST = re.compile(r"[ \t]*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})[ \t:–—-]+")


def _dated_page_title(phrase: str) -> bool:
    """ "2023-09-14 LCJB Board meeting notes": a page title that dates the meeting and ends by naming the
    record is the page's name, the body written short; a line naming the body in full is read first."""
    m = _DATE_FIRST.match(phrase)
    if m is None:
        return False
    low = _SPACES.sub(" ", phrase[m.end():].strip(" \t*_#:-–—").lower())
    return any(low.endswith(" " + t) for t in terms()["minutes_titles"] if " " in t or t in ("minutes", "notes"))


def _speaks_of_the_meeting(phrase: str) -> bool:
    """A heading about the meeting itself (its occasion, or "this meeting"), not a body's name."""
    return _names_a_meeting_occasion(phrase) or _names_only_a_meeting(phrase)


def _names_a_meeting_occasion(phrase: str) -> bool:
    """ "ANNUAL GENERAL MEETING AND PARTNERSHIP BOARD": the occasion ("annual", "general") and body words
    only, so the heading says which meeting was held, and the body's name is on another line."""
    words = _NOT_WORD.sub(" ", phrase.lower()).split()
    occasion = set(terms()["meeting_occasion_words"])
    allowed = occasion | set(terms()["body_words"]) | {"and", "&", "of", "the", "meeting", "meetings"}
    return any(w in occasion for w in words) and all(w in allowed for w in words)


def _names_only_a_meeting(phrase: str) -> bool:
    """ "KEY DECISIONS OF THIS MEETING": a capitals heading whose only body word is "meeting" (or
    "members") speaks of the meeting, and names no body (no "board", "partnership", "committee" …)."""
    heads = _compiled("body-heads", lambda: re.compile(r"\b(?:" + "|".join(
        re.escape(w) for w in terms()["body_words"] if w not in ("meeting", "members")) + r")\b"))
    return heads.search(phrase.lower()) is None


_RECORD_OF_GENERIC = re.compile(r"(?:minutes?|notes?|record)\s+of\s+(?:the\s+|a\s+)?(?=\w)")


_TRAILING_ACRONYM = re.compile(r"\s*\(\s*[A-Z][A-Za-z&]{1,9}\s*\)\s*$")


# "… Partnership (SSCP) Board": after the body's acronym, the words name its meeting, not another body
_ACRONYM_THEN_MEETING = re.compile(r"\s*\(\s*[A-Z][A-Za-z&]{1,9}\s*\)[ \t]+"
                                   r"(?i:board(?:[ \t]+meeting)?|meeting|executive(?:[ \t]+(?:board|group))?)\s*$")


def _qualifier_in_brackets(bracket: str, before: str) -> bool:
    """ "SCRUTINY COMMITTEE (EXTERNAL)", "Overview Committee (Adults)": a bracketed word that is part of
    the name — too long for an acronym that the words before it do not spell."""
    word = bracket.strip(" \t\n()")
    return len(word) >= 5 and not _letters_from_initials(word, before.split())


def _remit_in_brackets(bracket: str, before: str) -> bool:
    """ "Lakes CONTEST Board (Prevent)": one bracketed word naming a theme of the topic scheme after a
    name that already names a body by a place or proper word is the board's remit, not part of its
    name ("Overview Committee (Adults)" keeps its bracket: no theme; a generic "Scrutiny Committee
    (Crime and Disorder)" keeps its own: more than one word, and the bracket is all that tells it apart)."""
    from ..entities.gazetteer import topics
    word = bracket.strip(" \t\n()")
    words = before.split()
    return (" " not in word and len(words) >= 2 and words[-1].lower() in terms()["body_words"]
            and topics().lookup(word) is not None)


def _without_trailing_acronym(text: str, s: int, e: int) -> tuple[int, int]:
    """The body heading without its "(JAG)": the acronym is an alias, not part of the name; nor is
    the meeting named after it when the words before the bracket already name a body
    ("Safer Lakes Partnership (SLP) Board" is a meeting of the Safer Lakes Partnership)."""
    from ..entities.organisations import ends_with_head
    m = _TRAILING_ACRONYM.search(text, s, e)
    if m and m.start() > s and (not _qualifier_in_brackets(text[m.start():m.end()], text[s:m.start()])
                                or _remit_in_brackets(text[m.start():m.end()], text[s:m.start()])):
        return s, m.start()
    m = _ACRONYM_THEN_MEETING.search(text, s, e)
    if m and m.start() > s and ends_with_head(text[s:m.start()].split()):
        return s, m.start()
    return s, e


_SPACED_DASH_CUT = re.compile(r"[ \t]+[-–—][ \t]+")


def english_pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A bilingual header line cut at its spaced dashes, each piece reduced to its English half:
    "Siambr, Neuadd y Sir / Chamber, County Hall – 10.00 y.b. / 10.00 a.m." → the place, the time.
    A dash inside brackets cuts nothing ("Council Chamber (hybrid – Microsoft Teams)")."""
    return [english_half(text, a, b) for a, b in _top_level_splits(text, s, e, _SPACED_DASH_CUT)]


def _is_council(phrase: str) -> bool:
    """ "Lakes City Council", "LAKESHIRE COMBINED AUTHORITY": a council, or the combined authority of
    several councils (it hosts panels and committees as a council does), not one of its bodies; "Combined
    Authority" alone (the second line of a name wrapped over two) names none."""
    low = phrase.lower()
    return bool(re.search(r"\bcouncil\b|\w[ \t]+combined authority\b", low)) and not re.search(
        r"\b(partnership|committee|board|panel|forum|group|cabinet|commission)\b", low)


# "Joint Meeting of the Lakeby Safety Partnership and the Lakeby Health and Wellbeing Board": a heading
# naming the two bodies meeting together
_JOINT_MEETING_OF = re.compile(r"[ \t#*_]*(?:minutes[ \t]+of[ \t]+(?:the|a)[ \t]+)?joint[ \t]+meeting[ \t]+of[ \t]+(?:the[ \t]+)?"
                               r"(?P<first>[A-Z][^\n]{3,120}?)[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?(?P<second>[A-Z][^\n]{3,120}?)[ \t*_]*$",
                               re.IGNORECASE)


def _joint_meeting_heading(text: str, lines: list[Line]) -> tuple[int, int] | None:
    """The first body a joint meeting's heading names: the minutes are recorded as that body's (the
    first named usually hosts and clerks the meeting)."""
    for ln in lines[:20]:
        if ln.blank or text.find("oint", ln.cs, ln.ce) < 0 and text.find("OINT", ln.cs, ln.ce) < 0:
            continue
        m = _JOINT_MEETING_OF.match(text, ln.cs, ln.ce)
        if m and _is_body_phrase(m["first"]) and _is_body_phrase(m["second"]):
            return _strip_span(text, m.start("first"), m.end("first"))
    return None


def _occasion_before_body_re() -> re.Pattern:
    """ "Extraordinary meeting, ", "Special Meeting, ": the occasion a web page's title line puts before
    the body's name ("Extraordinary meeting, Lakes Partnership - Tuesday, 14th March, 2017 2.00 pm")."""
    return _compiled("occasion-before-body", lambda: re.compile(
        rf"(?i:(?:{_alternation(terms()['meeting_occasion_words'])})(?:[ \t]+general)?[ \t]+meeting)[ \t]*,[ \t]*"))


def _time_and_place_cells(text: str, after_date: int) -> tuple[dt.time, tuple[int, int] | None] | None:
    """The start time and place of a header line of cells parted by bars that opens with the date
    ("Mar 14, 2024 | 📅 Group (monthly) | 10:00 AM – 11:30 AM | Town Hall, Lakeby"): the first cell
    after the date that is only a time (or a span of times) gives the start, the cell after it the
    place when it reads as one; None when no such cell follows the date on its line."""
    line_end = text.find("\n", after_date)
    line_end = len(text) if line_end < 0 else line_end
    if not text[after_date:line_end].lstrip(" \t").startswith("|"):
        return None
    cells, pos = [], after_date
    for part in text[after_date:line_end].split("|"):
        a, b = _strip_span(text, pos, pos + len(part))
        cells.append((a, b))
        pos += len(part) + 1
    for k, (a, b) in enumerate(cells):
        found = _time_only_line(text[a:b]) if b > a else None
        if found is None:
            continue
        place = cells[k + 1] if k + 1 < len(cells) else None
        if place is not None and not _looks_like_venue_line(text[place[0]:place[1]]):
            place = None
        return found, place
    return None


def _line_below(text: str, lines: list[Line], pos: int, last_line: int, across_blank: bool = False) -> Line | None:
    """The line directly under the line holding ``pos`` (None when blank or past the header); with
    ``across_blank``, the first non-blank line under it."""
    for k, ln in enumerate(lines[:last_line]):
        if ln.start <= pos <= ln.end:
            k += 1
            while across_blank and k < last_line and lines[k].blank:
                k += 1
            if k < last_line and not lines[k].blank:
                return lines[k]
            return None
    return None


def _time_only_line(content: str):
    """The start time of a line that holds only a time or a time range ("3.00pm to 4.40pm"); on a
    bilingual line ("10.00yb / 10.00am") the English half after the slash."""
    halves = _BILINGUAL_SLASH.split(content)
    if len(halves) == 2 and find_time(halves[0]) is not None and find_time(halves[0])[1].start == 0:
        content = halves[1]
    found = find_time(content)
    if found is None or content[:found[1].start].strip():
        return None
    rest = content[found[1].end:]
    em = _END_TIME_LEAD.match(rest)
    if em:
        second = find_time(rest[em.end():])
        if second is not None and second[1].start == 0:
            rest = rest[em.end() + second[1].end:]
    return found[0] if not rest.strip(" \t.,") else None


# "Room 3.12", "Suite 2.05": a room numbered by floor and room, no time of day
_DOTTED_ROOM_NUMBER = re.compile(r"\b(?:room|suite|office|floor|level)[ \t]+\d{1,2}\.\d{1,3}\b", re.IGNORECASE)


def _looks_like_venue_line(content: str) -> bool:
    """An unlabelled line naming a place: short, no date or time, and a venue word ("Room", "Chamber")."""
    if not content or len(content.split()) > 16 or ":" in content or _ATT_LABEL.match(content) \
            or find_dates(content) or find_time(_DOTTED_ROOM_NUMBER.sub("", content)) or content.rstrip().endswith("."):
        return False
    venue_words = _compiled("venue-words", lambda: re.compile(
        rf"\b(?:{_alternation(terms()['venue_words'])})\b", re.IGNORECASE))
    return venue_words.search(content) is not None
