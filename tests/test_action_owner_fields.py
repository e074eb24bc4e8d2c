"""An "ACTION n.m: task" line whose owner and deadline are fields on the lines under it ("Owner: …",
"Deadline: …"): the owners come from the Owner field and the whole line is the task (an imperative
task is no owner), and the decision line above is not taken for the action's text. Invented snippets."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

HEAD = ("FELLSIDE YOUTH JUSTICE BOARD\n\nMINUTES OF MEETING\n\nDATE: WEDNESDAY 5 JUNE 2024, 09:30\n\n"
        "PRESENT:\nAnn Brook - Fellside Council (Chair)\nCarl Dent - Fellside Police\n\n")


def test_owner_and_deadline_lines_under_an_action_line():
    text = HEAD + ("1) PERFORMANCE\nAnn Brook presented the report.\nDECISION: Board noted the report.\n"
                   "ACTION 1.1: Provide a breakdown of reoffending by type and locality.\nOwner: Carl Dent / Ann Brook\n"
                   "Deadline: 18 September 2024\n\n2) BUDGET\nACTION 2.1: Circulate the revised protocol to all staff.\n"
                   "Owner: Ann Brook\n\nDeadline: 30 July 2024\n")
    items = extract_text(text).items
    got = [(it.number, a.text, [o.name for o in a.owners], a.due) for it in items for a in it.actions]
    assert got == [
        ("1", "Provide a breakdown of reoffending by type and locality.", ["Carl Dent", "Ann Brook"], dt.date(2024, 9, 18)),
        ("2", "Circulate the revised protocol to all staff.", ["Ann Brook"], dt.date(2024, 7, 30))]
    assert [d.text for d in items[0].decisions] == ["Board noted the report."]


def test_a_timescale_field_beside_the_lead_field_on_its_line_is_no_part_of_the_owners():
    head = ("Fellside Drugs Partnership\nMinutes of the meeting held on 5 June 2024\n\nPresent\n"
            "Name\tOrganisation\tRole\nAnn Brook\tFellside Council\tChair\nCarl Dent\tFellside Police\tInspector\n"
            "Dee Moss\tBrightpath\tService Manager\n\n")
    text = head + ("Agenda item 1: Treatment\nDee Moss presented the report.\n"
                   "Action: Set up a working group on dual diagnosis.\nLead: Carl Dent / Ann Brook\tTimescale: 30/09/2024\n"
                   "Action: Train hostel staff in naloxone.\nLead: Brightpath Timescale: December 2024\n")
    items = extract_text(text).items
    got = [(it.number, [(o.name, o.kind) for o in a.owners], a.due) for it in items for a in it.actions]
    assert got == [("1", [("Carl Dent", "person"), ("Ann Brook", "person")], dt.date(2024, 9, 30)),
                   ("1", [("Brightpath", "organisation")], None)]


def test_a_person_named_in_another_column_of_the_attendance_table_stays_a_person_owner():
    head = ("Fellside Drugs Partnership\nMinutes of the meeting held on 5 June 2024\n\nPresent\n"
            "Name\tOrganisation\tRole\nAnn Brook\tFellside Council\tChair\n\nApologies\n"
            "Name\tOrganisation\tSubstitute\nCarl Dent\tFellside Youth Justice Service\tDee Moss\n\n")
    text = head + ("Agenda item 1: Diversion\nDee Moss presented the scheme.\n"
                   "Action: Report the first referrals.\nLead: Dee Moss\tTimescale: 30/09/2024\n")
    items = extract_text(text).items
    assert [[(o.name, o.kind) for o in a.owners] for it in items for a in it.actions] == [[("Dee Moss", "person")]]


LEAD_NOTES = """# Wealdmoor Reducing Reoffending Board

**Date:** Tuesday 12 October 2021, 10am
**Venue:** Online

**Present:**
- Ann Brook – Chair, Wealdmoor Council
- Carl Dent – Wealdmoor Police
- Dee Moss – Service Manager, Brightpath

## 1. Housing on release

**Key points**

- Ann Brook reported on late referrals.

**Decisions**

- None.

**Actions**

- Map the referral routes. Lead: Wealdmoor Council (Ann Brook). Due: by end of November
- Share arrest data with housing teams. Lead: WPD (Insp. Carl Dent) / Wealdmoor Council (Ann Brook). Due: next meeting
- Report treatment numbers. Lead: Hope For All. Due: Q4 2021/22
"""


def test_a_lead_written_body_then_person_in_brackets_is_owned_by_the_person():
    items = extract_text(LEAD_NOTES).items
    got = [[(o.name, o.kind) for o in a.owners] for it in items for a in it.actions]
    assert got[0] == [("Ann Brook", "person")]
    assert got[1] == [("Insp. Carl Dent", "person"), ("Ann Brook", "person")]


def test_a_lead_that_names_a_body_only_is_no_person():
    items = extract_text(LEAD_NOTES).items
    last = items[0].actions[-1]
    assert last.text == "Report treatment numbers"
    assert [(o.name, o.kind) for o in last.owners] == [("Hope For All", "organisation")]


def test_a_person_then_body_in_brackets_stays_the_person():
    text = LEAD_NOTES.replace("Lead: Wealdmoor Council (Ann Brook)", "Lead: Ann Brook (Wealdmoor Council)")
    owners = [o.name for o in extract_text(text).items[0].actions[0].owners]
    assert owners == ["Ann Brook"]


def test_none_under_a_decisions_heading_is_no_decision():
    assert extract_text(LEAD_NOTES).items[0].decisions == []
