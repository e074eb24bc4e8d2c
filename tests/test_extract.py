"""Unit tests of the extract stage (small documents and the pure helpers)."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.extract import (decision_kind, enumerator_style, extract, extract_text, is_person_name,
                            sentence_bounds)
from kgraph.model import AttendanceEntry, Mentions, Span
from kgraph.read import read_text_bytes
from kgraph.segment import segment


@pytest.mark.parametrize("text, fallback, kind", [
    ("Approval be given to the protocol", "resolved", "approved"),
    ("Agreement be given to the interim arrangements", "resolved", "agreed"),
    ("the update be noted.", "resolved", "noted"),
    ("the Board note the contents and support the actions", "resolved", "noted"),
    ("Considered the draft strategy.", "resolved", "resolved"),
    ("the minutes were correctly recorded and be signed", "resolved", "resolved"),
    ("A working group should be established", "resolved", "resolved"),
    ("The delegation to the Chairman of power to approve business cases", "agreed", "agreed"),
    ("The notes of the meeting were agreed as a true record", "resolved", "agreed"),
    ("Agreed the terms of reference and approved the budget", "resolved", "agreed"),
])
def test_decision_kind(text, fallback, kind):
    assert decision_kind(text, fallback) == kind


def test_enumerator_styles():
    assert enumerator_style("(3)") == ("paren-arabic", 3)
    assert enumerator_style("ii.") == ("dot-roman", 2)
    assert enumerator_style("(c)", prefer_roman=False) == ("paren-alpha", 3)
    assert enumerator_style("•") == ("bullet", 0)
    assert enumerator_style(None) is None


def test_sentence_bounds_ignores_abbreviations():
    text = "First one. Mr. Smith agreed to help. Last."
    s, e = sentence_bounds(text, 0, len(text), text.index("agreed"))
    assert text[s:e] == "Mr. Smith agreed to help."


def test_person_names():
    listed = [AttendanceEntry(name="Robin Oak", span=Span(0, 9))]
    assert is_person_name("Mr Peerbux", [])
    assert is_person_name("Graeme Brown", [])
    assert is_person_name("Oak", listed)
    assert not is_person_name("The Partnership", [])
    assert not is_person_name("Kent Police", [])
    assert not is_person_name("Chief Executives", [])
    assert not is_person_name("KCC", [])


def test_extract_keeps_items_in_order_and_leaves_mentions_empty():
    text = ("MINUTES of a meeting of the Lakes Partnership held on 2 May 2019.\n\n3. First\n\nAgreed.\n\n"
            "4. Second\n\nRESOLVED that the plan be approved.\n")
    record = extract(segment(read_text_bytes(text.encode(), "lakes.md")))
    assert [(i.position, i.number) for i in record.items] == [(1, "3"), (2, "4")]
    assert record.mentions == Mentions()
    assert record.source.path == "lakes.md"
    assert record.header.date == dt.date(2019, 5, 2)


def test_decision_span_is_exact_across_lines():
    text = ("MINUTES of a meeting of the Lakes Partnership held on 2 May 2019.\n\n3. Budget\n\n"
            "RESOLVED that the budget for 2019/20\nbe approved; and\n")
    record = extract_text(text)
    (d,) = record.items[0].decisions
    assert d.text == "the budget for 2019/20\nbe approved"
    assert record.source.text[d.span.start:d.span.end] == d.text
    assert d.kind == "approved"


def test_action_line_owners_split_on_and_and_slash():
    text = ("MINUTES of a meeting of the Lakes Partnership held on 2 May 2019.\n\n3. Budget\n\n"
            "The budget needs review.\n\nACTION: Ann Ray and Bo Li/Cy Dee\n")
    (action,) = extract_text(text).items[0].actions
    assert [o.name for o in action.owners] == ["Ann Ray", "Bo Li", "Cy Dee"]
    assert action.text == "The budget needs review."


def test_explicit_line_suppresses_the_same_prose_follow_up_only():
    text = ("MINUTES of a meeting of the Lakes Partnership held on 2 May 2019.\n\n3. AOB\n\n"
            "(1) Ann Ray offered to bring a paper, and Bo Li agreed to circulate the data.\n\n**Action:** Ann Ray\n")
    acts = extract_text(text).items[0].actions
    assert [([o.name for o in a.owners], a.explicit) for a in acts] == [(["Ann Ray"], True), (["Bo Li"], False)]


def test_previous_minutes_item_title_gives_previous_meeting():
    text = ("Lakes Partnership - Tuesday, 4th June, 2019 10.00 am\n\n5.\n\nNotes of meeting held on 2 May 2019\n\n"
            "Minutes:\n\nRESOLVED that the notes were correctly recorded.\n")
    refs = extract_text(text).meeting_refs
    assert [(r.date, r.relation, r.item_position) for r in refs] == [(dt.date(2019, 5, 2), "previous", 1)]


def test_bare_agreed_is_its_own_text_after_the_proposal():
    # the outcome is recorded in its word; the paragraph before it is the proposal it answers
    text = ("MINUTES of a meeting of the Lakes Partnership held on 2 May 2019.\n\n3. Plan\n\n"
            "Officers proposed a two-year plan.\nAgreed.\n\n4. Other\n\nApproved\n")
    record = extract_text(text)
    assert [(d.kind, d.text) for i in record.items for d in i.decisions] == [
        ("agreed", "Agreed."), ("approved", "Approved")]


@pytest.mark.parametrize("body, expected", [
    ("RESOLVED: 1. That the report be noted. 2. That the plan be approved.",
     [("noted", "That the report be noted."), ("approved", "That the plan be approved.")]),
    ("RESOLVED that a) the report be noted; b) the grant be agreed.",
     [("noted", "the report be noted"), ("agreed", "the grant be agreed.")]),
    ("Decision:\n\nThe budget was approved.", [("approved", "The budget was approved.")]),
])
def test_inline_and_labelled_resolutions(body, expected):
    text = f"MINUTES of a meeting of the Lakes Partnership held on 2 May 2019.\n\n3. Budget\n\n{body}\n"
    assert [(d.kind, d.text) for i in extract_text(text).items for d in i.decisions] == expected


def test_prose_owner_with_role_in_apposition():
    text = ("MINUTES of a meeting of the Lakes Partnership held on 2 May 2019.\n\n3. Data\n\n"
            "Ms A Atkins (Chair, Lakes Housing Group) agreed to circulate the data.\n")
    assert [[o.name for o in a.owners] for a in extract_text(text).items[0].actions] == [["Ms A Atkins"]]


# ---------------------------------------------------------------- round 3: layouts nobody had seen

def test_action_table_rows_become_actions_with_owners_from_the_initials_key():
    text = ("WEALDEN SAFER COMMUNITIES PARTNERSHIP\n\nAction notes of the meeting held on 3 March 2015\n\n"
            "Attendees: RB (Chair), TF\n\nKey:\nRB   Ruth Black (Wealden District Council)\n"
            "TF   Tariq Fahim (Sussex Police)\n\n1. Partnership plan\n\nThe plan was discussed.\n\n"
            "No. | Action | Owner | Deadline\n1 | Send the plan to partners | RB | 10 March 2015\n"
            "2 | Book the venue for the summer event | TF / RB | April 2015\n")
    record = extract_text(text)
    actions = [a for item in record.items for a in item.actions]
    assert [a.text for a in actions] == ["Send the plan to partners", "Book the venue for the summer event"]
    assert [[o.name for o in a.owners] for a in actions] == [["Ruth Black"], ["Tariq Fahim", "Ruth Black"]]
    assert actions[0].due == dt.date(2015, 3, 10) and actions[1].due is None
    assert [e.name for e in record.attendance if e.list_kind == "present"] == ["Ruth Black", "Tariq Fahim"]


def test_noted_and_agreed_labels_and_a_later_sentence_of_agreement_are_decisions():
    text = ("TOWN CSP BOARD\n\nMinutes of the meeting held on 5 May 2019\n\n1. Reports\n\n"
            "NOTED: The quarterly crime report.\n\n2. Plan\n\n"
            "Jo Hill presented the draft plan. The Board agreed the draft plan subject to one change.\n\n"
            "3. Funding\n\nThe Board noted that the grant had been paid.\n")
    record = extract_text(text)
    decisions = {item.number: [(d.kind, d.text) for d in item.decisions] for item in record.items}
    assert decisions["1"] == [("noted", "The quarterly crime report.")]
    assert decisions["2"] == [("agreed", "The Board agreed the draft plan subject to one change.")]
    assert decisions["3"] == []        # "noted that" in discussion stays narrative


def test_minutes_of_a_date_is_a_previous_meeting():
    text = ("SAFER TOWN PARTNERSHIP BOARD\n\nMinutes of the meeting held on 9 January 2019\n\n"
            "2. Minutes of the previous meeting (17 October 2018)\n"
            "AGREED: The minutes of 17 October 2018 were accepted as a true record.\n")
    refs = extract_text(text).meeting_refs
    assert [(r.date, r.relation) for r in refs] == [(dt.date(2018, 10, 17), "previous")]


def test_all_as_an_action_owner_is_a_role_not_a_person():
    text = ("X CSP\n\nNotes of the meeting held on 2 June 2012\n\n1. Plan\n\nThe draft was tabled.\n\n"
            "ACTION: All to send comments to the clerk\n")
    owners = [o for item in extract_text(text).items for a in item.actions for o in a.owners]
    assert [(o.name, o.kind) for o in owners] == [("All", "role")]


@pytest.mark.parametrize("sentence", [
    "The Chairman thanked members. The next meeting of the Board would be held on Tuesday 8 March 2022 at 2.00 pm.",
    "Date of next JAG: Thursday 14 March 2022, 2pm.",
])
def test_next_meeting_date_inside_an_ordinary_item(sentence):
    text = ("Minutes of a meeting of the Example Board held on 2 November 2021 at 2.00 pm.\n\n"
            f"1. Any Other Business\n\n{sentence}\n")
    refs = extract_text(text).meeting_refs
    assert [r.relation for r in refs] == ["next"] and refs[0].date.month == 3 and refs[0].date.year == 2022


def test_notes_of_a_date_agreed_is_the_previous_meeting():
    text = ("Notes of meeting - Thursday 14 February 2019, 2pm\n\n"
            "1. Notes of last meeting\nNotes of 10 January 2019 agreed.\n")
    refs = extract_text(text).meeting_refs
    assert [(r.relation, r.date.isoformat()) for r in refs] == [("previous", "2019-01-10")]
