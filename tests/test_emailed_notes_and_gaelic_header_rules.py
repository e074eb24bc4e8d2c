"""Meeting headers and attendance in less formal or bilingual layouts: notes sent by e-mail (the
e-mail's header and covering note above the notes), informal "Attended:" / "Apols:" labels, a
body heading "BODY (ACR) - GROUP", Scottish Gaelic-English labels ("AN LÀTHAIR / PRESENT"), a
town council's "Full Council" meeting, and "Proposed: Cllr A   Seconded: Cllr B" lines. Invented
documents; each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.entities import find_mentions
from kgraph.extract import extract_text

EMAILED_NOTES = (
    "From: Safety Team <safety@example.org>\n"
    "Sent: Friday, 12 May 2023 15:20\n"
    "To: Lakes Delivery Group\n"
    "Subject: Delivery Group notes 9.5.23\n\n"
    "Hi all,\n\nNotes from Tuesday below.\n\nThanks,\nPriya\n\n"
    "_______________________________\n\n"
    "LAKES COMMUNITY SAFETY PARTNERSHIP (LCSP) - DELIVERY GROUP\n"
    "Action notes\n"
    "Tuesday 9 May 2023, 14:00-15:30, MS Teams\n"
    "_______________________________\n\n"
    "Attended: Tom (LBC, chair), Priya (LBC, notes), Ade (Lakes Police), Mo (Lakes YJS)\n"
    "Apols: Ann (Lakes Fire)\n\n"
    "1. Welcome and notes of last meeting\n- Notes agreed.\n\n"
    "2. Performance\n- Crime down 3%.\n")


def test_emailed_notes_take_date_time_and_venue_from_the_notes_not_the_email():
    header = extract_text(EMAILED_NOTES).header
    assert header.date == dt.date(2023, 5, 9)
    assert header.start_time == dt.time(14, 0)
    assert header.venue == "MS Teams"


def test_attended_and_apols_labels_head_their_lists():
    record = extract_text(EMAILED_NOTES)
    assert [(a.name, a.list_kind, a.organisations) for a in record.attendance] == [
        ("Tom", "present", ["LBC"]), ("Priya", "present", ["LBC"]), ("Ade", "present", ["Lakes Police"]),
        ("Mo", "present", ["Lakes YJS"]), ("Ann", "apologies", ["Lakes Fire"])]


def test_a_group_after_the_bodys_acronym_and_a_dash_is_the_meeting_body():
    record = extract_text(EMAILED_NOTES)
    assert record.header.body == "Lakes Community Safety Partnership Delivery Group"
    assert record.header.parent_body == "Lakes Community Safety Partnership"


GAELIC = (
    "Western Lakes Alcohol and Drug Partnership\n\n"
    "GEÀRR-CHUNNTAS / MINUTE\n"
    "Diardaoin 14 Màrt 2024 / Thursday 14 March 2024, 10.30\n"
    "Seòmar 2, Oifisean na Comhairle / Room 2, Council Offices,\n"
    "Harbour Road, Portlake\n\n"
    "AN LÀTHAIR / PRESENT\n"
    "Mairi Macleod – Chief Officer, Lakes Integration Joint Board (Cathraiche / Chair)\n"
    "Iain Nicolson – Chief Inspector, Police Scotland (Lakes Division)\n\n"
    "CUIDEACHD / IN ATTENDANCE\n"
    "Seonag Ross – Committee Clerk, Lakes Council\n\n"
    "LEISGEULAN / APOLOGIES\n"
    "Ruairidh Munro (NHS Lakes), Peigi Shaw (Third Sector Interface)\n\n"
    "1. Fàilte / Welcome\nThe Chair welcomed members.\n")


def test_gaelic_halves_of_bilingual_labels_are_read_as_their_english_half():
    record = extract_text(GAELIC)
    assert [(a.name, a.list_kind) for a in record.attendance] == [
        ("Mairi Macleod", "present"), ("Iain Nicolson", "present"), ("Seonag Ross", "in_attendance"),
        ("Ruairidh Munro", "apologies"), ("Peigi Shaw", "apologies")]


def test_a_bracketed_place_after_name_dash_post_and_body_is_no_person():
    record = extract_text(GAELIC)
    nicolson = next(a for a in record.attendance if a.name == "Iain Nicolson")
    assert nicolson.organisations == ["Police Scotland"]


def test_a_bilingual_venue_line_is_read_in_english_with_its_wrapped_address():
    header = extract_text(GAELIC).header
    assert header.date == dt.date(2024, 3, 14)
    assert header.start_time == dt.time(10, 30)
    assert header.venue == "Room 2, Council Offices, Harbour Road, Portlake"


TOWN_COUNCIL = (
    "LAKESIDE TOWN COUNCIL\n\n"
    "Minutes of the Meeting of the Full Council held at the Town Hall, Lakeside,\n"
    "on Monday 4th March 2024 at 7.30pm\n\n"
    "Present:\nCouncillor M. Hale (Town Mayor, in the Chair)\nCouncillors P. Ode, S. Wain and K. Lyle\n\n"
    "24/10  APOLOGIES FOR ABSENCE\nNone.\n\n"
    "24/11  MINUTES\n"
    "Proposed: Cllr Lyle   Seconded: Cllr Wain\n"
    "RESOLVED: that the minutes of 5th February 2024 be approved.\n")


def test_a_town_councils_full_council_meeting_is_the_councils():
    header = extract_text(TOWN_COUNCIL).header
    assert header.body == "Lakeside Town Council"
    assert header.parent_body is None


def test_a_proposer_is_named_without_the_seconded_label_after_a_wide_gap():
    people = {m.text for m in find_mentions(extract_text(TOWN_COUNCIL)).people}
    assert "Cllr Lyle" in people and "Cllr Wain" in people
    assert not any("Seconded" in p for p in people)

