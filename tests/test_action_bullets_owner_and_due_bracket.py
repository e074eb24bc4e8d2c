"""Markdown minutes list each action as a bullet, "- **Action:** task (Owner, by date)": the bracket
closing the bullet names the owners (several apart by a slash, a rank before a name), then the date the
task is due after a comma; the task's first words are nobody."""
from __future__ import annotations

from kgraph.extract import extract_text

BULLETS = """# Fellside Domestic Abuse Partnership Board

**Date:** 6 February 2025
**Venue:** Fellside Town Hall

## Attendance

**Present:** Cllr Ann Webb (Chair), Tom Hale (Fellside Council), Det Chief Insp Rhys Morgan (Lakeshire Police), Jo Fell (Lakeby Women's Aid)

### Item 1 – Safe accommodation needs assessment

Tom Hale presented the draft needs assessment.

**Decision:** The Board agreed the draft needs assessment for publication.

- **Action:** circulate the final needs assessment to members for comment (Tom Hale, by 1 March 2025)
- **Action:** provide data on male victims for the final version (Det Chief Insp Rhys Morgan / Jo Fell, by 23 February 2025)

### Item 2 – Commissioning plan

**Decision:** The Board approved the commissioning plan.

- **Action:** start procurement for the outreach service (Jo Fell; due 31 March 2025)
"""


def _owners(record):
    return [(it.number, [o.name for o in a.owners]) for it in record.items for a in it.actions]


def test_owners_in_the_closing_bracket_before_the_due_date():
    record = extract_text(BULLETS, "fellside_dapb.md")
    assert _owners(record) == [
        ("1", ["Tom Hale"]),
        ("1", ["Det Chief Insp Rhys Morgan", "Jo Fell"]),
        ("2", ["Jo Fell"]),
    ]


def test_task_and_due_date_kept():
    record = extract_text(BULLETS, "fellside_dapb.md")
    first = record.items[0].actions[0]
    assert first.text.startswith("circulate the final needs assessment")
    assert str(first.due) == "2025-03-01"
    assert record.items[1].actions[0].text.startswith("start procurement")
