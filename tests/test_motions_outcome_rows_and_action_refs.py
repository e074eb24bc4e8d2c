"""Items, decisions and actions as town and parish councils, Scottish chief officers' groups and NHS-style
boards write them: capitals minute references with long titles, numbered rows of a data table inside an
item, one-word outcome rows, motions proposed, seconded and resolved with their votes, "noted the
following correspondence", "Action: REF INITIALS – task" lines and a closing summary of actions. Each
document is invented; each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import decisions, items, owners

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"


# --------------------------------------------------------------------------- items


def test_a_capitals_minute_reference_heads_an_item_however_long_its_title():
    text = (HEAD + "LK/19/07\tTO RECEIVE APOLOGIES FOR ABSENCE\n\nNone.\n\n"
            "LK/19/08\tTO APPROVE THE MINUTES OF THE MEETING OF THE COMMITTEE HELD ON 4TH MARCH 2019\n\n"
            "RESOLVED that the minutes be approved as a true record.\n\n"
            "LK/19/09\tCORRESPONDENCE\n\nNone.\n")
    assert [i[0] for i in items(extract_text(text))] == ["LK/19/07", "LK/19/08", "LK/19/09"]


def test_numbered_rows_of_a_tab_table_under_an_unnumbered_header_are_no_items():
    text = (HEAD + "Item 1 — Apologies\nNone.\n\nItem 2 — Risk register\nThe register was presented.\n\n"
            "\tRisk\tLast rating\tRating now\t\n"
            "\t5. Staff vacancies in the north\tAmber\tRed\t\n"
            "\t9. Refuge capacity\tGreen\tAmber\t\n"
            "The register was discussed.\n\n"
            "Item 3 — Funding\nThe budget was presented.\n\nItem 4 — Date of next meeting\n1 August 2019\n")
    assert [(i[0], i[2]) for i in items(extract_text(text))] == [
        ("1", "Apologies"), ("2", "Risk register"), ("3", "Funding"), ("4", "Date of next meeting")]


def test_heading_rows_keep_their_number_and_leave_their_paper_cell_out_of_the_title():
    # "Item 2<TAB>Funding<TAB>Paper B" right under a discussion row with as many cells is a heading, not a
    # row of a data table (its first cell is numbered)
    text = (HEAD + "Item 1\tApologies\tVerbal\n1.1\tNone were received.\t\n"
            "Item 2\tFunding\tPaper B\n2.1\tThe budget was presented.\t\n"
            "Item 3\tDate of next meeting\n3.1\t1 August 2019.\t\n")
    assert [(i[0], i[2]) for i in items(extract_text(text))] == [
        ("1", "Apologies"), ("2", "Funding"), ("3", "Date of next meeting")]


def test_one_word_outcome_rows_of_a_word_table_are_their_own_decisions():
    text = (HEAD + "No.\tDiscussion\tAction by\n\nItem 1 — Risk register\n"
            "1.1\tThe Group was asked to approve the revised ratings.\t\n\nAgreed\t\t\n\n"
            "Item 2 — Annual report\n2.1\tThe Chair asked members to endorse the report.\t\n\nEndorsed\t\t\n")
    assert decisions(extract_text(text)) == [("1", "agreed", "Agreed"), ("2", "approved", "Endorsed")]


# --------------------------------------------------------------------------- decisions


def test_a_motion_resolved_with_its_vote_in_brackets_leads_into_numbered_points():
    text = (HEAD + "4. Play area\n\nQuotations were considered.\n\n"
            "It was proposed by Cllr Ames, seconded by Cllr Booth and RESOLVED (6 in favour, 1 abstention):\n"
            "1. To award the contract to Fellside Play Ltd at £4,200;\n"
            "2. To ask the Clerk to report on maintenance costs.\n\n"
            "5. Police report\n\nPC Dale presented the report. Members thanked PC Dale and it was RESOLVED to note "
            "the report.\n")
    assert decisions(extract_text(text)) == [
        ("4", "resolved", "To award the contract to Fellside Play Ltd at £4,200"),
        ("4", "resolved", "To ask the Clerk to report on maintenance costs."),
        ("5", "noted", "to note the report.")]


def test_noting_a_list_of_correspondence_is_one_decision():
    text = (HEAD + "6. Correspondence\n\nThe Committee noted the following correspondence:\n"
            "(a) letter from the Police and Crime Commissioner on the consultation;\n"
            "(b) newsletter of the Rural Crime Group.\n")
    assert decisions(extract_text(text)) == [("6", "noted", "The Committee noted the following correspondence:")]


def test_a_recommendation_asking_the_board_is_no_decision_and_its_shouted_answer_is():
    text = (HEAD + "4. Needs assessment\n\nThe assessment was presented.\n\n"
            "Recommendation: The Board is asked to APPROVE the needs assessment and ENDORSE the intentions.\n\n"
            "The Board APPROVED the needs assessment.\n\n"
            "The Board ENDORSED the intentions, subject to a pilot.\n")
    assert decisions(extract_text(text)) == [
        ("4", "approved", "The Board APPROVED the needs assessment."),
        ("4", "resolved", "The Board ENDORSED the intentions, subject to a pilot.")]


def test_an_agreement_closing_the_discussion_with_its_owners_task_after_it():
    text = (HEAD + "No.\tDiscussion\tAction by\n\nItem 7 — Funding\n"
            "7.1\tThe Group was asked to agree that the overspend be shared by all partners.\t\n\n"
            "Not agreed\t\t\n\n"
            "7.2\tFollowing discussion, it was agreed that the overspend be met by the Council. "
            "AB to confirm the arrangement in writing.\tAB\n")
    assert decisions(extract_text(text)) == [
        ("7", "agreed", "Following discussion, it was agreed that the overspend be met by the Council.")]


# --------------------------------------------------------------------------- actions

PRESENT = ("Present:\nAnn Bell (AB)\tChief Executive, Lakes Council (Chair)\n"
           "Colin Marsh (CM)\tHead of Public Protection, Lakes Police\n"
           "Tom Fell (TF)\tHead of Probation, Lakes Probation Service\n\n")


def test_an_action_line_with_a_reference_number_and_initials_of_two_owners():
    text = (HEAD + PRESENT + "Item 1\tRefuge capacity\n\nThe Board noted the report.\n\n"
            "Action: 04/25-01 AB/CM – write to the Home Office about the backlog.\n")
    assert owners(extract_text(text)) == [("1", ["Ann Bell", "Colin Marsh"], True)]


def test_a_closing_summary_restating_the_minuted_actions_adds_none():
    text = (HEAD + PRESENT + "Item 1\tRefuge capacity\n\nThe Board noted the report.\n\n"
            "Action: 04/25-01 AB/CM – write to the Home Office about the refuge backlog.\n\n"
            "Item 2\tDate of next meeting\n\n5 June 2025.\n\nSummary of actions\nRef\tAction\tOwner\tDue\n"
            "04/25-01\tWrite to the Home Office about the refuge backlog\tAB/CM\t30/04/2025\n"
            "04/25-02\tBook the venue for the annual conference\tTF\t30/05/2025\n")
    record = extract_text(text)
    assert owners(record) == [("1", ["Ann Bell", "Colin Marsh"], True), ("2", ["Tom Fell"], True)]
    assert str(record.items[0].actions[0].due) == "2025-04-30"     # the summary's due date is kept


def test_owners_in_the_action_by_column_of_a_discussion_table():
    text = (HEAD + PRESENT + "No.\tDiscussion\tAction by\n\nItem 1 — Risk register\n"
            "1.1\tCM presented the register.\t\n\n"
            "1.2\tThe Group noted the report and asked that the review group present its findings in March.\tTF\n\n"
            "1.3\tAction 24/11 is carried forward; AB and CM to circulate the guidance by 31 October.\tAB / CM\n")
    assert owners(extract_text(text)) == [("1", ["Tom Fell"], True), ("1", ["Ann Bell", "Colin Marsh"], True)]

