"""Notes of a meeting written in the first person plural ("We agreed …", "We noted the update.") with
people called by first name after an attendance table and actions marked by an arrow ("→ Name to …").
"We" is the group deciding; an arrow line is an action of the people it names before "to"."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions, owners

NOTES = """Westshire Adult Protection Committee
Training Sub-group

Note of meeting – Tuesday 4th March 2025, 10am
Microsoft Teams

Attendance

Name | Organisation | Present/Apologies
Anna Brightwell (Chair) | Westshire Council | Present
Tom Reedman | Westshire Police | Present
Pat Owens | NHS Westshire | Present

1) Welcome

Anna welcomed everyone.

2) Note of last meeting

We went through the note of the meeting on 2nd December 2024 and agreed it was accurate.
→ Tom to chase the web team by the end of March.

3) Training calendar

We discussed the draft calendar. We all thought it was too long.

We agreed the calendar with one change: an extra online session in May.
→ Anna to circulate the final calendar.
→ Tom and Pat to confirm venues.

4) Budget

There is £2,000 left. We agreed to spend up to £500 on trainer fees.

5) Scams

Pat gave an update. We noted the update.
"""


def test_we_agreed_and_we_noted_are_the_groups_decisions():
    record = extract_text(NOTES)
    found = decisions(record)
    assert ("3", "agreed", "We agreed the calendar with one change: an extra online session in May.") in found
    assert ("4", "agreed", "We agreed to spend up to £500 on trainer fees.") in found
    assert ("5", "noted", "We noted the update.") in found
    assert not [d for d in found if "thought" in d[2]]
    assert_spans_slice_back(record)


def test_note_of_last_meeting_agreed_accurate_is_its_approval():
    found = [d for d in decisions(extract_text(NOTES)) if d[0] == "2"]
    assert [d[2] for d in found] == ["We went through the note of the meeting on 2nd December 2024 and agreed it was accurate."]


def test_arrow_lines_are_actions_of_the_first_names_before_to():
    assert owners(extract_text(NOTES)) == [("2", ["Tom Reedman"], True), ("3", ["Anna Brightwell"], True),
                                           ("3", ["Tom Reedman", "Pat Owens"], True)]


def test_one_we_agreed_in_ordinary_minutes_is_not_a_decision_subject():
    text = NOTES.replace("We noted the update.", "Pat said we noted it.").replace(
        "We agreed to spend up to £500 on trainer fees.", "Trainer fees were discussed.").replace(
        "We went through the note of the meeting on 2nd December 2024 and agreed it was accurate.", "Nothing.")
    found = decisions(extract_text(text))
    assert not [d for d in found if d[0] == "3" and d[2].startswith("We agreed")]
