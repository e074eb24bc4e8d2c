"""Attendance written the ways councils label it: a qualified group of members ("Independent co-opted
members:"), a plural title before one name ("Cllrs J Ashby-Kemp"), and apologies minuted as a
sentence under the first item ("Apologies were received from A and from B (Org)", wrapped over lines)
beside a present list above. Invented snippets; each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = "MINUTES of a meeting of the Fellside Partnership held in the Guildhall, Kendal on 2 May 2024.\n\n"


def _attendance(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.list_kind) for a in extract_text(text).attendance]


def test_a_qualified_members_label_heads_an_attendance_list():
    text = HEAD + ("Present: Councillors Ann Brook (Chairman) and Carl Dent\n\n"
                   "Independent co-opted members: Dr Eve Foss and Mrs Jo Marsh\n\n1. APOLOGIES\n\nNone.\n")
    assert _attendance(text) == [("Ann Brook", "present"), ("Carl Dent", "present"),
                                 ("Dr Eve Foss", "present"), ("Mrs Jo Marsh", "present")]


def test_a_plural_title_before_one_name_is_not_part_of_it():
    text = HEAD + "Present: Cllr A Brook (Chairman), Cllrs J Dent-Hale and Cllr T Foss.\n\n1. APOLOGIES\n\nNone.\n"
    assert _attendance(text) == [("Cllr A Brook", "present"), ("J Dent-Hale", "present"), ("Cllr T Foss", "present")]


def test_apologies_sentence_in_the_first_item_beside_a_present_list():
    text = HEAD + ("Present:\nAnn Brook, Fellside Council (Chair)\nCarl Dent, Fellside Police\n\n"
                   "Item 1 – Welcome and apologies\nApologies were received from Councillor Eve Foss and from Tom\n"
                   "Marsh (Fellside Fire Service).\n\nItem 2 – Minutes\nThe minutes were agreed.\n")
    assert _attendance(text) == [("Ann Brook", "present"), ("Carl Dent", "present"),
                                 ("Councillor Eve Foss", "apologies"), ("Tom Marsh", "apologies")]


def test_a_group_label_opening_a_running_list_is_not_part_of_the_first_name():
    text = HEAD + ("Present:-\nMembers of the Partnership: Councillor Ann Brook (Chair) (Fellside Council); "
                   "Councillor Carl Dent (Lakes Council); Mrs Eve Foss (Independent Member).\n\n"
                   "1. APOLOGIES\n\nNone.\n")
    assert _attendance(text) == [("Councillor Ann Brook", "present"), ("Councillor Carl Dent", "present"),
                                 ("Mrs Eve Foss", "present")]


def test_together_with_labels_the_officers_in_attendance():
    text = HEAD + ("PRESENT:\n\nCouncillor A. Brook (Fellside Council) - Chair\n\nTogether with:\n\n"
                   "R. Dent (Chief Executive, OPCC), S. Marsh (Scrutiny Officer, Fellside Council), T. Hale "
                   "(Chief Finance Officer, OPCC) and Deputy Chief "
                   "Constable C. Foss (Lakes Police).\n\n"
                   "1. APOLOGIES\n\nNone.\n")
    assert _attendance(text) == [("Councillor A. Brook", "present"), ("R. Dent", "in_attendance"),
                                 ("S. Marsh", "in_attendance"), ("T. Hale", "in_attendance"),
                                 ("Deputy Chief Constable C. Foss", "in_attendance")]


def test_a_minute_taker_label_in_the_list_is_not_part_of_the_name():
    text = HEAD + ("Present\nAnn Brook – Chair, Fellside Council\nMinutes: Carl Dent, Business Unit\n\n"
                   "Item 1 – Welcome\n  Noted.\n\nItem 2 – Audit\n  Noted.\n")
    entries = extract_text(text).attendance
    # (the minute-taker's own line is in attendance, as "Minutes: Carl Dent (Business Unit)" is)
    assert [(a.name, a.list_kind) for a in entries] == [("Ann Brook", "present"), ("Carl Dent", "in_attendance")]
    assert entries[1].role == "Minute Taker"


def test_semicolons_part_the_people_of_one_list_line():
    text = HEAD + ("Present\nAnn Brook – Chair, Fellside Council\n\nApologies\n"
                   "Carl Dent – Lakes City Council; Eve Foss – Healthwatch Lakes\nGus Marsh – Lakes Police\n\n"
                   "Item 1 – Welcome\n  Noted.\n\nItem 2 – Audit\n  Noted.\n")
    entries = extract_text(text).attendance
    assert [(a.name, a.organisations) for a in entries if a.list_kind == "apologies"] == [
        ("Carl Dent", ["Lakes City Council"]), ("Eve Foss", ["Healthwatch Lakes"]), ("Gus Marsh", ["Lakes Police"])]


def test_a_qualified_group_of_organisations_heads_its_people():
    # Northern Irish partnerships list the members sent by statutory bodies under their own group label
    text = HEAD + ("PRESENT:\n\nPolitical Members:\tCouncillor Ann Brook (Chair), Alderman Carl Dent.\n\n"
                   "Designated Organisations:\tChief Inspector Eve Foss (Lakes Police), Ms Jo Marsh (Lakes Housing Trust).\n\n"
                   "In Attendance:\tMr Tom Hale (Partnership Manager).\n\n1. APOLOGIES\n\nNone.\n")
    assert _attendance(text) == [("Councillor Ann Brook", "present"), ("Alderman Carl Dent", "present"),
                                 ("Chief Inspector Eve Foss", "present"), ("Ms Jo Marsh", "present"),
                                 ("Mr Tom Hale", "in_attendance")]


def test_a_label_alone_above_a_paragraph_of_named_people_with_brackets():
    # two people in a sentence ("A (Org), B (Org) and C (Post, Org).") are no running list of three pieces
    text = HEAD + ("In attendance\n\nChief Superintendent Eve Foss (Lakes Police), Group Commander Tom Hale "
                   "(Lakes Fire and Rescue Service) and Jo Marsh (Chief Officer, Lakes Drug Partnership).\n\n"
                   "1. APOLOGIES\n\nNone.\n")
    assert _attendance(text) == [("Chief Superintendent Eve Foss", "in_attendance"),
                                 ("Group Commander Tom Hale", "in_attendance"), ("Jo Marsh", "in_attendance")]
    # a sentence under the label is still not read as names
    text = HEAD + ("Apologies\n\nApologies were received from Eve Foss (Lakes Police) and Tom Hale (Lakes Council).\n\n"
                   "1. APOLOGIES\n\nNone.\n")
    assert ("Apologies were received from Eve Foss", "apologies") not in _attendance(text)


def test_a_minute_taker_line_of_its_own_names_an_attendee():
    # a paragraph of its own under the apologies, not inside the present list
    text = HEAD + ("Present:\n- Ann Brook (Chair, Fellside Council)\n- Tom Hale (Lakes Police)\n\n"
                   "**Apologies:** Cllr Eve Ford (Fellside Council)\n\n**Minutes:** Kay Lund (FDC)\n\n"
                   "### 1. Welcome\n\nMinutes:\n\nThe Chair welcomed everyone.\n")
    entries = extract_text(text).attendance
    assert [(a.name, a.list_kind) for a in entries] == [
        ("Ann Brook", "present"), ("Tom Hale", "present"), ("Cllr Eve Ford", "apologies"), ("Kay Lund", "in_attendance")]
    assert entries[-1].role == "Minute Taker"


def test_a_group_label_on_one_list_line_gives_each_member_its_post():
    # the brackets after the members name wards, not bodies; a bracket naming a body stays one
    text = HEAD + ("Attendees:\n- Ann Brook (Chair, Fellside Council)\n"
                   "- Ward councillors: Jo Platt (Hillside), Raj Omar (Kirkby North), Lee Shaw (Kendal College)\n\n"
                   "### 1. Welcome\n\nNoted.\n")
    entries = extract_text(text).attendance
    assert [(a.name, a.role, a.organisations) for a in entries[1:]] == [
        ("Jo Platt", "Ward councillor", []), ("Raj Omar", "Ward councillor", []),
        ("Lee Shaw", "Ward councillor", ["Kendal College"])]


def test_members_grouped_under_their_councils_labels_each_name_its_body():
    text = HEAD + ("Present:\n\nFellside District Council: Councillor Ann Brook (Chair), Councillor Carl Dent, "
                   "Councillor Eve Foss\n\nLakes County Council: Councillor Jo Marsh (Vice-Chair), Councillor Tom Hale\n\n"
                   "Employees in attendance:\nFellside District Council: Kay Webb (Community Safety Officer), "
                   "Lee Stone (Democratic Services Officer)\n\n1. APOLOGIES\n\nNone.\n")
    entries = extract_text(text).attendance
    assert [(a.name, a.list_kind) for a in entries] == [
        ("Councillor Ann Brook", "present"), ("Councillor Carl Dent", "present"), ("Councillor Eve Foss", "present"),
        ("Councillor Jo Marsh", "present"), ("Councillor Tom Hale", "present"),
        ("Kay Webb", "in_attendance"), ("Lee Stone", "in_attendance")]
    assert entries[3].organisations == ["Lakes County Council"]


def test_a_council_heading_on_its_own_line_above_its_members_names_nobody():
    # a web page sets each group's label on a line of its own above its members' paragraph
    text = HEAD + ("Present\n\nFellside District Council\n\nCouncillor Ann Brook (Chair), Councillor Carl Dent\n\n"
                   "Co-opted Members\n\nInspector Eve Foss (Lakes Police), Jo Marsh (Lakes Fire and Rescue Service)\n\n"
                   "1. APOLOGIES\n\nNone.\n")
    assert [a.name for a in extract_text(text).attendance] == [
        "Councillor Ann Brook", "Councillor Carl Dent", "Inspector Eve Foss", "Jo Marsh"]
