"""Minutes written on a template that opens each item with a one-row table ("| Item: 3. Title | Lead: … |
Purpose: … |", no heading line) and closes it with "Decision:" and "Actions: Name – task" fields; a
closing decision log drawn as a text grid whose cells wrap over lines, read as decisions of the items
its Item column names; a printed PRESENT list whose wrapped lines are spaced apart by blank lines; and
the affiliations and bodies such minutes write (a deputy office holder, a secretariat, an NHS board
named for several areas, trading standards, the building the meeting was held in)."""
from __future__ import annotations

from kgraph.segment import analyse_affiliation

from test_unseen_layouts import (assert_spans_slice_back, decisions, extract_text_with_mentions, items,
                                 org_names, owners, people)

TEMPLATE = """Fellside Youth Justice Partnership Board

MINUTES

Date:	Tuesday 4 March 2025
Time:	14:00 – 16:00
Venue:	Room 2, Fellside Town Hall

Present:
Jo Hale – Head of Youth Justice Service, Fellside Council (Chair)
Sam Reed – District Commander, Lakeshire Police
Ann Webb – Business Support Officer (minutes)


| Item: 1. Welcome and apologies | Lead: Chair | Purpose: Information |

The Chair welcomed members.

Decision: None.
Actions: None.

| Item: 2. Minutes of the last meeting and action log | Lead: Chair | Purpose: Decision |

Action log:

| Ref | Action | Owner | Status |
| 24/07 | Review the bail protocol | Sam Reed | Complete |
| 24/08 | Circulate the data pack | Jo Hale | Complete |

Decision: The Board agreed the minutes of the last meeting as an accurate record.
Actions: Ann Webb – publish the minutes on the website.

| Item: 3. Youth Justice Plan 2025/26 | Lead: Jo Hale, Head of Youth Justice Service | Purpose: Decision |

Jo Hale presented the draft plan.

Decision: The Board approved the Youth Justice Plan 2025/26.
Actions:
• Jo Hale – submit the plan by 30 June 2025.
• Sam Reed – share the arrest figures with the service.

| Item: 4. Turnaround programme | Lead: Jo Hale | Purpose: Information |

Jo Hale updated the Board on referrals.

Decision: None – for information.
Actions: None.

| Item: 5. Date of next meeting | Lead: Chair | Purpose: Information |

Tuesday 3 June 2025, 14:00.
"""


def test_a_one_row_template_table_opens_each_item():
    record = extract_text_with_mentions(TEMPLATE)
    assert items(record) == [
        ("1", None, "Welcome and apologies"),
        ("2", None, "Minutes of the last meeting and action log"),
        ("3", None, "Youth Justice Plan 2025/26"),
        ("4", None, "Turnaround programme"),
        ("5", None, "Date of next meeting")]
    assert_spans_slice_back(record)


def test_template_decision_and_actions_fields_and_their_empty_values():
    record = extract_text_with_mentions(TEMPLATE)
    assert decisions(record) == [
        ("2", "agreed", "The Board agreed the minutes of the last meeting as an accurate record."),
        ("3", "approved", "The Board approved the Youth Justice Plan 2025/26.")]
    found = [(number, names) for number, names, explicit in owners(record) if explicit]
    # "Actions: None." is no action of nobody; the action log's rows are earlier meetings' actions
    assert ("1", ["None"]) not in found and not any(number in ("1", "4") for number, _ in found)
    assert ("2", ["Ann Webb"]) in found
    assert ("3", ["Jo Hale"]) in found and ("3", ["Sam Reed"]) in found


def test_template_rows_copied_from_a_word_table_with_tabs():
    text = TEMPLATE.replace("| Item: ", "Item: ").replace(" | Lead: ", "\tLead: ").replace(" | Purpose: ", "\tPurpose: ")
    text = text.replace(" |\n", "\n")
    record = extract_text_with_mentions(text)
    assert [i[2] for i in items(record)] == [
        "Welcome and apologies", "Minutes of the last meeting and action log", "Youth Justice Plan 2025/26",
        "Turnaround programme", "Date of next meeting"]


def test_a_table_row_with_rows_beside_it_is_no_item_heading():
    text = TEMPLATE.replace("| Ref | Action | Owner | Status |\n", "| 7 | Action | Owner | Status |\n")
    record = extract_text_with_mentions(text)
    assert [i[0] for i in items(record)] == ["1", "2", "3", "4", "5"]


GRID = """LAKESHIRE SAFER STREETS BOARD

Minutes of the meeting held on Wednesday 5th October 2022, 10:00
Room 2, Lakeby House, Lakeby

Board members present
Jo Hale, Director, Lakeshire Safer Streets Unit (Chair)
Sam Reed, Head of Community Safety, Fellside Council

1.  Welcome

1.1  The Chair welcomed members.

2.  Minutes of the previous meeting

2.1  The minutes were reviewed (decision D1).

3.  Night-time economy

3.1  Sam Reed presented the bid (decision D2).

4.  Date of next meeting

4.1  Wednesday 7 December 2022, 10:00.


DECISION LOG

+------+----------------------------------------------+-------+
| Ref  | Decision                                     | Item  |
+======+==============================================+=======+
| D1   | The minutes of the meeting held on 6 July    | 2     |
|      | 2022 were approved as an accurate record.    |       |
+------+----------------------------------------------+-------+
| D2   | The Board agreed to submit a single bid to   | 3     |
|      | the Safer Streets Fund, focused on the       |       |
|      | night-time economy.                          |       |
+------+----------------------------------------------+-------+
"""


def test_a_closing_decision_log_grid_gives_the_decisions_of_the_items_it_names():
    record = extract_text_with_mentions(GRID)
    found = decisions(record)
    assert [(number, kind) for number, kind, _ in found] == [("2", "approved"), ("3", "agreed")]
    assert found[0][2].startswith("The minutes of the meeting held on 6 July 2022 were approved")
    assert found[1][2].endswith("night-time economy.")
    assert not any(i.decisions for i in record.items if i.number == "4")


SPACED = """LAKESHIRE COMMUNITY SAFETY PARTNERSHIP

MINUTES of a meeting of the Lakeshire Community Safety Partnership held at Lakeby House on Tuesday, 4 December 2018.

PRESENT: Mr R Bell (Lakeshire Council) (Chairman), Superintendent J Cole (Lakeshire Police),

Mrs L Dale (Fellside CSP),

Ms C Finch (National Probation Service) and Mr S Grey (Lakeby CSP).

ALSO PRESENT: Mr G Hart (Lakeshire Association of Local Councils).

1.    Apologies

Apologies were received from Mr M King (Lakeshire Police).
"""


def test_a_printed_present_list_goes_on_past_blank_lines_after_a_comma():
    record = extract_text_with_mentions(SPACED)
    present = [name for name, _, _, kind in people(record) if kind == "present"]
    assert present == ["Mr R Bell", "Superintendent J Cole", "Mrs L Dale", "Ms C Finch", "Mr S Grey"]


def test_affiliations_of_a_deputy_office_holder_a_secretariat_and_an_nhs_board_of_several_areas():
    assert analyse_affiliation("Deputy Police and Crime Commissioner, Office of the Police and Crime "
                               "Commissioner for Lakeshire") == \
        (["Office of the Police and Crime Commissioner for Lakeshire"], "Deputy Police and Crime Commissioner")
    assert analyse_affiliation("Head of Safeguarding, NHS Lakeshire, Fellside and Lakeby West Integrated Care Board") \
        == (["NHS Lakeshire, Fellside and Lakeby West Integrated Care Board"], "Head of Safeguarding")
    assert analyse_affiliation("Board secretariat") == ([], "Board secretariat")


BODIES = """Lakeshire Community Safety Partnership

Date: Thursday 7 November 2019, 2.00pm
Venue: Meeting Room 3, The Lakeby Centre, Market Square, Lakeby

Present: Jo Hale (Lakeshire Council), Ann Webb (Deputy Police and Crime Commissioner)

1. Updates
Jo Hale reported that Lakeshire Trading Standards were looking for volunteers. A hate crime reporting
centre at the Lakeby Centre was now open.
"""


def test_bodies_a_deputy_office_trading_standards_and_the_meeting_building():
    names = org_names(extract_text_with_mentions(BODIES))
    assert "Lakeshire Trading Standards" in names
    assert "Police and Crime Commissioner" not in names       # the deputy's post
    assert "Lakeby Centre" not in names                        # where the meeting was held
