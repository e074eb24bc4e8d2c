"""Unit tests of the entity stage: acronyms, people, gazetteer, money, legislation."""
from __future__ import annotations

import pytest

from kgraph.entities.acronyms import find_acronym_pairs, first_definitions
from kgraph.entities.gazetteer import organisations
from kgraph.entities.legislation import find_legislation
from kgraph.entities.matcher import TermMatcher, tokenize
from kgraph.entities.money import find_money
from kgraph.entities.people import parse_person_name, titled_name_pattern


def pairs(text):
    return {(p.acronym, p.expansion) for p in first_definitions(find_acronym_pairs(text))}


@pytest.mark.parametrize("text, expected", [
    ("the role of the IDVAs (Independent Domestic Violence Advisors) across Kent",
     ("IDVA", "Independent Domestic Violence Advisors")),
    ("business cases submitted by the joint KCST (Kent Community Safety Team).", ("KCST", "Kent Community Safety Team")),
    ("procedures for Domestic Homicide Reviews (DHRs) across Kent", ("DHR", "Domestic Homicide Reviews")),
    ("1. Kent and Medway PREVENT Duty Delivery Board (PDDB) Update", ("PDDB", "PREVENT Duty Delivery Board")),
    ("A new Serious Violence Prevention Partnership (SVPP) had been", ("SVPP", "Serious Violence Prevention Partnership")),
    ("annual review of the Terms of Reference (ToRs) for the group", ("ToR", "Terms of Reference")),
    ("projects funded through the Police and Crime Commissioners (PCC) Crime Reduction Grant",
     ("PCC", "Police and Crime Commissioners")),
])
def test_schwartz_hearst_pairs(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    "## 26. Frequency of meetings for 2012 (oral)",
    "*(Item B3)*\n\n(1) This report outlined procedures",
    "Superintendent Steenhuis (Kent Police) added that",
    "the figures in paragraph (2) and (i) of the report",
    "Ms Mookherjee (Public Health, KCC) added that",
    "as set out in the report (PDF) attached",
])
def test_schwartz_hearst_non_pairs(text):
    assert pairs(text) == set()


def test_acronym_spans_cover_the_pattern():
    text = "The Kent Community Safety Team (KCST) met."
    (pair,) = find_acronym_pairs(text)
    assert text[pair.start:pair.end] == "Kent Community Safety Team (KCST)"
    assert text[pair.expansion_start:pair.expansion_end] == "Kent Community Safety Team"


@pytest.mark.parametrize("name, titles, initials, given, surname", [
    ("Mr S Peerbux", ("Mr",), "S", (), "Peerbux"),
    ("Stuart Beaumont", (), "S", ("Stuart",), "Beaumont"),
    ("Superintendent Steenhuis", ("Superintendent",), "", (), "Steenhuis"),
    ("Ms Hunter-Whitehouse", ("Ms",), "", (), "Hunter-Whitehouse"),
    ("Chief Inspector J. Smith", ("Chief Inspector",), "J", (), "Smith"),
    ("Cllr Mike Hill", ("Cllr",), "M", ("Mike",), "Hill"),
])
def test_person_name_forms(name, titles, initials, given, surname):
    parsed = parse_person_name(name)
    assert (parsed.titles, parsed.initials, parsed.given, parsed.surname) == (titles, initials, given, surname)


def test_titled_names_in_narrative():
    text = ("Ms S Brinson (Community Safety Team Leader, KCC) gave an overview. DCI Loose and Mr M Powell "
            "spoke. The Chair thanked A Partnership Member.")
    found = [m.group() for m in titled_name_pattern().finditer(text)]
    assert found == ["Ms S Brinson", "DCI Loose", "Mr M Powell"]


def test_gazetteer_former_name_resolves_to_current_body():
    gaz = organisations()
    if not gaz.records:
        pytest.skip("kgraph/data/organisations.tsv not present")
    assert gaz.lookup("Shepway District Council") == gaz.lookup("Folkestone and Hythe District Council")
    assert gaz.lookup("KCC") == gaz.lookup("Kent County Council") == "kent-county-council"
    assert gaz.lookup("kcc") is None          # acronyms are case-sensitive


def test_matcher_is_word_bounded_plural_and_case_tolerant():
    m = TermMatcher()
    m.add("anti-social behaviour", "asb")
    m.add("DHR", "dhr", case_sensitive=True)
    m.add("PREVENT", "prevent", case_sensitive=True)
    text = "Anti Social Behaviour, DHRs and DHR's; Preventing extremism; PREVENT; dhr"
    hits = [(text[h.start:h.end], h.value) for h in m.find_all(tokenize(text))]
    assert hits == [("Anti Social Behaviour", "asb"), ("DHRs", "dhr"), ("DHR's", "dhr"), ("PREVENT", "prevent")]


@pytest.mark.parametrize("text, value", [
    ("just under £40,000 from", 40000.0), ("by £1million over", 1e6), ("£1.2m", 1.2e6),
    ("£25000 a year", 25000.0), ("£3k", 3000.0), ("£2.5 billion", 2.5e9),
])
def test_money(text, value):
    (hit,) = find_money(text)
    assert hit.value == value


def test_legislation_titles_and_sections():
    text = ("comply with Section 9 of the Domestic Violence, Crime and Victims Act 2004, and the Crime and Disorder "
            "(Formulation and Implementation of Strategy) Regulations 2007; section 136 of the Mental Health Act "
            "1983. The Serious Violence Duty and Domestic Abuse Act updates; the new Act.")
    hits = {(h.text, h.section) for h in find_legislation(text, tokenize(text))}
    titles = {t for t, _ in hits}
    assert ("Domestic Violence, Crime and Victims Act 2004", "9") in hits
    assert ("Mental Health Act 1983", "136") in hits
    assert "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007" in titles
    assert "Domestic Abuse Act" in titles
    assert not any("Duty" in t or t == "Act" for t in titles)
