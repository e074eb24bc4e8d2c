"""A "record of decisions" printed as blocks of labelled fields, one a decision ("Decision No: EX/24/05"
over "Subject: …", then "Decision:", "Reasons for the decision:" …): each block is an item, numbered by
its reference and titled by its subject, and its numbered sub-points are its decisions. Invented."""
from __future__ import annotations

from test_unseen_layouts import extract_text_with_mentions

_RECORD = ("LAKEBY DISTRICT COUNCIL\n\nCABINET\n\nRECORD OF DECISIONS\n\n"
           "Meeting held on Monday, 9 September 2024 at 6.30 pm in the Council Chamber, Lakeby\n\n"
           "Members present:\nCouncillor Ann Webb (Leader of the Council) (in the Chair)\n"
           "Councillor Tom Hale (Portfolio Holder for Community Safety)\n\n"
           "----------------------------------------\n\n"
           "Decision No: CAB/24/11\n\nSubject: Lakeby Community Safety Plan 2024-2027\n\n"
           "Key decision: Yes\nReport of: Director of Communities\n\n"
           "Decision:\nThat the Cabinet:\n(1) approves the Lakeby Community Safety Plan 2024-2027;\n"
           "(2) notes the priorities of the plan for 2024-2027.\n\n"
           "Reasons for the decision:\nThe plan was informed by the strategic assessment.\n\n"
           "Call-in deadline: 5.00 pm on Wednesday, 18 September 2024.\n\n"
           "----------------------------------------\n\n"
           "Decision No: CAB/24/12\n\nSubject: Public Spaces Protection Order (Dog Control) - Renewal and\n"
           "Variation\n\nKey decision: No\n\n"
           "Decision:\nThat the Cabinet:\n(1) approves the extension of the Order for three years;\n"
           "(2) agrees that the fixed penalty remain at £100.\n\n"
           "Reasons for the decision:\nThe consultation showed support for the extension.\n\n"
           "Call-in deadline: 5.00 pm on Wednesday, 18 September 2024.\n")


def test_each_decision_block_is_an_item_numbered_by_its_reference_and_titled_by_its_subject():
    items = extract_text_with_mentions(_RECORD).items
    assert [(it.number, it.title) for it in items] == [
        ("CAB/24/11", "Lakeby Community Safety Plan 2024-2027"),
        ("CAB/24/12", "Public Spaces Protection Order (Dog Control) - Renewal and Variation")]


def test_the_numbered_points_of_a_blocks_decision_are_its_decisions():
    items = extract_text_with_mentions(_RECORD).items
    assert [[d.kind for d in it.decisions] for it in items] == [["approved", "noted"], ["approved", "agreed"]]


def test_one_decision_notice_keeps_its_numbered_sections():
    # a single notice with a reference over numbered sections is no run of blocks
    text = ("FELLSIDE CITY COUNCIL\n\nEXECUTIVE DECISION NOTICE\n\nDecision Reference: CMD/2024/031\n"
            "Subject: Renewal of the Fellside PSPO\nDecision Maker: Councillor Ann Webb, Cabinet Member\n\n"
            "1. Title of Decision\n\nRenewal of the Fellside PSPO\n\n2. Decision\n\n"
            "The Cabinet Member RESOLVED that the order be extended.\n\n3. Reasons for the Decision\n\n"
            "The order is needed.\n")
    assert [it.number for it in extract_text_with_mentions(text).items] == ["1", "2", "3"]
