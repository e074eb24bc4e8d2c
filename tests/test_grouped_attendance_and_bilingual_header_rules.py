"""Grouped attendance lists and bilingual header lines:

* "Board members present" alone on its line labels the list below it;
* "Ward – Name" / "Body – Name" lines: the person is after the dash when the list shows it (some line's
  left side can be nobody's name), and a place on the left is no organisation;
* a label column whose label wraps over two lines ("ALSO" over "ATTENDING:");
* "Observers:" (and its Welsh half) labels attendees, never an attendee itself;
* "10.00yb / 10.00am" under the date gives the start time; a bilingual venue line its English half;
* "Apologies were intimated on behalf of Councillors A and B" (Scottish minutes) names the absent;
* a committee's bracketed word ("SCRUTINY COMMITTEE (EXTERNAL)") is part of its name, unlike an acronym.
"""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text


def attendance(record):
    return [(a.name, a.organisations, a.list_kind) for a in record.attendance]


GROUPED = """FELLSIDE SAFER STREETS BOARD
MINUTES OF THE BOARD MEETING
Tuesday 4 March 2025, 6.00pm
Fellside Library, Main Street, Fellside

PRESENT (BOARD OFFICERS)
Ann Vale – Chair
Tom Reed – Treasurer

PRESENT (WARD PANEL CHAIRS)
Northmoor – Jo Pike
Upper Dale – Sam Hale
Kirkby Green – Kim Ross

PRESENT (COMMUNITY MEMBERS)
Fellside Youth Parliament – Lee Moss (Youth Adviser)
Fellside Tenants Association – Dr Pat Lowe

APOLOGIES
Westfield – Ray Dunn

1) Welcome

The Chair welcomed everyone.

2) Date of next meeting
"""


def test_ward_first_lines_give_the_person_after_the_dash():
    found = attendance(extract_text(GROUPED))
    names = [n for n, _, _ in found]
    assert names == ["Ann Vale", "Tom Reed", "Jo Pike", "Sam Hale", "Kim Ross", "Lee Moss", "Dr Pat Lowe", "Ray Dunn"]
    orgs = {n: o for n, o, _ in found}
    assert orgs["Sam Hale"] == [] and orgs["Ray Dunn"] == []            # a ward is no body
    assert orgs["Dr Pat Lowe"] == ["Fellside Tenants Association"]
    assert orgs["Lee Moss"] == ["Fellside Youth Parliament"]
    # written name first, the same lists stay as they are
    text = GROUPED.replace("Northmoor – Jo Pike", "Jo Pike – Fellside Housing").replace(
        "Upper Dale – Sam Hale", "Sam Hale – Lakes Care").replace("Kirkby Green – Kim Ross", "Kim Ross – Upper Dale")
    names = [n for n, _, _ in attendance(extract_text(text))]
    assert names[2:5] == ["Jo Pike", "Sam Hale", "Kim Ross"]
    # first names over bodies: one body that reads like a name ("Mike – Orbit Housing") turns nothing round
    text = GROUPED.replace("Northmoor – Jo Pike", "Jo – Lakes Police").replace(
        "Upper Dale – Sam Hale", "Sam – Lakes Care").replace("Kirkby Green – Kim Ross", "Mike – Orbit Housing")
    names = [n for n, _, _ in attendance(extract_text(text))]
    assert names[2:5] == ["Jo", "Sam", "Mike"]


BOARD_MEMBERS_PRESENT = """LAKES YOUTH JUSTICE MANAGEMENT BOARD

Minutes – Wednesday 6 March 2024, 10:00 – 12:00
Microsoft Teams

Board members present
  Ann Vale, Head of Service, Lakes Council (Chair)
  Tom Reed, Magistrate, Lakes Bench

In attendance
  Jo Pike, Board Administrator (notes)

1. Welcome and apologies

1.1 The Chair welcomed members.
"""


def test_board_members_present_alone_labels_the_list():
    found = attendance(extract_text(BOARD_MEMBERS_PRESENT))
    assert [(n, k) for n, _, k in found] == [("Ann Vale", "present"), ("Tom Reed", "present"),
                                             ("Jo Pike", "in_attendance")]
    assert "Magistrate" not in found[1][1]          # a post, not a body


WRAPPED_LABEL = """LAKES COUNCIL

MINUTE of MEETING of the SCRUTINY COMMITTEE (EXTERNAL) held in the MUNICIPAL BUILDINGS, LAKETON on THURSDAY 9 NOVEMBER 2023 at 9.30 A.M.

COUNCILLORS:\tAnn Vale (Convener)
\tTom Reed

OFFICERS:\tJo Pike, Community Safety Manager

ALSO\tChief Inspector Sam Hale, Lakes Police
ATTENDING:\tGroup Commander Kim Ross, Lakes Fire and Rescue Service
\tLee Moss, Chair, Lakes Women's Partnership


LC14.\tAPOLOGIES

None.
"""


def test_label_wrapped_over_two_lines_of_a_label_column():
    found = attendance(extract_text(WRAPPED_LABEL))
    assert [(n, k) for n, _, k in found][-3:] == [("Chief Inspector Sam Hale", "also_present"),
                                                  ("Group Commander Kim Ross", "also_present"),
                                                  ("Lee Moss", "also_present")]


def test_label_wrapped_over_two_lines_right_under_another_list():
    # a Word table copied as text: no blank line between one label's rows and the next label's
    found = attendance(extract_text(WRAPPED_LABEL.replace("Manager\n\nALSO", "Manager\nALSO")))
    assert [(n, k) for n, _, k in found][-4:] == [("Jo Pike", "officers"),
                                                  ("Chief Inspector Sam Hale", "also_present"),
                                                  ("Group Commander Kim Ross", "also_present"),
                                                  ("Lee Moss", "also_present")]


def test_a_bracketed_word_of_a_committee_name_is_kept():
    assert extract_text(WRAPPED_LABEL).header.body.lower() == "scrutiny committee (external)"


BILINGUAL = """Partneriaeth Diogelwch Cymunedol Llynfawr
Llynfawr Community Safety Partnership

Cofnodion / Minutes
Dydd Mercher 15 Mai 2024 / Wednesday 15 May 2024
10.00yb / 10.00am
Ystafell Bwyllgor 2, Canolfan Ddinesig Llynfawr / Committee Room 2, Llynfawr Civic Centre

Yn bresennol / Present:
Ann Vale – Head of Community Safety, Llynfawr Council (Cadeirydd / Chair)
Tom Reed – Station Manager, Lakes Fire and Rescue Service

Arsylwyr / Observers:
Jo Pike – Lakes Housing Association

Ymddiheuriadau / Apologies:
Sam Hale (Lakes Police)

1. Welcome and Apologies
The Chair welcomed members.

2. Minutes of the Previous Meeting
The minutes of the meeting held on 7 February 2024 were confirmed as a correct record.
"""


def test_bilingual_time_and_venue_lines_under_the_date():
    header = extract_text(BILINGUAL).header
    assert header.date == dt.date(2024, 5, 15)
    assert header.start_time == dt.time(10, 0)
    assert header.venue == "Committee Room 2, Llynfawr Civic Centre"


def test_observers_label_is_no_attendee():
    found = attendance(extract_text(BILINGUAL))
    assert [(n, k) for n, _, k in found] == [("Ann Vale", "present"), ("Tom Reed", "present"),
                                             ("Jo Pike", "in_attendance"), ("Sam Hale", "apologies")]


def test_apologies_intimated_on_behalf_of_members():
    text = WRAPPED_LABEL.replace("None.", "Apologies were intimated on behalf of Councillors Ruth Gale and Neil Dodds.")
    absent = [n for n, _, k in attendance(extract_text(text)) if k == "apologies"]
    assert absent == ["Ruth Gale", "Neil Dodds"]
