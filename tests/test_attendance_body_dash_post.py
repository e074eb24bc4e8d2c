"""A body, a spaced dash and the post held there or the department ("Lakeshire Police - Fellside District
Commander", "Fellside District Council - Housing") names the body and the post, as "Body, Post" does, in
a bracket and in an attendance table's organisation column; a body and its branch's area ("Probation
Service - Lakeshire") stays one name."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.segment import analyse_affiliation

TABLE = """FELLSIDE COMMUNITY SAFETY PARTNERSHIP
Minutes of the meeting held on 19 September 2025 at Fellside Civic Centre

Present:
Initials\tName\tOrganisation
AB\tCllr Ann Bell\tFellside District Council
TR\tChief Inspector Tom Reed\tLakeshire Police - Fellside District Commander
CS\tCarol Sands\tFellside District Council - Community Safety Manager
DL\tDee Lamb\tFellside District Council - Housing

1. Minutes
The minutes of the meeting held on 20 June 2025 were agreed as a correct record.
"""


def test_a_bracketed_body_dash_post_is_body_and_post():
    assert analyse_affiliation("Lakeshire Police - Fellside District Commander") == (
        ["Lakeshire Police"], "Fellside District Commander")
    assert analyse_affiliation("Fellside District Council - Housing")[0] == ["Fellside District Council"]
    assert analyse_affiliation("National Probation Service - Lakeshire")[0] == ["National Probation Service - Lakeshire"]


def test_an_organisation_column_dash_post_is_body_and_post():
    rows = {a.name: (a.organisations, a.role) for a in extract_text(TABLE).attendance}
    assert rows["Chief Inspector Tom Reed"] == (["Lakeshire Police"], "Fellside District Commander")
    assert rows["Carol Sands"] == (["Fellside District Council"], "Community Safety Manager")
    assert rows["Dee Lamb"][0] == ["Fellside District Council"]
