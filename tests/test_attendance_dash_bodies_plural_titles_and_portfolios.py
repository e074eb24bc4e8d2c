"""Attendance lists as councils and partnerships print them: "Name (AB) - Body with and in it (ACR);" one
person per semicolon (the body's "and" joins no two people); "Councillors A (Chairman), B and C" on a
line of its own over lines of one partner each; "Apologies … were received from:" over one name a line
(a list, not a sentence); a post whose portfolio lists its themes with commas ("Director of Children,
Leisure and Learning") keeps them, naming no body. Invented minutes."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.segment.attendance_entries import parse_entry

SEMICOLONS = """FELLSIDE OFFENDER MANAGEMENT BOARD

Minutes of the meeting held on 4 March 2025 at 10.00 am

Present:
Ann Webb (AW) - Lakeby Police (Chair);
Tom Hale (TH) - Fellside Drug and Alcohol Team (FDAT);
Jo Dale (JD) - Department for Work and Pensions (DWP);
Raj Patel (RP) - Fellside Council, Housing Manager

1. Welcome

AW welcomed members.
"""

LINES = """LAKEBY HEALTH AND WELLBEING BOARD
4 MARCH 2025
2.00 - 4.00 PM

Present:
Councillors Webb (Chairman), Mrs Hale, Dale and Okoro
Dr Ann Patel, Lakeby Clinical Commissioning Group (Vice-Chairman)
Sam Reed, Healthwatch Lakeby
Kim Shaw, Director of Housing, Leisure and Learning

Apologies for absence were received from:
Councillor Marsh
Ian Gray, Chief Executive
Lee Cole, Fellside NHS Foundation Trust

LHB1. Declarations of Interest

There were none.
"""


def _names(record, kind=None):
    return [e.name for e in record.attendance if kind is None or e.list_kind == kind]


def test_one_person_per_semicolon_though_the_body_says_and():
    record = extract_text(SEMICOLONS)
    assert _names(record) == ["Ann Webb", "Tom Hale", "Jo Dale", "Raj Patel"]
    hale = next(e for e in record.attendance if e.name == "Tom Hale")
    assert "Fellside Drug and Alcohol Team" in hale.organisations


def test_a_plural_title_line_among_lines_of_one_entry_each():
    record = extract_text(LINES)
    assert _names(record, "present") == ["Webb", "Mrs Hale", "Dale", "Okoro", "Dr Ann Patel", "Sam Reed", "Kim Shaw"]


def test_a_list_set_out_under_received_from_colon_is_read_a_name_a_line():
    record = extract_text(LINES)
    assert _names(record, "apologies") == ["Councillor Marsh", "Ian Gray", "Lee Cole"]


def test_a_sentence_of_apologies_is_still_read_as_one():
    text = LINES.replace("Apologies for absence were received from:\nCouncillor Marsh\nIan Gray, Chief Executive\n"
                         "Lee Cole, Fellside NHS Foundation Trust",
                         "Apologies for absence were received from Councillor Marsh and Ian Gray.")
    assert _names(extract_text(text), "apologies") == ["Councillor Marsh", "Ian Gray"]


def test_a_portfolio_listed_with_commas_stays_in_the_post():
    line = "Kim Shaw, Executive Member for Parks, Waste and Public Protection"
    entry = parse_entry(line, 0, len(line), "present", True)
    assert entry.role == "Executive Member for Parks, Waste and Public Protection"
    assert entry.organisations == []
    line = "Jo Hale, Head of Community Safety, Lakes Fire and Rescue Service"
    entry = parse_entry(line, 0, len(line), "present", True)
    assert entry.organisations == ["Lakes Fire and Rescue Service"]


def test_the_range_start_is_the_meetings_afternoon_time():
    import datetime as dt
    assert extract_text(LINES).header.start_time == dt.time(14, 0)
