"""People named in the narrative without a title: the second of two "Name (Body)" joined by "and"
after a titled person ("Superintendent X (Kent Police) and Mike Oduya (…)"), and a name with its
body between commas before a verb of speech ("Angela Sturrock, Kent Police Authority, explained …")."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.pipeline import find_mentions

HEAD = ("MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"
        "Present: Councillor Ann Boyd (Chairman), Chief Inspector Neil Hart (Cumbria Police)\n\n")


def _people(body: str) -> set[str]:
    return {m.text for m in find_mentions(extract_text(HEAD + body)).people}


def test_second_bracketed_name_after_a_titled_person_and_and():
    people = _people("1. Apologies\n\nApologies were received from Superintendent Dan Kerr (Cumbria Police) and "
                     "Milo Odell (Eden Housing Association).\n")
    assert {"Superintendent Dan Kerr", "Milo Odell"} <= people


def test_name_with_its_body_between_commas_before_a_verb_of_speech():
    people = _people("1. Policing\n\nAlma Stroud, Cumbria Police Authority, explained the new arrangements.\n")
    assert "Alma Stroud" in people


def test_a_place_list_between_commas_is_not_a_person():
    people = _people("1. Policing\n\nThe Eden Valley, Lakes Housing Trust, reported a fall in burglary.\n")
    assert not {p for p in people if "Eden" in p or "Valley" in p}
