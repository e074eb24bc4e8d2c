"""One small invented document per rule for the meeting's header, its attendance lists and the people,
bodies and topics read around them: a committee page's "Committee:" field, a bilingual label's Welsh
half, the line the minutes' own sentence names, a council named only as the place of the meeting,
tick-box and initials columns of attendance tables, a table's header row under the lists, and a
sentence going on after an apologies list. Each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import extract_text_with_mentions, org_names, people, person_names


def test_a_committee_field_names_the_body_over_the_page_furniture():
    text = ("Skip to main content\nLakeshire County Council\nCommittee Information System\n"
            "Home | Committees | Meetings\n\nMeeting Details\n"
            "Committee:\tSafer Lakeshire Partnership Board\nDate:\tTuesday 6 February 2024\nTime:\t2.00 pm\n"
            "Venue:\tRoom 4, County Hall, Kendal\n\n"
            "Minutes\n\nSLP 24/01\tApologies for Absence\nNone were received.\n\n"
            "SLP 24/02\tMinutes\nThe minutes were confirmed.\n")
    header = extract_text(text).header
    assert header.body == "Safer Lakeshire Partnership Board"
    assert header.date == dt.date(2024, 2, 6)


def test_a_bilingual_label_is_read_from_its_english_half():
    text = ("Bwrdd Diogelwch Cymunedol Glan-y-Llyn\nGlan-y-Llyn Community Safety Board\n\n"
            "Cofnodion / Minutes\n\nDyddiad / Date:\t14/11/2023\nAmser / Time:\t10:30 – 12:00\n"
            "Lleoliad / Venue:\tYstafell 2, Neuadd y Dref, Glan-y-Llyn\n\n"
            "1. Apologies\nNone.\n\n2. Minutes\nThe minutes were agreed.\n")
    header = extract_text(text).header
    assert header.date == dt.date(2023, 11, 14)
    assert header.start_time == dt.time(10, 30)
    assert header.venue == "Ystafell 2, Neuadd y Dref, Glan-y-Llyn"


def test_the_line_the_minutes_sentence_names_is_the_body_not_the_host_above_it():
    text = ("NHS Lakeshire Integrated Care Board\nLakeshire Serious Violence Strategic Board\n\n"
            "Minutes of the Lakeshire Serious Violence (SV) Strategic Board held on 2nd May 2024 via MS Teams\n\n"
            "Present: Ann Webb (Chair), Tom Hale\n\n"
            "Item 1\tWelcome\nThe Chair welcomed members.\n\nItem 2\tMinutes\nThe minutes were agreed.\n")
    assert extract_text(text).header.body == "Lakeshire Serious Violence Strategic Board"


def test_a_council_named_only_in_the_place_of_the_meeting_is_not_its_council():
    text = ("FELLSIDE PUBLIC PROTECTION GROUP\n\nMINUTE OF MEETING\nThursday 3 October 2024, 2.00pm\n"
            "Council Chamber, Fellside Council Headquarters, High Street, Kendal\n\n"
            "Present:\nAnn Webb\tChief Executive, Fellside Council\n\n"
            "1. Apologies\nNone.\n\n2. Minutes\nThe minutes were agreed.\n")
    header = extract_text(text).header
    assert header.body == "Fellside Public Protection Group"
    assert header.parent_body is None


def test_a_row_ticked_only_under_apologies_is_not_an_attendee():
    text = ("Lakeshire Safer Communities Board\nDate: 4 March 2024\n\nAttendance Details\n"
            "Member\tOrganisation\tPresent\tApologies\n"
            "Councillor Ann Webb (Chair)\tLakeshire Council\t✓\t\n"
            "Tom Hale\tLakeshire Council (Director of Place)\t\t✓\n"
            "Jo Marsh\tLakeshire Police\t✓\t\n\n"
            "1. Apologies\nAs above.\n\n2. Minutes\nThe minutes were agreed.\n")
    assert people(extract_text(text)) == [("Councillor Ann Webb", ["Lakeshire Council"], "Chair", "present"),
                                          ("Tom Hale", ["Lakeshire Council"], "Director of Place", "apologies"),
                                          ("Jo Marsh", ["Lakeshire Police"], None, "present")]


def test_an_initials_column_and_a_title_and_organisation_column_are_read_as_such():
    # "ChM" beside "CM": a letter more of the first name tells two people apart; the last part of the
    # "Title and organisation" cell is the body even when no word of it names one; a bracket after the
    # body is its area, not a person; the list under "In attendance:" goes on in the same columns
    text = ("Lakeshire Violence Against Women and Girls Board\nDate: 3 April 2025\n\nPresent:\n"
            "Name\tInitials\tTitle and organisation\n"
            "Charlotte Moss\tChM\tChief Nurse, NHS Lakeshire (Chair)\n"
            "Colin Mead\tCM\tHead of Public Protection, Lakeshire Police\n"
            "Tom Fairley\tTF\tHead of Service, The Probation Service (North East)\n"
            "Amir Hadi\tAH\tConsultant in Public Health, Public Health Lakeshire\n\n"
            "In attendance:\nMegan Pole\tMP\tGovernance Officer, NHS Lakeshire (minutes)\n\n"
            "Item 1\tWelcome\nThe Chair welcomed members.\n\nItem 2\tMinutes\nThe minutes were agreed.\n")
    record = extract_text(text)
    assert people(record) == [
        ("Charlotte Moss", ["NHS Lakeshire"], "Chair", "present"),
        ("Colin Mead", ["Lakeshire Police"], "Head of Public Protection", "present"),
        ("Tom Fairley", ["The Probation Service"], "Head of Service", "present"),
        ("Amir Hadi", ["Public Health Lakeshire"], "Consultant in Public Health", "present"),
        ("Megan Pole", ["NHS Lakeshire"], "Governance Officer", "in_attendance")]
    assert [a.initials for a in record.attendance] == ["ChM", "CM", "TF", "AH", "MP"]


def test_the_header_row_of_the_minutes_table_ends_the_list_above_it():
    text = ("FELLSIDE PUBLIC PROTECTION GROUP\nThursday 3 October 2024, 2.00pm\n\n"
            "Apologies:\nTom Bruce\tChief Officer, Fellside Health Partnership\n"
            "Alan Kerr\tHead of Public Protection, Fellside Police\n\n"
            "No.\tDiscussion\tAction by\n\n"
            "Item 1 — Welcome\n1.1\tThe Chair welcomed members.\t\n\n"
            "Item 2 — Minutes\n2.1\tThe minutes were agreed.\t\n")
    record = extract_text_with_mentions(text)
    assert [a.name for a in record.attendance] == ["Tom Bruce", "Alan Kerr"]
    assert "Discussion" not in org_names(record) and "No" not in person_names(record)


def test_a_sentence_after_an_apologies_list_names_nobody_absent():
    text = ("LAKESHIRE TOWN COUNCIL\n\nMINUTES OF THE MEETING OF THE SAFETY COMMITTEE HELD IN THE GUILDHALL "
            "ON MONDAY 11TH MARCH 2024 AT 7.00PM\n\nPRESENT:\tCouncillors J Hale (Chairman), A Webb\n\n"
            "LS/24/01\tTO RECEIVE APOLOGIES FOR ABSENCE\n\n"
            "Apologies were received from Cllr M Dane (work commitments). It was proposed by Cllr Hale, "
            "seconded by Cllr Webb and RESOLVED that the apologies be accepted.\n\n"
            "LS/24/02\tMINUTES\n\nThe minutes were agreed.\n")
    record = extract_text_with_mentions(text)
    assert [(a.name, a.list_kind) for a in record.attendance if a.list_kind == "apologies"] == [
        ("Cllr M Dane", "apologies")]
    assert not any("RESOLVED" in name for name in person_names(record))


def test_a_name_and_its_initials_after_in_are_an_area_and_its_acronym():
    text = ("Lakes Area Planning Board\nDate: 5 December 2024\n\nPresent: Ann Webb (Chair)\n\n"
            "1. Drug related deaths\nThere were nine suspected deaths in Glyn Taf Morfa (GTM) in quarter 2. "
            "The strategy for GTM would be presented in March.\n\n2. Close\nNone.\n")
    record = extract_text_with_mentions(text)
    assert "Glyn Taf Morfa" not in person_names(record)
    assert ("GTM", "Glyn Taf Morfa") in {(a.acronym, a.expansion) for a in record.mentions.acronyms}


def _orgs_in(paragraph: str) -> list[str]:
    text = f"Lakes Safety Board\nDate: 3 May 2024\n\n1. Report\n{paragraph}\n\n2. Close\nNone.\n"
    return org_names(extract_text_with_mentions(text))


def test_a_chamber_of_commerce_after_its_place_is_one_body():
    orgs = _orgs_in("The Clerk presented a request from the Fellside Chamber of Trade and Commerce for funding.")
    assert "Fellside Chamber of Trade and Commerce" in orgs


def test_a_speedwatch_group_and_a_business_improvement_district_are_bodies():
    orgs = _orgs_in("Cllr Webb reported that the Fellside Community Speedwatch group had met. The Board "
                    "supported a bid with the Lakeside Coastal Business Improvement District for the charter.")
    assert "Fellside Community Speedwatch" in orgs
    assert "Lakeside Coastal Business Improvement District" in orgs


def test_national_regulators_and_charities_named_once_are_known_bodies():
    orgs = _orgs_in("The statement for the Care Inspectorate is complete. Street drinkers are referred "
                    "through the Cranstoun outreach team.")
    assert "Care Inspectorate" in orgs and "Cranstoun" in orgs


def test_two_short_names_of_the_same_kind_joined_by_and_are_two_bodies():
    orgs = _orgs_in("The assessment was prepared jointly by Fellside Council and BCP Council. The Fire and "
                    "Rescue Service and the Health and Wellbeing Board were told.")
    assert "Fellside Council" in orgs and "BCP Council" in orgs
    assert "Fellside Council and BCP Council" not in orgs


def test_a_name_cut_at_a_comma_before_its_acronym_is_not_a_body():
    # the acronym stands for words before the comma: the words kept after it are no body's whole name
    orgs = _orgs_in("Sian gave an update from the Lakes Violence against Women, Domestic Abuse and Sexual "
                    "Violence (VAWDASV) Regional Board. The Safeguarding Adults Review (SAR) Working Group met.")
    assert "Domestic Abuse and Sexual Violence (VAWDASV) Regional Board" not in orgs
    assert "Safeguarding Adults Review (SAR) Working Group" in orgs


def test_the_welsh_framework_against_violence_against_women_is_a_topic():
    text = ("Lakes Area Planning Board\nDate: 5 December 2024\n\nPresent: Ann Webb (Chair)\n\n"
            "1. VAWDASV and substance misuse\nSian gave an update from the regional board on Violence against "
            "Women, Domestic Abuse and Sexual Violence (VAWDASV). The VAWDASV strategy is being refreshed.\n\n"
            "2. Close\nNone.\n")
    record = extract_text_with_mentions(text)
    assert "violence-against-women-domestic-abuse-and-sexual-violence" in {t.key for t in record.mentions.topics}


def test_a_theme_and_a_generic_scheme_name_in_a_title_name_no_body():
    orgs = _orgs_in("The Road Safety and Community Speedwatch report was noted.")
    assert "Road Safety and Community Speedwatch" not in orgs


def test_words_of_a_long_form_cut_by_commas_are_no_minor_topics_mention():
    # "Sexual Violence" twice, both inside the long form of VAWDASV: no mention of sexual violence
    text = ("Lakes Police and Crime Panel\nDate: 5 December 2019\n\nPresent: Ann Webb (Chair)\n\n"
            "9. VIOLENCE AGAINST WOMEN, DOMESTIC ABUSE AND SEXUAL VIOLENCE\nMs Gwilt gave an update. VAWDASV "
            "(Violence against Women, Domestic Abuse and Sexual Violence) remains the first priority. The VAWDASV "
            "strategy is being refreshed.\n\n"
            "10. Close\nNone.\n")
    keys = {t.key for t in extract_text_with_mentions(text).mentions.topics}
    assert "violence-against-women-domestic-abuse-and-sexual-violence" in keys
    assert "sexual-violence" not in keys


def test_a_dash_in_brackets_does_not_cut_the_place_under_the_date():
    # a Word minute read with a blank line between the date and the place
    text = ("FELLSIDE PUBLIC PROTECTION GROUP\n\nMINUTE OF MEETING\n\nThursday 3 October 2024, 2.00pm – 4.30pm\n\n"
            "Council Chamber, Fellside House, High Street, Kendal (hybrid – Microsoft Teams)\n\n"
            "Present:\n\nAnn Webb (AW) | Chief Executive, Fellside Council (Chair)\n"
            "Tom Hale (TH) | Head of Service, Fellside Council\n\n"
            "1. Apologies\nNone.\n\n2. Minutes\nThe minutes were agreed.\n")
    assert extract_text(text).header.venue == \
        "Council Chamber, Fellside House, High Street, Kendal (hybrid – Microsoft Teams)"


def test_an_attendance_row_read_with_bars_names_no_council_over_the_body():
    text = ("FELLSIDE PUBLIC PROTECTION GROUP\n\nMINUTE OF MEETING\n\nThursday 3 October 2024, 2.00pm\n\n"
            "Present:\n\nAnn Webb (AW) | Chief Executive, Fellside Council (Chair)\n"
            "Tom Hale (TH) | Head of Service, Fellside Council\n\n"
            "1. Apologies\nNone.\n\n2. Minutes\nThe minutes were agreed.\n")
    assert extract_text(text).header.parent_body is None


def test_a_prevent_panel_heading_names_the_prevent_theme():
    text = ("Fellside Public Protection Group\nDate: 3 October 2024\n\nPresent: Ann Webb (Chair)\n\n"
            "1. Apologies\nNone.\n\n2. Prevent Multi-Agency Panel\nThree referrals were discussed.\n")
    assert "prevent" in {t.key for t in extract_text_with_mentions(text).mentions.topics}


def test_a_body_named_with_its_remit_is_the_body_the_minutes_name_without_it():
    from kgraph.resolve import resolve
    text = ("Fellside Area Planning Board for Substance Misuse\n\nDate: 5 December 2024\n\nPresent: Ann Webb (Chair)\n\n"
            "1. Welcome\nThe Chair welcomed members to the meeting of the Fellside Area Planning Board (APB).\n\n"
            "2. Close\nNone.\n")
    record = extract_text_with_mentions(text)
    orgs = [e for (kind, _), e in resolve([record]).entities.items() if kind == "organisation"]
    board = [e for e in orgs if e.label.startswith("Fellside Area Planning Board")]
    assert len(board) == 1
    assert {board[0].label, *board[0].alt_labels} >= {"Fellside Area Planning Board for Substance Misuse",
                                                      "Fellside Area Planning Board"}


def test_a_cross_or_yes_marks_a_tick_box_and_a_dash_leaves_it_empty():
    text = ("Lakeshire Safer Communities Board\nDate: 4 March 2024\n\nAttendance\n"
            "Name\tOrganisation\tPresent\tApologies\n"
            "Ann Webb\tLakeshire Council\tX\t-\n"
            "Tom Hale\tLakeshire Police\t-\tYes\n\n"
            "1. Apologies\nAs above.\n\n2. Minutes\nThe minutes were agreed.\n")
    assert [(a.name, a.list_kind) for a in extract_text(text).attendance] == [("Ann Webb", "present"),
                                                                              ("Tom Hale", "apologies")]
