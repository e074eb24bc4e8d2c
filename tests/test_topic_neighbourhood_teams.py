"""The police's ward teams of neighbourhood officers, "Safer Neighbourhood Teams", are neighbourhood
policing; a Safer Neighbourhood Board is a body and names no topic. All minutes invented."""
from __future__ import annotations

from test_unseen_layouts import extract_text_with_mentions

HEAD = "Lakeby Safer Neighbourhood Board\n\nMinutes of the meeting held on 3 May 2026\n\n"


def _topic_keys(body: str) -> set[str]:
    return {m.key for m in extract_text_with_mentions(HEAD + body).mentions.topics}


def test_safer_neighbourhood_teams_are_neighbourhood_policing():
    keys = _topic_keys("1. Town centre\n\nThe Safer Neighbourhood Team had patrolled the park after dark.\n\n"
                       "2. Any other business\n\nNone.\n")
    assert "neighbourhood-policing" in keys


def test_the_board_name_alone_is_no_neighbourhood_policing():
    keys = _topic_keys("1. Welcome\n\nThe Chair welcomed members of the Safer Neighbourhood Board.\n\n"
                       "2. Any other business\n\nNone.\n")
    assert "neighbourhood-policing" not in keys
