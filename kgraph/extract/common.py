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


# --------------------------------------------------------------------------- labelled table cells

# a Word table's labelled row copied as text: the label's cell, then a bar or a TAB (as Word copies a
# table), then the value's cell ("Decision(s): | The Board noted …", "Action(s):<TAB>24/21 – PO to …")
_LABEL_CELL = re.compile(r"[ \t*_]*[A-Z][A-Za-z]*(?:\(s\))?(?:[ \t]+[a-z]+){0,2}[ \t]*:(?:[ \t]*\||[ \t]*\t)[ \t]*")
_CELL_BREAKS = "|\t"


def labelled_cell_lines(text: str, paras: list, k: int) -> tuple[list[tuple[int, int]], list[int]]:
    """The lines of the value cell that paragraph ``k`` opens with "Label: | …", and the indexes of the
    paragraphs after it that continue the cell. A cell holding several lines keeps only its first
    beside the label; the others follow on the next lines without a bar or TAB of their own (a blank
    line, a line with one, or another labelled row ends the cell). Empty when ``k`` opens no such cell."""
    p = paras[k]
    m = _LABEL_CELL.match(text, p.text_span.start, p.text_span.end)
    if m is None:
        return [], []
    lines = [(a, b) for a, b in _line_spans(text, m.end(), p.text_span.end) if b > a]
    taken: list[int] = []
    end = p.span.end
    for j in range(k + 1, len(paras)):
        q = paras[j]
        if text.count("\n", end, q.span.start) > 1 or any(text.find(c, q.span.start, q.span.end) >= 0 for c in _CELL_BREAKS):
            break
        lines += [(a, b) for a, b in _line_spans(text, q.text_span.start, q.text_span.end) if b > a]
        taken.append(j)
        end = q.span.end
    return lines, taken
