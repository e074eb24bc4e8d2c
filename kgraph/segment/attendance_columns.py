"""Attendance lists laid out in columns and tables: column spans and headers, body columns, initials
columns, two-column rows, cells one a line, group headings over the members ("Labour Group"),
ticked tables with a status column and the entry of a table row. The column and table readers that
:func:`~kgraph.segment.attendance.read_attendance` applies after finding a list's label.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import AttendanceEntry, Span
from .lines import Line
from .common import (_alternation, _AND_AFTER_BRACKET, _CELL_SEP, chair_role_re, _COLUMN_GAP, _compiled,
                     _ENTRY_AFTER_BRACKET, _gap_pieces, _header_name, _is_bracketed_person, job_re,
                     _opens_with_a_name, _SPACED_DASH_SPLIT, _SPACES, _strip_span, terms, _titles_re)
from .labels import (_label_match, _LIST_KIND, _names_a_body, split_slash_organisations, _title_inside_re,
                     _top_level_splits)
from .headings import _next_nonblank, _WORD
from .paragraphs import _BULLET
from .affiliation import (_affiliation_text, analyse_affiliation, _attach_affiliation, _body_dash_post,
                          _BRACKETED_INITIALS, _ends_like_a_body, initials_fit, _INITIALS_IN_BRACKETS,
                          _is_body_name, _is_department, _is_post, _is_role_phrase, _LIST_SUBHEADING,
                          looks_like_affiliation, _norm_words, _PAREN, parse_entry, _role_label, _SPACED_DASH,
                          _STRONG_NAME_SEP, _TABLE_HEADER_WORDS, _TRAILING_INITIALS)
from .attendance_entries import (_bare_name_line, _holds_a_person_in_brackets, _members_paragraph,
                                 _paragraph_entries, _SEMICOLON, _titled_people_a_comma_apart, _without_bullet)


def _starts_a_person(piece: str) -> bool:
    """The right-hand column of a two-column list starts another person: a title ("Inspector Ann
    Webb (Lakes Police)") or a name with its own bracket ("Ann Webb (Lakes Police)")."""
    if not piece[:1].isupper():
        return False
    if _titles_re().match(piece):
        return True
    name = piece.split("(", 1)[0].strip()
    return "(" in piece and piece.endswith(")") and 2 <= len(name.split()) <= 5 and not looks_like_affiliation(name)


def column_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """ "Cllr Ann Webb (Lakes BC)      Inspector Tom Hale (Lakes Police)": a printed two-column list,
    split where a wide gap follows a closing bracket and another person starts; any other line whole.
    ("Cllr Ann Webb – Lakes BC        Tom Hale – Lakes Police": each column "name – body", the gap
    parts two people whose bodies follow a spaced dash.)"""
    if ")" not in text[a:b] and not _SPACED_DASH.search(text, a, b) and not _titles_re().match(text, a, b):
        return [(a, b)]
    spans = []
    start = a
    for m in _COLUMN_GAP.finditer(text, a, b):
        left = text[start:m.start()].rstrip()
        right = text[m.end():min(b, m.end() + 200)].split("   ", 1)[0].strip()
        if (left.endswith(")") and "(" in left and _starts_a_person(right) or _name_dash_body_columns(left, right)
                or _titled_name_columns(left, right)) \
                and not _initials_then_body_column(left, right):
            spans.append((start, m.start()))
            start = m.end()
    spans.append((start, b))
    return spans


# a title, then a name of one to four capitalised words or initials ("Councillor J. Hawes-Ling")
_TITLED_NAME_WORDS = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*")


def _titled_name_columns(left: str, right: str) -> bool:
    """ "Councillor J. Hawes-Ling        Councillor D. Stead": a printed two-column list of titled
    names, nothing else in either column (no bracket, no body)."""
    for piece in (left, right):
        tm = _titles_re().match(piece)
        if tm is None or not _TITLED_NAME_WORDS.fullmatch(piece[tm.end():].strip()):
            return False
    return True


def _name_dash_body_columns(left: str, right: str) -> bool:
    """ "Jo Bloggs – Lakes Council" beside "Insp Tom Hale – Lakes Police": both columns a name (a title
    or two to five capitalised words, brackets aside) before a spaced dash and a body."""
    return all(_name_before_dash(piece) for piece in (left, right))


def _name_before_dash(piece: str) -> bool:
    parts = _SPACED_DASH_SPLIT.split(piece, 1)
    if len(parts) < 2 or not parts[1][:1].isupper():
        return False
    name = _PAREN.sub("", parts[0]).strip()
    if _titles_re().match(name):
        return True
    words = name.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and not looks_like_affiliation(name)


def _initials_then_body_column(left: str, right: str) -> bool:
    """ "Cllr Ann Webb     (AW)    Lakes MBC (Chair)": typed minutes set the name, its initials in
    brackets and the body in columns; after a name closed by its own initials the next column is its
    body (a second person in the row would carry initials of their own)."""
    ini = _TRAILING_INITIALS.search(left)
    return ini is not None and initials_fit(left[:ini.start()].strip(), ini["ini"]) \
        and not _INITIALS_IN_BRACKETS.search(right)


# how far (in characters) a piece of a row may start left of its column's label and still fall under it
_COLUMN_SLACK = 3


_CELL_ALIGN_SLACK = 2


def _under_the_second_cell(text: str, above: Line, ln: Line) -> bool:
    """ "Cllr A Brown        Cabinet Member for Health, Lakes" over "                    County Council": a
    line indented to where the second cell of the two-cell line above starts carries that cell on."""
    pieces = _gap_pieces(text, above.cs, above.ce)
    if len(pieces) != 2 or ln.cs - ln.start <= above.cs - above.start:
        return False
    return abs((pieces[1][0] - above.start) - (ln.cs - ln.start)) <= _CELL_ALIGN_SLACK


# "| A | | C |": a Markdown table row; its bars part the cells, an empty cell keeping its column
_BAR_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*$")
_BAR = re.compile(r"\|")
_RULE_ROW = re.compile(r"[ \t]*\|[ \t|:-]*-[ \t|:-]*$")


def _bar_row_cells(text: str, ln: Line) -> list[tuple[int, int]] | None:
    """The cells of a Markdown table row by position ("| Name | |" has an empty second cell), the
    outer bars dropped; None for a line that is no bar row."""
    if ln.blank or not _BAR_ROW.match(text, ln.cs, ln.ce):
        return None
    bars = [m.start() for m in _BAR.finditer(text, ln.cs, ln.ce)]
    return [_strip_span(text, x + 1, y, " \t") for x, y in zip(bars, bars[1:])]


def _bar_column_header(text: str, ln: Line) -> list[tuple[int, str]] | None:
    """ "| Attendees | Apologies |": a Markdown table whose every header cell is a list's label holds
    those lists side by side, one column each; (the column's number, list kind) for each column."""
    cells = _bar_row_cells(text, ln)
    if not cells or len(cells) < 2:
        return None
    kinds = [_LIST_KIND.get(_SPACES.sub(" ", text[a:b].strip(" \t:*_")).lower()) for a, b in cells]
    if not all(kinds) or any(_SPACES.sub(" ", text[a:b].strip(" *_")).lower().startswith("chair") for a, b in cells):
        return None
    return list(enumerate(kinds))


def _bar_column_entries(text: str, rows: list[Line], columns: list[tuple[int, str]]) -> list[AttendanceEntry]:
    """The entries of lists set side by side in a Markdown table, column by column: a row's cell is
    on the list its column's label names (the "|---|---|" rule row holds nobody)."""
    by_column: list[list[AttendanceEntry]] = [[] for _ in columns]
    for ln in rows:
        if _RULE_ROW.match(text, ln.cs, ln.ce):
            continue
        for k, (a, b) in enumerate((_bar_row_cells(text, ln) or [])[:len(columns)]):
            entry = parse_entry(text, a, b, columns[k][1], True) if b > a else None
            if entry:
                by_column[k].append(entry)
    return [entry for column in by_column for entry in column]


def _column_header(text: str, ln: Line) -> list[tuple[int, str]] | None:
    """ "Attendees            Apologies": list labels side by side, apart by a wide gap, head a list
    printed in columns; (offset of the label in its line, list kind) for each column."""
    if ln.blank or not _COLUMN_GAP.search(text, ln.cs, ln.ce):
        return None
    columns = []
    for a, b in _gap_pieces(text, ln.cs, ln.ce):
        label = _SPACES.sub(" ", text[a:b].strip(" \t:*_")).lower()
        if label not in _LIST_KIND or label.startswith("chair"):
            return None
        columns.append((a - ln.start, _LIST_KIND[label]))
    return columns if len(columns) >= 2 else None


def _body_column_heads(text: str, ln: Line) -> list[str] | None:
    """ "Lakes District Council<TAB>Fellside Borough Council": the header row of a members' table whose
    every cell (two or more) names a body; the body of each column."""
    if ln.blank or "\t" not in text[ln.cs:ln.ce] and not _COLUMN_GAP.search(text, ln.cs, ln.ce):
        return None
    heads = []
    for a, b in _cells(text, ln.cs, ln.ce) if "\t" in text[ln.cs:ln.ce] else _gap_pieces(text, ln.cs, ln.ce):
        cell = text[a:b].strip(" |*_")
        body = _group_body(cell) if _group_heading(cell) else None
        if body is None:
            return None
        heads.append(body)
    return heads if len(heads) >= 2 else None


def _body_column_entries(text: str, rows: list[Line], heads: list[str], kind: str) -> list[AttendanceEntry]:
    """The members of a table headed by bodies, column by column; a row's cells are set to the columns
    by position (a short row leaves the last columns empty), each member given the body heading it."""
    by_column: list[list[AttendanceEntry]] = [[] for _ in heads]
    for ln in rows:
        cells = _cells(text, ln.cs, ln.ce, keep_empty=True) if "\t" in text[ln.cs:ln.ce] else _gap_pieces(text, ln.cs, ln.ce)
        for k, (a, b) in enumerate(cells[:len(heads)]):
            entry = parse_entry(text, a, b, kind, True)
            if entry:
                if not entry.organisations:
                    entry.organisations = [heads[k]]
                by_column[k].append(entry)
    return [entry for column in by_column for entry in column]


def _column_list_entries(text: str, rows: list[Line], columns: list[tuple[int, str]]) -> list[AttendanceEntry]:
    """The entries of a list printed in columns, column by column, each of the kind its label gives."""
    by_column: list[list[AttendanceEntry]] = [[] for _ in columns]
    for ln in rows:
        for a, b in _gap_pieces(text, ln.cs, ln.ce):
            k = max((k for k, (offset, _) in enumerate(columns) if a - ln.start >= offset - _COLUMN_SLACK), default=0)
            entry = parse_entry(text, a, b, columns[k][1], True)
            if entry:
                by_column[k].append(entry)
    return [entry for column in by_column for entry in column]


# the first cell of a line in a label column: "ALSO<TAB>Name …" over "ATTENDING:<TAB>Name …"
_LABEL_CELL = re.compile(r"(?P<word>[A-Za-z][A-Za-z-]*)(?P<colon>[ \t]*:)?\t+(?=\S)")


def _label_over_two_lines(text: str, lines: list[Line], i: int, last: int) -> tuple[str, int, int] | None:
    """A label column whose label wraps ("ALSO" over "ATTENDING:", each followed by a tab and a name):
    (the list's kind, where the first line's name starts, where the second line's name starts)."""
    if i + 1 >= last or lines[i].blank or lines[i + 1].blank:
        return None
    top = _LABEL_CELL.match(text, lines[i].cs, lines[i].ce)
    below = _LABEL_CELL.match(text, lines[i + 1].cs, lines[i + 1].ce)
    if top is None or below is None or top["colon"] or not below["colon"]:
        return None
    label = f"{top['word']} {below['word']}".lower()
    kind = _LIST_KIND.get(label) or _TWO_LINE_LABELS.get(label)
    return (kind, top.end(), below.end()) if kind else None


_TWO_LINE_LABELS = {"also attending": "also_present", "in attendance": "in_attendance", "also present": "also_present"}


# the most words of a list's sub-heading ("Political Members:"); a longer label is no group's heading
_MOST_LIST_SUBHEADING_WORDS = 4


def _opens_another_list_section(lines: list[Line], j: int, content: str) -> bool:
    """ "Apologies:" over one name a line, a blank line, then "Papers circulated with the agenda:" over
    the papers one a line: a label of several words after a blank line (no group's short heading, which
    is read before this) opens the next part of the page, not another name of the list."""
    return j > 0 and lines[j - 1].blank and content.endswith(":") \
        and len(content.split()) > _MOST_LIST_SUBHEADING_WORDS


_DASH_BETWEEN = re.compile(r"[ \t]+[-–—][ \t]+")
# the legend under an attendance table's marks: "Key: ✓ present, A apologies, S substitute"
_MARKS_KEY_LINE = re.compile(r"[ \t*_]*(?:Key|KEY)[ \t*_]*[:–—-]")


def _after_dash(text: str, entry: AttendanceEntry) -> tuple[int, int] | None:
    """The span of what an entry's line says after the dash of "Left – Right", up to a bracket
    ("(Young Mayor's Advisor)"), or None when no dash parts the line."""
    if not entry.as_written:
        return None
    dash = _DASH_BETWEEN.match(text, entry.span.end)
    if dash is None or not text.startswith(entry.as_written, dash.end()):
        return None
    s = dash.end()
    return s, s + len(entry.as_written.split("(", 1)[0].rstrip())


def _names_someone(phrase: str) -> bool:
    """ "Yvette Cole", "Dr Bev Nash": the side of a dash that can be a person; a one-word place
    ("Fellside") or a body ("Lakeby Independent Advisory Group", "Victim Support") cannot."""
    return _is_bracketed_person(phrase)


def _names_after_places(text: str, block: list[AttendanceEntry]) -> None:
    """ "Fellside – Yvette Cole", "Lakeby South – Ann Moss": a list whose lines name the ward
    or the body first and the person after the dash. Two capitalised words on the left may be a
    name or a place, so the list decides: when some line's left side can be nobody's name and its
    right side is a person's, and every dashed line has a person on the right, they are written that
    way round."""
    dashed = [(entry, span) for entry in block if (span := _after_dash(text, entry)) is not None]
    # every dashed line must have a person on the right: "Mike – Orbit Housing" among "Tom – Kent
    # Police" lines is a first name and a body
    if not dashed or not all(_names_someone(text[s:e]) for _, (s, e) in dashed):
        return
    if not any(not _names_someone(entry.name) for entry, _ in dashed):
        return
    for entry, (s, e) in dashed:
        place = entry.name
        bracket = entry.as_written[e - s:].strip(" \t()") if entry.as_written else ""
        orgs, role = analyse_affiliation(bracket) if bracket else ([], None)
        if _is_body_name(place) or looks_like_affiliation(place):
            orgs = [place, *orgs]
        entry.as_written = _SPACES.sub(" ", text[entry.span.start:s + len(entry.as_written)])
        entry.name, entry.span = _SPACES.sub(" ", text[s:e]), Span(s, e)
        entry.organisations, entry.role = orgs, role


def _chair_line_entries(text: str, m: re.Match, ln: Line) -> list[AttendanceEntry]:
    """ "Chair - Councillor Ann Webb", "Vice-Chair: Cllr Tom Hale": the one person named after a chair's
    label, present, the label's office their role."""
    label = _SPACES.sub(" ", m["label"])
    shared = re.match(r"(?:joint|co)[ -]?chairs?$", label, re.IGNORECASE)
    # joint chairs: each person the line names ("Cllr A (…) and Cllr B (…)"), a Joint Chair
    named = _paragraph_entries(text, m.end(), ln.ce, "present")[:None if shared else 1]
    if label.lower().startswith("in the "):
        label = label[len("in the "):]
    role = "Joint Chair" if shared else "Chair" if label.lower().startswith("chair") else _role_label(label)
    for entry in named:
        entry.role = role
    return named


_FULL_STOP_THEN_SENTENCE = re.compile(r"\.[ \t\n]+(?=[A-Z])")
_WORD_BEFORE = re.compile(r"[\w'’]+$")


def _sentence_end(text: str, s: int, e: int) -> int:
    """Where the sentence starting at ``s`` ends (at its full stop), or ``e``: a stop after an
    initial ("Cllr M. Hale") or a title ("Dr. Webb") ends no sentence."""
    for m in _FULL_STOP_THEN_SENTENCE.finditer(text, s, e):
        word = _WORD_BEFORE.search(text, max(s, m.start() - 40), m.start())
        if word is None or len(word.group(0)) > 1 and word.group(0).lower() not in terms()["personal_titles"]:
            return m.start()
    return e


def _columns_going_on(text: str, spans: list[tuple[int, int]], columns_above: list[str] | None) -> list[str] | None:
    """The columns of the table above when a later list, printed without a header row of its own
    ("In attendance:" under the "Present:" table), has rows of as many cells; else None."""
    if not columns_above or not all(len(_row_cells_under(text, a, b, columns_above)) == len(columns_above)
                                    for a, b in spans):
        return None
    return columns_above


def _group_heading(content: str) -> bool:
    """ "Coventry City Council", "Co-opted Members", "Lakes MBC:": a short line naming the body or the group
    the members below (or after its colon) come from; it names nobody."""
    phrase = _label_phrase(content)
    words = phrase.split()
    if not words or len(words) > 6 or re.search(r"[(),;|\t]", phrase) or _titles_re().match(phrase + " ") \
            or _title_inside_re().search(phrase) or not phrase[:1].isupper():
        return False
    if words[-1].lower() in terms()["attendance_group_words"]:
        return True
    return _group_body(phrase) is not None


def _group_body(phrase: str) -> str | None:
    """The body a group heading names ("Solihull MBC"), or None for a group of no body ("Co-opted Members")."""
    from ..entities.gazetteer import organisations
    phrase = _label_phrase(phrase)
    if not phrase or phrase.split()[-1].lower() in terms()["attendance_group_words"] or _is_post(phrase) \
            or _is_department(phrase):
        return None
    return phrase if _ends_like_a_body(phrase) or organisations().lookup(phrase) is not None else None


# (a Markdown export sets the label in bold: "**Lakes City Council:** Cllr Ann Webb (Chair)")
_GROUP_LINE_LABEL = re.compile(r"(?P<bold>\*\*|__)?[A-Z][^:\n()|\t*]{1,60}?[ \t]*(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(?=[A-Z])")


def _label_phrase(content: str) -> str:
    """A label's words without its bullet, its bold markers and its colon ("**Lakes Council:**")."""
    return _without_bullet(content).strip().strip("*_").strip().rstrip(":").strip().strip("*_").strip()


def _group_line_label(text: str, a: int, b: int, among_groups: bool = False) -> tuple[int, int] | None:
    """ "Lakes City Council: Cllr Ann Webb (Chair), Cllr Tom Hale": the span of the group's label and
    where its members start, when the label names a body and names follow it. One bare name after the
    label ("Lakes Homes: Jo Bloggs") is a group's line only when the label is set in bold or the lines
    above are such groups' lines: alone, "Venue: …" and other header fields read so too."""
    bullet = _BULLET.match(text, a, b)
    ls = bullet.end() if bullet else a
    lm = _GROUP_LINE_LABEL.match(text, ls, b)
    # (a plural post, "Ward councillors: A (Hillside), B", is read with its members as their post)
    if lm is None or not _group_heading(text[ls:lm.end()]) or _group_body(text[ls:lm.end()]) is None:
        return None
    rest = text[lm.end():b]
    if not _opens_with_a_name(rest) or not ("(" in rest or "," in rest or lm["bold"] or among_groups):
        return None
    return ls, lm.end()


# "For Lakes Police (applicant for the review): PC A (…) and Inspector B (…)", "For the premises licence
# holder: Mr C (…)", "Other persons: Mrs D (local resident)": a hearing's parties, each line naming the
# side its people spoke for before a colon (a bracket may say how the side stands in the case)
_PARTY_LINE_LABEL = re.compile(r"(?:for|on[ \t]+behalf[ \t]+of)[ \t]+(?P<party>[^:()\n]{2,60}?)"
                               r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:[ \t]+(?=[A-Z])", re.IGNORECASE)


def _party_line_label(text: str, a: int, b: int) -> tuple[int, str | None] | None:
    """Where the people of a hearing party's line start and the body the party names (None: "the
    responsible authorities", "Other persons"), or None when the line opens with no party's label."""
    pm = _PARTY_LINE_LABEL.match(text, a, b)
    if pm is not None:
        party = pm["party"].strip()
        party = party[4:] if party.lower().startswith("the ") else party
        return (pm.end(), _group_body(party)) if _opens_with_a_name(text[pm.end():b]) else None
    lm = _GROUP_LINE_LABEL.match(text, a, b)
    if lm is None or _label_phrase(text[a:lm.end()]).lower() not in terms()["hearing_party_labels"]:
        return None
    return (lm.end(), None) if _opens_with_a_name(text[lm.end():b]) else None


def _political_group_label(text: str, a: int, b: int) -> int | None:
    """ "Conservative: Cllrs A (Chair), B, C", "Labour Group: Cllr D": one line of a list sorted by
    political group; where its members start, when the label names a party (its members are the
    attendees, the party no body they were sent by)."""
    lm = _GROUP_LINE_LABEL.match(text, a, b)
    if lm is None:
        return None
    party = _SPACES.sub(" ", text[a:lm.end()].strip().rstrip(":").strip().lower())
    party = party[:-len(" group")] if party.endswith(" group") else party
    if party not in terms()["political_groups"] or not _opens_with_a_name(text[lm.end():b]):
        return None
    return lm.end()


_NAME_THEN_MORE = re.compile(r"[,;|\t]|[ \t][-–—][ \t]")
# "Sgt Ann Webb          Neighbourhood Team": a name set apart from its post by a run of spaces (a
# typed list in aligned columns)
_TWO_CELLS = re.compile(r"\S {3,}\S")     # a heading is one cell: "Ray Lund        Lakes MBC" is a row
_NAME_THEN_COLUMN = re.compile(r"[,;|\t]|[ \t][-–—][ \t]| {3,}")
_MOST_HEADING_WORDS_FIRST = 6       # the list's first heading: a short body name, as _group_heading reads one
_MOST_HEADING_WORDS_AFTER = 12      # once the list reads so: "Office of the Police and Crime Commissioner for …"


def _heading_over_people(text: str, lines: list[Line], j: int, last: int, first: bool) -> tuple[str | None] | None:
    """ "Lakes Constabulary" or "Independent Members" over "Chief Inspector Ann Webb" and "Tom Hale,
    Analyst": a web page's attendance grouped under headings (a definition list, or a heading over a
    bulleted list), the group's people a line each. When lines[j] names a body or a group and nobody,
    and the next line opens with a person: a 1-tuple of the body the heading names (None for a group
    of no body, "Political Members"); else None. ``first``: the heading opens the list, so it must
    read as a short group heading; a list whose first line names a person is a table copied one cell
    a line instead (the body after the name)."""
    content = _without_bullet(lines[j].content(text)).strip()
    words = content.split()
    if not words or len(words) > (_MOST_HEADING_WORDS_FIRST if first else _MOST_HEADING_WORDS_AFTER) \
            or re.search(r"[():]", content) or _NAME_THEN_MORE.search(content) or _title_inside_re().search(content) \
            or _TWO_CELLS.search(content) \
            or (first and not _group_heading(content)):
        return None
    # ("Political Members" is no one's name; "Group Manager Jo Bloggs" is, though "Group" heads bodies)
    group_of_no_body = words[-1].lower() in terms()["attendance_group_words"]
    body = None if group_of_no_body or _bare_name_line(content) else _group_body(content)
    if body is None and not group_of_no_body:
        if first or not _outdented_over_columns(text, lines, j, last):
            return None
        body = content      # "Lakeside Housing" at the margin over its indented people: an agency's name
    k = _next_nonblank(lines, j)
    if k is None or k >= last or _label_match(text, lines[k]):
        return None
    below = _without_bullet(lines[k].content(text)).strip()
    # ("Tom Hale, Analyst", "Chief Inspector Ann Webb – Lakes Police": the name before a comma or a dash)
    lead = _NAME_THEN_COLUMN.split(below, 1)[0].strip()
    names_someone = _bare_name_line(below) or _bare_name_line(lead) and _group_body(lead) is None \
        and _heading_over_people(text, lines, k, last, False) is None
    return (body,) if names_someone else None


# "Officers of the Office of the Police and Crime Commissioner (OPCC):", "Officers of Lakes Council (Host
# Authority):": a group of attendees and the body they come from, a bracket of its short name or its part
_GROUP_OF_BODY = re.compile(r"(?P<group>[A-Z][a-z]+(?:[ \t]+[a-z-]+)?)[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?"
                            r"(?P<body>[A-Z][^():]*?)(?:[ \t]*\([^()]*\))?[ \t]*:")


def _group_of_body_heading(content: str) -> str | None:
    """The body a heading "Officers of <body> (…):" names over its people a line each, or None."""
    m = _GROUP_OF_BODY.fullmatch(_without_bullet(content).strip())
    if m is None or m["group"].split()[-1].lower() not in terms()["attendance_group_words"]:
        return None
    # (what the officers are "of" is a body even when it ends in a post's word: "Office of the … Commissioner")
    from ..entities.gazetteer import organisations
    body = _SPACES.sub(" ", m["body"]).strip()
    if len(body.split()) < 2 or _is_department(body):
        return None
    return body if _ends_like_a_body(body) or organisations().lookup(body) is not None else None


def _outdented_over_columns(text: str, lines: list[Line], j: int, last: int) -> bool:
    """ "Lakeside Housing" at the margin over "      Jo Pike        Neighbourhood Officer": in a list already
    grouped under bodies' headings (see _heading_over_people), a line at the margin with no second column
    over an indented line of a name and its post in aligned columns heads the next group, whatever words
    the body's name has (a person's line of such a list is indented and has its column)."""
    k = _next_nonblank(lines, j)
    if k is None or k >= last or lines[j].cs != lines[j].start or lines[k].cs == lines[k].start:
        return False
    content = lines[j].content(text)
    return "   " not in content and "   " in lines[k].content(text)


def _members_below(text: str, lines: list[Line], j: int, last: int) -> bool:
    """Whether the next line with text under lines[j] lists members (a paragraph of names or a group's line)."""
    k = _next_nonblank(lines, j)
    if k is None or k >= last or _label_match(text, lines[k]):
        return False
    return _names_members(lines[k].content(text)) or _group_line_label(text, lines[k].cs, lines[k].ce) is not None


def _names_members(content: str) -> bool:
    """ "Ann Webb (Lakes Police), Tom Hale (Lakes Council)": a paragraph naming two or more members."""
    return _opens_with_a_name(content) and (_members_paragraph(content) or _ENTRY_AFTER_BRACKET.search(content) is not None
                                            or _AND_AFTER_BRACKET.search(content) is not None)


def _group_line_entries(text: str, a: int, b: int, kind: str) -> list[AttendanceEntry]:
    """ "- Ward councillors: Ann Webb (Fellside), Tom Hale (Kirkby North)": one line of a list naming
    a group, its post in a plural label and its members after it. Each member holds the post; a
    bracket that names no body (a ward, an area) says which one of them, so it is no organisation."""
    bullet = _BULLET.match(text, a, b)
    ls = bullet.end() if bullet else a
    lm = _LIST_SUBHEADING.match(text, ls, b)
    if lm is None or not _ENTRY_AFTER_BRACKET.search(text, lm.end(), b):
        return []
    label = _SPACES.sub(" ", text[ls:lm.end()].rstrip(" \t:"))
    if not re.search(r"[a-z]s$", label) or label.endswith("ss"):
        return []       # "Jo Bloggs: …" names a person, not a group
    entries = _paragraph_entries(text, ls, b, kind)
    if len(entries) < 2:
        return []
    for entry in entries:
        entry.role = entry.role or label[:-1]
        entry.organisations = [o for o in entry.organisations if _names_a_body_in_brackets(o)]
    return entries


def _names_a_body_in_brackets(piece: str) -> bool:
    """ "Kendal College", "MPS": a bracket naming a body (a head word, an acronym or a known name)."""
    from ..entities.gazetteer import organisations
    return _ends_like_a_body(piece) or looks_like_affiliation(piece) or organisations().lookup(piece) is not None


def _wrapped_column_rows(text: str, spans: list[tuple[int, int]]
                         ) -> list[tuple[tuple[int, int], str]] | None:
    """A list printed in two columns apart by wide gaps, name then body, where a body too long for its
    column wraps onto a line of its own indented to that column ("Alan Hale      Lakes MBC (Head of" /
    "               Community Safety)"). Returns (name span, whole body text) per row, or None when no
    line wraps so, or the lines are not such rows. The names' column is where the first line's name
    starts: the margin, or past the label when the list starts on the label's line ("PRESENT:    Cllr A
    Webb      Lakes MBC", the next names typed under the first)."""
    rows: list[tuple[tuple[int, int], list[str]]] = []
    column = None
    wraps = 0
    names_column = spans[0][0] - (text.rfind("\n", 0, spans[0][0]) + 1) if spans else 0
    for a, b in spans:
        indent = a - (text.rfind("\n", 0, a) + 1)
        pieces = _gap_pieces(text, a, b)
        if len(pieces) == 1 and not rows or len(pieces) == 1 and abs(indent - names_column) < _COLUMN_SLACK:
            pieces = _initials_gap_pieces(text, a, b) or pieces
        if len(pieces) == 2 and _INITIALS_CELL.fullmatch(text, *pieces[0]):
            return None     # "EB    Emma Bland (…)": initials before the name, read as such rows below
        if len(pieces) == 2 and abs(indent - names_column) < _COLUMN_SLACK:
            column = pieces[1][0] - (text.rfind("\n", 0, a) + 1)
            rows.append((pieces[0], [text[pieces[1][0]:pieces[1][1]]]))
        elif len(pieces) == 1 and rows and column is not None and abs(indent - column) <= _COLUMN_SLACK:
            rows[-1][1].append(text[a:b].strip())
            wraps += 1
        else:
            return None
    if not wraps:
        return None
    return [(name, _SPACES.sub(" ", " ".join(body)).strip()) for name, body in rows]


_INITIALS_CELL = re.compile(r"[A-Z]{2,4}")
_LEAST_INITIALLED_ROWS = 2


def _initials_column_rows(text: str, spans: list[tuple[int, int]]
                          ) -> list[tuple[tuple[int, int], str]] | None:
    """A list printed in three columns apart by wide gaps, initials, name, then post and body ("DW   Dee
    Webb      Designated Nurse, Lakes ICB"), a long third cell wrapping onto lines of their own indented
    past the names, and someone with no initials (the minute-taker) typed under the names' column.
    Returns (initials and name span, whole post-and-body text) per row, or None when the lines are not
    such rows (the initials are read off the name span by parse_entry, which checks they fit).
    A list typed with two spaces between its columns ("JB  Jo Bloggs     Lakes MBC", the longest name
    leaving two spaces before the posts) is read so too when its columns line up on every row and each
    row's initials are its name's."""
    rows = _initials_column_rows_apart(text, spans, _COLUMN_GAP)
    if rows is None and spans and _INITIALS_NARROW_OPENING.match(text, *spans[0]):
        rows = _initials_column_rows_apart(text, spans, _NARROW_COLUMN_GAP, aligned=True)
    return rows


# "JB  Jo Bloggs": initials, two spaces, a capitalised name (a list whose columns are two spaces apart)
_INITIALS_NARROW_OPENING = re.compile(r"[A-Z]{2,4}[ ]{2}(?=[A-Z])")
_NARROW_COLUMN_GAP = re.compile(r"[ \t]{2,}|\t")


def _initials_column_rows_apart(text: str, spans: list[tuple[int, int]], gap: re.Pattern, aligned: bool = False
                                ) -> list[tuple[tuple[int, int], str]] | None:
    """The rows of an initials, name, post-and-body list whose cells ``gap`` parts; ``aligned``: every
    initialled row's post must start in one column and its initials fit its name (two spaces part
    words inside a cell too, so only a list lined up as a table is read by them)."""
    rows: list[tuple[tuple[int, int], list[str]]] = []
    initials_column = names_column = posts_column = None
    initialled = 0
    for a, b in spans:
        line_start = text.rfind("\n", 0, a) + 1
        indent = a - line_start
        pieces = _gap_pieces(text, a, b, gap)
        if aligned and len(pieces) == 3:
            if posts_column is not None and abs(pieces[2][0] - line_start - posts_column) > _COLUMN_SLACK:
                return None
            posts_column = pieces[2][0] - line_start
        opens_with_initials = 2 <= len(pieces) <= 3 and _INITIALS_CELL.fullmatch(text, *pieces[0]) is not None
        if opens_with_initials and (initials_column is None or abs(indent - initials_column) <= _COLUMN_SLACK):
            initials_column, names_column = indent, pieces[1][0] - line_start
            rows.append(((pieces[0][0], pieces[1][1]), [text[slice(*pieces[2])]] if len(pieces) == 3 else []))
            initialled += 1
        elif names_column is not None and len(pieces) == 2 and abs(indent - names_column) <= _COLUMN_SLACK:
            rows.append((pieces[0], [text[slice(*pieces[1])]]))
        elif names_column is not None and len(pieces) == 1 and rows and indent > names_column + _COLUMN_SLACK:
            rows[-1][1].append(text[a:b].strip())
        else:
            return None
    if initialled < _LEAST_INITIALLED_ROWS and not (initialled and len(rows) > initialled
                                                    and _initials_fit_the_names(text, rows)):
        # ("EB    Emma Bland (…)" over "      Dr Martin Ives (…)": a short list of one initialled row
        # and someone without initials under the names is read so when the initials are the name's)
        return None
    if aligned and not _initials_fit_the_names(text, rows, gap):
        return None
    return [(name, _SPACES.sub(" ", " ".join(body)).strip()) for name, body in rows]


def _initials_fit_the_names(text: str, rows: list[tuple[tuple[int, int], list[str]]],
                            gap: re.Pattern = _COLUMN_GAP) -> bool:
    """Whether every initialled row's initials are those of the name after them ("EB    Emma Bland"),
    not a body's acronym set before its member ("KCC   Cllr Ann Webb")."""
    for (a, b), _ in rows:
        pieces = _gap_pieces(text, a, b, gap)
        if len(pieces) == 2 and _INITIALS_CELL.fullmatch(text, *pieces[0]):
            name = text[slice(*pieces[1])].split("(", 1)[0].strip(" -–—")
            name = _titles_re().sub("", name, count=1) if _titles_re().match(name) else name
            if not initials_fit(name.strip(), text[slice(*pieces[0])]):
                return False
    return True


# "Ann Webb (AW)  Chief Executive, …": a name, its initials in brackets, then two spaces before the post
_NAME_INITIALS_NARROW_GAP = re.compile(rf"[ \t]*(?P<name>[A-Z][^(),\n\t]{{2,60}}?)[ \t]*\((?P<ini>{_BRACKETED_INITIALS})\)(?P<gap>[ ]{{2}})(?=\S)")


def _initials_gap_pieces(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The two cells of a row of a names-and-posts list whose longest name leaves only two spaces
    before the posts' column: the bracketed initials that fit the name close the first cell
    ("Nia Vale-Hopkins (NVH)  Police and Crime Commissioner"). None when the row is not so."""
    m = _NAME_INITIALS_NARROW_GAP.match(text, a, b)
    if m is None or not initials_fit(m["name"].strip(), m["ini"]):
        return None
    return [(a, m.start("gap")), (m.end("gap"), b)]


def _body_column_rows(text: str, spans: list[tuple[int, int]]
                      ) -> list[tuple[tuple[int, int], str]] | None:
    """A list printed in two columns, the body (or the group: "Co-opted Members") first and its members
    after a wide gap, a body's second member alone on the next line under the members' column
    ("Lakes City Council      Councillor Ann Webb" / "                        Councillor Tom Hale").
    Returns (person span, the body or group heading them) per person, or None when the lines are not so
    printed: every left cell must head a group and every right cell open with a title or a name."""
    rows: list[tuple[tuple[int, int], str]] = []
    column = None
    for a, b in spans:
        line_start = text.rfind("\n", 0, a) + 1
        pieces = _gap_pieces(text, a, b)
        # (cells apart by a TAB, as a PDF's table reads, need not line up)
        if len(pieces) == 2 and _group_heading(text[pieces[0][0]:pieces[0][1]]) \
                and (column is None or "\t" in text[pieces[0][1]:pieces[1][0]]
                     or abs(pieces[1][0] - line_start - column) <= _COLUMN_SLACK):
            column = pieces[1][0] - line_start
            group, person = text[pieces[0][0]:pieces[0][1]].strip(), pieces[1]
        elif len(pieces) == 1 and rows and abs(a - line_start - column) <= _COLUMN_SLACK:
            group, person = rows[-1][1], pieces[0]
        else:
            return None
        if not _titles_re().match(text[person[0]:person[1]]):
            return None
        rows.extend((one, group) for one in _titled_people_in_cell(text, *person))
    return rows if len(rows) >= 2 else None


def _titled_people_in_cell(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """ "Councillor Ann Webb Councillor Tom Hale": a cell whose lines a PDF's text ran together holds
    a person for each title that follows a name word."""
    starts = [a]
    previous_titled = True
    for m in _WORD.finditer(text, a, b):
        titled = _titles_re().match(text[m.start():b] + " ") is not None
        if titled and not previous_titled and m.start() > a:
            starts.append(m.start())
        previous_titled = titled
    return [(s, s + len(text[s:e].rstrip())) for s, e in zip(starts, [*starts[1:], b])]


def _two_column_rows(text: str, spans: list[tuple[int, int]]
                     ) -> list[tuple[tuple[int, int], Callable[[AttendanceEntry], None]]] | None:
    """A list printed in two columns apart by wide gaps: each person's span, with what the other column
    tells of them. "Lakes City Council      Councillor Ann Webb": each body in the left column, its
    members right; "Jo Bloggs      Lakes Fire &" over "      Rescue Service": a long body wrapped onto
    the next line under its own column. None when the lines are neither."""
    body_rows = _body_column_rows(text, spans)
    if body_rows is not None:
        return [(span, lambda entry, group=group: _member_of_group(entry, group)) for span, group in body_rows]
    wrapped = _wrapped_column_rows(text, spans) or _initials_column_rows(text, spans)
    if wrapped is not None:
        return [(span, lambda entry, body=body: _attach_affiliation(entry, _affiliation_line(body)) if body else None)
                for span, body in wrapped]
    return None


def _member_of_group(entry: AttendanceEntry, group: str) -> None:
    """The body heading a member's row is their organisation; a group of no body ("Independent Co-opted
    Members") is their role, one member of it."""
    body = _group_body(group)
    if body is not None:
        entry.organisations = entry.organisations or [body]
    elif not entry.role:
        entry.role = re.sub(r"(?<=[Mm]ember)s$", "", _label_phrase(group))


_LOWER_BRACKET = re.compile(r"[ \t]*\([a-z][^()\n]*\)")


def _affiliation_line(line: str) -> str:
    """ "Prevent Coordinator, Lakes Council (item 6)" → the post and body, without the remark in brackets."""
    return _SPACES.sub(" ", _affiliation_text(_LOWER_BRACKET.sub("", line))).strip(" ,")


def _is_header_cell_line(line: str) -> bool:
    """ "Name", "Organisation / Role": a table's header cell alone on its line."""
    words = _norm_words(line.strip(" \t*_:"))
    return bool(words) and words <= _TABLE_HEADER_WORDS


def _affiliation_only_line(line: str) -> bool:
    """ "Head of Safeguarding, Lakes Council", "Lakes Police, Fell District": a post or a body alone on its
    line, no person in it."""
    bare = _PAREN.sub("", line).strip(" \t.,;")
    first = bare.split(",", 1)[0].strip()
    if not first or _title_inside_re().search(bare) or _STRONG_NAME_SEP.search(bare) or _holds_a_person_in_brackets(line):
        return False
    return _is_role_phrase(first) or looks_like_affiliation(first) or _is_department(first)


def _cells_one_a_line(text: str, spans: list[tuple[int, int]]
                      ) -> tuple[list[tuple[int, int]], dict[tuple[int, int], list[tuple[int, int]]]]:
    """A two-column attendance table copied as text, one cell a line: the name line, then its post and
    body on the next line. With header cells alone on their lines ("Name" / "Organisation / Role") the
    lines go in rows of that many cells, whatever they read as ("Healthwatch Lakes" is a body); without
    one, a line reading as a post or body right after a line holding a bare name belongs to that name.
    Returns the name lines (the other lines unchanged) and, for each name line, its affiliation lines."""
    header = 0
    while header < len(spans) and _is_header_cell_line(text[spans[header][0]:spans[header][1]]):
        header += 1
    if header >= 2 and len(spans) > header:
        rows = [spans[k:k + header] for k in range(header, len(spans), header)]
        if all(_bare_name_line(text[row[0][0]:row[0][1]]) for row in rows):
            return [row[0] for row in rows], {row[0]: row[1:] for row in rows}
    out: list[tuple[int, int]] = []
    affiliations: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for a, b in spans:
        prev = out[-1] if out else None
        if prev is not None and prev not in affiliations and _bare_name_line(text[prev[0]:prev[1]]) \
                and _affiliation_only_line(text[a:b]):
            affiliations[prev] = [(a, b)]
            continue
        out.append((a, b))
    return out, affiliations


def _entries_on_one_line(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """ "Jo Bloggs – Lakes Council; Ann Webb – Lakes Police": in a one-per-line list a line may still
    hold several people, each "name – body", parted by semicolons; a semicolon inside one affiliation
    ("Lakes Council; Fellside Trust") parts no people, as the piece after it has no dash of its own."""
    pieces = _top_level_splits(text, a, b, _SEMICOLON)
    if len(pieces) < 2 or not all(_SPACED_DASH.search(text[s:e]) for s, e in pieces):
        return _titled_people_a_comma_apart(text, a, b) or [(a, b)]
    return pieces


_CELL_SEP_EACH_TAB = re.compile(r"[ \t]*\|[ \t]*|\t")
_COLUMN_OF = {"name": "name", "names": "name", "attendee": "name", "attendees": "name", "member": "name",
              # a panel's own word for its members ("Panel member | Representing")
              # a panel of councillors from several councils ("Councillor | Authority")
              "councillor": "name", "councillors": "name",
              "panel member": "name", "panel members": "name", "board member": "name", "board members": "name",
              "organisation": "org", "organization": "org", "agency": "org", "representing": "org",
              # a joint panel's members come from its councils ("Member | Authority | Attendance")
              "authority": "org", "local authority": "org", "council": "org",
              "role": "role", "title": "role", "job title": "role", "position": "role", "initials": "initials",
              "designation": "role",
              "attendance": "status", "attended": "status",
              # "Attended (Y/N)": the column's key in brackets, a "Y" or "N" under it
              "attended (y/n)": "status", "present (y/n)": "status", "attendance (y/n)": "status",
              # "Name | Organisation | Present/Apologies": a cell a row saying which list the row is in
              "present/apologies": "status", "present/apols": "status", "apologies/present": "status",
              "present or apologies": "status", "attendance status": "status",
              # "Present/Apologies/Deputy (Y/A/D)": a row's mark, "D – Name" naming the deputy who came
              "present/apologies/deputy": "status", "present/apologies/deputy (y/a/d)": "status",
              "present/apologies/substitute": "status", "present/apologies/substitute (y/a/s)": "status",
              "notes": "notes", "note": "notes", "comments": "notes",
              # "Name | Role | Item": the items a guest came for, a note on the row
              "item": "notes", "items": "notes", "agenda item": "notes", "agenda items": "notes",
              # an apologies table names who came in the absent member's place
              "substitute": "substitute", "substituted by": "substitute", "deputy": "substitute",
              "represented by": "substitute", "sent": "substitute",
              # one cell holding the post and the body: "Chief Nursing Officer, NHS Lakes (Chair)"
              "title and organisation": "post_and_body", "role and organisation": "post_and_body",
              "job title and organisation": "post_and_body", "position and organisation": "post_and_body",
              "organisation and role": "post_and_body", "organisation and title": "post_and_body",
              "organisation/role": "post_and_body", "role/organisation": "post_and_body",
              "organisation/title": "post_and_body", "title/organisation": "post_and_body",
              # a membership table says whether each member votes: a note on the row, nobody's post or body
              "voting": "notes", "voting status": "notes", "voting rights": "notes",
              # tick-box columns: a mark under one says which list the row's person is on
              "present": "ticked:present",
              "apologies": "ticked:apologies", "apologies received": "ticked:apologies",
              "absent": "ticked:absent"}
# a row's "Attendance" cell: whether that person was there ("Apologies" rows are not attendees)
_STATUS_KIND = {**_LIST_KIND, "yes": None, "y": None, "attended": None, "no": "absent", "n": "absent",
                "apologies received": "apologies", "sent apologies": "apologies", "did not attend": "absent",
                # the marks of a key line under the table ("Key: ✓ present, A apologies, S substitute"):
                # a substitute came in a member's place, so is there
                "✓": None, "✔": None, "√": None, "a": "apologies", "s": None}


def _cells(text: str, a: int, b: int, keep_empty: bool = False) -> list[tuple[int, int]]:
    """The cells of a table row ("| A | B |", "A<TAB>B"): spans between bars or tabs, outer bars dropped.
    A run of tabs is one gap, unless ``keep_empty``: then each tab parts two cells, an empty one kept
    in its column (a tick-box table leaves the unticked cells empty)."""
    a, b = _strip_span(text, a, b, " \t|")
    cells, cur = [], a
    for m in (_CELL_SEP_EACH_TAB if keep_empty else _CELL_SEP).finditer(text, a, b):
        cells.append((cur, m.start()))
        cur = m.end()
    cells.append((cur, b))
    return cells


def _table_header(text: str, a: int, b: int) -> list[str] | None:
    """ "Name | Role | Organisation": the column of each cell, when every cell is a column name."""
    cells = _cells(text, a, b)
    if len(cells) < 2:
        return None
    columns = [_COLUMN_OF.get(_header_name(text[x:y])) for x, y in cells]
    return columns if all(columns) and "name" in columns else None


def _row_cells_under(text: str, a: int, b: int, columns: list[str]) -> list[tuple[int, int]]:
    """A row's cells in the columns of its header: with tick-box columns every tab parts two cells."""
    return _cells(text, a, b, keep_empty=any(c.startswith("ticked:") for c in columns))


# a tick-box cell left unmarked, or marked "no" or a dash (a tick, a cross, "Y" or "Yes" mark it); a
# ballot cross ("✗", "✘", "❌") or an empty box ("☐") beside ticks in the other columns says "not this one"
_UNTICKED = re.compile(r"(?i:no|n)?[ \t.–—✗✘❌☐-]*")


def _ticked_list_kind(text: str, cells: list[tuple[int, int]], columns: list[str], kind: str) -> str:
    """The list a tick-box row belongs to: the column its mark is under ("Apologies" rows are not
    attendees); the table's own kind when the mark is under "Present", or nowhere."""
    for column, (x, y) in zip(columns, cells):
        if column.startswith("ticked:") and not _UNTICKED.fullmatch(text[x:y].strip()):
            said = column.split(":", 1)[1]
            return kind if said == "present" else said
    return kind


def _post_then_body(cell: str) -> bool:
    """ "Democratic Services Officer, Lakes Council": a post before the first comma, a body after it."""
    post, comma, rest = cell.partition(",")
    post = post.strip()
    ends_in_a_job = any(m.end() == len(post) for m in job_re().finditer(post))
    return bool(comma) and (ends_in_a_job or _is_post(post)) and _names_a_body(rest.strip())


def _attach_post_and_body(entry: AttendanceEntry, cell: str) -> None:
    """A "Title and organisation" cell ("Consultant in Public Health, Public Health Lakes (Chair)"): the
    post, then the body after the last comma, which the column says is one even when no word of it
    names a body; a bracket marks the chair, or the body's area ("(South West)"), or is a remark."""
    for paren in (p.strip() for p in _PAREN.findall(cell)):
        if chair_role_re().fullmatch(paren):
            entry.role = entry.role or _role_label(paren)
    # "Lakes Council – Head of Service": a spaced dash parts the body and the post as a comma does
    bare = _SPACED_DASH_SPLIT.sub(", ", _SPACES.sub(" ", _PAREN.sub(" ", cell)).strip(" ,"))
    orgs, role = analyse_affiliation(bare)
    post, comma, last = bare.rpartition(",")
    last = last.strip()
    if not orgs and comma and last[:1].isupper() and not _is_post(last):
        orgs, role = (last,), post.strip()
    entry.organisations.extend(o for o in orgs if o not in entry.organisations)
    entry.role = entry.role or role


def _row_list_kind(status: str, kind: str) -> str:
    """The list a row of an attendance table belongs to, from its "Attendance" cell: the table's
    own kind for "Present" (or "Yes"), the list the cell names otherwise ("Apologies", "In attendance")."""
    said = _STATUS_KIND.get(_SPACES.sub(" ", status).strip(" .*_").lower())
    if said is None:
        # "Apologies – Insp Dent attending", "Present (from item 4)": the cell's word, then a remark
        said = _STATUS_KIND.get(_STATUS_REMARK.split(status, 1)[0].strip(" .*_").lower())
    return said if said not in (None, "present") else kind


# a remark after an attendance cell's word: a spaced dash, a bracket, a comma or a semicolon
_STATUS_REMARK = re.compile(r"[ \t]+[–—-][ \t]+|[ \t]*[(,;]")


# an Initials cell: "GB", or "GRo" beside "GR" (a letter more of the surname tells two people apart)
# ("ChM" beside "CM": a letter more of the first name)
_PRINTED_INITIALS = re.compile(r"[A-Z]{2,4}|[A-Z]{2,3}[a-z]|[A-Z][a-z][A-Z]{1,2}")


def _names_a_post_only(cell: str) -> bool:
    """ "Police and Crime Commissioner", "Panel Scrutiny Officer": a cell that ends with a post's word
    and names no body by a comma ("Chief Executive, Lakes Council" names one)."""
    words = _compiled("post-word-end", lambda: re.compile(
        rf"\b(?:{_alternation(terms()['job_keywords'])})$", re.IGNORECASE))
    return "," not in cell and words.search(cell) is not None


def _rows_wrapped_over_lines(text: str, spans: list[tuple[int, int]], columns: list[str] | None
                             ) -> list[tuple[int, int]]:
    """The lines of a tab-separated attendance table printed with its cells wrapped, hard-wrapped as
    printed ("Professor Ann" / "Tarn (Chair)<TAB>Independent Chair<TAB>Fellside Safeguarding" /
    "Adults Board"), as one span a row.  A row is whole when it holds a tab between each two of its
    columns; a line without a tab after a whole row goes on with its last cell (the body) while that
    runs on ("… Fire and") or when the line ends with an organisation word ("Fellside Safeguarding" /
    "Adults Board"), which a name does not; otherwise it starts the next row's name."""
    if len(spans) < 2 or not any("\t" in text[a:b] for a, b in spans):
        return spans
    header = next((k for k, (a, b) in enumerate(spans) if _table_header(text, a, b) is not None), None)
    width = len(_table_header(text, *spans[header])) if header is not None else len(columns or ())
    if width < 2 or not any("\t" not in text[a:b] for a, b in spans[(header or -1) + 1:]):
        return spans        # no line without a tab: every row on a line of its own, or read elsewhere
    body_words = _compiled("organisation-word-end", lambda: re.compile(
        rf"\b(?:{_alternation(terms()['organisation_words'])})\W*$", re.IGNORECASE))
    out: list[tuple[int, int]] = []
    tabs = None         # the tabs of the row being read, None when no row is open
    for k, (a, b) in enumerate(spans):
        here = text.count("\t", a, b)
        if (header is not None and k <= header) or (here and _table_header(text, a, b) is not None):
            out.append((a, b))          # a header row (a second table's too) is a line of its own
            tabs = None
            continue
        if tabs is None:
            out.append((a, b))
            tabs = here
            continue
        last = text[out[-1][0]:out[-1][1]].rsplit("\n", 1)[-1].rsplit("\t", 1)[-1].strip()
        if tabs < width - 1:            # the row's cells are not all there yet
            out[-1] = (out[-1][0], b)
            tabs += here
            continue
        body_goes_on = not here and (_RUNS_ON.search(last) is not None or body_words.search(text[a:b]) is not None)
        if body_goes_on:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
            tabs = here
    return out if len(out) < len(spans) else spans


# a line that runs on to the next: it ends on a comma, "and", "of", "&"
_RUNS_ON = re.compile(r"(?:,|\b(?:and|of|the|for|&))$", re.IGNORECASE)


def continued_row_cells(text: str, a: int, b: int, columns: list[str]) -> dict[str, str] | None:
    """A fixed-width table's line that carries on the row above: its name cell blank, the rest of a
    wrapped role or body in the other cells ("      |      | South Lakes ICB" under "Jo Hale | Nurse |
    NHS North and"). The text of each column it goes on, or None for any other line."""
    start = text.rfind("\n", 0, a) + 1
    raw = text[start:b]
    sep = "|" if "|" in raw else "\t" if "\t" in raw else None
    if sep is None:
        return None
    # (an outer bar opens the line; spaces before the first bar are the blank name cell of a table
    # without outer bars)
    pieces = raw.rstrip(" ").split(sep)
    if sep == "|" and raw.startswith("|"):
        pieces = pieces[1:]
    if sep == "|" and raw.rstrip(" ").endswith("|"):
        pieces = pieces[:-1]
    if len(pieces) != len(columns) or pieces[0].strip() or not any(p.strip() for p in pieces[1:]):
        return None
    return {column: _SPACES.sub(" ", piece).strip() for column, piece in zip(columns, pieces) if piece.strip()}


def join_continued_cells(entry: AttendanceEntry, cells: dict[str, str]) -> None:
    """The wrapped rest of a row's cells joined to the entry read from the row's first line."""
    if "org" in cells:
        if entry.organisations:
            entry.organisations[-1] = f"{entry.organisations[-1]} {cells['org']}"
        else:
            entry.organisations.append(cells["org"])
    if "role" in cells and entry.role:
        entry.role = f"{entry.role} {cells['role']}"


def _table_row_entry(text: str, a: int, b: int, kind: str, columns: list[str]) -> AttendanceEntry | None:
    """A row under a "Name | Role | Organisation" header: each cell is read as its column says, so a
    role cell ("Designated Nurse, Safeguarding") stays one post and an organisation cell ("NHS Leicester,
    Leicestershire and Rutland Integrated Care Board (ICB)") one body, commas and all."""
    from ..entities.gazetteer import organisations
    cells = _row_cells_under(text, a, b, columns)
    # a web page's empty last cells ("Notes" left blank) are not in the copied row
    if not 2 <= len(cells) <= len(columns):
        return None
    by_column = dict(zip(columns, cells))
    ns, ne = by_column["name"]
    entry = parse_entry(text, ns, ne, kind, False)
    if entry is None:
        return None
    if "initials" in by_column:
        x, y = by_column["initials"]
        if _PRINTED_INITIALS.fullmatch(text[x:y].strip()):
            entry.initials = entry.initials or text[x:y].strip()
    if "org" in by_column and "role" not in by_column \
            and _names_a_post_only(_SPACES.sub(" ", text[slice(*by_column["org"])]).strip()) \
            and len(_body_dash_post(_SPACES.sub(" ", text[slice(*by_column["org"])]).strip())) == 1:
        # "Panel member | Representing" carried to the "In attendance:" rows under it, whose second cell
        # gives the post ("Police and Crime Commissioner", "Panel Scrutiny Officer"), not a body
        x, y = by_column.pop("org")
        entry.role = entry.role or _SPACES.sub(" ", text[x:y]).strip()
    if "org" in by_column and _post_then_body(_SPACES.sub(" ", text[slice(*by_column["org"])]).strip()):
        # "Chief Executive, Office of the Police and Crime Commissioner" in a body's column: the row's
        # writer put the post first, as in a "Title and organisation" column
        _attach_post_and_body(entry, _SPACES.sub(" ", text[slice(*by_column.pop("org"))]).strip())
    if "org" in by_column:
        x, y = by_column["org"]
        cell = _SPACES.sub(" ", text[x:y]).strip()
        bare = _without_department(_PAREN.sub("", cell).strip(" ,"))
        dashed = _body_dash_post(bare) if bare else []
        if len(dashed) == 2:
            # "Kent Police - District Commander", "Lakes Council - Housing": the body, then the post
            # held there or the department
            bare = dashed[0]
            if _is_post(dashed[1]):
                entry.role = entry.role or dashed[1]
        orgs = split_slash_organisations(bare) if bare else []
        if len(orgs) == 1 and "," in orgs[0]:
            # "Metropolitan Police Service, North East BCU": the body, then its unit, each named as a body
            # is ("NHS Leicester, Leicestershire and Rutland ICB" is one name; "Kent Police, Dover" a place)
            parts = analyse_affiliation(orgs[0])[0]
            if len(parts) >= 2 and all(_ends_like_a_body(part) for part in parts):
                orgs = list(parts)
        for paren in (p.strip() for p in _PAREN.findall(cell)):
            if chair_role_re().fullmatch(paren):
                entry.role = entry.role or _role_label(paren)      # "Dover DC (Chair)"
            elif _is_post(paren):
                entry.role = entry.role or paren        # "Lakes Council (Director of Place)": the post held there
            elif re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", paren) and sum(c.isupper() for c in paren) >= 2 \
                    and not organisations().lookup(paren):
                # "(CTPNW)": the body's acronym; one the gazetteer files ("ICB") is left to the
                # document's definition, which may name another area's body
                orgs.append(paren)
        if orgs:
            entry.organisations = orgs
    if "status" in by_column:
        entry.list_kind = _row_list_kind(text[slice(*by_column["status"])], kind)
    entry.list_kind = _ticked_list_kind(text, cells, columns, entry.list_kind)
    if "post_and_body" in by_column:
        _attach_post_and_body(entry, _SPACES.sub(" ", text[slice(*by_column["post_and_body"])]).strip())
    if "role" in by_column and "org" not in columns and "post_and_body" not in columns \
            and _post_then_body(_PAREN.sub("", _SPACES.sub(" ", text[slice(*by_column["role"])])).strip(" ,")):
        # "Name | Role | Item" over "Prevent Co-ordinator, Lakeshire County Council": without a column
        # for bodies, the role cell names the body after the post, as a "Title and organisation" cell does
        _attach_post_and_body(entry, _SPACES.sub(" ", text[slice(*by_column.pop("role"))]).strip())
    if "role" in by_column:
        x, y = by_column["role"]
        role = _PAREN.sub("", _SPACES.sub(" ", text[x:y])).strip(" ,")
        if role and role[:1].isalnum():
            entry.role = entry.role or role
    # the other cells as written, their separators kept ("Lancashire County Council<TAB>Prevent Coordinator")
    entry.as_written = text[ne:b].strip(" \t|") or entry.as_written
    return entry


_DIVISION_WORDS = frozenset({"division", "directorate", "department"})


def _without_department(cell: str) -> str:
    """ "Welsh Government, Community Safety Division": an organisation cell naming the body, then its
    department after a comma, is the body."""
    body, comma, tail = cell.rpartition(",")
    return body.strip() if comma and body.strip() and (_is_department(tail.strip()) or _names_a_division(tail)) else cell


def _names_a_division(piece: str) -> bool:
    """ "Argyll and West Dunbartonshire Division": a division of the body named before the comma (a
    police force's area), its last word saying so."""
    words = piece.split()
    return len(words) > 1 and words[-1].lower() in _DIVISION_WORDS


def _substitute_entry(text: str, a: int, b: int, columns: list[str], absent: AttendanceEntry
                      ) -> AttendanceEntry | None:
    """The person a row's "Substitute" cell names ("None" names nobody): present in the absent
    member's place, for the same body."""
    cells = _row_cells_under(text, a, b, columns)
    if "substitute" not in columns or columns.index("substitute") >= len(cells):
        return None
    x, y = cells[columns.index("substitute")]
    if _NO_ONE.fullmatch(text[x:y].strip()):
        return None
    entry = parse_entry(text, x, y, "present", False)
    if entry is None:
        return None
    entry.organisations = entry.organisations or list(absent.organisations)
    return entry


# an empty cell written out: "None", "N/A", "-", "n/a", "No substitute"
_NO_ONE = re.compile(r"(?i:none|n/?a|nil|no(?:[ \t]+substitute)?|tbc)?[ \t.–—-]*")
