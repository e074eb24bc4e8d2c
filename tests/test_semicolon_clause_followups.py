"""A scrutiny committee's questions and answers in one sentence: "Councillor A asked for …; the Inspector
responded that … and undertook to provide …". The follow-up is the answering clause's subject's, the
attendee listed under that rank, not the councillor who asked. Invented minutes."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = ("MINUTES OF THE MEETING OF THE COMMUNITY SCRUTINY COMMITTEE, HELD ON MONDAY, 4TH MARCH, 2024 AT 7.00 PM\n"
        "IN THE COUNCIL CHAMBER, TOWN HALL, FELLSIDE\n\n"
        "Present:        Councillors Brook (Chairman), Dent and Moss\n\n"
        "In Attendance:  Inspector Jo Fell (District Commander, Lakeside Police) and Sam Lund (Community\n"
        "                Safety Manager)\n\n"
        "1.    POLICING UPDATE\n\n")


def _owners(body: str):
    return [[o.name for o in a.owners] for it in extract_text(HEAD + body).items for a in it.actions]


def test_the_answering_clause_after_a_semicolon_names_the_owner_by_rank():
    body = ("Councillor Dent asked for the burglary figures to be broken down by ward; the Inspector\n"
            "responded that she did not have them to hand and undertook to provide them within 21 days.\n")
    assert _owners(body) == [["Inspector Jo Fell"]]


def test_without_a_semicolon_the_sentence_subject_still_owns_the_follow_up():
    body = "Sam Lund reported on the wardens and undertook to circulate the rota.\n"
    assert _owners(body) == [["Sam Lund"]]


def test_a_clause_subject_no_attendee_holds_gives_no_owner():
    body = ("Councillor Dent asked about the rota; the Sergeant responded that it was under review and\n"
            "undertook to report back.\n")
    assert _owners(body) == []
