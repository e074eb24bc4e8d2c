"""An action log copied as text from a table whose long cells broke into lines: a row with fewer
tab-separated cells than its header goes on over the next lines, each going on with the last cell,
until all the header's cells are there. Each row is one action, its owner and due date read."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

MINUTES = """LAKESHIRE SAFEGUARDING ADULTS BOARD
Minutes of the meeting held on 2 September 2025 at Lakeby Civic Centre

Present: Professor Ann Reddy (Independent Chair), Tom Wyatt (Board Manager), Detective Superintendent Gail Morton (Lakeshire Police), Ruth Kaye (Fellside Council)

1. Safeguarding Adults Reviews
1.1 The Board received the overview report of the review and its eight recommendations.
2. Exploitation
2.1 The Board discussed the draft pathway for adults at risk of exploitation.

Action log
No.\tAction\tOwner\tDue
1.1\tArrange publication of the overview
report and a press briefing\tTom Wyatt\t14/10/2025
2.1\tDraft an adult exploitation pathway for
the December meeting\tDetective
Superintendent
Gail Morton /
Ruth Kaye\t12/12/2025
"""


def test_a_row_wrapped_over_lines_is_one_action_with_its_owners_and_due_date():
    minutes = extract_text(MINUTES)
    actions = [a for item in minutes.items for a in item.actions]
    assert [" ".join(a.text.split()) for a in actions] == [
        "Arrange publication of the overview report and a press briefing",
        "Draft an adult exploitation pathway for the December meeting"]
    assert [[o.name for o in a.owners] for a in actions] == [
        ["Tom Wyatt"], ["Detective Superintendent Gail Morton", "Ruth Kaye"]]
    assert [a.due for a in actions] == [dt.date(2025, 10, 14), dt.date(2025, 12, 12)]
