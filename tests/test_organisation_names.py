"""Where the name of an organisation starts and ends: item titles joining a theme and a body,
personal initials in brackets, regional names built on a known body's name, bodies named after a
role in an attendee line or in an apologies bracket, and arrangements that are no bodies."""
from __future__ import annotations

from kgraph.entities import find_mentions
from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits
from kgraph.extract import extract_text


def org_names(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]


def test_a_theme_joined_to_a_known_body_in_a_title_is_not_part_of_its_name():
    assert org_names("16.   Road Safety and Kent Fire and Rescue Service Prevention Work\n") == \
        ["Kent Fire and Rescue Service"]


def test_a_theme_joined_to_a_bare_head_in_a_title_names_no_body():
    assert org_names("15. Night-Time Economy and Community Speedwatch\n\nMembers discussed it.\n") == []
    # unless the bare head is a known scheme's whole name
    assert org_names("15. Night-Time Economy and Street Pastors\n\nMembers discussed it.\n") == ["Street Pastors"]


def test_a_theme_in_the_name_of_an_unknown_body_stays_in_it():
    assert org_names("The Domestic Abuse and Sexual Violence Board met.") == \
        ["Domestic Abuse and Sexual Violence Board"]
    assert org_names("The Health and Wellbeing Board met.") == ["Health and Wellbeing Board"]


def test_a_known_body_extended_by_a_compass_region_is_kept_as_written():
    assert org_names("Tom Bell (TB) - Probation Service North West\n") == ["Probation Service North West"]
    # a one-word name before a compass word is a place ("Shepway North"), as before
    assert org_names("Councillor for Shepway North said.") == []


def test_a_national_body_followed_by_places_names_its_regional_body():
    assert org_names("Dr Ann Sale (AS) - NHS Cheshire and Merseyside\n") == ["NHS Cheshire and Merseyside"]
    # a common noun (written in lower case elsewhere) or a head after it is no place
    text = "NHS Health Checks were offered; health outcomes improved. The NHS Foundation Trust agreed."
    assert "NHS Health Checks" not in org_names(text)


def test_initials_in_brackets_after_a_name_are_no_organisation():
    text = ("LAKES PARTNERSHIP\n\nMinutes of the meeting held on 2 May 2019\n\n"
            "1. Welcome\nSupt Carl Heath (CH) and Cllr Mia Dell (MD) welcomed members.\n")
    out = find_mentions(extract_text(text))
    assert [m.text for m in out.organisations if m.text in ("CH", "MD")] == []
    assert {m.text: m.organisation for m in out.people} == {"Supt Carl Heath": None, "Cllr Mia Dell": None}


LAKES_HEAD = "LAKES PARTNERSHIP\n\nMinutes of the meeting held on 2 May 2019\n\n"


def _organisations(text: str) -> set[str]:
    return {m.text for m in find_mentions(extract_text(LAKES_HEAD + text)).organisations}


def test_a_body_after_a_role_in_an_attendee_line_is_found():
    text = ("Present:\n- Ann Boyd – Cabinet Member for Housing, Eden Council (Chair)\n"
            "- Milo Odell – Station Commander, Cumbria Fire Brigade\n\n1. Welcome\nMembers were welcomed.\n")
    assert "Cumbria Fire Brigade" in _organisations(text)


def test_an_office_named_with_its_owner_in_an_apologies_bracket_is_a_body():
    text = ("Present:\n- Ann Boyd – Cabinet Member for Housing, Eden Council (Chair)\n\n"
            "Apologies: Rita Vance (Mayor's Office for Policing and Crime), Ed Lamb (Kendal Youth Forum)\n\n"
            "1. Welcome\nMembers were welcomed.\n")
    assert "Mayor's Office for Policing and Crime" in _organisations(text)


def test_a_role_alone_after_an_attendee_names_no_body():
    text = ("Present:\n- Ann Boyd – Cabinet Member for Housing, Eden Council (Chair)\n"
            "- Milo Odell – Station Commander\n\n1. Welcome\nMembers were welcomed.\n")
    assert _organisations(text) == {"LAKES PARTNERSHIP", "Eden Council"}


def test_arrangements_named_by_an_acronym_are_no_bodies_but_topics():
    text = ("1. Offenders\nCases subject to Multi-Agency Public Protection Arrangements (MAPPA) and those heard "
            "at the Multi-Agency Risk Assessment Conference (MARAC) were reviewed. MAPPA level 2 cases rose; MAPPA "
            "level 3 cases did not.\n"
            "Local Multi-Agency Safeguarding Arrangements (MASA) were also described.\n")
    out = find_mentions(extract_text(LAKES_HEAD + text))
    assert {m.text for m in out.organisations} == {"LAKES PARTNERSHIP"}
    # like MARAC, MAPPA is a theme in the topic scheme (named three times here, so a theme of the meeting)
    assert "multi-agency-public-protection-arrangements" in {m.key for m in out.topics}


def test_a_theme_and_a_service_head_alone_name_no_body():
    assert org_names("25. Domestic Abuse and the IDVA Service\n") == []
    assert org_names("The Substance Misuse Services were retendered.") == []
    # a place in front names a particular service; a known name and other heads stay bodies
    assert org_names("The Lakes IDVA Service met.") == ["Lakes IDVA Service"]
    assert org_names("The Youth Justice Service met.") == ["Youth Justice Service"]
    assert org_names("The Serious Organised Crime Unit met.") == ["Serious Organised Crime Unit"]


def test_an_area_office_named_with_commas_is_one_body():
    assert org_names("The report of the Police, Fire and Crime Commissioner (PFCC) was noted.\n") == \
        ["Police, Fire and Crime Commissioner"]
    assert org_names("Mo Tate, Office of the Police, Fire and Crime Commissioner, spoke.\n") == \
        ["Office of the Police, Fire and Crime Commissioner"]
    assert org_names("It was drafted with the Northshire Commissioner for Police, Fire and Rescue, and Crime.\n") == \
        ["Northshire Commissioner for Police, Fire and Rescue, and Crime"]


def test_the_area_in_front_of_an_area_office_belongs_to_it():
    # a police force's name in front ("Essex Police") is the start of the office, not a body of its own
    assert org_names("Essex Police, Fire and Crime Commissioner attended.\n") == \
        ["Essex Police, Fire and Crime Commissioner"]
    assert org_names("Priorities agreed with the Eastshire and Westbury Police and Crime Commissioner.\n") == \
        ["Eastshire and Westbury Police and Crime Commissioner"]
    # a post in front is no area; "Deputy" in front makes the whole the deputy's post, no body (the
    # held-out golds never list the office for "Deputy Police and Crime Commissioner")
    assert org_names("The Deputy Police and Crime Commissioner spoke.\n") == []
    assert org_names("The Chief Executive of the Police and Crime Commissioner spoke.\n") == \
        ["Police and Crime Commissioner"]
    assert org_names("Kent Police and Police and Crime Commissioner staff met.\n") == \
        ["Kent Police", "Police and Crime Commissioner"]


def test_an_area_office_in_an_attendee_bracket_is_not_cut_at_its_commas():
    text = ("In attendance: Pip Allen (Police, Fire and Crime Commissioner); Sam Dale (Chief Executive, "
            "Office of the Police, Fire and Crime Commissioner).\n\n1. Welcome\nMembers were welcomed.\n")
    people = {m.text: (m.role, m.organisation) for m in find_mentions(extract_text(LAKES_HEAD + text)).people}
    assert people["Pip Allen"][1] == "Police, Fire and Crime Commissioner"
    assert people["Sam Dale"] == ("Chief Executive", "Office of the Police, Fire and Crime Commissioner")
    assert not {"Police", "Office of the Police"} & _organisations(text)


def test_a_list_label_in_an_attendance_table_is_no_body():
    text = ("Attendance\nName\tOrganisation\tRole\tAttendance\nJo Bell\tLakes City Council\tChair\tPresent\n"
            "Imran Hale\tLakes Violence Reduction Unit\tIn attendance\tPresent\n\n1. Welcome\nMembers met.\n")
    found = _organisations(text)
    assert {"Lakes City Council", "Lakes Violence Reduction Unit"} <= found
    assert not {"Present", "In attendance"} & found
    assert [a.organisations for a in extract_text(LAKES_HEAD + text).attendance] == \
        [["Lakes City Council"], ["Lakes Violence Reduction Unit"]]


def test_the_kind_of_body_every_area_has_named_without_its_area_is_no_body():
    assert org_names("93. Fire and Rescue Service Risk and Resource Model\n") == []
    assert org_names("The model for Lakeshire Fire and Rescue Service was noted.\n") == \
        ["Lakeshire Fire and Rescue Service"]


def test_a_name_ending_in_army_is_a_body():
    # "… Army" heads a body's name as "… Brigade" does; "the Army" alone names none in particular
    assert org_names("The panel was set up with the Salvation Army last year.") == ["Salvation Army"]
    assert org_names("He had served in the Army.") == []


def test_a_body_named_with_a_bracketed_qualifier_is_not_cut_into_another_body():
    # the qualifier is part of the committee's name; the name finder alone would stop at the bracket
    text = ("Agenda and minutes\n\nOverview and Scrutiny Committee (Community Safety) - Monday, 6th March, 2023 6.00 pm\n\n"
            "Present: Cllr A Webb (Chairman), Cllr B Hale\n\n1.\n\nMinutes\n\nMinutes:\n\n"
            "RESOLVED that the minutes of the meeting held on 5 December 2022 be approved.\n")
    record = extract_text(text)
    assert record.header.body == "Overview and Scrutiny Committee (Community Safety)"
    keys = {m.key for m in find_mentions(record).organisations}
    assert keys == {"overview-and-scrutiny-committee-community-safety"}


def test_a_board_after_a_named_partnerships_acronym_is_its_meeting():
    assert org_names("The Safer Fellside Partnership (SFP) Board met on Tuesday.") == ["Safer Fellside Partnership"]
    # an acronym inside a longer name still joins it
    assert org_names("The Safeguarding Adults Review (SAR) Working Group met.") == \
        ["Safeguarding Adults Review (SAR) Working Group"]


def test_a_heading_naming_a_partnerships_board_gives_the_partnership_as_the_body():
    text = ("# Safer Fellside Partnership (SFP) Board\n\n**Notes of meeting – Thursday 12 October 2023, 2pm**\n\n"
            "**1. Welcome**\nApologies as above.\n\n**2. Crime figures**\nThe figures were noted.\n")
    assert extract_text(text).header.body == "Safer Fellside Partnership"


def test_a_body_named_by_a_prefix_and_a_place_is_found_whole():
    assert org_names("Action: Write to HMP Fellside and HMP Tarnmoor. | Scams workshops | Age UK Kendal upon Lune |"
                     " Healthwatch Lakes reported.") == [
        "HMP Fellside", "HMP Tarnmoor", "Age UK Kendal upon Lune", "Healthwatch Lakes"]


def test_council_type_initials_after_a_place_name_that_places_council_not_a_gazetteer_alias():
    """ "Felltown MBC": the gazetteer gives "MBC" to one borough as an alias, but written after a place
    the initials name that place's council, never the other borough."""
    from test_unseen_layouts import extract_text_with_mentions
    text = ("FELLTOWN SAFETY PARTNERSHIP\n\nMinutes of the meeting held on 3 May 2012\n\n1. Plan\n\n"
            "PRESENT:\nAnn Webb                Dale MBC\nTom Hale                Fell Police\n\n"
            "The plan of Felltown MBC was agreed.\n")
    found = {(m.text, m.key) for m in extract_text_with_mentions(text).mentions.organisations}
    assert ("Felltown MBC", "felltown-mbc") in found
    assert ("Dale MBC", "dale-mbc") in found          # (a wide gap parts the name column from the place)
    assert not any(key == "maidstone-borough-council" for _, key in found)


def _organisation_keys(text: str) -> set[tuple[str, str]]:
    record = extract_text(LAKES_HEAD + text)
    return {(m.text, m.key) for m in find_mentions(record).organisations}


def test_a_police_command_unit_is_a_body_only_with_its_area():
    text = ("1. Policing update\n\nThe force will merge its borough commands into 12 Basic Command Units "
            "(BCUs). Lakeside would join the South West BCU, where crime fell most in the North East "
            "BCU (Basic Command Unit) this year.\n")
    found = _organisation_keys(text)
    assert {("South West BCU", "south-west-bcu"), ("North East BCU", "north-east-bcu")} <= found
    # the kind of unit, spelt out or as its acronym, names no body in particular
    assert not {name for name, _ in found} & {"Basic Command Units", "Basic Command Unit", "BCUs", "BCU"}


def test_a_unit_named_after_its_work_is_a_body_and_its_possessive_is_the_same_body():
    text = ("1. Plan\n\nThe plan was agreed subject to the Community Safety Unit's figures. The "
            "Community Safety Unit had held weekly meetings. The Working Group met.\n")
    found = _organisation_keys(text)
    assert {key for name, key in found if name == "Community Safety Unit"} == {"community-safety-unit"}
    assert not any(name == "Working Group" for name, _ in found)


def test_national_charities_and_inspectorates_are_known_by_name():
    text = ("1. Night-time economy\n\nThe street pastors and St John Ambulance treated 212 people. "
            "Migrant Help supported two adults, and applications were prioritised with the ADASS tool. "
            "Ofsted and the CQC inspected.\n")
    keys = {key for _, key in _organisation_keys(text)}
    assert {"st-john-ambulance", "migrant-help", "association-of-directors-of-adult-social-services",
            "ofsted", "care-quality-commission"} <= keys
