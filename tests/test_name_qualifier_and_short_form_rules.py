"""One small invented document per rule for the extent of a body's, an acronym's or an Act's name: a
tab (a table cell's end) ends a regional body's place, "X and Y Women's Aid" is one local service, a
bracketed region or committee designation completes a name, a few heads name bodies ("Bench", "Youth
Parliament", "Good Neighbours"), a "Life Centre" is a building, a rank before a name is a person even
where its word heads bodies, an acronym's long form opens on a content word, a short form of two
acronyms names its body, "Act" joined by "and" is no Act, and "gender-based violence" tells of VAWG.
Each test fails without its rule."""
from __future__ import annotations

from kgraph.entities import attendance_affiliation
from kgraph.entities.acronyms import find_acronym_pairs
from kgraph.entities.legislation import find_legislation
from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits
from kgraph.extract import _owner_kind

from test_unseen_layouts import extract_text_with_mentions, org_names


def _bodies(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]


def test_a_tab_ends_the_places_after_a_regional_body():
    row = "JB\tJo Bloggs\tNHS Lakeshire and Fells\tDesignated Nurse, Safeguarding\n"
    assert _bodies(row) == ["NHS Lakeshire and Fells"]


def test_two_places_joined_by_and_before_a_national_charity_name_one_service():
    text = "Cllr Ray declared an interest as a trustee of Lakeby and Fellside Women's Aid, and stayed.\n"
    assert "Lakeby and Fellside Women's Aid" in _bodies(text)


def test_a_body_ending_a_name_before_and_is_not_part_of_the_service():
    text = "The review was led by Lakeshire Police and Fellside Women's Aid jointly.\n"
    assert "Lakeshire Police and Fellside Women's Aid" not in _bodies(text)


def test_a_region_in_brackets_completes_a_body_name():
    assert "Probation Service (Wales)" in _bodies("Figures from the Probation Service (Wales) were shared.\n")


def test_a_designation_in_brackets_completes_a_committee_name_but_a_post_does_not():
    assert "Lakeshire Scrutiny Committee (External)" in _bodies(
        "The Lakeshire Scrutiny Committee (External) will receive the plan.\n")
    assert "Lakeshire Scrutiny Committee (Chair)" not in _bodies(
        "Cllr Ray, Lakeshire Scrutiny Committee (Chair) opened the meeting.\n")


def test_an_attendees_body_keeps_its_bracketed_region():
    record = extract_text_with_mentions(
        "Lakeby Safer Communities Board\nMinutes\nWednesday 15 May 2024\n\nPresent:\n"
        "Cllr Jo Ray – Cabinet Member, Lakeby Council (Chair)\n"
        "Sam Tudor – Head of Service, Probation Service (Wales)\n\n"
        "Item 1\nWelcome\nThe Chair welcomed members.\n")
    entries = [a for a in record.attendance if a.name == "Sam Tudor"]
    assert [a.organisations for a in entries] == [["Probation Service (Wales)"]]
    assert attendance_affiliation(entries[0])[1] == ["Probation Service (Wales)"]


def test_the_headers_body_in_capitals_takes_its_bracketed_designation():
    record = extract_text_with_mentions(
        "LAKESHIRE COUNCIL\n\nMINUTE of MEETING of the AUDIT COMMITTEE (EXTERNAL) held in the TOWN HALL, "
        "LAKEBY on THURSDAY 9 NOVEMBER 2023 at 9.30 A.M.\n\n"
        "1.\tMINUTE\n\nThe minute of meeting of the Audit Committee (External) held on 7 September 2023 "
        "was approved.\n")
    assert "Audit Committee (External)" in org_names(record)


def test_a_bench_a_youth_parliament_and_a_good_neighbours_scheme_are_bodies():
    text = ("Jo Ray, Magistrate, Lakeby and Fells Bench, spoke for Fellside Youth Parliament and "
            "for Lakeby Good Neighbours.\n")
    bodies = _bodies(text)
    assert {"Lakeby and Fells Bench", "Fellside Youth Parliament", "Lakeby Good Neighbours"} <= set(bodies)


def test_a_life_centre_is_a_building_not_a_body():
    record = extract_text_with_mentions(
        "Lakeby Community Safety Partnership\nMinutes of 3 March 2024\n\n1. Apologies\nNone.\n\n"
        "2. Date of next meeting\n2.1 Wednesday 5 June 2024, 10:00, Lakeby Life Centre (hybrid).\n")
    assert "Lakeby Life Centre" not in org_names(record)


def test_a_rank_then_a_name_owning_an_action_is_a_person():
    assert _owner_kind("Group Commander Jo Ray", [])[0] == "person"
    assert _owner_kind("Group Commander Ray", [])[0] == "person"


def _pairs(text: str) -> dict[str, str]:
    return {p.acronym: p.expansion for p in find_acronym_pairs(text)}


def test_a_long_form_opens_on_a_content_word_not_on_and():
    assert _pairs("funds given through the Alcohol and Drug Partnership (ADP) this year") == {
        "ADP": "Alcohol and Drug Partnership"}


def test_a_short_form_of_two_acronyms_whose_first_opens_the_long_form_is_defined():
    assert _pairs("on behalf of NHS Lakeshire Fells (NHS LF). Apologies were noted.") == {
        "NHS LF": "NHS Lakeshire Fells"}


def test_a_short_form_of_two_words_names_its_body_not_the_national_one():
    record = extract_text_with_mentions(
        "Lakeby Community Safety Partnership\nMinutes of 3 March 2024\n\n1. Welcome\n"
        "The Chair welcomed Jo Ray on behalf of NHS Lakeshire Fells (NHS LF). NHS LF will report in June.\n")
    names = org_names(record)
    assert "NHS LF" in names and "NHS" not in names


def test_act_joined_to_a_verb_by_and_is_no_title():
    text = "Dr Ray asked whether health settings were in the Ask and Act training roll-out.\n"
    assert find_legislation(text, tokenize(text)) == []


def test_gender_based_violence_tells_of_violence_against_women_and_girls():
    record = extract_text_with_mentions(
        "Lakeby Community Safety Partnership\nMinutes of 3 March 2024\n\n1. Strategy\n"
        "The Lakeshire Gender-Based Violence Strategy refresh is out for consultation.\n")
    assert "violence-against-women-and-girls" in {m.key for m in record.mentions.topics}
