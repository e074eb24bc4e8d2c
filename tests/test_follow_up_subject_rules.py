"""One small invented document per rule for a follow-up in running prose that names no owner before
its verb: one joined by "and" ("…, and offered to …") belongs to the subject of the sentence when that is
one person, and "He/She agreed to …" to the one person the sentence before names; otherwise the
follow-up is nobody's. Each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = ("MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"
        "PRESENT: Karl Dunmore (Youth Team), Mrs T Okafor (Lakes CCG), Mr P Hale (Lakes Police), "
        "Ms R Lund (Lakes Council)\n\n")


def action_owners(record):
    return [(it.number, [o.name for o in a.owners], a.explicit) for it in record.items for a in it.actions]


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
