"""Organisations: gazetteer names and aliases, and names built on head words.

Known bodies come from the gazetteer (``kgraph/data/organisations.tsv``): any label, alias or
former name, word-bounded, names case-insensitive and acronyms case-sensitive, longest match
first ("Kent Police Authority" is not "Kent Police"). Unknown bodies are capitalised phrases
ending in a head word ("… Council", "… Partnership", "… Group", "… Task Force", "… CSP") or built
as "Department/Office of …"; they must hold a distinctive word ("Working Group" alone is a
back-reference, not a name) and must not be documents ("Community Safety Agreement").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .gazetteer import is_acronym, lexicon, organisations
from .keys import organisation_key
from .matcher import Token, tokenize


@dataclass(frozen=True, slots=True)
class OrgHit:
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


@cache
def _not_organisations() -> frozenset[str]:
    return frozenset(organisation_key(n) for n in lexicon().words("not_organisation"))


def organisation_key_for(name: str) -> str:
    """Gazetteer key when the name is a known label/alias/former name, else the slug of the name."""
    return organisations().lookup(name) or organisation_key(strip_article(name))


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


def ends_with_head(words: list[str]) -> bool:
    heads = _head_set()
    return any(tuple(words[-n:]) in heads for n in (1, 2, 3) if len(words) >= n)


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
    prefix_heads = lexicon().words("org_prefix_head")
    if words[0] in prefix_heads and len(words) > 2 and words[1] in ("of", "for"):
        return True
    return all(_capitalised(w) or w in lexicon().words("connector") for w in words) and ends_with_head(words) \
        and _distinctive(words[:-1])


def _runs(text: str, tokens: list[Token]) -> list[list[int]]:
    """Maximal runs of capitalised tokens joined by spaces, with 'and'/'&' and one lower-case word
    allowed inside ("Domestic Homicide review Steering Group"); 'of/for/the' start a new run
    except after a prefix head ("Office of the Police and Crime Commissioner")."""
    connectors = {"and", "&"}
    linking = {"of", "for", "the"}
    prefix_heads = set(lexicon().words("org_prefix_head"))
    runs: list[list[int]] = []
    current: list[int] = []
    lower_used = False
    for i, tok in enumerate(tokens):
        word = text[tok.start:tok.end]
        joined = bool(current) and tok.joins_previous
        if not joined:
            if current:
                runs.append(current)
            current, lower_used = ([i], False) if _capitalised(word) else ([], False)
            continue
        if _capitalised(word):
            current.append(i)
        elif word in connectors or word == "&":
            current.append(i)
        elif word in linking:
            first = text[tokens[current[0]].start:tokens[current[0]].end]
            if len(current) == 1 and first in prefix_heads or \
                    (word == "the" and text[tokens[current[-1]].start:tokens[current[-1]].end] in ("of", "for")
                     and text[tokens[current[0]].start:tokens[current[0]].end] in prefix_heads):
                current.append(i)
            else:
                runs.append(current)
                current, lower_used = [], False
        elif not lower_used and len(current) >= 2 and all(
                _capitalised(text[tokens[j].start:tokens[j].end]) for j in current[-2:]):
            current.append(i)
            lower_used = True
        else:
            runs.append(current)
            current, lower_used = [], False
    if current:
        runs.append(current)
    return [r for r in runs if r]


def _hyphen_compound(text: str, tokens: list[Token], run: list[int], k: int) -> bool:
    """'Multi-Agency', 'Inter-Agency': a head word hyphened to the word before is a modifier, not a head."""
    if k == 0:
        return False
    before, here = tokens[run[k - 1]], tokens[run[k]]
    return text[before.end:here.start] == "-"


def _name_in_run(text: str, tokens: list[Token], run: list[int]) -> tuple[int, int] | None:
    """The organisation name inside a run: up to its last head word, without leading articles."""
    words = [text[tokens[i].start:tokens[i].end] for i in run]
    exact = [tokens[i].exact for i in run]
    prefix_heads = lexicon().words("org_prefix_head")
    end = None
    for k in range(len(words), 0, -1):
        if ends_with_head(exact[:k]) and _capitalised(words[k - 1]) and not _hyphen_compound(text, tokens, run, k - 1):
            end = k
            break
    if end is None and words and words[0] in prefix_heads and len(words) > 2 and words[1] in ("of", "for"):
        end = len(words)
        while end > 2 and not _capitalised(words[end - 1]):
            end -= 1
    if end is None:
        return None
    start = 0
    skip = {"the", "a", "an", "and", "&", "of", "for"}
    titles = _title_set()
    while start < end and (words[start].lower() in skip or words[start].lower() in titles):
        start += 1
    # a lower-case word kept inside must sit between capitalised words of the kept name
    while start < end and not _capitalised(words[start]):
        start += 1
    name_words = words[start:end]
    if len(name_words) < 2 and not (name_words and is_acronym(name_words[0])):
        return None
    if not _distinctive(name_words[:-1] if ends_with_head(exact[start:end]) else name_words):
        return None
    s, e = tokens[run[start]].start, tokens[run[end - 1]].end
    if organisation_key(text[s:e]) in _not_organisations():
        return None
    return s, e


@cache
def _run_head_words() -> frozenset[str]:
    return frozenset({w for h in _heads() for w in h} | set(lexicon().words("org_prefix_head")))


def _chunks_with_heads(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges between breaks (punctuation, blank lines) that hold a head word.

    A run never crosses a break, so reading only these stretches gives the same runs as reading
    the whole document, while most of the text (no "Council", "Group", ...) is never looked at.
    """
    heads = _run_head_words()
    chunks: list[tuple[int, int]] = []
    n = len(tokens)
    for i in [i for i, t in enumerate(tokens) if t.exact in heads]:
        if chunks and i < chunks[-1][1]:
            continue
        lo = i
        while lo > 0 and tokens[lo].joins_previous:
            lo -= 1
        hi = i + 1
        while hi < n and tokens[hi].joins_previous:
            hi += 1
        chunks.append((lo, hi))
    return chunks


def find_organisation_hits(text: str, tokens: list[Token]) -> list[OrgHit]:
    """Gazetteer hits, plus head-word names not covered by a longer or equal gazetteer hit."""
    gaz = organisations()
    hits = [OrgHit(h.start, h.end, str(h.value), True) for h in gaz.matcher.find_longest(tokens)]
    # one written name, several gazetteer entries (an alias shared by two bodies): keep the first key
    seen: dict[tuple[int, int], OrgHit] = {}
    for h in hits:
        seen.setdefault((h.start, h.end), h)
    hits = list(seen.values())
    head_words = _run_head_words()
    found: list[tuple[int, int]] = []
    for lo, hi in _chunks_with_heads(tokens):
        chunk = tokens[lo:hi]
        for run in _runs(text, chunk):
            if not any(chunk[i].exact in head_words for i in run):
                continue          # most capitalised runs are not names of bodies: skip them cheaply
            span = _name_in_run(text, chunk, run)
            if span is not None:
                found.append(span)
    for s, e in found:
        near = [h for h in hits if h.start < e and s < h.end]     # hits are few; names with heads fewer
        inside = [h for h in near if s <= h.start and h.end <= e]
        if len(inside) != len(near) or any(h.start == s and h.end == e for h in inside):
            continue
        # a longer unknown name that contains a known one is its own body ("KCSP Working Group")
        hits = [h for h in hits if h not in inside]
        hits.append(OrgHit(s, e, organisation_key_for(text[s:e]), False))
    return sorted(hits, key=lambda h: (h.start, h.end))


def tokens_of(text: str) -> list[Token]:
    return tokenize(text)
