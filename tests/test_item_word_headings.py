"""Minutes that write "Item N:" before every heading: a numbered list inside an item that reaches the
next item's number ("5. Anti-social behaviour") is the item's list, not item 5."""
from kgraph.extract import extract_text

MINUTES = """Fellside Community Safety Partnership

Minutes of meeting held on Wednesday 3 May 2023 at 2pm in the Council Chamber

Members present:
Cllr Jo Fell, Fellside Council
Ms Ann Reed, Fellside Council

Item 1: Welcome

The Chair welcomed members.

Item 2: Minutes of Previous Meeting

The minutes of the meeting held on 1st February 2023 were adopted.

Item 3: Police Update

Insp. Hale presented the police report.

Item 4: Draft Community Safety Plan

Ms Reed presented the draft plan, which set out five priorities:
1. Safer streets
2. Tackling drug-related harm
3. Domestic abuse
4. Supporting young people
5. Anti-social behaviour and estate management

Item 5: Domestic Abuse

Ms Reed gave an overview of the refuge service.

Item 6: Date of Next Meeting

The next meeting will take place on Wednesday 2 August 2023 at 2pm.
"""


def test_numbered_list_inside_an_item_is_not_an_item_heading():
    record = extract_text(MINUTES)
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Welcome"), ("2", "Minutes of Previous Meeting"), ("3", "Police Update"),
        ("4", "Draft Community Safety Plan"), ("5", "Domestic Abuse"), ("6", "Date of Next Meeting")]
