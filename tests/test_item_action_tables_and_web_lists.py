"""Layouts batch AQ brought: a Word table of actions after each item ("No. | Action | Owner | Deadline",
its rows numbered in the action log's own series), with a row saying the item set none; an attendance
table whose status cell adds a remark ("Apologies – Insp Dale attending"); a web page's bulleted
"• Action:" lines; a body agreeing "the following" list of things, bulleted or copied without bullets;
a page's "Last updated:" date under the last item; a body's name written without its place; an
attendee's own initials closing their line; and a licence named after its issuer."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.entities import find_mentions

HEAD = ("Fellside Community Safety Partnership\nMinutes of the Partnership meeting\n"
        "Thursday 9th October 2025, 10.00am\n\n")

ATTENDANCE = ("Attendance\nName\tOrganisation\tPresent/Apologies\n"
              "Cllr Ann Tarn (Chair)\tFellside Borough Council\tPresent\n"
              "Bob Fell\tFellside Borough Council\tPresent (from item 2)\n"
              "PS Carl Dale\tLakes Police\tApologies – Insp Eske attending\n"
              "Insp Dan Eske\tLakes Police\tPresent\n\n")


def action_table_minutes() -> str:
    return HEAD + ATTENDANCE + (
        "1. Welcome and Apologies\nThe Chair welcomed everyone.\n\n"
        "2. Anti-social behaviour in Lakeby\nBob Fell presented the report on the town centre.\n"
        "RESOLVED that the report be noted.\n"
        "No.\tAction\tOwner\tDeadline\n"
        "25/13\tArrange a walkabout of Lakeby town centre\tBob Fell\t30/11/2025\n\n"
        "3. Hate Crime\nThe Partnership noted the update.\n"
        "No.\tAction\tOwner\tDeadline\n"
        "–\tNo actions arising\t–\t–\n\n"
        "4. Domestic Abuse\nInsp Eske gave an update.\nThe update was noted.\n"
        "No.\tAction\tOwner\tDeadline\n"
        "25/25\tCirculate the refuge dashboard\tInsp Eske\t12/01/2026\n\n"
        "5. Any Other Business\nNone.\n"
        "No.\tAction\tOwner\tDeadline\n"
        "25/26\tCirculate dates for naloxone training\tBob Fell\tJan 2026\n\n"
        "6. Date of Next Meeting\nThursday 8th January 2026, 10.00am.\n")


def test_numbered_rows_of_an_action_table_are_no_items():
    record = extract_text(action_table_minutes())
    assert [i.number for i in record.items] == ["1", "2", "3", "4", "5", "6"]
    assert [a.text for a in record.items[3].actions] == ["Circulate the refuge dashboard"]
    assert [a.text for a in record.items[4].actions] == ["Circulate dates for naloxone training"]


def test_a_row_saying_no_actions_arose_is_no_action():
    record = extract_text(action_table_minutes())
    assert record.items[2].actions == []
    assert [o.name for a in record.items[1].actions for o in a.owners] == ["Bob Fell"]


def test_an_attendance_cell_keeps_its_word_before_a_remark():
    record = extract_text(action_table_minutes())
    kinds = {e.name: e.list_kind for e in record.attendance}
    assert kinds["PS Carl Dale"] == "apologies"
    assert kinds["Bob Fell"] == "present"
    assert kinds["Insp Dan Eske"] == "present"


WEB_PAGE = ("Lakeside Community Safety Partnership Board: minutes, 4 March 2025\n"
            "Date\tTuesday 4 March 2025\n\n"
            "Members present\nName\tRole\tOrganisation\n"
            "Councillor Ann Webb (Chair)\tCabinet Member\tLakeside Borough Council\n"
            "Gil Holm\tCommunity Safety Manager\tLakeside Borough Council\n\n"
            "1. Town centre safety\n\nGil Holm presented the report.\n\n"
            "Decision: The Board noted the report.\n\n"
            "• Action: Gil Holm to share the hotspot map with the Board – by 2 April 2025.\n\n"
            "2. Forward plan\n\nGil Holm presented the draft plan. The Board agreed the following reports for "
            "the June meeting:\n\n"
            "• Youth justice and the diversion programme\n\n"
            "• Annual Strategic Assessment 2025\n\n"
            "• Housing for prison leavers\n\n"
            "3. Date of next meeting\n\nTuesday 17 June 2025 at 2pm.\n\n"
            "Related content\nReport anti-social behaviour\n"
            "Last updated: 18 March 2025\n")


def test_a_bulleted_action_line_is_an_action():
    record = extract_text(WEB_PAGE)
    actions = record.items[0].actions
    assert [o.name for a in actions for o in a.owners] == ["Gil Holm"]
    assert actions[0].explicit


def test_each_bulleted_entry_the_body_agreed_is_a_decision():
    record = extract_text(WEB_PAGE)
    texts = [d.text for d in record.items[1].decisions]
    assert texts == ["Youth justice and the diversion programme", "Annual Strategic Assessment 2025",
                     "Housing for prison leavers"]
    assert {d.kind for d in record.items[1].decisions} == {"agreed"}


def test_entries_copied_without_bullets_under_the_lead_are_decisions():
    page = WEB_PAGE.replace("\n\n• ", "\n").replace("the June meeting:\n", "the June meeting:\n")
    record = extract_text(page)
    texts = [d.text for d in record.items[1].decisions]
    assert texts == ["Youth justice and the diversion programme", "Annual Strategic Assessment 2025",
                     "Housing for prison leavers"]


def test_a_body_noting_the_following_stays_one_decision():
    page = WEB_PAGE.replace("The Board agreed the following reports", "The Board noted the following reports")
    record = extract_text(page)
    assert len(record.items[1].decisions) <= 1


def test_the_pages_last_updated_date_is_no_meeting():
    record = extract_text(WEB_PAGE)
    assert [(r.date.isoformat(), r.relation) for r in record.meeting_refs] == [("2025-06-17", "next")]


def org_keys(text: str) -> dict[str, str]:
    record = extract_text(text)
    record.mentions = find_mentions(record)
    return {m.text: m.key for m in record.mentions.organisations}


def test_a_body_named_without_its_place_is_the_placed_body():
    text = (HEAD + "Present: Cllr Ann Tarn (Fellside Borough Council)\n\n"
            "1. Combating Drugs Partnership\nBob Fell explained that the Lakeside Combating Drugs Partnership "
            "had been established in August.\nThe report was noted.\n")
    keys = org_keys(text)
    assert keys["Combating Drugs Partnership"] == keys["Lakeside Combating Drugs Partnership"]


def test_a_bare_name_with_two_placed_bodies_stays_unplaced():
    text = (HEAD + "Present: Cllr Ann Tarn (Fellside Borough Council)\n\n"
            "1. Combating Drugs Partnership\nThe Lakeside Combating Drugs Partnership and the Fellside Combating "
            "Drugs Partnership would meet jointly.\nThe report was noted.\n")
    keys = org_keys(text)
    assert keys["Combating Drugs Partnership"] not in (keys["Lakeside Combating Drugs Partnership"],
                                                       keys["Fellside Combating Drugs Partnership"])


def test_initials_closing_an_attendees_line_define_no_acronym():
    text = ("LAKESIDE SAFEGUARDING ADULTS BOARD\nMINUTES\nMeeting of the Board held on Wednesday 21st May 2025\n\n"
            "Present:\nAnn Webb, Independent Chair (AW)\n"
            "Carol Orme, Director of Nursing, NHS Lakeside Integrated Care Board (CO)\n"
            "Gil Holm, Head of Service, Lakeside County Council (GH)\n\n"
            "1.\tWelcome\nAW welcomed members.\n\n"
            "2.\tAudit\nCO presented the audit. CO confirmed that the ICB would report in June.\n"
            "The Board noted the audit.\n")
    record = extract_text(text)
    record.mentions = find_mentions(record)
    assert "CO" not in {d.acronym for d in record.mentions.acronyms}
    assert "CO" not in {m.text for m in record.mentions.organisations}


def test_a_licence_named_after_its_issuer_is_no_body():
    text = (HEAD + "Present: Cllr Ann Tarn (Fellside Borough Council)\n\n"
            "1. Welcome\nThe Chair welcomed everyone.\n\n"
            "All content is available under the Open Government Licence v3.0, except where otherwise stated\n")
    assert "Open Government" not in org_keys(text)


def test_a_club_is_a_body():
    text = (HEAD + "Present: Cllr Ann Tarn (Fellside Borough Council)\n\n"
            "1. Small Grants\nRESOLVED that the following grants be approved:\n"
            "• Lakeby Youth Club – detached youth work: £4,500\n"
            "• Fellside Boxing Academy – coaching sessions: £1,200\n")
    assert "Lakeby Youth Club" in org_keys(text)
