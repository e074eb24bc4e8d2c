"""One small invented document per rule for the meeting's header, its attendance lists and the people,
bodies and topics read around them: a committee page's "Committee:" field, a bilingual label's Welsh
half, the line the minutes' own sentence names, a council named only as the place of the meeting,
tick-box and initials columns of attendance tables, a table's header row under the lists, and a
sentence going on after an apologies list. Each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import extract_text_with_mentions, org_names, people, person_names


def test_a_committee_field_names_the_body_over_the_page_furniture():
    text = ("Skip to main content\nLakeshire County Council\nCommittee Information System\n"
            "Home | Committees | Meetings\n\nMeeting Details\n"
            "Committee:\tSafer Lakeshire Partnership Board\nDate:\tTuesday 6 February 2024\nTime:\t2.00 pm\n"
            "Venue:\tRoom 4, County Hall, Kendal\n\n"
            "Minutes\n\nSLP 24/01\tApologies for Absence\nNone were received.\n\n"
            "SLP 24/02\tMinutes\nThe minutes were confirmed.\n")
    header = extract_text(text).header
    assert header.body == "Safer Lakeshire Partnership Board"
    assert header.date == dt.date(2024, 2, 6)


def test_a_bilingual_label_is_read_from_its_english_half():
    text = ("Bwrdd Diogelwch Cymunedol Glan-y-Llyn\nGlan-y-Llyn Community Safety Board\n\n"
            "Cofnodion / Minutes\n\nDyddiad / Date:\t14/11/2023\nAmser / Time:\t10:30 – 12:00\n"
            "Lleoliad / Venue:\tYstafell 2, Neuadd y Dref, Glan-y-Llyn\n\n"
            "1. Apologies\nNone.\n\n2. Minutes\nThe minutes were agreed.\n")
    header = extract_text(text).header
    assert header.date == dt.date(2023, 11, 14)
    assert header.start_time == dt.time(10, 30)
    assert header.venue == "Ystafell 2, Neuadd y Dref, Glan-y-Llyn"


def test_the_line_the_minutes_sentence_names_is_the_body_not_the_host_above_it():
    text = ("NHS Lakeshire Integrated Care Board\nLakeshire Serious Violence Strategic Board\n\n"
            "Minutes of the Lakeshire Serious Violence (SV) Strategic Board held on 2nd May 2024 via MS Teams\n\n"
            "Present: Ann Webb (Chair), Tom Hale\n\n"
            "Item 1\tWelcome\nThe Chair welcomed members.\n\nItem 2\tMinutes\nThe minutes were agreed.\n")
    assert extract_text(text).header.body == "Lakeshire Serious Violence Strategic Board"


def test_a_council_named_only_in_the_place_of_the_meeting_is_not_its_council():
    text = ("FELLSIDE PUBLIC PROTECTION GROUP\n\nMINUTE OF MEETING\nThursday 3 October 2024, 2.00pm\n"
            "Council Chamber, Fellside Council Headquarters, High Street, Kendal\n\n"
            "Present:\nAnn Webb\tChief Executive, Fellside Council\n\n"
            "1. Apologies\nNone.\n\n2. Minutes\nThe minutes were agreed.\n")
    header = extract_text(text).header
    assert header.body == "Fellside Public Protection Group"
    assert header.parent_body is None
