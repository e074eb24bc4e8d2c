"""Printed minutes of an authority's committee and a published (redacted) board record: the committee's
line under the authority's banner, councillors in two columns of titled names, officers written
"Post – K. Surname", a guest's item note after their body, and posts listed in the names' place. One
small invented document per rule; each test fails without its rule."""
from __future__ import annotations

from rdflib.namespace import FOAF

from kgraph.entities import find_mentions
from kgraph.extract import extract_text
from kgraph.graph import KG
from kgraph.pipeline import build_dataset
from kgraph.segment.attendance_entries import names_only_a_post

from test_unseen_layouts import extract_text_with_mentions

_PRINTED = ("LAKEBY FIRE AND RESCUE AUTHORITY\n\nCOMMUNITY SAFETY AND PREVENTION COMMITTEE\n\n"
            "MINUTES OF THE MEETING HELD ON MONDAY, 18 SEPTEMBER 2023 AT 10.00 AM\n\n"
            "PRESENT:\n\n"
            "Councillor T. Ashby (Chair)                Councillor M. Kell\n"
            "Councillor J. Haworth-Lee                  Councillor D. Stain\n\n"
            "Officers:\n\n"
            "Assistant Chief Fire Officer – K. Tills\n"
            "Area Manager, Prevention and Protection – S. Rams\n\n"
            "Also in attendance:\n\n"
            "Inspector C. Dune, Lakeby Police (for minute CSP/23/48)\n\n\n"
            "CSP/23/41  APOLOGIES FOR ABSENCE\n\nNone.\n\n"
            "CSP/23/42  URGENT ITEMS\n\nThere were no urgent items.\n")


def _attendance():
    return [(a.name, a.role, a.organisations) for a in extract_text(_PRINTED).attendance]


def test_a_committee_line_with_a_shouted_and_under_the_authority_is_the_meeting():
    assert extract_text_with_mentions(_PRINTED).header.body == \
        "Lakeby Fire and Rescue Authority Community Safety and Prevention Committee"


def test_two_columns_of_titled_names_are_two_people_a_row():
    names = [n for n, _, _ in _attendance()]
    assert names[:4] == ["Councillor T. Ashby", "Councillor M. Kell", "Councillor J. Haworth-Lee",
                         "Councillor D. Stain"]


def test_a_post_then_a_dashed_initialled_name_is_that_officer_in_that_post():
    assert ("K. Tills", "Assistant Chief Fire Officer", []) in _attendance()
    assert ("S. Rams", "Area Manager, Prevention and Protection", []) in _attendance()


def test_a_note_of_the_guests_minute_after_their_body_is_no_second_person():
    assert [(n, orgs) for n, _, orgs in _attendance()][-1] == ("Inspector C. Dune", ["Lakeby Police"])


def test_a_post_in_the_names_place_names_nobody():
    assert names_only_a_post("Prevent Coordinator") and names_only_a_post("Channel Panel Chair")
    assert not names_only_a_post("Dr Ann Lead") and not names_only_a_post("Tom Hale")


def test_the_graph_records_no_attendee_for_a_post_listed_without_its_holder():
    text = ("Lakeside Prevent Board\n\nMinutes of the meeting held on Tuesday 10 December 2024, 2pm\n\n"
            "Present:\n"
            "Ann Webb – Head of Community Safety, Lakeside Council (Chair)\n"
            "Prevent Coordinator – Lakeside Council\n"
            "Tom Hale – Lakeside Police\n\n"
            "Item 1: Welcome\n\n1.1 The Chair welcomed members.\n\n"
            "Item 2: Any other business\n\n2.1 None.\n")
    record = extract_text(text)
    record.mentions = find_mentions(record)
    dataset = build_dataset([record])
    attendees = {str(n) for _, _, p in dataset.triples((None, KG.attendee, None))
                 for n in dataset.objects(p, FOAF.name)}
    assert attendees == {"Ann Webb", "Tom Hale"}
