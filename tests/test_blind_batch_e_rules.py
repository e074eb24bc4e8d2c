"""One small invented document per rule learnt from district and panel ModernGov pages copied as
text (with the site's navigation above the meeting), "X said … but offered to …" follow-ups, running
"Recommendation: (1) That …" lists, and the organisation and person names that prose builds by
joining two bodies with "and" or borrowing a former district's name. Each test fails without its rule."""
from __future__ import annotations

from rdflib.namespace import FOAF

from kgraph.entities import find_mentions
from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits
from kgraph.extract import extract_text
from kgraph.graph import KG
from kgraph.pipeline import build_dataset
from kgraph.segment import analyse_affiliation

from test_unseen_layouts import decisions, owners, people

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"


# --------------------------------------------------------------------------- attendance


def test_site_navigation_copied_above_a_web_page_is_not_an_attendance_list():
    text = ("Skip to main content\nLakeland District Council\nSearch\n\nCouncillors\n\nCommittees\n\nCalendar\n\n"
            "Subscribe to updates\n\nHome\n\nCommittee structure\n\nLakes Scrutiny Committee\n\n"
            "Agenda and minutes\n\nAgenda and minutes\n\n"
            "Lakes Scrutiny Committee - Wednesday, 16th November, 2022 10.00 am\n\n"
            "Venue: Committee Room One, County Hall, Kendal.\n\n"
            "Attendance\n\nPresent:\n\nCouncillor Ann Webb (Chairman)\n\nCouncillor Tom Hale\n\n"
            "Items\nNo. Item\n\n41.\n\nApologies\n\nMinutes:\n\nNone.\n")
    assert people(extract_text(text)) == [("Councillor Ann Webb", [], "Chairman", "present"),
                                          ("Councillor Tom Hale", [], None, "present")]


def test_an_apologies_sentence_under_an_apologies_heading_is_read_from_its_own_label():
    text = ("LAKES DOMESTIC ABUSE STRATEGIC BOARD\n\nNotes of the meeting held on Wednesday 16 September 2020, "
            "14:00 – 16:00\nMicrosoft Teams\n\nAttendees\n\nName | Organisation\n"
            "Rachel Thornbury (Chair) | Lakes County Council\nKirsty Hallam | Lakes Police\n\nApologies\n"
            "Apologies were received from Supt Neil Causton (Lakes Police), Claire Pountney (Lakes District Council), "
            "Dr Imogen Sayer (Lakes Health Trust) and Tom Ridley (Lakes Fire and Rescue Service).\n\n"
            "1.0 Welcome\n1.1 The Chair welcomed members.\n\n2.0 Notes\n2.1 The notes were agreed.\n")
    assert [n for n, _, _, kind in people(extract_text(text)) if kind == "apologies"] == [
        "Supt Neil Causton", "Claire Pountney", "Dr Imogen Sayer", "Tom Ridley"]


# --------------------------------------------------------------------------- people


def test_a_post_on_the_contact_line_is_not_a_person():
    text = ("Agenda and minutes\n\nLakes Community Safety Partnership - Tuesday, 7th March, 2017 7.00 pm\n\n"
            "Venue: Council Chamber, Lakes House, Kendal\n\nContact: Democratic Services Officer 01539 417330 "
            "Email: democraticservices@lakes.gov.uk\n\nItems\nNo. Item\n\n41.\n\nApologies\n\nMinutes:\n\nNone.\n")
    record = extract_text(text)
    assert record.header.contact is None
    assert [m.text for m in find_mentions(record).people] == []


def test_an_instrument_named_before_would_is_not_a_person():
    text = (HEAD + "3. New powers\n\nExisting Designated Public Place Orders and Dog Control Orders would become "
            "Public Spaces Protection Orders after three years.\n")
    assert [m.text for m in find_mentions(extract_text(text)).people] == []


def test_a_rank_written_before_one_attendees_name_owns_that_ranks_follow_up():
    text = ("Agenda and minutes\n\nLakes Police and Crime Panel - Tuesday, 8th February, 2022 10.00 am\n\n"
            "Attendance\n\nPresent:\n\nCouncillor Ann Webb (Chairman)\n\nAlso present:\n\n"
            "Deputy Chief Constable Paul Harding\n\nMr Tom Hale\n\n"
            "Items\nNo. Item\n\n40.\n\nPolicing update\n\nMinutes:\n\nCouncillor Webb asked about rural burglary. "
            "The Deputy Chief Constable offered to brief her on the new operation.\n")
    record = extract_text(text)
    assert [[o.name for o in a.owners] for i in record.items for a in i.actions] == [["Deputy Chief Constable"]]
    record.mentions = find_mentions(record)
    dataset = build_dataset([record])
    holders = {str(name) for _, _, owner in dataset.triples((None, KG.assignedTo, None))
               for name in dataset.objects(owner, FOAF.name)}
    assert holders == {"Paul Harding"}       # the rank is his role, not part of his name (test_person_ranks)


# --------------------------------------------------------------------------- organisations


def _bodies(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]


def test_a_known_initialism_and_a_council_joined_by_and_are_two_bodies():
    assert _bodies("The Act will require KCC and Medway Council each to appoint a board.") == [
        "KCC", "Medway Council"]


def test_a_body_and_a_generic_head_alone_are_not_one_name():
    assert _bodies("Share the hotspot map with Lakeside Homes and Street Pastors by March.") == ["Lakeside Homes"]


def test_places_listed_before_an_initialism_in_an_affiliation_are_one_body():
    assert analyse_affiliation("Kent, Surrey and Sussex CRC") == (["Kent, Surrey and Sussex CRC"], None)


def test_a_head_word_after_multi_written_apart_is_a_modifier():
    assert _bodies("The Multi Agency Risk Assessment Conference (MARAC) heard 214 cases.") == []


def test_a_former_district_name_inside_a_ward_name_is_not_the_council():
    assert _bodies("Residents raised deliberate fires in Shepway North with the Council.") == []


def test_a_named_school_is_an_organisation():
    assert _bodies("The Service will run two road safety shows for students at Lakeview School.") == [
        "Lakeview School"]


# --------------------------------------------------------------------------- decisions


def test_minutes_taken_as_read_with_minute_numbers_in_brackets_are_approved():
    text = (HEAD + "12. Minutes\n\nThe Minutes of the Meeting held on 4 March 2019 (Minute Nos. 101 - 109) were "
            "taken as read, approved and signed by the Chairman as a correct record.\n")
    assert decisions(extract_text(text)) == [
        ("12", "approved", "The Minutes of the Meeting held on 4 March 2019 (Minute Nos. 101 - 109) were taken as "
                           "read, approved and signed by the Chairman as a correct record.")]


def test_a_recommendation_label_above_numbered_that_clauses_gives_decisions():
    text = (HEAD + "14. Alcohol control\n\nThe Manager reported on the consultation.\n\nRecommendation:\n\n"
            "(1) That the Cabinet be recommended to make the Order for the town centre.\n\n"
            "(2) That a fixed penalty of £75 be set for breach of the Order.\n")
    assert [(n, t) for n, _, t in decisions(extract_text(text))] == [
        ("14", "That the Cabinet be recommended to make the Order for the town centre."),
        ("14", "That a fixed penalty of £75 be set for breach of the Order.")]


# --------------------------------------------------------------------------- actions


def test_a_follow_up_after_but_belongs_to_the_speaker():
    text = (HEAD + "15. Crime figures\n\nMembers asked whether burglary had risen in the villages. Inspector Hale said "
            "there was no clear evidence of a rise but offered to provide ward-level figures for the next meeting.\n")
    assert owners(extract_text(text)) == [("15", ["Inspector Hale"], False)]


# --------------------------------------------------------------------------- topics


def test_the_words_of_a_bills_title_name_no_theme_of_the_meeting():
    text = (HEAD + "3. Prevent\n\nThe Coordinator reported that the Government would introduce a Counter-Terrorism "
            "and Security Bill later in the year. The Counter-Terrorism and Security Bill would place a duty on "
            "councils. Referrals to Channel had risen.\n")
    assert [m.text for m in find_mentions(extract_text(text)).topics] == []
