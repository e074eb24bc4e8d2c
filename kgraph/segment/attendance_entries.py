"""The shapes of an attendance list's lines: when a line is an entry, lists running on over wrapped
lines and blank lines, one person per line, per semicolon, per comma with initials or per mention,
people sharing a bracketed body, and struck-out (redacted) names. The readers that
:func:`~kgraph.segment.attendance.read_attendance` applies to a list written as lines or paragraphs.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import AttendanceEntry, Span
from .lines import Line
from .common import (_AND_AFTER_BRACKET, _AND_BETWEEN, _AND_WORD, _bracket_left_open, _ENDS_OPEN,
                     _ENTRY_AFTER_BRACKET, _gap_pieces, _is_bracketed_person, job_re, _LOWER_LETTER,
                     _opens_with_a_name, _SPACED_DASH_SPLIT, _SPACES, _strip_span, terms, _titles_re)
from .labels import (_ENTRY_SEPS, is_office_holder_body, _label_content_start, _label_match, _names_a_body,
                     _title_inside_re, _top_level_splits)
from .headings import _next_nonblank
from .paragraphs import _BULLET
from .affiliation import (analyse_affiliation, _attach_affiliation, _BRACKETED_INITIALS, _initials_end_the_name, initials_fit,
                          _INITIALS_IN_BRACKETS, _is_department, _is_post, _ITEM_NOTE_AT_END, _LIST_SUBHEADING,
                          looks_like_affiliation, _LOWER_REMARK, _PAREN, parse_entry, _post_then_name,
                          _SPACED_DASH, _STRONG_NAME_SEP)


# "DS [redacted]", "Officer [name withheld]": a rank or title, then a marker in square brackets
_REDACTED_IN_NAME = re.compile(r"(?P<before>[^\[\]]*)\[(?P<marker>[^\[\]]{1,20})\][ \t]*")


def struck_out_name(name: str) -> bool:
    """ "DS [redacted]": a published record struck the name out and left the rank; the entry names
    nobody (as "[REDACTED], Counter Terrorism Policing" names nobody): the graph records no attendee for
    it, only the body the entry names."""
    m = _REDACTED_IN_NAME.fullmatch(name)
    return m is not None and _SPACES.sub(" ", m["marker"].strip().lower()) in terms()["redaction_markers"] \
        and len(m["before"].split()) <= 3


_CAPITALISED_WORD = re.compile(r"[A-Z][A-Za-z'’-]*")


def names_only_a_post(name: str) -> bool:
    """ "Prevent Coordinator", "Channel Panel Chair", "Regional Prevent Adviser": a published record
    that leaves its officers unnamed lists the post in the name's place. Two to five capitalised words
    ending in a post's title word, none of them an honorific or rank ("Dr Ann Lead" is someone): the
    entry names nobody, so the graph records no attendee for it, only the body it names."""
    words = name.split()
    if not 2 <= len(words) <= 5 or not all(_CAPITALISED_WORD.fullmatch(w) for w in words):
        return False
    if words[-1].lower() not in terms()["post_title_endings"]:
        return False
    return not _titles_re().match(name)


def opens_with_redaction(content: str) -> bool:
    """ "[REDACTED], Counter Terrorism Policing London": a name struck out of a published record; the
    line is still one entry of the list (whose person goes unnamed), so the list goes on below it."""
    if not content.startswith("["):
        return False
    close = content.find("]", 1, 40)
    return close > 0 and _SPACES.sub(" ", content[1:close].strip().lower()) in terms()["redaction_markers"]


def _looks_like_entry_line(content: str) -> bool:
    content = content.lstrip("| \t")
    if opens_with_redaction(content):
        return True
    bullet = _BULLET.match(content)        # "• Councillor Ann Webb (Chairman)": a list read from a web page
    if bullet:
        content = content[bullet.end():]
    bare = _PAREN.sub("", content)
    words = bare.split()
    if not words or not content[:1].isupper():
        return False
    if len(words) <= 6 or _titled_people_a_comma_apart(content, 0, len(content)):
        return True
    if bare.rstrip(" |\t").endswith((".", ":")):
        return False
    if len(words) <= 12:
        return True
    # "Name – Designated Nurse Safeguarding Adults, NHS Kent and Medway …", "| Name | Office of … |":
    # affiliations run long, so judge a line split by a dash, bar or tab on its name part alone
    parts = _STRONG_NAME_SEP.split(bare, 1)
    return len(parts) == 2 and len(parts[0].split()) <= 6 and len(words) <= 30 or name_post_body_line(content)


def name_post_body_line(content: str) -> bool:
    """ "Dr Ann Webb, Designated Doctor for Safeguarding Children, Lakes Clinical Commissioning Group":
    one attendee a line, the name, a post and a body between commas, each piece capitalised, the
    piece after the name a post or a body (such lines run longer than a name with its body)."""
    bare = _PAREN.sub("", content).strip(" |\t")
    if bare.endswith((".", ":")) or len(bare.split()) > 30:
        return False
    pieces = [p.strip() for p in bare.split(",")]
    if len(pieces) < 2 or not 1 <= len(pieces[0].split()) <= 6 or not all(p[:1].isupper() for p in pieces):
        return False
    return _is_post(pieces[1]) or looks_like_affiliation(pieces[1])


def _running_list(content: str) -> bool:
    """A line that lists several names as running text ("Councillors A, B (Chair), C and D; …"):
    three or more pieces between commas or semicolons, each starting with a capital."""
    pieces = [p.strip() for p in re.split(r"[,;]", _PAREN.sub("", content)) if p.strip()]
    return len(pieces) >= 3 and sum(p[:1].isupper() for p in pieces) >= len(pieces) - 1


def _members_paragraph(content: str) -> bool:
    """A paragraph of members as running text, opening with a name ("Councillor A (Org), Mr B (Org) and
    …"), not a sentence ("Apologies for absence were submitted on behalf of …")."""
    first = re.split(r"[,;(]", content, 1)[0]
    entries_after_brackets = len(_ENTRY_AFTER_BRACKET.findall(content)) + len(_AND_AFTER_BRACKET.findall(content))
    return (entries_after_brackets >= 2 or _running_list(content)) and len(first.split()) <= 6


def _one_attendee_a_line(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The rows of a list of one attendee a line whose long lines wrap onto lines of their own, each row
    one entry: titled or "Name – Body" lines going on over untitled ones, or "Name (Body)" lines whose
    bracket the next line closes. None when the lines read no such list."""
    rows = _titled_lines_going_on(text, spans)
    if rows is None and _one_entry_a_line_over_wrapped_brackets(text, spans):
        rows = _wrapped_brackets_rejoined(text, spans)
    return rows


def _titled_lines_going_on(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """A list of one attendee a line whose long lines wrap onto lines of their own: the lines joined into
    one span an attendee. Each entry opens with a personal title ("Mr", "Cllr", "Dr"), or each has a name,
    a spaced dash and the affiliation ("Ruth Adeyemi – Kent County Council"). None unless the first line
    and at least one more open an entry, and every other line goes on from the one above: that line
    stops short (a comma, an open bracket, a lower-case last word) or this one opens with no name (a
    lower-case word, or one capitalised word before a bracket or comma: "…, Office of the Police and
    Crime" over "Commissioner (OPCC)"); under dashed entries, a line without a dash that names a body
    ("Reduction Unit (item 6)") goes on too."""
    if len(spans) < 2:
        return None
    dashed = [bool(_NAME_DASH_ENTRY.match(text, a, b)) for a, b in spans]
    titled = [_opens_with_personal_title(text[a:b]) for a, b in spans]
    by_dash = dashed[0] and (sum(dashed) >= 2 or len(spans) == 2)
    opens_entry = dashed if by_dash else titled
    if not opens_entry[0] or all(opens_entry) or (not by_dash and (len(spans) < 3 or sum(titled) < 2)):
        return None
    joined: list[tuple[int, int]] = []
    for (a, b), opens in zip(spans, opens_entry):
        if _ENTRIES_RUN_ON.search(text, a, b):
            return None     # "…Commissioner), Tom Yelland (Clerk…)": a running list, one paragraph
        if opens:
            if joined and _SEPARATOR_AT_END.search(text, joined[-1][0], joined[-1][1]):
                return None     # "…(Sussex PCC)," over "Mr David Quarrie (…": entries a comma apart
            joined.append((a, b))
            continue
        above = text[joined[-1][0]:joined[-1][1]]
        if not (_STOPS_SHORT.search(above) or above.count("(") > above.count(")") or _NO_NAME_START.match(text, a, b)
                or by_dash and _names_a_body(text[a:b].split("(")[0].split(",")[0].strip())
                or _bracket_only_line(text, a, b)):
            return None
        joined[-1] = (joined[-1][0], b)
    return joined


# "Ruth Adeyemi – Kent County Council", "Cllr Jo Hale (Chair) – Lakes Council": a name, a spaced dash
# (a police officer's collar number may follow the rank: "PC 4420 Jan Nowacki – Lakeby Police")
_NAME_DASH_ENTRY = re.compile(r"[ \t]*[A-Z][\w'’.-]*(?:[ \t]+\d{2,6}(?=[ \t]+[A-Z]))?(?:[ \t]+[A-Z][\w'’.-]*){1,4}(?:[ \t]+\([^)\n]{1,30}\))?[ \t]+[–—-][ \t]+\S")


@lru_cache(maxsize=1)
def _personal_title_re() -> re.Pattern:
    from ..entities.gazetteer import lexicon
    titles = sorted(lexicon().words("title"), key=len, reverse=True)
    return re.compile(rf"[ \t]*(?:{'|'.join(re.escape(t) for t in titles)})\.?[ \t]+[A-Z]")


def _opens_with_personal_title(line: str) -> bool:
    return bool(_personal_title_re().match(line))


# words a titled name and its bracket take at most ("Cllr A. B. Webb-Hale (Vice-Chairman)")
_MOST_TITLED_NAME_WORDS = 6


def _titled_people_a_comma_apart(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """ "Cllr A. Webb, Cllr B. Hale, Cllr C. Dunn": in a one-per-line list a line may still hold the
    rest of the members run together, each a title and a name, parted by commas (a comma after a
    titled name otherwise opens the post or body, which no personal title opens). None when not so."""
    pieces = _top_level_splits(text, a, b, _COMMA)
    if len(pieces) < 2 or not all(_opens_with_personal_title(text[s:e])
                                  and len(text[s:e].split()) <= _MOST_TITLED_NAME_WORDS for s, e in pieces):
        return None
    return pieces


_STOPS_SHORT = re.compile(r"(?:,|\b[a-z][\w'’-]*)[ \t]*$")
_SEPARATOR_AT_END = re.compile(r"(?:[,;]|\band)[ \t]*$")
_ENTRIES_RUN_ON = re.compile(r"\)[ \t]*[,;][ \t]*(?:and[ \t]+)?[A-Z]")
_NO_NAME_START = re.compile(r"[ \t]*(?:[a-z]|[A-Z][\w'’-]*[ \t]*(?:[(,]|$))")


# "  (LFM ICB)": a line holding nothing but a bracket, the short form of the long body wrapped above it
_BRACKET_ONLY_LINE = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*$")


def _bracket_only_line(text: str, a: int, b: int) -> bool:
    """A line that is one bracket alone ("(LFN ICB)" under "Sam Reed – Lakeby and Fellside, Northshire and
    Lakes Integrated Care Board"): it names nobody, so it goes on from the entry above."""
    return bool(_BRACKET_ONLY_LINE.match(text[a:b]))


def _opens_with_plural_title(content: str) -> bool:
    """ "Councillors Ann Webb, Tom Hale and Jo Bloggs": a line opening with a title written once for
    the several members it names."""
    from ..entities.people import plural_title_end
    return plural_title_end(content.strip(" \t|")) > 0


def _one_name_and_post(text: str, s: int, e: int) -> bool:
    """ "Councillor Neil Fairhurst – Cabinet Member for Communities and Public Protection": one person's
    name, a spaced dash, then the post or body, which names nobody (no personal title in it), so an
    "and" or a comma after the dash parts no two attendees."""
    if _name_initials_then_body_line(text[s:e]):
        return True     # "Jo Bloggs (JB) - Committee Officer, Lakeby and Fell Council (minute)": the initials tie it
    parts = _SPACED_DASH_SPLIT.split(text[s:e].strip(), 1)
    if len(parts) != 2:
        return False
    name, post = parts
    words = name.split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and not re.search(r"[,;()&]", name) \
        and (len(words) > 1 or _titles_re().match(name) is not None) and _title_inside_re().search(post) is None \
        and not _SPACED_DASH_SPLIT.search(post)


def post_then_dashed_name(text: str, s: int, e: int) -> bool:
    """ "Chief Constable, Lakes Police – Jo Hale", "Independent Member – Ann Webb", "Head of Policing,
    Crime and Justice – Tom Hale": a post written first (commas may be inside it), then a spaced dash
    and one person's name (a bracketed role such as "(Chair)" may follow): the line is one attendee,
    the commas part nobody. A body first ("Lakes Council – Jo Hale") is read by the list's rule."""
    parts = _SPACED_DASH_SPLIT.split(text[s:e].strip())
    if len(parts) != 2:
        return False
    post, name = parts
    # (a body first, "Lakes Council, Housing – Jo Hale", is the list's "Body – Name" rule; a person
    # first, "Jo Hale, Lakes Council – Housing", names the person before the dash)
    first = post.split(",", 1)[0].strip()
    if _title_inside_re().search(post) or _names_a_body(first) or _is_bracketed_person(first) or not _is_bracketed_person(_PAREN.sub("", name).strip()):
        return False
    return analyse_affiliation(post)[1] is not None or ("," in post and looks_like_affiliation(post))


def post_first_entry(text: str, s: int, e: int, kind: str) -> AttendanceEntry:
    """The attendee of a :func:`post_then_dashed_name` line: the name after the dash, the post its
    role ("Chief Constable, Lakes Police" → role "Chief Constable", body "Lakes Police"; "Lakes CA
    Treasurer" → the whole post, body "Lakes CA"), a bracketed role after the name ("(Chair)") first."""
    s, e = _strip_span(text, s, e, " \t")
    dash = _SPACED_DASH_SPLIT.search(text, s, e)
    post = text[s:dash.start()].strip()
    ns = dash.end()
    bracket = text.find("(", ns, e)
    ne = _strip_span(text, ns, bracket if bracket >= 0 else e, " \t")[1]
    orgs, _ = analyse_affiliation(post)
    orgs = [org for org in orgs if _names_a_body(org)]
    head, _, last = post.rpartition(",")
    role = head.strip() if head and last.strip() in orgs else post
    if bracket >= 0:
        role = analyse_affiliation(text[bracket + 1:e].rstrip(" \t)"))[1] or role
    return AttendanceEntry(name=_SPACES.sub(" ", text[ns:ne]), span=Span(ns, ne), as_written=_SPACES.sub(" ", text[s:e]),
                           organisations=orgs, role=role, list_kind=kind)


def _members_paragraph_below(text: str, lines: list[Line], j: int, last: int) -> tuple[int, int] | None:
    """The span of a members' paragraph after the blank line at lines[j] ("Mrs B Cole (Vice-Chairman),
    Dr C Dent, … and Ms D Eade"), when the paragraph opens with a name and carries no label; else None."""
    if j >= last or not lines[j].blank:
        return None
    k = _next_nonblank(lines, j - 1)
    if k is None or k >= last or _label_match(text, lines[k]) or lines[k].heading:
        return None
    content = lines[k].content(text)
    # ("Dr Ann Webb, Designated Doctor, Lakes CCG" is one attendee with post and body, not members)
    if name_post_body_line(content) or not _members_paragraph(content) or not _opens_with_a_name(content):
        return None
    end = _paragraph_end(lines, k, last)
    spans = [(lines[x].cs, lines[x].ce) for x in range(k, end)]
    if len(spans) > 1 and not _wrapped_paragraph(text, spans):
        return None         # a list one entry a line, not a paragraph
    return spans[0][0], spans[-1][1]


def _list_goes_on_past_blank(text: str, lines: list[Line], j: int, last: int) -> bool:
    """ "PRESENT: Mr A (Lakes Police), Ms B (Fellside CSP)," a blank line, "Mr C (Lakeby Council),": a
    printed copy spaces the wrapped lines of a running list apart; a line left open by a comma goes on
    on the next line after the blank one (when that line is no other list's label)."""
    if j == 0 or lines[j - 1].blank or not text[lines[j - 1].cs:lines[j - 1].ce].endswith(","):
        return False
    k = _next_nonblank(lines, j, 2)
    return k is not None and k < last and _label_match(text, lines[k]) is None


def _entry_paragraph_past_blank(text: str, lines: list[Line], j: int, last: int) -> bool:
    """ "Present: Cllr A Hale (Chair)", a blank line, "Cllr B Webb", a blank line, "Jo Bloggs (Lakes
    Speedwatch)": a Word list copied as text puts each entry in a paragraph of its own; after the short
    line above, a blank line goes on to a one-line paragraph holding only a name (titled, or with its
    bracket) when that is no other list's label."""
    if j == 0 or lines[j - 1].blank or len(lines[j - 1].content(text).split()) > _MOST_ENTRY_LINE_WORDS:
        return False
    above = lines[j - 1]
    label = _label_match(text, above)
    if not _lone_entry(text[_label_content_start(text, label, above) if label else above.cs:above.ce].strip()):
        return False        # the line above is no entry alone: a running list, a sentence
    k = _next_nonblank(lines, j, 2)
    if k is None or k >= last or (k + 1 < last and not lines[k + 1].blank):
        return False
    if _label_match(text, lines[k]) is not None or lines[k].heading:
        return False
    return _lone_entry(lines[k].content(text).strip())


def _lone_entry(content: str) -> bool:
    """ "Cllr Tom Hale", "Kate Marlow (Speedwatch co-ordinator)": a name alone, titled or with its
    bracket, every word outside the bracket capitalised ("Councillor Ferrier in the Chair" is a remark)."""
    bare = _PAREN.sub("", content).strip()
    return _bare_name_line(content) and (bare != content or _opens_with_personal_title(content)) \
        and all(w[:1].isupper() for w in bare.split())


# the most words of the line above a list's entry paragraph ("Present: Councillor Ann Webb (Chair)")
_MOST_ENTRY_LINE_WORDS = 10


def _paragraph_end(lines: list[Line], j: int, last: int) -> int:
    while j < last and not lines[j].blank:
        j += 1
    return j


def _without_bullet(line: str) -> str:
    """The line without a list bullet ("• Jo Bloggs (JB) – Lakes Council": a list read from a web page),
    so that an entry behind a bullet reads as the same entry copied without it."""
    bullet = _BULLET.match(line)
    return line[bullet.end():] if bullet else line


def _wrapped_paragraph(text: str, spans: list[tuple[int, int]]) -> bool:
    """A list written as a paragraph over several lines (not one entry per line): a line ends in a
    comma or "and", a parenthesis runs over a line end, or a line holds several "Name (Org)," entries.
    Bullets say otherwise: each bulleted line is one entry, however its post and body are punctuated
    ("- Dr Ann Webb – Place Director (Fell), NHS Lakes ICB")."""
    if len(spans) > 1 and all(_BULLET.match(text, a, b) for a, b in spans):
        return False
    # so do the rows of a table with no header row ("JB | Cllr John Bradshaw | Portfolio Holder, Lakes
    # City Council (CHAIR)"), however their cells are punctuated
    if len(spans) > 1 and all(text.find("|", a, b) >= 0 for a, b in spans):
        return False
    # and so do the rows of a list typed in columns apart by wide gaps ("SH    Sara Hale    Head of
    # Service (Fell), Lakes Council"), whatever brackets and commas their last cell holds
    if len(spans) > 1 and all(len(_gap_pieces(text, a, b)) >= 2 for a, b in spans):
        return False
    if _one_entry_a_line_over_wrapped_brackets(text, spans):
        return False
    for k, (a, b) in enumerate(spans):
        line = text[a:b]
        if line.count("(") != line.count(")"):
            return True
        if k + 1 < len(spans) and _ENDS_OPEN.search(line.rstrip()):
            return True
        # "…, Councillor Ann Webb" over "(Lakes Council) and Jo Hale (…)": the bracket of the line's last
        # name opens the next line
        if k + 1 < len(spans) and text[spans[k + 1][0]:spans[k + 1][1]].lstrip().startswith("("):
            return True
        # ("Councillors A (Chairman), B and C" over "Dr D, Lakes ICB": the members' title written once
        # for its line, that line is one running list of its own, closed)
        if _ENTRY_AFTER_BRACKET.search(line) and not name_post_body_line(line) \
                and not _name_initials_then_body_line(line) \
                and not (k == 0 and len(spans) > 1 and _opens_with_plural_title(line)):
            return True
    return False


def _wrapped_brackets_rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a list with a line whose bracket the next line closes joined to it ("K. Webb (Office
    of the Police and Crime Commissioner for" over "Lakeshire and Rutland)"): one span an entry."""
    rows: list[tuple[int, int]] = []
    for a, b in spans:
        if rows and _bracket_left_open(text, *rows[-1]):
            rows[-1] = (rows[-1][0], b)
        else:
            rows.append((a, b))
    return rows


_LEAST_ROWS_OF_A_LIST = 3


def _one_entry_a_line_over_wrapped_brackets(text: str, spans: list[tuple[int, int]]) -> bool:
    """ "Councillor A. Hale (Chairman) (Lakeby Borough Council)" over "Inspector T. Webb (Lakes Police)"
    …: a list one person a line, each line a name closed by its brackets, where a long body's bracket
    wraps onto the next line. The open bracket makes no running paragraph of it: once the wrapped
    brackets are joined, every row is a name then brackets alone, no comma or "and" parting two people."""
    rows = _wrapped_brackets_rejoined(text, spans)
    if len(rows) == len(spans) or len(rows) < _LEAST_ROWS_OF_A_LIST:
        return False
    for a, b in rows:
        row = text[a:b].rstrip(" .")
        if not row.endswith(")") or _bracket_left_open(text, a, b) or _ENTRY_AFTER_BRACKET.search(row) \
                or _AND_AFTER_BRACKET.search(row) or not _NAME_THEN_BRACKETS.fullmatch(row):
            return False
    return True


# a name (capitalised words, initials with stops) then one or more brackets, and nothing else
_NAME_THEN_BRACKETS = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,5}(?:[ \t\n]*\([^()]+\))+")


_NAME_THEN_INITIALS = re.compile(rf"[ \t]*(?P<name>[A-Z][^(),\n\t]{{2,60}}?)[ \t]*\((?P<ini>{_BRACKETED_INITIALS})\)[ \t]*[,–—\t-]")


def _name_initials_then_body_line(line: str) -> bool:
    """ "Sunita Kaur-Blake (SKB), Crown Prosecution Service South East": one attendee a line, the
    initials the minutes will use in brackets after the name, then the body (commas inside it belong
    to the body: "Kent, Surrey and Sussex Community Rehabilitation Company"). A Word table copied as
    text puts a tab there ("Ann Webb (AW)<TAB>Director of Nursing (Fell Place), NHS Lakes ICB"): the
    bracket inside the post opens no second entry."""
    m = _NAME_THEN_INITIALS.match(line)
    return bool(m) and initials_fit(m["name"], m["ini"]) and len(_INITIALS_IN_BRACKETS.findall(line)) == 1


def _post_then_name_across(text: str, merged: list[list[int]], first: int, kind: str
                           ) -> tuple[AttendanceEntry, int] | None:
    """A "Post (Name)" entry spread over pieces first..j of a running list (j the first piece with a
    bracket, at most three pieces on), and the index after it; None when the pieces read otherwise."""
    for j in range(first + 1, min(len(merged), first + 4)):
        if "(" in text[merged[j][0]:merged[j][1]]:
            entry = _post_then_name(text, merged[first][0], merged[j][1], kind)
            return (entry, j + 1) if entry is not None else None
    return None


def _after_list_label(text: str, s: int, e: int) -> int:
    """Where the names start in a running list opened by a label of its own under "Present:"
    ("Members of the Panel: County Councillor A (Chair); …"): the label names a group, nobody in it."""
    ls = _strip_span(text, s, e, " \t\n:-–—")[0]        # (after the "-" of "Present:-")
    lm = _LIST_SUBHEADING.match(text, ls, e)
    if lm is None or not text[lm.end():lm.end() + 1].isspace():
        return s
    after = lm.end() + len(text[lm.end():e]) - len(text[lm.end():e].lstrip(" \t"))
    return after if text[after:after + 1].isupper() else s


def _names_a_body_only(piece: str) -> bool:
    """ "Lakes Fire and Rescue Service", "Adult Social Care (LCC)": a list piece naming a body or a
    department and nobody in it (its brackets, if any, hold no person's name)."""
    piece = piece.strip(" \t\n.,;")
    # "Jo Bloggs – Lakes Council": a dash or a wide gap parts a name from its body; "County Councillor
    # Ann Webb": a personal title inside the piece starts a name
    if _STRONG_NAME_SEP.search(piece) or _title_inside_re().search(piece) or _holds_a_person_in_brackets(piece):
        return False
    bare = _SPACES.sub(" ", _PAREN.sub(" ", piece)).strip()
    return bool(bare) and (looks_like_affiliation(bare) or _is_department(bare))


_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _affiliation_piece(piece: str) -> bool:
    """A comma piece after a name that names a body or a post once its brackets are set aside
    ("Moray Council (Chair)")."""
    return looks_like_affiliation(_PAREN.sub(" ", piece))


# "@Ana Lowe": a person chip of an online editor's meeting notes, copied as an at-sign before the name
_PERSON_MENTION = re.compile(r"@(?=[A-Z])")


def _one_person_per_mention(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The names of a list written as person chips ("**Attendees:** @Jo Hale @Tom Webb"), else None.

    The chips stand side by side with no comma between them, so the list is cut at each at-sign
    (a comma or "and" after a chip, or a bracketed remark, stays with its name and is trimmed by
    the entry's reading). Trusted only when the list opens with a chip."""
    lead = len(text[s:e]) - len(text[s:e].lstrip())
    starts = [m.start() for m in _PERSON_MENTION.finditer(text, s, e)]
    if not starts or starts[0] != s + lead:
        return None
    spans = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else e
        piece = text[a + 1:b].rstrip(" \t\n,;")
        if piece.endswith(" and"):
            piece = piece[:-4].rstrip(" \t,")
        if piece:
            spans.append((a + 1, a + 1 + len(piece)))
    return spans or None


def _one_person_per_semicolon(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The segments of a running list that gives one person between each pair of semicolons, their
    details after commas ("Jo Hale, Moray Council (Chair); Ann Webb, Police Scotland; …"), else None.

    Read at its commas, such a list makes a person of every body the lexicon does not know
    ("Skills Development Scotland"); the semicolons say where each person's details end. The
    convention is trusted when every segment opens with a name, no piece after a comma starts with a
    personal title (then the commas part people: "Cllr A, Cllr B; Officers: …") and most segments
    with commas show a body or post after the name."""
    segments = _top_level_splits(text, s, e, _SEMICOLON)
    if len(segments) < 2:
        return None
    # "…; and Rose Bain, Lakes Transport": the last person after "and"
    segments = [((lead.end() if (lead := _LEADING_AND.match(text, a, b)) else a), b) for a, b in segments]
    with_details = shown = 0
    for a, b in segments:
        if _members_sharing_a_body(text, a, b) is not None:
            with_details += 1
            shown += 1
            continue
        if _opens_with_plural_title(text[a:b]):
            return None
        pieces = [text[pa:pb] for pa, pb in _top_level_splits(text, a, b, _COMMA)]
        # ("Jo Hale (JH) - Lakes Drug and Alcohol Team": the name ends at a spaced dash, the body's "and"
        # joins no two people)
        name = _SPACED_DASH_SPLIT.split(pieces[0].strip(), 1)[0]
        if _affiliation_piece(name) or _AND_WORD.search(_PAREN.sub(" ", name).strip()):
            return None
        if len(pieces) == 1:
            continue
        if any(_titles_re().match(p.strip() + " ") for p in pieces[1:]):
            return None
        with_details += 1
        shown += any(_affiliation_piece(p) for p in pieces[1:])
    return segments if with_details and 2 * shown >= with_details else None


def _members_sharing_a_body(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """ "Councillors Hamish Tate and Cat Dunn, Lakes Council": in a list of one person per semicolon,
    a segment naming two or three people joined by "and" (after a title written once for them, or
    each with their own), then after one comma the body they all come from; the names' spans, else None."""
    from ..entities.people import plural_title_end
    pieces = _top_level_splits(text, s, e, _COMMA)
    if len(pieces) != 2 or not _affiliation_piece(text[pieces[1][0]:pieces[1][1]]):
        return None
    ns, ne = pieces[0]
    ns += plural_title_end(text[ns:ne])
    names = _top_level_splits(text, ns, ne, _AND_SPLIT)
    if not 2 <= len(names) <= 3 or any(_affiliation_piece(text[a:b]) or len(text[a:b].split()) > 4
                                         or not text[a:b][:1].isupper() for a, b in names):
        return None
    return names


def _entries_of_person_segment(text: str, s: int, e: int, kind: str) -> list[AttendanceEntry]:
    """The people of one semicolon segment: one, or several sharing the body after the comma."""
    names = _members_sharing_a_body(text, s, e)
    if names is None:
        entry = parse_entry(text, s, e, kind, True)
        return [entry] if entry is not None else []
    last = parse_entry(text, names[-1][0], e, kind, True)        # "Cat Dunn, Lakes Council"
    entries = [entry for a, b in names[:-1] if (entry := parse_entry(text, a, b, kind, True)) is not None]
    for entry in entries:
        if last is not None:
            entry.organisations, entry.role = list(last.organisations), last.role
    return entries + ([last] if last is not None else [])


# "Lisa Crompton (LC) Wirral Council": a name, the initials the minutes use for it, then the body
_NAME_INITIALS_BODY = re.compile(r"[ \t\n]*(?P<name>[A-Z][^(),\n]{2,60}?)[ \t]*\((?P<ini>[A-Z]{2,4})\)[ \t]+[A-Z][^()\n]*")


def _one_person_per_comma_with_initials(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The pieces of a running list whose every comma closes one person given as "Name (INITIALS) Body
    [– Role]" ("Lisa Crompton (LC) Wirral Council, Dr Ann Webb (AW) NHS Lakes and Fellside – Chair"),
    else None: read at "and" too, such a list would cut a body's name in two."""
    pieces = _top_level_splits(text, s, e, _COMMA)
    if len(pieces) < 2:
        return None
    for a, b in pieces:
        m = _NAME_INITIALS_BODY.fullmatch(text, a, b)
        if m is None or not _initials_end_the_name(m["name"].strip(), m["ini"]):
            return None
    return pieces


# "(both Police Scotland)", "(all Renfrewshire Council)": one bracket giving the body of several people
_SHARED_BRACKET = re.compile(r"[ \t\n]*\((?P<scope>both|all)[ \t\n]+(?:of[ \t\n]+)?(?P<body>[A-Z][^()]*)\)[ \t\n.]*$")
# "… Commissioner (the Commissioner)", "… Commissioner (PCC)": a bracket closing a piece with the short
# name the minutes go on to use for a post or body (a bracket naming a person holds a capital after "(")
_BRACKET_AT_END = re.compile(r"[ \t\n]*\((?:the[ \t\n][^()]*|[A-Z]{2,8})\)[ \t\n.]*$")
_LEADING_AND = re.compile(r"[ \t\n]*and[ \t\n]+")
_AND_SPLIT = re.compile(r"[ \t\n]+and[ \t\n]+")


def _people_under_shared_brackets(text: str, s: int, e: int, kind: str) -> list[AttendanceEntry] | None:
    """A semicolon list naming a person, their post after a comma, and a shared bracket for several
    ("D Reilly, Head of Roads; and L Baird, Committee Services Officer (all Lakes Council); Chief
    Inspector R Haddow and Inspector P Coia (both Police Scotland)"), else None. The semicolons part
    people, an "and" parts two in a segment with no post; "(both …)" gives its segment's people their
    body, "(all …)" every person since the last such bracket. Read at commas and "and", the posts'
    own words ("Public Protection and Roads") would be people."""
    segments = _top_level_splits(text, s, e, _SEMICOLON)
    if len(segments) < 2 or not any(_SHARED_BRACKET.search(text, a, b) for a, b in segments):
        return None
    entries: list[AttendanceEntry] = []
    since = 0           # the first person no "(all …)" bracket has reached yet
    for a, b in segments:
        lead = _LEADING_AND.match(text, a, b)
        a = lead.end() if lead else a
        shared = _SHARED_BRACKET.search(text, a, b)
        end = shared.start() if shared else b
        people = [(a, end)] if "," in text[a:end] else _top_level_splits(text, a, end, _AND_SPLIT)
        segment_start = len(entries)
        entries.extend(entry for pa, pb in people if (entry := parse_entry(text, pa, pb, kind, True)) is not None)
        if len(people) == 1 and len(entries) > segment_start and "," in text[a:end]:
            # "D Reilly, Head of Climate, Public Protection and Roads": all after the name is the post
            # (the body is the bracket's)
            entry = entries[-1]
            entry.role = _SPACES.sub(" ", text[a:end].split(",", 1)[1]).strip(" .")
            entry.organisations = []
        if shared is None:
            continue
        body = _SPACES.sub(" ", shared["body"]).strip()
        for entry in entries[segment_start if shared["scope"] == "both" else since:]:
            if not entry.organisations:
                entry.organisations = [body]
        since = len(entries)
    return entries


# "… and C (Org), with D (Org) taking the minutes.": the minute-taker joined to a list told as a sentence
_WITH_BEFORE_NAME = re.compile(r"[ \t]*with[ \t]+(?=[A-Z])")
_MINUTING_TAIL = re.compile(r"[ \t\n]+(?:taking|who[ \t]+took|took)[ \t\n]+(?:the[ \t\n]+)?(?:minutes|notes)[ \t.]*$")


def _without_minuting_clause(text: str, ps: int, pe: int) -> tuple[int, int]:
    """A list's piece "with D (Org) taking the minutes" read as "D (Org)": the clause around the name
    says what D did at the meeting, it is no part of D's name or body."""
    tail = _MINUTING_TAIL.search(text, ps, pe)
    if tail is None:
        return ps, pe
    lead = _WITH_BEFORE_NAME.match(text, ps, tail.start())
    return (lead.end() if lead else ps), tail.start()


def _paragraph_entries(text: str, s: int, e: int, kind: str) -> list[AttendanceEntry]:
    """Entries of a list written as running text: split at commas/"and" outside parentheses; a piece
    naming a body or a job joins the person before it ("Jo Hawkins, Medway Council")."""
    entries: list[AttendanceEntry] = []
    s = _after_list_label(text, s, e)
    shared = _people_under_shared_brackets(text, s, e, kind)
    if shared is not None:
        return shared
    per_person = _one_person_per_semicolon(text, s, e)
    if per_person is not None:
        return [entry for a, b in per_person for entry in _entries_of_person_segment(text, a, b, kind)]
    per_person = _one_person_per_comma_with_initials(text, s, e)
    if per_person is not None:
        return [entry for a, b in per_person if (entry := parse_entry(text, a, b, kind, True)) is not None]
    per_person = _one_person_per_mention(text, s, e)
    if per_person is not None:
        return [entry for a, b in per_person if (entry := parse_entry(text, a, b, kind, True)) is not None]
    pieces = [_without_minuting_clause(text, ps, pe) for ps, pe in _top_level_splits(text, s, e, _ENTRY_SEPS)]
    merged: list[list[int]] = []
    for ps, pe in pieces:
        piece = text[ps:pe]
        # "Kent and Medway ICB" was cut at "and": glue a body-like piece back onto the word before it
        joined_by_and = merged and _AND_BETWEEN.fullmatch(text[merged[-1][1]:ps])
        # ("Police and Crime Commissioner (the Commissioner)": a bracket after the body's name is no part of it)
        if (joined_by_and and looks_like_affiliation(_BRACKET_AT_END.sub("", piece))
                and "(" not in text[merged[-1][0]:merged[-1][1]]):
            merged[-1][1] = pe
        else:
            merged.append([ps, pe])
    if all(_names_a_body_only(text[ps:pe]) for ps, pe in merged):
        return entries
    # the affiliation pieces after a name are read together ("Colm Fegan, PCSP Manager, Lakes City
    # Council": the post is "PCSP Manager" because the council is named beside it)
    pending: list[str] = []
    k = 0
    while k < len(merged):
        ps, pe = merged[k]
        k += 1
        piece = text[ps:pe].strip(" \t\n.,;")
        # "Chief Executive, OPFCC (Ms Sarah Hill)", "Police, Fire and Crime Commissioner (Mr Peter Stone)":
        # a post or body cut at its commas, its holder in the brackets of a later piece
        if "(" not in piece and looks_like_affiliation(piece):
            post_first = _post_then_name_across(text, merged, k - 1, kind)
            if post_first is not None:
                entry, k = post_first
                if pending:
                    _attach_affiliation(entries[-1], ", ".join(pending))
                    pending = []
                entries.append(entry)
                continue
        # "ALSO PRESENT: The Police and Crime Commissioner, Mr R Fenwick (…)": an office named without
        # its holder's name is nobody the list can name
        # (a capital "The": "Jo Bloggs, the Chair" names Jo Bloggs's role)
        if piece.startswith("The ") and "(" not in piece and (job_re().search(piece) or is_office_holder_body(piece)):
            continue
        if entries and looks_like_affiliation(_BRACKET_AT_END.sub("", piece)):
            pending.append(_SPACES.sub(" ", _BRACKET_AT_END.sub("", piece)))
            continue
        # "Kirsty Lamb (KL), Thanet District Council (minutes)": a body with a lowercase remark after it
        # (or a note of the item the guest came for: "Inspector Ann Webb, Lakes Police (for minute 48)")
        remark = (_LOWER_REMARK.search(piece) or _ITEM_NOTE_AT_END.search(piece)) \
            if entries and piece.endswith(")") else None
        if remark and looks_like_affiliation(piece[:remark.start()]):
            pending.append(_SPACES.sub(" ", piece[:remark.start()]))
            continue
        if pending:
            _attach_affiliation(entries[-1], ", ".join(pending))
            pending = []
        # "Lucy Kimber – Service Manager, RISE": a spaced dash ends the name as in a one-per-line list
        dashed = _SPACED_DASH.search(piece.split("(", 1)[0]) is not None
        entry = parse_entry(text, ps, pe, kind, dashed)
        if entry:
            entries.append(entry)
    if pending:
        _attach_affiliation(entries[-1], ", ".join(pending))
    return entries


def _holds_a_person_in_brackets(line: str) -> bool:
    return any(_is_bracketed_person(inside.strip()) for inside in _PAREN.findall(line))


def _bare_name_line(line: str) -> bool:
    """ "Dr Ann Webb (Chair)": a line holding a name (and a bracket) and nothing after it."""
    bare = _PAREN.sub("", line).strip()
    words = bare.split()
    if _holds_a_person_in_brackets(line):
        return False            # "Chief Constable (Mr Jo Bloggs)": a post, its holder in brackets
    return 1 <= len(words) <= 6 and "," not in bare and not _STRONG_NAME_SEP.search(bare) \
        and bare[:1].isupper() and bool(_LOWER_LETTER.search(bare)) and not looks_like_affiliation(bare)


_SEMICOLON = re.compile(r"[ \t]*;[ \t]*")
