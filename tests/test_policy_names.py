"""Names that are not what their words suggest. A policy named in an item's title is no body:
"Outlets and Minimum Unit Pricing" ends its run of capitalised words on "Pricing", so "Unit" (an
organisation's head word) does not make a name of it. A slash joining two places before one head
("Lakeby/Fellside Division") writes one body's name, not two bodies."""
from kgraph.extract import extract_text

MINUTES = """Lakeby Alcohol and Drug Partnership

Minute of meeting held on Tuesday 7 November 2023 at 10:00
Lakeby Town Hall

Present: Jo Fell (Chair, Lakeby Council), Ann Hale (Lakeby Health Board)

1. Welcome

1.1 The Chair welcomed members.

2. Alcohol - Outlets and Minimum Unit Pricing

2.1 Ann Hale summarised the evaluation of minimum unit pricing in Lakeby.

3. Date of Next Meeting

Tuesday 6 February 2024 at 10:00.
"""


def _organisations(text: str) -> list[str]:
    from kgraph.entities import find_mentions
    record = extract_text(text)
    return sorted({" ".join(m.text.split()) for m in find_mentions(record).organisations})


def test_unit_pricing_is_no_organisation():
    names = _organisations(MINUTES)
    assert not any("Unit" in n for n in names), names
    assert "Lakeby Council" in names


def test_slash_joining_two_places_before_one_body_keeps_one_name():
    # a police division covering two counties is one body; initials and organisation words still split
    from kgraph.segment import split_slash_organisations
    assert split_slash_organisations("Lakeby/Fellside Division") == ["Lakeby/Fellside Division"]
    assert split_slash_organisations("KCC/NHS") == ["KCC", "NHS"]
    assert split_slash_organisations("Police/Fire Service") == ["Police", "Fire Service"]
