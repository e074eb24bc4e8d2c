"""Bodies named in forms the head-word finder missed: a name wrapped inside a paragraph indented with
spaces under its minute number, a council named "Royal Borough of" + its place (also a heading in
capitals), a national charity's local branch named after it ("Victim Support Lakeside"), a partnership's
executive, a tenants' and residents' association by its initials, and an attendee's body followed by a
lower-case word for its team ("Lakeside Mall security"). Every document is invented; each test fails
without its rule."""
from __future__ import annotations

from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits

from test_unseen_layouts import extract_text_with_mentions, org_names


def _orgs_in(text: str) -> list[str]:
    return [" ".join(text[h.start:h.end].split()) for h in find_organisation_hits(text, tokenize(text))]


# a paragraph set in five spaces under its minute number, wrapped at about 90 characters
_INDENTED_MINUTE = (
    "12   Violence Against Women and Girls Update\n"
    "\n"
    "     The officer reported that two focus groups had been held during the consultation, one of them\n"
    "     with the residents' panel and one with the Fellside Domestic Violence and Abuse\n"
    "     Service. The draft would now go to the Lakeside Home Office Review Panel and to the Home\n"
    "     Office Quality Assurance Panel for comment before it is published in the spring of 2025.\n"
)


def test_a_name_wrapped_inside_a_paragraph_indented_with_spaces_runs_on_over_the_line_break():
    orgs = _orgs_in(_INDENTED_MINUTE)
    assert "Fellside Domestic Violence and Abuse Service" in orgs
    assert "Home Office Quality Assurance Panel" in orgs


def test_a_list_indented_with_spaces_still_ends_each_name_at_its_line():
    orgs = _orgs_in("Present:   Jo Bloggs      Fellside Borough Council\n"
                    "           Sam Hale       Lakeside Housing Trust\n")
    assert "Fellside Borough Council" in orgs and "Lakeside Housing Trust" in orgs
    assert not [o for o in orgs if "Council" in o and "Trust" in o]


def test_a_council_named_as_a_borough_of_its_place_is_a_body_in_a_heading_and_in_prose():
    text = ("ROYAL BOROUGH OF FELLSIDE\n\nCOMMUNITY SAFETY SCRUTINY PANEL\n\n"
            "Minutes of the meeting held on Tuesday 4 March 2025 at 7.00 pm\n\n"
            "1   Apologies\n\n     None.\n\n"
            "2   Partnership Plan\n\n     Officers of the London Borough of Lakeside and Kingston upon Thames "
            "attended; the Royal Borough of Windsor and Maidenhead sent its plan.\n")
    orgs = _orgs_in(text)
    assert "ROYAL BOROUGH OF FELLSIDE" in orgs
    assert "London Borough of Lakeside and Kingston upon Thames" in orgs
    assert "Royal Borough of Windsor and Maidenhead" in orgs


def test_a_borough_of_its_place_stops_before_a_longer_bodys_own_words():
    orgs = _orgs_in("The Royal Borough of Fellside Community Safety Partnership met. In the Borough of "
                    "Lakeside crime fell.")
    assert "Royal Borough of Fellside Community Safety Partnership" in orgs
    assert "Royal Borough of Fellside" not in orgs
    assert not [o for o in orgs if o.startswith("Borough of")]


def test_a_national_charitys_local_branch_is_named_with_its_place():
    orgs = _orgs_in("Bridget Nolan (Chief Executive, Victim Support Fellside) reported. The Victim Support "
                    "Officer then spoke.")
    assert "Victim Support Fellside" in orgs
    assert not [o for o in orgs if "Officer" in o]


def test_a_partnerships_executive_is_a_body_and_its_officer_a_post():
    orgs = _orgs_in("The group agreed to recommend the bid to the Safer Lakeside Partnership Executive. "
                    "The Safer Fellside Partnership Executive Officer will write to members.")
    assert "Safer Lakeside Partnership Executive" in orgs
    assert not [o for o in orgs if "Officer" in o]


def test_a_tenants_and_residents_association_is_named_by_its_initials():
    orgs = _orgs_in("Moira from the Lakeside Court TRA and two members of the Fellside Estate TMO came.")
    assert "Lakeside Court TRA" in orgs and "Fellside Estate TMO" in orgs


def test_an_attendees_body_followed_by_its_team_in_lower_case_is_the_body():
    text = ("LAKESIDE JOINT ACTION GROUP\n\nDate: 17 April 2025\n\nPresent\n"
            "MD    Insp Mark Dale – Lakeside Police, Neighbourhood Team\n"
            "PM    Phil Moss – Fellside Retail Centre security\n\n"
            "1. Welcome\n\nMD welcomed everyone.\n")
    orgs = org_names(extract_text_with_mentions(text))
    assert "Fellside Retail Centre" in orgs
    assert "Fellside Retail Centre security" not in orgs
