"""A review panel's items split by case ("4.1 DHR 07/24 - 'Adult P'"): the case sub-headings open with
the case's register reference and stay inside their item (its decisions and actions land on it); and
an accountability meeting's actions marked after their sentence by a bracket naming the owner by
office and a due date ("(Action: Chief Constable, by 31 March)"), the office standing as the title of
one attendee's name."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import owners

PANEL = """Fellside Safer Communities Partnership
DOMESTIC HOMICIDE REVIEW STANDING PANEL

Minutes of the meeting held on Tuesday 8 October 2024 at 10:00
Microsoft Teams

Attendance

Name                  | Role                        | Agency
----------------------|-----------------------------|---------------------------
Priya Lorne           | Panel Chair                 | Fellside Borough Council
Owen Marsh            | Detective Inspector         | Lakeside Police
Tilly Grange          | DHR Coordinator (minutes)   | Fellside Borough Council

1. Welcome and apologies

The Chair welcomed members.

2. New notifications

2.1 DHR 07/24 - 'Adult P'

Notification received from Lakeside Police. The criminal trial is listed for spring 2025.

The Panel agreed to commission a review in respect of 'Adult P'.

2.2 DHR 08/24 - 'Adult Q'

Notification received from the hospital trust.

The Panel agreed to commission a review in respect of 'Adult Q'.

3. Date of next meeting

Tuesday 10 December 2024.

ACTIONS

Ref    | Action                                         | Owner        | Deadline
-------|------------------------------------------------|--------------|---------
24/21  | Notify the Home Office of the decision (item 2.1) | Tilly Grange | 15/10/24
"""

TOPICAL = PANEL.replace("2.1 DHR 07/24 - 'Adult P'", "2.1 Rapid Review – Child P") \
    .replace("2.2 DHR 08/24 - 'Adult Q'", "2.2 Local review 'Family Q' – publication")


def test_case_sub_headings_are_not_items_of_their_own():
    record = extract_text(PANEL)
    assert [i.number for i in record.items] == ["1", "2", "3"]
    item = next(i for i in record.items if i.number == "2")
    assert len(item.decisions) == 2


def test_an_action_log_row_naming_a_case_lands_on_its_item():
    assert ("2", ["Tilly Grange"], True) in owners(extract_text(PANEL))


def test_topical_sub_headings_stay_items():
    assert [i.number for i in extract_text(TOPICAL).items] == ["1", "2", "2.1", "2.2", "3"]


ACCOUNTABILITY = """Police and Crime Commissioner for Lakeshire

PUBLIC ACCOUNTABILITY MEETING WITH THE CHIEF CONSTABLE

Minutes of the meeting held on 22/02/2024 at 2.00 pm in the Board Room, Police Headquarters, Lakeby

Present:
  Ruth Amberley, Police and Crime Commissioner ("the Commissioner") - Chair
  Chief Constable Dafydd Penhallow, Lakeshire Police ("the Chief Constable")
  Deputy Chief Constable Simon Ashworth, Lakeshire Police
  Hannah Brightwell, Chief Executive, Office of the Police and Crime Commissioner (minutes)

1. Welcome and apologies

The Commissioner welcomed those present.

2. Neighbourhood policing

Q1. The Commissioner asked how many officers were posted to neighbourhood teams.

The Chief Constable responded that 210 officers were in post.

The Commissioner requested a written update on the recruitment plan (Action: Chief Constable, by 31 March).

3. Road safety

The Commissioner requested that collision data be included in the next performance report (Action:
Deputy Chief Constable Ashworth, by 30 April).

4. Call handling

The Commissioner requested a report on call waiting times (Action: Chief Inspector, by 30 April).
"""


def test_office_in_a_bracketed_marker_names_the_attendee_it_titles():
    found = owners(extract_text(ACCOUNTABILITY))
    assert ("2", ["Chief Constable Dafydd Penhallow"], True) in found


def test_titled_surname_in_a_bracketed_marker_wrapped_over_a_line():
    found = owners(extract_text(ACCOUNTABILITY))
    assert ("3", ["Deputy Chief Constable Simon Ashworth"], True) in found


def test_office_no_attendee_holds_names_no_owner():
    assert not [f for f in owners(extract_text(ACCOUNTABILITY)) if f[0] == "4"]


WRAPPED_VENUE = ACCOUNTABILITY.replace(
    "at 2.00 pm in the Board Room, Police Headquarters, Lakeby",
    "at 2.00 pm in the Board Room, Lakeshire\nPolice Headquarters, Mere Lane, Lakeby, and streamed live online")


def test_venue_begun_after_the_time_and_wrapped_over_a_line_is_one_venue():
    venue = extract_text(WRAPPED_VENUE).header.venue
    assert venue.startswith("Board Room, Lakeshire Police Headquarters, Mere Lane")
