"""Web posts' headers and the names in them: a field whose label a copy sets on its own line ("Meeting
date" / its value), a title line "Minutes of the X (ACR) meeting", a post titled "Minutes – Board
meeting, <date>" above the body's full name; an acronym spelled by a body's name after its area, which
stands for the whole placed name; a ward's name ending in a compass point, which is a place; and Acts'
titles: "on" before a short title, and a short title of a devolved Act named in full. Invented."""
from __future__ import annotations

import datetime as dt

from kgraph.entities import find_mentions
from kgraph.entities.legislation import find_legislation
from kgraph.entities.matcher import tokenize
from kgraph.extract import extract_text

DRUPAL = """PCSP minutes – 3 September 2024

Meeting date
Tuesday 3 September 2024, 6.00pm
Location
Council Chamber, Lakeby Civic Centre, and via Microsoft Teams

Minutes of the Lakeby and Fellside Policing and Community Safety Partnership (PCSP) meeting

Present

Councillor Ann Webb (Chairperson)

1. Apologies

None.
"""


def test_a_field_label_alone_on_its_line_takes_the_next_line_as_its_value():
    header = extract_text(DRUPAL).header
    assert header.date == dt.date(2024, 9, 3)
    assert header.start_time == dt.time(18, 0)
    assert header.venue == "Council Chamber, Lakeby Civic Centre, and via Microsoft Teams"


def test_a_title_line_naming_the_body_before_meeting_names_the_body():
    assert extract_text(DRUPAL).header.body == "Lakeby and Fellside Policing and Community Safety Partnership"


def test_a_title_naming_the_previous_meeting_names_no_body():
    text = DRUPAL.replace("Minutes of the Lakeby and Fellside Policing and Community Safety Partnership (PCSP) meeting",
                          "Lakeby Safety Board\n\nMinutes of the Previous Meeting")
    assert extract_text(text).header.body == "Lakeby Safety Board"


WORDPRESS = """Categories
Minutes

Minutes – Board meeting, 17 April 2024

By Board Coordinator
2 May 2024

Fellside Safer Neighbourhood Board (SNB)
Wednesday 17 April 2024, 6.30pm
Fellside House, 7 Bath Road, Fellside

Present

Ann Webb (Chair)
Tom Hale (Chair, Fellside West Ward Panel)

1. Welcome

The Chair welcomed everyone. Residents in Fellside West reported parking problems.
"""


def test_a_post_title_calling_the_body_by_its_kind_gives_way_to_its_full_name():
    header = extract_text(WORDPRESS).header
    assert header.body == "Fellside Safer Neighbourhood Board"
    assert header.date == dt.date(2024, 4, 17)      # the meeting's date, not the post's


def test_a_ward_named_after_a_preposition_of_area_is_no_person():
    people = {m.text for m in find_mentions(extract_text(WORDPRESS)).people}
    assert "Fellside West" not in people
    assert {"Ann Webb", "Tom Hale"} <= people


def test_an_acronym_of_a_placed_bodys_name_stands_for_the_whole_name():
    text = ("Lakeby Scrutiny Committee\n\nDate: 5 March 2024\n\n1. Annual report\n\n"
            "The Committee considered the annual report of the Lakeby Safer Communities Partnership (SCP). "
            "The SCP had met four times.\n")
    mentions = find_mentions(extract_text(text))
    assert [(d.acronym, d.expansion, d.target_key) for d in mentions.acronyms] == [
        ("SCP", "Safer Communities Partnership", "lakeby-safer-communities-partnership")]


def _titles(text: str) -> list[tuple[str, str]]:
    return [(h.text, h.key) for h in find_legislation(text, tokenize(text))]


def test_on_before_a_short_title_is_no_word_of_it():
    text = "Draft letter to the Department of Justice on Fell Roads Act training."
    assert [t for t, _ in _titles(text)] == ["Fell Roads Act"]


def test_a_short_title_refers_to_the_devolved_act_the_document_names_in_full():
    text = ("The Domestic Abuse and Civil Proceedings Act (Northern Ireland) 2021 came into force. "
            "Staff were trained on the Domestic Abuse Act.")
    (full, full_key), (short, short_key) = _titles(text)
    assert short == "Domestic Abuse Act" and short_key == full_key


def test_a_short_title_elsewhere_keeps_the_act_it_names():
    text = "Staff were trained on the Domestic Abuse Act."
    assert _titles(text) == [("Domestic Abuse Act", "domestic-abuse-act-2021")]
