"""An action log typed in fixed-width columns (no bars, no tabs): a header of column names whose first
cell wraps ("Action" over "No."), rows opening at the margin, a task cell wrapping onto the lines
below in its column, an owner cell long enough to push the due date and status one space apart.
Each open row is an action of the minute its "Minute ref" names; a closed row is an earlier one."""
from __future__ import annotations

from kgraph.extract import extract_text

MINUTES = """LAKESHIRE VIOLENCE REDUCTION SUB-GROUP

Minutes of the meeting held on Tuesday 10 March 2026, 14:00 – 16:00
Room 2.14, Fellside House, Lakeby

Present:
Ann Reddy (Chair)                  Director of Public Health, Lakeby Council
Tom Wyatt                          Head of Community Safety, Lakeby Council
Gail Morton                        Programme Lead, Fellside Police

LVR 26/011 Needs assessment

Tom Wyatt presented the refreshed needs assessment.

LVR 26/012 Response strategy

Gail Morton presented the draft strategy.

LVR 26/013 Date of next meeting

Tuesday 9 June 2026.

ACTION LOG

Action  Minute ref   Action                                    Owner                 Due         Status
No.
26-01   LVR 25/040   Circulate the commissioning timetable     A Reddy               Feb 2026    Closed
26-04   LVR 26/011   Publish the needs assessment on the       T Wyatt               Apr 2026    New
                     partnership website
26-05   LVR 26/012   Run a consultation on the draft           G Morton/T Wyatt Jun 2026 New
                     strategy with young people
"""


def _actions(minutes):
    return {i.number: [([o.name for o in a.owners], " ".join(a.text.split())) for a in i.actions]
            for i in minutes.items}


def test_each_open_row_is_an_action_of_the_minute_it_names():
    actions = _actions(extract_text(MINUTES))
    assert actions["LVR 26/011"] == [(["T Wyatt"], "Publish the needs assessment on the partnership website")]
    assert actions["LVR 26/012"] == [(["G Morton", "T Wyatt"], "Run a consultation on the draft strategy with young people")]


def test_a_closed_row_of_an_earlier_meeting_is_no_action():
    actions = _actions(extract_text(MINUTES))
    assert not any("commissioning timetable" in text for rows in actions.values() for _, text in rows)


def test_a_room_numbered_by_floor_is_the_venue_not_a_time():
    minutes = extract_text(MINUTES)
    assert minutes.header.venue == "Room 2.14, Fellside House, Lakeby"
