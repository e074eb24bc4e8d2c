"""A table-heavy template saved as plain text with "+----+" borders round every cell: a "No. | Item |
Discussion/Decision | Lead" grid under a grid of the attendees, each numbered row's title wrapped in its
column and continuation rows (empty number and title cells) carrying the item's further paragraphs, a
lead's initials beside them. And a panel's attendance: a "Councillor | Authority" table, officers
grouped under "Officers of <body> (…):" headings, a post closed by a bracket of its short name.
Invented minutes."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.wrapped_table import rebuild_wrapped_tables

GRID = """LAKEBY COMMUNITY SAFETY PARTNERSHIP
EXECUTIVE GROUP

Minutes of the meeting held on Tuesday 9th March 2010 at 2.00pm
Room 4, Lakeby Town Hall

PRESENT:
+------+----------------------------------+----------------------------------+
|      | Name                             | Organisation                     |
+======+==================================+==================================+
| AW   | Cllr Ann Webb (Chair)            | Lakeby Borough Council           |
+------+----------------------------------+----------------------------------+
| TH   | Tom Hale                         | Fellside Police                  |
+------+----------------------------------+----------------------------------+
| JD   | Jo Dale                          | Lakeby Housing Trust             |
+------+----------------------------------+----------------------------------+

APOLOGIES: Inspector Ray Lund (Fellside Police).

+------+----------------------+----------------------------------------------------+---------+
| No.  | Item                 | Discussion/Decision                                | Lead    |
+======+======================+====================================================+=========+
| 1.   | Welcome and          | AW welcomed members and thanked Lakeby Housing     |         |
|      | apologies            | Trust for hosting. There were no apologies.        |         |
+------+----------------------+----------------------------------------------------+---------+
| 2.   | Burglary reduction   | TH reported that burglary in the town centre had   |         |
|      | plan and town centre | fallen by a tenth against the same quarter of last |         |
|      | patrols              | year.                                              |         |
+------+----------------------+----------------------------------------------------+---------+
|      |                      | TH to circulate the patrol rota to all partners    | TH      |
|      |                      | before the next meeting.                           |         |
+------+----------------------+----------------------------------------------------+---------+
|      |                      | AGREED: the plan to be reviewed in the autumn.     |         |
+------+----------------------+----------------------------------------------------+---------+
| 3.   | Date of next meeting | Tuesday 11th May 2010, 2.00pm, Room 4, Lakeby Town |         |
|      |                      | Hall.                                              |         |
+------+----------------------+----------------------------------------------------+---------+
"""


def test_a_bordered_grid_is_rebuilt_past_a_grid_of_names_above_it():
    text = rebuild_wrapped_tables(GRID)
    assert "Burglary reduction plan and town centre patrols" in text
    # a continuation row is a paragraph of its own, not the end of the paragraph above it
    assert "\nTH to circulate the patrol rota to all partners before the next meeting." in text
    assert "last year. TH to circulate" not in text


def test_the_number_column_and_the_wrapped_title_make_each_item():
    record = extract_text(GRID)
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Welcome and apologies"), ("2", "Burglary reduction plan and town centre patrols"),
        ("3", "Date of next meeting")]


def test_continuation_rows_give_the_items_decision_and_action():
    item = extract_text(GRID).items[1]
    assert [d.text[:8] for d in item.decisions] == ["the plan"]
    assert [[o.name for o in a.owners] for a in item.actions] == [["Tom Hale"]]


PANEL = """LAKEBY POLICE AND CRIME PANEL

Minutes of the meeting held on Friday, 4 February 2022 at 10:30am
Lakeby Hall

Members Present:

Councillor\tAuthority
Ann Webb (Chair)\tLakeby County Council
Tom Hale\tFellside County Council

Also present:
Mr Peter Stone, Police and Crime Commissioner (the Commissioner)

Officers of the Office of the Police and Crime Commissioner (OPCC):
Ms Jo Dale, Chief Executive

Officers of Lakeby County Council (Host Authority):
Mr Al Reed, Legal Adviser to the Panel

PCP 1/22 APOLOGIES FOR ABSENCE

None.
"""


def _attendees():
    return {a.name: a for a in extract_text(PANEL).attendance}


def test_a_councillor_column_header_is_nobody():
    people = _attendees()
    assert "Councillor" not in people
    assert people["Ann Webb"].organisations == ["Lakeby County Council"]


def test_a_post_closed_by_its_short_name_in_brackets_is_not_cut_at_and():
    people = _attendees()
    assert "Crime Commissioner" not in people
    assert "Mr Peter Stone" in people


def test_officers_under_an_officers_of_body_heading_come_from_that_body():
    people = _attendees()
    assert people["Ms Jo Dale"].organisations == ["Office of the Police and Crime Commissioner"]
    assert people["Mr Al Reed"].organisations == ["Lakeby County Council"]
