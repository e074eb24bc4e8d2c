"""Actions whose owner follows the task after a spaced dash, an ACTION column of initials set right
(Mc surnames keep their prefix), the header row of a log that is no action nor next meeting, and
attendance lists of one titled attendee a line whose long lines wrap."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import _name_initials, extract_text

DASHED = """Lakeside Safeguarding Adults Board

Minutes of the meeting held on 14 September 2022

Present: Dr Imogen Hale (Independent Chair), Lucy Marsh (Board Manager), Sarah Ebb (ICB), Mark Tovey (Probation)

1. Safeguarding Adults Review 'Ann'
Presented by: Lucy Marsh
Discussion:
The Board discussed the report and the action plan.
Outcome:
The Board approved the report for publication.
Action: Publish the report and seven-minute briefing – Lucy Marsh – 30 September 2022
Action: Add primary care involvement to the action plan – Sarah Ebb
Action: Circulate the screening tool to Board members – Mark Tovey / Sarah Ebb – 31 October 2022

2. Date of next meeting
The next meeting will be held on Wednesday 7 December 2022.

Decisions and actions log

Ref\tItem\tDecision / Action\tOwner\tDue / status
D1\t1\tReport approved for publication\tBoard\tDone
A1\t1\tPublish the report\tLucy Marsh\t30/09/2022
A2\t1\tAdd primary care involvement\tSarah Ebb\t31/10/2022
"""


def _actions(record):
    return [(item.number, [o.name for o in a.owners], record.source.text[a.span.start:a.span.end])
            for item in record.items for a in item.actions]


def test_the_owner_after_the_task_and_a_spaced_dash():
    found = _actions(extract_text(DASHED))
    assert (("1", ["Lucy Marsh"], "Publish the report and seven-minute briefing") in found)
    assert (("1", ["Sarah Ebb"], "Add primary care involvement to the action plan") in found)
    assert (("1", ["Mark Tovey", "Sarah Ebb"], "Circulate the screening tool to Board members") in found)


def test_a_log_header_row_is_no_action_and_its_dates_no_next_meeting():
    record = extract_text(DASHED)
    assert not any("Due" in owners or "status" in owners for _, owners, _ in _actions(record))
    nexts = [r.date for r in record.meeting_refs if r.relation == "next"]
    assert nexts == [dt.date(2022, 12, 7)]


def test_a_dash_before_words_that_name_nobody_is_no_owner():
    text = DASHED.replace("– Lucy Marsh – 30 September 2022", "– the redacted version – before publication")
    found = _actions(extract_text(text))
    assert not any(owners == ["the redacted version"] for _, owners, _ in found)


COLUMN = """Fellside Alcohol and Drug Partnership

Minute of meeting held on 28 September 2023

Present:
Jim McKenna\tFellside Council
Ann Rowe\tNHS Fellside
Tom Gale\tLived Experience Panel

Fellside ADP – 28 September 2023                                                 ACTION

1.0     DRUG DEATHS

1.1     The Chair asked that a short briefing on the local figures be prepared
        for the Integration Joint Board.                                                JMcK

1.2     Tom Gale said that the Panel would carry out a further round of interviews
        in November.                                                                     TG

2.0     MAT STANDARDS

2.1     Members discussed the pathway. The Recovery Service will draft a joint protocol
        with the mental health service for the December meeting.                        AR
"""


def test_initials_set_right_in_the_action_column_own_their_paragraph():
    found = _actions(extract_text(COLUMN))
    owners = {(number, tuple(names)) for number, names, _ in found}
    assert ("1.0", ("Jim McKenna",)) in owners
    assert ("1.0", ("Tom Gale",)) in owners
    # the paragraph the column's initials own is one action: no second one for the body its prose names
    assert not any(names == ["Recovery Service"] for _, names, _ in found)


def test_a_mc_surname_keeps_its_prefix_in_initials():
    assert "JMcK" in _name_initials("Jim McKenna")
    assert "AMacL" in _name_initials("Ann MacLeod")


TITLED = """Lakeby Police and Crime Panel

Minutes of the meeting held on 16 June 2016

Present:       Councillor Brian Hale (Chair)
               Councillor Alan Cobb

Also Present:  Mr Julian Fenn, Police and Crime Commissioner
               Mr Kevin Stone, Chief Executive, Office of the Police and Crime
               Commissioner (OPCC)
               Ms Deborah White, Treasurer, OPCC

Officers:      Ms Catherine Yale, Senior Democratic Services Officer,
               Lakeby County Council
               Mr Ian Pross, Legal Services, Lakeby County Council

12.   Election of Chair
      RESOLVED that Councillor Brian Hale be elected Chair.
"""


def test_titled_attendees_one_a_line_whose_lines_wrap():
    record = extract_text(TITLED)
    names = [(a.name, a.list_kind) for a in record.attendance]
    assert ("Mr Kevin Stone", "also_present") in names
    assert ("Ms Deborah White", "also_present") in names
    assert ("Mr Ian Pross", "officers") in names
    assert not any(name == "Commissioner" for name, _ in names)
    yale = next(a for a in record.attendance if a.name == "Ms Catherine Yale")
    assert "Lakeby County Council" in yale.organisations


def test_a_running_list_over_lines_stays_a_paragraph():
    text = TITLED.replace("""Also Present:  Mr Julian Fenn, Police and Crime Commissioner
               Mr Kevin Stone, Chief Executive, Office of the Police and Crime
               Commissioner (OPCC)
               Ms Deborah White, Treasurer, OPCC""",
                          """Also present: Mrs Ruth Pen (Lakeby Police and Crime Commissioner),
Mr David Quay (Chief Executive, Office of the Lakeby Police and Crime
Commissioner), Tom Yell (Clerk to the Panel, Lakeby County Council)""")
    names = [a.name for a in extract_text(text).attendance]
    assert {"Mrs Ruth Pen", "Mr David Quay", "Tom Yell"} <= set(names)
