"""Printed layouts batch AS brought to the PDF reader: a borderless table of minutes whose number
column sits beside a title in capitals with the item's text under it in the same cell (also when a
page break falls between them); a two-column list of names whose entries wrap inside a bracket; and a
bilingual item label ("Eitem 4 / Item 4 Title") closed up to the text under it."""
from __future__ import annotations

import re

from kgraph.extract import extract_text
from kgraph.read import read_source
from placed_pdf import placed_pdf


def text_of(path) -> str:
    return read_source(path).text


def test_numbered_title_in_capitals_and_its_text_are_two_rows(tmp_path):
    page = [[(15, "Name"), (90, "Organisation")],
            [(15, "Ann Tarn"), (90, "Fellside Council")],
            [(15, "Bob Fell"), (90, "Lakes Police")],
            None,
            [(15, "14/21"), (40, "APOLOGIES")],
            None,
            [(40, "Apologies were received from Carl Dent.")],
            None,
            [(15, "14/22"), (40, "PERFORMANCE REPORT (APRIL TO")],
            [(40, "JUNE 2014)")],
            [(40, "Bob Fell presented the figures. All crime was down.")],
            None,
            [(40, "RESOLVED: That the report be noted.")]]
    text = text_of(placed_pdf(tmp_path / "m.pdf", [page]))
    # the title a line of its own (a margin heading, or a row of the minutes table), the text under it apart
    assert re.search(r"14/21\s+APOLOGIES\n\s*Apologies were received from Carl Dent\.", text)
    assert re.search(r"14/22\s+PERFORMANCE REPORT \(APRIL TO JUNE 2014\)\n\s*Bob Fell presented the figures\.", text)
    items = extract_text(text).items
    assert [(it.number, it.title) for it in items][:2] == [("14/21", "APOLOGIES"),
                                                         ("14/22", "PERFORMANCE REPORT (APRIL TO JUNE 2014)")]
    assert [d.kind for d in items[1].decisions] == ["noted"]


def test_title_at_a_page_foot_and_its_text_overleaf_stay_apart(tmp_path):
    first = [[(15, "Name"), (90, "Organisation")],
             [(15, "Ann Tarn"), (90, "Fellside Council")],
             [(15, "Bob Fell"), (90, "Lakes Police")],
             None,
             [(15, "14/21"), (40, "APOLOGIES")],
             None,
             [(40, "None were received.")],
             None,
             [(15, "14/22"), (40, "DOMESTIC ABUSE")]]
    second = [[(40, "Bob Fell updated members on the refuge and the advocacy service.")],
              None,
              [(15, "14/23"), (40, "ANY OTHER BUSINESS")],
              None,
              [(40, "There was none.")],
              None,
              [(15, "14/24"), (40, "DATE OF NEXT MEETING")],
              None,
              [(40, "Wednesday 10 December 2014 at 2.00pm.")]]
    text = text_of(placed_pdf(tmp_path / "p.pdf", [first, second]))
    assert re.search(r"14/22\s+DOMESTIC ABUSE\n\s*Bob Fell updated members", text)
    assert [(it.number, it.title) for it in extract_text(text).items][1] == ("14/22", "DOMESTIC ABUSE")


def test_two_column_names_wrapped_inside_brackets_are_one_row(tmp_path):
    page = [[(15, "Present")],
            None,
            [(15, "Cllr Ann Tarn (Chair, Fellside"), (105, "Dr Bob Fell (Lakes Integrated")],
            [(15, "Borough Council)"), (105, "Care Board)")],
            [(15, "Carl Dent (Lakes Police)"), (105, "Dee Eske (Fellside Women's Aid)")],
            None,
            [(15, "1. Welcome")]]
    text = text_of(placed_pdf(tmp_path / "b.pdf", [page]))
    assert "Cllr Ann Tarn (Chair, Fellside Borough Council)\tDr Bob Fell (Lakes Integrated Care Board)" in text
    assert "Carl Dent (Lakes Police)\tDee Eske (Fellside Women's Aid)" in text


def test_bilingual_item_label_closed_up_to_its_text_ends_the_heading(tmp_path):
    page = [[(15, "Eitem 3 / Item 3 Minutes of the last meeting")],
            [(15, "PENDERFYNWYD / RESOLVED: that the minutes be approved.")],
            None,
            [(15, "Eitem 4 / Item 4 Serious Violence")],
            [(15, "Carl Dent presented the strategy.")]]
    paragraphs = text_of(placed_pdf(tmp_path / "w.pdf", [page])).split("\n\n")
    assert paragraphs[0] == "Eitem 3 / Item 3 Minutes of the last meeting"
