"""Attendance typed in three columns, initials, name, then post and body, the long third cell wrapping
onto lines indented past the names and the minute-taker (no initials) typed under the names; a
partnership's title in capitals over the name of one of its groups in mixed case; a council's name
run straight into one of its departments. Invented."""
from __future__ import annotations

from test_unseen_layouts import extract_text_with_mentions, org_names

_MINUTES = ("FELLSHIRE SAFEGUARDING CHILDREN PARTNERSHIP\nPractice Review Group\n\n"
            "MINUTES - CONFIDENTIAL\n\nDate:   14/03/2024\nTime:   13:30 - 15:45\nVenue:  Microsoft Teams\n\n"
            "Present\n"
            "AW   Ann Webb             Designated Nurse Safeguarding Children, NHS Fellshire\n"
            "                          (Lakeby locality) - Chair\n"
            "TH   Tom Hale             Service Manager, Safeguarding and Quality Assurance,\n"
            "                          Lakeby Council Children's Services\n"
            "JB   Detective Inspector Jo Bloggs   Public Protection Unit,\n"
            "                          Fellshire Police\n"
            "DM   Dee Marsh            Head of Inclusion, Lakeby Council Education\n"
            "     Kit Stanley          Business Support Officer (minutes)\n\n"
            "Apologies\nDr Sam Keld (Named GP)\n\n"
            "1.  Welcome\n\nAW welcomed members.\n\n"
            "2.  Rapid Review - Child Q\n\nThe group discussed the case.\n\n"
            "Action: TH/AW to draft terms of reference.\nAction: JB to obtain police disclosure.\n\n"
            "3.  Date of next meeting\n\n11/04/2024, 13:30, Microsoft Teams.\n")


def test_initials_name_and_post_columns_read_one_attendee_a_row_with_wrapped_posts():
    record = extract_text_with_mentions(_MINUTES)
    present = {a.name: a for a in record.attendance if a.list_kind == "present"}
    assert list(present) == ["Ann Webb", "Tom Hale", "Detective Inspector Jo Bloggs", "Dee Marsh", "Kit Stanley"]
    assert present["Ann Webb"].initials == "AW" and present["Ann Webb"].role == "Chair"
    assert present["Ann Webb"].organisations == ["NHS Fellshire"]
    assert "Fellshire Police" in present["Detective Inspector Jo Bloggs"].organisations
    assert present["Kit Stanley"].initials is None


def test_actions_owned_by_initials_go_to_the_attendees_of_the_initials_column():
    record = extract_text_with_mentions(_MINUTES)
    owners = [[o.name for o in a.owners] for it in record.items for a in it.actions]
    assert owners == [["Tom Hale", "Ann Webb"], ["Detective Inspector Jo Bloggs"]]


def test_a_group_in_mixed_case_under_its_partnerships_title_in_capitals_is_the_meeting_body():
    assert extract_text_with_mentions(_MINUTES).header.body == \
        "Fellshire Safeguarding Children Partnership Practice Review Group"
    # a council's banner over a mixed-case line is not joined to it: the council hosts the group named
    # under it (see tests/test_banner_bodies_and_column_attendance.py)
    text = _MINUTES.replace("FELLSHIRE SAFEGUARDING CHILDREN PARTNERSHIP", "LAKEBY COUNCIL")
    assert extract_text_with_mentions(text).header.body == "Practice Review Group"


def test_a_council_run_into_its_department_is_the_council():
    record = extract_text_with_mentions(_MINUTES)
    present = {a.name: a for a in record.attendance}
    assert present["Tom Hale"].organisations == ["Lakeby Council"]
    assert present["Dee Marsh"].organisations == ["Lakeby Council"]
    assert not any("Children's Services" in name or "Education" in name for name in org_names(record))


def test_a_named_gp_is_a_post_not_a_body():
    record = extract_text_with_mentions(_MINUTES)
    keld = next(a for a in record.attendance if a.name == "Dr Sam Keld")
    assert keld.organisations == [] and keld.role == "Named GP"
