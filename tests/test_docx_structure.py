"""What a Word file's formatting says about its structure, kept in the text the Word reader writes:
a short paragraph set apart as a whole (bold, underlined, or in a heading style) heads the text below
it, and a table row of a short label beside a cell of paragraphs keeps the paragraphs under the label.
Small invented Word files made with python-docx; each test fails without its rule."""
from __future__ import annotations

import io

import pytest

docx = pytest.importorskip("docx")

from kgraph.extract import extract_text  # noqa: E402
from kgraph.readers.docx import read_docx  # noqa: E402


def _read(document) -> str:
    buffer = io.BytesIO()
    document.save(buffer)
    return read_docx(buffer.getvalue(), "minutes.docx").text


def _two_cell_row(document, first: str, paragraphs: list[str]) -> None:
    """A table row of ``first`` beside a cell holding ``paragraphs``."""
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.text, right.text = first, paragraphs[0]
    for paragraph in paragraphs[1:]:
        right.add_paragraph(paragraph)


def _parish_notes(underline: bool = True, bold: bool = True):
    document = docx.Document()
    document.add_paragraph().add_run("FELLSIDE PARISH COUNCIL").bold = True
    document.add_paragraph("Notes of the Community Safety Forum held on Tuesday 12th March 2024 at 6.30pm")
    document.add_paragraph("Present: Cllr Ann Hale (Chairman), Cllr Bob Tarn, PCSO Cat Lowe")
    for title, body in [("Welcome", "The Chairman welcomed everyone."),
                        ("Previous notes", "The notes of the forum held on 5th December 2023 were agreed."),
                        ("Parking near the school", "Residents raised parking. The forum agreed to ask "
                                                   "the county council for a traffic survey.")]:
        run = document.add_paragraph().add_run(title)
        run.bold, run.underline = bold, underline
        document.add_paragraph(body)
    return document


def test_underlined_paragraphs_head_the_parts_of_unnumbered_notes():
    text = _read(_parish_notes())
    assert "## Welcome" in text and "## Parking near the school" in text
    assert "## FELLSIDE" not in text      # the title block is left as it is
    titles = [item.title for item in extract_text(text).items]
    assert titles == ["Welcome", "Previous notes", "Parking near the school"]


def test_plain_paragraphs_are_not_headings():
    text = _read(_parish_notes(underline=False, bold=False))
    assert "## " not in text


def test_a_run_of_emphasised_lines_and_a_label_over_a_table_are_not_headings():
    document = docx.Document()
    document.add_paragraph("Fellside Community Safety Partnership")
    document.add_paragraph("Minutes of the meeting held on 4 March 2024")
    document.add_paragraph("Present:")
    for name in ("MS A HALE – CHAIR", "MR B TARN – PROBATION"):
        document.add_paragraph().add_run(name).bold = True
    document.add_paragraph("Apologies were received from Mr C Lowe.")
    document.add_paragraph().add_run("ITEMS CONSIDERED").bold = True
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Item", "Subject"
    table.cell(1, 0).text, table.cell(1, 1).text = "1", "Apologies"
    document.add_paragraph("The Chair welcomed members.")
    assert "## " not in _read(document)


def test_a_heading_style_heads_its_part():
    document = docx.Document()
    document.add_paragraph("Fellside Community Safety Partnership")
    document.add_paragraph("Minutes of the meeting held on 4 March 2024")
    document.add_paragraph("Present: Ann Hale (Chair), Bob Tarn")
    document.add_heading("Youth diversion", level=2)
    document.add_paragraph("Mr Tarn reported on the summer programme.")
    assert "## Youth diversion" in _read(document)


def test_a_label_cell_beside_several_paragraphs_keeps_them_under_the_label():
    document = docx.Document()
    document.add_paragraph("Fellside Reducing Reoffending Board")
    document.add_paragraph("Minutes of the meeting held on Thursday 14 November 2024")
    document.add_paragraph("Present: Ann Hale (AH), Bob Tarn (BT), Cat Lowe (CL)")
    heading = document.add_table(rows=1, cols=3)
    for cell, value in zip(heading.rows[0].cells, ("Item 2", "Probation update", "Lead: BT")):
        cell.text = value
    document.add_paragraph("BT gave an update on caseloads.")
    _two_cell_row(document, "Action(s):", ["24/22 – BT to share the release data with CL monthly.",
                                           "24/23 – BT and CL to agree a notification process by 06/12/24."])
    text = _read(document)
    assert "Action(s):\t24/22 – BT to share the release data with CL monthly.\n24/23 – BT and CL" in text
    actions = [([o.name for o in a.owners], a.text) for item in extract_text(text).items for a in item.actions]
    assert (["Bob Tarn", "Cat Lowe"], "BT and CL to agree a notification process by 06/12/24.") in actions


def test_a_minute_number_cell_beside_its_paragraphs_is_not_a_label():
    document = docx.Document()
    document.add_paragraph("Fellside Community Safety Partnership")
    document.add_paragraph("Minutes of the meeting held on 4 March 2024")
    _two_cell_row(document, "CSP/24/01", ["APOLOGIES", "Apologies were received from Mr Lowe."])
    assert "CSP/24/01\tAPOLOGIES" not in _read(document)
