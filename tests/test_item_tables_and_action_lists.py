"""Rules for typed notes and Word exports whose business is not laid out as headed paragraphs: items
numbered "1.0" with sub-paragraphs "1.1", closing action lists "A1 – Owner – task – due", and an
"Item | Discussion | Action" table holding one item per row. One small invented document per rule;
each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import (assert_spans_slice_back, decisions, extract_text_with_mentions, items, org_names,
                                 owners, person_names, refs)

NOTES = ("NORTHSHIRE VIOLENCE REDUCTION BOARD\n\nNotes of the meeting held on Tuesday 3 March 2020, 10:00\n\n"
         "Attendees\nJo Bloggs (Chair) | Northshire County Council\nSam Patel | Northshire Police\n\n")


def test_items_numbered_n_point_0_keep_their_number_and_sub_paragraphs_stay_inside():
    text = (NOTES + "1.0 Welcome and introductions\n1.1 The Chair welcomed members.\n\n"
            "2.0 Serious violence strategy\n2.1 Sam Patel presented the draft strategy.\n"
            "2.2 The Board approved the strategy.\n\n10.0 Date of next meeting\nTuesday 2 June 2020.\n")
    record = extract_text(text)
    assert items(record) == [("1.0", None, "Welcome and introductions"), ("2.0", None, "Serious violence strategy"),
                             ("10.0", None, "Date of next meeting")]
    assert decisions(record) == [("2.0", "approved", "The Board approved the strategy.")]
    assert record.layout != "generic"
    assert_spans_slice_back(record)


def test_a_paragraph_of_the_body_agreeing_that_something_should_be_done_is_a_decision():
    text = (NOTES + "1.0 Serious violence strategy\n1.1 Sam Patel presented the draft strategy.\n"
            "1.2 The Board agreed that the strategy should be published in April.\n"
            "1.3 The Board agreed that the consultation had been thorough.\n"
            "1.4 Members discussed the timetable; it was felt the Board agreed that partners should lead.\n")
    assert decisions(extract_text(text)) == [
        ("1.0", "agreed", "The Board agreed that the strategy should be published in April.")]


# --------------------------------------------------------------------------- closing action lists

LISTED = (NOTES + "1.0 Knife crime\n1.1 Sam Patel reported on the weapons sweeps in the town parks.\n\n"
          "2.0 Any other business\n2.1 None.\n\nActions\n"
          "A1 – Jo Bloggs / Sam Patel – Write to schools about the knife amnesty – 30 April 2020\n"
          "A2 – Northshire Community Safety Team – Refresh the partnership plan – Ongoing\n")


def test_a_numbered_closing_list_gives_owners_then_task_then_due_date():
    record = extract_text(LISTED)
    actions = [a for i in record.items for a in i.actions]
    assert [([o.name for o in a.owners], a.text, a.due) for a in actions] == [
        (["Jo Bloggs", "Sam Patel"], "Write to schools about the knife amnesty", dt.date(2020, 4, 30)),
        (["Northshire Community Safety Team"], "Refresh the partnership plan", None)]
    assert all(a.explicit for a in actions)
    assert_spans_slice_back(record)


def test_a_closing_list_entry_goes_to_the_item_that_minuted_its_task_and_owners():
    text = (NOTES + "1.0 Knife crime\n1.1 Sam Patel reported on the weapons sweeps in the town parks.\n"
            "1.2 Sam Patel will circulate the weapons sweep map to partners.\n\n"
            "2.0 Schools\n2.1 Sam Patel described the school liaison scheme.\n\n"
            "3.0 Any other business\n3.1 None.\n\nActions\n"
            "A1 – Sam Patel – Circulate the weapons sweep map – 30 April 2020\n"
            "A2 – Jo Bloggs – Book the venue for the summit – 15 May 2020\n")
    record = extract_text(text)
    # the entry replaces the prose follow-up it restates; an entry that no item minutes stays in the list
    assert owners(record) == [("1.0", ["Sam Patel"], True), ("3.0", ["Jo Bloggs"], True)]
    assert [a.text for a in record.items[0].actions] == ["Circulate the weapons sweep map"]


# --------------------------------------------------------------------------- an "Item | Discussion | Action" table

TABLE = ("# Northshire Safer Towns Partnership\n\n**Date:** Tuesday 12 November 2019\n\n"
         "**Present:** Cllr Jo Bloggs (Chair, Northshire Borough Council), Sam Patel (Northshire Police), "
         "Ann Lee (Northshire Fire and Rescue Service)\n\n---\n\n"
         "| Item | Discussion | Action |\n|---|---|---|\n"
         "| 1. Welcome and apologies | The Chair welcomed members. | |\n"
         "| 2. Minutes | The minutes of the meeting held on 10 September 2019 were agreed as a correct record. | |\n"
         "| 3. Knife crime | Sam Patel reported on the weapons sweeps.<br>**Agreed:** that the partnership fund two "
         "more sweeps. | Sam Patel – share the sweep map with partners by 29 November<br>"
         "Ann Lee / Sam Patel – plan a joint visit to the colleges<br>Chair – write to the schools |\n"
         "| 4. Any other business | Next meeting: Tuesday 11 February 2020, 10:00. | |\n")


def test_an_item_table_gives_one_item_a_row_with_its_discussion_and_actions():
    record = extract_text(TABLE, "table.md")
    assert items(record) == [("1", None, "Welcome and apologies"), ("2", None, "Minutes"), ("3", None, "Knife crime"),
                             ("4", None, "Any other business")]
    text = record.source.text
    assert text[record.items[2].span.start:].startswith("3. Knife crime")
    assert decisions(record) == [
        ("2", "agreed", "The minutes of the meeting held on 10 September 2019 were agreed as a correct record."),
        ("3", "agreed", "that the partnership fund two more sweeps.")]
    assert owners(record) == [("3", ["Sam Patel"], True), ("3", ["Ann Lee", "Sam Patel"], True), ("3", ["Chair"], True)]
    assert [a.text for a in record.items[2].actions][:2] == [
        "share the sweep map with partners by 29 November", "plan a joint visit to the colleges"]
    assert [a.name for a in record.attendance] == ["Cllr Jo Bloggs", "Sam Patel", "Ann Lee"]
    assert record.layout != "generic"
    assert_spans_slice_back(record)


def test_will_add_confirm_or_commission_is_a_prose_follow_up():
    text = (NOTES + "1.0 Any other business\n1.1 Sam Patel raised the shortage of refuge spaces. Jo Bloggs will add "
            "this to the June agenda.\n1.2 Jo Bloggs and Sam Patel will commission a needs assessment.\n"
            "1.3 Sam Patel will confirm eligibility.\n")
    assert owners(extract_text(text)) == [("1.0", ["Jo Bloggs"], False), ("1.0", ["Jo Bloggs", "Sam Patel"], False),
                                          ("1.0", ["Sam Patel"], False)]


def test_an_item_table_without_outer_bars_with_an_owner_column_and_a_row_going_on_below():
    text = ("Minutes of the meeting of the Northshire Partnership held on 3 March 2020\n\n"
            "Present: Jo Bloggs (Chair, Northshire Council), Sam Patel (Northshire Police)\n\n"
            "Item | Notes | Action | Owner\n--- | --- | --- | ---\n1 Welcome | The Chair welcomed all. | |\n"
            "2 Funding | The Partnership agreed the budget. | Circulate the budget | Sam Patel\n"
            "| | The grant was noted. | Write to the PCC | Jo Bloggs\n3 Any other business | None. | |\n")
    record = extract_text(text)
    assert items(record) == [("1", None, "Welcome"), ("2", None, "Funding"), ("3", None, "Any other business")]
    assert decisions(record) == [("2", "agreed", "The Partnership agreed the budget."),
                                 ("2", "noted", "The grant was noted.")]
    assert owners(record) == [("2", ["Sam Patel"], True), ("2", ["Jo Bloggs"], True)]
    assert_spans_slice_back(record)


def test_the_cells_of_a_decision_column_of_an_item_table_are_decisions():
    text = ("Minutes of the meeting of the Northshire Partnership held on 3 March 2020\n\n"
            "| Item | Discussion | Decision | Action |\n|---|---|---|---|\n"
            "| 1. Welcome | The Chair welcomed all. | None | |\n"
            "| 2. Funding | The bids were discussed. | **Agreed:** the budget for 2020/21.<br>The grant to be reviewed "
            "in June. | |\n")
    record = extract_text(text)
    assert decisions(record) == [("2", "agreed", "the budget for 2020/21."),
                                 ("2", "resolved", "The grant to be reviewed in June.")]
    assert_spans_slice_back(record)


def test_an_item_table_row_without_owner_and_due_cells_keeps_its_action():
    text = ("Minutes of the meeting of the Northshire Partnership held on 3 March 2020\n\n"
            "| Item | Discussion | Action | Owner | Due |\n|---|---|---|---|---|\n"
            "| 1. Welcome | The Chair welcomed all. | | | |\n"
            "| 2. Funding | The bids were discussed. | Circulate the budget |\n"
            "| 3. Schools | The visits were discussed. | Book the visits | Sam Patel | 3 April 2020 |\n")
    record = extract_text(text)
    assert [(i.number, a.text, [o.name for o in a.owners], a.due) for i in record.items for a in i.actions] == [
        ("2", "Circulate the budget", [], None), ("3", "Book the visits", ["Sam Patel"], dt.date(2020, 4, 3))]


def test_an_item_table_with_the_number_and_the_title_in_two_columns():
    text = ("Minutes of the meeting of the Northshire Partnership held on 3 March 2020\n\n"
            "Present: Jo Bloggs (Chair, Northshire Council), Sam Patel (Northshire Police)\n\n"
            "| No. | Item | Discussion | Action |\n|---|---|---|---|\n"
            "| 1 | Welcome | The Chair welcomed all. | |\n"
            "| 2. | Funding | The bids were discussed.<br>**Agreed:** the budget for 2020/21. | "
            "Sam Patel – circulate the budget |\n"
            "| | | **Agreed:** the grant for 2021/22. | Jo Bloggs – write to the PCC |\n")
    record = extract_text(text)
    assert items(record) == [("1", None, "Welcome"), ("2", None, "Funding")]
    assert decisions(record) == [("2", "agreed", "the budget for 2020/21."), ("2", "agreed", "the grant for 2021/22.")]
    assert owners(record) == [("2", ["Sam Patel"], True), ("2", ["Jo Bloggs"], True)]
    assert_spans_slice_back(record)


# --------------------------------------------------------------------------- the same table copied from Word (tabs)

TAB_TABLE = ("NORTHSHIRE SAFER TOWNS PARTNERSHIP\nMinutes of meeting: Tuesday 12 November 2019, 10.00am\n\n"
             "Attendance\nName\tInitials\tAgency\nCllr Jo Bloggs (Chair)\tJB\tNorthshire Borough Council\n"
             "Sam Patel\tSP\tNorthshire Police\nAnn Lee\tAL\tNorthshire Fire and Rescue Service\n\n"
             "No.\tItem\tDiscussion\tAction / Owner\n"
             "1\tWelcome and apologies\tThe Chair welcomed members.\t\n"
             "2\tMinutes of the meeting held on 10 September 2019\tAgreed as a true record.\t\n"
             "3\tKnife crime\tSP reported on the weapons sweeps. A third sweep is proposed. Agreed: a third sweep "
             "in the town parks.\tSP to share the sweep map with partners\n"
             "4\tRoad safety\tAL presented the casualty figures for 2018. Noted.\tAL – report casualties by ward\n"
             "5\tSchools\tAL / SP will visit the colleges.\tAL / SP to plan a joint visit to the colleges\n"
             "6\tDate of next meeting\tTuesday 11 February 2020, 10.00am.\t\n")


def test_a_tab_separated_item_table_gives_one_item_a_row():
    record = extract_text(TAB_TABLE)
    assert items(record) == [("1", None, "Welcome and apologies"),
                             ("2", None, "Minutes of the meeting held on 10 September 2019"),
                             ("3", None, "Knife crime"), ("4", None, "Road safety"), ("5", None, "Schools"),
                             ("6", None, "Date of next meeting")]
    # the header's date is the meeting's, not the one a row's title names
    assert record.header.date == dt.date(2019, 11, 12)
    assert record.header.start_time == dt.time(10, 0)
    assert_spans_slice_back(record)


def test_the_action_owner_cell_of_a_tab_separated_item_table_gives_the_rows_actions():
    record = extract_text(TAB_TABLE)
    assert owners(record) == [("3", ["Sam Patel"], True), ("4", ["Ann Lee"], True), ("5", ["Ann Lee", "Sam Patel"], True)]
    assert [a.text for a in record.items[3].actions] == ["report casualties by ward"]


def test_outcomes_inside_a_discussion_cell_are_decisions():
    record = extract_text(TAB_TABLE)
    assert decisions(record) == [("2", "agreed", "Agreed as a true record."),
                                 ("3", "agreed", "a third sweep in the town parks."),
                                 ("4", "noted", "Noted.")]


def test_the_header_row_of_an_item_table_names_no_one():
    record = extract_text_with_mentions(TAB_TABLE)
    assert not set(person_names(record) + org_names(record)) & {"No", "Item", "Discussion", "Action", "Owner"}


def test_an_item_table_from_a_word_file_reads_like_the_copied_text(tmp_path):
    from docx import Document

    from kgraph.read import read_source
    from kgraph.segment import segment
    from kgraph.extract import extract

    document = Document()
    for block in TAB_TABLE.split("\n\n"):
        rows = [line.split("\t") for line in block.splitlines() if "\t" in line]
        for line in block.splitlines():
            if "\t" not in line:
                document.add_paragraph(line)
        if rows:            # the tab-separated lines as a real Word table
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for row, cells in zip(table.rows, rows):
                for cell, value in zip(row.cells, cells):
                    cell.text = value
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    record = extract(segment(read_source(path)))
    copied = extract_text(TAB_TABLE)
    assert items(record) == items(copied)
    assert owners(record) == owners(copied) == [("3", ["Sam Patel"], True), ("4", ["Ann Lee"], True),
                                                ("5", ["Ann Lee", "Sam Patel"], True)]
    assert decisions(record) == decisions(copied)


def test_the_next_meeting_in_the_last_row_of_an_item_table_is_a_meeting_of_the_body():
    text = ("Minutes of the meeting of the Northshire Partnership held on 3 March 2020\n\n"
            "| No. | Item | Discussion | Action |\n|---|---|---|---|\n"
            "| 1 | Welcome | The Chair welcomed all. | |\n"
            "| 2 | Date of next meeting | Tuesday 2 June 2020 at 10am. | |\n")
    assert refs(extract_text(text)) == [(dt.date(2020, 6, 2), "next")]
