"""The holder of an office named in prose: "the Commissioner" is the one attendee whose post is "Lakeby
Commissioner for Police, Fire and Crime" (the post's head before "for"). Invented snippets."""
from __future__ import annotations

from kgraph.extract import extract_text

MINUTES = ("LAKEBY POLICE, FIRE AND CRIME PANEL\n\nMinutes of the meeting held on Monday 3 June 2024 at 10.00 am\n\n"
           "PRESENT: Councillor Tom Hale (Chairman), Councillor Jo Marsh\n\n"
           "ALSO PRESENT: Ann Webb (Lakeby Commissioner for Police, Fire and Crime), Carl Dent (Chief Executive, "
           "Lakeby County Council)\n\n"
           "1.  APOLOGIES\n\nNone.\n\n"
           "2.  PRECEPT\n\nCouncillor Marsh asked to see the deployment plan; the Commissioner agreed to provide "
           "it to the Panel's September meeting.\n\nRESOLVED – That the precept be supported.\n\n"
           "3.  DATE OF NEXT MEETING\n\nThe next meeting will be held on 9 September 2024.\n")


def test_the_office_before_for_in_a_post_names_its_holder():
    owners = [[o.name for o in a.owners] for item in extract_text(MINUTES).items for a in item.actions]
    assert ["Ann Webb"] in owners
