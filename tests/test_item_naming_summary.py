"""A closing "Summary of decisions and actions" whose entries name the item they belong to
("3. Item 2 - Action: Jo Bloggs to …"), under items that hold discussion only: each entry is a
decision or action of the item it names, not of the last item. Invented minutes."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

TEXT = """LAKEBY SAFER COMMUNITIES BOARD

Minutes of the meeting held on Tuesday 4 June 2024

Present:
Councillor Ann Brook (Chair) - Lakeby Council
Carl Dent - Lakeby Police
Eve Foss - Fellside Fire Service

1. Minutes of the last meeting

The Board considered the minutes of the meeting held on 5 March 2024.

2. Anti-social behaviour

Carl Dent presented the quarterly figures for the town centre.

3. Fire safety

Eve Foss described the home safety visits programme.

4. Date of next meeting

Tuesday 3 September 2024.

SUMMARY OF DECISIONS AND ACTIONS

1. Item 1 - Decision: The minutes of the meeting held on 5 March 2024 were approved as a correct record.
2. Item 2 - Decision: The Board noted the figures.
3. Item 2 - Action: Carl Dent and Eve Foss to map the hotspots by ward - by 1 July 2024.
4. Item 3 - Action: Eve Foss to report the visits completed.
"""


def test_entries_go_to_the_items_they_name():
    items = extract_text(TEXT).items
    decisions = [(it.number, d.kind, d.text[:20]) for it in items for d in it.decisions]
    assert decisions == [("1", "approved", "The minutes of the m"), ("2", "noted", "The Board noted the ")]
    actions = [(it.number, [o.name for o in a.owners], a.due) for it in items for a in it.actions]
    assert actions == [("2", ["Carl Dent", "Eve Foss"], dt.date(2024, 7, 1)), ("3", ["Eve Foss"], None)]


def test_an_entry_keeps_no_item_label():
    items = extract_text(TEXT).items
    assert items[1].actions[0].text.startswith("Carl Dent and Eve Foss to map")
    assert items[0].decisions[0].text.startswith("The minutes")
