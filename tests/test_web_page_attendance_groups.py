"""Web pages' attendance grouped under headings, copied one line a person: a definition list whose terms
name each person's body ("Lakeby Constabulary" over its officers), or a partnership's member groups
("Political Members", "Designated Organisations") over bulleted names; and a shouted post label
("LEAD MEMBER") naming the one holder of a portfolio. Invented minutes."""
from __future__ import annotations

from kgraph.extract import extract_text

BY_BODY = """Fellside Community Safety Partnership Board

Date: Tuesday, 4 June 2024

Attendance

Fellside Borough Council
Councillor Ann Webb (Chair)
Tom Hale, Head of Community Safety
Lakeby Constabulary
Chief Inspector Jo Bloggs (Vice-Chair)
Lakeby Fire and Rescue Service
Group Manager Sam Ortiz
Office of the Police and Crime Commissioner for Lakeby
Rita Moss, Head of Partnerships (remote)
The Probation Service
Ken Lowe
In attendance
Ivy Dale, Democratic Services Officer, Fellside Borough Council
Apologies
Pat Cole (Lakeby Constabulary)

Item 1 : Welcome

The Chair welcomed members.
"""


def _attendance(text: str) -> list[tuple[str, list[str], str]]:
    return [(a.name, a.organisations, a.list_kind) for a in extract_text(text).attendance]


def test_a_body_heading_gives_its_people_their_body_and_names_nobody():
    got = _attendance(BY_BODY)
    assert got == [
        ("Councillor Ann Webb", ["Fellside Borough Council"], "present"),
        ("Tom Hale", ["Fellside Borough Council"], "present"),
        ("Chief Inspector Jo Bloggs", ["Lakeby Constabulary"], "present"),
        ("Group Manager Sam Ortiz", ["Lakeby Fire and Rescue Service"], "present"),
        # a long body's name is a heading too once the list reads so
        ("Rita Moss", ["Office of the Police and Crime Commissioner for Lakeby"], "present"),
        ("Ken Lowe", ["The Probation Service"], "present"),
        ("Ivy Dale", ["Fellside Borough Council"], "in_attendance"),
        ("Pat Cole", ["Lakeby Constabulary"], "apologies"),
    ]


def test_a_remark_in_lower_case_on_how_someone_came_is_no_part_of_the_post():
    moss = next(a for a in extract_text(BY_BODY).attendance if a.name == "Rita Moss")
    assert moss.role == "Head of Partnerships"


def test_a_table_copied_one_cell_a_line_is_no_grouped_list():
    # the name comes first, its body on the line below: each body is its own person's
    text = ("Fellside Partnership\n\nDate: 4 June 2024\n\nPresent:\nAnn Webb\nLakeby Constabulary\nTom Hale\n"
            "Fellside Borough Council\n\n1. Welcome\n\nThe Chair welcomed members.\n")
    assert _attendance(text) == [("Ann Webb", ["Lakeby Constabulary"], "present"),
                                 ("Tom Hale", ["Fellside Borough Council"], "present")]


def test_a_name_and_body_after_a_dash_is_an_entry_not_a_heading():
    text = ("Fellside Partnership\n\nDate: 4 June 2024\n\nApologies\nSam Ortiz – The Probation Service\n"
            "Councillor Ann Webb – Fellside Borough Council\n\n1. Welcome\n\nThe Chair welcomed members.\n")
    assert [name for name, _, _ in _attendance(text)] == ["Sam Ortiz", "Councillor Ann Webb"]


MEMBER_GROUPS = """Lakeby PCSP minutes – 3 September 2024

Present

Political Members

• Councillor Ann Webb (Chairperson)
• Alderman Tom Hale*

Independent Members

• Ms Jo Bloggs (Vice-Chairperson)

Designated Organisations

• Inspector Sam Ortiz – Lakeby Police
• Ms Rita Moss – Lakeby Housing Association

Officers

• Mr Ken Lowe – PCSP Manager

* attended remotely

1. Apologies

None.
"""


def test_member_group_headings_over_bulleted_names_are_no_attendees():
    names = [name for name, _, _ in _attendance(MEMBER_GROUPS)]
    assert names == ["Councillor Ann Webb", "Alderman Tom Hale", "Ms Jo Bloggs", "Inspector Sam Ortiz",
                     "Ms Rita Moss", "Mr Ken Lowe"]


SHOUTED_LABELS = """Communities Scrutiny Committee - 5 March 2024 - minutes

MINUTES of a meeting of the Communities Scrutiny Committee held at County Hall, Lakeby on 5 March 2024 at 10.00 am.

PRESENT Councillors Ann Webb (Chair), Tom Hale and Jo Bloggs

LEAD MEMBER Councillor Sam Ortiz, Lead Member for Community Safety and Trading Standards

ALSO PRESENT Rita Moss, Head of Safer Communities; Ken Lowe, Scrutiny Adviser

1. Minutes

The minutes were agreed.
"""


def test_a_shouted_lead_member_label_names_one_attendee_and_post():
    attendance = extract_text(SHOUTED_LABELS).attendance
    lead = [a for a in attendance if a.name == "Councillor Sam Ortiz"]
    assert len(lead) == 1 and lead[0].role == "Lead Member for Community Safety and Trading Standards"
    # the "and" inside the post parts no second attendee
    assert "Trading Standards" not in {a.name for a in attendance}
    assert len(attendance) == 6
