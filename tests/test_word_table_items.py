"""Minutes written as one Word table per item, copied as text with " | " between cells: a heading row
"Item N | Title | Lead: … | Paper: …", the discussion, then labelled rows "Decision(s): | …" and
"Action(s): | 24/21 – AB to …" whose cells hold several lines. One small invented document; each test
fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import items

_TABLED = ("Fellside Reducing Reoffending Board\n\nMINUTES\n\n"
           "Date:   Thursday 14 November 2024\nTime:   2.00pm\n\n"
           "Members present\n\n"
           "Name | Initials | Organisation / Role\n"
           "Ann Hale | AH | Head of Service, Fellside Council (Chair)\n"
           "Bob Tarn | BT | Manager, Fellside Probation\n"
           "Cat Lowe | CL | Officer, Lakeby Council\n\n\n"
           "Item 1 | Welcome and apologies | Lead: Chair | Paper: none\n"
           "AH welcomed members.\n"
           "Decision(s): | None.\n"
           "Action(s): | None.\n\n\n"
           "Item 2 | Probation update | Lead: BT | Paper: RRB 1\n"
           "BT gave an update on caseloads. CL asked for the release figures. BT agreed to share them.\n"
           "Decision(s): | The Board noted the update.\n"
           "The Board agreed that housing remains the top priority.\n"
           "Action(s): | 24/22 – BT to share the release data with CL monthly.\n"
           "24/23 – BT and CL to agree a notification process by 06/12/24.\n\n\n"
           "Item 3 | Any other business | Lead: Chair | Paper: none\n"
           "CL raised the hostel review. AH agreed to write to the provider.\n"
           "Decision(s): | None.\n"
           "Action(s): | 24/24 – AH to write to the hostel provider by 31/12/24.\n")


def test_a_heading_row_of_labelled_cells_is_a_numbered_item_titled_by_its_second_cell():
    assert items(extract_text(_TABLED)) == [("1", None, "Welcome and apologies"), ("2", None, "Probation update"),
                                           ("3", None, "Any other business")]


def test_each_line_of_a_decision_cell_is_one_decision_and_an_empty_cell_none():
    record = extract_text(_TABLED)
    assert [d.text for d in record.items[0].decisions] == []
    assert [(d.kind, d.text) for d in record.items[1].decisions] == [
        ("noted", "The Board noted the update."),
        ("agreed", "The Board agreed that housing remains the top priority.")]


def test_each_numbered_line_of_an_action_cell_is_one_action_without_its_number():
    record = extract_text(_TABLED)
    assert [a.text for a in record.items[0].actions] == []
    assert [([o.name for o in a.owners], a.text) for a in record.items[1].actions] == [
        (["Bob Tarn"], "BT to share the release data with CL monthly."),
        (["Bob Tarn", "Cat Lowe"], "BT and CL to agree a notification process by 06/12/24.")]


def test_the_discussions_offer_that_an_action_cell_restates_is_not_another_action():
    record = extract_text(_TABLED)
    assert [a.explicit for a in record.items[2].actions] == [True]
    assert all(a.explicit for a in record.items[1].actions)


# the same table as Word copies it, a TAB between cells instead of a bar
_TABBED = _TABLED.replace(" | ", "\t")


def test_a_tab_labelled_cell_of_several_lines_is_read_line_by_line():
    record = extract_text(_TABBED)
    assert [(d.kind, d.text) for d in record.items[1].decisions] == [
        ("noted", "The Board noted the update."),
        ("agreed", "The Board agreed that housing remains the top priority.")]
    assert [([o.name for o in a.owners], a.text) for a in record.items[1].actions] == [
        (["Bob Tarn"], "BT to share the release data with CL monthly."),
        (["Bob Tarn", "Cat Lowe"], "BT and CL to agree a notification process by 06/12/24.")]


def test_a_tab_labelled_resolution_over_lettered_lines_keeps_its_sub_points():
    text = ("Fellside Policing Partnership\n\nMinutes of the meeting held on 4 March 2024\n\n"
            "Present: Ann Hale (Chair), Bob Tarn\n\n"
            "FPP 20/24\tSafety Plan 2025/26\n\n"
            "Ms Hale presented the plan.\n\n"
            "Resolved:\tThat the Partnership\n"
            "(a)\tadopts the Lakeby Safety Plan 2025/26;\n"
            "(b)\tnotes a budget of £9,500.\n")
    decisions = [d.text for item in extract_text(text).items for d in item.decisions]
    assert decisions == ["adopts the Lakeby Safety Plan 2025/26", "notes a budget of £9,500."]
