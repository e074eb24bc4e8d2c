"""One small invented document per rule: a surname opened by a particle ("Le Marquand") is one surname,
so the title and surname an action table writes ("Mr Le Marquand") name the attendee of that full
name; and "the action for Name to <verb> … remains open" assigns a follow-up to that person. Each test
fails without its rule."""
from __future__ import annotations

from kgraph.entities import find_mentions
from kgraph.entities.people import parse_person_name
from kgraph.extract import extract_text
from kgraph.resolve import resolve

from test_unseen_layouts import owners

DOC = ("Harbourside Community Safety Partnership\n\nMinutes of the meeting held on 5 June 2024 at 14:00\n\n"
       "Present:\nMr Paul Le Marquand (Harbourside Police)\nMs Jo Carr (Harbourside Council)\n\n"
       "1. Minutes of the last meeting\n\nThe minutes were approved. The action for Jo Carr to map the CCTV "
       "cameras in the old town remains open.\n\n"
       "2. Night-time economy\n\nMr Le Marquand reported on the summer plan.\n\n"
       "Action: Mr Le Marquand to circulate the summer plan to members.\n")


def test_a_particle_before_the_last_word_opens_the_surname():
    name = parse_person_name("Mr Paul Le Marquand")
    assert (name.given, name.surname) == (("Paul",), "Le Marquand")
    assert parse_person_name("Mr Le Marquand").surname == "Le Marquand"


def test_a_titled_surname_with_a_particle_resolves_to_the_attendee():
    record = extract_text(DOC)
    find_mentions(record)
    reg = resolve([record])
    people = sorted(e.label for (kind, _), e in reg.entities.items() if kind == "person")
    assert people == ["Mr Paul Le Marquand", "Ms Jo Carr"]


def test_the_action_for_a_named_person_to_do_something_is_a_follow_up():
    record = extract_text(DOC)
    assert ("1", ["Jo Carr"], False) in owners(record)
