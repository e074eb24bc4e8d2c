"""What an attendance line writes beside its person ("Grove Park – Dennis Hollis": the ward whose panel
they chair) is a place, body or post, not a person, when the minutes later use it as a speaker
("Grove Park reported burglary as its first priority")."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.pipeline import find_mentions

MINUTES = """FELLSIDE SAFER NEIGHBOURHOOD BOARD
Minutes of the meeting held on Thursday 6 March 2025

PRESENT (WARD PANEL CHAIRS)
Upper Mill – Dennis Hollis
Lee Green – Samuel Okafor
Brackenfield – Ruth Gallagher

1. Ward priorities
Each ward panel chair reported their priorities. Upper Mill reported burglary as its first priority.
Lee Green said that street drinking had risen. Ruth Gallagher reported that speeding was her ward's concern.
"""


def test_a_ward_beside_its_chair_is_no_person():
    record = extract_text(MINUTES)
    people = {m.text for m in find_mentions(record).people}
    assert {"Dennis Hollis", "Samuel Okafor", "Ruth Gallagher"} <= people
    assert not people & {"Upper Mill", "Lee Green"}
