"""Closing action lists and logs that restate or re-home the items' actions, "Item<TAB>Notes" rows, a
later sentence's "The Board noted …", and "Next meeting - <date>". Invented minutes."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

# informal e-mailed notes: a closing "1) Owner – task – date" list whose owners the items call by first
# name ("Dana said …"), by "Chair", or not at all (the secretary)
EMAILED = """LAKEBY COMMUNITY SAFETY PARTNERSHIP
Notes of meeting held on Tuesday 12th March 2024, 10:00-12:00

Attendees: Cllr Rhys Moorland (Lakeby Council) (Chair), Dana Whitcombe (Lakeby Council), Pete Brackley (Lakeby Police), Hana Osei (Fellside Refuge), Tom Fairlie (Youth Service), Alma Quist (Volunteer Centre)

1. Welcome

Cllr Moorland welcomed everyone.

2. Domestic abuse

Hana Osei - refuge full all winter, move-on flats needed. Dana said the housing team would be asked about move-on flats.

3. Mental health

Pete Brackley raised the crisis café funding gap. Chair to write a letter of support for the crisis café.

4. Small grants

£4,000 left in the small grants pot. Proposals from Tom Fairlie (youth diversion) and Alma Quist (befriending scheme).

AGREED: split the £4,000 between the two proposals.

5. AOB

None.

Actions

1) Dana Whitcombe – ask housing team about move-on flats for the refuge – 30/04/24

2) Cllr Moorland – letter of support for crisis café – 22/03/24

3) Dana Whitcombe – notify Tom Fairlie and Alma Quist of small grants allocation – 22/03/24
"""


def _pairs(text: str) -> list[tuple[str, list[str]]]:
    return [(it.number, [o.name for o in a.owners]) for it in extract_text(text).items for a in it.actions
            if a.owners]


def test_closing_list_entry_goes_to_the_item_naming_its_owner_by_first_name_or_as_chair():
    got = _pairs(EMAILED)
    assert ("2", ["Dana Whitcombe"]) in got
    assert ("3", ["Cllr Moorland"]) in got


def test_closing_list_entry_naming_nobody_in_its_item_goes_where_its_task_words_are():
    got = _pairs(EMAILED)
    assert ("4", ["Dana Whitcombe"]) in got
    assert not [p for p in got if p[0] == "5"]


# numbered actions minuted in their items, then repeated by number in a closing log
NUMBERED = """Fellside Youth Justice Board
Minutes – 9 May 2024

Present:
Jo Pellow (JP) – Head of Service, Fellside Council
Ravi Kell (RK) – Inspector, Fellside Police

1. Youth Justice Plan

1.1 JP presented the draft plan.

1.2 ACTION 05/24: JP to amend the plan and submit it by 30 June 2024.

2. Custody figures

2.1 RK reported custody figures.

2.2 ACTION 06/24: RK to bring a breakdown of custody figures by ward.

3. Date of next meeting

3.1 Thursday 8 August 2024, 09:30, Fellside Town Hall.

Action Log (new actions)
ACTION 05/24 – JP – Amend and submit the plan – 30/06/24

ACTION 06/24 – RK – Custody breakdown – 31/07/24
"""


def test_closing_log_repeating_numbered_actions_is_not_counted_again():
    assert _pairs(NUMBERED) == [("1", ["Jo Pellow"]), ("2", ["Ravi Kell"])]


def test_bracketed_action_log_heading_dates_are_deadlines_not_meetings():
    refs = [(r.date, r.relation) for r in extract_text(NUMBERED).meeting_refs]
    assert refs == [(dt.date(2024, 8, 8), "next")]


# a web page's "Item | Notes" table saved as text: the title cell, a tab, the notes wrapped below
NOTES_TABLE = """Lakeside Safeguarding Adults Board
Minutes of the Board Meeting

Date: Wednesday 5th June 2024

Item\tNotes

1. Minutes of the previous meeting held on 6th March 2024 and matters arising\tThe minutes of the meeting
held on 6th March 2024 were agreed as an accurate record.

2. Declarations of interest\tAl Vance declared an interest in item 3 as his Trust was one of the
agencies involved in the review.

3. Sub-group reports\tThe Board received reports from its sub-groups.

Members thanked the sub-group chairs for their reports. The Board noted the sub-group reports.
"""


def test_notes_cell_after_a_tab_is_the_item_text_not_its_title():
    items = extract_text(NOTES_TABLE).items
    assert [i.title for i in items] == ["Minutes of the previous meeting held on 6th March 2024 and matters arising",
                                        "Declarations of interest", "Sub-group reports"]
    assert items[0].decisions[0].text.startswith("The minutes of the meeting")


def test_body_noting_in_a_later_sentence_after_thanks_is_the_decision():
    d = extract_text(NOTES_TABLE).items[2].decisions
    assert [x.text for x in d] == ["The Board noted the sub-group reports."]


def test_next_meeting_date_after_a_dash():
    text = EMAILED.replace("5. AOB\n\nNone.", "5. AOB\n\nNext meeting - Tuesday 11th June 2024, 10am, Teams.")
    assert (dt.date(2024, 6, 11), "next") in [(r.date, r.relation) for r in extract_text(text).meeting_refs]
