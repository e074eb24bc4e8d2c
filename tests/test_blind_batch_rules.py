"""One small invented document per rule learnt from a blind batch of minutes (a typed board's notes
under a two-line heading, ModernGov pages and printed minutes): each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.entities import find_mentions
from kgraph.extract import extract_text


def action_owners(record):
    return [(it.number, [o.name for o in a.owners], a.explicit) for it in record.items for a in it.actions]


def extract_text_with_mentions(text):
    record = extract_text(text)
    record.mentions = find_mentions(record)
    return record


def org_names(record):
    return sorted({m.text for m in record.mentions.organisations})


def person_names(record):
    return sorted({m.text for m in record.mentions.people})


# --------------------------------------------------------------------------- header


def test_a_document_kind_heading_is_never_the_body():
    text = ("Lakeshire Youth Violence Partnership Board\n"
            "Hosted by the Lakeshire Violence Reduction Unit\n\n"
            "NOTES OF MEETING\n\n"
            "Date: Tuesday 4 October 2022\nTime: 14:00\n\n"
            "Item 1 – Welcome\nThe Chair welcomed members.\n")
    record = extract_text_with_mentions(text)
    assert record.header.body == "Lakeshire Youth Violence Partnership Board"
    assert record.header.date == dt.date(2022, 10, 4)
    assert "Notes of Meeting" not in org_names(record) and "NOTES OF MEETING" not in org_names(record)


def test_a_meeting_notes_heading_above_the_board_line_is_not_the_body():
    text = ("MEETING NOTES\n\nRiverside Safer Streets Group\n\nDate: 3 May 2021\n\n"
            "1. Apologies\nNone.\n")
    assert extract_text(text).header.body == "Riverside Safer Streets Group"


# --------------------------------------------------------------------------- prose follow-ups

HEAD = ("MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"
        "PRESENT: Karl Dunmore (Youth Team), Mrs T Okafor (Lakes CCG), Mr P Hale (Lakes Police), "
        "Ms R Lund (Lakes Council)\n\n")


def test_a_follow_up_joined_by_and_belongs_to_the_subject_of_the_sentence():
    text = (HEAD + "4. Domestic homicide reviews\n\n(1) Mr Hale reported that two reviews had been published.\n\n"
            "(2) Mrs Okafor said that several reviews had found missed opportunities to ask about abuse in "
            "primary care, and offered to share the learning with GP practices.\n")
    assert action_owners(extract_text(text)) == [("4", ["Mrs Okafor"], False)]


def test_a_follow_up_after_and_is_nobody_s_when_the_subject_is_not_one_person():
    text = (HEAD + "4. Reviews\n\nThe Council said that the reviews were late, and offered to share the learning.\n\n"
            "Mrs Okafor said that Mr Hale had found missed opportunities, and offered to share the learning.\n\n"
            "Ms Lund said that the Strategy Group would lead on the priority and would report in the autumn.\n")
    assert action_owners(extract_text(text)) == []


def test_he_or_she_who_agrees_to_a_task_is_the_one_person_named_just_before():
    text = (HEAD + "6. Exploitation\n\nKarl Dunmore said that the Youth Team had seen more children exploited "
            "to carry drugs. He agreed to bring a report on exploitation to the next meeting.\n\n"
            "7. Health\n\nMrs Okafor reported on the pilot in two practices.\nShe offered to circulate the evaluation.\n")
    assert action_owners(extract_text(text)) == [("6", ["Karl Dunmore"], False), ("7", ["Mrs Okafor"], False)]


def test_a_pronoun_follow_up_is_nobody_s_unless_the_sentence_before_names_exactly_one_person():
    text = (HEAD + "6. Exploitation\n\nMr Hale and Ms Lund presented the report. She agreed to circulate it.\n\n"
            "7. Health\n\nThe pilot ran in two practices. He agreed to bring a report to the next meeting.\n\n"
            "8. Police\n\nMr Hale presented the figures. She agreed to circulate them.\n")
    assert action_owners(extract_text(text)) == []


# --------------------------------------------------------------------------- attendance

MODERNGOV_PAGE = ("Agenda and minutes\n\nLakes Community Safety Partnership - Thursday, 26th September, 2019 3.00 pm\n\n"
                  "Venue: Meeting Room 9, Town Hall\n\nAttendance details\n\nPresent:\n"
                  "Councillor Ann Tern, Portfolio Holder for Community Safety (Chairman)\n"
                  "Owen Mallard, National Probation Service\n\nApologies:\nCouncillor Sam Eider\n"
                  "Detective Superintendent Ian Rook, Lakes Police\n\nItems\nNo.\tItem\n1.\n\nApologies for absence\n"
                  "Minutes:\n\nApologies were received from Councillor Sam Eider and Detective Superintendent Ian Rook.\n"
                  "2.\n\nRecord of meeting\nMinutes:\n\nThe record of the meeting was agreed.\n")


def test_a_moderngov_items_table_header_ends_the_attendance_list():
    record = extract_text_with_mentions(MODERNGOV_PAGE)
    assert [(a.name, a.list_kind) for a in record.attendance] == [
        ("Councillor Ann Tern", "present"), ("Owen Mallard", "present"),
        ("Councillor Sam Eider", "apologies"), ("Detective Superintendent Ian Rook", "apologies")]
    assert not {"Items", "No", "Item"} & (set(person_names(record)) | set(org_names(record)))
    assert [it.number for it in record.items] == ["1", "2"]


# --------------------------------------------------------------------------- people and organisations


def test_the_words_of_a_bill_name_nobody():
    text = (HEAD + "5. Serious violence\n\nMr Hale introduced the update. The Police, Crime, Sentencing and Courts "
            "Bill would place a duty on specified authorities. The Victims and Prisoners Bill said little about it.\n")
    names = person_names(extract_text_with_mentions(text))
    assert "Courts Bill" not in names and "Prisoners Bill" not in names
    assert "Mr Hale" in names


def test_a_known_body_whose_name_holds_a_comma_is_found_whole():
    text = (HEAD + "5. Safe accommodation\n\nMs Lund reported that the Ministry of Housing, Communities and Local "
            "Government (MHCLG) had awarded £2,916,000. Kent, Surrey and Sussex Community Rehabilitation Company "
            "would take part.\n")
    orgs = org_names(extract_text_with_mentions(text))
    assert "Ministry of Housing, Communities and Local Government" in orgs
    assert "Kent, Surrey and Sussex Community Rehabilitation Company" in orgs
    assert "Communities and Local Government" not in orgs
    assert "Surrey and Sussex Community Rehabilitation Company" not in orgs


def test_two_bodies_joined_by_and_are_two_organisations():
    text = (HEAD + "6. County lines\n\nMrs Okafor reported that the Youth Offending Service and Kent Fire and Rescue "
            "Service were supporting the schools programme, as were Lakes Community Safety Unit and Lakes Youth "
            "Support Service. The Kent Police and Crime Panel and the Devon and Cornwall Police and Crime Panel "
            "were told.\n")
    orgs = org_names(extract_text_with_mentions(text))
    assert "Youth Offending Service and Kent Fire and Rescue Service" not in orgs
    assert {"Kent Police and Crime Panel", "Devon and Cornwall Police and Crime Panel"} <= set(orgs)
    assert "Crime Panel" not in orgs
    assert {"Youth Offending Service", "Kent Fire and Rescue Service"} <= set(orgs)
    assert {"Lakes Community Safety Unit", "Lakes Youth Support Service"} <= set(orgs)


def test_a_verb_between_a_person_and_a_body_ends_the_body_name_there():
    text = (HEAD + "6. Youth engagement\n\nStation Manager Carradine offered Kent Fire and Rescue Service's youth "
            "engagement programmes to the VRU. Inspector Rook thanked Lakes Youth Support Service for its help.\n")
    orgs = org_names(extract_text_with_mentions(text))
    assert "Kent Fire and Rescue Service" in orgs and "Lakes Youth Support Service" in orgs
    assert not [o for o in orgs if "offered" in o or "thanked" in o]
