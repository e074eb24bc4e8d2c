"""A header giving the time where others give the place: "MINUTES OF THE CABINET MEETING HELD AT
10:00AM ON MONDAY 8 NOVEMBER 2021" with the venue on the line below. "held at <time>" is the start
time, not the venue; the line below names the place."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

HELD_AT_TIME = """NORTHBY CITY COUNCIL

MINUTES OF THE CABINET MEETING HELD AT 2:30PM ON MONDAY 6 MARCH 2023
COUNCIL CHAMBER, TOWN HALL, BRIDGE STREET, NORTHBY

Cabinet Members Present: Councillor Ann Vale (Leader, Chair), Councillor Tom Reed

1. APOLOGIES FOR ABSENCE

There were no apologies.

2. DECLARATIONS OF INTEREST

There were no declarations of interest.
"""


def test_held_at_a_time_gives_the_start_time_and_the_venue_below():
    header = extract_text(HELD_AT_TIME).header
    assert header.date == dt.date(2023, 3, 6)
    assert header.start_time == dt.time(14, 30)
    assert header.venue == "COUNCIL CHAMBER, TOWN HALL, BRIDGE STREET, NORTHBY"


def test_held_at_a_place_is_still_the_venue():
    text = HELD_AT_TIME.replace("HELD AT 2:30PM ON", "HELD AT THE GUILDHALL ON")
    assert extract_text(text).header.venue == "GUILDHALL"


def test_held_at_a_time_then_at_a_place_after_the_date_gives_both():
    text = ("Lakes Select Committee\n\n14 May 2018 – At a meeting of the Lakes Select Committee held at 10.30 am "
            "at County Hall, Kendal, LA9 4RQ.\n\nPresent: Mr Brand (Chairman)\n\n1. Declarations\n\nNone.\n")
    header = extract_text(text).header
    assert header.date == dt.date(2018, 5, 14)
    assert header.start_time == dt.time(10, 30)
    assert header.venue == "County Hall, Kendal, LA9 4RQ"


def test_a_header_sentence_broken_after_at_runs_on_to_the_time_and_venue():
    text = ("LAKES SAFETY PARTNERSHIP\n\nMINUTES OF THE MEETING HELD ON TUESDAY 9 MARCH 2010 AT\n"
            "2.00 P.M. IN COMMITTEE ROOM 2, TOWN HALL, KENDAL\n\nPRESENT:\nAnn Webb (Lakes Police)\n\n"
            "1 APOLOGIES\n\nNone.\n")
    header = extract_text(text).header
    assert header.date == dt.date(2010, 3, 9)
    assert header.start_time == dt.time(14, 0)
    assert header.venue == "COMMITTEE ROOM 2, TOWN HALL, KENDAL"
