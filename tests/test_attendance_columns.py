"""A list printed in two columns under labels side by side ("Attendees      Apologies"): each person
belongs to the list whose label heads their column, initials in brackets kept. Invented snippets."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = "FELLSIDE SAFETY PARTNERSHIP\nSTRATEGIC BOARD - MINUTES\n\nDate:   Thursday 6 June 2024\n\n"


def _attendance(text: str) -> list[tuple[str, str, str | None, list[str]]]:
    return [(a.name, a.list_kind, a.initials, a.organisations) for a in extract_text(text).attendance]


def test_two_labelled_columns_give_attendees_and_apologies():
    text = HEAD + ("Attendees                                  Apologies\n"
                   "Supt Ann Brook (AB) - Fellside Police      Cllr Tom Hale (TH) - Dale Council\n"
                   "Carl Dent (CD) - Fellside Council         Eve Foss (EF) - Fellside ICB\n"
                   "Jo Marsh (JM) - Fellside Fire Service\n\n1. Welcome\nAB welcomed members.\n")
    assert _attendance(text) == [
        ("Supt Ann Brook", "present", "AB", ["Fellside Police"]),
        ("Carl Dent", "present", "CD", ["Fellside Council"]),
        ("Jo Marsh", "present", "JM", ["Fellside Fire Service"]),
        ("Cllr Tom Hale", "apologies", "TH", ["Dale Council"]),
        ("Eve Foss", "apologies", "EF", ["Fellside ICB"])]


def test_words_apart_by_a_gap_are_no_column_labels_unless_all_are_list_labels():
    text = HEAD + ("Attendees                                  Notes\n"
                   "Ann Brook (AB) - Fellside Police\n\n1. Welcome\nAB welcomed members.\n")
    assert [a.name for a in extract_text(text).attendance] == []
