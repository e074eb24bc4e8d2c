"""Informal notes of a neighbourhood meeting: a PACT heading names the body, a list the meeting agreed is
its decisions, a councillor's ward is no body, a headcount on the attendance list is nobody. Invented
notes; each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.segment import analyse_affiliation

NOTES = ("FELLSIDE & LAKEBY PACT MEETING\n(Police And Communities Together)\n\n"
         "Notes of meeting – Tuesday 5th March 2024, 7pm\nFellside Scout Hut, Mill Lane\n\n"
         "Present:\nPC Jo Vale – Lakeshire Police\nCllr Ann Pike – Lakes City Council, Fellside Park ward\n"
         "Sam Orr – Chair, Fellside Residents' Association\n"
         "Approx. 30 residents signed in (sign-in sheet kept by Sam)\n\n"
         "1. Welcome\n\nSam welcomed everyone.\n\n2. Police update\n\nPC Vale gave the figures.\n\n"
         "3. Council update\n\nCllr Pike reported on the new lights.\n\n"
         "4. Priorities vote\n\nEveryone had 3 dots to vote with.\n\n"
         "So the top 3 priorities (agreed by the meeting) are:\n1) Speeding on Mill Lane\n2) Vehicle crime\n"
         "3) Dog fouling\n\n5. Date of next meeting\n\nTuesday 4th June 2024, 7pm.\n")


def test_a_pact_heading_names_the_body():
    assert extract_text(NOTES).header.body.lower().startswith("fellside & lakeby pact")


def test_the_points_of_a_list_the_meeting_agreed_are_its_decisions():
    item = extract_text(NOTES).items[3]
    assert [(d.kind, d.text) for d in item.decisions] == [
        ("agreed", "Speeding on Mill Lane"), ("agreed", "Vehicle crime"), ("agreed", "Dog fouling")]


def test_a_headcount_is_no_attendee_and_a_ward_no_body():
    attendance = {e.name: e.organisations for e in extract_text(NOTES).attendance}
    assert not any("residents" in name for name in attendance)
    assert attendance["Cllr Ann Pike"] == ["Lakes City Council"]
    assert analyse_affiliation("Lakes City Council, Bargate Ward") == (["Lakes City Council"], None)
