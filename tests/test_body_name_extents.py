"""Where a body's name starts and ends: a place whose own name holds "of"/"upon" stays whole, a hyphened
head with a lower-case half ("Sub-group") ends a name, a person's own initials in brackets end the
person (not one name running on into the body), and a government department opening its unit's name
is named too. Also the Scottish and reversed terms that name core topics. Every document is invented;
each test fails without its rule."""
from __future__ import annotations

from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits

from test_unseen_layouts import extract_text_with_mentions


def _orgs_in(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]


def test_a_place_whose_name_holds_a_link_word_stays_whole_in_a_body_name():
    orgs = _orgs_in("The Kingston upon Thames Safeguarding Board met the Isles of Scilly Council and the "
                    "Vale of White Horse Community Forum.")
    assert "Kingston upon Thames Safeguarding Board" in orgs
    assert "Isles of Scilly Council" in orgs
    assert "Vale of White Horse Community Forum" in orgs
    assert not {"Thames Safeguarding Board", "Scilly Council", "White Horse Community Forum"} & set(orgs)


def test_a_linked_place_ends_a_regional_body_name_and_two_linked_places_split():
    orgs = _orgs_in("Jo Hale (NHS Lakeshire and Isle of Man) asked a question. The Newcastle upon Tyne Council and "
                    "Stoke-on-Trent City Council replied.")
    assert "NHS Lakeshire and Isle of Man" in orgs
    assert "Newcastle upon Tyne Council" in orgs
    assert "Stoke-on-Trent City Council" in orgs


def test_a_hyphened_head_with_a_lower_case_half_ends_a_name():
    orgs = _orgs_in("Fellside Safeguarding Board\nTraining and Practice Sub-group\n\n"
                    "The Training and Practice Sub-group agreed its plan.")
    assert "Training and Practice Sub-group" in orgs
    # two title lines, each a name, are not one name
    assert "Fellside Safeguarding Board" in orgs


def test_a_persons_own_initials_in_brackets_end_the_person_not_the_body():
    orgs = _orgs_in("Present: Cllr Ann Webb (AW) Fellside Council – Chair, Tom Hale (TH) Lakes Housing "
                    "Trust, Mo Rahman (MR) Fellside Council\n")
    assert "Fellside Council" in orgs and "Lakes Housing Trust" in orgs
    assert not [o for o in orgs if "(" in o]


def test_initials_of_a_body_in_brackets_still_join_its_longer_name():
    orgs = _orgs_in("The Domestic Homicide Review (DHR) Steering Group met.")
    assert "Domestic Homicide Review (DHR) Steering Group" in orgs


def test_a_government_department_opening_its_units_name_is_named_too():
    orgs = _orgs_in("The report went to the Home Office Quality Assurance Panel in March.")
    assert "Home Office Quality Assurance Panel" in orgs
    assert "Home Office" in orgs


def test_scottish_adult_protection_and_reversed_alcohol_and_drug_terms_name_core_topics():
    text = ("Lochside Public Protection Group\nDate: 5 March 2025\n\nPresent: Ann Webb (Chair)\n\n"
            "1. Adult support and protection training\nWe agreed the calendar.\n\n"
            "2. Harm reduction\nThe partnership asked for a session on alcohol and drug harm and naloxone.\n\n"
            "3. Close\nNone.\n")
    keys = {t.key for t in extract_text_with_mentions(text).mentions.topics}
    assert "safeguarding-vulnerable-people" in keys
    assert "substance-misuse" in keys
