"""Items set out as a table: minutes whose business is a table of rows (a number, a title, the
discussion, the outcome) in pipes or tabs. Finds the table (:func:`find_item_table`), reads its rows
into item segments and splits a cell's text into lines (:func:`cell_lines`, used by extract as well).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import ItemSegment, Paragraph, Span
from .lines import Line
from .common import _ENUM, _header_name, _SPACES, _strip_span, _TABLE_RULE, terms
from .headings import _clean_title, _Heading, _HEADING_A
from .paragraphs import _BULLET, build_paragraphs


_PIPE = re.compile(r"\|")
_LINE_BREAK_TAG = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)
# a Markdown or Word-export table's cells lie between bars; a Word table copied as text has one tab between cells
_CELL_SEPARATORS = ("|", "\t")


@dataclass(slots=True)
class _ItemTable:
    header_line: int
    columns: tuple[str, ...]                          # the header's cells, lower case
    headings: list[_Heading]
    rows: dict[int, list[list[tuple[int, int]]]]      # heading's line → the cells of its rows
    title_column: int = 0                             # 1 when a number column comes first
    sep: str = "|"                                    # between cells: a bar, or a tab


def _row_cells(text: str, ln: Line, sep: str = "|") -> list[tuple[int, int]]:
    """The cells of a pipe-table row, trimmed; the empty cells outside '| a | b |' dropped. A
    tab-separated row has no outer cells: every tab parts two cells, an empty one kept in its column."""
    s, e = ln.start, ln.end
    if sep == "\t":
        while e > s and text[e - 1] in " \r":
            e -= 1
        tabs = [s - 1, *(s + m.start() for m in re.finditer("\t", text[s:e])), e]
        return [_strip_span(text, a + 1, b, " \u00a0") for a, b in zip(tabs, tabs[1:])]
    while e > s and text[e - 1] in " \t\r":
        e -= 1
    bars = [m.start() for m in _PIPE.finditer(text, s, e)]
    bounds = [s - 1, *bars, e]
    if text[s:bars[0]].strip(" \t\u00a0>") == "":
        bounds = bounds[1:]
    if bars[-1] == e - 1:
        bounds = bounds[:-1]
    return [_strip_span(text, a + 1, b, " \t\u00a0") for a, b in zip(bounds, bounds[1:])]


def _row_heading(text: str, j: int, cells: list[tuple[int, int]], title_column: int) -> _Heading | None:
    """The item a row starts: "3. Funding" in its first cell, or the number and the title in two cells."""
    if len(cells) <= title_column:
        return None
    a, b = _strip_span(text, *cells[title_column], " \t*_")
    nl = text.find("\n", a, b)
    if nl >= 0:                 # an item cell of several paragraphs (a Word table): the title is the first
        a, b = _strip_span(text, a, nl, " \t\r*_")
    if b <= a:
        return None
    if title_column:
        own = _HEADING_A.fullmatch(text, a, b)
        if own and own["punct"] and own["title"] and own["num"].isdigit():
            # "SCEP/24/061<TAB>1. Welcome<TAB>…": a log numbers its rows itself; the item cell's own
            # number numbers the item
            ts, te, code = _clean_title(text, own.start("title"), b)
            return _Heading(j, j, own["num"], own.start("num"), ts, te, code)
        ns, ne = _strip_span(text, *cells[0], " \t*_.):")
        ts, te, code = _clean_title(text, a, b)
        return _Heading(j, j, text[ns:ne] if ne > ns else None, ns if ne > ns else ts, ts, te, code)
    ma = _HEADING_A.fullmatch(text, a, b)
    if ma and ma["title"]:
        ts, te, code = _clean_title(text, ma.start("title"), b)
        return _Heading(j, j, ma["num"], ma.start("num"), ts, te, code)
    ts, te, code = _clean_title(text, a, b)
    return _Heading(j, j, None, ts, ts, te, code)


def _cells_across_lines(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The cells of a Word table's row copied as text over text[s:e]: one tab between two cells (an
    empty cell keeps its column), a cell of several paragraphs spread over several lines."""
    tabs = [s - 1, *(s + m.start() for m in re.finditer("\t", text[s:e])), e]
    return [_strip_span(text, a + 1, b, " \r\n\u00a0") for a, b in zip(tabs, tabs[1:])]


def _next_item_row(text: str, ln: Line, title_column: int, previous: _Heading | None) -> bool:
    """A line whose item cell numbers the item after ``previous`` ("4. Hotspots<TAB>…" after item 3)
    starts a row, though the row above left its trailing cells out."""
    if previous is None or previous.number is None or not previous.number.isdigit():
        return False
    cells = _row_cells(text, ln, "\t")
    heading = _row_heading(text, 0, cells, title_column) if len(cells) > title_column else None
    return heading is not None and heading.number is not None and heading.number.isdigit() \
        and int(heading.number) == int(previous.number) + 1


def _tab_row_end(text: str, lines: list[Line], j: int, width: int, title_column: int,
                 previous: _Heading | None) -> int:
    """The line after the row of a Word table copied as text that starts on line ``j``: a cell of
    several paragraphs breaks the row over several lines, so the row goes on until its ``width`` cells
    are all there (their tabs counted); its last cell goes on over the lines without a tab below, when
    it has begun on the row's line (an empty last cell ends the row). A line with a tab then starts
    the next row, as does one opening with a tab (an empty item cell) or naming the next item."""
    own = _row_heading(text, j, _row_cells(text, lines[j], "\t"), title_column)
    if own is not None and own.number is not None:
        previous = own
    tabs = text.count("\t", lines[j].start, lines[j].end)
    last_cell_begun = tabs < width - 1 or bool(text[text.rfind("\t", lines[j].start, lines[j].end) + 1:
                                                      lines[j].end].strip())
    i = j + 1
    while i < len(lines):
        if lines[i].blank:
            rest = _rest_of_row_below(text, lines, i, width - 1 - tabs, title_column, previous)
            if tabs >= width - 1 or rest is None:
                break
            i = rest
            continue
        ln = lines[i]
        here = text.count("\t", ln.start, ln.end)
        complete = tabs >= width - 1
        if here and (complete or text.startswith("\t", ln.start) or _next_item_row(text, ln, title_column, previous)):
            break
        if complete and not last_cell_begun:
            break
        if not complete and tabs + here >= width - 1:
            last_cell_begun = bool(text[text.rfind("\t", ln.start, ln.end) + 1:ln.end].strip())
        tabs += here
        i += 1
    return i


# how far below an unfinished row a web page's copy may set the rest of its cell's paragraphs
_MOST_LINES_OF_ONE_CELL = 12


def _rest_of_row_below(text: str, lines: list[Line], i: int, missing: int, title_column: int,
                       previous: _Heading | None) -> int | None:
    """A row of a web page's table copied as text whose cell holds several paragraphs: the browser
    sets a blank line between them, so the row's missing cells (``missing`` tabs) come lines below the
    blank at ``i``. The next non-blank line (the row goes on there) when a line within a few below
    brings those tabs without starting a row of its own; None when the row ended at the blank."""
    if missing <= 0:
        return None
    first = None
    for k in range(i, min(len(lines), i + _MOST_LINES_OF_ONE_CELL)):
        ln = lines[k]
        if ln.blank:
            continue
        first = k if first is None else first
        here = text.count("\t", ln.start, ln.end)
        if not here:
            continue
        starts_row = text.startswith("\t", ln.start) or _next_item_row(text, ln, title_column, previous)
        return first if not starts_row and here <= missing else None
    return None


def _next_tab_row_below(text: str, lines: list[Line], j: int, title_column: int, previous: _Heading) -> int | None:
    """A web page's table copied as text sets blank lines, and a cell's further lines (a second owner),
    between its rows: from lines[j], the next row when the first line with a tab within a few below
    numbers the item after ``previous``."""
    for k in range(j, min(len(lines), j + _MOST_LINES_OF_ONE_CELL)):
        if not lines[k].blank and text.find("\t", lines[k].start, lines[k].end) >= 0:
            return k if _next_item_row(text, lines[k], title_column, previous) else None
    return None


# the most blank lines between two tables of one item each that repeat the same header row
_MOST_BLANKS_BETWEEN_TABLES = 2


def _repeated_header_below(text: str, lines: list[Line], j: int, header: list[str], sep: str) -> int | None:
    """Minutes typed as one Word table per item, each repeating the header row ("Item<TAB>Lead<TAB>
    Summary<TAB>Decision/Action<TAB>Deadline"): the business goes on in the next table when the next
    non-blank line, a blank line or two below, repeats the header. Returns the line after that header."""
    k = j
    while k < len(lines) and lines[k].blank and k - j < _MOST_BLANKS_BETWEEN_TABLES:
        k += 1
    if k == j or k >= len(lines) or lines[k].blank or text.find(sep, lines[k].start, lines[k].end) < 0:
        return None
    again = [_header_name(text[a:b]) for a, b in _row_cells(text, lines[k], sep)]
    return k + 1 if again == header else None


# a cell holding an item's number and nothing else: "21/28", "7", "7.", "B3", "CSP 12/24"
_BARE_ITEM_NUMBER = re.compile(r"[ \t*_]*(?:[A-Z]{1,6}[ ]?)?\d{1,3}(?:[./]\d{1,4})?[a-z]?\.?[ \t*_]*")


def _first_cell_is_bare_number(text: str, lines: list[Line], k: int, sep: str) -> bool:
    """ "Minute | Subject | Discussion": two header cells that could each name the item; the first is
    the number's column when the first row below the header (past its rule) holds a bare number there."""
    while k < len(lines) and not lines[k].blank and _TABLE_RULE.fullmatch(text, lines[k].start, lines[k].end):
        k += 1
    if k >= len(lines) or lines[k].blank or text.find(sep, lines[k].start, lines[k].end) < 0:
        return False
    cells = _row_cells(text, lines[k], sep)
    return len(cells) >= 3 and _BARE_ITEM_NUMBER.fullmatch(text, *cells[0]) is not None


def find_item_table(text: str, lines: list[Line], sep: str = "|") -> _ItemTable | None:
    """The business laid out as one table (a Word table exported to Markdown or text): a header row
    whose first cell names the item ("Item", "Agenda item") — or a number column ("No.") and then the
    item — and another column that is not one of actions, owners or dates ("Discussion", "Notes");
    then one row an item, its first cell "3. Funding" (number and title) or a title alone, or the
    number and the title in two cells; a row with empty item cells goes on with the item above."""
    item_words = set(terms()["item_table_item_headers"])
    number_words = set(terms()["item_table_number_headers"])
    action_words = set(terms()["item_table_action_headers"])
    decision_words = set(terms()["item_table_decision_headers"])
    k = 0
    while k < len(lines):
        ln = lines[k]
        k += 1
        if ln.blank or text.find(sep, ln.start, ln.end) < 0:
            continue
        header = [_header_name(text[a:b]) for a, b in _row_cells(text, ln, sep)]
        title_column = 1 if len(header) >= 3 and header[1] in item_words and (
            header[0] in number_words
            or header[0] in item_words and _first_cell_is_bare_number(text, lines, k, sep)) else 0
        if len(header) < 2 + title_column or header[title_column] not in item_words or \
                all(h in action_words for h in header[title_column + 1:]):
            continue
        headings: list[_Heading] = []
        rows: dict[int, list[list[tuple[int, int]]]] = {}
        # "Minute No. | Subject | Minute": the columns after the item's hold its text alone, so the
        # paragraphs a page sets between the rows are that text (under "Resolution" they would be read
        # as decisions: such a table is read only as long as its rows run on)
        text_columns_only = not (set(header[title_column + 1:]) & (action_words | decision_words))
        j = k
        while j < len(lines):
            if lines[j].blank or text.find(sep, lines[j].start, lines[j].end) < 0:
                nxt = _next_numbered_row(text, lines, j, sep, title_column, headings[-1] if headings else None) \
                    if text_columns_only else None
                if nxt is None and sep == "\t" and headings:
                    nxt = _next_tab_row_below(text, lines, j, title_column, headings[-1])
                if nxt is None:
                    break
                j = nxt         # the paragraphs in between are the item's text, read below its row
                continue
            row = lines[j]
            if _TABLE_RULE.fullmatch(text, row.start, row.end):
                j += 1
                continue
            if sep == "\t":
                end = _tab_row_end(text, lines, j, len(header), title_column, headings[-1] if headings else None)
                cells = _cells_across_lines(text, row.start, lines[end - 1].end)
            else:
                end, cells = j + 1, _row_cells(text, row, sep)
            heading = _row_heading(text, j, cells, title_column)
            if heading is not None and headings and _same_item_again(text, headings[-1], heading):
                heading = None      # a log repeats the item cell on each of the item's rows
            if heading is not None and heading.title_end > heading.title_start:
                headings.append(heading)
                rows[j] = []
            if headings and cells:
                rows[headings[-1].line_index].append(cells)
            j = end
            repeated = _repeated_header_below(text, lines, j, header, sep) if headings else None
            if repeated is not None:
                j = repeated
        if len(headings) >= 2:
            return _ItemTable(k - 1, tuple(header), headings, rows, title_column, sep)
        k = j
    return None


def _same_item_again(text: str, previous: _Heading, heading: _Heading) -> bool:
    """A row whose item cell repeats the row above's, number and title ("3. Minutes of 22/02/2024" on
    each row a decision and action log gives the item): the item goes on."""
    return heading.number is not None and heading.number == previous.number and \
        text[heading.title_start:heading.title_end] == text[previous.title_start:previous.title_end]


def _next_numbered_row(text: str, lines: list[Line], j: int, sep: str, title_column: int,
                       previous: _Heading | None) -> int | None:
    """ "Minute No. | Subject | Minute" over rows "24. | Annual report | 24.1 The Committee …" whose
    minute cell holds several paragraphs: a page (or its copy) sets the cell's further paragraphs
    ("24.2 …", "24.3 …") as paragraphs of their own, between the rows. From lines[j], the line of the
    next row, when the table has a number column and the first line with a cell separator below
    numbers an item after ``previous`` (any number, for the first row under the header)."""
    if not title_column:
        return None
    k = j
    while k < len(lines) and (lines[k].blank or text.find(sep, lines[k].start, lines[k].end) < 0):
        k += 1
    if k >= len(lines):
        return None
    heading = _row_heading(text, k, _row_cells(text, lines[k], sep), title_column)
    if heading is None or heading.number is None or not heading.number.isdigit():
        return None
    if previous is not None and (previous.number is None or not previous.number.isdigit()
                                 or int(heading.number) <= int(previous.number)):
        return None
    return k


# inside a cell, an outcome after the discussion's sentences: "… is proposed. Agreed: a six-week
# consultation.", "… rose to 61. Noted." (a word on its own as a sentence), "Approved: £18,500 …"
_CELL_OUTCOME = re.compile(
    r"(?<=[.!?])[ \t]+(?P<label>(?:Agreed|Approved|Decision|Decided|Resolved|Outcome|AGREED|APPROVED|DECISION|"
    r"RESOLVED|OUTCOME)[ \t]*:|(?:Noted|Agreed|Approved|NOTED|AGREED|APPROVED)\.(?=[ \t]|$))")


def _outcome_pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The pieces of a cell's line, trimmed: a Word cell copied as text is one line, so the outcome
    a paragraph of its own would record ("Agreed: …", "Noted.") starts a piece here, and a bare
    "Noted." ends one as well."""
    cuts = [a]
    for m in _CELL_OUTCOME.finditer(text, a, b):
        cuts.append(m.start("label"))
        if not m["label"].endswith(":"):
            cuts.append(m.end("label"))
    cuts.append(b)
    pieces = (_strip_span(text, x, y, " \t\u00a0") for x, y in zip(cuts, cuts[1:]))
    return [(x, y) for x, y in pieces if y > x]


def _cell_line_enumerator(text: str, s: int, e: int) -> tuple[int, str | None]:
    """ "DECISION: The Board" then "(a) noted …", "(b) approved …" on the lines of one cell: a cell line
    opening with an enumerator is a sub-point as a line of the minutes' text is, so the lead-in above
    takes it (the text starts after the enumerator); so does a bulleted line ("• bid (a), …", a list
    typed with bullets inside a '<br>'-broken cell)."""
    me = _ENUM.match(text, s, e)
    if me:
        return me.end(), me["enum"]
    mb = _BULLET.match(text, s, e)
    return (mb.end(), mb["bullet"]) if mb else (s, None)


def _table_row_segment(text: str, lines: list[Line], table: _ItemTable, h: _Heading,
                       nxt: _Heading | None) -> ItemSegment:
    """An item read from its row(s) of the items table: the cells under action and decision columns are
    left to the extractor (with the column names), the others give the paragraphs, one a '<br>'-separated piece;
    after the last row, the lines up to the end of the document belong to the last item."""
    # (a log's "Type" cell, "Decision" / "Action" / "Info", labels its row: no text of the item)
    action_words = set(terms()["item_table_action_headers"]) | set(terms()["item_table_decision_headers"]) \
        | set(terms()["item_table_kind_headers"])
    last_line = nxt.line_index if nxt else len(lines)
    end = lines[last_line - 1].end if last_line > 0 else len(text)
    while end > h.num_start and text[end - 1].isspace():
        end -= 1
    rows = table.rows.get(h.line_index, [])
    first = rows[0] if rows else []
    lead = table.title_column + 1           # the cells naming the item
    bar = text.find(table.sep, first[lead - 1][1], lines[h.line_index].end) if len(first) >= lead else -1
    body_start = min(bar if bar >= 0 else lines[h.line_index].end, end)
    paragraphs: list[Paragraph] = []
    for cells in rows:
        for (a, b), name in zip(cells[lead:], table.columns[lead:]):
            if name in action_words or b <= a:
                continue
            for la, lb in cell_lines(text, a, b):
                pos = la
                for m in [*_LINE_BREAK_TAG.finditer(text, la, lb), None]:
                    for ps, pe in _outcome_pieces(text, pos, m.start() if m else lb):
                        ts = ps
                        while ts < pe and text[ts] in "*_":
                            ts += 1
                        ts, enum = _cell_line_enumerator(text, ts, pe) if ps == pos else (ts, None)
                        if pe > ts:
                            paragraphs.append(Paragraph(Span(ps, pe), Span(ts, pe), enum))
                    pos = m.end() if m else lb
    last_row = max(rows[-1][-1][1] if rows and rows[-1] else 0, h.line_index)
    after = next((i for i in range(h.line_index + 1, last_line) if lines[i].start > last_row
                  and text.find(table.sep, lines[i].start, lines[i].end) < 0), last_line)
    paragraphs.extend(build_paragraphs(text, lines, after, last_line, set()))
    title = _SPACES.sub(" ", text[h.title_start:h.title_end]).strip("*_ ")
    start = min(h.num_start, h.title_start)
    return ItemSegment(number=h.number, code=h.code, title=title, title_span=Span(h.title_start, h.title_end),
                       span=Span(start, max(end, start)), body_span=Span(body_start, max(end, body_start)),
                       paragraphs=paragraphs, table_columns=table.columns[lead:], table_sep=table.sep,
                       table_rows=[tuple(Span(a, b) for a, b in cells[lead:]) for cells in rows] if table.sep == "\t" else [])


def cell_lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The paragraphs of a table cell copied as text, one a line, trimmed; empty ones dropped."""
    out, pos = [], a
    while pos <= b:
        nl = text.find("\n", pos, b)
        end = b if nl < 0 else nl
        ls, le = _strip_span(text, pos, end, " \t\r\u00a0")
        if le > ls:
            out.append((ls, le))
        pos = end + 1
    return out
