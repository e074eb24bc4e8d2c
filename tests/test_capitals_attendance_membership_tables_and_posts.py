"""Header, attendance, people, bodies and topics of minutes laid out in ways met in old and printed
minutes: an attendance list and action lines typed in capitals, "Councillors A, B and C" under the
chair's own lines, a post holding "and" after a spaced dash, a membership table with a "Voting"
column and an "Organisation / role" column, a portfolio going on after a comma, a theme in brackets
after a post, a heading naming the occasion of the meeting rather than the body, a fund a body
owns, and vulnerable people as a theme. Invented documents; each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import extract_text_with_mentions, org_names, people

CAPITALS_MINUTES = (
    "FELLSIDE CRIME AND DISORDER REDUCTION PARTNERSHIP\n\n"
    "MINUTES OF THE MEETING HELD ON MONDAY 5TH OF MARCH 2007 AT 10.00 A.M. IN ROOM 4, FELLSIDE TOWN HALL\n\n"
    "PRESENT:\n\n"
    "COUNCILLOR A BRIERLEY (CHAIR) – LEAD MEMBER FOR COMMUNITY SAFETY, FELLSIDE BOROUGH COUNCIL\n"
    "CHIEF SUPERINTENDENT T OLDHAM – DIVISIONAL COMMANDER, LAKESHIRE POLICE\n"
    "MRS J ACKROYD – COMMITTEE ADMINISTRATOR, FELLSIDE BOROUGH COUNCIL\n\n"
    "I. APOLOGIES FOR ABSENCE\n\nNone.\n\n"
    "II. MINUTES\n\nThe minutes were agreed.\n\n"
    "III. CRIMINAL DAMAGE\n\nMrs Ackroyd reported on criminal damage.\n\n"
    "AGREED: THAT A CRIMINAL DAMAGE PLAN BE PREPARED.\n\n"
    "ACTION: MRS J ACKROYD / CHIEF SUPT T OLDHAM\n")


def test_an_attendance_list_typed_in_capitals_names_its_people_by_their_titles():
    record = extract_text(CAPITALS_MINUTES)
    assert [a.name for a in record.attendance] == [
        "COUNCILLOR A BRIERLEY", "CHIEF SUPERINTENDENT T OLDHAM", "MRS J ACKROYD"]
    # a line in capitals without a personal title is no name ("PARTNERSHIP OFFICERS")
    text = CAPITALS_MINUTES.replace("MRS J ACKROYD – COMMITTEE", "PARTNERSHIP OFFICERS – COMMITTEE")
    assert "PARTNERSHIP OFFICERS" not in [a.name for a in extract_text(text).attendance]
    # nor is a title before words joined by "and" ("PC AND PCSO NUMBERS")
    text = CAPITALS_MINUTES.replace("MRS J ACKROYD – COMMITTEE", "PC AND PCSO NUMBERS – COMMITTEE")
    assert "PC AND PCSO NUMBERS" not in [a.name for a in extract_text(text).attendance]


def test_a_capitals_affiliation_is_read_for_its_post_and_body_in_title_case():
    record = extract_text(CAPITALS_MINUTES)
    # the body is given back as written, the post ("Divisional Commander", "Committee Administrator")
    # is no body
    assert [(a.organisations, a.role) for a in record.attendance] == [
        (["FELLSIDE BOROUGH COUNCIL"], "Chair"),
        (["LAKESHIRE POLICE"], "Divisional Commander"),
        (["FELLSIDE BOROUGH COUNCIL"], "Committee Administrator")]


def test_an_action_line_in_capitals_names_people_not_bodies():
    record = extract_text_with_mentions(CAPITALS_MINUTES)
    owners = [(o.name, o.kind) for item in record.items for action in item.actions for o in action.owners]
    assert owners == [("MRS J ACKROYD", "person"), ("CHIEF SUPT T OLDHAM", "person")]
    assert not any(name.startswith(("MRS ", "CHIEF SUPT")) for name in org_names(record))


PRINTED_MEMBERS = (
    "LAKESHIRE COUNCIL\n\nSAFER COMMUNITIES SCRUTINY COMMITTEE\n\n"
    "Minutes of the meeting held on Thursday, 9th March, 2023 at 6.00 pm in the Council Chamber, Kendal\n\n"
    "Members Present:\n"
    "Councillor Ann Webb (Chair)\n"
    "Councillor Tom Hale (Vice-Chair)\n"
    "Councillors Jo Firth, Sam Lowe-Barton, Ravi Patel and Kim Ostler\n\n"
    "Also in attendance:\n"
    "Councillor Lee Dunn – Cabinet Member for Communities and Public Protection\n\n"
    "Officers:\n"
    "Ruth Orme – Community Safety Manager\n\n"
    "12 APOLOGIES FOR ABSENCE\n\nNone.\n")


def test_a_plural_title_line_under_the_chairs_lines_lists_the_other_members():
    record = extract_text(PRINTED_MEMBERS)
    assert [a.name for a in record.attendance if a.list_kind == "present"] == [
        "Councillor Ann Webb", "Councillor Tom Hale", "Jo Firth", "Sam Lowe-Barton", "Ravi Patel", "Kim Ostler"]


def test_one_name_and_a_post_holding_and_is_one_attendee():
    record = extract_text(PRINTED_MEMBERS)
    also = [(a.name, a.role) for a in record.attendance if a.list_kind == "also_present"]
    assert also == [("Councillor Lee Dunn", "Cabinet Member for Communities and Public Protection")]


MEMBERSHIP_TABLE = (
    "Safer Fellside Partnership\n\nBOARD MEETING\nMINUTES\n\n"
    "Date:\tTuesday 4 June 2024\nTime:\t10.00am\n\n"
    "MEMBERSHIP AND ATTENDANCE\n"
    "Member\tOrganisation / role\tVoting\tAttendance\n"
    "Cllr Ann Webb\tFellside Council – Cabinet Member for Community Engagement, Equalities and Regulatory Services\t"
    "Voting\tPresent\n"
    "Tom Hale\tLakeshire Police – Local Policing Commander\tVoting\tApologies\n"
    "Jo Firth\tFellside Housing Association – Housing Manager\tNon-voting\tAbsent\n"
    "Ravi Patel\tLakeshire Probation Service – Senior Probation Officer\tNon-voting\tPresent\n\n"
    "In attendance (not members)\n"
    "Kim Ostler – Community Safety Officer (VAWDASV), Fellside Council\n\n"
    "Item 1: Welcome\n\n1.1\tThe Chair welcomed members.\n")


def test_a_membership_table_with_a_voting_column_gives_each_row_its_attendance():
    record = extract_text(MEMBERSHIP_TABLE)
    assert [(a.name, a.list_kind) for a in record.attendance[:4]] == [
        ("Cllr Ann Webb", "present"), ("Tom Hale", "apologies"), ("Jo Firth", "absent"), ("Ravi Patel", "present")]


def test_an_organisation_slash_role_cell_parts_the_body_from_the_post_at_its_dash():
    record = extract_text(MEMBERSHIP_TABLE)
    assert [(a.organisations, a.role) for a in record.attendance[1:4]] == [
        (["Lakeshire Police"], "Local Policing Commander"),
        (["Fellside Housing Association"], "Housing Manager"),
        (["Lakeshire Probation Service"], "Senior Probation Officer")]


def test_a_portfolio_goes_on_after_its_comma():
    first = extract_text(MEMBERSHIP_TABLE).attendance[0]
    assert first.organisations == ["Fellside Council"]
    assert first.role == "Cabinet Member for Community Engagement, Equalities and Regulatory Services"


def test_a_theme_in_brackets_after_a_post_is_the_posts_field_not_a_body():
    kim = next(a for a in extract_text(MEMBERSHIP_TABLE).attendance if a.name == "Kim Ostler")
    assert kim.organisations == ["Fellside Council"]


def test_a_heading_naming_the_occasion_leaves_the_body_to_the_first_line():
    text = ("Safer Fellside Partnership\n\nANNUAL GENERAL MEETING AND PARTNERSHIP BOARD\nMINUTES\n\n"
            "Date:\tTuesday 4 June 2024\n\nKEY DECISIONS OF THIS MEETING\n- Chair elected\n\n"
            "Item 1: Welcome\n\n1.1\tThe Chair welcomed members.\n")
    assert extract_text(text).header.body == "Safer Fellside Partnership"


def test_a_fund_a_body_owns_is_no_body():
    text = ("Fellside Safer Communities Board\n\nMinutes of the meeting held on 4 June 2024\n\n"
            "1. Funding\n\nFellside had been allocated £50,000 from the Department for Communities and Local "
            "Government's Preventing "
            "Violent Extremism Pathfinder Fund. The Lakeshire Constabulary's Rural Crime Team would help.\n")
    names = org_names(extract_text_with_mentions(text))
    assert "Preventing Violent Extremism Pathfinder Fund" not in names
    assert "Rural Crime Team" in names


def test_vulnerable_people_in_a_heading_is_the_safeguarding_theme():
    text = ("Fellside Joint Action Group\n\nNotes of the meeting held on 4 June 2024\n\n"
            "1. Vulnerable persons and repeat callers\n\nTwo rough sleepers were offered support.\n")
    keys = {t.key for t in extract_text_with_mentions(text).mentions.topics}
    assert "safeguarding-vulnerable-people" in keys
    # in lower case, inside a sentence, the phrase is too generic to name the theme
    text = text.replace("Two rough sleepers", "The order criminalised vulnerable people, said two rough sleepers")
    text = text.replace("Vulnerable persons and repeat callers", "Begging order")
    keys = {t.key for t in extract_text_with_mentions(text).mentions.topics}
    assert "safeguarding-vulnerable-people" not in keys


SCOTTISH_MINUTE = (
    "FELLSIDE COMMUNITY SAFETY AND JUSTICE PARTNERSHIP\n\n"
    "MINUTE OF MEETING of the Fellside Community Safety and Justice Partnership held\n"
    "in Committee Room 2, Fellside House, 12 Loch Street, Fellside, and\n"
    "remotely by Microsoft Teams, on Tuesday 7th March 2023 at 10.00am.\n\n"
    "Present\n\n"
    "Councillor Ann Webb, Convener, Fellside City Council (AW)\n"
    "Tom Hale, Improvement Lead, Community Justice Lakeland (TH)\n"
    "Jo Firth, Chief Executive, Fellside Volunteer and Voluntary Action (JF)\n\n"
    "Apologies\n\n"
    "Superintendent Sam Lowe (Police Scotland), Councillor Ravi Patel\n"
    "(Fellside City Council) and Kim Ostler (Scottish Prison Service).\n\n"
    "1. WELCOME\n\n"
    "The Convener welcomed Tom Hale, who had taken over from Ruth Orme as the Community Justice link\n"
    "officer for Lakeland.\n")


def test_a_scottish_minute_of_meeting_sentence_gives_the_venue_wrapped_over_its_lines():
    header = extract_text(SCOTTISH_MINUTE).header
    assert header.body == "Fellside Community Safety and Justice Partnership"
    assert header.venue == "Committee Room 2, Fellside House, 12 Loch Street, Fellside, and\nremotely by Microsoft Teams"


def test_entry_lines_under_an_attendance_label_on_its_own_line_are_no_council_heading():
    text = ("FELLSIDE CRIME AND DISORDER REDUCTION PARTNERSHIP\n\nPARTNERSHIP BOARD\n\n"
            "MINUTES OF THE MEETING HELD ON MONDAY 5TH OF MARCH 2007 AT 10.00 A.M. IN ROOM 4, TOWN HALL\n\n"
            "PRESENT:\n\n"
            "MR J BLOGGS – MANAGER, FELLSIDE BOROUGH COUNCIL\n\n"
            "I. APOLOGIES\n\nNone.\n\nII. MINUTES\n\nAgreed.\n\nIII. REPORTS\n\nNoted.\n")
    assert extract_text(text).header.parent_body is None


def test_an_apologies_paragraph_wrapped_before_a_bracket_names_everyone_in_it():
    record = extract_text(SCOTTISH_MINUTE)
    assert [(a.name, a.organisations) for a in record.attendance if a.list_kind == "apologies"] == [
        ("Superintendent Sam Lowe", ["Police Scotland"]), ("Councillor Ravi Patel", ["Fellside City Council"]),
        ("Kim Ostler", ["Scottish Prison Service"])]


def test_the_last_part_of_name_post_body_names_the_body_without_a_head_word():
    record = extract_text(SCOTTISH_MINUTE)
    assert [(a.organisations, a.role) for a in record.attendance if a.list_kind == "present"][1:] == [
        (["Community Justice Lakeland"], "Improvement Lead"),
        (["Fellside Volunteer and Voluntary Action"], "Chief Executive")]


def test_a_name_before_as_the_post_is_a_person_when_the_post_wraps():
    names = {m.text for m in extract_text_with_mentions(SCOTTISH_MINUTE).mentions.people}
    assert "Ruth Orme" in names


def test_a_probation_delivery_unit_without_its_area_is_no_body():
    text = ("Fellside Safer Communities Board\n\nMinutes of the meeting held on 4 June 2024\n\n1. Probation\n\n"
            "Jo Bloggs, Head of Probation Delivery Unit, reported. The Lakes Probation Delivery Unit had moved.\n")
    names = org_names(extract_text_with_mentions(text))
    assert "Probation Delivery Unit" not in names
    assert "Lakes Probation Delivery Unit" in names


def test_a_city_centre_is_a_place_not_a_body():
    text = ("Fellside Safer Communities Board\n\nMinutes of the meeting held on 4 June 2024\n\n1. Orders\n\n"
            "The Chester City Centre Public Spaces Protection Order was reviewed with the Lakes City Centre "
            "Partnership.\n")
    names = org_names(extract_text_with_mentions(text))
    assert "Chester City Centre" not in names
    assert "Lakes City Centre Partnership" in names


def test_a_titled_name_in_the_possessive_is_the_person_without_it():
    text = ("Fellside Safer Communities Board\n\nMinutes of the meeting held on 4 June 2024\n\n1. Public speaking\n\n"
            "Mr Alan Probert spoke. Members, referring to Mr Probert's comments, felt the order was needed.\n")
    names = {m.text for m in extract_text_with_mentions(text).mentions.people}
    assert names == {"Mr Alan Probert", "Mr Probert"}
