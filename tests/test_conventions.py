"""Each convention of ../shared/spec/minutes-conventions.md, on small documents written for
these tests (invented bodies and people, not copies of the seeds)."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from kgraph.extract import extract_text


def decisions(record):
    return [(it.number, d.kind, d.text) for it in record.items for d in it.decisions]


def action_owners(record):
    return [(it.number, [o.name for o in a.owners], a.explicit) for it in record.items for a in it.actions]


# --------------------------------------------------------------------------- header forms

def test_header_weekday_date_dash_time():
    r = extract_text("Surrey Community Safety Board\n\nTuesday 14 March 2023 – 2.00pm\n\n"
                     "Venue: Council Chamber, Woodhatch Place, Reigate\n\n1. Welcome\n\nThe Chair opened the meeting.\n")
    assert r.header.body == "Surrey Community Safety Board"
    assert r.header.date == dt.date(2023, 3, 14)
    assert r.header.start_time == dt.time(14, 0)
    assert r.header.venue == "Council Chamber, Woodhatch Place, Reigate"


def test_header_numeric_date_and_24h_time():
    r = extract_text("Medway Safer Communities Partnership\nDate: 14/03/2023\nTime: 14:00\nPlace: MS Teams virtual meeting\n\n"
                     "1. Apologies\n\nNone received.\n")
    assert r.header.date == dt.date(2023, 3, 14)
    assert r.header.start_time == dt.time(14, 0)
    assert r.header.venue == "MS Teams virtual meeting"
    assert r.header.body == "Medway Safer Communities Partnership"


def test_header_date_only_in_title_line():
    r = extract_text("Minutes of the meeting of the Police and Crime Panel held on 5 June 2008 at 10.00 am "
                     "in the Oak Room, Civic Centre.\n\n1. Minutes\n\nThe minutes were approved.\n")
    assert r.header.body == "Police and Crime Panel"
    assert r.header.date == dt.date(2008, 6, 5)
    assert r.header.start_time == dt.time(10, 0)
    assert r.header.venue == "Oak Room, Civic Centre"


def test_header_virtual_venue_line_and_parent_council():
    r = extract_text("# EXAMPLESHIRE COUNTY COUNCIL\n\n## EXAMPLESHIRE SAFER COMMUNITIES BOARD\n\n"
                     "MS Teams virtual meeting\n\nThursday, 2nd February, 2023\n\n1. Apologies\n\nNone.\n")
    assert r.header.body == "Exampleshire Safer Communities Board"
    assert r.header.parent_body == "Exampleshire County Council"
    assert r.header.venue == "MS Teams virtual meeting"
    assert r.header.date == dt.date(2023, 2, 2)
    assert r.layout != "moderngov"


def test_moderngov_draft_header_and_contact_officer():
    doc = ("Agenda and draft minutes\n\nRiverside Community Safety Partnership - Monday, 3rd April, 2023 6.30 pm\n\n"
           "Venue: Online\n\nContact: Jo Example  01234 567890 Email: jo@example.org\n\nItems\nNo. Item\n\n"
           "12.\n\nBudget Monitoring pdf icon PDF 120 KB\n\nMinutes:\n\n1.    The report was introduced.\n\n"
           "RESOLVED that the report be noted.\n")
    r = extract_text(doc)
    assert r.layout == "moderngov"
    assert r.header.draft is True
    assert r.header.contact == "Jo Example"
    assert r.header.start_time == dt.time(18, 30)
    assert [(i.number, i.title) for i in r.items] == [("12", "Budget Monitoring")]
    assert all(a.name != "Jo Example" for a in r.attendance)
    assert decisions(r) == [("12", "noted", "the report be noted.")]


# --------------------------------------------------------------------------- attendance forms

def test_attendance_comma_paragraph_with_final_and_roles_and_slashes():
    doc = ("MINUTES of a meeting of the Dale Safety Forum held at Dale Hall on Friday, 1 March 2019.\n\n"
           "PRESENT: Cllr Ann Lee (Chairman), Dr Raj Patel (NHS/DCC), Chief Inspector Tom Hart (Dale Police), "
           "Sue Park (Vice-Chair) and Bob Mills (Dale BC/CSP).\n\n1. Apologies\n\nNone.\n")
    r = extract_text(doc)
    got = {a.name: (a.organisations, a.role, a.list_kind) for a in r.attendance}
    assert got == {
        "Cllr Ann Lee": ([], "Chairman", "present"),
        "Dr Raj Patel": (["NHS", "DCC"], None, "present"),
        "Chief Inspector Tom Hart": (["Dale Police"], None, "present"),
        "Sue Park": ([], "Vice-Chair", "present"),
        "Bob Mills": (["Dale BC", "Dale CSP"], None, "present"),
    }


def test_attendance_role_and_organisation_in_one_parenthesis():
    r = extract_text("PRESENT: Pat Quinn (Borough Cabinet Member and Chairman of the Partnership), "
                     "Lee Ford (Head of Community Safety, Northtown BC)\n\n1. Apologies\n\nNone.\n")
    pat, lee = r.attendance
    assert (pat.name, pat.role) == ("Pat Quinn", "Chairman")
    assert pat.as_written == "Borough Cabinet Member and Chairman of the Partnership"
    assert (lee.organisations, lee.role) == (["Northtown BC"], "Head of Community Safety")


def test_attendance_one_per_line_and_separate_lists():
    doc = ("Northtown Community Safety Partnership\n\n12 January 2022\n\nPresent:\n"
           "Councillor Mary Stone (Chair)\nSuperintendent Carl Webb – Northtown Police\nDCI Ruth Ames (Northtown Police)\n\n"
           "Also present: Gary Nolan (Fire Service)\n\nIn attendance: Priya Shah (Clerk)\n\n"
           "Officers: Leo Grant (Northtown BC)\n\nApologies: Helen Ward (Probation), Sam Ho (NHS)\n\n"
           "Absent: Ian Bell\n\n1. Minutes of the last meeting\n\nThe minutes were agreed as a true record.\n")
    r = extract_text(doc)
    kinds = {a.name: a.list_kind for a in r.attendance}
    assert kinds == {"Councillor Mary Stone": "present", "Superintendent Carl Webb": "present",
                     "DCI Ruth Ames": "present", "Gary Nolan": "also_present", "Priya Shah": "in_attendance",
                     "Leo Grant": "officers", "Helen Ward": "apologies", "Sam Ho": "apologies", "Ian Bell": "absent"}
    webb = next(a for a in r.attendance if a.name.endswith("Webb"))
    assert webb.organisations == ["Northtown Police"]
    stone = r.attendance[0]
    assert stone.role == "Chair"


def test_attendance_initials_resolve_action_owners():
    doc = ("Westvale CSP meeting\n\n9 May 2021\n\nPresent:\nAB Alice Brown (Dover DC)\nCD Colin Dyer (Kent Police)\n\n"
           "1. Anti-social behaviour\n\nThe hotspot data was discussed.\n\nACTION: AB to circulate the data by 30 June 2021.\n\n"
           "ACTION: XY to check the figures.\n")
    r = extract_text(doc)
    assert [(a.initials, a.name) for a in r.attendance] == [("AB", "Alice Brown"), ("CD", "Colin Dyer")]
    acts = r.items[0].actions
    assert [(o.name, o.kind) for o in acts[0].owners] == [("Alice Brown", "person")]
    assert r.source.text[acts[0].owners[0].span.start:acts[0].owners[0].span.end] == "AB"
    assert acts[0].due == dt.date(2021, 6, 30)
    assert [(o.name, o.kind) for o in acts[1].owners] == [("XY", "initials")]


# --------------------------------------------------------------------------- numbering

def test_numbering_forms_minute_numbers_letters_and_codes():
    doc = ("MINUTES of a meeting of the Vale Partnership held on 4 April 2022.\n\n"
           "29. Apologies (Item A1)\n\nNone.\n\n30. Budget\n\nText.\n\n30a Budget annex\n\nMore.\n\n"
           "## **31. Date of next meeting**\n\n*(Item C6)*\n\nTo be confirmed.\n")
    r = extract_text(doc)
    assert [(i.number, i.code, i.title) for i in r.items] == [
        ("29", "A1", "Apologies"), ("30", None, "Budget"), ("30a", None, "Budget annex"),
        ("31", "C6", "Date of next meeting")]
    for item in r.items:
        assert r.source.text[item.title_span.start:item.title_span.end] == item.title


def test_numbering_simple_agenda_with_numbered_resolutions_inside():
    doc = ("Hill District Community Safety Partnership\n\nMinutes of the meeting held on Monday 6 March 2023\n\n"
           "1. Welcome and introductions\n\nThe Chair welcomed members.\n\n2. Strategic assessment\n\n"
           "The analyst presented the assessment.\n\nRESOLVED that:\n\n1. the assessment be noted;\n"
           "2. the priorities be approved.\n\n3. Any other business\n\nNone.\n")
    r = extract_text(doc)
    assert [i.number for i in r.items] == ["1", "2", "3"]
    assert decisions(r) == [("2", "noted", "the assessment be noted"), ("2", "approved", "the priorities be approved.")]
    assert r.header.date == dt.date(2023, 3, 6)


# --------------------------------------------------------------------------- resolution forms

def _one_item(body: str, title: str = "Strategy update") -> str:
    return f"MINUTES of a meeting of the Test Partnership held on 1 June 2020.\n\n5. {title}\n\n{body}\n"


@pytest.mark.parametrize("body, expected", [
    ("RESOLVED that the strategy be approved.", [("approved", "the strategy be approved.")]),
    ("(1) Discussion followed.\n\n(2) Resolved that\n\n(i) the plan be noted\n\n(ii) a review should take place",
     [("noted", "the plan be noted"), ("resolved", "a review should take place")]),
    # "endorse" is none of agreed / noted / approved (gold README, rule 7): the RESOLVED formula's kind
    ("Following debate, it was RESOLVED that the Board endorse the plan.", [("resolved", "the Board endorse the plan.")]),
    ("RESOLVED that the Partnership:\n\n1. Noted the report.\n\n2. Agreed the action plan.",
     [("noted", "Noted the report."), ("agreed", "Agreed the action plan.")]),
    ("The Partnership agreed to fund the pilot.", [("agreed", "The Partnership agreed to fund the pilot.")]),
    ("Agreed.", [("agreed", "Agreed.")]),
    ("Agreed by unanimous vote", [("agreed", "Agreed by unanimous vote")]),
    ("The report was noted.", [("noted", "The report was noted.")]),
    ("Approved", [("approved", "Approved")]),
    ("RESOLVED that (a) the report be noted; and (b) the budget be approved.",
     [("noted", "the report be noted"), ("approved", "the budget be approved.")]),
    ("RESOLVED that the Committee:\n\na) noted the update\n\nb) approved the grant",
     [("noted", "noted the update"), ("approved", "approved the grant")]),
    ("The Partnership agreed the recommendations as follows:\n\n- to adopt the plan\n- to set up a group\n",
     [("agreed", "to adopt the plan"), ("agreed", "to set up a group")]),
    ("The Board:\n\n(i) noted the figures; and\n\n(ii) agreed to write to the minister",
     [("noted", "noted the figures"), ("agreed", "agreed to write to the minister")]),
])
def test_resolution_forms(body, expected):
    r = extract_text(_one_item(body))
    assert [(k, t) for _, k, t in decisions(r)] == expected
    for item in r.items:
        for d in item.decisions:
            assert r.source.text[d.span.start:d.span.end] == d.text


@pytest.mark.parametrize("body", [
    "It was noted that the figures had improved.",
    "It was agreed that officers would look again at the data.",
    "(1) The Partnership noted that funding was uncertain.",
    "Partnership members agreed that the plan was ambitious.",
    "This report outlined:\n\n- the current position\n- future risks",
])
def test_narrative_is_not_a_decision(body):
    assert decisions(extract_text(_one_item(body))) == []


def test_narrative_agreement_restated_by_resolution_counts_once():
    body = ("(1) The Partnership agreed the recommendations in the report.\n\n(2) Resolved that\n\n"
            "(i) the protocol be approved\n\n(ii) the group continue to meet")
    assert [t for _, _, t in decisions(extract_text(_one_item(body)))] == ["the protocol be approved",
                                                                           "the group continue to meet"]


def test_bare_noted_under_apologies_and_none_under_declarations_are_not_decisions():
    doc = ("MINUTES of a meeting of the Test Partnership held on 1 June 2020.\n\n1. Apologies\n\nNoted\n\n"
           "2. Declarations of Interest\n\nNone\n\n3. Minutes of the previous meeting\n\n"
           "The minutes of the meeting held on 2 March 2020 were agreed as a true record and signed.\n")
    r = extract_text(doc)
    assert decisions(r) == [("3", "agreed", "The minutes of the meeting held on 2 March 2020 were agreed as a true "
                                            "record and signed.")]
    assert [(m.date, m.relation) for m in r.meeting_refs] == [(dt.date(2020, 3, 2), "previous")]


def test_only_outcome_agreement_is_a_decision():
    body = "(1) The Chair proposed a task group.\n\n(2) The Partnership was in agreement with this proposal."
    assert decisions(extract_text(_one_item(body))) == [
        ("5", "agreed", "The Partnership was in agreement with this proposal.")]


# --------------------------------------------------------------------------- action forms

def test_action_line_with_slash_owners_takes_preceding_paragraph():
    body = "(1) Officers will draft a new protocol for consultation.\n\n**Action:** Jane Roe/ Omar Khan"
    r = extract_text(_one_item(body))
    (action,) = r.items[0].actions
    assert [o.name for o in action.owners] == ["Jane Roe", "Omar Khan"]
    assert action.text == "Officers will draft a new protocol for consultation."
    assert action.explicit is True
    assert [r.source.text[o.span.start:o.span.end] for o in action.owners] == ["Jane Roe", "Omar Khan"]


def test_action_without_owner_and_organisation_and_role_owners():
    body = ("The data was reviewed.\n\nACTION: To include the data in the next report.\n\n"
            "Action: Kent Police\n\nAction – the Chair to write to the Home Office")
    r = extract_text(_one_item(body))
    acts = r.items[0].actions
    assert acts[0].owners == [] and acts[0].text == "To include the data in the next report."
    assert [(o.name, o.kind) for o in acts[1].owners] == [("Kent Police", "organisation")]
    assert [(o.name, o.kind) for o in acts[2].owners] == [("the Chair", "role")]


def test_prose_follow_ups_become_implicit_actions():
    doc = ("MINUTES of a meeting of the Test Partnership held on 1 June 2020.\n\nPRESENT: Dana White (Council), "
           "Eli Stone (Police)\n\n4. AOB\n\n(1) Dana White offered to bring a report to the next meeting.\n\n"
           "(2) Mr Stone agreed to update the Partnership annually.\n\n(3) Eli Stone said he would contact the school."
           "\n\n**Action:** Eli Stone\n\n(4) The Partnership agreed to keep this under review.\n\n"
           "(5) Proposed dates will be circulated in due course.\n")
    r = extract_text(doc)
    assert action_owners(r) == [("4", ["Eli Stone"], True), ("4", ["Dana White"], False), ("4", ["Mr Stone"], False)]
    implicit = [a for a in r.items[0].actions if not a.explicit]
    assert implicit[0].text == "Dana White offered to bring a report to the next meeting."


# --------------------------------------------------------------------------- references

def test_next_meeting_dates_and_events_that_are_not_meetings():
    doc = ("MINUTES of a meeting of the Test Partnership held on 1 June 2020.\n\n"
           "6. Updates\n\nA conference was held on 3 May 2020. The next session is on 9 July 2020. "
           "Funding ends in November 2020. At its meeting held on 2 March 2020 the Partnership agreed a plan.\n\n"
           "7. Date of next meeting\n\n- 1 September 2020\n- 3 December 2020\n")
    r = extract_text(doc)
    assert sorted((m.date, m.relation) for m in r.meeting_refs) == [
        (dt.date(2020, 3, 2), "previous"), (dt.date(2020, 9, 1), "next"), (dt.date(2020, 12, 3), "next")]
    for m in r.meeting_refs:
        assert r.source.text[m.span.start:m.span.end].endswith("2020")


def test_next_meeting_line_in_generic_document():
    r = extract_text("Notes – Riverside residents safety group\n12/05/2021\n\nWe talked about lighting.\n\n"
                     "Next meeting: 14 July 2021\n")
    assert [(m.date, m.relation) for m in r.meeting_refs] == [(dt.date(2021, 7, 14), "next")]


# --------------------------------------------------------------------------- unknown layouts and garbage

def test_unknown_layout_gets_generic_reading_with_warning():
    doc = ("Residents' safety get-together\n\n20 October 2021\n\nWe discussed street lighting and parking.\n\n"
           "Agreed: the group will write to the council about lighting.\n")
    r = extract_text(doc)
    assert r.layout == "generic"
    assert any("generic" in w for w in r.warnings)
    assert r.header.date == dt.date(2021, 10, 20)
    assert [d.kind for it in r.items for d in it.decisions] == ["agreed"]


def test_missing_date_is_a_warning_not_a_crash():
    r = extract_text("Some notes about a meeting.\n\n1. Item one\n\nRESOLVED that nothing be done.\n")
    assert r.header.date is None
    assert any("date" in w for w in r.warnings)


@pytest.mark.parametrize("text", ["", " \n\n ", "\x00\x01binary", "((((((((", "1.\n2.\n3.", "RESOLVED that",
                                  "Action:", "PRESENT:", "**Action:** /", "# \n## **\n"])
def test_degenerate_inputs_do_not_raise(text):
    extract_text(text)


def test_random_unicode_does_not_raise():
    rng = random.Random(1234)
    alphabet = "abcXYZ019 .,:;()/-–*#\n\t£€ü中😀RESOLVED Action PRESENT"
    for _ in range(200):
        extract_text("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400))))
