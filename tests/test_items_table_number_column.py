"""Minutes kept as a Markdown pipe table "Minute | Subject | Discussion and decision": two header cells
that could each name the item, the first holding only the minute's number in its rows. The number
column comes first, the subject is the title; bullets inside a '<br>'-broken cell are sub-points of
the decision above them."""
from __future__ import annotations

from kgraph.extract import extract_text

MINUTES = """# Lakeby Safer Neighbourhood Board

**Minutes of the Board meeting held on Tuesday 3 March 2026 at 6.30pm, Lakeby Town Hall**

Present: Ann Reddy (Chair), Tom Wyatt (Lakeby Council), Gail Morton (Fellside Police)

| Minute | Subject | Discussion and decision |
|---|---|---|
| 26/07 | Welcome and apologies | The Chair welcomed members. No apologies were received. |
| 26/08 | Community fund bids | Tom Wyatt presented three bids to the fund. |
| | | **Decision:** The Board APPROVED the following:<br>• bid (a), youth boxing club, £2,000;<br>• bid (b), street pastors, £1,500;<br>• that bid (c) be deferred to the next meeting. |
| 26/09 | Date of next meeting | Tuesday 2 June 2026. |
"""


def test_the_number_column_before_the_subject_gives_each_item_its_number_and_title():
    minutes = extract_text(MINUTES)
    assert [(i.number, i.title) for i in minutes.items] == [
        ("26/07", "Welcome and apologies"), ("26/08", "Community fund bids"), ("26/09", "Date of next meeting")]


def test_bullets_in_a_cell_under_a_lead_in_are_one_decision_each():
    minutes = extract_text(MINUTES)
    texts = [d.text for d in minutes.items[1].decisions]
    assert len(texts) == 3
    assert texts[0].startswith("bid (a), youth boxing club")
    assert texts[2].startswith("that bid (c) be deferred")


def test_a_first_column_of_titles_stays_the_title_column():
    # "Item | Title | …" whose rows' first cells hold no bare number: the first column names the item
    text = MINUTES.replace("| Minute | Subject |", "| Item | Title |")
    for number in ("26/07", "26/08", "26/09"):
        text = text.replace(f"| {number} |", f"| {number} Part |")
    minutes = extract_text(text)
    assert [(i.number, i.title) for i in minutes.items][:1] == [("26/07", "Part")]
