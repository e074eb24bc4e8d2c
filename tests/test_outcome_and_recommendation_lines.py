"""Items closed by labelled lines: "Recommendation: That the Board note …" answered by "Resolved: That
the report be noted." (only the resolution is a decision); "Outcome:" lines that record only the
formalities (apologies, quorum, interests declared, no further business) decide nothing; and a
"Decisions log" table after the last item restates outcomes without adding decisions to that item.
Each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import decisions

RECOMMENDED = ("Lakeside Area Planning Board\n\nMinutes of the meeting held on 3 June 2021\n\n"
               "Present: Ann Pike (Chair), Tom Reed\n\n"
               "1.   MINUTES\n\nResolved: That the minutes of the meeting held on 4 March 2021 be approved as a correct record.\n\n"
               "2.   TREATMENT SERVICES\n\nTom Reed presented the report.\n\n"
               "Recommendation: That the Board note the report and endorse the plan.\n\n"
               "Resolved: That\n(i)   the report be noted; and\n(ii)  the plan be endorsed.\n\n"
               "3.   ANNUAL REPORT\n\nRecommendation: That the Board approve the annual report.\n\n"
               "Resolved: That the recommendation be approved.\n\n"
               "4.   REFERRAL TO CABINET\n\nRecommendation: That Cabinet approve the revised charging policy.\n")


def test_a_recommendation_answered_by_a_resolution_is_no_decision():
    found = decisions(extract_text(RECOMMENDED))
    assert [(n, t) for n, _, t in found if n in ("2", "3")] == [
        ("2", "the report be noted"), ("2", "the plan be endorsed."), ("3", "the recommendation be approved.")]


def test_a_recommendation_with_no_resolution_after_it_stays_a_decision():
    assert [n for n, _, _ in decisions(extract_text(RECOMMENDED))].count("4") == 1


OUTCOMES = ("Lakeby Domestic Abuse Partnership Board\n\nMINUTES\n\nMeeting date:   Wednesday 5 July 2023\n\n"
            "Members present\nAnn Pike – Director, Lakeby Council (Chair)\nTom Reed – Inspector, Lakeby Police\n\n"
            "1. Welcome and apologies\n\nThe Chair welcomed members.\n\nOutcome: Apologies noted; meeting quorate.\n\n"
            "2. Declarations of interest\n\nTom Reed declared an interest in item 4.\n\n"
            "Outcome: One declaration recorded against item 4.\n\n"
            "3. Minutes of the last meeting\n\nOutcome: Minutes approved as an accurate record.\n\n"
            "4. Refuge allocation\n\nOutcome: The Board approved the allocation.\n\n"
            "5. Any other business\n\nNothing was raised.\n\nOutcome: No further business.\n\n"
            "Decisions log\n\nRef      Item   Decision\n"
            "D23/01   3      Minutes of 5 April 2023 approved as an accurate record.\n"
            "D23/02   4      Refuge allocation approved.\n")


def test_outcome_lines_recording_only_formalities_are_no_decisions():
    numbers = [n for n, _, _ in decisions(extract_text(OUTCOMES))]
    assert "1" not in numbers and "2" not in numbers
    assert numbers.count("3") == 1 and numbers.count("4") == 1


def test_a_decisions_log_after_the_items_adds_no_decision_to_the_last_item():
    assert [n for n, _, _ in decisions(extract_text(OUTCOMES))].count("5") == 0
