"""Where a meeting's actions are set out as tables and labelled lines: a table of this meeting's actions
placed before item 1 ("Item | Action | Owner | Due") gives each row to the item it names (a table
titled as earlier meetings' actions does not); a log row whose status says it is closed is an earlier
action reported done, no task; an action line may carry a log reference naming the body and year
("Action CSP/24/05:"); a follow-up promised by "The <post>" is its one holder's. Invented minutes."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import owners

SUMMARY = """Lakeside Alliance Board
Note of meeting – Monday 2 September 2024, 14:00–15:40

Attendees (via Teams):
Councillor Ann Webb – Lakeside Council (Chair)
Tom Hale – Lakeside Council, Community Safety Manager
Jo Marsh – Lakeside Health and Social Care Partnership

{title}

Item | Action | Owner | Due
2 | Circulate the draft consultation to members | Tom Hale | 13 Sept 2024
3 | Bring the revised delivery plan to the December meeting | Jo Marsh | 2 Dec 2024
3 | Share the review summary with the Justice Partnership | Jo Marsh / Tom Hale | 31 Oct 2024

1. Welcome and apologies
The Chair welcomed everyone.

2. Firework control zones
Tom Hale presented a paper on control zones.
Agreed: to support a consultation.

3. Violence against women
Jo Marsh reported on the partnership's work.
Agreed: the Board noted the update.
"""


def test_a_table_of_this_meetings_actions_before_item_1_gives_each_row_to_its_item():
    found = owners(extract_text(SUMMARY.format(title="ACTIONS FROM THIS MEETING")))
    assert found == [("2", ["Tom Hale"], True), ("3", ["Jo Marsh"], True), ("3", ["Jo Marsh", "Tom Hale"], True)]


def test_a_table_titled_as_earlier_actions_before_item_1_sets_no_task():
    assert owners(extract_text(SUMMARY.format(title="Actions from the previous meeting"))) == []


LOG = """# Fellside Partnership Board

**Minutes** | Wednesday 15 May 2024 | 09:30–11:30 | Committee Room 2, Town Hall, Fellside

**Present:** Councillor Ann Webb (Chair, Fellside Council), Tom Hale (Fellside Council), Jo Marsh (Lakes Police)

## 1. Minutes and action log

| Ref | Action | Owner | Due | Status |
|---|---|---|---|---|
| FPB/24/01 | Circulate the draft plan | Tom Hale | 1 Mar 2024 | Closed – circulated 26 Feb |
| FPB/24/02 | Confirm police representation | Jo Marsh | 14 May 2024 | Complete |
| FPB/24/03 | Agree the data sharing agreement | Tom Hale | 15 May 2024 | Open – carried forward |

## 2. Partnership Plan

Tom Hale presented the plan.

**Decision:** The Board approved the Plan.

> **Action FPB/24/04:** Tom Hale to publish the final Plan by 31 May 2024.
"""


def test_a_log_row_closed_is_no_task_and_an_open_one_is():
    assert [o for o in owners(extract_text(LOG)) if o[0] == "1"] == [("1", ["Tom Hale"], True)]


def test_an_action_line_may_carry_a_log_reference_with_letters():
    record = extract_text(LOG)
    assert [(o, e) for n, o, e in owners(record) if n == "2"] == [(["Tom Hale"], True)]
    assert record.items[1].actions[0].text.startswith("Tom Hale to publish the final Plan")


def test_a_follow_up_promised_by_the_holder_of_a_post_is_theirs():
    text = ("Fellside Committee\n\nMinutes of the meeting held on 7 November 2023\n\n"
            "Officers in attendance:\nPhilippa Lund – Community Safety Manager\nGeorge Dale – Democratic Services Officer\n\n"
            "1. PSPO renewal\nMembers asked about the consultation. The Community Safety Manager undertook to "
            "circulate the consultation plan to all members by 8th December 2023.\n")
    record = extract_text(text)
    assert owners(record) == [("1", ["Philippa Lund"], False)]
    assert record.items[0].actions[0].text.startswith("The Community Safety Manager undertook")
