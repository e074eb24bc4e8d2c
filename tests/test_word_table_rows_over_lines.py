"""Rules for minutes whose whole business is one Word table copied as text ("Agenda item<TAB>Notes<TAB>
Action<TAB>Owner<TAB>Deadline"), where a cell of several paragraphs breaks its row over several lines:
the n-th paragraph of the Action cell goes with the n-th of the Owner and Deadline cells. One small
invented document per rule; each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions, items, owners, refs

HEAD = ("Northshire Town Centre Tasking Group\n\nDate:\tTuesday 5 March 2024\nTime:\t14:00\n\n"
        "Present\nInitials\tName\tOrganisation\nAB\tAnn Baker\tNorthshire Police\nCD\tCarl Dunn\tNorthshire Council\n"
        "EF\tEve Frost\tNorthshire Fire and Rescue Service\n\n")

TABLE = (HEAD + "Agenda item\tNotes\tAction\tOwner\tDeadline\n"
         "1. Welcome and apologies\tAB welcomed everyone.\t\t\t\n"
         "2. Street drinking in the park\tCD reported six groups since January.\n"
         "Figures:\n"
         "Calls: 14 (previous period 9)\n"
         "DECISION: the park to stay a tasked location for a month.\tPatrols on Friday evenings\n"
         "Letter to the off-licence\n"
         "Bin review\tAB / EF\n"
         "CD\n"
         "CD\t15/03/24\n"
         "29/03/24\n"
         "12/04/24\n"
         "3. Fire safety\tEF reported two bin fires.\tTalk at the college\tEF\t22/03/24\n"
         "4. Date of next meeting\tTuesday 2 April 2024, 14:00\t\t\t\n"
         "\n"
         "Open actions from earlier meetings\n"
         "Ref\tAction\tOwner\tDue\tStatus\n"
         "01/02\tRefresh the terms of reference\tCD\t31/03/24\tNot started\n"
         "\n"
         "Notes agreed by the Chair 8 March 2024. Updates by Monday 25 March 2024.\n")


def test_a_row_whose_cells_run_over_several_lines_is_one_item():
    record = extract_text(TABLE)
    assert items(record) == [("1", None, "Welcome and apologies"), ("2", None, "Street drinking in the park"),
                             ("3", None, "Fire safety"), ("4", None, "Date of next meeting")]
    assert_spans_slice_back(record)


def test_the_nth_action_paragraph_of_a_row_goes_with_the_nth_owner_and_deadline():
    record = extract_text(TABLE)
    assert owners(record) == [("2", ["Ann Baker", "Eve Frost"], True), ("2", ["Carl Dunn"], True),
                              ("2", ["Carl Dunn"], True), ("3", ["Eve Frost"], True)]
    second = record.items[1].actions
    assert [a.text for a in second] == ["Patrols on Friday evenings", "Letter to the off-licence", "Bin review"]
    assert [a.due for a in second] == [dt.date(2024, 3, 15), dt.date(2024, 3, 29), dt.date(2024, 4, 12)]


def test_a_decision_line_inside_a_notes_cell_is_its_items_decision():
    assert decisions(extract_text(TABLE)) == [("2", "resolved", "the park to stay a tasked location for a month.")]


def test_dates_after_the_table_are_no_next_meeting():
    # the tracker's due dates and the sign-off's dates follow the last row, which gives the next meeting
    assert refs(extract_text(TABLE)) == [(dt.date(2024, 4, 2), "next")]


def test_a_row_that_leaves_its_trailing_cells_out_ends_at_the_next_items_row():
    text = (HEAD + "Agenda item\tNotes\tAction\tOwner\n"
            "1. Welcome\tAB welcomed everyone.\n"
            "2. Road safety\tEF presented the casualty figures.\n"
            "Speed checks near the school were discussed.\n"
            "3. Parking\tCD reported complaints.\tSpeed checks on Mill Lane\tAB\n"
            "4. Any other business\tNone.\n")
    record = extract_text(text)
    assert [i[0] for i in items(record)] == ["1", "2", "3", "4"]
    assert owners(record) == [("3", ["Ann Baker"], True)]


def test_an_owner_cell_of_several_paragraphs_beside_one_task_names_one_owner_a_paragraph():
    text = (HEAD + "Agenda item\tNotes\tAction\tOwner\tDeadline\n"
            "1. Welcome\tAB welcomed everyone.\t\t\t\n"
            "2. Parks\tCD reported two incidents.\tJoint patrols in the park\tAB\n"
            "EF\t15/03/24\n"
            "3. Any other business\tNone.\t\t\t\n")
    assert owners(extract_text(text)) == [("2", ["Ann Baker", "Eve Frost"], True)]
