"""A police or fire rank written before a person's name is the person's role, not part of the name."""
from __future__ import annotations

import pytest

from kgraph.entities import find_mentions
from kgraph.entities.people import person_key
from kgraph.entities.people import name_without_rank, parse_person_name, rank_role
from kgraph.extract import extract_text
from kgraph.resolve import resolve


@pytest.mark.parametrize("written, name, rank", [
    ("Deputy Chief Constable Rosalind Pell", "Rosalind Pell", "Deputy Chief Constable"),
    ("Chief Superintendent Ann Webb", "Ann Webb", "Chief Superintendent"),
    ("Detective Inspector J Marsh", "J Marsh", "Detective Inspector"),
    ("Station Commander Tom Hale", "Tom Hale", "Station Commander"),
    ("Group Manager Tom Hale", "Tom Hale", "Group Manager"),
])
def test_a_rank_before_a_full_name_is_the_role(written, name, rank):
    parsed = parse_person_name(written)
    assert name_without_rank(parsed) == name
    assert rank_role(parsed) == rank
    assert person_key(written) == person_key(name)


def test_titles_and_a_rank_before_a_bare_surname_stay():
    assert name_without_rank(parse_person_name("Cllr Ann Webb")) == "Cllr Ann Webb"
    assert name_without_rank(parse_person_name("DCI Loose")) == "DCI Loose"


def test_the_resolved_person_is_named_without_the_rank():
    text = ("LAKES POLICE AND CRIME PANEL\n\nMinutes of the meeting held on 2 May 2019\n\n"
            "1. PRECEPT\n\nDeputy Chief Constable Rosalind Pell (Kent Police) presented the report. "
            "Deputy Chief Constable Pell agreed to provide a breakdown.\n")
    record = extract_text(text)
    record.mentions = find_mentions(record)
    people = [e for (kind, _), e in resolve([record]).entities.items() if kind == "person"]
    assert [(p.label, p.attrs.get("role")) for p in people] == [("Rosalind Pell", "Deputy Chief Constable")]
    assert "Deputy Chief Constable Rosalind Pell" in people[0].alt_labels


def test_an_abbreviated_rank_before_a_surname_is_the_same_person_as_the_ranked_full_name():
    text = ("LAKES SAFEGUARDING EXECUTIVE\n\nMinutes of the meeting held on 2 May 2019\n\n"
            "1. EXPLOITATION\n\nDetective Chief Superintendent Paul Vane (Kent Police) presented the report. "
            "DCS Vane said that nine county lines had been disrupted.\n")
    record = extract_text(text)
    record.mentions = find_mentions(record)
    people = [e for (kind, _), e in resolve([record]).entities.items() if kind == "person"]
    assert [p.label for p in people] == ["Paul Vane"]
