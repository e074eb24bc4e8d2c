"""Brackets after names that are not bodies: a guest's "(Item 7)" note, a police area's place after a
body ("Probation Service (Dorset)"), a theme naming a board's remit ("Lakeby CONTEST Board (Prevent)"),
and a sub-group line's own short name in brackets under its host's line. Also national charities
named without a body word. Every document is invented; each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits


def _attendee_orgs(text: str) -> dict[str, list[str]]:
    return {a.name: a.organisations for a in extract_text(text).attendance}


def test_a_guests_item_note_in_brackets_is_no_body():
    orgs = _attendee_orgs("Lakeby Partnership\nMinutes of the meeting held on 3 May 2022\n\nPresent:\n"
                          "Ms Jo Hale (Lakeby Youth Project) (Item 7)\nMr Al Webb (Fellside Trust) (Items 5 and 6)\n\n"
                          "1. Welcome\n\nThe Chair welcomed members.\n")
    assert orgs["Ms Jo Hale"] == ["Lakeby Youth Project"]
    assert orgs["Mr Al Webb"] == ["Fellside Trust"]


def test_a_police_forces_area_in_brackets_after_a_body_is_no_body():
    orgs = _attendee_orgs("Lakeby Partnership\nMinutes of the meeting held on 3 May 2022\n\nPresent:\n"
                          "Jo Hale            Probation Service (Dorset)\nAl Webb            Lakeby Borough Council\n\n"
                          "1. Welcome\n\nThe Chair welcomed members.\n")
    assert orgs["Jo Hale"] == ["Probation Service"]


def test_a_theme_in_brackets_after_a_named_board_is_its_remit():
    record = extract_text("Lakeby CONTEST Board (Prevent)\n\nMinutes of the meeting held on 3 May 2022\n\n"
                          "1. Welcome\n\nThe Chair welcomed members.\n")
    assert record.header.body == "Lakeby CONTEST Board"


def test_a_sub_group_line_with_its_short_name_in_brackets_names_the_meeting():
    record = extract_text("Lakeby Public Services Board\nSafer Communities Sub-Group (Safer Lakeby)\n"
                          "Minutes of meeting held on 3 May 2022\n\n1. Welcome\n\nThe Chair welcomed members.\n")
    assert record.header.body == "Lakeby Public Services Board Safer Communities Sub-Group"


def test_national_charities_named_without_a_body_word_are_bodies():
    text = "Updates were received from Age NI, Fellside Women's Aid and Start360."
    orgs = [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]
    assert {"Age NI", "Start360"} <= set(orgs)
