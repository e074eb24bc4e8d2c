"""A partnership board's minutes as a PDF's text: actions written as "Who: / What: / By when:" blocks
(owners split on "/", a page break may fall inside a block, "All Board members" names no one),
numbered "That the Board …" recommendations whose outcome word wraps onto a line of its own or whose
list a page break splits, and motions "proposed by …, seconded by … and agreed". Invented minutes."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

HEAD = ("Lakeside County Council\nLAKESIDE DOMESTIC ABUSE PARTNERSHIP BOARD\n\nMINUTES\n\n"
        "Date: Tuesday 9 April 2024\nTime: 14:00\nVenue: Shire Hall, Lakeside\n\nMembers present:\n"
        "Ann Brook – Head of Community Safety, Lakeside County Council (Chair)\n"
        "Carl Dent – Inspector, Lakeside Police\n"
        "Dee Moss – Service Manager, Brightpath\n"
        "Eve Lund – Housing Manager, Lakeby District Council\n\n")

# a page's number, the form feed and the next page's running header, as a PDF's text gives them
RUNNING_HEADER = "Lakeside Domestic Abuse Partnership Board – 9 April 2024            OFFICIAL"
FOOTER = "\n\n                                            Page 1 of 3\n\f\n" + RUNNING_HEADER + "\n\n"
LAST_PAGE = "\n\n                                            Page 3 of 3\n\f\n" + RUNNING_HEADER + "\n\n"


def _actions(text: str):
    return [(it.number, [(o.name, o.kind) for o in a.owners], a.text, a.due)
            for it in extract_text(text).items for a in it.actions]


def test_who_what_by_when_blocks_are_explicit_actions_with_slash_owners():
    text = HEAD + ("1. Refuge provision\n\nDee Moss reported on refuge occupancy. Eve Lund agreed to look at\n"
                   "move-on housing before the next meeting.\n\n"
                   "Who: Eve Lund / Dee Moss\nWhat: Map move-on housing options across the\ndistricts\n"
                   "By when: 31 May 2024\n\n"
                   "2. Police update\n\nCarl Dent presented the figures.\n\n"
                   "Who: Carl Dent\nWhat: Share the quarterly arrest figures\nBy when: 30 June 2024\n")
    assert _actions(text) == [
        ("1", [("Eve Lund", "person"), ("Dee Moss", "person")],
         "Map move-on housing options across the\ndistricts", dt.date(2024, 5, 31)),
        ("2", [("Carl Dent", "person")], "Share the quarterly arrest figures", dt.date(2024, 6, 30))]


def test_a_page_break_inside_a_block_and_everyone_as_owner():
    text = HEAD + ("1. Survivor feedback\n\nDee Moss gave feedback from the survivors' group.\n\n"
                   "Who: Ann Brook / Dee Moss" + FOOTER +
                   "What: Draft an engagement plan\nBy when: 15 May 2024\n\n"
                   "Who: All Board members\nWhat: Send comments on the plan to Ann Brook\nBy when: 1 May 2024\n"
                   + LAST_PAGE + "2. Any other business\n\nNone.\n")
    got = _actions(text)
    assert got[0] == ("1", [("Ann Brook", "person"), ("Dee Moss", "person")], "Draft an engagement plan",
                      dt.date(2024, 5, 15))
    assert got[1][1] == []          # everyone at the table: no one named


def test_a_who_line_without_a_what_line_is_no_action():
    text = HEAD + ("1. Training\n\nWho: Carl Dent\nThe training was well attended.\n")
    assert _actions(text) == []


def _decisions(text: str):
    return [(it.number, d.text[:30]) for it in extract_text(text).items for d in it.decisions]


def test_a_wrapped_outcome_word_and_a_page_break_do_not_end_a_list_of_recommendations():
    text = HEAD + ("3. Minutes and action log\n\nThe action log was reviewed.\n\nRecommendations:\n"
                   "1. That the minutes of the meeting held on 9 January 2024 be approved as a correct record.\n"
                   + FOOTER + "APPROVED\n2. That the Board note the action log. NOTED\n\n"
                   "4. Strategy refresh\n\nAnn Brook presented the timetable.\n\nRecommendations:\n"
                   "1. That the Board approve the timetable for the refresh of the strategy.\nAPPROVED\n"
                   "2. That the Board note the risk to the timetable. NOTED\n" + LAST_PAGE + "5. Close\n\nNone.\n")
    assert _decisions(text) == [
        ("3", "That the minutes of the meetin"), ("3", "That the Board note the action"),
        ("4", "That the Board approve the tim"), ("4", "That the Board note the risk t")]


def test_a_motion_proposed_seconded_and_agreed_in_plain_words_is_a_decision():
    text = HEAD + ("1. Small grants\n\nDee Moss presented the panel's recommendations.\n\n"
                   "It was proposed by Councillor Brook, seconded by Mr Dent and agreed that the nine grants "
                   "recommended by the panel be approved.\n\n"
                   "2. Budget\n\nIt was proposed by Ms Lund, seconded by Councillor Brook and agreed to move "
                   "£2,000 to the sanctuary scheme.\n\n"
                   "3. Other business\n\nIt was proposed by Ms Lund that the meeting be held online.\n")
    got = [(it.number, d.kind, d.text[:30]) for it in extract_text(text).items for d in it.decisions]
    assert got == [("1", "agreed", "It was proposed by Councillor "), ("2", "agreed", "It was proposed by Ms Lund, se")]
