"""Decisions in printed partnership minutes: an entry of the actions arising that cites an earlier
minute ("Minute (21) – Data sharing: … had been signed …") approves no record; "It was agreed that …"
closing an item stays its decision when the owners' bracketed marker follows it. Each test fails
without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

DOC = ("LAKEBY COMMUNITY SAFETY PARTNERSHIP\n\n"
       "MINUTES OF THE MEETING HELD AT THE TOWN HALL, LAKEBY ON THURSDAY 20 SEPTEMBER 2018 AT 10.00 A.M.\n\n"
       "PRESENT:\nInspector Ann Webb (AW) – Lakeby Police (Chair)\nTom Hale (TH) – Lakeby Council\n\n"
       "1. ACTIONS ARISING FROM THE PREVIOUS MEETING\n\nThe actions were reviewed as follows:\n\n"
       "Minute (21) – Data sharing: TH reported that the protocol had been signed by both councils but was\n"
       "still awaiting sign-off by the police. AW agreed to chase this. [Action:\nAW]\n\n"
       "2. COUNTY LINES\n\nAW gave a presentation on county lines activity.\n\n"
       "It was agreed that an awareness session be arranged for designated\n"
       "safeguarding leads in schools. [Action: AW/TH]\n")


def test_an_entry_citing_an_earlier_minute_approves_no_record():
    record = extract_text(DOC)
    assert record.items[0].decisions == []
    assert [[o.name for o in a.owners] for a in record.items[0].actions] == [["Inspector Ann Webb"]]


def test_it_was_agreed_with_a_bracketed_marker_after_it_is_the_items_decision():
    item = extract_text(DOC).items[1]
    assert [(d.kind, d.text[:40]) for d in item.decisions] == [("agreed", "It was agreed that an awareness session ")]
    assert [[o.name for o in a.owners] for a in item.actions] == [["Inspector Ann Webb", "Tom Hale"]]
