"""One small invented document per rule learnt from a forum's bulleted notes closed by a tab-separated
action table, a district partnership's Markdown minutes with a details table and task-list boxes, and a
panel's minutes printed to PDF (lettered resolutions and venues wrapped over lines). Each test fails
without its rule."""
from __future__ import annotations

import datetime as dt

from kgraph.entities import find_acronym_pairs
from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits
from kgraph.extract import extract_text

from test_unseen_layouts import decisions, owners, people

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"


# --------------------------------------------------------------------------- actions


def test_markdown_task_list_boxes_are_actions_owned_by_their_bold_lead():
    text = (HEAD + "### 4. County lines\n\nJo Marsh reported on closures and offered to share the profile.\n\n"
            "- [ ] **Jo Marsh:** share the problem profile with partners (30 November 2021)\n"
            "- [ ] **Al Reyes / Jo Marsh:** agree a joint spending plan (next meeting)\n")
    record = extract_text(text)
    assert owners(record) == [("4", ["Jo Marsh"], True), ("4", ["Al Reyes", "Jo Marsh"], True)]
    first = record.items[0].actions[0]
    assert first.text == "share the problem profile with partners"
    assert first.due == dt.date(2021, 11, 30)


def test_a_tab_separated_action_table_gives_one_action_a_row_with_its_lead_column():
    text = (HEAD + "1. Date of next meeting\n\n16 January 2019.\n\nActions\n"
            "Action\tLead\tDeadline\n"
            "Re-circulate the terms of reference\tGail Thursby\t7 December 2018\n"
            "Prepare the letter to the Board\tGail Thursby / Ruth Calloway\t14 December 2018\n")
    record = extract_text(text)
    assert owners(record) == [("1", ["Gail Thursby"], True), ("1", ["Gail Thursby", "Ruth Calloway"], True)]
    assert [a.text for a in record.items[0].actions] == ["Re-circulate the terms of reference",
                                                         "Prepare the letter to the Board"]
    assert record.items[0].actions[1].due == dt.date(2018, 12, 14)


# --------------------------------------------------------------------------- decisions


def test_bullets_under_it_was_agreed_are_one_decision_each():
    text = (HEAD + "Item 2 – Notes of the last meeting\n• The notes were accepted as accurate.\nIt was agreed:\n"
            "• The notes of the meeting held on 5 March 2019 be approved.\n"
            "• The draft terms of reference be brought back to the June meeting.\n\n"
            "Item 3 – Refuges\n• Members discussed refuge places and it was agreed that the matter be kept under review.\n")
    assert decisions(extract_text(text))[-2:] == [
        ("2", "approved", "The notes of the meeting held on 5 March 2019 be approved."),
        ("2", "agreed", "The draft terms of reference be brought back to the June meeting.")]
    assert all(number == "2" for number, _, _ in decisions(extract_text(text)))


def test_lettered_points_after_that_the_panel_are_one_decision_each_even_wrapped():
    text = (HEAD + "13. PRECEPT\n\nThe Commissioner presented the precept.\n\n"
            "RESOLVED that the Panel (a) notes the proposed precept; (b)\nsupports the proposed increase; and (c) asks "
            "the Commissioner\nto report in September.\n")
    assert [(k, t.replace("\n", " ")) for _, k, t in decisions(extract_text(text))] == [
        ("noted", "notes the proposed precept"), ("resolved", "supports the proposed increase"),
        ("resolved", "asks the Commissioner to report in September.")]


# --------------------------------------------------------------------------- meeting


def test_a_markdown_details_table_gives_the_start_time_and_the_venue():
    text = ("# Lakes Community Safety Partnership\n\n**Strategic Group – Meeting record**\n\n| | |\n|---|---|\n"
            "| **Date** | Tuesday 9 November 2021 |\n| **Time** | 14:00 – 15:45 |\n"
            "| **Location** | Microsoft Teams meeting |\n\n## 1. Welcome\n\nThe Chair welcomed members.\n")
    header = extract_text(text).header
    assert (header.date, header.start_time, header.venue) == (
        dt.date(2021, 11, 9), dt.time(14, 0), "Microsoft Teams meeting")


def test_a_held_in_venue_wrapped_over_a_printed_line_break_is_kept_whole():
    text = ("MINUTES of a meeting of the Lakes Police and Crime Panel held in the Council\n"
            "Chamber, County Hall, Kendal on Tuesday, 3 February 2015.\n\n1. APOLOGIES\n\nNone.\n")
    header = extract_text(text).header
    assert header.venue == "Council\nChamber, County Hall, Kendal"
    assert header.date == dt.date(2015, 2, 3)


# --------------------------------------------------------------------------- attendance


def test_a_body_with_a_lowercase_remark_after_a_name_is_that_persons_body():
    text = (HEAD + "Present:\nJo Marsh (JM), Lakes Police\n\nIn attendance:\nKay Lamb (KL), Lakes District Council (minutes)\n\n"
            "1. Welcome\n\nThe Chair welcomed members.\n")
    assert people(extract_text(text)) == [("Jo Marsh", ["Lakes Police"], None, "present"),
                                          ("Kay Lamb", ["Lakes District Council"], None, "in_attendance")]


def test_an_office_named_without_its_holder_is_not_an_attendee():
    text = (HEAD + "PRESENT: Mr A Webb (Chairman), Mrs J Finch.\n\n"
            "ALSO PRESENT: The Police and Crime Commissioner, Mr R Fenwick (Chief Executive, Office of the Police "
            "and Crime Commissioner) and Mr D Quayle.\n\n1. APOLOGIES\n\nNone.\n")
    assert [name for name, _, _, kind in people(extract_text(text)) if kind == "also_present"] == [
        "Mr R Fenwick", "Mr D Quayle"]


# --------------------------------------------------------------------------- acronyms


def test_a_long_form_begun_on_the_wrapped_line_before_is_the_acronyms_definition():
    text = (HEAD + "1. Crime data\n\nThe Panel received a report on the inspection of crime recording by Her\n"
            "Majesty's Inspectorate of Constabulary (HMIC). HMIC found errors.\n")
    pairs = find_acronym_pairs(text)
    assert [(p.acronym, p.expansion) for p in pairs] == [("HMIC", "Her Majesty's Inspectorate of Constabulary")]
    assert text[pairs[0].expansion_start:pairs[0].expansion_end] == "Her\nMajesty's Inspectorate of Constabulary"
    # a short list line above is no part of a long form
    assert find_acronym_pairs("Apologies:\nJo Marsh, Her\nMajesty's Inspectorate of Constabulary (HMIC)\n") == []


# --------------------------------------------------------------------------- organisations


def _bodies(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]


def test_a_posts_possessive_before_a_body_only_says_whose_it_is():
    assert "Youth Commission" in _bodies("Cllr Gallagher asked how the Commissioner's Youth Commission had "
                                         "influenced the Plan.")
    assert not any("Commissioner's" in b for b in _bodies("Cllr Gallagher asked how the Commissioner's Youth "
                                                          "Commission had influenced the Plan."))


def test_a_name_the_document_writes_with_a_lowercase_head_is_a_service_not_a_body():
    text = ("Item 4 – IDVA Service and Refuge Provision\n• HB reported that the Independent Domestic Violence "
            "Advisor (IDVA) service had supported 611 victims. Kent Fire and Rescue Service attended.\n")
    bodies = _bodies(text)
    assert "IDVA Service" not in bodies
    assert "Kent Fire and Rescue Service" in bodies


def test_an_offer_of_something_by_initials_from_the_key_is_a_follow_up():
    text = (HEAD + "Present:\nJenny Seddon (JS), Victim Support\nGail Thursby (GT), Lakes Council\n\n"
            "Item 6 – 16 Days of Action\n• GT outlined the campaign.\n• JS offered Victim Support volunteers for the stalls.\n"
            "• GT offered her thanks to the volunteers.\n")
    assert owners(extract_text(text)) == [("6", ["Jenny Seddon"], False)]


def test_a_bulleted_attendee_near_the_top_is_no_parent_body():
    text = ("# Lakes Community Safety Partnership\n\n**Strategic Group – Meeting record**\n\n"
            "| **Date** | Tuesday 9 November 2021 |\n\n## Attendees\n\n"
            "- Cllr Ann Webb (Lakes Borough Council) – Chair\n- Jo Marsh (Lakes Police)\n\n"
            "## 1. Welcome\n\nThe Chair welcomed members.\n")
    assert extract_text(text).header.parent_body is None
