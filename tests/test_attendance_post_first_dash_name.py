"""A combined authority's panel: the authority named in capitals above "MINUTES OF THE MEETING OF
THE … PANEL" hosts the panel as a council does. A one-per-line attendance list that writes the post first, then a spaced dash and the person
("Chief Constable, Lakeshire Police – Jo Hale", "Independent Member – Ann Webb", "Head of Policing,
Crime and Justice – Tom Hale"): the commas inside the post part nobody, the person is the name after
the dash, the post is the role and only a body named in it is an organisation."""
from __future__ import annotations

from kgraph.extract import extract_text

PANEL = """LAKESHIRE COMBINED AUTHORITY

MINUTES OF THE MEETING OF THE LAKESHIRE POLICE, FIRE AND CRIME PANEL
HELD ON THURSDAY 6 MARCH 2025 AT 10.00AM AT FELLSIDE TOWN HALL

PRESENT:

Fellside Council – Councillor Ann Webb (Chair)
Lakeby Council – Councillor Tom Hale
Independent Member – Rosa Penhale
Mina Askew, Lakeby Council – Community Planning (minute)

ALSO PRESENT:

Deputy Mayor for Policing, Crime, Criminal Justice and Fire – Kit Marrow

OFFICERS IN ATTENDANCE:

Chief Constable, Lakeshire Police – Dan Fenwick
LCA Treasurer – Gwen Oddie
Head of Policing, Fire and Safer Streets – Sol Brannagh

LP 1/25   APOLOGIES

There were no apologies.
"""


def _attendees():
    return {a.name: (a.organisations, a.role) for a in extract_text(PANEL).attendance}


def test_post_first_lines_name_the_person_after_the_dash():
    names = set(_attendees())
    assert {"Kit Marrow", "Dan Fenwick", "Gwen Oddie", "Sol Brannagh", "Rosa Penhale"} <= names
    # the commas inside a post part no attendees
    assert not names & {"Crime", "Criminal Justice", "Deputy Mayor for Policing", "Head of Policing"}


def test_the_post_is_the_role_and_only_a_body_in_it_an_organisation():
    rows = _attendees()
    assert rows["Dan Fenwick"] == (["Lakeshire Police"], "Chief Constable")
    assert rows["Rosa Penhale"] == ([], "Independent Member")
    assert rows["Sol Brannagh"] == ([], "Head of Policing, Fire and Safer Streets")
    assert rows["Kit Marrow"] == ([], "Deputy Mayor for Policing, Crime, Criminal Justice and Fire")
    assert rows["Gwen Oddie"][1] == "LCA Treasurer"


def test_a_body_first_line_keeps_its_body_and_bracketed_role():
    rows = _attendees()
    assert rows["Councillor Ann Webb"] == (["Fellside Council"], "Chair")
    assert rows["Councillor Tom Hale"] == (["Lakeby Council"], None)


def test_a_person_first_line_keeps_the_person_before_the_dash():
    rows = _attendees()
    assert "Mina Askew" in rows and "Community Planning" not in rows


def test_a_combined_authority_above_the_title_hosts_the_panel():
    header = extract_text(PANEL).header
    assert header.body == "Lakeshire Police, Fire and Crime Panel"
    assert header.parent_body == "Lakeshire Combined Authority"


def test_the_second_line_of_a_wrapped_authority_name_hosts_nothing():
    wrapped = PANEL.replace("LAKESHIRE COMBINED AUTHORITY\n", "LAKESHIRE\nCOMBINED AUTHORITY\n", 1)
    assert extract_text(wrapped).header.parent_body != "Combined Authority"
