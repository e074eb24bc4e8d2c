"""An item whose only outcome is a paragraph of its own "It was agreed that X would …" records that
agreement as its decision; inside a discussion paragraph, or beside another outcome, it stays
narrative. Invented snippets."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = "# Fellside Safety Board\n\n**Minutes of the meeting held on Wednesday 6 March 2024**\n\n"


def _decisions(text: str) -> list[tuple[str, str, str]]:
    return [(it.number, d.kind, d.text) for it in extract_text(text).items for d in it.decisions]


def test_a_lone_it_was_agreed_paragraph_is_the_items_decision():
    text = HEAD + ("## 1. Violence against women\n\nDr Ann Brook updated the Board on the action plan.\n\n"
                   "It was agreed that the Strategy Group would report to the Board twice a year.\n\n"
                   "ACTION: Dr Ann Brook to circulate the assessment.\n")
    assert _decisions(text) == [("1", "agreed", "It was agreed that the Strategy Group would report to the Board twice a year.")]


def test_it_was_agreed_inside_discussion_or_beside_an_outcome_stays_narrative():
    inside = HEAD + ("## 1. Tags\n\nCarl Dent reported new tags. It was agreed that partners would keep reporting them.\n")
    beside = HEAD + ("## 1. Tags\n\nIt was agreed that partners would keep reporting tags.\n\n"
                     "The Board noted the update.\n")
    assert _decisions(inside) == []
    assert _decisions(beside) == [("1", "noted", "The Board noted the update.")]


PASSIVE = """FENBURY SAFEGUARDING ADULTS BOARD

Minutes of the meeting held on Wednesday 4 March 2015 at 2.00pm, Room 3, Town Hall

Present: Ann Brook (Chair), Carl Dent (Fenbury Police)

1. Apologies

1.1 None.

2. Business Plan 2015-17

2.1 Carl Dent presented the draft plan.

2.2 The Business Plan 2015-17 was agreed. Its three priorities are prevention, quality and housing.

3. Training

3.1 It was agreed. Carl Dent would circulate dates.

4. Night-time economy

4.1 Carl Dent reported on the town centre. The Board was in agreement that the taxi marshal scheme should continue over the winter. Ann Brook thanked him.
"""


def test_a_paragraph_saying_in_the_passive_that_a_named_thing_was_agreed_decides_it():
    record = extract_text(PASSIVE)
    by_number = {i.number: i for i in record.items}
    assert [(d.kind, d.text) for d in by_number["2"].decisions] == [("agreed", "The Business Plan 2015-17 was agreed.")]
    # "It was agreed." names nothing it decides: not read by this rule
    assert not any("It was agreed" in d.text for d in by_number["3"].decisions)


def test_the_body_in_agreement_inside_discussion_is_the_decision_of_an_item_with_no_other_outcome():
    record = extract_text(PASSIVE)
    got = [(d.kind, d.text) for d in {i.number: i for i in record.items}["4"].decisions]
    assert got == [("agreed", "The Board was in agreement that the taxi marshal scheme should continue over the winter.")]
