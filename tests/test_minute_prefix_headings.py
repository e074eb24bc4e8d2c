"""Word minutes numbered "HWB 41/24 Minutes": the committee's capitals prefix, one space, number/year,
one space and a title in mixed case. The numbered lines are items (and so their resolutions and
actions follow them); a public question numbered the same way ("PQ 07/24 from Mr …") is not."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions, items, owners

SPACED_PREFIX = """Northshire Council

Health and Wellbeing Board

Minutes

Name of meeting: HEALTH AND WELLBEING BOARD
Date and time: TUESDAY 4 MARCH 2025 COMMENCING AT 2.00 PM
Present: Cllr Anna Bright (Chairman), Cllr Tom Reed, Pat Owen

WB 12/25 Minutes

RESOLVED:

THAT the minutes of the meeting held on 2 December 2024 be approved.

WB 13/25 Public Question Time

PQ 03/25 from Mr Lee Stone of Eastby: "What is the Board doing about fly-tipping?"

Reply (Cllr Tom Reed): Patrols had doubled.

WB 14/25 Youth Violence Plan

Pat Owen presented the plan.

Agreed: that the Board:
(a) notes the plan;
(b) asks for a progress report in June.

ACTION: Pat Owen – circulate the plan to schools.
"""


def test_spaced_capitals_prefix_numbers_items_with_mixed_case_titles():
    record = extract_text(SPACED_PREFIX)
    assert items(record) == [("WB 12/25", None, "Minutes"), ("WB 13/25", None, "Public Question Time"),
                             ("WB 14/25", None, "Youth Violence Plan")]
    assert_spans_slice_back(record)


def test_resolutions_and_actions_follow_spaced_prefix_items():
    record = extract_text(SPACED_PREFIX)
    found = decisions(record)
    assert [d for d in found if d[0] == "WB 12/25" and d[1] == "approved"
            and d[2].endswith("the minutes of the meeting held on 2 December 2024 be approved.")]
    assert [d for d in found if d[0] == "WB 14/25" and d[2].startswith("notes the plan")]
    assert ("WB 14/25", ["Pat Owen"], True) in owners(record)


def test_a_public_question_numbered_like_a_minute_is_no_item():
    record = extract_text(SPACED_PREFIX)
    assert not [i for i in record.items if i.number and i.number.startswith("PQ")]
