"""A Word table "Minute No. | Minute" copied as text puts the minute number's cell ("LSP/24/07": the
body's capitals prefix, the year and the number) on a line of its own, the title in capitals on the
next non-blank line: the number alone heads the minute, as a ModernGov number alone does.
Invented minutes."""
from __future__ import annotations

from kgraph.extract import extract_text

DOC = """LAKEBY SAFER COMMUNITIES PARTNERSHIP

MINUTES OF A MEETING OF THE LAKEBY SAFER COMMUNITIES PARTNERSHIP HELD ON THURSDAY 12 SEPTEMBER 2024 AT 2.00 PM IN THE COUNCIL CHAMBER, LAKEBY

Present:

Councillor Ruth Amble (Chairman)
Inspector Owen Tarn

Minute No.\tMinute

LSP/24/07

APOLOGIES FOR ABSENCE

Apologies for absence were received from Priya Kell.

LSP/24/08

MINUTES OF THE PREVIOUS MEETING

RESOLVED that the minutes of the meeting held on 13 June 2024 be approved as a correct record.

LSP/24/09

ANTI-SOCIAL BEHAVIOUR UPDATE

Inspector Tarn reported a fall in reports of anti-social behaviour.
"""


def test_a_prefixed_minute_number_alone_heads_its_minute():
    minutes = extract_text(DOC)
    assert [(it.number, it.title) for it in minutes.items] == [
        ("LSP/24/07", "APOLOGIES FOR ABSENCE"),
        ("LSP/24/08", "MINUTES OF THE PREVIOUS MEETING"),
        ("LSP/24/09", "ANTI-SOCIAL BEHAVIOUR UPDATE")]
    assert [d.text for d in minutes.items[1].decisions] == [
        "the minutes of the meeting held on 13 June 2024 be approved as a correct record."]
