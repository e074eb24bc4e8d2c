"""Decision and action logs that number their own rows ("D7 | …", "A12 | … | Owner") after the last
item, cited in the items' text ("… approved the plan (D7)", "TH to circulate it (see A12)"): each row
belongs to the item that first cites it, and the citing sentence is the row told in prose, not a
second decision or action. A log row whose status reads "Green – complete" is an earlier action
reported done. Invented minutes."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import owners

NOTES = """LAKESIDE SAFER STREETS PARTNERSHIP
Core Group – Notes

Date:     Monday 3 March 2025, 14:00 – 15:30
Venue:    Lakeside Town Hall

Attendees
Ruth Askew             Lakeside Council (Chair)
Tom Hale               Lakeside Council
Priya Nandra           Fellside Police

1. Notes of previous meeting

The notes of the meeting held on 2 December 2024 were agreed (D6).

2. Night-time economy plan

TH presented the draft plan. The Core Group approved the plan with one change (D7).
TH to circulate the final plan to members (see A12).

3. Street lighting

PN reported on the lighting survey. The lighting bid was endorsed (D8).
Following A9, PN to chase the highways team (see A13).

4. Any other business

None.

DECISION LOG

Ref | Decision
D6 | Notes of the meeting held on 2 December 2024 agreed as a correct record.
D7 | Night-time economy plan approved with one change.
D8 | Lighting bid endorsed for submission.

ACTION LOG

Ref | Action | Owner | Due | Status
A9 | Report the broken lights to the highways team | Priya Nandra | 01/02/2025 | Green – complete
A12 | Circulate the final night-time economy plan | Tom Hale | 14/03/2025 | Green
A13 | Chase the highways team about the lighting repairs | Priya Nandra | 31/03/2025 | Amber
"""


def _decisions(record):
    return [(i.number, d.text.split(" ")[0]) for i in record.items for d in i.decisions]


def test_a_log_row_belongs_to_the_item_that_cites_its_reference():
    record = extract_text(NOTES)
    assert _decisions(record) == [("1", "Notes"), ("2", "Night-time"), ("3", "Lighting")]


def test_the_sentence_citing_a_row_is_the_row_told_again():
    record = extract_text(NOTES)
    assert [(n, o) for n, o, e in owners(record)] == [("2", ["Tom Hale"]), ("3", ["Priya Nandra"])]
    assert [a.text.split(" ")[0] for i in record.items for a in i.actions] == ["Circulate", "Chase"]


def test_rows_without_a_citation_stay_in_the_last_item():
    text = NOTES.replace(" (D8)", "").replace(" (see A13)", "")
    record = extract_text(text)
    assert ("4", "Lighting") in _decisions(record)
    assert ("4", ["Priya Nandra"]) in [(n, o) for n, o, e in owners(record)]
