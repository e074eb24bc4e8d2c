"""Acronyms that a document defines: "Long Form (ACR)" and "ACR (Long Form)".

The pairing follows Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation
definitions in biomedical text": the short form is a parenthesised token (or the token before a
parenthesis); the long form is searched in at most min(|A|+5, 2|A|) words before it; the
short form's characters are matched right to left in the long form, the first one at the start of
a word. The ``abbreviations`` package implements the same paper, but it configures the root
logger on import, only knows the "Long Form (ACR)" order, works on stripped lines (offsets lost)
and drops a whole line when any parenthesis in it is unbalanced (minutes have typos such as
"…, KCC) KCC)"), so the algorithm is implemented here with spans into the document.

Two checks are added to the paper's to keep minutes' parentheses from pairing wrongly:
the short form must look like an acronym (at least two capitals, no spaces: "(oral)",
"(Item B3)", "(Kent Police)", "(2)", "(i)" never qualify), and every content word of the long
form must supply a letter of the acronym.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import lexicon

# a parenthesis with no nested brackets, on one line
_PAREN = re.compile(r"\(([^()\n]{1,160})\)")
# one whose words wrap onto the next line ("the LARC (Lakeby Adult Risk\n  Conference)
# training"): only an "ACR (Long Form)" definition is read in it, the long form's lines joined
_WRAPPED_PAREN = re.compile(r"\(([^()\n]{1,160}\n[^()\n]{1,160})\)")
# a typed page may break a long form's word over two lines with a hyphen ("(Independent Domestic Abuse
# Ser-" over "vices)"): "Ser-\nvices" → "Services"; "Multi-\nAgency" keeps its hyphen (a capital goes on a compound)
_BROKEN_WORD = re.compile(r"-\n[ \t]*(?=[a-z])")
_BROKEN_COMPOUND = re.compile(r"-\n[ \t]*(?=[A-Z])")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SHORT_FORM = re.compile(r"[A-Za-z][A-Za-z0-9&.\-/]*[A-Za-z0-9](?:['’]?s)?")
# ("Prolific and other Priority Offenders (PPO)": "other" gives the acronym no letter either)
_STOPWORDS = frozenset("a an and of for the in on to with by at or & de other".split())
# what a body's name may add after the words its acronym is made of: "for" or "of" and capitalised words
# ("National Treatment Agency for Substance Misuse (NTA)")
_NAME_TAIL = re.compile(r"[ \t\n]+(?:for|of)[ \t\n]+(?:the[ \t\n]+)?[A-Z][\w'’-]*(?:[ \t\n]+(?:and[ \t\n]+)?[A-Z][\w'’-]*)*[ \t]*")
# a long form never runs back past the end of a sentence, clause or line
_BOUNDARY = re.compile(r"[.;:!?\n()\[\]•·]|,\s")
# the last such boundary of a stretch: everything, then a boundary (read back from the end)
_LAST_BOUNDARY = re.compile(rf"(?s:.*)(?:{_BOUNDARY.pattern})")
_POSSESSIVE_S = re.compile(r"['’]s$")


@dataclass(frozen=True, slots=True)
class AcronymPair:
    acronym: str          # plural s dropped: "IDVA"
    expansion: str        # as written: "Independent Domestic Violence Advisors"
    start: int            # the whole pattern, "Long Form (ACR)" or "ACR (Long Form)"
    end: int
    expansion_start: int
    expansion_end: int
    glossary_row: bool = False      # a row of a glossary table: it explains a term, names no body of its own


def singular_acronym(token: str) -> str:
    """'DHRs' → 'DHR', "IDVA's" → 'IDVA', 'ToRs' → 'ToR'; 'CCTV' unchanged."""
    token = _POSSESSIVE_S.sub("", token)
    if len(token) > 2 and token.endswith("s") and token[-2].isupper():
        token = token[:-1]
    return token


@lru_cache(maxsize=65536)      # every parenthesis of every document asks: the same few tokens come back
def looks_like_acronym(token: str) -> bool:
    if not _SHORT_FORM.fullmatch(token):
        return False
    core = singular_acronym(token)
    if not 2 <= len(core) <= 10 or core in lexicon().words("acronym_stop"):
        return False
    letters = [c for c in core if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return capitals >= 2 and capitals * 2 >= len(letters)


@lru_cache(maxsize=4096)       # the same definitions ("… Partnership (CSP)") come back document after document
def match_long_form(short: str, long: str) -> int | None:
    """Schwartz–Hearst: the offset in ``long`` where the long form starts, or None.

    Characters of ``short`` are matched right to left, the first one at the start of a word, and
    the shortest long form wins, as in the paper. Unlike the paper's greedy scan, every alignment
    is considered and one in which each content word supplies a letter is required, so
    "Serious Violence Prevention Partnership (SVPP)" pairs although "Partnership" has two p's.
    """
    chars = [c.lower() for c in short if c.isalnum()]
    if not chars:
        return None
    lowered = long.lower()
    words = list(_WORD.finditer(long))
    content_words = [(w.start(), w.end()) for k, w in enumerate(words)
                     if w.group().lower() not in _STOPWORDS and not _counter_before_number(words, k)]

    def word_initial(i: int) -> bool:
        return i == 0 or not long[i - 1].isalnum()

    def covered(positions: list[int]) -> bool:
        start, tail = positions[-1], _tail_start(long, positions[0])
        return all(any(a <= i < b for i in positions) for a, b in content_words if b > start and a < tail)

    best: int | None = None
    budget = [5000]        # alignments tried; minutes' parentheses are short, this is never reached

    def search(k: int, limit: int, positions: list[int], initials_only: bool) -> None:
        nonlocal best
        if budget[0] <= 0:
            return
        budget[0] -= 1
        if k < 0:
            if covered(positions) and (best is None or positions[-1] > best):
                best = positions[-1]
            return
        for i in range(limit - 1, -1, -1):
            if best is not None and i <= best:
                return          # a long form starting here cannot be shorter than the best found
            if lowered[i] != chars[k] or ((k == 0 or initials_only) and not word_initial(i)):
                continue
            if k == 0 and starts_stopword(i):
                continue
            search(k - 1, i, positions + [i], initials_only)

    stopword_starts = {a for a, _ in _stopword_spans(long)}
    allow_stopword_start = [False]

    def starts_stopword(i: int) -> bool:
        return not allow_stopword_start[0] and i in stopword_starts

    # an alignment on the words' initials first: "Safer and Sustainable Communities Partnership (SSCP)"
    # is the whole name, though "Sustainable" alone holds two s's for the shortest reading; a long form
    # opening on a function word is the last resort: "Alcohol and Drug Partnership (ADP)", not "and Drug
    # Partnership", though the shorter one covers every content word
    for initials_only, stopword_start in ((True, False), (True, True), (False, False), (False, True)):
        if stopword_start and not stopword_starts:
            continue
        budget[0] = 5000
        allow_stopword_start[0] = stopword_start
        search(len(chars) - 1, len(long), [], initials_only)
        if best is not None:
            break
    return best


def _counter_before_number(words: list[re.Match[str]], k: int) -> bool:
    """ "Community Accommodation Service Tier 3 (CAS3)": a word that counts ("Tier", "Phase", lexicon
    ``counter_word``) before a number gives the acronym no letter; the number stands for both."""
    return k + 1 < len(words) and words[k + 1].group().isdigit() and \
        words[k].group().lower() in lexicon().lower_set("counter_word")


def _stopword_spans(long: str) -> list[tuple[int, int]]:
    return [(w.start(), w.end()) for w in _WORD.finditer(long) if w.group().lower() in _STOPWORDS]


def _tail_start(long: str, last_letter: int) -> int:
    """Where the words after the acronym's last letter start when they only add "for/of Capitalised
    Words" to a body's name (their words then give no letter); else the end of the long form."""
    word_end = last_letter
    while word_end < len(long) and (long[word_end].isalnum() or long[word_end] in "'’-"):
        word_end += 1
    return word_end if _NAME_TAIL.fullmatch(long, word_end) else len(long)


def _max_words(acronym: str) -> int:
    return min(len(acronym) + 5, len(acronym) * 2)


def _window_before(text: str, end: int, acronym: str) -> int:
    """Start of the text a long form may come from: bounded by punctuation and the word limit."""
    lo = max(0, end - 400)
    last = _LAST_BOUNDARY.match(text, lo, end)
    boundary = last.end() if last else lo
    words = list(_WORD.finditer(text, boundary, end))
    words = words[-_max_words(acronym):]
    return words[0].start() if words else end


def _before_wrapped_bracket(text: str, start: int) -> int:
    """Where the long form may end before a bracket at ``start``: spaces skipped, and one line break
    when the line before is a line of wrapped prose ("… Alcohol Action Team\n(KDAAT) in …"), not a
    short list entry."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end > 0 and text[end - 1] == "\n":
        line_start = text.rfind("\n", 0, end - 1) + 1
        if end - 1 - line_start >= _WRAPPED_LINE:
            end -= 1
            while end > line_start and text[end - 1] in " \t\r":
                end -= 1
    return end


_WRAPPED_LINE = 40


def _wrapped_window_start(text: str, window_start: int, acronym: str) -> int | None:
    """Where a long-form window cut at a line break may start instead: on the line before, when that
    line is one of wrapped prose (long, not ending a sentence or clause)."""
    nl = window_start
    while nl > 0 and text[nl - 1] in " \t":
        nl -= 1
    if nl == 0 or text[nl - 1] != "\n":
        return None
    line_start = text.rfind("\n", 0, nl - 1) + 1
    if nl - 1 - line_start < _WRAPPED_LINE or _BOUNDARY.match(text, nl - 2):
        return None
    before = _window_before(text, nl - 1, acronym)
    return before if before < nl - 1 else None


# the boundaries of a long form when a comma may be inside it
_BOUNDARY_BUT_COMMA = re.compile(r"[.;:!?\n()\[\]•·]")
_LAST_BOUNDARY_BUT_COMMA = re.compile(rf"(?s:.*)(?:{_BOUNDARY_BUT_COMMA.pattern})")


def _across_commas(text: str, end: int, acronym: str) -> tuple[int, str, int | None]:
    """(window start, window, offset of the long form in it) for a window that runs back over commas
    (offset None when no long form with a comma in it is found there)."""
    lo = max(0, end - 400)
    last = _LAST_BOUNDARY_BUT_COMMA.match(text, lo, end)
    return _comma_window(text, last.end() if last else lo, end, acronym)


def _comma_window(text: str, lo: int, end: int, acronym: str) -> tuple[int, str, int | None]:
    """The window of the last words before ``end`` (from ``lo``) that may hold the long form, and the
    offset of a long form with a comma in it there (None when there is none)."""
    words = list(_WORD.finditer(text, lo, end))[-_max_words(acronym):]
    start = words[0].start() if words else end
    window = text[start:end]
    offset = match_long_form(acronym, window) if "," in window else None
    if offset is not None and "," not in window[offset:]:
        offset = None
    return start, window, offset


def _across_commas_wrapped(text: str, end: int, acronym: str) -> tuple[int, str, int | None]:
    """As :func:`_across_commas`, over one line break of wrapped prose as well: "the Office of the
    Police, Fire and Crime\nCommissioner for Lakeside (PFCC)"."""
    line_start = text.rfind("\n", 0, end) + 1
    if line_start < 2 or _BOUNDARY_BUT_COMMA.search(text, line_start, end):
        return end, "", None
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    if line_start - 1 - prev_start < _WRAPPED_LINE or _BOUNDARY.match(text, line_start - 2):
        return end, "", None
    last = _LAST_BOUNDARY_BUT_COMMA.match(text, prev_start, line_start - 1)
    return _comma_window(text, last.end() if last else prev_start, end, acronym)


def _prefixed_long_before(text: str, paren: re.Match[str]) -> AcronymPair | None:
    """ "NHS Greater Manchester (NHS GM)": a short form of two acronyms whose first is written whole as
    the long form's first word, the second standing for the words after it."""
    parts = paren.group(1).split()
    if len(parts) != 2 or not all(looks_like_acronym(p) for p in parts):
        return None
    prefix, rest = parts
    end = _before_wrapped_bracket(text, paren.start())
    window_start = _window_before(text, end, rest + prefix)
    window = text[window_start:end]
    at = None
    for m in re.finditer(rf"{re.escape(prefix)}[ \t]+", window):
        if m.start() == 0 or not (window[m.start() - 1].isalnum() or window[m.start() - 1] == "-"):
            at = m                 # the prefix written last before the bracket, as a word of its own
    if at is None:
        return None
    tail = window[at.end():]
    if not tail or match_long_form(singular_acronym(rest), tail) != 0:
        return None
    start = window_start + at.start()
    return AcronymPair(f"{prefix} {singular_acronym(rest)}", text[start:end], start, paren.end(), start, end)


def _long_before(text: str, paren: re.Match[str]) -> AcronymPair | None:
    """'Long Form (ACR)'."""
    written = paren.group(1).strip()
    if " " in written:
        return _prefixed_long_before(text, paren)
    if not looks_like_acronym(written):
        return None
    acronym = singular_acronym(written)
    end = _before_wrapped_bracket(text, paren.start())
    window_start = _window_before(text, end, acronym)
    window = text[window_start:end]
    if not window:
        return None
    offset = match_long_form(acronym, window)
    if offset is None:
        # "Violence against Women, Domestic Abuse and Sexual Violence (VAWDASV)": a long form whose
        # own words are listed with commas, when the letters need the words before the comma
        window_start, window, offset = _across_commas(text, end, acronym)
    if offset is None:
        # "… by Her\nMajesty's Inspectorate of Constabulary (HMIC)": a long form begun on the line before,
        # when that line is wrapped prose
        window_start = _wrapped_window_start(text, _window_before(text, end, acronym), acronym)
        if window_start is not None:
            window = text[window_start:end]
            offset = match_long_form(acronym, window)
    if offset is None:
        window_start, window, offset = _across_commas_wrapped(text, end, acronym)
        if offset is None:
            return None
    expansion = window[offset:]
    if "\n" in expansion:
        expansion = " ".join(expansion.split())
    if acronym in expansion.split() or len(_WORD.findall(expansion)) > _max_words(acronym):
        return None
    start = window_start + offset
    return AcronymPair(acronym, expansion, start, paren.end(), start, end)


def _word_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    r"""Bounds of the word that closes text[lo:end] (spaces or tabs may follow it, and one line break
    may end the stretch): what ``([^\s(]+)[ \t]*$`` finds there, read backwards from the end rather
    than tried at every position."""
    if end > lo and text[end - 1] == "\n":
        end -= 1
    while end > lo and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > lo and not text[start - 1].isspace() and text[start - 1] != "(":
        start -= 1
    return (start, end) if start < end else None


def _short_before(text: str, paren: re.Match[str]) -> AcronymPair | None:
    """'ACR (Long Form)': the whole parenthesis must be the long form."""
    inner = paren.group(1)
    before = _word_before(text, max(0, paren.start() - 40), paren.start())
    if before is None:
        return None
    written = text[before[0]:before[1]]
    if not looks_like_acronym(written):
        return None
    acronym = singular_acronym(written)
    expansion = " ".join(_BROKEN_COMPOUND.sub("-", _BROKEN_WORD.sub("", inner.strip())).split())
    if len(_WORD.findall(expansion)) > _max_words(acronym) or len(expansion) <= len(acronym):
        return None
    if match_long_form(acronym, expansion) != 0:
        return None
    short_start = before[0]
    inner_start = paren.start(1) + (len(inner) - len(inner.lstrip()))
    return AcronymPair(acronym, expansion, short_start, paren.end(), inner_start, inner_start + len(inner.strip()))


def find_acronym_pairs(text: str) -> list[AcronymPair]:
    """Every definition in document order; an acronym keeps its first expansion."""
    pairs: list[AcronymPair] = []
    for paren in _PAREN.finditer(text):
        pair = _long_before(text, paren) or _short_before(text, paren)
        if pair is not None:
            pairs.append(pair)
    if ")" in text:
        wrapped = [p for p in (_short_before(text, m) for m in _WRAPPED_PAREN.finditer(text)) if p is not None]
        if wrapped:
            pairs = sorted(pairs + wrapped, key=lambda p: p.start)
    glossary = glossary_line_pairs(text) + glossary_table_pairs(text)
    if glossary:
        pairs = sorted(pairs + glossary, key=lambda p: p.start)
    return pairs


# "Abbreviations used: SNB – Safer Neighbourhood Board; BCU – Basic Command Unit; …" (also "Acronyms:",
# "Glossary:", "Abbreviations used in this log:"): a line of the header defining the minutes' acronyms,
# each entry "ACR – Long Form", the entries a semicolon apart (the line may wrap)
_GLOSSARY_LABEL = re.compile(r"^[ \t*_#>]*(?:abbreviations|acronyms|glossary)(?:[ \t]+(?:used|of[ \t]+terms))?"
                             r"(?:[ \t]+in[ \t]+th(?:is|ese)[ \t]+[a-z]+)?[ \t*_]*:[ \t*_]*(?=\S)",
                             re.IGNORECASE | re.MULTILINE)
_GLOSSARY_ENTRY = re.compile(r"[ \t\n]*(?P<acr>[^\s;:=–—-][^\s;]{0,11})[ \t]+[–—=-][ \t]+(?P<long>[^;]+?)[ \t\n.]*(?:;|$)")


def glossary_line_pairs(text: str) -> list[AcronymPair]:
    """The definitions of "Abbreviations used: ACR – Long Form; …" lines, up to the paragraph's end.
    An entry counts when its short form looks like an acronym and its letters spell the long form."""
    out: list[AcronymPair] = []
    for label in _GLOSSARY_LABEL.finditer(text):
        end = text.find("\n\n", label.end())
        end = len(text) if end < 0 else end
        if ";" not in text[label.end():end]:
            continue        # a glossary of one entry a line or a table is no line of this kind
        for entry in _GLOSSARY_ENTRY.finditer(text, label.end(), end):
            written = entry["acr"]
            if not looks_like_acronym(written):
                continue
            acronym = singular_acronym(written)
            expansion = " ".join(entry["long"].split())
            if match_long_form(acronym, expansion) != 0:
                continue
            out.append(AcronymPair(acronym, expansion, entry.start("acr"), entry.end("long"),
                                   entry.start("long"), entry.end("long")))
    return out


# "| Acronym | Meaning |" over "| ICB | Integrated Care Board |" (a Markdown or tab table closing the
# minutes): a glossary's header row, the short forms' column then the long forms'; each row defines one
_GLOSSARY_TABLE_HEADER = re.compile(
    r"^[ \t]*\|?[ \t*_]*(?:acronyms?|abbreviations?|abbrev\.?|short[ \t]+forms?|terms?)[ \t*_]*(?:\||\t)[ \t*_]*"
    r"(?:meaning|definition|stands[ \t]+for|full[ \t]+(?:form|name|title|term)|long[ \t]+form|in[ \t]+full|"
    r"description|explanation)[ \t*_]*\|?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_GLOSSARY_TABLE_ROW = re.compile(r"[ \t]*\|?[ \t]*(?P<acr>[^|\t\n]*?)[ \t]*(?:\||\t)[ \t]*(?P<long>[^|\t\n]*?)[ \t]*\|?[ \t]*$")
_TABLE_RULE_ROW = re.compile(r"[ \t|:-]*")


def glossary_table_pairs(text: str) -> list[AcronymPair]:
    """The rows of a glossary table under its "Acronym | Meaning" header row, up to the table's end: a row
    counts when its first cell looks like an acronym and its letters spell the second."""
    out: list[AcronymPair] = []
    for header in _GLOSSARY_TABLE_HEADER.finditer(text):
        at = header.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if _TABLE_RULE_ROW.fullmatch(text, at, end) and "-" in text[at:end]:
                at = end + 1
                continue        # "|---|---|" under the header
            row = _GLOSSARY_TABLE_ROW.fullmatch(text, at, end)
            if row is None or not row["acr"] or not row["long"]:
                break
            acronym, expansion = singular_acronym(row["acr"]), " ".join(row["long"].split())
            if looks_like_acronym(row["acr"]) and match_long_form(acronym, expansion) == 0:
                out.append(AcronymPair(acronym, expansion, row.start("acr"), row.end("long"),
                                       row.start("long"), row.end("long"), glossary_row=True))
            at = end + 1
    return out


def first_definitions(pairs: list[AcronymPair]) -> list[AcronymPair]:
    seen: set[str] = set()
    out = []
    for pair in pairs:
        if pair.acronym not in seen:
            seen.add(pair.acronym)
            out.append(pair)
    return out
