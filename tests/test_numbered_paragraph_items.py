"""Minutes written as numbered paragraphs only, without headings ("1. The Chair welcomed …",
"3. DHR update. The Head of … said …"): when the document's only numbering is a run of top-level
paragraphs 1, 2, 3 …, each paragraph is an item titled by its run-in topic (a short first sentence,
or the phrase before a colon) or else by its opening words, and its whole text is the item's."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions, items, refs

PARAGRAPHS = """NORTHSHIRE DISTRICT COMMUNITY SAFETY PARTNERSHIP

Minutes of the meeting held on Tuesday 9 May 2023 at 10.00am in Room 4, Civic Centre, Northby

Present:
Councillor Ann Vale (Chair) – Northshire Council
Tom Reed (TR) – Northshire Police

1. The Chair welcomed members, in particular Tom Reed, who replaces Jo Pike.

2. Minutes of the last meeting held on 7 February 2023 were agreed as a correct record.

3. Burglary update. Tom Reed reported that burglary had fallen by 8% since January. The Partnership agreed to fund target hardening.

4. Date of next meeting: Tuesday 8 August 2023, 10.00am, Civic Centre.
"""


def test_each_numbered_paragraph_is_an_item_titled_by_its_opening():
    record = extract_text(PARAGRAPHS)
    assert items(record) == [("1", None, "The Chair welcomed members"),
                             ("2", None, "Minutes of the last meeting held"),
                             ("3", None, "Burglary update"), ("4", None, "Date of next meeting")]
    assert [n for n, _, _ in decisions(record)] == ["2", "3"]
    assert refs(record) == [(dt.date(2023, 2, 7), "previous"), (dt.date(2023, 8, 8), "next")]
    assert_spans_slice_back(record)


def test_numbered_paragraphs_out_of_sequence_are_not_items():
    text = PARAGRAPHS.replace("3. Burglary", "7. Burglary").replace("4. Date", "9. Date")
    assert [n for n, _, _ in items(extract_text(text))] != ["1", "2", "7", "9"]
    assert not any(n == "1" for n, _, _ in items(extract_text(text)))


def test_numbered_paragraphs_under_headings_stay_paragraphs():
    text = PARAGRAPHS.replace("1. The Chair", "WELCOME\n\n1. The Chair").replace("3. Burglary", "BURGLARY\n\n3. Burglary")
    assert [t for _, _, t in items(extract_text(text))][:2] == ["WELCOME", "BURGLARY"]
