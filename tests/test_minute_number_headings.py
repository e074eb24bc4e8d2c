"""Printed minutes that run an item on from its heading: "14/19  MINUTES  RESOLVED that …" — the
minute number, a title in capitals and the item's first sentence share one line, set apart by runs
of spaces. The title is the run of capitals; the rest is the item's text."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions, items, refs

RUN_IN = """WESTSHIRE COUNTY COUNCIL

MINUTES of a meeting of the WESTSHIRE COMMUNITY SAFETY BOARD held at Shire Hall, Eastbury on 3 March 2019 at 2.00 pm.

PRESENT

Councillor A Brand (Westshire County Council) (in the Chair)

14/19  MINUTES  RESOLVED that the minutes of the meeting held on 2 December 2018 be confirmed as a correct record.

15/19  ROAD SAFETY – SPEED WATCH  Mr Pike reported that forty volunteers had been trained in the spring.

RESOLVED to note the report.

16/19  DATE OF NEXT MEETING  RESOLVED that the next meeting be held on 9 June 2019 at 2.00 pm.
"""


def test_run_in_heading_gives_the_capitals_title_and_keeps_the_text():
    record = extract_text(RUN_IN)
    assert items(record) == [("14/19", None, "MINUTES"), ("15/19", None, "ROAD SAFETY – SPEED WATCH"),
                             ("16/19", None, "DATE OF NEXT MEETING")]
    assert decisions(record)[0] == ("14/19", "resolved",
                                    "the minutes of the meeting held on 2 December 2018 be confirmed as a correct record.")
    assert ("16/19", "resolved", "the next meeting be held on 9 June 2019 at 2.00 pm.") in decisions(record)
    assert [r for r in refs(record) if r[1] == "next"]
    assert_spans_slice_back(record)


def test_resolved_to_note_is_a_decision_of_kind_noted():
    assert ("15/19", "noted", "to note the report.") in decisions(extract_text(RUN_IN))


def test_a_numbered_paragraph_in_mixed_case_is_not_a_run_in_heading():
    text = RUN_IN.replace("16/19  DATE OF NEXT MEETING  RESOLVED that the next meeting be held on 9 June 2019 at 2.00 pm.",
                          "16/19  Date of next meeting  To be held on 9 June 2019.")
    assert [n for n, _, _ in items(extract_text(text))] == ["14/19", "15/19"]
