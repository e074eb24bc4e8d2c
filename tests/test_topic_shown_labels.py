"""The names under which a theme is shown (prefLabel and altLabel), not only matched: boards name the
counter-terrorism theme "terrorism" and the cohesion theme "community tensions", so those forms are
alternative labels of the concepts; the text still finds the theme by them. Each test fails without
its label."""
from __future__ import annotations

from kgraph.entities.gazetteer import topics
from kgraph.entities.matcher import tokenize
from kgraph.entities.topics import find_topics


def _shown(key: str) -> set[str]:
    record = topics().records[key]
    return {record.label.lower(), *(a.lower() for a in record.alt_labels)}


def _found(text: str) -> set[str]:
    return {h.key for h in find_topics(text, 0, len(text))}


def test_terrorism_is_a_shown_name_of_counter_terrorism():
    assert "terrorism" in _shown("counter-terrorism")
    assert "counter-terrorism" in _found("The board discussed terrorism risk in the borough.\n")


def test_community_tensions_is_a_shown_name_of_community_cohesion():
    assert "community tensions" in _shown("community-cohesion")
    assert "community-cohesion" in _found("Community tension monitoring continued after the march.\n")
    assert "community-cohesion" in _found("Community tensions were raised after the march.\n")
