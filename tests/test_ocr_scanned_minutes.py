"""Minutes scanned and read back by OCR: a "1" read as "l" in a date, matters arising that cite an
earlier meeting's minute by number ("Minute 41 (Street Lighting) – …") inside an item, page
footers and running headers between the lines of an item."""
from __future__ import annotations

import datetime as dt

from kgraph.dates import find_dates, parse_date
from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, items, refs

SCANNED = """NORTHMOOR COMMUNITY SAFETY PARTNERSHIP

MINUTES OF THE MEETING HELD ON TUESDAY 9 MARCH 2004 AT
10.00 A.M. IN ROOM 4, CIVIC HALL, NORTHMOOR

PRESENT:
Councillor Ruth Ambler (Chair)         Northmoor Council
Derek Follows                          Northmoor Police

1.   APOLOGIES

     None were received.

2.   MINUTES OF THE LAST MEETING AND MATTERS
     ARISING

     RESOLVED: That the minutes of the meeting held on 8th December 2003
     be approved.

     Matters arising

     Minute 41 (Street Lighting) - Derek Follows reported that the new
     lamps were in place.

     Minute 44 (Youth Shelter) - the shelter had been moved to the park
                                   - l -
NMCSP 9/3/04

     near the library.

3.   BURGLARY REDUCTION

     Derek Follows reported that burglary had fallen.

     RESOLVED: That the report be noted.

4.   DATE OF NEXT MEETING

     Tuesday l5 June 2004 at 10.00 a.m., Civic Hall.
"""


def test_a_day_read_by_ocr_with_l_for_1_before_a_month_is_a_teen_day():
    assert parse_date("Tuesday l5 June 2004") == dt.date(2004, 6, 15)
    assert parse_date("June l5, 2004") == dt.date(2004, 6, 15)
    assert parse_date("on 5 June 2004") == dt.date(2004, 6, 5)


def test_an_l_inside_a_word_is_not_read_as_a_digit():
    # "all5 June" is a broken word, not day 15; only the digit is the day
    assert [d for d, _ in find_dates("all5 June 2004")] == [dt.date(2004, 6, 5)]
    assert find_dates("Level l5 May") == []


def test_matters_arising_citing_earlier_minutes_are_not_items():
    record = extract_text(SCANNED)
    assert [i[0] for i in items(record)] == ["1", "2", "3", "4"]
    assert items(record)[2][2] == "BURGLARY REDUCTION"
    assert_spans_slice_back(record)


def test_an_item_headed_minute_with_a_number_is_still_an_item():
    text = SCANNED.replace("3.   BURGLARY REDUCTION", "Minute 3   BURGLARY REDUCTION")
    assert [i[0] for i in items(extract_text(text))] == ["1", "2", "3", "4"]


def test_next_meeting_date_with_an_ocr_l_is_referenced():
    record = extract_text(SCANNED)
    assert (dt.date(2004, 6, 15), "next") in refs(record)
    assert (dt.date(2003, 12, 8), "previous") in refs(record)


def test_a_title_in_capitals_wrapped_with_a_hanging_indent_is_one_title():
    record = extract_text(SCANNED)
    assert items(record)[1][2] == "MINUTES OF THE LAST MEETING AND MATTERS ARISING"
    assert items(record)[0][2] == "APOLOGIES"


def test_a_line_in_capitals_under_a_title_and_not_aligned_with_it_is_not_part_of_it():
    text = SCANNED.replace("     ARISING\n", "ARISING\n")
    assert items(extract_text(text))[1][2] == "MINUTES OF THE LAST MEETING AND MATTERS"
