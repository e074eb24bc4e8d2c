"""A closing action log copied from Word as text whose rows carry their own reference in the
partnership's series ("FSP/24/03") and then an "Item" cell holding the bare number of the item the
action comes from: each row is an action of that item, not an item heading of its own (a minute
number with a prefix, "FSP/24/03", would otherwise read as one)."""
from __future__ import annotations

from kgraph.extract import extract_text

MINUTES = """FELLSIDE SAFER COMMUNITIES PARTNERSHIP
Strategic Board
Minutes of the meeting held on 10 January 2024, Microsoft Teams

Present:
Ann Vale (Chair) – Head of Community Safety, Fellside Council
Tom Reed – Superintendent, Fellshire Police

1.\tWelcome and Apologies

Ann Vale welcomed members.

2.\tYouth Violence Strategy

Tom Reed presented the draft strategy for consultation.

AGREED: the draft strategy be published for consultation.

3.\tCCTV Review

Ann Vale reported on the review of the town centre cameras.

NOTED: the CCTV review.

4.\tDate of Next Meeting

Wednesday 10 April 2024, 10.00am, Microsoft Teams.


ACTION TABLE

Ref\tItem\tAction\tOwner\tDue date
FSP/24/01\t2\tPublish the draft strategy for consultation on the Council website\tTom Reed\t31/01/2024
FSP/24/02\t3\tProvide a costed proposal for more monitoring\tAnn Vale\t10/04/2024
"""


def test_log_rows_are_no_items():
    record = extract_text(MINUTES)
    assert [i.number for i in record.items] == ["1", "2", "3", "4"]


def test_each_row_is_an_action_of_the_item_it_names():
    record = extract_text(MINUTES)
    by_number = {i.number: i for i in record.items}
    assert [a.text for a in by_number["2"].actions] == [
        "Publish the draft strategy for consultation on the Council website"]
    assert [o.name for a in by_number["3"].actions for o in a.owners] == ["Ann Vale"]
    assert not by_number["4"].actions
