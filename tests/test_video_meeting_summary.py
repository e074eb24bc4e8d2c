"""A video meeting's AI summary forwarded by e-mail: "Quick recap", "Next steps" bullets "Name will …",
a "Summary" under topic sub-headings, the participants report ("Participants (N)" over a "Join time"
table) and the calendar appointment with its agenda in capitals. Also a closing list of actions whose
entry a post shares with a person. One small invented document per rule; each test fails without it."""
from __future__ import annotations

from kgraph.extract import extract_text

_SUMMARY = ("From: Ann Webb\nSent: 21 November 2024 09:14\nTo: Group distribution list\n"
            "Subject: FW: Meeting assets for Lakeside VAWG Working Group are ready!\n\n"
            "Hi all,\n\nThe summary is below.\n\nAnn\n\n"
            "-----Original Message-----\nFrom: Zoom <no-reply@zoom.example>\nSent: 20 November 2024 12:03\n\n"
            "Meeting summary for Lakeside VAWG Working Group (11/20/2024)\n\n"
            "Quick recap\n\nThe group reviewed the action plan.\n\n"
            "Next steps\n\n"
            "• Tom Hale will share the problem profile with the group by December 6.\n"
            "• Ann will circulate the toolkit to all partners by Friday.\n\n"
            "Summary\n\n"
            "16 Days of Activism Campaign\nAnn outlined the campaign plans.\n\n"
            "Participants (4)\n\n"
            "Name (original name)                Join time        Leave time       Duration\n"
            "Ann Webb - Lakeside Council (Host)  10:00            11:58            118 mins\n"
            "Tom Hale (Lakeside Police)          10:01            11:58            117 mins\n"
            "Lakeby DC Community Safety          10:15            11:02            47 mins\n"
            "iPhone                              10:22            11:50            88 mins\n\n"
            "Agenda\n- Welcome\n- AOB\n")


def test_the_participants_report_gives_the_attendance_and_no_device_or_body_account():
    assert [a.name for a in extract_text(_SUMMARY).attendance] == ["Ann Webb", "Tom Hale"]


def test_a_lone_line_opening_with_a_count_and_a_capitals_agenda_entry_are_no_items():
    assert [it.number for it in extract_text(_SUMMARY).items] == [None]


def test_next_steps_bullets_are_actions_of_the_participants_they_name():
    owners = [[o.name for o in a.owners] for it in extract_text(_SUMMARY).items for a in it.actions]
    assert owners == [["Tom Hale"], ["Ann Webb"]]


def test_a_closing_list_entry_shared_by_a_post_and_a_person_goes_to_the_persons_item():
    text = ("Lakeside Prevent Board\n\nMinutes of the meeting held on Tuesday 10 December 2024, 2pm\n\n"
            "Present:\nAnn Webb – Head of Community Safety, Lakeside Council (Chair)\n"
            "Dr Tom Hale – Designated Nurse, Lakeside ICB\n\n"
            "Item 1: Welcome\n\n1.1 The Chair welcomed members.\n\n"
            "Item 2: Referrals\n\n2.1 Dr Hale said the ICB would support a referral training session for GP "
            "practices, with the Prevent Coordinator.\n\n"
            "Item 3: Any other business\n\n3.1 None.\n\n\nACTIONS\n\n"
            "A1 – Prevent Coordinator and Dr Hale to arrange a referral training session for GP practices by 31/03/25.\n")
    record = extract_text(text)
    assert [(it.number, [o.name for o in a.owners]) for it in record.items for a in it.actions] == \
        [("2", ["Prevent Coordinator", "Dr Hale"])]
