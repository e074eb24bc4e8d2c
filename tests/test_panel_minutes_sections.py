"""Police and Crime Panel minutes typed in capitals: a "Together with:" list closed by a section heading
in capitals ("RECORDING AND VOTING ARRANGEMENTS"), a reminder that the Panel "would meet on" a date for
other business (a meeting of this body, not the next one), and national bodies named without a body
word (Action Fraud, GoSafe, Tarian)."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text
from kgraph.pipeline import find_mentions
from kgraph.segment import _shouted_section_heading

DOC = """LAKEBY POLICE AND CRIME PANEL

MINUTES OF THE MEETING HELD AT FELLSIDE HOUSE ON FRIDAY 15TH SEPTEMBER 2023 AT 10.00 A.M.

PRESENT:

Councillor Ann Vale (Chair) - Fellside Council

Together with:

Jo Hale-Pike (Police and Crime Panel Support Officer) and Kim Ross (Committee Services Officer), Fellside Council

RECORDING AND VOTING ARRANGEMENTS

The Chair reminded those present that the meeting was being recorded.

1.\tPRECEPT ARRANGEMENTS

Members were reminded that the Panel would meet on 2nd February 2024 to consider the proposed precept.
Victims of fraud were encouraged to report to Action Fraud. Tarian had disrupted two organised crime
groups, and GoSafe had extended its camera sites.

2.\tDATE OF NEXT MEETING

The next meeting will be held on Friday 8th December 2023 at 10.00 a.m.
"""


def test_a_section_heading_in_capitals_ends_the_list():
    attendance = [a for a in extract_text(DOC).attendance if a.list_kind == "in_attendance"]
    assert [a.name for a in attendance] == ["Jo Hale-Pike", "Kim Ross"]
    assert attendance[1].organisations == ["Fellside Council"]


def test_shouted_section_heading_is_neither_a_name_nor_a_body_heading():
    assert _shouted_section_heading("RECORDING AND VOTING ARRANGEMENTS")
    assert not _shouted_section_heading("KENT FIRE AND RESCUE SERVICE")
    assert not _shouted_section_heading("COUNCILLOR JOHN SMITH")
    assert not _shouted_section_heading("JOHN SMITH (CHAIR)")


def test_the_panel_would_meet_on_a_date_is_another_meeting_of_the_body():
    refs = {(r.date, r.relation) for r in extract_text(DOC).meeting_refs}
    assert (dt.date(2024, 2, 2), "other") in refs
    assert (dt.date(2023, 12, 8), "next") in refs


def test_national_bodies_without_a_body_word():
    names = {m.text for m in find_mentions(extract_text(DOC)).organisations}
    assert {"Action Fraud", "Tarian", "GoSafe"} <= names
