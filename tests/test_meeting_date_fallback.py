"""A meeting whose header gives no full date is still dated (and the document still built), from
the header's day and month with the year the document writes, the file name, or the first date of
the text that no phrase ties to another meeting; a document with no date anywhere still fails."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.dates import dates_in_name, find_dates, partial_dates, year_of
from kgraph.extract import extract_text
from kgraph.model import InputError
from kgraph.pipeline import extract_document

BODY = """
Present: Jane Holt (Chair, Fellside Council), Mark Dunn (Fellside Police)

1. Apologies
Apologies were received from Sam Reid.

2. Domestic abuse update
Mark Dunn reported on the refuge's 2024 figures. RESOLVED that the update be noted.
ACTION: Mark Dunn to circulate the report.
"""


def test_a_day_and_month_in_the_header_take_the_year_whose_weekday_fits():
    text = "Fellside Community Safety Partnership\n\nDate: Tuesday 12th March\n" + BODY + \
        "\nThe 2023 and 2023 strategy was reviewed.\n"
    record = extract_text(text)
    # 2023 is written most, but 12 March 2023 was a Sunday: the Tuesday is in 2024
    assert record.header.date == dt.date(2024, 3, 12)
    assert any("the header gives no year" in w for w in record.warnings)
    assert not any(w.startswith("no meeting date") for w in record.warnings)


def test_year_of_prefers_the_most_written_year_then_the_nearest_that_fits_the_weekday():
    assert year_of(12, 3, None, [2021, 2022, 2022]) == 2022
    assert year_of(12, 3, 1, [2022, 2022]) == 2024       # Tuesday 12 March: 2024 is nearest to 2022
    assert year_of(30, 2, None, [2024]) is None


def test_the_file_name_dates_a_meeting_whose_text_does_not(tmp_path):
    doc = tmp_path / "Fellside CSP minutes 12-03-2024.txt"
    doc.write_text("Fellside Community Safety Partnership\n\nMinutes\n" + BODY, encoding="utf-8")
    record = extract_document(doc)
    assert record.header.date == dt.date(2024, 3, 12)
    assert any("file name" in w for w in record.warnings)


def test_the_first_date_not_tied_to_another_meeting_dates_it_last():
    # (past the opening pages, where the header reader already takes the first full date)
    long_item = "\n3. Performance\n" + "Partners discussed the quarter's figures for each ward. " * 60 + "\n"
    text = ("Fellside Community Safety Partnership\n\nNotes\n" + BODY + long_item +
            "\n4. Next steps\nThe minutes of the meeting held on 10 January 2024 were noted. "
            "The partnership met again on 5 March 2024 to review the plan.\n")
    record = extract_text(text, "notes.txt")
    assert record.header.date == dt.date(2024, 3, 5)
    assert any("taken from the text" in w for w in record.warnings)


def test_a_document_with_no_date_anywhere_still_fails_clearly(tmp_path):
    doc = tmp_path / "notes.txt"
    doc.write_text("Fellside Community Safety Partnership\n\nMinutes\n" + BODY.replace("2024 ", ""), encoding="utf-8")
    with pytest.raises(InputError, match="no recognisable meeting date"):
        extract_document(doc)


@pytest.mark.parametrize("name, expected", [
    ("2024-03-12_csp_minutes", dt.date(2024, 3, 12)),
    ("CSP minutes 12.03.2024", dt.date(2024, 3, 12)),
    ("minutes_12_March_2024", dt.date(2024, 3, 12)),
    ("csp-minutes-12-march-2024", dt.date(2024, 3, 12)),
])
def test_dates_in_file_names(name, expected):
    assert dates_in_name(name) == [expected]


def test_no_date_in_a_plain_file_name():
    assert dates_in_name("fellside_csp_2024") == []


def test_formal_minutes_date_themselves_on_the_nth_day_of_a_month():
    assert [d for d, _ in find_dates("held on the 12th day of March 2024 at")] == [dt.date(2024, 3, 12)]


def test_partial_dates_skip_dates_that_have_a_year():
    assert [(d, m, w) for d, m, w, _ in partial_dates("Tues 12 March; 4 June 2024; 5th of May")] == \
        [(12, 3, 1), (5, 5, None)]


def test_a_two_digit_year_after_the_month_dates_the_header():
    record = extract_text("Fellside Community Safety Partnership\n\nHeld: Tues 12 Mar 24\n" + BODY)
    assert record.header.date == dt.date(2024, 3, 12)
    assert any("two digits" in w for w in record.warnings)
