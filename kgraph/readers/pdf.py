"""PDF reader: the text layer of a PDF (printed minutes, Word exports) → the minutes text.

pypdf gives each page's text in content order; its "layout" mode also keeps vertical gaps as
blank lines, which is how paragraph breaks are recovered (a PDF has no paragraphs, only
positioned lines).  Then:

1. running headers/footers (lines repeated at the top or bottom of most pages, compared with
   digits masked) and page numbers ("Page 3 of 7", "- 3 -", a bare "3" that follows the page
   sequence) are removed;
2. wrapped lines are joined back into paragraphs (blank-line gaps, enumerators, "Action:",
   short last lines), one paragraph per line with a blank line between, like the text layouts;
3. a hyphen at a line end is removed only when the unhyphenated word occurs elsewhere in the
   document and the hyphenated one does not ("commun-/ity" → "community", "multi-/agency" stays).
"""
from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter

from ..model import InputError, SourceText
from ..read import sha256_hex
from ._common import drop_invisible, one_line, require_content

MEDIA_TYPE = "application/pdf"
NO_TEXT_LAYER = "no text layer: needs OCR"
ENCRYPTED = "encrypted PDF: cannot read without a password"

EDGE_LINES = 3                  # lines at the top and at the bottom of a page that may be furniture
REPEAT_SHARE = 0.6              # a line on this share of pages (at least 2) is a running header/footer

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")
_DIGITS = re.compile(r"\d+")
PAGE_LABEL = re.compile(r"^(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^\d{1,4}\s*(?:of|/)\s*\d{1,4}$", re.I)
BARE_NUMBER = re.compile(r"^[-–—]?\s*(\d{1,4})\s*[-–—]?$")
# a line that starts a new paragraph whatever the spacing: enumerators, bullets, lead-ins
PARAGRAPH_START = re.compile(
    r"^(?:\(?\d{1,3}[.)](?:\s|$)|\(\d{1,3}[a-z]?\)|\(?[a-hj-z][.)]\s|\((?:[ivxlc]{1,6})\)|[ivxlc]{1,6}[.)]\s"
    r"|[•·▪◦●■‣\u2013*-]\s|Action\s*:|ACTION\b|RESOLVED\b|Minutes\s*:|Item\s+\d)")
SENTENCE_END = re.compile(r"[.:;?!)]$")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")
HYPHEN_END = re.compile(r"([A-Za-z]+)-$")
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
    """One page's lines, blank lines marking vertical gaps; None if the page cannot be read."""
    for mode in ("layout", "plain"):
        try:
            raw = page.extract_text(extraction_mode=mode)
        except Exception:
            continue
        if raw is None:
            continue
        lines = [_SPACES.sub(" ", drop_invisible(line)).strip() for line in raw.replace("\r", "\n").split("\n")]
        return lines
    return None


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
    filled = [i for i, line in enumerate(lines) if line and not is_page_number_like(line)]
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
    """A line compared across pages: case and numbers ignored ("Page 2 of 7" ~ "Page 3 of 7")."""
    return _DIGITS.sub("#", line.lower())


def running_keys(pages: list[list[str]]) -> set[tuple[str, int, str]]:
    """(edge, position, shape) of lines found at the same place on most pages: running headers
    and footers.  Requiring the same position keeps content lines that merely recur (a
    "Minutes:" label, a repeated decision) from being taken for furniture."""
    if len(pages) < 2:
        return set()
    counts: Counter[tuple[str, int, str]] = Counter()
    for lines in pages:
        counts.update({(*place, line_shape(lines[i])) for i, places in edge_lines(lines).items()
                       for place in places})
    needed = max(2, math.ceil(REPEAT_SHARE * len(pages)))
    # shapes without letters ("#", "- # -") are page numbers, judged by page_number_offset
    return {key for key, count in counts.items() if count >= needed and re.search("[a-z]", key[2])}


def page_number_offset(pages: list[list[str]]) -> int | None:
    """The constant (printed number − page index) of bare page numbers, if most pages show one."""
    offsets: Counter[int] = Counter()
    for index, lines in enumerate(pages, start=1):
        found = {int(m.group(1)) - index for i in number_zone(lines) if (m := BARE_NUMBER.match(lines[i]))}
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
            if i in zone and is_page_number(line, index, offset):
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


# --------------------------------------------------------------------------- paragraphs


def typical_width(lines: list[str]) -> int:
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]


def starts_paragraph(previous: str, line: str, width: int) -> bool:
    """Whether ``line`` begins a new paragraph after ``previous`` when no gap separates them."""
    if PARAGRAPH_START.match(line):
        return True
    if width and len(previous) < 0.6 * width:
        return True
    return bool(SENTENCE_END.search(previous) and width and len(previous) < 0.85 * width
                and not line[:1].islower())


def page_paragraphs(lines: list[str]) -> list[list[str]]:
    """Group a page's lines into paragraphs (each a list of its wrapped lines)."""
    width = typical_width(lines)
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
                current = []
            continue
        if current and starts_paragraph(current[-1], line, width):
            paragraphs.append(current)
            current = []
        current.append(line)
    if current:
        paragraphs.append(current)
    return paragraphs


def continues_across_pages(previous: list[str], following: list[str], width: int) -> bool:
    """A paragraph cut by a page break: the next page begins in lower case, or the last line
    was a full-width line without a sentence end and the next does not start a paragraph."""
    last, first = previous[-1], following[0]
    if first[:1].islower():
        return True
    return bool(width and len(last) >= 0.75 * width and not SENTENCE_END.search(last)
                and not PARAGRAPH_START.match(first))


def join_wrapped(lines: list[str], vocabulary: Counter[str]) -> str:
    """Join a paragraph's wrapped lines with spaces, mending words split by a line-end hyphen."""
    text = lines[0]
    for line in lines[1:]:
        head = HYPHEN_END.search(text)
        tail = WORD_START.match(line)
        if head and tail:
            joined = head.group(1) + tail.group(1)
            hyphenated = f"{head.group(1)}-{tail.group(1)}"
            if (tail.group(1)[0].islower() and vocabulary[joined.lower()]
                    and not vocabulary[hyphenated.lower()]):
                text = text[:-1] + line          # a word broken for the line: "commun-ity"
            else:
                text = text + line               # a real hyphen: "multi-agency"
        else:
            text = f"{text} {line}"
    return text


def document_vocabulary(pages: list[list[str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for lines in pages:
        for line in lines:
            counts.update(word.lower() for word in WORD.findall(line))
    return counts


def pages_to_text(pages: list[list[str]]) -> str:
    vocabulary = document_vocabulary(pages)
    width = typical_width([line for lines in pages for line in lines])
    paragraphs: list[list[str]] = []
    for lines in pages:
        page = page_paragraphs(lines)
        if page and paragraphs and continues_across_pages(paragraphs[-1], page[0], width):
            paragraphs[-1] = paragraphs[-1] + page[0]
            page = page[1:]
        paragraphs.extend(page)
    return "\n\n".join(join_wrapped(p, vocabulary) for p in paragraphs).strip()


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
        text = pages_to_text(remove_page_furniture(pages))
    except RecursionError as exc:  # defensive: never let a pathological page escape
        raise InputError(path, f"corrupt PDF: {one_line(exc)}") from None
    if not text:
        raise InputError(path, NO_TEXT_LAYER)
    return SourceText(path=path, text=text, sha256=sha256_hex(data), media_type=MEDIA_TYPE,
                      warnings=warnings)
