"""An association's annual general meeting: elections "Chairman: Mr A, proposed by B, seconded by C."
then "Carried unanimously." are resolutions; "It was resolved that …" inside a paragraph is one; a
motion quoted in full and put to the vote and carried is one (one lost is not); the heading naming the
association is the body, "Minutes of the Annual General Meeting" only the occasion; "Officers and
Executive Committee" names one body, the committee. Invented minutes."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import extract_text_with_mentions, org_names

AGM = """LAKEBY NEIGHBOURHOOD WATCH ASSOCIATION

MINUTES OF THE ANNUAL GENERAL MEETING
held on Saturday 11th October 2025 at 10.30am
in the Fellside Hall, Lakeby

Present: Mr Tom Hale (Chairman), Mrs Ann Webb (Hon. Secretary), Mr Raj Patel

1. Election of Officers and Executive Committee

1.1 Chairman: Mr Tom Hale, proposed by Mrs Webb, seconded by Mr Patel. Carried unanimously and Mr Hale was declared re-elected.

1.2 Mrs Webb wished to stand down. Mr Raj Patel, proposed by Mrs Webb, seconded by Mr Hale. Carried unanimously.

2. Motions

2.1 Motion 1 (proposed by the Executive Committee): "That the annual subscription be increased from £30 to £35 with effect from 1st April 2026." Following discussion the motion was put to the vote and was carried by 30 votes to 4.

2.2 Motion 2 (proposed by Mr Patel): "That the Association hold its meetings online." Mrs Webb spoke against. It was resolved that the motion be carried unanimously.

3. Any Other Business

3.1 Motion 3: "That the newsletter be printed monthly." The motion was put to the vote and was not carried.
"""


def _decisions(record, n):
    return [(d.kind, d.text[:30]) for d in record.items[n].decisions]


def test_elections_proposed_seconded_and_carried_are_resolutions():
    record = extract_text(AGM)
    assert _decisions(record, 0) == [("resolved", "Chairman: Mr Tom Hale, propose"),
                                     ("resolved", "Mr Raj Patel, proposed by Mrs ")]


def test_a_quoted_motion_carried_and_a_resolution_inside_a_paragraph():
    record = extract_text(AGM)
    texts = [d.text for d in record.items[1].decisions]
    assert texts[0].startswith("That the annual subscription be increased")
    assert texts[1].startswith("the motion be carried unanimously")
    assert len(texts) == 2


def test_a_motion_not_carried_is_no_decision():
    assert extract_text(AGM).items[2].decisions == []


def test_the_association_heading_is_the_body_not_the_occasion():
    assert extract_text(AGM).header.body == "Lakeby Neighbourhood Watch Association"


def test_officers_and_a_committee_name_the_committee_only():
    orgs = org_names(extract_text_with_mentions(AGM))
    assert "Executive Committee" in orgs and "Officers and Executive Committee" not in orgs


def test_transport_for_london_is_a_known_body():
    text = AGM.replace("Mrs Webb spoke against.", "Mrs Webb said Transport for London (TfL) had offered a room.")
    assert "Transport for London" in org_names(extract_text_with_mentions(text))
