"""One small invented document per rule learnt from printed-PDF district minutes, ModernGov pages
saved as HTML and boards that list each attendee as "Name, Post, Organisation". Each test fails
without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions, items, people

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"


# --------------------------------------------------------------------------- items


def test_printed_minute_numbers_with_a_spaced_prefix_are_items():
    text = (HEAD + "LKP 19/07    APOLOGIES FOR ABSENCE\n\nApologies were received from Ann Webb.\n\n"
            "LKP 19/08    DECLARATIONS OF INTEREST\n\nNone were declared under Minute LKP 19/09 or any other.\n\n"
            "LKP 19/09    MINUTES\n\nIt was RESOLVED that the Minutes be approved.\n")
    record = extract_text(text)
    assert items(record) == [("LKP 19/07", None, "APOLOGIES FOR ABSENCE"),
                             ("LKP 19/08", None, "DECLARATIONS OF INTEREST"), ("LKP 19/09", None, "MINUTES")]
    assert_spans_slice_back(record)


def test_a_sentence_opening_with_a_code_and_a_fraction_is_not_an_item():
    text = (HEAD + "1. Crime figures\n\nThe figures were presented.\n"
            "ASB 12/13 figures were down by a fifth on the year before.\n\n2. Any other business\nNone.\n")
    assert [n for n, _, _ in items(extract_text(text))] == ["1", "2"]


def test_a_web_minute_number_with_a_hyphened_prefix_alone_on_its_line_is_an_item():
    text = (WEB_HEAD_ITEMS + "Items\nNo. Item\n\nSCR-07\n\nApologies for Absence\n\nMinutes:\n\nNone.\n\n"
            "SCR-08\n\nMinutes of the Last Meeting PDF 120 KB\n\nMinutes:\n\n"
            "RESOLVED – that the minutes of the meeting held on 5 October 2022 be confirmed.\n\n"
            "SCR-09\n\nHighways Review pdf icon PDF 1 MB\n\nAdditional documents:\n\n"
            "Appendix 1 - Map PDF 2 MB\n\nMinutes:\n\nRESOLVED – that the review be noted.\n")
    record = extract_text(text)
    assert items(record) == [("SCR-07", None, "Apologies for Absence"), ("SCR-08", None, "Minutes of the Last Meeting"),
                             ("SCR-09", None, "Highways Review")]
    assert decisions(record)[0][0] == "SCR-08"
    assert_spans_slice_back(record)


WEB_HEAD_ITEMS = ("Agenda, decisions and minutes\n\nLakes Scrutiny Committee - Wednesday, 16th November, 2022 10.00 am\n\n"
                  "Venue: Committee Room One, County Hall, Kendal.\n\nPresent: Councillors A Webb and T Hale.\n\n")


# --------------------------------------------------------------------------- attendance

WEB_HEAD = ("Agenda and minutes\n\nLakes Scrutiny Committee - Wednesday, 16th November, 2022 10.00 am\n\n"
            "Venue: Committee Room One, County Hall, Kendal.\n\n")


def test_attendance_lists_read_from_a_web_page_as_bullets():
    text = (WEB_HEAD + "Attendance\n\nPresent\n\n• Councillor Ann Webb (Chairman)\n\n• Councillor Tom Hale\n\n"
            "Officers and others in attendance\n\n• Rosa Hines (Scrutiny Officer)\n\n"
            "Apologies\n\n• Councillor Ben Lowe\n\nItems\n\nNo. | Item\n\n41.\n\nApologies\n\nMinutes:\n\nNone.\n")
    assert people(extract_text(text)) == [
        ("Councillor Ann Webb", [], "Chairman", "present"), ("Councillor Tom Hale", [], None, "present"),
        ("Rosa Hines", [], "Scrutiny Officer", "officers"), ("Councillor Ben Lowe", [], None, "apologies")]


def test_the_same_lists_copied_as_text_end_at_the_items_heading():
    text = (WEB_HEAD + "Attendance\n\nPresent\n\nCouncillor Ann Webb (Chairman)\nCouncillor Tom Hale\n\n"
            "Officers and others in attendance\n\nRosa Hines (Scrutiny Officer)\n\n"
            "Apologies\n\nCouncillor Ben Lowe\n\nItems\nNo. Item\n\n41.\n\nApologies\n\nMinutes:\n\nNone.\n")
    assert people(extract_text(text)) == [
        ("Councillor Ann Webb", [], "Chairman", "present"), ("Councillor Tom Hale", [], None, "present"),
        ("Rosa Hines", [], "Scrutiny Officer", "officers"), ("Councillor Ben Lowe", [], None, "apologies")]


def test_name_post_and_body_lines_however_long_stay_one_attendee_a_line():
    text = (HEAD + "Present:\nKaren Aldridge, Head of Youth Justice Service, Lakes County Council (Chair)\n"
            "Dr Amir Haddad, Designated Doctor for Safeguarding Children, North and South Lakes Clinical "
            "Commissioning Group\nMark Dent, Community Safety Manager, Lakes Borough Council\n\n"
            "In attendance:\nGail Thorne, Oversight Manager (North West), Youth Justice Board for England and Wales\n"
            "Amy Cole, Business Support Officer, Lakes Youth Justice Service (minutes)\n\n"
            "Apologies:\nPolly Webb, Policy Officer, Office of the Police and Crime Commissioner for Lakes\n"
            "Dave Rees, Service Manager, Lakes Young People's Substance Misuse Service\n\n1. Welcome\nNone.\n")
    assert people(extract_text(text)) == [
        ("Karen Aldridge", ["Lakes County Council"], "Chair", "present"),
        ("Dr Amir Haddad", ["North and South Lakes Clinical Commissioning Group"],
         "Designated Doctor for Safeguarding Children", "present"),
        ("Mark Dent", ["Lakes Borough Council"], "Community Safety Manager", "present"),
        ("Gail Thorne", ["Youth Justice Board for England and Wales"], "Oversight Manager (North West)", "in_attendance"),
        ("Amy Cole", ["Lakes Youth Justice Service"], "Business Support Officer", "in_attendance"),
        ("Polly Webb", ["Office of the Police and Crime Commissioner for Lakes"], "Policy Officer", "apologies"),
        ("Dave Rees", ["Lakes Young People's Substance Misuse Service"], "Service Manager", "apologies")]


def test_a_printed_two_column_members_list_gives_both_columns():
    text = (HEAD + "MEMBERS PRESENT:\n"
            "Councillor Ann Webb (Chairman)        Chief Inspector Tom Hale (Lakes Police)\n"
            "Councillor Ben Lowe (Lakes BC)        Rosa Hines (Lakes Fire and Rescue Service)\n"
            "Jo Dale (Lakes County Council)        Dr Omar Sethi (Lakes NHS Trust)\n\n"
            "LKP 19/07    APOLOGIES FOR ABSENCE\n\nNone.\n")
    assert people(extract_text(text)) == [
        ("Councillor Ann Webb", [], "Chairman", "present"),
        ("Chief Inspector Tom Hale", ["Lakes Police"], None, "present"),
        ("Councillor Ben Lowe", ["Lakes BC"], None, "present"),
        ("Rosa Hines", ["Lakes Fire and Rescue Service"], None, "present"),
        ("Jo Dale", ["Lakes County Council"], None, "present"),
        ("Dr Omar Sethi", ["Lakes NHS Trust"], None, "present")]


def test_a_wide_gap_before_a_body_is_still_the_persons_body():
    text = HEAD + "Present:\nJo Dale (Chair)      Lakes District Council\nTom Hale      Lakes Police\n\n1. Welcome\nNone.\n"
    assert people(extract_text(text)) == [("Jo Dale", ["Lakes District Council"], "Chair", "present"),
                                          ("Tom Hale", ["Lakes Police"], None, "present")]


# --------------------------------------------------------------------------- decisions


def test_resolved_then_that_the_committee_then_lettered_points_each_on_its_line():
    text = (HEAD + "4. Annual report\n\nThe report was presented.\n\nRESOLVED:\n\nThat the Committee\n\n"
            "(a) note the annual report of the Partnership;\n\n(b) support the proposed approach to the duty; and\n\n"
            "(c) request an update in July.\n\n5. Work programme\n\nRESOLVED:\n\nThat the work programme be agreed.\n")
    assert decisions(extract_text(text)) == [
        ("4", "noted", "note the annual report of the Partnership"),
        ("4", "resolved", "support the proposed approach to the duty"),
        ("4", "resolved", "request an update in July."),
        ("5", "agreed", "That the work programme be agreed.")]


# --------------------------------------------------------------------------- actions


def test_a_follow_up_joined_by_and_to_a_reported_statement_is_its_speakers():
    text = (HEAD + "Present: Councillor Ann Webb (Chairman), Superintendent Neil Hale (Lakes Police)\n\n"
            "3. Neighbourhood policing\n\nThe report was presented.\n\n"
            "• In response to a question from Councillor Webb about rural wards, Superintendent Hale advised that "
            "every ward had a named officer, and agreed to provide ward-level data to members.\n")
    record = extract_text(text)
    assert [([o.name for o in a.owners], a.explicit) for a in record.items[0].actions] == [
        (["Superintendent Hale"], False)]


# --------------------------------------------------------------------------- entities


def _orgs(text: str) -> list[str]:
    from kgraph.entities.matcher import tokenize
    from kgraph.entities.organisations import find_organisation_hits
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]


def test_city_of_before_a_council_is_part_of_its_name():
    assert _orgs("The City of Lakeford Council had renewed its order.") == ["City of Lakeford Council"]


def test_a_document_named_after_a_body_is_not_the_body():
    assert _orgs("The Board approved the revised Lakes Prevent Partnership Plan 2019–20.") == []


def test_a_preposition_ends_a_name_and_a_minute_reference_is_no_body():
    assert _orgs("Circulate the final Violence and Vulnerability Plan to Board members") == []
    assert _orgs("Ms Hollins declared an interest in Minute CSP 11/29 as an employee.") == []


def test_a_department_between_a_post_and_a_council_is_not_a_body():
    from kgraph.segment import analyse_affiliation
    assert analyse_affiliation("Strategic Director, Community Wellbeing, Lakes Council") == (
        ["Lakes Council"], "Strategic Director, Community Wellbeing")


def test_an_acronym_whose_bracket_wrapped_to_the_next_line_is_defined():
    from kgraph.entities.acronyms import find_acronym_pairs
    text = ("Ms Dale presented the update from the Lakes Drug and Alcohol Action Team\n"
            "(LDAAT) in Mr Rees's absence.\n\nPresent:\nLakes Police\n(KP) Kath Penn\n")
    assert [(p.acronym, p.expansion) for p in find_acronym_pairs(text)] == [
        ("LDAAT", "Lakes Drug and Alcohol Action Team")]


def test_an_acronym_of_a_term_the_scheme_files_under_a_broader_topic_is_a_term_of_its_own():
    from kgraph.entities import classify_acronym
    assert classify_acronym("FTE", "First time entrants") == ("other", None)
    assert classify_acronym("DHR", "Domestic Homicide Reviews") == ("topic", "domestic-homicide-review")


def _people_named(text: str) -> list[str]:
    from kgraph.entities import find_mentions
    return sorted({" ".join(m.text.split()) for m in find_mentions(extract_text(text)).people})


def test_the_person_a_verb_of_replacing_takes_is_a_person():
    text = HEAD + "1. Welcome\nThe Chair welcomed members and Ms Webb, who has replaced Paul Okonkwo as the lead.\n"
    assert "Paul Okonkwo" in _people_named(text)


def test_a_name_split_by_a_line_wrap_after_and_is_still_a_person():
    text = (HEAD + "LKP 19/07    APOLOGIES FOR ABSENCE\n\n"
            "Apologies for absence were received from Councillor Rowena Haight and Stuart\n"
            "Mallory (Lakes Drug and Alcohol Action Team) and from several other members.\n")
    assert _people_named(text) == ["Councillor Rowena Haight", "Stuart Mallory"]


def test_a_defined_body_that_runs_a_service_is_an_organisation_whatever_its_name_ends_in():
    from kgraph.entities import find_mentions
    text = (HEAD + "1. Drugs\nDr Rees said that the treatment service run by Lakeside Recovery Project (LRP) was busy.\n"
            "The LRP caseload had risen.\n")
    mentions = find_mentions(extract_text(text))
    assert "lakeside-recovery-project" in {m.key for m in mentions.organisations}
    assert [(d.acronym, d.target_kind) for d in mentions.acronyms] == [("LRP", "organisation")]


def test_a_national_inspectorate_is_known_by_its_written_forms():
    assert _orgs("following the inspection by Her Majesty's Inspectorate of Probation (HMIP) in May") == [
        "Her Majesty's Inspectorate of Probation"]


def test_a_plural_possessive_inside_a_name_keeps_it_whole_but_a_closing_quote_does_not():
    assert _orgs("Inspector Fenn would attend the next Lakeside Residents' Forum to explain.") == [
        "Lakeside Residents' Forum"]
    assert _orgs("the 'Licence to Kills' Road Safety Partnership") == ["Road Safety Partnership"]
