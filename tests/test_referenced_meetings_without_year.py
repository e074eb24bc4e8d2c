"""A minutes approval that gives a day and month without a year ("Notes of 14 March agreed") refers to
the latest such date not after the meeting: the meeting's own year, or the year before."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text


def refs(meeting_date: str, body: str) -> list[tuple[dt.date, str]]:
    text = f"LAKES PARTNERSHIP\n\nMinutes of the meeting held on {meeting_date}\n\n{body}"
    return [(r.date, r.relation) for r in extract_text(text).meeting_refs]


def test_a_day_and_month_takes_the_meetings_year():
    assert refs("16 May 2023", "1. Minutes\n- Notes of 14 March agreed.\n\n2. Updates\nNone.\n") == \
        [(dt.date(2023, 3, 14), "previous")]


def test_a_day_and_month_after_the_meeting_date_is_of_the_year_before():
    assert refs("20 January 2023", "1. Minutes\nThe minutes of the meeting held on 2 December were agreed.\n\n"
                                   "2. Updates\nNone.\n") == [(dt.date(2022, 12, 2), "previous")]


def test_a_day_and_month_without_year_gives_no_next_meeting():
    # only minutes approved look back; a next meeting's year is not guessed
    assert refs("16 May 2023", "1. Minutes\nNone.\n\n2. Date of next meeting\n12 September.\n") == []
