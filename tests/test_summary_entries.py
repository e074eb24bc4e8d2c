"""Closing summaries that name each entry's item: "1. (Item 3) The Board approved …" decisions, and
action-log rows whose wrapped task cell ends with "(item N)"."""
from kgraph.extract import extract_text

SUMMARY = """FELLSIDE COMMUNITY SAFETY PARTNERSHIP BOARD

Minutes of the meeting held on 4 March 2025 at 2.00pm, Fellside Town Hall

PRESENT: Jo Marsh (Chair), Sam Tully (Fellside Council)

1.  APOLOGIES

None.

2.  MINUTES OF THE PREVIOUS MEETING

Members went through the minutes of 2 December 2024.

3.  ANTI-SOCIAL BEHAVIOUR UPDATE

Sam Tully presented the quarterly figures for the town centre.

4.  DATE OF NEXT MEETING

3 June 2025.

SUMMARY OF DECISIONS

1. (Item 2) The Board approved the minutes of the meeting held on 2 December 2024
   as a correct record.
2. (Item 3) The Board noted the anti-social behaviour update.
"""


def _decisions(text):
    return {it.number: [d.text for d in it.decisions] for it in extract_text(text).items}


def test_bracketed_item_entries_go_to_their_items():
    got = _decisions(SUMMARY)
    assert any(t.startswith("The Board approved the minutes") for t in got["2"])
    assert any(t.startswith("The Board noted the anti-social") for t in got["3"])
    assert got["4"] == []


def test_bracketed_entry_without_body_outcome_is_no_decision():
    text = SUMMARY.replace("The Board noted the anti-social behaviour update.", "Figures to be circulated.")
    assert not any("Figures" in t for t in _decisions(text)["3"])


LOG = """LAKEBY SAFEGUARDING PANEL

Minutes of the meeting held on 5 May 2025 at 10:00

Attendance: Ann Reed (Chair), Tom Bell (Lakeby Council)

1. Apologies

None.

2. Case reviews

The panel discussed two cases.

3. Training

Ann Reed presented the training plan.

4. Any other business

None.

ACTIONS

Ref    | Action                                      | Owner      | Deadline
-------|---------------------------------------------|------------|---------
25/01  | Send the chronology request to the GP       | Tom Bell   | 12/05/25
       | practice (item 2)                           |            |
25/02  | Circulate the training plan (item 3)        | Ann Reed   | 19/05/25
"""


def test_wrapped_task_cell_names_the_item():
    items = {it.number: [a.text for a in it.actions] for it in extract_text(LOG).items}
    assert any(t.startswith("Send the chronology request") for t in items["2"])
    assert any(t.startswith("Circulate the training plan") for t in items["3"])
    assert items["4"] == []
