"""Turn plain-text (or light Markdown) minutes into real HTML, PDF and Word files for the tests.

The readers are tested on files made here, in the test's own tmp folder, never downloaded.
Each maker renders the same paragraphs the text version has, so a reader that is faithful gives
text from which the extractor recovers the same facts.

Light Markdown is understood because one seed is stored as Markdown: ``#`` headings, ``**bold**``,
``*italic*``, ``- `` bullets and ``---`` rules. Everything else is a paragraph.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")

# "1.    text", "12. text": a numbered paragraph that a council page would show as an <ol> item
NUMBERED = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")
# "(1) text", "(iv) text": an enumerator typed into the text, kept as text in every format
TYPED_ENUMERATOR = re.compile(r"^\((?:\d{1,3}|[ivxlc]{1,6}|[a-z])\)\s")
BULLET = re.compile(r"^(?:[-*•·]|\u00b7)\s+(\S.*)$")
HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


@dataclass
class Block:
    kind: str            # "heading", "para", "numbered", "bullet", "rule"
    text: str            # inline Markdown removed
    number: int | None = None
    bold: bool = False


def strip_inline_markdown(text: str) -> str:
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])", r"\1", text)
    return text.replace("\u00a0", " ").strip()


def parse_blocks(text: str) -> list[Block]:
    """Split minutes text into display blocks: one per non-empty line (the seeds hold one
    paragraph per line)."""
    blocks: list[Block] = []
    for raw in text.splitlines():
        line = raw.replace("\u00a0", " ").strip()
        if not line:
            continue
        if re.fullmatch(r"-{3,}|\*{3,}", line):
            blocks.append(Block("rule", ""))
            continue
        heading = HEADING.match(line)
        if heading:
            blocks.append(Block("heading", strip_inline_markdown(heading.group(2)), bold=True))
            continue
        bullet = BULLET.match(line)
        if bullet:
            inner = strip_inline_markdown(bullet.group(1))
            # "- (1) text": Markdown wrapping a typed enumerator; the minutes themselves say "(1)"
            kind = "para" if TYPED_ENUMERATOR.match(inner) else "bullet"
            blocks.append(Block(kind, inner))
            continue
        numbered = NUMBERED.match(line)
        if numbered:
            blocks.append(Block("numbered", strip_inline_markdown(numbered.group(2)),
                                number=int(numbered.group(1))))
            continue
        blocks.append(Block("para", strip_inline_markdown(line)))
    return blocks


def group_lists(blocks: list[Block]) -> list[list[Block]]:
    """Group consecutive numbered (or bulleted) blocks into lists; other blocks stand alone."""
    groups: list[list[Block]] = []
    for block in blocks:
        if (block.kind in {"numbered", "bullet"} and groups and groups[-1][0].kind == block.kind
                and (block.kind == "bullet" or block.number == (groups[-1][-1].number or 0) + 1)):
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


# --------------------------------------------------------------------------- HTML


def inline_html(text: str) -> str:
    """Escape text for HTML; "Action:" / "RESOLVED" lead-ins get <strong> as council pages do."""
    escaped = html.escape(text, quote=False)
    return re.sub(r"^(Action:|ACTION:|RESOLVED)", r"<strong>\1</strong>", escaped)


def text_to_html(text: str) -> str:
    """A ModernGov-like page: head with script/style, skip link, breadcrumbs, nav menu, a search
    form, the minutes as <h2>/<p>/<ol>/<ul> blocks inside #modgov, and a footer."""
    body: list[str] = []
    for group in group_lists(parse_blocks(text)):
        first = group[0]
        if first.kind == "heading":
            body.append(f"<h2 class=\"mgSubTitleTxt\">{inline_html(first.text)}</h2>")
        elif first.kind == "rule":
            body.append("<hr>")
        elif first.kind == "numbered":
            items = "".join(f"<li><p>{inline_html(b.text)}</p></li>" for b in group)
            start = f" start=\"{first.number}\"" if first.number != 1 else ""
            body.append(f"<ol{start}>{items}</ol>")
        elif first.kind == "bullet":
            body.append("<ul>" + "".join(f"<li>{inline_html(b.text)}</li>" for b in group) + "</ul>")
        else:
            body.append(f"<p>{inline_html(first.text)}</p>")
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Agenda and minutes - Council meetings</title>
<style>body {{ font-family: Arial; }} .mgHide {{ display: none; }}</style>
<script>var tracking = "Agenda and minutes should never appear"; function x() {{ return 1 < 2; }}</script>
</head>
<body>
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header"><img src="logo.png" alt="Council logo"> Council website header</header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li></ul></nav>
<div id="breadcrumb"><ul class="breadcrumb"><li>Home</li><li>Meetings</li><li>Agenda item</li></ul></div>
<form action="/search"><label>Search this site</label><input name="q"><button>Go</button></form>
<main id="content">
<div id="modgov">
{content}
</div>
</main>
<footer><p>Copyright Council. Privacy and cookies.</p></footer>
<noscript>Please enable JavaScript</noscript>
</body>
</html>
"""


# --------------------------------------------------------------------------- PDF

RUNNING_HEADER = "Partnership Minutes - Unconfirmed Copy"

# fpdf2's core fonts are Latin-1: keep the characters minutes use, transliterate the rest
TRANSLITERATION = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-",
                   "\u2014": "-", "\u2022": "-", "\u00b7": "-", "\u2026": "..."}


def latin1_safe(text: str) -> str:
    text = "".join(TRANSLITERATION.get(ch, ch) for ch in text)
    return text.encode("latin-1", "replace").decode("latin-1")


def _pdf_class():
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        font_name = "helvetica"

        def header(self) -> None:
            self.set_font(self.font_name, "", 8)
            self.cell(0, 6, RUNNING_HEADER, align="C")
            self.ln(10)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(self.font_name, "", 8)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")

    return MinutesPDF


def text_to_pdf(text: str, path: str | Path, *, font_size: float = 11) -> Path:
    """A real multi-page PDF (fpdf2) with a running header, a "Page N of M" footer and
    Word-like paragraph spacing; numbered paragraphs are typed as "N. text"."""
    pdf = _pdf_class()()
    regular, bold = DEJAVU_DIR / "DejaVuSans.ttf", DEJAVU_DIR / "DejaVuSans-Bold.ttf"
    unicode_font = regular.exists() and bold.exists()
    if unicode_font:
        pdf.add_font("dejavu", "", str(regular))
        pdf.add_font("dejavu", "B", str(bold))
        pdf.font_name = "dejavu"
    clean = (lambda s: s) if unicode_font else latin1_safe
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    for block in parse_blocks(text):
        if block.kind == "rule":
            pdf.ln(3)
            continue
        if block.kind == "heading":
            pdf.set_font(pdf.font_name, "B", font_size + 1)
            body = block.text
        else:
            pdf.set_font(pdf.font_name, "", font_size)
            prefix = {"numbered": f"{block.number}. ", "bullet": "\u2022 "}.get(block.kind, "")
            body = prefix + block.text
        pdf.multi_cell(0, font_size * 0.5, clean(body), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(font_size * 0.35)
    target = Path(path)
    pdf.output(str(target))
    return target


def image_only_pdf(path: str | Path, pages: int = 2) -> Path:
    """A 'scanned' PDF: pages that hold only an image, no text layer."""
    import struct
    import zlib

    from fpdf import FPDF

    width, height = 40, 20
    raw = b"".join(b"\x00" + bytes([(x * 7 + y * 3) % 256 for x in range(width)]) for y in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    image = Path(path).with_suffix(".png")
    image.write_bytes(png)
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
        pdf.image(str(image), x=10, y=10, w=180)
    target = Path(path)
    pdf.output(str(target))
    return target


def tiny_png() -> bytes:
    """A valid 1×1 PNG, for the 'binary file' test."""
    import struct
    import zlib

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- DOCX


def _restarted_numbering(document, start: int) -> int:
    """A new w:num on the 'List Number' definition that starts at ``start``: what Word writes
    when a numbered list restarts, so the reader must compute the numbers itself."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = document.part.numbering_part.element
    style = document.styles["List Number"].element
    style_num_id = int(style.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val")))
    abstract_id = next(n.find(qn("w:abstractNumId")).get(qn("w:val"))
                       for n in numbering.findall(qn("w:num")) if int(n.get(qn("w:numId"))) == style_num_id)
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{new_id}"><w:abstractNumId w:val="{abstract_id}"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'))
    return new_id


def _set_num_id(paragraph, num_id: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def text_to_docx(text: str, path: str | Path, *, with_table: bool = False) -> Path:
    """A Word file: headings as Heading 2, numbered runs as real Word numbering (the numbers are
    not in the text), bullets as 'List Bullet'. ``with_table`` adds an attendance table."""
    from docx import Document

    document = Document()
    for group in group_lists(parse_blocks(text)):
        first = group[0]
        if first.kind == "heading":
            document.add_heading(first.text, level=2)
        elif first.kind == "rule":
            continue
        elif first.kind == "numbered":
            num_id = _restarted_numbering(document, first.number or 1)
            for block in group:
                paragraph = document.add_paragraph(block.text, style="List Number")
                _set_num_id(paragraph, num_id)
        elif first.kind == "bullet":
            for block in group:
                document.add_paragraph(block.text, style="List Bullet")
        else:
            paragraph = document.add_paragraph()
            match = re.match(r"^(Action:|ACTION:)(.*)$", first.text)
            if match:
                paragraph.add_run(match.group(1)).bold = True
                paragraph.add_run(match.group(2))
            else:
                paragraph.add_run(first.text)
    if with_table:
        table = document.add_table(rows=3, cols=2)
        for row, (name, organisation) in zip(table.rows, [("Name", "Organisation"),
                                                          ("Alice Example", "Example Council"),
                                                          ("Bob Sample", "Example Police")]):
            row.cells[0].text, row.cells[1].text = name, organisation
    target = Path(path)
    document.save(str(target))
    return target
