"""Rules met in a district tasking group's typed notes (attendees grouped under their agencies in aligned
columns, "ACTION - XX - task - by date" lines, a tasking table whose Update cell is the task), in a Welsh
bilingual board's minutes (a closing "Cam gweithredu / Action" table, a title wrapped at a comma, a
"NODWYD / NOTED:" outcome), and in page headers (a council over its partnership over the board, a wiki
page titled by date). All minutes here are invented."""

from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

TASKING = """LAKEBY DISTRICT COMMUNITY SAFETY PARTNERSHIP
JOINT ACTION GROUP (JAG) - TASKING MEETING
NOTES OF MEETING

Date:      Tuesday 12/03/2024
Time:      14:00 - 15:30
Venue:     Room 4, Lakeby Civic Centre

ATTENDEES (by agency)

Lakes Police
           Insp Ann Vale             Lakeby Neighbourhood Policing Team (Chair)
           PCSO Tom Reed             Lakeby town
Lakeby District Council
           Jo Pike                   Community Safety Officer
           Sam Hale                  Street Scene Enforcement
Fellside Homes
           Kim Ross                  Tenancy Officer
Harbour Outreach
           Lee Moss                  Outreach Worker

APOLOGIES
           Ray Dunn                  Lakes Youth Justice Service

------------------------------------------------------------------

1.  WELCOME AND APOLOGIES

AV welcomed partners.

2.  NOTES OF THE LAST JAG

The notes of the JAG held on 13/02/2024 were agreed as accurate.

3.  HOTSPOT LOCATIONS - TASKING

Location\tIssue\tOwner\tUpdate\tStatus
Fellside Park\tYouth ASB and damage\tPCSO Reed\tFewer calls. PCSO Reed to run patrols on Friday evenings.\tAmber
Mill Lane\tFly-tipping\tS Hale\tCleared. No repeat in the period.\tGreen

3.1 Mill Lane remains a concern for residents.
ACTION - JP - raise Mill Lane at the CSP board - by 02/04/2024

4.  PARTNER UPDATES

Fellside Homes - Kim Ross: two tenancy warnings issued.
ACTION - K Ross / L Moss - joint visit to the tenant - by 20/03/2024

5.  DATE OF NEXT JAG

Tuesday 09/04/2024, 14:00, Room 4.
"""


def _people(record):
    return {a.name: a.organisations for a in record.attendance}


def test_agency_headings_over_aligned_columns_name_nobody_and_give_each_member_their_body():
    record = extract_text(TASKING)
    people = _people(record)
    assert "Lakes Police" not in people and "Fellside Homes" not in people and "Harbour Outreach" not in people
    assert people["PCSO Tom Reed"] == ["Lakes Police"]            # "Lakeby town" is a beat, no body
    assert people["Insp Ann Vale"] == ["Lakes Police", "Lakeby Neighbourhood Policing Team"]
    assert people["Sam Hale"] == ["Lakeby District Council"]
    # a heading that reads like no body ("Harbour Outreach") is one by where it stands
    assert people["Kim Ross"] == ["Fellside Homes"] and people["Lee Moss"] == ["Harbour Outreach"]


def test_group_and_kind_of_meeting_under_the_partnership_name_the_body():
    header = extract_text(TASKING).header
    assert header.body == "Lakeby District Community Safety Partnership Joint Action Group"
    # so "Date of next JAG" and "the JAG held on …" date its own meetings
    refs = {(r.date, r.relation) for r in extract_text(TASKING).meeting_refs}
    assert (dt.date(2024, 2, 13), "previous") in refs and (dt.date(2024, 4, 9), "next") in refs


def test_action_lines_with_spaced_hyphens_name_owners_by_initials():
    items = {i.number: i for i in extract_text(TASKING).items}
    owners = [[o.name for o in a.owners] for a in items["3"].actions]
    assert ["Jo Pike"] in owners
    owners4 = [sorted(o.name for o in a.owners) for a in items["4"].actions]
    assert ["K Ross", "L Moss"] in owners4
    # a hyphen inside a word is no label's dash
    plain = TASKING.replace("ACTION - JP - raise", "Action-planning: JP to raise")
    assert all("Action-planning" not in a.text for a in {i.number: i for i in extract_text(plain).items}["3"].actions)


def test_tasking_table_update_cell_is_the_task_unless_the_row_is_cleared():
    items = {i.number: i for i in extract_text(TASKING).items}
    tabled = [a for a in items["3"].actions if "\t" not in a.text and "Fewer calls" in a.text]
    assert tabled and [o.name for o in tabled[0].owners] == ["PCSO Reed"]
    assert not any(a.text.startswith("Cleared") for a in items["3"].actions)
    # a log with its own task column keeps the update apart
    logged = TASKING.replace("Location\tIssue\tOwner\tUpdate\tStatus", "Location\tAction\tOwner\tUpdate\tStatus")
    texts = [a.text for a in {i.number: i for i in extract_text(logged).items}["3"].actions]
    assert any(t.startswith("Youth ASB") for t in texts)



def test_a_plan_progress_table_sets_no_tasks():
    """ "Objective | Lead | RAG | Comment": a plan's objectives rated with a lead and a comment on progress,
    no tasking; the comment is no action, where the same columns under "Location | Issue" are one."""
    plan = TASKING.replace("Location\tIssue\tOwner\tUpdate\tStatus", "Objective\tIssue\tOwner\tUpdate\tStatus")
    texts = [a.text for a in {i.number: i for i in extract_text(plan).items}["3"].actions]
    assert not any("Fewer calls" in t for t in texts)
    assert any("raise Mill Lane" in t for t in texts)       # the item's own action line still counts


WELSH = """Partneriaeth Diogelwch Cymunedol Llynfawr
Llynfawr Community Safety Partnership

COFNODION / MINUTES

Dyddiad / Date:       Dydd Mawrth 5 Mawrth 2024 / Tuesday 5 March 2024
Amser / Time:         10:00
Lleoliad / Venue:     Neuadd y Sir / County Hall, Llynfawr

Yn bresennol / Present:
Cllr Ann Vale (Cadeirydd / Chair) – Cyngor Sir Llynfawr / Llynfawr County Council
Jo Pike – Lakes Police
Tom Reed – Probation Service Wales

1. Croeso / Welcome

The Chair welcomed members.

2. Trais yn erbyn Menywod, Cam-drin Domestig / Violence against Women,
   Domestic Abuse and Sexual Violence

Jo Pike gave the update.

NODWYD / NOTED: the update and the referral figures.

3. Ymddygiad Gwrthgymdeithasol / Anti-social Behaviour

Tom Reed reported on the order.

-------------------------------------------------------------------------------------------------

Camau Gweithredu / Actions

Rhif / No. | Eitem / Item | Cam gweithredu / Action                   | Cyfrifol / Owner  | Erbyn / By
24/03-01   | 2            | Report on referral capacity to next Board | Jo Pike           | 04/06/2024
24/03-02   | 3            | Circulate the order consultation results  | Tom Reed / Jo Pike | 30/04/2024
"""


def test_title_wrapped_at_a_comma_with_a_hanging_indent_is_one_heading():
    items = extract_text(WELSH).items
    assert [i.number for i in items] == ["1", "2", "3"]
    assert items[1].title.endswith("Domestic Abuse and Sexual Violence")
    # a next line back at the margin is the item's text, not its title's second line
    para = WELSH.replace("Violence against Women,\n   Domestic", "Violence against Women,\nDomestic")
    assert not any(i.title.endswith("Sexual Violence") for i in extract_text(para).items)


def test_bilingual_noted_label_is_a_decision():
    items = {i.number: i for i in extract_text(WELSH).items}
    assert [(d.kind, d.text[:10]) for d in items["2"].decisions] == [("noted", "the update")]


def test_closing_table_with_bilingual_headers_gives_each_row_to_its_item():
    items = {i.number: i for i in extract_text(WELSH).items}
    assert [[o.name for o in a.owners] for a in items["2"].actions] == [["Jo Pike"]]
    assert [sorted(o.name for o in a.owners) for a in items["3"].actions] == [["Jo Pike", "Tom Reed"]]
    assert items["2"].actions[0].due == dt.date(2024, 6, 4)


BANNER = """London Borough of Lakeside
Safer Lakeside Partnership

PREVENT PARTNERSHIP BOARD

Minutes

Date: Wednesday 6th March 2024
Time: 2.00pm

Present:
Ann Vale (AV) – Prevent Coordinator, Lakeside Council (Chair)

1. Welcome

AV welcomed members.
"""


def test_council_over_its_partnership_over_a_themed_board_names_the_place_board():
    header = extract_text(BANNER).header
    assert header.body == "Lakeside Prevent Partnership Board"
    assert header.parent_body == "London Borough of Lakeside"


WIKI = """[Spaces](/wiki/spaces) / [Lakes Board](/wiki/spaces/LB) / [Meetings 2024](/wiki/spaces/LB/2024)

# 2024-05-14 LCJB Board meeting notes

Created by Ann Vale

> **Status:** DRAFT – to be approved at the next Board meeting
> Lakeby and Fellside Local Criminal Justice Board (LCJB)

| | |
|---|---|
| **Date** | Tuesday 14 May 2024 |
| **Time** | 10:00 – 12:00 |

## 1. Welcome

The Chair welcomed members.
"""


def test_dated_wiki_title_gives_way_to_the_body_named_in_full():
    assert extract_text(WIKI).header.body == "Lakeby and Fellside Local Criminal Justice Board"


def test_a_rank_before_a_name_is_no_mention_of_the_topic_its_acronym_names():
    from test_unseen_layouts import extract_text_with_mentions
    keys = {t.key for t in extract_text_with_mentions(TASKING).mentions.topics}
    assert "police-community-support-officer" not in keys     # "PCSO Reed to run patrols …"
    talked = TASKING.replace("3.1 Mill Lane remains", "3.1 Two new PCSOs will patrol Mill Lane, which remains").replace(
        "two tenancy warnings issued.", "two tenancy warnings issued after PCSO patrols; PCSO numbers are to rise.")
    assert "police-community-support-officer" in {t.key for t in extract_text_with_mentions(talked).mentions.topics}


def test_county_lines_answers_to_its_organised_crime_name():
    from kgraph.entities import gazetteer
    assert gazetteer.topics().lookup("Organised crime (county lines)") == "county-lines"
