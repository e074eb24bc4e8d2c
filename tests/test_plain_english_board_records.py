"""A board's record kept in plain English, one small invented document per rule: items headed
"Item N (hh:mm) Title - Lead: Name", each with "What we heard:" / "What we decided:" / "What happens
next:" blocks and actions typed "-> Owner by DATE: task"; attendance labelled "Members attending:"
(one person a semicolon) and "Supporting officers:"; a body's name followed by the places it serves.
Each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text
from kgraph.segment import analyse_affiliation

from test_unseen_layouts import decisions, items, owners, people

HEAD = ("LAKESHIRE VIOLENCE REDUCTION EXECUTIVE BOARD\nRecord of meeting - Tuesday 14 May 2024, 10:00 to 12:00\n"
        "Microsoft Teams\n\n"
        "Chair: Superintendent Ruth Gale, Lakeshire Police\n"
        "Members attending: Omar Haddad (Lakeshire County Council); Dr Ivy Brennan (NHS Lakeshire); "
        "Colm Dwyer (Fellside Borough Council)\n"
        "Supporting officers: Tess Marlow (Board Manager, LCC); Rhys Penn (minutes)\n"
        "Apologies: Ann Quigley (Fellside Borough Council)\n\n")


def test_members_attending_and_supporting_officers_are_attendance_labels():
    record = extract_text(HEAD + "Item 1 (10:00) Welcome - Lead: Chair\n\nWhat we heard: Apologies as above.\n")
    assert people(record) == [
        ("Superintendent Ruth Gale", ["Lakeshire Police"], "Chair", "present"),
        ("Omar Haddad", ["Lakeshire County Council"], None, "present"),
        ("Dr Ivy Brennan", ["NHS Lakeshire"], None, "present"),
        ("Colm Dwyer", ["Fellside Borough Council"], None, "present"),
        ("Tess Marlow", ["LCC"], "Board Manager", "officers"),
        ("Rhys Penn", [], None, "officers"),
        ("Ann Quigley", ["Fellside Borough Council"], None, "apologies")]


def test_an_items_time_and_its_lead_are_no_part_of_its_title():
    record = extract_text(HEAD + "Item 1 (10:00) Welcome and notes - Lead: Chair\n\nWhat we heard: Nothing.\n\n"
                          "Item 2 (10:20) Knife Crime Plan - Lead: Omar Haddad\n\nWhat we heard: The plan.\n")
    assert items(record) == [("1", None, "Welcome and notes"), ("2", None, "Knife Crime Plan")]


BODY = ("Item 1 (10:05) Serious Violence Strategy - Lead: Omar Haddad\n\n"
        "What we heard: The draft strategy had been consulted on in March.\n"
        "What we decided:\n"
        "- The Board approved the Serious Violence Strategy.\n"
        "- The Board agreed that the strategy go to both councils in July.\n"
        "What happens next:\n"
        "-> Omar Haddad by 31 May 2024: send the final draft to both councils.\n"
        "-> Tess Marlow and Colm Dwyer by 14 June 2024: produce a summary for schools.\n\n"
        "Item 2 (10:40) Youth Hub update - Lead: Colm Dwyer\n\n"
        "What we heard: The hub had seen 120 young people.\n"
        "What we decided: The Board endorsed the hub's three recommendations.\n\n"
        "Item 3 (11:10) Any other business\n\n"
        "What we heard: Dr Brennan reported on the summer campaign.\n"
        "What we decided: No decision was needed.\n")


def test_what_we_decided_labels_the_items_outcomes():
    record = extract_text(HEAD + BODY)
    assert decisions(record) == [
        ("1", "approved", "The Board approved the Serious Violence Strategy."),
        ("1", "agreed", "The Board agreed that the strategy go to both councils in July."),
        ("2", "resolved", "The Board endorsed the hub's three recommendations.")]


def test_an_arrow_typed_as_two_characters_marks_owners_due_date_and_task():
    record = extract_text(HEAD + BODY)
    assert owners(record) == [("1", ["Omar Haddad"], True), ("1", ["Tess Marlow", "Colm Dwyer"], True)]
    first = record.items[0].actions[0]
    assert first.due == dt.date(2024, 5, 31)
    assert first.text == "Omar Haddad by 31 May 2024: send the final draft to both councils."


def test_an_arrow_line_whose_by_names_no_date_is_no_action():
    record = extract_text(HEAD + "Item 1 (10:05) Plan - Lead: Chair\n\nWhat happens next:\n"
                          "-> Omar Haddad by email: a note of thanks.\n")
    assert owners(record) == []


def test_the_places_a_body_serves_after_its_name_are_part_of_it():
    assert analyse_affiliation("Probation Service, Lakeshire, Fellshire and Dale") == (
        ["Probation Service, Lakeshire, Fellshire and Dale"], None)
    # (a post before the body stays a post)
    assert analyse_affiliation("Community Safety Manager, Lakes Council") == (["Lakes Council"], "Community Safety Manager")
