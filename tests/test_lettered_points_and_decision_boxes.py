"""Minutes that letter their items ("A. Welcome") and number each item's paragraphs by its letter
("A1 …", "A2 …"): the lettered headings are the items even where one point reads like a title, and the
point numbers are enumerators, not words of the paragraph ("C3 The Board" is no body). A closing box of
one column, "Decisions made at this meeting", lists the decisions by item letter ("B – The minutes …"):
each row is a decision of the item it names, kept beside that item's narrative. An action log's row whose
item cell names an earlier meeting ("Sep-24 E") is carried forward, no action of this meeting. "In
attendance for item F:" lists a guest. A printed PDF's headings with the agenda's "(Item C1)" at the
right margin are no table, even with no blank line under them."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.readers.pdf import headings_with_agenda_references, is_table, line_cells

from test_unseen_layouts import decisions, extract_text_with_mentions, items, org_names, owners, people

LETTERED_POINTS = """# Lakeby Domestic Abuse Partnership Board

**Date:** Tuesday 8 October 2024
**Time:** 10:00 – 12:00
**Venue:** Microsoft Teams

### Attendees

| Name | Organisation | Role |
|---|---|---|
| Jo Hale | Lakeby Borough Council | Head of Communities (Chair) |
| Sam Birch | Lakeby Police | Detective Inspector |
| Ali Rigg | Fellside Refuge | Manager |

**In attendance for item D:** Kim Dale, independent review chair.

### A. Welcome and apologies

A1 The Chair welcomed members. Apologies were noted.

### B. Minutes of the previous meeting

B1 The minutes of the meeting held on 9 July 2024 were approved as an accurate record.

### C. Refuge needs assessment

C1 Ali Rigg presented the refreshed needs assessment for Lakeby.

C2 The Board endorsed the needs assessment (see Decisions made).

### D. Review update

D1 Kim Dale presented the review. Key points:

D2 The Board approved the overview report.

### E. Any other business

E1 None.

### Decisions made

| **Decisions made at this meeting** |
|---|
| **B** – The minutes of the meeting held on 9 July 2024 were approved. |
| **C** – The refuge needs assessment was endorsed for publication. |
| **D** – The overview report was approved for submission to the Home Office. |

### Action Log

| Ref | Item | Action | Owner | Deadline | RAG |
|---|---|---|---|---|---|
| LDA-12 | Jul-24 C | Map refuge vacancies across the county | Ali Rigg | 30/09/2024 | Amber |
| LDA-15 | C | Publish the needs assessment | Jo Hale | 31/10/2024 | New |
| LDA-16 | D | Arrange a learning event on the review | Kim Dale | 30/11/2024 | New |
"""


def test_lettered_headings_over_points_numbered_by_their_letter_are_the_items():
    record = extract_text(LETTERED_POINTS)
    assert [n for n, _, _ in items(record)] == ["A", "B", "C", "D", "E"]


def test_a_point_number_is_no_part_of_the_paragraph_or_of_a_body_name():
    record = extract_text_with_mentions(LETTERED_POINTS)
    assert ("C", "resolved", "The Board endorsed the needs assessment (see Decisions made).") in decisions(record) \
        or any(i == "C" and t.startswith("The Board endorsed") for i, _, t in decisions(record))
    assert not [n for n in org_names(record) if n[:1] in "ABCDE" and n[1:2].isdigit()]


def test_each_row_of_a_decisions_box_is_a_decision_of_the_item_it_names_beside_the_narrative():
    found = decisions(extract_text(LETTERED_POINTS))
    assert ("B", "approved", "The minutes of the meeting held on 9 July 2024 were approved.") in found
    assert any(i == "C" and t.startswith("The refuge needs assessment was endorsed") for i, _, t in found)
    assert any(i == "D" and t.startswith("The overview report was approved for submission") for i, _, t in found)
    # the narrative of item D tells of the same approval; the box's row is kept as well
    assert any(i == "D" and t.startswith("The Board approved the overview report") for i, _, t in found)
    assert not [d for d in found if d[0] == "E"]


def test_a_log_row_whose_item_cell_names_an_earlier_meeting_is_carried_forward():
    found = owners(extract_text(LETTERED_POINTS))
    assert ("C", ["Jo Hale"], True) in found and ("D", ["Kim Dale"], True) in found
    assert not [o for o in found if "Ali Rigg" in o[1]]


def test_in_attendance_for_an_item_lists_a_guest():
    record = extract_text(LETTERED_POINTS)
    assert ("Kim Dale", [], None, "in_attendance") in [p[:2] + (None, p[3]) for p in people(record)
                                                       if p[0] == "Kim Dale"]


def test_a_month_of_this_meeting_in_the_item_cell_keeps_the_row():
    text = LETTERED_POINTS.replace("Jul-24 C", "Oct-24 C")
    assert [o for o in owners(extract_text(text)) if o[1] == ["Ali Rigg"]]


def test_a_box_row_opening_with_an_article_is_no_item_reference():
    text = LETTERED_POINTS.replace("| **B** – The minutes", "| A review of the minutes")
    assert not [d for d in decisions(extract_text(text)) if d[0] == "A"]


HEADING_LINES = [
    "12. Refuge provision - annual return                                                   (Item C1)",
    "(1) The report set out the number of refuge places used across the county in 2024. Of",
    "63 referrals, 41 were placed.",
    "(2) RESOLVED that the report be noted.",
    "",
    "13. Date of next meeting                                                               (Item C2)",
    "RESOLVED that the next meeting be held on Thursday, 10 July 2025.",
]


def test_headings_with_the_agenda_reference_at_the_right_margin_are_no_table():
    columns = [0, HEADING_LINES[0].index("(Item C1)")]
    rows = [line_cells(line, columns) for line in HEADING_LINES if line.strip()]
    assert headings_with_agenda_references(rows)
    assert not is_table(rows)


def test_a_table_with_other_cells_beside_the_references_stays_a_table():
    rows = [["Item", "Owner"], ["Publish the report", "(Item C1)"], ["Map vacancies", "Ali Rigg"]]
    assert not headings_with_agenda_references(rows)
    assert is_table(rows)
