"""One small invented document per rule for names with numbers, addresses and regions: a numbered tier
of a scheme is no body and its acronym writes only the number, a company's name may open with a number,
a centre with a street address after it is a building, and a national police network's regional unit is
named with its region. Each test fails without its rule."""
from __future__ import annotations

from kgraph.entities.acronyms import find_acronym_pairs
from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits

from test_unseen_layouts import extract_text_with_mentions, org_names


def _bodies(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]


def test_an_acronym_writes_only_the_number_of_a_tier():
    text = "Funding for the Lakeby Housing Support Tier 2 (LHS2) scheme was confirmed.\n"
    assert [(p.acronym, p.expansion) for p in find_acronym_pairs(text)] == [("LHS2", "Lakeby Housing Support Tier 2")]


def test_a_numbered_tier_of_a_service_is_no_body():
    text = "The Fellside Resettlement Service Tier 3 places were all taken by June.\n"
    assert _bodies(text) == []


def test_a_company_name_may_open_with_a_number():
    text = ("      Dave Lowe                  (DL)    2012 Lakeby Ltd\n"
            "      The Chair asked for a walkabout with 2012 Lakeby Ltd.\n")
    assert _bodies(text) == ["2012 Lakeby Ltd", "2012 Lakeby Ltd"]


def test_a_heading_number_before_a_company_stays_out_of_its_name():
    assert _bodies("7 Acme Homes Ltd\nThe contract was renewed.\n") == ["Acme Homes Ltd"]
    assert _bodies("Item 7. Acme Homes Ltd contract\n") == ["Acme Homes Ltd"]


def test_a_centre_with_a_street_address_is_a_building_everywhere_it_is_named():
    text = ("Lakeby Safeguarding Partnership\n"
            "Minutes – 14 May 2024, 09:30 to 11:30, Fellgate Centre, 12 Mill Street, Lakeby\n\n"
            "1. Welcome\nThe Chair welcomed members.\n\n"
            "2. Date of next meeting\n2.1 Thursday 11 July 2024, 09:30, Fellgate Centre.\n")
    assert "Fellgate Centre" not in org_names(extract_text_with_mentions(text))


def test_a_regional_counter_terrorism_unit_keeps_its_region():
    text = "Officers from Counter Terrorism Policing North East briefed the board.\n"
    assert _bodies(text) == ["Counter Terrorism Policing North East"]
