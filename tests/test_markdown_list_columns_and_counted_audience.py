"""Attendance and outcomes of layouts met in batch CJ (invented minutes): lists side by side in a
Markdown table ("| Attendees | Apologies |"), a members' table with "Designation" and "Attended (Y/N)"
columns, the audience counted under the lists ("Members of the public: 3"), a shouted title line over
its "held in VENUE on DATE" line, a "RESOLVED:" whose line holds only a note of who voted over its
points, and a closing action log whose row an item cites by number."""
from __future__ import annotations

from kgraph.extract import extract_text

MD_HEAD = "# Lakeby Youth Justice Board\n\n**Date:** 12/05/2022\n\n"


def _attendance(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.list_kind) for a in extract_text(text).attendance]


def test_markdown_table_of_lists_side_by_side_gives_each_column_its_list():
    text = MD_HEAD + ("| Attendees | Apologies |\n|---|---|\n"
                      "| Ann Brook – Head of Service, Lakeby Council (Chair) | Cllr Tom Hale – Portfolio Holder |\n"
                      "| Carl Dent – Lakeby Police | |\n"
                      "| Jo Marsh – Youth Offending Manager, Lakeby Council | |\n\n"
                      "**1. Welcome**\n\nAnn Brook welcomed members.\n\n**2. Budget**\n\nNoted.\n")
    assert _attendance(text) == [("Ann Brook", "present"), ("Carl Dent", "present"), ("Jo Marsh", "present"),
                                 ("Cllr Tom Hale", "apologies")]


def test_markdown_table_whose_header_is_no_list_labels_is_not_read_as_lists_side_by_side():
    text = MD_HEAD + ("| Contributor | 2022/23 |\n|---|---|\n| Lakeby Council | £10,000 |\n\n"
                      "**1. Welcome**\n\nAnn Brook welcomed members.\n\n**2. Budget**\n\nNoted.\n")
    assert ("Lakeby Council", "present") not in _attendance(text)


def test_attended_y_n_column_and_designation_column_of_a_members_table():
    text = ("LAKESIDE SAFEGUARDING ADULTS BOARD\n\nDate: Tuesday 4th October 2022\n\nMembers:\n"
            "Name\tDesignation\tOrganisation\tAttended (Y/N)\n"
            "Ann Brook\tIndependent Chair\tLakeside Safeguarding Adults Board\tY\n"
            "Carl Dent\tHead of Safeguarding\tLakeside Council\tN\n"
            "Jo Marsh\tSafeguarding Lead\tLakeside Hospital NHS Trust\tY\n\n"
            "LSAB/22/1\tWelcome\nThe Chair welcomed members.\n\nLSAB/22/2\tMinutes\nAgreed.\n")
    rows = {a.name: (a.list_kind, a.role, a.organisations) for a in extract_text(text).attendance}
    assert rows["Ann Brook"][0] == "present" and rows["Jo Marsh"][0] == "present"
    assert rows["Carl Dent"][0] != "present"
    assert rows["Jo Marsh"][1] == "Safeguarding Lead" and rows["Jo Marsh"][2] == ["Lakeside Hospital NHS Trust"]
    assert "Designation" not in " ".join(rows)


TOWN = ("FELLSIDE TOWN COUNCIL\nTown Hall, Market Street, Fellside\n\n"
        "MINUTES OF THE COMMUNITY SAFETY COMMITTEE\n"
        "held in the Council Chamber, Town Hall, on Monday 13th May 2024 at 7.00pm\n\n"
        "Councillors present:\nCllr Ann Brook (Chairman)\nCllr Tom Hale\n\n"
        "In attendance:\nMrs Jo Marsh – Town Clerk\n\nMembers of the public: 4\nPress: none\n\n")


def test_counted_audience_under_the_lists_names_nobody():
    names = [a.name for a in extract_text(TOWN + "CS24/01 APOLOGIES\n\nNone.\n\nCS24/02 MINUTES\n\n"
                                           "RESOLVED: that the minutes be approved.\n").attendance]
    assert names == ["Cllr Ann Brook", "Cllr Tom Hale", "Mrs Jo Marsh"]


def test_shouted_title_line_over_its_held_line_gives_body_and_venue():
    header = extract_text(TOWN + "CS24/01 APOLOGIES\n\nNone.\n").header
    assert header.body == "Community Safety Committee"
    assert header.venue == "Council Chamber, Town Hall"


def test_resolved_line_holding_only_a_voting_note_is_no_decision_its_points_are():
    text = TOWN + ("CS24/01 APOLOGIES\n\nNone.\n\nCS24/02 CCTV\n\nThe Committee considered the report.\n\n"
                   "RESOLVED: (Cllr Hale having declared an interest and not voting)\n\n"
                   "(i) that the camera replacement at a cost of £4,000 be approved;\n"
                   "(ii) that the Town Clerk obtain two quotations for a mobile camera.\n")
    decisions = [d.text for it in extract_text(text).items for d in it.decisions]
    assert not any(d.startswith("(Cllr Hale") for d in decisions)
    assert any(d.startswith("that the camera replacement") for d in decisions)
    assert any(d.startswith("that the Town Clerk obtain") for d in decisions)


def test_closing_log_row_goes_to_the_item_that_cites_its_number():
    text = MD_HEAD + ("| Attendees | Apologies |\n|---|---|\n| Ann Brook – Lakeby Council | |\n"
                      "| Carl Dent – Lakeby Police | |\n\n"
                      "**1. Minutes and action log**\n\nThe minutes were agreed.\n\n"
                      "Action 22/04 (school outcomes) was carried forward.\n\n"
                      "**2. Schools update**\n\nCarl Dent reported on school exclusions and outcomes for "
                      "children in education.\n\n**3. Date of next meeting**\n\n8 September 2022.\n\n"
                      "## Action Log\n\n| No | Action | Owner | Deadline | Status |\n|---|---|---|---|---|\n"
                      "| 22/04 | Report on school outcomes for children in education | Carl Dent | 08/09/2022 | Open |\n")
    by_item = {it.number: [a.text for a in it.actions] for it in extract_text(text).items}
    assert by_item["1"] == ["Report on school outcomes for children in education"]


def test_a_tab_parts_table_cells_never_the_words_of_a_bracketed_name():
    from kgraph.entities import find_mentions
    text = ("LAKESIDE SAFEGUARDING ADULTS BOARD\n\nDate: Tuesday 4th October 2022\n\nMembers:\n"
            "Name\tDesignation\tOrganisation\tAttended (Y/N)\nAnn Brook\tIndependent Chair\tLakeside Council\tY\n\n"
            "LSAB/22/1\tWelcome\nThe Chair welcomed members.\n")
    people = [m.text for m in find_mentions(extract_text(text)).people]
    assert not any("Designation" in p for p in people)
