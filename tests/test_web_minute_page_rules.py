"""Committee web pages copied as text, and the outcomes written on them: a minute number that joins
the committee's capitals prefix to number/year ("HSC12/22<TAB>Title pdf icon PDF 120 KB"), a title
whose full stop closes the link text, "AGREED to …" as a resolution in the infinitive, a clause
"thanked Mrs X, and Inspector Y undertook to …" (only Inspector Y undertakes), and a closing
forward plan ("Meeting | Item | Lead") whose dates are later meetings of the same body."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions, items, owners, refs

WEB_PAGE = """Agenda and minutes
Harbour Scrutiny Committee - Tuesday, 7th June, 2022 6.30 pm

Venue: Room 4, Quay House, Portwell. View directions

Items
No.\tItem

Present: Councillor P Ames (Chairman), Councillors B Croft, D Elm and F Grey.

Officers in attendance: Rhona Vale (Safer Streets Officer) and Tom Birch (Democratic Services Officer).

Also in attendance: Inspector Mark Quill (Harbourshire Police).

HSC12/22\tPrevious Minutes. pdf icon PDF 120 KB
To confirm the minutes of the meeting held on 3 May 2022.
Minutes:
The minutes of the meeting of 3 May 2022 were confirmed and signed as an accurate record.

HSC13/22\tPublic Questions
Minutes:
A question had been received from Mrs Ada Pell about speeding on the quay road. The Chairman thanked Mrs Pell, and Inspector Quill undertook to send her the results of the speed survey.

HSC14/22\tWork Programme pdf icon PDF 98 KB
Minutes:
Members reviewed the work programme.

AGREED to add an item on youth diversion to the meeting on 6 September 2022.

Tom Birch agreed to update the work programme accordingly.
"""

FORWARD_PLAN = """Minutes of the Lowmoor Safer Communities Board held on 4 March 2024

Present: Ann Reed (Chair), Bill Shaw

1.\tApologies\tNone.

2.\tForward plan and date of next meeting\tThe Board noted the forward plan below.
\t\tThe next meeting will be held on 3 June 2024.

Forward plan
Meeting\tItem\tLead
3 June 2024\tStreet lighting audit\tBill Shaw
9 September 2024\tYouth diversion fund\tAnn Reed
"""


def test_prefix_joined_to_minute_number_is_an_item_heading():
    record = extract_text(WEB_PAGE)
    assert items(record) == [("HSC12/22", None, "Previous Minutes"), ("HSC13/22", None, "Public Questions"),
                             ("HSC14/22", None, "Work Programme")]
    assert_spans_slice_back(record)


def test_minutes_confirmed_under_a_prefixed_minute_number_is_a_decision():
    found = decisions(extract_text(WEB_PAGE))
    assert any(d[0] == "HSC12/22" and d[2].startswith("The minutes of the meeting of 3 May 2022") for d in found)


def test_shouted_agreed_to_is_a_decision():
    found = decisions(extract_text(WEB_PAGE))
    assert ("HSC14/22", "agreed", "to add an item on youth diversion to the meeting on 6 September 2022.") in found


def test_comma_and_between_two_names_joins_clauses_not_owners():
    found = owners(extract_text(WEB_PAGE))
    assert ("HSC13/22", ["Inspector Mark Quill"], False) in found or ("HSC13/22", ["Inspector Quill"], False) in found
    assert not any("Pell" in name for _, names, _ in found for name in names)


def test_forward_plan_meeting_column_dates_later_meetings():
    found = refs(extract_text(FORWARD_PLAN))
    dates = {str(date): relation for date, relation in found}
    assert dates.get("2024-06-03") == "next"
    assert dates.get("2024-09-09") == "other"


NUMBER_ALONE = """Harbour Scrutiny Committee - Tuesday, 7th June, 2022 6.30 pm

Present: Councillor P Ames (Chairman), Councillors B Croft and D Elm.

HSC12/22

Previous Minutes. pdf icon PDF 120 KB

Minutes:

The minutes of the meeting of 3 May 2022 were confirmed as an accurate record.

HSC13/22

Public Questions

Minutes:

No questions had been received.

CHAIRMAN
"""


def test_prefixed_minute_number_alone_on_its_line_heads_the_title_below():
    record = extract_text(NUMBER_ALONE)
    assert items(record) == [("HSC12/22", None, "Previous Minutes"), ("HSC13/22", None, "Public Questions")]
    assert_spans_slice_back(record)
