"""Header and attendance layouts of partnership minutes:

* "Present:" / "In attendance:" / "Apologies:" as running paragraphs with one person between each
  pair of semicolons ("Name, Post, Body (Chair); …"): the bodies after the commas are the person's,
  never people of their own, even when the lexicon does not know them;
* informal notes that put their attendance in a closing appendix ("APPENDIX 1 – ATTENDANCE");
* a "Held at:" label naming the venue; a start time given only as "The meeting commenced at …";
* "Name<TAB>Post, Body (Alias)": a name in its own column is the person, the bracket an alias;
* "the final XYZ to the partners": letters under an article are an acronym, not someone's initials.
"""
from __future__ import annotations

import datetime as dt

from kgraph.entities import find_mentions
from kgraph.extract import extract_text


def attendance(record):
    return [(a.name, a.organisations, a.list_kind) for a in record.attendance]


SEMICOLON_RUNS = """NORTHBY JUSTICE PARTNERSHIP

MINUTE OF MEETING
Tuesday 4 March 2025 at 14:00
Meeting Room 2, Northby House, Northby

Present: Ann Vale, Northby Council (Chair); Tom Reed, Northby Learning Trust; Jo Pike, Safer Streets Northby; Sam Hale, Lead Officer, Northby Council

In attendance: Kim Ross, Northby Youth Forum (for item 3); Lee Moss, Committee Services, Northby Council (minute)

Apologies: Pat Lowe, Northby Women's Refuge; Councillor Ray Dunn, Northby Council

1. WELCOME AND APOLOGIES

1.1 The Chair welcomed everyone.

2. DATE OF NEXT MEETING

2.1 Tuesday 3 June 2025 at 14:00.
"""


def test_one_person_between_semicolons_keeps_unknown_bodies_as_affiliations():
    found = attendance(extract_text(SEMICOLON_RUNS))
    assert [(n, k) for n, _, k in found] == [
        ("Ann Vale", "present"), ("Tom Reed", "present"), ("Jo Pike", "present"), ("Sam Hale", "present"),
        ("Kim Ross", "in_attendance"), ("Lee Moss", "in_attendance"),
        ("Pat Lowe", "apologies"), ("Councillor Ray Dunn", "apologies")]
    assert found[1][1] == ["Northby Learning Trust"]
    assert found[2][1] == ["Safer Streets Northby"]
    assert found[4][1] == ["Northby Youth Forum"]


def test_semicolons_between_groups_of_titled_names_still_part_people():
    text = SEMICOLON_RUNS.replace(
        "Present: Ann Vale, Northby Council (Chair); Tom Reed, Northby Learning Trust; Jo Pike, Safer Streets "
        "Northby; Sam Hale, Lead Officer, Northby Council",
        "Present: Councillor Ann Vale (Chair); Councillors Tom Reed, Jo Pike and Sam Hale; Mr Dan Cole")
    names = [n for n, _, k in attendance(extract_text(text)) if k == "present"]
    assert names == ["Councillor Ann Vale", "Tom Reed", "Jo Pike", "Sam Hale", "Mr Dan Cole"]


APPENDIX_ATTENDANCE = """NORTHBY DOMESTIC ABUSE BOARD

Informal notes of the meeting held on Tuesday 14 January 2025, 10am – 12pm
Held at: Northby Town Hall, Market Street, Northby, and via Microsoft Teams

Those who attended are listed at Appendix 1.

1) WELCOME AND APOLOGIES

The Chair welcomed everyone. Apologies are listed in Appendix 1.

2) DATE OF NEXT MEETING

Tuesday 8 April 2025.

APPENDIX 1 – ATTENDANCE

Present:
Ann Vale (Chair, Northby Council)
Tom Reed (Service Manager, Northby Refuge)

Apologies:
Jo Pike (Northshire Police)
"""


def test_attendance_in_a_closing_appendix_is_the_meetings():
    record = extract_text(APPENDIX_ATTENDANCE)
    assert [(n, k) for n, _, k in attendance(record)] == [
        ("Ann Vale", "present"), ("Tom Reed", "present"), ("Jo Pike", "apologies")]
    last = record.items[-1]
    assert "Tom Reed" not in record.source.text[last.span.start:last.span.end]


def test_an_appendix_on_another_subject_is_not_attendance():
    text = APPENDIX_ATTENDANCE.replace("APPENDIX 1 – ATTENDANCE", "APPENDIX 1 – FUNDING")
    assert not any(k == "present" for _, _, k in attendance(extract_text(text)))


def test_held_at_label_gives_the_venue():
    header = extract_text(APPENDIX_ATTENDANCE).header
    assert header.venue.startswith("Northby Town Hall, Market Street, Northby")
    assert header.start_time == dt.time(10, 0)


COMMENCED = """Northby Council

Minutes of Meeting of the Northby Community Safety Partnership held on Thursday 6 March 2025 in the Council Chamber, Northby

Members Present
Political Members:\tCouncillor Ann Vale (Chair); Councillor Tom Reed

The meeting commenced at 10.30 am

NCS 1/25\tApologies

None.

NCS 2/25\tDate of Next Meeting

Thursday 5 June 2025.
"""


def test_start_time_from_the_meeting_commenced_line():
    assert extract_text(COMMENCED).header.start_time == dt.time(10, 30)


def test_commenced_inside_an_item_is_not_the_start_time():
    text = COMMENCED.replace("The meeting commenced at 10.30 am\n\n", "").replace(
        "None.", "None.\n\nThe meeting commenced at 10.30 am after a short adjournment.")
    assert extract_text(text).header.start_time is None


NAME_COLUMN = """NORTHBY VIOLENCE REDUCTION BOARD

MINUTES OF THE MEETING HELD ON WEDNESDAY 9 JULY 2025 AT 13:30, ROOM 1, NORTHBY HOUSE

Present:
Ann Vale\tDirector of Public Health, Northby Council (Chair)
Jo Pike\tChief Officer, Northby Community Safety Partnership (Safer Northby)
Tom Reed\tNorthshire Police

1.\tWelcome\tThe Chair welcomed members.
2.\tStrategic assessment\tTom Reed presented the refreshed Strategic Violence Assessment (SVA).
\t\tAction: Tom Reed – circulate the final SVA to the partners by 30 July 2025.
"""


def test_a_name_column_before_a_bracketed_alias_is_the_person():
    found = attendance(extract_text(NAME_COLUMN))
    assert [n for n, _, _ in found] == ["Ann Vale", "Jo Pike", "Tom Reed"]
    assert found[1][1] == ["Northby Community Safety Partnership"]


def test_letters_under_an_article_are_no_persons_initials():
    people = {m.text for m in find_mentions(extract_text(NAME_COLUMN)).people}
    assert "Strategic Violence Assessment" not in people
    assert "Tom Reed" in people
