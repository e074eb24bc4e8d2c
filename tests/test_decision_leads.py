"""Where a decision's text starts and what kind it is: "RECOMMENDED to Cabinet that X" (a
recommendation to the parent body) is the decision X; "The Board AGREED that X" keeps its subject,
as the minutes write it; a document named "… Agreement" in the decision is no verb of agreeing.
Invented snippets; each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import decision_kind, extract_text

HEAD = "MINUTES of a meeting of the Fellside Scrutiny Committee held in the Guildhall on 2 May 2024.\n\n"


def _decisions(text: str) -> list[tuple[str, str]]:
    return [(d.kind, d.text) for it in extract_text(text).items for d in it.decisions]


def test_a_recommendation_to_another_body_is_a_decision():
    text = HEAD + ("1. Off-road vehicles\nMembers discussed the reports.\n"
                   "RECOMMENDED to Cabinet that a district-wide order be consulted on in early 2025.\n\n"
                   "2. Parking\nRecommended to the Executive Board that the charges be frozen.\n")
    assert _decisions(text) == [("resolved", "a district-wide order be consulted on in early 2025."),
                                ("resolved", "the charges be frozen.")]


def test_a_shouted_agreement_keeps_the_body_as_its_subject():
    text = HEAD + "1. Needs assessment\n3.4 The Committee AGREED that the team would lead the assessment.\n"
    assert _decisions(text) == [("agreed", "The Committee AGREED that the team would lead the assessment.")]


def test_a_document_named_agreement_is_not_the_verb():
    assert decision_kind("the Fellside Community Safety Agreement 2024-27 be approved") == "approved"
    assert decision_kind("Agreement be given to the proposal") == "agreed"
    assert decision_kind("the Partnership was in agreement with the proposal") == "agreed"


def test_endorse_is_no_kind_of_its_own_but_takes_its_lead_ins():
    # gold rule 7: a decision's own verb gives its kind only when it is agreed / noted / approved
    assert decision_kind("to endorse the draft strategy for consultation;", "agreed") == "agreed"
    assert decision_kind("the Partnership endorse the revised protocol") == "resolved"
    assert decision_kind("note the update and endorse the formula") == "noted"



def test_an_approved_label_leads_in_what_was_approved():
    text = HEAD + ("1. CCTV\nThe officer reported that two cameras in the market square are beyond repair.\n"
                   "Approved: £4,500 from the reserve to replace the two cameras.\n")
    assert _decisions(text) == [("approved", "£4,500 from the reserve to replace the two cameras.")]


def test_the_bodys_acronym_without_its_place_is_the_body_as_subject():
    # "Fellside Community Safety Partnership" is "the CSP" in its own minutes
    text = ("FELLSIDE COMMUNITY SAFETY PARTNERSHIP\n\nMinutes of meeting\nDate: 03/05/2017\n\n"
            "1. Night-time economy\nThe officer reported on the door staff scheme.\n"
            "The CSP agreed to fund a training session for door staff.\n\n"
            "2. Modern slavery\nThe officer briefed members on the Act.\nThe CSP noted the briefing.\n")
    assert _decisions(text) == [("agreed", "The CSP agreed to fund a training session for door staff."),
                                ("noted", "The CSP noted the briefing.")]


def test_a_short_acronym_in_lower_case_is_a_word_not_the_body():
    # "Fellside Safety Alliance Partnership" would be "the SAP"; "the sap" is no subject
    text = ("FELLSIDE SAFETY ALLIANCE PARTNERSHIP\n\nMinutes of meeting\nDate: 03/05/2017\n\n"
            "1. Trees\nThe officer reported on the avenue.\nThe sap noted in spring rose early.\n")
    assert _decisions(text) == []


def test_terse_notes_agreed_as_a_record_approve_the_minutes():
    text = HEAD + "1. Notes of last meeting\nNotes agreed as an accurate record. Action 3 complete.\n"
    assert _decisions(text) == [("agreed", "Notes agreed as an accurate record.")]


def test_a_bare_noted_closing_the_only_paragraph_is_the_items_outcome():
    text = HEAD + ("1. Drugs update\nOT gave an update from the drugs partnership; naloxone supply had grown. "
                   "Noted.\n\n2. Fires\nNG raised the rise in fires. Members discussed it. NG will report.\n")
    assert _decisions(text) == [("noted", "Noted.")]


def test_a_decision_heading_alone_on_its_line_leads_the_points_below():
    text = HEAD + ("1. Minutes\n\nDecision\n\nTo approve the minute of the Fellside Scrutiny Committee of "
                   "4 April 2024 as a correct record.\n\n"
                   "2. Litter enforcement\n\nThe report was presented.\n\nDecision\n\n(1) To note the report.\n\n"
                   "(2) To agree to extend the pilot.\n\n(3) To request a further update.\n\n"
                   "(Reference – report by the Director of Place, submitted.)\n")
    assert _decisions(text) == [
        ("approved", "To approve the minute of the Fellside Scrutiny Committee of 4 April 2024 as a correct record."),
        ("noted", "To note the report."), ("agreed", "To agree to extend the pilot."),
        ("resolved", "To request a further update.")]


def test_a_decision_heading_typed_without_blank_lines():
    text = HEAD + "1. Litter enforcement\nThe report was presented.\nDecision\nTo note the report.\n"
    assert _decisions(text) == [("noted", "To note the report.")]


def test_a_resolution_opening_with_the_power_it_is_made_under():
    text = HEAD + ("7. Exclusion of the public\n\nRESOLVED, pursuant to the Local Government Act 1972, that the "
                   "public be excluded during item 8.\n")
    assert _decisions(text) == [
        ("resolved", "pursuant to the Local Government Act 1972, that the public be excluded during item 8.")]


def test_a_recommendation_approved_is_its_own_decision():
    text = HEAD + ("3. Licensing policy\n\nThe officer introduced the draft policy.\n\n"
                   "The report recommended that the Committee support the draft policy.\n\nRecommendation approved.\n")
    assert _decisions(text) == [("approved", "Recommendation approved.")]


def test_lettered_points_after_the_body_agreeing_on_one_line_are_one_decision_each():
    text = HEAD + ("1. Needs assessment\nThe Committee agreed that: (a) the assessment be published; "
                   "(b) a steering group be formed; and (c) the Chair write to the Minister.\n\n"
                   "2. Dental access\nThe Committee approved the following: (i) the access plan; "
                   "(ii) the budget of £40,000.\n\n"
                   "3. Correspondence\nThe Committee noted: (a) a letter from the Minister; "
                   "(b) a letter from the Trust.\n")
    decisions = _decisions(text)
    assert decisions[:5] == [("agreed", "the assessment be published"), ("agreed", "a steering group be formed"),
                             ("agreed", "the Chair write to the Minister."), ("approved", "the access plan"),
                             ("approved", "the budget of £40,000.")]
    # a body noting a list notes the things listed: one act of noting, no decision a letter
    assert decisions[5:] == [("noted", "The Committee noted: (a) a letter from the Minister; "
                                       "(b) a letter from the Trust.")]
