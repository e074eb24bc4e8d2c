"""A header line defining the minutes' acronyms: "Abbreviations used: ACR – Long Form; ACR – Long Form"
(the line may wrap). Each entry whose letters spell its long form is a definition."""
from __future__ import annotations

from kgraph.entities.acronyms import find_acronym_pairs

TEXT = """Present: Ann Reddy (Chair), Tom Wyatt (Lakeby Council)

Abbreviations used: SNB – Safer Neighbourhood Board; LPU – Local Policing
Unit; YAG – Youth Advisory Group; Cllr – Councillor.

1. Welcome
The Chair welcomed the Fellside Street Pastors (FSP).
"""


def _pairs(text):
    return {p.acronym: p.expansion for p in find_acronym_pairs(text)}


def test_each_entry_of_an_abbreviations_line_is_a_definition():
    pairs = _pairs(TEXT)
    assert pairs["SNB"] == "Safer Neighbourhood Board"
    assert pairs["LPU"] == "Local Policing Unit"
    assert pairs["YAG"] == "Youth Advisory Group"
    assert pairs["FSP"] == "Fellside Street Pastors"


def test_an_entry_that_is_no_acronym_is_left_out():
    assert "Cllr" not in _pairs(TEXT)


def test_a_dash_list_without_the_label_defines_nothing():
    assert "SNB" not in _pairs(TEXT.replace("Abbreviations used: ", "Notes: "))
