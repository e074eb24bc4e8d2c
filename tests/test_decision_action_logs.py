"""A decision and action log pasted from a spreadsheet: a "Field:<TAB>value" header, rows
"Ref | Item | Type | Detail | Owner | Due" (the item cell "3. Title" repeated on each of the item's
rows, a cell of several lines in double quotes), the key of initials "XY – Name – Organisation" under
"Attendees" after the rows. Invented minutes (Fellside)."""
from kgraph.extract import extract_text

LOG = (
    "Fellside Community Safety Partnership - Decision and Action Log\n"
    "\n"
    "Meeting:\tFellside Community Safety Partnership Board\n"
    "Date:\tTuesday 4 June 2024\n"
    "Chair:\tSupt Ann Brook, Lakeside Police\n"
    "\n"
    "Ref\tItem\tType\tDetail\tOwner\tDue\n"
    "FCSP/24/01\t1. Welcome and apologies\tInfo\tAB welcomed members. Apologies: Cllr Dan Reed.\t-\t-\n"
    "FCSP/24/02\t2. Minutes of 12/03/2024\tDecision\tMinutes of the meeting held 12/03/2024 agreed as a true record.\t-\t-\n"
    "FCSP/24/03\t2. Minutes of 12/03/2024\tAction\tRe-send the data sharing agreement to all partners for signature.\tCW\t30/06/2024\n"
    "FCSP/24/04\t3. Plan 2024-27\tInfo\t\"CW presented the plan:\n"
    "- three priorities\n"
    "- a survey of 900 residents\"\t-\t-\n"
    "FCSP/24/05\t3. Plan 2024-27\tDecision\t\"Plan 2024-27 approved with three priorities:\n"
    "1. serious violence\n"
    "2. domestic abuse\n"
    "3. anti-social behaviour\"\t-\t-\n"
    "FCSP/24/06\t3. Plan 2024-27\tAction\tPublish the plan on the council website.\tCW/AB\t14/06/2024\n"
    "FCSP/24/07\t4. Date of next meeting\tInfo\tTuesday 10/09/2024, 10:00.\t-\t-\n"
    "\n"
    "Apologies\n"
    "Cllr Dan Reed – Fellside Council\n"
    "\n"
    "Attendees\n"
    "AB – Supt Ann Brook – Lakeside Police (Chair)\n"
    "CW – Carol Wend – Fellside Council (Community Safety Officer)\n"
    "\n"
    "Distribution: Board members, Community Safety Team\n"
)


def _record():
    return extract_text(LOG, "fellside_log.txt")


def test_the_item_cell_numbers_the_items_and_its_rows_run_on():
    record = _record()
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Welcome and apologies"), ("2", "Minutes of 12/03/2024"), ("3", "Plan 2024-27"),
        ("4", "Date of next meeting")]


def test_the_attendees_key_after_the_rows_is_the_attendance():
    record = _record()
    present = {a.name: a for a in record.attendance if a.list_kind == "present"}
    assert set(present) == {"Supt Ann Brook", "Carol Wend"}
    assert present["Carol Wend"].initials == "CW"
    assert present["Supt Ann Brook"].initials == "AB"      # the header's chair gains the key's initials
    assert [a.name for a in record.attendance if a.list_kind == "apologies"] == ["Cllr Dan Reed"]
    assert not any("Distribution" in a.name for a in record.attendance)


def test_rows_labelled_action_are_actions_of_their_owner_cell():
    record = _record()
    actions = {i.number: [(a.text, sorted(o.name for o in a.owners)) for a in i.actions] for i in record.items}
    assert actions["2"] == [("Re-send the data sharing agreement to all partners for signature.", ["Carol Wend"])]
    assert actions["3"] == [("Publish the plan on the council website.", ["Carol Wend", "Supt Ann Brook"])]
    assert actions["1"] == [] and actions["4"] == []


def test_a_row_labelled_decision_is_one_decision():
    record = _record()
    decisions = {i.number: [d.text for d in i.decisions] for i in record.items}
    assert len(decisions["2"]) == 1 and decisions["2"][0].startswith("Minutes of the meeting held 12/03/2024")
    assert len(decisions["3"]) == 1 and decisions["3"][0].startswith("Plan 2024-27 approved with three priorities:")
    assert not decisions["3"][0].startswith('"')
