"""A Word item table "Item | Discussion | Action/Owner" saved as text: each cell broke at its column's
width, so the cells go on over the next lines after leading TABs and the columns interleave. The
reader rebuilds each row cell by cell: the item's whole title, its decisions and its actions read."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.wrapped_table import rebuild_wrapped_tables

MINUTES = """Fellside Safeguarding Children Partnership
Executive Group

Date:\tTuesday 3 June 2025
Time:\t10:00 – 12:00
Venue:\tLakeby Town Hall

Present
Initials\tName\tRole\tOrganisation
AK\tAnna Kerr (Chair)\tDirector of Children's Services\tFellside Council
PB\tPeter Blake\tHead of Public Protection\tLakeshire Police
RM\tRuth Moss\tBusiness Manager\tFSCP

Item\tDiscussion\tAction/Owner
1. Welcome and\tAK welcomed members to the meeting and noted that the
apologies\tgroup was quorate, with all partners represented.
2. Declarations of\tNone declared.
interest
3. Minutes of the meeting\tDecision: The minutes of the meeting held on 4 March 2025 were\tRM to update and recirculate the
held on 4 March 2025\tagreed as an accurate record.\taction log
\t\tBy: 30 June 2025
4. Partnership budget\tRM presented the budget for the year, with contributions from\tPB to confirm the police
2025-26\tall three partners and a small underspend carried forward\tcontribution in writing
\tfrom the previous year for the training programme.\tBy: 31 July 2025
\t\t
\tDecision: The Executive Group approved the budget for 2025-26
\tand the carry forward of the underspend.

Page 2 of 3

Item\tDiscussion\tAction/Owner
5. Any other business\tPB reported that the new missing children protocol would be\tAK to write to the schools about
\tlaunched in September across the whole of the Fellside area.\tthe launch of the protocol
\t\tBy: 12 September 2025

Page 3 of 3
"""


def test_wrapped_rows_are_rebuilt_cell_by_cell():
    text = rebuild_wrapped_tables(MINUTES)
    assert "3. Minutes of the meeting held on 4 March 2025 and" not in text
    assert "3. Minutes of the meeting held on 4 March 2025\n" in text
    assert "2. Declarations of interest\n" in text
    assert "RM to update and recirculate the action log\nBy: 30 June 2025" in text
    assert ("Decision: The Executive Group approved the budget for 2025-26 and the carry forward of the "
            "underspend.") in text
    assert text.count("Item\tDiscussion\tAction/Owner") == 1      # the header repeated on page 2 dropped


def test_items_decisions_and_actions_of_a_wrapped_table():
    minutes = extract_text(MINUTES)
    assert [(i.number, i.title) for i in minutes.items] == [
        ("1", "Welcome and apologies"), ("2", "Declarations of interest"),
        ("3", "Minutes of the meeting held on 4 March 2025"), ("4", "Partnership budget 2025-26"),
        ("5", "Any other business")]
    decisions = {i.number: [" ".join(d.text.split()) for d in i.decisions] for i in minutes.items}
    assert decisions["4"] and decisions["4"][0].startswith("The Executive Group approved the budget for 2025-26")
    owners = sorted((i.number, o.name) for i in minutes.items for a in i.actions for o in a.owners)
    assert owners == [("3", "Ruth Moss"), ("4", "Peter Blake"), ("5", "Anna Kerr")]


def test_a_table_of_one_line_rows_is_left_as_it_was():
    """Sub-rows under an item ("\\tPB\\tUpdate …") of a table whose rows are one line each are rows of
    their own, not wrapped cells: their cells end with a full stop."""
    table = ("Item\tLead\tSummary\tAction\n"
             "1. Performance report\tAK\tCrime fell by four per cent over the quarter.\tNoted.\n"
             "\tPB\tRepeat callers rose in two of the Lakeby wards this year.\tPB to report.\n"
             "\tRM\tThe fire service reported fewer deliberate fires in Fellside.\tNoted.\n"
             "\tAK\tRoad safety campaign to run again in the autumn term.\tNoted.\n")
    assert rebuild_wrapped_tables(table) == table
