"""Header lines of printed and web minutes: a venue closed by a time clause ("…, TOWN, COMMENCING AT
11.00 AM AND CONCLUDING AT 1.25 PM") gives both venue and start time; a page title "Minutes - X"
names the body X, not "Minutes". Invented snippets; each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text


def test_a_time_clause_closes_the_venue_and_gives_the_start_time():
    text = ("FELLSIDE POLICE AND CRIME PANEL\n\nMINUTES OF THE MEETING HELD ON FRIDAY 2 FEBRUARY 2024, IN THE "
            "COUNCIL CHAMBER, THE GUILDHALL, HIGH STREET, KENDAL, COMMENCING AT 11.00 AM AND CONCLUDING AT 1.25 PM\n\n"
            "1. APOLOGIES\n\nNone.\n")
    header = extract_text(text).header
    assert header.venue == "COUNCIL CHAMBER, THE GUILDHALL, HIGH STREET, KENDAL"
    assert header.start_time == dt.time(11, 0)


def test_a_minutes_page_title_names_the_body_after_its_dash():
    text = ("Skip to main content\nFellside District Council\nHome > Committees > Community Safety Committee\n\n"
            "Minutes - Community Safety Committee\nTuesday, 14 May 2024, 7.00 pm\n\n"
            "Minute 1/24 Apologies\nNone.\n")
    assert extract_text(text).header.body == "Community Safety Committee"


def test_a_time_field_after_a_wide_gap_on_the_date_line_gives_the_start_time():
    # typed headers set two labelled fields on one line; the date's value stops at the second label
    text = ("FELLSIDE COMMUNITY SAFETY PARTNERSHIP\n\nMinutes of meeting\n"
            "Date: 03/05/2017    Time: 2.15pm\nVenue: Committee Room 2, Town Hall, Kendal\n\n"
            "1. Apologies\nNone.\n")
    header = extract_text(text).header
    assert header.date == dt.date(2017, 5, 3)
    assert header.start_time == dt.time(14, 15)
    assert header.venue == "Committee Room 2, Town Hall, Kendal"


def test_a_venue_field_stops_where_a_time_field_starts_on_its_line():
    text = ("Fellside Safer Communities Board\n\nMinutes of meeting\n"
            "Venue: Committee Room 2, Town Hall\tTime: 10:00\nDate: 3 May 2017\n\n"
            "1. Apologies\nNone.\n")
    header = extract_text(text).header
    assert header.venue == "Committee Room 2, Town Hall"
    assert header.start_time == dt.time(10, 0)


def test_a_meeting_held_sentence_gives_the_venue_and_its_time_clause_the_start_time():
    text = ("Fellside Police and Crime Panel\n\nMonday, 4 March 2019\n\nPresent:\nCouncillor A Brand (Kendal Council)\n\n"
            "Meeting held in the Council Chamber, Riverside House, Mint Street, Fell Park, Kendal, "
            "commencing at 2.00 pm.\n\nFP/1/19 Apologies\n\nNone.\n")
    header = extract_text(text).header
    assert header.venue == "Council Chamber, Riverside House, Mint Street, Fell Park, Kendal"
    assert header.start_time == dt.time(14, 0)


def test_a_venue_run_onto_the_time_with_a_space_is_read_when_it_names_a_place():
    # a PDF reader joins the header's lines: "…, 10:00–12:00 Committee Room 3, Civic Centre, Kendal"
    text = ("Fellside Drugs Partnership\n\nMinutes of the meeting held on Monday 3 June 2024, 10:00–12:00 "
            "Committee Room 3, Civic Centre, Kendal\n\n1. Apologies\n\nNone.\n")
    assert extract_text(text).header.venue == "Committee Room 3, Civic Centre, Kendal"


def test_words_run_onto_the_time_that_name_no_place_are_no_venue():
    text = ("Fellside Drugs Partnership\n\nMinutes of the meeting held on Monday 3 June 2024, 10:00 "
            "Chaired by Ann Brook\n\n1. Apologies\n\nNone.\n")
    assert extract_text(text).header.venue is None
