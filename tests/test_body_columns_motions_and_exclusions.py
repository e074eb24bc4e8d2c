"""Members' tables headed by bodies, organisation cells naming a body and its unit, a body's short name
for its earlier minutes, motions that are not their outcome, "Outcome:" over two outcomes, and the
public excluded beside an item's own resolutions. Invented minutes; each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = ("Lakeby District Council and Fellside Borough Council\n\n"
        "JOINT LICENSING AND COMMUNITY SAFETY COMMITTEE\n\n"
        "Minutes of the meeting held on Wednesday 6 March 2024 at 6.30 pm in the Council Chamber, Lakeby\n\n")


def test_a_members_table_headed_by_bodies_gives_each_member_the_body_of_their_column():
    text = HEAD + ("Members present:\n\n"
                   "Lakeby District Council\tFellside Borough Council\n"
                   "Councillor Ann Pike (Chair)\tCouncillor Tom Hale (Vice-Chair)\n"
                   "Councillor Joe Marsh\tCouncillor Ruth Dale\n"
                   "Councillor Ben Ash\n\n"
                   "1. Minutes\n\nRESOLVED: that the minutes be approved.\n")
    seen = {(e.name, tuple(e.organisations)) for e in extract_text(text).attendance}
    assert seen == {("Councillor Ann Pike", ("Lakeby District Council",)),
                    ("Councillor Joe Marsh", ("Lakeby District Council",)),
                    ("Councillor Ben Ash", ("Lakeby District Council",)),
                    ("Councillor Tom Hale", ("Fellside Borough Council",)),
                    ("Councillor Ruth Dale", ("Fellside Borough Council",))}


def test_an_organisation_cell_naming_a_body_and_its_unit_is_two_bodies():
    text = HEAD + ("Attendance\n\n| Name | Organisation | Role |\n| --- | --- | --- |\n"
                   "| Det Supt Jo Vale | Lakeshire Police, Lakeby Basic Command Unit | Head of Safeguarding |\n"
                   "| Sam Orr | Victim Support | Area Manager, Fellside |\n"
                   "| Kim Roe | NHS Lakeby, Fellside and Moor Integrated Care Board | Designated Nurse |\n\n"
                   "1. Minutes\n\nRESOLVED: that the minutes be approved.\n")
    seen = {e.name: (e.organisations, e.role) for e in extract_text(text).attendance}
    assert seen["Det Supt Jo Vale"] == (["Lakeshire Police", "Lakeby Basic Command Unit"], "Head of Safeguarding")
    # a body's column beside a role's column holds a body, whatever its last word ("Support")
    assert seen["Sam Orr"] == (["Victim Support"], "Area Manager, Fellside")
    assert seen["Kim Roe"][0] == ["NHS Lakeby, Fellside and Moor Integrated Care Board"]


def test_minutes_of_the_body_named_short_are_its_previous_meeting_and_the_motion_is_no_decision():
    text = HEAD + ("1. Minutes\n\nIt was moved by Councillor Pike and seconded by Councillor Hale that the minutes "
                   "of the meeting of the Joint Committee held on 10 January 2024 be approved.\n\n"
                   "Upon being put to the vote: For: 9, Against: 0, Abstentions: 0.\n\n"
                   "RESOLVED: that the minutes of the meeting of the Joint Committee held on 10 January 2024 be "
                   "approved as a correct record.\n")
    record = extract_text(text)
    assert [(r.relation, r.date.isoformat()) for r in record.meeting_refs] == [("previous", "2024-01-10")]
    decisions = [d.text for it in record.items for d in it.decisions]
    assert len(decisions) == 1 and decisions[0].startswith("the minutes of the meeting of the Joint Committee")


def test_a_motion_seconded_and_agreed_is_still_a_decision():
    text = HEAD + ("1. Minutes\n\nIt was proposed by Councillor Pike, seconded by Councillor Hale and agreed that "
                   "the minutes of the meeting held on 10 January 2024 be approved.\n")
    assert len([d for it in extract_text(text).items for d in it.decisions]) == 1


def test_an_outcome_label_with_its_colon_over_two_outcomes_is_two_decisions():
    text = HEAD + ("1. Serious violence\n\nDiscussion:\nThe officer gave an update.\n\nOutcome:\n"
                   "The group noted the update. It was agreed that serious violence would be a standing item.\n")
    assert [(d.kind, d.text) for it in extract_text(text).items for d in it.decisions] == [
        ("noted", "The group noted the update."),
        ("agreed", "It was agreed that serious violence would be a standing item.")]


def test_the_public_excluded_under_an_unnumbered_heading_is_a_decision_beside_the_items_own():
    text = HEAD + ("1. Business plan\n\nDecision\n\nThe Committee agreed:-\n\n(i) to note the business plan; and\n\n"
                   "(ii) to hold the next meeting on 5 June 2024.\n\nEXCLUSION OF PUBLIC\n\n"
                   "The Committee agreed that, under Section 100A(4) of the Local Government Act 1972, the public "
                   "be excluded from the meeting for the following item of business.\n\n"
                   "2. Depot lease\n\nRESOLVED: that the lease be renewed.\n")
    first = extract_text(text).items[0]
    assert len(first.decisions) == 3
    assert first.decisions[-1].text.startswith("The Committee agreed that, under Section 100A(4)")
