"""Scottish partnership minutes that number every paragraph of an item "N.M" ("1.1 The Chair welcomed
…"): a short titled "3.1 Annual return" line heads a part of item 3, no item of its own; and a
paragraph opening on the shouted verb "NOTED the update …" records a decision; typed pages that break
a long form's word over two lines ("(Lakeby Domestic Abuse Ser-" / "vices)") still define it; a
member's news that they "would be leaving" the team is no follow-up."""
from __future__ import annotations

from kgraph.entities.acronyms import find_acronym_pairs
from kgraph.extract import extract_text

MINUTE = """LAKEBY COMMUNITY JUSTICE PARTNERSHIP

Minute of meeting held on Thursday 6 March 2025 at 10.00am

Present:
Ann Reddy (AR) - Lakeby Council
Tom Wyatt (TW) - Lakeshire Police

1. Welcome and apologies

1.1 The Chair welcomed everyone to the meeting.

1.2 There were no declarations of interest.

2. Minute of previous meeting

2.1 The Partnership AGREED the minute of the meeting held on 5 December 2024 as an accurate record.

3. Outcome Improvement Plan

3.1 Annual Return 2024/25

AR presented the draft annual return to the national body.

The Partnership AGREED to approve the annual return for submission.

3.2 Performance framework

AR advised that a new framework was expected in 2026.

NOTED the progress report.

4. Partner updates

4.1 TW reported on the summer campaign.

NOTED the partner updates.
"""


def _record():
    return extract_text(MINUTE, "lakeby_cjp.txt")


def test_titled_sub_headings_of_paragraph_numbered_minutes_are_no_items():
    assert [i.number for i in _record().items] == ["1", "2", "3", "4"]


def test_a_shouted_noted_opening_a_paragraph_is_a_decision():
    items = {i.number: i for i in _record().items}
    assert [d.kind for d in items["3"].decisions] == ["agreed", "noted"]
    assert any("partner updates" in d.text for d in items["4"].decisions)


def test_noted_inside_a_sentence_is_no_decision():
    text = MINUTE.replace("NOTED the partner updates.", "Members had NOTED the partner updates.")
    items = {i.number: i for i in extract_text(text, "lakeby_cjp.txt").items}
    assert not items["4"].decisions


def test_a_long_form_broken_over_two_lines_with_a_hyphen_is_read_whole():
    text = ("RH gave an update on the work of LDAS (Lakeby Domestic Abuse Ser-\n"
            "vices) and the MARAC (Multi-\nAgency Risk Assessment Conference).")
    pairs = {p.acronym: p.expansion for p in find_acronym_pairs(text)}
    assert pairs["LDAS"] == "Lakeby Domestic Abuse Services"
    assert pairs["MARAC"] == "Multi-Agency Risk Assessment Conference"


def test_news_that_a_member_will_be_leaving_is_no_follow_up():
    text = MINUTE.replace("4.1 TW reported on the summer campaign.",
                          "4.1 TW advised that he would be leaving the Lakeby team in August.")
    items = {i.number: i for i in extract_text(text, "lakeby_cjp.txt").items}
    assert not items["4"].actions
    text = MINUTE.replace("4.1 TW reported on the summer campaign.",
                          "4.1 TW advised that he would circulate the campaign figures.")
    items = {i.number: i for i in extract_text(text, "lakeby_cjp.txt").items}
    assert [o.name for a in items["4"].actions for o in a.owners] == ["Tom Wyatt"]
