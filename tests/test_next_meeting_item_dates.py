"""Dates under a "Date of next meeting" item: each meeting date there is a next meeting, whatever
language prints the title first, and a date that something must be done by is a deadline, not a meeting."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text


def refs(body: str) -> list[tuple[dt.date, str]]:
    text = ("MEADOWSHIRE SAFER COMMUNITIES BOARD\n\nMinutes of the meeting held on 15 May 2024\n\n"
            "1. Updates\nThe Board noted the updates.\n\n" + body)
    return sorted((r.date, r.relation) for r in extract_text(text).meeting_refs)


def test_a_bilingual_next_meeting_title_is_read_by_its_english_half():
    body = ("Eitem 2 / Item 2\nDyddiad y Cyfarfod Nesaf / Date of Next Meeting\n"
            "Dydd Mercher 11 Medi 2024 / Wednesday 11 September 2024, 10.00am.\n"
            "Dyddiadau pellach / Further dates: Wednesday 4 December 2024; Wednesday 5 March 2025.\n")
    assert refs(body) == [(dt.date(2024, 9, 11), "next"), (dt.date(2024, 12, 4), "next"),
                          (dt.date(2025, 3, 5), "next")]


def test_a_deadline_under_the_next_meeting_is_no_meeting():
    body = ("2. Date of next meeting\nThursday 18th January 2024, 6.30pm. Members are asked to send their "
            "priorities to the Secretary by 4th January 2024, and papers will go out before Monday 15 January 2024.\n")
    assert refs(body) == [(dt.date(2024, 1, 18), "next")]
