"""A closing list of action points naming their item ("3. Item 4(ii) - JB to …") and owners by the
initials the attendance list gives ("(LMcC)", "(HMa)"), and the attendance lines that give them."""
from kgraph.extract import extract_text

MINUTES = """LAKEBY COMMUNITY JUSTICE PARTNERSHIP

MINUTE OF MEETING held in Room 2, Civic Centre, Lakeby on Thursday 12 May 2016 at 2.00pm

Present:
Councillor Jo Bloggs (JB) - Lakeby Council (Chair)
Lorna McAvoy (LMcA) - Transition Co-ordinator, Lakeby Council
Tom Fell (TF) - Service Manager, Lakeby Council
Ann Webb (AW) - Governor, HMP Lakeby, Lakes Prison Service
Owen Dale (OD) - Probation Service (Fellshire, Lakeshire & Dalesshire)

In attendance:
Hazel Marsh (HMa) - Committee Officer, Lakeby and Fellside Council (minute)


1. WELCOME AND APOLOGIES

JB welcomed everyone to the meeting.


2. MINUTE OF PREVIOUS MEETING

(i) The minute of the meeting held on 10 February 2016 was reviewed. TF asked that paragraph 3 be amended.

The Partnership agreed:

(a) to approve the minute, subject to the amendment at (i) above.


3. TRANSITION ARRANGEMENTS

(i) LMcA presented a paper on the new partnership model and the reporting route to the Board.

(ii) AW offered to share the prison's release figures.

The Partnership agreed:

(a) the proposed reporting route.


4. DATE OF NEXT MEETING

Thursday 11 August 2016 at 2.00pm, Room 2, Civic Centre, Lakeby.


ACTION POINTS

1. Item 2(i) - HMa to amend paragraph 3 of the minute and circulate the approved minute. - by 31 May 2016
2. Item 3(i) - LMcA to prepare a paper on the reporting route for the Board. - by 30 June 2016
3. Item 3 - AW/TF to share the prison's release figures with the Partnership. - 11 August 2016
"""


def _record():
    return extract_text(MINUTES)


def _actions_by_item(record):
    return {item.number: [sorted(o.name for o in a.owners) for a in item.actions] for item in record.items}


def test_an_action_point_naming_its_item_goes_to_that_item():
    by_item = _actions_by_item(_record())
    assert by_item["2"] == [["Hazel Marsh"]]
    assert ["Lorna McAvoy"] in by_item["3"]
    assert ["Ann Webb", "Tom Fell"] in by_item["3"]
    assert by_item["4"] == []


def test_an_action_point_restating_an_offer_replaces_it():
    # "AW offered to share …" (3 (ii)) is the action point 3 told in prose: counted once
    item3 = next(i for i in _record().items if i.number == "3")
    assert not any(not a.explicit for a in item3.actions)


def test_an_action_point_loses_its_trailing_due_date():
    item2 = next(i for i in _record().items if i.number == "2")
    action = item2.actions[0]
    assert action.text.endswith("circulate the approved minute")
    assert action.due is not None and action.due.isoformat() == "2016-05-31"


def test_mac_initials_in_brackets_are_the_attendees():
    initials = {a.name: a.initials for a in _record().attendance}
    assert initials["Lorna McAvoy"] == "LMcA"
    assert initials["Hazel Marsh"] == "HMa"


def test_one_attendee_line_with_initials_is_not_split_at_and():
    attendance = _record().attendance
    names = [a.name for a in attendance]
    assert "Lakeby" not in names
    marsh = next(a for a in attendance if a.name == "Hazel Marsh")
    assert marsh.organisations == ["Lakeby and Fellside Council"]
    assert marsh.role == "Committee Officer"


def test_a_governor_is_a_post_not_a_body():
    webb = next(a for a in _record().attendance if a.name == "Ann Webb")
    assert "Governor" not in webb.organisations
    assert "Lakes Prison Service" in webb.organisations


def test_counties_in_brackets_after_a_body_are_its_area():
    dale = next(a for a in _record().attendance if a.name == "Owen Dale")
    assert dale.organisations == ["Probation Service"]


def test_words_of_a_department_in_brackets_are_no_area():
    from kgraph.segment import _list_of_places
    assert _list_of_places("Fellshire, Lakeshire & Dalesshire")
    assert not _list_of_places("Finance, Audit & Risk")
    assert not _list_of_places("Fellshire & Lakeshire")


def test_plural_of_a_bodys_initials_is_no_owner():
    text = MINUTES.replace("3. Item 3 - AW/TF to share", "3. Item 3 - CCGs to share")
    item3 = next(i for i in extract_text(text).items if i.number == "3")
    assert not any(o.name == "CCGs" for a in item3.actions for o in a.owners)
