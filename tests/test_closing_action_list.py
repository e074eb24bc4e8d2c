"""A closing "Summary of actions" list written by initials ("1. AB - task - 30 June 2024"): the
owners are the attendees with those initials, a trailing date is the due date (never an owner, even
after a task ending in "leads"), and each entry moves to the item that names its owners. Invented."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

TEXT = """FELLSIDE SAFETY PARTNERSHIP - MINUTES

Date: Thursday 6 June 2024

Present:
Ann Brook (AB) - Fellside Police
Carl Dent (CD) - Fellside Council
Eve Foss (EF) - Fellside Fire Service

1. Needs assessment
AB presented the draft needs assessment. CD asked for district breakdowns.

2. Grant
CD reported the Home Office grant had been confirmed.

3. Youth diversion
EF offered cadet places for young people referred by the youth justice team.

4. AOB
None.

Summary of actions
1. AB - provide needs assessment data broken down by district - 14 July 2024
2. CD - circulate the grant agreement and reporting template - 30 June 2024
3. EF - share the cadet referral criteria with youth justice leads - 30 June 2024
"""


def test_closing_list_entries_go_to_the_item_naming_their_owners():
    got = [(it.number, [o.name for o in a.owners], a.due) for it in extract_text(TEXT).items for a in it.actions]
    assert got == [("1", ["Ann Brook"], dt.date(2024, 7, 14)), ("2", ["Carl Dent"], dt.date(2024, 6, 30)),
                   ("3", ["Eve Foss"], dt.date(2024, 6, 30))]
