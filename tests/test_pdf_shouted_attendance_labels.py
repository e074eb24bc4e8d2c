"""Printed council minutes run each attendance paragraph ("PRESENT: …", "ALSO PRESENT: …", "IN
ATTENDANCE: …") to the full text width with no gap between them: the label in capitals after a
sentence's end is what starts each one. Small PDFs drawn with fpdf2, a line at a time."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.read import read_source
from placed_pdf import placed_pdf

LINES = ["MINUTES of a meeting of the Lakeby Community Safety Partnership held in the Fell Room, Civic",
         "Hall, Lakeby on Tuesday, 4 June 2019.",
         "PRESENT: Mr A Brook (Chairman) (Lakeby County Council), Ms C Dent (Vice-Chairman) (Fellside",
         "Borough Council), Mrs E Fox (Lakeby Police) and Mr G Hale (Lakeside Fire and Rescue Service).",
         "ALSO PRESENT: Detective Inspector J Kerr (Lakeby Police) for Minute 4.",
         "IN ATTENDANCE: Mr L Moss (Head of Community Safety, Lakeby County Council) and Ms N Oakes",
         "(Democratic Services Officer, Lakeby County Council).",
         None,
         "1.   Apologies and Substitutes",
         "Apologies for absence were received from Mr P Quinn (Lakeside Probation Service)."]


def test_each_capitals_label_starts_its_own_paragraph(tmp_path):
    text = read_source(placed_pdf(tmp_path / "present.pdf", [[line and [(15, line)] for line in LINES]])).text
    assert "Lakeby on Tuesday, 4 June 2019.\n\nPRESENT: Mr A Brook" in text
    assert "Rescue Service).\n\nALSO PRESENT: Detective Inspector" in text
    assert "for Minute 4.\n\nIN ATTENDANCE: Mr L Moss" in text
    names = {entry.name for entry in extract_text(text).attendance}
    assert {"Mr A Brook", "Mrs E Fox", "Detective Inspector J Kerr", "Mr L Moss"} <= names or \
        {"Mr A Brook", "Mrs E Fox", "Mr L Moss"} <= names


def test_a_capitals_word_and_colon_inside_a_sentence_does_not_break_it(tmp_path):
    lines = ["The Board discussed the draft plan prepared by the partnership manager and agreed the three",
             "NEW PRIORITIES: domestic abuse, road safety and anti-social behaviour, for the coming year."]
    text = read_source(placed_pdf(tmp_path / "inline.pdf", [[[(15, line)] for line in lines]])).text
    assert "agreed the three NEW PRIORITIES: domestic abuse" in text
