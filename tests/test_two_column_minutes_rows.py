"""Minutes typed as a fixed-width two-column table: the left column holds the item's number and then its
title wrapped over the next lines, the right column the discussion with "Agreed:" and "Action (Owner):"
entries. The title is read from the left cells; the item's text from the right column only."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.read import read_text_bytes
from kgraph.segment import segment

RULE = "-" * 90

TWO_COLUMN = f"""Lakeside Borough Council
LAKESIDE SAFER STREETS BOARD

Minutes of the meeting held on Tuesday 4 March 2025, 10.00am

Present:
  Cllr Ann Webb – Cabinet Member for Community Safety, Lakeside Council (Chair)
  Tom Hale – Head of Community Safety, Lakeside Council
  Jo Fell – Inspector, Lakeshire Police

Item                        Discussion, decisions and actions
{RULE}
1.                          The Chair welcomed members. Apologies were noted
Welcome and apologies       as above.
{RULE}
2.                          Tom Hale presented the quarterly performance pack.
Performance report –        Burglary had fallen by 6% and robbery by 4%.
Q3 2024/25 and
year to date                Agreed: The Board noted the performance report.

                            Action (Tom Hale): Produce a ward-level version of the
                            pack for the June Board.
{RULE}
3.                          Jo Fell reported on the night-time economy patrols.
Night-time economy          The patrols would continue through the summer.

                            Agreed: The Board endorsed the patrol plan.
{RULE}
4.                          Tuesday 3 June 2025, 10.00am, Lakeside Town Hall.
Date of next meeting
{RULE}
"""


def test_titles_read_from_the_left_cells():
    record = extract_text(TWO_COLUMN, "lakeside_board.txt")
    assert [(it.number, it.title) for it in record.items] == [
        ("1", "Welcome and apologies"),
        ("2", "Performance report – Q3 2024/25 and year to date"),
        ("3", "Night-time economy"),
        ("4", "Date of next meeting"),
    ]


def test_item_text_holds_no_title_words():
    segmented = segment(read_text_bytes(TWO_COLUMN.encode(), "lakeside_board.txt"))
    paragraphs = segmented.items[1].paragraphs
    texts = [TWO_COLUMN[p.text_span.start:p.text_span.end] for p in paragraphs]
    assert texts[0].startswith("Tom Hale presented")
    assert any(t.startswith("Burglary had fallen") for t in texts)
    assert not any("Performance report" in t or "year to date" in t for t in texts)
    record = extract_text(TWO_COLUMN, "lakeside_board.txt")
    item = record.items[1]
    assert any("noted the performance report" in d.text for d in item.decisions)
    assert [[o.name for o in a.owners] for a in item.actions] == [["Tom Hale"]]


HANGING_INDENT = """LAKEBY COMMUNITY SAFETY PARTNERSHIP

Minutes of the meeting held on 12 May 2025

1.            Apologies were received from Cllr Ann Webb and
Inspector Jo Fell.

2.            Minutes of the last meeting
"""


def test_a_paragraph_with_a_hanging_indent_is_no_two_column_row():
    # the second line runs across where a right column would start: one paragraph, no left cell
    record = extract_text(HANGING_INDENT, "lakeby.txt")
    assert all(it.title != "Inspector Jo Fell." for it in record.items)


SHORT_WRAP = """LAKEBY COMMUNITY SAFETY PARTNERSHIP

Minutes of the meeting held on 12 May 2025

1.             Apologies were received from Cllr Ann Webb
and Jo Fell.

2.             Minutes of the last meeting
"""


def test_a_sentence_wrapped_under_the_number_is_no_title():
    record = extract_text(SHORT_WRAP, "lakeby.txt")
    assert all("Jo Fell" not in it.title for it in record.items)


def test_a_rule_between_rows_closes_the_last_decision():
    # the rule of dashes under a row is no text of the decision that wraps over two lines above it
    text = TWO_COLUMN.replace("Agreed: The Board endorsed the patrol plan.",
                              "Agreed: The Board noted the update and endorsed the patrol\n"
                              "                            plan for the summer.")
    record = extract_text(text, "lakeside_board.txt")
    decisions = [d.text for d in record.items[2].decisions]
    assert len(decisions) == 1 and decisions[0].rstrip(" .").endswith("summer")
    assert "---" not in decisions[0]
