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
