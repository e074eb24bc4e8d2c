"""A district committee's page copied as text: each minute number by the year ("12/19") alone on its
line over the title; "Proposed by …, Seconded by … and RESOLVED: 1. …" then "RECOMMENDED to Cabinet:"
whose points number on from the resolution's ("2. …", "3. …"); the previous minutes "submitted,
approved and signed". Invented minutes."""
from __future__ import annotations

from kgraph.extract import extract_text

TEXT = """Lakeby District Council

Community Safety Committee - Tuesday, 12th March, 2019 7.00 pm

Present: Councillor Ann Webb (Chairman), Councillors Tom Hale and Rosa Penn.

12/19

Minutes

Minutes:

The minutes of the meeting held on 8 January 2019 were submitted, approved and signed by the Chairman.

13/19

Lakeby Safety Partnership - Annual Plan

Minutes:

The Community Safety Manager presented the plan.

Proposed by Councillor Hale,
Seconded by Councillor Penn and

RESOLVED:
1. That report C/19/4 be received and noted.

RECOMMENDED to Cabinet:
2. That the plan be approved.
3. That rural crime be added to the plan's priorities.

14/19

Work Programme

Minutes:

RESOLVED:
That the work programme be agreed.

The meeting closed at 8.15 pm.
"""


def test_year_numbered_minutes_alone_on_their_lines_are_the_items():
    record = extract_text(TEXT)
    assert [(it.number, it.title) for it in record.items] == [
        ("12/19", "Minutes"), ("13/19", "Lakeby Safety Partnership - Annual Plan"), ("14/19", "Work Programme")]


def test_recommendations_numbered_on_from_the_resolution_are_each_a_decision():
    item = extract_text(TEXT).items[1]
    assert [d.text for d in item.decisions] == [
        "That report C/19/4 be received and noted.", "That the plan be approved.",
        "That rural crime be added to the plan's priorities."]


def test_minutes_submitted_approved_and_signed_are_approved():
    decisions = extract_text(TEXT).items[0].decisions
    assert [d.kind for d in decisions] == ["approved"]
    assert decisions[0].text.startswith("The minutes of the meeting held on 8 January 2019")


def test_a_number_over_a_long_sentence_is_no_item():
    sentence = ("the figures for the quarter were not yet to hand because the police data had been delayed by "
                "the move to the new recording system, so the item was deferred to the next meeting.")
    text = TEXT.replace("14/19\n\nWork Programme", "14/19\n\n" + sentence)
    assert [it.number for it in extract_text(text).items] == ["12/19", "13/19"]
