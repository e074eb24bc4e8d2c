"""Two ways of printing who came without a "Present:" list.

A municipal year's attendance matrix whose columns are headed by the month alone ("Jun | Sep | Dec |
Mar"), drawn with bars and a rule under the header, a long cell wrapped onto a line of its own: the
column of the meeting's month says who came. Item numbers carry the body's prefix and the municipal
year ("LSP 24/25-07").

A county board's "Membership" under group headings in capitals, "Persons absent are marked with an
'A'": an unmarked member was there, a marked one was not, a substitute ("A for B") stood in, and a
body wrapped under its column goes on with the line above. The header's fields are parted from their
labels by wide gaps ("Meeting          HEALTH AND WELLBEING BOARD")."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import items, people

MATRIX_MINUTES = """Lakeby Borough Council

LAKEBY SAFER PARTNERSHIP

Minutes of the meeting held on Tuesday 10 December 2024 at 2.00pm

ATTENDANCE RECORD - MUNICIPAL YEAR 2024/25
Key: P = present   A = apologies received   - = not a member / meeting not yet held

Name                       | Organisation                                | Jun | Sep | Dec | Mar
---------------------------+---------------------------------------------+-----+-----+-----+-----
Cllr Ann Vale (Chair)      | Lakeby Borough Council                      |  P  |  P  |  P  |  -
Supt Tom Reed (Vice-       | Fellshire Police                            |  P  |  A  |  P  |  -
Chair)                     |                                             |     |     |     |
Jo Pike                    | Office of the Police and Crime Commissioner |  P  |  P  |  A  |  -
                           | for Fellshire                               |     |     |     |
Sam Hale                   | Lakeby Youth Trust                          |  -  |  P  |  P  |  -
Kit Moss                   | Fellshire Fire and Rescue Service           |  P  |  P  |  -  |  -

Also present: Lee Dunn (Lakeby Youth Trust).


LSP 24/25-07   APOLOGIES FOR ABSENCE

Apologies were received from Jo Pike.


LSP 24/25-08   MINUTES OF THE MEETING HELD ON 17 SEPTEMBER 2024

RESOLVED that the minutes be confirmed as a correct record.


LSP 24/25-09   PERFORMANCE UPDATE - QUARTER 2

Tom Reed presented the report. RESOLVED that the report be noted.
"""


def test_the_months_column_of_this_meeting_gives_present_and_apologies():
    found = {n: k for n, _, _, k in people(extract_text(MATRIX_MINUTES))}
    assert found["Cllr Ann Vale"] == "present"
    assert found["Supt Tom Reed"] == "present"      # the row goes on under the wrapped "Chair)" line
    assert found["Sam Hale"] == "present"
    assert found["Jo Pike"] == "apologies"
    assert "Kit Moss" not in found                  # "-": not a member at this meeting
    assert found["Lee Dunn"] == "also_present"
    assert not any(n.startswith("Key") for n in found)


def test_a_month_named_twice_leaves_the_column_unknown():
    twice = MATRIX_MINUTES.replace("| Jun | Sep | Dec | Mar", "| Dec | Sep | Dec | Mar")
    found = {n: k for n, _, _, k in people(extract_text(twice))}
    assert "Kit Moss" not in found and "Sam Hale" not in found


def test_item_numbers_with_prefix_and_municipal_year():
    assert items(extract_text(MATRIX_MINUTES)) == [
        ("LSP 24/25-07", None, "APOLOGIES FOR ABSENCE"),
        ("LSP 24/25-08", None, "MINUTES OF THE MEETING HELD ON 17 SEPTEMBER 2024"),
        ("LSP 24/25-09", None, "PERFORMANCE UPDATE - QUARTER 2"),
    ]


MEMBERSHIP_MINUTES = """Fellshire County Council                                              minutes

Meeting          HEALTH AND WELLBEING BOARD

Date             Wednesday 5 March 2025 (commencing at 2.00 pm)

Venue            Council Chamber, County Hall, Lakeby

Membership
Persons absent are marked with an 'A'

COUNTY COUNCILLORS
      Councillor Ann Vale (Chairman)
   A  Councillor Tom Reed
      Councillor Jo Pike

DISTRICT COUNCILLORS
      Councillor Sam Hale              - Lakeby District Council
   A  Councillor Kit Moss              - Fellside Borough Council

PARTNERS
      Lee Dunn                         - NHS Fellshire and Lakeby Integrated
                                         Care Board
      Superintendent Amy Holt          - Fellshire Police

SUBSTITUTE MEMBERS
      Councillor Ben Ward for Councillor Tom Reed

OFFICERS IN ATTENDANCE
      Ruth Kaye                        - Democratic Services Officer


1.    MINUTES OF THE LAST MEETING

The minutes of the last meeting were confirmed and signed by the Chairman.

2.    APOLOGIES FOR ABSENCE

Apologies were received from Councillor Tom Reed and Councillor Kit Moss.
"""


def test_unmarked_members_came_and_marked_ones_did_not():
    found = {n: (orgs, role, k) for n, orgs, role, k in people(extract_text(MEMBERSHIP_MINUTES))}
    came = {n for n, (_, _, k) in found.items() if k in ("present", "in_attendance")}
    assert came == {"Councillor Ann Vale", "Councillor Jo Pike", "Councillor Sam Hale", "Lee Dunn",
                    "Superintendent Amy Holt", "Councillor Ben Ward", "Ruth Kaye"}
    assert found["Councillor Tom Reed"][2] == "apologies" and found["Councillor Kit Moss"][2] == "apologies"
    assert found["Lee Dunn"][0] == ["NHS Fellshire and Lakeby Integrated Care Board"]
    assert found["Ruth Kaye"][1] == "Democratic Services Officer"


def test_without_an_absence_legend_a_margin_letter_is_not_read_as_absence():
    plain = MEMBERSHIP_MINUTES.replace("Persons absent are marked with an 'A'\n", "")
    found = {n for n, _, _, k in people(extract_text(plain)) if k == "apologies"}
    assert "Councillor Jo Pike" not in found


def test_header_fields_parted_by_wide_gaps():
    header = extract_text(MEMBERSHIP_MINUTES).header
    assert header.body == "Fellshire Health and Wellbeing Board"
    assert header.date == dt.date(2025, 3, 5)
    assert header.start_time == dt.time(14, 0)
    assert header.venue == "Council Chamber, County Hall, Lakeby"


def test_a_body_cell_wrapped_between_bars_goes_on_with_the_row():
    found = {n: orgs for n, orgs, _, _ in people(extract_text(MATRIX_MINUTES))}
    assert found["Jo Pike"] == ["Office of the Police and Crime Commissioner for Fellshire"]
