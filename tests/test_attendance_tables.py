"""Attendance written as tab-separated tables under their labels ("Present", "Apologies", each with a
"Name | Organisation | Role" header row): a table's own title line over its header names nobody, and
an apologies table's "Substitute" column names who came in the absent member's place. Invented."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = "Fellside Drugs Partnership\nMinutes of the meeting held on Monday 3 June 2024, 10:00\n\n"
PRESENT = ("Present\nName\tOrganisation\tRole\nAnn Brook\tFellside Council\tChair\n"
           "Tom Hale\tLakes Police\tInspector\n\n")
ITEMS = "Agenda item 1: Welcome\nThe Chair welcomed everyone.\n"


def _attendance(text: str) -> list[tuple[str, str, list[str]]]:
    return [(a.name, a.list_kind, a.organisations) for a in extract_text(text).attendance]


def test_a_title_line_over_a_second_table_header_is_not_an_attendee():
    text = HEAD + PRESENT.rstrip("\n") + ("\n\nAdvisers (non-voting)\nName\tOrganisation\tRole\n"
                                          "Kay Lund\tFellside Council\tAnalyst\n\n") + ITEMS
    assert [name for name, _, _ in _attendance(text)] == ["Ann Brook", "Tom Hale", "Kay Lund"]


def test_a_substitute_cell_names_a_person_there_for_the_absent_members_body():
    text = HEAD + PRESENT + ("Apologies\nName\tOrganisation\tSubstitute\nEve Ford\tLakes Probation\tNone\n"
                             "Raj Omar\tFellside Youth Justice Service\tLee Shaw\n\n") + ITEMS
    assert _attendance(text)[2:] == [
        ("Eve Ford", "apologies", ["Lakes Probation"]),
        ("Raj Omar", "apologies", ["Fellside Youth Justice Service"]),
        ("Lee Shaw", "present", ["Fellside Youth Justice Service"])]


def test_a_post_written_before_the_body_in_the_organisation_column_is_the_post():
    text = HEAD + ("Present\nName\tOrganisation\nAnn Brook\tFellside Council\n"
                   "Tom Hale\tDemocratic Services Officer, Fellside Council\n"
                   "Kay Lund\tChief Executive, Office of the Lakes Police and Crime Commissioner\n"
                   "Raj Omar\tLakes, Fells and Dales Community Rehabilitation Company\n\n") + ITEMS
    record = extract_text(text)
    assert [(a.name, a.role, a.organisations) for a in record.attendance] == [
        ("Ann Brook", None, ["Fellside Council"]),
        ("Tom Hale", "Democratic Services Officer", ["Fellside Council"]),
        ("Kay Lund", "Chief Executive", ["Office of the Lakes Police and Crime Commissioner"]),
        ("Raj Omar", None, ["Lakes, Fells and Dales Community Rehabilitation Company"])]


def test_a_person_beside_an_office_across_a_column_gap_is_not_the_offices_area():
    from kgraph.entities.matcher import tokenize
    from kgraph.entities.organisations import find_organisation_hits

    for gap in ("\t", "     "):
        text = f"In attendance:\nAnn Brook{gap}Police and Crime Commissioner\n"
        assert [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))] == [
            "Police and Crime Commissioner"]
    text = "The Fellside and Lakes Police and Crime Commissioner spoke."
    assert [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))] == [
        "Fellside and Lakes Police and Crime Commissioner"]
