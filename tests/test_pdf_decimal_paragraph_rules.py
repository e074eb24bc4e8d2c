"""Word minutes in a house style of decimal paragraphs ("6.0  Title" / "6.1  Text …", the number in
the margin and the text hanging beside it, with "Outcome:" and "Agreed Action:" lines under the
paragraphs) printed to PDF read as their text copy: each numbered line and each labelled outcome
starts a paragraph however wide the line above it runs, and a table header's wrapped year cells
("24 24") make no item. Small PDFs are drawn line by line with fpdf2."""
from __future__ import annotations

from pathlib import Path

from kgraph.extract import extract_text
from kgraph.read import read_source
from placed_pdf import placed_pdf

NUMBER_X, TEXT_X, LABEL_X = 15, 30, 32


def decimal_pdf(path: Path, lines: list) -> Path:
    """An A4 page: a (number, text) pair draws the number in the margin and its text beside it; a
    string is a line hanging under the text column; ("label", text) draws a labelled outcome line."""
    def placed(line) -> list:
        if isinstance(line, str):
            return [(LABEL_X if line.startswith(("Outcome:", "Agreed Action:")) else TEXT_X, line)]
        number, text = line
        return [(NUMBER_X, number), (TEXT_X, text)]
    return placed_pdf(path, [[placed(line) for line in lines]])


LONG = "reported that the consultation on the renewal closed with three hundred responses received."
PAGE = ["Safer Elmbridge Partnership Board", "Minutes", "Meeting date: Thursday 11 July 2024",
        ("5.0", "Domestic Abuse"),
        ("5.1", "Ann Lowe gave the update from the Domestic Abuse Partnership Board to members."),
        "Outcome: The Board noted the update.",
        ("6.0", "Anti-Social Behaviour and Public Spaces Protection Orders in the town centres"),
        ("6.1", "Emma Lord " + LONG),
        ("6.2", "Members asked that the order also cover the canal towpath and the market place."),
        "Outcome: The Board agreed to recommend the renewal of the order to the Executive Cabinet.",
        ("6.3", "ASB case reviews: two applications were received in the quarter; both met the threshold."),
        ("7.0", "Drugs and Alcohol Partnership"),
        ("7.1", "Mark Tierney presented the plan."),
        ]


def paragraphs(path: Path) -> list[str]:
    return read_source(path).text.split("\n\n")


def test_a_decimal_number_in_the_margin_starts_a_paragraph_after_a_wide_line(tmp_path):
    paras = paragraphs(decimal_pdf(tmp_path / "a.pdf", PAGE))
    assert "6.0 Anti-Social Behaviour and Public Spaces Protection Orders in the town centres" in paras
    assert "7.0 Drugs and Alcohol Partnership" in paras


def test_a_labelled_outcome_line_starts_a_paragraph_after_a_wide_line(tmp_path):
    paras = paragraphs(decimal_pdf(tmp_path / "a.pdf", PAGE))
    assert "Outcome: The Board agreed to recommend the renewal of the order to the Executive Cabinet." in paras


def test_a_figure_starting_a_wrapped_line_of_prose_stays_in_its_paragraph(tmp_path):
    page = PAGE[:4] + [("5.1", "Ann Lowe said the partnership had seen referrals rise by a figure of"),
                       "3.5  per cent in the year, most of them from health and housing partners."]
    paras = paragraphs(decimal_pdf(tmp_path / "a.pdf", page))
    assert any(p.startswith("5.1 Ann Lowe") and p.endswith("housing partners.") for p in paras)


def test_a_line_of_figures_alone_is_no_item():
    text = ("Safer Elmbridge Partnership Board\nMinutes\n\nMeeting date: Thursday 11 July 2024\n\n"
            "1.0 Welcome\n\n1.1 The Chair welcomed members.\n\n2.0 Date of Next Meeting\n\n"
            "2.1 Thursday 10 October 2024.\n\nAttendance matrix\n\nName Organisation 18 Apr 11 Jul\n\n24 24\n\n"
            "Ann Lowe Elmbridge Council ✓ ✓\n")
    record = extract_text(text)
    assert [i.number for i in record.items] == ["1.0", "2.0"]
