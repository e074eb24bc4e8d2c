"""Rules for prose minutes without decision labels whose actions are marked inline with a bracket
("… to the next meeting [Action: PC].", "… in February. [Action: RL]"), where the approval of the minutes
is a clause of a longer sentence and a declaration of interest promises not to take part. One small
invented document per rule; each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import decisions, owners

HEAD = ("NORTHSHIRE COMMUNITY SAFETY PARTNERSHIP\n\nMINUTE OF MEETING of the Northshire Community Safety "
        "Partnership held in the Town Hall on Tuesday 5th March 2024 at 2.00pm.\n\nPresent\n\n"
        "Anna Lamont, Community Safety Manager, Northshire Council (AL)\n"
        "Inspector Brian Reid, Police Scotland (BR)\n"
        "Carla Mackie, Housing Manager, Northshire Council (CM)\n\n")


def test_a_bracketed_action_marker_before_the_full_stop_assigns_its_sentence():
    text = (HEAD + "1. FIREWORKS\n\nMembers discussed control zones. The group felt that a zone should be explored "
            "and that Housing would prepare a consultation proposal for the next meeting [Action: CM]. The "
            "Convener thanked everyone.\n")
    record = extract_text(text)
    assert owners(record) == [("1", ["Carla Mackie"], True)]
    assert record.items[0].actions[0].text.startswith("The group felt that a zone should be explored")


def test_a_bracketed_action_marker_after_the_full_stop_names_two_owners():
    text = (HEAD + "1. HATE CRIME\n\nMembers welcomed the proposal to train the reporting centres again and asked "
            "Anna Lamont and Inspector Reid to arrange it jointly. [Action: AL/BR]\n")
    assert owners(extract_text(text)) == [("1", ["Anna Lamont", "Inspector Brian Reid"], True)]


def test_a_promise_to_take_no_part_is_no_follow_up():
    text = (HEAD + "1. DECLARATIONS OF INTEREST\n\nCarla Mackie declared an interest in item 2, as her team "
            "administers part of the funding, and said she would take no part in the discussion.\n")
    assert owners(extract_text(text)) == []


def test_the_approval_of_the_minutes_is_the_clause_in_which_the_body_agrees():
    text = (HEAD + "1. MINUTE OF PREVIOUS MEETING\n\nThe minute of the meeting held on 5th December 2023 was "
            "checked for accuracy and Members agreed that it was a true record.\n")
    assert decisions(extract_text(text)) == [("1", "agreed", "Members agreed that it was a true record.")]


def test_a_speakers_second_reported_clause_with_a_pronoun_is_the_speakers_follow_up():
    text = (HEAD + "1. RURAL CRIME\n\nMembers asked about farm thefts. Inspector Reid advised that the rural team "
            "covered the whole county and that he would provide figures for the rural wards.\n")
    assert owners(extract_text(text)) == [("1", ["Inspector Reid"], False)]
