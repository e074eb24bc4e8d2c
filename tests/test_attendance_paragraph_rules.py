"""One small invented document per rule for reading attendance: an apologies sentence under an
"Apologies" heading, a qualifier before "present" ("Councillors present:"), a body with a lower-case
remark after an attendee's name, an office named without its holder, and where the list ends (a
ModernGov items-table header); and the attendance lines that are no parent council of the meeting (a
tab-separated attendee row, a wrapped line of a running attendance paragraph, a bulleted attendee near
the top). Each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import extract_text_with_mentions, org_names, people, person_names

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"
MODERNGOV_PAGE = ("Agenda and minutes\n\nLakes Community Safety Partnership - Thursday, 26th September, 2019 3.00 pm\n\n"
                  "Venue: Meeting Room 9, Town Hall\n\nAttendance details\n\nPresent:\n"
                  "Councillor Ann Tern, Portfolio Holder for Community Safety (Chairman)\n"
                  "Owen Mallard, National Probation Service\n\nApologies:\nCouncillor Sam Eider\n"
                  "Detective Superintendent Ian Rook, Lakes Police\n\nItems\nNo.\tItem\n1.\n\nApologies for absence\n"
                  "Minutes:\n\nApologies were received from Councillor Sam Eider and Detective Superintendent Ian Rook.\n"
                  "2.\n\nRecord of meeting\nMinutes:\n\nThe record of the meeting was agreed.\n")


def test_an_apologies_sentence_under_an_apologies_heading_is_read_from_its_own_label():
    text = ("LAKES DOMESTIC ABUSE STRATEGIC BOARD\n\nNotes of the meeting held on Wednesday 16 September 2020, "
            "14:00 – 16:00\nMicrosoft Teams\n\nAttendees\n\nName | Organisation\n"
            "Rachel Thornbury (Chair) | Lakes County Council\nKirsty Hallam | Lakes Police\n\nApologies\n"
            "Apologies were received from Supt Neil Causton (Lakes Police), Claire Pountney (Lakes District Council), "
            "Dr Imogen Sayer (Lakes Health Trust) and Tom Ridley (Lakes Fire and Rescue Service).\n\n"
            "1.0 Welcome\n1.1 The Chair welcomed members.\n\n2.0 Notes\n2.1 The notes were agreed.\n")
    assert [n for n, _, _, kind in people(extract_text(text)) if kind == "apologies"] == [
        "Supt Neil Causton", "Claire Pountney", "Dr Imogen Sayer", "Tom Ridley"]


def test_a_qualifier_before_present_still_labels_an_attendance_paragraph():
    text = (HEAD + "Councillors present: J Webb (Lakes District Council) (Chairman), K Hale\n"
            "(Fell Borough Council) and T\nMarsh (Lakes County Council).\n\n"
            "Independent members present: Mrs V Okoro and Mr C Pell.\n\n"
            "1. APOLOGIES\n\nNone.\n")
    found = [(" ".join(name.split()), kind) for name, _, _, kind in people(extract_text(text))]
    assert found == [("J Webb", "present"), ("K Hale", "present"), ("T Marsh", "present"),
                     ("Mrs V Okoro", "present"), ("Mr C Pell", "present")]
    # prose that says who was (not) present is no list label
    assert people(extract_text(HEAD + "Not present: Jo Marsh.\n\n1. APOLOGIES\n\nNone.\n")) == []


def test_a_tab_separated_attendee_row_is_no_parent_council():
    text = ("LAKES COMMUNITY HARM BOARD\n\nMinutes of the meeting held on Thursday 10 September 2020\n\n"
            "Attendees\nName\tOrganisation\nCllr Ann Webb (Chair)\tLakes County Council\n"
            "Jo Marsh\tLakes Police\n\nItem 1: Welcome\nThe Chair welcomed members.\n")
    header = extract_text(text).header
    assert header.body == "Lakes Community Harm Board"
    assert header.parent_body is None


def test_a_wrapped_line_of_a_running_attendance_paragraph_is_no_parent_council():
    text = ("LAKES POLICE AND CRIME PANEL\n\nMinutes of the meeting of the Lakes Police and Crime Panel, held in "
            "Committee Room 1 on Thursday, 1 February 2018.\n\n"
            "Councillors present: J Webb (Lakes District Council) (Chairman), G Finch\n"
            "(Fell City Council) (Vice-Chairman), M Hale (Tarn Borough Council), T\n"
            "Marsh (Mere District Council).\n\n1. APOLOGIES\n\nNone.\n")
    assert extract_text(text).header.parent_body is None


def test_a_moderngov_items_table_header_ends_the_attendance_list():
    record = extract_text_with_mentions(MODERNGOV_PAGE)
    assert [(a.name, a.list_kind) for a in record.attendance] == [
        ("Councillor Ann Tern", "present"), ("Owen Mallard", "present"),
        ("Councillor Sam Eider", "apologies"), ("Detective Superintendent Ian Rook", "apologies")]
    assert not {"Items", "No", "Item"} & (set(person_names(record)) | set(org_names(record)))
    assert [it.number for it in record.items] == ["1", "2"]


def test_a_bulleted_attendee_near_the_top_is_no_parent_body():
    text = ("# Lakes Community Safety Partnership\n\n**Strategic Group – Meeting record**\n\n"
            "| **Date** | Tuesday 9 November 2021 |\n\n## Attendees\n\n"
            "- Cllr Ann Webb (Lakes Borough Council) – Chair\n- Jo Marsh (Lakes Police)\n\n"
            "## 1. Welcome\n\nThe Chair welcomed members.\n")
    assert extract_text(text).header.parent_body is None


def test_an_office_named_without_its_holder_is_not_an_attendee():
    text = (HEAD + "PRESENT: Mr A Webb (Chairman), Mrs J Finch.\n\n"
            "ALSO PRESENT: The Police and Crime Commissioner, Mr R Fenwick (Chief Executive, Office of the Police "
            "and Crime Commissioner) and Mr D Quayle.\n\n1. APOLOGIES\n\nNone.\n")
    assert [name for name, _, _, kind in people(extract_text(text)) if kind == "also_present"] == [
        "Mr R Fenwick", "Mr D Quayle"]


def test_a_body_with_a_lowercase_remark_after_a_name_is_that_persons_body():
    text = (HEAD + "Present:\nJo Marsh (JM), Lakes Police\n\nIn attendance:\nKay Lamb (KL), Lakes District Council (minutes)\n\n"
            "1. Welcome\n\nThe Chair welcomed members.\n")
    assert people(extract_text(text)) == [("Jo Marsh", ["Lakes Police"], None, "present"),
                                          ("Kay Lamb", ["Lakes District Council"], None, "in_attendance")]


def test_bulleted_attendees_are_one_a_line_whatever_their_brackets_and_commas():
    # "Post (Area), Body" would read as a wrapped paragraph ("…), Next Name"); the bullets say one a line
    text = HEAD + ("In attendance (virtually):\n\n"
                   "- Dr Ann Webb – Place Director (Fell), NHS Lakes Integrated Care Board\n"
                   "- Tom Hale – Service Manager, Lakes Recovery\n\n"
                   "Officers present:\n\n"
                   "- Eve Foss – Public Health Lead (Alcohol), Lakes City Council\n"
                   "- Jo Marsh – Democratic Services Officer (minutes)\n\n"
                   "1. APOLOGIES\n\nNone.\n")
    assert [(a.name, a.list_kind) for a in extract_text(text).attendance] == [
        ("Dr Ann Webb", "in_attendance"), ("Tom Hale", "in_attendance"),
        ("Eve Foss", "officers"), ("Jo Marsh", "officers")]


def test_apologies_from_bodies_only_name_no_attendee():
    """ "Apologies: Lakes Fire and Rescue Service; Adult Social Care (LCC); Fell Housing Group": every
    piece names a body or a department, so nobody is listed (not a person called "Adult Social Care")."""
    text = (HEAD + "Present: Ann Webb (Lakes Police), Tom Hale (Fell Council)\n\n"
            "Apologies: Lakes Fire and Rescue Service; Adult Social Care (LCC); Fell Housing Group\n\n"
            "1. Welcome\n\nMembers were welcomed.\n")
    found = [(name, kind) for name, _, _, kind in people(extract_text(text))]
    assert found == [("Ann Webb", "present"), ("Tom Hale", "present")]


def test_a_chair_with_a_title_inside_the_piece_is_still_a_person():
    text = (HEAD + "Chair: County Councillor Ann Webb, Cabinet Member for Communities, Lakes County Council\n\n"
            "1. Welcome\n\nMembers were welcomed.\n")
    assert [name for name, _, _, _ in people(extract_text(text))] == ["County Councillor Ann Webb"]
