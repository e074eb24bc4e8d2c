"""Organisations: gazetteer names and aliases, and names built on head words.

Known bodies come from the gazetteer (``kgraph/data/organisations.tsv``): any label, alias or
former name, word-bounded, names case-insensitive and acronyms case-sensitive, longest match
first ("Kent Police Authority" is not "Kent Police"). Unknown bodies are capitalised phrases
ending in a head word ("… Council", "… Partnership", "… Group", "… Task Force", "… CSP") or built
as "Department/Office of …"; they must hold a distinctive word ("Working Group" alone is a
back-reference, not a name) and must not be documents ("Community Safety Agreement").
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from ..dates import MONTHS
from .gazetteer import is_acronym, lexicon, organisations, topics
from .keys import organisation_key
from .matcher import Token, TokenList, exact_word, fold_word


class OrgHit(NamedTuple):
    """A body named at a span (a named tuple: cheap to make)."""
    start: int
    end: int
    key: str
    from_gazetteer: bool


@cache
def _heads() -> tuple[tuple[str, ...], ...]:
    """Head words as token tuples, longest first ("Task Force" before "Force")."""
    return tuple(sorted((tuple(h.split()) for h in lexicon().words("org_head")), key=lambda h: -len(h)))


@cache
def _generic_words() -> frozenset[str]:
    lex = lexicon()
    heads = {w.lower() for h in lex.words("org_head") for w in h.split()}
    return lex.lower_set("org_generic") | lex.lower_set("connector") | heads | {"the", "a", "an"}


def is_generic_word(word: str) -> bool:
    """A word of bodies' names in general (a head such as "Partnership", "Community", "the"), no place's."""
    return word.lower() in _generic_words()


@cache
def _not_organisations() -> frozenset[str]:
    return frozenset(organisation_key(n) for n in lexicon().words("not_organisation"))


def organisation_key_for(name: str) -> str:
    """Gazetteer key when the name is a known label/alias/former name, else the slug of the name
    ("the Community Safety Unit's" is the Community Safety Unit's key, not another body's)."""
    key = organisations().lookup(name)
    if key:
        return key
    name = strip_article(name)
    bare = _without_possessive(name)
    if bare != name and ends_with_head(bare.split()):
        name = bare
    return organisation_key(name)


def strip_article(name: str) -> str:
    name = name.strip()
    for article in ("the ", "The ", "THE "):
        if name.startswith(article):
            return name[len(article):]
    return name


def _capitalised(token_text: str) -> bool:
    return token_text[:1].isupper() or token_text[:1].isdigit()


def _distinctive(words: list[str]) -> bool:
    generic = _generic_words()
    return any(w.lower().strip("’'") not in generic and not w.lower().endswith(("’s", "'s")) for w in words)


@cache
def _title_set() -> frozenset[str]:
    return lexicon().lower_set("title") | lexicon().lower_set("rank")


@cache
def _head_set() -> frozenset[tuple[str, ...]]:
    return frozenset(_heads())


@cache
def _words(kind: str) -> frozenset[str]:
    """One word list of the lexicon (``kind`` is its first column), as a set, read once."""
    return frozenset(lexicon().words(kind))


@cache
def _head_last_words() -> frozenset[str]:
    """The last word of every head: words that end in none of them end in no head."""
    return frozenset(h[-1] for h in _heads() if h)


@cache
def _area_prefix_re() -> re.Pattern:
    """ "City of " / "Royal Borough of " right before a name (see lexicon area_prefix)."""
    words = sorted(lexicon().words("area_prefix"), key=len, reverse=True)
    return re.compile(r"(?:%s)[ \t]+$" % "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words))


def _with_area_prefix(text: str, s: int) -> int:
    """ "City of Lincoln Council": the area prefix written before a head-word name belongs to it."""
    m = _area_prefix_re().search(text, max(0, s - 30), s)
    return m.start() if m else s


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def ends_with_head(words: list[str]) -> bool:
    """Whether the words end in a head ("… Council", "… Task Force"), plural included ("… Groups")."""
    heads = _head_set()
    if not words:
        return False
    if words[-1] not in _head_last_words() and _singular(words[-1]) not in _head_last_words():
        return False          # the quick answer for most words
    plural = words[:-1] + [_singular(words[-1])]
    return any(tuple(w[-n:]) in heads for w in (words, plural) for n in (1, 2, 3) if len(w) >= n)


@cache
def _job_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset(w for w in (*lex.words("person_role_word"), *lex.words("job_title_word")) if " " not in w)


def is_job_word(word: str, plural: bool = True) -> bool:
    """'Officer', 'Managers', 'Commander', 'Nurse': a word that heads a post held by a person
    (``plural=False``: only as one post, so "Chief Executives" stays a group of people)."""
    return word in _job_words() or (plural and _singular(word) in _job_words())


def _prefix_head_at(words: list[str], k: int) -> bool:
    """Whether words[k:] read "HEAD of/for Name" with a prefix head ("Office for Policing and Crime")."""
    return len(words) > k + 2 and words[k] in lexicon().words("org_prefix_head") and words[k + 1] in ("of", "for")


def _owner_possessive(word: str) -> bool:
    """ "Mayor's", "Commissioner’s": a capitalised owner in the possessive."""
    return len(word) > 2 and word[:1].isupper() and word[-2:] in ("'s", "’s")


@lru_cache(maxsize=65536)      # asked about the same names in every document, and several times in each
def looks_like_organisation(name: str) -> bool:
    """Whether a written name (e.g. inside a person's parenthesis) denotes a body."""
    name = strip_article(name)
    if organisations().lookup(name):
        return True
    words = name.split()
    if not words:
        return False
    if len(words) == 1:
        return is_acronym(words[0])
    if _prefix_head_at(words, 0) or (_owner_possessive(words[0]) and _prefix_head_at(words, 1)):
        return True         # "Office of the …", and "Mayor's Office for Policing and Crime" with its owner
    links = _place_link_words_in(name)
    return all(_capitalised(w) or w in lexicon().words("connector") or w in links for w in words) \
        and ends_with_head(words) and _distinctive(words[:-1])


def _place_link_words_in(name: str) -> frozenset[str]:
    """The link words of the known linked places written in ``name`` ("upon" of "Newcastle upon Tyne")."""
    if not any(w.islower() for w in name.split()):
        return frozenset()
    spaced = name.replace("-", " ")
    return frozenset(w for p in lexicon().words("linked_place") if p in spaced for w in p.split() if w.islower())


@cache
def _linked_places() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """The places of lexicon ``linked_place`` (and the phrases of ``linked_name_words``) by their link word:
    (words before it, words after it)."""
    by_link: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for place in [*lexicon().words("linked_place"), *lexicon().words("linked_name_words")]:
        words = [exact_word(w) for w in re.findall(r"[^\W_]+(?:['’][^\W_]+)*", place)]
        link = next(k for k, w in enumerate(words) if w.islower())
        by_link.setdefault(words[link], []).append((tuple(words[:link]), tuple(words[link + 1:])))
    return {link: tuple(sides) for link, sides in by_link.items()}


def _inside_linked_place(tokens: list[Token], links: list[bool], current: list[int], i: int) -> bool:
    """Whether token i is the link word of a known place ("of" in "Isle of Wight", "upon" in "Newcastle
    upon Tyne") whose words before it end the run so far and whose words after it follow, joined."""
    for before, after in _linked_places().get(tokens[i].exact, ()):
        n, m = len(before), len(after)
        if len(current) < n or i + m >= len(tokens) or not all(links[i + 1:i + 1 + m]):
            continue
        if tuple(tokens[j].exact for j in current[-n:]) == before and \
                tuple(t.exact for t in tokens[i + 1:i + 1 + m]) == after:
            return True
    return False


_MONTHS = frozenset("January February March April May June July August September October November December "
                    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())


def _date_token_indexes(text: str, tokens: list[Token]) -> set[int]:
    """Indexes of the tokens of a written date: a month name after a day number or before a year, with
    those numbers ("2 November 2021", "November 2021")."""
    out: set[int] = set()
    for i, tok in enumerate(tokens):
        if text[tok.start:tok.end] not in _MONTHS:
            continue
        before = i > 0 and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", text[tokens[i - 1].start:tokens[i - 1].end])
        after = i + 1 < len(tokens) and re.fullmatch(r"(?:19|20)\d\d", text[tokens[i + 1].start:tokens[i + 1].end])
        if before or after:
            out.add(i)
            if before:
                out.add(i - 1)
            if after:
                out.add(i + 1)
    return out


def _hyphenated_particle(text: str, tokens: list[Token], i: int) -> bool:
    """Token i is the small lower-case word hyphened between two capitalised ones of a place's name
    ("Radcliffe-on-Trent", "Stratford-upon-Avon", "Barrow-in-Furness")."""
    return 0 < i < len(tokens) - 1 and len(tokens[i].exact) <= 5 \
        and text[tokens[i - 1].end:tokens[i].start] == "-" == text[tokens[i].end:tokens[i + 1].start] \
        and _capitalised(tokens[i - 1].exact) and _capitalised(tokens[i + 1].exact)


def _runs(text: str, tokens: list[Token], links: list[bool] | None = None) -> list[list[int]]:
    """Maximal runs of capitalised tokens joined by spaces, with 'and'/'&' and one lower-case word
    allowed inside ("Domestic Homicide review Steering Group"); 'of/for/the' start a new run
    except after a prefix head ("Office of the Police and Crime Commissioner"), and 'for' goes on
    after an office ("… Commissioner for Surrey"). ``links[i]``: token i may continue the name of
    token i-1 (see :class:`NameLinks`); by default, when nothing but spaces/one line break separates them."""
    connectors = {"and", "&"}
    linking = {"of", "for", "the"}
    prefix_heads = _words("org_prefix_head")
    offices = _words("office_head")
    of_heads = _words("of_name_head")
    links = links if links is not None else [t.joins_previous for t in tokens]
    runs: list[list[int]] = []
    current: list[int] = []
    lower_used = False
    dates = _date_token_indexes(text, tokens)
    for i, tok in enumerate(tokens):
        word = text[tok.start:tok.end]
        if i in dates:
            # "Published 2 November 2021 in Board papers": a date is no part of a body's name
            if current:
                runs.append(current)
            current, lower_used = [], False
            continue
        joined = bool(current) and links[i]
        if joined and word == "for" and text[tokens[current[-1]].start:tokens[current[-1]].end] in offices \
                and i + 1 < len(tokens) and links[i + 1] and _capitalised(tokens[i + 1].exact):
            current.append(i)
            continue
        if not joined:
            if current:
                runs.append(current)
            current, lower_used = ([i], False) if _capitalised(word) else ([], False)
            continue
        if _capitalised(word):
            current.append(i)
        elif _inside_linked_place(tokens, links, current, i):
            current.append(i)           # "Isle of Wight Council": the place's own "of" goes on with the name
        elif _hyphenated_particle(text, tokens, i):
            current.append(i)           # "Fellbeck-on-Lune Youth Club": the place's particle goes on too
        elif word in connectors or word == "&":
            current.append(i)
        elif word in linking:
            first = text[tokens[current[0]].start:tokens[current[0]].end]
            last = text[tokens[current[-1]].start:tokens[current[-1]].end]
            if word == "of" and len(current) >= 2 and last in of_heads and i + 1 < len(tokens) and links[i + 1] \
                    and _capitalised(tokens[i + 1].exact):
                current.append(i)       # "Lakes Chamber of Trade and Commerce": the name goes on after "of"
            elif len(current) == 1 and first in prefix_heads or \
                    (word == "the" and text[tokens[current[-1]].start:tokens[current[-1]].end] in ("of", "for")
                     and text[tokens[current[0]].start:tokens[current[0]].end] in prefix_heads):
                current.append(i)
            else:
                runs.append(current)
                current, lower_used = [], False
        elif not lower_used and len(current) >= 2 and word not in _words("name_break") and all(
                _capitalised(text[tokens[j].start:tokens[j].end]) for j in current[-2:]) \
                and not text[tokens[current[-1]].start:tokens[current[-1]].end].endswith(("'s", "’s")):
            # (not after a possessive: "Lorna Fenn's last Board" is her last meeting, no body)
            current.append(i)
            lower_used = True
        else:
            runs.append(current)
            current, lower_used = [], False
    if current:
        runs.append(current)
    return [_without_point_number(text, tokens, r) for r in runs if r]


# a paragraph's point number ("C3", "A12") before the sentence it opens
_POINT_NUMBER = re.compile(r"[A-Z]\d{1,2}")


def _without_point_number(text: str, tokens: list[Token], run: list[int]) -> list[int]:
    """A run opened by a point number and then "The" ("C3 The Board endorsed …", the paragraphs of
    item C numbered C1, C2 …): the number is no part of the name, which starts at "The"."""
    if len(run) < 3 or not _POINT_NUMBER.fullmatch(text, tokens[run[0]].start, tokens[run[0]].end) \
            or text[tokens[run[1]].start:tokens[run[1]].end] != "The":
        return run
    return run[1:]


def _hyphen_compound(text: str, tokens: list[Token], run: list[int], k: int) -> bool:
    """'Multi-Agency', 'Inter-Agency': a head word hyphened to the word before is a modifier, not a head,
    unless the hyphened word is itself a head ("Sub-Group", "Sub-Committee": a body's part)."""
    if k == 0:
        return False
    before, here = tokens[run[k - 1]], tokens[run[k]]
    return text[before.end:here.start] == "-" and (text[before.start:here.end],) not in _head_set()


@cache
def _hyphened_heads() -> frozenset[str]:
    """Heads written with a hyphen and a lower-case second half ("Sub-group", "Sub-committee")."""
    return frozenset(h for h in lexicon().words("org_head") if "-" in h and h.split("-")[-1][:1].islower())


def _ends_in_hyphened_head(text: str, tokens: list[Token], run: list[int], k: int) -> bool:
    """Whether the first k words of the run end in a hyphened head ("Learning and Development Sub-group"),
    whose lower-case half the capitalised-word test would not take for a name's last word."""
    if k < 2:
        return False
    return text[tokens[run[k - 2]].start:tokens[run[k - 1]].end] in _hyphened_heads()


def _lead_word_name_end(words: list[str]) -> int | None:
    """ "Coleg Fellside", "Prifysgol Lakeby": a Welsh body's name opens with its kind (the lexicon's
    org_lead_word) and ends with its proper name, the capitalised words after it; where that name
    ends, or None."""
    leads = _words("org_lead_word")
    k = next((k for k, w in enumerate(words) if w in leads), None)
    if k is None or any(_capitalised(w) for w in words[:k] if w.lower() != "the"):
        return None
    end = k + 1
    while end < len(words) and _capitalised(words[end]):
        end += 1
    return end if end >= k + 2 else None


def _name_in_run(text: str, tokens: list[Token], run: list[int]) -> tuple[int, int] | None:
    """The organisation name inside a run: up to its last head word, without leading articles."""
    words = [text[tokens[i].start:tokens[i].end] for i in run]
    exact = [tokens[i].exact for i in run]
    prefix_heads = _words("org_prefix_head")
    end = None
    if words and words[0] in prefix_heads and len(words) > 2 and words[1] in ("of", "for") or \
            _of_name_head_at(words):
        # "Office of the Police and Crime Commissioner for Surrey", "Lakes Chamber of Commerce": the
        # whole run is the name
        end = len(words)
        while end > 2 and not _capitalised(words[end - 1]):
            end -= 1
    for k in range(len(words), 0, -1):
        if end is not None:
            break
        if ends_with_head(exact[:k]) and _capitalised(words[k - 1]) and not _hyphen_compound(text, tokens, run, k - 1) \
                and not (k >= 2 and words[k - 2] in lexicon().words("compound_prefix")):
            end = k
        elif _ends_in_hyphened_head(text, tokens, run, k):
            end = k
    if end is None:
        end = _lead_word_name_end(words)
    if end is None:
        return None
    end = _with_governing_part(words, end)
    # "Democratic Services Officer", "Community Safety Partnership Manager": a post, not a body
    if end < len(words) and is_job_word(words[end]):
        return None
    # "Prevent Partnership Plan", "Youth Justice Board Strategy": a document named after a body
    if end < len(words) and words[end] in _words("document_word"):
        return None
    # "James Cook University Hospital": a building or site named after a body
    if end < len(words) and words[end] in _words("building_word"):
        return None
    # "Community Accommodation Service Tier 3": a numbered tier or phase of a scheme, not a body
    if end + 1 < len(words) and words[end] in _words("counter_word") and words[end + 1].isdigit():
        return None
    start = 0
    # ("RESOLVED: That Lakeby Council be asked …": a demonstrative opening the sentence is no part of the name)
    skip = {"the", "a", "an", "and", "&", "of", "for", "that", "this", "these", "those"}
    titles = _title_set()
    # "3.1 The Board", "7 Community Safety Partnership Funding", "10.30am Council Chamber": numbers
    # in front belong to paragraphs, headings and times, never to the name
    # "Add Community Safety Unit figures …" (an action's task): the imperative is no part of the name
    imperatives = _words("imperative_verb")
    referenced = False
    while start < end and (words[start].lower() in skip or words[start].lower() in titles
                           or words[start][:1].isdigit() or words[start] in imperatives
                           or words[start] in _words("reference_word")):
        referenced = referenced or words[start] in _words("reference_word")
        start += 1
    start = _company_number_kept(text, tokens, run, start, end)
    start = _after_owning_possessive(words, start, end)
    start = _after_joining_verb(words, start, end)
    start = _after_acronym_of_longer_words(text, tokens, run, start, end)
    # a lower-case word kept inside must sit between capitalised words of the kept name
    while start < end and not _capitalised(words[start]):
        start += 1
    name_words = words[start:end]
    if len(name_words) < 2 and not (name_words and is_acronym(name_words[0]) and not referenced):
        return None
    # "at the February Board": a month and a body word name the body's meeting in that month
    if len(name_words) == 2 and name_words[0].lower() in MONTHS:
        return None
    headed = ends_with_head(exact[start:end])
    if not _distinctive(name_words[:-1] if headed else name_words) \
            and not (headed and _without_possessive(name_words[-1]) in _words("function_unit_head")):
        return None
    if _service_named_by_theme(name_words) or is_kind_without_area(name_words) or is_department_name(name_words):
        return None
    s, e = tokens[run[start]].start, tokens[run[end - 1]].end
    if organisation_key(text[s:e]) in _not_organisations():
        return None
    if not _names_particular_bodies(text, s, name_words, exact[start:end]):
        # "Nottingham Women's Centre and Women's Aid Integrated Services": a kind of body after "and"
        # leaves the body named before it
        joins = [k for k in range(start + 1, end) if words[k] in ("and", "&")]
        return _name_in_run(text, tokens, run[:joins[-1]]) if joins else None
    return s, e


def _after_owning_possessive(words: list[str], start: int, end: int) -> int:
    """ "the Duty's Home Office funding": a possessive opening the run ("Duty's") owns what follows,
    and when the rest is a known body ("Home Office") the name starts after it ("Women's Aid",
    "Mayor's Office for Policing and Crime" keep theirs: the rest alone is no known body)."""
    if end - start >= 3 and _owner_possessive(words[start]) \
            and organisations().lookup(" ".join(words[start + 1:end])) is not None:
        return start + 1
    return start


def _with_governing_part(words: list[str], end: int) -> int:
    """ "Safer Dudley Partnership Executive": a governing part's word (lexicon ``governing_part``) right
    after the head names the body's own executive, one name with it, unless a post's word follows it
    ("Partnership Executive Officer")."""
    if end < len(words) and words[end] in _words("governing_part") and \
            not (end + 1 < len(words) and is_job_word(words[end + 1])):
        return end + 1
    return end


def _company_number_kept(text: str, tokens: list[Token], run: list[int], start: int, end: int) -> int:
    """ "2010 Rotherham Ltd": a company's name may open with a number; the number skipped before the
    name is kept when the name ends in a company's head (lexicon ``company_head``) and the number
    opens no line and is followed by a space (a heading's or a list's number is "7 …" at a line's
    start or "7. …", "7) …")."""
    k = start - 1
    if k < 0 or not tokens[run[k]].exact.isdigit() or tokens[run[end - 1]].exact not in _words("company_head"):
        return start
    number = tokens[run[k]]
    line_start = text.rfind("\n", 0, number.start) + 1
    if not text[line_start:number.start].strip() or text[number.end:number.end + 1] != " ":
        return start
    return k


def _after_acronym_of_longer_words(text: str, tokens: list[Token], run: list[int], start: int, end: int) -> int:
    """Where the name starts when an acronym in brackets inside it stands for more words than the run
    holds: "Lakes Violence against Women, Domestic Abuse and Sexual Violence (VAWDASV) Regional Board"
    is cut at its comma, so the words kept before "(VAWDASV)" are part of a longer name; the name is
    then read after the bracket (and is dropped if what is left names no body of its own)."""
    from .acronyms import match_long_form
    for j in range(start + 1, end - 1):
        tok = tokens[run[j]]
        if text[tok.start - 1:tok.start] != "(" or not is_acronym(tok.exact):
            continue
        before = text[tokens[run[start]].start:tok.start - 1].strip()
        if match_long_form(tok.exact, before) is None:
            return j + 1
    return start


def _of_name_head_at(words: list[str]) -> bool:
    """ "Lakes Chamber of Trade and Commerce": a place, a head that takes "of", then the rest of the name."""
    return any(words[k] in _words("of_name_head") and words[k + 1] == "of" for k in range(1, len(words) - 2))


def _without_possessive(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


def _service_named_by_theme(words: list[str]) -> bool:
    """ "the IDVA Service": a theme and a service head alone describe a service, as "smoking cessation
    team" does; the gazetteer's names ("Youth Justice Service") were matched before and stay."""
    if len(words) < 2 or words[-1] not in _words("theme_service_head"):
        return False
    return topics().lookup(" ".join(words[:-1])) is not None and organisations().lookup(" ".join(words)) is None


@cache
def _department_words() -> frozenset[str]:
    from ..segment.common import terms
    return frozenset(terms()["department_words"])


def is_department_name(words: list[str]) -> bool:
    """ "Democratic Services", "Legal Services", "Children's Services": a council's department, named by
    its function words alone before "Services", is a part of every council and no body of its own."""
    return len(words) >= 2 and words[-1] == "Services" and \
        all(w.lower() in _department_words() for w in words[:-1])


def is_post_name(name: str) -> bool:
    """ "Director: Neighbourhood & Enforcement Services", "Deputy Police and Crime Commissioner", "Head of
    Democratic Services": a name that opens with a post's word is a post held by a person, not a body."""
    words = name.split()
    return len(words) >= 2 and is_job_word(words[0].rstrip(":,"), plural=False)


@cache
def _area_body_kinds() -> frozenset[str]:
    return frozenset(organisation_key(k) for k in lexicon().words("area_body_kind"))


def is_kind_without_area(words: list[str]) -> bool:
    """ "Fire and Rescue Service" alone: the kind of body every area has, named without its area, is a
    generic reference ("the Fire and Rescue Service" of the document's area), not a body's name."""
    return organisation_key(" ".join(words)) in _area_body_kinds()


def _after_joining_verb(words: list[str], start: int, end: int) -> int:
    """Where the name starts once a verb inside it is left out: "Station Manager Carradine offered Kent
    Fire and Rescue Service", "Inspector Rook thanked Lakes Youth Support Service": a lower-case past
    tense or verb of speech joins a person to a body, and the body's name starts after it."""
    verbs = _joining_verbs()
    for k in range(end - 1, start - 1, -1):
        w = words[k]
        if w.islower() and (w.endswith("ed") or w in verbs):
            return k + 1
    return start


@cache
def _joining_verbs() -> frozenset[str]:
    return frozenset(v for v in lexicon().words("speech_verb") if v not in ("to", "will", "would"))


_AND_JOIN = re.compile(r"[ \t\n]+(?:and|&)[ \t\n]+")
_THE_BEFORE = re.compile(r"\bthe[ \t\n]+$", re.IGNORECASE)
# heads no body's name goes on past with "and" ("… Council and …" is always two bodies)
_NAME_ENDING_HEADS = frozenset({"Council", "University", "College", "Constabulary"})


def _people_of_posts(words: str) -> bool:
    """ "Officers", "Members", "Trustees": one word, the plural of a post's name, names people, no body."""
    word = words.strip()
    if " " in word or not word.endswith("s"):
        return False
    posts = lexicon().lower_set("person_role_word") | lexicon().lower_set("job_title_word")
    return word[:-1].lower() in posts


def split_joined_bodies(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """ "Youth Offending Service and Kent Fire and Rescue Service": a name that is two names of bodies
    joined by "and" is two bodies, when each is a known body or a body's name of three words or more;
    "Kent Fire and Rescue Service" and "Surrey Police and Crime Panel" are one ("Crime Panel" is
    too short to stand alone)."""
    name = text[s:e]
    if "and" not in name and "&" not in name:
        return [(s, e)]
    for m in _AND_JOIN.finditer(text, s, e):
        left, right = text[s:m.start()], text[m.end():e]
        if _capitalised(right) and _people_of_posts(left):
            # "Election of Officers and Executive Committee": holders of posts, then the body
            return split_joined_bodies(text, m.end(), e)
        if _of_name_head_at(left.split() + [""]):
            # "Lakes Chamber of Trade and Commerce", "Lakes Association of Parish and Town Councils":
            # after a head that takes "of", the "and" joins the words of one name
            continue
        if _capitalised(right) and left.split()[-1:] and left.split()[-1] in _words("legislation_breaker") \
                and (_stands_alone(right) or _lone_initials_head(right)):
            # "the Serious Violence Duty and Violence Reduction Alliance funding": a duty, plan or act
            # names no body, so the name of the body starts after its "and"
            return split_joined_bodies(text, m.end(), e)
        if _capitalised(right) and _names_a_theme(left):
            after = _body_after_theme(right, m.end(), e)
            if after is not None:
                return after
        if _capitalised(right) and _stands_alone(left) and (_stands_alone(right) or organisations().lookup(right) is not None):
            # ("the Department for Education and Ofsted": a known body of one word after the "and" is one too)
            return [(s, m.start())] + split_joined_bodies(text, m.end(), e)
        if _capitalised(right) and _two_of_a_kind(left, right):
            # "Dorset Council and BCP Council", "Lakes University and Arts University": two short names
            # ending in the same head word are two bodies of that kind
            return [(s, m.start())] + split_joined_bodies(text, m.end(), e)
        if _capitalised(right) and _council_own_body(left) and \
                (organisations().lookup(right) is not None or _stands_alone_short(right)):
            # "Lakes County Council Cabinet and Fellside Council Cabinet": a council's own body ("Cabinet"
            # is no head word, so the name ran on to the next council) is one, the council after it another
            return [(s, m.start())] + split_joined_bodies(text, m.end(), e)
        if _capitalised(right) and len(left.split()) >= 2 and left.split()[-1] in _NAME_ENDING_HEADS and \
                _distinctive(left.split()[:-1]) and \
                (organisations().lookup(right) is not None or _stands_alone_short(right)):
            # "Fellside District Council and Lakes Homes", "Lakes University and Lakes Students' Union":
            # a council's or a university's name ends at its head word
            return [(s, m.start())] + split_joined_bodies(text, m.end(), e)
        if _capitalised(right) and _known_initialism(left) and \
                (_stands_alone(right) or _stands_alone_short(right) or organisations().lookup(right) is not None):
            # "KCC and Medway Council": a known body's initialism, then another body
            return [(s, m.start())] + split_joined_bodies(text, m.end(), e)
        if _capitalised(right) and is_acronym(left) and organisations().lookup(right) is not None:
            # "the PCT and Cheshire Constabulary": an initialism, then a known body, are two bodies
            # (a known body never ends a longer name that starts with an initialism and "and")
            return [(s, m.start())] + split_joined_bodies(text, m.end(), e)
        if _capitalised(right) and ends_with_head(left.split()) and (
                len(left.split()) >= 2 and not _distinctive(left.split()[:-1])
                # "reports to the Council and Lakes Homes": the document's own body by its head alone
                or len(left.split()) == 1 and _THE_BEFORE.search(text, max(0, s - 4), s)) \
                and (organisations().lookup(right) is not None or _stands_alone_short(right)):
            # "the County Council and Medway Council": a body named by its kind alone (the
            # document's own), then a body with a name: the name starts after the "and"
            return split_joined_bodies(text, m.end(), e)
        if _capitalised(right) and tuple(right.split()) in _head_set() and \
                (_stands_alone_short(left) and len(right.split()) >= 2 or _known_name(left) or _known_initialism(left)):
            # "Golding Homes and Street Pastors", "West Mercia Police and Council reporting systems", "with
            # PSNI and Council Environmental Health": a body, then a generic head alone (no name of its own)
            return [(s, m.start())]
    return [(s, e)]


def _lone_initials_head(name: str) -> bool:
    """ "SNB", "CDRP": the initials of a kind of body, a name of its own after a fund or a plan
    ("the Crime Prevention Fund and SNB projects")."""
    return is_acronym(name) and (name,) in _head_set()


def _council_own_body(name: str) -> bool:
    """ "Lakes County Council Cabinet": a body's name (known, or one that stands alone), then one of a
    council's own bodies."""
    from ..segment.common import terms
    words = name.split()
    if len(words) < 3 or words[-1].lower() not in terms()["council_own_body_words"]:
        return False
    body = " ".join(words[:-1])
    return organisations().lookup(body) is not None or _stands_alone_short(body)


def _two_of_a_kind(left: str, right: str) -> bool:
    """Two names that each stand alone ("Dorset Council", "BCP Council") and end in the same head word,
    or each in the initials of a kind of body ("Fellside DAAT and Lakes SAB")."""
    lw, rw = left.split(), right.split()
    same_kind = bool(lw and rw) and (lw[-1] == rw[-1] or _lone_initials_head(lw[-1]) and _lone_initials_head(rw[-1]))
    return same_kind and _stands_alone_short(left) and _stands_alone_short(right)


def _names_a_theme(words: str) -> bool:
    """ "Road Safety", "Night-Time Economy": words the topic scheme knows as a theme and the
    gazetteer not as a body, i.e. the subject of an item title rather than part of a body's name."""
    return topics().lookup(words) is not None and organisations().lookup(words) is None


def _body_after_theme(right: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """ "Road Safety and Kent Fire and Rescue Service" (an item title): after a theme, a known body is
    the name, and a bare head ("Night-Time Economy and Street Pastors") names no body; None when the
    rest is an unknown name, which may still be one with the theme ("Domestic Abuse and Sexual
    Violence Board")."""
    if organisations().lookup(right) is not None:
        return [(s, e)]
    words = right.split()
    if tuple(words) in _head_set() or ends_with_head(words) and not _distinctive(words[:-1]):
        return []       # "Road Safety and Community Speedwatch": a head after generic words names no body
    return None


def _known_name(name: str) -> bool:
    """A known body's name of two words or more ("West Mercia Police"), not an initialism."""
    return len(name.split()) >= 2 and organisations().lookup(name) is not None


def _known_initialism(name: str) -> bool:
    return is_acronym(name) and organisations().lookup(name) is not None


def _stands_alone_short(name: str) -> bool:
    """A name of two words or more that ends in a head word after a distinctive word ("Golding Homes")."""
    words = name.split()
    return len(words) >= 2 and ends_with_head(words) and _distinctive(words[:1]) and looks_like_organisation(name)


def _stands_alone(name: str) -> bool:
    words = name.split()
    if len(words) < 2:
        return False
    known = organisations().lookup(name) is not None
    return known or (len(words) >= 3 and looks_like_organisation(name))


def _names_particular_bodies(text: str, start: int, words: list[str], exact: list[str]) -> bool:
    """A plural head names bodies only as "the Clinical Commissioning Groups"; without the article
    ("Domestic Abuse Services Update") or joined by "and" ("Police and Crime Panels") it is a kind of
    body, a service or a portfolio."""
    if _of_name_head_at(words):
        # "Lakes Association of Parish and Town Councils": the plural after "of" names its members;
        # the body is the association
        return True
    if _place_before_theme_services(exact):
        return True
    heads = _head_set()
    plural = exact[:-1] + [_singular(exact[-1])]
    if any(tuple(exact[-n:]) in heads for n in (1, 2, 3) if len(exact) >= n) or \
            not any(tuple(plural[-n:]) in heads for n in (1, 2, 3) if len(plural) >= n):
        return True
    return text[max(0, start - 4):start].lower() == "the " and not any(w in ("and", "&") for w in words)


def _place_before_theme_services(exact: list[str]) -> bool:
    """ "East Surrey Domestic Abuse Services", "Lakeby Victim Services": a theme and the plural service
    head, with a place or a name in front, is the name of one provider (a charity), not a kind of
    service; "Domestic Abuse Services" alone stays a kind."""
    if len(exact) < 3 or exact[-1] not in _words("theme_service_head") or exact[-1] == _singular(exact[-1]):
        return False
    return any(topics().lookup(" ".join(exact[k:-1])) is not None
               and all(w[:1].isupper() for w in exact[:k]) for k in range(1, len(exact) - 1))


@cache
def _run_head_words() -> frozenset[str]:
    return frozenset({w for h in _heads() for w in h} | set(lexicon().words("org_prefix_head"))
                     | set(lexicon().words("of_name_head")) | set(lexicon().words("org_lead_word")) | {h.split("-")[-1] for h in _hyphened_heads()})


def _chunks_with_heads(tokens: TokenList, links: NameLinks) -> list[tuple[int, int]]:
    """Token ranges between breaks (punctuation, blank lines, list entries) that hold a head word.

    A run never crosses a break, so reading only these stretches gives the same runs as reading
    the whole document, while most of the text (no "Council", "Group", ...) is never looked at.
    """
    heads = _run_head_words()
    chunks: list[tuple[int, int]] = []
    n = len(tokens)
    head_like = [w for w in tokens.exact_words() if w in heads or w[:-1] in heads]    # "Council", "Councils"
    for i in tokens.where(exact_words=head_like):
        if chunks and i < chunks[-1][1]:
            continue
        lo = i
        while lo > 0 and links[lo]:
            lo -= 1
        hi = i + 1
        while hi < n and links[hi]:
            hi += 1
        chunks.append((lo, hi))
    return chunks


# what sits between the columns of a list or table, or between a name and its organisation
_COLUMN_GAP = re.compile(r"\t|[ \u00a0]{3,}|\s[-–—]\s|\s[–—]|[–—]\s")
# a line that is one entry of a list: "AB  Alice Brown", "Jo Bloggs – Kent Police", "| a | b |", "• item"
_LIST_LINE = re.compile(r"^[ \t]*(?:[A-Z]{2,4}[ \t]{2,}|[-•·*|]|\(?\w{1,3}[.)][ \t])|\t|[ ]{3,}|\s[-–—]\s|\|")


def _line_at(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def wrap_width(text: str) -> int:
    """The width prose lines are wrapped at: the 90th percentile of non-blank line lengths
    (very large when the document keeps each paragraph on one line)."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


# a hanging indent: the tab(s) opening a wrapped paragraph's lines, after the paragraph's number on its
# first line ("4.2<TAB>… submitted to the National" / "<TAB>Treatment Agency for Substance Misuse")
_HANGING_INDENT = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*\.?)?\t+")
# a line break and the tabs of the next line's hanging indent: no column gap
_BREAK_TO_INDENT = re.compile(r" *\n\t+")
# a line break and the spaces of the next line's indent ("     with the Greenwich Domestic Violence and Abuse"
# over "     Service."): a paragraph indented with spaces under its minute number
_BREAK_TO_SPACE_INDENT = re.compile(r" *\n( {3,})")


def _line_break_joins(text: str, before: Token, after: Token, width: int) -> bool:
    """Whether a line break between two words sits inside one wrapped sentence (PDF text) rather
    than between two entries of a list, a heading and what follows, or two table rows."""
    line_start, _ = _line_at(text, before.start)
    _, next_end = _line_at(text, after.start)
    line, next_line = text[line_start:before.end], text[after.start:next_end]
    if text[after.start - 1] == "\t":
        # the next line is indented with tabs: so may this one be, which is no column of a list
        indent = _HANGING_INDENT.match(line)
        line = line[indent.end():] if indent else line
    elif text[after.start - 1] == " ":
        line = _without_shared_indent(line, after.start - next_line_start(text, after.start))
    if _LIST_LINE.search(line) or _LIST_LINE.search(next_line):
        return False
    if _ENTRY_OPENING.match(line) and _ENTRY_OPENING.match(next_line):
        return False
    if _ends_in_head_word(line) and _ends_in_head_word(next_line):
        return False        # "Lakes Safeguarding Board" over "Training Sub-group": two title lines, each a name
    return len(line.strip()) >= max(40, int(0.75 * width))


def next_line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


# the paragraph's own minute number before its indent ("34   Safer Greenwich …"), or nothing
# ("(1) Mrs Webb declared … Domestic Violence" over "    and Abuse Service": a lettered or bracketed one too)
_NUMBERED_INDENT = re.compile(r"(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})\)|\d{1,3}(?:\.\d{1,3})*\.?)?")


def _without_shared_indent(line: str, width: int) -> str:
    """A line indented with spaces as deep as the next (a paragraph set in under its minute number),
    without that indent: the indent is the paragraph's margin, not a column gap of a list. A line indented
    otherwise keeps its spaces."""
    number = _NUMBERED_INDENT.match(line)
    margin = line[:width]
    if len(line) > width and margin[number.end():].strip(" ") == "" and line[width] != " ":
        return line[width:]
    return line


def _ends_in_head_word(line: str) -> bool:
    """Whether a line ends in a head word ("… Committee", "… Sub-group"), nothing after it."""
    words = line.split()
    return bool(words) and (ends_with_head(words[-1:]) or words[-1] in _hyphened_heads())


# "Eleanor Whitfield, Designated Safeguarding Lead, Lakeland University of Fellside" over "Marcus Greaves,
# …": two lines that both open with a capitalised name and a comma are entries of a list, not one
# wrapped sentence, so a body's name at the end of the first does not run on into the second
_ENTRY_OPENING = re.compile(r"[ \t]*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3},")


def _bridged_acronym(text: str, tokens: list[Token], i: int) -> bool:
    """Token i is the acronym in "Safeguarding Adults Review (SAR) Working Group": in brackets,
    between two capitalised words of one name."""
    if not (0 < i < len(tokens) - 1 and is_acronym(tokens[i].exact)):
        return False
    before = text[tokens[i - 1].end:tokens[i].start]
    after = text[tokens[i].end:tokens[i + 1].start]
    return before in (" (", "(") and after == ") " and _capitalised(tokens[i - 1].exact) \
        and tokens[i + 1].exact[:1].isupper() and not _meeting_after_named_body(text, tokens, i) \
        and not _person_before_own_initials(text, tokens, i)


def _person_before_own_initials(text: str, tokens: list[Token], i: int) -> bool:
    """ "Lisa Crompton (LC) Wirral Council": the bracketed letters are the initials of a person's name
    written right before them (two or three words that are no known body, theme or common word), so the
    bracket ends the person and what follows is the person's body, not the rest of one name."""
    from .people import are_own_initials
    letters = tokens[i].exact
    words: list[Token] = []
    for j in range(i - 1, max(-1, i - 4), -1):
        if not tokens[j].exact[:1].isupper():
            break
        words.insert(0, tokens[j])
        if len(words) >= 2 and are_own_initials(" ".join(t.exact for t in words), letters) and \
                _reads_as_a_persons_name(tokens, [t.exact for t in words]):
            return True
        if j == 0 or text[tokens[j - 1].end:tokens[j].start] != " ":
            break
    return False


def _reads_as_a_persons_name(tokens: list[Token], words: list[str]) -> bool:
    """Whether capitalised words can only be a person's name: none is a word of bodies' names (a head or
    a generic word), the phrase is no known body or theme, and the document never writes a word of it
    in lower case, as it would a common noun ("Safeguarding Adults Review (SAR)")."""
    phrase = " ".join(words)
    if any(w.lower() in _generic_words() for w in words) or \
            organisations().lookup(phrase) or topics().lookup(phrase):
        return False
    return not TokenList.of(tokens).where(exact_words=[exact_word(w.lower()) for w in words])


_MEETING_WORDS = frozenset({"Board", "Meeting"})


def _meeting_after_named_body(text: str, tokens: list[Token], i: int) -> bool:
    """ "Lakes Community Safety Partnership (LCSP) Board": a name that already ends in a head word
    before its acronym, then only "Board" or "Meeting" — the meeting of that body, not a longer name."""
    if tokens[i + 1].exact not in _MEETING_WORDS or not ends_with_head([tokens[i - 1].exact]):
        return False
    name_goes_on = i + 2 < len(tokens) and tokens[i + 2].joins_previous \
        and text[tokens[i + 1].end:tokens[i + 2].start] == " " and tokens[i + 2].exact[:1].isupper()
    return not name_goes_on


def _plural_possessive_gap(text: str, before: Token, after: Token) -> bool:
    """ "Residents' Forum": an apostrophe after a plural, then one space and a capitalised word (and
    no opening quote shortly before, which would make the apostrophe a closing quote: "'Licence to Kills' Road")."""
    if not (text[before.end:after.start] in ("' ", "’ ") and text[before.end - 1] == "s"
            and before.exact[:1].isupper() and after.exact[:1].isupper()):
        return False
    return _OPENING_QUOTE.search(text, max(0, before.start - 60), before.start + 1) is None


_OPENING_QUOTE = re.compile(r"(?:^|[\s(])['‘][^\W_]")


class NameLinks:
    """For each token, whether it may continue an organisation name begun before it.

    Stricter than ``Token.joins_previous``: a column gap (tab, three spaces, a spaced dash) or a line
    break between list entries ends a name, so one-per-line attendance lists and tables do not run
    together ("Essex County Council\nAssistant Chief Constable …"); a line break inside wrapped
    prose still joins. An acronym in brackets inside a name is bridged.

    Only the stretches around head words are ever read (about an eighth of a document's tokens),
    so each link is decided when first asked for rather than for every token up front.
    """

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self._text = text
        self._tokens = tokens
        self._decided: dict[int, bool] = {}
        self._width: int | None = None        # wrap_width(text), measured at the first line break

    def __getitem__(self, i: int) -> bool:
        link = self._decided.get(i)
        if link is None:
            link = self._decided[i] = self._decide(i)
        return link

    def between(self, lo: int, hi: int) -> list[bool]:
        return [self[i] for i in range(lo, hi)]

    def _decide(self, i: int) -> bool:
        tokens = self._tokens
        if i == 0:
            return False
        if tokens[i].joins_previous:
            return self._gap_joins(tokens[i - 1], tokens[i])
        if _plural_possessive_gap(self._text, tokens[i - 1], tokens[i]):
            return True         # "Sheerness Residents' Forum", "Victims' Services Unit"
        # "Review (SAR) Working": the bracketed acronym joins the words on both sides of it
        return _bridged_acronym(self._text, tokens, i) or \
            (not tokens[i - 1].joins_previous and _bridged_acronym(self._text, tokens, i - 1))

    def _same_indent(self, prev: Token, gap: str) -> bool:
        """Whether a line break leads to spaces as deep as the indent of the line it leaves (after its
        minute number, if any): one paragraph indented under its number, not a list's column."""
        m = _BREAK_TO_SPACE_INDENT.fullmatch(gap)
        if m is None:
            return False
        line_start = next_line_start(self._text, prev.start)
        line = self._text[line_start:prev.end]
        return _without_shared_indent(line, len(m.group(1))) != line

    def _gap_joins(self, prev: Token, tok: Token) -> bool:
        gap = self._text[prev.end:tok.start]
        if gap == " ":
            return True
        if _COLUMN_GAP.search(gap) and not _BREAK_TO_INDENT.fullmatch(gap) and not self._same_indent(prev, gap):
            return False
        if "\n" in gap:
            if self._width is None:
                self._width = wrap_width(self._text)
            return _line_break_joins(self._text, prev, tok, self._width)
        return True


_GENERIC_POSSESSIVE = re.compile(r"(?P<word>[A-Z][a-z]+)['’]s[ \t]+(?=[A-Z])")


def _after_generic_possessive(text: str, s: int, e: int) -> int:
    """ "Council's Strategic Policy and Resources Committee", "Panel's Task and Finish Group": the
    body's name starts after a generic owner ("the Council's", "the Panel's") that only says whose it is."""
    m = _GENERIC_POSSESSIVE.match(text, s, e)
    if m and m["word"].lower() in _generic_owner_words():
        return m.end()
    return s


_HEAD_POSSESSIVE = re.compile(r"(?P<word>[A-Z][A-Za-z]+)['’]s[ \t]+(?=[A-Z])")


def _owner_and_owned(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """ "Scottish Government's Violence Reduction Unit", "Constabulary's Rural Crime Team": a body in
    the possessive (its last word a head word) owns the body named after it; the two are separate
    bodies, the owner kept only when it is a name of its own (more than its head word)."""
    m = None
    for m in _HEAD_POSSESSIVE.finditer(text, s, e):
        pass
    # (the owner may also be a known body whose last word heads no name: "Lakes Police's Professional
    # Standards Department")
    if m is None or m.start() == s and m["word"].lower() in _generic_owner_words() \
            or m["word"] not in _run_head_words() and organisations().lookup(text[s:m.end("word")]) is None:
        return [(s, e)]
    owned = (m.end(), e)
    owner = (s, m.end("word"))
    owner_named = [owner] if m.start() > s else []
    # "the Department's Preventing Violent Extremism Pathfinder Fund": what the body owns is a body only
    # when its own name ends in a head word (a fund, a strategy or a scheme is none)
    if not ends_with_head(text[owned[0]:owned[1]].split()):
        return owner_named
    return owner_named + [owned]


def _head_written_lowercase(text: str, s: int, e: int, seen: dict[str, bool]) -> bool:
    """ "IDVA Service" in a title where the prose says "the … (IDVA) service": a name the document
    itself writes with its head word in lower case is a kind of service, not a body's name."""
    name = text[s:e]
    if name not in seen:
        words = name.split()
        head = words[-1] if words else ""
        found = False
        if len(words) >= 2 and head[:1].isupper() and not head.isupper() and head.lower() in text:
            lead = r"[ \t\n]+".join(re.escape(w) for w in words[:-1])
            found = re.search(rf"\b{lead}\)?[ \t\n]+{re.escape(head.lower())}\b", text) is not None
        seen[name] = found
    return seen[name]


@lru_cache(maxsize=1)
def _generic_owner_words() -> frozenset[str]:
    from ..segment.common import terms
    return frozenset(w for w in terms()["body_words"] + terms()["possessive_owner_posts"] if " " not in w)


@cache
def _comma_names() -> dict[str, tuple[tuple[re.Pattern[str], str], ...]]:
    """Gazetteer names written with a comma ("Ministry of Housing, Communities and Local Government"),
    by their first word: the token matcher stops at punctuation, so these are matched on the text."""
    by_first: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for key, rec in organisations().records.items():
        for name in sorted(rec.names, key=len, reverse=True):
            if "," not in name or is_acronym(name):
                continue
            words = _COMMA_NAME_WORD.findall(name)
            pattern = r"(?:[ \t]*,)?[ \t]*\n?[ \t]*".join(re.escape(w) for w in words)
            by_first.setdefault(fold_word(words[0]), []).append(
                (re.compile(pattern + r"(?![\w-])", re.IGNORECASE), key))
    return {first: tuple(v) for first, v in by_first.items()}


_COMMA_NAME_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|&")


def _comma_name_hits(text: str, tokens: TokenList, hits: list[OrgHit]) -> list[OrgHit]:
    """``hits`` with each known comma name found whole, in place of the pieces of it found before."""
    names = _comma_names()
    for i in tokens.where(folded_words=names.keys()):
        tok = tokens[i]
        for pattern, key in names[tok.folded]:
            m = pattern.match(text, tok.start)
            if m and "," in m.group():
                hits = [h for h in hits if not (m.start() <= h.start and h.end <= m.end())]
                hits.append(OrgHit(m.start(), m.end(), key, True))
                break
    return hits


@cache
def _area_office_re() -> re.Pattern[str]:
    """The offices of lexicon ``area_office``, any case, commas optional ("Police Fire and Crime Commissioner")."""
    names = sorted(lexicon().words("area_office"), key=len, reverse=True)
    # (a hard-wrapped text may break the name at one of its spaces: "Police, Fire and Crime\nCommissioner")
    forms = [r"(?:[ \t]*,)?(?:[ \t]+|[ \t]*\n[ \t]*)".join(re.escape(w) for w in re.findall(r"[^\s,]+", n))
             for n in names]
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(forms), re.IGNORECASE)


# the area's words are parted by a space or two: a TAB or a wider gap is a column's edge ("Harriet Morley<TAB>
# Police and Crime Commissioner" names a person beside the post, not the area)
_AREA_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+ {1,2}(?:(?:and|AND|&) {1,2})?)+$")
_OFFICE_OF_BEFORE = re.compile(r"(?:Office|OFFICE)[ \t]+of[ \t]+(?:the[ \t]+)?$")


@cache
def _never_area_words() -> frozenset[str]:
    """Capitalised words that can stand before an office without naming its area: articles, sentence
    openers, titles and posts ("Deputy Police and Crime Commissioner" is a post), and names of bodies
    ("Kent Police and Police and Crime Commissioner")."""
    from ..segment.common import terms
    lex = lexicon()
    words = {w.lower() for kind in ("name_article", "title_lead_word", "title", "rank", "imperative_verb")
             for w in lex.words(kind)}
    return frozenset(words | set(terms()["organisation_words"]) | {w.lower() for w in _run_head_words()})


def _area_before(text: str, start: int, capitals: bool) -> int:
    """Where the area written right before an office starts ("Cambridgeshire and Peterborough"), or
    ``start`` when no place is named there; read word by word back from the office. Places are
    written as the office is: in capitals before an office in capitals (a heading), else capitalised."""
    m = _AREA_WORDS_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return start
    words = list(re.finditer(r"\S+", text[m.start():start]))
    area_start = start
    for w in reversed(words):
        word = w.group()
        if word.lower() in ("and", "&"):
            continue           # kept only when a place stands before it too
        if word.isupper() != capitals or word.lower() in _never_area_words() or is_job_word(word):
            break
        area_start = m.start() + w.start()
    return area_start


@cache
def _area_office_first_words() -> tuple[str, ...]:
    return tuple({fold_word(re.findall(r"[^\s,]+", n)[0]) for n in lexicon().words("area_office")})


def _area_offices_in(text: str, tokens: TokenList) -> Iterator[re.Match[str]]:
    """The area offices written in ``text``, tried only where one of their first words is (the token
    index finds those; a case-blind scan of the whole text costs more than the rest of the step)."""
    pattern, end = _area_office_re(), 0
    for index in tokens.where(folded_words=_area_office_first_words()):
        start = tokens[index].start
        m = pattern.match(text, start) if start >= end else None
        if m is not None:
            end = m.end()
            yield m


def _area_office_hits(text: str, hits: list[OrgHit], tokens: TokenList) -> list[OrgHit]:
    """``hits`` with each area office found whole ("Essex Police, Fire and Crime Commissioner", "Office
    of the Police, Fire and Crime Commissioner") in place of the pieces found inside it ("Essex Police",
    "Office of the Police"); the office alone, without area, comma or "Office of", is the gazetteer's."""
    for m in _area_offices_in(text, tokens):
        start = _area_before(text, m.start(), m.group().isupper())
        office_of = _OFFICE_OF_BEFORE.search(text, max(0, start - 20), start)
        start = office_of.start() if office_of else start
        if start == m.start() and "," not in m.group():
            continue
        if any(h.start < start < h.end or h.start < m.end() < h.end or (h.start <= start and m.end() <= h.end)
               for h in hits):
            continue        # a longer known name holds it ("Kent and Medway Police and Crime Panel")
        hits = [h for h in hits if not (start <= h.start and h.end <= m.end())]
        hits.append(OrgHit(start, m.end(), organisation_key_for(text[start:m.end()]), True))
    return hits


@cache
def _area_suffix_re() -> re.Pattern[str]:
    words = "|".join(map(re.escape, lexicon().words("area_suffix")))
    return re.compile(rf"[ \t]+(?:{words})(?![\w-])")


def _place_in_a_longer_place(text: str, hit: OrgHit) -> bool:
    """ "Shepway North", "Medway Central": a one-word name of a body (its area, or a former district's
    name) followed by a compass word is a ward or a place, not the body."""
    written = text[hit.start:hit.end]
    if " " in written or is_acronym(written):
        return False
    return _area_suffix_re().match(text, hit.end) is not None


@cache
def _compass_tail_re() -> re.Pattern[str]:
    """ " North West", " South": one or two compass words closing a name (no capitalised word after)."""
    words = "|".join(map(re.escape, lexicon().words("area_suffix")))
    return re.compile(rf"[ \t]+(?:{words})(?:[ \t]+(?:{words}))?(?![\w-])(?![ \t]+[A-Z])")


# " Cheshire and Merseyside", " Tayside": capitalised words (joined by "and") on the same line, within
# one cell: a tab parts table cells ("NHS Greater Manchester<TAB>Designated Nurse"), so only spaces join them
_PLACE_TAIL = re.compile(r"[ \t]+[A-Z][a-z]+(?: +(?:(?:and|&) +)?[A-Z][a-z]+)*(?![\w'’-])")


@cache
def _place_tail_re() -> re.Pattern[str]:
    """:data:`_PLACE_TAIL` with the places of lexicon ``linked_place`` as places ("Isle of Wight")."""
    linked = sorted(lexicon().words("linked_place"), key=len, reverse=True)
    forms = "|".join(re.escape(p).replace(r"\ ", "[ -]") for p in linked)
    place = rf"(?:(?:{forms})(?![\w'’-])|[A-Z][a-z]+)"
    return re.compile(rf"[ \t]+{place}(?: +(?:(?:and|&) +)?{place})*(?![\w'’-])")


def _regional_tail_end(text: str, hit: OrgHit, tokens: TokenList) -> int | None:
    """Where a known body's name extended by its region ends: "Probation Service North West" (a
    compass region after a name of two words or more), "NHS Cheshire and Merseyside", "Counter
    Terrorism Policing London" (places after a national body that regional bodies are named after,
    lexicon ``regional_prefix_body``)."""
    written = text[hit.start:hit.end]
    if written not in _words("regional_prefix_body"):
        if " " not in written:
            return None
        m = _compass_tail_re().match(text, hit.end)
        return m.end() if m else None
    m = _place_tail_re().match(text, hit.end)
    if m is None:
        return None
    # the link words of a known place ("of" in "Isle of Wight") are the place's, not common nouns
    words = [w for w in m.group().split() if w not in ("and", "&") and not w.islower()]
    # "NHS Foundation Trust", "NHS Health Checks": a head, or a word the document also writes in lower
    # case (a common noun, where a place's name never is), is no place; "City" in "NHS Nottingham City" is
    common = [exact_word(w.lower()) for w in words if w not in _words("place_name_word")]
    if any(w in _run_head_words() or _singular(w) in _run_head_words() for w in words) or \
            common and tokens.where(exact_words=common):
        return None
    return m.end()


def _with_regional_tails(text: str, hits: list[OrgHit], tokens: TokenList) -> list[OrgHit]:
    """Gazetteer hits extended by a region written right after them, kept as written (its own body)."""
    out = []
    for hit in hits:
        end = _regional_tail_end(text, hit, tokens) if hit.from_gazetteer else None
        if end is None:
            out.append(hit)
            continue
        key = organisations().lookup(text[hit.start:end])
        out.append(OrgHit(hit.start, end, key or organisation_key(text[hit.start:end]), key is not None))
    return out


@cache
def _place_named_body_re() -> re.Pattern[str]:
    """A place-named body's word(s), then the place: capitalised words, "upon"/"on" allowed between
    them ("Kingston upon Thames"), on one line."""
    words = sorted(lexicon().words("place_named_body"), key=len, reverse=True)
    lead = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    place = r"[A-Z][a-z][\w'’-]*"
    # ("(Victim Support" / "South Cumbria)": a bracket wrapped onto the next line holds the whole name)
    return re.compile(rf"(?:{lead})(?:[ \t]+{place}(?:[ \t]+(?:(?:upon|on|and)[ \t]+)?{place})*(?![\w-])|"
                      rf"[ \t]*\n[ \t]*{place}(?:[ \t]+{place})?(?=\)))")


@cache
def _place_named_body_first_words() -> tuple[str, ...]:
    return tuple({exact_word(w.split()[0].split("/")[0]) for w in lexicon().words("place_named_body")})


def _place_named_bodies(text: str, tokens: TokenList, hits: list[OrgHit]) -> list[OrgHit]:
    """``hits`` with "HMP Oakwood", "Healthwatch Hull", "Age UK Kingston upon Thames" found whole (in place
    of a known part inside), unless a longer known name holds them. The place's words stop at a head or
    a word the name finder reads otherwise ("Healthwatch Hull Board" is read by the head-word names)."""
    pattern = _place_named_body_re()
    for i in tokens.where(exact_words=_place_named_body_first_words()):
        m = pattern.match(text, tokens[i].start)
        # "Victim Support Officer": a post's word after the charity's name makes a post, not a branch
        if m is None or any(w in _run_head_words() or is_job_word(w) for w in m.group().split()[1:]):
            continue
        s, e = m.span()
        if any(h.start <= s and e <= h.end and (h.start, h.end) != (s, e) for h in hits):
            continue
        hits = [h for h in hits if not (s <= h.start and h.end <= e)]
        key = organisations().lookup(m.group())
        hits.append(OrgHit(s, e, key or organisation_key(m.group()), key is not None))
    return hits


@cache
def _council_of_place_re() -> re.Pattern[str]:
    """A council named as "London Borough of" + its place (lexicon ``council_of_place``), in title case or
    in capitals: the place is capitalised words joined by spaces, "and" or a linked place's link word
    ("Royal Borough of Windsor and Maidenhead", "Royal Borough of Kingston upon Thames")."""
    openers = sorted(lexicon().words("council_of_place"), key=len, reverse=True)
    lead = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in openers)
    linked = "|".join(re.escape(p).replace(r"\ ", r"[ \t-]+") for p in sorted(lexicon().words("linked_place"), key=len, reverse=True))
    word = r"(?:(?-i:[A-Z][a-z][\w'’-]*)|(?-i:[A-Z][A-Z'’-]+))"
    place = rf"(?:(?:{linked})(?![\w'’-])|{word})"
    return re.compile(rf"(?:{lead})[ \t]+{place}(?:[ \t]+(?:(?:and|&)[ \t]+)?{place})*(?![\w'’-])", re.IGNORECASE)


@cache
def _council_of_place_first_words() -> frozenset[str]:
    return frozenset(fold_word(w.split()[0]) for w in lexicon().words("council_of_place"))


def _council_of_place_end(text: str, start: int, end: int) -> int:
    """Where the council's name ends: before the first word of a longer body's name ("Royal Borough of
    Greenwich Community Safety Partnership": a head or a generic word is no part of the place), and
    before a capitalised word in another case than the opening's ("LONDON BOROUGH OF LAKESIDE Community")."""
    caps = text[start:end].split()[0].isupper()
    joins = ("and", "&")
    words = list(re.finditer(r"\S+", text[start:end]))
    place_from = next(k for k, w in enumerate(words) if w.group().lower() == "of") + 1
    kept = []
    for w in words[place_from:]:
        written = w.group()
        if written.lower() in joins or written.islower():
            kept.append(w)          # "and", and a linked place's link word ("upon")
            continue
        if written.lower() in _generic_words() or written.isupper() != caps:
            break
        kept.append(w)
    while kept and (kept[-1].group().lower() in joins or kept[-1].group().islower()):
        kept.pop()
    return start + kept[-1].end() if kept else start


def _councils_of_places(text: str, tokens: TokenList, hits: list[OrgHit]) -> list[OrgHit]:
    """``hits`` with each council named as "Royal Borough of Greenwich" (a heading, an affiliation, prose),
    unless a known name overlaps it; a longer body named after it is still read by the head-word names."""
    pattern = _council_of_place_re()
    for i in tokens.where(folded_words=_council_of_place_first_words()):
        m = pattern.match(text, tokens[i].start)
        if m is None:
            continue
        s, e = m.start(), _council_of_place_end(text, m.start(), m.end())
        if e <= s or any(h.start < e and s < h.end for h in hits):
            continue
        hits.append(OrgHit(s, e, organisation_key_for(text[s:e]), False))
    return hits


_WIDE_GAP = re.compile(r"[ \t]{2,}|\t")


def _place_council(text: str, hit: OrgHit) -> OrgHit:
    """ "Felltown MBC": council-type initials that a gazetteer body takes as its alias ("MBC" for one
    borough) name the council of the place written right before them, a body of its own."""
    from ..segment.common import terms
    if text[hit.start:hit.end] not in terms()["council_type_initialisms"]:
        return hit
    start = _area_before(text, hit.start, capitals=False)
    # a wide gap parts columns ("Jo Bloggs      Felltown MBC"): the place is the words after it
    gap = None
    for gap in _WIDE_GAP.finditer(text, start, hit.start):
        pass
    start = gap.end() if gap is not None else start
    if start >= hit.start or "\n" in text[start:hit.start]:
        return hit
    return OrgHit(start, hit.end, organisation_key_for(text[start:hit.end]), False)


# words before a charity's name that are no part of a local body's name
_LEADING_NON_NAME_WORDS = frozenset({"the", "a", "an", "and", "of", "for", "by", "with", "from", "to", "at", "in", "on"})
# (one space between the words: a tab or a run of spaces parts table columns, "Mel Gosling<TAB>Lighthouse …")
_NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'’&-]* ){1,3}$")
# "Falkirk and Clackmannanshire Women's Aid": one place and "and" before the name's own words, the place
# not itself the end of a longer capitalised name ("Police Scotland and Falkirk Women's Aid" are two bodies)
_PLACE_AND_BEFORE = re.compile(r"(?:^|[\n\t]|[^\w\s'’&-] ?|\b[a-z]+ )([A-Z][\w'’-]* and )$")


# " (Wales)", " (Crime and Disorder)": capitalised words (joined by "and", "of", "the") in brackets, on the line
_BRACKETED_QUALIFIER = re.compile(r"[ \t]*\(((?:[A-Z][\w'’-]*)(?:[ \t]+(?:and|of|the|&|[A-Z][\w'’-]*)){0,3})\)")


def _qualifier_completes_name(name: str, qualifier: str) -> bool:
    """Whether a bracketed qualifier is part of the name before it: a region after any body, or a
    designation after a committee that is neither a post, a title nor initials."""
    if qualifier in _words("region_in_brackets"):
        return True
    if name.split()[-1] not in _words("qualified_committee_head") and \
            name.split()[-1].title() not in _words("qualified_committee_head"):
        return False
    words = qualifier.split()
    posts = lexicon().lower_set("person_role_word") | lexicon().lower_set("job_title_word")
    return not is_acronym(qualifier) and not any(w.lower() in posts or w in _title_set() for w in words) \
        and not ends_with_head(words)


def with_bracketed_qualifier(text: str, hit: OrgHit) -> OrgHit:
    """ "Probation Service (Wales)", "Scrutiny Committee (External)": a body's name completed by the
    bracket right after it is one name, as written (the gazetteer's shorter body is not meant)."""
    m = _BRACKETED_QUALIFIER.match(text, hit.end)
    if m is None:
        return hit
    name, qualifier = text[hit.start:hit.end], m.group(1)
    if name.isupper():
        qualifier = qualifier.title() if qualifier.isupper() else ""
    if not qualifier or not _qualifier_completes_name(name, qualifier):
        return hit
    return OrgHit(hit.start, m.end(), organisation_key_for(text[hit.start:m.end()]), False)


def _named_before_national_name(text: str, hit: OrgHit) -> OrgHit:
    """ "Coventry Haven Women's Aid": a national charity's name that local services write after their
    own (lexicon ``named_after_place``), preceded on its line by capitalised words that are not a
    title, an article or a sentence's opening word, names one local body, not the national one."""
    if text[hit.start:hit.end] not in lexicon().words("named_after_place"):
        return hit
    m = _NAME_WORDS_BEFORE.search(text, max(0, hit.start - 80), hit.start)
    if m is None:
        return hit
    skip = _LEADING_NON_NAME_WORDS | _title_set()
    imperatives = _words("imperative_verb")
    words = list(re.finditer(r"\S+", m.group()))
    # "Invite Moray Women's Aid to give an update" (an action's task): the imperative is no part of the name
    while words and (words[0].group().lower() in skip or words[0].group() in imperatives):
        words.pop(0)
    # "the Fellside Government's Violence Reduction Unit": a possessive before names the owner, no place
    if not words or words[-1].group().endswith(("'s", "’s")):
        return hit
    start = m.start() + words[0].start()
    # one capitalised word opening a line or a sentence may be the sentence's ("Yesterday Women's Aid")
    before = text[max(0, start - 80):start].rstrip(" \t")
    joined = _PLACE_AND_BEFORE.search(text, max(0, start - 40), start)
    if joined is not None:
        start = _places_listed_before(text, joined.start(1))
    elif len(words) == 1 and (not before or before.endswith(("\n", ".", "!", "?"))) \
            and not text[start:hit.end].isupper() and not _names_a_councils_place(text, words[0].group()):
        # (a heading in capitals, "LAKESHIRE VIOLENCE REDUCTION UNIT", opens with the place, no sentence)
        return hit
    return OrgHit(start, hit.end, organisation_key_for(text[start:hit.end]), False)


# "Derbyshire, " / "Leicestershire, ": one capitalised word and a comma, a place of a list before "Place and"
_LISTED_PLACE_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[A-Z][\w'’-]*, $")
# places a body of several areas is named after ("Lakeshire, Fellshire, Moorshire and Dale …")
_MOST_LISTED_PLACES = 4


def _places_listed_before(text: str, start: int) -> int:
    """ "Lakeshire, Fellshire, Moorshire and Dale Community Rehabilitation Company": a
    body named after several areas lists them, commas apart, before the last two joined by "and"; the
    name starts at the first. A listed word that is a word of bodies' names ("Police, Lakes and …")
    ends the list: a list of bodies, not of the areas of one; so does a post ("Officer, Lakes and Fells
    Council"). A single word and a comma is most often a post or a heading, so two listed places at
    least are needed ("A, B, C and D")."""
    posts = lexicon().lower_set("person_role_word") | lexicon().lower_set("job_title_word") | \
        lexicon().lower_set("role_word")
    listed = []
    at = start
    for _ in range(_MOST_LISTED_PLACES):
        m = _LISTED_PLACE_BEFORE.search(text, max(0, at - 40), at)
        word = m.group().rstrip(", ") if m else ""
        if m is None or is_generic_word(word) or word in _title_set() or word.lower() in posts:
            break
        listed.append(m.start())
        at = m.start()
    if len(listed) < _LEAST_LISTED_PLACES or _CAPITALISED_WORD_BEFORE.search(text, max(0, listed[-1] - 40), listed[-1]):
        # ("Jo Ray, Magistrate, Lakeby and Fells Bench": a name before the list makes it a person's line)
        return start
    return listed[-1]


# a capitalised word other than an article right before a list ("Jo Ray, …")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?!The\b)[A-Z][\w'’.-]*[ \t]+$")
# places listed before "Place and Place" for the list to be read as the areas of one body
_LEAST_LISTED_PLACES = 2


def _names_a_councils_place(text: str, word: str) -> bool:
    """ "… repeat cases. Lakeby Women's Aid had supported …": a sentence's opening word is the place of
    the local body when the minutes name that place's council ("Lakeby Council") elsewhere."""
    return len(word) > 2 and f"{word} Council" in text


# "(LFMD " before a known acronym and ")" after it: the acronym is the last word of a longer one
_ACRONYM_WORD_BEFORE = re.compile(r"\([A-Z][A-Z&]{1,7} $")


def _last_word_of_bracketed_acronym(text: str, start: int, end: int) -> bool:
    """ "… Dale Community Rehabilitation Company (LFMD CRC)": a known acronym ("CRC", one area's
    company in the gazetteer) closing a bracketed acronym of two words is part of the body's own
    acronym, which the text defines, not a name of the known body."""
    return text.startswith(")", end) and _ACRONYM_WORD_BEFORE.search(text, max(0, start - 10), start) is not None


def _written_as_common_noun(text: str, start: int, end: int) -> bool:
    """ "the youth justice services", "the probation service": a known body's name of two words or more
    written all in lower case is the kind of body, not the name of one."""
    written = text[start:end]
    return written.islower() and any(c.isspace() for c in written)


_CODE_BEFORE = re.compile(r"[\w/-]{0,30}$")
_CODE_AFTER = re.compile(r"[\w/-]{0,30}")


def _inside_reference_code(text: str, start: int, end: int) -> bool:
    """ "TDC/PL/0417", "LCC/2024/17": a known body's initials inside a slash-joined code with a number
    (a licence's or a file's reference) name no body there; "KCC/NHS" (no number) still names two."""
    written = text[start:end]
    if " " in written or not written.isupper():
        return False
    before = _CODE_BEFORE.search(text, max(0, start - 30), start).group()
    after = _CODE_AFTER.match(text, end, min(len(text), end + 30)).group()
    code = before + written + after
    return "/" in code and any(c.isdigit() for c in code)


# "Deputy " / "Assistant " written right before an office holder's title
_DEPUTY_BEFORE = re.compile(r"(?:Deputy|DEPUTY|Assistant|ASSISTANT)[ \t]+$")


def _deputys_post(text: str, hit: OrgHit) -> bool:
    """ "Jo Hale, Deputy Police and Crime Commissioner": the office holder's deputy is a post the person
    holds, no body (the office alone, "Police and Crime Commissioner", names one)."""
    from ..segment.labels import is_office_holder_body
    return _DEPUTY_BEFORE.search(text, max(0, hit.start - 12), hit.start) is not None \
        and is_office_holder_body(text[hit.start:hit.end])


def find_organisation_hits(text: str, tokens: list[Token]) -> list[OrgHit]:
    """Gazetteer hits, plus head-word names not covered by a longer or equal gazetteer hit."""
    tokens = TokenList.of(tokens)
    gaz = organisations()
    hits = [_place_council(text, OrgHit(h.start, h.end, str(h.value), True)) for h in gaz.matcher.find_longest(tokens)
            if not _written_as_common_noun(text, h.start, h.end) and not _inside_reference_code(text, h.start, h.end)
            and not _last_word_of_bracketed_acronym(text, h.start, h.end)]
    hits = _comma_name_hits(text, tokens, hits)
    hits = _area_office_hits(text, hits, tokens)
    hits = [h for h in hits if not _place_in_a_longer_place(text, h) and not _deputys_post(text, h)]
    hits = _with_regional_tails(text, hits, tokens)
    hits = _place_named_bodies(text, tokens, hits)
    hits = [_named_before_national_name(text, h) for h in hits]
    hits = _councils_of_places(text, tokens, hits)
    # one written name, several gazetteer entries (an alias shared by two bodies): keep the first key
    seen: dict[tuple[int, int], OrgHit] = {}
    for h in hits:
        seen.setdefault((h.start, h.end), h)
    hits = list(seen.values())
    head_words = _run_head_words()
    found: list[tuple[int, int]] = []
    links = NameLinks(text, tokens)
    for lo, hi in _chunks_with_heads(tokens, links):
        chunk = tokens[lo:hi]
        for run in _runs(text, chunk, links.between(lo, hi)):
            if not any(chunk[i].exact in head_words or chunk[i].exact[:-1] in head_words for i in run):
                continue          # most capitalised runs are not names of bodies: skip them cheaply
            span = _name_in_run(text, chunk, run)
            if span is not None:
                found.extend(split_joined_bodies(text, *span))
    # the hits overlapping a name are looked up by start, not by scanning every hit: a long text that
    # repeats one body's name thousands of times made that scan quadratic
    hits.sort(key=lambda h: (h.start, h.end))
    starts = [h.start for h in hits]
    longest = max((h.end - h.start for h in hits), default=0)
    lowered_heads: dict[str, bool] = {}
    owners: list[OrgHit] = []
    for s, e in [part for span in found for part in _owner_and_owned(text, *span)]:
        s = _with_area_prefix(text, _after_generic_possessive(text, s, e))
        if _head_written_lowercase(text, s, e, lowered_heads):
            continue
        lo, hi = bisect.bisect_left(starts, s - longest), bisect.bisect_left(starts, e)
        near = [k for k in range(lo, hi) if s < hits[k].end]
        inside = [k for k in near if s <= hits[k].start and hits[k].end <= e]
        if len(inside) != len(near) or any(hits[k].start == s and hits[k].end == e for k in inside):
            continue
        # a longer unknown name that contains a known one is its own body ("KCSP Working Group"); a
        # government department opening it is named too, as its owner ("Home Office Quality Assurance Panel")
        owners += [hits[k] for k in inside if hits[k].start == s and _names_its_owner(hits[k])]
        for k in reversed(inside):
            del hits[k], starts[k]
        new = OrgHit(s, e, organisation_key_for(text[s:e]), False)
        at = bisect.bisect_right(starts, s)
        hits.insert(at, new)
        starts.insert(at, s)
        longest = max(longest, e - s)
    hits = [_with_listed_places(text, h) for h in hits]
    return sorted([with_bracketed_qualifier(text, h) for h in hits] + owners, key=lambda h: (h.start, h.end))


_PLACE_AND_PLACE = re.compile(r"[A-Z][\w'’-]* and [A-Z]")


def _with_listed_places(text: str, hit: OrgHit) -> OrgHit:
    """A name opening "Place and Place …" with more places listed before it, commas apart: the whole list
    is the name's ("Lakeshire, Fellshire, Moorshire and Dale Community Rehabilitation Company")."""
    if hit.from_gazetteer or not _PLACE_AND_PLACE.match(text, hit.start, hit.end):
        return hit
    start = _places_listed_before(text, hit.start)
    return hit if start == hit.start else OrgHit(start, hit.end, organisation_key_for(text[start:hit.end]), False)


@cache
def _owner_body_types() -> frozenset[str]:
    return frozenset(lexicon().words("owner_body_type"))


def _names_its_owner(hit: OrgHit) -> bool:
    """Whether a known body written first in a longer name is that name's owner, a body named as well:
    a government department ("Home Office" in "Home Office Quality Assurance Panel"; lexicon owner_body_type)."""
    record = organisations().records.get(hit.key) if hit.from_gazetteer else None
    return record is not None and record.type in _owner_body_types()


