"""Informal notes: "ACTION - KW" markers may name an owner by first name ("ACTION - MR/Leon") or end
with the date due ("ACTION - DH by 21 June"); "Next meeting: Tues 2 July 2024" with the weekday cut
short; "(PCSO, Fellside Police)" gives a rank, not a body; "(LBC - chair)". Invented minutes."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

TEXT = """Lakeby Town Centre Group - notes
Tues 4 June 2024, 2pm, Town Hall

Present: Kate W (LBC - chair), Tom B (Fellside Police), Pam (PCSO, Fellside Police), Dan H (Lakeby Health), Leon (Lakeby Street Angels)

1. Street drinking
- Pam said a group now drinks by the station most afternoons; Dan to check outreach capacity. ACTION - DH by 21 June
- Leon: Street Angels short of volunteers; asked for help with a recruitment push. ACTION - TB/Leon

2. AOB
- None.

Next meeting: Tues 2 July 2024, 2pm, Town Hall.
"""


def test_markers_with_a_first_name_or_a_due_date_assign_their_bullet():
    actions = [(it.number, [o.name for o in a.owners], a.text[:12]) for it in extract_text(TEXT).items for a in it.actions]
    assert actions == [("1", ["Dan H"], "Pam said a g"), ("1", ["Tom B", "Leon"], "Leon: Street")]


def test_next_meeting_with_a_short_weekday():
    refs = [(r.date, r.relation) for r in extract_text(TEXT).meeting_refs]
    assert (dt.date(2024, 7, 2), "next") in refs


def test_rank_in_brackets_is_a_post_and_dash_before_chair_is_no_part_of_the_body():
    entries = {a.name: (a.organisations, a.role) for a in extract_text(TEXT).attendance}
    assert entries["Pam"] == (["Fellside Police"], "PCSO")
    assert entries["Kate W"] == (["LBC"], "Chair")
