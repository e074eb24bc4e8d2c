"""Word reader: a .docx file → the minutes text.

The package is checked before python-docx sees it: it must be a zip holding
word/document.xml, must not unpack to an absurd size, and no XML part may declare a DOCTYPE or
ENTITY (python-docx parses without resolving entities, but a DOCTYPE in a Word file is never
legitimate, so the file is refused rather than trusted).

The body is written in order: paragraphs (with their list numbers computed from the numbering
definitions, because Word stores "3." as a counter, not as text) and tables (a row of short
cells becomes one line with a TAB between cells, as Word copies a table as text and the PDF
reader writes one; a row holding whole paragraphs is written paragraph by paragraph, but a short
label's row, "Action(s):" beside a cell of paragraphs, keeps them under the label).
Paragraphs are separated by a blank line, like the text layouts. A short paragraph set apart as a
whole (every run bold or underlined, or in a heading style) is marked "## " below the title block, as
the Markdown and underlined text layouts mark a heading: Word keeps that structure in formatting only.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from ..model import InputError, SourceText
from ..read import sha256_hex
from ._common import drop_invisible, one_line, require_content, tidy_paragraphs

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_PARTS = 5000
NO_TEXT = "no text in Word document"
UNSAFE_XML = "unsafe Word file: its XML declares a DOCTYPE or ENTITY"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
_DECLARATIONS = (b"<!doctype", b"<!entity")
# a paragraph keeps its tabs, as Word copies it as text ("LD<TAB>Laura Dunne<TAB>Coordinator": a row set
# with tabs rather than in a table); a run of tabs, spaces around them included, is one tab
_BLANKS = re.compile(r"[ \u00a0]+")
_TAB_RUN = re.compile(r" ?\t[\t ]*")
# between a table row's cells: a TAB, as in a Word table copied as text (the text copies of Word
# minutes, and the PDF reader's rows, have it); a tab typed inside a cell is already a space
CELL_SEPARATOR = "\t"


# --------------------------------------------------------------------------- package checks


def declares_dtd(xml: bytes) -> bool:
    """Whether an XML part holds a DOCTYPE/ENTITY declaration, in UTF-8 or UTF-16."""
    lowered = xml.lower()
    if any(d in lowered for d in _DECLARATIONS):
        return True
    for encoding in ("utf-16-le", "utf-16-be"):
        if any(d.decode("ascii").encode(encoding) in lowered for d in _DECLARATIONS):
            return True
    return False


def check_package(data: bytes, path: str) -> None:
    """Refuse what is not a safe Word package, with a one-line reason."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            names = {info.filename for info in infos}
            if "word/document.xml" not in names:
                raise InputError(path, "not a Word document: no word/document.xml in the package")
            if len(infos) > MAX_PARTS or sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
                raise InputError(path, "corrupt Word file: unpacks to an unreasonable size")
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels")):
                    if declares_dtd(package.read(info)):
                        raise InputError(path, UNSAFE_XML)
    except InputError:
        raise
    except Exception as exc:  # BadZipFile, zlib.error, EOFError, NotImplementedError, ...
        raise InputError(path, f"corrupt Word file: {one_line(exc)}") from None


# --------------------------------------------------------------------------- numbering


def _val(element, tag: str) -> str | None:
    found = element.find(W + tag) if element is not None else None
    return found.get(W + "val") if found is not None else None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """Word list numbering: definitions, and the running counters as the body is read."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)       # abstractNumId → levels
    nums: dict[str, str] = field(default_factory=dict)                        # numId → abstractNumId
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)        # numId → {ilvl: start}
    counters: dict[str, dict[int, int]] = field(default_factory=dict)         # abstractNumId → counts
    seen_nums: set[str] = field(default_factory=set)

    @classmethod
    def from_document(cls, document) -> "Numbering":
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except Exception:  # no numbering part: no lists
            return numbering
        for abstract in root.findall(W + "abstractNum"):
            levels = {}
            for lvl in abstract.findall(W + "lvl"):
                levels[_int(lvl.get(W + "ilvl"), 0)] = Level(
                    fmt=_val(lvl, "numFmt") or "decimal", text=_val(lvl, "lvlText") or "",
                    start=_int(_val(lvl, "start"), 1))
            numbering.levels[abstract.get(W + "abstractNumId") or ""] = levels
        for num in root.findall(W + "num"):
            num_id = num.get(W + "numId") or ""
            numbering.nums[num_id] = _val(num, "abstractNumId") or ""
            numbering.overrides[num_id] = {
                _int(o.get(W + "ilvl"), 0): _int(_val(o, "startOverride"), 1)
                for o in num.findall(W + "lvlOverride") if o.find(W + "startOverride") is not None}
        return numbering

    def marker(self, num_id: str, ilvl: int) -> str:
        """The visible marker of the next paragraph of list ``num_id`` at level ``ilvl``."""
        abstract = self.nums.get(num_id)
        if abstract is None or num_id == "0":
            return ""
        levels = self.levels.get(abstract, {})
        level = levels.get(ilvl, Level())
        counts = self.counters.setdefault(abstract, {})
        if num_id not in self.seen_nums:
            # a w:num with a start override restarts the list (Word's "restart numbering")
            self.seen_nums.add(num_id)
            for lvl, start in self.overrides.get(num_id, {}).items():
                counts[lvl] = start - 1
                for deeper in [k for k in counts if k > lvl]:
                    del counts[deeper]
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if level.fmt == "bullet":
            return "•"
        if level.fmt == "none":
            return ""

        def number(match: re.Match) -> str:
            lvl = int(match.group(1)) - 1
            lvl_def = levels.get(lvl, Level())
            return format_number(counts.get(lvl, lvl_def.start), lvl_def.fmt)

        return re.sub(r"%([1-9])", number, level.text).strip()


def format_number(value: int, fmt: str) -> str:
    if fmt in {"lowerLetter", "upperLetter"} and value >= 1:
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in {"lowerRoman", "upperRoman"} and 1 <= value <= 3999:
        from .html import to_roman
        roman = to_roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)


# a paragraph emphasised as a whole (every run bold or underlined, or in a heading style) and this
# short heads what follows, as an underlined or bold line does in printed minutes
EMPHASIS_WORDS = 12
# a table cell this short, one paragraph, labels the cell beside it ("Decision(s):", "Action")
LABEL_CELL_WORDS = 4
_OFF = {"0", "false", "none"}


def _switched_on(properties, tag: str) -> bool:
    """A run property such as w:b or w:u set on (w:b alone means on; w:u needs a line kind)."""
    element = properties.find(W + tag) if properties is not None else None
    if element is None:
        return False
    value = element.get(W + "val")
    return value is None and tag != "u" or value is not None and value.lower() not in _OFF


def _styles(document) -> list:
    try:
        return document.styles.element.findall(W + "style")
    except Exception:   # no styles part: nothing is inherited
        return []


def _inherited(styles: list, own_value) -> dict:
    """styleId → the value ``own_value(style)`` gives the style or, when it gives None, the nearest
    style of its basedOn chain that has one (Word's style inheritance; chains cut at 20 steps)."""
    own: dict = {}
    based: dict[str, str] = {}
    for style in styles:
        style_id = style.get(W + "styleId") or ""
        if (value := own_value(style)) is not None:
            own[style_id] = value
        if (parent := _val(style, "basedOn")) is not None:
            based[style_id] = parent
    resolved = dict(own)
    for style_id in based:
        current, hops = style_id, 0
        while current is not None and current not in own and hops < 20:
            current, hops = based.get(current), hops + 1
        if current in own:
            resolved[style_id] = own[current]
    return resolved


def heading_styles(document) -> set[str]:
    """The ids of paragraph styles that head a part: Word's "Heading 1" … and any style with an
    outline level, following basedOn chains (a house style based on Heading 2 is a heading)."""
    def is_heading(style) -> bool | None:
        name = (_val(style, "name") or "").lower()
        return True if re.fullmatch(r"heading [1-9]", name) or style.find(f"{W}pPr/{W}outlineLvl") is not None \
            else None
    return set(_inherited(_styles(document), is_heading))


def emphasised(paragraph, heading_style_ids: set[str]) -> bool:
    """Whether a paragraph is set apart as a heading: in a heading style, or every run holding
    text bold or underlined (a house style's heading is often a Normal paragraph typed so)."""
    p_pr = paragraph.find(W + "pPr")
    if p_pr is not None and _val(p_pr, "pStyle") in heading_style_ids:
        return True
    runs = [run for run in paragraph.iter(W + "r")
            if "".join(t.text or "" for t in run.findall(W + "t")).strip()]
    return bool(runs) and all(_switched_on(run.find(W + "rPr"), "b") or _switched_on(run.find(W + "rPr"), "u")
                              for run in runs)


def style_numbering(document) -> dict[str, tuple[str, int]]:
    """styleId → (numId, ilvl) for paragraph styles that carry list numbering (e.g. List Number),
    following basedOn chains."""
    def numbering(style) -> tuple[str | None, int] | None:
        num_pr = style.find(f"{W}pPr/{W}numPr")
        return None if num_pr is None else (_val(num_pr, "numId"), _int(_val(num_pr, "ilvl"), 0))
    return {style_id: (num_id, ilvl) for style_id, (num_id, ilvl) in _inherited(_styles(document), numbering).items()
            if num_id is not None}


# --------------------------------------------------------------------------- body


@dataclass
class BodyWriter:
    numbering: Numbering
    styles: dict[str, tuple[str, int]]
    heading_style_ids: set[str] = field(default_factory=set)
    blocks: list[str] = field(default_factory=list)
    # what each block is: "paragraph", "list" (a numbered or bulleted paragraph), "heading" (a
    # short paragraph of the body set apart as a whole, see emphasised) or "table" (its rows)
    kinds: list[str] = field(default_factory=list)

    def paragraph_text(self, paragraph) -> str:
        from docx.text.paragraph import Paragraph
        text = Paragraph(paragraph, None).text
        lines = [_TAB_RUN.sub("\t", _BLANKS.sub(" ", line)).strip() for line in text.split("\n")]
        return "\n".join(line for line in lines if line)

    def list_marker(self, paragraph) -> str:
        p_pr = paragraph.find(W + "pPr")
        num_pr = p_pr.find(W + "numPr") if p_pr is not None else None
        if num_pr is not None and _val(num_pr, "numId") is not None:
            return self.numbering.marker(_val(num_pr, "numId") or "", _int(_val(num_pr, "ilvl"), 0))
        style_id = _val(p_pr, "pStyle") if p_pr is not None else None
        if style_id in self.styles:
            num_id, ilvl = self.styles[style_id]
            return self.numbering.marker(num_id, ilvl)
        return ""

    def add_paragraph(self, paragraph, depth: int = 0) -> None:
        text = self.paragraph_text(paragraph)
        if not text:
            return
        marker = self.list_marker(paragraph)
        self.blocks.append(f"{marker} {text}" if marker else text)
        if marker:
            self.kinds.append("list")
        elif depth == 0 and is_heading_text(text) and emphasised(paragraph, self.heading_style_ids):
            self.kinds.append("heading")
        else:
            self.kinds.append("paragraph")

    def add_table(self, table, depth: int = 0) -> None:
        """Simple rows one line each ("a\tb\tc"), a run of them one block: a table's rows stay
        together, as in a table copied as text. A row whose cells hold paragraphs or tables is
        written cell by cell."""
        rows: list[str] = []
        for row in table.findall(W + "tr"):
            cells = row.findall(W + "tc")
            if self._row_is_simple(cells):
                line = self._row_line([" ".join(self.paragraph_text(p).split()) for cell in cells
                                       for p in cell.findall(W + "p")])
                if line:
                    rows.append(line)
            elif labelled := self._labelled_row(cells):
                rows.extend(labelled)
            else:
                self._flush_rows(rows)
                for cell in cells:
                    self.add_container(cell, depth + 1)
        self._flush_rows(rows)

    def _flush_rows(self, rows: list[str]) -> None:
        if rows:
            self.blocks.append("\n".join(rows))
            self.kinds.append("table")
            rows.clear()

    @staticmethod
    def _row_line(texts: list[str]) -> str:
        """A row's cells as Word copies them as text: one TAB between two cells, so an empty cell
        keeps its column ("1\tWelcome\t\tJC") and a row whose first cells are empty starts with
        TABs ("\t(a) approved the plan": a paragraph under the numbered one above, not a number
        of its own); the empty cells after the last are dropped."""
        while texts and not texts[-1]:
            texts.pop()
        return CELL_SEPARATOR.join(texts)

    def _labelled_row(self, cells) -> list[str]:
        """A row of a short label of words and a cell of paragraphs ("Action(s):" | three actions) as the
        table copies as text: the label, a TAB and the first paragraph on one line, the others on
        the lines below, so they stay under their label. [] for any other row."""
        texts = [[" ".join(self.paragraph_text(p).split()) for p in cell.findall(W + "p")] for cell in cells]
        texts = [[t for t in cell if t] for cell in texts]
        if len(texts) != 2 or any(cell.find(W + "tbl") is not None for cell in cells):
            return []
        label, paragraphs = texts
        # a number in the first cell makes it a minute's or an item's, heading its own part
        if len(label) != 1 or len(label[0].split()) > LABEL_CELL_WORDS or any(c.isdigit() for c in label[0]) \
                or len(paragraphs) < 2:
            return []
        return [f"{label[0]}{CELL_SEPARATOR}{paragraphs[0]}", *paragraphs[1:]]

    @staticmethod
    def _row_is_simple(cells) -> bool:
        return all(cell.find(W + "tbl") is None and len(cell.findall(W + "p")) <= 1 for cell in cells)

    def add_container(self, element, depth: int = 0) -> None:
        """Paragraphs and tables of a body, cell or content control, in document order."""
        if depth > 50:  # nesting this deep is damage, not minutes
            return
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == W + "p":
                self.add_paragraph(child, depth)
            elif tag == W + "tbl":
                self.add_table(child, depth)
            elif tag in {W + "sdt", W + "customXml", W + "sdtContent"}:
                content = child.find(W + "sdtContent") if tag == W + "sdt" else child
                if content is not None:
                    self.add_container(content, depth + 1)


# a paragraph of the title block is one short line: the body, "Minutes of the meeting held on …",
# the date, the place
TITLE_LINE_WORDS = 25


def is_heading_text(block: str) -> bool:
    """Short enough, on one line, and not a label that opens a list or a sentence's end."""
    return "\n" not in block and len(block.split()) <= EMPHASIS_WORDS and not block.rstrip().endswith((":", "."))


def is_title_line(block: str) -> bool:
    """A short one-line paragraph that does not open a list ("Present:" does)."""
    return "\n" not in block and len(block.split()) <= TITLE_LINE_WORDS and not block.rstrip().endswith(":")


def title_block_size(blocks: list[str], kinds: list[str]) -> int:
    """How many paragraphs open the document as its title block: the short one-line paragraphs
    before the first list, table, longer paragraph or heading below them, but the one just above a
    table, which labels it ("Attendance", "Present")."""
    size = 0
    while size < len(blocks) and kinds[size] in {"paragraph", "heading"} and is_title_line(blocks[size]):
        # an emphasised line below plain ones heads the first part (the title may be emphasised too)
        if kinds[size] == "heading" and "paragraph" in kinds[:size]:
            break
        size += 1
    if 1 < size < len(blocks) and kinds[size] == "table":
        size -= 1
    return size


def heading_blocks(kinds: list[str]) -> set[int]:
    """The emphasised paragraphs that head the text below them: not one of a run of them (a list
    typed all in bold or capitals is emphasis, not headings) and not the label over a table."""
    def kind(i: int) -> str:
        return kinds[i] if 0 <= i < len(kinds) else ""
    return {i for i, k in enumerate(kinds)
            if k == "heading" and kind(i - 1) != "heading" and kind(i + 1) not in {"heading", "table"}}


def docx_to_text(document) -> str:
    """The body's blocks, a blank line between two; the title block's paragraphs are lines of one
    block, as the text copy of a Word minute has them: Word holds each header line as a paragraph of
    its own, where the text copy keeps the place on the line under the date."""
    writer = BodyWriter(Numbering.from_document(document), style_numbering(document), heading_styles(document))
    writer.add_container(document.element.body)
    title = title_block_size(writer.blocks, writer.kinds)
    headings = heading_blocks(writer.kinds)
    # below the title block, a heading is marked as Markdown marks one, as the text layouts do
    body = [f"## {block}" if i in headings else block
            for i, block in enumerate(writer.blocks) if i >= title]
    blocks = (["\n".join(writer.blocks[:title])] if title else []) + body
    lines: list[str] = []
    for block in blocks:
        lines += [block, ""]
    return drop_invisible(tidy_paragraphs(lines)).strip()


def read_docx(data: bytes, path: str) -> SourceText:
    """Read a Word (.docx) file; InputError for anything that is not a readable, safe one."""
    require_content(data, path)
    check_package(data, path)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        text = docx_to_text(document)
    except InputError:
        raise
    except Exception as exc:  # python-docx/lxml raise many types for damaged packages
        raise InputError(path, f"corrupt Word file: {one_line(exc)}") from None
    if not text:
        raise InputError(path, NO_TEXT)
    return SourceText(path=path, text=text, sha256=sha256_hex(data), media_type=MEDIA_TYPE)
