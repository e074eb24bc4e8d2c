"""What an attendance line writes beside its person ("Fell Park – Derek Holt": the ward whose panel
they chair) is a place, body or post, not a person, when the minutes later use it as a speaker
("Fell Park reported burglary as its first priority")."""
from __future__ import annotations

from kgraph.entities import attendance_affiliation
from kgraph.extract import extract_text
from kgraph.model import AttendanceEntry, Span
from kgraph.pipeline import find_mentions

MINUTES = """FELLSIDE SAFER NEIGHBOURHOOD BOARD
Minutes of the meeting held on Thursday 6 March 2025

PRESENT (WARD PANEL CHAIRS)
Upper Mill – Derek Holt
Lee Green – Samuel Okafor
Brackenfield – Ruth Gallagher

1. Ward priorities
Each ward panel chair reported their priorities. Upper Mill reported burglary as its first priority.
Lee Green said that street drinking had risen. Ruth Gallagher reported that speeding was her ward's concern.
"""


def test_a_ward_beside_its_chair_is_no_person():
    record = extract_text(MINUTES)
    people = {m.text for m in find_mentions(record).people}
    assert {"Derek Holt", "Samuel Okafor", "Ruth Gallagher"} <= people
    assert not people & {"Upper Mill", "Lee Green"}


def test_the_place_after_a_ward_post_is_no_body():
    # "(Ward Member, Central Lakeby)": the segmenter may file the place as the member's body
    ward = AttendanceEntry(name="Councillor Sadie Whitworth", span=Span(0, 26), role="Ward Member",
                           as_written="(Ward Member, Central Lakeby)", organisations=["Central Lakeby"])
    council = AttendanceEntry(name="Councillor Tom Reed", span=Span(0, 19), role="Ward Member",
                              as_written="(Ward Member, Lakeby Town Council)", organisations=["Lakeby Town Council"])
    assert attendance_affiliation(ward) == ("Ward Member", [])
    assert attendance_affiliation(council) == ("Ward Member", ["Lakeby Town Council"])
