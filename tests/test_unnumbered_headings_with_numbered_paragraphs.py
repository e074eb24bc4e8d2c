"""Minutes typed in Word whose bold headings carry no number while the paragraphs under each are
numbered "3.1", "3.2" …: each heading is an item numbered by its paragraphs' first number, with the
heading's offset standing for the number. A tracker after the items with an "Update" column marks
an earlier meeting's completed actions, which this meeting does not set. Each test fails without
its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, owners

DOC = ("Fellside Community Safety Partnership\n\nMinutes of the CSP Meeting\n\n"
       "Date: Tuesday 9 June 2020\nTime: 10.00am\nVenue: Fellside Town Hall\n\n"
       "Attendees\n\nName\tOrganisation\tPresent/Apologies\n"
       "Ann Pike (AP) – Chair\tFellside District Council\tPresent\n"
       "Tom Reed (TR)\tLakeby Police\tPresent\n\n"
       "Welcome and apologies\n\n"
       "1.1\tAP welcomed everyone to the meeting.\n\n"
       "Minutes of the last meeting and matters arising\n\n"
       "2.1\tThe minutes of the meeting held on 10 March 2020 were agreed as an accurate record.\n\n"
       "2.2\tMatters arising: the terms of reference had been updated (action 03/20-1, complete).\n\n"
       "Burglary in the town centre\n\n"
       "3.1\tTR reported a rise in shed burglaries in the town centre.\n\n"
       "3.2\tTR to circulate crime prevention advice to all partners.\n\n"
       "Date of next meeting\n\n"
       "4.1\tTuesday 8 September 2020, 10.00am.\n\n"
       "Action tracker\n\n"
       "No.\tAction\tLead\tDeadline\tUpdate\n"
       "03/20-1\tUpdate the terms of reference\tAP\tJune 2020\tComplete\n"
       "3.2\tCirculate crime prevention advice\tTR\t30 June 2020\tNew\n")


def test_unnumbered_headings_take_the_number_of_their_first_paragraph():
    record = extract_text(DOC)
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Welcome and apologies"), ("2", "Minutes of the last meeting and matters arising"),
        ("3", "Burglary in the town centre"), ("4", "Date of next meeting")]
    assert record.items[2].span.start == DOC.index("Burglary in the town centre")
    assert_spans_slice_back(record)


def test_paragraphs_without_a_heading_above_them_give_no_items():
    # numbered paragraphs straight after one another (no title line above "N.1"): no item headings
    plain = DOC.replace("Burglary in the town centre\n\n", "").replace("Date of next meeting\n\n", "")
    assert [i.number for i in extract_text(plain).items] != ["1", "2", "3", "4"]


def test_a_tracker_row_updated_complete_is_no_action_of_this_meeting():
    assert ["Ann Pike"] not in [o for _, o, _ in owners(extract_text(DOC))]
