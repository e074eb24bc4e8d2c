"""Invented minutes for page furniture and confidential parts: a legal-style template numbering every
line in its left margin (blank lines too, restarting on each page) is read as if the numbers were not
there, and every span still indexes the text as stored; a sub-point cut by a page break goes on under
the next page's header; "Minute 7 (Part II) - Title" is an item heading; owner initials skip a second
title ("Cllr Mrs"); a group named in capitals with "AND" under its partnership's line is the meeting's
body; a preposition opening a wrapped line ("From Harm to Hope") is no forename. Each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.read import without_margin_numbers

from test_unseen_layouts import extract_text_with_mentions, owners


def _numbered_page(lines: list[str], page: int, pages: int) -> str:
    """One printed page of the template: running header, margin-numbered lines, footer, form feed."""
    body = "\n".join(f"{k:>2}    {line}".rstrip() for k, line in enumerate(lines, start=1))
    header = "        Lakeby Community Safety Board - Minutes - 9 May 2023\n\n"
    footer = f"\n\n                         Page {page} of {pages}\n"
    return header + body + footer + ("\f\n" if page < pages else "")


PAGE_ONE = [
    "            LAKEBY BOROUGH COUNCIL",
    "       LAKEBY COMMUNITY SAFETY BOARD",
    "",
    "Date:    Tuesday 9 May 2023",
    "Time:    10.00am",
    "Venue:   Room 4, Lakeby Civic Hall",
    "",
    "PRESENT:",
    "Cllr Rhona Vickery (Chair) - Cabinet Member for Safer Streets, LBC",
    "Owen Tarrant - Head of Community Safety, LBC",
    "Priya Castellane - Chief Executive, Lakeby Women's Aid",
    "",
    "1. Apologies",
    "",
    "1.1   Apologies were received from Dan Mowbray.",
    "",
    "2. Minutes of the Previous Meeting",
    "",
    "2.1   RESOLVED: That the minutes of the meeting held on 7 February",
    "      2023 be approved as a correct record.",
    "",
    "3. Youth Violence Plan",
    "",
    "3.1   Owen Tarrant introduced the draft plan.",
    "",
    "3.2   RESOLVED: That the Board:",
    "",
    "      (a) agreed that the plan be published for consultation across",
]
PAGE_TWO = [
    "          the borough;",
    "      (b) approved the funding of the outreach team;",
    "      (c) noted the timetable.",
    "",
    "      ACTION: Owen Tarrant to publish the consultation",
    "              by 30 June 2023.",
    "",
    "4. Any Other Business",
    "",
    "4.1   There was no other business.",
]
MARGIN_DOC = _numbered_page(PAGE_ONE, 1, 2) + _numbered_page(PAGE_TWO, 2, 2)


def test_margin_line_numbers_are_no_items_and_spans_index_the_stored_text():
    record = extract_text(MARGIN_DOC)
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Apologies"), ("2", "Minutes of the Previous Meeting"), ("3", "Youth Violence Plan"),
        ("4", "Any Other Business")]
    assert record.items[2].span.start == MARGIN_DOC.index("3. Youth Violence Plan")
    assert MARGIN_DOC[record.items[2].title_span.start:record.items[2].title_span.end] == "Youth Violence Plan"
    assert [a.name for a in record.attendance if a.list_kind == "present"] == [
        "Cllr Rhona Vickery", "Owen Tarrant", "Priya Castellane"]
    assert len(record.source.text) == len(MARGIN_DOC)


def test_a_sub_point_cut_by_a_page_break_goes_on_under_the_next_pages_header():
    record = extract_text(MARGIN_DOC)
    item = next(i for i in record.items if i.number == "3")
    assert [d.kind for d in item.decisions] == ["agreed", "approved", "noted"]
    assert ("3", ["Owen Tarrant"], True) in owners(record)


def test_a_numbered_list_without_numbered_blank_lines_keeps_its_numbers():
    agenda = "Agenda\n" + "".join(f"{k} Topic number {k}\n" for k in range(1, 13)) + "\nNotes follow.\n"
    assert without_margin_numbers(agenda) == agenda
    assert without_margin_numbers(MARGIN_DOC) != MARGIN_DOC
    assert len(without_margin_numbers(MARGIN_DOC)) == len(MARGIN_DOC)


PART_TWO_DOC = (
    "Fellside Exploitation Panel\n\nMinutes of the meeting held on 3 May 2023\n\nPresent\n"
    "Ann Dent (Chair), Fellside Council\n\n"
    "Minute 1 - Welcome\n\n1.1 The Chair welcomed members.\n\n"
    "PART II - EXEMPT\n\n"
    "Minute 2 (Part II) - Case themes\n\n2.1 Members discussed three cases.\n\n"
    "Minute 3 - Any other business\n\n3.1 None.\n")


def test_a_minute_marked_part_two_beside_its_number_is_an_item():
    record = extract_text(PART_TWO_DOC)
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Welcome"), ("2", "Case themes"), ("3", "Any other business")]


def test_owner_initials_skip_a_second_title():
    doc = ("Lakeside Community Safety Partnership\n\nMinutes of the meeting held on 3 May 2023\n\n"
           "PRESENT:  Cllr Mrs K. Lowther-Vance (Lakeside County Council)\n"
           "          Mr S. Okoro (Lakeside Borough Council)\n\n"
           "1.   DOMESTIC ABUSE\n\n"
           "     (a)  Members discussed refuge provision.  Cllr Lowther-Vance undertook to raise\n"
           "          the funding of the refuge with the county council.\n\n"
           "                                       ACTION: KLV\n\n"
           "2.   ANY OTHER BUSINESS\n\n     None.\n")
    assert owners(extract_text(doc)) == [("1", ["Cllr Mrs K. Lowther-Vance"], True)]


def test_a_capitals_group_joined_by_and_under_its_partnership_is_the_meetings_body():
    doc = ("LAKEBY SAFEGUARDING CHILDREN PARTNERSHIP\n\nMISSING AND EXPLOITATION STRATEGIC PANEL\n\n"
           "Minutes of the meeting held on Wednesday 17 January 2024\n\n"
           "Present\nAnn Dent (Chair), Lakeby Council\n\n1. Welcome\n\nThe Chair welcomed members.\n")
    assert extract_text(doc).header.body == \
        "Lakeby Safeguarding Children Partnership Missing and Exploitation Strategic Panel"


def test_a_preposition_opening_a_wrapped_line_is_no_forename():
    doc = ("Fellside Community Safety Partnership\n\nMinutes of the meeting held on 3 May 2023\n\n"
           "1. Drugs\n\nDr Ali updated the Board on the partnership formed under the national drugs strategy\n"
           "From Harm to Hope. Numbers in treatment had increased.\n\n2. Any other business\n\nNone.\n")
    assert [m.text for m in extract_text_with_mentions(doc).mentions.people] == ["Dr Ali"]


def test_a_pdfs_margin_numbers_are_blanked_page_by_page_keeping_columns():
    from kgraph.readers.pdf import without_margin_numbers as pdf_without_margin_numbers
    pages = [["   Lakeby Board - Minutes"] + [f"{k:>2}    line {k}" if k % 3 else f"{k:>2}" for k in range(1, 13)],
             ["   Lakeby Board - Minutes"] + [f"{k:>2}    more {k}" for k in range(1, 4)]]
    blanked = pdf_without_margin_numbers(pages)
    assert blanked[0][1] == "      line 1" and blanked[0][3] == "  " and blanked[1][2] == "      more 2"
    assert blanked[0][0] == pages[0][0]
