"""Item headings: the readers of the many ways minutes number and title their items (numbered,
bilingual, run-in, tabbed, bold, bracketed, two-column table rows, underlined, decimal minutes,
roman, lettered, decision records, unnumbered and colon headings), each returning ``_Heading``
records, and the title cleaning (presenter brackets, agenda codes, web residue, wrapped titles)
they share. Also the line navigation helpers (``_next_nonblank``, ``_previous_nonblank``) that the
header and attendance readers above use.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import find_dates
from .lines import Line
from .common import (_ACTION_LABEL, _CELL_SEP, _compiled, _DIGIT_RUNS, _ENDS_WITH_LETTER, _ENUM, _FIELD,
                     _header_name, _NUMBER_AND_LETTER, _strip_span, terms)
from .labels import _label_match


# "23. Apologies", "4a Matters arising", "Item 5: Budget", "29/23 Minutes", "1) Welcome",
# "PCP/23/14 Declarations of Interest" (a minute number with the body's prefix and the year),
# "CSP 11/24    DECLARATIONS OF INTEREST" (printed minutes: a capitals prefix, a space, number/year;
# ModernGov pages copied as text join the prefix to the number: "OSC25/23<TAB>Previous Minutes";
# "ACTION 02/20: …" is a numbered action line, not an item); "HWB.41 Apologies" (a capitals prefix
# joined to the number by a dot; "NO.4" is not a prefix); "SE14.<TAB>APOLOGIES" (Scottish council minutes: the
# committee's capitals prefix joined to the number, then a stop); "3.0 Funding update" (typed notes whose
# paragraphs are numbered 3.1, 3.2: the heading's number ends in ".0" and is kept as written);
# "LSC/9<spaces>APOLOGIES" (a district council's hearing minutes: the committee's capitals prefix, a
# slash, the running minute number without a year)
_HEADING_A = re.compile(
    r"(?:(?:agenda\s+item|item|minute(?:\s+no\.?)?|min\.?\s+no\.?)(?:[ \t]*:)?\s+)?"
    r"(?P<num>\d{1,3}\.0(?![\d.])|[A-Z]{2,6}/\d{2,4}/\d{1,3}|(?-i:[A-Z]{2,6})/\d{1,3}(?![\d/])|(?-i:[A-Z])/\d{2}/\d{1,3}|(?-i:[A-Z]{2,6})[ ]?\d{2}/\d{2}[-–]\d{1,3}(?!\d)|(?!(?:ACTION|DECISION|OUTCOME)[ ]?\d)(?-i:[A-Z]{2,6})[ ]?\d{1,3}/\d{2,4}|(?!NO\.)(?-i:[A-Z]{2,6})\.\d{1,3}(?![\d.])|(?!(?:ACTION|DECISION|OUTCOME|ITEM|AP)\d)(?-i:[A-Z]{2,6})\d{1,3}(?=[.:][ \t])|\d{1,3}(?:[a-z](?![a-z]))?(?:/\d{2,4})?)"
    # ("Minute 7 (Part II) - Case themes": the minute's confidential part marked beside its number)
    r"(?:[ \t]+\((?:part[ \t]+(?:ii|2|b)|exempt|confidential|private)\))?"
    # ("**14.** **Apologies**": a clerk's Markdown may embolden the number and the title apart)
    r"(?P<punct>[.):]|[ \t]+:|[ \t]+[-–—]|[ \t]*\|(?=[^|\n]*$)|[ \t]*\|(?=[^|\n]+\|[ \t]*[A-Z][a-z]+(?:[ \t/]+[A-Za-z]+){0,2}[ \t]*:))?(?:\*\*|__)?[ \t]+(?:\*\*|__)?(?P<title>[^\s*_].*)",
    re.IGNORECASE)
# ("AP7: Dana to …" is an action point, its number no minute's; "Item: 3. Budget": a template's
# labelled item cell, the label closed by a colon)
# ("4 | Matters Arising": a web page's two-cell item row, the number's cell then the title's, read as
# the tab a copied table puts between them; "Item 4 | Budget | Lead: Chair | Paper: B": a Word template's
# heading row, the title's cell followed by labelled cells, which end the title)
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
    # ("47/23 POLICE AND CRIME PLAN - PERFORMANCE REPORT pdf icon PDF 1 MB": the size of the linked
    # report is the page's, no words of the title)
    residue = _WEB_RESIDUE.search(content) if content.rstrip().endswith("B") else None
    if residue is not None:
        content = content[:residue.start()]
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
# (a bracketed "(Part II)", "(Exempt)" marks the item's confidential part, no subject: a heading)
_MINUTE_REFERENCE = re.compile(r"minute[ \t]+\d{1,3}[ \t]+\((?!(?:part[ \t]+(?:ii|2|b)|exempt|confidential|private)\))"
                               r"[^()\n]{2,80}\)", re.IGNORECASE)


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
    code = _ITEM_CODE_INLINE.search(content) if content.rstrip().endswith((")", "]")) else None
    if code:
        content = content[:code.start()]    # "PARTNERSHIP ARRANGEMENTS  [Item 5]": the agenda code ends the title
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
        _, h.title_end, code = _clean_title(text, nxt.cs, nxt.ce)
        h.code = h.code or code
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
    passed_over = _same_numbering(found, passed_over)
    if passed_over:
        found = _in_the_items_word_form(text, lines, found, passed_over) \
            or _at_the_items_margin(lines, found, passed_over) or _longest_rising_run(found, passed_over)
    if len(found) == 1 and _counts_something(text, found[0]):
        found = []
    return found, alone


def _same_numbering(found: list[_Heading], passed_over: list[_Heading]) -> list[_Heading]:
    """ "26/23    COMMUNITY SAFETY …  [Item 5]" over "Key points raised during the discussion:" and
    "1. The Cabinet Member introduced …", "2. …": minutes numbered by minute and year number every item
    that way, so plain numbers passed over between them are an item's own numbered points, never a
    longer run of items."""
    if not found or not all("/" in (h.number or "") for h in found):
        return passed_over
    first, last = found[0].line_index, found[-1].line_index
    return [h for h in passed_over if "/" in (h.number or "") or not first < h.line_index < last]


def _counts_something(text: str, h: _Heading) -> bool:
    """ "16 Days of Activism Campaign", "10 Point Plan": a sub-heading in mixed case opening with a number
    and a space, the only numbered line of the document, counts something; minutes numbering their items
    number more than one (or start at 1), and print a lone minute's title in capitals."""
    num = h.number or ""
    if not num.isdigit() or int(num) <= 1 or h.title_line_index != h.line_index:
        return False
    after = h.num_start + len(num)
    title = text[h.title_start:h.title_end]
    return text[after:after + 1] == " " and text[after + 1:after + 2] != " " and not title.isupper() \
        and text[h.num_start - 1:h.num_start] in ("", "\n")


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


def _written_as_item(text: str, lines: list[Line], h: _Heading) -> bool:
    """Whether the heading writes the word before its number: "Item 5: Budget" (not "5. Budget")."""
    return "item" in text[lines[h.line_index].cs:h.num_start].lower()


def _in_the_items_word_form(text: str, lines: list[Line], found: list[_Heading],
                            passed_over: list[_Heading]) -> list[_Heading] | None:
    """ "Item 4: Draft Plan" over the plan's priorities "1. Safer streets" … "5. Anti-social behaviour",
    then "Item 5: Domestic abuse": the list's "5." took the next number and passed the real item 5 over.
    Minutes that write "Item N" before their numbers write it on every item, so when the headings in
    that form (at least two of those taken in turn) alone run at least as far, they are the items."""
    worded = [h for h in found if _written_as_item(text, lines, h)]
    if len(worded) < 2 or len(worded) == len(found):
        return None
    run = _longest_rising_run([], [h for h in found + passed_over if _written_as_item(text, lines, h)])
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


# "4.1 DARDR 07/24 - 'Adult D'", "5.2 DHR 05/24 - 'Adult B'": a review panel's item ("New notifications")
# split by case, each sub-heading opening with the case's register reference (a review's acronym and its
# number "07/24"). The cases are what the item discusses, not items of their own: their text stays in it.
_CASE_REFERENCE_TITLE = re.compile(r"[A-Z]{2,6}[ \t]+\d{1,4}/\d{2,4}\b")


def _all_case_references(text: str, subs: list[_Heading]) -> bool:
    """Every sub-heading's title opens with a case's register reference ("DARDR 07/24 …")."""
    return all(_CASE_REFERENCE_TITLE.match(text, h.title_start, h.title_end) for h in subs)


# "1.1 The Chair welcomed everyone …" under "1. Welcome": an item opening on its first numbered paragraph,
# a sentence (a full stop closing its line, or more words than a title has)
_MIN_ITEMS_OPENING_ON_PARAGRAPHS = 2


def _opens_on_numbered_paragraph(text: str, lines: list[Line], h: _Heading, end: int) -> bool:
    major = (h.number or "").rstrip(".")
    first = _next_nonblank(lines, h.title_line_index, 2)
    if not major.isdigit() or first is None or first >= end:
        return False
    m = _SUB_ITEM_HEADING.fullmatch(lines[first].content(text))
    if m is None or m["major"] != major or m["minor"] != "1":
        return False
    title = m["title"].rstrip()
    return title.endswith(".") or len(title.split()) > _MAX_SUB_ITEM_TITLE_WORDS


def with_titled_sub_items(text: str, lines: list[Line], headings: list[_Heading]) -> list[_Heading]:
    """The headings with the titled sub-items ("5.1", "5.2") of each item that opens straight on its
    first sub-item; the gold counts such numbered sub-items as items of their own, unless they only
    name the cases the item reviews, or the minutes number the paragraphs of their items so (items
    opening on "1.1 The Chair welcomed …"): there a titled "3.1 Annual return" heads a part of item 3."""
    ends = [headings[k + 1].line_index if k + 1 < len(headings) else len(lines) for k in range(len(headings))]
    if sum(_opens_on_numbered_paragraph(text, lines, h, end) for h, end in zip(headings, ends)) \
            >= _MIN_ITEMS_OPENING_ON_PARAGRAPHS:
        return list(headings)
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
        if len(subs) >= _MIN_SUB_ITEMS and not _all_case_references(text, subs):
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
    prelude = 0     # "P. PRELIMINARY MATTERS" before "A. …": a section lettered for itself, ahead of the run
    for i, ln in enumerate(lines):
        if ln.blank or not ln.content(text)[:1].isupper():
            continue
        content = ln.content(text)
        ms = _LETTERED_SECTION.fullmatch(content)
        if ms and ord(ms["num"]) == ord("A") + len(sections) - prelude:
            h = _lettered_heading(text, ln, i, ms)
            if h is not None:
                sections.append((h, []))
            continue
        if ms and not sections and ms["num"] != "A" and _shouted(ms["title"]):
            h = _lettered_heading(text, ln, i, ms)
            if h is not None:
                sections.append((h, []))
                prelude = 1
            continue
        if prelude and len(sections) == 1 and not sections[0][1] and ms is None and _LETTERED_ITEM.fullmatch(content) is None:
            sections, prelude = [], 0       # the prelude is a section only over items of its own letter
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


_SHOUTED_LIST_ENTRY = re.compile(r"[-*•·–▪●◦][ \t]+")


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
        # ("- AOB": a list's entry in capitals, under an agenda pasted below the notes, heads nothing)
        shouting = content.isupper() and 1 <= len(content.split()) <= 10 and len(content) > 3 \
            and not _SHOUTED_LIST_ENTRY.match(content)
        # (a line underlined by a rule of dashes heads its part as a Markdown heading does)
        if (ln.heading or shouting or _underlined(text, lines, i)) and _is_title_like(content, True) \
                and not _ACTION_LABEL.match(text, ln.start):
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
    below = _next_nonblank(lines, i, 2)
    if below is None or (below > i + 1 and lines[below].content(text).rstrip().endswith(":")):
        # typed with a blank line between each heading and its text ("Safe accommodation update:",
        # a blank, the paragraph): a heading still has text under it, not another heading or label
        return False
    return not (_label_match(text, ln) or _ACTION_LABEL.match(text, ln.start) or _DECISION_LINE.match(text, ln.cs)
                or _FIELD.match(text[ln.cs:ln.ce]))


# a line that opens a decision ("Agreed: …", "RESOLVED that …", "Decision – …"): in notes typed without
# blank lines it still starts its own paragraph, so the decision is not lost inside the discussion
_DECISION_LINE = re.compile(
    r"[ \t>*_#-]*(?:(?:it\s+was\s+)?(?:RESOLVED|Resolved|AGREED|DECIDED|RECOMMENDED)\b|"
    r"(?:Agreed|Decided|Decision|DECISION|Resolution|Outcome|OUTCOME|Recommended)[ \t*_]*[:–—-]|"
    r"(?:Approved|APPROVED)[ \t*_]*:|(?:Decisions?|Outcomes?)[ \t*_]*$)")


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


def _action_list_heading_line(text: str, ln: Line) -> bool:
    """ "Summary of actions", "Actions arising:": a line alone naming a list of actions (the headings
    the extract stage reads such lists under, kgraph/data/minutes_terms.json)."""
    content = ln.content(text).strip(" \t*_#:.").lower()
    return bool(content) and " ".join(content.split()) in terms()["action_list_headings"]


def without_action_list_entries(text: str, lines: list[Line], headings: list[_Heading]) -> list[_Heading]:
    """The numbered headings less the entries of a list of actions: "Summary of actions" over
    "1) Jo Bloggs – send the report – 4th May", "2) …" numbers the list's own entries, which count
    again from 1; the run counting on from there belongs to the list, and any heading after the run
    (its count broken) is an item again."""
    kept: list[_Heading] = []
    k = 0
    while k < len(headings):
        h = headings[k]
        above = _previous_nonblank(lines, h.line_index, 2)
        # (an "ACTION" set far right above item 1 heads the minutes' column of owners, no list: a
        # list's heading stands at or left of its entries' margin)
        if h.number != "1" or above is None or not _action_list_heading_line(text, lines[above]) \
                or lines[above].cs - lines[above].start > lines[h.line_index].cs - lines[h.line_index].start:
            kept.append(h)
            k += 1
            continue
        expected = 1
        while k < len(headings) and headings[k].number == str(expected):
            k += 1
            expected += 1
    return kept
