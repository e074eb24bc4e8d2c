"""A resolution whose first numbered sub-point shares its line ("RESOLVED – (1) to note the report;")
and whose further sub-points are paragraphs of their own: one decision per sub-point."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"


def test_first_subpoint_on_the_resolved_line_and_the_rest_below():
    text = (HEAD + "4. Strategy\n\nThe Manager presented the strategy.\n\nRESOLVED – (1) to note the report;\n\n"
            "(2) to approve the Lakes Strategy 2019-2022; and\n\n(3) that the Manager report on progress in June.\n")
    record = extract_text(text)
    assert decisions(record) == [("4", "noted", "to note the report"),
                                 ("4", "approved", "to approve the Lakes Strategy 2019-2022"),
                                 ("4", "resolved", "that the Manager report on progress in June.")]
    assert_spans_slice_back(record)


def test_that_subpoints_split_the_same_way():
    text = (HEAD + "4. Progress\n\nRESOLVED – (1) That the progress report be noted; and\n\n"
            "(2) That the Plan retain road safety as a priority.\n")
    assert [t for _, _, t in decisions(extract_text(text))] == [
        "That the progress report be noted", "That the Plan retain road safety as a priority."]


def test_a_lone_numbered_point_is_not_split():
    text = HEAD + "4. Progress\n\nRESOLVED – (1) That the progress report be noted and the plan approved.\n"
    assert [t for _, _, t in decisions(extract_text(text))] == [
        "(1) That the progress report be noted and the plan approved."]
