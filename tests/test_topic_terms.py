"""Which defined terms are topics and which words tell of a core theme: a grant or a fund defined by
its acronym is money, not a theme; a watch scheme is a body; a term the scheme files under a core theme
("dedicated ward officers (DWOs)") still tells of that theme wherever it is written. Invented."""
from __future__ import annotations

from kgraph.entities import classify_acronym

from test_unseen_layouts import extract_text_with_mentions


def _topic_keys(text: str) -> set[str]:
    return {m.key for m in extract_text_with_mentions(text).mentions.topics}


def test_a_grant_or_fund_defined_by_its_acronym_is_not_a_topic():
    assert classify_acronym("FPG", "Fellside Prevention Grant")[0] == "other"
    assert classify_acronym("LCF", "Lakes Community Fund")[0] == "other"


def test_a_watch_scheme_defined_by_its_acronym_is_a_body():
    assert classify_acronym("FW", "Farm Watch")[0] == "organisation"


def test_a_term_filed_under_a_core_theme_tells_of_that_theme_though_defined():
    text = ("Fellside Safer Neighbourhood Board\n\nMinutes of the meeting held on 3 May 2023\n\n"
            "1. Policing update\n\nEach ward would keep two dedicated ward officers (DWOs). Members asked that "
            "the dedicated ward officers stay in their wards.\n\n2. Any other business\n\nNone.\n")
    assert "neighbourhood-policing" in _topic_keys(text)


def test_the_prevent_programmes_earlier_name_is_prevent_and_extremism():
    text = ("Fellside Crime and Disorder Reduction Partnership\n\nMinutes of the meeting held on 3 May 2008\n\n"
            "7  PREVENTING VIOLENT EXTREMISM\n\nThe Home Office was consulting on the Preventing Violent "
            "Extremism programme.\n\n8. Any other business\n\nNone.\n")
    assert {"prevent", "extremism"} <= _topic_keys(text)
    assert "prevent" not in _topic_keys(text.replace("Preventing Violent", "Violent").replace("PREVENTING ", ""))


def test_an_acts_title_tells_of_a_core_theme_but_is_no_mention_of_a_minor_topic():
    text = ("Fellside Community Safety Partnership\n\nMinutes of the meeting held on 3 May 2023\n\n"
            "4. Legislation update\n\nThe duty under the Domestic Abuse Act 2021 was met. Officers explained the "
            "Modern Slavery Act 2015, its guidance under the Modern Slavery Act 2015 and the Modern Slavery Act 2015's "
            "review.\n\n"
            "5. Any other business\n\nNone.\n")
    keys = _topic_keys(text)
    assert "domestic-abuse" in keys and "modern-slavery-and-human-trafficking" not in keys
    # the same words outside a title are three mentions of the minor topic
    assert "modern-slavery-and-human-trafficking" in _topic_keys(text.replace(" Act 2015", " policy"))


def test_a_stabbing_tells_of_knife_crime():
    text = ("Fellside Safeguarding Children Partnership\n\nMinutes of the meeting held on 3 May 2024\n\n"
            "1. Rapid review\n\nChild T was seriously injured in a stabbing in Lakeby town centre.\n\n"
            "2. Any other business\n\nNone.\n")
    assert "knife-crime" in _topic_keys(text)


def test_prevent_opening_a_wrapped_title_cased_name_is_not_the_programme():
    text = ("Fellside Community Safety Partnership\n\nMinutes of the meeting held on 3 May 2013\n\n"
            "1. Anti-social behaviour reform\n\nThe Bill replaces the ASBO with six powers, including the Injunction to "
            "Prevent\n       Nuisance and Annoyance (IPNA).\n\n2. Any other business\n\nNone.\n")
    assert "prevent" not in _topic_keys(text)
    assert "prevent" in _topic_keys(text.replace("Injunction to Prevent\n       Nuisance and Annoyance (IPNA)",
                                                 "work of Prevent"))


def test_deliberate_fires_and_arson_are_names_of_fire_safety_that_queries_find():
    # an alternative label, not a hidden one: the topic parameter of the queries matches
    # skos:prefLabel, skos:altLabel and kg:acronym, so "deliberate fires" finds the theme's items
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import SKOS
    from kgraph.resources import ontology_path
    scheme = Graph().parse(ontology_path("topics.ttl"))
    fire = URIRef("https://w3id.org/kgraph/id/topic/fire-safety")
    alt = {str(o) for o in scheme.objects(fire, SKOS.altLabel)}
    assert {"deliberate fires", "arson"} <= alt
    assert Literal("deliberate fires", lang="en") not in set(scheme.objects(fire, SKOS.hiddenLabel))
