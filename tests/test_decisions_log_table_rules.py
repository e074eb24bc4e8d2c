"""A "key decisions and actions log": the business as one table (No. | Item | Discussion summary |
Decision | Action | Owner | Due), continuation rows carrying further actions, and annex tables after
the last item (a dashboard of figures, actions carried forward, a forward plan). Only the items table's
own rows give decisions and actions; a decision cell gives one decision a sub-point, and a short
outcome sentence opening it ("Dashboard noted.") is one decision beside the one after it."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import assert_spans_slice_back, decisions, owners

LOG = """EASTBY COMMUNITY SAFETY PARTNERSHIP
Key decisions and actions log

Meeting: Eastby Community Safety Partnership Strategic Group
Date: 02/05/2024   Start: 10:00

Present: Cllr Ann Pike (AP) Eastby Council – Chair, Tom Reed (TR) Eastby Council, Jo Lamb (JL) Northshire Police

No. | Item | Discussion summary | Decision | Action | Owner | Due
---|---|---|---|---|---|---
1 | Welcome | AP welcomed members. | – | – | – | –
2 | Performance report | TR presented the figures. Burglary down 5%. | Report noted. Burglary to be a standing item until Q3. | Produce a burglary hotspot map. | TR | 01/07/2024
 |  |  |  | Brief ward members on hotspots. | JL | 31/05/2024
3 | Youth fund | JL outlined the bids. | (a) Bid criteria approved. (b) Fund of £20,000 allocated as set out in the paper. | Write to bidders. | JL | 15/05/2024


Annex A – dashboard extract
Measure | Q4 2022/23 | Q4 2023/24 | Change
---|---|---|---
Burglary | 402 | 371 | -7.7%
Vehicle crime | 210 | 230 | +9.5%

Annex B – Forward plan
Meeting | Item | Lead | Type
---|---|---|---
01/08/2024 | Youth fund evaluation | JL | Decision
01/08/2024 | Burglary deep dive | TR | Information
"""


def test_annex_tables_after_the_last_item_give_no_decisions_or_actions():
    record = extract_text(LOG)
    assert [d for d in decisions(record) if d[0] == "3"] == [
        ("3", "approved", "Bid criteria approved."),
        ("3", "resolved", "Fund of £20,000 allocated as set out in the paper.")]
    assert owners(record) == [("2", ["Tom Reed"], True), ("2", ["Jo Lamb"], True), ("3", ["Jo Lamb"], True)]
    assert_spans_slice_back(record)


def test_a_short_outcome_sentence_opening_a_decision_cell_is_a_decision_of_its_own():
    found = [d[2] for d in decisions(extract_text(LOG)) if d[0] == "2"]
    assert found == ["Report noted.", "Burglary to be a standing item until Q3."]
