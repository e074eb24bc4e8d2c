"""Notes that number their action points "AP1:", "AP2:" … under the discussion they come from, the
owner written "FirstName (Body)" before "to …": each is an explicit action of its item, its owner the
attendee of that first name. The "AP7:" line is no minute heading even when its number follows the
items' own, and a task wrapped after a joining word ("… for" over "Dana to sign …") stays one action.
Invented notes."""
from __future__ import annotations

from kgraph.extract import extract_text

DOC = """LAKEBY DOMESTIC ABUSE STEERING GROUP

Notes of meeting - Tuesday 12/03/19, 1.30pm - 3.30pm
Room 4, Lakeby Town Hall

Present:
Dana Oakes, Lakeby Police (Chair)
Priya Kell, Lakeby Council
Owen Tarn, Lakeby Housing

1) Intros and apologies

Dana welcomed everyone.

2) Referrals

Priya went through the referral figures for the quarter.

AP1: Priya (Lakeby Council) to circulate the referral figures by district.

Owen said the housing data still needs checking.

AP2: Owen (Lakeby Housing) to draft a letter of support from the group for
Dana to sign and send to the commissioner.

3) Training

Dana reported on the training dates.

AP4: Dana (Lakeby Police) to book the training venue for May.
"""


def test_numbered_action_points_are_actions_of_their_item():
    minutes = extract_text(DOC)
    assert [it.number for it in minutes.items] == ["1", "2", "3"]
    found = [(it.number, [o.name for o in a.owners], " ".join(a.text.split()))
             for it in minutes.items for a in it.actions]
    assert [(n, o) for n, o, _ in found] == [("2", ["Priya Kell"]), ("2", ["Owen Tarn"]), ("3", ["Dana Oakes"])]
    assert found[1][2].endswith("Dana to sign and send to the commissioner.")
    assert all(a.explicit for it in minutes.items for a in it.actions)


def test_action_point_written_in_words_labels_an_action():
    text = ("Fellside Community Safety Partnership\n\nMinutes of the meeting held on 12 March 2024\n\n"
            "Present: Jane Bloggs (JB) (Chair, Fellside Council), Mark Dunn (MD) (Fellside Police)\n\n"
            "1. Apologies\nNone.\n\n2. Domestic abuse update\nMark Dunn presented the report.\n"
            "Action point: MD to circulate the report.\n\n3. Close\nNone.\n")
    record = extract_text(text)
    assert [[o.name for o in a.owners] for i in record.items for a in i.actions] == [["Mark Dunn"]]
