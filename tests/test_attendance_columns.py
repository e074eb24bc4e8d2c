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


def test_a_body_wrapped_under_its_own_column_joins_the_row_above():
    """A list printed in two columns apart by wide gaps, a long body wrapped onto a line indented to the
    body column: the wrapped words finish that body; no junk body spans several rows."""
    text = HEAD + ("PRESENT:\n"
                   "Councillor Ann Webb (Chair)      Fellside MBC\n"
                   "Tom Hale                         Fellside MBC (Head of Community\n"
                   "                                 Safety)\n"
                   "Jo Marsh                         Dale Fire &\n"
                   "                                 Rescue Service\n"
                   "Eve Foss                         Fellside Homes\n\n"
                   "IN ATTENDANCE:\nRay Lund                         Fellside MBC\n"
                   "Kim Dale                         Fellside MBC (Minutes)\n\n"
                   "1. Welcome\nThe Chair welcomed members.\n")
    record = extract_text(text)
    assert [(a.name, a.list_kind, a.organisations) for a in record.attendance] == [
        ("Councillor Ann Webb", "present", ["Fellside MBC"]),
        ("Tom Hale", "present", ["Fellside MBC"]),
        ("Jo Marsh", "present", ["Dale Fire & Rescue Service"]),
        ("Eve Foss", "present", ["Fellside Homes"]),
        ("Ray Lund", "in_attendance", ["Fellside MBC"]),
        ("Kim Dale", "in_attendance", ["Fellside MBC"])]
    assert record.attendance[1].role == "Head of Community Safety"
    assert record.attendance[5].role == "Minute Taker"      # "(Minutes)" is the task, not a body


def test_a_fixed_width_table_row_wrapped_onto_a_line_with_a_blank_name_cell_is_one_attendee():
    text = HEAD + ("Attendance\n\n"
                   "Name          | Role                        | Agency\n"
                   "--------------|-----------------------------|---------------------------\n"
                   "Ann Bell      | Designated Nurse            | NHS Fellside, Lakeby and\n"
                   "              |                             | North Lakes ICB\n"
                   "Tom Reed      | Safeguarding Lead           | Lakeshire Mental Health\n"
                   "              |                             | Partnership NHS Trust\n"
                   "Cath Dunn     | Inspector                   | Lakeshire Police\n\n"
                   "1. Welcome\n\nThe Chair welcomed members.\n")
    rows = _attendance(text)
    assert [name for name, *_ in rows] == ["Ann Bell", "Tom Reed", "Cath Dunn"]
    assert rows[0][3] == ["NHS Fellside, Lakeby and North Lakes ICB"]
    assert rows[1][3] == ["Lakeshire Mental Health Partnership NHS Trust"]
