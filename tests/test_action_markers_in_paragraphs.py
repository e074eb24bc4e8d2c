"""Actions marked after the sentence they assign, inside a paragraph ("… by 31 October. ACTION – KL",
"… finalised. ACTION – OP. The Partnership …", "ACTION – MS/KL"): owners are attendees' initials
from the list, the task is the nearest sentence before the marker saying what will be done; and a
closing "Members noted the update." is the paragraph's decision."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import decisions, owners

MARKED = """NORTHSHIRE DISTRICT COMMUNITY SAFETY PARTNERSHIP

Minutes of the meeting held on Tuesday 9 May 2023 at 10.00am in Room 4, Civic Centre, Northby

Present:
Councillor Ann Vale (Chair) – Northshire Council
Karen Hollis (KH) – Community Safety Manager, Northshire Council
Tom Reed (TR) – Northshire Police

1. Apologies. None were received.

2. Burglary. Tom Reed said burglary had fallen; the target hardening scheme would be extended to Eastby. Figures remain high in Northby. ACTION – TR/KH

3. Fly-tipping. The revised plan will be brought to the next meeting. ACTION – KH. The Partnership agreed to fund two cameras.

4. Hate crime. Tom Reed described two cases. Members noted the update.

5. Road safety. The report will be circulated. ACTION – ZZ
"""


def test_marker_after_a_sentence_assigns_it_to_the_initials():
    found = owners(extract_text(MARKED))
    assert ("2", ["Tom Reed", "Karen Hollis"], True) in found
    assert ("3", ["Karen Hollis"], True) in found


def test_task_is_the_sentence_that_says_what_will_be_done():
    record = extract_text(MARKED)
    item = next(i for i in record.items if i.number == "2")
    assert [a.text for a in item.actions] == [
        "Tom Reed said burglary had fallen; the target hardening scheme would be extended to Eastby."]


def test_initials_of_no_attendee_make_no_marked_action():
    assert not [o for o in owners(extract_text(MARKED)) if o[0] == "5"]


def test_closing_noted_sentence_is_a_decision():
    assert ("4", "noted", "Members noted the update.") in decisions(extract_text(MARKED))


def test_a_numbered_action_label_ended_by_a_spaced_dash_names_its_owner():
    from kgraph.extract import extract_text
    text = ("# Lakes Community Safety Partnership\n\nDate: Thursday 14 September 2023\n\n"
            "### Item 3 – Data sharing\n\nThe agreement is still unsigned.\n\n"
            "Action 3.2 – Tom Hale to chase the signatures by 31 October.\n")
    actions = [a for i in extract_text(text).items for a in i.actions]
    assert [([o.name for o in a.owners], a.text) for a in actions] == [
        (["Tom Hale"], "Tom Hale to chase the signatures by 31 October.")]
