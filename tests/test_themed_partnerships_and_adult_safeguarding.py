"""A partnership set up for a theme ("the Lakeby Violence Against Women and Girls Partnership") tells
of that theme, as does any body named for a core theme (a minor topic's name in a body's is no mention); "adult safeguarding" names safeguarding vulnerable people."""
from __future__ import annotations

from test_unseen_layouts import extract_text_with_mentions


def _topic_keys(body: str) -> set[str]:
    text = ("Lakeby Community Justice Partnership\nDate: 5 March 2025\n\nPresent: Ann Webb (Chair)\n\n"
            f"1. Partner updates\n{body}\n\n2. Close\nNone.\n")
    return {t.key for t in extract_text_with_mentions(text).mentions.topics}


def test_a_partnership_named_for_a_theme_tells_of_it():
    keys = _topic_keys("Members agreed to invite the chair of the Lakeby Violence Against Women and Girls "
                       "Partnership to the next meeting.")
    assert "violence-against-women-and-girls" in keys


def test_a_body_named_for_a_core_theme_tells_of_it_but_one_named_for_a_minor_topic_does_not():
    keys = _topic_keys("The Lakeby Community Policing Team reported on its patrols in the town centre.")
    assert "neighbourhood-policing" in keys
    keys = _topic_keys("The Lakeby Rural Crime Team reported on its patrols, with the Fellside Rural Crime "
                       "Team and the Lakes Rural Crime Team.")
    assert "rural-crime" not in keys


def test_adult_safeguarding_is_safeguarding_vulnerable_people():
    keys = _topic_keys("The board reviewed the adult safeguarding training offer for care home staff.")
    assert "safeguarding-vulnerable-people" in keys


def test_a_safeguarding_adults_board_named_alone_is_no_mention():
    keys = _topic_keys("The Lakeby Safeguarding Adults Board will meet in June.")
    assert "safeguarding-vulnerable-people" not in keys
