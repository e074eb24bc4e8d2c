"""Printed panel minutes: a lettered resolution whose point is itself a lead-in ("(b) makes the following
recommendations …:" over "(i) that …", "(ii) that …") gives the nested points as decisions, not the
lead-in; a follow-up promised by an office holder ("The Commissioner agreed to …", "… and he would
write to members") is the follow-up of the one attendee who holds that post."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions, owners

PANEL = """Westshire Police and Crime Panel

Minutes of the meeting held on Monday 3 June 2024 at 10.30 am

Present: Cllrs Ann Pike (Chair), Tom Reed, Pat Owen

Also in attendance: Jane Holloway (Police and Crime Commissioner), Mark Bell (Chief Executive, Office of the Police and Crime Commissioner)

1   Minutes

RESOLVED – That the minutes of the meeting held on 4 March 2024 be approved.

2   Questions to the Commissioner

Q1 (Cllr Tom Reed): What about rural crime?
A: The Commissioner said this depended on the grant settlement and she would write to members when known.

3   Annual Report

Members questioned the rise in hate crime. The Commissioner agreed to provide a breakdown by district.

RESOLVED – That the Panel:
(a) notes the Annual Report;
(b) makes the following recommendations to the Commissioner:
(i) that the final report includes outcome data for the youth programme;
(ii) that the report gives the number of reviews held.
"""


def test_a_lead_in_sub_point_gives_its_nested_points():
    record = extract_text(PANEL)
    found = [d[2] for d in decisions(record) if d[0] == "3"]
    assert found == ["notes the Annual Report", "that the final report includes outcome data for the youth programme",
                     "that the report gives the number of reviews held."]
    assert_spans_slice_back(record)


def test_the_office_holder_named_in_the_attendance_owns_the_follow_ups():
    assert owners(extract_text(PANEL)) == [("2", ["Jane Holloway"], False), ("3", ["Jane Holloway"], False)]


def test_an_office_two_attendees_hold_is_nobodys():
    text = PANEL.replace("Mark Bell (Chief Executive, Office of the Police and Crime Commissioner)",
                         "Mark Bell (Deputy Police and Crime Commissioner)")
    assert owners(extract_text(text)) == []
