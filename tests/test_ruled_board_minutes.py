"""Board minutes typed with three-level paragraph numbers, a ruled "DECISIONS LOG" box under each item,
the body's name over two title lines and the attendance as a closing status table (invented minutes)."""
from kgraph.extract import extract_text

MINUTES = """OFFICIAL

Lakeside Violence Reduction Unit
Strategic Board

Minutes of the meeting held on Tuesday 12 March 2024, 10:00
Venue: Fellside Police Station, Lakeby

Chair: Councillor Ann Webb (Lakeside Borough Council)

1. Welcome and apologies

1.1 The Chair welcomed members. Apologies are recorded at the end of these minutes.

2. Minutes of the previous meeting

2.1 Minutes of the meeting held on 5 December 2023

2.1.1 The minutes were agreed as an accurate record.

2.2 Action log

2.2.1 Action 23/4 complete.

+--------------------------------------------------------------------------+
| DECISIONS LOG – ITEM 2                                                   |
| D2.1  Minutes of 5 December 2023 APPROVED.                               |
+--------------------------------------------------------------------------+

3. Youth outreach fund

3.1 Background

3.1.1 Jo Fell presented the bids received for the fund.

3.1.2 Action: Jo Fell to write to the unsuccessful bidders by 30 April 2024.

+--------------------------------------------------------------------------+
| DECISIONS LOG – ITEM 3                                                   |
| D3.1  The Board APPROVED the six awards from the youth outreach fund     |
|       set out in Appendix A.                                             |
| D3.2  The Board NOTED the update.                                        |
+--------------------------------------------------------------------------+

4. Any other business

4.1 None.

Attendance record

Name | Organisation | Present/Apologies/Deputy (Y/A/D)
Cllr Ann Webb (Chair) | Lakeside Borough Council | Y
Jo Fell | Lakeside Violence Reduction Unit | Y
Ch Supt Sam Hale | Lakeside Police | D – Supt Kim Dodd
Raj Patel | Fellside Council | A
"""


def _record():
    return extract_text(MINUTES, "board.txt")


def test_sub_headings_over_three_level_paragraphs_are_no_items():
    assert [i.number for i in _record().items] == ["1", "2", "3", "4"]


def test_ruled_decisions_log_rows_are_the_items_decisions():
    items = {i.number: i for i in _record().items}
    texts = [" ".join(d.text.replace("|", " ").split()) for d in items["3"].decisions]
    assert texts == ["The Board APPROVED the six awards from the youth outreach fund set out in Appendix A.",
                     "The Board NOTED the update."]
    assert [d.text for d in items["2"].decisions][-1] == "Minutes of 5 December 2023 APPROVED."
    assert items["3"].actions and items["3"].actions[0].owners[0].name == "Jo Fell"


def test_organisation_line_over_generic_group_names_the_body():
    assert _record().header.body == "Lakeside Violence Reduction Unit Strategic Board"


def test_closing_status_table_gives_present_apologies_and_deputies():
    kinds = {a.name: a.list_kind for a in _record().attendance}
    assert kinds["Jo Fell"] == "present"
    assert kinds["Raj Patel"] == "apologies"
    assert kinds["Ch Supt Sam Hale"] == "absent"
    deputy = next(a for a in _record().attendance if a.name == "Supt Kim Dodd")
    assert deputy.list_kind == "present" and deputy.organisations == ["Lakeside Police"]


def test_closing_status_table_is_no_part_of_the_last_item():
    last = _record().items[-1]
    assert "Attendance record" not in MINUTES[last.span.start:last.span.end]
