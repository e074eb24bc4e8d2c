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
from functools import lru_cache
from dataclasses import dataclass, field
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


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]`` with their offsets and match keys, in one regex pass.

    Built column by column with comprehensions (and cached per-word normalisation) because this
    runs once per document over thousands of words and is the base of every later pass.
    """
    end = len(text) if end is None else end
    spans = [m.span() for m in _TOKEN.finditer(text, start, end)]
    if not spans:
        return []
    words = [text[s:e] for s, e in spans]
    folded = list(map(fold_word, words))
    exact = list(map(exact_word, words))
    joins = [False]
    joins += [_gap_joins(text[a[1]:b[0]]) for a, b in zip(spans, spans[1:])]
    return [_new_token(Token, (s, e, f, x, j))
            for (s, e), f, x, j in zip(spans, folded, exact, joins)]


@dataclass(slots=True)
class _Node:
    children: dict[str, "_Node"] = field(default_factory=dict)
    values: list[object] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int              # character offsets of the matched words
    end: int
    value: object           # what the term stands for (a key, a record, ...)
    first_token: int        # token indices, end exclusive
    last_token: int


class TermMatcher:
    """Case-insensitive and case-sensitive terms in one structure; values are returned on a match."""

    def __init__(self) -> None:
        self._folded = _Node()
        self._exact = _Node()
        self.size = 0

    def add(self, term: str, value: object, case_sensitive: bool = False) -> None:
        words = [m.group() for m in _TOKEN.finditer(term)]
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
        j = i
        while j < len(tokens):
            if j > i and not tokens[j].joins_previous:
                break
            node = node.children.get(tokens[j].exact if exact else tokens[j].folded)
            if node is None:
                break
            j += 1
            for value in node.values:
                hits.append(Hit(tokens[i].start, tokens[j - 1].end, value, i, j))
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
        """Indices of tokens that can start a term: one set lookup per token, no walking."""
        folded, exact = self._folded.children, self._exact.children
        return [i for i, t in enumerate(tokens) if t.folded in folded or t.exact in exact]

    def find_all(self, tokens: list[Token]) -> list[Hit]:
        """Every match, overlapping ones included ("Serious Violence Duty" and "Serious Violence")."""
        hits: list[Hit] = []
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
