"""An attendance matrix: the members down, the year's meeting dates across, a mark in each cell
("✓" present, "A" apologies, "x" absent, "–" not a member). The column headed by this meeting's date
says who came and who sent apologies, wherever the grid stands (after the items or before them); the
grid is no part of the last item's text, and a grid without this meeting's date is left alone."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import people

HEADER = """Northby Community Safety Board
Minutes

Meeting date:  Tuesday 5 March 2024
Chair:         Cllr Ann Vale, Cabinet Member for Communities

"""

ITEMS = """1.0    Welcome
1.1    The Chair welcomed members.

2.0    Youth Diversion
2.1    Tom Reed presented the youth diversion report.
Outcome: The Board noted the report.

"""

MATRIX = """Attendance record 2023/24
✓ = present   A = apologies   x = absent   – = not a member

Name                          Organisation                      14 Nov 23   5 Mar 24
Cllr Ann Vale (Chair) Northby Borough Council                   ✓           ✓
Tom Reed                      Northshire Police (NP)            ✓           ✓
Jo Pike                       Northby Council, Housing          A           ✓
Sam Hale                      Northshire Fire and Rescue Service ✓          A
Lee Dunn                      Northby Youth Trust               ✓           x
Kit Moss                      Probation Service                 ✓           –
"""


def test_the_column_of_this_meetings_date_gives_present_and_apologies():
    found = people(extract_text(HEADER + ITEMS + MATRIX))
    assert [(n, k) for n, _, _, k in found] == [
        ("Cllr Ann Vale", "present"), ("Tom Reed", "present"), ("Jo Pike", "present"), ("Sam Hale", "apologies")]


def test_a_matrix_row_gives_the_body_before_its_team_and_without_brackets():
    found = {n: orgs for n, orgs, _, _ in people(extract_text(HEADER + ITEMS + MATRIX))}
    assert found["Tom Reed"] == ["Northshire Police"]
    assert found["Jo Pike"] == ["Northby Council"]
    assert found["Cllr Ann Vale"]       # the chair named in the header is listed once


def test_a_closing_matrix_is_not_in_the_last_item():
    record = extract_text(HEADER + ITEMS + MATRIX)
    last = record.items[-1]
    item_text = record.source.text[last.span.start:last.span.end]
    assert "Sam Hale" not in item_text and "Attendance record" not in item_text


def test_a_matrix_before_the_items_is_read_too():
    found = people(extract_text(HEADER + MATRIX + "\n" + ITEMS))
    assert [(n, k) for n, _, _, k in found] == [
        ("Cllr Ann Vale", "present"), ("Tom Reed", "present"), ("Jo Pike", "present"), ("Sam Hale", "apologies")]


def test_a_matrix_without_this_meetings_date_is_left_alone():
    other = MATRIX.replace("5 Mar 24", "9 Jan 24")
    found = people(extract_text(HEADER + ITEMS + other))
    assert [n for n, _, _, _ in found] == ["Cllr Ann Vale"]


# the same grid as a PDF's table flattens it: the header's years wrapped under its dates, a cell
# wrapped onto a line of its own, two rows run together, the cells parted by tabs
FLATTENED = """Attendance record 2023/24

Name Organisation 14 Nov 5 Mar

23 24

Tom Reed\tNorthshire Police (NP)\t✓\t✓
Jo Pike\tNorthby\tA\t✓

Borough Council
Lee Dunn Kit Moss\tNorthby Youth Trust Probation Service\t✓ ✓\tx –
Sam Hale\tNorthshire Fire and Rescue Service\t✓\tA
"""


def test_a_grid_flattened_from_a_pdf_table_is_read_and_its_header_years_are_no_item():
    record = extract_text(HEADER + ITEMS + FLATTENED)
    assert [i.number for i in record.items] == ["1.0", "2.0"]
    assert [(n, k) for n, _, _, k in people(record)] == [
        ("Cllr Ann Vale", "present"), ("Tom Reed", "present"), ("Jo Pike", "present"), ("Sam Hale", "apologies")]
