"""Printed minutes whose headings end with the agenda's "(Item N)" bracket: where a PDF's text joins
such a heading to the paragraph under it ("15. Declarations of Interest (Item 2) Mr Reed declared …"),
the bracket still closes the title and the item's text runs on after it. The test fails without its
rule."""
from __future__ import annotations

from kgraph.extract import extract_text

DOC = ("FELLSIDE COMMUNITY SAFETY PARTNERSHIP\n\nMINUTES of a meeting held on 4 October 2018\n\n"
       "PRESENT: Mr A Pike (Chairman), Mr T Reed (Lakeby Police)\n\n"
       "14. Apologies and Substitutes (Item 1)\n\n(1) Apologies were received from Mrs J Lamb.\n\n"
       "15. Declarations of Interest by Members in Items on the Agenda for this Meeting (Item 2) Mr T Reed "
       "declared a personal interest in Minute 17 as a member of the Lakeby Police Board.\n\n"
       "16. Minutes of the meeting held on 14 June 2018 (Item 3)\n\n(1) RESOLVED that the Minutes are "
       "correctly recorded.\n\n"
       "17. Date of next meeting (Item 4)\n\nThe next meeting will be held on 10 January 2019.\n")


def test_an_agenda_bracket_closes_a_heading_run_on_into_its_text():
    record = extract_text(DOC)
    assert [(i.number, i.title) for i in record.items][1] == (
        "15", "Declarations of Interest by Members in Items on the Agenda for this Meeting")
    assert [i.number for i in record.items] == ["14", "15", "16", "17"]
