"""Two layouts of small partnerships' minutes.

A joint meeting of two bodies tags each item with the body taking it ("3. [CSP] Prevent"), writes each
body's decision on a line of its own ("(CSP) AGREED …", "(YJB) NOTED …"), its actions as "ACTION (Owner,
due date): task", and its next meetings under "Date of next meetings".

A volunteer's typed notes list the agenda, numbered, at the top, then minute each item under an
unnumbered heading in capitals that repeats the agenda title (or most of it); the meeting's answers are
sentences "Agreed." after the proposal, and actions are marked "(ACTION: Full Name)" after the sentence."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

JOINT = """LAKEBY COMMUNITY SAFETY PARTNERSHIP (CSP)
and
LAKEBY YOUTH JUSTICE BOARD (YJB)

JOINT MEETING – MINUTES

Date:    Tuesday 5 March 2024
Venue:   Room 2, Lakeby Civic Centre

Members present:
Cllr Ann Webb (Cabinet Member for Communities, Lakeby Council) – CSP Chair
Tom Hale (Director of Children's Services, Lakeby Council) – YJB Chair
Jo Fell (Head of Community Safety, Lakeby Council) – CSP
Rhys Morgan (Head of Youth Justice Service, Lakeby Council) – YJB
Sam Pike (Lakeshire Police) – CSP, YJB


1. [JOINT] Welcome and apologies

1.1 Cllr Webb welcomed members. Apologies were noted as above.


2. [JOINT] Minutes of previous meetings

2.1 CSP – minutes of the meeting held on 14 November 2023.
(CSP) AGREED the minutes as a correct record.

2.2 YJB – minutes of the meeting held on 5 December 2023.
(YJB) AGREED the minutes as a correct record.


3. [CSP] Anti-social behaviour review

3.1 Jo Fell presented the review of the town centre order.

3.2 (CSP) AGREED the review and that the draft order go out for consultation.
(YJB) NOTED the review and AGREED that the youth offer be part of the plan.

ACTION (Jo Fell, 22 March 2024): arrange a consultation session with schools.
ACTION (Sam Pike / Rhys Morgan, next CSP meeting): report on deliberate fires in the park.


4. [YJB] Youth justice performance

4.1 Rhys Morgan presented the performance report.

4.2 (YJB) NOTED the performance report.


5. [JOINT] Date of next meetings

Date of next meetings: CSP – Thursday 13 June 2024, 2.00pm; YJB – Tuesday 18 June 2024, 10.00am.
"""


def _items(text):
    return {it.number: it for it in extract_text(text, "joint.txt").items}


def test_a_body_tag_before_the_title_is_no_part_of_it():
    items = _items(JOINT)
    assert [items[n].title for n in ("1", "3", "4")] == [
        "Welcome and apologies", "Anti-social behaviour review", "Youth justice performance"]


def test_each_body_tagged_line_is_a_decision_of_its_own():
    items = _items(JOINT)
    assert [d.text for d in items["2"].decisions] == [
        "(CSP) AGREED the minutes as a correct record.", "(YJB) AGREED the minutes as a correct record."]
    assert len(items["3"].decisions) == 2
    assert items["3"].decisions[1].text.startswith("(YJB) NOTED the review")
    assert [d.kind for d in items["4"].decisions] == ["noted"]


def test_an_action_label_bracket_names_the_owners_then_when_it_is_due():
    acts = _items(JOINT)["3"].actions
    assert [[o.name for o in a.owners] for a in acts] == [["Jo Fell"], ["Sam Pike", "Rhys Morgan"]]
    assert acts[0].text.startswith("arrange a consultation session")


def test_date_of_next_meetings_gives_each_bodys_next_meeting():
    r = extract_text(JOINT, "joint.txt")
    nxt = sorted(x.date for x in r.meeting_refs if x.relation == "next")
    assert nxt == [dt.date(2024, 6, 13), dt.date(2024, 6, 18)]


TYPED = """FELLSIDE SAFER NEIGHBOURHOODS BOARD

Minutes of Board meeting - Wednesday 15th November 2023 at 7pm
Fellside Town Hall

AGENDA
1. Welcome and apologies
2. Minutes of last meeting (13th September 2023)
3. Police update - North Area
4. Ward panel updates
5. Project funding 2023/24
6. AOB

PRESENT
Jo Bell (Chair), Sam Hale (Treasurer), Insp Tom Webb (Fellside Police), Ann Pike (Lakeby Ward Panel)

WELCOME AND APOLOGIES

Jo welcomed everyone. Apologies as above.

MINUTES OF LAST MEETING

Minutes of 13/9/23 agreed as accurate.

POLICE UPDATE

Insp Webb gave the update. Burglary is down. Patrols will go on until Christmas. Ann asked for a patrol in Lakeby Park, Insp Webb said he would ask the team. (ACTION: Tom Webb)

WARD PANEL REPORTS

Lakeby (Ann): speeding on the main road. Ann asked for the Board to write to the council about speed cameras. Agreed. (ACTION: Jo Bell / Ann Pike)

PROJECT FUNDING

Two bids were considered:
(a) Youth club sports evening - £1,500. Agreed.
(b) Personal alarms - £4,000. Not agreed in this form.

AOB

Nothing further.
"""


def test_capitals_headings_below_a_numbered_agenda_are_its_items():
    items = extract_text(TYPED, "typed.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Welcome and apologies"), ("2", "Minutes of last meeting (13th September 2023)"),
        ("3", "Police update - North Area"), ("4", "Ward panel updates"), ("5", "Project funding 2023/24"),
        ("6", "AOB")]
    police = items[2]
    assert "Burglary is down" in TYPED[police.span.start:police.span.end]
    assert "AGENDA" not in TYPED[items[0].span.start:items[0].span.end]


def test_a_bracketed_action_marker_with_full_names_assigns_the_sentence():
    items = {it.number: it for it in extract_text(TYPED, "typed.txt").items}
    assert [[o.name for o in a.owners] for a in items["3"].actions] == [["Tom Webb"]]
    assert [[o.name for o in a.owners] for a in items["4"].actions] == [["Jo Bell", "Ann Pike"]]


def test_agreed_after_a_proposal_is_the_meetings_answer_to_it():
    items = {it.number: it for it in extract_text(TYPED, "typed.txt").items}
    assert [d.text for d in items["4"].decisions] == [
        "Ann asked for the Board to write to the council about speed cameras. Agreed."]
    assert [(d.text, d.kind) for d in items["5"].decisions] == [
        ("Youth club sports evening - £1,500. Agreed.", "agreed"),
        ("Personal alarms - £4,000. Not agreed in this form.", "resolved")]


def test_a_lone_agreed_after_a_remark_is_not_read_as_an_answer():
    lone = TYPED.replace(" Agreed. (ACTION", " (ACTION").replace(
        "(a) Youth club sports evening - £1,500. Agreed.", "(a) Youth club sports evening - £1,500.").replace(
        " Not agreed in this form.", "")
    lone = lone.replace("Nothing further.", "Ann raised the state of the park. Agreed.")
    items = {it.number: it for it in extract_text(lone, "typed.txt").items}
    assert items["6"].decisions == []
