"""Young people's substance use in a children's partnership's minutes ("a link between exploitation and
cannabis use", "children on court orders were using substances") is the substance misuse theme."""
from __future__ import annotations

import pytest

from kgraph.entities.topics import find_topics


@pytest.mark.parametrize("sentence", [
    "The Youth Offending Service noted a link between county lines and cannabis use in Lakeby.",
    "Half of the children on court orders in Fellside were using substances."])
def test_substance_use_is_substance_misuse(sentence):
    assert "substance-misuse" in {h.key for h in find_topics(sentence, 0, len(sentence))}


def test_substances_alone_name_no_theme():
    sentence = "The Fellside laboratory stores hazardous substances on site."
    assert "substance-misuse" not in {h.key for h in find_topics(sentence, 0, len(sentence))}
