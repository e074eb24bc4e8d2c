"""Acronyms whose long form lists its words with commas."""
from __future__ import annotations

from kgraph.entities.acronyms import find_acronym_pairs


def pairs(text: str) -> dict[str, str]:
    return {p.acronym: p.expansion for p in find_acronym_pairs(text)}


def test_a_long_form_with_commas_in_it_is_read_across_them():
    text = "He described the regional Violence against Women, Domestic Abuse and Sexual Violence (VAWDASV) strategy."
    assert pairs(text) == {"VAWDASV": "Violence against Women, Domestic Abuse and Sexual Violence"}


def test_a_comma_still_ends_a_long_form_that_the_words_after_it_spell():
    text = "Members of Kent Police, Kent Fire and Rescue Service (KFRS) and others attended."
    assert pairs(text) == {"KFRS": "Kent Fire and Rescue Service"}


def test_a_long_form_whose_words_give_the_initials_wins_over_a_shorter_one():
    # "Sustainable" alone holds two s's; the initials of the whole name spell the acronym
    text = "The Safer and Sustainable Lakes Partnership (SSLP) met."
    assert pairs(text) == {"SSLP": "Safer and Sustainable Lakes Partnership"}
