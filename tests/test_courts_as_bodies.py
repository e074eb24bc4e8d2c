"""A court named after its town is a body ("Lakeby Magistrates' Court", "Fellside Crown Court"), as the gold
rules count named bodies; a housing block or street ending in "Court" is not ("Fellows Court")."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.pipeline import find_mentions

MINUTES = """LAKES SAFER COMMUNITIES BOARD
Minutes of the meeting held on 4 March 2025

Present: Jo Pike (Chair)

1. Closure orders
The police will apply for a closure order at Lakeby Magistrates' Court. A trial at Fellside Crown Court
is listed for May. Residents of Fellows Court raised noise from the flats above the shops.
"""


def test_a_named_court_is_a_body_and_a_housing_court_is_not():
    names = {m.text for m in find_mentions(extract_text(MINUTES)).organisations}
    assert {"Lakeby Magistrates' Court", "Fellside Crown Court"} <= names
    assert not any("Fellows" in n for n in names)
