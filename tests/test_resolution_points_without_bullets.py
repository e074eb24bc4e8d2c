"""A PDF's text may lose the bullets of a resolution's points: "The Partnership AGREED:" over paragraphs
"to note the update;" / "that Justice Social Work should …;" / "to write to …", each a point of its
own (every one but the last closed by a semicolon); so are the paragraphs after "AGREED: that …;"."""
from __future__ import annotations

from kgraph.extract import extract_text

MINUTES = """Lakeby Community Justice Partnership

Minute of meeting held on 12 June 2024, Lakeby House

Present: Jo Bell (Chair), Sam Hale (Lakeby Council), Tom Webb (Lakeshire Police)

Item 1. Unpaid work performance

Sam Hale presented the report.

The Partnership AGREED:

to note the performance report;

that Justice Social Work should prepare an improvement plan;

to write to the Chief Officer supporting the two posts.

Item 2. Annual return

The Partnership AGREED: that the Chair sign off the annual return;

that the action plan be refreshed in October 2024.

Item 3. Partner updates

Tom Webb gave the police update. The Partnership NOTED the updates.

to be continued at the next meeting.
"""


def _decisions():
    return {it.number: [d.text for d in it.decisions] for it in extract_text(MINUTES, "cjp.txt").items}


def test_points_without_bullets_under_a_lead_in_are_decisions_each():
    assert _decisions()["1"] == ["to note the performance report", "that Justice Social Work should prepare an improvement plan",
                                 "to write to the Chief Officer supporting the two posts."]


def test_a_point_closed_by_a_semicolon_goes_on_in_the_next_paragraph():
    assert len(_decisions()["2"]) == 2
    assert _decisions()["2"][1] == "that the action plan be refreshed in October 2024."


def test_a_lower_case_paragraph_after_a_closed_sentence_is_no_point():
    assert _decisions()["3"] == ["The Partnership NOTED the updates."]
