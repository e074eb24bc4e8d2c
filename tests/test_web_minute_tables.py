"""Rules for minutes published as one web-page table "Item<TAB>Minute<TAB>Action by" copied as text:
the minute cell runs over several paragraphs, so the owner cell follows on its last line, and a cell
of several owners writes the later ones on lines below. Invented minutes; each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

PAGE = ("Fellside Safer Communities Partnership\n"
        "Minutes of the meeting held on Tuesday 4 March 2025 at 10:00am via Microsoft Teams\n"
        "Present: Cllr Ann Baker (Chair, Fellside Borough Council), Carl Dunn (Fellside Police), "
        "Eve Frost (Fellside County Council)\n\n"
        "Item\tMinute\tAction by\n"
        "1. Welcome and apologies\tThe Chair welcomed members.\n\n"
        "Apologies were received from Jo Hale (Fellside Police).\t\n"
        "2. Street drinking in the town centre\tMembers discussed the patrols in the park.\n\n"
        "Carl Dunn would report back on the patrol hours.\tCarl Dunn\n"
        "3. Declarations of interest\tNone were declared.\t\n"
        "4. Domestic abuse and refuge places\tEve Frost updated on the refuge.\n\n"
        "Resolved:\n\n"
        "• that the refuge report be published.\tEve Frost\n\n"
        "Ann Baker\n"
        "5. Anti-social behaviour in the parks\tCarl Dunn reported fewer reports this year.\n\n"
        "The report was noted.\t\n"
        "6. Road safety and speeding\tMembers discussed the speed checks.\n\n"
        "The report was noted.\t\n"
        "7. Any other business\tNone.\t\n"
        "8. Date of next meeting\tTuesday 3 June 2025 at 10:00am.\t\n\n"
        "Last updated: 10 March 2025\n")


def _owners_by_item(record):
    return {i.number: sorted(o.name for a in i.actions if a.explicit for o in a.owners) for i in record.items}


def test_the_owner_cell_on_the_last_line_of_a_row_of_several_paragraphs_is_an_action():
    record = extract_text(PAGE)
    assert _owners_by_item(record)["2"] == ["Carl Dunn"]


def test_owners_written_below_the_row_share_its_action():
    record = extract_text(PAGE)
    assert _owners_by_item(record)["4"] == ["Ann Baker", "Eve Frost"]


def test_rows_without_an_owner_have_no_action():
    record = extract_text(PAGE)
    owners = _owners_by_item(record)
    assert owners["1"] == owners["3"] == owners["8"] == []


def test_a_one_line_row_above_rows_of_several_paragraphs_keeps_every_item():
    """The table is read as a table (its first row whole on one line), and a row whose cell holds
    paragraphs parted by blank lines, or a second owner on a line below, does not end it."""
    page = PAGE.replace("1. Welcome and apologies\tThe Chair welcomed members.\n\n"
                        "Apologies were received from Jo Hale (Fellside Police).\t\n",
                        "1. Welcome and apologies\tThe Chair welcomed members and noted the apologies.\t\n")
    record = extract_text(page)
    assert [i.number for i in record.items] == [str(n) for n in range(1, 9)]
    owners = _owners_by_item(record)
    assert owners["2"] == ["Carl Dunn"] and owners["4"] == ["Ann Baker", "Eve Frost"] and owners["5"] == []
    assert [d.kind for d in next(i for i in record.items if i.number == "5").decisions] == ["noted"]
