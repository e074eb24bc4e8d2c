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


def _inside(inner: TopicHit, outer: TopicHit) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and (outer.start, outer.end) != (inner.start, inner.end)


def _overlap_groups(hits: list[TopicHit]) -> list[list[TopicHit]]:
    """Hits grouped into runs of overlapping spans (most groups hold one hit)."""
    groups: list[list[TopicHit]] = []
    group_end = -1
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if groups and hit.start < group_end:
            groups[-1].append(hit)
            group_end = max(group_end, hit.end)
        else:
            groups.append([hit])
            group_end = hit.end
    return groups


def drop_nested_broader(hits: list[TopicHit]) -> list[TopicHit]:
    """Without hits of a broad topic that sit inside a hit of one of its narrower topics.

    "Safeguarding Vulnerable People" names that one theme, not also "Safeguarding"; a core theme is
    kept even so ("Violent Extremism" inside "Preventing Violent Extremism" is still extremism).
    """
    scheme = topics()
    out = []
    for group in _overlap_groups(hits):
        for hit in group:
            if len(group) > 1 and not scheme.is_core(hit.key) and any(
                    other.key != hit.key and _inside(hit, other) and hit.key in scheme.ancestors(other.key)
                    for other in group):
                continue
            out.append(hit)
    return sorted(out, key=lambda h: (h.start, h.end, h.key))


def count_separate_mentions(hits: list[TopicHit], definitions: list[tuple[int, int]]) -> int:
    """How many places in the text name the topic: overlapping hits ("Violent Extremism" and
    "Extremism") are one place, and so is an acronym definition ("National Referral Mechanism (NRM)")."""
    def place(hit: TopicHit) -> tuple[int, int]:
        for start, end in definitions:
            if start <= hit.start and hit.end <= end:
                return start, end
        return hit.start, hit.end
    places = sorted({place(h) for h in hits})
    count, last_end = 0, -1
    for start, end in places:
        if start >= last_end:
            count += 1
        last_end = max(last_end, end)
    return count


def _within(hit: TopicHit, spans: list[tuple[int, int]]) -> bool:
    return any(s <= hit.start and hit.end <= e for s, e in spans)


def topics_of_the_meeting(hits: list[TopicHit], headings: list[tuple[int, int]],
                          definitions: list[tuple[int, int]], names: list[tuple[int, int]] = ()) -> set[str]:
    """The topic keys the document is about.

    A mention in an item heading is enough. Elsewhere, a core theme (the scheme's core-themes
    collection) needs one mention and any other topic two separate ones: a single passing phrase
    ("Safe and Well visits", "street drinking") is rarely a theme of the meeting. Words inside the
    name of a body or an Act (``names``: "the Thanet Community Policing Team", "the Counter-Terrorism
    and Security Act 2015") are not a mention of the theme.
    """
    scheme = topics()
    by_key: dict[str, list[TopicHit]] = {}
    for hit in hits:
        by_key.setdefault(hit.key, []).append(hit)
    keep = set()
    for key, key_hits in by_key.items():
        if any(_within(h, headings) for h in key_hits):
            keep.add(key)
            continue
        told = [h for h in key_hits if not _within(h, names)]
        if count_separate_mentions(told, definitions) >= (1 if scheme.is_core(key) else 2):
            keep.add(key)
    return keep
