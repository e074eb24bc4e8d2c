"""Decision tables: rows that each record one decision, under a header naming the statement column
("Decision", "Recommendation") and maybe an outcome column ("Outcome", "Decision") and the item
("Item", "No."): a closing "Summary of decisions" and per-item recommendation tables, copied from Word
(tabs) or written in Markdown. Small invented documents; each test fails without the rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions

HEAD = ("NORTHSHIRE COMMUNITY SAFETY PARTNERSHIP\nMinutes of the meeting held on Tuesday 3 March 2020 at 10am\n\n"
        "Present: Jo Bloggs (Chair, Northshire Council), Sam Patel (Northshire Police)\n\n")


def test_a_closing_summary_of_decisions_gives_each_row_to_the_item_it_names():
    text = (HEAD + "1. Minutes\nThe minutes were agreed as a correct record.\n\n"
            "2. Knife crime\nSam Patel presented the weapons sweep results.\n\n"
            "3. Refuges\nJo Bloggs described the refuge waiting list.\n\n"
            "4. Date of next meeting\nTuesday 2 June 2020.\n\nSummary of decisions\nItem\tDecision\tOutcome\n"
            "2\tThat two more weapons sweeps are funded\tApproved\n"
            "3\tThat the refuge list is reported every quarter\tNoted\n")
    record = extract_text(text)
    assert decisions(record) == [("1", "agreed", "The minutes were agreed as a correct record."),
                                 ("2", "approved", "two more weapons sweeps are funded"),
                                 ("3", "noted", "the refuge list is reported every quarter")]
    assert_spans_slice_back(record)


def test_a_recommendation_table_under_an_item_gives_a_decision_a_row_its_kind_from_the_decision_cell():
    text = (HEAD + "1. Serious violence\nSam Patel presented the needs assessment.\n"
            "No.\tRecommendation\tDecision\n1.1\tThe Partnership approves the strategy\tApproved\n"
            "1.2\tThe Partnership supports the weapons amnesty\tAgreed\n\n"
            "2. Any other business\nNone.\n")
    record = extract_text(text)
    assert decisions(record) == [("1", "approved", "The Partnership approves the strategy"),
                                 ("1", "agreed", "The Partnership supports the weapons amnesty")]


def test_a_markdown_recommendation_table_reads_the_same():
    text = (HEAD + "1. Serious violence\nSam Patel presented the needs assessment.\n\n"
            "| No. | Recommendation | Decision |\n|---|---|---|\n| 1.1 | The Partnership notes the assessment | Noted |\n\n"
            "2. Any other business\nNone.\n")
    assert decisions(extract_text(text)) == [("1", "noted", "The Partnership notes the assessment")]


def test_a_log_of_decisions_and_actions_is_no_decision_table_nor_a_later_row_reading_decision_its_header():
    text = (HEAD + "1. Knife crime\nThe Partnership agreed the sweep plan.\n\n2. Any other business\nNone.\n\n"
            "| Item | Type | Decision / Action | Owner |\n|---|---|---|---|\n| 1 | Decision | Sweep plan agreed | – |\n"
            "| 1 | Action | Share the sweep map | Sam Patel |\n")
    assert decisions(extract_text(text)) == [("1", "agreed", "The Partnership agreed the sweep plan.")]
