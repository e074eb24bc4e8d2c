"""Markdown board minutes whose details line parts date, time and place by bars ("**Minutes** | date |
time | place"), and whose minutes approval sets its verb in bold ("were **agreed**"); themes told by a
legal tool named after them ("Anti-Social Behaviour Orders (ASBOs)") and by Scotland's strategy on
violence against women and girls ("Equally Safe"). Invented minutes."""
from __future__ import annotations

import datetime as dt

from test_unseen_layouts import decisions, extract_text_with_mentions

from kgraph.extract import extract_text

MD = """# Fellside Partnership Board

**Minutes** | Wednesday 15 May 2024 | 09:30–11:30 | Committee Room 2, Town Hall, Fellside

**Present:** Councillor Ann Webb (Chair, Fellside Council), Tom Hale (Fellside Council)

## 1. Minutes of the last meeting

The minutes of the meeting held on 14 February 2024 were **agreed** as a correct record.

## 2. Any other business

None.
"""


def test_a_details_line_parted_by_bars_gives_time_and_place():
    header = extract_text(MD).header
    assert (header.date, header.start_time, header.venue) == (
        dt.date(2024, 5, 15), dt.time(9, 30), "Committee Room 2, Town Hall, Fellside")


def test_a_cell_after_the_time_that_names_no_place_is_no_venue():
    header = extract_text(MD.replace("Committee Room 2, Town Hall, Fellside", "Draft for approval")).header
    assert header.start_time == dt.time(9, 30) and header.venue is None


def test_a_minutes_approval_with_its_verb_in_bold_is_a_decision():
    assert [d[0] for d in decisions(extract_text(MD))] == ["1"]


def _topic_keys(text: str) -> set[str]:
    return {m.key for m in extract_text_with_mentions(text).mentions.topics}


HEAD = "Fellside Crime and Disorder Partnership\n\nMinutes of the meeting held on 3 May 1999\n\n"


def test_an_order_named_after_a_core_theme_tells_of_that_theme():
    text = HEAD + ("1. Police update\n\nThe Division was considering the first applications for Anti-Social "
                   "Behaviour Orders (ASBOs) under the Act.\n\n2. Any other business\n\nNone.\n")
    assert "anti-social-behaviour" in _topic_keys(text)
    # a plan named after the theme is still a document, no mention of it
    assert "anti-social-behaviour" not in _topic_keys(text.replace("Orders (ASBOs)", "Plan (ASBP)"))


def test_scotlands_strategy_on_violence_against_women_names_the_theme_capitalised_only():
    text = ("Lakeside Community Safety Partnership\n\nMinutes of the meeting held on 3 May 2024\n\n"
            "1. Partnership update\n\nThe partnership's delivery plan under Equally Safe was refreshed.\n\n"
            "2. Any other business\n\nNone.\n")
    assert "violence-against-women-and-girls" in _topic_keys(text)
    assert "violence-against-women-and-girls" not in _topic_keys(text.replace("under Equally Safe",
                                                                              "keeps everyone equally safe and"))
