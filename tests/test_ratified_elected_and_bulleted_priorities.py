"""Decisions of an annual meeting: "The Partnership ratified / elected …" lines, and a lead-in "Following
discussion of the results, the Partnership agreed the following priorities:" typed straight under a
bulleted list of vote counts, over the bullets it agrees (one decision each)."""
from __future__ import annotations

from kgraph.extract import extract_text

MINUTES = """Fellside Community Safety Partnership
Annual General Meeting
Minutes of the meeting held on 5 March 2025 at Lakeby Civic Centre

Present: Cllr Ann Lowe (Chair), Tom Hart (Lakeshire Police), Jo Reid (Fellside Council)

1.\tElection of Chair and Vice-Chair
Jo Reid reported that one nomination had been received for each post.
The Partnership ratified the appointment of Cllr Ann Lowe as Chair for 2025/26.
The Partnership elected Tom Hart as Vice-Chair for 2025/26.

2.\tVote on priorities
Each member was given three votes to allocate across the themes raised.
•\tAnti-social behaviour – 12
•\tDomestic abuse – 9
•\tRoad safety – 4
Following discussion of the results, the Partnership agreed the following two priorities:
•\tReducing anti-social behaviour in Lakeby town centre
•\tTackling domestic abuse
"""


def _decisions(number: str) -> list[str]:
    item = next(i for i in extract_text(MINUTES).items if i.number == number)
    return [" ".join(d.text.split()) for d in item.decisions]


def test_ratified_and_elected_by_the_body_are_decisions():
    assert _decisions("1") == [
        "The Partnership ratified the appointment of Cllr Ann Lowe as Chair for 2025/26.",
        "The Partnership elected Tom Hart as Vice-Chair for 2025/26."]


def test_priorities_agreed_under_a_lead_in_typed_below_a_bulleted_list():
    assert _decisions("2") == ["Reducing anti-social behaviour in Lakeby town centre", "Tackling domestic abuse"]
