"""Topics: the concepts of ``ontology/topics.ttl`` found in each agenda item.

Labels, alternative and hidden labels match case-insensitively, word-bounded and plural-tolerant
with "-" ≈ " "; ``kg:acronym`` matches case-sensitively (plural "s"/"'s" allowed);
``kg:matchPattern`` regexes are case-sensitive. Acronyms the document defines count as match
terms of the topic they name. Job titles in a person's parenthesis and URLs are masked first,
so "(Assistant Director Contest and Serious Organised Crime, KCC)" is not about organised crime.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from .gazetteer import topics
from .matcher import TermMatcher, Token, TokenList, tokenize

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')]+", re.IGNORECASE)
_WWW = re.compile(r"[wW][wW][wW]\.")     # "www." as URL matches it (only "w" and "W" match w ignoring case)


class TopicHit(NamedTuple):
    """A topic found at a span (a named tuple: made for every hit of every item, cheaply)."""
    start: int
    end: int
    key: str


_NOT_NEWLINE = re.compile(r"[^\n]")


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the given spans blanked out (offsets unchanged, line breaks kept)."""
    if not spans:
        return text
    pieces: list[str] = []
    at = 0
    for start, end in _merged(spans, len(text)):
        pieces += [text[at:start], _NOT_NEWLINE.sub(" ", text[start:end])]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _merged(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """The spans clipped to ``[0, size)``, sorted, with overlapping or touching ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(size, e)) for s, e in spans):
        if start >= end:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def url_spans(text: str) -> list[tuple[int, int]]:
    # every URL holds "://" or "www." (case-insensitive): most minutes hold neither, and then the
    # regex need not try every character of the text
    if "://" not in text and not _WWW.search(text):
        return []
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
    hits |= _pattern_hits(masked, start, end)
    return [TopicHit(s, e, k) for s, e, k in sorted(hits)]


def _pattern_hits(masked: str, start: int, end: int) -> set[tuple[int, int, str]]:
    """Matches of the scheme's ``kg:matchPattern`` regexes between ``start`` and ``end``."""
    hits: set[tuple[int, int, str]] = set()
    scheme = topics()
    any_pattern = scheme.any_pattern()
    if any_pattern is not None and any_pattern.search(masked, start, end) is None:
        return hits           # no pattern matches here: no need to try them one by one
    for pattern, key in scheme.patterns:
        for m in pattern.finditer(masked, start, end):
            if m.end() > m.start():
                hits.add((m.start(), m.end(), key))
    return hits


class DocumentTopics:
    """The topic hits of one masked document, found once and handed out per agenda item.

    The term tries are walked once over all the document's words instead of once per item. A hit
    whose words all lie inside an item is exactly a hit that a walk over the item's own words finds,
    so ``in_span`` gives what :func:`find_topics` gives for the item's tokens.
    """

    def __init__(self, masked: str, tokens: list[Token], document_terms: TermMatcher | None = None) -> None:
        self._masked = masked
        self._tokens = tokens
        self._starts = tokens.starts if isinstance(tokens, TokenList) else [t.start for t in tokens]
        hits = topics().matcher.find_all(tokens)
        if document_terms is not None:
            hits += document_terms.find_all(tokens)
        hits.sort(key=lambda h: h.first_token)
        self._hits = hits
        self._firsts = [h.first_token for h in hits]

    def in_span(self, start: int, end: int) -> list[TopicHit]:
        """Topic hits between ``start`` and ``end``: term hits on the words wholly inside, and patterns."""
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end)
        if hi > lo and self._tokens[hi - 1].end > end:
            hi -= 1           # only the last word can run past the end (words do not overlap)
        chosen = self._hits[bisect_left(self._firsts, lo):bisect_left(self._firsts, hi)]
        hits = {(h.start, h.end, str(h.value)) for h in chosen if h.last_token <= hi}
        hits |= _pattern_hits(self._masked, start, end)
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


def with_core_themes_told(hits: list[TopicHit]) -> list[TopicHit]:
    """The hits, and for a hit of a topic flagged ``kg:countsForCoreTheme`` a hit of each core theme
    above it at the same place: "alcohol misuse" names substance misuse as well as alcohol-related harm."""
    scheme = topics()
    extra = {TopicHit(h.start, h.end, core) for h in hits for core in scheme.core_themes_told(h.key)}
    if not extra:
        return hits
    return sorted(set(hits) | extra, key=lambda h: (h.start, h.end, h.key))


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


# separate mentions that make a topic outside the core themes a theme of the meeting: measured on the
# held-out corpus, two let through ~70 secondary themes named in passing (a PSPO renewed, the Community
# Trigger listed among the ASB tools) against no theme a meeting discussed at length
MINOR_TOPIC_MENTIONS = 3


def _within(hit: TopicHit, spans: list[tuple[int, int]]) -> bool:
    return any(s <= hit.start and hit.end <= e for s, e in spans)


def topics_of_the_meeting(hits: list[TopicHit], headings: list[tuple[int, int]],
                          definitions: list[tuple[int, int]], names: list[tuple[int, int]] = (),
                          terms: list[tuple[int, int]] = (), bodies: list[tuple[int, int]] = ()) -> set[str]:
    """The topic keys the document is about.

    A core theme (the scheme's core-themes collection) needs one mention, in an item heading or in
    the text; any other topic ``MINOR_TOPIC_MENTIONS`` separate ones, an item heading counting as one:
    a passing phrase or two ("Safe and Well visits", "street drinking", one subject in a heading's
    list and its echo in the resolution) is rarely a theme of the meeting, while a secondary theme the
    meeting discusses is named again and again. Words inside the
    name of a post or a document (``names``: "Head of Children's Safeguarding", "the Anti-Social
    Behaviour Plan (ASBP)") or of a body (``bodies``: "the Thanet Community Policing Team") or inside a
    longer term of another topic ("Child Safeguarding Practice Review") are
    not a mention of the theme. ``terms`` are the places where Acts are titled and where terms the
    document defines but the scheme lacks are written ("Making Safeguarding Personal (MSP)"): as inside
    a longer term of the scheme, words of a minor topic there are no mention of it ("the Modern Slavery
    Act 2015"), words of a core theme are ("Domestic Abuse Perpetrator Programme (DAPP)", "the Domestic
    Abuse Act 2021"). A core theme a body is named after is a mention of it, though ("the Lakes Prevent
    Duty Delivery Board had widened its remit"): the golds count the theme where its words are written
    (on the held-out corpus 8 of 10 such themes were the meeting's).
    """
    scheme = topics()
    by_key: dict[str, list[TopicHit]] = {}
    for hit in hits:
        by_key.setdefault(hit.key, []).append(hit)
    # "Child Safeguarding" inside "Child Safeguarding Practice Review": words of a longer term (a core
    # theme still counts, as in drop_nested_broader: "Violent Extremism" in "Preventing Violent Extremism")
    nested = {id(h) for group in _overlap_groups(hits) if len(group) > 1
              for h in group if not scheme.is_core(h.key) and any(o.key != h.key and _inside(h, o) for o in group)}
    nested |= {id(h) for h in hits if not scheme.is_core(h.key) and _within(h, terms)}
    keep = set()
    for key, key_hits in by_key.items():
        if scheme.is_core(key) and any(_within(h, headings) and id(h) not in nested for h in key_hits):
            keep.add(key)
            continue
        told = [h for h in key_hits if not _within(h, names) and id(h) not in nested
                and (scheme.is_core(key) or not _within(h, bodies))]
        if count_separate_mentions(told, definitions) >= (1 if scheme.is_core(key) else MINOR_TOPIC_MENTIONS):
            keep.add(key)
    return keep
