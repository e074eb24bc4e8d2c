"""One small invented document per rule for minutes typed with spaces: a cited earlier item inside
Matters arising ("Item 5 - Lighting. …") does not jump the item numbers ahead, and the owners' initials
typed in an ACTION column at the right of a paragraph (after spaces, or run up against the text) own
it. Each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import owners

ACTION_AT = 70


def _row(text: str, initials: str = "") -> str:
    """A body line indented six spaces, the initials at the ACTION column."""
    line = "      " + text
    if initials:
        line = line.ljust(ACTION_AT) if len(line) < ACTION_AT else line[:ACTION_AT]
        line += initials
    return line + "\n"


DOC = ("\n      NORTHDALE COMMUNITY SAFETY PARTNERSHIP\n\n"
       "      MINUTES OF THE MEETING HELD ON TUESDAY 9 MARCH 2010 AT 10.00 AM\n\n"
       "      PRESENT:\n"
       "      Cllr Ann Byers                 (AB)   Northdale Council (Chair)\n"
       "      Insp Ray Doyle                 (RD)   Northshire Police\n"
       "      Sue Carr                       (SC)   Northdale Council\n\n"
       + " " * ACTION_AT + "ACTION\n"
       "1.    APOLOGIES FOR ABSENCE\n" + _row("There were none.") + "\n"
       "2.    MATTERS ARISING\n" + _row("Item 5 - Street lighting. SC confirmed that the new lamps had")
       + _row("been fitted.") + "\n"
       "3.    BURGLARY\n" + _row("RD reported that burglary had fallen by 9%. A leaflet would")
       + _row("be sent to every household in the ward.", "RD/SC") + "\n"
       "4.    ANTI-SOCIAL BEHAVIOUR\n"
       + _row("Resolved: that the Partnership write to the housing trust asking for its policy on", "AB")
       + _row("noise.") + "\n"
       "5.    ANY OTHER BUSINESS\n" + _row("There was none.") + "\n")


def test_an_earlier_item_cited_in_matters_arising_does_not_jump_the_item_numbers():
    record = extract_text(DOC)
    assert [i.number for i in record.items] == ["1", "2", "3", "4", "5"]


def test_initials_in_a_typed_action_column_own_the_paragraph_they_stand_beside():
    record = extract_text(DOC)
    assert sorted(owners(record)) == [("3", ["Insp Ray Doyle", "Sue Carr"], True),
                                      ("4", ["Cllr Ann Byers"], True)]
