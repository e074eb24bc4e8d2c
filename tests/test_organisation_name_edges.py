"""Where a body's name starts and ends: after "the Council and", not across a person's possessive, and
over a paragraph's wrapped line hanging under its bracketed number."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.pipeline import find_mentions

HEAD = "Fellside Partnership\n\nMinutes of the meeting held on 3 May 2024\n\n"


def _bodies(body: str) -> list[str]:
    record = extract_text(HEAD + body)
    return [" ".join(o.text.split()) for o in find_mentions(record).organisations]


def test_the_documents_own_council_then_a_named_body_are_two():
    found = _bodies("1. Strategic Assessment\nReports to Fellside Police had fallen but reports to the "
                    "Council and Lakes Homes had risen.\n")
    assert "Lakes Homes" in found
    assert not any(name.startswith("Council and") for name in found)


def test_a_named_council_and_its_partner_keep_their_names():
    found = _bodies("1. Housing\nFellside District Council and Lakes Homes reported on the joint plan.\n")
    assert "Fellside District Council" in found and "Lakes Homes" in found


def test_a_persons_possessive_opens_no_body():
    found = _bodies("1. Any other business\nThe Chair noted this was Lorna Fenn's last Board before she "
                    "moves to the regional team.\n")
    assert not any("Fenn" in name for name in found)


def test_a_paragraph_wrapped_under_its_bracketed_number_keeps_a_name_whole():
    found = _bodies("42.\tDeclarations\n\n(1) Mrs Webb declared an interest in Minute 47 as a trustee of "
                    "Rising Moon Domestic Violence\n    and Abuse Service, which had bid for funding through "
                    "the Working Group. She took no part\n    in the discussion.\n")
    assert "Rising Moon Domestic Violence and Abuse Service" in found
    assert "Abuse Service" not in found


def test_a_university_and_its_students_union_are_two():
    found = _bodies("1. Night-time economy\nLakes University and Lakes Students' Union ran the welcome week patrols.\n")
    assert "Lakes University" in found and "Lakes Students' Union" in found
