"""Shared low-level helpers of the extract stage: trimming and normalising text, sentence bounds,
line spans, span overlap, and the sentence-break patterns. Every other module of the package uses
them, so they sit at the bottom of the layering and import nothing from the package.
"""
from __future__ import annotations

import re

from ..model import Span
from ..segment.common import _strip_span


# --------------------------------------------------------------------------- small helpers


def _trim(text: str, s: int, e: int, chars: str = " \t\n\u00a0*_") -> tuple[int, int]:
    """The span without blanks and Markdown emphasis at either end (segment strips punctuation too)."""
    return _strip_span(text, s, e, chars)


_SPACES = re.compile(r"\s+")
_NOT_TITLE_CHARS = re.compile(r"[^\w\s&']")
_WORD_CHAR = re.compile(r"\w")
_INITIAL = re.compile(r"[A-Z]\.?")


def _norm(s: str) -> str:
    return _SPACES.sub(" ", s).strip().lower()


_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "cllr", "supt", "insp", "e.g", "i.e", "etc", "vs", "cf",
                  "approx", "para", "paras", "ref", "sgt", "prof", "rev", "nos", "fig"}


def sentence_bounds(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    """The sentence of text[s:e] that holds ``pos`` (stops after "." unless it ends an abbreviation)."""
    start = s
    i = s
    while i < pos:
        if text[i] in ".!?" and _ends_sentence(text, s, i, e):
            start = i + 1
        i += 1
    end = e
    i = pos
    while i < e:
        if text[i] in ".!?" and _ends_sentence(text, s, i, e):
            end = i + 1
            break
        i += 1
    return _trim(text, start, end)


def _ends_sentence(text: str, s: int, i: int, e: int) -> bool:
    if i + 1 < e and not text[i + 1].isspace():
        return False
    j = i
    while j > s and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:i].lower()
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and text[j:i].isupper()):
        return False
    return True


# --------------------------------------------------------------------------- shared, from the decisions section


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


# the space between two sentences, ending where the next one opens (a capital, a bracket or a quote)
_SENTENCE_OPENING = re.compile(r"(?<=[.!?])[ \t\n]+(?=[A-Z(\"'‘“])")


def _line_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(start, end) of each line of text[s:e]."""
    out, pos = [], s
    while pos < e:
        nl = text.find("\n", pos, e)
        end = e if nl < 0 else nl
        out.append((pos, end))
        pos = end + 1
    return out


_SENTENCE_BREAK = re.compile(r"[.!?][ \t\n]+(?=[A-Z])")
