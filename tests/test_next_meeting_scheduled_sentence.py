"""A report that "the next meeting was scheduled for Tuesday, 5 April 2022" dates the body's next
meeting, as "the next meeting will be held on …" does. The test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import refs

DOC = ("Lakeside Police and Crime Panel\n\nMinutes of the meeting held on 8 February 2022\n\n"
       "Present: Cllr Ann Pike (Chair), Cllr Tom Reed\n\n"
       "1. Work programme\n\nThe Panel discussed items for future meetings. The clerk confirmed that the "
       "next meeting was scheduled for Tuesday, 5 April 2022.\n")


def test_a_next_meeting_reported_as_scheduled_is_the_next_meeting():
    import datetime as dt
    assert (dt.date(2022, 4, 5), "next") in refs(extract_text(DOC))
