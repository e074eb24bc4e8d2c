"""Topics that are in every use a kind of a core theme (kg:countsForCoreTheme: alcohol misuse, drug
use, legal highs are substance misuse) tell of that theme too, while the crime and disorder around
drink and drugs (street drinking, drug dealing, alcohol-related violence) do not; a term the document
defines but the scheme lacks is a defined term, not a new topic; "Prevent" capitalised inside a
sentence is the programme. All minutes invented."""
from __future__ import annotations

from kgraph.entities import classify_acronym
from kgraph.entities.gazetteer import topics

from test_unseen_layouts import extract_text_with_mentions

HEAD = "Fellside Community Safety Partnership\n\nMinutes of the meeting held on 3 May 2023\n\n"


def _topic_keys(body: str) -> set[str]:
    return {m.key for m in extract_text_with_mentions(HEAD + body).mentions.topics}


def test_the_scheme_flags_the_kinds_of_substance_misuse_but_not_the_crime_around_it():
    scheme = topics()
    assert scheme.core_themes_told("alcohol-related-harm") == ("substance-misuse",)
    assert scheme.core_themes_told("new-psychoactive-substances") == ("substance-misuse",)
    assert scheme.core_themes_told("drug-supply") == ()
    assert scheme.core_themes_told("street-drinking") == ()
    assert scheme.core_themes_told("domestic-abuse") == ()      # a core theme itself


def test_alcohol_harm_and_legal_highs_tell_of_substance_misuse():
    keys = _topic_keys("1. Alcohol harm\n\nThe alcohol harm reduction plan for Fellside was noted; alcohol "
                       "harm in the night-time economy was discussed.\n\n"
                       "2. Any other business\n\nNone.\n")
    assert {"alcohol-related-harm", "substance-misuse"} <= keys
    keys = _topic_keys("1. Town centre\n\nA shop in Fellside market had sold legal highs to pupils.\n\n"
                       "2. Any other business\n\nNone.\n")
    assert "substance-misuse" in keys


def test_street_drinking_and_drug_dealing_are_not_substance_misuse():
    keys = _topic_keys("1. Town centre\n\nStreet drinking by the bus station had fallen; street drinking "
                       "in the park had not, nor had street drinking by the river. Drug dealing on Mill Lane was "
                       "reported twice.\n\n"
                       "2. Any other business\n\nNone.\n")
    assert "street-drinking" in keys
    assert "substance-misuse" not in keys
    assert "alcohol-related-harm" not in keys


def test_a_defined_term_the_scheme_lacks_is_not_a_topic():
    assert classify_acronym("FSR", "Fellside Sentence Requirements") == ("other", None)
    assert classify_acronym("SRO", "Senior Responsible Owner") == ("other", None)
    assert classify_acronym("DHR", "Domestic Homicide Review") == ("topic", "domestic-homicide-review")
    keys = _topic_keys("1. Probation\n\nTwelve Fellside Treatment Requirements (FTRs) were made; the FTR "
                       "pilot would continue.\n\n2. Any other business\n\nNone.\n")
    assert not any("treatment-requirement" in k for k in keys)


def test_a_core_theme_inside_an_unknown_defined_term_is_still_told():
    keys = _topic_keys("1. Perpetrators\n\nThe Domestic Abuse Perpetrator Pathway (DAPP) took ten men.\n\n"
                       "2. Any other business\n\nNone.\n")
    assert "domestic-abuse" in keys
    # a minor topic inside such a term is not ("Making Safeguarding Personal" is not safeguarding)
    keys = _topic_keys("1. Adults\n\n1.1 Jo Smith reported on Making Safeguarding Personal (MSP): most "
                       "adults were asked what outcomes they wanted. Making Safeguarding Personal training "
                       "would be offered.\n\n2. Any other business\n\nNone.\n")
    assert "safeguarding" not in keys


def test_the_scottish_name_of_an_idva_service_is_that_core_theme():
    assert classify_acronym("IDAA", "Independent Domestic Abuse Advocacy") == \
        ("topic", "independent-domestic-violence-advisor")


def test_prevent_capitalised_inside_a_sentence_is_the_programme():
    keys = _topic_keys("1. Counter-terrorism\n\nFellside was not a Prevent priority area this year.\n\n"
                       "2. Any other business\n\nNone.\n")
    assert "prevent" in keys
    keys = _topic_keys("1. Orders\n\nTwo Injunctions to Prevent Nuisance and Annoyance were granted.\n\n"
                       "2. Any other business\n\nNone.\n")
    assert "prevent" not in keys


def test_a_knife_alone_names_knife_crime():
    keys = _topic_keys("1. Station safety\n\nThe knife arch at Lakeby station found two knives in May.\n\n"
                       "2. Any other business\n\nNone.\n")
    assert "knife-crime" in keys


def test_plain_safeguarding_names_the_theme_but_a_safeguarding_post_or_board_does_not():
    keys = _topic_keys("1. Partnership priorities\n\nMembers discussed safeguarding and the new plan.\n\n"
                       "2. Any other business\n\nNone.\n")
    assert "safeguarding-vulnerable-people" in keys
    keys = _topic_keys("1. Membership\n\nThe CCG safeguarding lead joined the Lakes Safeguarding Adults Board "
                       "and the safeguarding team.\n\n2. Any other business\n\nNone.\n")
    assert "safeguarding-vulnerable-people" not in keys
