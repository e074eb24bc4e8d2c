"""Items numbered in capital Roman numerals ("I. APOLOGIES" … "V. DATE OF NEXT MEETING"): the
minute number is the numeral as written, the title has no numeral, and only a run I, II, III … of
heading lines counts — "I. Smith said …" is prose and "(i) Domestic abuse" a sub-section."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions, items, refs

ROMAN = """EASTSHIRE COMMUNITY SAFETY PARTNERSHIP

MINUTES of the meeting of the Eastshire Community Safety Partnership held in Room 2, Shire Hall, Eastbury on Tuesday, 8 March 2016 at 10.00 am.

PRESENT: Councillor Ann Vale (Eastshire County Council, Chairman), Tom Reed (Eastshire Police).

I. APOLOGIES

Apologies were received from Jo Pike (Eastbury Borough Council).

II. MINUTES OF THE MEETING HELD ON 2 DECEMBER 2015

RESOLVED – That the minutes be confirmed as a correct record.

III. PERFORMANCE

(i) Burglary

Tom Reed reported that burglary had fallen.

(ii) Road safety

RESOLVED – That:
(i) the report be noted; and
(ii) the speed watch scheme be approved.

IV. DATE OF NEXT MEETING

Tuesday, 7 June 2016 at 10.00 am, Shire Hall, Eastbury.
"""


def test_roman_numerals_number_the_items_and_leave_the_titles():
    record = extract_text(ROMAN)
    assert items(record) == [("I", None, "APOLOGIES"), ("II", None, "MINUTES OF THE MEETING HELD ON 2 DECEMBER 2015"),
                             ("III", None, "PERFORMANCE"), ("IV", None, "DATE OF NEXT MEETING")]
    assert ("III", "approved", "the speed watch scheme be approved.") in decisions(record)
    assert (dt.date(2016, 6, 7), "next") in refs(record)
    assert_spans_slice_back(record)


def test_a_prose_line_starting_with_i_is_not_an_item():
    text = ROMAN.replace("Tom Reed reported that burglary had fallen.", "I. Smith said that burglary had fallen.")
    assert [n for n, _, _ in items(extract_text(text))] == ["I", "II", "III", "IV"]


def test_fewer_than_three_numerals_in_sequence_are_not_items():
    text = ROMAN.replace("III. PERFORMANCE", "PERFORMANCE").replace("IV. DATE", "DATE")
    assert not any(n in {"I", "II"} for n, _, _ in items(extract_text(text)))


def test_arabic_items_keep_roman_sub_sections_inside():
    text = (ROMAN.replace("I. APOLOGIES", "1. APOLOGIES").replace("II. MINUTES", "2. MINUTES")
            .replace("III. PERFORMANCE", "3. PERFORMANCE\n\nI. Burglary\n\nII. Robbery\n\nIII. Road safety")
            .replace("IV. DATE", "4. DATE"))
    assert [n for n, _, _ in items(extract_text(text))] == ["1", "2", "3", "4"]
