"""Where an Act's title starts: at the first capitalised word of its name, not at a preposition that
opens the sentence before it."""
from __future__ import annotations

from kgraph.entities.legislation import find_legislation
from kgraph.entities.matcher import tokenize


def titles(text: str) -> list[str]:
    return [h.text for h in find_legislation(text, tokenize(text))]


def test_a_preposition_opening_the_sentence_is_no_part_of_a_known_title():
    assert titles("Under the Domestic Abuse Act 2021 the council received funding.") == ["Domestic Abuse Act 2021"]


def test_a_preposition_opening_the_sentence_is_no_part_of_an_unknown_title():
    assert titles("Following the Lakes Water Act 2019 the board met.") == ["Lakes Water Act 2019"]
    assert titles("In the Fell Roads Act 2003 the duty is set out.") == ["Fell Roads Act 2003"]


def test_an_order_titled_after_the_act_it_amends_keeps_the_act_in_its_title():
    text = "Ketamine became Class A once the Misuse of Drugs Act 1971 (Amendment) Order 2024 came into force."
    assert titles(text) == ["Misuse of Drugs Act 1971 (Amendment) Order 2024"]


def test_an_act_followed_by_a_bracket_of_its_own_stays_the_act():
    text = "Powers under the Misuse of Drugs Act 1971 (section 23) were used twice."
    assert titles(text) == ["Misuse of Drugs Act 1971"]


def test_a_numbered_set_of_regulations_keeps_its_number_in_the_title():
    text = "Most calls were breaches of the Lakes Health (Restrictions) (England) (No. 4) Regulations 2020 in the park."
    assert titles(text) == ["Lakes Health (Restrictions) (England) (No. 4) Regulations 2020"]
