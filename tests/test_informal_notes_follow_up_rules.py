"""One small invented document per rule for informal panel notes written by a volunteer: an owner
called by first name ("Action: Kemi to chase …") is the one attendee of that first name, a
contracted promise ("said she'd find out") is a follow-up, the date written inside the notes' name
("Notes of the 14th September 2023 meeting were accepted") dates the previous meeting, and the date
the notes went out under the last item dates no next meeting; a "What | Who" table lists actions.
Each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import owners, refs

HEAD = ("Millbrook Ward Panel – notes\n\nDate: Thursday 7 March 2024\n\n"
        "Present: Dana Price (chair), Kemi Obi (council ASB officer), PC Lee Hart, Rob Finch\n\n")


def test_an_owner_called_by_first_name_is_the_attendee_of_that_first_name():
    text = (HEAD + "1) Council update\n\nRob asked about the broken door entry.\n\n"
            "Action: Kemi to chase Housing about the door entry\n\n2) Next meeting\n\nTBC.\n")
    assert owners(extract_text(text)) == [("1", ["Kemi Obi"], True)]


def test_a_first_name_two_attendees_share_stays_as_written():
    text = (HEAD.replace("Rob Finch", "Rob Finch, Kemi Lowe") + "1) Council update\n\n"
            "Action: Kemi to chase Housing about the door entry\n")
    assert owners(extract_text(text)) == [("1", ["Kemi"], True)]


def test_a_contracted_promise_after_said_is_a_follow_up():
    text = (HEAD + "1) Council update\n\nRob wanted to know why nobody answers the ASB line at weekends. "
            "Kemi Obi said she'd find out and report back.\n")
    assert owners(extract_text(text)) == [("1", ["Kemi Obi"], False)]


def test_a_date_inside_the_notes_name_dates_the_previous_meeting():
    text = (HEAD + "1) Notes from last time\n\nNotes of the 11th January 2024 meeting were accepted.\n")
    assert refs(extract_text(text)) == [(dt.date(2024, 1, 11), "previous")]


def test_the_date_the_notes_went_out_under_the_last_item_is_no_next_meeting():
    text = (HEAD + "1) Next meeting\n\nThursday 6 June 2024 at the library.\n\n"
            "Notes circulated to the panel mailing list on 11/03/2024.\n")
    assert refs(extract_text(text)) == [(dt.date(2024, 6, 6), "next")]


def test_a_what_and_who_table_gives_one_action_a_row():
    text = (HEAD + "1) Notes from last time\n\nActions from last meeting:\n\n"
            "| # | What | Who | Done? |\n|---|------|-----|-------|\n"
            "| 1 | Ask the council about the broken lights | Kemi | Yes |\n"
            "| 2 | Count the e-bike thefts near the station | PC Hart | No |\n")
    assert owners(extract_text(text)) == [("1", ["Kemi Obi"], True), ("1", ["PC Hart"], True)]
