"""Meeting notes written in an online editor's template and exported as Markdown: a header chip of
cells parted by bars, attendees as person chips ("@Name"), a closing checklist "- [ ] @Name – task"
whose entries go back to the topics they came from, and a "Future dates:" line; and Irish committee
minutes that put "Proposed by …, Seconded by …" on a line above "It was agreed …"."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

NOTES = """# Lakeby Community Safety Partnership – Tasking Group

Meeting notes

Mar 14, 2024 | 📅 LCSP Tasking Group (monthly) | 10:00 AM – 11:30 AM | Fell House, Market Street, Lakeby (Room 2) + Google Meet

**Attendees:** @Ruth Okoro @Dev Marsh @Lena Vick @Olly Prentice

**Apologies:** @Sam Birch (sent update by email), @Ivy Lund

## Notes

### 1. Welcome and notes of last meeting

- Ruth chaired. Notes of the meeting on Feb 8, 2024 agreed as accurate.
- Lighting on the canal path – Lena chased the housing team, survey booked for April.

### 2. Fair week – live issues

- Dev gave an update on the fair: 9 arrests in the town centre.
- **Agreed:** Fair debrief to be a standing item at the April meeting; partners to send lessons learned by 5 April

### 3. Hotspots – tasking review

- **Mill Lane shops**
  - Group of young people on e-bikes, intimidation of shop staff.
  - **Agreed:** keep Mill Lane as a priority hotspot; joint walkabout with shop owners

### 4. Partner round table

- Olly: road safety checks in Fellside next month.
- Ruth: strategic assessment draft due June.

### 5. AOB & next meeting

- Next meeting: Apr 11, 2024, 10:00 AM, same room.
- Future dates: May 9, Jun 13, Jul 11 (all 10:00 AM)

## Action items

- [x] @Lena Vick – update group on canal path lighting survey (done)
- [ ] @Ruth Okoro – add Fair debrief as standing item for April; chase partners for lessons learned by 5 April
- [ ] @Olly Prentice – join walkabout at Mill Lane; brief the shop owners on e-bike seizures
- [ ] @Ruth Okoro @Dev Marsh – share the fair arrest figures
"""


def _record():
    return extract_text(NOTES, "lakeby_tasking.txt")


def test_person_chips_are_the_attendees_and_apologies():
    att = _record().attendance
    assert [a.name for a in att if a.list_kind == "present"] == ["Ruth Okoro", "Dev Marsh", "Lena Vick", "Olly Prentice"]
    assert [a.name for a in att if a.list_kind == "apologies"] == ["Sam Birch", "Ivy Lund"]


def test_header_chip_gives_the_time_cell_and_the_place_after_it():
    header = _record().header
    assert header.date == dt.date(2024, 3, 14)
    assert header.start_time == dt.time(10, 0)
    assert header.venue.startswith("Fell House, Market Street, Lakeby")


def test_future_dates_line_lists_next_meetings_in_the_years_ahead():
    nexts = sorted(r.date for r in _record().meeting_refs if r.relation == "next")
    assert nexts == [dt.date(2024, 4, 11), dt.date(2024, 5, 9), dt.date(2024, 6, 13), dt.date(2024, 7, 11)]


def _owned_by_item(record):
    return {(item.number, tuple(o.name for o in a.owners)) for item in record.items for a in item.actions}


def test_checklist_entries_take_their_chips_as_owners_and_leave_the_chips_out_of_the_task():
    tasks = {a.text for item in _record().items for a in item.actions}
    assert "share the fair arrest figures" in tasks
    # both chips own the entry (which item it goes to is the next test's subject)
    assert ("Ruth Okoro", "Dev Marsh") in {owners for _, owners in _owned_by_item(_record())}
    assert not any("@" in task for task in tasks)


def test_checklist_entry_goes_to_the_item_whose_business_it_restates():
    owned = _owned_by_item(_record())
    # the chair is named in item 1, but the task repeats item 2's agreed debrief word for word
    assert ("2", ("Ruth Okoro",)) in owned
    # "e-bike seizures" and "Mill Lane" / "walkabout": item 3's hotspot ("e-bikes" in the plural there)
    assert ("3", ("Olly Prentice",)) in owned
    assert ("1", ("Lena Vick",)) in owned


def test_a_hyphenated_surname_chip_is_one_owner():
    text = NOTES.replace("@Dev Marsh – share", "@Dev Marsh-Hale – share").replace("@Dev Marsh @", "@Dev Marsh-Hale @")
    record = extract_text(text, "lakeby_tasking.txt")
    owners = {o.name for item in record.items for a in item.actions for o in a.owners}
    assert "Dev Marsh-Hale" in owners


JPC = """LAKEBY COUNTY COUNCIL

LAKEBY JOINT POLICING COMMITTEE

MINUTES OF MEETING OF LAKEBY JOINT POLICING COMMITTEE HELD IN THE COUNCIL CHAMBER, LAKEBY ON MONDAY 25TH NOVEMBER 2024 AT 3.00 P.M.

Cathaoirleach: Cllr. Eoin Fell

Members Present:
Cllr. Eoin Fell (Cathaoirleach)
Cllr. Maura Hale
Cllr. Ciarán Webb

1.  MINUTES OF PREVIOUS MEETING

The minutes of the meeting held on 9th September 2024 were considered.

Proposed by Cllr. Maura Hale, Seconded by Cllr. Ciarán Webb
It was agreed that the minutes of the meeting held on 9th September 2024 be adopted.

2.  COMMUNITY CCTV

Ms. Quinn reported on the grant for the Fellside scheme.

Proposed by Cllr. Ciarán Webb, Seconded by Cllr. Maura Hale
It was agreed to approve the extension of the community CCTV scheme to Fellside.

It was also agreed that a letter be sent to the Minister seeking further funding.

3.  ROAD SAFETY

Inspector Lund reported on speeding. It was agreed that the figures were encouraging.

The update was noted.
"""


def _decisions(text):
    record = extract_text(text, "lakeby_jpc.txt")
    return {item.number: [d.text for d in item.decisions] for item in record.items}


def test_outcome_under_a_proposer_and_seconder_line_is_the_resolution():
    found = _decisions(JPC)
    assert found["1"] == ["It was agreed that the minutes of the meeting held on 9th September 2024 be adopted."]
    assert found["2"][0] == "It was agreed to approve the extension of the community CCTV scheme to Fellside."


def test_also_agreed_paragraph_after_the_resolution_is_one_more_outcome():
    assert "It was also agreed that a letter be sent to the Minister seeking further funding." in _decisions(JPC)["2"]


def test_it_was_agreed_in_discussion_without_a_seconder_stays_narrative():
    assert not any("encouraging" in d for d in _decisions(JPC)["3"])


def test_a_proposer_line_without_an_outcome_below_decides_nothing():
    text = JPC.replace("It was agreed to approve the extension of the community CCTV scheme to Fellside.",
                       "Members discussed the cost of the cameras.")
    assert not any("cost of the cameras" in d for d in _decisions(text)["2"])


def test_cathaoirleach_is_a_chair_role_not_a_body():
    from kgraph.segment import chair_role_re
    assert chair_role_re().search("Cllr. Eoin Fell (Cathaoirleach)")
    assert chair_role_re().search("Leas-Chathaoirleach")
