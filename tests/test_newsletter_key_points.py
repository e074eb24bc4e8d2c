"""Minutes sent as an e-mail newsletter of "key points": the covering note names the meeting in full
("the Lakeby Community Safety Forum meeting held on Tuesday 5 March 2024 at 7pm in Room 2, …") while
the notes' own heading gives only its date; bold numbered sections carry "Decisions taken:" bullets
(one decision each) and "Who is doing what:" bullets ("Name (Body) – task – by date", one action
each); the attendance is a paragraph "Attended: A (Chair), B (Lakeby Police), …" ruled off below
the last section. A paragraph opening "Agreed that …" keeps its verb in the decision's text.
Invented minutes."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

NEWSLETTER = """From: Lakeby Community Safety Forum <office@lakebyforum.example>
Sent: 12 March 2024 17:05
To: Forum members
Subject: Key points from the Forum meeting on 5 March 2024

Dear all,

Here are the key points from the
Lakeby Community Safety Forum meeting held on Tuesday 5
March 2024 at 7pm in
Room 2, Lakeby Library, Mill Lane. The approved minutes will follow in
due course.

Best wishes, Nora Pell, Forum Secretary

----------------------------------------------------------------------
Key points from the Forum meeting on Tuesday 5 March 2024
----------------------------------------------------------------------

**1. Welcome and apologies**

Our Chair, Owen Tarrant, welcomed everyone. Apologies came from Cllr Ruth Abney.

**2. Police update**

Inspector Carl Wendover (Lakeby Police) reported that shoplifting in the market
had fallen since the new patrols began.

Decisions taken:
- The Forum noted the police update.
- Agreed to write to the market traders about the patrol times.

Who is doing what:
- Carl Wendover (Lakeby Police) – share the ward figures with the Secretary – by the June meeting
- Nora Pell (Secretary) – draft the letter to the market traders – by 29 March 2024

**3. Date of next meeting**

Tuesday 4 June 2024, 7pm, Room 2, Lakeby Library.

----------------------------------------------------------------------
Attended: Owen Tarrant (Chair), Nora Pell (Secretary),
Inspector Carl Wendover (Lakeby Police), Joan Ashdown (Lakeby Neighbourhood Watch),
and three members of the public.
----------------------------------------------------------------------

Lakeby Community Safety Forum is a registered charity.
Registered address: c/o Lakeby Library, Mill Lane.
"""


def test_the_covering_note_names_the_body_time_and_place_the_heading_leaves_out():
    header = extract_text(NEWSLETTER).header
    assert header.date == dt.date(2024, 3, 5)
    assert header.body == "Lakeby Community Safety Forum"
    assert header.start_time == dt.time(19, 0)
    assert header.venue == "Room 2, Lakeby Library, Mill Lane"


def test_a_covering_note_of_another_date_fills_nothing():
    other = NEWSLETTER.replace("meeting held on Tuesday 5\nMarch 2024", "meeting held on Tuesday 6\nFebruary 2024")
    header = extract_text(other).header
    assert header.start_time is None and header.venue is None


def test_the_attended_paragraph_ruled_off_below_the_sections_is_the_attendance():
    record = extract_text(NEWSLETTER)
    present = [(a.name, a.organisations) for a in record.attendance if a.list_kind == "present"]
    assert [name for name, _ in present] == ["Owen Tarrant", "Nora Pell", "Inspector Carl Wendover", "Joan Ashdown"]
    assert present[2][1] == ["Lakeby Police"]
    # the list and the footer below it are no part of the last section
    last = record.items[-1]
    assert "Attended" not in NEWSLETTER[last.span.start:last.span.end]


def test_an_attended_line_inside_a_section_without_a_rule_above_is_not_the_list():
    unruled = NEWSLETTER.replace("----------------------------------------------------------------------\nAttended:",
                                 "Attended:")
    assert not any(a.name == "Joan Ashdown" for a in extract_text(unruled).attendance)


def test_decisions_taken_bullets_are_one_decision_each():
    police = extract_text(NEWSLETTER).items[1]
    assert [(d.kind, d.text) for d in police.decisions] == [
        ("noted", "The Forum noted the police update."),
        ("agreed", "Agreed to write to the market traders about the patrol times.")]


def test_who_is_doing_what_bullets_are_actions_of_the_named_owner_not_their_bracket():
    police = extract_text(NEWSLETTER).items[1]
    got = [([o.name for o in a.owners], a.text, a.due) for a in police.actions]
    assert got == [(["Carl Wendover"], "share the ward figures with the Secretary", None),
                   (["Nora Pell"], "draft the letter to the market traders", dt.date(2024, 3, 29))]


def test_an_opening_agreed_that_keeps_its_verb():
    text = ("# Fellside Safety Board\n\n**Minutes of the meeting held on Wednesday 6 March 2024**\n\n"
            "## 1. Hotspots\n\nThe group reviewed the hotspots.\n\n"
            "Agreed that Mill Park remain a hotspot until the May meeting.\n")
    decisions = extract_text(text).items[0].decisions
    assert [(d.kind, d.text) for d in decisions] == [("agreed", "Agreed that Mill Park remain a hotspot until the May meeting.")]
