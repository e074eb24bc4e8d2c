"""One small invented document per rule for minutes numbered by meeting and minute ("17.08 Title"
above its sub-paragraphs "17.08.1 …"): the headings are items numbered as written, and an "Action:"
sub-paragraph is an action owned by the person it names. Each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import owners

DOC = ("Riverside Safeguarding Adults Board\n\nMinutes – 4 March 2021, 10:00, Council Chamber\n\n"
       "Present\nAnnie Kowal – Independent Chair – RSAB\nTed Marsh – Head of Adult Social Care – Riverside Council\n\n"
       "17.08 Welcome and apologies\n17.08.1 The Chair welcomed members.\n\n"
       "17.09 Minutes of the last meeting\n17.09.1 Members agreed the minutes as an accurate record.\n"
       "17.09.2 Action 16.42.3 remains open.\n\n"
       "17.10 Self-neglect audit\n17.10.1 Ted Marsh presented the audit of twelve cases.\n"
       "17.10.2 Action: Ted Marsh to circulate the audit report to members.\n\n"
       "17.11 Any other business\n17.11.1 There was none.\n")


def test_decimal_minute_numbers_above_their_sub_paragraphs_head_numbered_items():
    record = extract_text(DOC)
    assert [(i.number, i.title) for i in record.items] == [
        ("17.08", "Welcome and apologies"), ("17.09", "Minutes of the last meeting"),
        ("17.10", "Self-neglect audit"), ("17.11", "Any other business")]


def test_a_numbered_sub_paragraph_holding_an_action_label_is_an_action():
    record = extract_text(DOC)
    assert owners(record) == [("17.10", ["Ted Marsh"], True)]
