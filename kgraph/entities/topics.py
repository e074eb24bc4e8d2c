"""Topics: the concepts of ``ontology/topics.ttl`` found in each agenda item.

Labels, alternative and hidden labels match case-insensitively, word-bounded and plural-tolerant
with "-" ≈ " "; ``kg:acronym`` matches case-sensitively (plural "s"/"'s" allowed);
``kg:matchPattern`` regexes are case-sensitive. Acronyms the document defines count as match
terms of the topic they name. Job titles in a person's parenthesis and URLs are masked first,
so "(Assistant Director Contest and Serious Organised Crime, KCC)" is not about organised crime.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import topics
from .matcher import TermMatcher, Token, tokenize

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TopicHit:
    start: int
    end: int
    key: str


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the given spans blanked out (offsets unchanged)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(len(chars), end)):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def url_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in URL.finditer(text)]


def find_topics(masked: str, start: int, end: int, document_terms: TermMatcher | None = None,
                tokens: list[Token] | None = None) -> list[TopicHit]:
    """Topic hits between ``start`` and ``end`` of an already masked text, overlapping ones included.

    ``tokens`` may be given (the masked text's tokens inside the span) to avoid tokenising twice.
    """
    scheme = topics()
    tokens = tokenize(masked, start, end) if tokens is None else tokens
    hits = {(h.start, h.end, str(h.value)) for h in scheme.matcher.find_all(tokens)}
    if document_terms is not None:
        hits |= {(h.start, h.end, str(h.value)) for h in document_terms.find_all(tokens)}
    for pattern, key in scheme.patterns:
        for m in pattern.finditer(masked, start, end):
            if m.end() > m.start():
                hits.add((m.start(), m.end(), key))
    return [TopicHit(s, e, k) for s, e, k in sorted(hits)]
