"""Minutes typed as a text grid "Agenda item | Discussion | Action (owner)" between "----+----" rules,
each cell wrapped over the lines of its column, dated with two-digit years ("Wednesday 9th Nov 22"):
the title's own date is read after "held", the other meetings' dates in that style too; the grid is
rebuilt cell by cell so titles, discussions and the action column's "AB/CD - task" entries read whole;
a time range that says "pm" only at its end starts in the afternoon. Invented minutes."""
from __future__ import annotations

import datetime as dt

from kgraph.dates import find_time, short_year_dates
from kgraph.extract import extract_text
from kgraph.wrapped_table import rebuild_wrapped_tables

GRID = """LAKEBY REDUCING REOFFENDING BOARD

Minutes of meeting held Wednesday 9th Nov 22, 14:00 - 15:30
Fellside House

Present:
Ann Webb (AW) - Lakeby Police (Chair);
Tom Hale (TH) - Fellside Council, Housing Manager;
Jo Dale (JD) - Lakeby Drug and Alcohol Team (LDAT)

------------------------+----------------------------------------------------+--------------------------
Agenda item             | Discussion                                         | Action (owner)
------------------------+----------------------------------------------------+--------------------------
1. Welcome and          | AW welcomed members and thanked Fellside Council   |
apologies               | for hosting. No declarations of interest were      |
                        | made.                                              |
------------------------+----------------------------------------------------+--------------------------
2. Minutes of last      | Minutes of the meeting held 10th Aug 22 agreed as  | TH/JD - review the
meeting                 | an accurate record.                                | referral pathway - 1st
                        |                                                    | Dec 22
                        | TH reported that the referral pathway from custody | AW - write to the
                        | was still not working well for prison leavers and  | prison governor
                        | asked for a review with the treatment service.     |
------------------------+----------------------------------------------------+--------------------------
3. Date of next         | Wednesday 8th Feb 23, 14:00, Fellside House, with  |
meeting                 | the annual report as the main item of the          |
                        | agenda.                                            |
------------------------+----------------------------------------------------+--------------------------
"""


def test_the_title_date_with_a_two_digit_year_after_held_is_the_meetings():
    record = extract_text(GRID)
    assert record.header.date == dt.date(2022, 11, 9)
    assert record.header.start_time == dt.time(14, 0)


def test_the_grid_is_rebuilt_cell_by_cell():
    text = rebuild_wrapped_tables(GRID)
    assert "1. Welcome and apologies" in text
    assert "TH reported that the referral pathway from custody was still not working well" in text
    # each "AB - task" entry of the action column starts a line of its own
    assert "\nAW - write to the prison governor" in text


def test_items_read_from_the_grid_have_whole_titles():
    record = extract_text(GRID)
    assert [i.title for i in record.items] == ["Welcome and apologies", "Minutes of last meeting",
                                              "Date of next meeting"]


def test_action_column_entries_are_actions_of_the_initials_owners():
    record = extract_text(GRID)
    owners = sorted(tuple(sorted(o.name for o in a.owners)) for a in record.items[1].actions)
    assert owners == [("Ann Webb",), ("Jo Dale", "Tom Hale")]


def test_initials_of_nobody_present_make_no_action():
    text = GRID.replace("AW - write to the", "XY - write to the")
    record = extract_text(text)
    assert all("Ann Webb" not in [o.name for o in a.owners] for a in record.items[1].actions)


def test_other_meetings_dated_with_two_digit_years_are_referenced():
    record = extract_text(GRID)
    refs = {(r.date, r.relation) for r in record.meeting_refs}
    assert (dt.date(2022, 8, 10), "previous") in refs
    assert (dt.date(2023, 2, 8), "next") in refs
    # the action's due date is no meeting
    assert all(r.date != dt.date(2022, 12, 1) for r in record.meeting_refs)


def test_a_two_digit_year_may_end_a_sentence_but_no_time_or_decimal_is_a_year():
    assert [d for d, _ in short_year_dates("Following meeting: Wednesday 14th Apr 23.")] == [dt.date(2023, 4, 14)]
    assert short_year_dates("from 12 March 24.5 per cent") == []
    assert short_year_dates("on 12 March 14:00") == []


def test_a_time_range_with_pm_at_its_end_starts_in_the_afternoon():
    assert find_time("2.00 - 4.20 PM")[0] == dt.time(14, 0)
    assert find_time("11.00 - 1.00 pm")[0] == dt.time(11, 0)
    assert find_time("10:00 - 12:00")[0] == dt.time(10, 0)


def test_a_table_without_grid_or_wrapped_cells_is_left_as_it_is():
    text = ("Item | Title | Lead | Time\n-----+-------+------+-----\n1    | Welcome | Chair | 14:00\n"
            "2    | Minutes | Chair | 14:05\n")
    assert rebuild_wrapped_tables(text) == text


def test_an_online_platform_under_the_date_is_the_venue():
    text = GRID.replace("Fellside House\n\nPresent:", "Microsoft Teams (virtual meeting)\n\nPresent:")
    assert extract_text(text).header.venue == "Microsoft Teams"
