"""Lines of the text and their Markdown markup: :class:`Line` (a line's bounds and the bounds of its
content once markup is set aside) and :func:`split_lines`, which every reader of the stage walks, and
the title-casing of shouted phrases. The lowest layer: it imports nothing from the rest of the stage.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


_VOWEL = re.compile(r"[aeiou]")


@dataclass(slots=True)
class Line:
    start: int          # offset of the first character of the line
    end: int            # offset of the newline (exclusive end of the line)
    cs: int             # content start: after indentation and Markdown markup
    ce: int             # content end: before trailing markup and spaces
    heading: bool       # a Markdown heading ("### ...") or a fully bold line ("**...**")
    blank: bool         # no content (ce <= cs): asked of every line by every reader, so stored

    def content(self, text: str) -> str:
        return text[self.cs:self.ce]


_LEAD_MARKUP = re.compile(r"[ \t\u00a0>]*(?:#{1,6}[ \t]+)?[ \t]*(?:(?:\*\*|__|\*|_)[ \t]*){0,3}")
_TRAIL_CHARS = " \t\u00a0*_#\r"
_MD_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]")
_MARKUP_STARTS = frozenset(" \t\u00a0>#*_")
_BOLD_LINE = re.compile(r"[ \t]*(\*\*|__)[^*_\n]+(\*\*|__)[ \t]*$")


def split_lines(text: str) -> list[Line]:
    """Every line of the text with the bounds of its content once Markdown markup is set aside."""
    lines: list[Line] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        raw = text[pos:end]
        # most lines start with a letter or digit: no markup to look for (keeps this loop cheap)
        if raw[:1] in _MARKUP_STARTS:
            lead = _LEAD_MARKUP.match(raw)
            cs = pos + (lead.end() if lead else 0)
            heading = bool(_MD_HEADING.match(raw) or _BOLD_LINE.match(raw))
        else:
            cs, heading = pos, False
        # closing markup and spaces: a plain rstrip (a regex search here would retry every position)
        ce = pos + len(raw.rstrip(_TRAIL_CHARS))
        if ce < cs:
            ce = cs
        lines.append(Line(pos, end, cs, ce, heading, ce <= cs))
        if nl < 0:
            break
        pos = nl + 1
    return lines


def title_case_if_shouting(s: str) -> str:
    """ "KENT COMMUNITY SAFETY PARTNERSHIP" → "Kent Community Safety Partnership"; acronyms
    (words without vowels, "KCSP", "HM") stay upper case; mixed-case text is left alone."""
    letters = [c for c in s if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return s
    minor = {"and", "of", "the", "for", "on", "in", "at", "to", "a", "an", "with", "by"}
    out = []
    for i, word in enumerate(s.split(" ")):
        low = word.lower()
        if not _VOWEL.search(low):
            out.append(word)
        elif i and low in minor:
            out.append(low)
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)
