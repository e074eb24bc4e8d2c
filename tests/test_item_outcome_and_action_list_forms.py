"""Items, decisions and actions in forms met in committee minutes: a closing "record of decisions"
table after the numbered items (it makes no items, and its rows restate the items' own resolutions),
a long item title closed by its own agenda code ("5<TAB>… (Item 5)"), one sentence of the body with
two shouted verbs ("The Board NOTED … and AGREED that …"), a resolution led in by its mover and
seconder ("On the proposal of …, seconded by …, the Partnership agreed: (a) … (b) …"), an "It was
agreed that …" paragraph beside a "noted" sentence that opens a discussion paragraph, "Outcome:" over
the next meeting's date, "Actions:" over "None.", and numbered action bullets
"- A25/10 – Owner / Owner: task". Small invented documents; each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions, items, owners


def test_a_closing_record_of_decisions_table_makes_no_items_and_restates_no_decision():
    text = ("Harbourside Scrutiny Committee\n\nMINUTES\n\nDate:\tTuesday 5 March 2024\n\n"
            "Members present\nAnna Reeve (Chair)\nTom Pike\n\n"
            "1\tApologies for Absence\n\n1.1\tThere were no apologies.\n\n"
            "2\tMinutes\n\n2.1\tResolved:\n\nThat the minutes of the meeting held on 6 February 2024 be signed as a "
            "correct record.\n\n"
            "3\tFlood Response Review\n\n3.1\tResolved:\n\n(a)\tThat the report be noted.\n\n"
            "(b)\tThat the Committee write to the Environment Agency.\n\n"
            "4\tClose of Meeting\n\n4.1\tThe meeting ended at 11.40 am.\n\n\n"
            "Record of decisions taken at this meeting\n\nRef\tItem\tDecision\n"
            "HSC/2024/02\t2\tMinutes of 6 February 2024 signed.\n"
            "HSC/2024/03\t3\tReport noted; letter to the Environment Agency.\n")
    record = extract_text(text)
    assert [i[0] for i in items(record)] == ["1", "2", "3", "4"]
    assert decisions(record) == [
        ("2", "resolved", "That the minutes of the meeting held on 6 February 2024 be signed as a correct record."),
        ("3", "noted", "That the report be noted."),
        ("3", "resolved", "That the Committee write to the Environment Agency.")]
    assert_spans_slice_back(record)


def test_a_long_item_title_closed_by_its_own_agenda_code_is_a_heading():
    text = ("Harbourside Scrutiny Committee\n\nMINUTES\n\nDate:\tTuesday 5 March 2024\n\n"
            "1\tApologies for Absence (Item 1)\n\n1.1\tThere were no apologies.\n\n"
            "2\tQuestion and Answer Session: Flooding, Coastal Erosion and the Harbourside Resilience "
            "Forum (Item 2)\n\n2.1\tThe Committee questioned the guests.\n\n"
            "3\tClose of Meeting\n\n3.1\tThe meeting ended at 11.40 am.\n")
    assert [(number, code) for number, code, _ in items(extract_text(text))] == [("1", "1"), ("2", "2"), ("3", None)]


def test_one_sentence_with_two_shouted_verbs_is_one_decision_from_its_subject():
    text = ("VALEFORD COMMUNITY SAFETY PARTNERSHIP\n\nNOTES OF THE MEETING HELD ON 3 JUNE 2010\n\n"
            "PRESENT:\nJo Bloggs (Chair)\n\n"
            "1.\tPERFORMANCE\n\n1.1\tThe analyst presented the quarterly report.\n\n"
            "1.2\tThe Board NOTED the performance report and AGREED that burglary be made a\n"
            "\tpriority for the tasking group.\n\n"
            "2.\tANY OTHER BUSINESS\n\n2.1\tNone.\n")
    record = extract_text(text)
    assert decisions(record) == [("1", "noted", "The Board NOTED the performance report and AGREED that burglary be "
                                                "made a\n\tpriority for the tasking group.")]


def test_a_resolution_led_in_by_its_mover_and_seconder_gives_one_decision_a_lettered_point():
    text = ("Valeford Policing and Community Safety Partnership\n\nMinutes of the meeting held on 23 November 2023\n\n"
            "Present: Jo Bloggs (Chair), Sam Patel\n\n"
            "I. Welcome\n\nThe Chairperson welcomed everyone.\n\n"
            "II. Budget Monitoring\n\nThe Manager presented the Quarter 2 report.\n\n"
            "On the proposal of Ms Bloggs, seconded by Mr Patel, the Partnership agreed:\n\n"
            "(a) to note the Quarter 2 monitoring report; and\n\n"
            "(b) to approve the reallocation of £4,000 to the youth programme.\n\n"
            "III. Date of next meeting\n\nThursday 22 February 2024.\n")
    record = extract_text(text)
    assert decisions(record) == [("II", "noted", "to note the Quarter 2 monitoring report"),
                                 ("II", "approved", "to approve the reallocation of £4,000 to the youth programme.")]


def test_it_was_agreed_that_in_its_own_paragraph_outweighs_a_noted_sentence_opening_a_discussion():
    text = ("Valeford Community Safety Partnership\n\nMinutes of the meeting held on 23 November 2023\n\n"
            "Present: Jo Bloggs (Chair), Sam Patel\n\n"
            "1. Stalking\n\nSam Patel gave an update on the stalking clinic.\n\n"
            "Members noted the new stalking legislation and the role of the clinic. The clinic had seen "
            "40 cases this year.\n\n"
            "It was agreed that the Partnership would write to the Minister supporting the clinic.\n\n"
            "2. Any other business\n\nNone.\n")
    assert decisions(extract_text(text)) == [
        ("1", "agreed", "It was agreed that the Partnership would write to the Minister supporting the clinic.")]


def test_an_outcome_giving_the_next_meetings_date_is_no_decision_and_actions_over_none_is_no_action():
    text = ("# Valeford Youth Justice Board\n\n**Date:** Wednesday 14 May 2025\n\n"
            "## Item 1 – Welcome\n\n**Discussion:**\nThe Chair welcomed members.\n\n"
            "**Outcome:**\nThe update was noted.\n\n**Actions:**\nNone.\n\n"
            "## Item 2 – Date of next meeting\n\n**Discussion:**\nNo other business was raised.\n\n"
            "**Outcome:**\nNext meeting: Wednesday 13 August 2025, 09:30, Valeford Civic Centre.\n\n"
            "**Actions:**\nNone.\n")
    record = extract_text(text)
    assert decisions(record) == [("1", "noted", "The update was noted.")]
    assert owners(record) == []


def test_numbered_action_bullets_name_their_owners_before_a_colon():
    text = ("# Valeford Youth Justice Board\n\n**Date:** Wednesday 14 May 2025\n\n"
            "## Item 1 – Needs assessment\n\n**Discussion:**\nNia Rees presented the needs assessment.\n\n"
            "**Outcome:**\nThe Board approved the needs assessment.\n\n**Actions:**\n"
            "- A25/10 – Matthew Hale / Nia Rees: publish the strategy summary by 30 June 2025.\n"
            "- A25/11 – Dr Elin Morgan: present the assault data to the next meeting.\n"
            "- A25/12 – All partners: nominate a lead for each priority.\n")
    record = extract_text(text)
    assert owners(record) == [("1", ["Matthew Hale", "Nia Rees"], True), ("1", ["Dr Elin Morgan"], True)]
    assert [a.text for a in record.items[0].actions] == ["publish the strategy summary by 30 June 2025.",
                                                         "present the assault data to the next meeting."]
    assert_spans_slice_back(record)


def test_numbered_action_bullets_keep_the_date_they_are_due_by():
    text = ("# Valeford Youth Justice Board\n\n**Date:** Wednesday 14 May 2025\n\n"
            "## Item 1 – Funding\n\n**Discussion:**\nOwen Price presented the grant.\n\n**Actions:**\n"
            "- A25/16 – Owen Price: submit the grant monitoring return by 31 July 2025.\n")
    assert [a.due for a in extract_text(text).items[0].actions] == [dt.date(2025, 7, 31)]


def test_a_follow_up_that_the_action_marker_after_it_records_is_one_action():
    text = ("VALEFORD COMMUNITY SAFETY PARTNERSHIP\n\nNOTES OF THE MEETING HELD ON 3 JUNE 2010\n\n"
            "PRESENT:\nMH\tMark Hale\tChief Inspector, Valeford Police\n"
            "DF\tDawn Fell\tGroup Manager, Valeford Fire Service\n\n"
            "1.\tNIGHT-TIME ECONOMY\n\n1.1\tMembers discussed the night-time economy. MH and DF agreed to bring a joint\n"
            "\tproposal on a safe zone to the September meeting.\tACTION – MH/DF\n\n"
            "2.\tANY OTHER BUSINESS\n\n2.1\tNone.\n")
    assert owners(extract_text(text)) == [("1", ["Mark Hale", "Dawn Fell"], True)]


def test_action_log_rows_raised_at_earlier_meetings_are_no_actions_of_this_meeting():
    text = ("Valeford Policing and Community Safety Partnership\n\nMinutes of the meeting held on 23 November 2023\n\n"
            "Present: Jo Bloggs (Chair), Sam Patel\n\n"
            "I. Welcome\n\nThe Chairperson welcomed everyone.\n\n"
            "II. Policing Update\n\nSam Patel presented the update. The report was noted.\n\n"
            "III. Date of next meeting\n\nThursday 22 February 2024.\n\n\n"
            "ACTION LOG\n\nRef\tMeeting\tItem\tAction\tOwner\tStatus\n"
            "19/23\t15/06/2023\tII\tCirculate the bicycle marking schedule\tSam Patel\tComplete\n"
            "27/23\t23/11/2023\tII\tProvide a breakdown of road traffic detections\tSam Patel\tNew\n")
    record = extract_text(text)
    assert [(i, a.text) for i, a in ((it.number, a) for it in record.items for a in it.actions)] == [
        ("II", "Provide a breakdown of road traffic detections")]
