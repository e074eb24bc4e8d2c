"""Item layouts and outcome forms: items numbered A1, A2, B1 … under lettered section headings (a
section with no numbered item under it is an item itself); bilingual "Other / Decision:" and
"Other / Action:" labels read from their English half; Scottish "the minute of the meeting … was
approved"; a Word table row copied as "N. Title<TAB>sentence" beside rows whose cells ran over
several paragraphs; (a)(b)(c) sub-points on the lines of a table cell under "DECISION: The Board";
and outcomes listed as passive sub-points ("(a) Payments … were approved.")."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions, items, owners

LETTERED = """Glenmoray Community Justice Partnership
MINUTE
Partnership Meeting
Tuesday 4 June 2024, 14.00, Room 2, Area Office, Keith

PRESENT
Alison Brodie – Justice Manager, Moray Council (Chair)
Peter Lyall – Inspector, Police Scotland

A – GENERAL BUSINESS

A1 Welcome and Apologies
The Chair welcomed members.

A2 Minute of Previous Meeting
The minute of the meeting held on 5 March 2024 was approved as an accurate record.

B – ITEMS FOR DECISION

B1 Unpaid Work Capacity
Peter Lyall presented the report on unpaid work placements.
Roinn / Decision: The Partnership approved two new placement sites.
Obair / Action: Peter Lyall to confirm the placement sites with the providers.

  Ref    Action                                Owner            Status
  24/03  Review of referral pathway            Alison Brodie    Open

B2 Diversion from Prosecution
Alison Brodie reported on diversion cases in the quarter.
The Partnership noted the report.

C – ANY OTHER BUSINESS
No other business was raised.
"""


def test_items_numbered_under_lettered_sections_and_a_section_without_items_is_an_item():
    record = extract_text(LETTERED)
    assert [(n, t) for n, _, t in items(record)] == [
        ("A1", "Welcome and Apologies"), ("A2", "Minute of Previous Meeting"), ("B1", "Unpaid Work Capacity"),
        ("B2", "Diversion from Prosecution"), ("C", "ANY OTHER BUSINESS")]
    assert_spans_slice_back(record)


def test_lettered_items_need_their_sections_letter():
    text = LETTERED.replace("B1 Unpaid", "D1 Unpaid").replace("B2 Diversion", "D2 Diversion")
    assert "D1" not in [n for n, _, _ in items(extract_text(text))]


def test_bilingual_decision_and_action_labels_are_read_from_the_english_half():
    record = extract_text(LETTERED)
    assert ("B1", "approved", "The Partnership approved two new placement sites.") in decisions(record)
    assert ("B1", ["Peter Lyall"], True) in owners(record)


def test_scottish_minute_of_the_previous_meeting_approved_is_a_decision():
    record = extract_text(LETTERED)
    assert [(n, k) for n, k, _ in decisions(record) if n == "A2"] == [("A2", "approved")]


TAB_ROWS = """Northvale Community Safety Partnership Board – Minutes
Date: Tuesday 14 May 2024
Present: Cllr Ruth Hale (Chair), Insp Dan Cole

1. Welcome and apologies\tThe Chair welcomed members. Apologies were noted.
2. Declarations of interest\tNone were declared.
3. Serious violence\tDan Cole presented the strategic needs assessment.
The assessment set out three priorities.
DECISION: The Board
(a) noted the needs assessment;
(b) approved the three priorities; and
(c) agreed that a delivery plan be drafted.
4. Finance
(a) Payments for April totalling £3,412.50 were approved.
(b) The bank reconciliation to 30th April 2024 was noted.
"""


def test_numbered_title_then_a_tab_and_a_sentence_is_a_heading():
    record = extract_text(TAB_ROWS)
    assert [(n, t) for n, _, t in items(record)] == [
        ("1", "Welcome and apologies"), ("2", "Declarations of interest"), ("3", "Serious violence"), ("4", "Finance")]
    assert_spans_slice_back(record)


def test_enumerated_cell_lines_under_a_decision_lead_in_are_decisions():
    # the whole business as one tab table: rows "N. Title<TAB>text", continuation lines in the cell
    text = "Item\tDiscussion\n" + TAB_ROWS.split("\n\n", 1)[1].replace("4. Finance", "4. Finance\tThe Board reviewed the accounts.")
    record = extract_text("Northvale Board – Minutes\nDate: Tuesday 14 May 2024\n\n" + text)
    assert [(n, k) for n, k, _ in decisions(record) if n == "3"] == [("3", "noted"), ("3", "approved"), ("3", "agreed")]


def test_listed_passive_outcomes_are_decisions():
    record = extract_text(TAB_ROWS)
    assert [(n, k, t) for n, k, t in decisions(record) if n == "4"] == [
        ("4", "approved", "Payments for April totalling £3,412.50 were approved."),
        ("4", "noted", "The bank reconciliation to 30th April 2024 was noted.")]


def test_a_passive_noted_sentence_in_discussion_is_no_decision():
    text = TAB_ROWS.replace("(a) Payments", "The treasurer's concerns about the April payments were noted.\n(a) Payments")
    assert not any("concerns" in t for _, _, t in decisions(extract_text(text)))
