"""Bodies named by heads the lexicon lacked: an area's "… Integrated Care System" and a named
"… Helpline"; and a tracker cell opening with a verb ("Attend Lakeby Parish Forum to explain …")
whose verb is no part of a body's name. Each test fails without its rule."""
from __future__ import annotations

from test_unseen_layouts import extract_text_with_mentions, org_names

DOC = ("Fellside Community Safety Partnership\n\nMinutes of the meeting held on 3 March 2022\n\n"
       "Present: Ann Pike (Fellside Council), Tom Reed (Lakeby Police)\n\n"
       "1. Health partners\n\nAnn Pike said the Partnership was working with the Fellside and Lakeby "
       "Integrated Care System on mental health calls. Calls to the Lakeby Domestic Abuse Helpline had "
       "risen by 12%.\n\n"
       "2. Action tracker\n\nNo.\tAction\tLead\tDeadline\n"
       "1.2\tAttend Lakeby Residents Panel to explain the new model\tTR\tJuly 2022\n")


def test_an_areas_integrated_care_system_is_a_body():
    assert "Fellside and Lakeby Integrated Care System" in org_names(extract_text_with_mentions(DOC))


def test_a_named_helpline_is_a_body():
    assert "Lakeby Domestic Abuse Helpline" in org_names(extract_text_with_mentions(DOC))


def test_the_verb_opening_a_tracker_cell_is_no_part_of_a_body():
    names = org_names(extract_text_with_mentions(DOC))
    assert not any(n.startswith("Attend ") for n in names)
