"""Owners of actions written as attendees' initials: "Action: AB/ CD by 30 June – task" names AB and CD,
who are due by 30 June (the date is not part of an owner), and "EF to take …" opening a bullet (or a
bracket) is a follow-up by EF. Invented snippets; each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = ("Fellside Harm Reduction Board – notes\n\nTuesday 4 June 2024, 2pm – 4pm, MS Teams\n\nAttendees\n\n"
        "| Initials | Name | Organisation | Role |\n|---|---|---|---|\n"
        "| AB | Ann Brook | Fellside Council | Chair |\n| CD | Carl Dent | Fellside Police | Inspector |\n"
        "| EF | Eve Foss | Fellside ICB | Nurse |\n\n")


def _actions(text: str) -> list[tuple[str, list[str], bool]]:
    return [(it.number, [o.name for o in a.owners], a.explicit)
            for it in extract_text(text).items for a in it.actions]


def test_a_due_date_after_initials_ends_the_owners():
    text = HEAD + ("1. Refuge places\n- AB: two units open.\n- Action: AB/ CD by 30 June – costed options for two posts.\n"
                   "- Action: EF by end of July – submit the return.\n")
    assert _actions(text) == [("1", ["Ann Brook", "Carl Dent"], True), ("1", ["Eve Foss"], True)]


def test_initials_of_an_attendee_before_to_verb_make_a_follow_up():
    text = HEAD + ("1. Reviews\n- Learning: no routine enquiry in A&E.\n- EF to take learning to the safeguarding group.\n"
                   "- Repeat rate 31% (CD to check against the benchmark).\n- PSPO to be renewed in May.\n"
                   "- ICB to confirm funding.\n")
    assert _actions(text) == [("1", ["Eve Foss"], False), ("1", ["Carl Dent"], False)]
