"""A closing action tracker whose rows are numbered by the raising meeting's month ("11/23-2") and
name no item: each row goes to the earlier item that minuted it, found by the words of its task."""
from kgraph.extract import extract_text

MINUTES = """Lakeby Alcohol and Drug Partnership

Minute of meeting held on Tuesday 7 November 2023 at 10:00
Lakeby Town Hall

Present: Jo Fell (Chair, Lakeby Council), Sam Reed (Lakeby Council Youth Justice Service), Ann Hale (Lakeby Health Board)

1. Welcome

1.1 The Chair welcomed members.

2. Overdose Response

2.1 Ann Hale reported on the overdose response pathway and the new outreach van rota.

2.2 Sam Reed noted that the Youth Justice Service had seen more referrals.

3. Any Other Business

3.1 Sam Reed raised a warning about counterfeit tablets circulating in Lakeby. A drug alert had been
issued by the health board.

4. Date of Next Meeting

Tuesday 6 February 2024 at 10:00.


Action Tracker

Ref | Action | Lead | Due | RAG
--- | --- | --- | --- | ---
11/23-1 | Publish the outreach van rota for the overdose pathway | Ann Hale | 30/11/2023 | Green
11/23-2 | Share the drug alert with Youth Justice Service staff | Sam Reed | 14/11/2023 | Green
"""


def _actions_by_item():
    record = extract_text(MINUTES)
    return {i.number: sorted(o.name for a in i.actions for o in a.owners) for i in record.items}


def test_month_numbered_tracker_rows_go_to_the_items_that_raised_them():
    by_item = _actions_by_item()
    assert by_item["2"] == ["Ann Hale"]
    assert by_item["4"] == []


def test_the_owners_own_organisation_in_the_task_does_not_point_to_an_item():
    # "Youth Justice Service" is Sam Reed's organisation, named in item 2 where he spoke of his team;
    # the alert about counterfeit tablets was raised in item 3
    assert _actions_by_item()["3"] == ["Sam Reed"]


def test_a_task_naming_only_the_owners_organisation_still_finds_its_item():
    # "Circulate Lakeby Health Board data": without the owner's organisation no word is left that an
    # item shares; with it, the item where the Health Board's figures were discussed
    minutes = MINUTES.replace("2.2 Sam Reed noted", "2.2 Ann Hale added that the Health Board had new figures.\n\n2.3 Sam Reed noted") \
        .replace("11/23-1 | Publish the outreach van rota for the overdose pathway | Ann Hale | 30/11/2023 | Green",
                 "11/23-1 | Circulate Lakeby Health Board data | Ann Hale | 30/11/2023 | Green") \
        .replace("3.1 Sam Reed raised", "3.1 Ann Hale and Sam Reed raised") \
        .replace("issued by the health board", "issued by the police").replace("circulating in Lakeby", "circulating")
    record = extract_text(minutes)
    by_item = {i.number: sorted(o.name for a in i.actions for o in a.owners) for i in record.items}
    assert "Ann Hale" in by_item["2"]
