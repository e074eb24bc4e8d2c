"""Segment stage: :class:`SourceText` → :class:`Segmented` (header, attendance, items, paragraphs).

The layout is recognised from features of the text, never from the file:

* ``moderngov`` – a committee-system web page: "Agenda and (draft) minutes", a header line
  "BODY - Weekday, 12th July, 2023 10.00 am", "Venue:"/"Contact:" lines, item numbers alone on
  a line followed by a title line with web residue ("pdf icon PDF 215 KB"), "Minutes:" furniture.
* ``formal`` – typed formal minutes: "MINUTES of a meeting of X held in VENUE on DATE",
  a "PRESENT:" list, numbered item headings "23. Apologies" (often Markdown headings/bold) with
  agenda codes "(Item A1)", enumerated paragraphs "(1)", "- (1)".
* ``generic`` – anything else: the same readers run best-effort and a warning is recorded.

Markdown markup never reaches titles or names, but every span indexes the original text.
Minutes are untrusted input: every regex here is linear (no nested quantifiers over the same
characters) and each line is visited a bounded number of times.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .dates import MONTHS, find_dates, find_time
from .model import (AttendanceEntry, Header, ItemSegment, Paragraph, Segmented, SourceText, Span)

DATA_DIR = Path(__file__).resolve().parent / "data"
# regexes used in per-line and per-entry helpers are compiled here once, not looked up on every call
_SPACES = re.compile(r"\s+")
_VOWEL = re.compile(r"[aeiou]")
_LOWER_LETTER = re.compile(r"[a-z]")
_NUMBER_AND_LETTER = re.compile(r"(\d+)([a-z]?)", re.IGNORECASE)
_DIGIT_RUNS = re.compile(r"\d+")
_ENDS_WITH_LETTER = re.compile(r"[a-z]$", re.IGNORECASE)
_ENDS_OPEN = re.compile(r"(?:[,;]|\band|&)$")              # a list line that goes on: "…,", "… and"
_ENTRY_AFTER_BRACKET = re.compile(r"\)\s*[,;]\s*(?:and\s+)?[A-Z]")    # "… (Org), Next Name"
_AND_AFTER_BRACKET = re.compile(r"\)[ \t]+and[ \t]+[A-Z]")                # "… (Org) and Last Name"
_AND_BETWEEN = re.compile(r"[ \t\n]*(?:and|&)[ \t\n]*")
# "and" or "&" as a word of a piece ("A and B"), never inside a name ("Oliver Brand", "Sandra")
_AND_WORD = re.compile(r"(?<!\S)(?:and|&)(?!\S)")
_COLUMN_SEPARATORS = re.compile(r"\s*[|\t]\s*|[ ]{3,}|\s+[-–—]\s+")


@lru_cache(maxsize=1)
def terms() -> dict[str, list[str]]:
    """Term lists shared by segment and extract (kgraph/data/minutes_terms.json)."""
    with open(DATA_DIR / "minutes_terms.json", encoding="utf-8") as fh:
        return json.load(fh)


def _alternation(words: list[str]) -> str:
    """A regex alternation of phrases, longest first so "vice-chair" wins over "chair"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# --------------------------------------------------------------------------- lines and markup


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


# --------------------------------------------------------------------------- item headings

# "23. Apologies", "4a Matters arising", "Item 5: Budget", "29/23 Minutes", "1) Welcome",
# "PCP/23/14 Declarations of Interest" (a minute number with the body's prefix and the year),
# "CSP 11/24    DECLARATIONS OF INTEREST" (printed minutes: a capitals prefix, a space, number/year;
# ModernGov pages copied as text join the prefix to the number: "OSC25/23<TAB>Previous Minutes";
# "ACTION 02/20: …" is a numbered action line, not an item); "HWB.41 Apologies" (a capitals prefix
# joined to the number by a dot; "NO.4" is not a prefix); "SE14.<TAB>APOLOGIES" (Scottish council minutes: the
# committee's capitals prefix joined to the number, then a stop); "3.0 Funding update" (typed notes whose
# paragraphs are numbered 3.1, 3.2: the heading's number ends in ".0" and is kept as written)
_HEADING_A = re.compile(
    r"(?:(?:agenda\s+item|item|minute(?:\s+no\.?)?)(?:[ \t]*:)?\s+)?"
    r"(?P<num>\d{1,3}\.0(?![\d.])|[A-Z]{2,6}/\d{2,4}/\d{1,3}|(?-i:[A-Z])/\d{2}/\d{1,3}|(?-i:[A-Z]{2,6})[ ]?\d{2}/\d{2}[-–]\d{1,3}(?!\d)|(?!(?:ACTION|DECISION|OUTCOME)[ ]?\d)(?-i:[A-Z]{2,6})[ ]?\d{1,3}/\d{2,4}|(?!NO\.)(?-i:[A-Z]{2,6})\.\d{1,3}(?![\d.])|(?!(?:ACTION|DECISION|OUTCOME|ITEM|AP)\d)(?-i:[A-Z]{2,6})\d{1,3}(?=[.:][ \t])|\d{1,3}(?:[a-z](?![a-z]))?(?:/\d{2,4})?)"
    # ("**14.** **Apologies**": a clerk's Markdown may embolden the number and the title apart)
    r"(?P<punct>[.):]|[ \t]+:|[ \t]+[-–—]|[ \t]*\|(?=[^|\n]*$))?(?:\*\*|__)?[ \t]+(?:\*\*|__)?(?P<title>[^\s*_].*)",
    re.IGNORECASE)
# ("AP7: Dana to …" is an action point, its number no minute's; "Item: 3. Budget": a template's
# labelled item cell, the label closed by a colon)
# ("4 | Matters Arising": a web page's two-cell item row, the number's cell then the title's, read as
# the tab a copied table puts between them)
# ModernGov: the minute number alone on its line, the title on the next non-blank line; the number
# may carry the committee's capitals prefix joined by a hyphen ("CAB-41"), recorded as written, or
# joined to a number/year ("OSC25/23", a page whose number and title cells became lines of their own);
# a district council's page numbers its minutes by the year without a prefix ("45/18")
_HEADING_B = re.compile(r"(?:item\s+|minute\s+(?:no\.?\s*)?)?(?P<num>\d{1,3}[a-z]?|\d{1,3}/\d{2}|(?-i:[A-Z]{2,6})-\d{1,3}|"
                        # ("CSP/24/07": prefix, year and number, a Word table's minute-number cell on its own line)
                        r"(?-i:[A-Z]{1,6})/\d{2,4}/\d{1,3}|"
                        r"(?-i:[A-Z]{2,6})[ ]?\d{1,3}/\d{2,4})\.?",
                        re.IGNORECASE)
# bilingual minutes: the number line in both languages, "Eitem 4 / Item 4" (or "Item 4 / Eitem 4"), the
# title (itself in both languages) on the next line; one half names the item in English
_BILINGUAL_NUMBER = re.compile(r"(?P<first>[^\W\d_]{2,12})[ \t]+(?P<num>\d{1,3}[a-z]?)\.?[ \t]*/[ \t]*"
                               r"(?P<second>[^\W\d_]{2,12})[ \t]+(?P=num)\.?", re.IGNORECASE)


def _bilingual_number_line(content: str) -> re.Match | None:
    """ "Eitem 4 / Item 4": the same number after a label in each language, one of them an English item word."""
    return _in_two_languages(_BILINGUAL_NUMBER.fullmatch(content))


def _in_two_languages(m: re.Match | None) -> re.Match | None:
    """The bilingual number label stands when one of its two words is an English item word."""
    if m is None or not {m["first"].lower(), m["second"].lower()} & set(terms()["item_table_item_headers"]):
        return None
    return m


# the same bilingual number label with the English title on its line, past a gap, a tab (a Word table's
# label cell beside its title cell) or one space (a printed copy closes the gap up): "Eitem 4 / Item 4
# Strategic Assessment"
_BILINGUAL_NUMBER_TITLED = re.compile(_BILINGUAL_NUMBER.pattern + r"(?:[ \t]+[-–—:][ \t]+|[ \t]+)"
                                      r"(?P<title>\S.*)", re.IGNORECASE)


def _bilingual_titled_heading(text: str, ln: Line, i: int) -> _Heading | None:
    """ "Eitem 4 / Item 4    Strategic Assessment 2024": a bilingual number label heading an item titled
    on the same line."""
    content = ln.content(text)
    if "/" not in content[:40]:
        return None
    m = _in_two_languages(_BILINGUAL_NUMBER_TITLED.fullmatch(content))
    if m is None:
        return None
    ts, te, code = _clean_title(text, ln.cs + m.start("title"), ln.ce)
    if te <= ts or not _is_title_like(text[ts:te], False):
        return None
    return _Heading(i, i, m["num"], ln.cs + m.start("num"), ts, te, code)


# the size of a linked document after a web title: "pdf icon PDF 215 KB", or without the icon's
# alt text "PDF 488 KB" (a page copied as text)
_WEB_RESIDUE = re.compile(r"(?:[ \t]*(?:(?:pdf|doc|docx)[ \t]+icon[ \t]+)?(?:pdf|doc|docx|xls)[ \t]+[\d.,]+[ \t]*[KMG]B)+[ \t]*$",
                          re.IGNORECASE)
_ITEM_CODE_INLINE = re.compile(r"[ \t]*[(\[][ \t]*item[ \t]+(?P<code>[A-Z]{0,2}[ \t]?\d{1,2}[a-z]?)[ \t]*[)\]][ \t]*$",
                               re.IGNORECASE)
_ITEM_CODE_LINE = re.compile(r"[(\[*_ \t]*item[ \t]+(?P<code>[A-Z]{0,2}[ \t]?\d{1,2}[a-z]?)[)\]*_ \t.]*$", re.IGNORECASE)
_WORD = re.compile(r"[^\s]+")
# printed minutes that run the item on: "23/16  MINUTES  RESOLVED that …" — a title in capitals,
# then a run of spaces, then the item's first sentence on the same line (it has lower-case words)
_RUN_IN_TITLE = re.compile(r"(?P<title>[^a-z\s](?:[^a-z\n]*?[^a-z\s])?)(?:[ \t]{2,}|\t)[ \t]*(?=[A-Z(£\d][^\n]*[a-z])")


def _clean_title(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """Trim web residue, an inline agenda code and stray markup off a title; return new bounds."""
    code = None
    seg = text[start:end]
    # cheap substring tests first: these end-anchored searches would otherwise try every position
    m = _WEB_RESIDUE.search(seg) if seg.rstrip().endswith("B") else None
    if m:
        # "Previous Minutes. pdf icon PDF 198 KB": the stop closes the link's text, not a sentence
        end = start + m.start()
        while end > start and text[end - 1] in " \t.":
            end -= 1
        seg = text[start:end]
    tail = seg.rstrip()
    m = _ITEM_CODE_INLINE.search(seg) if tail.endswith((")", "]")) and "tem" in tail[-16:].lower() else None
    if m:
        code = m["code"].replace(" ", "").replace("\t", "")
        end = start + m.start()
    lead = _TITLE_LEAD_SUFFIX.search(text, start, end) if ":" in seg else None
    if lead:
        end = lead.start()     # "Domestic Abuse Strategy - Lead: Jo Hale": who presents it, no part of the title
    while end > start and text[end - 1] in " \t*_#:–—-":
        end -= 1
    while start < end and text[start] in " \t*_#":
        start += 1
    timed = _TITLE_TIME_PREFIX.match(text, start, end) if text.startswith("(", start) else None
    if timed:
        start = timed.end()    # "(09:45) Domestic Abuse Strategy": the time the item was taken
    tagged = _TITLE_BODY_TAG.match(text, start, end) if text.startswith("[", start) else None
    if tagged:
        start = tagged.end()   # "[JOINT] Welcome": which of a joint meeting's bodies takes the item
    return start, end, code


# "1. [CSP] Prevent", "2. [JOINT] Declarations": a joint meeting tags each item with the body (or
# bodies) taking it, in square brackets before the title; the tag is no part of the title
_TITLE_BODY_TAG = re.compile(r"\[(?-i:[A-Z]{2,8})(?:[ \t]*[/+&,][ \t]*(?-i:[A-Z]{2,8}))*\][ \t]+(?=\S)")


# "(09:45) Title", "(2.30pm) Title": the time an item was taken, in brackets before its title
_TITLE_TIME_PREFIX = re.compile(r"\([ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*\)[ \t]+(?=\S)", re.IGNORECASE)
# "Title - Lead: Jo Hale", "Title – Presenter: Inspector Webb": who leads the item, after a dash
_TITLE_LEAD_SUFFIX = re.compile(r"[ \t]+[-–—][ \t]+(?:leads?|led[ \t]+by|presenters?|presented[ \t]+by|speakers?)"
                                r"[ \t]*:[ \t]*[^\n:]{1,60}$", re.IGNORECASE)


# the cells after a heading row's title: "Paper B", "Verbal", "For decision" (a few words each)
_MOST_TRAILING_CELL_WORDS = 3


def _without_trailing_cells(text: str, ts: int, te: int) -> int:
    """ "Item 4<TAB>Safe Accommodation Needs Assessment 2025<TAB>Paper B": a heading row of a Word table
    copied as text ends its title at the tab when the cells after it are short (the paper, "Verbal")
    or labelled fields ("Lead: Jo Hale, Head of Service", "Purpose: Decision"); a long text after the
    tab is the item's first paragraph, left to the run-in reading. A template row between bars
    ("| Item: 4. Budget | Lead: Chair |") ends its title at the bar the same way."""
    for sep in ("\t", "|"):
        cut = text.find(sep, ts, te)
        if cut >= 0:
            break
    else:
        return te
    if any(len(cell.split()) > _MOST_TRAILING_CELL_WORDS and not _LABELLED_CELL.match(cell)
           for cell in text[cut:te].split(sep)):
        return te
    return _strip_span(text, ts, cut)[1]


# a template cell that labels its value: "Lead: Jo Hale, Head of Service", "Purpose: Information"
_LABELLED_CELL = re.compile(r"[ \t]*[A-Z][a-z]+(?:[ \t/]+[A-Za-z]+){0,2}[ \t]*:[ \t]*\S")


def _is_title_like(title: str, heading: bool) -> bool:
    """A heading title is short and does not read like a sentence (numbered paragraphs do)."""
    words = title.split()
    if not words or len(words) > 22 or len(title) > 200:
        return False
    if not any(c.isalpha() for c in title):
        return False            # "24 24": a table header's wrapped year cells ("18 Apr / 24"), no title
    if heading:
        return True
    if title.rstrip().endswith((".", ";", ",")) and not title.rstrip().endswith(("etc.", "(oral).")):
        return False
    first = title.lstrip("'\"‘“(")[:1]
    return first.isupper() or first.isdigit()


def _bare_number_heading(content: str) -> bool:
    """ "29 MINUTES OF PREVIOUS MEETING" (printed minutes): a number without a stop counts only for
    a short title-like line that is not a date ("12 January 2022")."""
    content = _without_presenter_bracket(content)
    words = content.split()
    if len(words) > 12 or find_dates(content[:25]):
        return False
    title = content[len(words[0]):].strip()
    return _is_title_like(title, False)


# "(presented by Dr Ann Lee, Director of Public Health)" closing a printed heading: who presents the item
_PRESENTER_BRACKET = re.compile(r"[ \t]*\((?:presented|introduced|reported|led)[ \t]+by[ \t][^()\n]*\)[ \t]*$",
                                re.IGNORECASE)


# the presenter's bracket left open at the end of a heading's line, its name and post on the next line
_OPEN_PRESENTER_BRACKET = re.compile(r"[ \t]*\((?:presented|introduced|reported|led)[ \t]+by\b[^()\n]*$",
                                     re.IGNORECASE)
# a heading's second line holding the rest of its title then the presenter's bracket, closed
_PRESENTER_LINE = re.compile(r"[^()\n]{0,80}?\((?:presented|introduced|reported|led)[ \t]+by[ \t][^()\n]*\)[ \t]*",
                             re.IGNORECASE)
_MOST_PRESENTER_LINE_WORDS = 20


def _without_presenter_bracket(content: str) -> str:
    """ "34/23 ANNUAL REPORT 2022-23 (presented by Jo Hale, Community Safety Manager)": the presenter's
    bracket (a name and a post) lengthens the line without making it less a heading's; the words
    before it are the ones weighed (also when the bracket runs on to the next line)."""
    if "(" not in content:
        return content
    m = _PRESENTER_BRACKET.search(content) if content.rstrip().endswith(")") else \
        _OPEN_PRESENTER_BRACKET.search(content)
    return content[:m.start()] if m else content


def _presenter_line_end(text: str, lines: list[Line], i: int, ts: int, te: int) -> int | None:
    """ "35/23 SERIOUS VIOLENCE DUTY – NEEDS ASSESSMENT AND DRAFT" over "RESPONSE STRATEGY (presented by
    Dr Ann Lee, Director of Public Health)", or "37/23 SUICIDE PREVENTION (presented by Dr Ann Lee," over
    "Director of Public Health)": a printed heading wrapped (a PDF may set a blank line between) whose
    next line ends in the presenter's bracket; where the joined title ends, else None."""
    j = _next_nonblank(lines, i, 2)
    if j is None or lines[j].heading:
        return None
    content = lines[j].content(text)
    if len(content.split()) > _MOST_PRESENTER_LINE_WORDS or not content[:1].isupper() and not content[:1].isdigit():
        return None
    if _OPEN_PRESENTER_BRACKET.search(text, ts, te):
        closes = content.rstrip().endswith(")") and "(" not in content
    else:
        closes = "(" not in text[ts:te] and _PRESENTER_LINE.fullmatch(content) is not None
    return _strip_span(text, lines[j].cs, lines[j].ce)[1] if closes else None


_SPACED_NUMBER = re.compile(r"\d{1,3}(?:[ ]{2,}|\t)(?=\S)")
_MAX_SPACED_TITLE_WORDS = 20


def _spaced_number_paragraph_title(lines: list[Line], i: int, content: str) -> bool:
    """ "4   Integrated Care Systems in Essex - update from the Integrated Care Boards": a number set apart
    from its title by a wide gap, the line a paragraph of its own (blank lines around it), is a typed
    heading however many words its title has (a numbered paragraph goes on over lines or ends with a stop)."""
    m = _SPACED_NUMBER.match(content)
    if m is None or find_dates(content[:25]):
        return False
    title = content[m.end():]
    alone = (i == 0 or lines[i - 1].blank) and (i + 1 >= len(lines) or lines[i + 1].blank)
    return alone and len(title.split()) <= _MAX_SPACED_TITLE_WORDS and _is_title_like(title, False)


def _codes_its_own_number(ma: re.Match) -> bool:
    """ "5<TAB>Question and Answer Session: Violence Against Women and Girls (Item 5)": a title that ends
    with its own number as the agenda code is a heading however long it runs (a sentence never does)."""
    title = ma["title"].rstrip()
    if not title.endswith((")", "]")):
        return False
    m = _ITEM_CODE_INLINE.search(title, max(0, len(title) - 16))
    return m is not None and m["code"].lower() == ma["num"].lower()


def _prefixed_minute_heading(ma: re.Match) -> bool:
    """ "CSP 11/24    DECLARATIONS OF INTEREST", "CS/24/34<TAB>TO APPROVE THE MINUTES OF THE MEETING HELD
    ON 8TH JANUARY 2024": a number with the body's capitals prefix and without a stop is a heading when
    the title stands apart (a run of spaces or a tab) or is written in capitals, however long the
    title (a minute reference is no count or date that a sentence would start with)."""
    num = ma["num"]
    if " " not in num and not ("/" in num and num[:1].isalpha()):
        return False
    gap = ma.string[ma.end("num"):ma.start("title")]
    title = ma["title"]
    if title.rstrip().endswith((".", ";", ",")):
        return False
    return "\t" in gap or len(gap) >= 2 or title.isupper() or _spaced_prefix_before_a_title(num, title)


def _spaced_prefix_before_a_title(num: str, title: str) -> bool:
    """ "HWB 41/24 Minutes" (Word minutes: a capitals prefix, a space, number/year, one space, the title in
    mixed case): a heading when the title is a short capitalised phrase; a question or a sentence
    ("PQ 07/24 from Mr …") opens in lower case or runs long."""
    return " " in num and _is_title_like(title, False)


# "Minute 27 (Night Time Economy) – Paul reported …" under Matters arising: a minute of an earlier
# meeting named with its subject in brackets, then the news on it; an item's own heading does not put
# its title in brackets
_MINUTE_REFERENCE = re.compile(r"minute[ \t]+\d{1,3}[ \t]+\([^()\n]{2,80}\)", re.IGNORECASE)


def _refers_to_a_minute(content: str) -> bool:
    """A line that cites an earlier minute by number and bracketed subject is no item heading."""
    return _MINUTE_REFERENCE.match(content) is not None


def _run_in_heading(text: str, ln: Line, i: int, ma: re.Match) -> _Heading | None:
    """ "23/16  MINUTES  RESOLVED that …": the title is the run of capitals before the wide gap."""
    ts = ln.cs + ma.start("title")
    mt = _RUN_IN_TITLE.match(text, ts, ln.ce) or _RUN_ON_CAPITALS_TITLE.match(text, ts, ln.ce)
    if mt is None or sum(c.isalpha() for c in mt["title"]) < 3:
        return None
    if mt.re is _RUN_ON_CAPITALS_TITLE and len(_SHOUTED_WORD.findall(mt["title"])) < _LEAST_RUN_ON_TITLE_WORDS:
        return None
    return _Heading(i, i, ma["num"], ln.cs + ma.start("num"), ts, ts + len(mt["title"]), None, run_in=mt.end())


# "15. Declarations of Interest (Item 2) Mr P Venning declared …": a printed heading whose agenda
# bracket closes the title, the item's text run on after it (a PDF's line joined to the paragraph below)
_AGENDA_BRACKET_THEN_TEXT = re.compile(r"\((?:agenda[ \t]+)?item[ \t]+[A-Z]?\d{1,3}[a-z]?\)[ \t]+(?=[A-Z(])",
                                       re.IGNORECASE)


def _agenda_bracket_run_in_heading(text: str, ln: Line, i: int, ma: re.Match) -> _Heading | None:
    """A numbered title closed by its "(Item N)" bracket with the item's text after it on the line."""
    if not ma["punct"]:
        return None
    mb = _AGENDA_BRACKET_THEN_TEXT.search(text, ln.cs + ma.start("title"), ln.ce)
    return None if mb is None else _run_in_heading_between(text, ln, i, ma, mb.end(), mb.end())


def _run_in_heading_between(text: str, ln: Line, i: int, ma: re.Match, title_end: int, text_start: int,
                            most_words: int | None = None) -> _Heading | None:
    """The numbered heading of a line whose title runs from the number's match ``ma`` to ``title_end``
    and whose item text starts at ``text_start`` on the same line: what each run-in reader (an agenda
    bracket, a tab, a closing bold marker) found to part the two; None when the title reads as no
    title or has more than ``most_words`` words."""
    ts, te, code = _clean_title(text, ln.cs + ma.start("title"), title_end)
    title = text[ts:te]
    if te <= ts or (most_words is not None and len(title.split()) > most_words) or not _is_title_like(title, False):
        return None
    return _Heading(i, i, ma["num"], ln.cs + ma.start("num"), ts, te, code, run_in=text_start)


# "PCP/24/13 PROPOSED PRECEPT 2024/25 AND MEDIUM TERM STRATEGY The Panel considered …": a PDF's text ran
# a long title in capitals on into the item's first sentence with a single space; the capitals end the title
_RUN_ON_CAPITALS_TITLE = re.compile(r"(?P<title>[A-Z0-9][^a-z\n]*?[A-Z0-9)])[ ](?=[A-Z][a-z]+[ ,][^\n]*[a-z])")
_SHOUTED_WORD = re.compile(r"\b[A-Z]{2,}\b")
_LEAST_RUN_ON_TITLE_WORDS = 3


# the most words of a title that a tab parts from the item's text on the same line
_MOST_TAB_TITLE_WORDS = 12


def _tab_run_in_heading(text: str, ln: Line, i: int, ma: re.Match,
                        most_words: int = _MOST_TAB_TITLE_WORDS) -> _Heading | None:
    """ "2. Declarations of interest<TAB>EF declared an interest …": a Word table row whose cells were one
    paragraph each, copied out beside rows whose cells ran over several paragraphs: the numbered title
    cell, a tab, then the item's text (a sentence) in the next cell."""
    if not ma["punct"]:
        return None
    tab = text.find("\t", ln.cs + ma.start("title"), ln.ce)
    if tab < 0:
        return None
    body = _strip_span(text, tab, ln.ce, " \t")[0]
    if not text[body:body + 1].isupper():
        return None
    return _run_in_heading_between(text, ln, i, ma, tab, body, most_words)


# "**Item 1 – Welcome and introductions:** RT welcomed …": minutes typed in Word set the numbered title
# in bold and run the item's text on after it in the same paragraph; the closing bold marker ends the
# title (a colon or dash just after it belongs to the heading, not the text)
_CLOSING_BOLD_THEN_TEXT = re.compile(r"(?:\*\*|__)[ \t]*[:–—-]?[ \t]+(?=[^\s*_])")
_MOST_BOLD_TITLE_WORDS = 16


def _bold_run_in_heading(text: str, ln: Line, i: int, ma: re.Match) -> _Heading | None:
    """A numbered title opened in bold whose bold closes before the item's text on the same line."""
    opening = text[ln.start:ln.cs]
    if "**" not in opening and "__" not in opening:
        return None
    mb = _CLOSING_BOLD_THEN_TEXT.search(text, ln.cs + ma.start("title"), ln.ce)
    return None if mb is None else _run_in_heading_between(text, ln, i, ma, mb.start(), mb.end(),
                                                            _MOST_BOLD_TITLE_WORDS)


# "(31) WELCOME AND APOLOGIES – The Chair welcomed …": printed minutes whose paragraphs open with the
# minute's number in brackets, a title in capitals (which may hold a dash of its own: "PERFORMANCE
# REPORT – QUARTER 1"), a spaced dash, then the item's first sentence; the capitals run to the last
# dash before the sentence's lower-case words
_BRACKETED_NUMBER_RUN_IN = re.compile(r"\((?P<num>\d{1,3})\)[ \t]+(?P<title>[A-Z][^a-z\n]*[^a-z\s])"
                                      r"[ \t]+[-–—][ \t]+(?P<rest>[A-Z][^\n]*[a-z])")


def _bracketed_number_run_in_heading(text: str, ln: Line, i: int) -> _Heading | None:
    """A "(NN) TITLE IN CAPITALS – text" paragraph opening: the minute's heading run into its text."""
    if not text.startswith("(", ln.cs):
        return None
    m = _BRACKETED_NUMBER_RUN_IN.match(text, ln.cs, ln.ce)
    if m is None or sum(c.isalpha() for c in m["title"]) < 3:
        return None
    ts, te, code = _clean_title(text, m.start("title"), m.end("title"))
    if te <= ts or not _is_title_like(text[ts:te], True):
        return None
    return _Heading(i, i, m["num"], m.start("num"), ts, te, code, run_in=m.start("rest"))


# the most words of a title cell beside a cell of prose ("3. Minutes of the previous meeting held on 15th
# March 2023 and action log<TAB>The minutes …"): the prose cell shows where the title ends
_MOST_TITLE_WORDS_BESIDE_PROSE = 20


def _prose_cell_run_in_heading(text: str, ln: Line, i: int, ma: re.Match) -> _Heading | None:
    """ "2. Declarations of interest<TAB>Jo Fell declared an interest in item 5 as her Trust was one of the":
    an "Item | Notes" table copied as text, whose notes cell (a paragraph, wrapped onto the lines below)
    follows the title cell after a tab. The whole line would read as a long title when the wrap cuts
    the sentence before its stop; the title is the cell before the tab when the cell after it holds
    more words than a paper or lead cell does (and no labelled field: "Lead: Jo Hale")."""
    ts = ln.cs + ma.start("title")
    tab = text.find("\t", ts, ln.ce)
    if tab < 0:
        return None
    cell = text[tab + 1:ln.ce].split("\t", 1)[0]
    if len(cell.split()) <= _MOST_TRAILING_CELL_WORDS or _LABELLED_CELL.match(cell):
        return None
    return _tab_run_in_heading(text, ln, i, ma, _MOST_TITLE_WORDS_BESIDE_PROSE)


def _number_key(num: str) -> tuple[tuple[int, ...], str]:
    """Sort key of a minute number. Every run of digits counts, in order: of "45/23" and "46/23"
    (number/year) the first differs, of "PCP/23/13" and "PCP/23/14" (prefix/year/number) the
    last, and the part that stays the same through one set of minutes never decides."""
    m = _NUMBER_AND_LETTER.match(num)
    if m and "/" not in num:
        return (int(m.group(1)),), m.group(2).lower()
    return tuple(map(int, _DIGIT_RUNS.findall(num))), ""


@dataclass(slots=True)
class _Heading:
    line_index: int          # line of the heading (the number's line)
    title_line_index: int    # line holding the title (differs in the ModernGov form)
    number: str | None
    num_start: int
    title_start: int
    title_end: int
    code: str | None
    title_in_body: bool = False   # the title is the body's first line (no heading at all)
    run_in: int | None = None     # where the item's text starts on the heading's own line, if it does
    wrapped: bool = False         # the title goes on over the next line (typed with a hanging indent)
    # a fixed-width two-column row (number and wrapped title on the left, the text on the right): the
    # title read from the left cells, the column where the text starts, the last line of a left cell
    title_text: str | None = None
    text_column: int | None = None
    last_cell_line: int | None = None


def _wrapped_title_line(text: str, lines: list[Line], h: _Heading) -> Line | None:
    """ "2.   MINUTES OF THE MEETING HELD ON 15th JULY AND MATTERS" / "     ARISING": a title in capitals
    typed over two lines, the second indented to the title's column and closed by a blank line."""
    i = h.line_index
    if i + 1 >= len(lines) or h.code or not _shouted(text[h.title_start:h.title_end]):
        return None
    nxt = lines[i + 1]
    if nxt.blank or nxt.heading or (i + 2 < len(lines) and not lines[i + 2].blank):
        return None
    column = h.title_start - lines[i].start
    content = nxt.content(text)
    if nxt.cs - nxt.start != column or not _shouted(content) or len(content.split()) > 8 \
            or _HEADING_A.fullmatch(content):
        return None
    return nxt


# the most words of a hanging-indent title's second line
_MOST_WRAPPED_TITLE_WORDS = 12


def _comma_wrapped_title_end(text: str, lines: list[Line], i: int, ts: int, te: int) -> int | None:
    """ "7. Trais yn erbyn Menywod / Violence against Women," over "   Domestic Abuse and Sexual Violence":
    a title broken at a comma whose second line is indented to the title's column and closed by a blank
    line is a heading typed with a hanging indent (a numbered paragraph's next line goes back to the
    margin, and a sentence does not stop after two lines): where the joined title ends, else None."""
    if not text[ts:te].rstrip().endswith(",") or i + 1 >= len(lines):
        return None
    nxt = lines[i + 1]
    if nxt.blank or nxt.heading or (i + 2 < len(lines) and not lines[i + 2].blank):
        return None
    if nxt.cs - nxt.start != ts - lines[i].start or nxt.cs == nxt.start:
        return None
    content = nxt.content(text)
    if len(content.split()) > _MOST_WRAPPED_TITLE_WORDS or content.rstrip().endswith((".", ";", ",", ":")):
        return None
    return _clean_title(text, nxt.cs, nxt.ce)[1]


def _shouted(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= len(letters) - 2


def _join_wrapped_title(text: str, lines: list[Line], h: _Heading) -> None:
    """Take the second line of a title wrapped with a hanging indent into the heading."""
    nxt = _wrapped_title_line(text, lines, h)
    if nxt is not None:
        h.title_end = _clean_title(text, nxt.cs, nxt.ce)[1]
        h.wrapped = True


# a two-column table typed in fixed width: "1.<spaces>The Chair welcomed …" over "Welcome, introductions
# <spaces>first Board as …": the number alone in the left cell, the text in a column far to the right
_LEAST_TEXT_COLUMN = 12        # the right column starts at least this far in (a hanging indent is narrower)
_MOST_TITLE_CELL_LINES = 6
_CELL_GAP = "  "


def _left_cell(raw: str, num_col: int, column: int) -> str | None:
    """The left cell of a raw line of a fixed-width two-column row: text from the number's column that
    stops (with a gap of two spaces) before the right column starts; None when the line has none."""
    left = raw[:column]
    if not left.strip() or len(left) - len(left.lstrip(" ")) != num_col:
        return None
    if len(raw) > column and raw[column] != " " and not left.endswith(_CELL_GAP):
        return None          # the text runs across the column: a paragraph, not two cells
    return left.strip()


def _two_column_row_heading(text: str, lines: list[Line], i: int, ma: re.Match) -> _Heading | None:
    """ "3.<spaces>Det Supt Hollis presented …" over "Partnership performance<spaces>notifiable offences
    …" and "– Q4 2022/23<spaces>had fallen …": minutes typed as a fixed-width table whose left column
    holds the item's number then its title wrapped over the next lines, its right column the discussion.
    The title is the left cells joined; the item's text starts in the right column of the number line.
    A line that runs across the right column's start is a paragraph typed with a hanging indent, no cell."""
    ln = lines[i]
    if not ma["punct"] or ma["punct"] not in ".):":
        return None
    ts = ln.cs + ma.start("title")
    gap = text[ln.cs + ma.end("punct"):ts]
    if "\t" in gap or ts - ln.start < _LEAST_TEXT_COLUMN or len(gap) < 4:
        return None
    column, num_col = ts - ln.start, ln.cs - ln.start
    pieces: list[str] = []
    both = False
    first_piece = last_piece = None
    j = i + 1
    while j < len(lines) and j <= i + _MOST_TITLE_CELL_LINES and not lines[j].blank:
        nxt = lines[j]
        raw = text[nxt.start:nxt.end]
        cell = _left_cell(raw, num_col, column)
        if cell is None or _UNDERLINE.fullmatch(raw):
            break
        both = both or bool(raw[column:].strip())
        if first_piece is None:
            first_piece = nxt.start + num_col
        last_piece = nxt.start + num_col + len(cell)
        pieces.append(cell)
        j += 1
    if not pieces:
        return None
    title = " ".join(pieces)
    # a left cell beside right-column text is a title whatever its words; a lone short line under the
    # number must read as one ("and Cllr Hale." closes a sentence instead)
    if not _is_title_like(title, both):
        return None
    return _Heading(i, i, ma["num"], ln.cs + ma.start("num"), first_piece, last_piece, None, run_in=ts,
                    title_text=title, text_column=column, last_cell_line=j - 1)


def _right_cells_only(text: str, lines: list[Line], h: _Heading) -> list[Line]:
    """The lines of a two-column row read from the right column where a left cell holds the title, so
    the item's paragraphs hold no words of its title."""
    if h.text_column is None or h.last_cell_line is None:
        return lines
    shifted = list(lines)
    for j in range(h.line_index + 1, h.last_cell_line + 1):
        ln = lines[j]
        cs = min(ln.start + h.text_column, ln.ce)
        while cs < ln.ce and text[cs] == " ":
            cs += 1
        shifted[j] = Line(ln.start, ln.end, cs, ln.ce, ln.heading, ln.ce <= cs)
    return shifted


# how far up a numbered table row looks for the header row of its table
_MOST_ROWS_ABOVE = 40


def _tabs(text: str, ln: Line) -> int:
    return text.count("\t", ln.start, ln.end)


def _row_under_unnumbered_header(text: str, lines: list[Line], i: int) -> bool:
    """ "<TAB>4. Social work recruitment<TAB>Amber<TAB>Red" under "<TAB>Risk<TAB>Previous rating<TAB>Current
    rating": a row of a Word table copied as text (its cells between tabs, the rows one a line with no
    blank line between them) whose header row carries no number. The number counts the table's rows
    (risks, priorities, recommendations), not the minutes' items, so the row is no item heading."""
    tabs = _tabs(text, lines[i])
    if tabs < 2:
        return False
    j = i - 1
    while j >= 0 and i - j <= _MOST_ROWS_ABOVE:
        above = lines[j]
        if above.blank or _tabs(text, above) != tabs:
            return False
        first_cell = text[above.cs:above.ce].split("\t", 1)[0]
        if not _DIGIT_RUNS.search(first_cell):
            # the header row ("Item 3<TAB>Title<TAB>Paper A" above "3.1<TAB>…<TAB>" is a heading and a row
            # of the discussion, numbered as this one is: the walk goes on past it); a header naming the
            # minutes' own columns ("Ref<TAB>Notes<TAB>Action") heads numbered items
            return not _heads_a_minutes_table(above.content(text))
        j -= 1
    return False


# the cell after a row's own reference that is a bare item number: "SSP/24/03<TAB>5<TAB>Circulate …"
_ITEM_NUMBER_CELL = re.compile(r"[ \t]*\d{1,3}(?:\.\d{1,2})?[a-z]?[ \t]*\t")


def _row_citing_an_item(text: str, ln: Line, title_start: int) -> bool:
    """ "SSP/24/03<TAB>5<TAB>Circulate the plan<TAB>Jo Fell<TAB>31/01/2024": a row of an action log copied
    as text, its own reference, then a cell holding only the number of the item it comes from. An item's
    heading is followed by its title, never by a bare number and another cell."""
    return _ITEM_NUMBER_CELL.match(text, title_start, ln.ce) is not None


_SPACED_CELL_GAP = re.compile(r"[ ]{3,}")
_MIN_SPACED_CELLS = 3


def _spaced_cells(text: str, ln: Line) -> list[str]:
    return _SPACED_CELL_GAP.split(text[ln.cs:ln.ce])


def _row_under_spaced_header(text: str, lines: list[Line], i: int) -> bool:
    """ "9   Send the induction invites   Priya   28/02" under "#   Action   Who   By": a row of a table
    typed with spaces (an e-mail's "Actions summary"), its cells set apart by wide gaps, the rows one a
    line up to a header row of column names with no number. The number counts the table's rows, not
    the minutes' items."""
    if len(_spaced_cells(text, lines[i])) < _MIN_SPACED_CELLS:
        return False
    j = i - 1
    while j >= 0 and i - j <= _MOST_ROWS_ABOVE:
        above = lines[j]
        if _rule_or_wrapped_cells(text, above, lines[i]):
            j -= 1
            continue
        cells = [] if above.blank else _spaced_cells(text, above)
        if len(cells) < _MIN_SPACED_CELLS:
            return False
        if not _DIGIT_RUNS.search(cells[0]):
            return True
        j -= 1
    return False


def _rule_or_wrapped_cells(text: str, above: Line, row: Line) -> bool:
    """Between a spaced table's header and its numbered rows: a rule of dashes under the header, or the
    lines of a row whose cells wrapped, indented past the number column ("07/01  Circulate the plan"
    over "       to Board members")."""
    if above.blank:
        return False
    line = text[above.start:above.end]
    if re.fullmatch(r"[ \t]*[-=_]{3,}[ \t]*", line):
        return True
    # (the raw indent: a header's "#" column is no Markdown heading's mark here)
    row_line = text[row.start:row.end]
    return len(line) - len(line.lstrip(" \t")) > len(row_line) - len(row_line.lstrip(" \t")) + 1


def _next_nonblank(lines: list[Line], i: int, limit: int = 4) -> int | None:
    j = i + 1
    while j < len(lines) and j <= i + limit:
        if not lines[j].blank:
            return j
        j += 1
    return None


# a one-row template table opening an item: "| Item: 3. Budget | Lead: Chair | Purpose: Decision |"
_LONE_ROW_OPENING = re.compile(r"\|[ \t]*(?=(?:(?:agenda[ \t]+)?item[ \t]*:?[ \t]*)?\d)", re.IGNORECASE)


def _lone_row_as_line(text: str, lines: list[Line], i: int) -> Line | None:
    """A table of one row between blank lines whose first cell numbers an item ("| Item: 3. Budget |
    Lead: Chair | Purpose: Decision |": minutes written on a template that opens each item with such
    a row and has no heading line) read as a heading line: the row without its opening bar. A row with
    rows above or below it is one of a table's rows (an action log's "| 22/14 | Task | Owner |")."""
    ln = lines[i]
    m = _LONE_ROW_OPENING.match(text, ln.cs, ln.ce)
    if m is None or text.count("|", ln.cs, ln.ce) < 3:
        return None
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and not lines[j].blank:
            return None
    ce = ln.ce
    while ce > m.end() and text[ce - 1] in "| \t":
        ce -= 1
    return Line(ln.start, ln.end, m.end(), ce, ln.heading, False)


def _opens_with_an_empty_cell(text: str, ln: Line) -> bool:
    """A line that opens with a TAB is a table row whose first cell is empty (a Word or PDF table
    as text: "\t4. Social work recruitment\tAmber\tRed" in a risk table under a paragraph): its
    numbered text stands in a later column, a list or data inside the row, where an item's number
    stands in the first column."""
    return text.startswith("\t", ln.start)


# a rule of dashes or equals signs alone on the line under a heading ("4  REVIEW OF …" over "-----"):
# plain-text minutes underline their headings as Markdown's setext headings do
_UNDERLINE = re.compile(r"[ \t]*(?:-{3,}|={3,})[ \t]*")


def _underlined(text: str, lines: list[Line], i: int) -> bool:
    """The line after line i is a rule of dashes or equals signs at least half as long as line i's text
    (a short rule is a separator, not an underline)."""
    if i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    if not _UNDERLINE.fullmatch(text, below.start, below.end):
        return False
    rule = len(text[below.start:below.end].strip())
    return 2 * rule >= lines[i].ce - lines[i].cs


def find_numbered_headings(text: str, lines: list[Line], start_line: int = 0) -> tuple[list[_Heading], int]:
    """Numbered item headings in order; also how many used the ModernGov number-alone form."""
    found: list[_Heading] = []
    passed_over: list[_Heading] = []     # headings whose number did not rise: kept for a longer run
    alone = 0
    last_key: tuple[int, str] | None = None
    i = start_line
    while i < len(lines):
        ln = lines[i]
        if ln.blank or _opens_with_an_empty_cell(text, ln):
            i += 1
            continue
        if text.startswith("|", ln.cs):
            ln = _lone_row_as_line(text, lines, i) or ln
        content = ln.content(text)
        heading = None
        mb = _HEADING_B.fullmatch(content) or _bilingual_number_line(content)
        if mb:
            j = _next_nonblank(lines, i)
            if j is not None and not _HEADING_B.fullmatch(lines[j].content(text)):
                ts, te, code = _clean_title(text, lines[j].cs, lines[j].ce)
                if te > ts and _is_title_like(text[ts:te], True) and not _ENUM.match(text, lines[j].cs):
                    heading = _Heading(i, j, mb["num"], ln.cs + mb.start("num"), ts, te, code)
        else:
            ma = _HEADING_A.fullmatch(content)
            if ma and content[:4].lower() == "minu" and _refers_to_a_minute(content):
                ma = None
            underlined = bool(ma) and _underlined(text, lines, i)
            if ma and not ln.heading:
                heading = _two_column_row_heading(text, lines, i, ma)
            if heading is None and ma and not ln.heading and "\t" in content:
                heading = _prose_cell_run_in_heading(text, ln, i, ma)
            if heading is None and ma and not ln.heading:
                heading = _bold_run_in_heading(text, ln, i, ma)
            if heading is None and ma and (ma["punct"] or ln.heading or underlined or _ENDS_WITH_LETTER.search(ma["num"]) or ma["num"].endswith(".0")
                       or content[:4].lower() in {"item", "minu", "agen"} or _prefixed_minute_heading(ma)
                       or (" " not in ma["num"] and (_bare_number_heading(content) or _codes_its_own_number(ma)
                                                     or _spaced_number_paragraph_title(lines, i, content)))):
                ts, te, code = _clean_title(text, ln.cs + ma.start("title"), ln.ce)
                te = _without_trailing_cells(text, ts, te)
                wrapped_end = (_comma_wrapped_title_end(text, lines, i, ts, te)
                               or _presenter_line_end(text, lines, i, ts, te)) if te > ts else None
                if wrapped_end is not None and _is_title_like(text[ts:wrapped_end], False):
                    heading = _Heading(i, i, ma["num"], ln.cs + ma.start("num"), ts, wrapped_end, code, wrapped=True)
                elif te > ts and _is_title_like(text[ts:te], ln.heading or underlined):
                    heading = _Heading(i, i, ma["num"], ln.cs + ma.start("num"), ts, te, code)
                    _join_wrapped_title(text, lines, heading)
            if heading is None and ma and not ln.heading and not underlined:
                heading = _run_in_heading(text, ln, i, ma) or _tab_run_in_heading(text, ln, i, ma) \
                    or _agenda_bracket_run_in_heading(text, ln, i, ma)
            if heading is None and ma is None:
                heading = _bilingual_titled_heading(text, ln, i) or _bracketed_number_run_in_heading(text, ln, i)
            if heading is not None and "\t" in content and (_row_under_unnumbered_header(text, lines, i)
                                                           or _row_citing_an_item(text, ln, ln.cs + ma.start("title")
                                                                                  if ma else heading.title_start)):
                heading = None
            if heading is not None and "   " in content and _row_under_spaced_header(text, lines, i):
                heading = None
        if heading is not None:
            key = _number_key(heading.number or "")
            if last_key is None or key > last_key:
                found.append(heading)
                last_key = key
                if heading.title_line_index != heading.line_index:
                    alone += 1
                    i = heading.title_line_index + 1
                    continue
            elif heading.title_line_index == heading.line_index:
                passed_over.append(heading)
        i += 1
    if passed_over:
        found = _at_the_items_margin(lines, found, passed_over) or _longest_rising_run(found, passed_over)
    return found, alone


_SUB_LIST_INDENT = 3     # columns deeper than the first item's number that make a numbered line a sub-list's


def _at_the_items_margin(lines: list[Line], found: list[_Heading], passed_over: list[_Heading]) -> list[_Heading] | None:
    """ "1   Membership, Apologies …" flush left over an indented "    1. Apologies had been received …",
    "    2. …", "    3. …", then "2   Minutes of …" flush left again: the indented numbers are the item's own
    sub-list, which took the next numbers and passed the real items over. Typed items keep the first
    item's margin, so when the numbers at that margin alone run at least as far, they are the items."""
    def indent(h: _Heading) -> int:
        ln = lines[h.line_index]
        return ln.cs - ln.start
    margin = indent(found[0])
    if all(indent(h) < margin + _SUB_LIST_INDENT for h in found):
        return None
    at_margin = [h for h in found + passed_over if indent(h) < margin + _SUB_LIST_INDENT]
    run = _longest_rising_run([], at_margin)
    return run if len(run) >= len(found) else None


def _longest_rising_run(found: list[_Heading], passed_over: list[_Heading]) -> list[_Heading]:
    """ "Item 6 - PCSO funding. KW confirmed …" under Matters arising reads like a heading and jumps the
    numbers ahead, so the real items 4, 5 and 6 after it are passed over. Of the headings taken in
    turn and those passed over, the longest run of rising numbers is the items' (the earliest such run,
    so an agenda list above items repeated as headings keeps its first reading); the run taken in turn
    stands unless a longer one exists."""
    candidates = sorted(found + passed_over, key=lambda h: h.line_index)
    keys = [_number_key(h.number or "") for h in candidates]
    n = len(candidates)
    longest_from = [1] * n        # length of the longest rising run that starts at each candidate
    for a in range(n - 1, -1, -1):
        for b in range(a + 1, n):
            if keys[b] > keys[a] and longest_from[b] + 1 > longest_from[a]:
                longest_from[a] = longest_from[b] + 1
    best = max(longest_from)
    if best <= len(found):
        return found
    run: list[_Heading] = []
    need, last = best, None
    for k in range(n):
        if longest_from[k] == need and (last is None or keys[k] > last):
            run.append(candidates[k])
            last, need = keys[k], need - 1
    return run


# "5. Child Safeguarding Practice Reviews" straight above "5.1 Rapid Review – Child R" and, further on,
# "5.2 Serious case review – publication": an item with no text of its own, split into titled sub-items
# numbered under it. Each sub-heading is a short title standing alone as a paragraph (no full stop, a
# blank line under it), so numbered paragraphs of typed notes ("5.1 The Board noted …") never count.
_SUB_ITEM_HEADING = re.compile(r"(?P<num>(?P<major>\d{1,3})\.(?P<minor>\d{1,2}))[.:]?[ \t]+(?P<title>\S.*)")
_MAX_SUB_ITEM_TITLE_WORDS = 12
_MIN_SUB_ITEMS = 2


def _sub_item_heading(text: str, lines: list[Line], i: int, major: str, minor: int) -> _Heading | None:
    """Line i as the titled sub-item "major.minor Title", or None."""
    ln = lines[i]
    m = _SUB_ITEM_HEADING.fullmatch(ln.content(text))
    if m is None or m["major"] != major or int(m["minor"]) != minor:
        return None
    ts, te, code = _clean_title(text, ln.cs + m.start("title"), ln.ce)
    title = text[ts:te].rstrip()
    if not title[:1].isupper() or title.endswith((".", ";", ",", ":")) \
            or len(title.split()) > _MAX_SUB_ITEM_TITLE_WORDS or not _is_title_like(title, True):
        return None
    if i + 1 < len(lines) and not lines[i + 1].blank and not ln.heading:
        return None         # the text runs on under it: a numbered paragraph, no heading
    return _Heading(i, i, m["num"], ln.cs + m.start("num"), ts, te, code)


def _sub_heading_over_deeper_paragraphs(text: str, lines: list[Line], i: int, major: str) -> bool:
    """ "3.1 Minutes of the meeting held on 8 June" above "3.1.1 The minutes were agreed …": paragraphs
    numbered three levels deep, their "N.M" lines sub-headings within item N (not items of their own)."""
    j = _next_nonblank(lines, i, 2)
    return j is not None and _opens_first_sub_paragraph(text, lines[j], major + ".1")


def with_titled_sub_items(text: str, lines: list[Line], headings: list[_Heading]) -> list[_Heading]:
    """The headings with the titled sub-items ("5.1", "5.2") of each item that opens straight on its
    first sub-item; the gold counts such numbered sub-items as items of their own."""
    out: list[_Heading] = []
    for k, h in enumerate(headings):
        out.append(h)
        major = (h.number or "").rstrip(".")
        if not major.isdigit() or h.run_in is not None:
            continue
        end = headings[k + 1].line_index if k + 1 < len(headings) else len(lines)
        first = _next_nonblank(lines, h.title_line_index, 2)
        if first is None or first >= end or _sub_item_heading(text, lines, first, major, 1) is None:
            continue
        if _sub_heading_over_deeper_paragraphs(text, lines, first, major):
            continue
        subs: list[_Heading] = []
        for i in range(first, end):
            if lines[i].blank:
                continue
            sub = _sub_item_heading(text, lines, i, major, len(subs) + 1)
            if sub is not None:
                subs.append(sub)
        if len(subs) >= _MIN_SUB_ITEMS:
            out.extend(subs)
    return out


# "23.45 Welcome, apologies and declarations of interest" above "23.45.1 The Chair welcomed …": minutes
# numbered by meeting and minute, their paragraphs one level deeper. The number counts only when the
# line under it opens with its first sub-paragraph, so a paragraph "3.2 The Board noted …" of typed
# notes (no deeper number under it) is never an item.
_DECIMAL_MINUTE = re.compile(r"(?P<num>\d{1,3}\.\d{1,3})(?P<punct>[.:])?[ \t]+(?P<title>\S.*)")
_MIN_DECIMAL_RUN = 2


def _decimal_minute_key(num: str) -> tuple[int, int]:
    major, _, minor = num.partition(".")
    return int(major), int(minor)


def _opens_first_sub_paragraph(text: str, ln: Line, num: str) -> bool:
    """ "23.45.1 The Chair …" under "23.45 …": the heading's number, a stop, then 1."""
    first = num + ".1"
    return text.startswith(first, ln.cs) and text[ln.cs + len(first):ln.cs + len(first) + 1] in " \t.:"


def find_decimal_minute_headings(text: str, lines: list[Line]) -> list[_Heading]:
    """Items numbered "23.45", "23.46" … each above its sub-paragraphs "23.45.1", "23.45.2", in rising
    order; [] when fewer than two such headings are found."""
    found: list[_Heading] = []
    for i, ln in enumerate(lines):
        if ln.blank or not text[ln.cs:ln.cs + 1].isdigit():
            continue
        m = _DECIMAL_MINUTE.fullmatch(ln.content(text))
        if m is None:
            continue
        j = _next_nonblank(lines, i, 2)
        if j is None or not _opens_first_sub_paragraph(text, lines[j], m["num"]):
            continue
        if found and _decimal_minute_key(m["num"]) <= _decimal_minute_key(found[-1].number or "0.0"):
            continue
        ts, te, code = _clean_title(text, ln.cs + m.start("title"), ln.ce)
        if te > ts and _is_title_like(text[ts:te], True):
            found.append(_Heading(i, i, m["num"], ln.cs + m.start("num"), ts, te, code))
    return found if len(found) >= _MIN_DECIMAL_RUN else []


# minutes typed in Word with unnumbered (bold) headings whose paragraphs carry the numbers: "Prevent
# duty" above "6.1 JW outlined …", "6.2 …"; the item's number is its first paragraph's major number
_FIRST_SUB_PARAGRAPH = re.compile(r"(?P<major>\d{1,2})\.1[ \t]+(?=\S)")
_MIN_HEADED_PARAGRAPH_RUN = 3
_MOST_UNNUMBERED_TITLE_WORDS = 14


def _previous_nonblank(lines: list[Line], i: int, limit: int = 2) -> int | None:
    j = i - 1
    while j >= 0 and j >= i - limit:
        if not lines[j].blank:
            return j
        j -= 1
    return None


def _unnumbered_title_line(text: str, ln: Line) -> bool:
    """A short line that reads like a heading: no number, no table cells, no closing stop."""
    content = ln.content(text).strip()
    return (bool(content) and not content[0].isdigit() and "\t" not in content and "|" not in content
            and not content.endswith((".", ",", ";", ":"))
            and len(content.split()) <= _MOST_UNNUMBERED_TITLE_WORDS and _is_title_like(content, False))


def find_headings_over_numbered_paragraphs(text: str, lines: list[Line]) -> list[_Heading]:
    """Items headed by unnumbered title lines, each directly above its paragraphs numbered "N.1",
    "N.2" …, with N rising from heading to heading; [] when the run is too short. The heading's
    offset stands for the item number (the number is written only on the paragraphs)."""
    found: list[_Heading] = []
    for i, ln in enumerate(lines):
        if ln.blank or not text[ln.cs:ln.cs + 1].isdigit():
            continue
        m = _FIRST_SUB_PARAGRAPH.match(text, ln.cs, ln.ce)
        if m is None:
            continue
        k = _previous_nonblank(lines, i)
        if k is None or not _unnumbered_title_line(text, lines[k]):
            continue
        if found and int(m["major"]) <= int(found[-1].number or "0"):
            continue
        ts, te, code = _clean_title(text, lines[k].cs, lines[k].ce)
        if te > ts:
            found.append(_Heading(k, k, m["major"], ts, ts, te, code))
    return found if len(found) >= _MIN_HEADED_PARAGRAPH_RUN else []


# "I. APOLOGIES" … "VII. DATE OF NEXT MEETING": items numbered in capital Roman numerals. "I. Smith
# said …" is prose and "(i) Domestic abuse" a sub-section, so only a run I, II, III … of title-like
# lines counts, each the next numeral after the last one taken.
_ROMAN_HEADING = re.compile(r"(?P<num>[IVXLC]{1,7})(?P<punct>[.):])[ \t]+(?P<title>\S.*)")
_MIN_ROMAN_RUN = 3


def roman_numeral(value: int) -> str:
    """The canonical capital Roman numeral of 1 … 399 ("XIV")."""
    out = []
    for step, numeral in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                          (4, "IV"), (1, "I")):
        count, value = divmod(value, step)
        out.append(numeral * count)
    return "".join(out)


def find_roman_headings(text: str, lines: list[Line]) -> list[_Heading]:
    """Item headings numbered I, II, III … in sequence, or [] when there is no such run."""
    found: list[_Heading] = []
    for i, ln in enumerate(lines):
        if ln.blank:
            continue
        m = _ROMAN_HEADING.fullmatch(ln.content(text))
        if m is None or m["num"] != roman_numeral(len(found) + 1):
            continue
        ts, te, code = _clean_title(text, ln.cs + m.start("title"), ln.ce)
        if te > ts and _is_title_like(text[ts:te], ln.heading):
            found.append(_Heading(i, i, m["num"], ln.cs + m.start("num"), ts, te, code))
    return found if len(found) >= _MIN_ROMAN_RUN else []


# minutes written as numbered paragraphs only: "3. DHR update. The Head of … said …", "1. The Chair
# welcomed members, …": each top-level paragraph is an item, titled by its run-in topic (a short first
# sentence or a phrase before a colon) or else by its opening words
_NUMBERED_PARAGRAPH = re.compile(r"(?P<num>\d{1,2})\.[ \t]+(?=[A-Z])")
_RUN_IN_TOPIC = re.compile(r"[^.:;\n]{3,80}?(?:\.(?=[ \t]+[A-Z])|:(?=[ \t]))")
_OPENING_CLAUSE = re.compile(r"[^.,:;\n]{3,120}")
_MIN_PARAGRAPH_RUN = 3
_MOST_TITLE_WORDS = 8
_OPENING_WORDS = 6


def _paragraph_title(text: str, s: int, e: int) -> tuple[int, int]:
    """Bounds of a numbered paragraph's title: its run-in topic, its first clause if short, or its
    first few words."""
    for pattern in (_RUN_IN_TOPIC, _OPENING_CLAUSE):
        m = pattern.match(text, s, e)
        if m is not None and len(m.group().split()) <= _MOST_TITLE_WORDS:
            return _strip_span(text, s, m.end())
    words = list(_WORD.finditer(text, s, e))[:_OPENING_WORDS]
    return _strip_span(text, s, words[-1].end()) if words else (s, s)


def find_numbered_paragraphs(text: str, lines: list[Line], start_line: int) -> list[_Heading]:
    """Items of a document numbered only by its top-level paragraphs 1, 2, 3 …: a run of paragraphs
    (each after a blank line) numbered in sequence from 1, or [] when there is no such run."""
    found: list[_Heading] = []
    for i in range(start_line, len(lines)):
        ln = lines[i]
        if ln.blank or (i > 0 and not lines[i - 1].blank):
            continue
        m = _NUMBERED_PARAGRAPH.match(text, ln.cs, ln.ce)
        if m is None or int(m["num"]) != len(found) + 1:
            continue
        ts, te = _paragraph_title(text, m.end(), ln.ce)
        if te > ts:
            found.append(_Heading(i, i, m["num"], m.start("num"), ts, te, None, run_in=m.end()))
    return found if len(found) >= _MIN_PARAGRAPH_RUN else []


# minutes whose business is grouped under lettered sections: "A – GENERAL BUSINESS" above the items
# "A1 Welcome and Apologies", "A2 Minute of Previous Meeting", then "B – ITEMS FOR DECISION" above
# "B1 …"; a section with no numbered item under it ("D – ANY OTHER BUSINESS") is an item of its own
_LETTERED_SECTION = re.compile(r"(?P<num>[A-Z])(?:[ \t]+[-–—]|[.):])[ \t]+(?P<title>\S.*)")
_LETTERED_ITEM = re.compile(r"(?P<num>(?P<letter>[A-Z])(?P<digits>\d{1,2}))[.):]?[ \t]+(?P<title>\S.*)")
_MIN_LETTERED_RUN = 3
_MIN_LETTERED_ITEMS = 4     # items lettered A, B, C, D … with nothing under them: a shorter run may be points


def _lettered_heading(text: str, ln: Line, i: int, m: re.Match) -> _Heading | None:
    """The heading of a lettered section or item line, when its title reads like one."""
    ts, te, code = _clean_title(text, ln.cs + m.start("title"), ln.ce)
    if te <= ts or not _is_title_like(text[ts:te], True) or text[te - 1] in ".;,":
        return None
    return _Heading(i, i, m["num"], ln.cs + m.start("num"), ts, te, code)


def find_lettered_headings(text: str, lines: list[Line]) -> list[_Heading]:
    """Items numbered A1, A2, B1 … under lettered section headings A, B, C … in sequence, with the
    sections that hold no numbered item standing as items; [] when there is no such run. An item's
    letter must be its section's (a table row "B2 …" elsewhere is not taken)."""
    sections: list[tuple[_Heading, list[_Heading]]] = []
    for i, ln in enumerate(lines):
        if ln.blank or not ln.content(text)[:1].isupper():
            continue
        content = ln.content(text)
        ms = _LETTERED_SECTION.fullmatch(content)
        if ms and ord(ms["num"]) == ord("A") + len(sections):
            h = _lettered_heading(text, ln, i, ms)
            if h is not None:
                sections.append((h, []))
            continue
        mi = _LETTERED_ITEM.fullmatch(content) if sections else None
        if mi is None or mi["letter"] != sections[-1][0].number:
            continue
        items = sections[-1][1]
        if int(mi["digits"]) == len(items) + 1:
            h = _lettered_heading(text, ln, i, mi)
            if h is not None:
                items.append(h)
    if not any(items for _, items in sections):
        return _lettered_items(lines, [section for section, _ in sections])
    if sum(len(items) for _, items in sections) < _MIN_LETTERED_RUN:
        return _sections_over_lettered_points(text, lines, [section for section, _ in sections])
    return [h for section, items in sections for h in (items or [section])]


def _lettered_items(lines: list[Line], sections: list[_Heading]) -> list[_Heading]:
    """Minutes that letter their items themselves, "A. Welcome", "B. Declarations of interest" …, with
    no numbered item under any: the lettered headings are the items when a long enough run of them
    each opens a paragraph of its own (a blank line above; lettered points inside a paragraph, or a
    list of names by initials, do not)."""
    run = [h for h in sections if h.line_index == 0 or lines[h.line_index - 1].blank]
    return run if len(run) == len(sections) >= _MIN_LETTERED_ITEMS else []


def _opens_with_its_first_point(text: str, lines: list[Line], section: _Heading) -> bool:
    """The section's first line below its heading is its point 1: "A1 The Chair welcomed …" under "A. Welcome"."""
    j = _next_nonblank(lines, section.title_line_index + 1)
    m = _LETTERED_ITEM.fullmatch(lines[j].content(text)) if j is not None else None
    return m is not None and m["letter"] == section.number and int(m["digits"]) == 1


def _sections_over_lettered_points(text: str, lines: list[Line], sections: list[_Heading]) -> list[_Heading]:
    """Lettered items whose paragraphs are numbered by the item's letter, "A. Welcome" over "A1 …", "A2 …":
    the paragraphs are sentences, not headings (one that happens to read like a title, "E1 … Key points:",
    does not make them items), so the lettered headings are the items when most of them open with their
    point 1; [] otherwise."""
    opening = sum(_opens_with_its_first_point(text, lines, h) for h in sections)
    if opening < _MIN_LETTERED_ITEMS or 2 * opening < len(sections):
        return []
    return _lettered_items(lines, sections)


# a "record of decisions": each decision a block of labelled fields, "Decision No: EX/24/05" over
# "Subject: Town Centre CCTV" (wrapping onto a second line), then "Decision:", "Reasons for the decision:" …;
# the blocks are the items, numbered by their reference and titled by their subject. One notice alone
# ("Decision Reference: …" over numbered sections) keeps its sections: only a run of blocks counts.
_DECISION_NUMBER_LINE = re.compile(r"[ \t*_]*decision[ \t]+(?:no\.?|number|ref(?:erence)?\.?)[ \t]*[:.]?[ \t]*"
                                   r"(?P<num>[A-Z0-9][A-Z0-9/.-]{0,20})[ \t*_]*", re.IGNORECASE)
_SUBJECT_LINE = re.compile(r"[ \t*_]*(?:subject|title|item)[ \t*_]*:[ \t*_]*(?=\S)", re.IGNORECASE)
_MIN_DECISION_BLOCKS = 2
_MOST_SUBJECT_LINES = 2


def _subject_end(text: str, lines: list[Line], j: int) -> int:
    """Where a block's subject ends: its line, or the next when the subject wraps onto it (a line right
    below that is no labelled field)."""
    end = lines[j].ce
    for k in range(j + 1, min(j + _MOST_SUBJECT_LINES, len(lines))):
        if lines[k].blank or _LABELLED_CELL.match(text, lines[k].start, lines[k].end) \
                or lines[k].content(text).endswith(":"):
            break
        end = lines[k].ce
    return end


def find_decision_record_headings(text: str, lines: list[Line]) -> list[_Heading]:
    """The decision blocks of a record of decisions as items, or [] when there is no run of them."""
    found: list[_Heading] = []
    for i, ln in enumerate(lines):
        if ln.blank:
            continue
        m = _DECISION_NUMBER_LINE.fullmatch(text, ln.start, ln.end)
        if m is None or not any(c.isdigit() for c in m["num"]):
            continue
        j = _next_nonblank(lines, i, 3)
        sm = _SUBJECT_LINE.match(text, lines[j].start, lines[j].end) if j is not None else None
        if sm is None:
            continue
        ts, te = _strip_span(text, sm.end(), _subject_end(text, lines, j))
        if te > ts:
            found.append(_Heading(i, j, m["num"], m.start("num"), ts, te, None,
                                  wrapped=te > lines[j].end))
    return found if len(found) >= _MIN_DECISION_BLOCKS else []


def find_unnumbered_headings(text: str, lines: list[Line], start_line: int) -> list[_Heading]:
    """Fallback for layouts without numbers: Markdown/bold headings, short ALL-CAPS lines, or (three
    or more of them) short lines ending in a colon."""
    found = []
    colon: list[int] = []
    for i in range(start_line, len(lines)):
        ln = lines[i]
        if ln.blank:
            continue
        content = ln.content(text)
        shouting = content.isupper() and 1 <= len(content.split()) <= 10 and len(content) > 3
        if (ln.heading or shouting) and _is_title_like(content, True) and not _ACTION_LABEL.match(text, ln.start):
            ts, te, code = _clean_title(text, ln.cs, ln.ce)
            if te > ts:
                found.append(_Heading(i, i, None, ts, ts, te, code))
        elif _colon_heading(text, lines, i):
            colon.append(i)
    if len(colon) >= _MIN_COLON_HEADINGS:
        # notes typed with "Police update:" over each topic's lines: those lines head the parts
        for i in colon:
            ts, te = _strip_span(text, lines[i].cs, text.rfind(":", lines[i].cs, lines[i].ce))
            found.append(_Heading(i, i, None, ts, ts, te, None))
        found.sort(key=lambda h: h.line_index)
    return found


_MIN_COLON_HEADINGS = 3
# "Police update:", "Welcome / intros:", "Notes of last meeting (5/12/23):": a short capitalised line
# ending in a colon and nothing after it
_COLON_HEADING = re.compile(r"[A-Z][^:\n.;!?]{1,48}:[ \t]*")


def _colon_heading(text: str, lines: list[Line], i: int) -> bool:
    """A line that heads what follows it in typed notes: short, capitalised, ending in its colon, with
    a line of text under it; never an attendance list's label nor a field of the header."""
    ln = lines[i]
    if not _COLON_HEADING.fullmatch(text, ln.cs, ln.ce) or len(text[ln.cs:ln.ce].split()) > 6:
        return False
    if i + 1 >= len(lines) or lines[i + 1].blank:
        return False
    return not (_label_match(text, ln) or _ACTION_LABEL.match(text, ln.start) or _DECISION_LINE.match(text, ln.cs)
                or _FIELD.match(text[ln.cs:ln.ce]))


# --------------------------------------------------------------------------- paragraphs

# (an arrow "→ Fraser to chase …" marks a line of its own too: typed notes point to their actions so)
# ("-> Jo Bloggs by 3 May: …": an arrow typed as "->" or "=>" where the symbol was not to hand)
_BULLET = re.compile(r"[ \t\u00a0]*(?P<bullet>-{1,2}>|=>|[-*•·–▪●◦→➔➜⇒])[ \t\u00a0]+")
# "3.2" / "3.2.1": paragraph numbers of typed minutes, inside item 3
_ENUM = re.compile(
    r"[ \t\u00a0]*(?P<enum>\((?:\d{1,2}|[ivxlc]{1,6}|[a-zA-Z])\)|(?:\d{1,2}|[ivxlc]{1,6}|[a-zA-Z])\)"
    r"|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?|\d{1,2}\.(?!\d)|[ivxlc]{1,6}\.|[a-z]\.)(?=[ \t\u00a0])[ \t\u00a0]*")
# "Action:", "Action by:", "ACTION 01/20:" (a reference number before the colon, or a log reference that
# names the body and year: "Action CSP/24/05:"), "ACTION (Owner: Name;
# by: date) – task" (the owner field first, in brackets); "New action 04/23: …" (notes that number the
# actions they add to a tracker); "ACTION (RH):", "Action (Tom Ellery / GA):" (the owners in brackets
# before the colon, capitalised names or initials only: "Action (carried forward):" names nobody)
# ("Agreed Action: Emma Lord to share …": a house style labels each action as agreed)
# (a dash before the label, hyphen or en/em dash, is a bullet: "      – Action: CM" closing a decision;
# so is a bullet sign: "• Action: Jo Bloggs to …", a web page's list of an item's actions)
# ("Action<TAB>Jo Hale to circulate the plan", "Action | Jo Hale to …": a web page's two-cell row, the
# label's cell then the task's)
# ("AP3: Dana (Lakeby Housing) to …": an action point numbered by its abbreviation, the number joined on;
# "Action point: MD to circulate …" in words)
_ACTION_LABEL = re.compile(r"[ \t>*_#\-–—•·▪●◦]*(?:(?:new|agreed)[ \t]+)?(?:actions?(?:[ \t]+points?(?=[ \t]*[:–—]))?|(?-i:AP)(?=\d{1,3}[ \t]*:))(?:(?:[ \t]+(?:by|owner|for))?"
                           r"(?:(?:[ \t]+|(?<=AP))(?:no\.?[ \t]*)?(?:(?-i:[A-Z]{1,5})[/.-]?)?\d{1,4}(?:[/.-]\d{1,4}){0,2}(?=[ \t*_]*(?::|[–—][ \t])))?"
                           r"(?:[ \t]*\((?P<label_owners>(?-i:[A-Z][\w.'’-]*(?:(?:[ \t]*[/,&][ \t]*|[ \t]+(?:and[ \t]+)?)"
                           r"[A-Z][\w.'’-]*){0,5}))(?:[ \t]*,[ \t]*(?P<label_due>(?:\d|(?i:by|due|before|next|end|ongoing|asap|tbc|q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[^()\n:]{0,40}))?\))?(?:[ \t*_]*[:–—][ \t*_]*|[ \t]+-[ \t]+|(?:[ ]*\t|[ \t]*\|)[ \t]*(?=[A-Z][^\t|\n]*[a-z][^\t|\n]*(?:\n|$)))"
                           r"|[ \t]+(?=[(\[][ \t]*(?:owners?|leads?)[ \t]*:))",
                           re.IGNORECASE)
# ("ACTION (Jo Hale, 22 March 2024): …", "ACTION (Jo Hale / Sam Webb, next meeting): …": the owners in the
# label's bracket, then after a comma when the task is due)
_FURNITURE = re.compile(r"(?:minutes|additional documents|supporting documents|documents)[ \t]*:?",
                        re.IGNORECASE)
_TRUNCATION_PHRASE = "view the full minutes text"
# a bare outcome on its own line: "Agreed.", "Approved", "Agreed by unanimous vote", "Carried unanimously"
BARE_DECISION = re.compile(
    r"(?:(?:agreed|approved|noted|resolved|carried|accepted|endorsed)(?:\s+(?:unanimously|by\s+(?:a\s+)?unanimous\s+vote|"
    r"by\s+(?:a\s+)?majority(?:\s+vote)?|as\s+(?:a\s+)?(?:true|correct)\s+record))?|unanimously\s+(?:agreed|approved|resolved))"
    r"[.!]?", re.IGNORECASE)
# a line that opens a decision ("Agreed: …", "RESOLVED that …", "Decision – …"): in notes typed without
# blank lines it still starts its own paragraph, so the decision is not lost inside the discussion
_DECISION_LINE = re.compile(
    r"[ \t>*_#-]*(?:(?:it\s+was\s+)?(?:RESOLVED|Resolved|AGREED|DECIDED|RECOMMENDED)\b|"
    r"(?:Agreed|Decided|Decision|DECISION|Resolution|Outcome|OUTCOME|Recommended)[ \t*_]*[:–—-]|"
    r"(?:Approved|APPROVED)[ \t*_]*:|(?:Decisions?|Outcomes?)[ \t*_]*$)")
# "DECISION 3" alone on its line (Scottish committee minutes number their decisions across the items):
# the heading of the decision written on the lines below it, which stay in its paragraph even when they
# open with a decision word of their own ("AGREED that …")
NUMBERED_DECISION_HEADING = re.compile(r"[ \t*_]*(?:DECISION|Decision)[ \t]+\d{1,3}[ \t*_]*")


def is_department_name(name: str) -> bool:
    """A contact line naming a department ("Committee Services", "Democratic Services Team"), not a clerk."""
    words = re.findall(r"[\w'’&]+", name.lower())
    return bool(words) and all(w in terms()["department_words"] for w in words)


def is_post_of_department(name: str) -> bool:
    """A contact line naming a post of a department ("Democratic Services Officer", "Committee Manager"),
    not a clerk: a job word after words that all name a department."""
    job = job_re().search(name)
    if job is None or name[job.end():].strip(" ,.;:"):
        return False
    return not name[:job.start()].strip() or is_department_name(name[:job.start()])


def _truncation_start(text: str, s: int, e: int) -> int | None:
    """Where "  ...  view the full minutes text for item 90." (web truncation) starts, if present."""
    at = text.lower().find(_TRUNCATION_PHRASE, s, e) if "iew the full" in text[s:e] else -1
    if at < 0:
        return None
    while at > s and text[at - 1] in " \t\u00a0.…":
        at -= 1
    return at


# "A1 – Owner – task – due", "A12: …": the number of an entry in a list of actions
_ACTION_NUMBER = re.compile(r"(?P<enum>AP?\d{1,3})(?:[ \t]+[-–—]|:)[ \t]+")


def paragraph_start(text: str, ln: Line) -> tuple[int, str | None]:
    """Where a paragraph's own text starts on its first line, and its enumerator if any.
    Handles "- (1) text", "(i) text", "1.    text", "a) text", "• text", "A1 – text"."""
    pos = ln.start
    enum = None
    mb = _BULLET.match(text, pos, ln.end)
    if mb:
        pos = mb.end()
        enum = mb["bullet"]
    me = _ENUM.match(text, pos if mb else ln.cs, ln.end)
    if me:
        return me.end(), me["enum"]
    if mb:
        return pos, enum
    if text.startswith("A", ln.cs):
        ma = _ACTION_NUMBER.match(text, ln.cs, ln.end)
        if ma:
            return ma.end(), ma["enum"]
    return ln.cs, None


# "Co-dhùnadh / Decision: …", "Gnìomh / Action: …": bilingual minutes print a label in both languages,
# the other language's half first; the English half after the slash is the label that is read
_HALF_BEFORE_SLASH = re.compile(r"[^\s/:][^/:\n]{0,40}?[ \t]+/[ \t]+(?=[A-Z])")


def label_after_other_language(text: str, ln: Line) -> int | None:
    """Where the English half of a bilingual action or decision label starts on its line, or None."""
    if text.find(" / ", ln.cs, min(ln.ce, ln.cs + 48)) < 0:
        return None
    m = _HALF_BEFORE_SLASH.match(text, ln.cs, ln.ce)
    if m is None:
        return None
    pos = m.end()
    if _ACTION_LABEL.match(text, pos, ln.end) or _DECISION_LINE.match(text, pos, ln.end) \
            or _NOTED_LABEL.match(text, pos, ln.end):
        return pos
    return None


# "NODWYD / NOTED: the update …": a noted outcome under a bilingual label (read as "NOTED: …" is)
_NOTED_LABEL = re.compile(r"(?:Noted|NOTED)[ \t*_]*:")


def action_label_after_number(text: str, ln: Line) -> int | None:
    """ "23.47.4 Action: Philippa Stone to notify …": an "Action:" line numbered as a paragraph of the
    minute; where its label starts (the paragraph number is no part of the action), or None."""
    if not text[ln.cs:ln.cs + 1].isdigit():
        return None
    ts, enum = paragraph_start(text, ln)
    if enum is None or not _ACTION_LABEL.match(text, ts, ln.end):
        return None
    return ts


def _rule_line(text: str, ln: Line) -> bool:
    """A line of dashes or equals signs alone (cheap first test: its first character)."""
    return text[ln.cs:ln.cs + 1] in "-=" and _UNDERLINE.fullmatch(text, ln.start, ln.end) is not None


def build_paragraphs(text: str, lines: list[Line], first: int, last: int, skip: set[int]) -> list[Paragraph]:
    """Paragraphs of lines[first:last]: a blank line, an enumerator, an "Action:" line or a
    heading starts a new one; page furniture ("Minutes:") and skipped lines are left out."""
    paras: list[Paragraph] = []
    cur_start = cur_text = cur_end = None
    cur_enum = None
    under_numbered_decision = False
    action_open = False     # an "ACTION:" line whose text wraps onto the next line

    def flush() -> None:
        nonlocal cur_start, cur_text, cur_end, cur_enum
        if cur_start is not None and cur_end is not None and cur_end > cur_text:
            end = cur_end
            cut = _truncation_start(text, cur_text, end)
            if cut is not None:
                end = max(cur_text, cut)
            paras.append(Paragraph(Span(cur_start, end), Span(cur_text, end), cur_enum))
        cur_start = cur_text = cur_end = None
        cur_enum = None

    for i in range(first, last):
        ln = lines[i]
        if ln.blank or i in skip:
            flush()
            continue
        if _FURNITURE.fullmatch(ln.content(text)) or _rule_line(text, ln):
            # (a rule of dashes between a table's rows closes the row's last paragraph: no text of it)
            flush()
            continue
        label = label_after_other_language(text, ln)
        if label is None:
            label = action_label_after_number(text, ln)
        if label is not None:
            ln = Line(ln.start, ln.end, label, ln.ce, ln.heading, False)   # read from the English label
        label_at = ln.start if label is None else label
        is_action = bool(_ACTION_LABEL.match(text, label_at, ln.end))
        bare = bool(BARE_DECISION.fullmatch(text, ln.cs, ln.ce))
        numbered_decision = bool(NUMBERED_DECISION_HEADING.fullmatch(text, ln.start, ln.end))
        opens_decision = bare or numbered_decision or bool(_DECISION_LINE.match(text, label_at, ln.end))
        ts, enum = paragraph_start(text, ln) if label is None else (label, None)
        if under_numbered_decision and not (is_action or ln.heading or numbered_decision):
            opens_decision = False   # the decision under its "DECISION 3" heading
        under_numbered_decision = numbered_decision
        if is_action or ln.heading or enum is not None or cur_start is None or opens_decision:
            flush()
            first_char = ln.start + (len(text[ln.start:ln.end]) - len(text[ln.start:ln.end].lstrip(" \t\u00a0>")))
            cur_start = first_char if (enum or is_action) and label is None else ln.cs
            cur_text = ln.cs if is_action else ts
            cur_enum = None if is_action else enum
            cur_end = ln.ce
            # a one-line decision ending its sentence ("Agreed: the Forum will write …") is a paragraph
            # of its own even when the next line follows without a blank line
            action_open = is_action and _action_line_goes_on(text, lines, i, last)
            if (is_action and not action_open) or ln.heading or bare or \
                    (opens_decision and text[ln.ce - 1:ln.ce] in ".!"):
                flush()
        else:
            cur_end = ln.ce
            if action_open:
                # the action's text wrapped onto this line: it ends here unless it wraps again
                action_open = _action_line_goes_on(text, lines, i, last)
                if not action_open:
                    flush()
        if cur_start is not None and (_ends_typed_paragraph(text, lines, i, last)
                                      or _ends_short_bullet_entry(text, lines, i, last, cur_enum, cur_start)):
            flush()
    flush()
    return paras


# a bullet entry this short ("Hate crime – 3") is a line of a list, not prose that wraps
_SHORT_BULLET_ENTRY = 50
_BULLET_MARK = re.compile(r"[-*•·–▪●◦]")
# a line running on into the next ends on a comma, a dash or a joining word
_LINE_RUNS_ON = re.compile(r"(?:[,;–—-]|[ \t](?:and|or|of|the|a|an|in|at|on|to|for|by|with|from|including))[ \t]*$",
                           re.IGNORECASE)


def _ends_short_bullet_entry(text: str, lines: list[Line], i: int, last: int, enum: str | None,
                             para_start: int) -> bool:
    """ "• Hate crime – 3" over "Following discussion, the Board agreed …:" (typed without a blank line):
    a short one-line bullet entry that runs on into nothing ends before an unbulleted line opening with a
    capital, which is the next paragraph (a bullet's wrapped text goes on from a line filled to its width)."""
    ln = lines[i]
    if enum is None or not _BULLET_MARK.fullmatch(enum) or para_start < ln.start or i + 1 >= last:
        return False
    if ln.ce - ln.cs > _SHORT_BULLET_ENTRY or _LINE_RUNS_ON.search(text, ln.cs, ln.ce):
        return False
    nxt = lines[i + 1]
    return not nxt.blank and text[nxt.cs].isupper() and paragraph_start(text, nxt)[1] is None


# an action line this long (the typed line's width nearly used) may wrap; a short one ("ACTION: KW") does not
_WRAPPING_ACTION_WIDTH = 50


def _action_line_goes_on(text: str, lines: list[Line], i: int, last: int) -> bool:
    """ "ACTION: Share names of the youths with the Youth Service so detached" over "workers can engage
    (Priya - Lakes Police)": a long action line that ends no sentence goes on over the next line when that
    line opens in lower case or closes the owners' bracket; a new label, number or heading never does."""
    ln = lines[i]
    if i + 1 >= last or ln.ce - ln.cs < _WRAPPING_ACTION_WIDTH or text[ln.ce - 1] in ".!?;:)]":
        return False
    nxt = lines[i + 1]
    if nxt.blank or nxt.heading or _ACTION_LABEL.match(text, nxt.cs, nxt.end) or _DECISION_LINE.match(text, nxt.cs, nxt.end) \
            or paragraph_start(text, nxt)[1] is not None:
        return False
    content = nxt.content(text).rstrip(" .")
    return content[:1].islower() or (content.endswith(")") and "(" in content) or \
        _ENDS_ON_A_JOINING_WORD.search(text, ln.cs, ln.ce) is not None


# "… a letter of support for" over "Amanda to sign …": a line ending on a word that joins it to what
# follows ends no sentence, even when the next line opens with a name
_ENDS_ON_A_JOINING_WORD = re.compile(r"[ \t](?:and|or|for|to|of|with|the|a|an|by|from|at|in|on|that)$")


def _ends_typed_paragraph(text: str, lines: list[Line], i: int, last: int) -> bool:
    """Notes typed without blank lines: a line that ends a sentence and is followed by a line
    starting a new one ends its paragraph ("…the rural crime group.\nThe report was noted.")."""
    ln = lines[i]
    if ln.ce <= ln.cs or text[ln.ce - 1] not in ".!?" or i + 1 >= last:
        return False
    nxt = lines[i + 1]
    return not nxt.blank and text[nxt.cs].isupper()


# --------------------------------------------------------------------------- header

# "Minutes" (Scottish minutes: "Minute") "of a meeting of the X held in VENUE on DATE"
# (the Scottish "MINUTE OF MEETING of the X held …" has no article before "meeting")
_MINUTES_OF = re.compile(
    r"\b(?:minutes?|notes|record)\s+of\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?"
    r"(?P<body>[^\n.]{3,150}?(?:\n\n?[^\n.]{1,150}?)?)\s+(?=held\b)", re.IGNORECASE)
# the council a body named in that sentence belongs to: "… PANEL of LAKESIDE COUNCIL"
_COUNCIL_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?P<council>[A-Z][^\n.,]{2,80})$", re.IGNORECASE)
# "the X Committee, sitting as the Crime and Disorder Committee": the body named, then the role it sits in
_SITTING_AS_TAIL = re.compile(r"[ \t]*,?\s+(?i:sitting\s+as)\s+\S")
_MINUTES_OF_BODY_MEETING = re.compile(
    r"\b(?:[Mm]inutes?|[Nn]otes)\s+of\s+(?:the\s+)?(?P<body>[A-Z][^\n.]{3,150}?)\s+meeting\s+(?=held\b)")
# a title line: "Minutes of the Lakeside Policing and Community Safety Partnership (PCSP) meeting"
_MINUTES_OF_BODY_MEETING_LINE = re.compile(
    r"^[ \t*_#]*(?:[Mm]inutes?|[Nn]otes)\s+of\s+(?:the\s+)?(?P<body>[A-Z][^\n.]{3,150}?)\s+meeting[ \t*_]*$", re.MULTILINE)


def _minutes_of_body_meeting_title(pre: str) -> re.Match | None:
    """The title line naming the body before "meeting", when what it names is a body (not "the
    Previous Meeting")."""
    for m in _MINUTES_OF_BODY_MEETING_LINE.finditer(pre):
        if _is_body_phrase(m["body"]):
            return m
    return None


_MINUTES_OF_NAMED = re.compile(r"\b(?:[Mm]inutes?|[Nn]otes)\s+of\s+(?:the\s+)?(?P<named>[A-Z][^\n.]{3,150}?),?\s+(?=held\b)")
# the printed minutes' opening sentence: "A MEETING of the SCRUTINY PANEL was held in the COUNCIL CHAMBER … on …"
_MEETING_WAS_HELD = re.compile(r"\bmeeting\s+of\s+(?:the\s+)?[A-Z][^\n.]{3,150}?\s+was\s+(?=held\b)", re.IGNORECASE)
# no body named: "Minute of Meeting held in the Council Chamber … on …"
_MINUTES_OF_MEETING = re.compile(
    r"\b(?:minutes?|notes|record)\s+of\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?meeting\s+(?=held\b)", re.IGNORECASE)
# "held in VENUE on", "held at VENUE on", "held remotely via Microsoft Teams on", "held via Microsoft
# Teams, 3 March 2020" (a comma and the date instead of "on"); the venue may wrap onto the next line
_HELD = re.compile(r"\bheld\s+(?:(?P<manner>remotely|virtually|online|jointly)\s+)?"
                   r"(?:(?:in|at|via|by|within)\s+(?:the\s+)?(?P<venue>[^\n]{3,200}?(?:\n\n?[^\n]{1,200}?)?)"
                   r"(?:\s*,?\s+on\s+|\s*,[ \t]*(?=(?:[A-Z][a-z]+day,?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+,?[ \t]+\d{4}))"
                   r"|on\s+)", re.IGNORECASE)
# a header sentence broken after its date: "… HELD ON THURSDAY 14 OCTOBER 2010 AT" (time on the next line)
_DANGLING_AT = re.compile(r"[ \t,]*(?:at|commencing(?:[ \t]+at)?|starting(?:[ \t]+at)?|from)[ \t]*", re.IGNORECASE)
# "… on Tuesday, 19 July 2016" / "at 10.00 am.": a sentence wrapped at the date, the time opening the next line
_LINE_OPENS_WITH_AT = re.compile(r"[ \t]*(?:at|commencing|starting)[ \t]+\d", re.IGNORECASE)
# "held at 10.30 am at County Hall": the time straight after "held at", the place after it
_HELD_AT_TIME = re.compile(r"\bheld[ \t]+at[ \t]+(?=\d)", re.IGNORECASE)
# after the date/time on a header line: an end time ("– 4.00pm"), then "in/at/via VENUE" or ", VENUE"
_END_TIME_LEAD = re.compile(r"[ \t]*(?:[-–—]|to|until|till)[ \t]*", re.IGNORECASE)
_VENUE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:in|at|via|on)[ \t]+)?|[ \t]+(?:in|at|via)[ \t]+)(?:the[ \t]+)?"
                          r"(?P<venue>[^\n]{3,200}?)[ \t]*(?:\.[ \t]|\.?[ \t]*$)", re.IGNORECASE)
_VENUE_CELL_AFTER = re.compile(r"[ \t]*\|[ \t]*(?P<venue>[^|\n]{3,200}?)[ \t]*(?:\||$)")
_VENUE_AFTER_SPACE = re.compile(r"[ \t]+(?P<venue>[A-Z][^\n]{3,200}?)[ \t]*\.?[ \t]*$")
# (CMIS pages part the body from the date with a comma: "Meeting of BODY, Thursday, 15th March, 2012 2.00 pm")
_HEADER_LINE = re.compile(r"(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>[^\n]{3,150}?)"
                          r"(?:\s+[-–—]\s+|,\s*(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))"
                          r"(?P<rest>[^\n]*\d{4}[^\n]*)", re.IGNORECASE)
# the panel's sub-committee named between the body and the date: "… - Complaints Sub-Committee - Thursday, …"
_DASHED_SUB_BODY = re.compile(r"(?P<sub>[A-Z][^\d\n]{2,80}?)[ \t]+[-–—][ \t]+(?=\S)")


def _sub_body_before_date(rest: str) -> int | None:
    """The end (in ``rest``) of a group of the body named before the date on a ModernGov title line,
    "Complaints Sub-Committee - Thursday, 7th March, 2024": words ending in a body word, no digit. An
    occasion ("Extraordinary Meeting") or the record's name ("Minutes") is not a group."""
    m = _DASHED_SUB_BODY.match(rest)
    if m is None:
        return None
    words = m["sub"].lower().split()
    head = words[-1].rsplit("-", 1)[-1]
    if head not in terms()["body_words"] or head in ("meeting", "members") or _names_the_document(m["sub"]):
        return None
    return m.end("sub")


# "Meeting          HEALTH AND WELLBEING BOARD" (a details table copied as text, the label's cell apart
# by a wide gap or a tab): the label names no body, its value does ("Meeting: …" is read elsewhere)
_MEETING_FIELD_LABEL = re.compile(r"(?:meeting|committee|name[ \t]+of[ \t]+(?:meeting|committee))"
                                  r"(?:[ \t]*\t[ \t]*|[ \t]{3,})(?=\S)", re.IGNORECASE)
# "Venue          Council Chamber, …", "Date   Wednesday 6 March 2024": a field whose label a wide gap parts
# from its value (no colon, no tab)
_SPACED_FIELD = re.compile(r"[ \t]*(?P<label>venue|place|location|date|time|date[ \t]+and[ \t]+time)[ \t]{3,}"
                           r"(?P<value>\S[^\n]*?)[ \t]*", re.IGNORECASE)
# ("Held at: Town Hall, …" labels the venue with the verb of a "held at" sentence)
_VENUE_LABELS = frozenset({"venue", "place", "location", "where", "held at"})
_FIELD = re.compile(r"(?P<label>date[ \t]+(?:and|&)[ \t]+time|start(?:[ \t]+time)?|venue|place|location|where|held[ \t]+at|date|time|contact|contact officer|clerk|"
                    r"democratic services officer|committee officer)[ \t]*:[ \t]*(?P<value>\S[^\n]*)",
                    re.IGNORECASE)
# the same fields as the rows of a two-column details table: "| **Time** | 14:00 – 15:45 |"; a bilingual
# label gives the field's name in Welsh too, before or after a slash ("| **Amser / Time** | 09:30 |"),
# which the caller checks is Welsh
_TABLE_FIELD = re.compile(r"\|?[ \t]*[*_]{0,2}(?:(?P<half_before>[^|/*_\n]{1,40}?)[ \t]*/[ \t]*)?"
                          r"(?P<label>venue|place|location|where|date|time)"
                          r"(?:[ \t]*/[ \t]*(?P<half_after>[^|/*_\n]{1,40}?))?[*_]{0,2}[ \t]*:?[ \t]*\|"
                          r"[ \t]*(?P<value>[^|\n]*[^|\s])[ \t]*\|?[ \t]*$", re.IGNORECASE)
# the same rows copied as text, the two cells parted by a TAB: "Time<TAB>09:30 – 12:00"
_TAB_FIELD = re.compile(r"[ \t]*(?P<label>venue|place|location|where|date|time)[ \t]*:?\t[ \t]*(?P<value>[^\t\n]*[^\s])[ \t]*",
                        re.IGNORECASE)
# "Virtual meeting via Microsoft Teams": the kind of meeting may name the platform after it
_VIRTUAL_VENUE = re.compile(r"(?:held\s+)?(?:(?:via|on|by)\s+)?(?P<venue>(?:(?:ms\s+|microsoft\s+)?teams(?:\s+virtual)?(?:\s+meeting)?|"
                            r"online(?:\s+meeting)?|virtual(?:\s+meeting)?|remote(?:\s+meeting)?|zoom(?:\s+meeting)?|"
                            r"hybrid(?:\s+meeting)?)(?:\s+(?:via|on|using|by)\s+(?:ms\s+|microsoft\s+)?(?:teams|zoom|skype|"
                            r"webex)(?:\s+meeting)?)?)[ \t]*\.?", re.IGNORECASE)
_DRAFT = re.compile(r"\bdraft\b", re.IGNORECASE)
_VENUE_RESIDUE = re.compile(r"[.\s]*\bview\s+directions\b[.\s]*$", re.IGNORECASE)
_CONTACT_NAME = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*)(?:[ \t]+[A-Z][\w'’.-]*){0,4})")


def _strip_span(text: str, s: int, e: int, chars: str = " \t,.;:*_") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


# "…, AYLESBURY, COMMENCING AT 11.00 AM AND CONCLUDING AT 1.25 PM": the time clause after a venue
_TIME_CLAUSE = re.compile(r"[ \t]*,[ \t]*(?:(?:commencing|starting|beginning)[ \t]+)?(?:at[ \t]+)?|"
                          r"[ \t]*,?[ \t]*(?:commencing|starting|beginning)(?:[ \t]+at)?[ \t]+", re.IGNORECASE)


def _before_time_clause(text: str, vs: int, ve: int) -> int:
    """The end of a venue that a time clause closes ("…, Aylesbury, commencing at 11.00 am"), else ``ve``."""
    found = find_time(text[vs:ve])
    if found is None:
        return ve
    for m in _TIME_CLAUSE.finditer(text, vs, vs + found[1].start):
        if m.end() == vs + found[1].start and m.start() > vs:
            return _strip_span(text, vs, m.start())[1]
    return ve


def commencing_time(text: str, pos: int):
    """The start time of a time clause at ``pos`` (", commencing at 11.00 am"), if there is one."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    m = _TIME_CLAUSE.match(text, pos, line_end)
    found = find_time(text[m.end():line_end]) if m else None
    return found[0] if found and found[1].start == 0 else None


def _after_closing_bold(text: str, pos: int) -> int:
    """Past the Markdown bold that closes a date or time ("held on **Thursday 7 March 2024 at 2.00 pm** in
    the Council Chamber"): the venue follows it."""
    return pos + 2 if text.startswith(("**", "__"), pos) else pos


def venue_after(text: str, pos: int) -> Span | None:
    """The venue written after a header date or time, up to the end of its line, if any."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    pos = _after_closing_bold(text, pos)
    em = _END_TIME_LEAD.match(text, pos, line_end)
    if em:
        found = find_time(text[em.end():line_end])
        if found and found[1].start == 0:
            pos = _after_closing_bold(text, em.end() + found[1].end)
    vm = _VENUE_AFTER.match(text, pos, line_end)
    cell = _VENUE_CELL_AFTER.match(text, pos, line_end) if vm is None else None
    if cell is not None:
        # "… | 09:30–11:30 | Committee Room 2, City Hall": the next cell of a details line, when it names
        # a place (a cell "Chair: …" or "Draft" is another field)
        vs, ve = _strip_span(text, cell.start("venue"), cell.end("venue"))
        content = text[vs:ve]
        return Span(vs, ve) if _looks_like_venue_line(content) or _VIRTUAL_VENUE.fullmatch(content) else None
    if not vm:
        # "…, 10:00–12:00 Committee Room 3, Civic Centre": a PDF's header lines run together, the
        # place after the time with only a space; it is taken when it names a venue ("Room", "Hall")
        vm = _VENUE_AFTER_SPACE.match(text, pos, line_end)
        if not vm or not _looks_like_venue_line(vm["venue"]):
            return None
    vs, ve = _strip_span(text, vm.start("venue"), vm.end("venue"))
    ve = _before_time_clause(text, vs, ve)
    venue = text[vs:ve]
    # "…, 2.00pm" or a second date is not a place; nor is a sentence
    if ve <= vs or find_time(venue) or find_dates(venue) or len(venue.split()) > 15:
        return None
    return Span(vs, ve)


_BREADCRUMB = re.compile(r"\S[ \t]*(?:>|»|›)[ \t]*\S")


def _is_body_phrase(phrase: str) -> bool:
    if not terms()["body_words"]:
        return False
    if _BREADCRUMB.search(phrase):     # "Council > Committee meetings": a web page's trail, not a name
        return False
    # one alternation of every body word: it matches exactly where one of the words would
    body_words = _compiled("body-words", lambda: re.compile(
        rf"\b(?:{'|'.join(re.escape(w) for w in terms()['body_words'])})\b"))
    return body_words.search(phrase.lower()) is not None


# "SAFER LAKES PARTNERSHIP (SLP) - DELIVERY GROUP": a body, its acronym, then one of its groups
_ACRONYM_DASH_GROUP = re.compile(r"\s*\(\s*[A-Z][A-Za-z&]{1,9}\s*\)[ \t]*[-–—:][ \t]*"
                                 r"(?P<group>[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,2})\s*$")


def acronym_dash_group(text: str, s: int, e: int) -> tuple[int, int] | None:
    """ "Safer Lakes Partnership (SLP) - Delivery Group" → (end of "Safer Lakes Partnership", start of
    "Delivery Group"): the words after the acronym and dash name a group of the body (they end in a body word),
    so the meeting is "Safer Lakes Partnership Delivery Group"; the acronym is an alias."""
    m = _ACRONYM_DASH_GROUP.search(text, s, e)
    if m is None or m.start() <= s or m["group"].lower().split()[-1] not in terms()["body_words"]:
        return None
    return m.start(), m.start("group")


# ("Safer Communities Sub-Group (Safer Lakes)": the group's own short name in brackets after it is an alias)
_GROUP_OF_BODY = re.compile(r"(?P<group>[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][\w'’-]*){0,3})"
                            r"(?:[ \t]+\([A-Z][\w'’ \t-]{1,40}\))?(?:[ \t]+[-–—:][ \t]+(?P<doc>[^\n]+))?")


def _sub_group_heading(text: str, lines: list[Line], body_end: int, last_line: int) -> str | None:
    """ "# Lakes Partnership" over "## Executive Group – Minutes", "LAKES COMMUNITY SAFETY PARTNERSHIP" over
    "REDUCING REOFFENDING BOARD": the line right under the body's names one of its groups by a word or
    two and a body word ("Executive Group", "Delivery Board"), so the meeting is that group's ("Lakes
    Partnership Executive Group"); "– Minutes" after it names the record. A plain line must be set like
    the body's own (both in capitals, or both not), a title printed over two lines."""
    ln = _line_below(text, lines, body_end, last_line, across_blank=True)
    if ln is None:
        return None
    content = ln.content(text)
    if not ln.heading and not _set_like_the_body_line(text, lines, body_end, content) \
            and not _group_line_right_under_shouted_partnership(text, lines, body_end, ln):
        return None
    m = _GROUP_OF_BODY.fullmatch(content)
    if m is None or (m["doc"] and not _names_the_document(m["doc"]) and not _names_a_kind_of_meeting(m["doc"])):
        return None
    if not ln.heading and _names_the_bodys_own_board(m["group"], text[:body_end].rsplit("\n", 1)[-1]):
        return None
    return m["group"] if _names_a_group(m["group"]) else None


# the most words of "TASKING MEETING", "Quarterly Review Meeting" after a group's name
_MOST_MEETING_KIND_WORDS = 4


def _names_a_kind_of_meeting(phrase: str) -> bool:
    """ "TASKING MEETING", "Quarterly Review Meeting": after a group's name and a dash, a few words ending
    in "meeting" say what kind of meeting the group held (as "– Minutes" names the record), no body."""
    words = _NOT_WORD.sub(" ", phrase.lower()).split()
    return 2 <= len(words) <= _MOST_MEETING_KIND_WORDS and words[-1] == "meeting" \
        and not any(w in terms()["body_words"] for w in words[:-1])


def _names_the_bodys_own_board(group: str, body: str) -> bool:
    """ "STRATEGIC BOARD", "CDP BOARD" under "NOTTINGHAM CRIME AND DRUGS PARTNERSHIP": the partnership's
    own board, named by a word of rank or by the partnership's initials, is the partnership meeting."""
    first = group.split()[0]
    return first.lower() in terms()["own_board_words"] or (
        first.isupper() and len(first) >= 2 and _letters_from_initials(first, body.split()[1:]))


# "Safer Communities Theme Group": a group's name runs to four words with its body word
_MOST_GROUP_WORDS = 4


def _names_a_group(group: str) -> bool:
    """ "Executive Group", "Reducing Reoffending Board": two to four words ending in a body word.
    ("Partnership Board" names no group of the partnership; "Executive", a body word as the name of a
    council's cabinet, is the usual first word of a partnership's group; "Annual General Meeting" is
    an occasion, not a group.)"""
    words = [w for w in group.lower().split() if w not in ("and", "&")]
    # ("Learning and Development Sub-group": a hyphened head word ends in a body word)
    return 2 <= len(words) <= _MOST_GROUP_WORDS and (words[-1] in terms()["body_words"]
                                     or words[-1].rsplit("-", 1)[-1] in terms()["body_words"]) \
        and words[-1] not in ("meeting", "members") \
        and (words[0] not in terms()["body_words"] or words[0] == "executive")


def _set_like_the_body_line(text: str, lines: list[Line], body_end: int, content: str) -> bool:
    """Whether a plain line under the body's is set as the body's own line: both in capitals or both
    in mixed case, neither a Markdown heading (a plain line under a heading is the document's text)."""
    for ln in lines:
        if ln.start <= body_end <= ln.end:
            body = ln.content(text)
            return not ln.heading and body.isupper() == content.isupper()
    return False


def _group_line_right_under_shouted_partnership(text: str, lines: list[Line], body_end: int, below: Line) -> bool:
    """ "LAKES SAFEGUARDING CHILDREN PARTNERSHIP" typed right over "Practice Review Group" (no blank line
    between): a partnership's title in capitals with the name of one of its groups in mixed case as the
    title's second line. Only a partnership's line counts (a council's line over a mixed-case line is
    a banner over a body of its own)."""
    for k, ln in enumerate(lines):
        if ln.start <= body_end <= ln.end:
            body = ln.content(text)
            return (not ln.heading and body.isupper() and not below.content(text).isupper()
                    and k + 1 < len(lines) and lines[k + 1] is below
                    and body.split()[-1].lower() == "partnership")
    return False


def _named_by_rank_alone(body: str) -> bool:
    """ "Strategic Partnership Board", "Strategic Board": a rank word then body words only, a name that
    says which board of its host it is but not whose."""
    words = body.lower().split()
    return len(words) >= 2 and words[0] in terms()["own_board_words"] \
        and all(w in terms()["body_words"] for w in words[1:])


def _host_over_own_board(text: str, lines: list[Line], header: Header, last_line: int) -> str | None:
    """The office holder or council named alone on the line above a board named by rank alone
    ("Lakeshire Police and Crime Commissioner" over "STRATEGIC PARTNERSHIP BOARD"), or None."""
    if header.body_span is None or not _named_by_rank_alone(header.body):
        return None
    k = next((k for k, ln in enumerate(lines[:last_line]) if ln.start <= header.body_span.start <= ln.end), None)
    if k is None:
        return None
    k -= 1
    while k >= 0 and lines[k].blank:
        k -= 1
    if k < 0:
        return None
    pieces = _gap_pieces(text, lines[k].cs, lines[k].ce)
    if len(pieces) != 1:
        return None
    name = title_case_if_shouting(_SPACES.sub(" ", text[pieces[0][0]:pieces[0][1]]).strip(" \t*_#"))
    if len(name.split()) > 8 or not (is_office_holder_body(name) or _is_council(name)):
        return None
    return name


def _council_line_above(text: str, lines: list[Line], pos: int, last_line: int) -> str | None:
    """The council named alone on the non-blank line above the one holding ``pos`` ("London Borough
    of Lakeside" over "Prevent Partnership Board"), or None."""
    k = next((k for k, ln in enumerate(lines[:last_line]) if ln.start <= pos <= ln.end), None)
    if k is None:
        return None
    for _ in range(_MOST_BANNER_LINES_ABOVE):
        k -= 1
        while k >= 0 and lines[k].blank:
            k -= 1
        # ("Nottshire County Council          minutes": a banner's council, the record's word far to the right)
        pieces = _gap_pieces(text, lines[k].cs, lines[k].ce) if k >= 0 else []
        if not pieces or len(text[pieces[0][0]:pieces[0][1]].split()) > 8:
            return None
        name = title_case_if_shouting(_SPACES.sub(" ", text[pieces[0][0]:pieces[0][1]]).strip())
        if _place_of_council(name):
            return name
        if not _is_body_phrase(name):
            return None
        # "London Borough of Lakeside" over "Safer Lakeside Partnership" over "Prevent Partnership Board":
        # the council heads the banner, its partnership's name between
    return None


# the banner's lines looked at above a body's heading: the council's, and a partnership's between
_MOST_BANNER_LINES_ABOVE = 2


def _place_of_council(name: str) -> str | None:
    """ "London Borough of Lakeside" → "Lakeside", "Lakeside City Council" → "Lakeside": the place a
    council's name gives, or None when the name is not a council's."""
    low = name.lower()
    for opener in terms()["council_of_place_openers"]:
        if low.startswith(opener + " ") and not _is_body_phrase(low[len(opener):]):
            return name[len(opener):].strip()
    if not _is_council(name):
        return None
    for words in sorted(terms()["council_words"], key=len, reverse=True):
        if low.endswith(" " + words):
            place = name[:len(name) - len(words)].strip()
            return place if place and not _is_body_phrase(place) else None
    return None


def _place_board_of_council(body: str, council: str) -> str:
    """ "LAKESHIRE COUNTY COUNCIL" over "MINUTES of a meeting of the HEALTH AND WELLBEING BOARD held
    …": a statutory board named by its theme alone, whose minutes the council prints, is the council's
    place's board ("Lakeshire Health and Wellbeing Board"), however the sentence or heading named it."""
    place = _place_of_council(council)
    if not place or place.lower() in body.lower() or not _named_by_theme_alone(body):
        return body
    return f"{place} {body}"


def _named_by_theme_alone(body: str) -> bool:
    """ "Prevent Partnership Board", "Domestic Abuse Partnership": a partnership's board named by its
    theme and body words alone, no place in it; a council's own committee is not one of these."""
    from .entities.topics import find_topics
    words = body.split()
    heads = [k for k, w in enumerate(words) if w.lower() in terms()["body_words"]]
    if not heads or heads[0] == 0 or any(w.lower() in terms()["council_own_body_words"] for w in words):
        return False
    theme = " ".join(words[:heads[0]])
    # ("Anti-Social Behaviour Case Review (Community Trigger) Panel": the bracket glosses the theme)
    if theme.lower() in terms()["place_board_themes"] \
            or _SPACES.sub(" ", _PAREN.sub(" ", theme)).strip().lower() in terms()["place_board_themes"]:
        return True
    # (a programme's name is matched in capitals, "PREVENT": a title capitalises every word anyway)
    return any(h.start == 0 and h.end == len(theme)
               for form in (theme, theme.upper()) for h in find_topics(form, 0, len(form)))


def _names_the_document(phrase: str) -> bool:
    """"Notes of meeting", "Minutes": a title of the record itself rather than of a body; so is
    "NOTES OF THE PARTNERSHIP BOARD", whose body is named by body words alone (the name is above it)."""
    low = _SPACES.sub(" ", phrase.strip(" \t*_#:-–—").lower())
    if low in terms()["minutes_titles"]:
        return True
    m = _RECORD_OF_GENERIC.match(low)
    return m is not None and all(w in terms()["body_words"] for w in low[m.end():].split())


# "2023-09-14 LCJB Board meeting notes": a wiki page's title, the meeting's date first
_DATE_FIRST = re.compile(r"[ \t]*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})[ \t:–—-]+")


def _dated_page_title(phrase: str) -> bool:
    """ "2023-09-14 LCJB Board meeting notes": a page title that dates the meeting and ends by naming the
    record is the page's name, the body written short; a line naming the body in full is read first."""
    m = _DATE_FIRST.match(phrase)
    if m is None:
        return False
    low = _SPACES.sub(" ", phrase[m.end():].strip(" \t*_#:-–—").lower())
    return any(low.endswith(" " + t) for t in terms()["minutes_titles"] if " " in t or t in ("minutes", "notes"))


def _speaks_of_the_meeting(phrase: str) -> bool:
    """A heading about the meeting itself (its occasion, or "this meeting"), not a body's name."""
    return _names_a_meeting_occasion(phrase) or _names_only_a_meeting(phrase)


def _names_a_meeting_occasion(phrase: str) -> bool:
    """ "ANNUAL GENERAL MEETING AND PARTNERSHIP BOARD": the occasion ("annual", "general") and body words
    only, so the heading says which meeting was held, and the body's name is on another line."""
    words = _NOT_WORD.sub(" ", phrase.lower()).split()
    occasion = set(terms()["meeting_occasion_words"])
    allowed = occasion | set(terms()["body_words"]) | {"and", "&", "of", "the", "meeting", "meetings"}
    return any(w in occasion for w in words) and all(w in allowed for w in words)


def _names_only_a_meeting(phrase: str) -> bool:
    """ "KEY DECISIONS OF THIS MEETING": a capitals heading whose only body word is "meeting" (or
    "members") speaks of the meeting, and names no body (no "board", "partnership", "committee" …)."""
    heads = _compiled("body-heads", lambda: re.compile(r"\b(?:" + "|".join(
        re.escape(w) for w in terms()["body_words"] if w not in ("meeting", "members")) + r")\b"))
    return heads.search(phrase.lower()) is None


_RECORD_OF_GENERIC = re.compile(r"(?:minutes?|notes?|record)\s+of\s+(?:the\s+|a\s+)?(?=\w)")


_TRAILING_ACRONYM = re.compile(r"\s*\(\s*[A-Z][A-Za-z&]{1,9}\s*\)\s*$")


# "… Partnership (SSCP) Board": after the body's acronym, the words name its meeting, not another body
_ACRONYM_THEN_MEETING = re.compile(r"\s*\(\s*[A-Z][A-Za-z&]{1,9}\s*\)[ \t]+"
                                   r"(?i:board(?:[ \t]+meeting)?|meeting|executive(?:[ \t]+(?:board|group))?)\s*$")


def _letters_from_initials(letters: str, words: list[str]) -> bool:
    """Whether the letters can be drawn, in order, from the words' initials ("SLP" from "Safer
    Lakes Partnership", "PCSP" from "Policing and Community Safety Partnership")."""
    initials = iter(w[0].upper() for w in words if w[:1].isalpha())
    return all(any(c == i for i in initials) for c in letters.upper())


def _qualifier_in_brackets(bracket: str, before: str) -> bool:
    """ "SCRUTINY COMMITTEE (EXTERNAL)", "Overview Committee (Adults)": a bracketed word that is part of
    the name — too long for an acronym that the words before it do not spell."""
    word = bracket.strip(" \t\n()")
    return len(word) >= 5 and not _letters_from_initials(word, before.split())


def _remit_in_brackets(bracket: str, before: str) -> bool:
    """ "Lakes CONTEST Board (Prevent)": one bracketed word naming a theme of the topic scheme after a
    name that already names a body by a place or proper word is the board's remit, not part of its
    name ("Overview Committee (Adults)" keeps its bracket: no theme; a generic "Scrutiny Committee
    (Crime and Disorder)" keeps its own: more than one word, and the bracket is all that tells it apart)."""
    from .entities.gazetteer import topics
    word = bracket.strip(" \t\n()")
    words = before.split()
    return (" " not in word and len(words) >= 2 and words[-1].lower() in terms()["body_words"]
            and topics().lookup(word) is not None)


def _without_trailing_acronym(text: str, s: int, e: int) -> tuple[int, int]:
    """The body heading without its "(JAG)": the acronym is an alias, not part of the name; nor is
    the meeting named after it when the words before the bracket already name a body
    ("Safer Lakes Partnership (SLP) Board" is a meeting of the Safer Lakes Partnership)."""
    from .entities.organisations import ends_with_head
    m = _TRAILING_ACRONYM.search(text, s, e)
    if m and m.start() > s and (not _qualifier_in_brackets(text[m.start():m.end()], text[s:m.start()])
                                or _remit_in_brackets(text[m.start():m.end()], text[s:m.start()])):
        return s, m.start()
    m = _ACRONYM_THEN_MEETING.search(text, s, e)
    if m and m.start() > s and ends_with_head(text[s:m.start()].split()):
        return s, m.start()
    return s, e


def _welsh_re() -> re.Pattern:
    return _compiled("welsh-words", lambda: re.compile(
        rf"(?<![\w.])(?:{_alternation(terms()['welsh_marker_words'])})(?!\w)", re.IGNORECASE))


def is_welsh(phrase: str) -> bool:
    """ "Panel Heddlu a Throseddu Dyfed-Powys", "YN BRESENNOL": a phrase holding a word only Welsh uses."""
    return _welsh_re().search(phrase) is not None


_BILINGUAL_SLASH = re.compile(r"[ \t]+/[ \t]+")
_SPACED_DASH_CUT = re.compile(r"[ \t]+[-–—][ \t]+")


def english_half(text: str, s: int, e: int) -> tuple[int, int]:
    """ "CYNGOR SIR GÂR / CARMARTHENSHIRE COUNTY COUNCIL" → the span of the English half: bilingual
    Welsh-English minutes print each heading, label and time twice, the two halves parted by a slash,
    in either order. A phrase with no Welsh half comes back whole ("Kent / Medway" is one name)."""
    m = _BILINGUAL_SLASH.search(text, s, e)
    if m is None:
        return s, e
    first, second = (s, m.start()), (m.end(), e)
    first_welsh, second_welsh = is_welsh(text[first[0]:first[1]]), is_welsh(text[second[0]:second[1]])
    if first_welsh and not second_welsh:
        return second
    if second_welsh and not first_welsh:
        return first
    return s, e


def english_pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A bilingual header line cut at its spaced dashes, each piece reduced to its English half:
    "Siambr, Neuadd y Sir / Chamber, County Hall – 10.00 y.b. / 10.00 a.m." → the place, the time.
    A dash inside brackets cuts nothing ("Council Chamber (hybrid – Microsoft Teams)")."""
    return [english_half(text, a, b) for a, b in _top_level_splits(text, s, e, _SPACED_DASH_CUT)]


def _is_council(phrase: str) -> bool:
    low = phrase.lower()
    return bool(re.search(r"\bcouncil\b", low)) and not re.search(
        r"\b(partnership|committee|board|panel|forum|group|cabinet|commission)\b", low)


# "Joint Meeting of the Lakeby Safety Partnership and the Lakeby Health and Wellbeing Board": a heading
# naming the two bodies meeting together
_JOINT_MEETING_OF = re.compile(r"[ \t#*_]*(?:minutes[ \t]+of[ \t]+(?:the|a)[ \t]+)?joint[ \t]+meeting[ \t]+of[ \t]+(?:the[ \t]+)?"
                               r"(?P<first>[A-Z][^\n]{3,120}?)[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?(?P<second>[A-Z][^\n]{3,120}?)[ \t*_]*$",
                               re.IGNORECASE)


def _joint_meeting_heading(text: str, lines: list[Line]) -> tuple[int, int] | None:
    """The first body a joint meeting's heading names: the minutes are recorded as that body's (the
    first named usually hosts and clerks the meeting)."""
    for ln in lines[:20]:
        if ln.blank or text.find("oint", ln.cs, ln.ce) < 0 and text.find("OINT", ln.cs, ln.ce) < 0:
            continue
        m = _JOINT_MEETING_OF.match(text, ln.cs, ln.ce)
        if m and _is_body_phrase(m["first"]) and _is_body_phrase(m["second"]):
            return _strip_span(text, m.start("first"), m.end("first"))
    return None


def _occasion_before_body_re() -> re.Pattern:
    """ "Extraordinary meeting, ", "Special Meeting, ": the occasion a web page's title line puts before
    the body's name ("Extraordinary meeting, Lakes Partnership - Tuesday, 14th March, 2017 2.00 pm")."""
    return _compiled("occasion-before-body", lambda: re.compile(
        rf"(?i:(?:{_alternation(terms()['meeting_occasion_words'])})(?:[ \t]+general)?[ \t]+meeting)[ \t]*,[ \t]*"))


def _time_and_place_cells(text: str, after_date: int) -> tuple[dt.time, tuple[int, int] | None] | None:
    """The start time and place of a header line of cells parted by bars that opens with the date
    ("Mar 14, 2024 | 📅 Group (monthly) | 10:00 AM – 11:30 AM | Town Hall, Lakeby"): the first cell
    after the date that is only a time (or a span of times) gives the start, the cell after it the
    place when it reads as one; None when no such cell follows the date on its line."""
    line_end = text.find("\n", after_date)
    line_end = len(text) if line_end < 0 else line_end
    if not text[after_date:line_end].lstrip(" \t").startswith("|"):
        return None
    cells, pos = [], after_date
    for part in text[after_date:line_end].split("|"):
        a, b = _strip_span(text, pos, pos + len(part))
        cells.append((a, b))
        pos += len(part) + 1
    for k, (a, b) in enumerate(cells):
        found = _time_only_line(text[a:b]) if b > a else None
        if found is None:
            continue
        place = cells[k + 1] if k + 1 < len(cells) else None
        if place is not None and not _looks_like_venue_line(text[place[0]:place[1]]):
            place = None
        return found, place
    return None


def read_header(text: str, lines: list[Line], last_line: int) -> tuple[Header, list[str]]:
    """Body, date, time, venue, contact and draft flag from the lines before the first item."""
    header = Header()
    warnings: list[str] = []
    pre_end = lines[last_line - 1].end if last_line > 0 else 0
    pre = text[:pre_end]
    named: str | None = None        # the body a "Minutes of the X held on …" sentence names

    # Body and venue from "MINUTES of a meeting of the X held in VENUE on DATE"
    date_search_from = None
    m = _MINUTES_OF.search(pre) or _MINUTES_OF_BODY_MEETING.search(pre) or _MINUTES_OF_MEETING.search(pre) \
        or _minutes_of_body_meeting_title(pre)
    if m:
        if "body" in m.re.groupindex:
            # "… of the Belfast Policing and Community Safety Partnership (PCSP) held …": the name alone
            bs, be = _strip_span(text, *_without_trailing_acronym(text, m.start("body"), m.end("body")))
            host = _host_over_its_group_line(text, lines, last_line, bs, be)
            if host is None:
                bs, be = _full_name_of_generic_body(text, lines, last_line, bs, be) \
                    or _full_name_of_joint_body(text, lines, last_line, bs, be) \
                    or _partnership_titling_its_group(text, lines, bs, be) \
                    or _place_titling_named_body(text, lines, bs, be) \
                    or _heading_naming_in_full(text, lines, last_line, bs, be) or (bs, be)
            sitting = _SITTING_AS_TAIL.search(text, bs, be)
            if sitting:
                # "… OVERVIEW & SCRUTINY COMMITTEE, SITTING AS THE COUNCIL'S CRIME AND DISORDER COMMITTEE":
                # the committee is the body; the capacity it sits in is no name of it
                be = sitting.start()
            council_of = _COUNCIL_OF_TAIL.search(text, bs, be)
            if council_of and _is_council(council_of["council"]):
                # "… SCRUTINY PANEL of LAKESIDE COUNCIL held within …": the council hosts its panel
                header.parent_body = title_case_if_shouting(_SPACES.sub(" ", council_of["council"]))
                bs, be = _strip_span(text, bs, council_of.start())
            header.body = title_case_if_shouting(_SPACES.sub(" ", text[bs:be]))
            header.body_span = Span(bs, be)
            if host is not None:
                # the group is the host's: "Lakes Partnership Community Safety Subgroup"
                header.parent_body = host
                header.body = f"{host} {header.body}"
            else:
                header.parent_body = _host_titling_its_named_group(text, lines, last_line, bs, be) \
                    or header.parent_body
    else:
        # "Minutes of the Prevent Board, held via Microsoft Teams, 3 March 2020": where and when only
        # (a heading above usually names the body more fully)
        m = _MINUTES_OF_NAMED.search(pre) or _MEETING_WAS_HELD.search(pre)
        named = m["named"] if m and "named" in m.re.groupindex else None
    if m:
        held = _HELD.match(pre, m.end())
        if held:
            date_search_from = held.end()
            if held["venue"]:
                vs, ve = _strip_span(text, held.start("venue"), held.end("venue"))
                held_at_time = _time_only_line(text[vs:ve])
                if held_at_time is not None:    # "MEETING HELD AT 10:00AM ON MONDAY 8 NOVEMBER 2021"
                    header.start_time = held_at_time
                else:
                    header.venue, header.venue_span = text[vs:ve], Span(vs, ve)
            elif held["manner"] and held["manner"].lower() == "online":
                # "… held Online on Thursday, 24 September 2020": online is where it met, no room named
                header.venue, header.venue_span = held["manner"], Span(held.start("manner"), held.end("manner"))
    # "Committee:<TAB>Safer Lakes Partnership Board": a details table naming the body outright
    if header.body is None:
        field = _body_field(text, lines[:last_line])
        if field is not None:
            header.body, header.body_span = title_case_if_shouting(text[field[0]:field[1]]), Span(*field)
    # ModernGov header line "BODY - Wednesday, 12th July, 2023 10.00 am"
    line_body_fallback: tuple[int, int] | None = None
    title_line_when: tuple[dt.date, dt.time | None] | None = None   # the date and time the title line gives
    for ln in lines[:last_line]:
        if ln.blank:
            continue
        hm = _HEADER_LINE.fullmatch(ln.content(text))
        if hm and find_dates(hm["rest"]):
            title_line_when = _date_and_time_after(hm["rest"])
            if find_dates(text[:ln.cs]):
                break   # a date above is the meeting's: "Action tracker – actions from the JAG held on …"
            if header.body is None and not _FIELD.match(hm["body"]):
                bs, be = _strip_span(text, ln.cs + hm.start("body"), ln.cs + hm.end("body"))
                occasion = _occasion_before_body_re().match(text, bs, be)
                if occasion:        # "Extraordinary meeting, Lakes Partnership - Tuesday, …" (ModernGov)
                    bs = occasion.end()
                sub = _sub_body_before_date(hm["rest"])
                if sub is not None:     # "Police and Crime Panel - Complaints Sub-Committee - Thursday, …"
                    be = ln.cs + hm.start("rest") + sub
                # "Record of discussion – 12 October 2020" names no body: only a fallback
                # "Notes of meeting - 14 February 2019" names the document, not the body
                if _is_body_phrase(text[bs:be]) and not _names_the_document(text[bs:be]):
                    header.body = title_case_if_shouting(text[bs:be])
                    header.body_span = Span(bs, be)
                else:
                    line_body_fallback = (bs, be)
            # the title line above a "minutes of the meeting held on …" sentence giving another date
            # dates this meeting (the sentence, lower down, approves the minutes of an earlier one)
            if date_search_from is None or (m is not None and ln.cs < m.start()
                                            and _first_date(text, date_search_from, pre_end) != find_dates(hm["rest"])[0][0]):
                date_search_from = ln.cs + hm.start("rest")
            break
    # A line "Meeting of the X" under a council heading (Medway-style records) names the body
    if header.body is None:
        for ln in lines[:min(last_line, 15)]:
            mm = None if ln.blank else _MEETING_OF_LINE.fullmatch(ln.content(text))
            if mm and _is_body_phrase(mm["body"]):
                bs, be = _strip_span(text, ln.cs + mm.start("body"), ln.cs + mm.end("body"))
                header.body = title_case_if_shouting(text[bs:be])
                header.body_span = Span(bs, be)
                break
    if header.body is None:
        joint = _joint_meeting_heading(text, lines[:last_line])
        if joint is not None:
            header.body, header.body_span = title_case_if_shouting(_SPACES.sub(" ", text[joint[0]:joint[1]])), Span(*joint)
    # Headings naming a body (and a parent council heading)
    heading_bodies: list[tuple[int, int]] = []
    group_of: str | None = None         # the body whose group the heading names ("… (SLP) - Delivery Group")
    welsh_bodies: list[tuple[int, int]] = []
    # "ANNUAL GENERAL MEETING AND PARTNERSHIP BOARD", "KEY DECISIONS OF THIS MEETING": headings that
    # speak of the meeting, read only when no other line names a body
    meeting_headings: list[tuple[int, int]] = []
    host_partnership: str | None = None     # the partnership whose line is above the body's own
    for ln in _lines_outside_attendance(text, lines[:last_line]):
        cs, ce = english_half(text, ln.cs, ln.ce)
        label = _MEETING_FIELD_LABEL.match(text, cs, ce)
        if label is not None:
            cs = label.end()        # "Meeting          HEALTH AND WELLBEING BOARD": the field's value
        content = text[cs:ce]
        shouting = content.isupper() and len(content.split()) <= 12
        if (ln.heading or shouting) and len(content.split()) <= 12 and _is_body_phrase(content) \
                and not _FIELD.match(content) and not _ATT_LABEL.match(content) and not _names_the_document(content) \
                and not _BOLD_FIELD_LABEL.match(content):
            if _speaks_of_the_meeting(content) or _dated_page_title(content):
                meeting_headings.append((cs, ce))
                continue
            # a Welsh-only heading above its English form names the same body: the English one is read
            (welsh_bodies if is_welsh(content) else heading_bodies).append((cs, ce))
    heading_bodies.extend(welsh_bodies)
    councils = [hb for hb in heading_bodies if _is_council(text[hb[0]:hb[1]])]
    others = [hb for hb in heading_bodies if hb not in councils]
    if header.body is None:
        chosen = others[0] if others else (councils[0] if councils else None)
        # "NHS Lakes ICB" / "Lakes VAWG Board" / "Minutes of the Lakes VAWG Board held on …": of the
        # lines naming bodies, the one the minutes' own sentence names is the meeting's (the other hosts it)
        chosen = _line_named(text, [*others, *councils, *_body_lines(text, lines, last_line)], named) or chosen
        if chosen is None:
            chosen = _first_body_line(text, lines, last_line) or line_body_fallback \
                or (meeting_headings[0] if meeting_headings else None)
        if chosen is not None and not others and _is_council(text[chosen[0]:chosen[1]]):
            # "RENFREWSHIRE COUNCIL" / "Minute of Meeting" / "Police … Scrutiny Sub-committee": the council
            # hosts the meeting of the body its record's title line names
            chosen = _body_under_document_title(text, lines, last_line) \
                or _body_line_under_council_banner(text, lines, chosen, last_line) or chosen
        elif chosen is not None and others and chosen == others[0]:
            # "SAFER DUDLEY PARTNERSHIP" / "BRIERLEY HILL & DUDLEY TOWN JOINT ACTION GROUP": a body named in
            # full under its partnership's line is the meeting's
            own = _own_body_line_below(text, lines, chosen, last_line)
            if own is not None:
                host = _strip_span(text, *_without_trailing_acronym(text, *chosen))
                host_partnership = title_case_if_shouting(_SPACES.sub(" ", text[host[0]:host[1]]))
                chosen = own
        if chosen is not None:
            # "Minutes – Board meeting, 17 April 2024" (a post's title) over "Lakeside Safer Neighbourhood
            # Board (SNB)": the body called by its kind alone is the line below naming it in full
            chosen = _full_name_of_generic_body(text, lines, last_line, *chosen) or chosen
            chosen = _organisation_title_over_group(text, lines, *chosen) or chosen
        if chosen:
            bs, be = _strip_span(text, *_without_trailing_acronym(text, *_without_document_suffix(text, *chosen)))
            header.body = title_case_if_shouting(_SPACES.sub(" ", text[bs:be]))
            header.body_span = Span(bs, be)
            group = acronym_dash_group(text, bs, be)
            if group is not None:
                # the group's words are the meeting's evidence: the body's own name stays free for it
                name = title_case_if_shouting(_SPACES.sub(" ", text[bs:group[0]]).strip())
                header.body = f"{name} {title_case_if_shouting(text[group[1]:be])}"
                header.body_span = Span(group[1], be)
                group_of = name
            sub_group = _sub_group_heading(text, lines, be, last_line)
            titled_group = _group_in_record_title(text, lines, bs, be, last_line) if sub_group is None else None
            if titled_group is not None:
                # "Notes of the KCSP Working Group" under the partnership's line: the group's meeting,
                # written there by the partnership's acronym (which hosts it; its own name stays its own)
                header.parent_body = header.parent_body or header.body
                header.body = f"{header.body} {title_case_if_shouting(text[titled_group[1]:titled_group[2]])}"
                header.body_span = Span(titled_group[0], titled_group[2])
            if sub_group is not None:
                header.body = f"{header.body} {title_case_if_shouting(sub_group)}"
            council_above = _council_line_above(text, lines, bs, last_line)
            place = _place_of_council(council_above) if council_above else None
            if place and _named_by_theme_alone(header.body):
                # "London Borough of Lakeside" over "Prevent Partnership Board": the board is the place's
                header.body = f"{place} {header.body}"
                header.parent_body = council_above
    if header.body and not councils and not _is_council(header.body):
        header.parent_body = header.parent_body or first_council_line(text, lines, last_line) or host_partnership
    if header.parent_body is None and group_of is not None:
        header.parent_body = group_of       # the group's partnership hosts its meeting
    if header.body and councils:
        for cs, ce in councils:
            name = title_case_if_shouting(text[cs:ce].strip())
            if name.lower() != header.body.lower():
                header.parent_body = name
                break
        if header.parent_body and header.body.lower() in terms()["whole_council_meetings"]:
            # "ILKLEY TOWN COUNCIL" over "Minutes of the Meeting of the Full Council": all the council's
            # members met, so the council is the body
            cs, ce = _strip_span(text, *councils[0])
            header.body, header.body_span, header.parent_body = header.parent_body, Span(cs, ce), None
    # "Cabinet - Thursday, 13th October, 2022" under a council's banner: a body named by its kind
    # alone is that council's ("Fellside District Council Cabinet")
    if header.body and header.parent_body and header.body.lower() in terms()["body_words"]:
        header.body = f"{header.parent_body} {header.body}"
    host = _host_over_own_board(text, lines, header, last_line) if header.body and not header.parent_body else None
    if host is not None:
        # "Lakeshire Police and Crime Commissioner" over "STRATEGIC PARTNERSHIP BOARD": a board named by
        # rank and body words alone is the office's board
        header.body, header.parent_body = f"{host} {header.body}", host
    if header.body and header.parent_body:
        header.body = _place_board_of_council(header.body, header.parent_body)

    # Fields: "Venue:", "Date:", "Time:", "Contact:" (two may share a line: "Date: …    Time: …")
    salutation = _salutation_line(text, lines[:last_line])
    for label, value_start, field_end in _header_fields(text, lines[:last_line]):
        label = _FIELD_LABEL_MEANING.get(_SPACES.sub(" ", label.lower()), _SPACES.sub(" ", label.lower()))
        vs, ve = _strip_span(text, value_start, field_end)
        residue = _VENUE_RESIDUE.search(text, vs, ve)     # ModernGov's "View directions" link
        if residue and label in _VENUE_LABELS:
            vs, ve = _strip_span(text, vs, residue.start())
        value = text[vs:ve]
        if label in _VENUE_LABELS and header.venue is None and value:
            header.venue, header.venue_span = value, Span(vs, ve)
        elif label in ("date", "date and time") and salutation is not None and ve <= salutation.cs:
            # a record sent as a letter: the "Date:" above "Dear Partner," is the day it was written;
            # the meeting's own date is the first one after it
            date_search_from = max(date_search_from or 0, ve)
            continue
        elif label in ("date", "date and time") and header.date is None:
            dates = find_dates(value)
            if dates:
                d, sp = dates[0]
                header.date, header.date_span = d, Span(vs + sp.start, vs + sp.end)
                date_search_from = date_search_from or vs
        if label in ("time", "date and time") and header.start_time is None:
            # ("THURSDAY 12 SEPTEMBER 2024 COMMENCING AT 10.00 AM": the time after the date)
            header.start_time = (find_time(value) or (None,))[0]
        elif label not in _VENUE_LABELS | {"date", "time", "date and time"} and header.contact is None:
            cm = _CONTACT_NAME.match(text, vs, ve)
            if cm:
                ns, ne = _strip_span(text, cm.start("name"), cm.end("name"))
                if not is_department_name(text[ns:ne]) and not is_post_of_department(text[ns:ne]):
                    header.contact, header.contact_span = text[ns:ne], Span(ns, ne)

    # Date: after "held ... on" or in the header line, else the first full date before the items
    if header.date is None:
        dates = find_dates(text[date_search_from:pre_end]) if date_search_from is not None else []
        base = date_search_from or 0
        if not dates:
            dates = find_dates(pre) or find_dates(text[:3000])
            base = 0
        if dates:
            d, sp = dates[0]
            header.date, header.date_span = d, Span(base + sp.start, base + sp.end)
    if header.date is None:
        warnings.append("no meeting date found in the header")

    # Start time on the date's line ("... 2023 10.00 am", "on 14 March 2023 at 2.00pm")
    venue_from = header.date_span.end if header.date_span is not None else None
    if header.start_time is None and header.date_span is not None:
        line_end = text.find("\n", header.date_span.end)
        line_end = len(text) if line_end < 0 else line_end
        if line_end < pre_end and (_DANGLING_AT.fullmatch(text, header.date_span.end, line_end)
                                   or _LINE_OPENS_WITH_AT.match(text, line_end + 1) and
                                   not text[header.date_span.end:line_end].strip(" \t,")):
            # "… HELD ON THURSDAY 14 OCTOBER 2010 AT" / "2.00 P.M. IN COMMITTEE ROOM 1, …": the sentence
            # runs on to the next line, time and venue with it
            next_end = text.find("\n", line_end + 1)
            line_end = len(text) if next_end < 0 else next_end
        tail = text[header.date_span.end:min(line_end, header.date_span.end + 60)]
        found = find_time(tail)
        # ("**Minutes** | Wednesday 15 May 2024 | 09:30–11:30 | Room 2": a details line parts its cells by bars)
        if found and re.fullmatch(r"[\s,.|(–—-]*(?:at|commencing(?: at)?|starting(?: at)?|from)?\s*", tail[:found[1].start],
                                  re.IGNORECASE):
            header.start_time = found[0]
            venue_from = header.date_span.end + found[1].end
    if header.start_time is None and header.date_span is not None:
        # "Mar 14, 2024 | 📅 Tasking Group (monthly) | 10:00 AM – 11:30 AM | Room 2": an editor's
        # header chip, its cells parted by bars, the time a cell of its own further along
        chip = _time_and_place_cells(text, header.date_span.end)
        if chip is not None:
            header.start_time, place = chip
            if place is not None and header.venue is None:
                header.venue, header.venue_span = text[place[0]:place[1]], Span(*place)
    if header.start_time is None and title_line_when is not None and title_line_when[0] == header.date:
        # "BODY - Thursday, 10th July, 2025 2.00 pm" over "MINUTES of a meeting … held … on Thursday,
        # 10 July 2025.": the web page's title line times the meeting its printed sentence dates
        header.start_time = title_line_when[1]
    if header.start_time is None and header.date_span is not None:
        line_start = text.rfind("\n", 0, header.date_span.start) + 1
        header.start_time = _time_before_date(text, line_start, header.date_span.start)
    # typed headers put the time, then the place, on the lines under the date:
    # "Tuesday, 7 June 2016" / "3.00pm to 4.40pm" / "Council Chamber, Civic Centre, Strood"
    below = _line_below(text, lines, header.date_span.end, last_line) if header.date_span is not None else None
    if header.start_time is None and header.date_span is not None:
        # a line that holds only a time may sit past a blank line (a PDF printed one paragraph a line)
        timed = _line_below(text, lines, header.date_span.end, last_line, across_blank=True)
        found = _time_only_line(timed.content(text)) if timed is not None else None
        if found is not None:
            header.start_time = found
            below = _line_below(text, lines, timed.end, last_line, across_blank=timed is not below)
    if below is not None and header.venue is None \
            and _looks_like_venue_line(text[slice(*_venue_part(text, below.cs, below.ce))]):
        vs, ve = _venue_lines(text, lines, below, last_line)
        header.venue, header.venue_span = _SPACES.sub(" ", text[vs:ve]), Span(vs, ve)
    # the place may sit under the date past a blank line, its start time after a dash on the same line
    place = _line_below(text, lines, header.date_span.end, last_line, across_blank=True) \
        if header.venue is None and header.date_span is not None else None
    place_and_time = _place_and_time_line(text, place) if place is not None else None
    if place_and_time is not None:
        header.venue_span, place_time = place_and_time
        # "… at 10.30am in the Council" / "Chamber, English Street, Lakeby.": the place begun on the
        # date's line and wrapped onto the next, one venue (the line below is not a place of its own)
        begun = venue_after(text, venue_from) if venue_from is not None else None
        if begun is not None and text.count("\n", begun.end, header.venue_span.start) == 1 \
                and not text[begun.start:begun.end].rstrip().endswith((".", ",")):
            header.venue_span = Span(begun.start, header.venue_span.end)
        header.venue = _SPACES.sub(" ", text[header.venue_span.start:header.venue_span.end])
        header.start_time = header.start_time or place_time
    # a venue may follow the date or time: "at 2.00pm in the Council Chamber", "2.00pm – 4.00pm, via
    # MS Teams", "at 10:00, Swale House, Sittingbourne"
    if header.venue is None and venue_from is not None:
        span = venue_after(text, venue_from)
        if span is not None:
            header.venue, header.venue_span = text[span.start:span.end], span
            header.start_time = header.start_time or commencing_time(text, span.end)
    # a sentence of its own under the lists: "Meeting held in the Council Chamber, Civic Centre,
    # commencing at 1.30 pm."
    if header.venue is None:
        held_line = _meeting_held_line(text, lines[:last_line])
        if held_line is not None:
            header.venue, header.venue_span = text[held_line.start:held_line.end], held_line
            header.start_time = header.start_time or commencing_time(text, held_line.end) \
                or _time_commenced_below(text, held_line.end)
    # "At a meeting of the X held at 10.30 am at County Hall, Chichester." (the date given before it)
    if header.venue is None:
        held = _HELD_AT_TIME.search(pre)
        found = find_time(text[held.end():held.end() + 20]) if held else None
        if found and found[1].start == 0:
            line_end = text.find("\n", held.end())
            vm = _VENUE_AFTER.match(text, held.end() + found[1].end, len(text) if line_end < 0 else line_end)
            if vm and vm.group(0).lstrip()[:2].lower() in ("in", "at"):
                vs, ve = _strip_span(text, vm.start("venue"), vm.end("venue"))
                if ve > vs and not find_dates(text[vs:ve]) and len(text[vs:ve].split()) <= 15:
                    header.venue, header.venue_span = text[vs:ve], Span(vs, ve)
                    header.start_time = header.start_time or found[0]
    if header.start_time is None:
        header.start_time = _meeting_commenced_time(text, lines[:last_line])
    if header.date_span is not None and (header.start_time is None or header.venue is None):
        # "… meeting of Thursday 26 May 2024" over "Thank you to everyone who joined on Thursday 26 May
        # 2024 at 10.00am in the Council Chamber.": the date said again, with its time and place
        again_time, again_venue = _time_and_place_at_date_again(text, header.date, header.date_span.end, pre_end)
        header.start_time = header.start_time or again_time
        if header.venue is None and again_venue is not None:
            header.venue, header.venue_span = text[again_venue.start:again_venue.end], again_venue
    if header.date is not None and (header.start_time is None or header.venue is None):
        # a cover page gives the date, time and place a line each before the minutes' own title
        cover_time, cover_venue = _cover_page_time_and_place(text, lines, last_line, header.date)
        header.start_time = header.start_time or cover_time
        if header.venue is None and cover_venue is not None:
            header.venue, header.venue_span = _SPACES.sub(" ", text[cover_venue.start:cover_venue.end]), cover_venue
    # Venue: a line that only says where a virtual meeting took place ("MS Teams virtual meeting")
    if header.venue is None:
        for ln in lines[:last_line]:
            if ln.blank:
                continue
            vm = _VIRTUAL_VENUE.fullmatch(ln.content(text))
            if vm:
                vs, ve = _strip_span(text, ln.cs + vm.start("venue"), ln.cs + vm.end("venue"))
                header.venue, header.venue_span = text[vs:ve], Span(vs, ve)
                break

    maker_post = _decision_makers_post(text, lines[:last_line])
    council = header.parent_body if header.parent_body and _is_council(header.parent_body) else \
        first_council_line(text, lines, last_line)
    if maker_post is not None and council is not None:
        # an executive decision notice: one member decided alone, so the meeting is that post's,
        # held for the council (the notice's own title names the document, not a body)
        header.body, header.parent_body = f"{council} – {maker_post}", council
        header.body_span = None

    # Draft: "Agenda and draft minutes", "DRAFT", "Draft minutes" near the top
    for ln in lines[:min(last_line, 8)]:
        content = ln.content(text)
        if _DRAFT.search(content) and len(content.split()) <= 8:
            header.draft = True
            break
    return header, warnings


# "Dear Partner,", "Dear Colleagues", "Dear all": the salutation of a record sent as a letter
_SALUTATION = re.compile(r"[ \t]*Dear[ \t]+[A-Za-z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}[ \t]*,?[ \t]*")


def _salutation_line(text: str, lines: list[Line]) -> Line | None:
    """The salutation line of a letter ("Dear Partner,") among the lines before the items, if any."""
    return next((ln for ln in lines if not ln.blank and _SALUTATION.fullmatch(ln.content(text))), None)


_AT_TIME_LEAD = re.compile(r"[\s,.–—-]*(?:at|commencing(?: at)?|starting(?: at)?|from)?\s*", re.IGNORECASE)


def _time_and_place_at_date_again(text: str, date, after: int, end: int) -> tuple[object, Span | None]:
    """The start time and place written after a later mention of the meeting's date before the items
    ("on Thursday 26 May 2024 at 10.00am in the Council Chamber."), or (None, None)."""
    for day, sp in find_dates(text[after:end]):
        if day != date:
            continue
        ds = after + sp.end
        line_end = text.find("\n", ds)
        tail = text[ds:min(len(text) if line_end < 0 else line_end, ds + 60)]
        found = find_time(tail)
        if found and _AT_TIME_LEAD.fullmatch(tail, 0, found[1].start):
            return found[0], venue_after(text, ds + found[1].end)
    return None, None


_DOCUMENT_SUFFIX = re.compile(r"[ \t]+[-–—:][ \t]+(?P<doc>[^\n–—]{3,40})$")


def _without_document_suffix(text: str, s: int, e: int) -> tuple[int, int]:
    """ "Hoxton Ward Panel – meeting notes": a title naming the body, then the record ("– notes",
    "– minutes") after a spaced dash; the body's name is the part before the dash."""
    m = _DOCUMENT_SUFFIX.search(text, s, e)
    if m is None or m.start() <= s or not _names_the_document(m["doc"]):
        return s, e
    return s, m.start()


def _body_under_document_title(text: str, lines: list[Line], last_line: int) -> tuple[int, int] | None:
    """The line right under a title naming the record ("Minute of Meeting", "Minutes") when it names a
    body other than a council: the meeting's body, the council above hosting it."""
    for k, ln in enumerate(lines[:last_line]):
        if ln.blank or not _names_the_document(ln.content(text)):
            continue
        below = _line_below(text, lines, ln.end, last_line)
        if below is None:
            return None
        content = below.content(text)
        if len(content.split()) <= 12 and ":" not in content and _is_body_phrase(content) and not _is_council(content) \
                and not _FIELD.match(content) and not _ATT_LABEL.match(content) and not find_dates(content):
            return below.cs, below.ce
        return None
    return None


def _body_line_under_council_banner(text: str, lines: list[Line], banner: tuple[int, int], last_line: int
                                    ) -> tuple[int, int] | None:
    """ "LAKEBY PARISH COUNCIL" over a blank line and "Community Safety Working Party": the line under
    the council's banner, in mixed case and alone, names the council's committee or working party that
    met (the record's sentence below names no body). None when that line is no such name."""
    below = _line_below(text, lines, banner[1], last_line, across_blank=True)
    if below is None:
        return None
    content = below.content(text).strip(" \t*_#")
    words = content.split()
    if not 2 <= len(words) <= _MOST_BANNER_BODY_WORDS or content.isupper() or ":" in content \
            or not all(w[:1].isupper() or w.lower() in ("and", "of", "&", "the") for w in words) \
            or not _is_body_phrase(content) or _is_council(content) or _names_the_document(content) \
            or _FIELD.match(content) or _ATT_LABEL.match(content) or find_dates(content) \
            or not _BODY_WORD_AT_END.search(content.lower()):
        return None
    return _strip_span(text, below.cs, below.ce)


# "Community Safety and Environment Working Party": the most words of a committee's name under a banner
_MOST_BANNER_BODY_WORDS = 8
_BODY_WORD_AT_END = re.compile(r"\b(?:committee|sub-committee|subcommittee|working party|working group|panel|"
                               r"forum|board|group)$")


_MOST_OWN_BODY_WORDS = 4


def _own_body_line_below(text: str, lines: list[Line], chosen: tuple[int, int], last_line: int
                         ) -> tuple[int, int] | None:
    """ "SAFER DUDLEY PARTNERSHIP" over "BRIERLEY HILL & DUDLEY TOWN JOINT ACTION GROUP (JAG)": the next
    line, set alike, names a body in full (a place and its kind, four words or more, ending in a body
    word), so the meeting is that body's and the partnership above hosts it. A short "Executive
    Group" under it is a group of the partnership instead (read by _sub_group_heading)."""
    below = _line_below(text, lines, chosen[1], last_line)
    if below is None:
        return None
    content = below.content(text)
    if content.isupper() != text[chosen[0]:chosen[1]].isupper() or _FIELD.match(content) \
            or _ATT_LABEL.match(content) or find_dates(content) or _names_the_document(content):
        return None
    s, e = _without_trailing_acronym(text, below.cs, below.ce)
    words = [w for w in text[s:e].lower().split() if w not in ("and", "&")]
    if len(words) < _MOST_OWN_BODY_WORDS or words[-1] not in terms()["body_words"] or words[-1] == "meeting" \
            or _speaks_of_the_meeting(text[s:e]):
        return None
    return below.cs, below.ce


_DECISION_MAKER = re.compile(r"[ \t*_]*decision[ \t]+(?:maker|taker)[ \t]*:[ \t]*(?P<name>[^,\n]+),[ \t]*(?P<post>[^\n]+)",
                             re.IGNORECASE)


def _decision_makers_post(text: str, lines: list[Line]) -> str | None:
    """ "Decision Maker: Councillor A Webb, Cabinet Member for Community Safety": the post of the one
    member whose delegated decision the notice records, or None."""
    for ln in lines:
        m = None if ln.blank else _DECISION_MAKER.fullmatch(text, ln.cs, ln.ce)
        if m is not None and _is_post(m["post"].strip(" .")):
            return m["post"].strip(" .")
    return None


# "Meeting held in the Council Chamber, Quadrant, Silverlink, commencing at 1.30 pm.": a line of
# its own saying where the meeting was (the date is given elsewhere)
_MEETING_HELD_LINE = re.compile(r"[ \t*_]*(?:the[ \t]+)?meeting[ \t]+(?:was[ \t]+)?held[ \t]+(?:in|at)[ \t]+"
                                r"(?:the[ \t]+)?(?P<venue>[^\n]{3,200}?)[ \t*_]*\.?[ \t*_]*", re.IGNORECASE)


def _meeting_held_line(text: str, lines: list[Line]) -> Span | None:
    """The venue of a "Meeting held in VENUE[, commencing at TIME]." line, up to its time clause; a
    line that also gives a date is a "held … on DATE" header, read elsewhere."""
    for ln in lines:
        m = None if ln.blank else _MEETING_HELD_LINE.fullmatch(text, ln.cs, ln.ce)
        if m is None:
            continue
        vs, ve = _strip_span(text, m.start("venue"), m.end("venue"))
        ve = _before_time_clause(text, vs, ve)
        wrapped = _AND_COMMENCED_BELOW.match(text, ve - 4) if text[vs:ve].endswith(" and") else None
        if wrapped:
            ve = _strip_span(text, vs, wrapped.start())[1]     # "… Lakeby and" / "commenced at 10.00am."
        if ve > vs and not find_dates(text[vs:ve]) and not find_time(text[vs:ve]):
            return Span(vs, ve)
    return None


# "The meeting was held in the Town Hall, Lakeby and" over "commenced at 10.00am.": the sentence goes on
# with its start time on the next line
_AND_COMMENCED_BELOW = re.compile(r"[ \t]+and[ \t]*\n[ \t]*(?:commenced|started|began|opened)[ \t]+(?:at[ \t]+)?",
                                  re.IGNORECASE)


def _time_commenced_below(text: str, venue_end: int):
    """The start time of "… and" / "commenced at TIME" right after a held line's venue, or None."""
    m = _AND_COMMENCED_BELOW.match(text, venue_end)
    found = find_time(text[m.end():m.end() + 20]) if m else None
    return found[0] if found and found[1].start == 0 else None


# "The meeting commenced at 10.00 am": a sentence of its own above the business that gives the start
# time the header line leaves out
_MEETING_COMMENCED = re.compile(r"[ \t*_]*(?:the[ \t]+)?meeting[ \t]+(?:commenced|started|began|opened|convened)"
                                r"[ \t]+(?:at[ \t]+)?", re.IGNORECASE)


def _meeting_commenced_time(text: str, lines: list[Line]):
    """The time of a "The meeting commenced at TIME" line, or None."""
    for ln in lines:
        m = None if ln.blank else _MEETING_COMMENCED.match(text, ln.cs, ln.ce)
        found = find_time(text[m.end():ln.ce]) if m else None
        if found and found[1].start == 0:
            return found[0]
    return None


def _first_date(text: str, start: int, end: int):
    dates = find_dates(text[start:end])
    return dates[0][0] if dates else None


# typed headers set a second labelled field on the line after a wide gap: "Date: 14/10/2015    Time: 9.30am"
_FIELD_AFTER_GAP = re.compile(r"(?:[ \t]{2,}|\t)(?=(?:venue|place|location|where|date|time|start)[ \t]*:)", re.IGNORECASE)


_FIELD_LABELS = frozenset({"venue", "place", "location", "where", "date", "time"})
# labels that name a field by another word: "Start: 13:30" gives the start time, "Date and time:" both
_FIELD_LABEL_MEANING = {"start": "time", "start time": "time", "date & time": "date and time"}


def _field_cells(text: str, ln: Line) -> list[tuple[int, int]]:
    """The cells of a table row ("| Date | Time | Venue |"), stripped of bold markup."""
    return [_strip_span(text, a, b, " \t*_:") for a, b in _row_cells(text, ln)]


def _column_fields(text: str, lines: list[Line], k: int) -> list[tuple[str, int, int]]:
    """ "| Date | Time | Venue |" over "| Thursday 2 May | 10:00 | Town Hall |": a details table whose
    header row holds only field labels gives each field the cell under its label in the next row."""
    head = _field_cells(text, lines[k])
    labels = [text[a:b].lower() for a, b in head]
    if len(labels) < 2 or not set(labels) <= _FIELD_LABELS:
        return []
    j = k + 1
    while j < len(lines) and (lines[j].blank or _TABLE_RULE.fullmatch(lines[j].content(text))):
        j += 1
    if j >= len(lines) or text.find("|", lines[j].cs, lines[j].ce) < 0:
        return []
    values = _field_cells(text, lines[j])
    if len(values) != len(labels):
        return []
    return [(label, a, b) for label, (a, b) in zip(labels, values)]


# "Amser / Time:", "Lleoliad / Venue:": a bilingual label, its Welsh half first
_WELSH_HALF_OF_LABEL = re.compile(r"(?P<welsh>[^\n/:|\t]{2,40}?)[ \t]*/[ \t]*(?=[A-Za-z][A-Za-z ]{1,30}:)")


def _english_label_start(text: str, s: int, e: int) -> int:
    """Where a field's English label starts: past the Welsh half of a bilingual label ("Amser / Time:
    13:30"), else at ``s``."""
    m = _WELSH_HALF_OF_LABEL.match(text, s, e)
    return m.end() if m is not None and is_welsh(m["welsh"]) else s


def _body_field_re() -> re.Pattern:
    return _compiled("body-field", lambda: re.compile(
        rf"(?:{_alternation(terms()['body_field_labels'])})[ \t]*:[ \t]*(?P<value>\S[^\n]*)", re.IGNORECASE))


def _body_field(text: str, lines: list[Line]) -> tuple[int, int] | None:
    """The span of the body a header field names ("Committee:<TAB>Safer Lakes Partnership Board"),
    when its value reads as a body's name."""
    for ln in lines:
        fm = None if ln.blank else _body_field_re().match(text, ln.cs, ln.ce)
        if fm is None:
            continue
        vs, ve = _strip_span(text, *_without_trailing_acronym(text, fm.start("value"), fm.end("value")))
        if ve > vs and _is_body_phrase(text[vs:ve]) and not _names_the_document(text[vs:ve]):
            return vs, ve
    return None


_BRACKETED = re.compile(r"\([^()\n]*\)")


def _bare_name(phrase: str) -> str:
    """A body's name for comparison: lower case, brackets ("(VAWG)") and "the" dropped, spaces single."""
    words = _BRACKETED.sub(" ", phrase).lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _line_named(text: str, spans: list[tuple[int, int]], named: str | None) -> tuple[int, int] | None:
    """Of the header lines naming bodies, the one whose name the minutes' sentence gives (its acronym aside)."""
    if not named:
        return None
    wanted = _bare_name(named)
    return next(((a, b) for a, b in spans if _bare_name(text[a:b]) == wanted), None)


# a details field's label alone on its line, no colon or a colon: "Meeting date", "Location:", "Venue" (a label below
# another is a table's header cells copied one a line, no field's value)
_FIELD_LABEL_ALONE = re.compile(r"[ \t*_]*(?:meeting[ \t]+)?(?P<label>date(?:[ \t]+(?:and|&)[ \t]+time)?|time|venue|location)"
                                r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?meeting)?[ \t*_]*(?::[ \t*_]*)?", re.IGNORECASE)


def _header_fields(text: str, lines: list[Line]) -> list[tuple[str, int, int]]:
    """The labelled fields of the header lines, each label with the start and end of its value: a
    field's value ends at the line's end, or where a second field starts after a wide gap on the same line."""
    fields: list[tuple[str, int, int]] = []
    above: Line | None = None
    for k, ln in enumerate(lines):
        if ln.blank:
            continue
        if text.find("|", ln.cs, ln.ce) >= 0:
            columns = _column_fields(text, lines, k)
            if columns:
                fields.extend(columns)
                continue
        line_above, above = above, ln
        if line_above is not None and _signature_line(line_above.content(text)):
            continue    # "Chairman: ……" / "Date: ……": the day the minutes were signed
        alone = _FIELD_LABEL_ALONE.fullmatch(text, ln.cs, ln.ce)
        if alone is not None:
            value = _next_nonblank(lines, k, 2)
            if value is not None and not _FIELD_LABEL_ALONE.fullmatch(text, lines[value].cs, lines[value].ce):
                # "Meeting date" over "Tuesday 10 September 2024, 6.00pm": a page's field whose label a
                # copy sets on a line of its own, the value on the next
                label = "date and time" if alone["label"].lower().startswith("date") else alone["label"]
                fields.append((label, lines[value].cs, lines[value].ce))
            continue
        bullet = _BULLET.match(text, ln.cs, ln.ce)      # "• Time: 10:00": a details list on a web page
        fm = _FIELD.match(text, _english_label_start(text, bullet.end() if bullet else ln.cs, ln.ce), ln.ce) or (
            _TABLE_FIELD.match(text, ln.cs, ln.ce) if text.find("|", ln.cs, ln.ce) >= 0 else None)
        if not fm:
            tm = _TAB_FIELD.fullmatch(text, ln.cs, ln.ce) if text.find("\t", ln.cs, ln.ce) >= 0 else \
                _SPACED_FIELD.fullmatch(text, ln.cs, ln.ce)
            if tm:      # "Venue<TAB>Committee Room 6, …": a details table copied as text, a row a line
                fields.append((tm["label"], tm.start("value"), tm.end("value")))
            continue
        if fm.re is not _FIELD:
            if _other_half_is_welsh(fm):
                fields.append((fm["label"], fm.start("value"), fm.end("value")))
            continue
        while fm is not None:
            gap = _FIELD_AFTER_GAP.search(text, fm.start("value"), ln.ce)
            fields.append((fm["label"], fm.start("value"), gap.start() if gap else ln.ce))
            fm = _FIELD.match(text, gap.end(), ln.ce) if gap else None
    return fields


def _other_half_is_welsh(fm: re.Match) -> bool:
    """A details-table label is one field's name, or its name in English and Welsh ("Amser / Time");
    any other second word ("Date / Time") makes the row something else."""
    half = fm["half_before"] or fm["half_after"]
    return half is None or is_welsh(half)


def _signature_line(content: str) -> bool:
    """ "Chairman:", "Signed: ………": a label of the signature block, with nothing but dots or
    underscores (left for the signature) after it."""
    label, colon, rest = content.partition(":")
    return bool(colon) and _SPACES.sub(" ", label.strip(" \t*_")).lower() in terms().get("signature_labels", []) \
        and not rest.strip(" \t.…_*-")


def _date_and_time_after(rest: str) -> tuple[dt.date, dt.time | None]:
    """The first date of a title line's text after its body, and the time written straight after it
    ("Thursday, 10th July, 2025 2.00 pm"), if any."""
    d, sp = find_dates(rest)[0]
    found = find_time(rest[sp.end:sp.end + 30])
    if found and not rest[sp.end:sp.end + found[1].start].strip(" \t,.-–—|"):
        return d, found[0]
    return d, None


def _full_name_of_generic_body(text: str, lines: list[Line], last_line: int, bs: int, be: int
                               ) -> tuple[int, int] | None:
    """ "Minutes of the Board meeting held on …" calls the body by its kind alone: its full name is
    the header line that ends with the same word ("NORTHAMPTONSHIRE SAFEGUARDING ADULTS BOARD")."""
    word = text[bs:be].strip().lower()
    if word not in terms()["body_words"]:
        return None
    for s, e in _body_lines(text, lines, last_line):
        s, e = _strip_span(text, *_without_trailing_acronym(text, s, e))
        words = text[s:e].split()
        if len(words) > 1 and words[-1].lower() == word:
            return s, e
    return None


_MOST_OWNER_TITLE_WORDS = 8


def _organisation_title_over_group(text: str, lines: list[Line], bs: int, be: int) -> tuple[int, int] | None:
    """ "Lakeside Violence Reduction Unit" straight over "Strategic Board": a group named by generic
    words alone ("Strategic Board", "Executive Group") on the line under the organisation that holds
    it; the two lines together name the body ("Lakeside Violence Reduction Unit Strategic Board").
    The line above must end in an organisation's word and be no council (a council's banner hosts)."""
    from .entities.organisations import is_generic_word
    group = text[bs:be].split()
    if not _names_a_group(" ".join(group)) or not all(is_generic_word(w) for w in group):
        return None
    k = next((i for i, ln in enumerate(lines) if ln.cs <= bs <= ln.ce), None)
    if k is None or k == 0 or lines[k - 1].blank or not lines[k].content(text).strip() == text[bs:be].strip():
        return None
    above = lines[k - 1]
    words = above.content(text).split()
    if not 2 <= len(words) <= _MOST_OWNER_TITLE_WORDS or not all(w[:1].isupper() or w.lower() in ("and", "of", "&", "for")
                                                                for w in words):
        return None
    owner = " ".join(words)
    if words[-1].lower() not in terms()["organisation_words"] or _is_council(owner) or _FIELD.match(owner) \
            or _names_the_document(owner) or ":" in owner:
        return None
    s, _ = _strip_span(text, above.cs, above.ce)
    return s, be


def _full_name_of_joint_body(text: str, lines: list[Line], last_line: int, bs: int, be: int
                             ) -> tuple[int, int] | None:
    """ "LAKEBY AND FELLSIDE COMMUNITY SAFETY PARTNERSHIP" over "Minutes of the meeting of the Joint
    Community Safety Partnership held …": the sentence calls the partnership of two areas "joint" and
    by its kind; the title line above, ending with the same words, names it in full."""
    words = _SPACES.sub(" ", text[bs:be]).strip().lower().split()
    if len(words) < 3 or words[0] != "joint":
        return None
    kind = words[1:]
    for s, e in _body_lines(text, lines, last_line):
        if s >= bs:
            break
        s, e = _strip_span(text, *_without_trailing_acronym(text, s, e))
        line_words = text[s:e].lower().split()
        if len(line_words) > len(kind) and line_words[-len(kind):] == kind and "joint" not in line_words:
            return s, e
    return None


def _host_over_its_group_line(text: str, lines: list[Line], last_line: int, bs: int, be: int) -> str | None:
    """ "LAKES COMMUNITY PLANNING PARTNERSHIP" over "COMMUNITY SAFETY SUBGROUP" over "Minute of meeting of
    the Community Safety Subgroup held …": the sentence names the group as the title's second line
    names it, right under its host's line, so the meeting is that group's within the host (the body
    is "Lakes Community Planning Partnership Community Safety Subgroup"); returns the host's name.
    (A group the title lines do not print stays as the sentence names it, or its partnership's.)"""
    group = _SPACES.sub(" ", text[bs:be]).lower()
    if not _names_a_group(group):
        return None
    title = next((ln for ln in lines[:last_line] if not ln.blank), None)
    if title is None or title.ce > bs:
        return None
    ts, te = _strip_span(text, *_without_trailing_acronym(text, title.cs, title.ce))
    host = _SPACES.sub(" ", text[ts:te])
    if not _is_body_phrase(host) or _is_council(host) or host.lower() == group:
        return None
    below = _sub_group_heading(text, lines, te, last_line)
    if below is None or _SPACES.sub(" ", below).lower() != group:
        return None
    return title_case_if_shouting(host)


def _host_titling_its_named_group(text: str, lines: list[Line], last_line: int, bs: int, be: int) -> str | None:
    """ "LAKES COMMUNITY SAFETY PARTNERSHIP" over "STRATEGIC GROUP" over "Minute of meeting of the Lakes
    Community Safety Partnership Strategic Group held …": the sentence names the group in full, as the
    two title lines do together; the first line is the partnership the group belongs to (its host)."""
    group = _SPACES.sub(" ", text[bs:be]).lower()
    title = next((ln for ln in lines[:last_line] if not ln.blank), None)
    if title is None or title.ce > bs:
        return None
    ts, te = _strip_span(text, *_without_trailing_acronym(text, title.cs, title.ce))
    host = _SPACES.sub(" ", text[ts:te])
    if not _is_body_phrase(host) or _is_council(host) or not group.startswith(host.lower() + " "):
        return None
    below = _line_below(text, lines, te, last_line)
    if below is None:
        return None
    kind = _SPACES.sub(" ", below.content(text).strip())
    if not _names_a_group(kind) or f"{host} {kind}".lower() != group:
        return None
    return title_case_if_shouting(host)


def _partnership_titling_its_group(text: str, lines: list[Line], bs: int, be: int) -> tuple[int, int] | None:
    """ "CAMBRIDGE CITY CRIME AND DISORDER REDUCTION PARTNERSHIP" over "Minutes of the meeting of the
    Responsible Authorities Group held on …": the title names the partnership and the sentence one of
    its groups by kind alone, without the partnership's words; the minutes are the partnership's
    record, so the partnership is the body. (A group named under an office or a council, "EXECUTIVE
    ACCOUNTABILITY BOARD" under a commissioner's office, is a body of its own.)"""
    group = text[bs:be]
    board = _partnership_board(group)
    if not board and not _names_a_group(group):
        return None
    title = next((ln for ln in lines if not ln.blank and ln.ce <= bs), None)
    if title is None or not (title.heading or title.content(text).isupper()):
        return None
    ts, te = _strip_span(text, *_without_trailing_acronym(text, title.cs, title.ce))
    words = text[ts:te].lower().split()
    if len(words) < 2 or words[-1] != "partnership" or not (board or _norm_words(group).isdisjoint(words)):
        return None
    return ts, te


# the words before a body's kind on a title line naming its place: "Suffolk", "North East Lakes"
_PLACE_WORDS = re.compile(r"(?:[A-Z][\w'’-]+[ \t]+){1,3}")
_NOT_PLACE_WORDS = frozenset({"minutes", "minute", "notes", "meeting", "draft", "the", "of", "agenda", "record",
                              "unconfirmed", "confirmed", "joint", "special", "extraordinary", "annual"})


def _place_titling_named_body(text: str, lines: list[Line], bs: int, be: int) -> tuple[int, int] | None:
    """ "Suffolk Police and Crime Panel        2 February 2018" over "Minutes of the meeting of the
    Police and Crime Panel held at …": the title line names the body with its place before the
    words the sentence uses; the fuller name is the body's."""
    named = _SPACES.sub(" ", text[bs:be]).strip().lower()
    if len(named.split()) < 2:
        return None
    for ln in lines:
        if ln.cs >= bs:
            return None
        if ln.blank:
            continue
        at = text.lower().find(named, ln.cs, ln.ce)
        if at <= ln.cs:
            continue
        place = _PLACE_WORDS.fullmatch(text, ln.cs, at)
        if place and _norm_words(text[ln.cs:at]).isdisjoint(_NOT_PLACE_WORDS) \
                and not _is_council(text[ln.cs:at].strip()):
            return ln.cs, at + len(named)
    return None


# "Notes of the KCSP Working Group": the record's title naming a group of the body by the body's acronym
_RECORD_OF_ACRONYM_GROUP = re.compile(r"[ \t*_#]*(?:minutes|notes|record)[ \t]+of[ \t]+(?:the[ \t]+)?"
                                      r"(?P<acr>[A-Z]{2,8})[ \t]+(?P<group>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
                                      r"(?:[ \t]+meeting)?[ \t*_]*", re.IGNORECASE)


def _group_in_record_title(text: str, lines: list[Line], bs: int, be: int, last_line: int
                           ) -> tuple[int, int, int] | None:
    """ "KENT COMMUNITY SAFETY PARTNERSHIP" over "Notes of the KCSP Working Group": the record's title under
    the body's line names one of its groups after the body's own acronym, so the meeting is that
    group's ("Kent Community Safety Partnership Working Group"); where the acronym starts, where the
    group's words start and end, else None."""
    ln = _line_below(text, lines, be, last_line, across_blank=True)
    if ln is None:
        return None
    m = _RECORD_OF_ACRONYM_GROUP.fullmatch(text, ln.cs, ln.ce)
    if m is None or not m["acr"].isupper() or not _names_a_group(m["group"]):
        return None
    body_words = [w for w in text[bs:be].split() if w.lower() not in ("and", "of", "the", "for", "&")]
    initials = "".join(w[0].upper() for w in body_words)
    return (m.start("acr"), m.start("group"), m.end("group")) if initials == m["acr"] else None


# the most words of a heading naming a body in full ("ANTI-SOCIAL BEHAVIOUR CASE REVIEW (COMMUNITY TRIGGER) PANEL")
_MOST_FULL_NAME_WORDS = 12


def _heading_naming_in_full(text: str, lines: list[Line], last_line: int, bs: int, be: int
                            ) -> tuple[int, int] | None:
    """ "ANTI-SOCIAL BEHAVIOUR CASE REVIEW (COMMUNITY TRIGGER) PANEL" over "Minutes of the Case Review
    Panel meeting": the title calls the body by some of its words; a heading line above holding them
    all, in order and ending with the same body word, names it in full. Only a line that names a
    body and no council (the council's banner hosts the meeting) is read."""
    named = _NOT_WORD.sub(" ", text[bs:be].lower()).split()
    if len(named) < 2 or named[-1] not in terms()["body_words"]:
        return None
    for s, e in _body_lines(text, lines, last_line):
        if s >= bs:
            break
        s, e = _strip_span(text, s, e)
        line = text[s:e]
        words = _NOT_WORD.sub(" ", line.lower()).split()
        if len(words) <= len(named) or len(words) > _MOST_FULL_NAME_WORDS or words[-1] != named[-1] \
                or _is_council(line) or not _is_body_phrase(line):
            continue
        rest = iter(words)
        if all(w in rest for w in named):
            return s, e
    return None


def _partnership_board(group: str) -> bool:
    """ "Partnership Board", "Partnership Executive": the partnership's own board called by its kinds
    alone ("Minutes of the Partnership Board meeting" under the partnership's title line), so the
    meeting is the partnership's."""
    words = group.lower().split()
    return len(words) == 2 and words[0] == "partnership" and words[1] in terms()["body_words"]


_MEETING_OF_LINE = re.compile(r"(?:(?:draft\s+)?(?:minutes|notes|record)\s+of\s+(?:a|an|the)\s+)?meeting\s+of\s+(?:the\s+)?"
                              r"(?P<body>[A-Z][^\n:]{3,120}?)\s*", re.IGNORECASE)


def _line_below(text: str, lines: list[Line], pos: int, last_line: int, across_blank: bool = False) -> Line | None:
    """The line directly under the line holding ``pos`` (None when blank or past the header); with
    ``across_blank``, the first non-blank line under it."""
    for k, ln in enumerate(lines[:last_line]):
        if ln.start <= pos <= ln.end:
            k += 1
            while across_blank and k < last_line and lines[k].blank:
                k += 1
            if k < last_line and not lines[k].blank:
                return lines[k]
            return None
    return None


def _place_and_time_line(text: str, ln: Line) -> tuple[Span, object] | None:
    """ "Council Chamber, Civic Centre – 10.00 am" (or its bilingual form "Siambr, Neuadd y Sir /
    Chamber, County Hall – 10.00 y.b. / 10.00 a.m."): a line under the date that names the place,
    perhaps with the start time after a spaced dash; the place's span and the time (or None)."""
    pieces = english_pieces(text, ln.cs, ln.ce)
    vs, ve = _strip_span(text, *pieces[0])
    if len(pieces) == 1:
        # "Meeting Room 1, Lakeside Town Hall, 2.00 pm": the time as the place's last comma-part
        comma = text.rfind(",", vs, ve)
        last_part_time = _time_only_line(text[comma + 1:ve].strip()) if comma > vs else None
        if last_part_time is not None:
            ps, pe = _strip_span(text, vs, comma)
            if pe > ps and _looks_like_venue_line(text[ps:pe]):
                return Span(ps, pe), last_part_time
    if ve <= vs or not _looks_like_venue_line(text[vs:ve]):
        return None
    times = [_time_only_line(text[a:b].strip()) for a, b in pieces[1:]]
    if any(t is None for t in times):
        return None     # "Room 2 – Lakes Partnership": a dash that parts something other than a time
    return Span(vs, ve), (times[0] if times else None)


# "10.00am, Tuesday 19 November 2019": Scottish minutes give the time before the date
_TIME_THEN_DATE = re.compile(r"[ \t]*[,.]?[ \t]*(?:on[ \t]+)?(?:[A-Z][a-z]+day,?[ \t]+)?(?:the[ \t]+)?", re.IGNORECASE)


def _time_before_date(text: str, line_start: int, date_start: int):
    """The start time written at the head of the date's line, before the date, if that is all there is."""
    head = text[line_start:date_start]
    found = find_time(head)
    if found is None or head[:found[1].start].strip(" \t*_#"):
        return None
    return found[0] if _TIME_THEN_DATE.fullmatch(head, found[1].end) else None


def _time_only_line(content: str):
    """The start time of a line that holds only a time or a time range ("3.00pm to 4.40pm"); on a
    bilingual line ("10.00yb / 10.00am") the English half after the slash."""
    halves = _BILINGUAL_SLASH.split(content)
    if len(halves) == 2 and find_time(halves[0]) is not None and find_time(halves[0])[1].start == 0:
        content = halves[1]
    found = find_time(content)
    if found is None or content[:found[1].start].strip():
        return None
    rest = content[found[1].end:]
    em = _END_TIME_LEAD.match(rest)
    if em:
        second = find_time(rest[em.end():])
        if second is not None and second[1].start == 0:
            rest = rest[em.end() + second[1].end:]
    return found[0] if not rest.strip(" \t.,") else None


def _date_line_time(content: str, date) -> tuple[bool, object]:
    """ "Monday 24 June 2024" (True, None), "Monday 24 June 2024 10.30 am" (True, 10:30): whether a short
    line gives the meeting's date and at most its time, and that time."""
    dates = find_dates(content)
    if len(dates) != 1 or dates[0][0] != date or ":" in content[:dates[0][1].start]:
        return False, None
    rest = content[dates[0][1].end:].strip(" 	,")
    time = _time_only_line(rest) if rest else None
    return len(content[:dates[0][1].start].split()) <= 2 and (not rest or time is not None), time


def _cover_page_time_and_place(text: str, lines: list[Line], last_line: int, date) -> tuple[object, Span | None]:
    """A cover page's "Monday 24 June 2024" / "10.30 am" / (blank) / "Council Chamber, County Hall":
    the meeting's date alone on a line, its start time after it or on the next, its place on the next
    line with text; (None, None) when no line gives the date alone."""
    for ln in lines[:last_line]:
        is_date_line, time = (False, None) if ln.blank else _date_line_time(ln.content(text), date)
        if not is_date_line:
            continue
        below = _line_below(text, lines, ln.end, last_line, across_blank=True)
        if time is None and below is not None:
            time = _time_only_line(below.content(text))
            below = below if time is None else _line_below(text, lines, below.end, last_line, across_blank=True)
        venue = None
        if below is not None and _looks_like_venue_line(text[slice(*_venue_part(text, below.cs, below.ce))]):
            venue = Span(*_venue_lines(text, lines, below, last_line))
        return time, venue
    return None, None


def _venue_lines(text: str, lines: list[Line], ln: Line, last_line: int) -> tuple[int, int]:
    """The venue on a line of its own: its English half when the line is bilingual ("Seòmar 1, Oifisean
    na Comhairle / Room 1, Council Offices,"), and the next line too when the line ends on a comma
    (the address wraps)."""
    vs, ve = _venue_part(text, ln.cs, ln.ce)
    if text[vs:ve].rstrip().endswith(","):
        nxt = _line_below(text, lines, ln.end, last_line)
        if nxt is not None and not find_dates(nxt.content(text)) and not _ATT_LABEL.match(nxt.content(text)):
            ve = nxt.ce
    return _strip_span(text, vs, ve)


# a remark in brackets closing a venue line: "Council Chamber, Town Hall (hybrid meeting - some members
# attended via Microsoft Teams)", a note on how the meeting was held, no part of the place
_TRAILING_REMARK = re.compile(r"[ \t]*\([ \t]*[a-z][^()\n]*\)[ \t.]*$")


def _venue_part(text: str, s: int, e: int) -> tuple[int, int]:
    """The place a venue line names: its English half (a bilingual line), without a closing remark."""
    s, e = english_half(text, s, e)
    m = _TRAILING_REMARK.search(text, s, e) if text[s:e].rstrip(" .").endswith(")") else None
    return (s, m.start()) if m and m.start() > s else (s, e)


def _looks_like_venue_line(content: str) -> bool:
    """An unlabelled line naming a place: short, no date or time, and a venue word ("Room", "Chamber")."""
    if not content or len(content.split()) > 16 or ":" in content or _ATT_LABEL.match(content) \
            or find_dates(content) or find_time(content) or content.rstrip().endswith("."):
        return False
    venue_words = _compiled("venue-words", lambda: re.compile(
        rf"\b(?:{_alternation(terms()['venue_words'])})\b", re.IGNORECASE))
    return venue_words.search(content) is not None


def _first_body_line(text: str, lines: list[Line], last_line: int) -> tuple[int, int] | None:
    """Generic fallback: the first short line near the top that names a committee-like body.

    A council named on the first line above its partnership ("Brighton & Hove City Council" /
    "Safe in the City Partnership Board") is the parent, not the body: a later non-council line wins.
    """
    found = _body_lines(text, lines, last_line)
    if not found:
        return None
    return next((span for span in found if not _is_council(text[span[0]:span[1]])), found[0])


def first_council_line(text: str, lines: list[Line], last_line: int) -> str | None:
    """The council named on a plain header line (the parent body of a partnership), if any."""
    for s, e in _body_lines(text, lines, last_line):
        # ("Council Chamber, Lakes Council Offices" is where the meeting was, not its council)
        if _is_council(text[s:e]) and not _looks_like_venue_line(text[s:e]):
            return title_case_if_shouting(_SPACES.sub(" ", text[s:e]).strip())
    return None


def _lines_outside_attendance(text: str, lines: list[Line]) -> list[Line]:
    """The non-blank lines that are neither an attendance label nor an entry of its list: "(Lakes City
    Council) (Vice-Chairman), A Webb (Fell Borough Council)" wraps a running list, and "MR J BLOGGS –
    MANAGER, LAKES CITY COUNCIL" under "PRESENT:" and a blank line is an entry; neither is a heading."""
    out: list[Line] = []
    in_list = False         # inside a labelled attendance list
    label_alone = False     # "PRESENT:" on its own line: the names may follow after a blank line
    for ln in lines:
        if ln.blank:
            in_list = in_list and label_alone
            continue
        content = ln.content(text)
        if _ATT_LABEL.match(content):
            m = _label_match(text, ln)
            in_list = m is not None
            label_alone = m is not None and not text[_label_content_start(text, m, ln):ln.ce].strip()
            continue
        label_alone = False
        if not in_list:
            out.append(ln)
    return out


# "> **Status:** DRAFT – to be approved at the next Board meeting": a field of a page, its label in bold
_BOLD_FIELD_LABEL = re.compile(r"[> \t]*(?:\*\*|__)?[^*_\n:]{1,30}?(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:)")


def _body_lines(text: str, lines: list[Line], last_line: int) -> list[tuple[int, int]]:
    """Short lines near the top that name a committee-like body, as (start, end) of the name."""
    found: list[tuple[int, int]] = []
    for ln in _lines_outside_attendance(text, lines[:min(last_line, 15)]):
        content = ln.content(text)
        if len(content.split()) > 12 or _FIELD.match(content):
            continue
        if _BULLET.match(content):      # "- Cllr A Webb (Lakes Borough Council) – Chair": a list entry
            continue
        if "](" in content or _dated_page_title(content) or _BOLD_FIELD_LABEL.match(content):
            # "[Spaces](/wiki/spaces) / [Lakes Board](…)": a page's trail of links; "2023-09-14 Lakes Board
            # meeting notes": the page's own title (see _dated_page_title)
            continue
        # "Cllr A Webb (Chair)<TAB>Lakes Borough Council": a row of a tab-separated table whose first
        # cell is a person, not a heading naming a council
        first_cell = _CELL_SEP.split(content.strip(" \t|"), 1)[0]
        if first_cell != content.strip(" \t|") and not _is_body_phrase(first_cell):
            continue        # ("Cllr A Webb (Chair) | Lakes Borough Council": a Word table's row read with bars)
        if _is_body_phrase(content) and not _names_the_document(content) and not _speaks_of_the_meeting(content):
            s, e = ln.cs, ln.ce
            # "Minutes of the X", "Minutes - X" (a web page's title): the body's name follows
            m = re.match(r"(?:(?:draft\s+)?(?:minutes|notes)(?:\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?|"
                         r"[ \t]*[-–—:][ \t]*))", content, re.IGNORECASE)
            if m:
                s += m.end()
            cut = re.search(r"\s+(?:[-–—:]\s|meeting\b|held\b|minutes\b|on\s+\w+day)", text[s:e], re.IGNORECASE)
            if cut:
                e = s + cut.start()
            if e > s:
                found.append((s, e))
    return found


# --------------------------------------------------------------------------- attendance

_ATT_LABEL = re.compile(
    # "Councillors present:", "Independent members present:": a qualifier or two before "present" and a colon
    r"(?P<label>(?!not\b)(?:[a-z][a-z-]*[ \t]+){1,2}?present(?=[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?:)|"
    # "Board members present", "Partners present": a group and "present" alone on the line, the list below it
    r"(?!not\b)(?:[a-z][a-z-]*[ \t]+){0,2}?members[ \t]+present(?=[ \t]*$)|members\s+present|"
    # "Health and Wellbeing Board members present:": a joint meeting's members grouped by the body they sit
    # for, the body's capitalised name before "members present" and a colon
    r"(?-i:[A-Z][\w'’-]*)(?:[ \t]+(?:(?-i:[A-Z][\w'’-]*)|and|of|for|the|&)){0,7}?[ \t]+members[ \t]+present(?=[ \t]*:)|"
    # "Independent co-opted members:", "Lay members:": a qualified group of members and a colon ("Co-opted
    # Member:" when the group has one)
    r"(?!not\b|no\b|all\b|other\b)(?:[a-z][a-z-]*[ \t]+){1,2}?members?(?=[ \t]*:)|"
    # "Designated Organisations:", "Partner agencies:": a group of members sent by bodies, likewise
    r"(?!not\b|no\b|all\b|other\b)(?:[a-z][a-z-]*[ \t]+){1,2}?(?:organisations|organizations|agencies|partners|"
    r"representatives)(?=[ \t]*:)|"
    # "PARTNERS:  Inspector A (Lakes Police)": the partner bodies' people beside the members, named on the
    # label's line ("Partners:" alone under "ALSO IN ATTENDANCE:" is a group heading inside that list)
    r"partners(?=[ \t]*:[ \t]*\S)|those\s+present|present|attendees|attendance(?:[ \t]+details)?|also\s+in\s+attendance|in\s+attendance|"
    # "Employees in attendance:", "Council officers in attendance:": a group in attendance and a colon
    r"(?!not\b|no\b)(?:[a-z][a-z-]*[ \t]+){1,2}?in\s+attendance(?=[ \t]*:)|"
    # "Members attending:", "Partners attending:", "Attending:": who attended, a colon after the group
    r"(?:(?:members|partners|officers|others|those|councillors)[ \t]+)?attending(?=[ \t]*:)|"
    # "Supporting officers:", "Council officers:": a qualified group of officers and a colon
    r"(?!not\b|no\b|all\b|other\b)(?:[a-z][a-z-]*[ \t]+){1,2}?officers(?=[ \t]*:)|"
    # "Guests in attendance (Item 5)": a capitalised group in attendance alone on its line, a note may follow
    r"(?-i:[A-Z])[a-z-]*(?:[ \t]+[a-z][a-z-]*)?[ \t]+in\s+attendance(?=[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?$)|"
    r"also\s+present|together\s+with|officers\s+and\s+others\s+in\s+attendance|others\s+in\s+attendance|officers\s+in\s+attendance|"
    r"officers\s+present|officers|apologies\s+for\s+absence|apologies|"
    # "Attended: Dev (BMBC, chair), Kirsty (BMBC, notes)", "Apols: Paul C (BMBC)": informal notes' labels
    r"attended(?=[ \t]*:)|apols(?=[ \t]*:)|"
    # "LEAD MEMBER Councillor A, Lead Member for …", "Cabinet Member: …": the executive member who came
    # to answer for a portfolio, labelled by the post in capitals (the post written again after the name)
    r"(?-i:LEAD[ \t]+MEMBERS?|CABINET[ \t]+MEMBERS?)(?=[ \t]+[A-Z]|[ \t]*$|[ \t]*:)|"
    r"(?:lead|cabinet)[ \t]+members?(?=[ \t]*:)|"
    # "Who came: Bernie (chair), Jade …", "Sorry couldn't make it: Abdi": a volunteer's plain words
    r"who[ \t]+came(?=[ \t]*:)|sorry[ \t]+(?:couldn['’]t|could[ \t]+not|can['’]t)[ \t]+make[ \t]+it(?=[ \t]*:)|"
    # "Co-opted (non-voting): Revd A Brown": the co-opted members, a note on their vote before the colon
    r"co-?opted(?=[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?:)|"
    # "Minutes taken by: Jo Bloggs": who took the minutes attended
    r"(?:minutes|notes)\s+taken\s+by|minute[ -]?taker|note[ -]?taker|"
    # "Decision Maker: Councillor A, Cabinet Member for …": who took a delegated decision was there
    r"decision[ \t]+(?:maker|taker)(?=[ \t]*:)|"
    r"absent|councillors|members|sederunt|observers(?=[ \t]*:?[ \t]*$))"
    r"(?P<note>[ \t]*\([^)\n]{0,60}\))?"
    # "Also present at the Decision Session:": the occasion named before the colon, its date with it
    # ("Those present at the meeting on 26 May 2024:", "… held on 26/05/2024:")
    # ("In attendance for specific items:": those who came for some items only, their items in a column)
    r"(?P<occasion>[ \t]+(?:at|during)[ \t]+the[ \t]+[A-Za-z][A-Za-z \t-]{0,40}?"
    r"(?:[ \t]+(?:on|of|held[ \t]+on)[ \t]+[\w \t,./-]{4,40}?)?(?=[ \t]*:)|"
    r"[ \t]+for[ \t]+(?:specific|certain|particular|individual|some)[ \t]+(?:agenda[ \t]+)?items?(?=[ \t]*:)|"
    # "In attendance for item F:", "… for items 4 and 5:": those who came for the items it names
    r"[ \t]+for[ \t]+(?:agenda[ \t]+)?items?[ \t]+[A-Z0-9][\w.]{0,5}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)"
    r"[A-Z0-9][\w.]{0,5})*(?=[ \t]*:))?(?P<tail>[ \t]+(?:were\s+)?(?:(?:received|intimated|tendered)\s+)?(?:from|on\s+behalf\s+of))?[ \t]*(?P<colon>[:–—-])?[ \t]*(?:\*\*|__)?[ \t]*",
    re.IGNORECASE)
_LIST_KIND = {"present": "present", "members present": "present", "those present": "present", "attendees": "present",
              "attendance": "present", "attendance details": "present",    # ModernGov's attendance table
              "councillors": "present", "members": "present", "partners": "present",
              "sederunt": "present",      # Scottish minutes: those present
              "observers": "in_attendance",   # "Observers:" alone on its line, those who watched the meeting
              "chair": "present", "chairman": "present", "chairwoman": "present", "chairperson": "present",
              "chaired by": "present",    # "Chair: Cllr A Brown, Cabinet Member …" above the list
              "also present": "also_present", "also in attendance": "also_present", "in attendance": "in_attendance",
              "together with": "in_attendance",     # "Together with:" the officers below the members
              "officers": "officers", "officers present": "officers", "officers in attendance": "officers",
              "officers and others in attendance": "officers", "others in attendance": "in_attendance",
              "apologies": "apologies", "apologies for absence": "apologies", "absent": "absent",
              "attended": "present", "apols": "apologies", "who came": "present",
              "lead member": "also_present", "lead members": "also_present",
              "cabinet member": "also_present", "cabinet members": "also_present",
              "sorry couldn't make it": "apologies", "sorry couldn’t make it": "apologies",
              "sorry could not make it": "apologies", "sorry can't make it": "apologies",
              "sorry can’t make it": "apologies", "decision maker": "present", "decision taker": "present", "co-opted": "present", "coopted": "present",
              "minutes taken by": "in_attendance", "notes taken by": "in_attendance",
              "minute taker": "in_attendance", "minute-taker": "in_attendance", "minutetaker": "in_attendance",
              "note taker": "in_attendance", "note-taker": "in_attendance", "notetaker": "in_attendance"}


# labels naming one person, the line's fields after them none of the list
# ("LEAD MEMBER Councillor A, Lead Member for Community Safety and Trading Standards": the one holder of
# the post, the "and" inside it parting no second name)
_ONE_PERSON_LABELS = frozenset({"decision maker", "decision taker", "lead member", "cabinet member"})


def is_list_label(text: str) -> bool:
    """ "Present", "In attendance", "Apologies": the label of an attendance list (or of its column)."""
    return _SPACES.sub(" ", text.strip().rstrip(":").lower()) in _LIST_KIND

# "Chair: Cllr A Brown, Cabinet Member …" above the lists names who chaired (a colon and a name after it:
# a bare "Chair" line is a heading or a table cell)
# ("In the Chair: Councillor A Brown": the printed form of the same line)
_CHAIR_LABEL = re.compile(r"(?P<label>(?:in[ \t]+the[ \t]+)?(?:(?:vice|deputy)[ \t-]?)?chair(?:man|woman|person)?|chaired[ \t]+by|"
                          # "Joint Chairs: Cllr A (…) and Cllr B (…)": a joint meeting's two chairs on one line
                          r"(?:joint|co)[ \t-]?chairs?)[ \t]*(?P<colon>[:–—-])[ \t]*"
                          r"(?:\*\*|__)?[ \t]*(?=\S)", re.IGNORECASE)


# "Chair" alone on its line over "Councillor A, Convener, presided." (Scottish minutes): a heading of
# its own after the members' list, which it ends
_CHAIR_HEADING = re.compile(r"[ \t]*(?:(?:vice|deputy)[ \t-]?)?(?:chair(?:man|woman|person)?|convener)[ \t]*", re.IGNORECASE)


# "Minutes: Kerry Webb (Lakes BC)", "Minute taker: …", "Notes taken by: …", "Notes: Jo Bloggs": who took
# the minutes, there too; only with a name after the colon ("Minutes:" alone is a web page's furniture
# above a minute)
_MINUTE_TAKER_LINE = re.compile(r"(?P<label>minutes(?:[ \t]+taken[ \t]+by)?|minute[ \t-]?taker|"
                                 r"notes(?:[ \t]+taken[ \t]+by)?|note[ \t-]?taker)[ \t]*(?P<colon>:)[ \t]*"
                                 r"(?:\*\*|__)?[ \t]*(?=\S)", re.IGNORECASE)


def _minute_taker_match(text: str, ln: Line) -> re.Match | None:
    """The label of a minute-taker line, when a single name (and its bracket, or a comma and its post:
    "Minutes: Jo Bloggs, Business Support") follows it."""
    m = _MINUTE_TAKER_LINE.match(text, ln.cs, ln.ce)
    if m is None:
        return None
    value = text[m.end():ln.ce]
    name = value.split("(", 1)[0].strip()
    if not _opens_with_a_name(value) or value.rstrip().endswith((".", ":")):
        return None
    if "," in name or m["label"].lower() == "notes":
        # a post after a comma, or the bare label "Notes:" (also a heading of remarks): only a person's
        # name before the comma makes the line the minute-taker's ("Notes: Action Log" is no one)
        name, _, post = name.partition(",")
        return m if _is_bracketed_person(name.strip()) and "," not in post and ";" not in post else None
    return m if 2 <= len(name.split()) <= 5 else None


def _label_match(text: str, ln: Line) -> re.Match | None:
    # "YN BRESENNOL / PRESENT:", "Attendees / Yn bresennol": a bilingual label is read from its English
    # half, and the Welsh half after it is no content of the line
    half_start, half_end = english_half(text, ln.cs, ln.ce)
    m = _ATT_LABEL.match(text, half_start, ln.end if half_end == ln.ce else half_end)
    if not m:
        return _CHAIR_LABEL.match(text, ln.cs, ln.ce) or _minute_taker_match(text, ln)
    label = m["label"]
    rest_blank = not text[m.end():half_end].strip() or _second_column_label(text, m.end(), half_end)
    # "Members discussed ..." is prose: a label needs a colon, to stand alone, or to be shouted
    if m["colon"] or m["tail"] or rest_blank or label.isupper():
        if m["colon"] is None and not rest_blank and not label.isupper() and not m["tail"]:
            return None
        return m
    return None


def _label_content_start(text: str, m: re.Match, ln: Line) -> int:
    """Where the list starts after a label on its line: right after the label, or at the line's end when
    all that follows is the label's own Welsh half ("Attendees / Yn bresennol") or the label of a second
    column ("Members present Officers in attendance")."""
    half_end = english_half(text, ln.cs, ln.ce)[1]
    if half_end < ln.ce and not text[m.end():half_end].strip() or _second_column_label(text, m.end(), ln.ce):
        return ln.ce
    return m.end()


def _second_column_label(text: str, s: int, e: int) -> bool:
    """ "Members present Officers in attendance": the heads of a two-column table whose text ran into one
    line; what follows the first label is a second label alone."""
    rest = text[s:e].strip(" 	:")
    return bool(rest) and _SPACES.sub(" ", rest.lower()) in _LIST_KIND


_OPENING_BRACKET = re.compile(r"[(\[]")
_BRACKET = re.compile(r"[()\[\]]")


def _top_level_splits(text: str, s: int, e: int, seps: re.Pattern) -> list[tuple[int, int]]:
    """Split text[s:e] at separators that are outside parentheses.

    Outside brackets the next separator and the next opening bracket are found by regex search (a
    closing bracket there is an ordinary character); inside, only brackets count. The same cuts as
    trying the separator at every character, without a Python step per character.
    """
    parts = []
    depth = 0
    cur = s
    i = s
    while i < e:
        if depth:
            b = _BRACKET.search(text, i, e)
            if b is None:
                break
            depth += 1 if b.group() in "([" else -1
            i = b.end()
            continue
        opening = _OPENING_BRACKET.search(text, i, e)
        bracket_at = opening.start() if opening else e
        m = seps.search(text, i, e)
        if m is not None and m.start() < bracket_at:
            if m.end() > m.start():
                parts.append((cur, m.start()))
                cur = i = m.end()
            else:
                i = m.start() + 1      # an empty separator cuts nothing
            continue
        if opening is None:
            break
        depth, i = 1, bracket_at + 1
    parts.append((cur, e))
    return [(a, b) for a, b in parts if text[a:b].strip()]


# ("Apologies were received from A and from B": "and from" joins two entries too)
_ENTRY_SEPS = re.compile(r"[ \t]*(?:[,;]|\s+and\s+(?:from\s+)?(?=(?:the\s+)?[A-Z])|\s+&\s+(?=[A-Z]))[ \t]*(?:and[ \t]+)?")


def _titles_re() -> re.Pattern:
    return _compiled("titles", lambda: re.compile(rf"(?:{_alternation(terms()['personal_titles'])})\.?\s+", re.IGNORECASE))


def _title_inside_re() -> re.Pattern:
    """A personal title anywhere in a phrase, before a capitalised word ("County Councillor Ann Webb")."""
    return _compiled("title_inside", lambda: re.compile(
        rf"\b(?:{_alternation(terms()['personal_titles'])})\.?\s+(?=[A-Z])", re.IGNORECASE))


_CACHE: dict[str, re.Pattern] = {}


def _compiled(key: str, build) -> re.Pattern:
    pat = _CACHE.get(key)
    if pat is None:
        pat = _CACHE[key] = build()
    return pat


def _honours_re() -> re.Pattern:
    """Trailing post-nominals ("Mrs L Okwu MBE", "Mr M Hill, OBE"): case-sensitive, so "Jo Obe" stays a name."""
    return _compiled("honours", lambda: re.compile(
        rf"(?:[ \t]*,?[ \t]+(?:{'|'.join(map(re.escape, terms()['honours']))})\b\.?)+[ \t,]*$"))


def without_post_nominals(name: str) -> str:
    """ "Mrs L Okwu MBE", "Jo Bloggs AM" → the name without the letters written after it."""
    hm = _honours_re().search(name)
    return name[:hm.start()] if hm and hm.start() > 0 else name


def chair_role_re() -> re.Pattern:
    return _compiled("chair", lambda: re.compile(rf"\b(?:{_alternation(terms()['chair_roles'])})\b", re.IGNORECASE))


def job_re() -> re.Pattern:
    # a post in the possessive owns what follows ("Mayor's Office for Policing and Crime" is a body)
    return _compiled("job", lambda: re.compile(rf"\b(?:{_alternation(terms()['job_keywords'])})\b(?!['’]s\b)",
                                               re.IGNORECASE))


def _org_word_re() -> re.Pattern:
    return _compiled("orgword", lambda: re.compile(rf"\b(?:{_alternation(terms()['organisation_words'])})\b",
                                                   re.IGNORECASE))


def split_slash_organisations(org: str) -> list[str]:
    """ "KCC/NHS" → KCC, NHS; "Maidstone BC/CSP" → Maidstone BC, Maidstone CSP (the place is shared)."""
    parts = [p.strip() for p in org.split("/") if p.strip()]
    if len(parts) < 2:
        return [org.strip()] if org.strip() else []
    first_words = parts[0].split()
    out = [parts[0]]
    for p in parts[1:]:
        if len(first_words) >= 2 and first_words[-1].isupper() and re.fullmatch(r"[A-Z]{2,5}", p):
            out.append(" ".join(first_words[:-1] + [p]))
        else:
            out.append(p)
    return out


def _office_holder_re() -> re.Pattern:
    return _compiled("office", lambda: re.compile(
        rf"(?:^|\b)(?:office\s+of\s+(?:the\s+)?)?(?:[A-Z][\w'’&-]*\s+(?:and\s+)?){{0,4}}?(?:{_alternation(terms()['office_holder_bodies'])})$",
        re.IGNORECASE))


def is_office_holder_body(piece: str) -> bool:
    """ "Kent Police and Crime Commissioner", "Office of the Police and Crime Commissioner": an office
    that acts as an organisation, so the whole phrase is the organisation, not role + body."""
    return bool(_office_holder_re().search(piece.strip()))


def _names_a_body(before: str) -> bool:
    """Whether the words before a job title name an organisation ("KCC", "Kent Police") rather than
    being part of the title ("Democratic Services" Officer, "Community Safety" Manager)."""
    if re.fullmatch(r"[A-Z][A-Z&/]{1,7}", before):
        return True
    if not _org_word_re().search(before) or re.search(r"\bof$", before):
        return False
    generic = set(terms()["organisation_words"]) | set(terms()["department_words"])
    return any(w.lower().strip(",.'’") not in generic for w in before.split())


# an apology's note of the substitute: "Det Supt Hale attending", "JH deputising"
_SUBSTITUTE_NOTE = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}[ \t]+"
                              r"(?:attend(?:ing|ed|s)|deputi[sz](?:ing|ed)|substitut(?:ing|ed)|in[ \t]+attendance)")


_BRACKETED_ACRONYM_AT_END = re.compile(r"[ \t]*\([A-Z][A-Za-z&]{1,9}\)[ \t]*$")


def analyse_affiliation(paren: str) -> tuple[list[str], str | None]:
    """ "(KCC Cabinet Member and Chairman of the Partnership)" → (["KCC"], "Chairman");
    "(Community Safety Team Leader, KCC)" → (["KCC"], "Community Safety Team Leader");
    "(Kent Police and Crime Commissioner)" → (["Kent Police and Crime Commissioner"], None);
    "District Commander, Kent Police" → (["Kent Police"], "District Commander");
    "Corporate Director, Adult Social Care and Health, KCC" → (["KCC"], "Corporate Director, Adult Social Care and Health")."""
    orgs, role = _analyse_affiliation(paren)
    return list(orgs), role


# the deputy or assistant of an office holder: "Deputy Police and Crime Commissioner", "Deputy Mayor for …"
_DEPUTY_OF_AN_OFFICE = re.compile(r"(?:deputy|assistant)\s+", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _analyse_affiliation(paren: str) -> tuple[tuple[str, ...], str | None]:
    """:func:`analyse_affiliation`, cached: the same affiliations come back in meeting after meeting."""
    orgs: list[str] = []
    chair_role = None
    job_role = None
    parts = _affiliation_parts(paren)
    # "PCSP Manager, Belfast City Council", "Tenancy Services Manager, Cheltenham Borough Homes": when
    # another part names the body, the words before the job word qualify the post, not a second body
    body_elsewhere = [any(k != i and not job_re().search(q) and _names_a_body(q) for k, q in enumerate(parts))
                      for i in range(len(parts))]
    for index, part in enumerate(parts):
        if _DEPUTY_OF_AN_OFFICE.match(part) and is_office_holder_body(_DEPUTY_OF_AN_OFFICE.sub("", part, count=1)):
            # "Deputy Police and Crime Commissioner, Office of the …": the office holder's deputy is a post
            job_role = job_role or part
            continue
        if is_office_holder_body(_without_area(_BRACKETED_ACRONYM_AT_END.sub("", part))):
            # ("Office of the Police and Crime Commissioner (OPCC)": its acronym after it)
            orgs.append(part)
            continue
        pieces = [part]
        if chair_role_re().search(part) and re.search(r"\s+and\s+", part):
            pieces = [p.strip() for p in re.split(r"\s+and\s+", part) if p.strip()]
        for piece in pieces:
            cm = chair_role_re().search(piece)
            if cm:
                chair_role = chair_role or _role_label(cm.group(0))
                # ("HBC - chair": a dash parts the body from its chair's office)
                before = piece[:cm.start()].strip(" \t-–—")
                after = piece[cm.end():].strip()
                if before and (before.isupper() or _org_word_re().search(before)):
                    orgs.extend(split_slash_organisations(before))
                om = re.match(r"of\s+(?:the\s+)?(.+)", after, re.IGNORECASE)
                if om and not re.fullmatch(r"(?:partnership|committee|board|panel|forum|group|meeting)",
                                           om.group(1).strip(), re.IGNORECASE):
                    orgs.extend(split_slash_organisations(om.group(1)))
                continue
            jm = job_re().search(piece)
            if jm:
                before = piece[:jm.start()].strip()
                if before and _names_a_body(before) and not body_elsewhere[index]:
                    orgs.extend(split_slash_organisations(before))
                    job_role = job_role or piece[jm.start():].strip()
                else:
                    job_role = job_role or piece
                continue
            if not piece[:1].isupper():
                continue          # "(notes)", "(minutes)": a remark, not a body
            if is_list_label(piece):
                continue          # "Present" from an attendance column: a label, neither a body nor a post
            if _SUBSTITUTE_NOTE.fullmatch(piece):
                continue          # "(Lakes Police – Insp Hale attending)": who came in the member's place, no body
            if _VIRTUAL_VENUE.fullmatch(piece):
                continue          # "Jo (Lakes Police) - Teams": how the member joined, no body
            if piece.lower() in terms()["minute_taking_remarks"]:
                job_role = job_role or "Minute Taker"       # "Lakes MBC (Minutes)": the task, no body
                continue
            if _is_post(piece) or _is_rank(piece):
                # ("Priya (PCSO, Sussex Police)": a rank written alone is the post, its acronym no body)
                job_role = job_role or piece
                continue
            if orgs and _is_compass_area(piece):
                continue          # "Lakeshire Police, North Fellside": the area the body's officer covers
            if orgs and _NAMES_A_WARD.fullmatch(piece):
                continue          # "Lakes City Council, Fellside Park ward": the ward its councillor sits for
            closing_body = index == len(parts) - 1 and not orgs \
                and (_reads_as_a_name_of_a_body(piece) or _one_word_brand(piece)) and not _is_compass_area(piece)
            if _is_department(piece) or (job_role and not closing_body
                                         and (_qualifies_post(piece) or _continues_portfolio(job_role, piece))):
                # "Corporate Director, Adult Social Care and Health": the directorate belongs to the post;
                # so do a portfolio or an area after it ("Portfolio Holder for Community Safety, Highways
                # and Enforcement", "District Commander, Medway, Kent Police")
                job_role = f"{job_role}, {piece}" if job_role else job_role
                continue
            orgs.extend(split_slash_organisations(council_without_department(piece)))
    return tuple(orgs), chair_role or job_role


# "Lakeside Council Children's Services": a council's name run straight into one of its departments
_COUNCIL_THEN_MORE = re.compile(r"(?P<council>.*?[ \t]Council)[ \t]+(?P<rest>[A-Z][^,()]*)")


def council_without_department(piece: str) -> str:
    """ "Lakeside Council Education", "Fellside City Council Public Health": a council named with a
    department after it (no comma between) is the council; the department is no body of its own."""
    m = _COUNCIL_THEN_MORE.fullmatch(piece)
    if m is None:
        return piece
    # ("Services" is also a body's word, as in "Lakes Children's Services Trust": here it ends a department)
    words = re.findall(r"[A-Za-z][\w'’-]*", m["rest"].lower())
    return m["council"] if words and all(w in terms()["department_words"] for w in words) else piece


# "ForHousing", "LakeHomes": one word, capitals inside it after small letters, as a housing provider
# or a charity brands its name; no post or place is written so (a surname "McDonald", "MacLeod" is no brand)
_BRAND_WORD = re.compile(r"(?!Ma?c[A-Z])[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def _one_word_brand(piece: str) -> bool:
    """Whether a comma piece closing an affiliation is one branded word ("Neighbourhood Services Manager,
    LakeHomes"): the body the post is held in, though no body word says so."""
    return _BRAND_WORD.fullmatch(piece.strip()) is not None


# "Fellside Park ward", "Bargate Ward": an electoral ward, a place
_NAMES_A_WARD = re.compile(r"[A-Z][\w'’.&-]*(?:[ \t]+(?:[A-Z][\w'’.&-]*|and|&)){0,4}[ \t]+[Ww]ard")


def analyse_shouted_affiliation(written: str) -> tuple[list[str], str | None]:
    """:func:`analyse_affiliation` of an affiliation typed in capitals ("BOROUGH COMMANDER, GREATER
    MANCHESTER FIRE AND RESCUE SERVICE"): read in title case, the case its post and body words are
    known in, the bodies given back as written (so that they are found in the text again)."""
    cased = title_case_if_shouting(written)
    if cased == written:
        return analyse_affiliation(written)
    orgs, role = analyse_affiliation(cased)
    # title casing changes no length: a body read in the cased text sits at the same place in the written one
    as_written = [written[i:i + len(org)] if (i := cased.find(org)) >= 0 else org for org in orgs]
    return as_written, role


def _affiliation_parts(paren: str) -> list[str]:
    """The comma/semicolon parts of an affiliation, with a list of places that begins a name put back
    together: "Kent, Surrey and Sussex Community Rehabilitation Company" is one body."""
    # ("Head of Partnerships (remote)": a remark in lower case on how the person came is no part of the post)
    parts = _office_names_rejoined([_LOWER_REMARK.sub("", p).strip() for p in re.split(r",|;", paren) if p.strip()])
    parts = [piece for p in parts if p for piece in _body_dash_post(p)]
    out: list[str] = []
    for index, part in enumerate(parts):
        if out and re.match(r"[A-Z][\w'’-]+\s+(?:and|&)\s+[A-Z]", part) and _ends_like_a_body(part):
            body, place = _place_after_body(out[-1])
            if _place_opens_a_list(place):
                out[-1:] = [body] if body else []
                out.append(f"{place}, {part}")
                continue
            if _theme_opens_a_list(out[-1]) or _nhs_place_opens_a_list(out[-1]):
                out[-1] = f"{out[-1]}, {part}"
                continue
        if out and _acronym_spans_the_comma(out[-1], part, parts[index + 1] if index + 1 < len(parts) else ""):
            out[-1] = f"{out[-1]}, {part}"
            continue
        out.append(part)
    return _area_list_rejoined(out)


# "… Integrated Care Board (LFM ICB)": the short name in brackets closing a piece (or as the next piece,
# once its brackets are read as a comma: "…, LFM ICB")
_TRAILING_BRACKETED_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Z& ]{1,12})\)\s*$")
_ACRONYM_PIECE = re.compile(r"\s*(?P<acr>[A-Z][A-Z& ]{1,12})\s*")


def _acronym_spans_the_comma(before: str, part: str, next_piece: str) -> bool:
    """ "Lakeby and North East Fellside" before "Moor and Dale Integrated Care Board (LFMD ICB)": the
    acronym in brackets closing a piece is drawn from the initials of the piece before it and its own,
    not from its own alone, so the comma is inside the body's name (a list of the places it serves).
    The piece before must be places only: no body, post or job title."""
    m = _TRAILING_BRACKETED_ACRONYM.search(part)
    if m is not None:
        own = part[:m.start()].split()
    else:
        m = _ACRONYM_PIECE.fullmatch(next_piece)
        own = part.split()
    if m is None:
        return False
    letters = m["acr"].replace(" ", "").replace("&", "")
    return len(letters) >= 3 and not _letters_from_initials(letters, own) \
        and _letters_from_initials(letters, before.split() + own) and _names_places_only(before)


def _names_places_only(piece: str) -> bool:
    """ "Lakeby and North East Fellside", "Lakeby": capitalised words (and "and") that name no body, chair,
    post, job title or department."""
    departments = (set(terms()["department_words"]) | set(terms()["organisation_words"])) - {"and", "&"}
    return bool(piece) and all(w[:1].isupper() or w in ("and", "&") for w in piece.split()) \
        and not _names_a_body(piece) and not chair_role_re().fullmatch(piece) and not job_re().search(piece) \
        and not _is_post(piece) and not any(w.lower() in departments for w in piece.split())


def _nhs_place_opens_a_list(piece: str) -> bool:
    """ "NHS Lakeshire" in "Head of Safeguarding, NHS Lakeshire, Fellside and Lakeby West Integrated Care
    Board": an NHS body named for several areas lists them after "NHS"; its first place is no body."""
    m = re.fullmatch(r"NHS\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", piece)
    return m is not None and _place_opens_a_list(m["place"])


def _theme_opens_a_list(piece: str) -> bool:
    """ "Education" in "Chair, Education, Children and Families Policy Committee": one capitalised word,
    no body, post or chair, opening the list of themes that names the committee after it."""
    return re.fullmatch(r"[A-Z][a-z'’-]+", piece) is not None and not _names_a_body(piece) \
        and not chair_role_re().fullmatch(piece) and not _is_post(piece) and not job_re().search(piece)


def _body_dash_post(part: str) -> list[str]:
    """ "Lakeshire Police - Fellside District Commander", "Fellside Council - Housing": a body, a spaced dash and
    the post the attendee holds or the department they work in, as "Body, Post" is written (a body and
    the area of its branch, "Probation Service - Lakeshire", stays one name)."""
    pieces = _SPACED_DASH_SPLIT.split(part)
    if len(pieces) != 2:
        return [part]
    body, rest = (p.strip() for p in pieces)
    if body and _SUBSTITUTE_NOTE.fullmatch(rest):
        return [body, rest]     # "Kent Police – Insp Hale attending": the body, then its substitute
    if body and rest and (_ends_like_a_body(body) or re.fullmatch(r"[A-Z][A-Z&]{1,7}", body)) \
            and not _ends_like_a_body(rest) and (_is_post(rest) or _is_department(rest)):
        return [body, rest]
    return [part]


# a place, or two joined by "and", written after a body's name: "Kent", "Surrey and Sussex"
_AREA_PART = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?")


def _area_list_rejoined(parts: list[str]) -> list[str]:
    """ "Probation Service", "Kent", "Surrey and Sussex" → "Probation Service, Kent, Surrey and Sussex":
    the places a body serves, listed after its name to the end of the affiliation (the list closed by
    "and"), are part of that name, no bodies of their own."""
    # ("Lakes City Council, Highways and Transportation": a department of the council, no list of places)
    if len(parts) < 2 or not re.search(r"\s(?:and|&)\s", parts[-1]) or _is_department(parts[-1]):
        return parts
    k = len(parts)
    while k > 1 and _AREA_PART.fullmatch(parts[k - 1]) and not looks_like_affiliation(parts[k - 1]):
        k -= 1
    if k == len(parts) or not _ends_like_a_body(parts[k - 1]):
        return parts
    return parts[:k - 1] + [", ".join(parts[k - 1:])]


_BODY_AND_PLACE = re.compile(r"(?:(?P<body>.+?)\s+(?:and|&)\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _place_after_body(part: str) -> tuple[str | None, str]:
    """ "North Durham CCG and Durham Dales" → ("North Durham CCG", "Durham Dales"): a body joined by "and"
    to the first place of a list that the next comma part goes on with; ("", part) when no body leads."""
    m = _BODY_AND_PLACE.fullmatch(part)
    if m is None or (m["body"] and not _names_a_body(m["body"])):
        return None, ""
    return m["body"] or "", m["place"]


def _place_opens_a_list(place: str) -> bool:
    """ "Kent", "Durham Dales": a place that opens "Kent, Surrey and Sussex CRC" — one or two
    capitalised words that are no body, chair, post, job title or department ("Public Health")."""
    departments = set(terms()["department_words"]) | set(terms()["organisation_words"])
    return bool(place) and not _names_a_body(place) and not chair_role_re().fullmatch(place) \
        and not job_re().search(place) and not _is_post(place) \
        and not any(w.lower() in departments for w in place.split())


def _office_names_rejoined(parts: list[str]) -> list[str]:
    """Comma parts put back together where they make one office ("Police, Fire and Crime Commissioner",
    "Chief Executive, Office of the Police, Fire and Crime Commissioner" → the post and the office)."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(min(len(parts), i + 4), i + 1, -1):
            if _office_holder_re().match(_without_area(", ".join(parts[i:j]))):
                out.append(", ".join(parts[i:j]))
                i = j
                break
        else:
            out.append(parts[i])
            i += 1
    return out


def _ends_like_a_body(part: str) -> bool:
    """ "Surrey and Sussex Community Rehabilitation Company", "Surrey and Sussex CRC": a body's head word,
    or a body's initialism at the end."""
    from .entities.gazetteer import is_acronym
    from .entities.organisations import ends_with_head
    words = part.split()
    return bool(_org_word_re().search(part)) or ends_with_head(words) or (len(words) > 1 and is_acronym(words[-1]))


def _without_area(part: str) -> str:
    """ "Office of the Police and Crime Commissioner for Surrey" → the office without its area."""
    return re.sub(r"\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*$", "", part)


def _is_compass_area(piece: str) -> bool:
    """ "North Fellside", "East Lakeshire", "Mid and West Wales": points of the compass (joined by "and")
    before a place of a word or two, no body's word — the area a body's officer or a regional post
    covers, not a body."""
    from .entities.gazetteer import lexicon
    words = piece.split()
    compass = {w.lower() for w in lexicon().words("compass_word")} | {"mid"}
    k = 0
    while k < len(words) and (words[k].lower() in compass or (k and words[k].lower() in ("and", "&"))):
        k += 1
    places = words[k:]
    return k > 0 and words[k - 1].lower() in compass and 1 <= len(places) <= 2 \
        and all(w[:1].isupper() and w[1:].islower() for w in places) and not _names_a_body(piece) \
        and not _org_word_re().search(piece)


def _is_rank(piece: str) -> bool:
    """A rank of the lexicon ("PCSO", "Inspector") written as a whole part of an affiliation."""
    from .entities.gazetteer import lexicon
    return piece in lexicon().words("rank")


def _is_post(piece: str) -> bool:
    """ "District Commander", "Designated Nurse Safeguarding Adults": a post held by one person (a job
    word such as Commander or Nurse, singular) and no word that names a body."""
    from .entities.organisations import is_job_word
    words = re.findall(r"[A-Za-z][\w'’-]*", piece)
    # "Domestic Abuse Partnership Lead": a job word last makes the body's words before it the post's field
    if len(words) > 1 and words[-1][:1].isupper() and is_job_word(words[-1], plural=False):
        return True
    if _org_word_re().search(piece) or re.fullmatch(r"[A-Z][A-Z&/]{1,7}", piece):
        return False
    # a job word written in lower case after its field ends a post too ("Violence Against Women and Girls lead")
    return any(is_job_word(w, plural=False) for w in words) \
        or bool(words) and words[-1].islower() and is_job_word(words[-1].capitalize(), plural=False)


def _qualifies_post(piece: str) -> bool:
    """A part after a post that names no body: no organisation word and no abbreviation ("KCC",
    "Northtown BC")."""
    return not _org_word_re().search(piece) and not re.search(r"\b[A-Z][A-Z&]+\b", piece)


def _reads_as_a_name_of_a_body(piece: str) -> bool:
    """ "Dundee Volunteer and Voluntary Action", "Community Justice Scotland": three or more capitalised
    words (connectors aside), not a portfolio of department words — after a post, the last part of
    "Name, Post, Body" names the body even without a body's head word."""
    words = piece.split()
    connectors = {"and", "&", "of", "for", "the", "in", "on"}
    if len([w for w in words if w not in connectors]) < 3 or not all(w[:1].isupper() or w in connectors for w in words):
        return False
    generic = set(terms()["department_words"])
    return not all(w.lower() in generic for w in words)


def _continues_portfolio(post: str, piece: str) -> bool:
    """ "Cabinet Member for Community Engagement, Equalities and Regulatory Services": after a post that
    holds a portfolio ("… for …"), a part of nothing but a department's words is more of the portfolio."""
    if not re.search(r"\bfor\b", post):
        return False
    generic = set(terms()["department_words"])
    words = re.findall(r"[A-Za-z][\w'’-]*", piece)
    return bool(words) and all(w.lower() in generic for w in words)


def _is_department(piece: str) -> bool:
    """ "Adult Social Care and Health", "Public Health": only words of a department's name, none of a body's."""
    if _org_word_re().search(piece):
        return False
    generic = set(terms()["department_words"])
    return all(w.lower() in generic for w in re.findall(r"[A-Za-z][\w'’-]*", piece))


def _role_label(written: str) -> str:
    words = re.split(r"(\s+|-)", written.strip())
    return "".join(w[:1].upper() + w[1:].lower() if w.strip() and w != "-" else w for w in words)


def initials_of(name: str) -> str:
    """ "Cllr Alice Brown" → "AB": the first letters of the name's words, titles left out."""
    bare = _titles_re().sub("", name, count=1) if _titles_re().match(name) else name
    return "".join(w[0] for w in bare.split() if w[:1].isalpha()).upper()


_MAC_PREFIX = re.compile(r"\b(Ma?c)(?=[A-Z])")


def initials_fit(name: str, given: str) -> bool:
    """ "SKB" fits "Sunita Kaur-Blake": each part of a double-barrelled name may give a letter;
    "SMcL" fits "Stuart McLean": a Mc or Mac surname may give its prefix and the letter after it."""
    if given in (initials_of(name), initials_of(name.replace("-", " "))):
        return True
    if _unhyphenated_double_surname(name, given):
        return True
    return given != given.upper() and (given == _mac_initials(name) or _surname_letter_added(name, given))


def _unhyphenated_double_surname(name: str, given: str) -> bool:
    """ "GL" fits "Gareth Lloyd Jones": a surname of two words without a hyphen ("Lloyd Jones", common in
    Welsh names) gives one letter, its first word's; only a name of three words, two initials given."""
    bare = _titles_re().sub("", name, count=1) if _titles_re().match(name) else name
    words = bare.split()
    return len(given) == 2 and given.isupper() and len(words) == 3 and \
        all(w[:1].isupper() for w in words) and given == words[0][0] + words[1][0]


def _surname_letter_added(name: str, given: str) -> bool:
    """ "ARe" fits "Ann Reddy": the initials and the surname's next letter, which a clerk adds to
    tell two attendees with the same initials apart ("AR" is the Chair)."""
    words = name.split()
    return len(given) >= 3 and given[:-1] == initials_of(name) and len(words[-1]) > 1 \
        and words[-1][1] == given[-1]


def _initials_end_the_name(name: str, given: str) -> bool:
    """ "GM Stuart Penketh (SP)": the initials fit the name, or its last words after a rank the
    titles do not list ("GM", a fire service's group manager)."""
    return initials_fit(name, given) or initials_of(name).endswith(given)


def _mac_initials(name: str) -> str:
    """ "Stuart McLean" → "SMcL", "Jo MacLeod" → "JMacL"."""
    bare = _titles_re().sub("", name, count=1) if _titles_re().match(name) else name
    out = []
    for w in bare.split():
        mac = _MAC_PREFIX.match(w)
        out.append(w[:mac.end() + 1] if mac else w[:1].upper())
    return "".join(out)


def looks_like_affiliation(piece: str) -> bool:
    """A list piece that names a body or a job rather than a person ("Medway Council",
    "Community Safety Manager", "KCC"), so it belongs to the person before it."""
    piece = piece.strip(" \t\n.,;")
    if not piece or "(" in piece or _titles_re().match(piece + " "):
        return False
    if re.fullmatch(r"[A-Z][A-Z&/]{1,7}", piece):
        return True
    return bool(_org_word_re().search(piece) or job_re().search(piece) or chair_role_re().fullmatch(piece)
                or is_office_holder_body(piece))


# initials in front of a name: "AB Alice Brown", "AB | Alice Brown", "AB<tab>Alice Brown", "(AB) Alice Brown"
# ("SMcL": a Mc or Mac surname keeps its prefix in the initials)
_INITIALS_PREFIX = re.compile(r"(?:(?P<ini>(?:[A-Z]|Ma?c(?=[A-Z])){2,4})|\((?P<bini>[A-Z]{2,4})\))(?:[ \t]*[|:][ \t]*|[ \t]+)(?=[A-Z])")
# a group named before its people in a running list: "Councillors A, B and C; Independent Members D and E"
_GROUP_PREFIX = re.compile(
    r"(?:(?i:independent|co-opted|coopted|lay|elected|political|voting|non-voting|partner|community)[ \t]+)?"
    r"(?i:councillors|cllrs\.?|members|aldermen|officers|representatives)[ \t]+(?=[A-Z])")
# who took the minutes, labelled inside the list ("Minutes: Jo Bloggs, Business Unit"): the label
# names the task, the person after it attended
_MINUTE_TAKER_LABEL = re.compile(r"(?i:minutes|notes|minute[ -]?taker|note[ -]?taker|minuted[ \t]+by|notes[ \t]+by)"
                                 r"[ \t]*[:–—-][ \t]*(?=[A-Z])")
# a sub-heading inside a one-per-line list: "Political Members:", "Independent Members:", "Officers:"
_LIST_SUBHEADING = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}[ \t]*:")
_PAREN = re.compile(r"\(([^()]*)\)")
# ("ARe": a letter of the surname added to tell two attendees apart; "LMcC": a Mc or Mac surname keeps
# its prefix and the letter after it)
_BRACKETED_INITIALS = r"[A-Z]{2,4}|[A-Z]{2,3}[a-z]|[A-Z]{1,2}Ma?c[A-Z]"
_INITIALS_IN_BRACKETS = re.compile(rf"[ \t]*\((?P<ini>{_BRACKETED_INITIALS})\)")
# an attendee's initials in brackets at the end of the entry, after the post and the body
_TRAILING_INITIALS = re.compile(rf"[ \t]*\((?P<ini>{_BRACKETED_INITIALS})\)[ \t.,;]*$")
_WORD_SEPARATORS = re.compile(r"[\s|/]+")
_SPACED_DASH = re.compile(r"[ \t][-–—][ \t]")
# between a name and its organisation on one line: " – ", " | ", tab, a wide gap, a comma
_NAME_ORG_SEP = re.compile(r"[ \t]+[-–—][ \t]+|[ \t]*\|[ \t]*|\t+|[ \t]{3,}|,[ \t]*")
_TABLE_HEADER_WORDS = {"name", "names", "organisation", "organization", "initials", "role", "title", "job title",
                       "representing", "agency", "attendee", "attendees", "member", "position", "present",
                       "panel member", "panel members", "board member", "board members"}


def _split_name_affiliation(text: str, s: int, e: int, line_mode: bool) -> tuple[int, int, int | None]:
    """(name end, affiliation start or None, ...): where the name stops — at the first parenthesis,
    or, for one entry per line, at the first separator outside parentheses."""
    depth = 0
    for i in range(s, e):
        c = text[i]
        if c == "(":
            return i, i, None
        if line_mode and depth == 0:
            m = _NAME_ORG_SEP.match(text, i, e)
            if m and m.end() > i:
                return i, m.end(), m.end()
    return e, e, None


def _qualifies_a_post(aff: str, m: re.Match) -> bool:
    """ "Oversight Manager (Midlands), Youth Justice Board": a bracket right after a post, holding
    neither a body, an acronym nor a role, is part of the post (its area or specialism)."""
    before = aff[:m.start()].rsplit(",", 1)[-1].strip()
    inside = m.group(1).strip()
    return bool(before and inside) and _is_post(before) and (not looks_like_affiliation(inside) or _names_a_theme(inside))


@lru_cache(maxsize=1)
def _council_places() -> frozenset[str]:
    """The places the gazetteer's councils are named after ("Lakeby", "Fellside"): their first word; and
    the areas its police forces are named after ("Lakeshire Constabulary" → "Lakeshire", a county whose
    council the gazetteer may not hold)."""
    from .entities.gazetteer import organisations
    records = organisations().records.values()
    councils = {rec.label.split()[0] for rec in records if rec.type.endswith("council") and rec.label.split()}
    forces = {rec.label.rsplit(" ", 1)[0] for rec in records
              if rec.type == "police" and rec.notes.startswith("territorial")
              and rec.label.endswith((" Police", " Constabulary"))}
    return frozenset(councils | forces)


def _area_after_a_body(aff: str, m: re.Match) -> bool:
    """ "Lakeshire Police (Lakeby)": a council's place in brackets right after a body's name is the area
    its officer covers, neither a body nor a post."""
    before = aff[:m.start()].rsplit(",", 1)[-1].strip()
    inside = m.group(1).strip()
    return (inside in _council_places() or _list_of_places(inside)) and bool(before) \
        and looks_like_affiliation(before) and not _is_post(before)


# "Kent, Surrey & Sussex": three or more single names, the last joined by "and" or "&"
_LIST_OF_PLACES = re.compile(r"[A-Z][a-z'’-]+(?:,[ \t]*[A-Z][a-z'’-]+)+,?[ \t]+(?:and|&)[ \t]+[A-Z][a-z'’-]+")


def _list_of_places(inside: str) -> bool:
    """ "Probation Service (Kent, Surrey & Sussex)": the counties a regional body covers, listed in
    brackets after its name; no body or post of their own (a bracket of words of bodies or posts,
    "(Finance, Audit & Risk)", is not such a list)."""
    if not _LIST_OF_PLACES.fullmatch(inside):
        return False
    department = set(terms()["department_words"])
    return not any(looks_like_affiliation(w) or _is_post(w) or job_re().search(w) or w.lower() in department
                   for w in re.findall(r"[A-Z][a-z'’-]+", inside))


def _completes_a_body(aff: str, m: re.Match) -> bool:
    """ "Head of Service, Probation Service (Wales)": a region in brackets right after a body's name is
    part of that name (the body's regional part), no role of the attendee."""
    from .entities.gazetteer import lexicon
    before = aff[:m.start()].rsplit(",", 1)[-1].strip()
    return bool(before) and m.group(1).strip() in lexicon().words("region_in_brackets") \
        and looks_like_affiliation(before) and not _is_post(before)


def _names_a_theme(phrase: str) -> bool:
    """ "VAWDASV", "Prevent": a community-safety theme (the field a post works in, "Officer (VAWDASV)"),
    not a body."""
    from .entities.gazetteer import organisations, topics
    return topics().lookup(phrase) is not None and not organisations().lookup(phrase)


# a line end and the next line's indent inside a bracket: the bracket wrapped, no gap between columns
_LINE_WRAP = re.compile(r"[ \t]*\n[ \t]*")


_WRAP_TO_INDENT = re.compile(r"[ ]*\n[ ]*(?=[A-Za-z(])")


def _affiliation_text(aff: str) -> str:
    """ "Swale Borough Council (Chair)" → "Swale Borough Council, Chair": parentheses become parts."""
    out = _PAREN.sub(lambda m: m.group(0) if _qualifies_a_post(aff, m) or _completes_a_body(aff, m)
                     else "" if _area_after_a_body(aff, m) or _ITEM_NOTE.fullmatch(m.group(1).strip())
                     else ", " + _LINE_WRAP.sub(" ", m.group(1)), aff)
    # a bar, tab, wide gap or spaced dash separates columns ("(Chair)   Dover District Council"); the
    # indent of a wrapped line is no gap ("Office of the Police and Crime" over "    Commissioner")
    return _COLUMN_SEPARATORS.sub(", ", _WRAP_TO_INDENT.sub(" ", out)).strip(" ,")


_LEADING_THE = re.compile(r"the[ \t]+", re.IGNORECASE)
# what may follow "Post (Name)": nothing, or a lower-case remark ("– minutes", "and four members of the public")
_REMARK_AFTER_NAME = re.compile(r"[ \t]*(?:(?:[-–—,;]|and\b)[ \t]*[a-z][^()\n]{0,60})?[ \t.,;]*")
_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+(?:-[A-Z][a-z'’]+)?|[A-Z]\.?|(?:Mc|Mac|O'|O’)[A-Z][a-z]+")


def _is_role_phrase(role: str) -> bool:
    """ "Chief Finance Officer, OPCC", "Police and Crime Commissioner", "Town Clerk": a post (with its
    body), not a person — a personal title before a name ("Superintendent Neil Curwen") is a person."""
    from .entities.organisations import is_job_word
    if not role or not role[:1].isupper() or "(" in role or ")" in role:
        return False
    tm = _titles_re().match(role + " ")
    if tm:
        rest = (role + " ")[tm.end():].split(",")[0].split()
        if rest and rest[0][:1].isupper() and not job_re().search(" ".join(rest)) \
                and not _org_word_re().search(rest[0]):
            return False
    first = role.split(",")[0]
    return bool(job_re().search(first) or chair_role_re().search(first) or is_office_holder_body(first)
                or is_office_holder_body(role)
                or any(is_job_word(w, plural=False) for w in re.findall(r"[A-Za-z][\w'’-]*", first)))


def _is_body_name(phrase: str) -> bool:
    """ "Blackpool Council", "Kent Fire and Rescue Service": a body's name (its head word last), with
    no personal title in front — "Apologies: Blackpool Council (Joanne Pilling)" lists the body first."""
    from .entities.organisations import ends_with_head
    if not phrase[:1].isupper() or "(" in phrase or _titles_re().match(phrase + " "):
        return False
    return ends_with_head(phrase.split()) or bool(re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*", phrase))


def _is_bracketed_person(name: str) -> bool:
    """ "Mr Graham Lowther", "DCC Michelle Skelton", "Joanne Pickford": a person's name, as the
    parenthesis of a "Post (Name)" attendance line holds it — not a body, a post or a remark."""
    from .entities.organisations import ends_with_head, looks_like_organisation
    if not name or not name[:1].isupper() or _org_word_re().search(name) or chair_role_re().search(name):
        return False
    tm = _titles_re().match(name)
    rest = name[tm.end():] if tm else name
    words = rest.split()
    if not 1 <= len(words) <= 4 or (not tm and len(words) < 2):
        return False
    if job_re().search(rest) or ends_with_head(words) or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    return bool(tm) or not looks_like_organisation(rest)


def _post_then_name(text: str, s: int, e: int, kind: str) -> AttendanceEntry | None:
    """ "Chief Finance Officer, OPCC (Mr Stephen Kirkby)", "the Town Clerk (Mrs Joanne Pickford)": the
    post (and body) comes first and the person's name is in the brackets."""
    open_at = text.find("(", s, e)
    if open_at < 0:
        return None
    close_at = text.find(")", open_at, e)
    if close_at < 0 or not _REMARK_AFTER_NAME.fullmatch(text, close_at + 1, e):
        return None
    rs = s
    lm = _LEADING_THE.match(text, rs, open_at)
    if lm:
        rs = lm.end()
    role_s, role_e = _strip_span(text, rs, open_at, " \t,")
    post = _SPACES.sub(" ", text[role_s:role_e])
    ns, ne = _strip_span(text, open_at + 1, close_at, " \t,")
    name = _SPACES.sub(" ", text[ns:ne])
    if not _is_bracketed_person(name) or not (_is_role_phrase(post) or _is_body_name(post)):
        return None
    # "Jo Bloggs, Head of Service, Lakes Probation (Fellside)", "Jo Bloggs – Inspector, Lakes Police
    # (Fellside)": a line opening with a name is that person's, the bracket a place or a remark; so is
    # "Jo Bloggs<TAB>Chief Officer, Leeds CSP (Safer Leeds)", the name in a column of its own (a tab or
    # wide gap, which the post above has collapsed to one space)
    raw_post = text[role_s:role_e]
    opening = _STRONG_NAME_SEP.split(raw_post.split(",", 1)[0], maxsplit=1)[0].strip()
    if opening != raw_post.strip() and _is_bracketed_person(opening):
        return None
    if is_office_holder_body(post):
        orgs, role = [], post        # "Police and Crime Commissioner (Mr X)": the office is the post held
    else:
        orgs, role = analyse_affiliation(post)
    return AttendanceEntry(name=name, span=Span(ns, ne), as_written=_SPACES.sub(" ", text[s:e]).strip(),
                           organisations=orgs, role=role, list_kind=kind)  # type: ignore[arg-type]


# "Moira from the Wenlock Barn TRA": a name (capitalised words), "from", then the body she came for
_FROM_BODY = re.compile(r"[ \t\n]+from[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")
_NAME_WORDS = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}")


def _body_after_from(text: str, s: int, e: int) -> tuple[int, int, int] | None:
    """ "Moira from the Wenlock Barn TRA" → (end of the name, start and end of the body), when the words
    before "from" are a name alone and those after it are capitalised (a body's name), else None."""
    m = _FROM_BODY.search(text, s, e)
    if m is None or not _NAME_WORDS.fullmatch(text, s, m.start()):
        return None
    bs, be = _strip_span(text, m.end(), e)
    if "(" in text[bs:be] or not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in text[bs:be].split()):
        return None
    return m.start(), bs, be


def parse_entry(text: str, s: int, e: int, kind: str, line_mode: bool) -> AttendanceEntry | None:
    """One attendance entry: "AB Alice Brown (Dover DC)", "Cllr Smith (Chairman)", "Jo Bloggs – Kent Police",
    "Jo Bloggs, Community Safety Manager, Medway Council (Chair)", "Charlotte Hudson (CH) – Swale BC",
    "AB | Alice Brown | Dover DC", "Chief Constable (Mr Jo Bloggs)"."""
    s, e = _strip_span(text, s, e, " \t\n,.;:*_•·-–—|\u00a0")
    if s < e and text[s:s + 4].lower() == "and ":
        s += 4
    if e <= s:
        return None
    gm = _GROUP_PREFIX.match(text, s, e)
    if gm:
        s = gm.end()
    taker = _MINUTE_TAKER_LABEL.match(text, s, e)
    if taker:
        s = taker.end()
    if text.find("(", s, e) >= 0:
        post_first = _post_then_name(text, s, e, kind)
        if post_first is not None:
            return post_first
    initials = None
    im = _INITIALS_PREFIX.match(text, s, e)
    name_from = s
    if im:
        name_end, _, _ = _split_name_affiliation(text, im.end(), e, line_mode)
        given = im["ini"] or im["bini"]
        if initials_fit(text[im.end():name_end], given):
            initials, name_from = given, im.end()
    name_end, aff_from, sep_end = _split_name_affiliation(text, name_from, e, line_mode)
    ns, ne = _strip_span(text, name_from, name_end, " \t\n,.;:*_-–—|\u00a0")
    hm = _honours_re().search(text, ns, ne)
    if hm and hm.start() > ns:
        ne = hm.start()
    from_body = _body_after_from(text, ns, ne)
    if from_body is not None:
        ne = from_body[0]
    name = _SPACES.sub(" ", text[ns:ne])
    if not name or not name[0].isupper() or len(name.split()) > 8 \
            or not (_LOWER_LETTER.search(name) or is_shouted_titled_name(name)):
        return None
    if _norm_words(name) <= _TABLE_HEADER_WORDS or _HEADCOUNT.match(name):
        return None
    rest_s = aff_from
    # "(CH)" right after the name gives its initials, not an organisation
    pm = _INITIALS_IN_BRACKETS.match(text, name_end, e)
    if pm and _initials_end_the_name(name, pm["ini"]):
        initials = initials or pm["ini"]
        rest_s = pm.end()
        if line_mode:
            sm = _NAME_ORG_SEP.match(text, rest_s, e)
            if sm:
                rest_s = sm.end()
    aff = None
    # "Dr Ann Webb – Designated Lead, Lakes ICB (AW)": the initials may close the line instead
    trailing = _TRAILING_INITIALS.search(text, rest_s, e)
    if trailing and initials_fit(name, trailing["ini"]):
        initials = initials or trailing["ini"]
        e = trailing.start()
    if line_mode or sep_end is not None:
        a, b = _strip_span(text, rest_s, e, " \t,;:–—-|\u00a0")
        aff = text[a:b] or None
        analysed = _affiliation_text(aff) if aff else None
    else:
        parens = [_SPACES.sub(" ", m.group(1)).strip() for m in _PAREN.finditer(text, rest_s, e)]
        aff = " ".join(p for p in parens if p) or None
        analysed = ", ".join(p for p in parens if p and not _ITEM_NOTE.fullmatch(p)) or None
    orgs: list[str] = []
    role = None
    if analysed:
        orgs, role = analyse_shouted_affiliation(analysed)
    if taker and role is None:
        role = "Minute Taker"
    if from_body is not None and not orgs:
        orgs = [_SPACES.sub(" ", text[from_body[1]:from_body[2]])]
        aff = aff or orgs[0]
    return AttendanceEntry(name=name, span=Span(ns, ne), as_written=aff, organisations=orgs, role=role,
                           list_kind=kind, initials=initials)  # type: ignore[arg-type]


# "Approx. 27 residents signed in", "About 15 members of the public": a headcount on the list, nobody named
_HEADCOUNT = re.compile(r"(?:approx(?:imately)?\.?|about|around|some|over|roughly|c\.)[ \t]+\d+\b", re.IGNORECASE)


# "Ms A Webb (Lakes Youth Project) (Item 7)": a second bracket saying which item a guest came for is a note
# on the attendance, not a body
_ITEM_NOTE = re.compile(r"(?i:(?:for|at|during|from)[ \t]+)?(?i:items?|minutes?|agenda[ \t]+items?)[ \t]+"
                        r"[\w./-]{1,8}(?:[ \t]*(?:,|and|&|-|–|to)[ \t]*[\w./-]{1,8})*(?:[ \t]+only)?")


_CONNECTORS = frozenset({"and", "of", "the", "for", "to", "in", "on", "at", "with"})
_SHOUTED_NAME_WORD = re.compile(r"[A-Z]\.?|[A-Z][A-Z'’-]*[AEIOUY][A-Z'’-]*")


def is_shouted_titled_name(name: str) -> bool:
    """ "COUNCILLOR B WHITEHEAD", "CHIEF SUPERINTENDENT M ORMEROD": a name typed in capitals, as old
    minutes type their whole attendance list, known for a name by the personal title that opens it
    and the initials and surname after it (a capitals heading, "APOLOGIES", has no title)."""
    tm = _titles_re().match(name)
    if not tm:
        return False
    words = name[tm.end():].split()
    return 1 <= len(words) <= 3 and all(_SHOUTED_NAME_WORD.fullmatch(w) for w in words) \
        and len(words[-1].strip(".")) > 1 and not any(w.lower() in _CONNECTORS for w in words)


def _norm_words(s: str) -> set[str]:
    return {w.lower() for w in _WORD_SEPARATORS.split(s) if w}


def _attach_affiliation(entry: AttendanceEntry, piece: str) -> None:
    """ "Neil Davies, Medway Council" read as a comma list: the body goes to the person before it."""
    orgs, role = analyse_affiliation(piece)
    entry.organisations.extend(o for o in orgs if o not in entry.organisations)
    entry.role = entry.role or role
    entry.as_written = f"{entry.as_written}, {piece}" if entry.as_written else piece


# a rule alone on its line, as a document's separator: "-----", "=====", "_____"
_SEPARATOR_RULE = re.compile(r"[ \t]*(?:-{5,}|={5,}|_{5,})[ \t]*")
_TABLE_RULE = re.compile(r"[|:\-+= \t]+")


_STRONG_NAME_SEP = re.compile(r"[ \t]+[-–—][ \t]+|[ \t]*\|[ \t]*|\t+|[ \t]{3,}")


_NOT_WORD = re.compile(r"[^\w]+")


def _opens_another_field(text: str, ln: Line) -> bool:
    """ "Distribution: members as above", "Abbreviations used in this log: …": a line under a list that
    opens with the label of another header field (labels as data) names nobody of the list above."""
    field = _compiled("other-field", lambda: re.compile(
        rf"[ \t*_]*(?:{_alternation(terms()['list_ending_field_labels'])})\b[^:\n]{{0,30}}:", re.IGNORECASE))
    return field.match(text, ln.cs, ln.ce) is not None


def ends_a_list(content: str) -> bool:
    """ "Items", "No. | Item", "Item | Title": a section heading, or the head of a table of agenda
    items (a ModernGov page) or of the minutes' own table ("No. | Discussion | Action by"), below an
    attendance list ends it and names nobody."""
    if len(content) > 40:
        return len(content) <= 100 and _heads_a_minutes_table(content)
    phrase = _NOT_WORD.sub(" ", content.lower()).strip()
    if phrase in terms()["list_ending_headings"]:
        return True
    words = set(phrase.split())
    return bool(words) and words <= set(terms()["agenda_table_header_words"]) \
        and not words.isdisjoint(terms()["agenda_table_item_words"]) or _heads_a_minutes_table(content)


_SHOUTED_CONNECTOR = re.compile(r"\b(?:AND|OF|FOR|THE|ON|IN|TO)\b")


def _shouted_section_heading(content: str) -> bool:
    """ "RECORDING AND VOTING ARRANGEMENTS": a section heading in capitals after an attendance list ends
    it — three words or more joined by a connector, no bracket, comma, dash or tab, no personal title
    and no word of a body's name (a body's heading in capitals groups the members below it)."""
    words = content.split()
    if len(words) < 3 or not content.isupper() or re.search(r"[(),;:\t|–—-]", content) \
            or not _SHOUTED_CONNECTOR.search(content):
        return False
    cased = content.title()
    return _titles_re().match(cased) is None and _org_word_re().search(cased) is None


def _action_column_head(text: str, ln: Line) -> bool:
    """ "ACTION" set far right above the first item of typed minutes: the head of the minutes' column
    of owners, no attendee (a list label alone above its names may have blank lines under it)."""
    content = ln.content(text)
    indent = len(text[ln.start:ln.cs].expandtabs(8))
    return content.strip(" :").lower() in terms()["item_table_action_headers"] \
        and (content.isupper() or indent >= 20)


def _heads_a_minutes_table(content: str) -> bool:
    """ "No.<TAB>Discussion<TAB>Action by": a header row of the minutes' own table, every cell a column
    of the business (number, item, text, decision, action), none a person's."""
    cells = [_header_name(c) for c in _CELL_SEP.split(content.strip(" \t|"))]
    headers = _compiled("minutes-table-headers", lambda: re.compile("|".join(
        re.escape(h) for key in ("item_table_number_headers", "item_table_item_headers", "item_table_decision_headers",
                                 "item_table_discussion_headers", "item_table_action_headers") for h in terms()[key])))
    business = _compiled("minutes-table-business-headers", lambda: re.compile("|".join(
        re.escape(h) for key in ("item_table_item_headers", "item_table_decision_headers",
                                 "item_table_discussion_headers") for h in terms()[key])))
    # "No.<TAB>Action<TAB>Owner<TAB>Deadline" under an item is its table of actions, numbered in the
    # action log's own series: a minutes table has a column for the item or its text as well
    return len(cells) >= 2 and all(headers.fullmatch(c) for c in cells) and any(business.fullmatch(c) for c in cells)


# "DS [redacted]", "Officer [name withheld]": a rank or title, then a marker in square brackets
_REDACTED_IN_NAME = re.compile(r"(?P<before>[^\[\]]*)\[(?P<marker>[^\[\]]{1,20})\][ \t]*")


def struck_out_name(name: str) -> bool:
    """ "DS [redacted]": a published record struck the name out and left the rank; the entry names
    nobody (as "[REDACTED], Counter Terrorism Policing" names nobody): the graph records no attendee for
    it, only the body the entry names."""
    m = _REDACTED_IN_NAME.fullmatch(name)
    return m is not None and _SPACES.sub(" ", m["marker"].strip().lower()) in terms()["redaction_markers"] \
        and len(m["before"].split()) <= 3


def opens_with_redaction(content: str) -> bool:
    """ "[REDACTED], Counter Terrorism Policing London": a name struck out of a published record; the
    line is still one entry of the list (whose person goes unnamed), so the list goes on below it."""
    if not content.startswith("["):
        return False
    close = content.find("]", 1, 40)
    return close > 0 and _SPACES.sub(" ", content[1:close].strip().lower()) in terms()["redaction_markers"]


def _looks_like_entry_line(content: str) -> bool:
    content = content.lstrip("| \t")
    if opens_with_redaction(content):
        return True
    bullet = _BULLET.match(content)        # "• Councillor Ann Webb (Chairman)": a list read from a web page
    if bullet:
        content = content[bullet.end():]
    bare = _PAREN.sub("", content)
    words = bare.split()
    if not words or not content[:1].isupper():
        return False
    if len(words) <= 6:
        return True
    if bare.rstrip(" |\t").endswith((".", ":")):
        return False
    if len(words) <= 12:
        return True
    # "Name – Designated Nurse Safeguarding Adults, NHS Kent and Medway …", "| Name | Office of … |":
    # affiliations run long, so judge a line split by a dash, bar or tab on its name part alone
    parts = _STRONG_NAME_SEP.split(bare, 1)
    return len(parts) == 2 and len(parts[0].split()) <= 6 and len(words) <= 30 or name_post_body_line(content)


def name_post_body_line(content: str) -> bool:
    """ "Dr Ann Webb, Designated Doctor for Safeguarding Children, Lakes Clinical Commissioning Group":
    one attendee a line, the name, a post and a body between commas, each piece capitalised, the
    piece after the name a post or a body (such lines run longer than a name with its body)."""
    bare = _PAREN.sub("", content).strip(" |\t")
    if bare.endswith((".", ":")) or len(bare.split()) > 30:
        return False
    pieces = [p.strip() for p in bare.split(",")]
    if len(pieces) < 2 or not 1 <= len(pieces[0].split()) <= 6 or not all(p[:1].isupper() for p in pieces):
        return False
    return _is_post(pieces[1]) or looks_like_affiliation(pieces[1])


def _running_list(content: str) -> bool:
    """A line that lists several names as running text ("Councillors A, B (Chair), C and D; …"):
    three or more pieces between commas or semicolons, each starting with a capital."""
    pieces = [p.strip() for p in re.split(r"[,;]", _PAREN.sub("", content)) if p.strip()]
    return len(pieces) >= 3 and sum(p[:1].isupper() for p in pieces) >= len(pieces) - 1


def _members_paragraph(content: str) -> bool:
    """A paragraph of members as running text, opening with a name ("Councillor A (Org), Mr B (Org) and
    …"), not a sentence ("Apologies for absence were submitted on behalf of …")."""
    first = re.split(r"[,;(]", content, 1)[0]
    entries_after_brackets = len(_ENTRY_AFTER_BRACKET.findall(content)) + len(_AND_AFTER_BRACKET.findall(content))
    return (entries_after_brackets >= 2 or _running_list(content)) and len(first.split()) <= 6


def _opens_with_a_name(content: str) -> bool:
    """ "Chief Superintendent Ann Webb (Lakes Police), Tom Hale (…) and …": the text before the first
    bracket or comma is all capitalised words, a name, not a sentence ("Apologies were received from")."""
    first = re.split(r"[,;(]", content, 1)[0].split()
    return bool(first) and all(w[:1].isupper() for w in first)


def _one_attendee_a_line(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The rows of a list of one attendee a line whose long lines wrap onto lines of their own, each row
    one entry: titled or "Name – Body" lines going on over untitled ones, or "Name (Body)" lines whose
    bracket the next line closes. None when the lines read no such list."""
    rows = _titled_lines_going_on(text, spans)
    if rows is None and _one_entry_a_line_over_wrapped_brackets(text, spans):
        rows = _wrapped_brackets_rejoined(text, spans)
    return rows


def _titled_lines_going_on(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """A list of one attendee a line whose long lines wrap onto lines of their own: the lines joined into
    one span an attendee. Each entry opens with a personal title ("Mr", "Cllr", "Dr"), or each has a name,
    a spaced dash and the affiliation ("Ruth Adeyemi – Kent County Council"). None unless the first line
    and at least one more open an entry, and every other line goes on from the one above: that line
    stops short (a comma, an open bracket, a lower-case last word) or this one opens with no name (a
    lower-case word, or one capitalised word before a bracket or comma: "…, Office of the Police and
    Crime" over "Commissioner (OPCC)"); under dashed entries, a line without a dash that names a body
    ("Reduction Unit (item 6)") goes on too."""
    if len(spans) < 2:
        return None
    dashed = [bool(_NAME_DASH_ENTRY.match(text, a, b)) for a, b in spans]
    titled = [_opens_with_personal_title(text[a:b]) for a, b in spans]
    by_dash = dashed[0] and (sum(dashed) >= 2 or len(spans) == 2)
    opens_entry = dashed if by_dash else titled
    if not opens_entry[0] or all(opens_entry) or (not by_dash and (len(spans) < 3 or sum(titled) < 2)):
        return None
    joined: list[tuple[int, int]] = []
    for (a, b), opens in zip(spans, opens_entry):
        if _ENTRIES_RUN_ON.search(text, a, b):
            return None     # "…Commissioner), Tom Yelland (Clerk…)": a running list, one paragraph
        if opens:
            if joined and _SEPARATOR_AT_END.search(text, joined[-1][0], joined[-1][1]):
                return None     # "…(Sussex PCC)," over "Mr David Quarrie (…": entries a comma apart
            joined.append((a, b))
            continue
        above = text[joined[-1][0]:joined[-1][1]]
        if not (_STOPS_SHORT.search(above) or above.count("(") > above.count(")") or _NO_NAME_START.match(text, a, b)
                or by_dash and _names_a_body(text[a:b].split("(")[0].split(",")[0].strip())
                or _bracket_only_line(text, a, b)):
            return None
        joined[-1] = (joined[-1][0], b)
    return joined


# "Ruth Adeyemi – Kent County Council", "Cllr Jo Hale (Chair) – Lakes Council": a name, a spaced dash
_NAME_DASH_ENTRY = re.compile(r"[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,4}(?:[ \t]+\([^)\n]{1,30}\))?[ \t]+[–—-][ \t]+\S")


@lru_cache(maxsize=1)
def _personal_title_re() -> re.Pattern:
    from .entities.gazetteer import lexicon
    titles = sorted(lexicon().words("title"), key=len, reverse=True)
    return re.compile(rf"[ \t]*(?:{'|'.join(re.escape(t) for t in titles)})\.?[ \t]+[A-Z]")


def _opens_with_personal_title(line: str) -> bool:
    return bool(_personal_title_re().match(line))


_STOPS_SHORT = re.compile(r"(?:,|\b[a-z][\w'’-]*)[ \t]*$")
_SEPARATOR_AT_END = re.compile(r"(?:[,;]|\band)[ \t]*$")
_ENTRIES_RUN_ON = re.compile(r"\)[ \t]*[,;][ \t]*(?:and[ \t]+)?[A-Z]")
_NO_NAME_START = re.compile(r"[ \t]*(?:[a-z]|[A-Z][\w'’-]*[ \t]*(?:[(,]|$))")


# "  (LFM ICB)": a line holding nothing but a bracket, the short form of the long body wrapped above it
_BRACKET_ONLY_LINE = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*$")


def _bracket_only_line(text: str, a: int, b: int) -> bool:
    """A line that is one bracket alone ("(LFN ICB)" under "Sam Reed – Lakeby and Fellside, Northshire and
    Lakes Integrated Care Board"): it names nobody, so it goes on from the entry above."""
    return bool(_BRACKET_ONLY_LINE.match(text[a:b]))


def _opens_with_plural_title(content: str) -> bool:
    """ "Councillors Ann Webb, Tom Hale and Jo Bloggs": a line opening with a title written once for
    the several members it names."""
    from .entities.people import plural_title_end
    return plural_title_end(content.strip(" \t|")) > 0


_SPACED_DASH_SPLIT = re.compile(r"[ \t]+[-–—][ \t]+")


def _one_name_and_post(text: str, s: int, e: int) -> bool:
    """ "Councillor Neil Fairhurst – Cabinet Member for Communities and Public Protection": one person's
    name, a spaced dash, then the post or body, which names nobody (no personal title in it), so an
    "and" or a comma after the dash parts no two attendees."""
    if _name_initials_then_body_line(text[s:e]):
        return True     # "Jo Bloggs (JB) - Committee Officer, Lakeby and Fell Council (minute)": the initials tie it
    parts = _SPACED_DASH_SPLIT.split(text[s:e].strip(), 1)
    if len(parts) != 2:
        return False
    name, post = parts
    words = name.split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and not re.search(r"[,;()&]", name) \
        and (len(words) > 1 or _titles_re().match(name) is not None) and _title_inside_re().search(post) is None \
        and not _SPACED_DASH_SPLIT.search(post)


def _members_paragraph_below(text: str, lines: list[Line], j: int, last: int) -> tuple[int, int] | None:
    """The span of a members' paragraph after the blank line at lines[j] ("Mrs B Cole (Vice-Chairman),
    Dr C Dent, … and Ms D Eade"), when the paragraph opens with a name and carries no label; else None."""
    if j >= last or not lines[j].blank:
        return None
    k = _next_nonblank(lines, j - 1)
    if k is None or k >= last or _label_match(text, lines[k]) or lines[k].heading:
        return None
    content = lines[k].content(text)
    # ("Dr Ann Webb, Designated Doctor, Lakes CCG" is one attendee with post and body, not members)
    if name_post_body_line(content) or not _members_paragraph(content) or not _opens_with_a_name(content):
        return None
    end = _paragraph_end(lines, k, last)
    spans = [(lines[x].cs, lines[x].ce) for x in range(k, end)]
    if len(spans) > 1 and not _wrapped_paragraph(text, spans):
        return None         # a list one entry a line, not a paragraph
    return spans[0][0], spans[-1][1]


def _list_goes_on_past_blank(text: str, lines: list[Line], j: int, last: int) -> bool:
    """ "PRESENT: Mr A (Lakes Police), Ms B (Fellside CSP)," a blank line, "Mr C (Lakeby Council),": a
    printed copy spaces the wrapped lines of a running list apart; a line left open by a comma goes on
    on the next line after the blank one (when that line is no other list's label)."""
    if j == 0 or lines[j - 1].blank or not text[lines[j - 1].cs:lines[j - 1].ce].endswith(","):
        return False
    k = _next_nonblank(lines, j, 2)
    return k is not None and k < last and _label_match(text, lines[k]) is None


def _entry_paragraph_past_blank(text: str, lines: list[Line], j: int, last: int) -> bool:
    """ "Present: Cllr A Hale (Chair)", a blank line, "Cllr B Webb", a blank line, "Jo Bloggs (Lakes
    Speedwatch)": a Word list copied as text puts each entry in a paragraph of its own; after the short
    line above, a blank line goes on to a one-line paragraph holding only a name (titled, or with its
    bracket) when that is no other list's label."""
    if j == 0 or lines[j - 1].blank or len(lines[j - 1].content(text).split()) > _MOST_ENTRY_LINE_WORDS:
        return False
    above = lines[j - 1]
    label = _label_match(text, above)
    if not _lone_entry(text[_label_content_start(text, label, above) if label else above.cs:above.ce].strip()):
        return False        # the line above is no entry alone: a running list, a sentence
    k = _next_nonblank(lines, j, 2)
    if k is None or k >= last or (k + 1 < last and not lines[k + 1].blank):
        return False
    if _label_match(text, lines[k]) is not None or lines[k].heading:
        return False
    return _lone_entry(lines[k].content(text).strip())


def _lone_entry(content: str) -> bool:
    """ "Cllr Tom Hale", "Kate Marlow (Speedwatch co-ordinator)": a name alone, titled or with its
    bracket, every word outside the bracket capitalised ("Councillor Ferrier in the Chair" is a remark)."""
    bare = _PAREN.sub("", content).strip()
    return _bare_name_line(content) and (bare != content or _opens_with_personal_title(content)) \
        and all(w[:1].isupper() for w in bare.split())


# the most words of the line above a list's entry paragraph ("Present: Councillor Ann Webb (Chair)")
_MOST_ENTRY_LINE_WORDS = 10


def _paragraph_end(lines: list[Line], j: int, last: int) -> int:
    while j < last and not lines[j].blank:
        j += 1
    return j


def _without_bullet(line: str) -> str:
    """The line without a list bullet ("• Jo Bloggs (JB) – Lakes Council": a list read from a web page),
    so that an entry behind a bullet reads as the same entry copied without it."""
    bullet = _BULLET.match(line)
    return line[bullet.end():] if bullet else line


def _wrapped_paragraph(text: str, spans: list[tuple[int, int]]) -> bool:
    """A list written as a paragraph over several lines (not one entry per line): a line ends in a
    comma or "and", a parenthesis runs over a line end, or a line holds several "Name (Org)," entries.
    Bullets say otherwise: each bulleted line is one entry, however its post and body are punctuated
    ("- Dr Ann Webb – Place Director (Fell), NHS Lakes ICB")."""
    if len(spans) > 1 and all(_BULLET.match(text, a, b) for a, b in spans):
        return False
    # so do the rows of a table with no header row ("JB | Cllr John Bradshaw | Portfolio Holder, Lakes
    # City Council (CHAIR)"), however their cells are punctuated
    if len(spans) > 1 and all(text.find("|", a, b) >= 0 for a, b in spans):
        return False
    # and so do the rows of a list typed in columns apart by wide gaps ("SH    Sara Hale    Head of
    # Service (Fell), Lakes Council"), whatever brackets and commas their last cell holds
    if len(spans) > 1 and all(len(_gap_pieces(text, a, b)) >= 2 for a, b in spans):
        return False
    if _one_entry_a_line_over_wrapped_brackets(text, spans):
        return False
    for k, (a, b) in enumerate(spans):
        line = text[a:b]
        if line.count("(") != line.count(")"):
            return True
        if k + 1 < len(spans) and _ENDS_OPEN.search(line.rstrip()):
            return True
        # "…, Councillor Ann Webb" over "(Lakes Council) and Jo Hale (…)": the bracket of the line's last
        # name opens the next line
        if k + 1 < len(spans) and text[spans[k + 1][0]:spans[k + 1][1]].lstrip().startswith("("):
            return True
        if _ENTRY_AFTER_BRACKET.search(line) and not name_post_body_line(line) \
                and not _name_initials_then_body_line(line):
            return True
    return False


def _wrapped_brackets_rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a list with a line whose bracket the next line closes joined to it ("K. Webb (Office
    of the Police and Crime Commissioner for" over "Lakeshire and Rutland)"): one span an entry."""
    rows: list[tuple[int, int]] = []
    for a, b in spans:
        if rows and _bracket_left_open(text, *rows[-1]):
            rows[-1] = (rows[-1][0], b)
        else:
            rows.append((a, b))
    return rows


_LEAST_ROWS_OF_A_LIST = 3


def _one_entry_a_line_over_wrapped_brackets(text: str, spans: list[tuple[int, int]]) -> bool:
    """ "Councillor A. Hale (Chairman) (Lakeby Borough Council)" over "Inspector T. Webb (Lakes Police)"
    …: a list one person a line, each line a name closed by its brackets, where a long body's bracket
    wraps onto the next line. The open bracket makes no running paragraph of it: once the wrapped
    brackets are joined, every row is a name then brackets alone, no comma or "and" parting two people."""
    rows = _wrapped_brackets_rejoined(text, spans)
    if len(rows) == len(spans) or len(rows) < _LEAST_ROWS_OF_A_LIST:
        return False
    for a, b in rows:
        row = text[a:b].rstrip(" .")
        if not row.endswith(")") or _bracket_left_open(text, a, b) or _ENTRY_AFTER_BRACKET.search(row) \
                or _AND_AFTER_BRACKET.search(row) or not _NAME_THEN_BRACKETS.fullmatch(row):
            return False
    return True


# a name (capitalised words, initials with stops) then one or more brackets, and nothing else
_NAME_THEN_BRACKETS = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,5}(?:[ \t\n]*\([^()]+\))+")


_NAME_THEN_INITIALS = re.compile(rf"[ \t]*(?P<name>[A-Z][^(),\n\t]{{2,60}}?)[ \t]*\((?P<ini>{_BRACKETED_INITIALS})\)[ \t]*[,–—\t-]")


def _name_initials_then_body_line(line: str) -> bool:
    """ "Sunita Kaur-Blake (SKB), Crown Prosecution Service South East": one attendee a line, the
    initials the minutes will use in brackets after the name, then the body (commas inside it belong
    to the body: "Kent, Surrey and Sussex Community Rehabilitation Company"). A Word table copied as
    text puts a tab there ("Ann Webb (AW)<TAB>Director of Nursing (Fell Place), NHS Lakes ICB"): the
    bracket inside the post opens no second entry."""
    m = _NAME_THEN_INITIALS.match(line)
    return bool(m) and initials_fit(m["name"], m["ini"]) and len(_INITIALS_IN_BRACKETS.findall(line)) == 1


def _post_then_name_across(text: str, merged: list[list[int]], first: int, kind: str
                           ) -> tuple[AttendanceEntry, int] | None:
    """A "Post (Name)" entry spread over pieces first..j of a running list (j the first piece with a
    bracket, at most three pieces on), and the index after it; None when the pieces read otherwise."""
    for j in range(first + 1, min(len(merged), first + 4)):
        if "(" in text[merged[j][0]:merged[j][1]]:
            entry = _post_then_name(text, merged[first][0], merged[j][1], kind)
            return (entry, j + 1) if entry is not None else None
    return None


_LOWER_REMARK = re.compile(r"[ \t]*\([a-z][a-z ]{0,30}\)$")


def _after_list_label(text: str, s: int, e: int) -> int:
    """Where the names start in a running list opened by a label of its own under "Present:"
    ("Members of the Panel: County Councillor A (Chair); …"): the label names a group, nobody in it."""
    ls = _strip_span(text, s, e, " \t\n:-–—")[0]        # (after the "-" of "Present:-")
    lm = _LIST_SUBHEADING.match(text, ls, e)
    if lm is None or not text[lm.end():lm.end() + 1].isspace():
        return s
    after = lm.end() + len(text[lm.end():e]) - len(text[lm.end():e].lstrip(" \t"))
    return after if text[after:after + 1].isupper() else s


def _names_a_body_only(piece: str) -> bool:
    """ "Lakes Fire and Rescue Service", "Adult Social Care (LCC)": a list piece naming a body or a
    department and nobody in it (its brackets, if any, hold no person's name)."""
    piece = piece.strip(" \t\n.,;")
    # "Jo Bloggs – Lakes Council": a dash or a wide gap parts a name from its body; "County Councillor
    # Ann Webb": a personal title inside the piece starts a name
    if _STRONG_NAME_SEP.search(piece) or _title_inside_re().search(piece) or _holds_a_person_in_brackets(piece):
        return False
    bare = _SPACES.sub(" ", _PAREN.sub(" ", piece)).strip()
    return bool(bare) and (looks_like_affiliation(bare) or _is_department(bare))


_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _affiliation_piece(piece: str) -> bool:
    """A comma piece after a name that names a body or a post once its brackets are set aside
    ("Moray Council (Chair)")."""
    return looks_like_affiliation(_PAREN.sub(" ", piece))


# "@Ana Lowe": a person chip of an online editor's meeting notes, copied as an at-sign before the name
_PERSON_MENTION = re.compile(r"@(?=[A-Z])")


def _one_person_per_mention(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The names of a list written as person chips ("**Attendees:** @Jo Hale @Tom Webb"), else None.

    The chips stand side by side with no comma between them, so the list is cut at each at-sign
    (a comma or "and" after a chip, or a bracketed remark, stays with its name and is trimmed by
    the entry's reading). Trusted only when the list opens with a chip."""
    lead = len(text[s:e]) - len(text[s:e].lstrip())
    starts = [m.start() for m in _PERSON_MENTION.finditer(text, s, e)]
    if not starts or starts[0] != s + lead:
        return None
    spans = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else e
        piece = text[a + 1:b].rstrip(" \t\n,;")
        if piece.endswith(" and"):
            piece = piece[:-4].rstrip(" \t,")
        if piece:
            spans.append((a + 1, a + 1 + len(piece)))
    return spans or None


def _one_person_per_semicolon(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The segments of a running list that gives one person between each pair of semicolons, their
    details after commas ("Jo Hale, Moray Council (Chair); Ann Webb, Police Scotland; …"), else None.

    Read at its commas, such a list makes a person of every body the lexicon does not know
    ("Skills Development Scotland"); the semicolons say where each person's details end. The
    convention is trusted when every segment opens with a name, no piece after a comma starts with a
    personal title (then the commas part people: "Cllr A, Cllr B; Officers: …") and most segments
    with commas show a body or post after the name."""
    segments = _top_level_splits(text, s, e, _SEMICOLON)
    if len(segments) < 2:
        return None
    # "…; and Rose Bain, Lakes Transport": the last person after "and"
    segments = [((lead.end() if (lead := _LEADING_AND.match(text, a, b)) else a), b) for a, b in segments]
    with_details = shown = 0
    for a, b in segments:
        if _members_sharing_a_body(text, a, b) is not None:
            with_details += 1
            shown += 1
            continue
        if _opens_with_plural_title(text[a:b]):
            return None
        pieces = [text[pa:pb] for pa, pb in _top_level_splits(text, a, b, _COMMA)]
        if _affiliation_piece(pieces[0]) or _AND_WORD.search(_PAREN.sub(" ", pieces[0]).strip()):
            return None
        if len(pieces) == 1:
            continue
        if any(_titles_re().match(p.strip() + " ") for p in pieces[1:]):
            return None
        with_details += 1
        shown += any(_affiliation_piece(p) for p in pieces[1:])
    return segments if with_details and 2 * shown >= with_details else None


def _members_sharing_a_body(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """ "Councillors Hamish Tate and Cat Dunn, Lakes Council": in a list of one person per semicolon,
    a segment naming two or three people joined by "and" (after a title written once for them, or
    each with their own), then after one comma the body they all come from; the names' spans, else None."""
    from .entities.people import plural_title_end
    pieces = _top_level_splits(text, s, e, _COMMA)
    if len(pieces) != 2 or not _affiliation_piece(text[pieces[1][0]:pieces[1][1]]):
        return None
    ns, ne = pieces[0]
    ns += plural_title_end(text[ns:ne])
    names = _top_level_splits(text, ns, ne, _AND_SPLIT)
    if not 2 <= len(names) <= 3 or any(_affiliation_piece(text[a:b]) or len(text[a:b].split()) > 4
                                         or not text[a:b][:1].isupper() for a, b in names):
        return None
    return names


def _entries_of_person_segment(text: str, s: int, e: int, kind: str) -> list[AttendanceEntry]:
    """The people of one semicolon segment: one, or several sharing the body after the comma."""
    names = _members_sharing_a_body(text, s, e)
    if names is None:
        entry = parse_entry(text, s, e, kind, True)
        return [entry] if entry is not None else []
    last = parse_entry(text, names[-1][0], e, kind, True)        # "Cat Dunn, Lakes Council"
    entries = [entry for a, b in names[:-1] if (entry := parse_entry(text, a, b, kind, True)) is not None]
    for entry in entries:
        if last is not None:
            entry.organisations, entry.role = list(last.organisations), last.role
    return entries + ([last] if last is not None else [])


# "Lisa Crompton (LC) Wirral Council": a name, the initials the minutes use for it, then the body
_NAME_INITIALS_BODY = re.compile(r"[ \t\n]*(?P<name>[A-Z][^(),\n]{2,60}?)[ \t]*\((?P<ini>[A-Z]{2,4})\)[ \t]+[A-Z][^()\n]*")


def _one_person_per_comma_with_initials(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The pieces of a running list whose every comma closes one person given as "Name (INITIALS) Body
    [– Role]" ("Lisa Crompton (LC) Wirral Council, Dr Ann Webb (AW) NHS Lakes and Fellside – Chair"),
    else None: read at "and" too, such a list would cut a body's name in two."""
    pieces = _top_level_splits(text, s, e, _COMMA)
    if len(pieces) < 2:
        return None
    for a, b in pieces:
        m = _NAME_INITIALS_BODY.fullmatch(text, a, b)
        if m is None or not _initials_end_the_name(m["name"].strip(), m["ini"]):
            return None
    return pieces


# "(both Police Scotland)", "(all Renfrewshire Council)": one bracket giving the body of several people
_SHARED_BRACKET = re.compile(r"[ \t\n]*\((?P<scope>both|all)[ \t\n]+(?:of[ \t\n]+)?(?P<body>[A-Z][^()]*)\)[ \t\n.]*$")
_LEADING_AND = re.compile(r"[ \t\n]*and[ \t\n]+")
_AND_SPLIT = re.compile(r"[ \t\n]+and[ \t\n]+")


def _people_under_shared_brackets(text: str, s: int, e: int, kind: str) -> list[AttendanceEntry] | None:
    """A semicolon list naming a person, their post after a comma, and a shared bracket for several
    ("D Reilly, Head of Roads; and L Baird, Committee Services Officer (all Lakes Council); Chief
    Inspector R Haddow and Inspector P Coia (both Police Scotland)"), else None. The semicolons part
    people, an "and" parts two in a segment with no post; "(both …)" gives its segment's people their
    body, "(all …)" every person since the last such bracket. Read at commas and "and", the posts'
    own words ("Public Protection and Roads") would be people."""
    segments = _top_level_splits(text, s, e, _SEMICOLON)
    if len(segments) < 2 or not any(_SHARED_BRACKET.search(text, a, b) for a, b in segments):
        return None
    entries: list[AttendanceEntry] = []
    since = 0           # the first person no "(all …)" bracket has reached yet
    for a, b in segments:
        lead = _LEADING_AND.match(text, a, b)
        a = lead.end() if lead else a
        shared = _SHARED_BRACKET.search(text, a, b)
        end = shared.start() if shared else b
        people = [(a, end)] if "," in text[a:end] else _top_level_splits(text, a, end, _AND_SPLIT)
        segment_start = len(entries)
        entries.extend(entry for pa, pb in people if (entry := parse_entry(text, pa, pb, kind, True)) is not None)
        if len(people) == 1 and len(entries) > segment_start and "," in text[a:end]:
            # "D Reilly, Head of Climate, Public Protection and Roads": all after the name is the post
            # (the body is the bracket's)
            entry = entries[-1]
            entry.role = _SPACES.sub(" ", text[a:end].split(",", 1)[1]).strip(" .")
            entry.organisations = []
        if shared is None:
            continue
        body = _SPACES.sub(" ", shared["body"]).strip()
        for entry in entries[segment_start if shared["scope"] == "both" else since:]:
            if not entry.organisations:
                entry.organisations = [body]
        since = len(entries)
    return entries


def _paragraph_entries(text: str, s: int, e: int, kind: str) -> list[AttendanceEntry]:
    """Entries of a list written as running text: split at commas/"and" outside parentheses; a piece
    naming a body or a job joins the person before it ("Jo Hawkins, Medway Council")."""
    entries: list[AttendanceEntry] = []
    s = _after_list_label(text, s, e)
    shared = _people_under_shared_brackets(text, s, e, kind)
    if shared is not None:
        return shared
    per_person = _one_person_per_semicolon(text, s, e)
    if per_person is not None:
        return [entry for a, b in per_person for entry in _entries_of_person_segment(text, a, b, kind)]
    per_person = _one_person_per_comma_with_initials(text, s, e)
    if per_person is not None:
        return [entry for a, b in per_person if (entry := parse_entry(text, a, b, kind, True)) is not None]
    per_person = _one_person_per_mention(text, s, e)
    if per_person is not None:
        return [entry for a, b in per_person if (entry := parse_entry(text, a, b, kind, True)) is not None]
    pieces = _top_level_splits(text, s, e, _ENTRY_SEPS)
    merged: list[list[int]] = []
    for ps, pe in pieces:
        piece = text[ps:pe]
        # "Kent and Medway ICB" was cut at "and": glue a body-like piece back onto the word before it
        joined_by_and = merged and _AND_BETWEEN.fullmatch(text[merged[-1][1]:ps])
        if joined_by_and and looks_like_affiliation(piece) and "(" not in text[merged[-1][0]:merged[-1][1]]:
            merged[-1][1] = pe
        else:
            merged.append([ps, pe])
    if all(_names_a_body_only(text[ps:pe]) for ps, pe in merged):
        return entries
    # the affiliation pieces after a name are read together ("Colm Fegan, PCSP Manager, Lakes City
    # Council": the post is "PCSP Manager" because the council is named beside it)
    pending: list[str] = []
    k = 0
    while k < len(merged):
        ps, pe = merged[k]
        k += 1
        piece = text[ps:pe].strip(" \t\n.,;")
        # "Chief Executive, OPFCC (Ms Sarah Hill)", "Police, Fire and Crime Commissioner (Mr Peter Stone)":
        # a post or body cut at its commas, its holder in the brackets of a later piece
        if "(" not in piece and looks_like_affiliation(piece):
            post_first = _post_then_name_across(text, merged, k - 1, kind)
            if post_first is not None:
                entry, k = post_first
                if pending:
                    _attach_affiliation(entries[-1], ", ".join(pending))
                    pending = []
                entries.append(entry)
                continue
        # "ALSO PRESENT: The Police and Crime Commissioner, Mr R Fenwick (…)": an office named without
        # its holder's name is nobody the list can name
        # (a capital "The": "Jo Bloggs, the Chair" names Jo Bloggs's role)
        if piece.startswith("The ") and "(" not in piece and (job_re().search(piece) or is_office_holder_body(piece)):
            continue
        if entries and looks_like_affiliation(piece):
            pending.append(_SPACES.sub(" ", piece))
            continue
        # "Kirsty Lamb (KL), Thanet District Council (minutes)": a body with a lowercase remark after it
        remark = _LOWER_REMARK.search(piece) if entries and piece.endswith(")") else None
        if remark and looks_like_affiliation(piece[:remark.start()]):
            pending.append(_SPACES.sub(" ", piece[:remark.start()]))
            continue
        if pending:
            _attach_affiliation(entries[-1], ", ".join(pending))
            pending = []
        # "Lucy Kimber – Service Manager, RISE": a spaced dash ends the name as in a one-per-line list
        dashed = _SPACED_DASH.search(piece.split("(", 1)[0]) is not None
        entry = parse_entry(text, ps, pe, kind, dashed)
        if entry:
            entries.append(entry)
    if pending:
        _attach_affiliation(entries[-1], ", ".join(pending))
    return entries


_COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")


def _starts_a_person(piece: str) -> bool:
    """The right-hand column of a two-column list starts another person: a title ("Inspector Ann
    Webb (Lakes Police)") or a name with its own bracket ("Ann Webb (Lakes Police)")."""
    if not piece[:1].isupper():
        return False
    if _titles_re().match(piece):
        return True
    name = piece.split("(", 1)[0].strip()
    return "(" in piece and piece.endswith(")") and 2 <= len(name.split()) <= 5 and not looks_like_affiliation(name)


def column_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """ "Cllr Ann Webb (Lakes BC)      Inspector Tom Hale (Lakes Police)": a printed two-column list,
    split where a wide gap follows a closing bracket and another person starts; any other line whole.
    ("Cllr Ann Webb – Lakes BC        Tom Hale – Lakes Police": each column "name – body", the gap
    parts two people whose bodies follow a spaced dash.)"""
    if ")" not in text[a:b] and not _SPACED_DASH.search(text, a, b):
        return [(a, b)]
    spans = []
    start = a
    for m in _COLUMN_GAP.finditer(text, a, b):
        left = text[start:m.start()].rstrip()
        right = text[m.end():min(b, m.end() + 200)].split("   ", 1)[0].strip()
        if (left.endswith(")") and "(" in left and _starts_a_person(right) or _name_dash_body_columns(left, right)) \
                and not _initials_then_body_column(left, right):
            spans.append((start, m.start()))
            start = m.end()
    spans.append((start, b))
    return spans


def _name_dash_body_columns(left: str, right: str) -> bool:
    """ "Jo Bloggs – Lakes Council" beside "Insp Tom Hale – Lakes Police": both columns a name (a title
    or two to five capitalised words, brackets aside) before a spaced dash and a body."""
    return all(_name_before_dash(piece) for piece in (left, right))


def _name_before_dash(piece: str) -> bool:
    parts = _SPACED_DASH_SPLIT.split(piece, 1)
    if len(parts) < 2 or not parts[1][:1].isupper():
        return False
    name = _PAREN.sub("", parts[0]).strip()
    if _titles_re().match(name):
        return True
    words = name.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and not looks_like_affiliation(name)


def _initials_then_body_column(left: str, right: str) -> bool:
    """ "Cllr Ann Webb     (AW)    Lakes MBC (Chair)": typed minutes set the name, its initials in
    brackets and the body in columns; after a name closed by its own initials the next column is its
    body (a second person in the row would carry initials of their own)."""
    ini = _TRAILING_INITIALS.search(left)
    return ini is not None and initials_fit(left[:ini.start()].strip(), ini["ini"]) \
        and not _INITIALS_IN_BRACKETS.search(right)


# how far (in characters) a piece of a row may start left of its column's label and still fall under it
_COLUMN_SLACK = 3


_CELL_ALIGN_SLACK = 2


def _under_the_second_cell(text: str, above: Line, ln: Line) -> bool:
    """ "Cllr A Brown        Cabinet Member for Health, Lakes" over "                    County Council": a
    line indented to where the second cell of the two-cell line above starts carries that cell on."""
    pieces = _gap_pieces(text, above.cs, above.ce)
    if len(pieces) != 2 or ln.cs - ln.start <= above.cs - above.start:
        return False
    return abs((pieces[1][0] - above.start) - (ln.cs - ln.start)) <= _CELL_ALIGN_SLACK


def _bracket_left_open(text: str, a: int, b: int) -> bool:
    """ "…, Kit Stanley (Head": the line stops inside a bracket, which the next line closes."""
    return text.count("(", a, b) > text.count(")", a, b)


def _column_header(text: str, ln: Line) -> list[tuple[int, str]] | None:
    """ "Attendees            Apologies": list labels side by side, apart by a wide gap, head a list
    printed in columns; (offset of the label in its line, list kind) for each column."""
    if ln.blank or not _COLUMN_GAP.search(text, ln.cs, ln.ce):
        return None
    columns = []
    for a, b in _gap_pieces(text, ln.cs, ln.ce):
        label = _SPACES.sub(" ", text[a:b].strip(" \t:*_")).lower()
        if label not in _LIST_KIND or label.startswith("chair"):
            return None
        columns.append((a - ln.start, _LIST_KIND[label]))
    return columns if len(columns) >= 2 else None


def _body_column_heads(text: str, ln: Line) -> list[str] | None:
    """ "Lakes District Council<TAB>Fellside Borough Council": the header row of a members' table whose
    every cell (two or more) names a body; the body of each column."""
    if ln.blank or "\t" not in text[ln.cs:ln.ce] and not _COLUMN_GAP.search(text, ln.cs, ln.ce):
        return None
    heads = []
    for a, b in _cells(text, ln.cs, ln.ce) if "\t" in text[ln.cs:ln.ce] else _gap_pieces(text, ln.cs, ln.ce):
        cell = text[a:b].strip(" |*_")
        body = _group_body(cell) if _group_heading(cell) else None
        if body is None:
            return None
        heads.append(body)
    return heads if len(heads) >= 2 else None


def _body_column_entries(text: str, rows: list[Line], heads: list[str], kind: str) -> list[AttendanceEntry]:
    """The members of a table headed by bodies, column by column; a row's cells are set to the columns
    by position (a short row leaves the last columns empty), each member given the body heading it."""
    by_column: list[list[AttendanceEntry]] = [[] for _ in heads]
    for ln in rows:
        cells = _cells(text, ln.cs, ln.ce, keep_empty=True) if "\t" in text[ln.cs:ln.ce] else _gap_pieces(text, ln.cs, ln.ce)
        for k, (a, b) in enumerate(cells[:len(heads)]):
            entry = parse_entry(text, a, b, kind, True)
            if entry:
                if not entry.organisations:
                    entry.organisations = [heads[k]]
                by_column[k].append(entry)
    return [entry for column in by_column for entry in column]


def _gap_pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The pieces of text[a:b] between wide gaps (three spaces or more, tabs)."""
    pieces, pos = [], a
    for m in [*_COLUMN_GAP.finditer(text, a, b), None]:
        end = m.start() if m else b
        if end > pos:
            pieces.append((pos, end))
        pos = m.end() if m else b
    return pieces


def _column_list_entries(text: str, rows: list[Line], columns: list[tuple[int, str]]) -> list[AttendanceEntry]:
    """The entries of a list printed in columns, column by column, each of the kind its label gives."""
    by_column: list[list[AttendanceEntry]] = [[] for _ in columns]
    for ln in rows:
        for a, b in _gap_pieces(text, ln.cs, ln.ce):
            k = max((k for k, (offset, _) in enumerate(columns) if a - ln.start >= offset - _COLUMN_SLACK), default=0)
            entry = parse_entry(text, a, b, columns[k][1], True)
            if entry:
                by_column[k].append(entry)
    return [entry for column in by_column for entry in column]


# the first cell of a line in a label column: "ALSO<TAB>Name …" over "ATTENDING:<TAB>Name …"
_LABEL_CELL = re.compile(r"(?P<word>[A-Za-z][A-Za-z-]*)(?P<colon>[ \t]*:)?\t+(?=\S)")


def _label_over_two_lines(text: str, lines: list[Line], i: int, last: int) -> tuple[str, int, int] | None:
    """A label column whose label wraps ("ALSO" over "ATTENDING:", each followed by a tab and a name):
    (the list's kind, where the first line's name starts, where the second line's name starts)."""
    if i + 1 >= last or lines[i].blank or lines[i + 1].blank:
        return None
    top = _LABEL_CELL.match(text, lines[i].cs, lines[i].ce)
    below = _LABEL_CELL.match(text, lines[i + 1].cs, lines[i + 1].ce)
    if top is None or below is None or top["colon"] or not below["colon"]:
        return None
    label = f"{top['word']} {below['word']}".lower()
    kind = _LIST_KIND.get(label) or _TWO_LINE_LABELS.get(label)
    return (kind, top.end(), below.end()) if kind else None


_TWO_LINE_LABELS = {"also attending": "also_present", "in attendance": "in_attendance", "also present": "also_present"}


# the most words of a list's sub-heading ("Political Members:"); a longer label is no group's heading
_MOST_LIST_SUBHEADING_WORDS = 4


def _opens_another_list_section(lines: list[Line], j: int, content: str) -> bool:
    """ "Apologies:" over one name a line, a blank line, then "Papers circulated with the agenda:" over
    the papers one a line: a label of several words after a blank line (no group's short heading, which
    is read before this) opens the next part of the page, not another name of the list."""
    return j > 0 and lines[j - 1].blank and content.endswith(":") \
        and len(content.split()) > _MOST_LIST_SUBHEADING_WORDS


def read_attendance(text: str, lines: list[Line], first: int, last: int) -> list[AttendanceEntry]:
    """Attendance lists between lines[first:last]: labelled paragraphs, one-name-per-line lists, tables."""
    entries: list[AttendanceEntry] = []
    paragraph_blocks: list[tuple[int, int]] = []
    group_blocks: list[tuple[int, int, str | None]] = []     # members of a group, the body they come from
    grouped_lines: list[tuple[int, int, str]] = []           # one-a-line entries under a body's heading
    blocks_read = False
    columns_above: list[str] | None = None     # the columns of the last table header read
    block_starts: list[int] = []                # where each label's entries start
    i = first
    while i < last:
        ln = lines[i]
        columns = _column_header(text, ln)
        if columns:
            j = i + 1
            while j < last and not lines[j].blank and not _label_match(text, lines[j]):
                j += 1
            entries.extend(_column_list_entries(text, lines[i + 1:j], columns))
            i = j
            continue
        m = None if ln.blank else _label_match(text, ln)
        wrapped_label = None if m else _label_over_two_lines(text, lines, i, last)
        if wrapped_label is not None:
            kind, first_name, second_name = wrapped_label
            spans = [(first_name, ln.ce), (second_name, lines[i + 1].ce)]
            j = i + 2
            while j < last and not lines[j].blank and not _label_match(text, lines[j]):
                spans.append((lines[j].cs, lines[j].ce))
                j += 1
            block_starts.append(len(entries))
            entries.extend(entry for a, b in spans if (entry := parse_entry(text, a, b, kind, True)))
            i = j
            continue
        if not m:
            i += 1
            continue
        block_starts.append(len(entries))
        label_words = _SPACES.sub(" ", m["label"].lower())
        kind = _LIST_KIND.get(label_words, "in_attendance" if label_words.endswith(" in attendance")
                              else "officers" if label_words.endswith(" officers") else "present")
        if m.re is _MINUTE_TAKER_LINE:
            kind = "in_attendance"      # who took the minutes was there
        chair_label = m.re is _CHAIR_LABEL
        content_spans: list[tuple[int, int]] = []
        if chair_label:
            entries.extend(_chair_line_entries(text, m, ln))
            i += 1
            continue
        if m.re is _MINUTE_TAKER_LINE:      # one person named after the label
            named = _paragraph_entries(text, m.end(), ln.ce, kind)[:1]
            for entry in named:
                entry.role = entry.role or "Minute Taker"
            entries.extend(named)
            i += 1
            continue
        content_start = _label_content_start(text, m, ln)
        if label_words in _ONE_PERSON_LABELS:
            # "Decision Maker: Councillor A, Cabinet Member for …": one person and post; the header's
            # other fields follow on the next lines
            entry = parse_entry(text, content_start, ln.ce, kind, True)
            entries.extend([entry] if entry else [])
            i += 1
            continue
        if text[content_start:ln.ce].strip():
            content_spans.append((content_start, ln.ce))
            j = i + 1
            while j < last and (not lines[j].blank or _list_goes_on_past_blank(text, lines, j, last)
                                or _entry_paragraph_past_blank(text, lines, j, last)) \
                    and not _label_match(text, lines[j]) \
                    and not _opens_another_field(text, lines[j]) and _label_over_two_lines(text, lines, j, last) is None:
                # (a Word table copied as text has no blank line before "ALSO" over "ATTENDING:")
                if lines[j].blank:
                    j += 1
                    continue
                group_label = _group_line_label(text, lines[j].cs, lines[j].ce)
                if group_label is not None:
                    # "Officers: A (…), B (…)" over "Lakes Police: Inspector C (…)": a body's own line of members
                    group_blocks.append((group_label[1], lines[j].ce, _group_body(text[group_label[0]:group_label[1]])))
                elif _opens_with_plural_title(lines[j].content(text)):
                    # "PRESENT:  Councillor A (Chairman)" over "Councillors B, C and D": a title written once
                    # for several members opens a running list of them, no name and bracket
                    paragraph_blocks.append((lines[j].cs, lines[j].ce))
                else:
                    content_spans.append((lines[j].cs, lines[j].ce))
                j += 1
            below = _members_paragraph_below(text, lines, j, last) if len(content_spans) == 1 else None
            if below is not None:
                # "Present: Mr A Brand (Chairman)", a blank line, one paragraph naming the other members
                paragraph_blocks.append(below)
                j = _paragraph_end(lines, _next_nonblank(lines, j - 1) or j, last)
        else:
            j = i + 1
            group: str | None | bool = False        # the body (or None) of the group heading above, once one is read
            line_group: str | None | bool = False   # the body (or None) heading the one-a-line entries below it
            while j < last:
                lj = lines[j]
                if lj.blank:
                    j += 1
                    continue
                content = lj.content(text)
                chair = _CHAIR_LABEL.match(text, lj.cs, lj.ce) if not content_spans else None
                if chair is not None:
                    # "PRESENT:" over "Chair - Councillor A" and "Vice-Chair - Councillor B": who chaired heads
                    # the list, the other members follow
                    entries.extend(_chair_line_entries(text, chair, lj))
                    j += 1
                    continue
                if content_spans and lines[j - 1].blank and _SEPARATOR_RULE.fullmatch(content):
                    break      # a rule of dashes after a blank line closes the list (a page's footer follows)
                if _TABLE_RULE.fullmatch(content):      # "|---|---|" under a table header
                    j += 1
                    continue
                body_columns = None if content_spans else _body_column_heads(text, lj)
                if body_columns is not None:
                    # "Lakes Council<TAB>Fellside Council" over rows of one member a column: each sits for
                    # the body heading the column
                    end = _paragraph_end(lines, j + 1, last)
                    entries.extend(_body_column_entries(text, lines[j + 1:end], body_columns, kind))
                    j = end
                    continue
                if (_LIST_SUBHEADING.fullmatch(content) or _group_heading(content) and _members_below(text, lines, j, last)) \
                        and not _label_match(text, lj):
                    # "Political Members:", "Coventry City Council" (a web page's heading) group the names below;
                    # "LEISGEULAN / APOLOGIES" in capitals is the next list's label, no group's heading
                    group = _group_body(content)
                    j += 1
                    continue
                heading = None if (content_spans and line_group is False) or _label_match(text, lj) \
                    else _heading_over_people(text, lines, j, last, first=not content_spans)
                if heading is not None:
                    line_group = heading[0]
                    j += 1
                    continue
                party_members = None if _label_match(text, lj) else _political_group_label(text, lj.cs, lj.ce)
                if party_members is not None:
                    group_blocks.append((party_members, lj.ce, None))
                    j += 1
                    continue
                group_label = None if _label_match(text, lj) else \
                    _group_line_label(text, lj.cs, lj.ce, among_groups=bool(group_blocks))
                if group_label is not None:
                    # "Lakes City Council: Cllr A (Chair), Cllr B": one line a group, the body before the colon
                    group_blocks.append((group_label[1], lj.ce, _group_body(text[group_label[0]:group_label[1]])))
                    j += 1
                    continue
                if (group_blocks or group is not False) and _names_members(content) and not _label_match(text, lj) \
                        and not name_post_body_line(content):
                    # the members' paragraph under a group's heading; more groups may follow ("Partners:" over
                    # "Name, Post, Body" lines is one attendee a line, read below)
                    end = _paragraph_end(lines, j, last)
                    group_blocks.append((lj.cs, lines[end - 1].ce, group or None))
                    j = end
                    continue
                if not content_spans and not _looks_like_entry_line(content) \
                        and (_running_list(content) or _members_paragraph(content) and _opens_with_a_name(content)) \
                        and not _label_match(text, lj):    # "Apologies" above "Apologies were received from …"
                    # "Present:" above one paragraph: "Councillors A, B (Chair), C and D; …"
                    while j < last and not lines[j].blank:
                        content_spans.append((lines[j].cs, lines[j].ce))
                        j += 1
                    content_spans = [(content_spans[0][0], content_spans[-1][1])]
                    break
                if content_spans and _opens_with_plural_title(content) and not _label_match(text, lj):
                    # "Councillor A (Chair)", "Councillor B (Vice-Chair)", then "Councillors C, D and E" on the
                    # next line: a title written once for several members opens a running list of them
                    j = _paragraph_end(lines, j, last)
                    paragraph_blocks.append((lj.cs, lines[j - 1].ce))
                    continue
                if content_spans and lines[j - 1].blank and not _looks_like_entry_line(content) \
                        and _members_paragraph(content) and _opens_with_a_name(content) and not _label_match(text, lj):
                    # "Councillor A (Org) (in the Chair)", a blank line, one paragraph naming the other members
                    j = _paragraph_end(lines, j, last)
                    paragraph_blocks.append((lj.cs, lines[j - 1].ce))
                    continue
                if content_spans and columns_above and "\t" in content and not lines[j - 1].blank \
                        and 0 < text.count("\t", *content_spans[-1]) < len(columns_above) - 1:
                    # "Jo Hale<TAB>Independent Reviewer (item" over "4)<TAB>Lakes Consulting": a row of a
                    # tab table whose middle cell wrapped goes on (see _rows_wrapped_over_lines)
                    content_spans.append((lj.cs, lj.ce))
                    j += 1
                    continue
                if content_spans and not lines[j - 1].blank and (
                        _under_the_second_cell(text, lines[j - 1], lj)
                        or _bracket_left_open(text, content_spans[0][0], lines[j - 1].ce)):
                    # "Cllr A Brown        Cabinet Member for …, Lakes" over "      for district councils": the
                    # second cell wrapped under its own column; "…, Chief Fire Officer Jo Hale (Lakes Fire"
                    # over "and Rescue Service), Ann Webb (…)": a bracket opened above and not yet closed
                    # goes on, whatever word this line starts with
                    content_spans.append((lj.cs, lj.ce))
                    j += 1
                    continue
                if content_spans and not lines[j - 1].blank and content.startswith("("):
                    # "…, Councillor Ann Webb" over "(Lakes Council) and Jo Hale (…).": the line goes on with
                    # the bracket of the name that closes the line above
                    content_spans.append((lj.cs, lj.ce))
                    j += 1
                    continue
                if _label_match(text, lj) or lj.heading or not _looks_like_entry_line(content) or ends_a_list(content) or \
                        _shouted_section_heading(content) or _opens_another_list_section(lines, j, content) or \
                        _action_column_head(text, lj) or _CHAIR_HEADING.fullmatch(content) or \
                        _HEADING_A.fullmatch(content) and not content[:1].isupper():
                    break
                content_spans.append((lj.cs, lj.ce))
                if line_group:
                    grouped_lines.append((lj.cs, lj.ce, line_group))
                j += 1
        i = max(j, i + 1)
        for a, b, body in group_blocks:
            blocks_read = True
            for entry in _paragraph_entries(text, a, b, kind):
                if body and not entry.organisations:
                    entry.organisations = [body]
                entries.append(entry)
        group_blocks.clear()
        for a, b in paragraph_blocks:
            blocks_read = True
            entries.extend(_paragraph_entries(text, a, b, kind))
        paragraph_blocks.clear()
        if not content_spans:
            continue
        # a tab table whose cells wrap over lines: its rows, read under the table's columns below
        tab_rows = _rows_wrapped_over_lines(text, content_spans, columns_above)
        wrapped_table, content_spans = tab_rows is not content_spans, tab_rows
        column_rows = None if wrapped_table or _columns_going_on(text, content_spans, columns_above) \
            else _two_column_rows(text, content_spans)
        if column_rows is not None:
            for (pa, pb), note in column_rows:
                entry = parse_entry(text, pa, pb, kind, True)
                if entry:
                    note(entry)
                    entries.append(entry)
            continue
        if not wrapped_table and len(content_spans) == 1 and not m.groupdict().get("tail") \
                and _one_name_and_post(text, *content_spans[0]):
            # "Also in attendance:" over "Councillor A – Cabinet Member for Communities and Public
            # Protection": one attendee, the "and" inside the post joins no second name
            entry = parse_entry(text, *content_spans[0], kind, True)
            if entry:
                entries.append(entry)
            continue
        rows = None if wrapped_table else _one_attendee_a_line(text, content_spans)
        if rows is not None:
            # one attendee a line, its long lines wrapped onto lines of their own: each row one entry
            # (read whole: the indent of a wrapped line is no gap between columns)
            entries.extend(entry for a, b in rows if (entry := parse_entry(text, a, b, kind, True)))
            continue
        # ("Apologies were received from A and B" is a sentence, however its lines wrap)
        if not wrapped_table and (len(content_spans) == 1 or m.groupdict().get("tail")
                                  or _wrapped_paragraph(text, content_spans)) \
                and not _columns_going_on(text, content_spans, columns_above):
            list_end = content_spans[-1][1]
            if m.groupdict().get("tail"):
                # "… from Cllr A Hale (work). It was proposed by Cllr B and RESOLVED that …": the
                # sentence's full stop ends the list; the next sentence names nobody absent
                list_end = _sentence_end(text, content_spans[0][0], list_end)
            entries.extend(_paragraph_entries(text, content_spans[0][0], list_end, kind))
            continue
        columns: list[str] | None = _columns_going_on(text, content_spans, columns_above)
        content_spans, affiliations = _cells_one_a_line(text, content_spans)
        content_spans = _rows_wrapped_over_lines(text, content_spans, columns)
        for k, (a, b) in enumerate(content_spans):
            if (a, b) in affiliations:
                # a table copied one cell a line: the name line, then the line(s) of its post and body
                entry = parse_entry(text, a, b, kind, True)
                if entry:
                    for fa, fb in affiliations[(a, b)]:
                        _attach_affiliation(entry, _affiliation_line(text[fa:fb]))
                    entries.append(entry)
                continue
            header = _table_header(text, a, b)
            if header is not None:
                columns = columns_above = header
                continue
            if k + 1 < len(content_spans) and _table_header(text, *content_spans[k + 1]) is not None:
                continue    # "Non-voting/advisers" over its own "Name | Organisation" header: the table's title
            if columns and _MARKS_KEY_LINE.match(text, a, b):
                continue    # "Key: ✓ present, A apologies": the legend of the table's marks, nobody
            entry = _table_row_entry(text, a, b, kind, columns) if columns else None
            if entry is not None:
                entries.append(entry)
                substitute = _substitute_entry(text, a, b, columns, entry)
                if substitute is not None:
                    entries.append(substitute)
                continue
            grouped = _group_line_entries(text, a, b, kind)
            if grouped:
                entries.extend(grouped)
                continue
            for ca, cb in column_spans(text, a, b):      # a printed two-column list: a person a column
                for pa, pb in _entries_on_one_line(text, ca, cb):
                    entry = parse_entry(text, pa, pb, kind, True)
                    if entry:
                        entries.append(entry)
    for entry in entries:
        group = next((body for a, b, body in grouped_lines if a <= entry.span.start < b), None)
        if group is not None:
            # the heading names the member's body; a second column names a team of it ("Rural Engagement
            # Team") or just where or what they cover ("Maldon town", "Street Scene Enforcement")
            entry.organisations = [group] + [o for o in entry.organisations if o != group and _ends_like_a_body(o)]
    for a, b in zip(block_starts, [*block_starts[1:], len(entries)]):
        _names_after_places(text, entries[a:b])
    if blocks_read:     # a members' paragraph was read before the lines above it
        entries.sort(key=lambda entry: entry.span.start)
    return entries


_DASH_BETWEEN = re.compile(r"[ \t]+[-–—][ \t]+")
# the legend under an attendance table's marks: "Key: ✓ present, A apologies, S substitute"
_MARKS_KEY_LINE = re.compile(r"[ \t*_]*(?:Key|KEY)[ \t*_]*[:–—-]")


def _after_dash(text: str, entry: AttendanceEntry) -> tuple[int, int] | None:
    """The span of what an entry's line says after the dash of "Left – Right", up to a bracket
    ("(Young Mayor's Advisor)"), or None when no dash parts the line."""
    if not entry.as_written:
        return None
    dash = _DASH_BETWEEN.match(text, entry.span.end)
    if dash is None or not text.startswith(entry.as_written, dash.end()):
        return None
    s = dash.end()
    return s, s + len(entry.as_written.split("(", 1)[0].rstrip())


def _names_someone(phrase: str) -> bool:
    """ "Yvette Cole", "Dr Bev Nash": the side of a dash that can be a person; a one-word place
    ("Fellside") or a body ("Lakeby Independent Advisory Group", "Victim Support") cannot."""
    return _is_bracketed_person(phrase)


def _names_after_places(text: str, block: list[AttendanceEntry]) -> None:
    """ "Fellside – Yvette Cole", "Lakeby South – Ann Moss": a list whose lines name the ward
    or the body first and the person after the dash. Two capitalised words on the left may be a
    name or a place, so the list decides: when some line's left side can be nobody's name and its
    right side is a person's, and every dashed line has a person on the right, they are written that
    way round."""
    dashed = [(entry, span) for entry in block if (span := _after_dash(text, entry)) is not None]
    # every dashed line must have a person on the right: "Mike – Orbit Housing" among "Tom – Kent
    # Police" lines is a first name and a body
    if not dashed or not all(_names_someone(text[s:e]) for _, (s, e) in dashed):
        return
    if not any(not _names_someone(entry.name) for entry, _ in dashed):
        return
    for entry, (s, e) in dashed:
        place = entry.name
        bracket = entry.as_written[e - s:].strip(" \t()") if entry.as_written else ""
        orgs, role = analyse_affiliation(bracket) if bracket else ([], None)
        if _is_body_name(place) or looks_like_affiliation(place):
            orgs = [place, *orgs]
        entry.as_written = _SPACES.sub(" ", text[entry.span.start:s + len(entry.as_written)])
        entry.name, entry.span = _SPACES.sub(" ", text[s:e]), Span(s, e)
        entry.organisations, entry.role = orgs, role


def _chair_line_entries(text: str, m: re.Match, ln: Line) -> list[AttendanceEntry]:
    """ "Chair - Councillor Ann Webb", "Vice-Chair: Cllr Tom Hale": the one person named after a chair's
    label, present, the label's office their role."""
    label = _SPACES.sub(" ", m["label"])
    shared = re.match(r"(?:joint|co)[ -]?chairs?$", label, re.IGNORECASE)
    # joint chairs: each person the line names ("Cllr A (…) and Cllr B (…)"), a Joint Chair
    named = _paragraph_entries(text, m.end(), ln.ce, "present")[:None if shared else 1]
    if label.lower().startswith("in the "):
        label = label[len("in the "):]
    role = "Joint Chair" if shared else "Chair" if label.lower().startswith("chair") else _role_label(label)
    for entry in named:
        entry.role = role
    return named


_FULL_STOP_THEN_SENTENCE = re.compile(r"\.[ \t\n]+(?=[A-Z])")
_WORD_BEFORE = re.compile(r"[\w'’]+$")


def _sentence_end(text: str, s: int, e: int) -> int:
    """Where the sentence starting at ``s`` ends (at its full stop), or ``e``: a stop after an
    initial ("Cllr M. Hale") or a title ("Dr. Webb") ends no sentence."""
    for m in _FULL_STOP_THEN_SENTENCE.finditer(text, s, e):
        word = _WORD_BEFORE.search(text, max(s, m.start() - 40), m.start())
        if word is None or len(word.group(0)) > 1 and word.group(0).lower() not in terms()["personal_titles"]:
            return m.start()
    return e


def _columns_going_on(text: str, spans: list[tuple[int, int]], columns_above: list[str] | None) -> list[str] | None:
    """The columns of the table above when a later list, printed without a header row of its own
    ("In attendance:" under the "Present:" table), has rows of as many cells; else None."""
    if not columns_above or not all(len(_row_cells_under(text, a, b, columns_above)) == len(columns_above)
                                    for a, b in spans):
        return None
    return columns_above


def _group_heading(content: str) -> bool:
    """ "Coventry City Council", "Co-opted Members", "Lakes MBC:": a short line naming the body or the group
    the members below (or after its colon) come from; it names nobody."""
    phrase = _label_phrase(content)
    words = phrase.split()
    if not words or len(words) > 6 or re.search(r"[(),;|\t]", phrase) or _titles_re().match(phrase + " ") \
            or _title_inside_re().search(phrase) or not phrase[:1].isupper():
        return False
    if words[-1].lower() in terms()["attendance_group_words"]:
        return True
    return _group_body(phrase) is not None


def _group_body(phrase: str) -> str | None:
    """The body a group heading names ("Solihull MBC"), or None for a group of no body ("Co-opted Members")."""
    from .entities.gazetteer import organisations
    phrase = _label_phrase(phrase)
    if not phrase or phrase.split()[-1].lower() in terms()["attendance_group_words"] or _is_post(phrase) \
            or _is_department(phrase):
        return None
    return phrase if _ends_like_a_body(phrase) or organisations().lookup(phrase) is not None else None


# (a Markdown export sets the label in bold: "**Lakes City Council:** Cllr Ann Webb (Chair)")
_GROUP_LINE_LABEL = re.compile(r"(?P<bold>\*\*|__)?[A-Z][^:\n()|\t*]{1,60}?[ \t]*(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(?=[A-Z])")


def _label_phrase(content: str) -> str:
    """A label's words without its bullet, its bold markers and its colon ("**Lakes Council:**")."""
    return _without_bullet(content).strip().strip("*_").strip().rstrip(":").strip().strip("*_").strip()


def _group_line_label(text: str, a: int, b: int, among_groups: bool = False) -> tuple[int, int] | None:
    """ "Lakes City Council: Cllr Ann Webb (Chair), Cllr Tom Hale": the span of the group's label and
    where its members start, when the label names a body and names follow it. One bare name after the
    label ("Lakes Homes: Jo Bloggs") is a group's line only when the label is set in bold or the lines
    above are such groups' lines: alone, "Venue: …" and other header fields read so too."""
    bullet = _BULLET.match(text, a, b)
    ls = bullet.end() if bullet else a
    lm = _GROUP_LINE_LABEL.match(text, ls, b)
    # (a plural post, "Ward councillors: A (Hillside), B", is read with its members as their post)
    if lm is None or not _group_heading(text[ls:lm.end()]) or _group_body(text[ls:lm.end()]) is None:
        return None
    rest = text[lm.end():b]
    if not _opens_with_a_name(rest) or not ("(" in rest or "," in rest or lm["bold"] or among_groups):
        return None
    return ls, lm.end()


def _political_group_label(text: str, a: int, b: int) -> int | None:
    """ "Conservative: Cllrs A (Chair), B, C", "Labour Group: Cllr D": one line of a list sorted by
    political group; where its members start, when the label names a party (its members are the
    attendees, the party no body they were sent by)."""
    lm = _GROUP_LINE_LABEL.match(text, a, b)
    if lm is None:
        return None
    party = _SPACES.sub(" ", text[a:lm.end()].strip().rstrip(":").strip().lower())
    party = party[:-len(" group")] if party.endswith(" group") else party
    if party not in terms()["political_groups"] or not _opens_with_a_name(text[lm.end():b]):
        return None
    return lm.end()


_NAME_THEN_MORE = re.compile(r"[,;|\t]|[ \t][-–—][ \t]")
# "Sgt Ann Webb          Neighbourhood Team": a name set apart from its post by a run of spaces (a
# typed list in aligned columns)
_TWO_CELLS = re.compile(r"\S {3,}\S")     # a heading is one cell: "Ray Lund        Lakes MBC" is a row
_NAME_THEN_COLUMN = re.compile(r"[,;|\t]|[ \t][-–—][ \t]| {3,}")
_MOST_HEADING_WORDS_FIRST = 6       # the list's first heading: a short body name, as _group_heading reads one
_MOST_HEADING_WORDS_AFTER = 12      # once the list reads so: "Office of the Police and Crime Commissioner for …"


def _heading_over_people(text: str, lines: list[Line], j: int, last: int, first: bool) -> tuple[str | None] | None:
    """ "Lakes Constabulary" or "Independent Members" over "Chief Inspector Ann Webb" and "Tom Hale,
    Analyst": a web page's attendance grouped under headings (a definition list, or a heading over a
    bulleted list), the group's people a line each. When lines[j] names a body or a group and nobody,
    and the next line opens with a person: a 1-tuple of the body the heading names (None for a group
    of no body, "Political Members"); else None. ``first``: the heading opens the list, so it must
    read as a short group heading; a list whose first line names a person is a table copied one cell
    a line instead (the body after the name)."""
    content = _without_bullet(lines[j].content(text)).strip()
    words = content.split()
    if not words or len(words) > (_MOST_HEADING_WORDS_FIRST if first else _MOST_HEADING_WORDS_AFTER) \
            or re.search(r"[():]", content) or _NAME_THEN_MORE.search(content) or _title_inside_re().search(content) \
            or _TWO_CELLS.search(content) \
            or (first and not _group_heading(content)):
        return None
    # ("Political Members" is no one's name; "Group Manager Jo Bloggs" is, though "Group" heads bodies)
    group_of_no_body = words[-1].lower() in terms()["attendance_group_words"]
    body = None if group_of_no_body or _bare_name_line(content) else _group_body(content)
    if body is None and not group_of_no_body:
        if first or not _outdented_over_columns(text, lines, j, last):
            return None
        body = content      # "Lakeside Housing" at the margin over its indented people: an agency's name
    k = _next_nonblank(lines, j)
    if k is None or k >= last or _label_match(text, lines[k]):
        return None
    below = _without_bullet(lines[k].content(text)).strip()
    # ("Tom Hale, Analyst", "Chief Inspector Ann Webb – Lakes Police": the name before a comma or a dash)
    lead = _NAME_THEN_COLUMN.split(below, 1)[0].strip()
    names_someone = _bare_name_line(below) or _bare_name_line(lead) and _group_body(lead) is None \
        and _heading_over_people(text, lines, k, last, False) is None
    return (body,) if names_someone else None


def _outdented_over_columns(text: str, lines: list[Line], j: int, last: int) -> bool:
    """ "Lakeside Housing" at the margin over "      Jo Pike        Neighbourhood Officer": in a list already
    grouped under bodies' headings (see _heading_over_people), a line at the margin with no second column
    over an indented line of a name and its post in aligned columns heads the next group, whatever words
    the body's name has (a person's line of such a list is indented and has its column)."""
    k = _next_nonblank(lines, j)
    if k is None or k >= last or lines[j].cs != lines[j].start or lines[k].cs == lines[k].start:
        return False
    content = lines[j].content(text)
    return "   " not in content and "   " in lines[k].content(text)


def _members_below(text: str, lines: list[Line], j: int, last: int) -> bool:
    """Whether the next line with text under lines[j] lists members (a paragraph of names or a group's line)."""
    k = _next_nonblank(lines, j)
    if k is None or k >= last or _label_match(text, lines[k]):
        return False
    return _names_members(lines[k].content(text)) or _group_line_label(text, lines[k].cs, lines[k].ce) is not None


def _names_members(content: str) -> bool:
    """ "Ann Webb (Lakes Police), Tom Hale (Lakes Council)": a paragraph naming two or more members."""
    return _opens_with_a_name(content) and (_members_paragraph(content) or _ENTRY_AFTER_BRACKET.search(content) is not None
                                            or _AND_AFTER_BRACKET.search(content) is not None)


def _group_line_entries(text: str, a: int, b: int, kind: str) -> list[AttendanceEntry]:
    """ "- Ward councillors: Ann Webb (Fellside), Tom Hale (Kirkby North)": one line of a list naming
    a group, its post in a plural label and its members after it. Each member holds the post; a
    bracket that names no body (a ward, an area) says which one of them, so it is no organisation."""
    bullet = _BULLET.match(text, a, b)
    ls = bullet.end() if bullet else a
    lm = _LIST_SUBHEADING.match(text, ls, b)
    if lm is None or not _ENTRY_AFTER_BRACKET.search(text, lm.end(), b):
        return []
    label = _SPACES.sub(" ", text[ls:lm.end()].rstrip(" \t:"))
    if not re.search(r"[a-z]s$", label) or label.endswith("ss"):
        return []       # "Jo Bloggs: …" names a person, not a group
    entries = _paragraph_entries(text, ls, b, kind)
    if len(entries) < 2:
        return []
    for entry in entries:
        entry.role = entry.role or label[:-1]
        entry.organisations = [o for o in entry.organisations if _names_a_body_in_brackets(o)]
    return entries


def _names_a_body_in_brackets(piece: str) -> bool:
    """ "Kendal College", "MPS": a bracket naming a body (a head word, an acronym or a known name)."""
    from .entities.gazetteer import organisations
    return _ends_like_a_body(piece) or looks_like_affiliation(piece) or organisations().lookup(piece) is not None


def _wrapped_column_rows(text: str, spans: list[tuple[int, int]]
                         ) -> list[tuple[tuple[int, int], str]] | None:
    """A list printed in two columns apart by wide gaps, name then body, where a body too long for its
    column wraps onto a line of its own indented to that column ("Alan Hale      Lakes MBC (Head of" /
    "               Community Safety)"). Returns (name span, whole body text) per row, or None when no
    line wraps so, or the lines are not such rows. The names' column is where the first line's name
    starts: the margin, or past the label when the list starts on the label's line ("PRESENT:    Cllr A
    Webb      Lakes MBC", the next names typed under the first)."""
    rows: list[tuple[tuple[int, int], list[str]]] = []
    column = None
    wraps = 0
    names_column = spans[0][0] - (text.rfind("\n", 0, spans[0][0]) + 1) if spans else 0
    for a, b in spans:
        indent = a - (text.rfind("\n", 0, a) + 1)
        pieces = _gap_pieces(text, a, b)
        if len(pieces) == 1 and not rows or len(pieces) == 1 and abs(indent - names_column) < _COLUMN_SLACK:
            pieces = _initials_gap_pieces(text, a, b) or pieces
        if len(pieces) == 2 and abs(indent - names_column) < _COLUMN_SLACK:
            column = pieces[1][0] - (text.rfind("\n", 0, a) + 1)
            rows.append((pieces[0], [text[pieces[1][0]:pieces[1][1]]]))
        elif len(pieces) == 1 and rows and column is not None and abs(indent - column) <= _COLUMN_SLACK:
            rows[-1][1].append(text[a:b].strip())
            wraps += 1
        else:
            return None
    if not wraps:
        return None
    return [(name, _SPACES.sub(" ", " ".join(body)).strip()) for name, body in rows]


_INITIALS_CELL = re.compile(r"[A-Z]{2,4}")
_LEAST_INITIALLED_ROWS = 2


def _initials_column_rows(text: str, spans: list[tuple[int, int]]
                          ) -> list[tuple[tuple[int, int], str]] | None:
    """A list printed in three columns apart by wide gaps, initials, name, then post and body ("DW   Dee
    Webb      Designated Nurse, Lakes ICB"), a long third cell wrapping onto lines of their own indented
    past the names, and someone with no initials (the minute-taker) typed under the names' column.
    Returns (initials and name span, whole post-and-body text) per row, or None when the lines are not
    such rows (the initials are read off the name span by parse_entry, which checks they fit)."""
    rows: list[tuple[tuple[int, int], list[str]]] = []
    initials_column = names_column = None
    initialled = 0
    for a, b in spans:
        line_start = text.rfind("\n", 0, a) + 1
        indent = a - line_start
        pieces = _gap_pieces(text, a, b)
        opens_with_initials = 2 <= len(pieces) <= 3 and _INITIALS_CELL.fullmatch(text, *pieces[0]) is not None
        if opens_with_initials and (initials_column is None or abs(indent - initials_column) <= _COLUMN_SLACK):
            initials_column, names_column = indent, pieces[1][0] - line_start
            rows.append(((pieces[0][0], pieces[1][1]), [text[slice(*pieces[2])]] if len(pieces) == 3 else []))
            initialled += 1
        elif names_column is not None and len(pieces) == 2 and abs(indent - names_column) <= _COLUMN_SLACK:
            rows.append((pieces[0], [text[slice(*pieces[1])]]))
        elif names_column is not None and len(pieces) == 1 and rows and indent > names_column + _COLUMN_SLACK:
            rows[-1][1].append(text[a:b].strip())
        else:
            return None
    if initialled < _LEAST_INITIALLED_ROWS:
        return None
    return [(name, _SPACES.sub(" ", " ".join(body)).strip()) for name, body in rows]


# "Ann Webb (AW)  Chief Executive, …": a name, its initials in brackets, then two spaces before the post
_NAME_INITIALS_NARROW_GAP = re.compile(rf"[ \t]*(?P<name>[A-Z][^(),\n\t]{{2,60}}?)[ \t]*\((?P<ini>{_BRACKETED_INITIALS})\)(?P<gap>[ ]{{2}})(?=\S)")


def _initials_gap_pieces(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The two cells of a row of a names-and-posts list whose longest name leaves only two spaces
    before the posts' column: the bracketed initials that fit the name close the first cell
    ("Nia Vale-Hopkins (NVH)  Police and Crime Commissioner"). None when the row is not so."""
    m = _NAME_INITIALS_NARROW_GAP.match(text, a, b)
    if m is None or not initials_fit(m["name"].strip(), m["ini"]):
        return None
    return [(a, m.start("gap")), (m.end("gap"), b)]


def _body_column_rows(text: str, spans: list[tuple[int, int]]
                      ) -> list[tuple[tuple[int, int], str]] | None:
    """A list printed in two columns, the body (or the group: "Co-opted Members") first and its members
    after a wide gap, a body's second member alone on the next line under the members' column
    ("Lakes City Council      Councillor Ann Webb" / "                        Councillor Tom Hale").
    Returns (person span, the body or group heading them) per person, or None when the lines are not so
    printed: every left cell must head a group and every right cell open with a title or a name."""
    rows: list[tuple[tuple[int, int], str]] = []
    column = None
    for a, b in spans:
        line_start = text.rfind("\n", 0, a) + 1
        pieces = _gap_pieces(text, a, b)
        # (cells apart by a TAB, as a PDF's table reads, need not line up)
        if len(pieces) == 2 and _group_heading(text[pieces[0][0]:pieces[0][1]]) \
                and (column is None or "\t" in text[pieces[0][1]:pieces[1][0]]
                     or abs(pieces[1][0] - line_start - column) <= _COLUMN_SLACK):
            column = pieces[1][0] - line_start
            group, person = text[pieces[0][0]:pieces[0][1]].strip(), pieces[1]
        elif len(pieces) == 1 and rows and abs(a - line_start - column) <= _COLUMN_SLACK:
            group, person = rows[-1][1], pieces[0]
        else:
            return None
        if not _titles_re().match(text[person[0]:person[1]]):
            return None
        rows.extend((one, group) for one in _titled_people_in_cell(text, *person))
    return rows if len(rows) >= 2 else None


def _titled_people_in_cell(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """ "Councillor Ann Webb Councillor Tom Hale": a cell whose lines a PDF's text ran together holds
    a person for each title that follows a name word."""
    starts = [a]
    previous_titled = True
    for m in _WORD.finditer(text, a, b):
        titled = _titles_re().match(text[m.start():b] + " ") is not None
        if titled and not previous_titled and m.start() > a:
            starts.append(m.start())
        previous_titled = titled
    return [(s, s + len(text[s:e].rstrip())) for s, e in zip(starts, [*starts[1:], b])]


def _two_column_rows(text: str, spans: list[tuple[int, int]]
                     ) -> list[tuple[tuple[int, int], Callable[[AttendanceEntry], None]]] | None:
    """A list printed in two columns apart by wide gaps: each person's span, with what the other column
    tells of them. "Lakes City Council      Councillor Ann Webb": each body in the left column, its
    members right; "Jo Bloggs      Lakes Fire &" over "      Rescue Service": a long body wrapped onto
    the next line under its own column. None when the lines are neither."""
    body_rows = _body_column_rows(text, spans)
    if body_rows is not None:
        return [(span, lambda entry, group=group: _member_of_group(entry, group)) for span, group in body_rows]
    wrapped = _wrapped_column_rows(text, spans) or _initials_column_rows(text, spans)
    if wrapped is not None:
        return [(span, lambda entry, body=body: _attach_affiliation(entry, _affiliation_line(body)) if body else None)
                for span, body in wrapped]
    return None


def _member_of_group(entry: AttendanceEntry, group: str) -> None:
    """The body heading a member's row is their organisation; a group of no body ("Independent Co-opted
    Members") is their role, one member of it."""
    body = _group_body(group)
    if body is not None:
        entry.organisations = entry.organisations or [body]
    elif not entry.role:
        entry.role = re.sub(r"(?<=[Mm]ember)s$", "", _label_phrase(group))


_LOWER_BRACKET = re.compile(r"[ \t]*\([a-z][^()\n]*\)")


def _affiliation_line(line: str) -> str:
    """ "Prevent Coordinator, Lakes Council (item 6)" → the post and body, without the remark in brackets."""
    return _SPACES.sub(" ", _affiliation_text(_LOWER_BRACKET.sub("", line))).strip(" ,")


def _is_header_cell_line(line: str) -> bool:
    """ "Name", "Organisation / Role": a table's header cell alone on its line."""
    words = _norm_words(line.strip(" \t*_:"))
    return bool(words) and words <= _TABLE_HEADER_WORDS


def _holds_a_person_in_brackets(line: str) -> bool:
    return any(_is_bracketed_person(inside.strip()) for inside in _PAREN.findall(line))


def _bare_name_line(line: str) -> bool:
    """ "Dr Ann Webb (Chair)": a line holding a name (and a bracket) and nothing after it."""
    bare = _PAREN.sub("", line).strip()
    words = bare.split()
    if _holds_a_person_in_brackets(line):
        return False            # "Chief Constable (Mr Jo Bloggs)": a post, its holder in brackets
    return 1 <= len(words) <= 6 and "," not in bare and not _STRONG_NAME_SEP.search(bare) \
        and bare[:1].isupper() and bool(_LOWER_LETTER.search(bare)) and not looks_like_affiliation(bare)


def _affiliation_only_line(line: str) -> bool:
    """ "Head of Safeguarding, Lakes Council", "Lakes Police, Fell District": a post or a body alone on its
    line, no person in it."""
    bare = _PAREN.sub("", line).strip(" \t.,;")
    first = bare.split(",", 1)[0].strip()
    if not first or _title_inside_re().search(bare) or _STRONG_NAME_SEP.search(bare) or _holds_a_person_in_brackets(line):
        return False
    return _is_role_phrase(first) or looks_like_affiliation(first) or _is_department(first)


def _cells_one_a_line(text: str, spans: list[tuple[int, int]]
                      ) -> tuple[list[tuple[int, int]], dict[tuple[int, int], list[tuple[int, int]]]]:
    """A two-column attendance table copied as text, one cell a line: the name line, then its post and
    body on the next line. With header cells alone on their lines ("Name" / "Organisation / Role") the
    lines go in rows of that many cells, whatever they read as ("Healthwatch Lakes" is a body); without
    one, a line reading as a post or body right after a line holding a bare name belongs to that name.
    Returns the name lines (the other lines unchanged) and, for each name line, its affiliation lines."""
    header = 0
    while header < len(spans) and _is_header_cell_line(text[spans[header][0]:spans[header][1]]):
        header += 1
    if header >= 2 and len(spans) > header:
        rows = [spans[k:k + header] for k in range(header, len(spans), header)]
        if all(_bare_name_line(text[row[0][0]:row[0][1]]) for row in rows):
            return [row[0] for row in rows], {row[0]: row[1:] for row in rows}
    out: list[tuple[int, int]] = []
    affiliations: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for a, b in spans:
        prev = out[-1] if out else None
        if prev is not None and prev not in affiliations and _bare_name_line(text[prev[0]:prev[1]]) \
                and _affiliation_only_line(text[a:b]):
            affiliations[prev] = [(a, b)]
            continue
        out.append((a, b))
    return out, affiliations


def _entries_on_one_line(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """ "Jo Bloggs – Lakes Council; Ann Webb – Lakes Police": in a one-per-line list a line may still
    hold several people, each "name – body", parted by semicolons; a semicolon inside one affiliation
    ("Lakes Council; Fellside Trust") parts no people, as the piece after it has no dash of its own."""
    pieces = _top_level_splits(text, a, b, _SEMICOLON)
    if len(pieces) < 2 or not all(_SPACED_DASH.search(text[s:e]) for s, e in pieces):
        return [(a, b)]
    return pieces


_SEMICOLON = re.compile(r"[ \t]*;[ \t]*")
_CELL_SEP = re.compile(r"[ \t]*\|[ \t]*|\t+")
_CELL_SEP_EACH_TAB = re.compile(r"[ \t]*\|[ \t]*|\t")
_COLUMN_OF = {"name": "name", "names": "name", "attendee": "name", "attendees": "name", "member": "name",
              # a panel's own word for its members ("Panel member | Representing")
              "panel member": "name", "panel members": "name", "board member": "name", "board members": "name",
              "organisation": "org", "organization": "org", "agency": "org", "representing": "org",
              # a joint panel's members come from its councils ("Member | Authority | Attendance")
              "authority": "org", "local authority": "org", "council": "org",
              "role": "role", "title": "role", "job title": "role", "position": "role", "initials": "initials",
              "attendance": "status", "attended": "status",
              # "Name | Organisation | Present/Apologies": a cell a row saying which list the row is in
              "present/apologies": "status", "present/apols": "status", "apologies/present": "status",
              "present or apologies": "status", "attendance status": "status",
              # "Present/Apologies/Deputy (Y/A/D)": a row's mark, "D – Name" naming the deputy who came
              "present/apologies/deputy": "status", "present/apologies/deputy (y/a/d)": "status",
              "present/apologies/substitute": "status", "present/apologies/substitute (y/a/s)": "status",
              "notes": "notes", "note": "notes", "comments": "notes",
              # "Name | Role | Item": the items a guest came for, a note on the row
              "item": "notes", "items": "notes", "agenda item": "notes", "agenda items": "notes",
              # an apologies table names who came in the absent member's place
              "substitute": "substitute", "substituted by": "substitute", "deputy": "substitute",
              "represented by": "substitute", "sent": "substitute",
              # one cell holding the post and the body: "Chief Nursing Officer, NHS Lakes (Chair)"
              "title and organisation": "post_and_body", "role and organisation": "post_and_body",
              "job title and organisation": "post_and_body", "position and organisation": "post_and_body",
              "organisation and role": "post_and_body", "organisation and title": "post_and_body",
              "organisation/role": "post_and_body", "role/organisation": "post_and_body",
              "organisation/title": "post_and_body", "title/organisation": "post_and_body",
              # a membership table says whether each member votes: a note on the row, nobody's post or body
              "voting": "notes", "voting status": "notes", "voting rights": "notes",
              # tick-box columns: a mark under one says which list the row's person is on
              "present": "ticked:present",
              "apologies": "ticked:apologies", "apologies received": "ticked:apologies",
              "absent": "ticked:absent"}
# a row's "Attendance" cell: whether that person was there ("Apologies" rows are not attendees)
_STATUS_KIND = {**_LIST_KIND, "yes": None, "y": None, "attended": None, "no": "absent", "n": "absent",
                "apologies received": "apologies", "sent apologies": "apologies", "did not attend": "absent",
                # the marks of a key line under the table ("Key: ✓ present, A apologies, S substitute"):
                # a substitute came in a member's place, so is there
                "✓": None, "✔": None, "√": None, "a": "apologies", "s": None}


def _cells(text: str, a: int, b: int, keep_empty: bool = False) -> list[tuple[int, int]]:
    """The cells of a table row ("| A | B |", "A<TAB>B"): spans between bars or tabs, outer bars dropped.
    A run of tabs is one gap, unless ``keep_empty``: then each tab parts two cells, an empty one kept
    in its column (a tick-box table leaves the unticked cells empty)."""
    a, b = _strip_span(text, a, b, " \t|")
    cells, cur = [], a
    for m in (_CELL_SEP_EACH_TAB if keep_empty else _CELL_SEP).finditer(text, a, b):
        cells.append((cur, m.start()))
        cur = m.end()
    cells.append((cur, b))
    return cells


def _table_header(text: str, a: int, b: int) -> list[str] | None:
    """ "Name | Role | Organisation": the column of each cell, when every cell is a column name."""
    cells = _cells(text, a, b)
    if len(cells) < 2:
        return None
    columns = [_COLUMN_OF.get(_header_name(text[x:y])) for x, y in cells]
    return columns if all(columns) and "name" in columns else None


def _row_cells_under(text: str, a: int, b: int, columns: list[str]) -> list[tuple[int, int]]:
    """A row's cells in the columns of its header: with tick-box columns every tab parts two cells."""
    return _cells(text, a, b, keep_empty=any(c.startswith("ticked:") for c in columns))


# a tick-box cell left unmarked, or marked "no" or a dash (a tick, a cross, "Y" or "Yes" mark it); a
# ballot cross ("✗", "✘", "❌") or an empty box ("☐") beside ticks in the other columns says "not this one"
_UNTICKED = re.compile(r"(?i:no|n)?[ \t.–—✗✘❌☐-]*")


def _ticked_list_kind(text: str, cells: list[tuple[int, int]], columns: list[str], kind: str) -> str:
    """The list a tick-box row belongs to: the column its mark is under ("Apologies" rows are not
    attendees); the table's own kind when the mark is under "Present", or nowhere."""
    for column, (x, y) in zip(columns, cells):
        if column.startswith("ticked:") and not _UNTICKED.fullmatch(text[x:y].strip()):
            said = column.split(":", 1)[1]
            return kind if said == "present" else said
    return kind


def _post_then_body(cell: str) -> bool:
    """ "Democratic Services Officer, Lakes Council": a post before the first comma, a body after it."""
    post, comma, rest = cell.partition(",")
    post = post.strip()
    ends_in_a_job = any(m.end() == len(post) for m in job_re().finditer(post))
    return bool(comma) and (ends_in_a_job or _is_post(post)) and _names_a_body(rest.strip())


def _attach_post_and_body(entry: AttendanceEntry, cell: str) -> None:
    """A "Title and organisation" cell ("Consultant in Public Health, Public Health Lakes (Chair)"): the
    post, then the body after the last comma, which the column says is one even when no word of it
    names a body; a bracket marks the chair, or the body's area ("(South West)"), or is a remark."""
    for paren in (p.strip() for p in _PAREN.findall(cell)):
        if chair_role_re().fullmatch(paren):
            entry.role = entry.role or _role_label(paren)
    # "Lakes Council – Head of Service": a spaced dash parts the body and the post as a comma does
    bare = _SPACED_DASH_SPLIT.sub(", ", _SPACES.sub(" ", _PAREN.sub(" ", cell)).strip(" ,"))
    orgs, role = analyse_affiliation(bare)
    post, comma, last = bare.rpartition(",")
    last = last.strip()
    if not orgs and comma and last[:1].isupper() and not _is_post(last):
        orgs, role = (last,), post.strip()
    entry.organisations.extend(o for o in orgs if o not in entry.organisations)
    entry.role = entry.role or role


def _row_list_kind(status: str, kind: str) -> str:
    """The list a row of an attendance table belongs to, from its "Attendance" cell: the table's
    own kind for "Present" (or "Yes"), the list the cell names otherwise ("Apologies", "In attendance")."""
    said = _STATUS_KIND.get(_SPACES.sub(" ", status).strip(" .*_").lower())
    if said is None:
        # "Apologies – Insp Dent attending", "Present (from item 4)": the cell's word, then a remark
        said = _STATUS_KIND.get(_STATUS_REMARK.split(status, 1)[0].strip(" .*_").lower())
    return said if said not in (None, "present") else kind


# a remark after an attendance cell's word: a spaced dash, a bracket, a comma or a semicolon
_STATUS_REMARK = re.compile(r"[ \t]+[–—-][ \t]+|[ \t]*[(,;]")


# an Initials cell: "GB", or "GRo" beside "GR" (a letter more of the surname tells two people apart)
# ("ChM" beside "CM": a letter more of the first name)
_PRINTED_INITIALS = re.compile(r"[A-Z]{2,4}|[A-Z]{2,3}[a-z]|[A-Z][a-z][A-Z]{1,2}")


def _names_a_post_only(cell: str) -> bool:
    """ "Police and Crime Commissioner", "Panel Scrutiny Officer": a cell that ends with a post's word
    and names no body by a comma ("Chief Executive, Lakes Council" names one)."""
    words = _compiled("post-word-end", lambda: re.compile(
        rf"\b(?:{_alternation(terms()['job_keywords'])})$", re.IGNORECASE))
    return "," not in cell and words.search(cell) is not None


def _rows_wrapped_over_lines(text: str, spans: list[tuple[int, int]], columns: list[str] | None
                             ) -> list[tuple[int, int]]:
    """The lines of a tab-separated attendance table printed with its cells wrapped, hard-wrapped as
    printed ("Professor Ann" / "Tarn (Chair)<TAB>Independent Chair<TAB>Fellside Safeguarding" /
    "Adults Board"), as one span a row.  A row is whole when it holds a tab between each two of its
    columns; a line without a tab after a whole row goes on with its last cell (the body) while that
    runs on ("… Fire and") or when the line ends with an organisation word ("Fellside Safeguarding" /
    "Adults Board"), which a name does not; otherwise it starts the next row's name."""
    if len(spans) < 2 or not any("\t" in text[a:b] for a, b in spans):
        return spans
    header = next((k for k, (a, b) in enumerate(spans) if _table_header(text, a, b) is not None), None)
    width = len(_table_header(text, *spans[header])) if header is not None else len(columns or ())
    if width < 2 or not any("\t" not in text[a:b] for a, b in spans[(header or -1) + 1:]):
        return spans        # no line without a tab: every row on a line of its own, or read elsewhere
    body_words = _compiled("organisation-word-end", lambda: re.compile(
        rf"\b(?:{_alternation(terms()['organisation_words'])})\W*$", re.IGNORECASE))
    out: list[tuple[int, int]] = []
    tabs = None         # the tabs of the row being read, None when no row is open
    for k, (a, b) in enumerate(spans):
        here = text.count("\t", a, b)
        if (header is not None and k <= header) or (here and _table_header(text, a, b) is not None):
            out.append((a, b))          # a header row (a second table's too) is a line of its own
            tabs = None
            continue
        if tabs is None:
            out.append((a, b))
            tabs = here
            continue
        last = text[out[-1][0]:out[-1][1]].rsplit("\n", 1)[-1].rsplit("\t", 1)[-1].strip()
        if tabs < width - 1:            # the row's cells are not all there yet
            out[-1] = (out[-1][0], b)
            tabs += here
            continue
        body_goes_on = not here and (_RUNS_ON.search(last) is not None or body_words.search(text[a:b]) is not None)
        if body_goes_on:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
            tabs = here
    return out if len(out) < len(spans) else spans


# a line that runs on to the next: it ends on a comma, "and", "of", "&"
_RUNS_ON = re.compile(r"(?:,|\b(?:and|of|the|for|&))$", re.IGNORECASE)


def _table_row_entry(text: str, a: int, b: int, kind: str, columns: list[str]) -> AttendanceEntry | None:
    """A row under a "Name | Role | Organisation" header: each cell is read as its column says, so a
    role cell ("Designated Nurse, Safeguarding") stays one post and an organisation cell ("NHS Leicester,
    Leicestershire and Rutland Integrated Care Board (ICB)") one body, commas and all."""
    from .entities.gazetteer import organisations
    cells = _row_cells_under(text, a, b, columns)
    # a web page's empty last cells ("Notes" left blank) are not in the copied row
    if not 2 <= len(cells) <= len(columns):
        return None
    by_column = dict(zip(columns, cells))
    ns, ne = by_column["name"]
    entry = parse_entry(text, ns, ne, kind, False)
    if entry is None:
        return None
    if "initials" in by_column:
        x, y = by_column["initials"]
        if _PRINTED_INITIALS.fullmatch(text[x:y].strip()):
            entry.initials = entry.initials or text[x:y].strip()
    if "org" in by_column and "role" not in by_column \
            and _names_a_post_only(_SPACES.sub(" ", text[slice(*by_column["org"])]).strip()) \
            and len(_body_dash_post(_SPACES.sub(" ", text[slice(*by_column["org"])]).strip())) == 1:
        # "Panel member | Representing" carried to the "In attendance:" rows under it, whose second cell
        # gives the post ("Police and Crime Commissioner", "Panel Scrutiny Officer"), not a body
        x, y = by_column.pop("org")
        entry.role = entry.role or _SPACES.sub(" ", text[x:y]).strip()
    if "org" in by_column and _post_then_body(_SPACES.sub(" ", text[slice(*by_column["org"])]).strip()):
        # "Chief Executive, Office of the Police and Crime Commissioner" in a body's column: the row's
        # writer put the post first, as in a "Title and organisation" column
        _attach_post_and_body(entry, _SPACES.sub(" ", text[slice(*by_column.pop("org"))]).strip())
    if "org" in by_column:
        x, y = by_column["org"]
        cell = _SPACES.sub(" ", text[x:y]).strip()
        bare = _without_department(_PAREN.sub("", cell).strip(" ,"))
        dashed = _body_dash_post(bare) if bare else []
        if len(dashed) == 2:
            # "Kent Police - District Commander", "Lakes Council - Housing": the body, then the post
            # held there or the department
            bare = dashed[0]
            if _is_post(dashed[1]):
                entry.role = entry.role or dashed[1]
        orgs = split_slash_organisations(bare) if bare else []
        if len(orgs) == 1 and "," in orgs[0]:
            # "Metropolitan Police Service, North East BCU": the body, then its unit, each named as a body
            # is ("NHS Leicester, Leicestershire and Rutland ICB" is one name; "Kent Police, Dover" a place)
            parts = analyse_affiliation(orgs[0])[0]
            if len(parts) >= 2 and all(_ends_like_a_body(part) for part in parts):
                orgs = list(parts)
        for paren in (p.strip() for p in _PAREN.findall(cell)):
            if chair_role_re().fullmatch(paren):
                entry.role = entry.role or _role_label(paren)      # "Dover DC (Chair)"
            elif _is_post(paren):
                entry.role = entry.role or paren        # "Lakes Council (Director of Place)": the post held there
            elif re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", paren) and sum(c.isupper() for c in paren) >= 2 \
                    and not organisations().lookup(paren):
                # "(CTPNW)": the body's acronym; one the gazetteer files ("ICB") is left to the
                # document's definition, which may name another area's body
                orgs.append(paren)
        if orgs:
            entry.organisations = orgs
    if "status" in by_column:
        entry.list_kind = _row_list_kind(text[slice(*by_column["status"])], kind)
    entry.list_kind = _ticked_list_kind(text, cells, columns, entry.list_kind)
    if "post_and_body" in by_column:
        _attach_post_and_body(entry, _SPACES.sub(" ", text[slice(*by_column["post_and_body"])]).strip())
    if "role" in by_column and "org" not in columns and "post_and_body" not in columns \
            and _post_then_body(_PAREN.sub("", _SPACES.sub(" ", text[slice(*by_column["role"])])).strip(" ,")):
        # "Name | Role | Item" over "Prevent Co-ordinator, Lakeshire County Council": without a column
        # for bodies, the role cell names the body after the post, as a "Title and organisation" cell does
        _attach_post_and_body(entry, _SPACES.sub(" ", text[slice(*by_column.pop("role"))]).strip())
    if "role" in by_column:
        x, y = by_column["role"]
        role = _PAREN.sub("", _SPACES.sub(" ", text[x:y])).strip(" ,")
        if role and role[:1].isalnum():
            entry.role = entry.role or role
    # the other cells as written, their separators kept ("Lancashire County Council<TAB>Prevent Coordinator")
    entry.as_written = text[ne:b].strip(" \t|") or entry.as_written
    return entry


_DIVISION_WORDS = frozenset({"division", "directorate", "department"})


def _without_department(cell: str) -> str:
    """ "Welsh Government, Community Safety Division": an organisation cell naming the body, then its
    department after a comma, is the body."""
    body, comma, tail = cell.rpartition(",")
    return body.strip() if comma and body.strip() and (_is_department(tail.strip()) or _names_a_division(tail)) else cell


def _names_a_division(piece: str) -> bool:
    """ "Argyll and West Dunbartonshire Division": a division of the body named before the comma (a
    police force's area), its last word saying so."""
    words = piece.split()
    return len(words) > 1 and words[-1].lower() in _DIVISION_WORDS


def _substitute_entry(text: str, a: int, b: int, columns: list[str], absent: AttendanceEntry
                      ) -> AttendanceEntry | None:
    """The person a row's "Substitute" cell names ("None" names nobody): present in the absent
    member's place, for the same body."""
    cells = _row_cells_under(text, a, b, columns)
    if "substitute" not in columns or columns.index("substitute") >= len(cells):
        return None
    x, y = cells[columns.index("substitute")]
    if _NO_ONE.fullmatch(text[x:y].strip()):
        return None
    entry = parse_entry(text, x, y, "present", False)
    if entry is None:
        return None
    entry.organisations = entry.organisations or list(absent.organisations)
    return entry


# an empty cell written out: "None", "N/A", "-", "n/a", "No substitute"
_NO_ONE = re.compile(r"(?i:none|n/?a|nil|no(?:[ \t]+substitute)?|tbc)?[ \t.–—-]*")


# --------------------------------------------------------------------------- layout


_AGENDA_AND_MINUTES = re.compile(r"agenda,?\s+(?:and|&)\s+(?:draft\s+)?minutes", re.IGNORECASE)
_WEB_MARKERS = ("pdf icon", "view the full minutes text", "\nMinutes:\n", "\nAdditional documents:\n")
# typed minutes or notes: a "Minutes/Notes of the meeting" line or a labelled attendance list
_FORMAL_FEATURES = re.compile(r"\b(?:minutes|notes|record)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?meeting\b|"
                              r"^\W*(?:present|members\s+present|those\s+present|attendees|attendance|in\s+attendance)"
                              r"\W*(?::|$)",
                              re.IGNORECASE | re.MULTILINE)


def detect_layout(text: str, lines: list[Line], headings_alone: int, headings: int) -> str:
    """Name the layout from its features (see the module docstring)."""
    first = next((ln.content(text) for ln in lines if not ln.blank), "")
    head = text[:200000]
    web_hits = sum(head.count(marker) for marker in _WEB_MARKERS)
    if _AGENDA_AND_MINUTES.fullmatch(first.strip()) or (headings_alone >= 2 and web_hits >= 2):
        return "moderngov"
    if headings and _FORMAL_FEATURES.search(text[:20000]):
        return "formal"
    return "generic"


def _business_table(text: str, lines: list[Line], headings: list[_Heading]) -> _ItemTable | None:
    """The business as one table, its cells between bars or tabs (a Word table copied as text): no
    numbered heading outside its rows ("1 Welcome | … |" without a leading bar, "1<TAB>Welcome<TAB>…",
    reads like a heading)."""
    for sep in _CELL_SEPARATORS:
        if sep in text and all(text.find(sep, lines[h.line_index].start, lines[h.line_index].end) >= 0
                               for h in headings):
            table = find_item_table(text, lines, sep)
            if table is not None and not _closes_numbered_items(table, headings):
                return table
    return None


def _closes_numbered_items(table: _ItemTable, headings: list[_Heading]) -> bool:
    """A table below numbered item headings ("Record of decisions taken at this meeting", Ref | Item |
    Decision) sums the business up after it: the headings above are the items, its rows none."""
    return sum(h.line_index < table.header_line for h in headings) >= 2


# the most lines one row of an agenda table copied as text may take (its title wrapped)
_MOST_AGENDA_ROW_LINES = 2


def _headings_below_agenda_rows(text: str, lines: list[Line], headings: list[_Heading]) -> list[_Heading] | None:
    """ "1<TAB>Welcome, introductions and apologies<TAB>Chair<TAB>14:00" … "9<TAB>Any other business…": the
    agenda's table copied as text above the minutes (its cells between tabs, a lead and a time after
    each title, one row a line), whose numbers the minutes' own headings repeat below it ("1. Welcome,
    introductions and apologies"). The headings below are the items; the rows only list them. None
    unless every heading found is such a row and the headings after the last repeat their numbers."""
    if len(headings) < 2 or any(_tabs(text, lines[h.line_index]) < 2 for h in headings) \
            or any(b.line_index - a.line_index > _MOST_AGENDA_ROW_LINES for a, b in zip(headings, headings[1:])):
        return None
    below, _ = find_numbered_headings(text, lines, headings[-1].line_index + 1)
    numbers = [h.number for h in headings]
    if len(below) < 2 or [h.number for h in below] != numbers[:len(below)] or 2 * len(below) < len(numbers):
        return None
    return below


# words that say nothing of an item's subject when an unnumbered heading is matched to an agenda title
_AGENDA_TITLE_STOPWORDS = frozenset({"and", "of", "the", "a", "an", "to", "for", "on", "in", "at", "from", "with"})
_MIN_AGENDA_MATCHES = 3
_TITLE_WORD = re.compile(r"[a-z0-9]+")


def _agenda_title_words(title: str) -> set[str]:
    return {w for w in _TITLE_WORD.findall(title.lower()) if w not in _AGENDA_TITLE_STOPWORDS}


def _shouted_heading_line(text: str, lines: list[Line], i: int) -> bool:
    """A short line in capitals standing after a blank line (or at the top): "POLICE UPDATE", "AOB"."""
    ln = lines[i]
    content = ln.content(text)
    return (content.isupper() and 1 <= len(content.split()) <= 10 and len(content) >= 3
            and (i == 0 or lines[i - 1].blank) and not _ACTION_LABEL.match(text, ln.start))


def _capitals_minutes_under_agenda_list(text: str, lines: list[Line], headings: list[_Heading]) -> list[_Heading] | None:
    """ "AGENDA" over "1. Welcome …" … "10. Date of next meeting", one line each, then the minutes under
    unnumbered headings in capitals ("WELCOME, INTRODUCTIONS AND APOLOGIES", "POLICE UPDATE", "WARD PANEL
    REPORTS"): a volunteer's typed minutes give each item's number only in the agenda list. Each capitals
    heading below is matched, in order, to the agenda title sharing most of its words (half of them at
    least); the items are the headings below, with the agenda's number and title. None unless the
    numbered headings are such a list (no text under any) and most of its titles are matched."""
    if len(headings) < _MIN_AGENDA_MATCHES or any(b.line_index - a.line_index != 1 for a, b in zip(headings, headings[1:])):
        return None
    agenda = [(h, _agenda_title_words(text[h.title_start:h.title_end])) for h in headings]
    found: list[_Heading] = []
    nxt = 0
    for i in range(headings[-1].line_index + 1, len(lines)):
        if nxt >= len(agenda) or lines[i].blank or not _shouted_heading_line(text, lines, i):
            continue
        words = _agenda_title_words(lines[i].content(text))
        if not words:
            continue
        best, best_share = None, 0.5
        for k in range(nxt, len(agenda)):
            share = len(words & agenda[k][1]) / len(words)
            if share > best_share or (best is None and share == best_share):
                best, best_share = k, share
        if best is None:
            continue
        h = agenda[best][0]
        ts, te = _strip_span(text, lines[i].cs, lines[i].ce)
        title = _SPACES.sub(" ", text[h.title_start:h.title_end]).strip("*_ ")
        found.append(_Heading(i, i, h.number, ts, ts, te, h.code, title_text=title))
        nxt = best + 1
    if len(found) < _MIN_AGENDA_MATCHES or 2 * len(found) < len(headings):
        return None
    return found


def segment(source: SourceText) -> Segmented:
    """Recognise the layout and cut the document into header, attendance and items."""
    from .read import repair_typed_digits
    repaired = repair_typed_digits(source.text or "")
    if repaired != (source.text or ""):
        source = replace(source, text=repaired)    # a typescript's "l6th 0ctober": every span still holds
    text = source.text or ""
    lines = split_lines(text)
    warnings: list[str] = []
    headings, alone = find_numbered_headings(text, lines)
    headings = _headings_below_agenda_rows(text, lines, headings) or headings
    headings = _capitals_minutes_under_agenda_list(text, lines, headings) or headings
    if alone >= 2:
        # a ModernGov page: numbers on their own lines; other candidates are numbered paragraphs
        headings = [h for h in headings if h.title_line_index != h.line_index]
    else:
        roman = find_roman_headings(text, lines)
        lettered = find_lettered_headings(text, lines)
        decimal = find_decimal_minute_headings(text, lines)
        headed = [] if headings else find_headings_over_numbered_paragraphs(text, lines)
        if decimal and (not headings or decimal[0].line_index < headings[0].line_index):
            headings = decimal      # "23.45 Title" above "23.45.1 …": the minutes' own numbers
        elif headed:
            headings = headed       # "Prevent duty" above "6.1 …": the paragraphs number the items
        elif roman and (not headings or roman[0].line_index < headings[0].line_index):
            headings = roman        # Arabic numbers below Roman items number their paragraphs
        elif lettered and (not headings or lettered[0].line_index < headings[0].line_index):
            headings = lettered     # numbers below lettered items are their tables' or paragraphs'
        elif 0 < len(headings) < _MIN_PARAGRAPH_RUN:
            # "5. Road safety. The report will be circulated. ACTION – KL" reads like a heading, but
            # in a run of numbered paragraphs it is one of them
            run = find_numbered_paragraphs(text, lines, 0)
            if {h.line_index for h in headings} <= {h.line_index for h in run}:
                headings = run
    headings = find_decision_record_headings(text, lines) or headings
    table = _business_table(text, lines, headings)
    if table is not None:
        headings = table.headings
    else:
        headings = with_titled_sub_items(text, lines, headings)
    layout = detect_layout(text, lines, alone, len(headings))

    first_item_line = (table.header_line if table else headings[0].line_index) if headings else len(lines)
    page_start = web_furniture_end(text, lines, first_item_line) or email_preamble_end(text, lines, first_item_line)
    attendance = read_attendance(text, lines, page_start, first_item_line)
    header_text = _masked_before(text, lines, page_start)
    header, header_warnings = read_header(header_text, split_lines(header_text) if page_start else lines,
                                          first_item_line)
    warnings.extend(header_warnings)
    if page_start and first_item_line < len(lines) and (
            header.date is None or header.date_span is None or header.date_span.start >= lines[first_item_line].start):
        # an e-mail's notes with no heading of their own: the covering note dates the meeting
        emailed_meeting_fields(text, lines, page_start, first_item_line, header)

    if not headings:
        start_line = _body_start_line(text, lines, header)
        headings = find_unnumbered_headings(text, lines, start_line) or \
            find_numbered_paragraphs(text, lines, start_line)
        if not headings and start_line < len(lines):
            headings = _whole_body_item(text, lines, start_line)
        if first_item_line == len(lines) and headings:
            attendance = read_attendance(text, lines, page_start, headings[0].line_index) or attendance
    items_end_line = len(lines)
    matrix = _meeting_attendance_matrix(text, lines, headings, page_start, first_item_line, header.date)
    if matrix is not None:
        start, end, entries = matrix
        # a grid before the items was read as lists of its own: its rows are this meeting's only here
        attendance = [a for a in attendance if not lines[start].start <= a.span.start < lines[end - 1].end]
        merge_attendance(attendance, entries)
        headings = [h for h in headings if not start <= h.line_index < end]
        if headings and start > headings[-1].title_line_index:
            items_end_line = start      # the grid closing the minutes is no part of the last item
    membership = marked_membership(text, lines, page_start, min(first_item_line, len(lines)))
    if membership is not None:
        start, end, entries = membership
        # the block's lines were read as lists of their own (a group heading taken for a label)
        attendance = [a for a in attendance if not lines[start].start <= a.span.start < lines[end - 1].end]
        merge_attendance(attendance, entries)
    if headings and table is None and not any(a.list_kind == "present" for a in attendance):
        closing = _closing_attendance_line(text, lines, headings[-1].title_line_index + 1)
        if closing is not None:
            # "## Attendance" after the business: its lists are the meeting's, and no item's text
            attendance.extend(read_attendance(text, lines, closing, _page_footer_line(text, lines, closing)))
            items_end_line = closing
    closing_table = closing_status_table(text, lines, headings[-1].title_line_index + 1) \
        if headings and table is None else None
    if closing_table is not None:
        start, entries = closing_table
        merge_attendance(attendance, entries)
        items_end_line = min(items_end_line, start)    # the table closing the minutes is no item's text
    if not any(a.list_kind == "present" for a in attendance):
        attendance.extend(initials_attendance(text, lines, first_item_line))
    if not any(a.list_kind == "present" for a in attendance):
        attendance.extend(_attendance_in_items(text, lines, headings))
    elif not any(a.list_kind == "apologies" for a in attendance):
        # "Apologies were received from A (Org) and B." minuted under item 1 beside a present list above
        attendance.extend(a for a in _attendance_in_items(text, lines, headings) if a.list_kind == "apologies")
    if layout == "generic":
        warnings.append("layout not recognised: best-effort generic reading")
    if not headings:
        warnings.append("no agenda items found")

    if table is not None:
        items = [_table_row_segment(text, lines, table, h, headings[k + 1] if k + 1 < len(headings) else None)
                 for k, h in enumerate(headings)]
    else:
        items = [_item_segment(text, lines, h, headings[k + 1] if k + 1 < len(headings) else None, items_end_line)
                 for k, h in enumerate(headings)]
    return Segmented(source=source, layout=layout, header=header, attendance=attendance, items=items,
                     warnings=warnings)


_INITIALS_PIECE = re.compile(r"(?P<ini>[A-Z]{2,4})(?:[ \t]*\((?P<role>[^()\n]{1,40})\))?")
# a key line: the initials, a gap or a dash, then the name (behind an upper-case title: "SB – DCI Sam Bell")
_KEY_LINE = re.compile(r"[ \t]*(?P<ini>[A-Z]{2,4})(?:[ \t]{2,}|\t|[ \t]*[:=–—-][ \t]*)"
                       r"(?=[A-Z][a-z]|[A-Z]{2,4}\.?[ \t]+[A-Z][a-z])")


def initials_attendance(text: str, lines: list[Line], last: int) -> list[AttendanceEntry]:
    """Attendance written as initials ("Attendees: KW (Chair), PW, LB") with a key of lines
    "KW   Kelly Webb (Sevenoaks District Council)": the key gives each listed person's name."""
    key: dict[str, Line] = {}
    for ln in lines[:last]:
        if not ln.blank and _KEY_LINE.match(text, ln.cs, ln.ce):
            key.setdefault(_KEY_LINE.match(text, ln.cs, ln.ce)["ini"], ln)
    if not key:
        return []
    for ln in lines[:last]:
        m = None if ln.blank else _label_match(text, ln)
        if not m or _LIST_KIND.get(_SPACES.sub(" ", m["label"].lower()), "present") != "present":
            continue
        pieces = [p.strip() for p in text[m.end():ln.ce].split(",")]
        parsed = [_INITIALS_PIECE.fullmatch(p) for p in pieces]
        if not pieces or not all(parsed) or not any(pm["ini"] in key for pm in parsed):
            continue
        entries = []
        for pm in parsed:
            kl = key.get(pm["ini"])
            # read the key line past its initials: "NH – Nina Hale, Head of …" names Nina Hale
            # (read whole, the dash after "NH" would end the name there)
            km = _KEY_LINE.match(text, kl.cs, kl.ce) if kl is not None else None
            entry = parse_entry(text, km.end(), kl.ce, "present", True) if km is not None else None
            if entry is None:
                continue
            entry.initials = entry.initials or pm["ini"]
            if pm["role"] and not entry.role:
                entry.role = pm["role"].strip()
            entries.append(entry)
        return entries
    return []


# an early item about who is there: "Apologies", "Attendance", "Introductions/Apologies", "Welcome,
# introductions and apologies" (a labelled list inside it is the meeting's attendance)
_ATTENDANCE_TITLE = re.compile(r"\b(?:attendance|apologies|present|membership|members present)\b", re.IGNORECASE)


def _attendance_in_items(text: str, lines: list[Line], headings: list[_Heading]) -> list[AttendanceEntry]:
    """Lists given inside an early "Attendance and apologies" / "Apologies" item."""
    found: list[AttendanceEntry] = []
    for k, h in enumerate(headings[:3]):
        if not _ATTENDANCE_TITLE.search(text, h.title_start, h.title_end):
            continue
        last = headings[k + 1].line_index if k + 1 < len(headings) else len(lines)
        if _PRESENT_TITLE.fullmatch(text, h.title_start, h.title_end):
            found.extend(_unlabelled_present_list(text, lines, h.title_line_index + 1, last))
        found.extend(read_attendance(text, lines, h.title_line_index + 1, last))
    return found


# an item titled only "Present" (ModernGov panels minute their attendance as item 1): the list
# under it carries no label of its own
_PRESENT_TITLE = re.compile(r"\W*(?:present|members\s+present|attendance(?:\s+details)?|those\s+present)\W*", re.IGNORECASE)


def _unlabelled_present_list(text: str, lines: list[Line], first: int, last: int) -> list[AttendanceEntry]:
    """The first paragraph under a "Present" item, past web furniture ("Minutes:"), as a present list."""
    i = first
    while i < last and (lines[i].blank or _FURNITURE.fullmatch(lines[i].content(text))):
        i += 1
    if i >= last or _label_match(text, lines[i]):
        return []
    j = i
    while j < last and not lines[j].blank and not _label_match(text, lines[j]):
        j += 1
    return _paragraph_entries(text, lines[i].cs, lines[j - 1].ce, "present")


# "APPENDIX 1 – ATTENDANCE": informal notes put who came in an appendix after the business
_APPENDIX_PREFIX = re.compile(r"\W*(?:appendix|annex)[ \t]+[\w.]{1,4}[ \t]*[-–—:.]?[ \t]*", re.IGNORECASE)


def _attendance_heading(content: str) -> bool:
    """A heading that titles the attendance lists, on its own or as an appendix's title."""
    am = _APPENDIX_PREFIX.match(content)
    return bool(_PRESENT_TITLE.fullmatch(content[am.end():] if am else content))


# ModernGov's own title of its attendance section: set as a heading on the page, it is plain text once
# the page is copied, and a page printed from the minutes puts it after the items
_PAGE_ATTENDANCE_TITLE = re.compile(r"[ \t]*attendance[ \t]+details[ \t]*", re.IGNORECASE)


def _set_as_a_heading(text: str, ln: Line) -> bool:
    """A line set apart as a heading: marked up, shouted, or ModernGov's attendance title."""
    content = ln.content(text)
    return ln.heading or content.isupper() or bool(_PAGE_ATTENDANCE_TITLE.fullmatch(content))


def _closing_attendance_line(text: str, lines: list[Line], first: int) -> int | None:
    """The line of an attendance heading ("## Attendance", "PRESENT", "Attendance details") after the
    last item's heading that a labelled list follows, or None."""
    under_other_heading = False         # "APPENDIX 1 – FUNDING": the lines below are on another subject
    for i in range(first, len(lines)):
        ln = lines[i]
        if ln.blank:
            continue
        if not under_other_heading and _present_label_line(text, ln) and _next_nonblank(lines, i, 1) == i + 1:
            # a letter closing the record: "Those present at the meeting on 26 May 2024:" over the list
            return i
        if not _set_as_a_heading(text, ln):
            continue
        if _attendance_heading(ln.content(text)):
            j = _next_nonblank(lines, i)
            if j is not None and _label_match(text, lines[j]):
                return i
        else:
            under_other_heading = True
    return None


# a status cell's deputy: "D – Supt Jo Bloggs", "S - Ann Webb": the mark, a dash, who came instead
_DEPUTY_STATUS = re.compile(r"[ \t]*[DS][ \t]*[–—-][ \t]*(?=[A-Z])")
_ATTENDANCE_RECORD_TITLE = re.compile(r"[ \t]*attendance(?:[ \t]+(?:record|register|list))?[ \t:]*", re.IGNORECASE)


def closing_status_table(text: str, lines: list[Line], first: int) -> tuple[int, list[AttendanceEntry]] | None:
    """ "Attendance record" over "Name | Organisation | Present/Apologies/Deputy (Y/A/D)" after the last
    item: the meeting's attendance as a table, one member a row, the row's status cell saying whether
    they came ("Y"), sent apologies ("A") or sent a deputy ("D – Supt Jo Bloggs": the deputy came, for
    the member's body; the member did not). Returns the table's first line (its title's, when a title
    heads it) and the entries, or None."""
    for i in range(first, len(lines)):
        ln = lines[i]
        if ln.blank or text.find("|", ln.cs, ln.ce) < 0:
            continue
        columns = _table_header(text, ln.cs, ln.ce)
        if columns is None or "status" not in columns:
            continue
        entries: list[AttendanceEntry] = []
        for row in lines[i + 1:]:
            if row.blank or text.find("|", row.cs, row.ce) < 0:
                break
            entry = _table_row_entry(text, row.cs, row.ce, "present", columns)
            if entry is None:
                break
            entries.append(entry)
            cells = _row_cells_under(text, row.cs, row.ce, columns)
            k = columns.index("status")
            deputy = _DEPUTY_STATUS.match(text, *cells[k]) if k < len(cells) else None
            if deputy is not None:
                entry.list_kind = "absent"
                stand_in = parse_entry(text, deputy.end(), cells[k][1], "present", False)
                if stand_in is not None:
                    stand_in.organisations = stand_in.organisations or list(entry.organisations)
                    entries.append(stand_in)
        if not entries:
            return None
        title = _previous_nonblank(lines, i)
        start = title if title is not None and _ATTENDANCE_RECORD_TITLE.fullmatch(lines[title].content(text)) else i
        return start, entries
    return None


def _present_label_line(text: str, ln: Line) -> bool:
    """A line that is only the label of a list of those present ("Present:", "Those present at the
    meeting on 26 May 2024:"), its names on the lines below."""
    m = _ATT_LABEL.match(text, ln.cs, ln.ce)
    if m is None or m["colon"] != ":" or text[m.end():ln.ce].strip():
        return False
    label = _SPACES.sub(" ", m["label"].lower())
    return _LIST_KIND.get(label, "present" if label.endswith("present") else None) == "present"


# --------------------------------------------------------------------------- attendance matrix
# A closing (or opening) grid of the members against the year's meeting dates, a mark in each cell
# ("✓", "A", "x", "–"): the column headed by this meeting's date says who came and who sent apologies.

_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# "18 Apr 24", "11 July 2024", "18-Apr", "11/07/24", "11.07": a column's date (the year is optional, and
# never the day of the next column: "18 Apr 11 Jul")
_MATRIX_DATE_CELL = re.compile(
    rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?[ .-]?(?P<month>{_MONTH_ABBREVIATIONS})[a-z]*\.?"
    rf"(?:[ .-]?(?P<year>(?:19|20)?\d\d)(?!\d)(?![ \t]*(?:{_MONTH_ABBREVIATIONS})))?"
    r"|(?P<nday>[0-3]?\d)[/.](?P<nmonth>[01]?\d)(?:[/.](?P<nyear>(?:19|20)?\d\d))?(?!\d)", re.IGNORECASE)
# a legend pair: "✓ = present", "A = apologies"
_MATRIX_LEGEND_PAIR = re.compile(r"(?P<mark>[^\s=]{1,6})[ \t]*=[ \t]*(?P<word>[A-Za-z]+)")
# between a row's name and organisation cells: a bar, a tab or two spaces
_MATRIX_CELL_GAP = re.compile(r"[ \t]*[|\t][ \t]*|[ \t]{2,}")
_MATRIX_TOKEN = re.compile(r"[^\s|]+")
_WRAPPED_YEARS = re.compile(r"(?:[ \t]*(?:19|20)?\d\d(?!\d))*[ \t|]*")
# "Jun | Sep | Dec | Mar": a municipal year's columns headed by the month alone (one meeting a month at most)
_MATRIX_MONTH_CELL = re.compile(rf"(?<![A-Za-z])(?P<month>{_MONTH_ABBREVIATIONS})[a-z]*\.?(?![A-Za-z])",
                                re.IGNORECASE)
# a table's rule under its header ("-----+-----", "|---|---|"): no row of the grid
_MATRIX_RULE = re.compile(r"[ \t|+:=_—–-]+")
_MATRIX_TITLE_LINES = 4
_WRAPPED_CELL_WORDS = 3
_UNPLACED_COLUMN = -1     # a title and a legend above the grid's header belong to the grid


def _matrix_header(text: str, ln: Line) -> tuple[list[tuple[int, int, int | None]], list[int]] | None:
    """ "Name   Organisation   18 Apr 24   11 Jul 24": the dates (day, month, year or None) closing the
    line, and the offsets in the line of the labels before them (the name's column, the body's)."""
    if ln.blank:
        return None
    cells = [m for m in _MATRIX_DATE_CELL.finditer(text, ln.cs, ln.ce) if text[m.start() - 1] in " \t|"]
    if not cells:
        cells = _month_cells(text, ln)
    # a PDF flattens a header whose dates wrap ("18 Apr" over "24"): its years may trail the dates
    if not cells or not _WRAPPED_YEARS.fullmatch(text, cells[-1].end(), ln.ce) or \
            any(text[a.end():b.start()].strip(" \t|") for a, b in zip(cells, cells[1:])):
        return None
    labels = [(a, b) for a, b in _gap_pieces(text, ln.cs, cells[0].start()) if text[a:b].strip(" \t|")]
    if not labels or _COLUMN_OF.get(_header_name(text[labels[0][0]:labels[0][1]].split()[0])) != "name":
        return None
    dates: list[tuple[int | None, int, int | None]] = []
    for m in cells:
        if "day" not in m.re.groupindex:
            dates.append((None, MONTHS[m["month"][:3].lower()], None))
        elif m["month"]:
            dates.append((int(m["day"]), MONTHS[m["month"][:3].lower()], int(m["year"]) if m["year"] else None))
        else:
            dates.append((int(m["nday"]), int(m["nmonth"]), int(m["nyear"]) if m["nyear"] else None))
    offsets = [a - ln.start for a, _ in labels]
    if len(offsets) == 1 and len(text[labels[0][0]:labels[0][1]].split()) > 1:
        offsets.append(_UNPLACED_COLUMN)    # "Name Organisation 18 Apr": a body column, its place unknown
    return dates, offsets


def _month_cells(text: str, ln: Line) -> list[re.Match]:
    """ "Name | Organisation | Jun | Sep | Dec | Mar": the month names heading a year's columns, each a
    cell of its own; a month named twice leaves the meeting's column unknown, so no header."""
    cells = [m for m in _MATRIX_MONTH_CELL.finditer(text, ln.cs, ln.ce) if text[m.start() - 1] in " \t|"]
    months = [m["month"][:3].lower() for m in cells]
    if len(cells) < 2 or len(set(months)) < len(months):
        return []
    return cells


def _column_of_date(dates: list[tuple[int | None, int, int | None]], day: dt.date) -> int | None:
    """The index of the column headed by the meeting's date (a two-digit year is this century's; a
    column headed by the month alone is the meeting's month)."""
    for k, (d, m, y) in enumerate(dates):
        if (d is None or d == day.day) and m == day.month and (y is None or y % 100 == day.year % 100):
            return k
    return None


def _default_matrix_marks() -> dict[str, str | None]:
    marks: dict[str, str | None] = {m: None for m in terms()["attendance_matrix_other_marks"]}
    marks.update({m: "apologies" for m in terms()["attendance_matrix_apology_marks"]})
    marks.update({m: "present" for m in terms()["attendance_matrix_present_marks"]})
    return marks


def _legend_marks(text: str, lines: list[Line], first: int, last: int) -> dict[str, str | None] | None:
    """The marks a legend above the grid defines ("✓ = present   A = apologies   x = absent"): the list
    each puts its row's member on (None: neither present nor apologies), or None without a legend."""
    present = set(terms()["attendance_matrix_present_words"])
    apologies = set(terms()["attendance_matrix_apology_words"])
    for ln in lines[first:last]:
        pairs = [] if ln.blank else list(_MATRIX_LEGEND_PAIR.finditer(text, ln.cs, ln.ce))
        if len(pairs) >= 2:
            return {p["mark"]: "present" if p["word"].lower() in present else
                    "apologies" if p["word"].lower() in apologies else None for p in pairs}
    return None


def _matrix_block_start(text: str, lines: list[Line], header: int, first: int) -> int:
    """The first line of the grid with its title and legend ("Attendance matrix 2024/25", "✓ = present …")."""
    start, seen = header, 0
    k = header - 1
    while k >= first and seen < _MATRIX_TITLE_LINES:
        ln = lines[k]
        if not ln.blank:
            content = ln.content(text)
            if not (_MATRIX_LEGEND_PAIR.search(content) or
                    (len(content) <= 80 and _ATTENDANCE_TITLE.search(content))):
                break
            start, seen = k, seen + 1
        k -= 1
    return start


def _matrix_row_marks(text: str, ln: Line, columns: int, marks: dict[str, str | None]) -> tuple[int, list[str]] | None:
    """Where a grid row's marks start and the marks ("Jo Bloggs   Lakes Council   ✓   A"): the row's
    last ``columns`` words, each a known mark (a row whose cells do not line up still reads)."""
    tokens = list(_MATRIX_TOKEN.finditer(text, ln.cs, ln.ce))
    if len(tokens) <= columns or not all(t.group() in marks for t in tokens[-columns:]):
        return None
    if tokens[-columns - 1].group() in marks:
        return tokens[-columns].start(), []     # more marks than dates: two rows run together (a PDF's
                                                # table), no one person's: passed over
    return tokens[-columns].start(), [t.group() for t in tokens[-columns:]]


def _split_member_cells(text: str, s: int, e: int, body_column: int | None) -> tuple[tuple[int, int], tuple[int, int]]:
    """A row's name and organisation: parted at the first wide gap, or, where a long name leaves a single
    space before the body ("Cllr Ann Webb (Chair) Lakes Council"), at the space nearest the body's column."""
    s, e = _strip_span(text, s, e, " \t|")
    gap = _MATRIX_CELL_GAP.search(text, s, e)
    if gap:
        return (s, gap.start()), (gap.end(), e)
    if body_column is None:
        return (s, e), (e, e)
    line_start = text.rfind("\n", 0, s) + 1
    spaces = [s + k for k, ch in enumerate(text[s:e]) if ch == " "]
    if not spaces:
        return (s, e), (e, e)
    cut = min(spaces, key=lambda p: abs(p + 1 - line_start - body_column))
    return (s, cut), (cut + 1, e)


def _matrix_body_cell(cell: str) -> tuple[list[str], str | None]:
    """The body in a grid's organisation cell: "Lakes Council, Licensing and ASB" names the council and
    its team, so a body before the first comma is the row's whole organisation."""
    head = cell.split(",", 1)[0]
    head_orgs, _ = analyse_affiliation(head) if head != cell else ([], None)
    return (head_orgs, None) if head_orgs else analyse_affiliation(cell)


def attendance_matrix(text: str, lines: list[Line], first: int, last: int,
                      meeting_date: dt.date | None) -> tuple[int, int, list[AttendanceEntry]] | None:
    """The grid of members against meeting dates between lines[first:last] that has a column for this
    meeting: (its first line with title and legend, the line after its last row, the present and the
    apologies). A grid without this meeting's date is another meeting's record and is left alone."""
    if meeting_date is None:
        return None
    grid_start = grid_end = None
    entries: list[AttendanceEntry] = []
    i = first
    while i < last:
        header = _matrix_header(text, lines[i])
        column = _column_of_date(header[0], meeting_date) if header else None
        if column is None:
            i += 1
            continue
        dates, label_offsets = header
        start = _matrix_block_start(text, lines, i, first)
        marks = _legend_marks(text, lines, start, i) or _default_matrix_marks()
        body_column = label_offsets[1] if len(label_offsets) > 1 else None
        rows = _matrix_rows(text, lines, i + 1, last, len(dates), marks)
        for ln, marks_at, row_marks, body_rest in rows:
            entry = _matrix_entry(text, ln, marks_at, marks.get(row_marks[column]), body_column, body_rest)
            if entry is not None:
                entries.append(entry)
        if rows:
            # a grid cut by a page break repeats its header: the parts are one grid
            grid_start = start if grid_start is None else grid_start
            grid_end = lines.index(rows[-1][0]) + 1
        i = grid_end if rows else i + 1
    return (grid_start, grid_end, entries) if entries else None


def _matrix_rows(text: str, lines: list[Line], first: int, last: int, columns: int,
                 marks: dict[str, str | None]) -> list[tuple[Line, int, list[str], list[str]]]:
    """The rows under a grid's header (blank lines and a line of the header's wrapped years skipped):
    each line, where its marks start, the marks, and the words its body's cell wraps onto below."""
    rows = []
    for ln in lines[first:last]:
        if ln.blank or (not rows and _WRAPPED_YEARS.fullmatch(text, ln.cs, ln.ce)) or \
                _MATRIX_RULE.fullmatch(text, ln.cs, ln.ce):
            continue
        row = _matrix_row_marks(text, ln, columns, marks)
        if row is None and rows and len(_MATRIX_TOKEN.findall(text, ln.cs, ln.ce)) <= _WRAPPED_CELL_WORDS:
            # "Council" under "… Tameside ✓ ✓" (or "Chair) |  |  |" between bars): the end of a cell
            # wrapped in a PDF's table; a body's cell between bars goes on with the row's body
            wrapped_body = _wrapped_body_cell(text, ln)
            if wrapped_body:
                rows[-1][3].append(wrapped_body)
            continue
        if row is None:
            break
        if row[1]:
            rows.append((ln, *row, []))
    return rows


def _wrapped_body_cell(text: str, ln: Line) -> str | None:
    """ "|    | Cleveland |   |   |" under "| Jo Pike | Office of the Police and Crime Commissioner for |":
    the words a grid drawn with bars wraps into the body's cell (the second), if any."""
    if text.find("|", ln.cs, ln.ce) < 0:
        return None
    cells = text[ln.start:ln.ce].split("|")
    return cells[1].strip() or None if len(cells) > 2 else None


def _matrix_entry(text: str, ln: Line, marks_at: int, kind: str | None,
                  body_column: int | None, body_rest: list[str] = ()) -> AttendanceEntry | None:
    """The person of a grid row on the list its mark gives (none for absent or not a member), with the
    body of its organisation cell."""
    if kind is None:
        return None
    rs, re_ = _strip_span(text, ln.cs, marks_at, " \t|")
    if body_column == _UNPLACED_COLUMN and not _MATRIX_CELL_GAP.search(text, rs, re_):
        return None     # "Supt Jo Bloggs Lakes Police": where the name ends is not known
    (ns, ne), (os_, oe) = _split_member_cells(text, ln.cs, marks_at, body_column)
    entry = parse_entry(text, ns, ne, kind, True)
    if entry is not None and os_ < oe:
        cell = _SPACES.sub(" ", " ".join([text[os_:oe], *body_rest])).strip(" |")
        # "(GMP)", "(minutes)", "(Tameside locality)": an acronym or a remark, not the body's name
        orgs, role = _matrix_body_cell(_SPACES.sub(" ", _PAREN.sub(" ", cell)).strip())
        entry.organisations.extend(o for o in orgs if o not in entry.organisations)
        entry.role = entry.role or role
        entry.as_written = cell
    return entry


# --------------------------------------------------------------------------- membership marked for absence
# "Membership" / "Persons absent are marked with an 'A'": the whole membership listed one a line under
# group headings in capitals ("COUNTY COUNCILLORS", "NHS PARTNERS"), the mark in the margin before an
# absent member; every unmarked member was there.
_ABSENCE_LEGEND = re.compile(
    r"(?:persons|members|those|people)[ \t]+(?:who[ \t]+(?:were|are)[ \t]+)?absent[ \t]+(?:are|were|is)[ \t]+"
    r"(?:marked|shown|indicated)[ \t]+(?:with|by|as)?[ \t]*(?:an?[ \t]+)?[\"'‘’“”]?(?P<mark>[A-Za-z*✗x]{1,3})[\"'‘’“”]?",
    re.IGNORECASE)
# "Councillor A Hale for Councillor B Webb": a substitute, then the member they stand in for
_SUBSTITUTE_FOR = re.compile(r"[ \t]+for[ \t]+(?=(?:[A-Z][a-z]+\.?[ \t]+)*[A-Z])")
# a name line's gap before its post or body: "Jo Hale          - Lakes Police"
_MARKED_ROW_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
_MOST_MEMBER_LINE_WORDS = 16


def _absence_legend(text: str, lines: list[Line], first: int, last: int) -> tuple[int, str] | None:
    """The line saying how an absent member is marked, and the mark."""
    for k in range(first, last):
        if not lines[k].blank:
            m = _ABSENCE_LEGEND.search(text, lines[k].cs, lines[k].ce)
            if m:
                return k, m["mark"]
    return None


def _capitals_group_heading(content: str) -> bool:
    """ "DISTRICT AND BOROUGH COUNCILLORS", "OFFICERS IN ATTENDANCE": a group's heading, in capitals."""
    letters = [c for c in content if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and not _MARKED_ROW_DASH.search(content)


def marked_membership(text: str, lines: list[Line], first: int, last: int) -> tuple[int, int, list[AttendanceEntry]] | None:
    """The membership block under an absence legend between lines[first:last]: (the legend's line, the
    line after the block, its entries). A marked member sent apologies or stayed away (listed as
    apologies); an unmarked one, a substitute ("A Hale for B Webb": A Hale) and the officers listed in
    attendance were present. A line indented past the row's dash goes on with the body above it."""
    legend = _absence_legend(text, lines, first, last)
    if legend is None:
        return None
    start, mark = legend
    mark_re = re.compile(rf"[ \t]*{re.escape(mark)}[ \t]{{2,}}(?=\S)")
    entries: list[AttendanceEntry] = []
    kind = "present"
    end = start + 1
    previous: tuple[Line, int] | None = None      # the last row and the column its body starts at
    for k in range(start + 1, last):
        ln = lines[k]
        if ln.blank:
            continue
        content = ln.content(text)
        if _capitals_group_heading(content):
            kind = "in_attendance" if content.lower().rstrip(": ").endswith("in attendance") else "present"
            previous, end = None, k + 1
            continue
        if previous is not None and ln.cs - ln.start >= previous[1] > 0 and not lines[k - 1].blank:
            # "NHS Lakes Integrated" over "Care Board": the body wrapped under its own column
            row, _ = previous
            entry = entries[-1]
            body = _SPACES.sub(" ", text[_MARKED_ROW_DASH.search(text, row.cs, row.ce).end():row.ce] + " " + content)
            orgs, role = analyse_affiliation(body)
            entry.organisations, entry.role, entry.as_written = orgs or entry.organisations, role or entry.role, body
            previous, end = None, k + 1
            continue
        if len(content.split()) > _MOST_MEMBER_LINE_WORDS:
            break       # a sentence: the block is over
        mm = mark_re.match(text, ln.start, ln.ce)
        s = mm.end() if mm else ln.cs
        sub = _SUBSTITUTE_FOR.search(text, s, ln.ce)
        entry = parse_entry(text, s, sub.start() if sub else ln.ce, "apologies" if mm else kind, True)
        if entry is None:
            break
        entries.append(entry)
        dash = _MARKED_ROW_DASH.search(text, s, ln.ce)
        previous = (ln, dash.end() - ln.start) if dash else None
        end = k + 1
    return (start, end, entries) if entries else None


def _meeting_attendance_matrix(text: str, lines: list[Line], headings: list[_Heading], page_start: int,
                               first_item_line: int, meeting_date: dt.date | None
                               ) -> tuple[int, int, list[AttendanceEntry]] | None:
    """This meeting's attendance grid after the last item, else before the first. A line of the grid
    may pass for one more item ("24 24": a PDF's wrapped header years), so the grid is looked for from
    the item before the last."""
    for heading in headings[-2:]:
        after = attendance_matrix(text, lines, heading.title_line_index + 1, len(lines), meeting_date)
        if after is not None:
            return after
    return attendance_matrix(text, lines, page_start, min(first_item_line, len(lines)), meeting_date)


def _person_key(name: str) -> str:
    """A name without its personal title, to know one person listed twice ("Chair: Cllr Ann Webb")."""
    tm = _titles_re().match(name)
    return _SPACES.sub(" ", name[tm.end():] if tm else name).strip().lower()


def merge_attendance(found: list[AttendanceEntry], more: list[AttendanceEntry]) -> None:
    """Add the entries of a second list of the same meeting, once each: a person already listed keeps
    their entry (and gains the body the second list gives them)."""
    known = {_person_key(a.name): a for a in found}
    for entry in more:
        same = known.get(_person_key(entry.name))
        if same is None:
            found.append(entry)
            known[_person_key(entry.name)] = entry
        elif not same.organisations:
            same.organisations.extend(entry.organisations)


def _page_footer_line(text: str, lines: list[Line], first: int) -> int:
    """The first line from ``first`` on that opens a web page's footer ("Printed minutes 22nd-Jan-2024
    …"), or the document's end: a closing attendance runs up to it."""
    openers = tuple(terms()["page_footer_openers"])
    for i in range(first, len(lines)):
        if not lines[i].blank and lines[i].content(text).lower().startswith(openers):
            return i
    return len(lines)


_NAV_LINE_CHARS = re.compile(r"[^\w\s'&,-]|\d")


def web_furniture_end(text: str, lines: list[Line], last: int) -> int:
    """Index of the first line after a web page's furniture copied with its text (skip link, search,
    menu, breadcrumbs: short lines above the meeting, at least two of them navigation words from the
    data file), or 0. The run ends at the first line that is not that short or has a name's shape."""
    nav = {w.lower() for w in terms().get("web_navigation", [])}
    end = hits = seen = 0
    for i in range(min(last, len(lines))):
        ln = lines[i]
        if ln.blank:
            continue
        seen += 1
        content = _SPACES.sub(" ", ln.content(text)).strip()
        if seen > 40 or len(content.split()) > 10 or _NAV_LINE_CHARS.search(content) or \
                _titles_re().match(content):
            break
        if content.lower() in nav or _AGENDA_AND_MINUTES.fullmatch(content):
            hits += 1
            end = i + 1
        elif _label_match(text, ln):
            break           # "Attendance", "Present": the page's own content starts
    return end if hits >= 2 else 0


_EMAIL_FIELD = re.compile(r"[ \t]*(?P<label>[A-Za-z]{2,12})[ \t]*:")
_RULE_LINE = re.compile(r"[ \t]*[_=*-]{5,}[ \t]*")
_MOST_EMAIL_LINES = 60


def _email_field_label(text: str, ln: Line) -> str | None:
    m = _EMAIL_FIELD.match(text, ln.cs, ln.ce)
    label = m["label"].lower() if m else None
    return label if label in terms()["email_header_fields"] else None


def email_preamble_end(text: str, lines: list[Line], last: int) -> int:
    """Index of the first line of notes sent by e-mail, after the e-mail's header ("From:", "Sent:",
    "To:", "Subject:") and covering note, or 0. The sent date and the sender's signature are no part of
    the meeting: the notes start under the first rule line ("_____") after the header, else right
    after the header."""
    labels: set[str] = set()
    i = 0
    while i < min(last, len(lines)):
        if not lines[i].blank:
            label = _email_field_label(text, lines[i])
            if label is None:
                break
            labels.add(label)
        i += 1
    if not {"from", "subject"} <= labels or len(labels) < 3:
        return 0
    for j in range(i, min(last, len(lines), i + _MOST_EMAIL_LINES)):
        if not lines[j].blank and _RULE_LINE.fullmatch(text, lines[j].cs, lines[j].ce):
            return j + 1
    return i


# "yesterday's steering group (Tues 11 Feb, 10am, Teams)": a day and month, no year, in the covering note
_YEARLESS_DAY_MONTH = re.compile(
    r"(?:\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[ \t]+)?"
    r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?[ \t]+(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) +
    r")\b\.?(?![ \t]*,?[ \t]*(?:19|20)\d\d)(?P<rest>[^)\n]*)", re.IGNORECASE)
# a short place after the time in the same bracket: "Teams", "Room 2"
_MOST_VENUE_CHARS = 40


def _email_field(text: str, lines: list[Line], end: int, label: str) -> tuple[int, int] | None:
    """The value of an e-mail header field ("To: Lakes Delivery Group") among lines[:end]."""
    for ln in lines[:end]:
        if not ln.blank and _email_field_label(text, ln) == label:
            m = _EMAIL_FIELD.match(text, ln.cs, ln.ce)
            return _strip_span(text, m.end(), ln.ce)
    return None


def emailed_meeting_fields(text: str, lines: list[Line], note_start: int, first_item: int, header: Header) -> None:
    """Notes sent by e-mail without a heading of their own date the meeting in the covering note
    ("Thanks to everyone who joined yesterday's steering group (Tues 11 Feb, 10am, Teams)"): the day
    and month there, in the year that puts it on or before the sent date; the time and the short place
    after it in the same bracket; and the e-mail is addressed to the body that met ("To: Lakes Delivery
    Group")."""
    sent_field = _email_field(text, lines, note_start, "sent") or _email_field(text, lines, note_start, "date")
    sent = find_dates(text[sent_field[0]:sent_field[1]]) if sent_field else []
    if not sent or first_item <= note_start:
        return
    sent_date = sent[0][0]
    a, b = lines[note_start].start, lines[first_item - 1].end
    m = _YEARLESS_DAY_MONTH.search(text, a, b)
    if m is None:
        return
    try:
        date = dt.date(sent_date.year, MONTHS[m["month"].lower()], int(m["day"]))
        if date > sent_date:
            date = date.replace(year=date.year - 1)
    except ValueError:
        return
    header.date, header.date_span = date, Span(m.start(), m.start("rest"))
    pieces = [piece.strip() for piece in m["rest"].split(",")]
    timed = next((k for k, piece in enumerate(pieces) if find_time(piece)), None)
    if timed is not None:
        header.start_time = find_time(pieces[timed])[0]
        place = pieces[timed + 1] if timed + 1 < len(pieces) else ""
        if place and len(place) <= _MOST_VENUE_CHARS and not any(ch.isdigit() for ch in place):
            vs = text.find(place, m.start("rest"), m.end("rest"))
            header.venue, header.venue_span = place, Span(vs, vs + len(place))
    to = _email_field(text, lines, note_start, "to")
    # (a sentence of the covering note, "… joined yesterday's steering group (…)", names no body)
    in_note = header.body_span is not None and a <= header.body_span.start < b
    if (header.body is None or in_note) and to and _is_body_phrase(text[to[0]:to[1]]) and ";" not in text[to[0]:to[1]]:
        header.body, header.body_span = text[to[0]:to[1]], Span(*to)


def _masked_before(text: str, lines: list[Line], first: int) -> str:
    """The text with every line before `first` blanked out, newlines and offsets kept, so that the
    header is read from the lines after it alone."""
    if first <= 0:
        return text
    cut = lines[first].start
    return "".join("\n" if ch == "\n" else " " for ch in text[:cut]) + text[cut:]


def _body_start_line(text: str, lines: list[Line], header: Header) -> int:
    """Where the body starts when no numbered item exists: after the header date or the lists."""
    start = 0
    if header.date_span is not None:
        for k, ln in enumerate(lines):
            if ln.start <= header.date_span.start <= ln.end:
                start = k + 1
                break
    for k in range(start, min(len(lines), start + 200)):
        ln = lines[k]
        if not ln.blank and _label_match(text, ln):
            # skip the lists: body starts after the last labelled list's block
            j = k + 1
            while j < len(lines) and not lines[j].blank:
                j += 1
            start = j
    return start


def _whole_body_item(text: str, lines: list[Line], start_line: int) -> list[_Heading]:
    """No headings at all: one unnumbered item titled by the first line of the body."""
    for i in range(start_line, len(lines)):
        ln = lines[i]
        if ln.blank:
            continue
        ts, te = ln.cs, ln.ce
        words = list(_WORD.finditer(text, ts, te))
        if len(words) > 10:
            te = words[9].end()
        ts, te = _strip_span(text, ts, te)
        if te > ts:
            return [_Heading(i, i, None, ts, ts, te, None, title_in_body=True)]
    return []


# "C3 The Board endorsed …" under item "C.": a point numbered by its item's letter, then a space
_ITEM_POINT_NUMBER = re.compile(r"(?P<enum>[A-Z]\d{1,2})[.:)]?[ \t]+(?=\S)")


def _with_item_point_numbers(text: str, letter: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs of a lettered item with their point numbers ("C1", "C2" under "C.") read as
    enumerators: the words after the number are the paragraph's text ("The Board endorsed …", whose
    subject is then the Board and not "C3 The Board")."""
    out = []
    for p in paragraphs:
        s = p.text_span.start
        m = _ITEM_POINT_NUMBER.match(text, s, p.text_span.end) if p.enumerator is None and \
            text.startswith(letter, s) else None
        out.append(Paragraph(span=p.span, text_span=Span(m.end(), p.text_span.end), enumerator=m["enum"])
                   if m else p)
    return out


def _without_run_in_title(paragraphs: list[Paragraph], run_in: int) -> list[Paragraph]:
    """The heading line's paragraph starts where the item's text runs on after its title."""
    if paragraphs and paragraphs[0].span.start < run_in < paragraphs[0].span.end:
        first = paragraphs[0]
        paragraphs[0] = Paragraph(Span(run_in, first.span.end), Span(run_in, first.text_span.end))
    return paragraphs


# a numbered paragraph's first line, taken for an item's title, is a sentence when it runs this long
_SENTENCE_TITLE_WORDS = 8


def _title_runs_on_as_sentence(text: str, lines: list[Line], h: _Heading) -> bool:
    """ "20. The Board AGREED to adopt the VAWG Strategy 2021-2024, subject to the" over "amendments at
    paragraph 19.": minutes numbered by paragraph give each paragraph's first line as the title; the
    sentence goes on in lower case on the next line, so the item's text starts with the title's."""
    i = h.title_line_index
    title = text[h.title_start:h.title_end]
    if i + 1 >= len(lines) or lines[i + 1].blank or len(title.split()) < _SENTENCE_TITLE_WORDS \
            or title.rstrip()[-1:] in ".:;!?)" or title.isupper():
        return False
    # ("… should report to the" over "Strategic Board at each meeting.": a title ends on no such word)
    return text[lines[i + 1].cs:lines[i + 1].cs + 1].islower() or _RUN_ON_WORD.search(title) is not None


_RUN_ON_WORD = re.compile(r"\b(?:the|a|an|to|of|for|and|or|that|with|by|at|in|on|from)[ \t]*$")


def _line_index_after(lines: list[Line], pos: int) -> int:
    """The index of the line after the one holding ``pos``."""
    starts = [ln.start for ln in lines]
    return bisect_right(starts, pos)


def _item_segment(text: str, lines: list[Line], h: _Heading, nxt: _Heading | None,
                  end_line: int | None = None) -> ItemSegment:
    last_line = nxt.line_index if nxt else (len(lines) if end_line is None else end_line)
    end = lines[last_line - 1].end if last_line > 0 else len(text)
    while end > h.num_start and text[end - 1].isspace():
        end -= 1
    code = h.code
    skip: set[int] = set()
    if h.run_in is None and not h.title_in_body and not h.wrapped and _title_runs_on_as_sentence(text, lines, h):
        h = replace(h, run_in=h.title_start)
    body_first = h.title_line_index if h.title_in_body or h.run_in is not None else h.title_line_index + 1
    if h.wrapped:
        body_first += 1          # the title's second line
        # (a blank line may stand between the title's lines: the body starts after the second)
        body_first = max(body_first, _line_index_after(lines, h.title_end))
    # agenda code on its own line right after the heading: "*(Item A1)*"
    j = _next_nonblank(lines, h.title_line_index, 3)
    if j is not None and j < last_line:
        cm = _ITEM_CODE_LINE.fullmatch(text, lines[j].start, lines[j].end)
        if cm:
            code = code or cm["code"].replace(" ", "")
            skip.add(j)
    body_start = lines[body_first].start if body_first < len(lines) and body_first < last_line else end
    body_start = min(h.run_in if h.run_in is not None else body_start, end)
    title = h.title_text or _SPACES.sub(" ", text[h.title_start:h.title_end]).strip("*_ ")
    paragraphs = build_paragraphs(text, _right_cells_only(text, lines, h), body_first, last_line, skip)
    if h.run_in is not None:
        paragraphs = _without_run_in_title(paragraphs, h.run_in)
    if len(h.number or "") == 1 and h.number.isupper():
        paragraphs = _with_item_point_numbers(text, h.number, paragraphs)
    start = min(h.num_start, h.title_start)
    return ItemSegment(number=h.number, code=code, title=title, title_span=Span(h.title_start, h.title_end),
                       span=Span(start, max(end, start)), body_span=Span(body_start, max(end, body_start)),
                       paragraphs=paragraphs)


# --------------------------------------------------------------------------- items table

_PIPE = re.compile(r"\|")
_LINE_BREAK_TAG = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)
# a Markdown or Word-export table's cells lie between bars; a Word table copied as text has one tab between cells
_CELL_SEPARATORS = ("|", "\t")
_SLASH = re.compile(r"\s*/\s*")


@dataclass(slots=True)
class _ItemTable:
    header_line: int
    columns: tuple[str, ...]                          # the header's cells, lower case
    headings: list[_Heading]
    rows: dict[int, list[list[tuple[int, int]]]]      # heading's line → the cells of its rows
    title_column: int = 0                             # 1 when a number column comes first
    sep: str = "|"                                    # between cells: a bar, or a tab


def _row_cells(text: str, ln: Line, sep: str = "|") -> list[tuple[int, int]]:
    """The cells of a pipe-table row, trimmed; the empty cells outside '| a | b |' dropped. A
    tab-separated row has no outer cells: every tab parts two cells, an empty one kept in its column."""
    s, e = ln.start, ln.end
    if sep == "\t":
        while e > s and text[e - 1] in " \r":
            e -= 1
        tabs = [s - 1, *(s + m.start() for m in re.finditer("\t", text[s:e])), e]
        return [_strip_span(text, a + 1, b, " \u00a0") for a, b in zip(tabs, tabs[1:])]
    while e > s and text[e - 1] in " \t\r":
        e -= 1
    bars = [m.start() for m in _PIPE.finditer(text, s, e)]
    bounds = [s - 1, *bars, e]
    if text[s:bars[0]].strip(" \t\u00a0>") == "":
        bounds = bounds[1:]
    if bars[-1] == e - 1:
        bounds = bounds[:-1]
    return [_strip_span(text, a + 1, b, " \t\u00a0") for a, b in zip(bounds, bounds[1:])]


def _row_heading(text: str, j: int, cells: list[tuple[int, int]], title_column: int) -> _Heading | None:
    """The item a row starts: "3. Funding" in its first cell, or the number and the title in two cells."""
    if len(cells) <= title_column:
        return None
    a, b = _strip_span(text, *cells[title_column], " \t*_")
    nl = text.find("\n", a, b)
    if nl >= 0:                 # an item cell of several paragraphs (a Word table): the title is the first
        a, b = _strip_span(text, a, nl, " \t\r*_")
    if b <= a:
        return None
    if title_column:
        ns, ne = _strip_span(text, *cells[0], " \t*_.):")
        ts, te, code = _clean_title(text, a, b)
        return _Heading(j, j, text[ns:ne] if ne > ns else None, ns if ne > ns else ts, ts, te, code)
    ma = _HEADING_A.fullmatch(text, a, b)
    if ma and ma["title"]:
        ts, te, code = _clean_title(text, ma.start("title"), b)
        return _Heading(j, j, ma["num"], ma.start("num"), ts, te, code)
    ts, te, code = _clean_title(text, a, b)
    return _Heading(j, j, None, ts, ts, te, code)


def _cells_across_lines(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The cells of a Word table's row copied as text over text[s:e]: one tab between two cells (an
    empty cell keeps its column), a cell of several paragraphs spread over several lines."""
    tabs = [s - 1, *(s + m.start() for m in re.finditer("\t", text[s:e])), e]
    return [_strip_span(text, a + 1, b, " \r\n\u00a0") for a, b in zip(tabs, tabs[1:])]


def _next_item_row(text: str, ln: Line, title_column: int, previous: _Heading | None) -> bool:
    """A line whose item cell numbers the item after ``previous`` ("4. Hotspots<TAB>…" after item 3)
    starts a row, though the row above left its trailing cells out."""
    if previous is None or previous.number is None or not previous.number.isdigit():
        return False
    cells = _row_cells(text, ln, "\t")
    heading = _row_heading(text, 0, cells, title_column) if len(cells) > title_column else None
    return heading is not None and heading.number is not None and heading.number.isdigit() \
        and int(heading.number) == int(previous.number) + 1


def _tab_row_end(text: str, lines: list[Line], j: int, width: int, title_column: int,
                 previous: _Heading | None) -> int:
    """The line after the row of a Word table copied as text that starts on line ``j``: a cell of
    several paragraphs breaks the row over several lines, so the row goes on until its ``width`` cells
    are all there (their tabs counted); its last cell goes on over the lines without a tab below, when
    it has begun on the row's line (an empty last cell ends the row). A line with a tab then starts
    the next row, as does one opening with a tab (an empty item cell) or naming the next item."""
    own = _row_heading(text, j, _row_cells(text, lines[j], "\t"), title_column)
    if own is not None and own.number is not None:
        previous = own
    tabs = text.count("\t", lines[j].start, lines[j].end)
    last_cell_begun = tabs < width - 1 or bool(text[text.rfind("\t", lines[j].start, lines[j].end) + 1:
                                                      lines[j].end].strip())
    i = j + 1
    while i < len(lines) and not lines[i].blank:
        ln = lines[i]
        here = text.count("\t", ln.start, ln.end)
        complete = tabs >= width - 1
        if here and (complete or text.startswith("\t", ln.start) or _next_item_row(text, ln, title_column, previous)):
            break
        if complete and not last_cell_begun:
            break
        if not complete and tabs + here >= width - 1:
            last_cell_begun = bool(text[text.rfind("\t", ln.start, ln.end) + 1:ln.end].strip())
        tabs += here
        i += 1
    return i


def _header_name(cell: str) -> str:
    """A header cell as the column lists write it: lower case, spaces single, none around a slash
    ("Action / Owner" → "action/owner")."""
    return _SLASH.sub("/", _SPACES.sub(" ", cell.strip("*_ \u00a0"))).lower()


# the most blank lines between two tables of one item each that repeat the same header row
_MOST_BLANKS_BETWEEN_TABLES = 2


def _repeated_header_below(text: str, lines: list[Line], j: int, header: list[str], sep: str) -> int | None:
    """Minutes typed as one Word table per item, each repeating the header row ("Item<TAB>Lead<TAB>
    Summary<TAB>Decision/Action<TAB>Deadline"): the business goes on in the next table when the next
    non-blank line, a blank line or two below, repeats the header. Returns the line after that header."""
    k = j
    while k < len(lines) and lines[k].blank and k - j < _MOST_BLANKS_BETWEEN_TABLES:
        k += 1
    if k == j or k >= len(lines) or lines[k].blank or text.find(sep, lines[k].start, lines[k].end) < 0:
        return None
    again = [_header_name(text[a:b]) for a, b in _row_cells(text, lines[k], sep)]
    return k + 1 if again == header else None


def find_item_table(text: str, lines: list[Line], sep: str = "|") -> _ItemTable | None:
    """The business laid out as one table (a Word table exported to Markdown or text): a header row
    whose first cell names the item ("Item", "Agenda item") — or a number column ("No.") and then the
    item — and another column that is not one of actions, owners or dates ("Discussion", "Notes");
    then one row an item, its first cell "3. Funding" (number and title) or a title alone, or the
    number and the title in two cells; a row with empty item cells goes on with the item above."""
    item_words = set(terms()["item_table_item_headers"])
    number_words = set(terms()["item_table_number_headers"])
    action_words = set(terms()["item_table_action_headers"])
    decision_words = set(terms()["item_table_decision_headers"])
    k = 0
    while k < len(lines):
        ln = lines[k]
        k += 1
        if ln.blank or text.find(sep, ln.start, ln.end) < 0:
            continue
        header = [_header_name(text[a:b]) for a, b in _row_cells(text, ln, sep)]
        title_column = 1 if len(header) >= 3 and header[0] in number_words and header[1] in item_words else 0
        if len(header) < 2 + title_column or header[title_column] not in item_words or \
                all(h in action_words for h in header[title_column + 1:]):
            continue
        headings: list[_Heading] = []
        rows: dict[int, list[list[tuple[int, int]]]] = {}
        # "Minute No. | Subject | Minute": the columns after the item's hold its text alone, so the
        # paragraphs a page sets between the rows are that text (under "Resolution" they would be read
        # as decisions: such a table is read only as long as its rows run on)
        text_columns_only = not (set(header[title_column + 1:]) & (action_words | decision_words))
        j = k
        while j < len(lines):
            if lines[j].blank or text.find(sep, lines[j].start, lines[j].end) < 0:
                nxt = _next_numbered_row(text, lines, j, sep, title_column, headings[-1] if headings else None) \
                    if text_columns_only else None
                if nxt is None:
                    break
                j = nxt         # the paragraphs in between are the item's text, read below its row
                continue
            row = lines[j]
            if _TABLE_RULE.fullmatch(text, row.start, row.end):
                j += 1
                continue
            if sep == "\t":
                end = _tab_row_end(text, lines, j, len(header), title_column, headings[-1] if headings else None)
                cells = _cells_across_lines(text, row.start, lines[end - 1].end)
            else:
                end, cells = j + 1, _row_cells(text, row, sep)
            heading = _row_heading(text, j, cells, title_column)
            if heading is not None and heading.title_end > heading.title_start:
                headings.append(heading)
                rows[j] = []
            if headings and cells:
                rows[headings[-1].line_index].append(cells)
            j = end
            repeated = _repeated_header_below(text, lines, j, header, sep) if headings else None
            if repeated is not None:
                j = repeated
        if len(headings) >= 2:
            return _ItemTable(k - 1, tuple(header), headings, rows, title_column, sep)
        k = j
    return None


def _next_numbered_row(text: str, lines: list[Line], j: int, sep: str, title_column: int,
                       previous: _Heading | None) -> int | None:
    """ "Minute No. | Subject | Minute" over rows "24. | Annual report | 24.1 The Committee …" whose
    minute cell holds several paragraphs: a page (or its copy) sets the cell's further paragraphs
    ("24.2 …", "24.3 …") as paragraphs of their own, between the rows. From lines[j], the line of the
    next row, when the table has a number column and the first line with a cell separator below
    numbers an item after ``previous`` (any number, for the first row under the header)."""
    if not title_column:
        return None
    k = j
    while k < len(lines) and (lines[k].blank or text.find(sep, lines[k].start, lines[k].end) < 0):
        k += 1
    if k >= len(lines):
        return None
    heading = _row_heading(text, k, _row_cells(text, lines[k], sep), title_column)
    if heading is None or heading.number is None or not heading.number.isdigit():
        return None
    if previous is not None and (previous.number is None or not previous.number.isdigit()
                                 or int(heading.number) <= int(previous.number)):
        return None
    return k


# inside a cell, an outcome after the discussion's sentences: "… is proposed. Agreed: a six-week
# consultation.", "… rose to 61. Noted." (a word on its own as a sentence), "Approved: £18,500 …"
_CELL_OUTCOME = re.compile(
    r"(?<=[.!?])[ \t]+(?P<label>(?:Agreed|Approved|Decision|Decided|Resolved|Outcome|AGREED|APPROVED|DECISION|"
    r"RESOLVED|OUTCOME)[ \t]*:|(?:Noted|Agreed|Approved|NOTED|AGREED|APPROVED)\.(?=[ \t]|$))")


def _outcome_pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The pieces of a cell's line, trimmed: a Word cell copied as text is one line, so the outcome
    a paragraph of its own would record ("Agreed: …", "Noted.") starts a piece here, and a bare
    "Noted." ends one as well."""
    cuts = [a]
    for m in _CELL_OUTCOME.finditer(text, a, b):
        cuts.append(m.start("label"))
        if not m["label"].endswith(":"):
            cuts.append(m.end("label"))
    cuts.append(b)
    pieces = (_strip_span(text, x, y, " \t\u00a0") for x, y in zip(cuts, cuts[1:]))
    return [(x, y) for x, y in pieces if y > x]


def _cell_line_enumerator(text: str, s: int, e: int) -> tuple[int, str | None]:
    """ "DECISION: The Board" then "(a) noted …", "(b) approved …" on the lines of one cell: a cell line
    opening with an enumerator is a sub-point as a line of the minutes' text is, so the lead-in above
    takes it (the text starts after the enumerator)."""
    me = _ENUM.match(text, s, e)
    return (me.end(), me["enum"]) if me else (s, None)


def _table_row_segment(text: str, lines: list[Line], table: _ItemTable, h: _Heading,
                       nxt: _Heading | None) -> ItemSegment:
    """An item read from its row(s) of the items table: the cells under action and decision columns are
    left to the extractor (with the column names), the others give the paragraphs, one a '<br>'-separated piece;
    after the last row, the lines up to the end of the document belong to the last item."""
    action_words = set(terms()["item_table_action_headers"]) | set(terms()["item_table_decision_headers"])
    last_line = nxt.line_index if nxt else len(lines)
    end = lines[last_line - 1].end if last_line > 0 else len(text)
    while end > h.num_start and text[end - 1].isspace():
        end -= 1
    rows = table.rows.get(h.line_index, [])
    first = rows[0] if rows else []
    lead = table.title_column + 1           # the cells naming the item
    bar = text.find(table.sep, first[lead - 1][1], lines[h.line_index].end) if len(first) >= lead else -1
    body_start = min(bar if bar >= 0 else lines[h.line_index].end, end)
    paragraphs: list[Paragraph] = []
    for cells in rows:
        for (a, b), name in zip(cells[lead:], table.columns[lead:]):
            if name in action_words or b <= a:
                continue
            for la, lb in cell_lines(text, a, b):
                pos = la
                for m in [*_LINE_BREAK_TAG.finditer(text, la, lb), None]:
                    for ps, pe in _outcome_pieces(text, pos, m.start() if m else lb):
                        ts = ps
                        while ts < pe and text[ts] in "*_":
                            ts += 1
                        ts, enum = _cell_line_enumerator(text, ts, pe) if ps == pos else (ts, None)
                        if pe > ts:
                            paragraphs.append(Paragraph(Span(ps, pe), Span(ts, pe), enum))
                    pos = m.end() if m else lb
    last_row = max(rows[-1][-1][1] if rows and rows[-1] else 0, h.line_index)
    after = next((i for i in range(h.line_index + 1, last_line) if lines[i].start > last_row
                  and text.find(table.sep, lines[i].start, lines[i].end) < 0), last_line)
    paragraphs.extend(build_paragraphs(text, lines, after, last_line, set()))
    title = _SPACES.sub(" ", text[h.title_start:h.title_end]).strip("*_ ")
    start = min(h.num_start, h.title_start)
    return ItemSegment(number=h.number, code=h.code, title=title, title_span=Span(h.title_start, h.title_end),
                       span=Span(start, max(end, start)), body_span=Span(body_start, max(end, body_start)),
                       paragraphs=paragraphs, table_columns=table.columns[lead:], table_sep=table.sep,
                       table_rows=[tuple(Span(a, b) for a, b in cells[lead:]) for cells in rows] if table.sep == "\t" else [])


def cell_lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The paragraphs of a table cell copied as text, one a line, trimmed; empty ones dropped."""
    out, pos = [], a
    while pos <= b:
        nl = text.find("\n", pos, b)
        end = b if nl < 0 else nl
        ls, le = _strip_span(text, pos, end, " \t\r\u00a0")
        if le > ls:
            out.append((ls, le))
        pos = end + 1
    return out
