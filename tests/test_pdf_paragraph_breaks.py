"""Where a printed PDF's lines are parted into paragraphs when no gap tells: one "Name – post, body"
entry a line is one entry a paragraph, however wide it runs; the title under an item's number line
("Eitem 3 / Item 3") ends at its line when the text starts under it. And a header printed one
paragraph a line still gives its time and venue past the blank lines. Small PDFs drawn with fpdf2."""
from __future__ import annotations

from pathlib import Path

from kgraph.extract import extract_text
from kgraph.read import read_source
from placed_pdf import placed_pdf

PROSE = ("The Board received the quarterly performance report and discussed the rise in reports of",
         "anti-social behaviour in the town centre over the summer months, which officers put down to",
         "the closure of the youth centre and the lighter evenings; partners agreed a joint patrol plan.")


def line_pdf(path: Path, lines: list) -> Path:
    """An A4 page of lines from the left margin; None leaves a blank line."""
    return placed_pdf(path, [[line and [(15, line)] for line in lines]])


def test_dashed_entries_one_a_line_stay_apart(tmp_path):
    lines = [*PROSE, None, "Present:", None,
             "Jo Bassett - Head of Community Safety and Neighbourhoods, Fellside Borough Council",
             "Huw Bevan - Station Manager (Arson Reduction), Mid and West Lakes Fire and Rescue Service",
             "Dr Meinir Jones - Consultant in Public Health, Public Health Wales"]
    text = read_source(line_pdf(tmp_path / "entries.pdf", lines)).text
    assert "Fellside Borough Council Huw Bevan" not in text
    assert "Rescue Service Dr Meinir Jones" not in text


def test_a_title_under_its_number_line_ends_at_its_line(tmp_path):
    lines = [*PROSE, None, "Eitem 3 / Item 3", None,
             "Cofnodion y Cyfarfod Blaenorol / Minutes of the Previous Meeting",
             "The minutes of the meeting held on 7 February 2024 were confirmed as a correct record."]
    text = read_source(line_pdf(tmp_path / "title.pdf", lines)).text
    assert "Minutes of the Previous Meeting\n\nThe minutes of the meeting" in text


def test_a_time_line_past_a_blank_line_under_the_date():
    record = extract_text("Partneriaeth Diogelwch Llynfawr\nLlynfawr Safer Communities Board\n\nCofnodion / Minutes\n\n"
                          "Dydd Mercher 15 Mai 2024 / Wednesday 15 May 2024\n\n10.00yb / 10.00am\n\n"
                          "Ystafell Bwyllgor 1, Canolfan Ddinesig / Committee Room 1, Fellside Civic Centre\n\n"
                          "Yn bresennol / Present:\n\nJo Pike - Chair\n\nEitem 1 / Item 1\n\nCroeso / Welcome\n\n"
                          "The Chair welcomed members.\n")
    assert record.header.start_time is not None and record.header.start_time.hour == 10
    assert record.header.venue == "Committee Room 1, Fellside Civic Centre"


def test_a_numbered_title_without_a_stop_ends_at_its_line(tmp_path):
    lines = [*PROSE, None, "2   Apologies for Absence, Substitutions and Declarations of Interest",
             "Apologies were received from Councillor Dee Marsh and Councillor Ian Brook, substituted by",
             "Councillor Amy Lowe.", None,
             "3   Members noted the report on burglary and agreed to receive an update in the new year",
             "from the district commander."]
    text = read_source(line_pdf(tmp_path / "numbered.pdf", lines)).text
    assert "Substitutions and Declarations of Interest\n\nApologies were received" in text
    assert "3 Members noted the report on burglary and agreed to receive an update in the new year from" in text
