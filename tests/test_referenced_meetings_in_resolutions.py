"""A next meeting fixed by a resolution ("That the next meeting be held on Thursday 8th October 2020"),
inside an item whose title does not name the next meeting, is a referenced meeting of the body; so are
the body's minutes named by the body ("the minute of the Fellside Committee of …") and the body meeting
on a date for other business ("reported to the Committee on …"). Invented snippets; each test fails
without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text


def test_a_next_meeting_to_be_held_in_a_resolution_is_referenced():
    text = ("Fellside Police and Crime Panel\n\nMinutes of the meeting held on Thursday 23rd July 2020.\n\n"
            "12. Work Programme\nResolved -\n(a) That the work programme be agreed.\n"
            "(b) That the next meeting be held on Thursday 8th October 2020 at 10.30 am.\n")
    assert [(r.date, r.relation) for r in extract_text(text).meeting_refs] == [(dt.date(2020, 10, 8), "next")]


FELLSIDE = "Fellside Licensing Committee\n\nMinutes of the meeting held on Tuesday 3 March 2020.\n\n"


def test_minutes_named_by_the_body_are_of_a_previous_meeting():
    text = FELLSIDE + ("1. Minutes\n\nDecision\n\nTo approve the minute of the Fellside Licensing Committee of "
                       "14 January 2020 as a correct record.\n")
    assert [(r.date, r.relation) for r in extract_text(text).meeting_refs] == [(dt.date(2020, 1, 14), "previous")]


def test_minutes_of_another_named_body_are_not_referenced():
    text = FELLSIDE + "1. Minutes\n\nThe minute of the Fellside Housing Board of 14 January 2020 was noted.\n"
    assert extract_text(text).meeting_refs == []


def test_the_body_meeting_on_a_later_date_is_another_meeting():
    text = FELLSIDE + ("2. Taxi policy\n\nThe draft policy would be reported to the Committee on 12 May 2020 "
                       "for approval. It would go to the Cabinet on 19 May 2020.\n")
    assert [(r.date, r.relation) for r in extract_text(text).meeting_refs] == [(dt.date(2020, 5, 12), "other")]


def test_previous_minutes_dated_with_dots_and_a_two_digit_year_are_referenced():
    text = ("Fellside Safety Board\n\nMinutes of the meeting held on Tuesday 3 March 2020.\n\n"
            "4. Minutes of the last meeting (14.01.20)\n\nThe minutes of 14.01.20 were agreed as a correct record.\n\n"
            "5. Performance\n\nSection 3.2.1 of the report showed a fall of 12.5% at 10.30 on weekdays.\n")
    assert [(r.date, r.relation) for r in extract_text(text).meeting_refs] == [(dt.date(2020, 1, 14), "previous")]


def test_a_dotted_date_needs_two_digit_day_and_month():
    from kgraph.dates import find_dates
    assert [d for d, _ in find_dates("met on 04.12.18, see para 3.2.18 and 1.10.19 and 12.06.2018")] == [
        dt.date(2018, 12, 4), dt.date(2018, 6, 12)]
