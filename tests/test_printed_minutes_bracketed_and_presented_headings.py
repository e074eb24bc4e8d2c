"""Printed minutes whose headings carry more than a number and a title: the presenter's bracket after a
minute number with its year ("34/23 ANNUAL REPORT (presented by Jo Hale, Community Safety Manager)"),
wrapped onto the next line when printed to PDF; and paragraphs that open with the minute's number in
brackets and run a title in capitals into the item's text ("(31) WELCOME AND APOLOGIES – The Chair …").
Each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.read import read_text_bytes
from kgraph.segment import segment

HEAD = ("LAKEBY BOROUGH COUNCIL\n\nCOMMUNITY SAFETY PARTNERSHIP BOARD\n\n"
        "MINUTES of a meeting of the COMMUNITY SAFETY PARTNERSHIP BOARD held on Tuesday, 4 June 2024 at "
        "10.00am in Committee Room 2, Town Hall, Lakeby.\n\nPRESENT\n\n"
        "Councillor Ann Webb (Chair) – Lakeby Borough Council\nTom Hale – Lakeby Police\n\n")

PRESENTED = HEAD + (
    "12/24 DECLARATIONS OF INTEREST\n\nThere were no declarations of interest.\n\n"
    "13/24 LAKEBY DOMESTIC ABUSE AND SEXUAL VIOLENCE PARTNERSHIP ANNUAL REPORT 2023-24 "
    "(presented by Jo Hale, Community Safety Manager)\n\n"
    "Jo Hale presented the annual report.\n\nRESOLVED that the Board note the report.\n\n"
    "14/24 SERIOUS VIOLENCE DUTY – STRATEGIC NEEDS ASSESSMENT AND DRAFT\n\n"
    "RESPONSE STRATEGY (presented by Dr Sam Ives, Director of Public Health)\n\n"
    "Dr Ives presented the draft strategy.\n\nRESOLVED that the Board approve the draft strategy.\n\n"
    "15/24 SUICIDE PREVENTION AND MENTAL HEALTH (presented by Dr Sam Ives,\n\n"
    "Director of Public Health)\n\n"
    "Dr Ives presented the refreshed strategy.\n\nRESOLVED that the Board approve the strategy.\n\n"
    "16/24 DATE OF NEXT MEETING\n\nThe next meeting will be held on 3 September 2024.\n")


def test_a_presenter_bracket_does_not_make_a_long_heading_a_paragraph():
    items = extract_text(PRESENTED).items
    assert [i.number for i in items] == ["12/24", "13/24", "14/24", "15/24", "16/24"]
    assert items[1].title.endswith("ANNUAL REPORT 2023-24 (presented by Jo Hale, Community Safety Manager)")


def test_a_heading_wrapped_before_or_inside_its_presenter_bracket_is_one_title():
    items = extract_text(PRESENTED).items
    assert items[2].title == ("SERIOUS VIOLENCE DUTY – STRATEGIC NEEDS ASSESSMENT AND DRAFT RESPONSE STRATEGY "
                              "(presented by Dr Sam Ives, Director of Public Health)")
    assert items[3].title == "SUICIDE PREVENTION AND MENTAL HEALTH (presented by Dr Sam Ives, Director of Public Health)"
    # the title's second line, a blank line under the first, is no part of the item's text
    seg = segment(read_text_bytes(PRESENTED.encode(), "lakeby.txt")).items[3]
    assert PRESENTED[seg.body_span.start:seg.body_span.end].lstrip().startswith("Dr Ives presented the refreshed strategy.")
    assert [d.kind for d in items[3].decisions] == ["approved"]


BRACKETED = (
    "LAKEBY AND FELLSIDE COMMUNITY SAFETY PARTNERSHIP\n\n"
    "MINUTES OF THE MEETING OF THE JOINT COMMUNITY SAFETY PARTNERSHIP HELD IN THE COUNCIL CHAMBER,\n"
    "TOWN HALL, LAKEBY ON THURSDAY 20 SEPTEMBER 2018 AT 10.00 A.M.\n\n"
    "PRESENT:\nInspector Ann Webb (AW) – Lakeby Police (Chair)\nTom Hale (TH) – Fellside Council\n"
    "Mia Ross (MR) – Lakeby Council\n\n"
    "(21) WELCOME AND APOLOGIES – The Chair welcomed everyone to the meeting.\n\n"
    "(22) PERFORMANCE REPORT – QUARTER 1 2018/19 – TH presented the quarterly performance report\n"
    "for April to June 2018. Recorded crime had fallen.\n\n"
    "(23) SUBSTANCE MISUSE – AREA PLANNING BOARD UPDATE – MR updated the Partnership on the work of\n"
    "the planning board. Drug-related deaths had risen. The Partnership\nNOTED the update.\n\n"
    "(24) DATE OF NEXT MEETING – The next meeting will be held on Thursday 13 December 2018.\n")


def test_a_bracketed_number_opens_a_heading_run_into_its_text():
    items = extract_text(BRACKETED).items
    assert [(i.number, i.title) for i in items] == [
        ("21", "WELCOME AND APOLOGIES"), ("22", "PERFORMANCE REPORT – QUARTER 1 2018/19"),
        ("23", "SUBSTANCE MISUSE – AREA PLANNING BOARD UPDATE"), ("24", "DATE OF NEXT MEETING")]


def test_a_bracketed_sub_paragraph_is_no_heading():
    doc = HEAD + ("1. PREVENT\n\nThe Board considered the update.\n\n(1) The referrals – two cases were heard.\n\n"
                  "2. ANY OTHER BUSINESS\n\nNone.\n")
    assert [i.number for i in extract_text(doc).items] == ["1", "2"]


def test_the_joint_partnership_is_the_one_its_title_line_names():
    assert extract_text(BRACKETED).header.body == "Lakeby and Fellside Community Safety Partnership"


def test_a_shouted_outcome_closing_a_paragraph_is_a_decision():
    item = extract_text(BRACKETED).items[2]
    assert [(d.kind, d.text) for d in item.decisions] == [("noted", "The Partnership\nNOTED the update.")]
