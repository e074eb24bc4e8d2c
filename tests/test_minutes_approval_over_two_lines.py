"""Printed minutes wrap the approval of the last meeting's minutes over lines: "The minutes of the last
meeting held on 7 February 2025, having been circulated to all" / "Members, were taken as read and were
confirmed and signed by the Chairman." The sentence is one decision however it wraps."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = "LAKEBY HEALTH AND WELLBEING BOARD\nMinutes of the meeting held on 5 March 2025\n\n1.    MINUTES OF THE LAST MEETING\n\n"
TAIL = "\n\n2.    APOLOGIES FOR ABSENCE\n\nNone.\n"


def _decisions(body: str):
    return [d.text for it in extract_text(HEAD + body + TAIL).items for d in it.decisions]


def test_an_approval_wrapped_before_its_verb_is_a_decision():
    found = _decisions("The minutes of the last meeting held on 7 February 2025, having been circulated to all\n"
                       "Members, were taken as read and were confirmed and signed by the Chairman.")
    assert len(found) == 1 and found[0].startswith("The minutes of the last meeting held on 7 February 2025")


def test_a_paragraph_break_still_ends_the_sentence():
    found = _decisions("The minutes of the last meeting held on 7 February 2025 were circulated to all Members\n\n"
                       "Members were confirmed in their places on the working group.")
    assert found == []
