"""A town council committee's minutes numbered with a one-letter prefix ("C/24/031  APOLOGIES"), its
resolutions after a proposer and seconder; a closing list of actions numbered by year, each naming
its item in brackets with its owner on the line below; an attendance grid of ticks and crosses with a
table of guests "in attendance for specific items"; a typescript that types "l" for one and "0" for
the letter O. All invented."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text
from kgraph.read import repair_typed_digits

TOWN = """LAKEBY TOWN COUNCIL

Minutes of the meeting of the PUBLIC SPACES COMMITTEE held in the Council Chamber, Town Hall,
Lakeby on Tuesday 5th March 2024 at 7.00pm

Present:        Cllr A Moss (Chairman)
                Cllr B Vale
                Cllr C Reed

In attendance:  Mrs D Hale (Town Clerk)

P/24/011  APOLOGIES FOR ABSENCE

Apologies were received from Cllr E Dent.

P/24/012  POLICE REPORT

PC Fay Lund presented the report of the neighbourhood team.

Members thanked PC Lund for her report, which was noted.

P/24/013  GRANT APPLICATIONS

Proposed by Cllr Vale, seconded by Cllr Reed, and RESOLVED (unanimously of those
voting) that both applications be approved in full.

P/24/014  DRAFT BUDGET

Proposed by Cllr Moss, seconded by Cllr Vale, and RESOLVED (unanimously) to recommend
the draft budget to the Finance Committee.
"""


def test_a_one_letter_prefix_numbers_the_minutes():
    items = extract_text(TOWN).items
    assert [(i.number, i.title) for i in items] == [
        ("P/24/011", "APOLOGIES FOR ABSENCE"), ("P/24/012", "POLICE REPORT"),
        ("P/24/013", "GRANT APPLICATIONS"), ("P/24/014", "DRAFT BUDGET")]


def test_resolutions_after_a_wrapped_vote_or_an_infinitive_and_a_report_noted_with_thanks():
    decisions = {i.number: [(d.kind, d.text.split()[:3]) for d in i.decisions] for i in extract_text(TOWN).items}
    assert decisions["P/24/012"] == [("noted", ["Members", "thanked", "PC"])]
    assert decisions["P/24/013"] == [("approved", ["both", "applications", "be"])]
    assert [words for _, words in decisions["P/24/014"]] == [["to", "recommend", "the"]]


BOARD = """FELLSIDE COMMUNITY SAFETY BOARD

Minutes of the meeting held on Wednesday 2 October 2024 at 2.00pm, Room 4, Fellside House

Attendance

Name\tOrganisation\tPresent\tApologies\tAbsent
Ann Webb (Chair)\tFellside Council\t✓\t\t
Tom Hale\tFellside Police\t✗\t✓\t
Jo Marsh\tFellside Fire and Rescue Service\tY\t\t
Ray Dunn\tFellside Probation\t✗\t✗\t✓

In attendance for specific items:

Name\tRole\tItem
Kim Lowe\tPrevent Co-ordinator, Fellside Council\t3

1. Welcome

Ann Webb welcomed members.

2. Action log

Ann Webb went through the action log. Two assessments were still due from the districts – Lakeby, North Fellside and South Fellside.

3. Prevent

Kim Lowe presented the annual Prevent update.

4. Date of next meeting

Wednesday 11 December 2024 at 2.00pm.

ACTIONS ARISING FROM THIS MEETING

24/31 (Item 2) Chase the outstanding district assessments.
      Owner: Ann Webb                               Due: 31 October 2024

24/32 (Item 3) Circulate the Prevent training figures.
      Owner: Kim Lowe / Jo Marsh                    Due: November 2024
"""


def test_crosses_and_ticks_put_each_row_on_its_list():
    kinds = {e.name: e.list_kind for e in extract_text(BOARD).attendance}
    assert kinds["Ann Webb"] == "present"
    assert kinds["Tom Hale"] == "apologies"
    assert kinds["Jo Marsh"] == "present"
    assert kinds["Ray Dunn"] == "absent"


def test_guests_for_specific_items_are_in_attendance_with_the_body_after_their_post():
    guest = next(e for e in extract_text(BOARD).attendance if e.name == "Kim Lowe")
    assert (guest.list_kind, guest.role, guest.organisations) == \
        ("in_attendance", "Prevent Co-ordinator", ["Fellside Council"])


def test_a_closing_list_numbered_by_year_goes_to_the_items_it_names_with_owners_below():
    got = [(i.number, [o.name for o in a.owners], a.due) for i in extract_text(BOARD).items for a in i.actions]
    # (a month without a day is no date to be due on)
    assert got == [("2", ["Ann Webb"], dt.date(2024, 10, 31)), ("3", ["Kim Lowe", "Jo Marsh"], None)]


def test_a_report_on_the_action_log_is_no_listed_action_of_its_places():
    owners = [o.name for i in extract_text(BOARD).items for a in i.actions for o in a.owners]
    assert not any("Fellside" in name or "Lakeby" in name for name in owners)


def test_due_dates_of_listed_actions_are_no_meetings():
    refs = [(r.date, r.relation) for r in extract_text(BOARD).meeting_refs]
    assert (dt.date(2024, 10, 31), "next") not in refs


TYPESCRIPT = """                 FELLSIDE CRIME AND DISORDER REDUCTION PARTNERSHIP

  Minutes of the meeting of the Partnership held on Wednesday 8th
  0ctober 2003 at 2.00 p.m. in Committee Room 1, Town Hall, Fellside.

  PRESENT:     Cllr R. Moss (Chair)        Fellside District Council
               Mrs P. Dent                 Fellside Youth 0ffending Team

  l.   APOLOGIES

       Apologies were received from Cllr B. Lowe.

  2.   MINUTES OF THE LAST MEETING

       The minutes of the meeting held on l6th July 2003 were agreed
       as a correct record.

  3.   ANTI-SOCIAL BEHAVI0UR

       Vehicle removals within 24 hours had risen to 9l% under the
       Criminal Justice and Police Act 200l.
"""


def test_a_typescripts_letters_for_digits_are_read_as_meant():
    r = extract_text(TYPESCRIPT)
    assert r.header.date == dt.date(2003, 10, 8)
    assert [(i.number, i.title) for i in r.items] == [
        ("1", "APOLOGIES"), ("2", "MINUTES OF THE LAST MEETING"), ("3", "ANTI-SOCIAL BEHAVIOUR")]
    assert (dt.date(2003, 7, 16), "previous") in [(m.date, m.relation) for m in r.meeting_refs]


def test_typed_digit_repairs_keep_length_and_leave_clean_text_alone():
    assert repair_typed_digits("l6th 0ctober, Act l998, 9l%, 200l") == "16th October, Act 1998, 91%, 2001"
    clean = "A 10l bin, O2 and CO2, html5, A0 paper, the 0 rule, all well. 1st of 10."
    assert repair_typed_digits(clean) == clean
    assert len(repair_typed_digits(TYPESCRIPT)) == len(TYPESCRIPT)


def test_a_district_councillor_named_as_an_action_owner_is_a_person():
    text = TOWN + "\nP/24/015  DOG FOULING\n\nDistrict Cllr Lowe offered to ask for targeted patrols.\nACTION: District Cllr Lowe\n"
    owners = [(o.name, o.kind) for i in extract_text(text).items for a in i.actions for o in a.owners]
    assert ("District Cllr Lowe", "person") in owners


def test_a_body_whose_name_wraps_after_and_is_one_name():
    from kgraph.entities import find_mentions
    # (a full-width line: the name finder reads "Sustainability Board" alone at the start of the next)
    text = BOARD.replace("Kim Lowe presented the annual Prevent update.",
                         "(c) that fly-tipping be removed from the Board's scorecard and reported to the Environment and\n"
                         "Sustainability Board instead.")
    names = [" ".join(m.text.split()) for m in find_mentions(extract_text(text)).organisations]
    assert "Environment and Sustainability Board" in names
    assert "Sustainability Board" not in names
