"""A next meeting fixed by a resolution ("That the next meeting be held on Thursday 8th October 2020"),
inside an item whose title does not name the next meeting, is a referenced meeting of the body.
Invented snippet; the test fails without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text


def test_a_next_meeting_to_be_held_in_a_resolution_is_referenced():
    text = ("Fellside Police and Crime Panel\n\nMinutes of the meeting held on Thursday 23rd July 2020.\n\n"
            "12. Work Programme\nResolved -\n(a) That the work programme be agreed.\n"
            "(b) That the next meeting be held on Thursday 8th October 2020 at 10.30 am.\n")
    assert [(r.date, r.relation) for r in extract_text(text).meeting_refs] == [(dt.date(2020, 10, 8), "next")]
