"""A Scottish-style run-on attendance paragraph: one person per semicolon, details after commas,
two members under one plural title sharing their body, and "and" before the last person."""
from __future__ import annotations

from kgraph.extract import extract_text

MINUTE = """LAKESIDE COMMUNITY PLANNING PARTNERSHIP BOARD

MINUTE of the meeting of the Lakeside Community Planning Partnership Board held in the Council
Chambers, Lakeby on Thursday 14 March 2019 at 10.00 a.m.

Present: Councillor Ann Webb, Lakeside Council (Chair); Councillors Hamish Tate
and Cat Dunn, Lakeside Council; Tom Hale, Chief Executive, Lakeside Council; Chief Inspector
Ruth Pine, Police Scotland; Iain Moss, Lakeside Voluntary Action; Fiona Rae,
Skills Development Scotland; and Rhona Bell, Fellside Partnership for Transport.

Apologies: Councillor Jim Hay; and Professor Colin Orr, University of Lakeby.

1.   WELCOME

The Chair welcomed everyone.

Decision

The Board noted the position.
"""


def test_one_person_per_semicolon_with_members_sharing_a_body_and_a_last_and():
    present = [(a.name, a.organisations, a.role) for a in extract_text(MINUTE).attendance if a.list_kind == "present"]
    assert present == [
        ("Councillor Ann Webb", ["Lakeside Council"], "Chair"),
        ("Hamish Tate", ["Lakeside Council"], None),
        ("Cat Dunn", ["Lakeside Council"], None),
        ("Tom Hale", ["Lakeside Council"], "Chief Executive"),
        ("Chief Inspector Ruth Pine", ["Police Scotland"], None),
        ("Iain Moss", ["Lakeside Voluntary Action"], None),
        ("Fiona Rae", ["Skills Development Scotland"], None),
        ("Rhona Bell", ["Fellside Partnership for Transport"], None)]
