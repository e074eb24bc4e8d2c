"""Printed minutes of a council select committee and of boards laid out by outline: minute numbers by
year ("14/24") over numbered key points, a membership marked "(Present = *)", witnesses heard under an
item whose posts own the actions listed at its end, a name wrapped inside a semicolon list, a closing
"Date of Next Meeting" heading, a preliminary lettered section ahead of "A.", numbered "Decision A1/1:"
and "Action A1/1 (Owner: …):" lines. Every document is invented; each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits
from kgraph.extract import extract_text

from test_unseen_layouts import extract_text_with_mentions, owners, refs


SCRUTINY = (
    "MINUTES of the meeting of the COMMUNITIES SELECT COMMITTEE\n"
    "held at 10.00 am on 12 March 2024 at Council Chamber, Lakeside Hall.\n\n"
    "Elected Members:\n(Present = *)\n\n"
    "* Cllr Ann Webb (Chairman)\n"
    "* Cllr Tom Hale\n"
    "  Cllr Rita Moss\n"
    "* Cllr Dev Patel\n\n"
    "Co-opted Members:\n\n"
    "* Cllr Joe Ball, Fellside District Council (Crime and Disorder co-optee)\n\n"
    "In attendance:\n\n"
    "Cllr Kim Lowe, Cabinet Member for Communities\n\n\n"
    "14/24    APOLOGIES FOR ABSENCE  [Item 1]\n\n"
    "Apologies were received from Cllr Rita Moss.\n\n"
    "15/24    MINUTES OF THE PREVIOUS MEETING  [Item 2]\n\n"
    "The minutes were agreed as a true record.\n\n"
    "16/24    COMMUNITY SAFETY IN LAKESIDE: ANNUAL SCRUTINY OF THE COMMUNITY SAFETY\n"
    "         PARTNERSHIP ARRANGEMENTS  [Item 3]\n\n"
    "Witnesses:\n\n"
    "Cllr Kim Lowe, Cabinet Member for Communities\n"
    "Priya Okafor, Head of Community Safety, Lakeside County Council\n"
    "Owen Tarrant, Partnership Manager, Office of the Police and Crime Commissioner\n"
    "for Lakeside\n"
    "Bryony Castell, Chief Executive, North Lakeside Domestic Abuse Services\n\n"
    "Key points raised during the discussion:\n\n"
    "1. The Cabinet Member introduced the report on the partnership.\n\n"
    "2. A Member asked how the district partnerships shared data.\n\n"
    "3. Members asked about anti-social behaviour in town centres.\n\n"
    "4. A Member asked about the funding for 2024/25.\n\n"
    "5. Members asked about the Duty's Home Office funding for the county.\n\n"
    "Recommendations:\n\nThe Committee:\n\n"
    "1. Notes the work of the partnership over the past year.\n\n"
    "Actions/further information to be provided:\n\n"
    "1. Head of Community Safety to share the date of the chairs' workshop with Members.\n\n"
    "2. Partnership Manager, OPCC, to circulate the list of funded projects.\n\n"
    "17/24    DATE OF THE NEXT MEETING  [Item 4]\n\n"
    "The Committee noted that its next meeting would be held on 4 June 2024.\n")


def test_minute_numbers_by_year_are_the_items_and_their_numbered_key_points_are_not():
    record = extract_text(SCRUTINY)
    assert [(i.number, i.code) for i in record.items] == [("14/24", "1"), ("15/24", "2"), ("16/24", "3"),
                                                          ("17/24", "4")]


def test_a_wrapped_capitals_title_ends_at_the_agenda_code_on_its_second_line():
    record = extract_text(SCRUTINY)
    assert record.items[2].title == ("COMMUNITY SAFETY IN LAKESIDE: ANNUAL SCRUTINY OF THE COMMUNITY SAFETY "
                                     "PARTNERSHIP ARRANGEMENTS")


def test_a_membership_marked_present_lists_the_unmarked_member_as_absent():
    record = extract_text(SCRUTINY)
    came = {a.name for a in record.attendance if a.list_kind in ("present", "in_attendance")}
    assert came == {"Cllr Ann Webb", "Cllr Tom Hale", "Cllr Dev Patel", "Cllr Joe Ball", "Cllr Kim Lowe"}
    assert ("Cllr Rita Moss", "absent") in {(a.name, a.list_kind) for a in record.attendance}


def test_a_co_optee_in_brackets_is_a_role_and_not_a_body():
    record = extract_text(SCRUTINY)
    ball = next(a for a in record.attendance if a.name == "Cllr Joe Ball")
    assert ball.organisations == ["Fellside District Council"]
    assert ball.role == "Crime and Disorder co-optee"


def test_a_post_owning_a_listed_action_is_the_witness_holding_it():
    record = extract_text(SCRUTINY)
    assert [o for o in owners(record) if o[0] == "16/24"] == [
        ("16/24", ["Priya Okafor"], True), ("16/24", ["Owen Tarrant"], True)]


def test_a_witness_line_names_a_person_and_a_provider_named_by_place_and_theme():
    record = extract_text_with_mentions(SCRUTINY)
    people = {m.key for m in record.mentions.people}
    assert any("castell" in k for k in people)
    orgs = {m.text for m in record.mentions.organisations}
    assert "North Lakeside Domestic Abuse Services" in orgs


def _orgs_in(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]


def test_a_possessive_before_a_known_body_is_no_part_of_its_name():
    orgs = _orgs_in("Members asked about the Duty's Home Office funding.")
    assert "Home Office" in orgs and "Duty's Home Office" not in orgs


def test_a_theme_and_services_alone_stay_a_kind_of_service():
    assert _orgs_in("Funding for Domestic Abuse Services Update was discussed.") == []


SUB_GROUP = (
    "LAKEBY COMMUNITY PLANNING PARTNERSHIP\n\nSAFER COMMUNITIES SUB-GROUP\n\n"
    "MINUTE of meeting held on Wednesday 7 February 2024 at 2.00pm in Committee Room 1, Lakeby\n\n"
    "Present:    Councillor Jo Hale, Lakeby Council (Chair); Karen Webb, Lakeby Council; Station\n"
    "            Commander Ross Dunn, Scottish Fire and Rescue Service; Graeme\n"
    "            Lowther, Lakeby Alcohol and Drug Partnership; Dr Ann Kerr,\n"
    "            NHS Lakeby; Inspector Cal Dean, Police Scotland\n\n"
    "1.    Welcome and Apologies\n\n      The Chair welcomed everyone.\n\n"
    "2.    Any Other Business\n\n      None.\n\n"
    "Date of Next Meeting\n\n"
    "Wednesday 8 May 2024 at 2.00pm, Committee Room 1, Lakeby.\n")


def test_a_name_wrapped_over_lines_in_a_semicolon_list_stays_whole():
    record = extract_text(SUB_GROUP)
    names = [a.name for a in record.attendance]
    assert "Station Commander Ross Dunn" in names and "Graeme Lowther" in names
    assert "Station" not in names and "Graeme" not in names


def test_the_date_under_a_closing_date_of_next_meeting_heading_is_the_next_meeting():
    record = extract_text(SUB_GROUP)
    assert (dt.date(2024, 5, 8), "next") in refs(record)


OUTLINE = (
    "Lakeshire Community Safety Joint Board\n\n"
    "Minutes of the meeting held on Thursday 16 January 2025, 10:00 - 12:00\nVirtual meeting (Microsoft Teams)\n\n"
    "Present\nChair:       Cllr Lena Frost (Lakeshire County Council)\n"
    "Members:     Nina Fairley (Lakeshire County Council), Superintendent Ravi Tull (Lakeshire Police)\n\n"
    "P. PRELIMINARY MATTERS\n\n"
    "P1. Welcome and apologies\n\nP1.1 The Chair welcomed members.\n\n"
    "P2. Minutes of the last meeting\n\nP2.1 The minutes were approved.\n\n"
    "Decision P2/1: The Board approved the minutes of 10 October 2024.\n\n"
    "A. STRATEGIC ITEMS\n\n"
    "A1. Serious Violence Duty review\n\nA1.1 Nina Fairley presented the review.\n\n"
    "Decision A1/1: The Board approved the review for publication.\n\n"
    "Action A1/1 (Owner: N Fairley, Due: 28 February 2025): Publish the review on the website.\n\n"
    "A2. Performance dashboard\n\nA2.1 Superintendent Tull presented the dashboard.\n\n"
    "Decision A2/1: The Board noted the dashboard.\n\n"
    "B. CLOSE\n\n"
    "B1. Any other business\n\nB1.1 None.\n\n"
    "B2. Date of next meeting\n\nB2.1 Thursday 24 April 2025.\n")


def test_a_preliminary_lettered_section_ahead_of_a_holds_items_too():
    record = extract_text(OUTLINE)
    assert [i.number for i in record.items] == ["P1", "P2", "A1", "A2", "B1", "B2"]


def test_a_virtual_meeting_naming_its_platform_in_brackets_is_the_venue():
    assert extract_text(OUTLINE).header.venue == "Virtual meeting (Microsoft Teams)"


def test_a_decision_numbered_by_its_item_is_a_decision():
    record = extract_text(OUTLINE)
    texts = {(i.number, d.text) for i in record.items for d in i.decisions}
    assert ("A1", "The Board approved the review for publication.") in texts
    assert ("A2", "The Board noted the dashboard.") in texts


def test_a_numbered_action_with_its_owner_field_in_brackets_is_an_action():
    record = extract_text(OUTLINE)
    assert ("A1", ["N Fairley"], True) in owners(record)


PAGE_BREAK = (
    "LAKEBY COMMUNITY SAFETY PARTNERSHIP\n\nMINUTES of a meeting held on 9 December 2010.\n\n"
    "PRESENT: Mrs A Webb (Chairman), Mr T Hale\n\n"
    "21.   MINUTES\n\n(1) RESOLVED that the Minutes are correctly recorded.\n\n"
    "22.   DOMESTIC HOMICIDE REVIEWS\n\n(1) The guidance was discussed.\n\n(2) RESOLVED that:-\n\n"
    "(a) the draft guidance be noted;\n\n\n"
    "                                        3\n"
    "LAKEBY COMMUNITY SAFETY PARTNERSHIP                               9 December 2010\n\n"
    "(b) a steering group be established; and\n\n(c) the response be approved.\n\n"
    "23.   ANY OTHER BUSINESS\n\nNone.\n\n\n"
    "                                        4\n"
    "LAKEBY COMMUNITY SAFETY PARTNERSHIP                               9 December 2010\n")


def test_a_resolutions_sub_points_go_on_past_a_bare_page_number_and_running_header():
    record = extract_text(PAGE_BREAK)
    item = next(i for i in record.items if i.number == "22")
    assert [d.text.split()[1] for d in item.decisions] == ["draft", "steering", "response"]
