"""One small invented document per rule: a closing "Summary of decisions" table under a Word items
table copied as text gives each row to the item it names; a title before an attendee's initials
("Dr AB") names that attendee; a numbered heading underlined with dashes is an item however long its
title; a paragraph that is only "The <…update…> was noted." is the item's outcome; "ACTION" in capitals
without a colon opens an action line; "the Deputy Commissioner" is the attendee whose post is "Deputy
Police and Crime Commissioner". Each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

WORD_TABLE = """FELLSIDE SAFEGUARDING BOARD

Minutes of Board meeting
Date: Tuesday 4 June 2024

Attendees
Dr Alice Brant (AB)\tIndependent Chair
Colm Dunne (CD)\tBoard Manager, Fellside Council

Item\tDiscussion\tActions
1. Welcome and apologies\tThe Chair welcomed members.\t
2. Minutes of 5 March 2024\tThe minutes were read.\t
3. Learning review\tCD presented the learning review of a case of neglect.\tDr AB to sign off the briefing.
4. Budget\tCD presented the budget.\t
5. Date of next meeting\tTuesday 3 September 2024.\t

Summary of decisions
Item\tDecision
2\tThe minutes of 5 March 2024 were approved.
3\tThe Board agreed to publish the learning review.
4\tThe Board approved the budget for 2024/25.
"""


def test_a_closing_decision_table_under_an_items_table_gives_each_row_to_its_item():
    got = [(it.number, d.text) for it in extract_text(WORD_TABLE).items for d in it.decisions]
    assert got == [("2", "The minutes of 5 March 2024 were approved."),
                   ("3", "The Board agreed to publish the learning review."),
                   ("4", "The Board approved the budget for 2024/25.")]


def test_a_title_before_an_attendees_initials_names_that_attendee():
    got = [(it.number, [o.name for o in a.owners]) for it in extract_text(WORD_TABLE).items for a in it.actions]
    assert got == [("3", ["Dr Alice Brant"])]


HEAD = """LAKEBY COMMUNITY SAFETY PARTNERSHIP
===================================

Minutes of the meeting held on 8 May 2008 at the Town Hall, Lakeby

PRESENT
-------

Mr Ian Marsh (Lakeby Council) - in the Chair
Ms Rita Vane (Lakeby Police)

"""


def test_a_numbered_heading_underlined_with_dashes_is_an_item_however_long_its_title():
    text = HEAD + """1  APOLOGIES
-------------

None.


2  REVIEW OF THE LICENSING ACT 2003 - NEW POWERS FOR LICENSING AUTHORITIES TO REVIEW
-----------------------------------------------------------------------------------

Ms Vane reported on the new powers.


3  DATE OF NEXT MEETING
-----------------------

10 July 2008.
"""
    assert [it.number for it in extract_text(text).items] == ["1", "2", "3"]


def test_a_paragraph_that_only_notes_an_update_is_the_items_outcome():
    text = HEAD + """1. Prevent
The Prevent Lead's update on the referrals made under the Counter-Terrorism and Security Act 2015 was noted.
Ms Vane asked for training dates.

2. Date of next meeting
10 July 2008.
"""
    got = [(it.number, d.kind, d.text) for it in extract_text(text).items for d in it.decisions]
    assert got == [("1", "noted", "The Prevent Lead's update on the referrals made under the Counter-Terrorism "
                                  "and Security Act 2015 was noted.")]


def test_action_in_capitals_without_a_colon_opens_an_action_line():
    text = HEAD + """1. Strategic assessment
Ms Vane presented the assessment.

ACTION Rita Vane to circulate ward data to all members by 30 May 2008.

ACTION Members to note the new ward boundaries.

2. Date of next meeting
10 July 2008.
"""
    got = [(it.number, [o.name for o in a.owners], a.text) for it in extract_text(text).items for a in it.actions]
    assert got == [("1", ["Rita Vane"], "Rita Vane to circulate ward data to all members by 30 May 2008.")]


def test_the_deputy_commissioner_is_the_attendee_whose_post_is_deputy_police_and_crime_commissioner():
    text = """LAKEBY POLICE AND CRIME PANEL

Minutes of the meeting held on 8 May 2024

Present:
Councillor Ann Hale (Chair)
Also present:
Mr Tom Reed (Police and Crime Commissioner)
Ms Jo Lamb (Deputy Police and Crime Commissioner)

1. Violence against women and girls
The Panel received the strategy. The Deputy Commissioner agreed to provide the stalking data to the next meeting.

2. Date of next meeting
10 July 2024.
"""
    got = [(it.number, [o.name for o in a.owners]) for it in extract_text(text).items for a in it.actions]
    assert got == [("1", ["Ms Jo Lamb"])]
