"""One small invented document per rule for outcome and action lines labelled in a house style:
"Agreed Action: Name to …" under an item is an explicit action of the person named. Each test fails
without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import owners

HEAD = ("Safer Westbury Partnership Board\nMinutes\n\nMeeting date:  Tuesday 9 July 2024\n\n"
        "Present: Cllr Joan Hale (Chair), Priya Mistry, Owen Clarke\n\n")


def test_an_agreed_action_line_is_an_explicit_action_of_the_person_named():
    text = (HEAD + "1.0    Community Safety Strategy\n1.1    The draft strategy was presented.\n"
            "Outcome: The Board approved the strategy.\n"
            "Agreed Action: Priya Mistry to publish the strategy on the Council website.\n\n"
            "2.0    Any Other Business\n2.1    None.\n")
    record = extract_text(text)
    assert owners(record) == [("1.0", ["Priya Mistry"], True)]
    assert record.items[0].actions[0].text.startswith("Priya Mistry to publish the strategy")
