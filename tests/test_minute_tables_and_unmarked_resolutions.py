"""Web pages' business: "Item N : Title" headings (a CMIS accordion's titles), a "Resolved:" whose lettered
list a copy of the page lost its letters from, a "Minute No. | Subject | Minute" table whose minute cell's
further paragraphs sit between the rows, a request "This was agreed", and a closing action table whose
owner column is headed "Responsibility". Invented minutes."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

CMIS = """Fellside Community Safety Partnership Board

Date: Tuesday, 4 June 2024

Item 1 : Welcome and Apologies

The Chair welcomed members.

Item 2 : Domestic Abuse Update

Tom Hale presented the update.

Resolved:

to note the update;
to approve publication of the review on the Council's website;
to ask the board to report on safe accommodation to the November meeting.

Item 3 : Any Other Business

None.
"""


def test_item_headings_with_a_spaced_colon_are_numbered_items():
    assert [(it.number, it.title) for it in extract_text(CMIS).items] == [
        ("1", "Welcome and Apologies"), ("2", "Domestic Abuse Update"), ("3", "Any Other Business")]


def test_a_resolution_over_lines_without_their_letters_is_one_decision_a_line():
    decisions = [(d.kind, d.text) for d in extract_text(CMIS).items[1].decisions]
    assert decisions == [("noted", "to note the update"),
                         ("approved", "to approve publication of the review on the Council's website"),
                         ("resolved", "to ask the board to report on safe accommodation to the November meeting.")]


def test_a_resolution_over_one_paragraph_of_prose_is_one_decision():
    text = CMIS.replace("to note the update;\nto approve publication of the review on the Council's website;\n"
                        "to ask the board", "to note the update and to ask the board")
    assert len(extract_text(text).items[1].decisions) == 1


TAB_TABLE = """Communities Scrutiny Committee - 5 March 2024 - minutes

MINUTES of a meeting of the Communities Scrutiny Committee held at County Hall, Lakeby on 5 March 2024 at 10.00 am.

PRESENT Councillors Ann Webb (Chair), Tom Hale and Jo Bloggs

Minute No.\tSubject\tMinute
10.\tMinutes of the previous meeting\t10.1 The Committee RESOLVED to approve as a correct record the minutes of the meeting held on 9 January 2024.

11.\tApologies for absence\t11.1 There were none.

12.\tLakeby Safer Communities Partnership annual report\t12.1 Rita Moss introduced the report.

12.2 Knife crime had fallen in Lakeby.

12.3 RESOLVED – (1) to note the annual report; and
(2) to request a further report in 2025.

13.\tWork programme\t13.1 RESOLVED to agree the work programme.
"""


def test_a_minute_table_reads_the_paragraphs_between_its_rows_as_the_minute_above():
    items = extract_text(TAB_TABLE).items
    assert [(it.number, it.title) for it in items] == [
        ("10", "Minutes of the previous meeting"), ("11", "Apologies for absence"),
        ("12", "Lakeby Safer Communities Partnership annual report"), ("13", "Work programme")]
    assert [d.text for d in items[2].decisions] == ["to note the annual report", "to request a further report in 2025."]
    assert [d.text for d in items[3].decisions] == ["to agree the work programme."]


def test_a_web_page_sets_each_row_then_its_minute_paragraphs():
    # the HTML reader's form of the same table: the row's cells between bars, the cell's paragraphs below
    text = TAB_TABLE.replace("Minute No.\tSubject\tMinute\n", "Minute No. | Subject | Minute\n\n")
    for number, title in (("10", "Minutes of the previous meeting"), ("11", "Apologies for absence"),
                          ("12", "Lakeby Safer Communities Partnership annual report"), ("13", "Work programme")):
        text = text.replace(f"{number}.\t{title}\t{number}.1 ", f"{number}. | {title} |\n\n{number}.1 ")
    items = extract_text(text).items
    assert [it.number for it in items] == ["10", "11", "12", "13"]
    assert len(items[2].decisions) == 2


def test_a_table_whose_last_column_holds_resolutions_stops_at_its_first_gap():
    # under "Resolution" the paragraphs between rows would be read as decisions: the rows that run on
    # are the table, the rest is read as headings and paragraphs
    text = ("Lakeby Board\n\nDate: 5 March 2024\n\nMinute No.\tItem\tResolution\n\n"
            "1.\tWelcome\tThe Chair welcomed members.\n\n"
            "2.\tBudget\tTom Hale presented the budget.\n\t\tMembers asked about reserves.\n\t\t"
            "RESOLVED: That the budget be approved.\n")
    items = extract_text(text).items
    assert [d.text for d in items[1].decisions] == ["the budget be approved."]


AOB = """Lakeby Partnership

Date: 3 September 2024

1. Welcome

The Chair welcomed members.

2. Any Other Business

Councillor Webb asked that the Partnership write to the Department about the training delay. This was agreed, and Ms Moss will draft the letter.

3. Actions

Action points

Item\tAction\tResponsibility\tTimescale
2\tDraft letter to the Department on the training delay\tMs Moss\t30 September 2024
"""


def test_a_request_agreed_in_the_sentence_after_it_is_the_items_decision():
    item = extract_text(AOB).items[1]
    assert [(d.kind, d.text) for d in item.decisions] == [("agreed", "This was agreed")]


def test_a_responsibility_column_names_the_owners_and_the_row_its_item():
    items = extract_text(AOB).items
    logged = [a for it in items for a in it.actions if a.explicit]
    assert [(a.text, [o.name for o in a.owners], a.due) for a in logged] == [
        ("Draft letter to the Department on the training delay", ["Ms Moss"], dt.date(2024, 9, 30))]
    assert logged[0] in items[1].actions
