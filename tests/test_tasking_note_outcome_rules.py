"""One small invented document per rule for tasking notes of a group that calls itself by its acronym
(a joint action group): the shouted agreement written as an infinitive after a location label
("Canal towpath: JAG AGREED to close …") is a decision, and an item titled "Date of next JAG" dates
the body's next meeting. Each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

HEAD = ("ELMFORD TOWN JOINT ACTION GROUP (JAG)\n\nDate: Tuesday 4 June 2024\n\n"
        "Present: Insp Rhona Vale (Chair), Dev Okafor\n\n")


def test_a_shouted_agreement_as_an_infinitive_after_a_location_label_is_a_decision():
    text = (HEAD + "1. Tasking\n\n1.1 Canal towpath: patrols found no further damage since the last "
            "meeting.\n\n1.2 Canal towpath: JAG AGREED to close this location at the July JAG if no "
            "further reports are received.\n\n2. Any other business\n\nNone.\n")
    record = extract_text(text)
    texts = [d.text for d in record.items[0].decisions]
    assert any(t.startswith("to close this location at the July JAG") for t in texts), texts
    assert record.items[0].decisions[0].kind == "agreed"


def test_an_item_titled_date_of_next_acronym_dates_the_next_meeting():
    text = (HEAD + "1. Tasking\n\nNo new locations.\n\n2. Date of next JAG\n\n"
            "Tuesday 2 July 2024, 10.00am, Elmford Police Station.\n")
    record = extract_text(text)
    assert record.header.date == dt.date(2024, 6, 4)
    assert [(r.date, r.relation) for r in record.meeting_refs] == [(dt.date(2024, 7, 2), "next")]


def test_another_bodys_acronym_after_next_dates_no_meeting_of_this_one():
    text = (HEAD + "1. Tasking\n\nNo new locations.\n\n2. Next PCC\n\n"
            "Tuesday 2 July 2024, 10.00am, Elmford Police Station.\n")
    record = extract_text(text)
    assert record.meeting_refs == []
