"""A joint meeting of two bodies written in Markdown: the heading "Joint Meeting of the X and the Y"
names the body (the first named), a "Joint Chairs:" line gives both chairs, the members are grouped
under "<Body> members present:", both bodies' minutes are approved, resolutions are marked as one
body's ("**RESOLVED** (X only) that …") and "Both bodies agreed …". Invented minutes."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

TEXT = """# Lakeby Borough Council

## Joint Meeting of the Lakeby Safety Partnership and the Lakeby Health and Wellbeing Board

**Minutes** of the joint meeting held on **Tuesday 5 March 2024 at 10.00 am** in the Main Hall, Civic Centre, Lakeby.

**Joint Chairs:** Councillor Ann Brook (Chair, Lakeby Safety Partnership; Cabinet Member for Communities) and Councillor Carl Dent (Chair, Health and Wellbeing Board; Cabinet Member for Health)

**Lakeby Safety Partnership members present:**

- Inspector Eve Foss, Fellside Police
- Gail Hume, Community Safety Manager, Lakeby Borough Council

**Health and Wellbeing Board members present:**

- Dr Ian Jolly, Director of Public Health, Lakeby Borough Council

**Apologies:** Kim Lowe

---

## 1. Election of Joint Chairs

It was **RESOLVED** that Councillor Brook and Councillor Dent act as Joint Chairs for this meeting.

## 2. Minutes of Previous Meetings

**RESOLVED** that:

(a) the minutes of the Lakeby Safety Partnership meeting held on 14 November 2023 be approved as a correct record; and

(b) the minutes of the Health and Wellbeing Board meeting held on 12 December 2023 be approved as a correct record.

## 3. Youth Violence

Inspector Foss presented the figures.

**RESOLVED** (Lakeby Safety Partnership only) that the youth violence plan be approved.

## 4. Drugs

Dr Jolly presented the treatment data.

Both bodies agreed to report jointly to the regional drugs partnership.

## 5. Date of Next Joint Meeting

The next joint meeting will be held on Tuesday 3 September 2024. The Lakeby Safety Partnership will meet separately on 18 June 2024.
"""


def test_the_first_body_of_the_joint_heading_holds_the_meeting():
    record = extract_text(TEXT)
    assert record.header.body == "Lakeby Safety Partnership"
    assert record.header.venue == "Main Hall, Civic Centre, Lakeby"


def test_joint_chairs_and_members_grouped_by_body_attend():
    present = [(a.name, a.role) for a in extract_text(TEXT).attendance if a.list_kind == "present"]
    assert present[:2] == [("Councillor Ann Brook", "Joint Chair"), ("Councillor Carl Dent", "Joint Chair")]
    assert [n for n, _ in present[2:]] == ["Inspector Eve Foss", "Gail Hume", "Dr Ian Jolly"]


def test_bold_and_one_body_resolutions_and_joint_agreement_are_decisions():
    decisions = {it.number: [d.text for d in it.decisions] for it in extract_text(TEXT).items}
    assert decisions["1"] == ["Councillor Brook and Councillor Dent act as Joint Chairs for this meeting."]
    assert decisions["3"] == ["the youth violence plan be approved."]
    assert decisions["4"] == ["Both bodies agreed to report jointly to the regional drugs partnership."]


def test_both_bodies_minutes_approved_are_previous_meetings_and_both_next_dates_next():
    refs = sorted((r.date, r.relation) for r in extract_text(TEXT).meeting_refs)
    assert refs == [(dt.date(2023, 11, 14), "previous"), (dt.date(2023, 12, 12), "previous"),
                    (dt.date(2024, 6, 18), "next"), (dt.date(2024, 9, 3), "next")]
