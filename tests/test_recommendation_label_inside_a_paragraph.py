"""Rule for printed council minutes whose PDF text runs a "RECOMMENDED to Cabinet that:" label on after
the discussion's last sentence, in the same paragraph, over numbered sub-points below it. One small
invented document; the test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import decisions

TEXT = ("NORTHSHIRE COUNCIL\n\nCOMMUNITIES SCRUTINY COMMITTEE\n\nMinutes of the meeting held on Thursday 16th "
        "November 2023 at 6.00 pm\n\nPRESENT: Councillors A Bell (Chair), C Dunn and E Frost\n\n"
        "12 TOWN CENTRE PUBLIC SPACES PROTECTION ORDER\n\n"
        "The Licensing Manager introduced the review. A motion to remove the begging condition was moved and "
        "seconded. On being put to the vote the motion was lost. RECOMMENDED to Cabinet that:\n\n"
        "(1) the Order be extended for a further three years; and\n\n"
        "(2) the Council publish quarterly data on the use of the Order.\n\n"
        "RESOLVED:\n\nThat the Chair agree the Committee's report to Cabinet.\n")


def test_a_shouted_recommendation_label_after_a_sentence_leads_the_sub_points_below():
    assert decisions(extract_text(TEXT)) == [
        ("12", "resolved", "the Order be extended for a further three years"),
        ("12", "resolved", "the Council publish quarterly data on the use of the Order."),
        ("12", "agreed", "That the Chair agree the Committee's report to Cabinet.")]
