"""Typed minutes laid out with spaces: attendance blocks labelled in a left column ("PRESENT:",
"PARTNERS:", "OFFICERS:") with a plural-title line among them, a "Member  Representing" table whose
second cell wraps under its own column, an "Also in attendance" paragraph whose brackets wrap,
numbered items flush left with indented numbered sub-lists under them, and an ACTION column whose
header stands at the end of the first item's heading line. Invented snippets; each test fails
without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = "Minutes of a meeting of the Fellside Partnership held at the Town Hall, Fellside on 2 May 2024 at 2.00 pm\n\n"


def _names(text: str) -> list[str]:
    return [a.name for a in extract_text(text).attendance if a.list_kind != "apologies"]


def test_partners_label_and_a_plural_title_line_in_a_labelled_left_column():
    text = HEAD + ("PRESENT:        Councillor A Brook (Chairman)\n"
                   "                Councillors C Dent, Ms E Foss and G Hale\n\n"
                   "PARTNERS:       Inspector Jo Marsh (Fellside Police)\n"
                   "                Tom Webb (Lakes Fire and Rescue Service)\n\n"
                   "OFFICERS:       Kim Lowe (Community Safety Manager)\n\n"
                   "1.  APOLOGIES FOR ABSENCE\n\nNone.\n")
    assert _names(text) == ["Councillor A Brook", "C Dent", "Ms E Foss", "G Hale", "Inspector Jo Marsh",
                            "Tom Webb", "Kim Lowe"]


def test_a_spaced_table_whose_second_cell_wraps_and_a_paragraph_whose_bracket_wraps():
    text = HEAD + ("Present:\n\n"
                   "Member                      Representing\n"
                   "Cllr Ann Brook (Chairman)   Cabinet Member for Health, Fellside\n"
                   "                            County Council\n"
                   "Cllr Carl Dent              Chief Executives' representative\n"
                   "                            for district councils (Lakeby District Council)\n"
                   "Eve Foss                    Chief Executive, Lakes Healthwatch\n\n"
                   "Also in attendance:\n\n"
                   "Jo Marsh (Consultant in Public Health, Fellside County Council), Tom Webb (Head\n"
                   "of Community Safety, Fellside County Council) and Kim Lowe (Democratic Services\n"
                   "Officer, Fellside County Council).\n\n"
                   "1   Apologies\n\nNone.\n")
    record = extract_text(text)
    names = [a.name for a in record.attendance]
    assert names == ["Cllr Ann Brook", "Cllr Carl Dent", "Eve Foss", "Jo Marsh", "Tom Webb", "Kim Lowe"]
    dent = record.attendance[1]
    assert dent.organisations == ["Lakeby District Council"]


def test_indented_numbered_sub_lists_are_not_items_and_a_spaced_number_heads_a_long_title():
    text = HEAD + ("1   Membership and Apologies\n\n"
                   "The Board noted that:\n\n"
                   "    1. Apologies for absence had been received from Cllr Ann Brook (Fellside\n"
                   "        County Council) and Tom Webb;\n"
                   "    2. Carl Dent attended as the representative of the Lakes Trust in place\n"
                   "        of Eve Foss.\n\n"
                   "2   Minutes of the meeting held on 1 March 2024\n\n"
                   "The minutes were agreed as a correct record.\n\n"
                   "3   Integrated Care Systems in Fellside - update from the three Integrated Care Boards\n\n"
                   "The Board RESOLVED to:\n\n"
                   "    1. Note the update on the three Integrated Care Boards;\n"
                   "    2. Agree that each Integrated Care Partnership report in March.\n\n"
                   "4   Date of Next Meeting\n\n18 July 2024.\n")
    items = extract_text(text).items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Membership and Apologies"), ("2", "Minutes of the meeting held on 1 March 2024"),
        ("3", "Integrated Care Systems in Fellside - update from the three Integrated Care Boards"),
        ("4", "Date of Next Meeting")]


def test_an_action_column_headed_on_the_first_item_heading_line():
    first = "     2.1 Violent crime: 214 offences against a target of 198."
    column = 75         # where "ACTION" stands on the heading line; the initials sit under it
    text = ("FELLSIDE COMMUNITY SAFETY PARTNERSHIP\n\nMinutes of the meeting held on 2 May 2024\n\n"
            "Present:\nAB    Ann Brook        Fellside Council (Chair)\nCD    Carl Dent        Fellside Police\n\n\n"
            "1.   WELCOME AND INTRODUCTIONS" + " " * 45 + "ACTION\n\n"
            "     AB welcomed everyone to the meeting.\n\n\n"
            "2.   PERFORMANCE REPORT\n\n" +
            first + " " * (column - len(first)) + "CD\n" +
            "         CD to bring a breakdown of the offences by location to the\n"
            "         next meeting.\n")
    record = extract_text(text)
    assert not record.items[0].actions
    actions = record.items[1].actions
    assert [[o.name for o in a.owners] for a in actions] == [["Carl Dent"]]
    assert actions[0].text.startswith("Violent crime")
