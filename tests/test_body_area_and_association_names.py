"""Bodies named with the area they serve and names that run on past "of" and "and": in a
"Representing" column a known body and, after a comma, the station or area the attendee serves is the
body; after a dash the area names the body's branch, written whole; "(North East region)" is an area,
no body; a place-named charity whose bracket wraps onto the next line ("(Victim Support" / "South
Lakeby)") is one branch; "Lakes Association of Parish and Town Councils" is one body; a capitals
heading "LAKESHIRE VIOLENCE REDUCTION UNIT" names the area's unit; an agreement ("Public Service
Agreement") and a council's public forum are no bodies. Invented minutes."""
from __future__ import annotations

from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits

from test_unseen_layouts import extract_text_with_mentions, org_names

MINUTES = """LAKESHIRE VIOLENCE REDUCTION UNIT
Lakeby Crime and Disorder Reduction Partnership

Minutes of the meeting held on Tuesday 4th March 2025 at 10.00 a.m.
in Committee Room 1, Lakeby Town Hall

PRESENT:

Name                               | Representing
-----------------------------------|-----------------------------------------------
Cllr Ann Webb (Chair)              | Lakeby District Council
Inspector Tom Hale                 | Cumbria Constabulary, Lakeby North
John Marsh                         | National Probation Service - Lakeshire
Priya Nandra                       | Probation Service (North East region)

1.     APOLOGIES

Apologies were received from Jo Dale (Victim Support
South Lakeby).

2.     PUBLIC OPEN FORUM

The Public Open Forum closed at 10.10am. The Partnership's contribution to the Public Service
Agreement target was noted. A response had come from the Lakes Association of Parish and Town
Councils.
"""


def _orgs():
    return set(org_names(extract_text_with_mentions(MINUTES)))


def test_a_known_body_then_its_area_after_a_comma_is_the_body():
    orgs = _orgs()
    assert "Cumbria Constabulary" in orgs and "Cumbria Constabulary, Lakeby North" not in orgs


def test_a_known_body_then_its_area_after_a_dash_is_its_branch_named_whole():
    assert "National Probation Service - Lakeshire" in _orgs()


def test_an_area_in_lower_case_region_is_no_body():
    text = ("FELLSIDE VIOLENCE REDUCTION UNIT\nCore Group – Notes\n\nDate:     Tuesday 16 January 2024, 10:00\n\n"
            "Attendees\nRuth Askew             Director, Fellside VRU (Chair)\n"
            "Darren Oldham          Probation Service (North East region)\n\n"
            "1. Welcome\n\nRA welcomed members.\n")
    orgs = set(org_names(extract_text_with_mentions(text)))
    assert "Probation Service" in orgs and "North East region" not in orgs


def test_a_place_named_charity_wrapped_in_its_bracket_is_one_branch():
    orgs = _orgs()
    assert "Victim Support\nSouth Lakeby" in orgs and "Victim Support" not in orgs


def test_an_association_of_councils_is_one_body():
    text = "A response had come from the Lakes Association of Parish and Town Councils on the review."
    assert [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))] == [
        "Lakes Association of Parish and Town Councils"]


def test_a_capitals_heading_names_the_areas_violence_reduction_unit():
    orgs = _orgs()
    assert "LAKESHIRE VIOLENCE REDUCTION UNIT" in orgs and "VIOLENCE REDUCTION UNIT" not in orgs


def test_an_agreement_and_a_public_forum_are_no_bodies():
    orgs = _orgs()
    assert not {"Public Service", "Public Open Forum"} & orgs
