"""Attendance lines "Name (INITIALS), Organisation", one a line: the initials in brackets are the
person's (the minutes then write "ACTION: SKB to …"), never an organisation, and commas inside the
organisation's name ("Kent, Surrey and Sussex …") do not split the line into more entries."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.pipeline import find_mentions
from kgraph.segment import initials_fit

from test_unseen_layouts import owners

DOC = """LAKES CRIMINAL JUSTICE BOARD

Minutes of the meeting held on Wednesday 6 March 2019, 10:00 – 12:00
Room 4, Police Headquarters, Kendal

Present:
Chief Superintendent Ruth Hale (RH), Cumbria Police (Chair)
Sunita Kaur-Blake (SKB), Crown Prosecution Service North West
Paul Ridge (PR), Cheshire, Greater Manchester and Cumbria Community Rehabilitation Company
Karen Wells (KW), HM Courts and Tribunals Service
Owen Mabb (OM), Office of the Cumbria Police and Crime Commissioner

1. Performance
SKB reported on attrition in domestic abuse cases.
ACTION: SKB to bring the review to the next meeting.

2. Victims
ACTION: KW/OM to agree a joint audit.
"""


def test_each_line_is_one_attendee_with_initials_and_body():
    record = extract_text(DOC)
    assert [(a.name, a.initials) for a in record.attendance] == [
        ("Chief Superintendent Ruth Hale", "RH"), ("Sunita Kaur-Blake", "SKB"), ("Paul Ridge", "PR"),
        ("Karen Wells", "KW"), ("Owen Mabb", "OM")]
    orgs = [a.organisations for a in record.attendance]
    assert orgs[1] == ["Crown Prosecution Service North West"]
    assert orgs[3] == ["HM Courts and Tribunals Service"]
    assert orgs[4] == ["Office of the Cumbria Police and Crime Commissioner"]
    # (how a comma inside a body's name is read is the organisation reader's business; the line is one entry)
    assert orgs[2][-1].endswith("Cumbria Community Rehabilitation Company")


def test_action_initials_resolve_to_the_listed_people():
    assert owners(extract_text(DOC)) == [("1", ["Sunita Kaur-Blake"], True), ("2", ["Karen Wells", "Owen Mabb"], True)]


def test_initials_in_brackets_are_not_organisations():
    mentions = find_mentions(extract_text(DOC))
    assert not {"RH", "SKB", "PR", "KW", "OM"} & {m.text for m in mentions.organisations}


def test_double_barrelled_surname_gives_two_letters():
    assert initials_fit("Sunita Kaur-Blake", "SKB") and initials_fit("Sunita Kaur-Blake", "SK")
    assert not initials_fit("Sunita Kaur-Blake", "SB")


def test_initials_after_a_name_in_the_narrative_are_not_an_organisation():
    text = DOC.replace("SKB reported on attrition", "Detective Inspector Jane Moss (JM) reported on attrition")
    mentions = find_mentions(extract_text(text))
    assert "JM" not in {m.text for m in mentions.organisations}
    assert "Detective Inspector Jane Moss" in {m.text for m in mentions.people}


def test_initials_closing_the_line_after_post_and_body_are_the_persons():
    text = ("FELLSIDE SAFEGUARDING BOARD\n\nMinutes of the meeting held on 3 May 2022\n\nPresent\n"
            "Dr Ann Webb – Designated Lead, Lakes ICB (AW)\nTom Hale – Lakes Fire and Rescue Service (TH)\n\n"
            "Item 1 – Welcome\n  Noted.\n\nItem 2 – Audit\n  AW reported on the audit.\n"
            "                                        ACTION: TH – share the data\n")
    result = extract_text(text)
    people = [(a.name, a.initials, a.organisations) for a in result.attendance]
    assert people == [("Dr Ann Webb", "AW", ["Lakes ICB"]), ("Tom Hale", "TH", ["Lakes Fire and Rescue Service"])]
    assert not {"AW", "TH"} & {m.text for m in find_mentions(result).organisations}


def test_a_key_written_initials_dash_name_gives_the_listed_people():
    """ "Attendees: AW (Chair), TH, DCI PB" with a key "AW – Ann Webb, Post, Body": the key line is read
    past its initials and dash (an upper-case title such as DCI may open the name)."""
    text = ("LAKES VIOLENCE REDUCTION GROUP\n\nACTION NOTES\n\nDate: Monday 3 June 2024, 10:00–11:00\n\n"
            "Attendees: AW (Chair), TH, PB (notes)\n\nKey:\n\n"
            "AW – Ann Webb, Head of Community Safety, Lakes District Council\n\n"
            "TH – Tom Hale, Fell Housing Trust\n\nPB – DCI Paul Birch, Lakes Police\n\n"
            "1. Welcome\n\nMembers were welcomed.\n")
    present = [(a.name, a.initials, a.organisations) for a in extract_text(text).attendance if a.list_kind == "present"]
    assert present == [("Ann Webb", "AW", ["Lakes District Council"]), ("Tom Hale", "TH", ["Fell Housing Trust"]),
                       ("DCI Paul Birch", "PB", ["Lakes Police"])]


def test_an_initials_column_keeps_a_mac_surnames_prefix():
    text = ("LAKES COMMUNITY SAFETY PARTNERSHIP\nMinutes of meeting held on Tuesday 5th March 2024 at 2pm\n\n"
            "Present:\nAMcD\tAlan McDowell (Lakes Council) – Chair\nJMacK\tJean MacKay (Lakes Police)\n"
            "TH\tTom Hale (NHS Lakes)\n\n1. Welcome\nAMcD welcomed everyone.\n")
    entries = extract_text(text).attendance
    assert [(a.name, a.initials, a.organisations) for a in entries] == [
        ("Alan McDowell", "AMcD", ["Lakes Council"]), ("Jean MacKay", "JMacK", ["Lakes Police"]),
        ("Tom Hale", "TH", ["NHS Lakes"])]
    assert initials_fit("Alan McDowell", "AMcD") and not initials_fit("Alan Dowell", "AMcD")
