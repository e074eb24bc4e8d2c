"""Names of bodies: a phrase with a lower-case link word that opens a body's name ("Out of Court Disposal
Panel") stays whole; a known body in the possessive owns the unit named after it ("Lakeby Police's
Professional Standards Department"), two bodies. Invented snippets."""
from __future__ import annotations

from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits


def _names(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]


def test_a_linked_phrase_opening_a_bodys_name_keeps_it_whole():
    text = "Members noted that the Out of Court Disposal Panel had diverted 20 young people in Fellside."
    assert "Out of Court Disposal Panel" in _names(text)
    assert "Court Disposal Panel" not in _names(text)


def test_the_phrase_in_lower_case_names_no_body():
    assert _names("The matter was settled out of court last year.") == []


def test_a_known_body_in_the_possessive_owns_the_unit_after_it():
    text = "Two complaints were passed to Kent Police's Professional Standards Department for review."
    names = _names(text)
    assert "Professional Standards Department" in names
    assert not any("Police's Professional" in n for n in names)
