"""PDF reader: the text layer of a PDF (printed minutes, Word exports) → the minutes text.

pypdf gives each page's text in content order; its "layout" mode also keeps vertical gaps as
blank lines, which is how paragraph breaks are recovered (a PDF has no paragraphs, only
positioned lines).  Then:

1. running headers/footers (lines repeated at the top or bottom of most pages, compared with
   digits masked) and page numbers ("Page 3 of 7", "- 3 -", a bare "3" that follows the page
   sequence) are removed;
2. wrapped lines are joined back into paragraphs (blank-line gaps, enumerators, "Action:",
   short last lines), one paragraph per line with a blank line between, like the text layouts;
   the lines of a centred title block (body, "Minutes of the meeting held on …", "Venue: …")
   stay lines of their own;
3. a hyphen at a line end is removed only when the unhyphenated word occurs elsewhere in the
   document and the hyphenated one does not ("commun-/ity" → "community", "multi-/agency" stays);
4. a table (cells at the same character columns over several lines) is read as its text copy has
   it: one line per row, cells separated by a TAB, wrapped cells joined, a header row repeated on
   the next page dropped; an unnumbered paragraph under a numbered one is a row of its own, and a
   page that opens in the columns of the table the page before ended in goes on with it.
"""
from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter

from ..model import InputError, SourceText
from ..read import lines_without_margin_numbers, sha256_hex
from ._common import drop_invisible, one_line, require_content

MEDIA_TYPE = "application/pdf"
NO_TEXT_LAYER = "no text layer: needs OCR"
ENCRYPTED = "encrypted PDF: cannot read without a password"

EDGE_LINES = 3                  # lines at the top and at the bottom of a page that may be furniture
REPEAT_SHARE = 0.6              # a line on this share of pages (at least 2) is a running header/footer

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")
_ODD_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u3000]")
# a typesetter's hyphen where it broke a word (Chromium prints U+2010; some print a soft hyphen)
BREAK_HYPHEN = "\u2010"
SOFT_HYPHEN_AT_BREAK = re.compile("\u00ad(?= {2,}| *$)")
_DIGITS = re.compile(r"\d+")
PAGE_LABEL = re.compile(r"^(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^\d{1,4}\s*(?:of|/)\s*\d{1,4}$", re.I)
BARE_NUMBER = re.compile(r"^[-–—]?\s*(\d{1,4})\s*[-–—]?$")
# a line that starts a new paragraph whatever the spacing: enumerators, bullets, lead-ins
PARAGRAPH_START = re.compile(
    r"^(?:\(?\d{1,3}[.)](?:\s|$)|\(\d{1,3}[a-z]?\)|\(?[a-hj-z][.)]\s|\((?:[ivxlc]{1,6})\)|[ivxlc]{1,6}[.)]\s"
    r"|[•·▪◦●■‣\u2013*-]\s|Action\s*:|ACTION\b|RESOLVED\b|Minutes\s*:|(?:Agenda\s+)?[Ii]tem\s+\d"
    # an item's labelled outcome under its paragraphs ("Outcome: The Board approved …", "Agreed Action: …")
    r"|(?:Outcomes?|Decisions?|Agreed(?:\s+[Aa]ctions?)?)\s*:)")
SENTENCE_END = re.compile(r"[.:;?!)]$")
# a label in capitals opening a line ("PRESENT: Mr A …", "IN ATTENDANCE: …", "ALSO PRESENT: …"): printed
# council minutes run each attendance paragraph to the full width, so only the label tells where one starts
SHOUTED_LABEL = re.compile(r"^[A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){0,2}:(?:\s|$)")
# an entry of a list written "Name – post, body", one a line ("Huw Bevan – Station Manager, …"): two
# such lines in a row are two entries, however wide the first runs
# (a remark in brackets may stand before the dash: "Councillor Ann Brook (Chair) - Fellside Council")
DASHED_ENTRY = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]*\s+(?:\([^()]{1,30}\)\s+)?[–—-]\s+[A-Z]")
# a numbered item heading ("3. Safeguarding"), or one that says what it is ("Agenda item 2: Minutes",
# "Item 4 – Budget", "Minute 14/2010 – Apologies")
# "Item 4 – Budget", or bilingual, "Eitem 4 / Item 4 Budget" (the label in each language)
ITEM_HEADING = re.compile(r"^(?:\d{1,3}[a-z]?\.\s+[A-Z]|(?i:(?:agenda\s+)?item|minute)\s+\d"
                          r"|[^\W\d_]{2,12}\s+\d{1,3}\s*/\s*(?i:item)\s+\d)")
HEADING_LINES = 2
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")
# a word and a hyphen ending a line: "commun-", or a typesetter's hyphen set apart by justification "Safe ‐"
HYPHEN_END = re.compile(r"([A-Za-z]+)(-| ?\u2010)$")
WORD_START = re.compile(r"^([A-Za-z]+)")

# pypdf reports recoverable damage through logging; those messages are not the user's concern
logging.getLogger("pypdf").setLevel(logging.ERROR)


# --------------------------------------------------------------------------- opening


def open_pdf(data: bytes, path: str):
    """A PdfReader ready to extract text, or InputError (corrupt / encrypted)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except Exception as exc:  # pypdf raises many types for damaged files
        raise InputError(path, f"corrupt PDF: {one_line(exc)}") from None
    if encrypted:
        # many council PDFs are "encrypted" with an empty user password just to stop editing
        try:
            opened = reader.decrypt("")
        except Exception as exc:
            raise InputError(path, f"encrypted PDF: cannot decrypt ({one_line(exc)})") from None
        if not opened:
            raise InputError(path, ENCRYPTED)
    return reader


def page_lines(page) -> list[str] | None:
    """One page's lines as laid out (words at their character columns, blank lines marking
    vertical gaps); None if the page cannot be read.  The spacing is kept so that columns can be
    found; ``flat`` gives a line's text."""
    for mode in ("layout", "plain"):
        try:
            raw = page.extract_text(extraction_mode=mode)
        except Exception:
            continue
        if raw is None:
            continue
        return [raw_line(line) for line in raw.replace("\r", "\n").split("\n")]
    return None


def raw_line(line: str) -> str:
    """A laid-out line with odd spaces made plain (one for one, so columns keep their place); a
    soft hyphen printed at the end of a line or column is kept as a hyphen (U+2010) for the
    joining of broken words, where drop_invisible would lose it."""
    line = _ODD_SPACES.sub(" ", line)
    line = SOFT_HYPHEN_AT_BREAK.sub(BREAK_HYPHEN, line)
    return drop_invisible(line).rstrip()


def flat(line: str) -> str:
    """A line's text: runs of spaces (justification, layout columns) as one space."""
    return _SPACES.sub(" ", line).strip()


def extract_pages(reader, path: str) -> tuple[list[list[str]], list[str]]:
    warnings: list[str] = []
    try:
        pages = list(reader.pages)
    except Exception as exc:
        raise InputError(path, f"corrupt PDF: {one_line(exc)}") from None
    if not pages:
        raise InputError(path, "corrupt PDF: no pages")
    texts: list[list[str]] = []
    for number, page in enumerate(pages, start=1):
        lines = page_lines(page)
        if lines is None:
            warnings.append(f"page {number}: text could not be read")
            lines = []
        texts.append(lines)
    return texts, warnings


# --------------------------------------------------------------------------- running headers


def edge_lines(lines: list[str]) -> dict[int, list[tuple[str, int]]]:
    """The first and last few non-blank lines of a page: line index → its places (edge,
    position), position counting from the top ("top", 0, 1, …) or the bottom ("bottom", 0, …);
    a line of a short page can be near both edges.  Page-number lines are not counted, so a
    header keeps its position whether or not a "Page 2 of 7" sits above it."""
    filled = [i for i, line in enumerate(lines) if line and not is_page_number_like(flat(line))]
    edges: dict[int, list[tuple[str, int]]] = {}
    for position, i in enumerate(filled[:EDGE_LINES]):
        edges.setdefault(i, []).append(("top", position))
    for position, i in enumerate(reversed(filled[-EDGE_LINES:])):
        edges.setdefault(i, []).append(("bottom", position))
    return edges


def is_page_number_like(line: str) -> bool:
    return bool(PAGE_LABEL.match(line) or BARE_NUMBER.match(line))


def number_zone(lines: list[str]) -> set[int]:
    """Indexes of the first and last few non-blank lines, where page numbers are printed."""
    filled = [i for i, line in enumerate(lines) if line]
    return set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])


def line_shape(line: str) -> str:
    """A line compared across pages: case, numbers and spacing ignored ("Page 2 of 7" ~ "Page 3 of 7")."""
    return _DIGITS.sub("#", flat(line).lower())


# a line printed this many times away from the page edges is the document's own words
BODY_REPEATS = 2


def running_keys(pages: list[list[str]]) -> set[tuple[str, int, str]]:
    """(edge, position, shape) of lines found at the same place on most pages: running headers
    and footers.  Requiring the same position keeps content lines that merely recur (a
    "Minutes:" label, a repeated decision) from being taken for furniture."""
    if len(pages) < 2:
        return set()
    counts: Counter[tuple[str, int, str]] = Counter()
    in_body: Counter[str] = Counter()
    for lines in pages:
        edges = edge_lines(lines)
        counts.update({(*place, line_shape(lines[i])) for i, places in edges.items() for place in places})
        in_body.update(line_shape(line) for i, line in enumerate(lines) if line and i not in edges)
    needed = max(2, math.ceil(REPEAT_SHARE * len(pages)))
    # shapes without letters ("#", "- # -") are page numbers, judged by page_number_offset; a line
    # also printed time and again in the body ("Decision" over each item's outcome, which can fall
    # second from the foot of most pages of a short document) is content, not furniture
    return {key for key, count in counts.items()
            if count >= needed and re.search("[a-z]", key[2]) and in_body[key[2]] < BODY_REPEATS}


def page_number_offset(pages: list[list[str]]) -> int | None:
    """The constant (printed number − page index) of bare page numbers, if most pages show one."""
    offsets: Counter[int] = Counter()
    for index, lines in enumerate(pages, start=1):
        found = {int(m.group(1)) - index for i in number_zone(lines)
                 if (m := BARE_NUMBER.match(flat(lines[i])))}
        offsets.update(found)
    if not offsets:
        return None
    offset, count = offsets.most_common(1)[0]
    return offset if count >= math.ceil(len(pages) / 2) else None


def remove_page_furniture(pages: list[list[str]]) -> list[list[str]]:
    running = running_keys(pages)
    offset = page_number_offset(pages)
    cleaned: list[list[str]] = []
    for index, lines in enumerate(pages, start=1):
        edges, zone = edge_lines(lines), number_zone(lines)
        kept = []
        for i, line in enumerate(lines):
            if i in zone and is_page_number(flat(line), index, offset):
                continue
            if i in edges and any((*place, line_shape(line)) in running for place in edges[i]):
                continue
            kept.append(line)
        cleaned.append(kept)
    return cleaned


def is_page_number(line: str, page_index: int, offset: int | None) -> bool:
    """"Page 3 of 7" always; a bare "3" only when it follows the document's page sequence."""
    if PAGE_LABEL.match(line):
        return True
    bare = BARE_NUMBER.match(line)
    return bool(bare and offset is not None and int(bare.group(1)) - page_index == offset)


# --------------------------------------------------------------------------- columns
#
# A page printed in two columns comes out of the layout text as rows holding a line of each
# column ("Present: Professor A …      RESOLVED that the Board: …").  The right column shows as
# the character column near the middle where many lines start after a run of spaces; rows that
# leave a gap before it are cut there, and the left column is read before the right one.  Lines
# that print into the gap (a title or venue line above the columns) are full-width and stay where
# they are.

MIDDLE_BAND = (0.3, 0.7)        # the right column starts in this share of the page width
GUTTER_GAP = 2                  # a two-sided row leaves at least this many spaces before the right column
MIN_TWO_SIDED_LINES = 6         # a page is in columns when this many lines have text on both sides …
TWO_SIDED_SHARE = 0.4           # … and they are this share of its lines
PROSE_FILL = 0.6                # the median line of each column fills this share of it (not a table)
MIN_BAND_ROWS = 2               # a band of rows with fewer two-sided lines is not a column band


def right_column_start(lines: list[str]) -> int | None:
    """The character column where a two-column page's right column starts, or None for a
    single-column page."""
    filled = [line for line in lines if line.strip()]
    if len(filled) < MIN_TWO_SIDED_LINES:
        return None
    column = likeliest_gutter(filled)
    if column is None:
        return None
    two_sided = [line for line in filled if is_two_sided(line, column)]
    # the share is of the lines that reach the right column: short lines set in the left part only
    # (an attendance list, one name a line, above the columns) neither make nor unmake a column page
    reaching = [line for line in filled if len(line) > column]
    if len(two_sided) < max(MIN_TWO_SIDED_LINES, TWO_SIDED_SHARE * len(reaching)):
        return None
    return column if both_sides_are_prose(two_sided, column) else None


# The last page of a document in columns may hold only a few rows of each ("The next meeting will be
# held on …" beside "Approved as a correct record …"), too few to tell columns from a table; after a
# page in columns, its rows are read in columns when each reaching that far leaves the gap near where
# the page before had its gutter (the layout's character columns shift a little with the page's text).

COLUMN_PAGE_DRIFT = 6           # the gutter of a page may print this many characters off the page before's


def column_going_on(lines: list[str], before: int | None) -> int | None:
    """The right column of a page too short to be judged on its own, when the page before was in
    columns at ``before`` and this page's rows go on in two columns near there."""
    filled = [line for line in lines if line.strip()]
    if before is None or not filled:
        return None
    column = likeliest_gutter(filled)
    if column is None or abs(column - before) > COLUMN_PAGE_DRIFT:
        return None
    two_sided = [line for line in filled if is_two_sided(line, column)]
    if len(two_sided) < MIN_BAND_ROWS or any(len(line) > column and not is_two_sided(line, column) for line in filled):
        return None
    return column if both_sides_are_prose(two_sided, column) else None


def likeliest_gutter(filled: list[str]) -> int | None:
    """The character column where most of the page's non-blank lines start a word after a gap in the
    middle of the page: where its right column would start, if it has one."""
    width = max(len(line) for line in filled)
    starts = Counter(column for line in filled for column in gap_starts(line, width))
    return starts.most_common(1)[0][0] if starts else None


def gap_starts(line: str, width: int) -> set[int]:
    """Columns in the middle of the page where a word starts after a gap of spaces."""
    low, high = int(width * MIDDLE_BAND[0]), int(width * MIDDLE_BAND[1])
    return {column for column in range(max(low, GUTTER_GAP), min(high, len(line)))
            if line[column] != " " and not line[column - GUTTER_GAP:column].strip()}


def crosses(line: str, right: int) -> bool:
    """Whether the line prints into the gap before the right column: a full-width line, even
    one whose word gap falls there ("… One Angel Street …")."""
    return bool(line[right - GUTTER_GAP:right].strip())


def is_two_sided(line: str, right: int) -> bool:
    return not crosses(line, right) and bool(line[:right].strip()) and bool(line[right:].strip())


def both_sides_are_prose(two_sided: list[str], right: int) -> bool:
    """Whether the lines fill both columns as wrapped prose does; a table's cells (names,
    dates) leave most of a column empty, and a table is read row by row."""
    margin = min(len(line) - len(line.lstrip()) for line in two_sided)
    left = sorted(len(line[:right].rstrip()) - margin for line in two_sided)
    right_widths = sorted(len(line) - right for line in two_sided)
    middle = len(two_sided) // 2
    return (left[middle] >= PROSE_FILL * (right - GUTTER_GAP - margin)
            and right_widths[middle] >= PROSE_FILL * right_widths[-1]
            and not sides_hold_cells(two_sided, right))


def sides_hold_cells(two_sided: list[str], right: int) -> bool:
    """Whether most rows have text starting after a gap at one more character column inside
    the sides: a wide table ("3.1  Publish the strategy …   Lucy Brandon  01/10/2021  Green")
    fills the page like prose, but its cells line up, where the wide spaces of justified prose
    fall anywhere."""
    inner = Counter(start for line in two_sided for start, _ in text_runs(line)
                    if start != right and line[:start].strip())
    return bool(inner) and inner.most_common(1)[0][1] > len(two_sided) / 2


def page_flows(lines: list[str], carried: list[int] | None = None,
               right: int | None = None) -> tuple[list[list[str]], list[int] | None]:
    """A page's lines in reading order, as runs ("flows") read one after another like pages (a
    paragraph may run on from one to the next): the whole page as one flow, or for a page in
    columns the lines above each band of rows, then the band's left column and its right column
    as a flow each (a band ends at a line printed across the gutter, or at a heading printed
    across both columns: see heads_column_band).  Lines of a column keep their spacing (dedented) so that their printed
    width can be measured; the blank rows between blocks are kept as paragraph gaps.  Also the
    columns of a table the page ends in, which the next page may go on with (``carried``: those of
    the page before).  ``right``: the page's right column, when it was found otherwise (see
    column_going_on)."""
    right = right if right is not None else right_column_start(lines)
    if right is None:
        flow, open_columns = single_column_flow(lines, carried)
        return [flow], open_columns
    flows: list[list[str]] = [[]]
    band: list[str] = []
    under_heading = False           # the band opened under a heading printed across both columns
    for index, line in enumerate([*lines, None]):
        heading = line is not None and heads_column_band(band, lines, index, right)
        if line is not None and not crosses(line, right) and not heading:
            band.append(line)
            continue
        needed = 1 if under_heading else MIN_BAND_ROWS
        if sum(is_two_sided(row, right) for row in band) >= needed:
            # each column a flow of its own, so that its lines are measured against the column's
            # width, not the full width of the lines above it
            flows.append(dedent([row[:right] for row in band]))
            # (the right column goes on from the left one: the blank rows above the band are no gap in it)
            flows.append(dedent(drop_leading_blanks([row[right:] for row in band])))
        else:
            flows[-1] += [flat(row) for row in band]
        band, under_heading = [], heading
        if line is not None:
            if heading:
                flows[-1].append("")        # (the heading is a paragraph of its own)
            flows[-1].append(flat(line))
    return [flow for flow in flows if any(flow)], None


# A page set in columns under headings printed across both ("4. ANNUAL REPORT" over the item's text
# in two columns, then "5. …" over the next item's): each heading's text fills the left column and
# then the right one before the next heading, so the page is read band by band.  A short heading
# prints in the left part only, like a line of the left column; it is told by its place: a gap above
# it, the right column above ended a sentence (its item is over), the line itself ends none, and the
# columns resume right under it.  A left-column paragraph below where a shorter right column ended
# is no heading: no right column resumes under it.

HEADING_LOOKAHEAD = 3           # the columns resume within this many lines under a heading
OUTCOME_LABEL = re.compile(r"(?i)(?:action|resolved|agreed|decision)\b")


def heads_column_band(band: list[str], lines: list[str], index: int, right: int) -> bool:
    """Whether ``lines[index]`` is a heading printed across the columns of a column page that ends
    the band of rows above it (``band``) and opens a new one."""
    line = lines[index]
    if not band or band[-1].strip() or not line.strip() or line[right - GUTTER_GAP:].strip():
        return False
    if SENTENCE_END.search(flat(line)):
        return False
    above = [row[right:].strip() for row in band if row[right:].strip()]
    if above and not SENTENCE_END.search(above[-1]):
        return False
    below = [row for row in lines[index + 1:] if row.strip()][:HEADING_LOOKAHEAD]
    if not below:       # a heading at the page's foot, its columns on the next page: it must look one
        return bool(NUMBERED_LINE.match(flat(line)) or shouted(flat(line))) and not OUTCOME_LABEL.match(flat(line))
    return any(is_two_sided(row, right) for row in below)


def drop_leading_blanks(lines: list[str]) -> list[str]:
    first = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
    return lines[first:]


def dedent(lines: list[str]) -> list[str]:
    lines = [line.rstrip() for line in lines]
    margin = min((len(line) - len(line.lstrip()) for line in lines if line), default=0)
    return [line[margin:] for line in lines]


# --------------------------------------------------------------------------- a name beside the title
#
# A body's name printed as a logo, a word or two a line in a narrow column beside the title block
# ("Lakeby" / "Police and" / "Crime Panel" left of "LAKEBY POLICE AND CRIME PANEL" / "MINUTES OF …"),
# comes out of the layout text as the start of each title line.  Its text copy leaves the logo out;
# here its words are read as one line above the title, so that neither the title's lines nor its
# words run into each other.

SIDE_NAME_WORDS = 2             # words on each line of the name beside the title
SIDE_NAME_GAP = 4               # spaces at least between the name and the title lines


def side_name_rows(lines: list[str]) -> list[str]:
    """The document's first lines with a name set beside the title read before it: two or more
    rows in a row at the top of the page whose first run is a word or two (no label: no colon, no
    sentence end) and whose title text, in capitals on the first row, starts at one column after a
    wide gap."""
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines
    names: list[str] = []
    column: int | None = None
    end = first
    for line in lines[first:]:
        runs = text_runs(line)
        if len(runs) < 2:
            break
        (name_start, name), (title_start, _) = runs[:2]
        if len(name.split()) > SIDE_NAME_WORDS or name[-1] in ":.;," \
                or title_start - (name_start + len(name)) < SIDE_NAME_GAP or column not in (None, title_start):
            break
        column = title_start
        names.append(name)
        end += 1
    if len(names) < 2 or not shouted(lines[first][column:]):     # (a title in capitals heads the rows)
        return lines
    title = [" " * column + line[column:] if len(line) > column else line for line in lines[first:end]]
    return [*lines[:first], " " * (len(lines[first]) - len(lines[first].lstrip())) + " ".join(names), "",
            *title, *lines[end:]]


# --------------------------------------------------------------------------- title blocks
#
# A meeting's title block is printed centred above the minutes, one line each and no gap between
# them ("SWINDON COMMUNITY SAFETY PARTNERSHIP" / "Minutes of the meeting held on …" / "Venue: …").
# Its lines are shorter than the page, so the paragraph joiner would run them together; the
# layout tells them apart from wrapped prose, whose lines all start at the paragraph's margin:
# lines of a centred block of different lengths start at different columns.  The character
# columns of the layout text are approximate (a larger title font prints fewer, wider
# characters), so centring is judged with a tolerance.

TITLE_MIN_MARGIN = 4            # a centred line stands at least this many characters in from both sides
CENTRED_TOLERANCE = 0.25        # its two margins differ by at most this share of their sum
TITLE_LINE_SHARE = 0.8          # a line this share of the text width or wider is wrapped, not a title line


def text_frame(lines: list[str]) -> tuple[int, int]:
    """The page's text area in character columns: the leftmost start and the rightmost end of its lines."""
    filled = [line for line in lines if line.strip()]
    if not filled:
        return 0, 0
    return min(indent(line) for line in filled), max(len(line) for line in filled)


def indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def is_centred(line: str, frame: tuple[int, int]) -> bool:
    left, right = indent(line) - frame[0], frame[1] - len(line.rstrip())
    return min(left, right) >= TITLE_MIN_MARGIN and abs(left - right) <= CENTRED_TOLERANCE * (left + right)


def starts_title_line(previous: str, line: str, frame: tuple[int, int]) -> bool:
    """Whether ``line`` is a line of its own in a centred block after ``previous``: it is centred and
    starts at another column than ``previous`` (a wrapped line starts where the line above it does),
    and ``previous`` stops well short of the text width (a centred title too long for one line
    wraps from a line as wide as the page; so does the first line of a hanging indent)."""
    width = frame[1] - frame[0]
    return (is_centred(line, frame) and indent(line) != indent(previous)
            and not hangs_under(previous, line)
            and len(previous.rstrip()) - indent(previous) < TITLE_LINE_SHARE * width)


def hangs_under(previous: str, line: str) -> bool:
    """Whether ``line`` starts where a later run of ``previous`` does: the wrapped line of a hanging
    indent ("4.4   Members discussed …" / "      Independent Domestic …"), which may happen to stand
    centred on the page, not a line of a title block."""
    return indent(line) in {start for start, _ in text_runs(previous)[1:]}


# A title block set flush left, as Word minutes have it ("Minutes of the meeting held on …, 9.30am –
# 12.00pm" / "Committee Room 2, County Hall, Durham"), has no centring to tell its lines apart.  A
# writer's line break shows in the widths instead: a wrapped line breaks only where the next word
# does not fit, so a line after which the next line's first word would have fitted was ended by
# hand.  Only the short paragraphs that open the document are judged so (the title block above the
# attendance); in prose a line can stop short for other reasons.

TITLE_BLOCK_LINES = 3           # an opening paragraph of more lines is prose ("Present: A, B, …")
HAND_BREAK_FIT = 0.95           # the next word fits within this share of the text width (widths are approximate)
# a line that goes on to the next: it ends in a comma, colon or dash, or in a word that joins
GOES_ON = re.compile(r"(?:[,;:–—-]|\b(?:and|or|of|the|a|an|in|at|on|to|for|by|with|from|via|&))$",
                     re.IGNORECASE)


def ended_by_hand(previous: str, line: str, width: int) -> bool:
    """Whether ``previous`` (flat text) was ended by a line break although ``line``'s first word
    would have fitted after it; ``line`` starts with a capital, as a title block's lines do."""
    word = line.split(" ", 1)[0]
    return bool(width and line[:1].isupper() and not GOES_ON.search(previous)
                and len(previous) + 1 + len(word) <= HAND_BREAK_FIT * width)


def title_block_size(paragraphs: list[list[str]]) -> int:
    """How many paragraphs open the document as its title block: those before the first table,
    longer paragraph or numbered item heading (the items' text is prose, however short its
    paragraphs: "1. APOLOGIES FOR ABSENCE" over a two-line paragraph in a narrow column)."""
    for index, paragraph in enumerate(paragraphs):
        if is_table_block(paragraph) or is_list_block(paragraph) or len(paragraph) > TITLE_BLOCK_LINES \
                or ITEM_HEADING.match(flat(paragraph[0])):
            return index
    return len(paragraphs)


def render_title_paragraph(paragraph: list[str], vocabulary: Counter[str], width: int) -> str:
    """A paragraph of the title block: a line ended by hand stays a line of its own, as the text
    copy has it (the venue under the date line), wrapped lines are joined."""
    groups = [[flat(paragraph[0])]]
    for line in map(flat, paragraph[1:]):
        if ended_by_hand(groups[-1][-1], line, width):
            groups.append([line])
        else:
            groups[-1].append(line)
    return "\n".join(join_wrapped(group, vocabulary) for group in groups)


# --------------------------------------------------------------------------- tables
#
# A table prints as lines whose cells stand at the same character columns, with a gap of two or
# more spaces between them; a cell too long for its column wraps onto the following lines at the
# same column.  Such a run of lines is read as the text copy of the table has it: one line per row,
# cells separated by a TAB, a wrapped cell's lines joined in order.  In the flows a row is kept as
# one string, its cells joined by TAB and a cell's wrapped lines by newline, so that paragraphs and
# pages can tell a row from prose (prose lines never hold a TAB: raw_line makes tabs spaces).

CELL_SEPARATOR = "\t"
CELL_LINE_BREAK = "\n"
CELL_TEXT = re.compile(r"\S+(?: \S+)*")      # words separated by single spaces: one cell's text on a line
MIN_TABLE_LINES = 2                           # lines with two or more cells a table needs (header and a row)
# a row reference in the first column ("3", "3.1", "04/02", "SCB24/01"): numbers do not wrap, so
# such a cell on a line by itself starts a row
ROW_REFERENCE = re.compile(r"^\(?[A-Za-z]{0,6}\d+(?:[./-]\d+)*[a-z]?[.)]?$")
ENUMERATOR = re.compile(r"^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z][.)]|\([ivxlc]{1,6}\)|[•·▪◦●■‣\u2013*-])$")
# a minute numbered within the year in the margin ("18/24      MINUTES"): a hanging indent as well
MARGIN_MINUTE_NUMBER = re.compile(r"^\d{1,3}/\d{2,4}$")


def text_runs(line: str) -> list[tuple[int, str]]:
    """The line's runs of text separated by two or more spaces, with the column each starts at."""
    return [(m.start(), m.group()) for m in CELL_TEXT.finditer(line)]


def line_cells(line: str, columns: list[int]) -> list[str] | None:
    """The line's text cut into the table's columns ("" for an empty cell), or None when the line
    does not fit them: text starting between column starts, or running on into the next column
    (prose printed across the table's width: "RESOLVED that …" under "15.      Notes …")."""
    cells = [""] * len(columns)
    for start, text in text_runs(line):
        if start not in columns:
            return None
        index = columns.index(start)
        if index + 1 < len(columns) and start + len(text) >= columns[index + 1]:
            return None
        cells[index] = text
    return cells


def header_columns(line: str) -> list[int] | None:
    """The column starts of a line with two or more cells, which may head a table."""
    runs = text_runs(line)
    return [start for start, _ in runs] if len(runs) >= 2 else None


def table_end(lines: list[str], first: int, columns: list[int]) -> int:
    """The index after the last line of the table starting at ``first``.  A blank line (a taller
    row leaves one) stays inside only when the table goes on after it with text beyond the first
    column; a heading or prose after the table does not fit its columns, or fills only the first."""
    end = first + 1
    index = first + 1
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        cells = line_cells(lines[index], columns)
        if cells is None or (index > end and not any(cells[1:])):
            break
        index += 1
        end = index
    return end


# the agenda's reference printed at the right margin of a minute's heading: "(Item C1)", "(Agenda item 5)"
AGENDA_REFERENCE_CELL = re.compile(r"\((?:agenda\s+)?item\s+[A-Z]{0,2}\s?\d{1,2}[a-z]?\)", re.IGNORECASE)


def headings_with_agenda_references(rows: list[list[str]]) -> bool:
    """Lines whose only cell past the first is an agenda reference in brackets: numbered headings
    ("35. Anti-social behaviour – annual return   (Item C1)") over their paragraphs, no table, even where
    no blank line parts a heading from its first paragraph."""
    second = [cell for cells in rows for cell in cells[1:] if cell]
    return bool(second) and all(AGENDA_REFERENCE_CELL.fullmatch(cell) for cell in second)


def is_table(rows: list[list[str]]) -> bool:
    """Enough lines of two or more cells, and not a numbered list: a hanging indent (enumerators
    in the first column, the text in the second) lines up as two columns too."""
    if sum(sum(bool(cell) for cell in cells) >= 2 for cells in rows) < MIN_TABLE_LINES:
        return False
    if headings_with_agenda_references(rows):
        return False
    firsts = [cells[0] for cells in rows if cells[0]]
    return len(rows[0]) > 2 or not all(ENUMERATOR.match(cell) or MARGIN_MINUTE_NUMBER.match(cell) for cell in firsts)


def starts_row(cells: list[str]) -> bool:
    """Whether a table line starts a new row rather than going on with wrapped cells of the row
    above.  Rows start at the first column; a first cell alone on its line is a wrapped name
    ("Chief Superintendent Gavin / Rothwell") unless it is a row reference, and a cell starting in
    lower case goes on with a sentence ("Station Commander Beth / Carrow  and Rescue Service"), as
    does a first cell opening with a bracket that is no enumerator: the rest of a wrapped name, its
    initials or a remark ("Station Manager Ian Brunskill / (IB)", "(for Jo Bloggs)")."""
    first, others = cells[0], [cell for cell in cells[1:] if cell]
    if not first or first[:1].islower():
        return False
    if ROW_REFERENCE.match(first):
        return True
    if first.startswith("(") and not ENUMERATOR.match(first):
        return False
    return bool(others) and not any(cell[:1].islower() for cell in others)


# the rest of a name wrapped in its cell: a surname, perhaps with a remark ("Cresswell (Chair)")
SURNAME_CELL = re.compile(r"[A-Z][\w'’-]+(?:\s+\([^)]{1,30}\))?")


def finishes_name(row: list[list[str]], cells: list[str]) -> bool:
    """Whether a table line whose first cell is filled goes on with the row above rather than starting
    one: the row's name was cut after a title and one name ("Professor Alan" / "Cresswell (Chair)",
    "Station Manager Lee" / "Garforth"), the line holds only a surname there, and it leaves empty a
    column the row filled (a new row fills its cells on its first line; the wrapped lines of the row
    above fill only the cells that wrapped)."""
    if not row[0] or not SURNAME_CELL.fullmatch(cells[0]):
        return False
    if not any(row[k] and not cells[k] for k in range(1, len(cells))):
        return False
    from ..entities.people import strip_titles      # (the titles and ranks the extractor knows)
    return len(strip_titles(" ".join(row[0]).split())[1]) <= 1


# a cell's line that ends a sentence, and one that starts the next paragraph of a minute whatever
# came before it: an enumerator, "Action:", "RESOLVED"
ENDS_SENTENCE = re.compile(r"[.!?][)'\"’”]?$")


def starts_paragraph_row(row: list[list[str]], cells: list[str]) -> bool:
    """Whether a line with an empty first cell starts a row of its own rather than going on with the
    row above.  A table that numbers its paragraphs ("3.1 | The minutes … were agreed as a record.")
    puts the outcome or the action under a paragraph in a row whose number cell is empty ("| The
    Board APPROVED the minutes.", "| Action: 04/25-01 SW – …"); printed, it looks like one more
    wrapped line of the cell above.  It is a row when the row above is a numbered paragraph (or such
    a row), holds nothing in the columns after that cell, and its text there ended a sentence, and
    the line, written in that column alone, starts one."""
    filled = [k for k, cell in enumerate(cells) if cell]
    if cells[0] or len(filled) != 1:
        return False
    column = filled[0]
    above = row[column]
    if not above or any(row[k] for k in range(column + 1, len(row))):
        return False
    if row[0] and not ROW_REFERENCE.match(" ".join(row[0])):
        return False
    text = cells[column]
    return bool((ENDS_SENTENCE.search(above[-1]) and text[:1].isupper())
                or (SENTENCE_END.search(above[-1]) and PARAGRAPH_START.match(text)))


def ends_shouted_title_row(row: list[list[str]], cells: list[str]) -> bool:
    """Whether a line with an empty first cell starts the text under a numbered row's title: a
    borderless table of printed minutes ("12/31 | APOLOGIES AND SUBSTITUTIONS", "| Apologies were
    received …") sets the title in capitals and its text below it in the same cell, which its text
    copy has as a heading line and a paragraph. The row holds only the number and the title, in
    capitals (a wrapped title may end in a line without letters: "2012)"); the line, in sentence
    case, fills the title's column alone. A page break between them is no different (join_table_parts)."""
    filled = [k for k, cell in enumerate(cells) if cell]
    if cells[0] or len(filled) != 1 or not row[0] or not ROW_REFERENCE.match(" ".join(row[0])):
        return False
    column = filled[0]
    title = row[column]
    return bool(title) and not any(row[k] for k in range(1, len(row)) if k != column) \
        and shouted(" ".join(title)) \
        and not shouted(cells[column]) and any(c.islower() for c in cells[column])


def closes_open_bracket(row: list[list[str]], cells: list[str]) -> bool:
    """Whether a table line goes on with the row above because a cell of that row left a bracket open
    and the line goes on in that column: a list of names set in two columns ("Cllr Ann Brook (Chair,
    Fellside" | "Carl Dent (Lakeside" / "Council)" | "Police)"), whose wrapped lines start in capitals
    like new entries and would otherwise read as rows of their own."""
    return any(cell and cells[k] and sum(line.count("(") - line.count(")") for line in cell) > 0
               for k, cell in enumerate(row))


# a date cell cut after its month ("5 October" / "2023"): the day and month, then the year alone
DAY_AND_MONTH_CELL = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}")
YEAR_CELL = re.compile(r"(?:19|20)\d{2}")


def finishes_date(row: list[list[str]], cells: list[str]) -> bool:
    """Whether a table line goes on with the row above because the row's first cell is a date cut
    after its month ("5 October" | "Serious Violence Duty …" | "Dr Ann" over "2023" | | "Lee"): the
    line's first cell is the year alone, which no row of a plan or a log starts with."""
    return bool(row[0]) and DAY_AND_MONTH_CELL.fullmatch(row[0][-1]) is not None \
        and YEAR_CELL.fullmatch(cells[0]) is not None


def table_rows(lines: list[str], columns: list[int]) -> list[list[list[str]]]:
    """The table's rows, each a list of cells, each cell the list of its wrapped lines.  Lines at
    the top of a page that go on with a row from the page before make a row with an empty first
    cell, as does an unnumbered paragraph under a numbered one (see starts_paragraph_row) and the
    text under a numbered title in capitals (see ends_shouted_title_row)."""
    rows: list[list[list[str]]] = []
    for line in lines:
        cells = line_cells(line, columns) if line.strip() else None
        if cells is None:
            continue
        if not rows or (starts_row(cells) and not finishes_name(rows[-1], cells) and not closes_open_bracket(rows[-1], cells)
                        and not finishes_date(rows[-1], cells)) \
                or starts_paragraph_row(rows[-1], cells) or ends_shouted_title_row(rows[-1], cells):
            rows.append([[] for _ in columns])
        for cell, text in zip(rows[-1], cells):
            if text:
                cell.append(text)
    return rows


def encode_row(row: list[list[str]]) -> str:
    return CELL_SEPARATOR.join(CELL_LINE_BREAK.join(cell) for cell in row)


def is_table_row(line: str) -> bool:
    return CELL_SEPARATOR in line


def row_cells(row: str) -> list[str]:
    """A row's cells as one-line text (wrapped lines joined by spaces)."""
    return [" ".join(cell.split(CELL_LINE_BREAK)) for cell in row.split(CELL_SEPARATOR)]


def lines_with_table_rows(lines: list[str]) -> list[str]:
    """A single-column page's lines as text: each table found in it as its rows, the other lines
    flattened, with a gap before each new line of a centred title block."""
    return single_column_flow(lines)[0]


COLUMN_DRIFT = 3    # a table's columns may print this many characters off on the next page


def columns_carried_over(lines: list[str], first: int, carried: list[int]) -> list[int] | None:
    """The columns of the table the page before ended in as this page sets them, when the page
    opens with a row of it: the layout's character columns may drift a little from page to page
    ("Ref  Notes  Action" at 1, 11, 92 on one page, 0, 10, 94 on the next), so each column is taken
    where this page's lines start a run near it.  The page's first line fills two or more of them, or
    only a later one (a wrapped cell going on from the row cut by the page break) when rows filling
    two or more follow; None when the page does not go on with the table."""
    starts = Counter(start for line in lines[first:] for start, _ in text_runs(line))
    columns = []
    for column in carried:
        near = [(count, -abs(start - column), start) for start, count in starts.items()
                if abs(start - column) <= COLUMN_DRIFT]
        columns.append(max(near)[2] if near else column)
    if any(b <= a for a, b in zip(columns, columns[1:])):
        return None
    cells = line_cells(lines[first], columns)
    if cells is None:
        return None
    filled = sum(bool(cell) for cell in cells)
    if filled >= 2:
        return columns
    if filled != 1 or cells[0]:
        return None
    end = table_end(lines, first, columns)
    rows = [line_cells(line, columns) for line in lines[first:end] if line.strip()]
    return columns if sum(sum(bool(cell) for cell in row) >= 2 for row in rows if row) >= MIN_TABLE_LINES else None


def single_column_flow(lines: list[str], carried: list[int] | None = None) -> tuple[list[str], list[int] | None]:
    """The lines of a single-column page as text (see lines_with_table_rows), and the columns of a
    table that runs to the page's end.  A page that opens with rows in the columns ``carried`` over
    from the page before goes on with that table, even where its rows alone would read as a numbered
    list ("6.3   JW described …" under "Item 6 | Sexual violence | Paper D" on the page before)."""
    frame = text_frame(lines)
    out: list[str] = []
    previous: str | None = None        # the laid-out line just flattened, if nothing came between
    first = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
    open_columns: list[int] | None = None
    hanging: int | None = None         # the column a labelled paragraph's wrapped lines hang at
    index = 0
    while index < len(lines):
        columns = header_columns(lines[index])
        carried_here = columns_carried_over(lines, index, carried) if index == first and carried else None
        if columns or carried_here:
            goes_on = carried_here is not None
            columns = carried_here if carried_here is not None else columns
            end = table_end(lines, index, columns)
            cells = [line_cells(line, columns) for line in lines[index:end] if line.strip()]
            if goes_on or is_table(cells):
                out += [encode_row(row) for row in table_rows(lines[index:end], columns)]
                open_columns = None if any(line.strip() for line in lines[end:]) else columns
                index, previous = end, None
                continue
        line = lines[index]
        if hanging is not None and line.strip() and indent(line) == hanging and out and out[-1]:
            out[-1] = join_wrapped([out[-1], flat(line)], Counter())   # (hyphens are mended later)
            previous, index = line, index + 1
            continue
        if hanging is not None and line.strip() and indent(line) < hanging:
            out.append("")          # back at the margin: the labelled paragraph has ended
        hanging = None
        if previous and line.strip() and hangs_under_label(previous, line):
            out[-1] = join_wrapped([out[-1], flat(line)], Counter())
            hanging, previous, index = indent(line), line, index + 1
            continue
        if previous and line.strip() and (starts_title_line(previous, line, frame)
                                          or starts_numbered_margin_line(previous, line)
                                          or ends_margin_numbered_title(previous, line)):
            out.append("")          # (a gap: the flattened lines no longer show the margin)
        out.append(flat(line))
        previous = line if line.strip() else None
        index += 1
    return out, open_columns


def ends_margin_numbered_title(previous: str, line: str) -> bool:
    """Whether ``previous`` is an item's title in title case beside its number in the margin ("8      Serious
    Violence Duty: Strategic Needs Assessment") and ``line``, starting under the title, opens the item's
    text: a sentence, not more of the title (which would be in title case too, or follow a title
    cut after "and"). However wide the title runs, the text under it is no part of it."""
    title = flat(previous)
    return bool(title_after_number(title) and hangs_under(previous, line) and not GOES_ON.search(title)
                and not title_after_number(f"1 {flat(line)}"))


# a label opening a line with its value after it: "Partners present: Superintendent A (Lakes Police),"
HANGING_LABEL = re.compile(r"^[A-Z][A-Za-z'’ ]{1,30}:[ ]+\S")


def hangs_under_label(previous: str, line: str) -> bool:
    """Whether ``line`` is the first wrapped line of a labelled paragraph set with a hanging indent
    ("Present: Councillor A, Councillor B," / "         Councillor C"): it starts right of the label's
    column, which the line above opens with, and that line ended no sentence.  Measured by width, the
    label line looks short (the indent of the lines under it is lost when they are flattened), so the
    lines are joined here, while the margin still shows."""
    text = previous.lstrip()
    return bool(HANGING_LABEL.match(text) and indent(line) > indent(previous) + 2
                and indent(line) <= indent(previous) + text.index(":") + 8
                and not ENDS_SENTENCE.search(text))


def join_table_parts(before: list[str], after: list[str]) -> list[str]:
    """A table going on from one page to the next as one table: the header row the next page
    repeats is dropped when it equals the table's first row, and a row cut by the page break (the
    next page's first row has no first cell) is joined to the row it goes on from, cell by cell."""
    after = [rest for rest in [without_header(after[0], before[0])] if rest] + after[1:]
    if after and goes_on_from(after[0], before[-1]) and not text_under_shouted_title(before[-1], after[0]):
        return [*before[:-1], joined_row(before[-1], after[0]), *after[1:]]
    return before + after


def text_under_shouted_title(upper: str, lower: str) -> bool:
    """A numbered title in capitals at a page's foot and its text at the next page's head are two rows
    (see ends_shouted_title_row), not one row cut by the page break."""
    return ends_shouted_title_row([cell.split(CELL_LINE_BREAK) if cell else [] for cell in upper.split(CELL_SEPARATOR)],
                                  row_cells(lower))


def goes_on_from(row: str, previous: str) -> bool:
    cells = row_cells(row)
    return not cells[0] and len(cells) == len(row_cells(previous))


def joined_row(upper: str, lower: str) -> str:
    return CELL_SEPARATOR.join(CELL_LINE_BREAK.join(part for part in parts if part) for parts in
                               zip(upper.split(CELL_SEPARATOR), lower.split(CELL_SEPARATOR)))


def without_header(row: str, header: str) -> str | None:
    """The row with the header's lines taken off the top of its cells, when each of its cells
    begins with the header's cell: what is left (a row cut by the page break, read into the
    repeated header as the wrapped lines of its cells) goes on as a row; None when nothing is
    left.  A row that does not begin with the header is returned as it is."""
    cells = [cell.split(CELL_LINE_BREAK) if cell else [] for cell in row.split(CELL_SEPARATOR)]
    heads = [cell.split(CELL_LINE_BREAK) if cell else [] for cell in header.split(CELL_SEPARATOR)]
    if len(cells) != len(heads) or any(cell[:len(head)] != head for cell, head in zip(cells, heads)):
        return row
    rest = [cell[len(head):] for cell, head in zip(cells, heads)]
    return encode_row(rest) if any(rest) else None


def render_row(row: str, vocabulary: Counter[str]) -> str:
    return CELL_SEPARATOR.join(join_wrapped(cell.split(CELL_LINE_BREAK), vocabulary) if cell else ""
                               for cell in row.split(CELL_SEPARATOR))


# --------------------------------------------------------------------------- labelled lists in two columns
#
# Printed minutes set the attendance as labels in a left column and what each lists in a right one
# ("Members Present:   Councillor A (Chair)" / "                   Councillor B (Vice-Chair)" /
# "Officers:   Jo Bloggs – Head of Service" / "   Al Ray – Senior Officer").  Read as a table, a
# row's right cell would join its entries into one line.  Its text copy has each label on a line of
# its own with one entry a line under it, a blank line between labels, and so does this reader when
# every row is labelled and some cell is a list: a line in it was ended by hand (the next line's
# first word would have fitted after it, see ended_by_hand).  Within such a cell an entry goes on to
# the next line when it runs on (a comma, "and", a hyphen), leaves a bracket open, the next line
# starts in lower case, or it runs a list of names to the cell's edge; an entry never ends a
# sentence, which keeps prose cells joined.


def labelled_list_rows(rows: list[str]) -> list[tuple[str, list[list[str]]]] | None:
    """A two-column table of labels and the lists under them, as (label, entries) for each row, each
    entry the list of its wrapped lines; None for any other table."""
    cells = [[cell.split(CELL_LINE_BREAK) if cell else [] for cell in row.split(CELL_SEPARATOR)] for row in rows]
    if any(len(row) != 2 or not row[0] or not row[1] or not is_list_label(" ".join(row[0])) for row in cells):
        return None
    width = max(len(line) for row in cells for line in row[1])
    groups = [(" ".join(label), cell_entries(lines, width)) for label, lines in cells]
    if any(not all(is_list_entry(" ".join(entry)) for entry in entries) for _, entries in groups):
        return None
    if not any(ended_by_hand(entry[-1], following[0], width)
               for _, entries in groups for entry, following in zip(entries, entries[1:])):
        return None
    return groups


def is_list_label(text: str) -> bool:
    return bool(LIST_LABEL.match(text)) and len(text.split()) <= LIST_LABEL_WORDS


def cell_entries(lines: list[str], width: int) -> list[list[str]]:
    """A cell's lines grouped into entries: a line starts a new entry unless the one above goes on."""
    entries = [[lines[0]]]
    for line in lines[1:]:
        if goes_on_to(entries[-1][-1], line, width):
            entries[-1].append(line)
        else:
            entries.append([line])
    return entries


NAME_RUN_COMMAS = 2             # a line with this many commas lists several names ("Councillors A, B, C")


def goes_on_to(previous: str, line: str, width: int) -> bool:
    """Whether the entry on ``previous`` goes on to ``line``: it runs on, leaves a bracket open, or
    ``line`` starts in lower case; or ``previous`` runs a list of names to the cell's edge, where
    wrapping may cut a name ("…, Sunita" / "Okonjo-Marsh, …")."""
    return (not line[:1].isupper() or bool(GOES_ON.search(previous))
            or previous.count("(") > previous.count(")")
            or (previous.count(",") >= NAME_RUN_COMMAS and not ended_by_hand(previous, line, width)))


def is_list_entry(text: str) -> bool:
    return text[:1].isupper() and not LIST_LINE_END.search(text)


def render_labelled_list(label: str, entries: list[list[str]], vocabulary: Counter[str]) -> str:
    return LIST_LINE_BREAK.join([label, *(join_wrapped(entry, vocabulary) for entry in entries)])


# --------------------------------------------------------------------------- paragraphs


def typical_width(lines: list[str]) -> int:
    lengths = sorted(len(line) for line in lines if line and not is_table_row(line))
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]


# a paragraph number with decimals in the margin, a column gap after it: "6.1      Emma Lord reported …"
DECIMAL_MARGIN_NUMBER = re.compile(r"^[ ]*\d{1,3}\.\d{1,2}[ ]{2,}\S")


def starts_numbered_margin_line(previous: str, line: str) -> bool:
    """Whether ``line`` opens a paragraph numbered in the margin ("6.0   Anti-Social Behaviour" /
    "6.1   Emma Lord reported …", Word's house style of decimal paragraphs): its number stands left of
    the text above, or right under another such number. A wrapped line of prose that happens to
    start with a figure ("3.5  per cent") starts where the text above it does, right of the number.
    A number set one space from its text ("3.2 All actions …") is the next paragraph only where it
    follows the number of the paragraph above it ("3.1 The minutes …"), or stands left of the text above."""
    if not DECIMAL_MARGIN_NUMBER.match(line):
        numbered = DECIMAL_NUMBER.match(line)
        if numbered is None:
            return False
        above = DECIMAL_NUMBER.match(previous)
        return indent(line) < indent(previous) or (
            indent(line) == indent(previous) and above is not None
            and numbered["major"] == above["major"] and int(numbered["minor"]) == int(above["minor"]) + 1)
    return indent(line) < indent(previous) or (
        indent(line) == indent(previous) and DECIMAL_MARGIN_NUMBER.match(previous) is not None)


# a decimal paragraph number however far from its text: "3.1 The minutes …"
DECIMAL_NUMBER = re.compile(r"^[ ]*(?P<major>\d{1,3})\.(?P<minor>\d{1,2})[ ]+[A-Z]")


def numbers_under(heading: str, line: str) -> bool:
    """Whether ``line`` opens the first paragraph numbered under the item ``heading`` numbers
    ("3. Minutes of the meeting …" over "3.1 The minutes …"), which need not start with a capital."""
    item = re.match(r"(\d{1,3})\.?\s", heading)
    numbered = DECIMAL_NUMBER.match(line)
    return bool(item and numbered and numbered["major"] == item.group(1))


def starts_paragraph(previous: str, line: str, width: int) -> bool:
    """Whether ``line`` begins a new paragraph after ``previous`` when no gap separates them
    (widths are measured as printed: a justified column line keeps its spacing)."""
    text = flat(line)
    if PARAGRAPH_START.match(text):
        return True
    if width and len(previous) < 0.6 * width:
        return True
    if DASHED_ENTRY.match(text) and DASHED_ENTRY.match(flat(previous)):
        return True
    if SHOUTED_LABEL.match(text) and SENTENCE_END.search(previous):
        return True
    return bool(SENTENCE_END.search(previous) and width and len(previous) < 0.85 * width
                and not text[:1].islower())


def ends_heading(paragraph: list[str], line: str, width: int) -> bool:
    """Whether ``paragraph`` is a numbered item heading ("3. Safeguarding Adults Reviews", wrapped
    over at most two lines) that ``line`` follows without a gap: a heading printed in bold a little
    above its text leaves no blank line, but its last line stops short, with no full stop, and
    the text starts with a capital."""
    last = paragraph[-1]
    if len(paragraph) <= HEADING_LINES and ends_shouted_heading(paragraph, line):
        return True
    first = flat(paragraph[0])
    return bool(len(paragraph) <= HEADING_LINES and (ITEM_HEADING.match(first) or title_after_number(first))
                and not SENTENCE_END.search(last) and width and len(last) < 0.85 * width
                and (flat(line)[:1].isupper() or numbers_under(first, flat(line)))
                and not goes_on_in_capitals(last, line))


# small words a title leaves in lower case ("Apologies for Absence and Substitutions")
TITLE_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def title_after_number(line: str) -> bool:
    """ "2   Apologies for Absence and Substitutions": a number and its title in title case, no stop after
    the number (printed minutes set the number in a margin); a sentence ("2 Members noted the …") is
    no title."""
    m = NUMBERED_LINE.match(line)
    if m is None:
        return False
    words = line[m.end() - 1:].split()
    return len(words) >= 2 and all(w[:1].isupper() or w in TITLE_SMALL_WORDS or not w[:1].isalpha() for w in words)


def goes_on_in_capitals(last: str, line: str) -> bool:
    """Whether ``line`` is the rest of a heading set in capitals ("19. CRIME AND DISORDER SCRUTINY:
    SAFER STRONGER" / "PARTNERSHIP ANNUAL REPORT"): both lines in capitals, where the text under a
    heading is written in sentence case."""
    return shouted(flat(last)) and shouted(flat(line))


# a numbered heading in capitals, a stop after its number or not: "38  CHESTER CITY CENTRE PSPO – REVIEW"
# (a minute numbered within the year counts: "20/24  WELCOME TO THE NEW COMMISSIONER")
NUMBERED_LINE = re.compile(r"^\d{1,3}(?:/\d{2,4})?[a-z]?\.?\s+[A-Z]")


def ends_shouted_heading(paragraph: list[str], line: str) -> bool:
    """Whether ``paragraph`` is a numbered heading in capitals that ``line``, not in capitals, follows:
    its text may hang under the title's column and the title may run nearly as wide as the text, so
    only the change of case tells the heading from its first paragraph."""
    return bool(NUMBERED_LINE.match(flat(paragraph[0])) and all(shouted(flat(row)) for row in paragraph)
                and not shouted(flat(line)))


def shouted(text: str) -> bool:
    """Written in capitals: a few letters at least, hardly any in lower case ("38 PSPO – REVIEW")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.islower() for c in letters) <= 2


def page_paragraphs(lines: list[str]) -> list[list[str]]:
    """Group a page's lines into paragraphs (each a list of its wrapped lines); a labelled list
    (see is_labelled_list) is a paragraph of one string, its lines kept apart by newlines, as a
    table row keeps a cell's lines."""
    width = typical_width(lines)
    paragraphs: list[list[str]] = []
    for block in gap_blocks(lines):
        if is_labelled_list(block, width):
            paragraphs.append([LIST_LINE_BREAK.join([flat(block[0]), *(" ".join(entry) for entry in list_entries(block[1:]))])])
            continue
        current: list[str] = []
        for line in block:
            if current and (ends_block(current, line, width) or ends_title_under_number(paragraphs, current, line, width)):
                paragraphs.append(current)
                current = []
            current.append(line)
        paragraphs.append(current)
    return paragraphs


# an item's number on a line of its own, its title on the next ("Item 3", "Eitem 3 / Item 3", "Minute 14")
NUMBER_ONLY_LINE = re.compile(r"^(?:(?:agenda\s+)?item|eitem|minute|cofnod)\s+\d{1,3}[a-z]?\.?"
                              r"(?:\s*/\s*(?:(?:agenda\s+)?item|eitem|minute|cofnod)\s+\d{1,3}[a-z]?\.?)?$", re.I)


def ends_title_under_number(paragraphs: list[list[str]], current: list[str], line: str, width: int) -> bool:
    """Whether ``current`` is the one-line title under an item's number line ("Eitem 3 / Item 3" over
    "Cofnodion … / Minutes of the Previous Meeting") that ``line`` follows without a gap: the title
    stops short of the width with no full stop, and its text starts with a capital."""
    return bool(len(current) == 1 and paragraphs and len(paragraphs[-1]) == 1
                and NUMBER_ONLY_LINE.match(flat(paragraphs[-1][0])) and not SENTENCE_END.search(current[0])
                and width and len(current[0]) < 0.85 * width and flat(line)[:1].isupper())


def gap_blocks(lines: list[str]) -> list[list[str]]:
    """The runs of lines between vertical gaps (blank lines)."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


# A list printed one entry a line under its label, with no gap ("Officers:" / "Jo Bloggs, Head of
# Service, Lakes Council" / "Al Ray, Senior Officer"): its lines are as wide as they happen to be,
# so the widths that join wrapped prose would run entries together.  It is told from prose under a
# label ("Minutes:" / "The Board received …") by its lines: each starts with a capital and none ends
# a sentence or runs on (a comma, "and", "of" …), and at least one was ended by hand (the next
# line's first word would have fitted after it), which a typesetter's wrapping never does.
LIST_LABEL = re.compile(r"^[A-Z][A-Za-z'’ -]{0,40}:$")
LIST_LABEL_WORDS = 4
MIN_LIST_LINES = 2
LIST_LINE_END = re.compile(r"[.!?:;]$")
LIST_LINE_BREAK = "\n"


def is_labelled_list(block: list[str], width: int) -> bool:
    """Whether a gap-separated block is a label line and the entries listed under it, one a line."""
    if any(is_table_row(line) for line in block):
        return False
    label, entries = flat(block[0]), [" ".join(entry) for entry in list_entries(block[1:])]
    if not LIST_LABEL.match(label) or len(label.split()) > LIST_LABEL_WORDS or len(entries) < MIN_LIST_LINES:
        return False
    if any(not line[:1].isupper() or LIST_LINE_END.search(line) or GOES_ON.search(line) for line in entries):
        return False
    return any(ended_by_hand(above, below, width) for above, below in zip(entries, entries[1:]))


def list_entries(lines: list[str]) -> list[list[str]]:
    """The entries of a labelled list, each the list of its lines (flat): an entry too long for the
    line wraps ("Mel Bramcote, Partnership Manager, Lakes Office of the Police and Crime Commissioner"
    / "(MB)"), its next line starting in lower case or with a bracket, or after an open bracket or a
    line that runs on ("… and" / "Lakes Partners (CD)")."""
    entries: list[list[str]] = []
    for line in map(flat, lines):
        if entries and (not line[:1].isalnum() or line[:1].islower() or GOES_ON.search(entries[-1][-1])
                        or entries[-1][-1].count("(") > entries[-1][-1].count(")")):
            entries[-1].append(line)
        else:
            entries.append([line])
    return entries


def ends_block(current: list[str], line: str, width: int) -> bool:
    """Whether ``line`` starts a new block after ``current``: a table's rows make one block of
    their own, between the paragraphs before and after it."""
    if is_table_row(current[-1]) or is_table_row(line):
        return is_table_row(current[-1]) != is_table_row(line)
    return starts_paragraph(current[-1], line, width) or ends_heading(current, line, width)


def is_table_block(paragraph: list[str]) -> bool:
    return is_table_row(paragraph[0])


def is_list_block(paragraph: list[str]) -> bool:
    """A labelled list kept line by line (a table row's cells may hold line breaks too)."""
    return not is_table_block(paragraph) and LIST_LINE_BREAK in paragraph[0]


def continues_across_pages(previous: list[str], following: list[str], width: int) -> bool:
    """A paragraph cut by a page break: the next page begins in lower case, or the last line
    was a full-width line without a sentence end and the next does not start a paragraph."""
    last, first = previous[-1], flat(following[0])
    if first[:1].islower():
        return True
    if is_numbered_title(previous):
        return False        # an item's heading over its text set in columns (see heads_column_band)
    return bool(width and len(last) >= 0.75 * width and not SENTENCE_END.search(last)
                and not PARAGRAPH_START.match(first))


def is_numbered_title(paragraph: list[str]) -> bool:
    """A numbered heading of a line or two, in capitals ("4. ANNUAL REPORT 2022/23") or in title case."""
    text = " ".join(flat(line) for line in paragraph)
    return len(paragraph) <= HEADING_LINES and bool(NUMBERED_LINE.match(text)) and not SENTENCE_END.search(text) \
        and (shouted(text) or title_after_number(text))


def join_wrapped(lines: list[str], vocabulary: Counter[str]) -> str:
    """Join a paragraph's wrapped lines with spaces, mending words split by a line-end hyphen."""
    text = lines[0]
    for line in lines[1:]:
        head = HYPHEN_END.search(text)
        tail = WORD_START.match(line)
        if head and tail:
            if is_broken_word(head, tail.group(1), vocabulary):
                text = text[:head.start(2)] + line            # a word broken for the line: "commun-ity"
            else:
                text = text[:head.start(2)] + "-" + line      # a real hyphen: "multi-agency"
        else:
            text = f"{text} {line}"
    return text


def is_broken_word(head: re.Match, tail: str, vocabulary: Counter[str]) -> bool:
    """Whether "head-" at a line end and ``tail`` starting the next line are one word broken for
    the line.  Never before a capital ("Anti-/Social", "Kaur-/Blake").  A form the document also
    prints unbroken decides first: hyphenated elsewhere → a real hyphen ("self-neglect"), joined
    elsewhere → a broken word.  Otherwise the hyphen itself tells: a typesetter's hyphen (U+2010,
    what Chromium prints when it hyphenates "Fen‐/wick") marks a break, a plain "-" is kept."""
    if not tail[0].islower():
        return False
    joined, hyphenated = (head.group(1) + tail).lower(), f"{head.group(1)}-{tail}".lower()
    if vocabulary[hyphenated]:
        return False
    return bool(vocabulary[joined]) or head.group(2).strip() == BREAK_HYPHEN


def document_vocabulary(flows: list[list[str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for lines in flows:
        for line in lines:
            counts.update(word.lower() for word in WORD.findall(plain_hyphens(line)))
    return counts


def plain_hyphens(text: str) -> str:
    return text.replace(BREAK_HYPHEN, "-").replace("\u2011", "-")


# typographic ligatures of the text layer ("identiﬁed") as letters, so words match their spelling
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})


def plain_letters(text: str) -> str:
    return plain_hyphens(text).translate(LIGATURES)


def pages_to_text(pages: list[list[str]]) -> str:
    """The text of the pages (each a list of laid-out lines), paragraph by paragraph."""
    flows: list[list[str]] = []
    carried: list[int] | None = None
    page_starts: set[int] = set()           # the flows that open a page
    column_before: int | None = None       # the right column of the page before, if it was in columns
    for lines in pages:
        right = right_column_start(lines)
        if right is None and len([line for line in lines if line.strip()]) < MIN_TWO_SIDED_LINES:
            right = column_going_on(lines, column_before)
        page, carried = page_flows(lines, carried, right)
        column_before = right
        page_starts.add(len(flows))
        flows += page
    vocabulary = document_vocabulary(flows)
    width = typical_width([line for lines in flows for line in lines])
    paragraphs: list[list[str]] = []
    width_before = width
    for number, lines in enumerate(flows):
        page = page_paragraphs(lines)
        # a column band printed a gap below the line above it starts afresh (a page may open with
        # blank lines where its header was)
        gap_above = number not in page_starts and bool(lines) and not lines[0].strip()
        if page and paragraphs and is_table_block(paragraphs[-1]) and is_table_block(page[0]):
            paragraphs[-1] = join_table_parts(paragraphs[-1], page[0])
            page = page[1:]
        elif (page and paragraphs and not gap_above and not is_table_block(paragraphs[-1]) and not is_table_block(page[0])
              and continues_across_pages(paragraphs[-1], page[0], min(width, width_before))):
            paragraphs[-1] = paragraphs[-1] + page[0]
            page = page[1:]
        paragraphs.extend(page)
        # a column's last line is measured against the column's width (a page's, at most)
        width_before = typical_width(lines) or width
    opening = title_block_size(paragraphs)
    text = "\n\n".join(render_title_paragraph(p, vocabulary, width) if k < opening else render_block(p, vocabulary)
                       for k, p in enumerate(paragraphs))
    return plain_letters(text).strip(" \n")      # a last row may end with an empty cell's TAB


def render_block(paragraph: list[str], vocabulary: Counter[str]) -> str:
    """A paragraph as one line; a table as one line per row, or a table of labelled lists as the
    labels and their entries (see labelled_list_rows)."""
    if is_table_block(paragraph):
        groups = labelled_list_rows(paragraph)
        if groups is not None:
            return "\n\n".join(render_labelled_list(label, entries, vocabulary) for label, entries in groups)
        return "\n".join(render_row(row, vocabulary) for row in paragraph)
    return join_wrapped([flat(line) for line in paragraph], vocabulary)


def without_margin_numbers(pages: list[list[str]]) -> list[list[str]]:
    """The pages with a legal-style template's margin line numbers (1, 2, 3 … down every page, blank
    lines too) blanked out, so the lines' words keep their columns and no number joins the text."""
    blanked = lines_without_margin_numbers([line for lines in pages for line in lines])
    out, k = [], 0
    for lines in pages:
        out.append(blanked[k:k + len(lines)])
        k += len(lines)
    return out


def read_pdf(data: bytes, path: str) -> SourceText:
    """Read a PDF's text layer; InputError for corrupt, encrypted or image-only files."""
    require_content(data, path)
    reader = open_pdf(data, path)
    pages, warnings = extract_pages(reader, path)
    if not any(any(line for line in lines) for lines in pages):
        if len(warnings) == len(pages):
            raise InputError(path, "corrupt PDF: no page could be read")
        raise InputError(path, NO_TEXT_LAYER)
    try:
        pages = remove_page_furniture(without_margin_numbers(pages))
        text = pages_to_text([side_name_rows(pages[0]), *pages[1:]])
    except RecursionError as exc:  # defensive: never let a pathological page escape
        raise InputError(path, f"corrupt PDF: {one_line(exc)}") from None
    if not text:
        raise InputError(path, NO_TEXT_LAYER)
    return SourceText(path=path, text=text, sha256=sha256_hex(data), media_type=MEDIA_TYPE,
                      warnings=warnings)
