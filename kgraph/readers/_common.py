"""Helpers every reader shares: checks that give the same one-line messages for every format,
and the clean-up that makes extracted text safe to keep as evidence in the graph."""
from __future__ import annotations

import re

from ..model import InputError

EMPTY_FILE = "empty file: no text to read"

# C0/C1 control characters are not allowed in XML 1.0 literals (the graph keeps the text), and
# never carry meaning in minutes; tab and newline are kept.  Soft hyphens and zero-width marks
# are invisible on the page, so they are dropped too.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe\uffff]")
# lone surrogates cannot be encoded as UTF-8 and would break writing the graph
_SURROGATE = re.compile("[\ud800-\udfff]")


def require_content(data: bytes, path: str) -> None:
    if not data.strip():
        raise InputError(path, EMPTY_FILE)


def drop_invisible(text: str) -> str:
    return _SURROGATE.sub("\ufffd", _INVISIBLE.sub("", text))


def one_line(exc: BaseException, limit: int = 160) -> str:
    """An exception as one short line for an error message (library messages can be multi-line)."""
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message if len(message) <= limit else message[: limit - 1] + "…"


def tidy_paragraphs(lines: list[str]) -> str:
    """Join lines, trimming trailing spaces and keeping at most one blank line between blocks."""
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
