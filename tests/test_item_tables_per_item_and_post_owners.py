"""One small invented document per rule: minutes typed as one Word table per item (each repeating
its header row) are one items table; a "Lead" column beside a "Decision/Action" column names the
presenter, not an action owner; bilingual number lines ("Eitem 4 / Item 4") head items; a capitals
prefix joined to the minute number and a stop ("QX7.<TAB>APOLOGIES") heads an item; one action label
over "Owner – task; Owner – task" gives an action per entry; an action owned by a post ("Performance
and Intelligence Officer", "Head of Service", "Superintendent (NPS)") is the one attendee holding it.
Each test fails without its rule."""
from __future__ import annotations

from rdflib.namespace import FOAF

from kgraph.entities import find_mentions
from kgraph.extract import extract_text
from kgraph.graph import KG
from kgraph.pipeline import build_dataset

_HEADER = "Item\tLead\tSummary\tDecision/Action\tDeadline\n"
_TABLE_PER_ITEM = (
    "Fellside Safer Streets Partnership\nBoard – Minutes\n\nDate:\tTuesday 5 March 2024\n\n"
    "Present\nInitials\tName\tOrganisation\tRole\n"
    "AB\tAnn Brook\tFellside Council\tHead of Safety (Chair)\n"
    "CD\tCarl Dent\tFellside Police\tInspector\n\n"
    + _HEADER +
    "1. Welcome and apologies\tAB\tThe Chair welcomed members.\tNoted.\t–\n\n"
    + _HEADER +
    "2. Minutes of the last meeting\tAB\tThe minutes were reviewed.\tAGREED: the minutes are an accurate record.\t–\n"
    "\tCD\tThe burglary data are late.\tACTION: CD to chase the burglary data extract.\t16/04/24\n\n"
    + _HEADER +
    "3. Night-time economy\tCD\tStreet disorder fell by a tenth.\tNOTED: the night-time economy report.\t–\n")


def test_one_word_table_per_item_repeating_its_header_row_is_one_items_table():
    items = extract_text(_TABLE_PER_ITEM).items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Welcome and apologies"), ("2", "Minutes of the last meeting"), ("3", "Night-time economy")]
    assert [(it.number, d.text) for it in items for d in it.decisions] == [
        ("2", "the minutes are an accurate record."), ("3", "the night-time economy report.")]


def test_a_lead_column_beside_a_decision_action_column_names_no_owner():
    items = extract_text(_TABLE_PER_ITEM).items
    assert [(it.number, [o.name for o in a.owners]) for it in items for a in it.actions] == [("2", ["Carl Dent"])]


_BILINGUAL = (
    "Bwrdd Diogelwch Cymunedol Glanfor\nGlanfor Community Safety Board\n\nCofnodion / Minutes\n"
    "Dydd Mawrth 5 Mawrth 2024 / Tuesday 5 March 2024\n\n"
    "Yn bresennol / Present:\nAnn Brook – Glanfor Council (Cadeirydd / Chair)\nCarl Dent – Glanfor Police\n\n"
    "Eitem 1 / Item 1\nCroeso / Welcome\nThe Chair welcomed members.\n\n"
    "Eitem 2 / Item 2\nTrais Difrifol / Serious Violence\nCarl Dent presented the strategy.\n"
    "The Board endorsed the strategy.\n"
    "Camau gweithredu / Actions: Carl Dent – publish the strategy; Ann Brook – write to the Minister.\n")


def test_a_bilingual_number_line_heads_an_item_titled_on_the_next_line():
    items = extract_text(_BILINGUAL).items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Croeso / Welcome"), ("2", "Trais Difrifol / Serious Violence")]


def test_one_action_label_over_owner_task_entries_parted_by_semicolons():
    items = extract_text(_BILINGUAL).items
    assert [([o.name for o in a.owners], a.text) for it in items for a in it.actions] == [
        (["Carl Dent"], "Carl Dent – publish the strategy"), (["Ann Brook"], "Ann Brook – write to the Minister")]


def test_a_capitals_prefix_joined_to_the_minute_number_heads_an_item():
    text = ("FELLSIDE COUNCIL\n\nMINUTE of MEETING of the SCRUTINY COMMITTEE held in the TOWN HALL on "
            "THURSDAY 9 NOVEMBER 2023 at 9.30 A.M.\n\n"
            "QX7.\tAPOLOGIES\n\nApologies were intimated on behalf of Councillor Dent.\n\n"
            "QX8.\tPOLICE SCOTLAND – FELLSIDE LOCAL POLICE PLAN: PERFORMANCE REPORT APRIL TO SEPTEMBER 2023\n\n"
            "The committee considered a report.\n\nDecision\n\nThe committee noted the report.\n")
    items = extract_text(text).items
    assert [it.number for it in items] == ["QX7", "QX8"]
    assert items[1].title.startswith("POLICE SCOTLAND")


_POSTS = ("FELLSIDE YOUTH JUSTICE BOARD\n\nMinutes – Wednesday 6 March 2024, 10:00\n\nPresent\n"
          "  Ann Brook, Assistant Director, Fellside Council (Chair)\n"
          "  Superintendent Carl Dent, Northshire Police Service\n"
          "  Dee Moss, Head of Service – Youth Justice, Fellside Council\n"
          "  Lee Ford, Performance and Intelligence Officer, Fellside Council\n\n"
          "1. Performance\n1.1 The report was presented.\n"
          "      Action: Performance and Intelligence Officer to add the breakdown.\n"
          "      Action: Head of Service to circulate the grant letter.\n"
          "      Action: Superintendent (NPS) to review the cases.\n")


def _assigned(text: str) -> tuple[list[list[str]], list[set[str]]]:
    """The owners as written of every action, and the names of the people the graph assigns them to."""
    record = extract_text(text)
    record.mentions = find_mentions(record)
    dataset = build_dataset([record])
    out = []
    for item in record.items:
        for action in item.actions:
            out.append([o.name for o in action.owners])
    holders = [{str(n) for n in dataset.objects(owner, FOAF.name)}
               for _, _, owner in dataset.triples((None, KG.assignedTo, None))]
    return out, holders


def test_a_post_whose_words_are_joined_by_and_is_one_owner():
    owners, _ = _assigned(_POSTS)
    assert owners[0] == ["Performance and Intelligence Officer"]


def test_a_post_without_its_service_and_a_one_word_rank_name_the_one_attendee_holding_them():
    _, holders = _assigned(_POSTS)
    names = set().union(*holders)
    assert {"Lee Ford", "Dee Moss", "Carl Dent"} <= names
