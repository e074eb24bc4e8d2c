"""Numbered action tags closing a paragraph ("[ACTION 3: AB/CD — 30/11/2024]") assign the paragraph's
task to the attendees whose initials they give; and the data rules read with them: a parenthesis
whose long form wraps a line still defines its acronym; "Prevent" as one of a strategy's four "P"s
is no PREVENT programme; "adults at risk" is the safeguarding theme; "cocaine use" is substance
misuse; "University Hospitals of …" is one trust's name; a post ending in "Author" is no body;
"X and Ofsted" after a known body are two bodies. Invented minutes (Fellside, Lakeby)."""
from __future__ import annotations

import datetime as dt

from kgraph.entities.acronyms import find_acronym_pairs
from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits
from kgraph.entities.topics import find_topics
from kgraph.extract import extract_text

from test_unseen_layouts import owners

TAGGED = """FELLSIDE PREVENT PARTNERSHIP BOARD

MINUTES

Date:    Tuesday 5th March 2024
Time:    2.00pm
Venue:   Room 2, Fellside Town Hall

ATTENDANCE
Name | Organisation | Present/Apologies
Cllr Nina Ashdown (Chair) | Fellside Council | Present
Owen Brackley | Fellside Council | Present
Ruth Caddick | Lakeby College | Present
Sam Dearden | Lakeby Police | Present


1.  CHANNEL PANEL UPDATE

1.1 OB presented the quarterly report. Referrals had risen after the autumn term.
[ACTION 1: OB — 30/04/2024]

1.2 RC offered to share the college's tutorial materials with the schools network.
[ACTION 2: RC/SD — 15/05/2024]


2.  ANY OTHER BUSINESS

2.1 The Board noted the update.
[ACTION 3: ZQ — 01/06/2024]
"""


def test_numbered_tag_after_a_paragraph_assigns_it_to_the_initials():
    found = owners(extract_text(TAGGED))
    assert ("1", ["Owen Brackley"], True) in found
    assert ("1", ["Ruth Caddick", "Sam Dearden"], True) in found


def test_tag_keeps_its_due_date():
    record = extract_text(TAGGED)
    item = next(i for i in record.items if i.number == "1")
    dues = {tuple(o.name for o in a.owners): a.due for a in item.actions}
    assert dues[("Owen Brackley",)] == dt.date(2024, 4, 30)


def test_tag_with_initials_of_no_attendee_makes_no_action():
    assert not [o for o in owners(extract_text(TAGGED)) if o[0] == "2"]


def test_wrapped_parenthesis_defines_its_acronym():
    text = "Funds will pay for refresher SAFE (Staff Awareness of\n  Frontline Exploitation) training for bar staff."
    pairs = find_acronym_pairs(text)
    assert [(p.acronym, p.expansion) for p in pairs] == [("SAFE", "Staff Awareness of Frontline Exploitation")]
    assert text[pairs[0].expansion_start:pairs[0].expansion_end].startswith("Staff Awareness")


def _topic_keys(text: str) -> set[str]:
    return {h.key for h in find_topics(text, 0, len(text))}


def test_prevent_among_the_four_ps_is_no_programme():
    assert "prevent" not in _topic_keys("The strategy is built on the four Ps (Pursue, Prevent, Protect, Prepare).")
    assert "prevent" not in _topic_keys("It rests on four pillars, Prevent, Protect, Pursue and Provide.")
    assert "prevent" in _topic_keys("Schools made more referrals to Prevent, the board heard.")


def test_adults_at_risk_is_the_safeguarding_theme_but_not_at_risk_of():
    assert "safeguarding-vulnerable-people" in _topic_keys("The Act applies to adults\nat risk who are victims.")
    assert "safeguarding-vulnerable-people" not in _topic_keys("It focuses on young adults at risk of violence.")


def test_cocaine_use_is_drug_misuse():
    assert "drug-misuse" in _topic_keys("Cocaine use in venue toilets remains a concern.")


def _orgs(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text, 0, len(text)))]


def test_university_hospitals_of_a_place_is_one_trust():
    text = "Apologies: Dr Ann Roe (University Hospitals of Lakeby Bay NHS Foundation Trust) and Mr Bo Fell."
    assert "University Hospitals of Lakeby Bay NHS Foundation Trust" in _orgs(text)


def test_a_known_body_and_ofsted_are_two_bodies():
    text = "The review requires notification of the Department for Education and Ofsted within five days."
    assert _orgs(text) == ["Department for Education", "Ofsted"]


def test_cafcass_in_mixed_case_is_a_body():
    assert "Cafcass" in _orgs("Mr Lee reported that Cafcass had completed its return.")


ATTENDED = """LAKEBY SAFEGUARDING CHILDREN BOARD

Minutes of the meeting held on Thursday 12 September 2013 at 10.00am, Lakeby Hall

PRESENT
Mr Keith Arran (Independent Chair)
Ms Jo Fell (Head of Service, Lakeby County Council)

IN ATTENDANCE
Mr Peter Ellis (Independent Overview Author)

1. APOLOGIES
None.
"""


def test_a_post_ending_in_author_is_no_body():
    entry = next(a for a in extract_text(ATTENDED).attendance if a.name == "Mr Peter Ellis")
    assert entry.organisations == [] and entry.role == "Independent Overview Author"
