"""A partnership's minutes exported as Markdown, one small invented document per rule: attendance
grouped under bold body labels ("**Lakes Police:** Name, post; Name, post", one name alone on a
line too), a list introduced "Following the discussion, the Partnership agreed the following
priorities:" and a further "The Partnership also agreed …", action lines opened by a bracketed
action number ("- **[A24/05]** Owner — task — **by DATE**"). Each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text
from kgraph.segment import _one_person_per_semicolon

from test_unseen_layouts import decisions, owners, people

HEAD = ("# Lakeby and Fellside Community Safety Partnership\n\n## Annual meeting — minutes\n\n"
        "**Date:** Monday 4 March 2024\n**Time:** 10.00am – 12.00pm\n**Venue:** Town Hall, Lakeby\n\n"
        "### Attendance\n\n"
        "**Lakeby Borough Council:** Cllr Nina Shah (Chair); Joe Brandon, Community Safety Manager\n"
        "**Lakes Police:** Inspector Sandra Hale, Lakeby Community Safety Unit; PC Alan Rowe, Rural Task Force\n"
        "**Lakes Fire and Rescue Service:** Station Manager Lee Carr\n"
        "**Fellside Homes:** Priya Das\n\n"
        "**Apologies:** Tom Grey (Lakes Probation Service)\n\n---\n\n")


def test_bold_body_labels_group_the_attendees_one_a_semicolon():
    record = extract_text(HEAD + "### 1. Welcome\n\nCllr Shah welcomed members.\n")
    assert people(record) == [
        ("Cllr Nina Shah", ["Lakeby Borough Council"], "Chair", "present"),
        ("Joe Brandon", ["Lakeby Borough Council"], "Community Safety Manager", "present"),
        ("Inspector Sandra Hale", ["Lakeby Community Safety Unit"], None, "present"),
        ("PC Alan Rowe", ["Rural Task Force"], None, "present"),
        ("Station Manager Lee Carr", ["Lakes Fire and Rescue Service"], None, "present"),
        ("Priya Das", ["Fellside Homes"], None, "present"),
        ("Tom Grey", ["Lakes Probation Service"], None, "apologies")]


def test_and_inside_a_name_joins_no_two_people():
    # "Inspector Sandra Hale" and "Joe Brandon" hold the letters "and" inside a word: still one person each
    text = "Joe Brandon, Lakes Council; Sandra Hale, Lakes Police"
    assert [text[a:b] for a, b in _one_person_per_semicolon(text, 0, len(text))] == [
        "Joe Brandon, Lakes Council", "Sandra Hale, Lakes Police"]


BODY = ("### 1. Priorities for 2024/25\n\n"
        "Following the discussion, the Partnership agreed the following priorities for 2024/25:\n\n"
        "- Serious violence, including knife crime;\n"
        "- Anti-social behaviour in the town centre.\n\n"
        "The Partnership also agreed that hate crime would remain a cross-cutting theme.\n\n"
        "- **[A24/05]** Joe Brandon and Priya Das — draft the partnership plan — **by 30 April 2024**\n"
        "- **[A24/06]** Sandra Hale — publish a summary of the assessment — **by 31 March 2024**\n\n"
        "### 2. Any other business\n\nNone.\n")


def test_a_list_after_following_the_discussion_the_partnership_agreed_is_its_decisions():
    record = extract_text(HEAD + BODY)
    assert decisions(record) == [
        ("1", "agreed", "Serious violence, including knife crime"),
        ("1", "agreed", "Anti-social behaviour in the town centre."),
        ("1", "agreed", "The Partnership also agreed that hate crime would remain a cross-cutting theme.")]


def test_a_bracketed_action_number_marks_an_action_line_without_a_heading():
    record = extract_text(HEAD + BODY)
    assert owners(record) == [("1", ["Joe Brandon", "Priya Das"], True), ("1", ["Sandra Hale"], True)]
    assert [(a.text, a.due) for a in record.items[0].actions] == [
        ("draft the partnership plan", dt.date(2024, 4, 30)),
        ("publish a summary of the assessment", dt.date(2024, 3, 31))]
