"""Action-group notes that open with a tracker of the previous meeting's actions under a heading
dating that meeting ("Action tracker – actions from the JAG held on 17 January 2023"): the meeting's
own date, time and place come from the header line above it; the tracker's date is a previous
meeting; "New action 04/23: AB and CD to … Lead: AB/CD" lines are the items' actions; "Next JAG:
<date>" (the body's own acronym) names the next meeting."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, owners, refs

TRACKER = """Northby Joint Action Group (JAG)
Notes and actions
Tuesday 7 March 2023, 10:00, Microsoft Teams

Attendees:
Inspector Ann Vale (AV) – Northshire Police (Chair)
Tom Reed (TR) – Northby District Council
Jo Pike (JP) – Northshire Fire and Rescue Service

Action tracker – actions from the JAG held on 7 February 2023

Ref | Action | Lead | Update | Status
01/23 | Visit to the Mill Lane flats | TR | Visit done 14/02 | Complete

Agenda item 1: Welcome and apologies
AV welcomed everyone. The action tracker was reviewed.

Agenda item 2: Deliberate fires
JP reported four deliberate fires near the park.
New action 02/23: TR and JP to arrange a joint patrol of the park. Lead: TR/JP

Agenda item 3: AOB
No further business.

Next JAG: Tuesday 4 April 2023, 10:00, Microsoft Teams.
"""


def test_header_line_gives_the_meeting_not_the_tracker_heading():
    header = extract_text(TRACKER).header
    assert header.date == dt.date(2023, 3, 7)
    assert header.start_time == dt.time(10, 0)
    assert header.venue == "Microsoft Teams"


def test_new_action_line_with_lead_field_gives_owners_from_initials():
    record = extract_text(TRACKER)
    assert ("2", ["Tom Reed", "Jo Pike"], True) in owners(record)
    assert_spans_slice_back(record)


def test_tracker_heading_and_next_acronym_line_are_meetings_of_the_body():
    assert refs(extract_text(TRACKER)) == [(dt.date(2023, 2, 7), "previous"), (dt.date(2023, 4, 4), "next")]


def test_an_acronym_that_is_not_the_body_names_no_meeting():
    text = TRACKER.replace("Next JAG:", "Next PCC:")
    assert (dt.date(2023, 4, 4), "next") not in refs(extract_text(text))
