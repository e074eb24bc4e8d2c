"""One small invented document per rule for a meeting header's fields ("Date and time:", "Start:"),
a cover page giving date, time and place a line each, a statutory board named by its theme under its
council, and attendance lists labelled "Co-opted (non-voting):" or sorted by political group. Each
test fails without its rule."""
from __future__ import annotations

import datetime as dt

import pytest

from test_unseen_layouts import extract_text_with_mentions


def _names(record) -> list[str]:
    return [a.name for a in record.attendance]


def test_a_date_and_time_field_gives_both_the_date_and_the_start_time():
    text = ("Fellside Council\n\nMinutes\n\nName of meeting: SAFER FELLSIDE BOARD\n"
            "Date and time: TUESDAY 5 MARCH 2024 COMMENCING AT 2.30 PM\nVenue: COMMITTEE ROOM 1, TOWN HALL\n"
            "Present: Cllr Ann Webb (Chair), Tom Hale\n\n"
            "SFB 1/24 Minutes\n\nRESOLVED: THAT the minutes of the meeting held on 9 January 2024 be approved.\n\n"
            "SFB 2/24 Any other business\n\nNone.\n")
    header = extract_text_with_mentions(text).header
    assert header.date == dt.date(2024, 3, 5)
    assert header.start_time == dt.time(14, 30)


def test_a_start_field_after_the_date_on_its_line_gives_the_start_time():
    text = ("Lakeside Community Safety Partnership\nKey decisions and actions log\n\n"
            "Date: 05/03/2024   Start: 13:30   Finish: 15:45\nLocation: Committee Room 1, Lakeside Town Hall\n\n"
            "Present: Ann Webb (AW) Lakeside Council, Tom Hale (TH) Fellshire Police\n\n"
            "1. Welcome\nThe Chair welcomed members.\n\n2. Any other business\nNone.\n")
    assert extract_text_with_mentions(text).header.start_time == dt.time(13, 30)


def test_a_health_and_wellbeing_board_under_its_council_takes_the_place():
    text = ("Fellside Council\n\nHealth and Wellbeing Board\n\nMinutes\n\n"
            "Date: Tuesday 5 March 2024\nTime: 10.00 am\n\nPresent: Cllr Ann Webb (Chair), Tom Hale\n\n"
            "1. Welcome\nThe Chair welcomed members.\n\n2. Any other business\nNone.\n")
    assert extract_text_with_mentions(text).header.body == "Fellside Health and Wellbeing Board"


def test_a_co_opted_label_starts_a_list_of_its_own():
    text = ("Fellside Community Safety Partnership\n\nMinutes of the meeting held on 5 March 2024\n\n"
            "Present: Cllr Ann Webb (Chair), Tom Hale, Jo Bloggs\n"
            "Co-opted (non-voting): Revd Sam Keld (Fellside Faith Forum)\n"
            "Apologies: Cllr Di Marsh\n\n"
            "1. Welcome\nThe Chair welcomed members.\n\n2. Any other business\nNone.\n")
    names = _names(extract_text_with_mentions(text))
    assert "Jo Bloggs" in names and "Revd Sam Keld" in names


def test_present_by_political_group_reads_each_groups_members():
    text = ("Fellshire Police and Crime Panel\n\nMinutes of the meeting held on Monday 4 March 2024\n\n"
            "Present:\nConservative: Cllrs Ann Webb (Chair), Tom Hale, Jo Bloggs\n"
            "Labour: Cllrs Di Marsh (Vice-Chair), Sam Keld\nGreen: Cllr Lee Thorne\n\n"
            "Apologies: Cllr Pat Moss\n\n"
            "1   Minutes\n\nRESOLVED – That the minutes be approved.\n\n2   Any other business\n\nNone.\n")
    names = _names(extract_text_with_mentions(text))
    for name in ("Jo Bloggs", "Di Marsh", "Sam Keld", "Cllr Lee Thorne"):
        assert name in names
    assert not any("Labour" in name or "Green" in name for name in names)


@pytest.mark.parametrize("cover", [
    # the time on a line under the date, the place under it, a "Published" line after them
    "Monday 4 March 2024\n10.30 am\n\nCouncil Chamber, County Hall, Fellside\n\nPublished: 12 March 2024\n\n",
    # the time on the date's line
    "Monday 4 March 2024 10.30 am\n\nCouncil Chamber, County Hall, Fellside\n\n"])
def test_a_cover_page_gives_the_start_time_and_place(cover):
    text = ("Fellshire Police and Crime Panel\n\nPrinted minutes\n\n" + cover +
            "Minutes of the meeting of the Fellshire Police and Crime Panel held on Monday 4 March 2024\n\n"
            "Present: Cllr Ann Webb (Chair), Tom Hale\n\n"
            "1   Minutes\n\nRESOLVED – That the minutes be approved.\n\n2   Any other business\n\nNone.\n")
    header = extract_text_with_mentions(text).header
    assert header.start_time == dt.time(10, 30)
    assert header.venue == "Council Chamber, County Hall, Fellside"
