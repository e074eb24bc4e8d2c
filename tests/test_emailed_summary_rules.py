"""A meeting summarised in an e-mail with no heading of its own: the covering note dates the meeting
("yesterday's group (Tues 4 Mar, 2pm, Teams)", the year that of the sent date), gives its time and
place, and the e-mail is addressed to the body that met; the rows of an actions table typed with
spaces ("9   Send the invites   Priya   28/03") under a header row ("#   Action   Who   By") are no
items. Invented e-mail."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

EMAIL = """From: Priya (Partnership Coordinator)
Sent: Wednesday, March 5, 2025 4:02 PM
To: Fellside Hate Crime Steering Group
Subject: Steering Group 04/03 - summary and actions

Hi all,

Thanks for joining yesterday's steering group (Tues 4 Mar, 2pm, Teams).
Summary of the discussion below.

Present:
  Priya (Fellside Council) - chair
  Tom (Fellside Police)
  Ann (Victim Support)

1. Notes of the last meeting

 - Notes of the meeting on 3 December 2024 agreed.

2. Reporting centres

 - Tom reported 41 hate incidents in the quarter.

   Action: Tom to share the quarterly figures.

3. AOB

 - Next meeting: Tuesday 3 June 2025, 14:00, Teams.


Actions summary

  #   Action                            Who        By
  1   Share the quarterly figures       Tom        28/03
  4   Update the reporting centre list  Ann        28/03
  5   Send the June meeting invite      Priya      14/05

Thanks,
Priya
"""


def test_the_covering_note_dates_the_meeting_in_the_sent_dates_year():
    header = extract_text(EMAIL).header
    assert header.date == dt.date(2025, 3, 4)
    assert header.start_time == dt.time(14, 0)
    assert header.venue == "Teams"


def test_the_email_is_addressed_to_the_body_that_met():
    assert extract_text(EMAIL).header.body == "Fellside Hate Crime Steering Group"


def test_a_january_meeting_summarised_in_the_new_year_takes_the_year_before_a_later_month():
    text = EMAIL.replace("Tues 4 Mar", "Tues 30 Dec").replace("March 5, 2025", "January 2, 2025")
    assert extract_text(text).header.date == dt.date(2024, 12, 30)


def test_rows_of_a_table_typed_with_spaces_are_no_items():
    record = extract_text(EMAIL)
    assert [i.number for i in record.items] == ["1", "2", "3"]


def test_an_attendees_body_known_by_its_acronym_and_then_a_department_is_the_body():
    from test_unseen_layouts import extract_text_with_mentions, org_names
    text = EMAIL.replace("Tom (Fellside Police)", "Tom (LUHB Safeguarding)").replace(
        "Ann (Victim Support)", "Ann (Fellside CBC Community Safety)\n  Jo (IDVA service)\n"
        "  Mo (LAKES FIRE AND RESCUE SERVICE)")
    orgs = org_names(extract_text_with_mentions(text))
    assert {"LUHB", "Fellside CBC", "LAKES FIRE AND RESCUE SERVICE"} <= set(orgs)
    assert not {"LUHB Safeguarding", "Fellside CBC Community Safety", "IDVA"} & set(orgs)
