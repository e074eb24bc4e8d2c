"""Owners of actions written as attendees' initials: "Action: AB/ CD by 30 June – task" names AB and CD,
who are due by 30 June (the date is not part of an owner), and "EF to take …" opening a bullet (or a
bracket) is a follow-up by EF. Invented snippets; each test fails without its rule."""
from __future__ import annotations

from kgraph.entities import find_mentions
from kgraph.extract import extract_text
from kgraph.resolve import resolve

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


# --------------------------------------------------------------------------- action-log tables (tab-separated)

LOG_HEAD = ("NORTHSHIRE COMMUNITY SAFETY PARTNERSHIP\nMinutes of the meeting held on Tuesday 3 March 2020 at 10am\n\n"
            "Present\nName\tInitials\tOrganisation\nChief Inspector Gary Rowe\tGRo\tNorthshire Police\n"
            "Gemma Rhodes\tGR\tNorthshire Council\nStation Commander Bea Cole\tBC\tNorthshire Fire and Rescue Service\n"
            "Detective Superintendent Neil Fraser\tNF\tNorthshire Police\n\n"
            "1. Knife crime\nThe sweeps were discussed.\n\n2. Any other business\nNone.\n\n"
            "Action log\nRef\tAction\tOwner\tDue\n")


def _logged_owners(rows: str) -> list[list[str]]:
    record = extract_text(LOG_HEAD + rows)
    return [[o.name for o in a.owners] for i in record.items for a in i.actions]


def test_initials_with_a_letter_more_of_the_surname_are_the_attendee_the_initials_column_gives_them():
    assert _logged_owners("1.1\tShare the sweep map\tGRo\t30/04/2020\n1.2\tBook the hall\tGR\t30/04/2020\n") == [
        ["Chief Inspector Gary Rowe"], ["Gemma Rhodes"]]


def test_initials_of_a_name_after_a_fire_rank_leave_the_rank_out():
    text = LOG_HEAD.replace("\tBC\t", "\t\t") + "1.1\tCirculate the campaign calendar\tBC\t30/04/2020\n"
    record = extract_text(text)
    assert [[o.name for o in a.owners] for i in record.items for a in i.actions] == [["Station Commander Bea Cole"]]


def test_a_rank_abbreviation_and_surname_is_the_attendee_of_that_rank_and_surname():
    record = extract_text(LOG_HEAD + "1.1\tArrange the briefing\tDSupt Fraser\t30/04/2020\n")
    record.mentions = find_mentions(record)
    people = {e.label for (kind, _), e in resolve([record]).entities.items() if kind == "person"}
    assert "DSupt Fraser" not in people and "Fraser" not in people
    assert "Neil Fraser" in people


def test_owner_initials_in_brackets_after_action_are_the_attendees_whose_names_they_abbreviate():
    text = ("# Fellside Community Safety Forum\n\n## Minutes – Tuesday 4 June 2024, 7.00pm\n\n### Attendees\n\n"
            "- Ann Brook (FBC) – Chair\n- Insp Carl Dent (FP)\n- Eve Foss (FVS)\n\n### 1. Street drinking\n\n"
            "Insp Dent reported on the dispersal order.\n\n**ACTION (CD):** Report the arrests to the next meeting.\n\n"
            "### 2. Volunteering\n\nEve Foss presented the plan.\n\n"
            "**ACTION (AB/EF):** Meet the volunteer centre by 31 July.\n\n"
            "Action (carried forward): the terms of reference are still under review.\n")
    assert _actions(text) == [("1", ["Insp Carl Dent"], True), ("2", ["Ann Brook", "Eve Foss"], True)]


def test_initials_of_a_surname_with_an_apostrophe_take_the_capital_after_it():
    text = ("Fellside Harm Reduction Board – notes\n\nTuesday 4 June 2024, 2pm – 4pm, MS Teams\n\n"
            "Present: Ann Brook (Fellside Council), Jo O'Connell (Fellside ICB), Carl Dent (Fellside Police)\n\n"
            "1. Reviews\n- Learning briefing discussed.\n- Action: JOC – circulate the briefing to GP practices.\n")
    assert _actions(text) == [("1", ["Jo O'Connell"], True)]
