"""A meeting app's recap pasted as text: "Attended:" lines "Name - Organisation" where police display
names carry the rank and collar number ("PC 4420 Jo Hale"), and a "Follow-up tasks" list of
"- Name: Task" lines whose task opens with a capital."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.entities.people import parse_person_name

MINUTES = """Lakeby CSP – Partnership Tasking Group (monthly)
Thursday, March 12, 2026
10:00 AM - 11:00 AM
Microsoft Teams meeting

Attended:
Ann Reddy - Lakeby Borough Council
Insp 2345 Dan Kay - Fellside Police
PS 1187 Jo Hale - Fellside Police
Tom Wyatt - Lakeby Housing

Recap
Ann Reddy chaired the monthly tasking group.

Town centre
  - PS Jo Hale reported a rise in shoplifting.

Follow-up tasks
  - Ann Reddy: Chase the lighting survey and report back in April.
  - PS Jo Hale: Share the hotspot map with Tom Wyatt.
  - Tom Wyatt: Arrange a joint patrol with Insp Kay.
"""


def test_the_collar_number_after_a_rank_is_no_part_of_an_attendee_name():
    names = [a.name for a in extract_text(MINUTES).attendance]
    assert names == ["Ann Reddy", "Insp Dan Kay", "PS Jo Hale", "Tom Wyatt"]


def test_a_person_name_drops_the_collar_number_and_reads_ps_as_a_rank():
    parsed = parse_person_name("PCSO 8810 Liam Thorn")
    assert (parsed.written, parsed.given, parsed.surname) == ("PCSO Liam Thorn", ("Liam",), "Thorn")
    assert parse_person_name("PS Jo Hale").titles == ("PS",)


def test_follow_up_tasks_name_then_capitalised_task_are_actions():
    minutes = extract_text(MINUTES)
    actions = [([o.name for o in a.owners], a.text) for i in minutes.items for a in i.actions if a.explicit]
    assert (["Ann Reddy"], "Chase the lighting survey and report back in April.") in actions
    assert (["PS Jo Hale"], "Share the hotspot map with Tom Wyatt.") in actions
    assert (["Tom Wyatt"], "Arrange a joint patrol with Insp Kay.") in actions
