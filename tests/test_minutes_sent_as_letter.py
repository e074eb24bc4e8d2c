"""The record of a meeting sent as a letter from its chair, one small invented document per rule: the
letter's own "Date:" above "Dear Partner," is not the meeting's (the subject line gives that, the
opening sentence its time and place again); the list of those present closes the letter after
"Yours sincerely"; a recommendation to another body is the item's decision; "He will send …" after a
sentence that speaks of the same man unnamed is the man named before it. Each test fails without its
rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import decisions, extract_text_with_mentions, owners, people, person_names, refs

LETTER = ("LAKEBY COMMUNITY SAFETY PARTNERSHIP\nc/o Lakeby Borough Council, Town Hall, Lakeby LK1 2AB\n\n"
          "Our ref: LCSP/2024/03\nDate: 2 May 2024\n\nTo: all members of the Partnership\n\nDear Partner,\n\n"
          "Lakeby Community Safety Partnership - meeting of Thursday 25 April 2024\n\n"
          "Thank you to everyone who joined the Partnership on Thursday 25 April 2024 at 2.00pm in the "
          "Committee Room at the Town Hall. Instead of full minutes I am writing to set out what we decided.\n\n"
          "1. Notes of the previous meeting\n\n"
          "The notes of the meeting held on 18 January 2024 were confirmed as a correct record.\n\n"
          "2. Public Spaces Protection Order\n\n"
          "Owen Marsh explained that the Order would expire in June.\n\n"
          "The Partnership recommended to the Council's Cabinet that the Order be renewed for three years.\n\n"
          "3. Prevent\n\n"
          "Owen Marsh gave a short update on the Prevent Duty. Referrals had been low, and he asked partners to "
          "refresh their training. He will send the link to the e-learning to all members.\n\n"
          "Actions:\n(a) Grace Lowe to bring a plan for Riverside Park and Mill Place to the July meeting.\n\n"
          "Yours sincerely,\n\nCllr Dana Price\nChair, Lakeby Community Safety Partnership\n\n"
          "Those present at the meeting on 25 April 2024:\n"
          "Cllr Dana Price (Chair) - Lakeby Borough Council\n"
          "Owen Marsh - Lakeshire County Council Prevent team\n"
          "Grace Lowe - Community Safety Manager, Lakeby Borough Council\n\n"
          "Apologies: Dr Ian Bell (NHS Lakeshire)\n")


def test_the_letters_date_is_not_the_meetings():
    header = extract_text(LETTER).header
    assert header.date == dt.date(2024, 4, 25)


def test_the_meetings_date_said_again_gives_its_time_and_place():
    header = extract_text(LETTER).header
    assert (header.start_time, header.venue) == (dt.time(14, 0), "Committee Room at the Town Hall")


def test_the_list_of_those_present_closes_the_letter():
    record = extract_text(LETTER)
    assert [(name, kind) for name, _, _, kind in people(record)] == [
        ("Cllr Dana Price", "present"), ("Owen Marsh", "present"), ("Grace Lowe", "present"),
        ("Dr Ian Bell", "apologies")]
    # the list is no meeting of the body held on that day, nor part of the last item
    assert refs(record) == [(dt.date(2024, 1, 18), "previous")]


def test_a_recommendation_to_another_body_is_the_items_decision():
    record = extract_text(LETTER)
    assert ("2", "resolved", "The Partnership recommended to the Council's Cabinet that the Order be renewed "
            "for three years.") in decisions(record)


def test_he_will_send_after_a_sentence_about_the_same_man_unnamed():
    record = extract_text(LETTER)
    assert ("3", ["Owen Marsh"], False) in owners(record)


def test_a_place_before_to_the_is_no_person():
    record = extract_text_with_mentions(LETTER)
    assert "Mill Place" not in person_names(record)
    assert ("3", ["Grace Lowe"], True) in owners(record)
