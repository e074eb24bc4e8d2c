"""Minutes that letter their items "A.", "B.", "C." … with nothing numbered under them (lettered
points inside an item or a list of initials are not items); an Act that amends another, named with
its year in the brackets of its own title; a start time opening the line under a header sentence
wrapped at the date; surnames listed after a title written once ("Councillors Hale, Birch and Rigg");
action trackers whose references carry the raising meeting's month; a log row restating an action
whose partner the task names; an owners-only action line whose task is stated under it; an apology's
substitute ("JH attending") that is no body; "alcohol dependency" as substance misuse."""
from __future__ import annotations

import datetime as dt

from kgraph.entities.legislation import find_legislation
from kgraph.entities.matcher import tokenize
from kgraph.entities.people import plural_titled_names
from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions, extract_text_with_mentions, items, person_names

LETTERED_ITEMS = """Lakeside Safer Streets Group

MINUTES

Date: Wednesday 5 June 2024
Time: 10.00am – 12.00pm
Location: Room 4, Fellside House, Lakeside

Present:
Jo Hale – Chair; Community Safety Manager, Lakeside Borough Council
Sam Birch – Inspector, Lakeside Police

A. Welcome and apologies

The Chair welcomed members. Apologies were noted.

B. Minutes of the last meeting

Agreed: the minutes of the meeting held on 6 March 2024 as an accurate record.

C. Night-time economy

Sam Birch reported on the summer plan. The plan covers:

  a) extra patrols on Fridays;
  b) taxi marshals at the station.

Agreed: the summer plan for the town centre.

D. Any other business

1. Jo Hale noted the new CCTV contract.

2. Sam Birch thanked the wardens.

E. Date of next meeting

Wednesday 4 September 2024.
"""


def test_items_lettered_a_b_c_are_the_items():
    record = extract_text(LETTERED_ITEMS)
    assert [(n, t) for n, _, t in items(record)] == [
        ("A", "Welcome and apologies"), ("B", "Minutes of the last meeting"), ("C", "Night-time economy"),
        ("D", "Any other business"), ("E", "Date of next meeting")]
    assert [(n, k) for n, k, _ in decisions(record)] == [("B", "agreed"), ("C", "agreed")]
    assert_spans_slice_back(record)


def test_a_short_lettered_run_is_no_list_of_items():
    # three lettered lines above the numbered items are the partnership's priorities, not its items
    text = """Fellside Community Safety Partnership

Our priorities this year:

A. Burglary

B. Road safety

C. Fly-tipping

1. Welcome

The Chair welcomed members.

2. Minutes

The minutes were agreed.

3. Any other business

None.
"""
    assert [n for n, _, _ in items(extract_text(text))] == ["1", "2", "3"]


def test_lettered_lines_inside_a_paragraph_are_no_items():
    # "A. …" lines with no blank line above are a list, not headings opening paragraphs of their own
    text = LETTERED_ITEMS.replace("\n\nB. Minutes", "\nB. Minutes").replace("\n\nD. Any", "\nD. Any")
    assert "B" not in [n for n, _, _ in items(extract_text(text))]


def test_an_amending_act_names_the_act_it_amends_in_its_brackets():
    text = "Members noted the duty under the Lakeside Harbour (Amendment of Fellside Ports Act 1998) Act 2021."
    assert [h.text for h in find_legislation(text, tokenize(text))] == [
        "Lakeside Harbour (Amendment of Fellside Ports Act 1998) Act 2021"]
    text = "The Misuse of Drugs Act 1971 (Amendment) Order 2023 was noted."
    assert [h.text for h in find_legislation(text, tokenize(text))] == ["Misuse of Drugs Act 1971 (Amendment) Order 2023"]


def test_start_time_on_the_line_under_a_sentence_wrapped_at_the_date():
    text = """LAKESIDE COUNTY COUNCIL

LAKESIDE COMMUNITY SAFETY PARTNERSHIP

MINUTES of a meeting of the Lakeside Community Safety Partnership held in the
Fell Room, County Hall, Lakeby on Tuesday, 19 July 2016
at 10.00 am.

PRESENT: Mr R Hale (Chairman), Ms H Birch (Lakeside Police).

1.    Apologies

None were received.

2.    Minutes

RESOLVED that the minutes be approved.
"""
    header = extract_text(text).header
    assert header.date == dt.date(2016, 7, 19)
    assert header.start_time == dt.time(10, 0)
    # a line below that is no time's does not time the meeting
    assert extract_text(text.replace("at 10.00 am.", "after the site visit.")).header.start_time is None


def test_surnames_listed_after_a_title_written_once_are_people():
    text = "For (9): Councillors Hale, Birch, O'Rourke, Rigg, and Mr Lyle (Co-opted Member)"
    assert [text[s:e] for s, e in plural_titled_names(text)] == ["Hale", "Birch", "O'Rourke", "Rigg"]
    text = "Councillors Hale and Birch declared an interest."
    assert [text[s:e] for s, e in plural_titled_names(text)] == ["Hale", "Birch"]
    # one word after the title is no list
    assert plural_titled_names("Councillors Fellside agreed.") == []
    assert plural_titled_names("Councillors will be asked to vote.") == []


def test_a_recorded_vote_names_its_voters():
    text = LETTERED_ITEMS.replace("Sam Birch thanked the wardens.",
                                  "The vote was recorded. For: Councillors Hale, Tarrant and Quill.")
    names = person_names(extract_text_with_mentions(text))
    assert {"Tarrant", "Quill"} <= set(names)


TRACKER_NOTES = """Fellside Community Safety Partnership

Notes of the meeting held on Tuesday 14 September 2021, 10.00am, Fellside Hall

Present
Name\tRole\tOrganisation
Dana Shore (DS)\tCSP Manager\tFellside District Council
Amir Dale (AD)\tDHR Coordinator\tLakeshire County Council
Mo Ince (MI)\tInspector\tLakeshire Police

1. Welcome

The Chair welcomed members.

2. Domestic Homicide Reviews

The review panel had met twice.

ACTION: DS to liaise with AD on a learning event once the review report is agreed.

3. Any other business

None.

ACTION TRACKER

Ref\tAction\tOwner\tDue\tStatus
06/21-1\tCirculate revised terms of reference\tDS\tJuly 2021\tComplete
06/21-2\tSeek a youth nomination for membership\tMI\tSept 2021\tOngoing
09/21-1\tLearning event following the review\tDS / AD\tOn completion\tNew
"""


def test_a_tracker_row_of_an_earlier_month_and_a_row_restating_a_partnered_action():
    record = extract_text(TRACKER_NOTES)
    found = [(i.number, sorted(o.name for o in a.owners)) for i in record.items for a in i.actions]
    # "06/21-2" is the June meeting's action still open; "09/21-1" restates item 2's action, whose
    # partner AD is named in its task
    assert found == [("2", ["Dana Shore"])]


def test_month_references_need_this_meetings_month_among_them():
    # no row carries September 2021: "06/21-2" may be a minute number, and its row stays
    text = TRACKER_NOTES.replace("09/21-1\t", "07/21-4\t")
    owners = [sorted(o.name for o in a.owners) for i in extract_text(text).items for a in i.actions]
    assert ["Mo Ince"] in owners


def test_an_owners_only_action_line_after_another_takes_the_task_stated_under_it():
    text = """## Lakeside Safeguarding Adults Board

**Date:** 16 September 2019

**Present:**
- Jo Hale (Chair, Lakeside County Council)
- Pat Birch (Lakeside Fire and Rescue Service)
- Kim Lyle (Lakeside County Council)

## 1. Review report

The Board discussed the review report.

**Decision:** The Board accepted the review report.

**Action:** Jo Hale to arrange a learning event by 30 November 2019.

**Action:** Pat Birch / Kim Lyle

Pat Birch and Kim Lyle agreed to review how fire risk referrals are prioritised.

## 2. Any other business

None.
"""
    record = extract_text(text)
    found = [(sorted(o.name for o in a.owners), a.explicit, a.text[:20]) for i in record.items for a in i.actions]
    assert found == [(["Jo Hale"], True, "Jo Hale to arrange a"),
                     (["Kim Lyle", "Pat Birch"], True, "Pat Birch and Kim Ly")]


def test_the_substitute_named_in_an_apology_is_no_body():
    from kgraph.segment import analyse_affiliation
    assert analyse_affiliation("Lakeside Fire and Rescue Service – JH attending") == (["Lakeside Fire and Rescue Service"], None)
    assert analyse_affiliation("Lakes Police, Det Supt Hale deputising") == (["Lakes Police"], None)


def test_alcohol_dependency_is_substance_misuse():
    text = LETTERED_ITEMS.replace("Sam Birch reported on the summer plan.",
                                  "Sam Birch reported on a review of a man with alcohol dependency.")
    keys = {t.key for t in extract_text_with_mentions(text).mentions.topics}
    assert "substance-misuse" in keys          # the narrower theme counts for its core theme
    assert "substance-misuse" not in {t.key for t in extract_text_with_mentions(LETTERED_ITEMS).mentions.topics}
