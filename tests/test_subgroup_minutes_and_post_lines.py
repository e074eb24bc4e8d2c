"""Batch AT layouts: a partnership's subgroup named on the title's second line and again in the
"Minute of meeting of the …" sentence is that partnership's subgroup; "held Online on …" gives the
venue; "Name, Post (Field), Body (remark)" lines are one attendee each; a department before the body
is no body; a duty joined by "and" to a body's name is no part of it; a promise to stay in the meeting
is no follow-up. Every document is invented; each test fails without its rule."""
from __future__ import annotations

from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits
from kgraph.extract import extract_text
from kgraph.segment import analyse_affiliation

from test_unseen_layouts import extract_text_with_mentions, org_names

SUBGROUP_MINUTE = """LAKEBY COMMUNITY PLANNING PARTNERSHIP

YOUTH JUSTICE SUBGROUP

MINUTE of MEETING of the YOUTH JUSTICE SUBGROUP held via MICROSOFT TEAMS on TUESDAY 4 OCTOBER 2022 at 10.00 am


Present:

Councillor Ann Webb (Chair), Lakeby Council
Tom Hale, Youth Justice Manager, Lakeby Council


In Attendance:

Jo Bloggs, Senior Engineer (Traffic), Lakeby Council (for item 3)
Sam Dent, Committee Officer, Lakeby Council (Clerk)
Priya Shah, Partnerships and Prevention, Fellside Police


1.  WELCOME AND APOLOGIES

The Chair welcomed members.


2.  DECLARATIONS OF INTEREST

Councillor Webb declared a non-financial interest in item 3 as a member of the Board of Lakeby Women's Aid. She indicated that she would remain in the meeting but would not take part in any discussion of funding.


3.  YOUTH DIVERSION

Tom Hale reported on the diversion scheme.

The group agreed:

•   to note the report.
"""


def test_a_subgroup_printed_under_its_partnership_title_is_that_partnerships_subgroup():
    header = extract_text(SUBGROUP_MINUTE).header
    assert header.body == "Lakeby Community Planning Partnership Youth Justice Subgroup"
    assert header.parent_body == "Lakeby Community Planning Partnership"


def test_a_group_the_title_lines_do_not_print_leaves_the_partnership_the_body():
    # (the older rule: the partnership's title over a sentence naming one of its groups by kind)
    text = SUBGROUP_MINUTE.replace("YOUTH JUSTICE SUBGROUP\n\nMINUTE", "MINUTE", 1)
    header = extract_text(text).header
    assert header.body == "Lakeby Community Planning Partnership"


def test_name_post_with_bracketed_field_body_and_remark_lines_are_one_attendee_each():
    record = extract_text(SUBGROUP_MINUTE)
    names = [a.name for a in record.attendance]
    assert "Jo Bloggs" in names and "Sam Dent" in names
    bloggs = next(a for a in record.attendance if a.name == "Jo Bloggs")
    assert bloggs.organisations == ["Lakeby Council"]
    assert not any("Lakeby Council" == n or "Traffic" == n for n in names)


def test_a_department_before_the_body_is_no_body():
    orgs, _ = analyse_affiliation("Partnerships and Prevention, Fellside Police")
    assert orgs == ["Fellside Police"]
    assert "Partnerships and Prevention" not in org_names(extract_text_with_mentions(SUBGROUP_MINUTE))


def test_a_promise_to_remain_in_the_meeting_is_no_follow_up():
    record = extract_text(SUBGROUP_MINUTE)
    assert not [a for it in record.items for a in it.actions if "remain in the meeting" in a.text]


def test_held_online_on_a_date_gives_online_as_the_venue():
    text = ("FELLSIDE COMMUNITY SAFETY PARTNERSHIP\n\nMINUTES of a meeting of the Fellside Community Safety "
            "Partnership held Online on Thursday, 24 September 2020 at 10.00 am.\n\nPRESENT: Mr A Webb (Chairman)\n\n"
            "1. Minutes\n\nRESOLVED that the minutes be approved.\n")
    header = extract_text(text).header
    assert header.venue == "Online"
    assert header.body == "Fellside Community Safety Partnership"


def test_a_duty_joined_by_and_to_a_bodys_name_is_no_part_of_it():
    text = "The Commissioner referred to the Serious Violence Duty and Lakeby Violence Reduction Alliance funding."
    orgs = [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]
    assert "Lakeby Violence Reduction Alliance" in orgs
    assert not [o for o in orgs if "Duty" in o]


def test_a_commissioner_for_a_list_of_services_is_one_office():
    orgs, role = analyse_affiliation("Lakeby Commissioner for Police, Fire and Rescue and Crime")
    assert orgs == ["Lakeby Commissioner for Police, Fire and Rescue and Crime"]


def test_a_councils_place_in_brackets_after_a_body_is_its_area_not_a_body():
    # "Dover" names Dover District Council in the gazetteer: in brackets after a force it is the area
    from kgraph.segment import _affiliation_text
    assert _affiliation_text("Kent Police (Dover)") == "Kent Police"
    assert "Chair" in _affiliation_text("Kent Police (Chair)")
