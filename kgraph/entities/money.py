"""Sums of money: "£40,000", "£1million", "£1.2m", "£25000", "£3k", "£2.5 billion"."""
from __future__ import annotations

import re
from dataclasses import dataclass

_MONEY = re.compile(
    r"£[ \t]?(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?P<decimals>\.\d+)?"
    r"(?:[ \t]?(?P<word>million|billion|thousand|mn|bn)|(?P<letter>[mMkK]))?(?![\w£])")
_MULTIPLIERS = {"million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}


@dataclass(frozen=True, slots=True)
class MoneyHit:
    text: str
    value: float
    start: int
    end: int


def parse_amount(match: re.Match[str]) -> float:
    number = float(match.group("number").replace(",", "") + (match.group("decimals") or ""))
    unit = (match.group("word") or match.group("letter") or "").lower()
    return number * _MULTIPLIERS.get(unit, 1.0)


def find_money(text: str) -> list[MoneyHit]:
    return [MoneyHit(m.group(), parse_amount(m), m.start(), m.end()) for m in _MONEY.finditer(text)]
