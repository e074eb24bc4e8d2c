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


# --------------------------------------------------------------------------- organisation names


def _org_names(text: str) -> set[str]:
    from kgraph.entities.organisations import find_organisation_hits
    return {text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))}


def test_one_per_line_lists_do_not_run_names_together():
    text = ("Present:\nJo Bloggs - Westshire County Council\nAssistant Chief Constable Al Day - Westshire Police\n"
            "Meeting Details\nEastvale Safety Board\n")
    names = _org_names(text)
    assert "Westshire County Council" in names and "Eastvale Safety Board" in names
    assert not any("\n" in n for n in names), names


def test_wrapped_prose_still_joins_a_name_over_a_line_end():
    line = "The members discussed the latest performance report presented to the Eastvale"
    text = f"{line}\nDomestic Abuse Forum at length and agreed its recommendations for the year ahead today.\n" * 3
    assert "Eastvale\nDomestic Abuse Forum" in _org_names(text)


def test_numbers_posts_and_plural_kinds_are_not_bodies():
    assert _org_names("3.1 The Board agreed the plan.") == set()
    assert _org_names("Held at 10.30am\nCouncil Chamber, Eastvale.") == set()
    assert _org_names("Wendy Kerr, Democratic Services Officer, spoke.") == set()
    assert _org_names("Item 5: Domestic Abuse Services Update") == set()
    assert "Clinical Commissioning Groups" in _org_names("She will write to the Clinical Commissioning Groups.")


def test_bracketed_acronym_and_office_area_stay_inside_the_name():
    names = _org_names("the report of the Safeguarding Adults Review (SAR) Working Group was noted")
    assert "Safeguarding Adults Review (SAR) Working Group" in names
    names = _org_names("| Office of the Police and Crime Commissioner for Westshire |")
    assert "Office of the Police and Crime Commissioner for Westshire" in names
    assert "Communities and Local Government" in _org_names("funding from Communities and Local Government (CLG).")


# --------------------------------------------------------------------------- topics of a meeting


def test_topics_need_one_core_mention_or_three_mentions_a_heading_counting_as_one():
    from kgraph.entities.topics import TopicHit, topics_of_the_meeting
    hits = [TopicHit(10, 20, "fire-safety"), TopicHit(30, 40, "domestic-abuse"), TopicHit(50, 60, "hate-crime"),
            TopicHit(70, 80, "hate-crime"), TopicHit(82, 86, "hate-crime"), TopicHit(90, 95, "county-lines"),
            TopicHit(100, 110, "knife-crime"), TopicHit(130, 140, "road-safety"), TopicHit(150, 160, "fire-safety")]
    kept = topics_of_the_meeting(hits, headings=[(88, 96), (128, 142)], definitions=[], names=[(99, 120)])
    # a passing mention or two of a secondary theme is dropped, in a heading too (one subject of a
    # heading's list is not yet a theme of the meeting); a core theme needs one mention, in a heading or
    # the text, but not inside a post's or a document's name
    assert kept == {"domestic-abuse", "hate-crime", "road-safety"}
    # a body named after a core theme tells of it; named after a secondary theme, it does not
    in_body = topics_of_the_meeting(hits, headings=[(88, 96), (128, 142)], definitions=[], bodies=[(99, 120)])
    assert in_body == {"domestic-abuse", "hate-crime", "road-safety", "knife-crime"}
    assert "hate-crime" not in topics_of_the_meeting(hits[2:5], [], [], bodies=[(45, 90)])
    assert "county-lines" in topics_of_the_meeting(
        hits + [TopicHit(97, 98, "county-lines"), TopicHit(170, 175, "county-lines")], [(88, 96)], [])
    # an acronym definition "Long Form (ACR)" is one mention, not two
    assert topics_of_the_meeting([TopicHit(0, 10, "hate-crime"), TopicHit(12, 15, "hate-crime"),
                                  TopicHit(20, 30, "hate-crime")], [], [(0, 16)]) == set()


def test_broad_topic_inside_its_narrower_one_is_not_a_mention():
    from kgraph.entities.topics import TopicHit, drop_nested_broader
    hits = [TopicHit(0, 28, "child-criminal-exploitation"), TopicHit(15, 28, "exploitation"),
            TopicHit(40, 70, "preventing-violent-extremism"), TopicHit(51, 70, "extremism")]
    kept = {h.key for h in drop_nested_broader(hits)}
    assert "exploitation" not in kept
    assert {"child-criminal-exploitation", "extremism"} <= kept    # a core theme is always kept


# ---------------------------------------------------------------- round 3: layouts nobody had seen

def _mentions(text: str):
    from kgraph.entities import find_mentions
    from kgraph.extract import extract_text
    return find_mentions(extract_text(text))


def test_a_person_named_with_an_organisation_in_brackets_but_not_an_acronym_definition():
    found = _mentions("X CSP\n\nNotes of the meeting held on 2 June 2012\n\n1. Welcome\n\n"
                      "Apologies were received from Kevin Marsh (National Probation Service). The Deprivation "
                      "of Liberty Safeguards (DoLS) and the Community Safety Unit (Kent Police) were discussed.\n")
    people = {m.text for m in found.people}
    assert "Kevin Marsh" in people
    assert not people & {"Liberty Safeguards", "Community Safety Unit"}


def test_a_centre_is_a_body_unless_it_is_a_building_or_the_venue():
    found = _mentions("X CSP\n\nMinutes of the meeting held at the Civic Centre, Tannery Lane on 2 June 2012\n\n"
                      "1. Welcome\n\nThe Northtown Women's Centre and the Northtown University Centre for Criminal "
                      "Justice reported; the Northtown Leisure Centre will host the event.\n")
    orgs = {m.text for m in found.organisations}
    assert {"Northtown Women's Centre", "Northtown University Centre for Criminal Justice"} <= orgs
    assert not any(o.endswith(("Civic Centre", "Leisure Centre")) for o in orgs)


def test_legislation_wrapped_over_a_line_end_and_orders_without_a_year():
    text = ("Officers said that 48 Community Protection Warnings had been issued under the Anti-social Behaviour, "
            "Crime and\nPolicing Act 2014, and a Public Space Protection Order was proposed under the Violence "
            "against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015.")
    titles = [" ".join(h.text.split()) for h in find_legislation(text, tokenize(text))]
    assert titles == ["Anti-social Behaviour, Crime and Policing Act 2014",
                      "Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015"]


def test_a_thing_before_to_in_the_middle_of_a_clause_is_no_person():
    found = _mentions("X CSP\n\nNotes of the meeting held on 2 June 2012\n\n1. Plan\n\n"
                      "Action: DCI Hart to circulate the final Strategic Assessment to members.\n")
    assert "Strategic Assessment" not in {m.text for m in found.people}


def test_names_repeated_many_times_are_each_found_and_a_longer_name_replaces_the_known_one_inside():
    from kgraph.entities.organisations import find_organisation_hits

    text = " ".join(["Medway Council wrote again."] * 400 +
                     ["The Kent Police Cadets Working Group met.", "Kent Police replied."])
    hits = [(text[h.start:h.end], h.from_gazetteer) for h in find_organisation_hits(text, tokenize(text))]
    assert hits.count(("Medway Council", True)) == 400
    assert ("Kent Police Cadets Working Group", False) in hits
    assert hits[-1] == ("Kent Police", True) and hits.count(("Kent Police", True)) == 1


def test_safeguarding_the_vulnerable_names_the_core_theme_not_safeguarding_alone():
    from test_unseen_layouts import extract_text_with_mentions
    text = ("LAKES PARTNERSHIP\n\nMinutes of the meeting held on 2 May 2019\n\n1. Police and Crime Plan\n"
            "The plan gave priority to safeguarding the vulnerable and to road safety.\n")
    keys = {m.key for m in extract_text_with_mentions(text).mentions.topics}
    assert "safeguarding-vulnerable-people" in keys and "safeguarding" not in keys
