"""A group's title over two lines under its partnership's, a local Women's Aid named at a sentence's
opening, and a core theme written in a body's name. Invented minutes."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import extract_text_with_mentions, org_names

GROUP = """LAKESHIRE COMMUNITY SAFETY PARTNERSHIP
STRATEGIC GROUP

MINUTE of MEETING of the LAKESHIRE COMMUNITY SAFETY PARTNERSHIP STRATEGIC GROUP held in
Committee Room 1, Lakeby House on Wednesday 4 September 2024 at 10.00am.

Sederunt:
Councillor Ann Webb, Lakeshire Council (Chair)

1. DOMESTIC ABUSE

1.1 The MARAC had considered 164 cases in the year. Lakeshire Women's Aid had supported 412
    women.

Agreed: to note the update.
"""


def test_the_partnership_line_over_its_group_line_hosts_the_group_the_sentence_names():
    header = extract_text(GROUP).header
    assert header.body == "Lakeshire Community Safety Partnership Strategic Group"
    assert header.parent_body == "Lakeshire Community Safety Partnership"


def test_a_title_line_that_is_not_the_sentence_bodys_opening_hosts_nothing():
    text = GROUP.replace("LAKESHIRE COMMUNITY SAFETY PARTNERSHIP\nSTRATEGIC GROUP", "FELLSIDE PARTNERSHIP\nSTRATEGIC GROUP")
    assert extract_text(text).header.parent_body != "Fellside Partnership"


def test_a_sentence_opening_place_whose_council_the_minutes_name_is_the_charitys_place():
    orgs = org_names(extract_text_with_mentions(GROUP))
    assert "Lakeshire Women's Aid" in orgs


def test_a_sentence_opening_word_that_names_no_council_is_no_place():
    text = GROUP.replace("Lakeshire Women's Aid had", "Meanwhile Women's Aid had")
    orgs = org_names(extract_text_with_mentions(text))
    assert "Meanwhile Women's Aid" not in orgs


THEME = """Lakes Cabinet Committee
Date: 3 May 2024

Present: Ann Webb (Chair)

1. Community Safety Agreement
Mr Hale said the Lakes and Fellside Prevent Duty Delivery Board had widened its remit to include hate.

2. Close
None.
"""


def test_a_core_theme_a_body_is_named_after_is_a_theme_of_the_meeting():
    keys = {t.key for t in extract_text_with_mentions(THEME).mentions.topics}
    assert "prevent" in keys


def test_the_food_regulator_is_a_known_body():
    text = THEME.replace("Mr Hale said the Lakes and Fellside Prevent Duty Delivery Board had widened its remit "
                         "to include hate.", "The laboratory analyses samples for the Food Standards Agency.")
    assert "Food Standards Agency" in org_names(extract_text_with_mentions(text))
