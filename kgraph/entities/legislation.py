"""Legislation: titled Acts and Regulations, with the section where the text gives one.

Titles in the gazetteer (``kgraph/data/legislation.tsv``, titles and short aliases) are found
first; other titles are capitalised phrases ending in "Act", "Regulations" or "Order", with an
optional year: "Crime and Disorder (Formulation and Implementation of Strategy) Regulations
2007", "Domestic Abuse Act". The Crown Dependencies call their statutes "Law", with the
jurisdiction in brackets: "Domestic Abuse (Jersey) Law 2022", "Children (Guernsey and Alderney)
Law, 2008" (they cite Articles, not sections, so no section is read for them).
Sections: "Section 9 of the …", "s.9 of the …", "section 136 of the Mental Health Act 1983",
"… Act 2004, section 9", "… Act 2004 (s.9)".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .gazetteer import legislation, lexicon
from .keys import legislation_key
from .matcher import Token

# words of a title may be wrapped over one line end (PDF text): "Crime and\nPolicing Act 2014", also inside
# its brackets: "Police and Crime Panels (Precepts and\nChief Constable Appointments) Regulations 2012"; the
# brackets may hold a comma: "Health Protection (Coronavirus, Restrictions) (England) Regulations 2020"
_WS = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# (an Act that amends another names it in its brackets, year and all: "Worker Protection (Amendment of
# Equality Act 2010) Act 2023")
# (a numbered set of the same Regulations: "Health Protection (Coronavirus, Restrictions) (England) (No. 4)
# Regulations 2020")
_TITLE_WORD = rf"(?:[A-Z][\w’'-]*|\(No\.?[ \t]*\d{{1,3}}\)|\((?:[A-Z][\w’'-]*|and|of|the|for|in|on|to|with|or)(?:,?{_WS}(?:[A-Z][\w’'-]*|(?:19|20)\d{{2}}|and|of|the|for|in|on|to|with|or))*\))"
# "Antisocial Behaviour etc. (Scotland) Act 2004": "etc." links words as "and" does
# "Protection from Stalking Act": "from" links too, after the words that take it in a title (``_trim_title``)
_LINK = rf"(?:{_WS}|,{_WS}|{_WS}(?:and|of|the|for|in|on|to|with|or|against|from|etc\.){_WS})"
# the title ends at the first keyword, but "Order Act" / "Order Regulations" run on ("Criminal Justice
# and Public Order Act 1994"); Acts of the devolved legislatures may put the jurisdiction before the
# year ("Justice Act (Northern Ireland) 2011"), and it belongs to the title; a Crown Dependency's Law
# may put a comma before its year ("… (Guernsey) Law, 2008")
_TITLE = re.compile(
    rf"(?<![\w’'-])(?P<title>{_TITLE_WORD}(?:{_LINK}{_TITLE_WORD})*?{_LINK}?"
    rf"(?:Act|Regulations|Law|Order(?:{_WS}(?:Act|Regulations))?)"
    rf"(?:[ \t]+\((?:Northern[ \t]+Ireland|Scotland|Wales)\))?)"
    rf"(?:(?P<comma>,)?{_WS}(?P<year>(?:19|20)\d{{2}}))?(?![\w-])")
_SECTION_BEFORE = re.compile(r"(?:\b[Ss]ection|\b[Ss]\.|\bs)[ \t]*(?P<n>\d+[A-Z]?(?:\(\d+\))?)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_SECTION_AFTER = re.compile(r"^(?:,[ \t]*|[ \t]*\([ \t]*)(?:[Ss]ection|[Ss]\.|s)[ \t]*(?P<n>\d+[A-Z]?(?:\(\d+\))?)")


@dataclass(frozen=True, slots=True)
class LegislationHit:
    text: str          # the title as written
    key: str
    start: int
    end: int
    section: str | None


@cache
def _breakers() -> frozenset[str]:
    return frozenset(lexicon().words("legislation_breaker"))


def _trim_title(title: str) -> str:
    """Drop leading articles and anything before 'X Duty and …' style joins of two names."""
    words = title.split(" ")
    cut = 0
    depth = 0           # inside the title's brackets ("(Restrictions on Sales)") every link word is the title's
    for i in range(len(words) - 2):
        depth += words[i].count("(") - words[i].count(")")
        if words[i + 1] == "and" and words[i].strip(",") in _breakers():
            cut = i + 2
        # "Funding from Domestic Abuse Act": "from" opens the title unless a title's own word takes it
        if words[i + 1] == "from" and words[i] not in _from_words():
            cut = i + 2
        # "letter to the Department of Justice on Domestic Abuse Act training": no Act's title has "on"
        # outside its brackets, so the title starts after it
        if words[i + 1] == "on" and depth == 0:
            cut = i + 2
    words = words[cut:]
    # "Under the Domestic Abuse Act 2021": a preposition opening the sentence is no word of the title
    leading = _title_lead_words() | {"the", "a", "an", "and", "of", "this", "that", "new"}
    while words and words[0].lower() in leading:
        words = words[1:]
    return " ".join(words)


@cache
def _from_words() -> frozenset[str]:
    return frozenset(lexicon().words("title_from_word"))


@cache
def _title_lead_words() -> frozenset[str]:
    return lexicon().lower_set("title_lead_word")


def normalise_title(title: str) -> str:
    return re.sub(r"\s+", " ", title.replace("’", "'")).strip(" ,")


def _section(text: str, start: int, end: int) -> str | None:
    before = _SECTION_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.end() == start:
        return before.group("n")
    after = _SECTION_AFTER.match(text[end:end + 30])
    return after.group("n") if after else None


_WRAPPED_LINE = 50
# "\bAct\b" and so on: the leading word boundary is checked by hand (``_after_word``) because a
# pattern that opens with a literal lets the regex engine jump from capital to capital, where one
# that opens with "\b" is tried at every character; no keyword starts inside another, so skipping a
# match that follows a word character hides no other match
_KEYWORD = re.compile(r"(?:Act|Regulations|Order|Law)\b")
_WORD_CHAR = re.compile(r"\w")
_YEAR_AFTER = re.compile(r"[ \t]+((?:19|20)\d{2})\b")
_ENDS_WITH_YEAR = re.compile(r"(19|20)\d{2}$")


def _after_word(text: str, start: int) -> bool:
    """Whether a word character comes right before ``start`` (no word boundary there)."""
    return start > 0 and _WORD_CHAR.match(text, start - 1) is not None


def _title_matches(text: str) -> list[re.Match[str]]:
    """Title regex matches, tried only in the stretch of line before each "Act"/"Regulations"/"Order"."""
    out: dict[int, re.Match[str]] = {}
    for k in _KEYWORD.finditer(text):
        if _after_word(text, k.start()):
            continue
        line_start = text.rfind("\n", 0, k.start()) + 1
        above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        # the title may start on the line above when that line is wrapped prose (a full-width line),
        # not a heading such as "4. Licensing"
        if line_start >= 2 and line_start - 1 - above >= _WRAPPED_LINE:
            line_start = above
        start = max(line_start, k.start() - 250)
        # room after the keyword for "Act", a jurisdiction "(Northern Ireland)" and the year
        for m in _TITLE.finditer(text, start, min(len(text), k.end() + 36)):
            if m.start("title") <= k.start() < m.end():
                out.setdefault(m.start(), m)
    return [out[s] for s in sorted(out)]


# "Police, Crime, Sentencing and Courts Bill": an Act in passage, found the way titles are (from the
# keyword back); not recorded as legislation, but its words name no person
_BILL_KEYWORD = re.compile(r"Bill\b")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_BILL_TITLE = re.compile(rf"(?<![\w’'-])(?P<title>{_TITLE_WORD}(?:{_LINK}{_TITLE_WORD})*?{_LINK}?Bill)(?![\w-])")


def bill_titles(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "… Bill" title of two words or more."""
    out: list[tuple[int, int]] = []
    titles = lexicon().lower_set("title") | lexicon().lower_set("rank")
    for k in _BILL_KEYWORD.finditer(text):
        if _after_word(text, k.start()) or _NAME_AFTER.match(text, k.end()):
            continue            # "Bill Smith", "Councillor Bill Jones": a first name
        start = max(text.rfind("\n", 0, k.start()) + 1, k.start() - 250)
        for m in _BILL_TITLE.finditer(text, start, k.end()):
            if m.end() == k.end():
                title = _trim_title(m.group("title"))
                words = title.split()
                if len(words) >= 2 and words[-2].lower().rstrip(".") not in titles:
                    out.append((m.end() - len(title), m.end()))
                break
    return out


def _amended_act(text: str, hits: list[LegislationHit], start: int) -> LegislationHit | None:
    """The Act with its year written just before a title that opens with a bracket ("… Act 1971
    (Amendment) Order 2023"), if any."""
    for hit in hits:
        if hit.end < start and not text[hit.end:start].strip(" \t") and _ENDS_WITH_YEAR.search(hit.text):
            return hit
    return None


def _keyword_joined_by_and(title: str) -> bool:
    """Whether "Act"/"Regulations" is joined to the words before it by "and"/"or": a title's keyword
    always follows its subject ("Crime and Disorder Act"), never a conjunction ("Ask and Act")."""
    words = title.split()
    return len(words) >= 2 and words[-2].lower() in ("and", "or", "&") and \
        words[-1] in ("Act", "Regulations", "Order")


def _year_belongs(m: re.Match[str], title: str) -> bool:
    """Whether the year matched after a title is part of it: only a Law puts a comma before its year
    ("… (Guernsey) Law, 2008"); "the Licensing Act, 2003 saw …" is a list or a clause."""
    return m.group("year") is not None and (m.group("comma") is None or title.endswith("Law"))


def _names_a_jurisdiction(title: str) -> bool:
    """Whether a title ending in "Law" carries its bracketed jurisdiction ("Children (Jersey) Law"):
    the mark of a Crown Dependency's statute; a bare "… Law" is a field of law."""
    return "(" in title and title.endswith(")", 0, title.rfind(" "))


def find_legislation(text: str, tokens: list[Token]) -> list[LegislationHit]:
    gaz = legislation()
    hits: list[LegislationHit] = []
    taken: list[tuple[int, int]] = []
    titles = _title_matches(text)
    # "Health and Social Care Act 2012": a known short title ("Care Act") that is only the tail of a
    # longer title written there is not that Act
    longer = [(m.start("title") + len(m.group("title")) - len(_trim_title(m.group("title").replace("\n", " "))),
               m.end()) for m in titles]
    for h in gaz.matcher.find_longest(tokens):
        if any(s < h.start and h.end <= e for s, e in longer):
            continue
        end = h.end
        year = _YEAR_AFTER.match(text[end:end + 6])
        if year and not _ENDS_WITH_YEAR.search(text[h.start:h.end]):
            end += year.end()
        hits.append(LegislationHit(text[h.start:end], str(h.value), h.start, end, _section(text, h.start, end)))
        taken.append((h.start, end))
    for m in titles:
        title = _trim_title(m.group("title").replace("\n", " "))
        if len(title.split()) < 2:
            continue          # "the new Act", "Act" alone
        if title.endswith("Order") and not m.group("year"):
            continue          # "Public Space Protection Order": a power used, not a statutory instrument
        if title.endswith("Law") and not _names_a_jurisdiction(title):
            continue          # "Criminal Law", "Case Law": a field of law, not a Crown Dependency's statute
        if _keyword_joined_by_and(title):
            continue          # "Ask and Act" (a training programme), "Rules and Regulations": no title
        start = m.start("title") + (len(m.group("title")) - len(title))
        end = m.end() if _year_belongs(m, title) else m.end("title")
        amended = _amended_act(text, hits, start) if title.startswith("(") else None
        if amended is not None:
            # "Misuse of Drugs Act 1971 (Amendment) Order 2023": an instrument titled after the Act it
            # amends; the Act written there is part of its title, not a mention of its own
            hits.remove(amended)
            taken.remove((amended.start, amended.end))
            start = amended.start
        if any(s < end and start < e for s, e in taken):
            continue
        written = text[start:end]
        key = gaz.lookup(normalise_title(written)) or legislation_key(normalise_title(written))
        hits.append(LegislationHit(written, key, start, end, _section(text, start, end)))
        taken.append((start, end))
    return _short_titles_of_devolved_acts(sorted(hits, key=lambda h: h.start))


_DEVOLVED = re.compile(r"\((?:Northern Ireland|Scotland|Wales)\)")


def _shortens(short: str, full: str) -> bool:
    """ "Domestic Abuse Act" of "Domestic Abuse and Civil Proceedings Act (Northern Ireland) 2021": the
    short title's words, in order, among the full title's, the first and the keyword the same."""
    words, rest = short.split(), iter(full.split())
    return len(words) >= 2 and full.split()[0] == words[0] and all(w in rest for w in words)


def _short_titles_of_devolved_acts(hits: list[LegislationHit]) -> list[LegislationHit]:
    """A yearless short title ("the Domestic Abuse Act training") in a document naming a devolved
    legislature's Act in full whose title it shortens ("Domestic Abuse and Civil Proceedings Act
    (Northern Ireland) 2021") refers to that Act, not to the Westminster Act the gazetteer files
    the short title under."""
    devolved = [h for h in hits if _DEVOLVED.search(h.text) and _ENDS_WITH_YEAR.search(h.text)]
    if not devolved:
        return hits
    out = []
    for hit in hits:
        if not _ENDS_WITH_YEAR.search(hit.text):
            full = [d for d in devolved if _shortens(normalise_title(hit.text), normalise_title(d.text))]
            if len(full) == 1:
                hit = LegislationHit(hit.text, full[0].key, hit.start, hit.end, hit.section)
        out.append(hit)
    return out
