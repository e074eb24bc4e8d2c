"""Affiliations: posts the job words name ("SAR independent reviewer", "Finance Business Partner"),
who attended in a member's place, an office-holder's office with its acronym, a body's name wrapped
onto an indented line."""
from __future__ import annotations

from kgraph.segment import analyse_affiliation, parse_entry


def _entry(line: str):
    return parse_entry(line, 0, len(line), "present", True)


def test_a_reviewer_is_a_post():
    entry = _entry("Owen Bray (SAR independent reviewer) – item 3 only")
    assert entry.organisations == [] and entry.role == "SAR independent reviewer"


def test_a_business_partner_is_a_post_of_the_body_after_it():
    entry = _entry("Neil Cole              Finance Business Partner, Fellside HSCP (item 5.0)")
    assert entry.role == "Finance Business Partner" and entry.organisations == ["Fellside HSCP"]


def test_who_attended_in_the_members_place_is_no_body():
    entry = _entry("Superintendent Chris Nash (Lakes Police) – Det Chief Insp Vale attended")
    assert entry.organisations == ["Lakes Police"]


def test_an_office_with_its_acronym_after_it_is_one_body():
    orgs, role = analyse_affiliation("Office of the Police and Crime Commissioner (OPCC)")
    assert role is None and orgs == ["Office of the Police and Crime Commissioner (OPCC)"]


def test_a_body_wrapped_onto_an_indented_line_is_one_name():
    entry = _entry("Mr Kevin Stone, Chief Executive, Office of the Police and Crime\n"
                   "               Commissioner (OPCC)")
    assert entry.role == "Chief Executive"
    assert "Office of the Police and Crime Commissioner" in entry.organisations
