"""One small invented document per rule for attendance written as a table with a "Present/Apologies"
column, as one comma-run of "Name (INITIALS) Body" entries, or with a body's own line of members under
a label; for a "Note of meeting" title under its committee and sub-group; and for an executive
decision notice, whose meeting is its decision maker's. Each test fails without its rule."""
from __future__ import annotations

from test_unseen_layouts import extract_text_with_mentions, org_names


def _kinds(record) -> dict[str, str]:
    return {a.name: a.list_kind for a in record.attendance}


def test_a_present_or_apologies_column_puts_apologies_rows_in_their_list():
    text = ("Fellshire Adult Protection Committee\n\nNote of meeting – Wednesday 6th March 2024, 2pm\n\n"
            "Attendance\n\nName | Organisation | Present/Apologies\n"
            "Ann Webb (Chair) | Fellshire Council | Present\nTom Hale | Fellshire Police, Lakes Division | Present\n"
            "Jo Bloggs | Fellshire Women's Aid | Apologies\n\n"
            "1) Welcome\n\nAnn welcomed everyone.\n\n2) Any other business\n\nNone.\n")
    record = extract_text_with_mentions(text)
    kinds = _kinds(record)
    assert kinds["Ann Webb"] == "present" and kinds["Jo Bloggs"] == "apologies"
    hale = next(a for a in record.attendance if a.name == "Tom Hale")
    assert hale.organisations == ["Fellshire Police"]      # the force, its division after the comma


def test_a_note_of_meeting_title_names_no_body_and_the_sub_group_line_joins_the_committee():
    text = ("Fellshire Adult Protection Committee\nLearning and Development Sub-group\n\n"
            "Note of meeting – Wednesday 6th March 2024, 2pm to 4pm\nMicrosoft Teams\n\n"
            "Present: Ann Webb (Chair), Tom Hale\n\n"
            "1) Welcome\n\nAnn welcomed everyone.\n\n2) Any other business\n\nNone.\n")
    body = extract_text_with_mentions(text).header.body
    assert body == "Fellshire Adult Protection Committee Learning and Development Sub-group"


def test_a_comma_run_of_names_with_initials_and_bodies_keeps_each_body_whole():
    text = ("Lakeside Community Safety Partnership\nKey decisions and actions log\n\nDate: 05/03/2024\n\n"
            "Present: Cllr Ann Webb (AW) Lakeside Council – Chair, Tom Hale (TH) NHS Fellshire and Lakeside, "
            "GM Jo Bloggs (JB) Fellshire Fire and Rescue Service\n"
            "Apologies: Di Marsh (Lakeside Council)\n"
            "Distribution: members as above; Lakeside Health Board for information\n\n"
            "1. Welcome\nAW welcomed members.\n\n2. Any other business\nNone.\n")
    record = extract_text_with_mentions(text)
    by_name = {a.name: a for a in record.attendance}
    assert set(by_name) == {"Cllr Ann Webb", "Tom Hale", "GM Jo Bloggs", "Di Marsh"}
    assert by_name["Tom Hale"].organisations == ["NHS Fellshire and Lakeside"]
    assert by_name["GM Jo Bloggs"].organisations == ["Fellshire Fire and Rescue Service"]
    assert by_name["Di Marsh"].organisations == ["Lakeside Council"]     # the distribution line is no body of hers
    assert not any("(" in name or "Hale" in name for name in org_names(record))


def test_an_executive_decision_notice_is_the_decision_makers_meeting():
    text = ("FELLSIDE CITY COUNCIL\n\nEXECUTIVE DECISION NOTICE\n\nDelegated Decision by Cabinet Member\n\n"
            "Decision Maker: Councillor Ann Webb, Cabinet Member for Community Safety\n"
            "Decision Session held: Tuesday 5 March 2024, 6.30 pm\nVenue: Room 2, Civic Offices, Fellside\n\n"
            "Also present at the Decision Session:\nCouncillor Tom Hale (Leader of the Opposition Group)\n"
            "Officers: Jo Bloggs (Head of Community Safety), Di Marsh (Senior Lawyer, Legal Services)\n"
            "Fellshire Police: Inspector Sam Keld (Neighbourhood Policing)\n\n"
            "1. Title of Decision\n\nRenewal of the Fellside PSPO\n\n2. Decision\n\n"
            "The Cabinet Member RESOLVED:\n\n(1) That the order be extended for three years.\n")
    record = extract_text_with_mentions(text)
    assert record.header.body == "Fellside City Council – Cabinet Member for Community Safety"
    names = [a.name for a in record.attendance]
    for name in ("Councillor Ann Webb", "Councillor Tom Hale", "Di Marsh", "Inspector Sam Keld"):
        assert name in names
    assert not any("Decision Notice" in name for name in org_names(record))
