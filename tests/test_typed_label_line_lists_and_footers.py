"""Typed minutes of the late 1990s: a "PRESENT:" list begun on the label's own line and printed in two
columns padded with spaces, a body wrapped onto a line under its own column; a "Co-opted Member:" label
for the one co-opted member; a two-digit year of the last century ("22.11.99"); the typist's reference
at the foot ("JB/CSP/ 22.11.99") dates the typing, not a meeting; a group named on its own line under its
partnership's is the meeting's body by its short name too. Invented minutes."""
from __future__ import annotations

import datetime as dt

from kgraph.dates import find_dates
from kgraph.extract import extract_text

from test_unseen_layouts import extract_text_with_mentions, refs

TYPED = """                    FELLSIDE CRIME AND DISORDER PARTNERSHIP

                          OFFENDER MANAGEMENT GROUP

        MINUTES OF THE MEETING HELD ON TUESDAY 9TH NOVEMBER 1999 AT 2.00 P.M.

PRESENT:    Councillor A. Webb             Fellside Borough Council (Chairman)
            Mr T. Hale                     Fellside Borough Council (Head of
                                           Community Safety)
            Mrs J. Marsh                   Lakeside Probation Service
            Insp. R. Lund                  Lakeside Constabulary

APOLOGIES:  Mr K. Dale (Fellside Youth Offending Team)


1.   MINUTES OF THE PREVIOUS MEETING

     The minutes of the meeting held on 14th September 1999 were agreed
     as a correct record.


2.   DATE OF NEXT MEETING

     Thursday 13th January 2000 at 2.00 p.m.


                                        The meeting closed at 3.40 p.m.

JB/FSG/ 12.11.99
"""


def test_a_two_column_list_begun_on_the_labels_line_reads_one_person_a_row():
    present = [(a.name, a.organisations, a.role) for a in extract_text(TYPED).attendance if a.list_kind == "present"]
    assert present == [("Councillor A. Webb", ["Fellside Borough Council"], "Chairman"),
                       ("Mr T. Hale", ["Fellside Borough Council"], "Head of Community Safety"),
                       ("Mrs J. Marsh", ["Lakeside Probation Service"], None),
                       ("Insp. R. Lund", ["Lakeside Constabulary"], None)]


def test_a_two_digit_year_of_the_last_century_is_read_as_such():
    assert find_dates("typed 12.11.99")[0][0] == dt.date(1999, 11, 12)
    assert find_dates("due 14/03/23")[0][0] == dt.date(2023, 3, 14)


def test_the_typists_reference_at_the_foot_dates_no_meeting():
    assert refs(extract_text(TYPED)) == [(dt.date(1999, 9, 14), "previous"), (dt.date(2000, 1, 13), "next")]
    # a line that says the next meeting is held on that day is still read
    later = TYPED.replace("JB/FSG/ 12.11.99", "Next meeting also on 20.1.2000")
    assert (dt.date(2000, 1, 20), "next") in refs(extract_text(later))


def test_the_groups_own_line_under_its_partnership_names_the_body():
    record = extract_text_with_mentions(TYPED)
    assert record.header.body == "Fellside Crime and Disorder Partnership Offender Management Group"
    body = next(m.key for m in record.mentions.organisations if m.text.startswith("FELLSIDE CRIME"))
    assert {m.text for m in record.mentions.organisations if m.key == body} == {
        "FELLSIDE CRIME AND DISORDER PARTNERSHIP", "OFFENDER MANAGEMENT GROUP"}


def test_a_co_opted_member_label_heads_a_list_of_its_own():
    text = ("FELLSIDE BOROUGH COUNCIL\n\nCRIME AND DISORDER COMMITTEE\n\n"
            "Minutes of a meeting held on Tuesday, 7th November 2023 at 6.30 p.m.\n\n"
            "PRESENT –\nCouncillor A. Webb (Chair)\nCouncillors T. Hale and J. Marsh\n\n"
            "Co-opted Member: Mrs D. Lund (Fellside Association of Parish Councils)\n\n"
            "Minute 12 – APOLOGIES\nNone.\n")
    names = [(a.name, a.organisations) for a in extract_text(text).attendance]
    assert ("Mrs D. Lund", ["Fellside Association of Parish Councils"]) in names
    assert not any("Co-opted" in name for name, _ in names)
