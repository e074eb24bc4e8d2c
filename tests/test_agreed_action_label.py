"""An "Agreed Action:" line under an item (a Word house style: "Outcome:" then "Agreed Action:") is an
action line like "Action:": its owners are the people before "to"."""
from __future__ import annotations

from kgraph.extract import extract_text

DOC = """Northby Community Safety Board
Minutes

Meeting date:  Tuesday 5 March 2024
Present:       Cllr Ann Vale (Chair), Tom Reed (Northshire Police)

1.0    Youth Diversion
1.1    Tom Reed presented the youth diversion report.
Outcome: The Board noted the report.
Agreed Action: Tom Reed to circulate the referral pathway to partners.

2.0    Any Other Business
2.1    There was no other business.
"""


def test_an_agreed_action_line_is_an_action_with_its_owner():
    record = extract_text(DOC)
    actions = [(a.owners, a.text) for i in record.items for a in i.actions]
    assert len(actions) == 1
    assert [o.name for o in actions[0][0]] == ["Tom Reed"]
    assert "circulate the referral pathway" in actions[0][1]
