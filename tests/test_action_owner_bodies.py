"""An "ACTION:" line naming a body or one of its departments ("ACTION: KCC Strategic Commissioning")
gives an organisation as the owner, never a person: a body the gazetteer knows, such a body followed by
department words, or a name ending in a department's head word ("… Directorate"). Invented snippets."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = ("FELLSIDE COMMUNITY SAFETY PARTNERSHIP\n\nMINUTES OF MEETING\n\nDATE: WEDNESDAY 5 JUNE 2024, 09:30\n\n"
        "PRESENT:\nAnn Brook - Fellside Council (Chair)\nCarl Dent - Fellside Police\n\n")


def _owners(action_line: str) -> list[tuple[str, str]]:
    text = HEAD + ("1. MODERN SLAVERY\n\nCarl Dent presented the report.\n\n"
                   "RESOLVED that the council publish its statement by 31 March 2025.\n\n" + action_line + "\n")
    return [(o.name, o.kind) for it in extract_text(text).items for a in it.actions for o in a.owners]


def test_a_known_body_with_department_words_is_an_organisation():
    assert _owners("ACTION: KCC Strategic Commissioning") == [("KCC Strategic Commissioning", "organisation")]


def test_a_department_by_its_head_word_is_an_organisation():
    assert _owners("ACTION: Adult Social Care Directorate") == [("Adult Social Care Directorate", "organisation")]


def test_a_person_owner_stays_a_person():
    assert _owners("ACTION: Carl Dent") == [("Carl Dent", "person")]
