"""One small invented document per rule learnt from a panel's printed PDF minutes (attendance
paragraphs labelled "Councillors present:", names and Acts wrapped over printed lines), a city
partnership's notes with items numbered on a line of their own, bullet outcomes and a closing
"Agreed actions" list, and a board's minutes with a tab-separated attendance table. Each test fails
without its rule."""
from __future__ import annotations

from kgraph.entities.legislation import find_legislation
from kgraph.entities.matcher import tokenize
from kgraph.extract import extract_text

from test_unseen_layouts import decisions, people

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"


# --------------------------------------------------------------------------- attendance


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


# --------------------------------------------------------------------------- meeting


def test_a_virtual_meeting_line_naming_its_platform_is_the_venue():
    text = ("LAKES COMMUNITY HARM BOARD\n\nMinutes of the meeting held on Thursday 10 September 2020, 10:00 – 12:15\n"
            "Virtual meeting via Microsoft Teams\n\nItem 1: Welcome\nThe Chair welcomed members.\n")
    header = extract_text(text).header
    assert header.venue == "Virtual meeting via Microsoft Teams"


def test_a_tab_separated_attendee_row_is_no_parent_council():
    text = ("LAKES COMMUNITY HARM BOARD\n\nMinutes of the meeting held on Thursday 10 September 2020\n\n"
            "Attendees\nName\tOrganisation\nCllr Ann Webb (Chair)\tLakes County Council\n"
            "Jo Marsh\tLakes Police\n\nItem 1: Welcome\nThe Chair welcomed members.\n")
    header = extract_text(text).header
    assert header.body == "Lakes Community Harm Board"
    assert header.parent_body is None


# --------------------------------------------------------------------------- legislation


def test_a_bracketed_part_of_a_title_wrapped_over_a_printed_line_is_kept_whole():
    text = ("The Panel is required to review the precept under the Lakes Reform and Social Responsibility Act\n"
            "2011 and the Lakes Police and Crime Panels (Precepts and\nChief Officer Appointments) Regulations 2012.\n")
    titles = [" ".join(h.text.split()) for h in find_legislation(text, tokenize(text))]
    assert "Lakes Police and Crime Panels (Precepts and Chief Officer Appointments) Regulations 2012" in titles


# --------------------------------------------------------------------------- decisions


def test_the_body_agreeing_that_something_would_be_done_decides_it():
    text = (HEAD + "4\nServing notices\n• Jo Marsh explained the new duty.\n"
            "• The Partnership agreed that the Lakes Board would act as the lead partnership for the duty.\n")
    assert decisions(extract_text(text)) == [
        ("4", "agreed", "The Partnership agreed that the Lakes Board would act as the lead partnership for the duty.")]


def test_a_wrapped_line_of_a_running_attendance_paragraph_is_no_parent_council():
    text = ("LAKES POLICE AND CRIME PANEL\n\nMinutes of the meeting of the Lakes Police and Crime Panel, held in "
            "Committee Room 1 on Thursday, 1 February 2018.\n\n"
            "Councillors present: J Webb (Lakes District Council) (Chairman), G Finch\n"
            "(Fell City Council) (Vice-Chairman), M Hale (Tarn Borough Council), T\n"
            "Marsh (Mere District Council).\n\n1. APOLOGIES\n\nNone.\n")
    assert extract_text(text).header.parent_body is None


def test_a_known_short_title_at_the_end_of_a_longer_title_is_the_longer_act():
    text = "Commissioning would transfer to Public Health under the Health and Social Care Act 2012.\n"
    assert [(h.text, h.key) for h in find_legislation(text, tokenize(text))] == [
        ("Health and Social Care Act 2012", "health-and-social-care-act-2012")]


def test_a_comma_inside_a_titles_brackets_is_part_of_the_title():
    text = "Breaches of the Health Protection (Coronavirus, Restrictions) (England) Regulations 2020 were reported.\n"
    assert [h.text for h in find_legislation(text, tokenize(text))] == [
        "Health Protection (Coronavirus, Restrictions) (England) Regulations 2020"]


def test_a_notes_heading_naming_only_a_generic_body_leaves_the_name_above_it():
    text = ("Lakes & Fell Safe Streets Partnership\n(Community Safety Partnership)\n\nNOTES OF THE PARTNERSHIP BOARD\n\n"
            "Date: Tuesday 18 October 2022\nTime: 2.00pm – 4.00pm\n\nPresent: Jo Marsh (Lakes Police).\n\n"
            "1\nWelcome\n• The Chair welcomed members.\n")
    assert extract_text(text).header.body == "Lakes & Fell Safe Streets Partnership"
