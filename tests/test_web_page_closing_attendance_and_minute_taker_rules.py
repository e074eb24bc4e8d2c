"""Attendance on a council web page copied as text, and minute-takers named on a line of their own.

* ModernGov prints its "Attendance details" section (Present / Also Present, an attendee table with
  "Present, as expected" / "Apologies") AFTER the items on a page of printed minutes: copied as text,
  its title is a plain line. The lists are the meeting's attendance, no part of the last item, and the
  page footer under them ("Printed minutes <date> <body>", the council) names nobody.
* "Notes: Jo Bloggs" and "Minutes: Jo Bloggs, Business Support" name who took the minutes: an attendee
  in attendance, not one more apology of the list above them; "Notes: Draft for Approval …" names no one.
"""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import people

CLOSING_ATTENDANCE_PAGE = """Skip to main content
Fellshire County Council
Agenda and minutes
Fellshire Police and Crime Panel
Monday, 4th March, 2024 2.00 pm
Venue: Council Chamber, County Hall, Fellby
Contact: Ann Ross, Panel Officer

Items
No.\tItem

12.\tApologies for Absence
Minutes:
Apologies were received from Councillor Ian Hope.

13.\tDate of Next Meeting
Minutes:
RESOLVED that the next meeting be held on Monday, 8th April, 2024.

Attendance details
Present
Councillor Mary Lund (Chair) - Fellby Borough Council
Councillor Tom Greave - Dalebridge District Council

Attendee\tRole\tAttendance
Councillor Mary Lund\tChair\tPresent, as expected
Councillor Tom Greave\tCommittee Member\tPresent, as expected
Councillor Ian Hope\tCommittee Member\tApologies

Also Present
Mr Peter Skelton - Chief Constable, Fellshire Constabulary

Printed minutes 04th-Mar-2024 14:00 Fellshire Police and Crime Panel
Fellshire County Council
"""


def test_attendance_details_after_the_items_gives_the_lists():
    found = people(extract_text(CLOSING_ATTENDANCE_PAGE))
    present = {n for n, _, _, k in found if k == "present"}
    assert present == {"Councillor Mary Lund", "Councillor Tom Greave"}
    assert ("Mr Peter Skelton", ["Fellshire Constabulary"], "Chief Constable", "also_present") in found
    assert "Councillor Ian Hope" in {n for n, _, _, k in found if k == "apologies"}


def test_page_footer_under_closing_attendance_names_nobody():
    names = {n for n, _, _, _ in people(extract_text(CLOSING_ATTENDANCE_PAGE))}
    assert not any("Council" in n and "Councillor" not in n for n in names)
    assert not any(n.startswith("Printed") for n in names)


def test_attendance_details_after_the_items_is_not_in_the_last_item():
    record = extract_text(CLOSING_ATTENDANCE_PAGE)
    last = record.items[-1]
    assert last.number == "13"
    assert "Mary Lund" not in record.source.text[last.span.start:last.span.end]


NOTES_TAKER = """Safer Dalebridge Partnership
Partnership Board – Minutes
Thursday 7 March 2024, 14:00 – 16:00

Members present
Cllr Rita Moss – Cabinet Member for Community Safety (Chair)
Paul Gent – Head of Community Safety, Dalebridge Council

Apologies: Jane Holt (Fellshire Police)
Notes: Owen Marsh

1. Welcome and apologies
Apologies as listed above.

2. Any other business
None.
"""

MINUTES_TAKER_WITH_POST = """LAKEBY SAFEGUARDING ADULTS BOARD

Minutes of Board meeting
Date: Tuesday 5 December 2023

Attendees
Dr Helen Cope (HC)\tIndependent Chair
Sam Reid (SR)\tBoard Manager, Lakeby Council

Apologies
Tom Eaves\tLakeby Probation Service
Cllr Rose Dunn\tLead Member for Adult Social Care

Minutes: Lucy Darrow, Safeguarding Business Support

1. Welcome and apologies
The Chair welcomed members.

2. Any other business
None.
"""

NOTES_HEADING = """Safer Dalebridge Partnership
Partnership Board – Minutes
Thursday 7 March 2024, 14:00 – 16:00

Members present
Cllr Rita Moss – Cabinet Member for Community Safety (Chair)

Apologies: Jane Holt (Fellshire Police)
Notes: Draft for Approval by the Board

1. Welcome and apologies
Apologies as listed above.
"""


def test_notes_line_naming_a_person_is_the_minute_taker_in_attendance():
    found = people(extract_text(NOTES_TAKER))
    assert ("Owen Marsh", [], "Minute Taker", "in_attendance") in found


def test_minutes_line_with_a_post_after_a_comma_is_the_minute_taker_not_an_apology():
    found = people(extract_text(MINUTES_TAKER_WITH_POST))
    taker = [(n, r, k) for n, _, r, k in found if n == "Lucy Darrow"]
    assert taker == [("Lucy Darrow", "Safeguarding Business Support", "in_attendance")]
    assert [n for n, _, _, k in found if k == "apologies"] == ["Tom Eaves", "Cllr Rose Dunn"]


def test_notes_line_naming_no_person_is_no_attendee():
    names = {n for n, _, _, _ in people(extract_text(NOTES_HEADING))}
    assert not any("Draft" in n for n in names)
