"""Find many known terms in a text at once: a token trie (the word-level cousin of Aho–Corasick).

Gazetteer names, topic labels and legislation titles are compiled once into a trie keyed by
normalised tokens, and a text is tokenised once and walked from every token. That makes the
matching word-bounded by construction, tolerant of plurals, possessives, "-" versus " " and
"&" versus "and", and linear in the text for any number of terms.

Two normalisations of a token exist side by side:

* the *folded* key (case-insensitive terms): lower case, possessive dropped, a plural "s" dropped
  ("Reviews" → "review", "Children's" → "children");
* the *exact* key (case-sensitive terms such as acronyms): the token as written, with a
  possessive dropped and an "s" after an upper-case letter dropped ("DHRs" → "DHR",
  "IDVA's" → "IDVA", "ToRs" → "ToR"), so "PREVENT" never matches "Preventing".
"""
from __future__ import annotations

import re
from collections.abc import Iterable, KeysView
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|&")
# what may separate two words of one name: spaces, hyphens/dashes, at most one line break
_JOINABLE_GAP = re.compile(r"[ \t\-–—]*\n?[ \t\-–—]*")
_POSSESSIVE = re.compile(r"['’][sS]$|['’]$")


class Token(NamedTuple):
    start: int
    end: int
    folded: str
    exact: str
    joins_previous: bool      # False when punctuation or a blank line separates it from the token before


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Case-insensitive key of one word: lower case, no possessive, no plural 's'."""
    word = _POSSESSIVE.sub("", word).lower()
    if word == "&":
        return "and"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


@lru_cache(maxsize=65536)
def exact_word(word: str) -> str:
    """Case-sensitive key of one word: as written, no possessive, no plural 's' after a capital."""
    word = _POSSESSIVE.sub("", word)
    if word == "&":
        return "and"
    if len(word) > 2 and word.endswith("s") and word[-2].isupper():
        word = word[:-1]
    return word


@lru_cache(maxsize=4096)
def _gap_joins(gap: str) -> bool:
    """Whether the characters between two words keep them in one name (few distinct gaps: cached)."""
    return gap == " " or _JOINABLE_GAP.fullmatch(gap) is not None


_new_token = tuple.__new__
# the same token pattern with a capture group: ``split`` then returns gap, word, gap, word, ..., gap
_SPLIT_TOKENS = re.compile(f"({_TOKEN.pattern})")


def tokenize(text: str, start: int = 0, end: int | None = None) -> "TokenList":
    """The words of ``text[start:end]`` with their offsets and match keys, in one regex pass.

    One ``split`` hands over every word and every gap between words at once, so offsets are running
    sums of their lengths and no match object is made per word; the per-word normalisations are
    cached. This runs once per document over thousands of words and is the base of every later pass.
    """
    end = len(text) if end is None else end
    parts = _SPLIT_TOKENS.split(text[start:end] if start or end != len(text) else text)
    if len(parts) < 2:
        return TokenList([], [], [], [])
    offsets = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    starts, ends = offsets[1::2], offsets[2::2]
    folded, exact = list(map(fold_word, words)), list(map(exact_word, words))
    joins = [False]
    joins += map(_gap_joins, parts[2:-1:2])
    rows = zip(starts, ends, folded, exact, joins)
    tokens = map(_new_token, repeat(Token), rows)       # Token(*row), without a Python-level call per row
    return TokenList(tokens, starts, folded, exact)


class TokenList(list):
    """A document's tokens, with their start offsets, and where each folded or exact word occurs.

    Several passes over a document (the gazetteer, legislation, topic and known-name matchers, the
    look-ups of acronyms, initials and head words) each want the few tokens that are one of their
    words. The index (built on first use) lets each find them from the document's distinct words
    instead of testing every token again. Slices are plain lists. Do not change a TokenList.
    """

    __slots__ = ("starts", "_folded", "_exact", "_index")

    def __init__(self, tokens: Iterable[Token], starts: list[int], folded: list[str], exact: list[str]) -> None:
        super().__init__(tokens)
        self.starts = starts            # the tokens' start offsets, for bisecting
        self._folded = folded
        self._exact = exact
        self._index: tuple[dict[str, list[int]], dict[str, list[int]]] | None = None

    @classmethod
    def of(cls, tokens: list[Token]) -> "TokenList":
        """``tokens`` as a TokenList (itself when it is one already)."""
        if isinstance(tokens, TokenList):
            return tokens
        return cls(tokens, [t.start for t in tokens], [t.folded for t in tokens], [t.exact for t in tokens])

    def exact_words(self) -> KeysView[str]:
        """The distinct exact keys of the tokens."""
        return self._word_index()[1].keys()

    def where(self, folded_words: Iterable[str] = (), exact_words: Iterable[str] = ()) -> list[int]:
        """Indices, ascending, of the tokens whose folded key is one of ``folded_words`` or whose exact
        key is one of ``exact_words``."""
        by_folded, by_exact = self._word_index()
        found = [i for word in by_folded.keys() & folded_words for i in by_folded[word]]
        found += [i for word in by_exact.keys() & exact_words for i in by_exact[word]]
        return sorted(set(found))

    def _word_index(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        if self._index is None:
            self._index = (_positions(self._folded), _positions(self._exact))
        return self._index


def _positions(words: list[str]) -> dict[str, list[int]]:
    """Each distinct word → the indices where it occurs, ascending."""
    index: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        if word in index:
            index[word].append(i)
        else:
            index[word] = [i]
    return index


@dataclass(slots=True)
class _Node:
    children: dict[str, "_Node"] = field(default_factory=dict)
    values: list[object] = field(default_factory=list)


class Hit(NamedTuple):
    """One match of a term (a named tuple: thousands are made per document, and cheaply)."""
    start: int              # character offsets of the matched words
    end: int
    value: object           # what the term stands for (a key, a record, ...)
    first_token: int        # token indices, end exclusive
    last_token: int


@lru_cache(maxsize=16384)
def _term_words(term: str) -> tuple[str, ...]:
    """The words of a term (the same names are added to a document's matchers again and again)."""
    return tuple(_TOKEN.findall(term))


class TermMatcher:
    """Case-insensitive and case-sensitive terms in one structure; values are returned on a match."""

    def __init__(self) -> None:
        self._folded = _Node()
        self._exact = _Node()
        self.size = 0

    def add(self, term: str, value: object, case_sensitive: bool = False) -> None:
        words = _term_words(term)
        if not words:
            return
        node = self._exact if case_sensitive else self._folded
        for word in words:
            key = exact_word(word) if case_sensitive else fold_word(word)
            node = node.children.setdefault(key, _Node())
        if value not in node.values:
            node.values.append(value)
            self.size += 1

    def _walk(self, root: _Node, tokens: list[Token], i: int, exact: bool) -> list[Hit]:
        hits: list[Hit] = []
        node = root
        start = tokens[i].start
        for j in range(i, len(tokens)):
            tok = tokens[j]
            if j > i and not tok.joins_previous:
                break
            node = node.children.get(tok.exact if exact else tok.folded)
            if node is None:
                break
            for value in node.values:
                hits.append(Hit(start, tok.end, value, i, j + 1))
        return hits

    def _hits_at(self, tokens: list[Token], i: int) -> list[Hit]:
        tok = tokens[i]
        hits: list[Hit] = []
        if tok.folded in self._folded.children:
            hits += self._walk(self._folded, tokens, i, exact=False)
        if tok.exact in self._exact.children:
            hits += self._walk(self._exact, tokens, i, exact=True)
        return hits

    def _candidates(self, tokens: list[Token]) -> list[int]:
        """Indices of tokens that can start a term, ascending: from a whole document's word index, or
        (a stretch of a document) one set lookup per token; no walking."""
        folded, exact = self._folded.children, self._exact.children
        if isinstance(tokens, TokenList):
            return tokens.where(folded.keys(), exact.keys())
        return [i for i, t in enumerate(tokens) if t.folded in folded or t.exact in exact]

    def find_all(self, tokens: list[Token]) -> list[Hit]:
        """Every match, overlapping ones included ("Serious Violence Duty" and "Serious Violence")."""
        hits: list[Hit] = []
        if not self.size:
            return hits       # no terms (a document that defines none): no need to look at the tokens
        for i in self._candidates(tokens):
            hits += self._hits_at(tokens, i)
        return hits

    def find_longest(self, tokens: list[Token]) -> list[Hit]:
        """Leftmost-longest matches that do not overlap ("Kent Police Authority", not "Kent Police")."""
        out: list[Hit] = []
        next_free = 0
        for i in self._candidates(tokens):
            if i < next_free:
                continue
            hits = self._hits_at(tokens, i)
            if not hits:
                continue
            best_end = max(h.last_token for h in hits)
            # several values for the same longest words: keep them all, the caller decides
            out += [h for h in hits if h.last_token == best_end]
            next_free = best_end
        return out
