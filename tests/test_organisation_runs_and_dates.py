"""A written date is no part of a body's name: "Published 2 November 2025 in Board papers" at the head
of a page names no body "Published 2 November 2025 in Board", and a body written right after a date
("on 4 March 2025 Lakeby Borough Council agreed …") is still found on its own."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.pipeline import find_mentions

MINUTES = """Published 2 November 2025 in Board papers

FELLSIDE DOMESTIC ABUSE LOCAL PARTNERSHIP BOARD
Minutes of the meeting held on 14 October 2025 at Fellside House

Present: Ann Bell (Chair), Fellside County Council; Tom Reed, Lakeshire Police

1. Safe accommodation
The Board noted that since 4 March 2025 Lakeby Borough Council had funded two refuge places.
"""


def test_a_date_ends_a_run_of_capitalised_words():
    names = {m.text for m in find_mentions(extract_text(MINUTES)).organisations}
    assert not [n for n in names if "November" in n or "Published" in n or "2025" in n]
    assert "Lakeby Borough Council" in names


def test_a_place_with_a_hyphened_particle_keeps_it_in_the_body_name():
    text = ("FELLSIDE COMMUNITY SAFETY PARTNERSHIP\nMinutes of the meeting held on 3 May 2024\n\n1. Grants\n\n"
            "Cllr Ann Hale declared an interest as a trustee of the Fellbeck-on-Lune Youth Club. "
            "The Stratford-upon-Avon Town Council wrote in support of the bid.\n")
    found = {m.text for m in find_mentions(extract_text(text)).organisations}
    assert {"Fellbeck-on-Lune Youth Club", "Stratford-upon-Avon Town Council"} <= found
    assert "Trent Youth Club" not in found and "Avon Town Council" not in found
