"""Next meetings listed as days under a year given first, days listed one after another, and the
dates a next-meeting item holds that date no meeting: a running footer's publication stamp, a wiki
checklist of actions."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

HEAD = "Fellside Reducing Reoffending Board\n\nNotes of the meeting held on 14 September 2023\n\n"


def _nexts(body: str) -> list[dt.date]:
    return sorted(r.date for r in extract_text(HEAD + body).meeting_refs if r.relation == "next")


def test_days_listed_after_the_year_they_fall_in():
    body = ("## 1. Apologies\n\nNone.\n\n## 2. Date of next meeting\n\n- Thursday 7 December 2023, 10:00, "
            "Fell House. 2024 dates: 14 March, 13 June, 12 September (all Thursdays).\n")
    assert _nexts(body) == [dt.date(2023, 12, 7), dt.date(2024, 3, 14), dt.date(2024, 6, 13),
                            dt.date(2024, 9, 12)]


def test_days_without_a_year_stay_out_of_the_next_meetings():
    body = "## 1. Apologies\n\nNone.\n\n## 2. Date of next meeting\n\n- Thursday 7 December 2023; papers by 14 March.\n"
    assert _nexts(body) == [dt.date(2023, 12, 7)]


def test_a_checklist_of_actions_after_the_last_item_dates_no_meeting():
    body = ("## 1. Apologies\n\nNone.\n\n## 2. Date of next meeting\n\n- Thursday 7 December 2023\n\n"
            "## Action items\n\n- [ ] @Jo Hale Circulate the draft dashboard – 31 Oct 2023\n"
            "- [x] @Tom Webb Book the venue – 30 Nov 2023\n")
    assert _nexts(body) == [dt.date(2023, 12, 7)]


def test_a_running_footers_publication_stamp_dates_no_meeting():
    body = ("1.   APOLOGIES\n\n     None.\n\n2.   DATE OF NEXT MEETING\n\n     RESOLVED that the next meeting "
            "be held on Thursday, 19th October 2023.\n\nFellside Board - 14th September 2023"
            "                   Published - 21st September 2023\n")
    assert _nexts(body) == [dt.date(2023, 10, 19)]
