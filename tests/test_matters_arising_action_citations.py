"""Matters arising that cite an earlier meeting's action by its log number and subject ("Action 12/07 –
play area fencing: TR reported that …") report news on it: the subject is nobody's name, so it is no
owner; a new task in that paragraph is marked on it as elsewhere ("… ACTION: TR"). Owners marked by
initials may write an apostrophe surname by its first letter alone ("LO" for Lee O'Hara)."""
from __future__ import annotations

from kgraph.extract import extract_text

MINUTES = """LAKEBY COMMUNITY SAFETY PARTNERSHIP

Minutes of the meeting held on Thursday 7th March 2024 at 10:00am, Lakeby Town Hall

Present:
Ann Vale (Chair) – Lakeby Borough Council
Tom Reed – Lakeshire Police
Lee O'Hara – Lakeby Housing Trust


1. Minutes of the Last Meeting and Matters Arising

The minutes of the meeting held on 11th January 2024 were AGREED as a true record.

Action 12/07 – play area fencing at Mill Lane: TR reported that the contractor had been chosen but the work had not started. TR to chase the contractor and report back. ACTION: TR

Action 12/09 – Market Square camera: AV confirmed that the camera had been replaced. Complete.


2. Housing Update

Lee O'Hara reported on tenancy enforcement. LO to circulate the enforcement figures to members. ACTION: LO
"""


def _actions(number):
    record = extract_text(MINUTES)
    return next(i for i in record.items if i.number == number).actions


def test_a_cited_action_subject_is_no_owner():
    owners = [o.name for a in _actions("1") for o in a.owners]
    assert owners == ["Tom Reed"]


def test_a_completed_cited_action_sets_no_task():
    assert not any("camera" in a.text for a in _actions("1"))


def test_apostrophe_surname_initials_resolve():
    assert [o.name for a in _actions("2") for o in a.owners] == ["Lee O'Hara"]
