"""One small invented document per rule for a title naming the record after the body ("– meeting
notes"), a body named under a council's record title ("Minute of Meeting") or in full under its
partnership's line, plain-word attendance labels ("Who came:", "Sorry couldn't make it:", "In the
Chair:"), "Name from the Body" entries, a "Chair … presided" heading ending a Scottish sederunt, and
semicolon lists whose brackets give several people one body ("(both Police Scotland)"). Each test
fails without its rule."""
from __future__ import annotations

from test_unseen_layouts import extract_text_with_mentions


def _entries(record) -> dict[str, tuple[str, list[str], str | None]]:
    return {a.name: (a.list_kind, a.organisations, a.role) for a in record.attendance}


def test_a_document_type_after_a_dash_is_dropped_from_the_title_body():
    text = ("# Fellside North Ward Panel – meeting notes\n\n**When:** Tuesday 5 March 2024, 7pm\n\n"
            "1) Welcome\n\nAnn opened the meeting.\n\n2) Any other business\n\nNone.\n")
    assert extract_text_with_mentions(text).header.body == "Fellside North Ward Panel"


def test_a_body_line_under_the_record_title_below_a_council_heading_is_the_meeting_body():
    text = ("LAKESIDE COUNCIL\n\nMinute of Meeting\nLicensing and Community Safety Sub-committee\n\n"
            "Date: Tuesday, 5 March 2024\nTime: 13:00\n\nSederunt\nCouncillor Ann Webb and Councillor Tom Hale.\n\n"
            "I. MINUTE\nThe Sub-committee approved the minute.\n\nII. POLICE REPORT\nNoted.\n\n"
            "III. FIRE REPORT\nNoted.\n")
    header = extract_text_with_mentions(text).header
    assert header.body == "Licensing and Community Safety Sub-committee"
    assert header.parent_body == "Lakeside Council"


def test_a_body_named_in_full_under_its_partnership_line_is_the_meeting_body():
    text = ("SAFER FELLSIDE PARTNERSHIP\nNORTH FELL & LAKETOWN JOINT ACTION GROUP (JAG)\n\n"
            "Date: Wednesday 17 April 2024\nTime: 10.30am\n\nPresent: Ann Webb (Fellside Council), Tom Hale (Lakes Police)\n\n"
            "1. Welcome\nThe Chair welcomed members.\n\n2. Any other business\nNone.\n")
    header = extract_text_with_mentions(text).header
    assert header.body == "North Fell & Laketown Joint Action Group"
    assert header.parent_body == "Safer Fellside Partnership"


def test_who_came_and_sorry_couldnt_make_it_label_the_present_and_apologies_lists():
    text = ("# Fellside North Ward Panel\n\n**When:** Tuesday 5 March 2024, 7pm\n\n"
            "**Who came:** Ann Webb (panel chair), Jade, Tom Hale, Moira from the Fell Court TRA\n\n"
            "**Sorry couldn't make it:** Abdi, Cllr Rita Lowe\n\n"
            "1) Welcome\n\nAnn opened the meeting.\n\n2) Any other business\n\nNone.\n")
    entries = _entries(extract_text_with_mentions(text))
    assert entries["Jade"][0] == "present" and entries["Tom Hale"][0] == "present"
    assert entries["Abdi"][0] == "apologies" and entries["Cllr Rita Lowe"][0] == "apologies"


def test_a_name_from_a_body_is_the_person_of_that_body():
    text = ("# Fellside North Ward Panel\n\n**When:** Tuesday 5 March 2024, 7pm\n\n"
            "**Who came:** Ann Webb (panel chair), Moira from the Fell Court TRA, Tom Hale\n\n"
            "1) Welcome\n\nAnn opened the meeting.\n\n2) Any other business\n\nNone.\n")
    entries = _entries(extract_text_with_mentions(text))
    assert entries["Moira"][1] == ["Fell Court TRA"]


def test_in_the_chair_names_who_chaired():
    text = ("LAKESIDE BOROUGH COUNCIL\n\nCOMMUNITY SAFETY SCRUTINY PANEL\n\n"
            "Minutes of the meeting held on Tuesday 5 March 2024 at 7.00 pm\n\n"
            "In the Chair:  Councillor Ann Webb\n\nPresent:       Councillors Tom Hale and Rita Lowe\n\n"
            "31   Apologies for Absence\n\n     None.\n\n32   Any other business\n\n     None.\n")
    entries = _entries(extract_text_with_mentions(text))
    assert entries["Councillor Ann Webb"] == ("present", [], "Chair")


def test_a_chair_heading_after_a_sederunt_ends_the_members_list():
    text = ("LAKESIDE COUNCIL\n\nMinute of Meeting\nCommunity Safety Sub-committee\n\n"
            "Date: Tuesday, 5 March 2024\n\nSederunt\nCouncillor Ann Webb (Convener), Councillor Tom Hale and\n"
            "Councillor Rita Lowe.\n\nChair\nCouncillor Webb, Convener, presided.\n\n"
            "I. MINUTE\nApproved.\n\nII. POLICE REPORT\nNoted.\n\nIII. FIRE REPORT\nNoted.\n")
    names = [a.name for a in extract_text_with_mentions(text).attendance]
    assert "Councillor Rita Lowe" in names
    assert not any("presided" in n or "Chair" in n for n in names)


def test_a_shared_bracket_in_a_semicolon_list_gives_several_people_one_body():
    text = ("LAKESIDE COUNCIL\n\nMinute of Meeting\nCommunity Safety Sub-committee\n\n"
            "Date: Tuesday, 5 March 2024\n\nSederunt\nCouncillor Ann Webb (Convener) and Councillor Tom Hale.\n\n"
            "In Attendance\nD Reilly, Head of Climate, Public Protection and Roads; and L Baird, Committee Services\n"
            "Officer (all Lakeside Council); Chief Inspector G Wallace and Inspector R Haddow\n"
            "(both Police Scotland); and Group Commander A Innes (Scottish Fire and Rescue Service).\n\n"
            "I. MINUTE\nApproved.\n\nII. POLICE REPORT\nNoted.\n\nIII. FIRE REPORT\nNoted.\n")
    entries = _entries(extract_text_with_mentions(text))
    assert set(entries) >= {"D Reilly", "L Baird", "Chief Inspector G Wallace", "Inspector R Haddow"}
    assert "Roads" not in entries and "Public Protection" not in entries
    assert entries["D Reilly"][1:] == (["Lakeside Council"], "Head of Climate, Public Protection and Roads")
    assert entries["Inspector R Haddow"][1] == ["Police Scotland"]
