"""Names of bodies met in a partnership's minutes, one small invented sentence per rule: a council's
Cabinet and another council are two bodies, not one name running between them; a report's number
("Report CSP/24/11") names no body; a national charity named without a body word is known by the
gazetteer. Each test fails without its rule."""
from __future__ import annotations

from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits


def _bodies(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]


def test_a_councils_cabinet_and_another_council_are_two_bodies():
    bodies = _bodies("The strategy will go to the Lakeshire County Council Cabinet and Fellside Borough Council "
                     "Cabinet in June.")
    assert "Lakeshire County Council Cabinet" in bodies and "Fellside Borough Council" in bodies
    assert not [b for b in bodies if " and " in b]


def test_a_reports_number_names_no_body():
    assert _bodies("Report CSP/24/11 sets out progress against the plan.") == []


def test_a_national_charity_named_without_a_body_word_is_known():
    assert _bodies("Jo Hale agreed to write to Advocacy After Fatal Domestic Abuse (AAFDA) about both families.") == [
        "Advocacy After Fatal Domestic Abuse", "AAFDA"]
