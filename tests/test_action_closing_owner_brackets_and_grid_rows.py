"""Tasking notes write each "ACTION:" line as the task with its owners in a closing bracket, first names
and their agencies ("(Priya - Lakes Police / Abi - Open Door)"), the line often wrapping onto the next;
a JAG prints its location tasking as a grid drawn in text ("+----+----+" between rows), a row's cells
running over several lines, the Owner cell's initials on any of them."""
from __future__ import annotations

from kgraph.extract import extract_text

TASKING = """LAKEBY COMMUNITY SAFETY PARTNERSHIP
Tasking Meeting - ACTION NOTES

Date:   Wednesday 12th March 2025
Where:  Committee Room 2, Town Hall, Lakeby

Present:
Kirsty (LDC Community Safety) - chair
Dan (Fellshire Police)
Priya (Fellshire Police)
Abi (Open Door)
Mark (LDC Housing)


TOWN CENTRE

Dan gave the police update on the bus station.

ACTION: Joint patrol of wardens and police on Friday and Saturday evenings around the
bus station through the Easter holidays (Dan - Fellshire Police / Mark - LDC)

ACTION: Multi-agency visit to the Mill Lane tenant - safeguarding check and offer of
support from Open Door (Priya - Fellshire Police / Abi - Open Door)

ACTION: Draft consultation plan for the PSPO extension (Kirsty / Mark)

ACTION: Review the signage at the car park (April 2025 - June 2025)

Agreed: the bus station stays a priority location.
"""


def _actions(record):
    return [(sorted(o.name for o in a.owners), a.text) for i in record.items for a in i.actions]


def test_owners_in_the_bracket_closing_a_wrapped_action_line():
    found = _actions(extract_text(TASKING))
    assert (["Dan", "Mark"], found[0][1]) == found[0]
    assert found[0][1].startswith("Joint patrol of wardens") and "Easter holidays" in found[0][1]
    assert found[1][0] == ["Abi", "Priya"]
    assert found[2][0] == ["Kirsty", "Mark"]
    assert found[2][1] == "Draft consultation plan for the PSPO extension"


def test_a_closing_bracket_that_names_no_attendee_gives_no_owner():
    found = _actions(extract_text(TASKING))
    assert not any("April" in name for owners, _ in found for name in owners)


GRID = """LAKEBY JOINT ACTION GROUP (JAG)

Minutes of meeting: Thursday 13th November 2025, 10:00hrs

Present:
RM    Insp Rhys Morgan          Fellshire Police (Chair)
CP    Sgt Cara Pugh             Fellshire Police
DW    Dai Wyn Evans             Lakeby Council, Environmental Enforcement
SJ    Sara Jones                Lakeby Council, Housing
LP    Lisa Price                Lakeby Youth Service

1.  Location tasking

    +-----------------+------------------------+----------------------------+----------+-----+
    | Location        | Issue                  | Tasking                    | Owner    | RAG |
    +-----------------+------------------------+----------------------------+----------+-----+
    | Mill Street     | Street drinking, ASB   | High-visibility patrols    | CP       |  R  |
    |                 | outside licensed       | Fri/Sat; licensing visits  | DW       |     |
    |                 | premises               | to two off-licences        |          |     |
    +-----------------+------------------------+----------------------------+----------+-----+
    | Station Road    | Drug supply            | Joint welfare visits to    | SJ / LP  |  A  |
    |                 |                        | the two addresses          |          |     |
    +-----------------+------------------------+----------------------------+----------+-----+

2.  Date of next meeting
"""


def test_a_grid_rows_lines_are_one_action_with_every_owner_in_its_cell():
    found = _actions(extract_text(GRID))
    assert found == [
        (["Dai Wyn Evans", "Sgt Cara Pugh"],
         "High-visibility patrols Fri/Sat; licensing visits to two off-licences"),
        (["Lisa Price", "Sara Jones"], "Joint welfare visits to the two addresses"),
    ]


def test_how_a_member_joined_after_the_dash_is_no_body():
    record = extract_text(TASKING.replace("Mark (LDC Housing)\n", "Mark (LDC Housing)\nNikki (Lakeby Family Service) - Teams\n"))
    nikki = next(a for a in record.attendance if a.name == "Nikki")
    assert nikki.organisations == ["Lakeby Family Service"]
