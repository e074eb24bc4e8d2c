"""Layouts of panel and committee minutes: an attendance list "INITIALS  Name  Post, Body" whose columns
are only two spaces apart; a case tracker pasted from a spreadsheet as a bare pipe table
("Ref | Issue | Agreed actions | Owner | Review date") whose rows wrap over several lines; a
members' list of one titled name a line closed by a line of the rest run together with commas; a
bilingual "Welsh / Present:" label; and bodies: a header naming two at once ("PANEL / GROUP"), a
diocese, a town's magistrates, a company named after listed areas with its two-word acronym."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import owners

PANEL = """LAKESIDE SAFER COMMUNITIES
ASB CASE REVIEW PANEL

Minutes – Wednesday 11 September 2024, 14:00-16:00
Venue: Room 3, Fell House, Lakeside

Attendance:
AB  Alice Brook        Community Safety Manager, Lakeside Borough Council (LBC) - Chair
CD  Sgt Carl Dent      Lakes Police, Lakeside Neighbourhood Team
EF  Emma Fairweather  Housing Officer, Fellside Homes
GH  Gary Holt          Environmental Health, LBC

1. Welcome and apologies

AB welcomed members.

2. Case reviews

Ref | Location | Issue | Agencies | Discussion | Agreed actions | Owner | Review date
CR24-01 | Fellside – [address redacted] | Loud music and shouting from a flat above the shop; | Police,
Housing | Panel agreed the case review was justified and that the agencies should act together. Calls had
been logged apart. | Noise monitoring for 4 weeks; joint visit within 10 days | EF
/ CD | 09/10/2024

CR24-02 | Lakeby – High Street | Street drinking outside a shop | Police, LBC | Panel agreed to keep
the case open. | Outreach patrols on Fri/Sat; feed back to the applicant | CD / GH |
Closed

3. Date of next meeting

Wednesday 9 October 2024.
"""


def test_initials_list_with_two_space_columns_gives_one_attendee_a_row():
    record = extract_text(PANEL)
    assert [(a.name, a.initials) for a in record.attendance] == [
        ("Alice Brook", "AB"), ("Sgt Carl Dent", "CD"), ("Emma Fairweather", "EF"), ("Gary Holt", "GH")]
    assert "Fellside Homes" in record.attendance[2].organisations


def test_narrow_columns_are_read_only_when_the_initials_are_the_names():
    # "KCC  Ann Webb  …": a body's acronym before a member is no initials column
    doc = PANEL.replace("EF  Emma Fairweather", "LBC  Emma Fairweather")
    assert "LBC" not in [a.initials for a in extract_text(doc).attendance]


def test_wrapped_rows_of_a_bare_pipe_table_give_one_action_a_row():
    got = owners(extract_text(PANEL))
    assert got == [("2", ["Emma Fairweather", "Sgt Carl Dent"], True), ("2", ["Sgt Carl Dent", "Gary Holt"], True)]


def test_a_wrapped_row_keeps_its_whole_task_cell():
    record = extract_text(PANEL)
    tasks = [" ".join(a.text.split()) for it in record.items for a in it.actions]
    assert tasks[1] == "Outreach patrols on Fri/Sat; feed back to the applicant"


def test_a_table_with_edge_bars_stays_a_row_a_line():
    # "| a | b |" rows are one a line: a short row is not joined with the next
    doc = PANEL.replace("Ref | Location | Issue | Agencies | Discussion | Agreed actions | Owner | Review date",
                        "| Ref | Location | Issue | Agencies | Discussion | Agreed actions | Owner | Review date |")
    assert owners(extract_text(doc)) == []


COMMITTEE = """LAKESIDE DISTRICT COUNCIL

MINUTES OF THE MEETING OF THE COMMUNITY SAFETY SCRUTINY COMMITTEE HELD IN THE
COUNCIL CHAMBER ON MONDAY 9TH MARCH 2020 COMMENCING AT 6.00 P.M.

Councillors present:
Cllr A. Webb (Chairman)
Cllr B. Hale (Vice-Chairman)
Cllr C. Dunn, Cllr D. Frost, Cllr E. Gale, Cllr J. Moss, Cllr K. Nye

Officers present:
F. Hart (Director), G. Lowe (Democratic Services Officer)

LS.12    APOLOGIES FOR ABSENCE

Apologies were received from Cllr H. Ince.
"""


def test_a_line_of_titled_members_a_comma_apart_gives_each_member():
    names = [a.name for a in extract_text(COMMITTEE).attendance if a.list_kind != "apologies"]
    assert names == ["Cllr A. Webb", "Cllr B. Hale", "Cllr C. Dunn", "Cllr D. Frost", "Cllr E. Gale",
                     "Cllr J. Moss", "Cllr K. Nye", "F. Hart", "G. Lowe"]


def test_a_comma_after_a_titled_name_still_opens_the_post():
    doc = COMMITTEE.replace("Cllr C. Dunn, Cllr D. Frost, Cllr E. Gale, Cllr J. Moss, Cllr K. Nye",
                            "Cllr C. Dunn, Cabinet Member for Communities")
    entry = next(a for a in extract_text(doc).attendance if a.name == "Cllr C. Dunn")
    assert "Cabinet Member" in (entry.role or "")


BILINGUAL = """CYNGOR BWRDEISTREF LAKESIDE
LAKESIDE BOROUGH COUNCIL

Cofnodion / Minutes

Dyddiad / Date:    Dydd Mawrth, 8 Mawrth 2016 / Tuesday, 8 March 2016

Presennol / Present:

Cllr Anna Bell (Chair)                 — Lakeside Borough Council
Inspector Jo Small                     — Lakes Police

Ymddiheuriadau / Apologies:

Cllr Ed Price (LBC)

1. Croeso / Welcome

The Chair welcomed everyone.
"""


def test_welsh_present_label_opens_the_members_list():
    present = [a.name for a in extract_text(BILINGUAL).attendance if a.list_kind == "present"]
    assert present == ["Cllr Anna Bell", "Inspector Jo Small"]


def _organisation_texts(doc: str) -> set[str]:
    from kgraph.pipeline import find_mentions
    return {" ".join(m.text.split()) for m in find_mentions(extract_text(doc)).organisations}


def test_a_header_naming_two_bodies_apart_by_a_slash_names_each():
    doc = PANEL.replace("ASB CASE REVIEW PANEL", "ASB CASE REVIEW PANEL / ASB PROBLEM-SOLVING GROUP")
    orgs = _organisation_texts(doc)
    assert {"ASB CASE REVIEW PANEL", "ASB PROBLEM-SOLVING GROUP"} <= orgs


def test_a_diocese_named_after_its_see_is_a_body():
    doc = COMMITTEE.replace("Apologies were received from Cllr H. Ince.",
                            "Apologies were received from Cllr H. Ince.\n\nLS.13    HERITAGE CRIME\n\n"
                            "Officers raised the lead thefts with the churchwardens and the Diocese of Lakeby.")
    assert "Diocese of Lakeby" in _organisation_texts(doc)


AREAS = COMMITTEE.replace("Apologies were received from Cllr H. Ince.",
                          "Apologies were received from Cllr H. Ince.\n\nLS.13    PARTNERSHIP REPORT\n\n"
                          "The partnership brought together the Council, the\nLakeshire, Fellshire, Dale and "
                          "Moorland Community Rehabilitation Company (LFDM CRC) and the police.")


def test_a_body_named_after_listed_areas_takes_the_whole_list():
    assert "Lakeshire, Fellshire, Dale and Moorland Community Rehabilitation Company" in _organisation_texts(AREAS)


def test_a_known_acronym_closing_a_bracketed_acronym_is_not_that_known_body():
    from kgraph.pipeline import find_mentions
    keys = {m.key for m in find_mentions(extract_text(AREAS)).organisations}
    assert "kent-surrey-and-sussex-community-rehabilitation-company" not in keys


def test_a_towns_magistrates_are_a_body():
    doc = PANEL.replace("Panel agreed to keep\nthe case open.", "Lakeby Magistrates granted a closure order. Panel agreed to keep\nthe case open.")
    orgs = _organisation_texts(doc)
    assert "Lakeby Magistrates" in orgs
    assert "Magistrates" not in orgs


def test_a_name_and_post_before_place_and_place_are_no_listed_areas():
    doc = AREAS.replace("the\nLakeshire, Fellshire, Dale and Moorland Community Rehabilitation Company (LFDM CRC)",
                        "Jo Ray, Director, Dale and Moorland Community Rehabilitation Company")
    orgs = _organisation_texts(doc)
    assert "Dale and Moorland Community Rehabilitation Company" in orgs
    assert not any(o.startswith(("Ray,", "Director,")) for o in orgs)
