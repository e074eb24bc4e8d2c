"""Informal notes of a small group and a board's printed attendance in two columns. Invented minutes.

- A closing "Who | What | When" table names owners by first name, as the items do ("Rob to send …"):
  each row moves to the item that names its owner and shares its task's words.
- "All agreed the split." alone on a bullet is the group's decision.
- "Jo Bloggs – Lakes Council        Insp Tom Hale – Lakes Police": two people a line, each "name – body".
"""
from __future__ import annotations

from kgraph.extract import extract_text

NOTES = """LAKEBY PUBWATCH
Meeting notes – Tuesday 8th March 2022, 2pm

Present:
Rob Mallow (Lakeby Police – Licensing)
Tina Grebe (Lakeby Council – Licensing)
Gail Horner (Lakeby BID)

1. Police update (Rob)

- Thefts from bars down on last quarter. Rob to circulate the new radio rota.

2. Licensing (Tina)

- Tina reported the late-night levy consultation closes in April.

3. BID budget (Gail)

- Proposal: £2,000 towards taxi marshals, the rest held for the summer festival.
- All agreed the split.

4. Next meeting

Tuesday 10th May 2022.

ACTIONS

Who | What | When
Rob | Circulate the new radio rota to venues | 15/3/22
Tina | Send venues the levy consultation link | 15/3/22
Gail | Book the taxi marshals for the summer festival | Next mtg
"""


def test_first_name_rows_go_to_the_items_that_minuted_them():
    got = [(it.number, [o.name for o in a.owners]) for it in extract_text(NOTES).items for a in it.actions]
    assert sorted(got) == [("1", ["Rob Mallow"]), ("2", ["Tina Grebe"]), ("3", ["Gail Horner"])]


def test_a_row_whose_first_name_no_item_uses_stays_in_the_list():
    notes = NOTES.replace("Tina reported", "The licensing officer reported").replace("Licensing (Tina)", "Licensing")
    got = [(it.number, [o.name for o in a.owners]) for it in extract_text(notes).items for a in it.actions]
    assert ("4", ["Tina Grebe"]) in got


def test_all_agreed_alone_on_a_bullet_is_a_decision():
    item = extract_text(NOTES).items[2]
    assert [(d.kind, d.text) for d in item.decisions] == [("agreed", "All agreed the split.")]


def test_all_said_is_no_decision():
    notes = NOTES.replace("All agreed the split.", "All said the split was fair.")
    assert extract_text(notes).items[2].decisions == []


BOARD = """LAKESHIRE SAFER COMMUNITIES BOARD

MINUTES

Date:    Thursday 18th July 2013

PRESENT

Cllr Ann Webb (Chair) – Lakeby MBC            Ch Supt Carl Dent (Vice Chair) – Lakeshire Police
Jo Bloggs – Lakeby MBC                        Mark Fell – Lakeshire Fire Service
Rita Moss – Lakeby Community Housing          Dr Asha Rae – Lakeby CCG

APOLOGIES

Ken Mole – Lakeby MBC

Item 1: Welcome

AW welcomed everyone.
"""


def test_two_name_dash_body_columns_are_two_people():
    present = [(a.name, a.organisations, a.role) for a in extract_text(BOARD).attendance if a.list_kind == "present"]
    assert present == [
        ("Cllr Ann Webb", ["Lakeby MBC"], "Chair"), ("Ch Supt Carl Dent", ["Lakeshire Police"], "Vice Chair"),
        ("Jo Bloggs", ["Lakeby MBC"], None), ("Mark Fell", ["Lakeshire Fire Service"], None),
        ("Rita Moss", ["Lakeby Community Housing"], None), ("Dr Asha Rae", ["Lakeby CCG"], None)]


def test_a_body_with_a_dash_in_one_column_stays_one_entry():
    board = BOARD.replace("Rita Moss – Lakeby Community Housing          Dr Asha Rae – Lakeby CCG",
                          "Rita Moss – Lakeby Community Housing – Tenancy Services")
    names = [a.name for a in extract_text(board).attendance if a.list_kind == "present"]
    assert "Rita Moss" in names and len(names) == 5
