"""A resolution that directs an office ("RESOLVED that (i) the report be noted; (ii) the Community Safety
Manager prepare a protocol …") is an implicit action of the one attendee the attendance gives that post;
a body as the subject ("the Partnership support …") or a passive ("the plan be submitted") is no one's."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import owners

RESOLVED = """LAKEBY COMMUNITY SAFETY PARTNERSHIP
MINUTES of a meeting of the Lakeby Community Safety Partnership held at Lakeby House on Thursday 9 March 2023 at 2.00 pm.
PRESENT: Cllr Ann Vale (Chairman) (Lakeby Borough Council), Tom Reed (Lakeby Police), Karen Hollis
(Lakeby Borough Council, Community Safety Manager).

1.   DOMESTIC ABUSE
Karen Hollis reported that referrals had risen.
RESOLVED that (i) the report be noted; (ii) the Community Safety Manager prepare a protocol for
reviews for the next meeting.

2.   TASKING
RESOLVED that the Partnership support the joint approach; and the Action Plan be submitted to the next meeting.
"""


def test_a_resolution_directing_an_office_is_its_holders_implicit_action():
    found = owners(extract_text(RESOLVED))
    assert ("1", ["Karen Hollis"], False) in found


def test_a_body_or_a_passive_as_subject_directs_no_one():
    found = owners(extract_text(RESOLVED))
    assert not [f for f in found if f[0] == "2"]


def test_an_office_no_attendee_holds_is_no_ones():
    found = owners(extract_text(RESOLVED.replace(", Community Safety Manager", "")))
    assert not [f for f in found if f[0] == "1" and f[1] == ["Karen Hollis"] and not f[2]]


ASKS = """LAKESIDE POLICE AND CRIME PANEL
Minutes of the meeting held on Friday 6 October 2023 at 10.30 am, Town Hall, Lakeby

Present: Cllr Ann Vale (Chair), Cllr Tom Reed
Also present: Mrs Jane Holt (Lakeside Police and Crime Commissioner), Mr Owen Marsh (Clerk to the Panel)

1.  Police and Crime Plan
Members discussed the priorities.
Resolved – That the Panel supports the priorities and asks the
Commissioner to report on the rural crime team at the next meeting.
"""


def test_a_resolution_asking_an_office_to_act_is_its_holders_implicit_action():
    found = owners(extract_text(ASKS))
    assert ("1", ["Mrs Jane Holt"], False) in found


PRONOUN = ASKS.replace("""Members discussed the priorities.""", """Q1 Cllr Reed asked about rural patrols.
A The Commissioner said that two new teams had started in August. She agreed to send Cllr Reed
the evaluation when available.""").replace(" and asks the\nCommissioner to report on the rural crime team at the next meeting", "")


def test_a_pronoun_after_a_sentence_opened_by_an_office_is_its_holders_follow_up():
    found = owners(extract_text(PRONOUN))
    assert [f for f in found if f == ("1", ["Mrs Jane Holt"], False)]
