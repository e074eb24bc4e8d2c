"""One small invented document per rule for actions set out as a list or table: Markdown task-list
boxes ("- [ ] **Owner:** task (due)") are actions owned by their bold lead, and a tab-separated action
table gives one action a row with its lead and deadline columns. Each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import owners

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"


def test_markdown_task_list_boxes_are_actions_owned_by_their_bold_lead():
    text = (HEAD + "### 4. County lines\n\nJo Marsh reported on closures and offered to share the profile.\n\n"
            "- [ ] **Jo Marsh:** share the problem profile with partners (30 November 2021)\n"
            "- [ ] **Al Reyes / Jo Marsh:** agree a joint spending plan (next meeting)\n")
    record = extract_text(text)
    assert owners(record) == [("4", ["Jo Marsh"], True), ("4", ["Al Reyes", "Jo Marsh"], True)]
    first = record.items[0].actions[0]
    assert first.text == "share the problem profile with partners"
    assert first.due == dt.date(2021, 11, 30)


def test_a_tab_separated_action_table_gives_one_action_a_row_with_its_lead_column():
    text = (HEAD + "1. Date of next meeting\n\n16 January 2019.\n\nActions\n"
            "Action\tLead\tDeadline\n"
            "Re-circulate the terms of reference\tGail Thursby\t7 December 2018\n"
            "Prepare the letter to the Board\tGail Thursby / Ruth Calloway\t14 December 2018\n")
    record = extract_text(text)
    assert owners(record) == [("1", ["Gail Thursby"], True), ("1", ["Gail Thursby", "Ruth Calloway"], True)]
    assert [a.text for a in record.items[0].actions] == ["Re-circulate the terms of reference",
                                                         "Prepare the letter to the Board"]
    assert record.items[0].actions[1].due == dt.date(2018, 12, 14)
