"""PDF pages printed in two columns are read column by column, and words the typesetter broke at a
line end are mended: small PDFs drawn line by line with fpdf2 (the fixtures' tool), so that the
layout (rows holding a line of each column, hyphens at the column edge) is known exactly."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures_make import DEJAVU_DIR  # noqa: E402
from kgraph.read import read_source  # noqa: E402

HYPHEN = "\u2010"   # what Chromium prints where it hyphenates a word

LEFT = ["Present: Professor Alan Whitcombe (Chair),",
        f"Anna Fen{HYPHEN}",
        "wick (West Council) and Tom Ellery (NHS",
        "Foundation Trust).",
        "",
        "1. Welcome and apologies",
        "The Chair welcomed members to the first",
        "meeting held in person since February.",
        "",
        "2. Adult reviews",
        f"Rosa Delgado reported that the Safe {HYPHEN}",
        "guarding Adults Review Subgroup met twice",
        "and that the self-neglect audit would cover self-",
        "neglect and hoarding cases in the county.",
        ""]
RIGHT = ["RESOLVED that the Board:",
         "(a) approve the action plan arising from",
         "the review of the self-neglect cases;",
         "(b) note the two new reviews.",
         "",
         "3. Anti-social behaviour",
         "Detective Superintendent Claire Ashworth",
         "reported on the Anti-",
         "Social Behaviour, Crime and Policing Act",
         "2014 and the work of Jo Kaur-",
         "Blake with the district councils this year.",
         "",
         "The Board noted the report.",
         "",
         "",
         ""]


def two_column_pdf(path: Path, left: list[str], right: list[str], *, gap_mm: float = 10,
                   justified: bool = True) -> Path:
    """An A4 page: a centred title across the page, then two justified columns drawn row by row
    (the lines of a paragraph set to the column's width, as a browser prints them)."""
    from fpdf import FPDF

    regular = DEJAVU_DIR / "DejaVuSans.ttf"
    if not regular.exists():
        pytest.skip("DejaVu fonts needed for the typesetter's hyphen")
    pdf = FPDF()
    pdf.add_font("dejavu", "", str(regular))
    pdf.set_font("dejavu", "", 10)
    pdf.add_page()
    pdf.cell(0, 6, "EXAMPLE SAFEGUARDING ADULTS BOARD", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Minutes of the meeting held on Wednesday 17 November 2021, 1.30pm, Town Hall",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    column = (210 - 20 - gap_mm) / 2
    for row, (left_line, right_line) in enumerate(zip(left, right)):
        y = pdf.get_y()
        draw_line(pdf, 10, y, column, left_line, justify=justified and ends_mid_paragraph(left, row))
        draw_line(pdf, 10 + column + gap_mm, y, column, right_line,
                  justify=justified and ends_mid_paragraph(right, row))
        pdf.set_y(y + 5)
    pdf.output(str(path))
    return path


def ends_mid_paragraph(lines: list[str], row: int) -> bool:
    """A line followed by more of its paragraph is justified (set to the column's full width);
    a numbered heading is not."""
    following = lines[row + 1] if row + 1 < len(lines) else ""
    return (bool(following) and not lines[row].endswith((".", ":", ";"))
            and not re.match(r"\d+\. ", lines[row]))


def draw_line(pdf, x: float, y: float, width: float, line: str, *, justify: bool) -> None:
    words = line.split()
    if not justify or len(words) < 2:
        pdf.text(x, y + 4, line)
        return
    space = (width - sum(pdf.get_string_width(word) for word in words)) / (len(words) - 1)
    for word in words:
        pdf.text(x, y + 4, word)
        x += pdf.get_string_width(word) + space


@pytest.fixture(scope="module")
def columns_text(tmp_path_factory) -> str:
    return read_source(two_column_pdf(tmp_path_factory.mktemp("cols") / "cols.pdf", LEFT, RIGHT)).text


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def test_left_column_is_read_before_the_right_one(columns_text):
    found = paragraphs(columns_text)
    assert found[0] == "EXAMPLE SAFEGUARDING ADULTS BOARD"
    assert found[1].startswith("Minutes of the meeting held on Wednesday 17 November 2021")
    assert found[2] == ("Present: Professor Alan Whitcombe (Chair), Anna Fenwick (West Council) "
                        "and Tom Ellery (NHS Foundation Trust).")
    assert "RESOLVED that the Board:" in found
    assert found.index("RESOLVED that the Board:") > found.index("2. Adult reviews")
    assert "(a) approve the action plan arising from the review of the self-neglect cases;" in found


def test_no_row_mixes_the_two_columns(columns_text):
    assert "Whitcombe (Chair), RESOLVED" not in " ".join(columns_text.split())
    assert all(not (line.startswith("Present") and "RESOLVED" in line) for line in columns_text.splitlines())


def test_typesetter_hyphen_at_a_line_end_joins_the_word(columns_text):
    text = " ".join(columns_text.split())
    assert "Anna Fenwick (West Council)" in text
    assert "the Safeguarding Adults Review Subgroup" in text
    assert HYPHEN not in columns_text


def test_real_hyphens_at_a_line_end_are_kept(columns_text):
    text = " ".join(columns_text.split())
    assert "self-neglect and hoarding" in text          # printed hyphenated elsewhere
    assert "the Anti-Social Behaviour, Crime and Policing Act 2014" in text   # capital follows
    assert "Jo Kaur-Blake with the district councils" in text


def test_a_table_of_short_cells_is_still_read_row_by_row(tmp_path):
    names = ["Name", "Alan Whitcombe", "Anna Fenwick", "Tom Ellery", "Rosa Delgado", "Kieran Pugh",
             "Gail Simpson", "Meera Kapoor"]
    bodies = ["Organisation", "Independent Chair", "West Council", "NHS Trust", "Board Manager",
              "Minutes", "Fire and Rescue", "CCG"]
    text = read_source(two_column_pdf(tmp_path / "table.pdf", names, bodies, gap_mm=40, justified=False)).text
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    assert "Anna Fenwick West Council" in lines
    assert "Tom Ellery NHS Trust" in lines
