"""A Word table of minutes saved as text, its cells wrapped line by line, rebuilt cell by cell.

Minutes kept in a table "Item | Discussion | Action/Owner" come out of a text export as one visual
line per row of print: "col1<TAB>col2<TAB>col3", each cell broken at its column's width, so a long
cell goes on over the next lines after a leading TAB ("\\tgoes on" in the second column,
"\\t\\tgoes on" in the third) and the columns interleave on shared lines:

    3. Minutes of the last<TAB>The minutes of the meeting held on<TAB>AB to update the
    meeting<TAB>1 May were agreed.<TAB>action log

Read as lines, the item title, the discussion and the actions are cut into pieces that no later
rule can put together. This module finds such a table (a header of short column names, rows opened
by an item number, lines that go on with an empty first cell) and writes each row as the Word
reader writes a row whose cells hold paragraphs: the first cell's text on a line of its own, then
each paragraph of every other cell as a block. Everything outside the table stays as it was; the
text as rebuilt is the document's text, so every span still points into it.
"""
from __future__ import annotations

import re

# a column name of the header: "Item", "Discussion", "Action/Owner", "Actions (owner)", "Agenda item", "No."
_HEADER_CELL = re.compile(r"[A-Z][A-Za-z]*\.?(?:[ /&]{1,3}\(?[A-Za-z]+\)?){0,3}")
# the first cell of a row that opens an item: "3.", "3. Minutes …", "Item 3 Minutes …"
_ROW_NUMBER = re.compile(r"(?:item[ ]+)?\d{1,3}[a-z]?\.?(?:[ ]+\S|$)", re.IGNORECASE)
# furniture between two pages of the table may sit this many lines between its rows
_MOST_LINES_BETWEEN = 8
# a table is rebuilt only when its cells plainly wrapped: this many lines going on after a TAB
_LEAST_CONTINUATIONS = 3
# a cell this long that wrapped most likely broke mid-sentence; these characters end a sentence
_LONG_CELL = 25
_CELL_STOPS = frozenset(".;:!?)")
# a line ends its paragraph when the next line's first word would still have fitted on it
_WRAP_SLACK = 1
# a line opened by a label ("By: 1 June", "Owner: AB"), an owner's initials and a dash ("AB/CD - update
# the log", as an action column lists its actions) or a bullet ("- 0720/04 …") starts a paragraph of its own
_LABEL_START = re.compile(r"[A-Z][a-z]{1,10}:[ ]|[A-Z]{2,4}(?:/[A-Z]{2,4})*[ ][-–][ ]|[-•*][ ]")


def rebuild_wrapped_tables(text: str) -> str:
    """The text with each wrapped item table rebuilt cell by cell; unchanged when it has none."""
    if "\t" in text:
        return _rebuilt_tabbed(text.split("\n")) or text
    if "|" in text:
        # the same table drawn as a text grid ("Item | Discussion | Action", "----+----" rules)
        lines = _grid_as_tabbed(text.split("\n"))
        return (_rebuilt_tabbed(lines) if lines else None) or text
    return text


def _rebuilt_tabbed(lines: list[str]) -> str | None:
    """The text of these lines with their TAB-parted wrapped item table rebuilt, or None when none is."""
    header = _find_header(lines)
    if header is None:
        return None
    end = _table_end(lines, header)
    body = lines[header + 1:end]
    width = len(lines[header].split("\t"))
    if (sum(1 for ln in body if ln.startswith("\t") and ln.strip()) < _LEAST_CONTINUATIONS
            or not _cells_broke_mid_sentence(body)):
        return None
    rebuilt = _rebuild(body, width, lines[header])
    return "\n".join(lines[:header + 1] + rebuilt + lines[end:])


# a grid's rule line: "-----+-----+-----", "|----|----|", "+=====+=====+"
_GRID_RULE = re.compile(r"[ \t]*[|+]?[ \t]*[-=]{3,}(?:[ \t]*[+|][ \t]*[-=]{3,})+[ \t]*[|+]?[ \t]*")


def _grid_as_tabbed(lines: list[str]) -> list[str] | None:
    """A grid item table drawn in text, read as the TAB-parted table a Word export writes: from its
    header of column names on, each line with the header's number of bars has its cells parted by TABs
    (outer bars dropped) and each rule line is blank; None when no header of three names or more is
    drawn so. Other lines (page furniture between the grid's pages) are left as they are."""
    start = next((i for i, ln in enumerate(lines) if _is_grid_header(lines, i)), None)
    if start is None:
        return None
    bars = lines[start].count("|")
    outer = lines[start].lstrip().startswith("|")
    out = lines[:start]
    for line in lines[start:]:
        if _GRID_RULE.fullmatch(line):
            out.append("")
        elif line.count("|") == bars:
            out.append("\t".join(_grid_cells(line, outer)).rstrip("\t") or "\t")
        else:
            out.append(line)
    return out


def _is_grid_header(lines: list[str], i: int) -> bool:
    """A grid line of column names whose next row (past its rules) opens a numbered item: a grid of
    names above it ("| CL | Cllr Ann Lee (Chair) | Lakeby Council |") reads like names of columns too."""
    line = lines[i]
    if line.count("|") < 2:
        return False
    outer = line.lstrip().startswith("|")
    if not _is_header("\t".join(_grid_cells(line, outer))):
        return False
    nxt = next((ln for ln in lines[i + 1:i + 4] if ln.strip() and not _GRID_RULE.fullmatch(ln)), "")
    return nxt.count("|") == line.count("|") and bool(_ROW_NUMBER.match(_grid_cells(nxt, outer)[0]))


def _grid_cells(line: str, outer: bool = False) -> list[str]:
    """A grid line's cells, stripped; ``outer``: the grid is boxed ("| a | b |"), its outer bars dropped."""
    if outer:
        line = line.strip()[1:]
        line = line[:-1] if line.endswith("|") else line
    return [c.strip() for c in line.split("|")]


def _cells_broke_mid_sentence(body: list[str]) -> bool:
    """Most long cells stop mid-sentence when they wrapped at the column's width; a table whose rows
    are one line each (a sub-row "\tKM\tAction log: …" under its item) ends its cells with a stop."""
    long_cells = [c.strip() for ln in body if "\t" in ln for c in ln.split("\t")
                  if len(c.strip()) >= _LONG_CELL]
    open_ended = sum(1 for c in long_cells if c[-1] not in _CELL_STOPS)
    return bool(long_cells) and open_ended * 2 > len(long_cells)


def _is_header(line: str) -> bool:
    cells = line.split("\t")
    return len(cells) >= 3 and all(_HEADER_CELL.fullmatch(c.strip()) for c in cells)


def _find_header(lines: list[str]) -> int | None:
    """The index of a header line whose next line of text opens a numbered row."""
    for i, line in enumerate(lines):
        if "\t" in line and _is_header(line):
            nxt = next((ln for ln in lines[i + 1:i + 3] if ln.strip()), "")
            if "\t" in nxt and _ROW_NUMBER.match(nxt.split("\t", 1)[0].strip()):
                return i
    return None


def _table_end(lines: list[str], header: int) -> int:
    """One past the table's last line: its rows end where no TAB line follows within a few lines."""
    last = header
    i = header + 1
    while i < len(lines):
        if "\t" in lines[i]:
            last = i
        elif i - last > _MOST_LINES_BETWEEN:
            break
        i += 1
    return last + 1


class _Row:
    def __init__(self, width: int):
        # per column: paragraphs, each a list of its visual lines
        self.columns: list[list[list[str]]] = [[] for _ in range(width)]
        self.open = [False] * width         # the column's last paragraph takes the next line

    def close(self) -> None:
        self.open = [False] * len(self.open)

    def add(self, cells: list[str]) -> None:
        for c, cell in enumerate(cells):
            cell = cell.strip()
            if not cell:
                self.open[c] = False        # an empty cell beside text: the paragraph above ended
                continue
            if self.open[c]:
                self.columns[c][-1].append(cell)
            else:
                self.columns[c].append([cell])
                self.open[c] = True


def _rebuild(body: list[str], width: int, header_line: str) -> list[str]:
    rows: list[_Row] = []
    furniture: list[list[str]] = []          # lines outside the cells, kept after the row they follow
    widths = [0] * width
    previous = ""
    for line in body:
        if "\t" not in line and _first_cell_goes_on(previous, line, widths[0]):
            line += "\t"                     # "2. Declarations of<TAB>None." / "interest"
        previous = line
        if not line and rows:
            rows[-1].close()                 # a grid's rule between two rows ends every cell's paragraph
        if "\t" not in line:
            if rows:
                furniture[-1].append(line)
            continue
        if line.strip() == header_line.strip():   # the header repeated after a page break
            continue
        cells = _cells(line, width)
        for c, cell in enumerate(cells):
            widths[c] = max(widths[c], len(cell.strip()))
        if _ROW_NUMBER.match(cells[0].strip()) or not rows:
            rows.append(_Row(width))
            furniture.append([])
        rows[-1].add(cells)
    out: list[str] = []
    for row, after in zip(rows, furniture):
        out.append("")
        # the first cell is the item's number and title: one line however it wrapped
        title = " ".join(ln for p in row.columns[0] for ln in p)
        blocks = [title] if title else []
        for c in range(1, width):
            blocks += [_join(p, widths[c]) for p in row.columns[c]]
        out.append("\n\n".join(blocks))
        kept = [ln for ln in after if ln.strip()]     # "Page 2 of 4", a protective marking
        if kept:
            out += [""] + kept
    out.append("")
    return out


def _first_cell_goes_on(previous: str, line: str, first_width: int) -> bool:
    """A short line right under a row line, nothing beside it, goes on with the first cell (the
    other cells had ended, so no TAB follows it); furniture sits after a blank line."""
    return ("\t" in previous and bool(line.strip()) and not line.startswith(" ")
            and len(line) <= first_width and not previous.split("\t", 1)[0] == "")


def _cells(line: str, width: int) -> list[str]:
    """The line's cells, one per column: missing ones empty, any beyond the last kept in the last."""
    cells = line.split("\t")
    if len(cells) > width:
        cells = cells[:width - 1] + [" ".join(cells[width - 1:])]
    return cells + [""] * (width - len(cells))


def _join(lines: list[str], width: int) -> str:
    """A cell paragraph's visual lines as its text: a line the next one's first word would still have
    fitted on ended a paragraph of the cell ("AB to update the action log" / "By: 1 June")."""
    out = lines[0]
    for prev, line in zip(lines, lines[1:]):
        first_word = line.split(" ", 1)[0]
        fitted = len(prev) + 1 + len(first_word) <= width - _WRAP_SLACK
        out += ("\n" if fitted or _LABEL_START.match(line) else " ") + line
    return out
