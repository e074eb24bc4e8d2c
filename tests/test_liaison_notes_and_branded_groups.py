"""Notes of a council's liaison meeting (headings underlined by dashes, no numbers; "It was agreed to …";
"Clerk to write to …"), a partnership known by its brand over its kind and one of its groups, a body
that noted and then AGREED in one sentence, a short initials-column list with an uninitialled row.
Invented minutes (Fellside, Lakeby, invented people)."""
from __future__ import annotations

from kgraph.extract import extract_text

LIAISON = """FELLSIDE PARISH COUNCIL

Notes of the Police Liaison Meeting
held in the Village Hall, Mill Lane, Fellside
on Tuesday 5th March 2024 at 7.30pm

Present:
Cllr Ann Brook (Chairman of the Parish Council, in the chair)
Cllr Tom Hale
PCSO Jo Webb - Fellside Safer Neighbourhood Team, Lakeshire Constabulary
Mrs Kay Dent - Parish Clerk (notes)

Welcome
-------
The Chairman welcomed everyone and thanked PCSO Webb for attending.

Notes of last meeting
---------------------
The notes of the police liaison meeting held on 5th December 2023 were agreed.

Parking at the school
---------------------
Residents raised parking on the zig-zags. PCSO Webb said she would attend some mornings.

It was agreed to invite the head teacher to the next meeting.

Clerk to write to Lakeshire County Council asking for a parking survey.

Date of next meeting
--------------------
Tuesday 4th June 2024 at 7.30pm, Village Hall.
"""


def test_underlined_headings_part_notes_without_numbers():
    record = extract_text(LIAISON)
    assert [(i.number, i.title) for i in record.items] == [
        (None, "Welcome"), (None, "Notes of last meeting"), (None, "Parking at the school"),
        (None, "Date of next meeting")]


def test_a_lone_it_was_agreed_to_paragraph_decides_its_section():
    record = extract_text(LIAISON)
    parking = next(i for i in record.items if i.title == "Parking at the school")
    assert [(d.kind, d.text) for d in parking.decisions] == [
        ("agreed", "It was agreed to invite the head teacher to the next meeting.")]


def test_an_office_to_task_line_is_the_one_office_holders_action():
    record = extract_text(LIAISON)
    parking = next(i for i in record.items if i.title == "Parking at the school")
    clerk = [a for a in parking.actions if a.text.startswith("Clerk to write")]
    assert len(clerk) == 1 and clerk[0].explicit
    assert [o.name for o in clerk[0].owners] == ["Mrs Kay Dent"]


def test_an_office_no_attendee_holds_gives_no_action():
    text = LIAISON.replace("Mrs Kay Dent - Parish Clerk (notes)", "Mrs Kay Dent (notes)")
    parking = next(i for i in extract_text(text).items if i.title == "Parking at the school")
    assert not [a for a in parking.actions if a.text.startswith("Clerk to write")]


def test_a_councils_named_meeting_series_is_the_body():
    header = extract_text(LIAISON).header
    assert header.body == "Fellside Parish Council Police Liaison Meeting"
    assert header.parent_body == "Fellside Parish Council"


def test_a_meeting_named_by_its_manner_is_the_councils_own():
    text = LIAISON.replace("Notes of the Police Liaison Meeting", "Notes of the Monthly Meeting")
    assert extract_text(text).header.body == "Fellside Parish Council"


BRANDED = """SAFER LAKEBY
Community Safety Partnership

Hate Crime Delivery Group
Minutes – Wednesday 15 May 2024, 10:00 to 12:00
Room 2, Civic Centre, Lakeby

Attendees
  Ann Brook               Lakeby City Council (Chair)
  Tom Hale                Lakeshire Police

1. Welcome

Ann Brook welcomed everyone.
"""


def test_a_group_under_its_branded_partnership_carries_the_brand():
    header = extract_text(BRANDED).header
    assert header.body == "Safer Lakeby Hate Crime Delivery Group"
    assert header.parent_body == "Safer Lakeby"


def test_a_body_noting_and_then_agreeing_in_one_sentence_is_one_decision_from_its_subject():
    text = """# Lakeby Area Planning Board

**Minutes of the meeting held on Thursday 16 November 2023**

## 1. Nitrous oxide

Members discussed the change in the law.

The Board noted the change and AGREED that the communications group would prepare joint messaging.
"""
    item = extract_text(text).items[0]
    assert [d.text for d in item.decisions] == [
        "The Board noted the change and AGREED that the communications group would prepare joint messaging."]


def test_a_resolution_after_a_sentence_ending_in_a_figure_starts_at_its_label():
    text = """# Lakeby Police and Crime Panel

**Minutes of the meeting held on Thursday 2 February 2023**

## 8. Work programme

The Panel considered its work programme for 2023/24. RESOLVED that the work programme be agreed.
"""
    item = extract_text(text).items[0]
    assert [d.text for d in item.decisions] == ["the work programme be agreed."]


def test_an_initials_column_list_with_one_uninitialled_row_keeps_both_people():
    text = """LAKEBY DOMESTIC ABUSE BOARD

MINUTES of the meeting held on Tuesday 23 January 2024, 2.00pm
County Hall, Lakeby

Board members present:
AB    Cllr Ann Brook (Lakeby County Council) - Chair
TH    Tom Hale (Lakeshire Police)

In attendance:
KD    Kay Dent (Lakeby County Council, Democratic Services - minutes)
      Dr Lee Marsh (Lakeby County Council, Public Health) - item 5 only

1. Welcome

1.1 The Chair welcomed everyone.
"""
    names = [a.name for a in extract_text(text).attendance]
    assert "Kay Dent" in names and "Dr Lee Marsh" in names


def test_the_local_safer_neighbourhood_team_names_neighbourhood_policing_and_a_council_team_does_not():
    from test_unseen_layouts import extract_text_with_mentions
    one = LIAISON.replace("PCSO Webb said she would attend some mornings.",
                          "PCSO Webb said the Safer Neighbourhood Team would attend some mornings.")
    council = LIAISON.replace("PCSO Jo Webb - Fellside Safer Neighbourhood Team, Lakeshire Constabulary",
                              "PCSO Jo Webb - Lakeshire Constabulary").replace(
        "PCSO Webb said she would attend some mornings.",
        "PCSO Webb said the council's neighbourhood team would attend some mornings.")
    assert "neighbourhood-policing" in {t.key for t in extract_text_with_mentions(one).mentions.topics}
    assert "neighbourhood-policing" not in {t.key for t in extract_text_with_mentions(council).mentions.topics}
