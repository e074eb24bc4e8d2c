"""An attendance table whose last column gives each member's mark ("Member | Authority | Attendance",
"✓" present, "A" apologies, "S" a substitute who came) and a key line under it ("Key: ✓ present, …"):
members marked "A" are not attendees, the substitute is, the key line names nobody, and "Authority"
heads the members' councils."""
from __future__ import annotations

from kgraph.extract import extract_text

MARKS = """LAKESIDE POLICE AND CRIME PANEL
Minutes of the meeting held on Friday 6 October 2023 at 10.30 am
Town Hall, Lakeby

Attendance
Member                     | Authority                        | Attendance
Cllr Ann Vale (Chair)      | Lakeby District Council          | ✓
Cllr Tom Reed              | Fellside Borough Council         | A
Cllr Ruth Moss             | Fellside Borough Council         | S
Mrs Jane Holt              | Independent Member               | ✓
Key: ✓ present, A apologies, S substitute (Cllr Moss for Cllr Reed)

Also present: Mr Owen Marsh (Clerk to the Panel)

LPCP/23/1  Minutes
Resolved – That the minutes be approved.
"""


def _kinds():
    return {e.name: e.list_kind for e in extract_text(MARKS).attendance}


def test_marks_put_each_member_on_a_list():
    kinds = _kinds()
    assert kinds["Cllr Ann Vale"] == "present"
    assert kinds["Cllr Tom Reed"] == "apologies"
    assert kinds["Cllr Ruth Moss"] == "present"


def test_key_line_is_nobody():
    assert not any(n.startswith("Key") for n in _kinds())


def test_authority_column_gives_the_members_council():
    orgs = {e.name: e.organisations for e in extract_text(MARKS).attendance}
    assert orgs["Cllr Ann Vale"] == ["Lakeby District Council"]
