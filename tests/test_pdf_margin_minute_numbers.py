"""Printed panel minutes (batch AQ) number each minute within the year in a left margin ("20/24") with
its title in capitals beside it and the text hanging under the title, no gap after the heading: the
heading stays a line of its own however wide the title runs, and two short headings over single-spaced
text under them are no table of two columns."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.read import read_source
from placed_pdf import placed_pdf

PAGE = [[(15, "LAKESIDE POLICE AND CRIME PANEL")],
        None,
        [(15, "14/25"), (40, "APOLOGIES FOR ABSENCE")],
        [(40, "Apologies for absence were received from Councillor Ann Tarn (Fellside Borough Council).")],
        None,
        [(15, "15/25"), (40, "MINUTES")],
        [(40, "RESOLVED that the minutes of the meeting held on 6 March 2025 be confirmed.")],
        None,
        [(15, "16/25"), (40, "PUBLIC QUESTIONS")],
        [(40, "No public questions had been received.")],
        None,
        [(15, "17/25"), (40, "WELCOME TO THE NEWLY ELECTED POLICE AND CRIME COMMISSIONER FOR LAKESIDE")],
        [(40, "The Chair welcomed Mrs Eve Fenn to her first meeting of the Panel following her election")],
        [(40, "as Police and Crime Commissioner for Lakeside on 2 May 2025 and thanked her predecessor.")],
        [(40, "RESOLVED that the Commissioner's statement be noted.")]]


def test_margin_minute_headings_stay_lines_of_their_own(tmp_path):
    text = read_source(placed_pdf(tmp_path / "p.pdf", [PAGE])).text
    paragraphs = text.split("\n\n")
    assert "17/25 WELCOME TO THE NEWLY ELECTED POLICE AND CRIME COMMISSIONER FOR LAKESIDE" in paragraphs
    assert "15/25 MINUTES" in paragraphs
    assert "\t" not in text


def test_every_margin_minute_is_an_item(tmp_path):
    text = read_source(placed_pdf(tmp_path / "p.pdf", [PAGE])).text
    record = extract_text(text)
    assert [i.number for i in record.items] == ["14/25", "15/25", "16/25", "17/25"]
