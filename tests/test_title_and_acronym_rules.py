"""One small invented document per rule for the titles of Bills, Acts, regulations and orders and
the long forms of acronyms: the words of a Bill's title name no theme of the meeting and an order named
before "would" is no speaker; a title is kept whole when its brackets hold a comma or wrap over a
printed line, and a known short title at the end of a longer title is the longer Act; a long form begun
on the wrapped line before an acronym is its definition. Each test fails without its rule."""
from __future__ import annotations

from kgraph.entities import find_acronym_pairs, find_mentions
from kgraph.entities.legislation import find_legislation
from kgraph.entities.matcher import tokenize
from kgraph.extract import extract_text

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"


def test_the_words_of_a_bills_title_name_no_theme_of_the_meeting():
    text = (HEAD + "3. Prevent\n\nThe Coordinator reported that the Government would introduce a Counter-Terrorism "
            "and Security Bill later in the year. The Counter-Terrorism and Security Bill would place a duty on "
            "councils. Referrals to Channel had risen.\n")
    assert [m.text for m in find_mentions(extract_text(text)).topics] == []


def test_an_instrument_named_before_would_is_not_a_person():
    text = (HEAD + "3. New powers\n\nExisting Designated Public Place Orders and Dog Control Orders would become "
            "Public Spaces Protection Orders after three years.\n")
    assert [m.text for m in find_mentions(extract_text(text)).people] == []


def test_a_bracketed_part_of_a_title_wrapped_over_a_printed_line_is_kept_whole():
    text = ("The Panel is required to review the precept under the Lakes Reform and Social Responsibility Act\n"
            "2011 and the Lakes Police and Crime Panels (Precepts and\nChief Officer Appointments) Regulations 2012.\n")
    titles = [" ".join(h.text.split()) for h in find_legislation(text, tokenize(text))]
    assert "Lakes Police and Crime Panels (Precepts and Chief Officer Appointments) Regulations 2012" in titles


def test_a_known_short_title_at_the_end_of_a_longer_title_is_the_longer_act():
    text = "Commissioning would transfer to Public Health under the Health and Social Care Act 2012.\n"
    assert [(h.text, h.key) for h in find_legislation(text, tokenize(text))] == [
        ("Health and Social Care Act 2012", "health-and-social-care-act-2012")]


def test_a_comma_inside_a_titles_brackets_is_part_of_the_title():
    text = "Breaches of the Health Protection (Coronavirus, Restrictions) (England) Regulations 2020 were reported.\n"
    assert [h.text for h in find_legislation(text, tokenize(text))] == [
        "Health Protection (Coronavirus, Restrictions) (England) Regulations 2020"]


def test_a_long_form_begun_on_the_wrapped_line_before_is_the_acronyms_definition():
    text = (HEAD + "1. Crime data\n\nThe Panel received a report on the inspection of crime recording by Her\n"
            "Majesty's Inspectorate of Constabulary (HMIC). HMIC found errors.\n")
    pairs = find_acronym_pairs(text)
    assert [(p.acronym, p.expansion) for p in pairs] == [("HMIC", "Her Majesty's Inspectorate of Constabulary")]
    assert text[pairs[0].expansion_start:pairs[0].expansion_end] == "Her\nMajesty's Inspectorate of Constabulary"
    # a short list line above is no part of a long form
    assert find_acronym_pairs("Apologies:\nJo Marsh, Her\nMajesty's Inspectorate of Constabulary (HMIC)\n") == []
