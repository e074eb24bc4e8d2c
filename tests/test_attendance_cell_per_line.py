"""A two-column attendance table copied from a word processor as text, one cell a line: the name on
one line, the post and body on the next. Header cells alone on their lines ("Name" / "Organisation /
Role") set the rows; without them a post-or-body line after a bare name belongs to that name. Also:
"Minutes taken by: Name" lists an attendee. Invented snippets."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = "LAKES SAFEGUARDING ADULTS BOARD\n\nMinutes of the meeting held on Tuesday 4 March 2014, 2.00pm\n\n"
TAIL = "\n1. Welcome\n\n1.1 The Chair welcomed members.\n"


def _attendance(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.list_kind) for a in extract_text(text).attendance]


def test_header_cells_one_a_line_pair_each_name_with_the_line_below():
    text = HEAD + ("Present:\n\nName\nOrganisation / Role\nDr Ann Webb (Chair)\nIndependent Chair, Lakes Safeguarding Adults Board\n"
                   "Tom Hale\nHead of Safeguarding, Lakes Council\nJo Marsh\nFellwatch Dale\n"
                   "Eve Foss\nBusiness Manager\n" + TAIL)
    record = extract_text(text)
    assert [(a.name, a.list_kind) for a in record.attendance] == [
        ("Dr Ann Webb", "present"), ("Tom Hale", "present"), ("Jo Marsh", "present"), ("Eve Foss", "present")]
    assert record.attendance[2].organisations == ["Fellwatch Dale"]


def test_a_post_line_after_a_bare_name_belongs_to_it_without_a_header():
    text = HEAD + "In attendance:\n\nKim Dale\nPrevent Coordinator, Lakes Council (item 6)\n" + TAIL
    record = extract_text(text)
    assert _attendance(text) == [("Kim Dale", "in_attendance")]
    assert record.attendance[0].organisations == ["Lakes Council"]


def test_a_post_with_its_holder_in_brackets_is_not_an_affiliation_line():
    text = HEAD + ("Attendees:\nPolice and Crime Commissioner (Mr Tom Hale)\nChief Constable (Mr Jo Marsh)\n"
                   "Deputy Chief Constable (DCC Ann Webb)\n" + TAIL)
    assert [name for name, _ in _attendance(text)] == ["Mr Tom Hale", "Mr Jo Marsh", "DCC Ann Webb"]


def test_minutes_taken_by_lists_an_attendee():
    text = HEAD + "Present: Dr Ann Webb (Chair), Tom Hale (Lakes Police)\n\nMinutes taken by: Eve Foss, Business Support Officer\n" + TAIL
    assert _attendance(text) == [("Dr Ann Webb", "present"), ("Tom Hale", "present"), ("Eve Foss", "in_attendance")]
