"""HTML reader: a council web page (ModernGov and others) → the minutes text.

The page is parsed with selectolax (lexbor), an HTML5 parser that never fetches anything and
never expands DOCTYPE entities.  Page furniture (scripts, menus, breadcrumbs, forms, site
header/footer) is removed, then the document is walked once and written out with the block
structure kept as line breaks: each block (paragraph, heading, list item, table row) becomes a
paragraph separated by a blank line, ``<br>`` a line break, ordered list items get their numbers
back, inline-only table cells are joined with " | " (after a cell holding only an enumerator,
"(i)", with a space: the row is an enumerated paragraph; an empty cell between two filled ones
keeps its column), and a heading's minute number set in an element of its own is parted from the
title by a TAB.  This matches what a ModernGov page copied as text looks like, which is the layout
the segmenter understands.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..model import InputError, SourceText
from ..read import sha256_hex
from ._common import drop_invisible, one_line, require_content, tidy_paragraphs

MEDIA_TYPE = "text/html"
NO_TEXT = "no text in HTML page"

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "ol", "p",
    "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "html",
})
CELL_TAGS = frozenset({"td", "th"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# elements whose whole subtree is never text, even if the chrome list misses them
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link"})
# structural chrome that is page furniture outside the content but a title inside an article
OUTER_CHROME_TAGS = ("header", "footer", "aside")
CONTENT_ANCESTORS = frozenset({"main", "article"})
MAIN_SELECTORS = ("main", "[role=main]")

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_SPACES = re.compile(r"\s+")
_SKIP_LINK = re.compile(r"^\s*skip\b", re.I)
# what a DOCTYPE with an internal subset leaves behind in an HTML5 parse: "]>" as body text
_DOCTYPE_RESIDUE = re.compile(r"^\s*\]\s*>\s*")


@lru_cache(maxsize=1)
def chrome_selectors() -> tuple[str, ...]:
    lines = resources.files(__package__).joinpath("html_chrome.txt").read_text("utf-8").splitlines()
    return tuple(s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#"))


# --------------------------------------------------------------------------- decoding


def _codec_name(label: str) -> str | None:
    try:
        name = codecs.lookup(label.decode("ascii", "ignore") if isinstance(label, bytes) else label).name
    except LookupError:
        return None
    # browsers read "latin-1"/"ascii" pages as windows-1252 (WHATWG encoding standard)
    return "cp1252" if name in {"latin-1", "iso8859-1", "ascii"} else name


def decode_html(data: bytes) -> tuple[str, str, list[str]]:
    """Bytes → (markup, encoding, warnings): BOM, then the page's own meta charset, then UTF-8,
    then Windows-1252 (never fails: undecodable bytes become U+FFFD with a warning)."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(name, "replace"), name, []
    candidates: list[str] = []
    declared = _META_CHARSET.search(data[:4096])
    if declared and (name := _codec_name(declared.group(1))) and not name.startswith("utf-16"):
        candidates.append(name)
    candidates += [c for c in ("utf-8", "cp1252") if c not in candidates]
    for name in candidates:
        try:
            return data.decode(name), name, []
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", "replace"), "utf-8", ["undecodable bytes replaced by U+FFFD"]


# --------------------------------------------------------------------------- clean-up


def _has_content_ancestor(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in CONTENT_ANCESTORS or (parent.attributes or {}).get("role") == "main":
            return True
        parent = parent.parent
    return False


# a form holding more than this share of the page's text wraps the page (ASP.NET sites: CMIS, DNN)
_PAGE_FORM_SHARE = 0.5


def unwrap_page_form(tree: LexborHTMLParser) -> None:
    """An ASP.NET page (CMIS, DotNetNuke) sets the whole page inside one <form>: that form is no
    furniture like a search box, so it is unwrapped (its children kept) before forms are removed."""
    body = tree.body
    total = len((body.text(deep=True) or "").strip()) if body is not None else 0
    if not total:
        return
    for node in tree.css("form"):
        if len((node.text(deep=True) or "").strip()) > _PAGE_FORM_SHARE * total:
            node.unwrap()


def remove_chrome(tree: LexborHTMLParser) -> None:
    """Delete page furniture in place (see html_chrome.txt for the selector list)."""
    unwrap_page_form(tree)
    for selector in chrome_selectors():
        for node in tree.css(selector):
            node.decompose()
    for tag in OUTER_CHROME_TAGS:
        for node in tree.css(tag):
            if not _has_content_ancestor(node):
                node.decompose()
    for node in tree.css("a[href^='#']"):
        if _SKIP_LINK.match(node.text(deep=True) or ""):
            node.decompose()
    for node in tree.css("[style]"):
        style = (node.attributes.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            node.decompose()


def content_root(tree: LexborHTMLParser) -> LexborNode | None:
    """The page's main content when it marks one (and it has text), else the body."""
    for selector in MAIN_SELECTORS:
        candidates = [n for n in tree.css(selector) if (n.text(deep=True) or "").strip()]
        if candidates:
            return max(candidates, key=lambda n: len(n.text(deep=True) or ""))
    return tree.body or tree.root


# --------------------------------------------------------------------------- writing text


def list_marker(number: int, style: str) -> str:
    """The visible marker of an ordered-list item: "3.", "c.", "iii."."""
    if style in {"a", "A"} and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return (letter.upper() if style == "A" else letter) + "."
    if style in {"i", "I"} and 1 <= number <= 3999:
        roman = to_roman(number)
        return (roman.upper() if style == "I" else roman) + "."
    return f"{number}."


def to_roman(number: int) -> str:
    out = []
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        count, number = divmod(number, value)
        out.append(numeral * count)
    return "".join(out)


def _int_attr(node: LexborNode, name: str, default: int) -> int:
    value = (node.attributes or {}).get(name)
    try:
        return int(str(value).strip()) if value is not None else default
    except ValueError:
        return default


@dataclass
class TextWriter:
    """Accumulates text as lines; blocks are separated by one blank line."""

    lines: list[str] = field(default_factory=list)
    current: list[str] = field(default_factory=list)
    pending_prefix: str = ""        # a list marker waiting for the item's first text
    pending_separator: str = ""     # " | " between inline table cells, written only before text

    def write(self, text: str, *, preformatted: bool = False) -> None:
        if not preformatted:
            text = _SPACES.sub(" ", text)
            if not self.current or self.current[-1].endswith(" "):
                text = text.lstrip(" ")
        if not text:
            return
        if self.pending_prefix or self.pending_separator:
            lead = self.pending_prefix + " " if self.pending_prefix else ""
            if self.pending_separator and self.has_text():
                lead = self.pending_separator + lead
            self.current.append(lead)
            self.pending_prefix = self.pending_separator = ""
            if not preformatted:
                text = text.lstrip(" ")
        if preformatted and "\n" in text:
            first, *rest = text.split("\n")
            self.current.append(first)
            for part in rest:
                self.end_line()
                self.current.append(part)
            return
        self.current.append(text)

    def has_text(self) -> bool:
        return any(part.strip() for part in self.current)

    def end_line(self) -> None:
        # leading space is already dropped for flowing text; a <pre> line keeps its indent
        self.lines.append("".join(self.current).rstrip())
        self.current = []

    def line_break(self) -> None:
        if self.has_text():
            self.end_line()

    def block_break(self) -> None:
        self.line_break()
        self.current = []
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def text(self) -> str:
        self.line_break()
        return tidy_paragraphs(self.lines)


def _cell_has_blocks(cell: LexborNode) -> bool:
    return cell.css_first("p, div, ul, ol, table, h1, h2, h3, h4, h5, h6, blockquote, pre, br") is not None


# a cell holding only a sub-point's enumerator, "(i)", "(a)", "(2)", "ii)": a resolution typed as a
# table, "(i) | That …"; not "89." (an item number cell of an agenda table)
ENUMERATOR_CELL = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivxlc]{1,6})\)", re.I)


def is_enumerator_cell(cell: LexborNode) -> bool:
    """Whether the cell is a sub-point's enumerator, written before the next cell with a space so
    that the row reads as the enumerated paragraph it is ("(i) That the next meeting be held …")."""
    return bool(ENUMERATOR_CELL.fullmatch((cell.text() or "").strip()))


# a minute number set in an element of its own at the start of a heading, "<h3><span>SSP 24/01</span>
# Apologies</h3>", "<h2><strong>5.</strong> Budget</h2>", "Item 5", "CAB-41": a few letters, then digits
_HEADING_NUMBER = re.compile(r"(?:[A-Za-z]{1,10}[ .-]?){0,2}\(?\d{1,4}[a-z]?(?:[./-]\d{1,4}){0,2}[.):]?")


def heading_number_element(heading: LexborNode) -> LexborNode | None:
    """The element holding a heading's minute number, when the heading opens with one and its title
    follows: pages print it as a column of its own (a fixed-width span), which a page copied as text
    keeps apart from the title by a TAB ("SSP 24/01<TAB>Apologies"), where a space would read as
    prose ("SSP 24/01 was agreed")."""
    children = [c for c in heading.iter(include_text=True) if c.tag != "-text" or (c.text_content or "").strip()]
    if len(children) < 2 or children[0].tag in (None, "-text", "br") or children[0].tag.startswith("-"):
        return None
    first = children[0]
    return first if _HEADING_NUMBER.fullmatch((first.text(deep=True) or "").strip()) else None


def cell_separator(cell: LexborNode, writer: TextWriter) -> str:
    """What goes before the next cell's text once ``cell`` is written: a bar, a space after an
    enumerator cell; after an empty cell between two filled ones one more bar, so that the next cell
    keeps its column ("Alison Fenwick | Sandwell MBC |  | ✓": ticked under Apologies, not Present),
    as in the Word and PDF readers' rows (empty cells before the first and after the last are left out)."""
    if (cell.text(deep=True) or "").strip():
        return " " if is_enumerator_cell(cell) else " | "
    return writer.pending_separator + " | " if writer.pending_separator.endswith("| ") else writer.pending_separator


def render_text(root: LexborNode) -> str:
    """Walk the tree without recursion (pages can nest thousands deep) and write its text."""
    writer = TextWriter()
    list_stack: list[list] = []      # [kind, next number, style] for each open list
    pre_depth = 0
    heading_number: LexborNode | None = None     # a heading's number element, a TAB after it
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            if tag in {"ol", "ul", "menu", "dir"} and list_stack:
                list_stack.pop()
            if tag == "pre":
                pre_depth -= 1
            if heading_number is not None and node == heading_number:
                writer.pending_separator, heading_number = "\t", None
                continue
            if tag in BLOCK_TAGS or (tag in CELL_TAGS and _cell_has_blocks(node)):
                writer.block_break()
            elif tag in CELL_TAGS:
                writer.pending_separator = cell_separator(node, writer)
            continue
        if tag == "-text":
            writer.write(node.text_content or "", preformatted=pre_depth > 0)
            continue
        if tag is None or tag.startswith("-") or tag in SKIP_TAGS:
            continue
        if tag == "br":
            writer.pending_separator = ""
            writer.line_break()
            continue
        if tag == "img":
            alt = (node.attributes or {}).get("alt")
            if alt and alt.strip():
                writer.write(f" {alt.strip()} ")
            continue
        if tag == "tr":
            writer.pending_separator = ""
        if tag in BLOCK_TAGS or (tag in CELL_TAGS and _cell_has_blocks(node)):
            writer.pending_separator = ""
            writer.block_break()
        if tag == "ol":
            style = str((node.attributes or {}).get("type") or "1")
            list_stack.append(["ol", _int_attr(node, "start", 1), style])
        elif tag in {"ul", "menu", "dir"}:
            list_stack.append(["ul", 0, ""])
        elif tag == "li":
            writer.pending_prefix = _next_marker(node, list_stack)
        elif tag == "pre":
            pre_depth += 1
        elif tag in HEADING_TAGS:
            heading_number = heading_number_element(node)
        stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))
    return writer.text()


def _next_marker(item: LexborNode, list_stack: list[list]) -> str:
    if not list_stack or list_stack[-1][0] != "ol":
        return "•"
    current = list_stack[-1]
    number = _int_attr(item, "value", current[1])
    current[1] = number + 1
    return list_marker(number, current[2])


def html_to_text(markup: str) -> str:
    tree = LexborHTMLParser(markup)
    remove_chrome(tree)
    root = content_root(tree)
    if root is None:
        return ""
    text = drop_invisible(render_text(root))
    return _DOCTYPE_RESIDUE.sub("", text, count=1).strip()


def read_html(data: bytes, path: str) -> SourceText:
    """Read a web page of minutes; raises InputError when it holds no usable text."""
    require_content(data, path)
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(path, "binary file: not text, HTML, PDF or Word")
    markup, encoding, warnings = decode_html(data)
    try:
        text = html_to_text(markup)
    except Exception as exc:  # selectolax is C code; any failure is this page's problem
        raise InputError(path, f"unreadable HTML: {one_line(exc)}") from None
    if not text:
        raise InputError(path, NO_TEXT)
    return SourceText(path=path, text=text, sha256=sha256_hex(data), media_type=MEDIA_TYPE,
                      encoding=encoding, warnings=warnings)
