"""Header, attendance and name rules met in committee minutes laid out in unfamiliar ways: bilingual
Markdown details tables and attendance labels, capitals-and-wrapped "A MEETING of … was held in …"
sentences, "Chair - Councillor …" lines, plural titles over a list of names, post-nominals and civic
titles around names. Invented documents; each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

BILINGUAL_MARKDOWN = (
    "# Bwrdd Partneriaeth Diogelwch Cymunedol Glannau\n"
    "# Glannau Community Safety Partnership Board\n\n"
    "| | |\n|---|---|\n"
    "| **Dyddiad / Date** | Dydd Llun 3 Mawrth 2025 / Monday 3 March 2025 |\n"
    "| **Amser / Time** | 14:00 – 16:00 |\n"
    "| **Lleoliad / Venue** | Hybrid – Tŷ Glannau, Porthmadog and Microsoft Teams |\n\n"
    "## Attendees / Yn bresennol\n\n"
    "| Name | Organisation | Role |\n|---|---|---|\n"
    "| Ffion Parry (Chair) | Glannau County Council | Head of Community Safety |\n"
    "| Dafydd Rowlands | North Wales Police | Inspector |\n\n"
    "## Apologies / Ymddiheuriadau\n\n"
    "| Name | Organisation |\n|---|---|\n"
    "| Gwen Morgan | Glannau County Council |\n\n"
    "## Item 1 – Welcome\n\nThe Chair welcomed members.\n\n"
    "## Item 2 – Knife crime\n\nThe Board noted the report.\n")


def test_a_bilingual_attendance_heading_with_its_welsh_half_after_heads_its_table():
    record = extract_text(BILINGUAL_MARKDOWN)
    assert [(a.name, a.list_kind) for a in record.attendance] == [
        ("Ffion Parry", "present"), ("Dafydd Rowlands", "present"), ("Gwen Morgan", "apologies")]


def test_a_details_table_with_bilingual_labels_gives_time_and_venue():
    record = extract_text(BILINGUAL_MARKDOWN)
    assert record.header.start_time == dt.time(14, 0)
    assert record.header.venue == "Hybrid – Tŷ Glannau, Porthmadog and Microsoft Teams"
    # a second English word after the slash is no Welsh half: the row is not one field
    record = extract_text(BILINGUAL_MARKDOWN.replace("**Amser / Time**", "**Date / Time**"))
    assert record.header.start_time is None


PRINTED_MINUTES = (
    "Public Document Pack\n\nFELLSIDE METROPOLITAN BOROUGH COUNCIL\n\n"
    "SAFER COMMUNITIES SCRUTINY PANEL\n\nTUESDAY, 4TH MARCH, 2025\n\n"
    "A MEETING of the SAFER COMMUNITIES SCRUTINY PANEL was held in the\n"
    "COMMITTEE ROOM 2, TOWN HALL, KIRKBY STREET, FELLSIDE on TUESDAY, 4TH MARCH,\n"
    "2025 at 2.00 pm.\n\n"
    "PRESENT:\n\n"
    "Chair - Councillor Ann Webb\n"
    "Vice-Chair - Councillor Tom Hale\n\n"
    "Councillors Jo Firth, Sam Lowe, Ravi Patel and Kim Ostler.\n\n"
    "ALSO IN ATTENDANCE:\n\n"
    "Partners:\n"
    "Superintendent Owen Birch, District Commander, Fellside Police\n"
    "Lucy Marsh, Head of Tenancy Services, Fellside Homes\n\n"
    "14. APOLOGIES FOR ABSENCE\n\nThere were no apologies.\n")


def test_a_meeting_was_held_sentence_in_capitals_gives_venue_and_time():
    record = extract_text(PRINTED_MINUTES)
    assert record.header.venue == "COMMITTEE ROOM 2, TOWN HALL, KIRKBY STREET, FELLSIDE"
    assert record.header.start_time == dt.time(14, 0)


def test_chair_and_vice_chair_lines_head_the_members_paragraph_under_present():
    record = extract_text(PRINTED_MINUTES)
    present = [(a.name, a.role) for a in record.attendance if a.list_kind == "present"]
    assert present == [("Councillor Ann Webb", "Chair"), ("Councillor Tom Hale", "Vice-Chair"),
                       ("Jo Firth", None), ("Sam Lowe", None), ("Ravi Patel", None), ("Kim Ostler", None)]


def test_name_post_body_lines_under_a_group_heading_are_one_attendee_a_line():
    record = extract_text(PRINTED_MINUTES)
    partners = [(a.name, a.organisations, a.role) for a in record.attendance if a.list_kind != "present"]
    assert partners == [
        ("Superintendent Owen Birch", ["Fellside Police"], "District Commander"),
        ("Lucy Marsh", ["Fellside Homes"], "Head of Tenancy Services")]      # "Homes": a housing body


MEMBERS_AND_GUESTS = (
    "LAKES ASSEMBLY\n\nPolice and Crime Committee\n\nMINUTES\n\n"
    "Date:\tWednesday 5 March 2025\nTime:\t10.00 am\n\n"
    "Members present\nAnn Webb AM (Chair)\nTom Hale AM\n\n"
    "Guests in attendance (Item 5)\n"
    "Assistant Commissioner Jo Firth, Frontline Policing, Metropolitan Police Service\n"
    "Commander Sam Lowe, Violence Against Women and Girls lead, Metropolitan Police Service\n"
    "Ravi Patel, Chief Executive Officer, Mayor's Office for Policing and Crime\n\n"
    "1\tApologies for Absence (Item 1)\n\n1.1\tThere were no apologies.\n")


def test_an_elected_members_letters_after_the_name_are_no_part_of_it():
    record = extract_text(MEMBERS_AND_GUESTS)
    assert [(a.name, a.role) for a in record.attendance][:2] == [("Ann Webb", "Chair"), ("Tom Hale", None)]


def test_a_group_in_attendance_alone_on_its_line_heads_its_list():
    record = extract_text(MEMBERS_AND_GUESTS)
    guests = [(a.name, a.list_kind, a.organisations, a.role) for a in record.attendance[2:]]
    assert guests == [
        # a department after the rank is no body; a lower-case "lead" ends a post
        ("Assistant Commissioner Jo Firth", "in_attendance", ["Metropolitan Police Service"], None),
        ("Commander Sam Lowe", "in_attendance", ["Metropolitan Police Service"], "Violence Against Women and Girls lead"),
        # a post in the possessive owns the body after it
        ("Ravi Patel", "in_attendance", ["Mayor's Office for Policing and Crime"], "Chief Executive Officer")]


def test_a_senior_police_rank_or_an_aldermans_office_before_a_full_name_is_the_role():
    from kgraph.entities.people import name_without_rank, parse_person_name, rank_role
    for written, name, role in [("Assistant Commissioner Jo Firth", "Jo Firth", "Assistant Commissioner"),
                                ("Alderman William Kerr", "William Kerr", "Alderman")]:
        parsed = parse_person_name(written)
        assert (name_without_rank(parsed), rank_role(parsed)) == (name, role)
    # before a bare surname the office stays: no name of the person's own would be left
    assert name_without_rank(parse_person_name("Alderman Kerr")) == "Alderman Kerr"


def _organisations(text: str) -> list[str]:
    from kgraph.entities import find_mentions
    record = extract_text(text)
    return sorted({" ".join(m.text.split()) for m in find_mentions(record).organisations})


HANGING_INDENT_NOTES = (
    "LAKES CRIME AND DRUGS PARTNERSHIP\n\nNOTES OF THE MEETING HELD ON 14TH JULY 2010\n\n"
    "1.\tDRUG TREATMENT\n\n"
    "1.1\tRT presented the adult drug treatment plan prepared by the Drug and Alcohol\n"
    "\tAction Team (DAAT) and the plan had to be signed off by the Board and the\n"
    "\tregional team before it was submitted to the National Treatment Agency for\n"
    "\tSubstance Misuse (NTA) by the end of July, together with the figures from the Gun Crime\n"
    "\tUnit and those on the Prolific and other Priority Offender (PPO) scheme, as the\n"
    "\tIDVAs at Lakes Women's Centre and Women's Aid Integrated Services had asked.\n\n"
    "2.\tANY OTHER BUSINESS\n\nNone.\n")


def test_a_name_wrapped_onto_a_line_indented_with_a_tab_is_one_name():
    names = _organisations(HANGING_INDENT_NOTES)
    assert "Drug and Alcohol Action Team" in names and "Action Team" not in names
    assert "Gun Crime Unit" in names


def test_a_kind_of_body_after_and_leaves_the_body_named_before_it():
    assert "Lakes Women's Centre" in _organisations(HANGING_INDENT_NOTES)


def test_an_acronym_of_a_name_with_a_for_tail_defines_the_whole_name_and_replaces_the_shorter():
    from kgraph.entities.acronyms import find_acronym_pairs
    pairs = {p.acronym: " ".join(p.expansion.split()) for p in find_acronym_pairs(HANGING_INDENT_NOTES)}
    assert pairs["NTA"] == "National Treatment Agency for Substance Misuse"
    assert pairs["PPO"] == "Prolific and other Priority Offender"      # "other" gives no letter
    names = _organisations(HANGING_INDENT_NOTES)
    assert "National Treatment Agency for Substance Misuse" in names and "National Treatment Agency" not in names


def test_nhs_before_a_place_whose_name_holds_city_is_one_body():
    text = ("LAKES HEALTH AND SAFETY BOARD\n\nMinutes of the meeting held on 2 May 2019\n\n"
            "1. FUNDING\n\nThe costs would be shared by the Council and NHS Lakeby City until the city "
            "centre scheme ended.\n")
    assert "NHS Lakeby City" in _organisations(text)


def test_a_known_bodys_name_written_in_lower_case_is_a_kind_of_body():
    text = ("LAKES YOUTH BOARD\n\nMinutes of the meeting held on 2 May 2019\n\n"
            "1. PERFORMANCE\n\nThe report covered the youth justice services and the Youth Offending Team "
            "of Lakes.\n")
    from kgraph.entities import find_mentions
    written = [m.text for m in find_mentions(extract_text(text)).organisations]
    assert "youth justice services" not in written and "Youth Offending Team" in written


def test_a_university_of_a_place_is_a_body():
    text = ("LAKES YOUTH BOARD\n\nMinutes of the meeting held on 2 May 2019\n\n"
            "1. EVENTS\n\nA learning event would be held at the University of Lakeland, Kirkby, in June.\n")
    assert "University of Lakeland" in _organisations(text)


def test_a_department_after_the_body_in_an_organisation_cell_is_no_part_of_it():
    record = extract_text(BILINGUAL_MARKDOWN.replace("| Gwen Morgan | Glannau County Council |",
                                                     "| Gwen Morgan | Welsh Government, Community Safety Division |"))
    assert [a.organisations for a in record.attendance if a.list_kind == "apologies"] == [["Welsh Government"]]


def test_protection_from_opens_an_acts_title_but_another_from_does_not():
    from kgraph.entities import find_mentions
    text = ("LAKES PARTNERSHIP\n\nMinutes of the meeting held on 2 May 2023\n\n"
            "1. STALKING\n\nMembers noted the Protection from Stalking Act (Northern Ireland) 2022. "
            "Guidance from Domestic Abuse Act 2021 duties was circulated.\n")
    titles = [m.text for m in find_mentions(extract_text(text)).legislation]
    assert titles == ["Protection from Stalking Act (Northern Ireland) 2022", "Domestic Abuse Act 2021"]


def test_an_elected_members_letters_after_an_apology_are_no_part_of_the_name():
    from kgraph.entities.people import apology_names
    text = "Apologies for absence were received from Ann Webb AM, for whom Tom Hale AM attended."
    assert [text[s:e] for s, e in apology_names(text)] == ["Ann Webb"]


def test_rows_of_an_initials_table_with_no_header_are_one_attendee_each():
    text = ("LAKES CRIME AND DRUGS PARTNERSHIP\n\nNOTES OF THE MEETING HELD ON 14TH JULY 2010 AT 2.00PM\n\n"
            "PRESENT:\n\n"
            "JB | Cllr Jo Bing | Portfolio Holder for Community Safety, Lakes City Council (CHAIR)\n"
            "RT | Raj Tandy | Joint Commissioning Manager (Substance Misuse), NHS Lakes City\n"
            "SP | Sue Penn | Assistant Chief Officer, Lakes Probation Trust\n\n"
            "1. APOLOGIES\n\nNone.\n")
    record = extract_text(text)
    assert [(a.initials, a.name, a.organisations) for a in record.attendance] == [
        ("JB", "Cllr Jo Bing", ["Lakes City Council"]), ("RT", "Raj Tandy", ["NHS Lakes City"]),
        ("SP", "Sue Penn", ["Lakes Probation Trust"])]


def test_an_attendees_body_written_again_wrapped_replaces_the_shorter_name_inside_it():
    from kgraph.entities import find_mentions
    text = ("SAFER LAKES PANEL\n\nTUESDAY, 4TH MARCH, 2025\n\nPRESENT:\n\n"
            "Lucy Marsh, Head of Tenancy Services, Fell Leger Homes of Kirkby\n\n"
            "1. DECLARATIONS OF INTEREST\n\nCouncillor Ann Webb declared an interest as a member of the Board of Fell\n"
            "Leger Homes of Kirkby. Lucy Marsh described the patrols of Fell Leger Homes of Kirkby and the police.\n")
    names = {" ".join(m.text.split()) for m in find_mentions(extract_text(text)).organisations}
    assert "Fell Leger Homes of Kirkby" in names and "Fell Leger Homes" not in names
