"""Statutes of the Crown Dependencies are titled "Law" with the jurisdiction in brackets
("Domestic Abuse (Jersey) Law 2022"); a bare "… Law" is a field of law, not a title."""
from __future__ import annotations

from kgraph.entities.legislation import find_legislation
from kgraph.entities.matcher import tokenize


def titles(text: str) -> list[tuple[str, str | None]]:
    return [(h.text, h.section) for h in find_legislation(text, tokenize(text))]


def test_a_law_with_its_bracketed_jurisdiction_and_year_is_a_title():
    text = ("Mr Renouf said the Housing Standards (Sark) Law 2019 had changed little.\n"
            "Article 4 of the Law sets the duty, and the Fire Safety (Sark) Law 2021 followed.")
    assert titles(text) == [("Housing Standards (Sark) Law 2019", None), ("Fire Safety (Sark) Law 2021", None)]


def test_a_law_may_put_a_comma_before_its_year():
    text = "Members noted the duties under the Youth Services (Alderney and Herm) Law, 2011."
    assert titles(text) == [("Youth Services (Alderney and Herm) Law, 2011", None)]


def test_a_law_without_a_jurisdiction_is_no_title():
    text = "The lecture on Criminal Law 2020 and Case Law was given; Article 6 of the Law applies."
    assert titles(text) == []


def test_an_act_keeps_no_year_after_a_comma():
    text = "Following the Harbour Works Act, 2003 was the year the board first met."
    assert titles(text) == [("Harbour Works Act", None)]


def test_devolved_acts_keep_their_jurisdiction():
    text = "The Justice Act (Northern Ireland) 2011 and the Antisocial Behaviour etc. (Scotland) Act 2004 apply."
    assert [t for t, _ in titles(text)] == ["Justice Act (Northern Ireland) 2011",
                                            "Antisocial Behaviour etc. (Scotland) Act 2004"]
