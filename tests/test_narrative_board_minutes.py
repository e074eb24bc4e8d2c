"""Minutes typed as narrative by a board's minute-taker: no numbers, headings that are lines ending in
a colon (a blank line under each), who came told in one sentence ("In attendance were …, with D
taking the minutes."), and a closing "Summary of actions" numbered "1) Name – task – date", whose
numbers count the actions, not items. Also a record of decisions whose action lines put
"[Owner: Name, Body]" (maybe wrapped) under the task, a bar-drawn attendance grid with a role column,
and printed web minutes whose long headings carry the linked report's size."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text
from kgraph.segment.lines import split_lines
from kgraph.segment.matrix import attendance_matrix

NARRATIVE = """Fellside Domestic Abuse Local Partnership Board

Minutes of the meeting held on Tuesday 4th March 2025, 10am, Fellside Town Hall

In attendance were Ann Webb (Chair, Director of Public Health, Fellside Council), Tom Hale
(Housing Manager, Fellside Council), DI Rhys Morgan (Lakeshire Police), Jo Fell (Chief Executive,
Lakeby Women's Aid) and Sam Pike (survivor representative), with Kit Marsh (Fellside Council)
taking the minutes.

Apologies were received from Lou Grant (Lakeby Homes).


Welcome and introductions:

Ann welcomed everyone to the meeting. No conflicts of interest were declared.

Minutes of the last meeting:

The minutes of the meeting held on 3rd December 2024 were agreed as an accurate record.

Safe accommodation update:

Tom reported that the shelter had been full since February and that two families had been
placed out of area.

The Board agreed to set aside £15,000 of the grant for target hardening.

Domestic abuse strategy:

Jo introduced the draft strategy for Fellside.

The Board approved the draft strategy for consultation.

Summary of actions

1) Tom Hale – price three more units of move-on housing – 30th April 2025
2) Jo Fell – open the strategy consultation and hold two survivor forums –
1st May 2025
3) DI Rhys Morgan – report on disclosures under the scheme – 3rd June 2025
"""


def test_attendance_told_in_one_sentence_with_the_minute_taker():
    rec = extract_text(NARRATIVE)
    present = {a.name for a in rec.attendance if a.list_kind != "apologies"}
    assert {"Ann Webb", "Tom Hale", "DI Rhys Morgan", "Jo Fell", "Sam Pike", "Kit Marsh"} <= present
    marsh = next(a for a in rec.attendance if a.name == "Kit Marsh")
    assert marsh.organisations == ["Fellside Council"]
    assert {a.name for a in rec.attendance if a.list_kind == "apologies"} == {"Lou Grant"}


def test_colon_headings_over_a_blank_line_head_the_parts_and_actions_are_no_items():
    rec = extract_text(NARRATIVE)
    titles = [it.title for it in rec.items]
    assert "Safe accommodation update" in titles and "Domestic abuse strategy" in titles
    assert all(it.number is None for it in rec.items)
    owners = sorted(o.name for it in rec.items for a in it.actions for o in a.owners)
    assert owners == ["DI Rhys Morgan", "Jo Fell", "Tom Hale"]
    decisions = [d.text for it in rec.items for d in it.decisions]
    assert any(t.startswith("The Board agreed to set aside") for t in decisions)
    assert any(t.startswith("The Board approved the draft strategy") for t in decisions)


def test_a_numbered_list_under_an_actions_heading_ends_and_items_go_on():
    text = """Lakeby Community Safety Partnership

Minutes of the meeting held on 5 June 2025

Present: Ann Webb (Chair), Tom Hale (Lakeby Council)

1. Welcome

Ann Webb welcomed members.

2. Anti-social behaviour

Tom Hale reported on the town centre.

Actions arising

1) Tom Hale – map the hotspots – 30 June 2025
2) Ann Webb – write to the business forum – 30 June 2025

3. Any other business

None.
"""
    rec = extract_text(text)
    assert [it.number for it in rec.items] == ["1", "2", "3"]
    assert sorted(o.name for a in rec.items[1].actions for o in a.owners) == ["Ann Webb", "Tom Hale"]


def test_printed_web_heading_long_with_its_report_size_is_a_heading():
    text = """Lakeside Police, Fire and Crime Panel

Minutes of the meeting held on 7 September 2023

Present: Councillor Ann Webb (Chair), Councillor Tom Hale

41/23 APOLOGIES FOR ABSENCE

There were none.

42/23 POLICE AND CRIME PLAN - DELIVERY REPORT QUARTER 3 2024/25 pdf icon PDF 1 MB

The Commissioner introduced the performance report.

RESOLVED that the report be noted.

43/23 DATE OF NEXT MEETING

9 November 2023.
"""
    rec = extract_text(text)
    assert [it.number for it in rec.items] == ["41/23", "42/23", "43/23"]
    assert rec.items[1].title.startswith("POLICE AND CRIME PLAN - DELIVERY REPORT")


RECORD = """Lakeby Safer Partnership

Record of decisions and actions

Meeting:   Lakeby Safer Partnership Board
Date:      Thursday 6 February 2025

Attendance

Name | Organisation | Role | 06/02/25
Cllr Ann Webb | Lakeby Borough Council (LBC) | Cabinet Member (Chair) | P
Tom Hale | LBC | Head of Community Protection | P
Jo Fell | Lakeby Women's Aid | Service Manager, Outreach Services | P
Sam Pike | LBC | Partnership Officer | A

Key: P = present; A = apologies

1. Welcome and apologies

Summary: The Chair welcomed members.

2. Performance

Summary: Tom Hale presented the dashboard.

Action: Send the street-level nuisance figures each month to the Community Protection team
[Owner: Jo Fell, Lakeby Women's Aid] [Due: 28/02/2025]

Action: Refresh the youth violence action plan and report back to the next meeting [Owner: Tom
Hale, LBC / Ann Webb, LBC] [Due: 13/05/2025]

3. Date of next meeting

Thursday 15 May 2025.
"""


def test_owner_field_under_the_task_and_wrapped_owner_bracket():
    rec = extract_text(RECORD)
    actions = rec.items[1].actions
    assert [[o.name for o in a.owners] for a in actions] == [["Jo Fell"], ["Tom Hale", "Ann Webb"]]
    assert actions[0].text.startswith("Send the street-level") and "[Owner" not in actions[0].text


def test_bar_grid_with_a_role_column_gives_the_body_its_own_cell():
    lines = split_lines(RECORD)
    found = attendance_matrix(RECORD, lines, 0, 20, dt.date(2025, 2, 6))
    assert found is not None
    rows = {e.name: e for e in found[2]}
    assert rows["Tom Hale"].organisations == ["LBC"]
    assert rows["Tom Hale"].role == "Head of Community Protection"
    assert rows["Jo Fell"].organisations == ["Lakeby Women's Aid"]
    assert rows["Sam Pike"].list_kind == "apologies"


def test_an_action_column_header_above_item_one_heads_no_list():
    text = """      LAKEBY SAFER PARTNERSHIP

      MINUTES OF THE MEETING HELD ON THURSDAY 15 APRIL 2010

      PRESENT:
      Cllr Ann Webb                    Lakeby MBC (Chair)
      Tom Hale                         Lakeshire Police

                                                                            ACTION
1.    APOLOGIES FOR ABSENCE
      None.

2.    ANTI-SOCIAL BEHAVIOUR
      TH to map the hotspots.                                                TH

3.    ANY OTHER BUSINESS
      None.
"""
    rec = extract_text(text)
    assert [it.number for it in rec.items] == ["1", "2", "3"]
