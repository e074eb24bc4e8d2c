"""Printed minutes that set the attendance as labels in a left column and their lists in a right one
("Members Present:  Councillor A (Chair)" / "  Councillor B (Vice-Chair)" / "Officers:  …") read as
their text copy has them: each label on a line of its own, one entry a line under it, a wrapped
entry joined.  Small PDFs are drawn line by line with fpdf2, each cell's text at its column's x."""
from __future__ import annotations

from pathlib import Path

from kgraph.read import read_source
from placed_pdf import placed_pdf

LABEL_X, VALUE_X = 15, 70


def label_pdf(path: Path, lines: list) -> Path:
    """An A4 page of lines: a string is prose from the left margin, a (label, value) pair is drawn in
    two columns, None leaves a blank line."""
    return placed_pdf(path, [[[(LABEL_X, line)] if isinstance(line, str)
                              else line and [(LABEL_X, line[0]), (VALUE_X, line[1])] for line in lines]])


ATTENDANCE = ["Minutes of the meeting of the Fenbrook Safer Communities Board",
              None,
              ("Members Present:", "Councillor Rowena Thistlewood (Chair)"),
              ("", "Councillor Idris Pennycook (Vice-Chair)"),
              ("", "Councillors Maud Calloway, Ewan Brackenridge, Sunita"),
              ("", "Okonjo-Marsh, Callum Drysdale and Petra Vickery"),
              None,
              ("Substitute Members:", "Councillor Hugo Lindqvist (for Councillor Agatha"),
              ("", "Pemberton-Shaw)"),
              None,
              ("Officers:", "Delia Fairbrother - Head of Neighbourhoods and Regulation"),
              ("", "Ossian Haverford - Community Safety Manager"),
              ("", "Mirela Castellanos - Scrutiny Officer"),
              None,
              "1 APOLOGIES FOR ABSENCE",
              "Apologies for absence were received from Councillor Bartholomew Quennell."]


def read_text(path: Path) -> str:
    return read_source(path).text


def test_a_label_column_beside_lists_gives_a_line_per_label_and_per_entry(tmp_path):
    text = read_text(label_pdf(tmp_path / "a.pdf", ATTENDANCE))
    assert ("Members Present:\nCouncillor Rowena Thistlewood (Chair)\nCouncillor Idris Pennycook (Vice-Chair)\n"
            "Councillors Maud Calloway, Ewan Brackenridge, Sunita Okonjo-Marsh, Callum Drysdale and Petra Vickery"
            ) in text
    assert ("Officers:\nDelia Fairbrother - Head of Neighbourhoods and Regulation\n"
            "Ossian Haverford - Community Safety Manager\nMirela Castellanos - Scrutiny Officer") in text


def test_each_label_of_the_lists_is_a_block_of_its_own(tmp_path):
    blocks = read_text(label_pdf(tmp_path / "b.pdf", ATTENDANCE)).split("\n\n")
    assert [block.split("\n")[0] for block in blocks if block.endswith(("Vickery", "Shaw)", "Officer"))] == [
        "Members Present:", "Substitute Members:", "Officers:"]


def test_an_entry_left_with_a_bracket_open_goes_on_to_the_next_line(tmp_path):
    blocks = read_text(label_pdf(tmp_path / "c.pdf", ATTENDANCE)).split("\n\n")
    assert "Substitute Members:\nCouncillor Hugo Lindqvist (for Councillor Agatha Pemberton-Shaw)" in blocks


FACTS = ["Notes of the Fenbrook Safer Communities Board",
         None,
         ("Date:", "Tuesday 4 March 2025 at 10.00am"),
         None,
         ("Venue:", "Committee Room 3, Fenbrook Civic Centre"),
         None,
         ("Summary:", "The Board reviewed the draft plan and agreed that the"),
         ("", "priorities would be published."),
         ("", "A further report would come in June."),
         None,
         "1 WELCOME",
         "The Chair welcomed everyone to the meeting."]


def test_labels_beside_single_values_or_prose_stay_rows(tmp_path):
    """No value cell is a list of entries: prose ends its sentences, single values were not ended by
    hand, so the table keeps its rows of label and value."""
    text = read_text(label_pdf(tmp_path / "d.pdf", FACTS))
    assert "Date:\tTuesday 4 March 2025 at 10.00am" in text
    assert "Venue:\tCommittee Room 3, Fenbrook Civic Centre" in text
