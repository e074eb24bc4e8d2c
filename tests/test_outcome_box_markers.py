"""Rules for minutes that close each item with a box of its outcomes, headed "Decisions / Actions", one
outcome a line marked "(D)" for a decision and "(A)" for an action written "Task. Owner: Name. By: date."
One small invented document per rule; each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import decisions, owners

HEAD = ("Northshire Safer Communities Partnership\n\nMINUTES\n\nDate:\tTuesday 4 June 2024\nTime:\t10.00am\n\n"
        "Present\nAnna Lamont – Community Safety Manager, Northshire Council\n"
        "Inspector Brian Reid – Northshire Police\nCarla Mackie – Housing Manager, Northshire Council\n\n")

BOX = (HEAD + "Item 1: Election of Chair\n\n"
       "1.1\tAnna Lamont invited nominations. Councillor Jo Bell was nominated and elected.\n\n"
       "Decisions / Actions\n"
       "(D)\tCouncillor Jo Bell was elected Chair for 2024/25.\n"
       "(A)\tPublish the name of the Chair on the web pages. Owner: Anna Lamont. By: 28 June 2024.\n\n"
       "Item 2: Annual Report\n\n"
       "2.1\tThe minutes of the last meeting were approved as a correct record.\n\n"
       "2.2\tAnna Lamont introduced the report. Inspector Reid will check the figures for the seafront.\n\n"
       "Decisions / Actions\n"
       "(D)\tThe Annual Report 2023/24 was approved for publication.\n"
       "(A)\tCheck the seafront figures. Owner: Inspector Reid. By: 31 July 2024.\n"
       "(A)\tPartners to confirm training rates. Owner: All voting members. By: 10 September 2024.\n\n"
       # capital letters enumerating a list outside a box are no outcomes
       "Item 3: Priorities\n\n3.1\tThe priorities are:\n(A)\tserious violence;\n(D)\tdomestic abuse.\n\n"
       "3.2\tThe priorities were agreed.\n")


def test_the_d_lines_of_an_outcome_box_are_the_items_decisions():
    # the narrative approval in 2.1 is restated by no (D) line, but the box lists the item's decisions
    assert decisions(extract_text(BOX)) == [
        ("1", "resolved", "Councillor Jo Bell was elected Chair for 2024/25."),
        ("2", "approved", "The Annual Report 2023/24 was approved for publication."),
        ("3", "agreed", "The priorities were agreed.")]


def test_the_a_lines_of_an_outcome_box_are_actions_with_their_owner_and_due_fields():
    record = extract_text(BOX)
    assert owners(record) == [("1", ["Anna Lamont"], True), ("2", ["Inspector Reid"], True), ("2", [], True)]
    first = record.items[0].actions[0]
    assert first.text == "Publish the name of the Chair on the web pages"
    assert first.due == dt.date(2024, 6, 28)

