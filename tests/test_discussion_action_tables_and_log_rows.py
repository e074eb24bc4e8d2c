"""Layouts batch AS brought to the extractor, one small invented document per rule: items each a
two-column table "Discussion | Action" whose action cell follows the last line of its row (a task, or
only the owners); a bilingual item label with its title on the same line ("Eitem 4 / Item 4    Title");
an action log row that names its paragraph "(5.2)"; an action log's tab header ending the next-meeting
dates; initials with a surname letter added ("PRa"); a venue line closed by a remark in brackets; a
region after a regional post ("Mid and West Wales") is part of the post, no body."""
from __future__ import annotations

from kgraph.extract import extract_text

_SNB = (
    "Fellside Safer Neighbourhood Board\nMinutes of the Board meeting\nTuesday 16 July 2019, 7.00pm\n\n"
    "Present\nAnn Tarn - Chair\nBob Fell - Secretary\nCarl Dent - Lakes Neighbourhood Watch\n"
    "Inspector Dee Eske - Lakes Police\n\n"
    "1. Police update\n\n"
    "Discussion\tAction\n"
    "Insp Eske presented the ward figures for the quarter. Burglary had risen in the\n"
    "town centre and in two villages.\n"
    "Carl Dent asked for burglary figures by street so that coordinators could target\n"
    "crime prevention advice.\tInsp Eske to provide street-level burglary data\n"
    "The old hotspot map had been replaced. The action is closed.\tClosed\n\n"
    "2. Funding\n\n"
    "Discussion\tAction\n"
    "Agreed: the bids were approved.\tSecretary to notify the applicants\n"
    "Carl Dent reported that the Watch would send a leaflet to all members.\tCarl Dent\n")


def _actions(text):
    return [(it.number, a.text, [o.name for o in a.owners]) for it in extract_text(text).items for a in it.actions]


def test_action_cell_beside_a_discussion_row_is_an_action():
    found = _actions(_SNB)
    assert ("1", "Insp Eske to provide street-level burglary data", ["Insp Eske"]) in found
    assert not any("closed" in t.lower() for _, t, _ in found)


def test_action_cell_naming_only_owners_acts_on_the_rows_discussion():
    found = _actions(_SNB)
    assert ("2", "Carl Dent reported that the Watch would send a leaflet to all members.", ["Carl Dent"]) in found
    assert any(n == "2" and t == "Secretary to notify the applicants" for n, t, _ in found)


def test_discussion_action_header_closed_up_in_a_printed_copy():
    printed = _SNB.replace("Discussion\tAction\n", "Discussion Action\n\n")
    assert ("1", "Insp Eske to provide street-level burglary data", ["Insp Eske"]) in _actions(printed)


_BILINGUAL = (
    "Fellside Community Safety Partnership\nMinutes of the meeting held on Tuesday 12 March 2024 at 10.00am\n"
    "County Hall, Fellside (hybrid meeting - some members joined online)\n\n"
    "Present:\n\nAnn Tarn - Chair, Fellside Council\nBob Fell - Lakes Police\n\n"
    "Eitem 1 / Item 1    Welcome and Apologies\n\nThe Chair welcomed members.\n\n"
    "Eitem 2 / Item 2    Serious Violence Duty\n\nBob Fell presented the strategy.\n\n"
    "PENDERFYNWYD / RESOLVED: that the update be noted.\n")


def test_bilingual_label_with_the_title_on_its_line_heads_an_item():
    record = extract_text(_BILINGUAL)
    assert [(it.number, it.title) for it in record.items] == [("1", "Welcome and Apologies"),
                                                               ("2", "Serious Violence Duty")]
    assert [d.kind for d in record.items[1].decisions] == ["noted"]


def test_venue_line_without_its_closing_remark():
    assert extract_text(_BILINGUAL).header.venue == "County Hall, Fellside"


_LOG = (
    "Fellside District Community Safety Partnership\nMinutes of the meeting held on Thursday 14 September 2023 at 2.00pm\n\n"
    "Present\n\nName\tRole\tOrganisation\n"
    "Cllr Paul Rigg (PR) - Chair\tPortfolio Holder\tFellside District Council\n"
    "Pia Rand (PRa)\tStrategy Officer\tLakes Violence Reduction Network\n"
    "Jo Ash (JA)\tCommunity Safety Manager\tFellside District Council\n\n"
    "1.    Welcome\n\n1.1   The Chair welcomed everyone.\n\n"
    "2.    Serious Violence Duty\n\n2.1   PRa presented the response strategy.\n\n"
    "3.    Community Safety Fund\n\n3.1   Members considered the bids.\n\n"
    "4.    Date of Next Meeting\n\n4.1   Thursday 7 December 2023 at 2.00pm.\n\n"
    "Action Log - meeting of 14 September 2023\n\n"
    "Action\tLead\tDate\n"
    "Circulate the final response strategy to members (2.1)\tPRa\t31/01/24\n"
    "Notify bidders of the fund decisions (3.1)\tJA\t29/09/23\n")


def test_log_row_naming_its_paragraph_belongs_to_that_item():
    found = _actions(_LOG)
    assert ("3", "Notify bidders of the fund decisions (3.1)", ["Jo Ash"]) in found


def test_initials_with_a_surname_letter_added_name_the_attendee():
    found = _actions(_LOG)
    assert ("2", "Circulate the final response strategy to members (2.1)", ["Pia Rand"]) in found


def test_action_log_header_ends_the_next_meeting_dates():
    refs = [(r.date.isoformat(), r.relation) for r in extract_text(_LOG).meeting_refs]
    assert refs == [("2023-12-07", "next")]


def test_region_after_a_regional_post_is_no_body():
    from kgraph.segment import analyse_affiliation
    assert analyse_affiliation("Regional Adviser, North and East Lakes") == ([], "Regional Adviser, North and East Lakes")
    assert analyse_affiliation("Project Officer, Fellside Volunteer and Voluntary Action")[0] == \
        ["Fellside Volunteer and Voluntary Action"]
