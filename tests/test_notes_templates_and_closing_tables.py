"""Partnership "notes and actions" templates and Scottish minutes with a closing action table:
owners' initials in square brackets after the label ("ACTION [AV/GH]: …", "ACTION [ALL]: …" naming
no one), an entry of the closing table that goes to the one item using its task's rarer words although
that item names the owner's team rather than the owner, a terse approval of the minutes wrapped inside
its date by a narrow column, ranks shortened before an initial ("CI A Lorne", "SM B Tay"), a
team's name in the plural ("Safer Communities") that is no person, and drug harm named by the body
that picks it up ("the Lakeby Combating Drugs Partnership"). All minutes invented."""
from __future__ import annotations

from kgraph.entities.people import person_key
from kgraph.extract import extract_text
from kgraph.extract.owners import is_person_name

from test_unseen_layouts import extract_text_with_mentions

NOTES = """Lakeby Reducing Reoffending Partnership
Notes and actions

Date:    Tuesday 9 March 2021

Attendees:
Ann Vale, Housing Manager, Lakeby Council (Chair)
Gwen Hart, Community Safety Manager, Fellside Council
Nia Lowe, IOM Co-ordinator, Lakeby Police

Item 01  Welcome

AV welcomed everyone.

Item 02  Accommodation on release

GH described pressures on temporary accommodation.

ACTION [AV/GH]: Set up the housing pathway working group and agree terms of
reference.

ACTION [NL]: Circulate the cohort report monthly.

Item 03  Any other business

ACTION [ALL]: Promote the helpline through partner channels.
"""


def test_square_bracketed_initials_after_the_label_own_the_task():
    got = [(it.number, [(o.name, o.kind) for o in a.owners], a.text[:20])
           for it in extract_text(NOTES).items for a in it.actions]
    assert got[:2] == [("02", [("Ann Vale", "person"), ("Gwen Hart", "person")], "Set up the housing pa"[:20]),
                       ("02", [("Nia Lowe", "person")], "Circulate the cohort")]
    # everyone, typed in capitals like the initials around it, is no one's initials
    assert [(it.number, [o.kind for o in a.owners]) for it in extract_text(NOTES).items
            for a in it.actions][2:] == [("03", ["role"])]


SCOTTISH = """FELLSIDE COMMUNITY SAFETY PARTNERSHIP

MINUTE of MEETING held on TUESDAY 4 DECEMBER 2018 at 2.00 pm

Sederunt:
Councillor Ann Hale (Chair)                Fellside Council
Chief Inspector Gavin Rowe                 Lakes Police
Station Manager Ian Loam                   Lakes Fire and Rescue Service
Alan Reed                                  Fellside Council, Safer Communities

1.  MINUTE OF PREVIOUS MEETING

Minutes of the meeting held on 31 May
2018 agreed as an accurate record.

2.  POLICE PERFORMANCE

Chief Inspector Rowe presented the joint report against the Local Police Plan. Alan Reed
noted the joint patrols in the town centre.

3.  DELIBERATE FIRE SETTING

Station Manager Loam reported an increase in deliberate fires over the summer.

Decision

The Partnership agreed that Safer Communities and the fire service would prepare a joint fireworks
night plan.

4.  AOCB

None.

ACTIONS ARISING

No. | Action                                       | Responsible              | Timescale
----|----------------------------------------------|--------------------------|-----------
1   | Breakdown of calls by ward                   | CI G Rowe                | Dec 2018
2   | Joint fireworks night plan                   | A Reed / SM I Loam       | Oct 2018
"""


def test_a_closing_entry_goes_to_the_one_item_using_its_rarer_task_words():
    got = {a.text: it.number for it in extract_text(SCOTTISH).items for a in it.actions}
    # "fireworks" and "night" are written in item 3 alone ("joint" and "plan" in item 2 as well), and
    # item 3 names Alan Reed's team, not him
    assert got["Joint fireworks night plan"] == "3"


def test_a_plural_team_name_owns_no_action_as_a_person():
    assert not is_person_name("Safer Communities", [])
    owners = [o.name for it in extract_text(SCOTTISH).items for a in it.actions for o in a.owners]
    assert "Safer Communities" not in owners


def test_a_terse_approval_wrapped_inside_its_date_is_the_decision():
    item = extract_text(SCOTTISH).items[0]
    assert [d.text[:30] for d in item.decisions] == ["Minutes of the meeting held on"]
    # a new line in capitals starts another sentence: no approval is read across it
    other = SCOTTISH.replace("Minutes of the meeting held on 31 May\n2018 agreed as an accurate record.",
                             "Minutes of the meeting held on 31 May\nActions agreed at the last meeting were done.")
    assert extract_text(other).items[0].decisions == []


def test_shortened_ranks_before_an_initial_are_no_part_of_the_name():
    assert person_key("CI G Rowe") == person_key("G Rowe")
    assert person_key("SM I Loam") == person_key("I Loam")
    assert person_key("GC E Roy") == person_key("E Roy")


HEAD = "Fellside Community Safety Partnership\n\nMinutes of the meeting held on 3 May 2023\n\n"


def _topic_keys(body: str) -> set[str]:
    return {m.key for m in extract_text_with_mentions(HEAD + body).mentions.topics}


def test_the_combating_drugs_partnership_tells_of_substance_misuse():
    assert "substance-misuse" in _topic_keys(
        "1. Health\n\nDual diagnosis cases go to the Lakeby Combating Drugs Partnership.\n")
