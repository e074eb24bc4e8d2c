"""A case review panel's minutes (numbered recommendations with owner lines, the panel's closing agreement,
a later meeting it reconvenes), a partnership working group's notes titled by the partnership's acronym, a
unitary partnership's minutes with the agenda's tab table above the numbered minutes, and attendance lines
that wrap, strike a name out or close on a branded body."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.segment import analyse_affiliation, parse_entry, struck_out_name

PANEL = """LAKEBY BOROUGH COUNCIL
ANTI-SOCIAL BEHAVIOUR CASE REVIEW (COMMUNITY TRIGGER) PANEL

Minutes of the Case Review Panel meeting
Date: 12/03/2025     Time: 10:00     Venue: Online

Panel members present:
Ann Webb – Community Safety Manager, Lakeby Borough Council (Chair)
Sgt Tom Hale – Lakeshire Police
Jo Dent – Housing Officer, FellHomes

1. Introductions

The Chair explained the purpose of the review.

2. Threshold test

The co-ordinator set out the threshold. Three complaints had been made in six months.

The panel agreed that the threshold for a case review had been met.

3. Decision and recommendations

The panel AGREED:
  (i)  that the threshold was met; and
  (ii) to make the following recommendations.

R1  A single lead officer to be appointed to contact the applicant weekly.
    Owner: Jo Dent                                     Date: 31/03/2025

R2  Lakeshire Police to record the comment as a hate incident.
    Owner: Sgt Tom Hale / Jo Dent                      Date: 14/04/2025

4. Review of progress

The panel will reconvene on 12 June 2025 at 10:00 to review progress.
"""


def test_owned_recommendations_are_decisions_and_actions():
    record = extract_text(PANEL)
    item = record.items[2]
    texts = [d.text for d in item.decisions]
    assert any(t.startswith("A single lead officer to be appointed") for t in texts)
    assert any(t.startswith("Lakeshire Police to record the comment") for t in texts)
    # the lead-in the recommendations answer is no decision of its own
    assert not any("following recommendations" in t for t in texts)
    assert any(t.startswith("that the threshold was met") for t in texts)
    owned = {a.text.split()[0]: [o.name for o in a.owners] for a in item.actions}
    assert owned["A"] == ["Jo Dent"]
    assert owned["Lakeshire"] == ["Sgt Tom Hale", "Jo Dent"]
    assert all(a.due is not None for a in item.actions)


def test_numbered_recommendations_without_owner_lines_are_not_read():
    text = PANEL.replace("    Owner: Jo Dent                                     Date: 31/03/2025\n", "") \
        .replace("    Owner: Sgt Tom Hale / Jo Dent                      Date: 14/04/2025\n", "")
    item = extract_text(text).items[2]
    assert not any(a.text.startswith("A single lead officer") for a in item.actions)


def test_the_panels_closing_agreement_is_the_items_decision():
    item = extract_text(PANEL).items[1]
    assert [d.text.split("\n")[0] for d in item.decisions] == [
        "The panel agreed that the threshold for a case review had been met."]
    assert item.decisions[0].kind == "agreed"


def test_an_agreement_inside_the_discussion_is_not_read_as_the_outcome():
    text = PANEL.replace("The panel agreed that the threshold for a case review had been met.",
                         "The panel agreed that the threshold had been met. The co-ordinator would write to them.")
    assert extract_text(text).items[1].decisions == []


def test_a_reconvened_meeting_is_the_next_one():
    refs = extract_text(PANEL).meeting_refs
    assert [(r.date.isoformat(), r.relation) for r in refs] == [("2025-06-12", "next")]


def test_the_panel_named_in_full_by_the_heading_and_its_councils_place():
    header = extract_text(PANEL).header
    assert header.body.lower() == "lakeby anti-social behaviour case review (community trigger) panel"


def test_a_branded_body_closing_the_affiliation():
    entry = parse_entry("Jo Dent – Housing Officer, FellHomes", 0, 36, "present", True)
    assert entry.role == "Housing Officer" and entry.organisations == ["FellHomes"]
    surname = parse_entry("Jo Dent – Housing Officer, McAllister", 0, 37, "present", True)
    assert surname.organisations == []


WORKING_GROUP = """LAKESHIRE COMMUNITY SAFETY PARTNERSHIP

Notes of the LCSP Working Group

Date:   Thursday 6th March 2025
Time:   10.00am

Present:
Ann Webb (AW) – Lakeshire County Council (Chair)
Tom Hale (TH) – Lakeshire Police

1.  Introductions

1.1 AW welcomed members.

2.  Grant allocations

2.1 TH gave an update on the grant. Eleven bids had been received.

2.2 Having noted TH's declaration, the Working Group agreed to recommend the five projects to the
LCSP for approval.

ACTION: TH to circulate the list by 20 March 2025.
"""


def test_a_group_named_by_the_partnerships_acronym():
    header = extract_text(WORKING_GROUP).header
    assert header.body == "Lakeshire Community Safety Partnership Working Group"
    assert header.parent_body == "Lakeshire Community Safety Partnership"


def test_an_agreement_after_a_having_clause_is_the_bodys():
    item = extract_text(WORKING_GROUP).items[1]
    assert [d.text.split(",")[0] for d in item.decisions] == ["Having noted TH's declaration"]


EXECUTIVE = """FELLSIDE COUNCIL
FELLSIDE COMMUNITY SAFETY PARTNERSHIP EXECUTIVE

Minutes of the meeting held on Wednesday 5 March 2025 at 2.00 pm

AGENDA

Item Title Lead Time

1\tWelcome and apologies\tChair\t14:00
2\tSerious violence needs assessment\tA. Webb\t14:05
3\tAny other business\tChair\t15:00

MINUTES

Present:

Cllr Ann Webb (Chair) – Cabinet Member for Communities, Fellside Council

Tom Hale – Lakeby and Fellside, Northshire and Lakes Integrated Care Board
  (LFN ICB)

Jo Dent – Head of Community Safety, Fellside Council

1. Welcome and apologies

1.1 The Chair welcomed members.

2. Serious violence needs assessment

2.1 Dr Webb introduced the assessment.

Agreed: the needs assessment be endorsed.

3. Any other business

3.1 The next meeting will be held on 4 June 2025. Subsequent meetings: 3 September 2025 and
3 December 2025.
"""


def test_the_minutes_headings_below_the_agenda_table_are_the_items():
    record = extract_text(EXECUTIVE)
    assert [i.title for i in record.items] == ["Welcome and apologies", "Serious violence needs assessment",
                                               "Any other business"]
    assert [d.text for d in record.items[1].decisions] == ["the needs assessment be endorsed."]
    assert [a.name for a in record.attendance] == ["Cllr Ann Webb", "Tom Hale", "Jo Dent"]


def test_a_bracket_alone_on_its_line_goes_on_from_the_entry_above():
    text = EXECUTIVE.replace("\n\nTom Hale", "\nTom Hale").replace("(LFN ICB)\n\nJo Dent", "(LFN ICB)\nJo Dent")
    names = [a.name for a in extract_text(text).attendance]
    assert names == ["Cllr Ann Webb", "Tom Hale", "Jo Dent"]


def test_an_acronym_spanning_a_comma_keeps_the_body_whole():
    orgs, _ = analyse_affiliation("Lakeby and Fellside, Northshire and Lakes Integrated Care Board, LFN ICB")
    assert orgs[0] == "Lakeby and Fellside, Northshire and Lakes Integrated Care Board"
    orgs, role = analyse_affiliation("Head of Service, Lakes Police, LP")
    assert orgs == ["Lakes Police", "LP"] and role == "Head of Service"


def test_later_meetings_listed_after_the_next_one():
    refs = extract_text(EXECUTIVE).meeting_refs
    assert [(r.date.isoformat(), r.relation) for r in refs] == [
        ("2025-06-04", "next"), ("2025-09-03", "next"), ("2025-12-03", "next")]


def test_a_struck_out_name_names_nobody():
    assert struck_out_name("DS [redacted]") and struck_out_name("Officer [name withheld]")
    assert not struck_out_name("DS Ann Webb") and not struck_out_name("Ann Webb [Lakes]")
