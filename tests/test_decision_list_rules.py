"""One small invented document per rule for decisions written as lists or leads: minutes "taken as
read" with their minute numbers in brackets, a "Recommendation:" label above numbered "That …" clauses,
bullets under "It was agreed:", lettered points after "RESOLVED that the Panel" (even wrapped over
printed lines), and the body agreeing that something would be done. Each test fails without its
rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import decisions

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"


def test_minutes_taken_as_read_with_minute_numbers_in_brackets_are_approved():
    text = (HEAD + "12. Minutes\n\nThe Minutes of the Meeting held on 4 March 2019 (Minute Nos. 101 - 109) were "
            "taken as read, approved and signed by the Chairman as a correct record.\n")
    assert decisions(extract_text(text)) == [
        ("12", "approved", "The Minutes of the Meeting held on 4 March 2019 (Minute Nos. 101 - 109) were taken as "
                           "read, approved and signed by the Chairman as a correct record.")]


def test_a_recommendation_label_above_numbered_that_clauses_gives_decisions():
    text = (HEAD + "14. Alcohol control\n\nThe Manager reported on the consultation.\n\nRecommendation:\n\n"
            "(1) That the Cabinet be recommended to make the Order for the town centre.\n\n"
            "(2) That a fixed penalty of £75 be set for breach of the Order.\n")
    assert [(n, t) for n, _, t in decisions(extract_text(text))] == [
        ("14", "That the Cabinet be recommended to make the Order for the town centre."),
        ("14", "That a fixed penalty of £75 be set for breach of the Order.")]


def test_bullets_under_it_was_agreed_are_one_decision_each():
    text = (HEAD + "Item 2 – Notes of the last meeting\n• The notes were accepted as accurate.\nIt was agreed:\n"
            "• The notes of the meeting held on 5 March 2019 be approved.\n"
            "• The draft terms of reference be brought back to the June meeting.\n\n"
            "Item 3 – Refuges\n• Members discussed refuge places and it was agreed that the matter be kept under review.\n")
    assert decisions(extract_text(text))[-2:] == [
        ("2", "approved", "The notes of the meeting held on 5 March 2019 be approved."),
        ("2", "agreed", "The draft terms of reference be brought back to the June meeting.")]
    assert all(number == "2" for number, _, _ in decisions(extract_text(text)))


def test_lettered_points_after_that_the_panel_are_one_decision_each_even_wrapped():
    text = (HEAD + "13. PRECEPT\n\nThe Commissioner presented the precept.\n\n"
            "RESOLVED that the Panel (a) notes the proposed precept; (b)\nsupports the proposed increase; and (c) asks "
            "the Commissioner\nto report in September.\n")
    assert [(k, t.replace("\n", " ")) for _, k, t in decisions(extract_text(text))] == [
        ("noted", "notes the proposed precept"), ("resolved", "supports the proposed increase"),
        ("resolved", "asks the Commissioner to report in September.")]


def test_the_body_agreeing_that_something_would_be_done_decides_it():
    text = (HEAD + "4\nServing notices\n• Jo Marsh explained the new duty.\n"
            "• The Partnership agreed that the Lakes Board would act as the lead partnership for the duty.\n")
    assert decisions(extract_text(text)) == [
        ("4", "agreed", "The Partnership agreed that the Lakes Board would act as the lead partnership for the duty.")]


def test_unmarked_lines_ending_with_semicolons_under_a_lead_are_one_decision_each():
    # a Word list copied as text loses its bullets: the lines stay, each but the last closed by ";"
    text = (HEAD + "3. Strategy\nThe Manager presented the draft strategy.\nThe Partnership agreed:\n"
            "to endorse the draft strategy for consultation;\nthat the Council leads the consultation.\n\n"
            "4. Funding\nRESOLVED:\nto note the report; and\nto release £5,000 from the reserve.\n")
    assert decisions(extract_text(text)) == [
        ("3", "agreed", "to endorse the draft strategy for consultation"),
        ("3", "agreed", "that the Council leads the consultation."),
        ("4", "noted", "to note the report"),
        ("4", "resolved", "to release £5,000 from the reserve.")]


def test_wrapped_lines_under_a_lead_stay_one_decision():
    # lines that do not end with ";" are one sentence wrapped, not a list
    text = (HEAD + "3. Strategy\nThe Manager presented the draft strategy.\nThe Partnership agreed:\n"
            "to endorse the draft strategy for consultation with\nthe Council leading the consultation.\n")
    assert [d[2] for d in decisions(extract_text(text))] == [
        "The Partnership agreed:\nto endorse the draft strategy for consultation with\n"
        "the Council leading the consultation."]


def test_a_resolution_label_gives_its_decision_alone_or_above_lettered_that_clauses():
    text = (HEAD + "Minute 31/2019 – Fly-tipping\n\nThe Manager reported on the rise in fly-tipping.\n\n"
            "Resolution: that the report be noted.\n\n"
            "Minute 32/2019 – Street lighting\n\nThe Engineer presented the programme.\n\nResolution:\n"
            "(a) That the programme be endorsed.\n(b) That £5,000 be allocated from the reserve.\n\n"
            "The Resolution of the complaint was discussed.\n")
    assert decisions(extract_text(text)) == [
        ("31/2019", "noted", "the report be noted."),
        ("32/2019", "resolved", "That the programme be endorsed."),
        ("32/2019", "resolved", "That £5,000 be allocated from the reserve.")]


def test_members_resolved_that_in_one_sentence_is_a_resolution_of_what_follows_that():
    text = (HEAD + "7. Work programme\n\nThe Clerk presented the draft programme.\n\n"
            "Members resolved that the programme be agreed subject to a session on road safety.\n\n"
            "8. Budget\n\nMembers noted that the budget was tight and resolved that nothing more was needed.\n")
    assert decisions(extract_text(text)) == [
        ("7", "agreed", "the programme be agreed subject to a session on road safety.")]


def test_approving_the_minutes_counts_beside_an_agreed_line_on_the_action_log():
    text = (HEAD + "2. Minutes and action log\n\nThe minutes of the meeting held on 3 April 2019 were approved as an "
            "accurate record.\n\nThe action log was reviewed.\n\nAgreed: actions 4 and 5 to be closed.\n")
    assert decisions(extract_text(text)) == [
        ("2", "approved", "The minutes of the meeting held on 3 April 2019 were approved as an accurate record."),
        ("2", "agreed", "actions 4 and 5 to be closed.")]
