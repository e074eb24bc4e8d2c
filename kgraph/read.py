"""Read stage: a file on disk → :class:`SourceText` (the text every later span points into).

Plain text and Markdown are read here; other formats register a reader in ``READERS`` keyed by
media type (see :mod:`kgraph.readers`). The text is normalised only in ways that keep a reader
able to trust offsets: line endings become ``\\n`` and a byte-order mark is dropped; a Word table saved
as text with wrapped cells is rebuilt cell by cell (:mod:`kgraph.wrapped_table`).
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

from charset_normalizer import from_bytes

from .model import InputError, SourceText
from .wrapped_table import rebuild_wrapped_tables

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

TEXT_SUFFIXES = {".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown",
                 ".markdown": "text/markdown"}

# media type → function(raw bytes, path as given) → SourceText; filled by kgraph.readers
READERS: dict[str, Callable[[bytes, str], SourceText]] = {}


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# A typescript typed on a machine without "1" and "0" keys (and its OCR) writes the letter "l" for one
# and the digit "0" for the letter O: "l6th July", "Act l998", "9l%", "0ctober", "BEHAVI0UR". Each
# repair swaps one character for one, so every offset into the text still holds.
# ("l" is read as "1" only inside a run of digits, or as a numbered heading's number, "l.   APOLOGIES",
# where a number must stand; "0" as "O" only opening a lower-case word or inside a capitals word)
# (a final "l" only in a year, "200l", or before "%": "10l" may be ten litres)
_TYPED_ONE = re.compile(r"\b(?=[l\d]*\d)(?:[l\d]*l[l\d]*\d(?=(?:st|nd|rd|th)\b|%|\b)|[l\d]{3}l\b|\d+l(?=%))"
                        r"|(?m:^[ \t]*l(?=\.[ \t]+[A-Z]))")
_TYPED_O = re.compile(r"\b0(?=[a-z]{2,}\b)|(?<=[A-Z])0(?=[A-Z])")


def repair_typed_digits(text: str) -> str:
    """The text with a typescript's "l" for 1 and "0" for O read as meant, each the same length."""
    if "l" not in text and "0" not in text:
        return text
    text = _TYPED_ONE.sub(lambda m: m.group(0).replace("l", "1"), text)
    return _TYPED_O.sub("O", text)


# A legal-style template numbers every line of a page in its left margin, blank lines too, and starts
# again at 1 on each page: " 1    LONDON BOROUGH OF …", " 2", " 3    1. Welcome". The numbers are page
# furniture, no item or paragraph numbers. Recognised by that feature: a run of consecutive lines
# opening with 1, 2, 3 … (a gap or the line's end after each number), long enough and holding
# numbered blank lines (an agenda list "1 Welcome / 2 Apologies" numbers no blank line).
_MARGIN_NUMBER = re.compile(r"[ \t]*(\d{1,3})(?=[ \t]|$)")
_FIRST_MARGIN_NUMBERS = re.compile(r"^[ \t]*1(?:[ \t][^\n]*)?\n[ \t]*2(?=[ \t]|$)", re.MULTILINE)
_MIN_MARGIN_RUN = 10            # lines of the longest run before the numbers are taken for a margin
_MIN_NUMBERED_BLANKS = 2        # numbered blank lines that run must hold
_MIN_RUN_KEPT = 2               # a shorter run (one line on a page) is left alone


def margin_number_runs(lines: list[str]) -> list[list[tuple[int, int, int]]]:
    """The margin's line numbers as (line index, start, end) within their lines, one list per run (a
    page), or [] when the lines have no numbered margin. Each run counts 1, 2, 3 … on consecutive lines."""
    runs: list[tuple[list[tuple[int, int, int]], int]] = []
    current: list[tuple[int, int, int]] = []
    numbered_blanks = expected = 0
    for k, line in enumerate(lines):
        m = _MARGIN_NUMBER.match(line)
        number = int(m.group(1)) if m else 0
        if not (current and number == expected):
            if current:
                runs.append((current, numbered_blanks))
            current, numbered_blanks = [], 0
            if number != 1:
                continue
        current.append((k, *m.span(1)))
        expected = number + 1
        numbered_blanks += not line[m.end(1):].strip()
    if current:
        runs.append((current, numbered_blanks))
    if not any(len(run) >= _MIN_MARGIN_RUN and blanks >= _MIN_NUMBERED_BLANKS for run, blanks in runs):
        return []
    return [run for run, _ in runs if len(run) >= _MIN_RUN_KEPT]


def lines_without_margin_numbers(lines: list[str]) -> list[str]:
    """The lines with a numbered margin's line numbers blanked out (spaces: columns keep their place)."""
    out = list(lines)
    for run in margin_number_runs(lines):
        for k, start, end in run:
            out[k] = out[k][:start] + " " * (end - start) + out[k][end:]
    return out


def without_margin_numbers(text: str) -> str:
    """The text with a numbered margin's line numbers blanked out, each the same length, so every
    offset into the text still holds."""
    if not _FIRST_MARGIN_NUMBERS.search(text):
        return text         # (cheap: no line opens with a margin's first numbers)
    return "\n".join(lines_without_margin_numbers(text.split("\n")))


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the bytes look like UTF-16 text that lost its byte-order
    mark (Latin text then has a NUL in every other byte), else None."""
    sample = data[:8192]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, others, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and others.count(0) <= 0.02 * len(others):
            return name
    return None


def non_ascii_share(data: bytes) -> float:
    sample = data[:65536]
    return sum(byte >= 0x80 for byte in sample) / max(1, len(sample))


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes as UTF-8, else as the most likely legacy encoding (cp1252 is common for "£")."""
    if not data.strip():
        raise InputError(path, "empty file: no text to read")
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "binary file: not text, HTML, PDF or Word")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    # English minutes that are not UTF-8 are nearly always Windows-typed (cp1252, "£" = 0xA3);
    # charset-normalizer guesses badly on mostly-ASCII text (it can pick a Japanese code page)
    if non_ascii_share(data) <= 0.1:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "unreadable text: no character encoding fits its bytes")
    encoding = best.encoding
    # charset-normalizer may name a Latin-1 cousin; cp1252 is what Windows-typed minutes use
    if encoding in {"latin_1", "iso8859_1", "iso8859_15"}:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best), encoding


def media_type_for(path: str, data: bytes) -> str:
    """Decide the format from the content first (files are often misnamed), then the suffix."""
    head = data[:2048].lstrip().lower()
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    # a Word file is a zip whose part names are stored in clear, so it is recognised when misnamed
    if data.startswith(b"PK\x03\x04") and (Path(path).suffix.lower() in {".docx", ".docm"}
                                           or b"word/document.xml" in data):
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    if head.startswith((b"<!doctype html", b"<html")) or (b"<html" in head and b"<body" in data[:65536].lower()):
        return "text/html"
    suffix = Path(path).suffix.lower()
    if suffix in {".html", ".htm", ".aspx", ".xhtml"}:
        return "text/html"
    if suffix == ".pdf":
        return "application/pdf"
    if suffix == ".docx":
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return TEXT_SUFFIXES.get(suffix, "text/plain")


def read_text_bytes(data: bytes, path: str, media_type: str = "text/plain") -> SourceText:
    text, encoding = decode_text(data, path)
    if not text.strip():  # a byte-order mark and nothing else, or only invisible characters
        raise InputError(path, "empty file: no text to read")
    # a Word table saved as text with its cells wrapped line by line is rebuilt cell by cell (the one
    # change that moves offsets: the rebuilt text is the document's text every span points into)
    text = rebuild_wrapped_tables(normalise_newlines(text))
    return SourceText(path=path, text=text, sha256=sha256_hex(data),
                      media_type=media_type, encoding=encoding)


def read_bytes(data: bytes, path: str) -> SourceText:
    """Turn the raw bytes of a document into its text, with the reader its format needs."""
    media_type = media_type_for(path, data)
    reader = READERS.get(media_type)
    if reader is not None:
        return reader(data, path)
    if media_type in {"text/plain", "text/markdown"}:
        return read_text_bytes(data, path, media_type)
    raise InputError(path, f"unsupported format ({media_type})")


def human_size(n: int) -> str:
    """1234 → '1.2 kB', 52428800 → '52.4 MB' (decimal units, as file managers show them)."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def read_source(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read one document from disk; raises :class:`InputError` with a one-line reason."""
    name = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(name, f"cannot open: {exc.strerror or exc}") from None
    if p.is_dir():
        raise InputError(name, "is a folder, not a document")
    if size > max_bytes:
        raise InputError(name, f"file too large ({human_size(size)} > limit {human_size(max_bytes)})")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    return read_bytes(data, name)


def _register_optional_readers() -> None:
    """Formats beyond text live in kgraph.readers; import them lazily so text needs nothing else."""
    try:
        from . import readers  # noqa: F401  (registers itself in READERS)
    except ImportError:
        pass


_register_optional_readers()
