"""A district council's licensing hearing: minute numbers with the committee's capitals prefix and a
slash ("LSC/9"), "Members present:", "Officers:" and an "Other parties:" list whose lines each name the
side their people spoke for ("For Lakes Police (applicant): …", "Other persons: …"); counsel
"instructed by" a firm of solicitors speaks for that firm."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.segment import analyse_affiliation

HEARING = """FELLSIDE DISTRICT COUNCIL

LICENSING SUB-COMMITTEE

MINUTES OF THE MEETING OF THE LICENSING SUB-COMMITTEE, HELD ON TUESDAY, 4TH MARCH, 2025 AT 10.00 AM IN THE COUNCIL CHAMBER, TOWN HALL, LAKEBY

Members present: Councillors Ashdown (Chairman), Brill and Corran

Officers: Nina Pell (Licensing Manager) and Owen Marr (Legal Adviser)

Other parties:
For Lakeshire Police (applicant for the review): PC Tara Quill (Police Licensing Officer) and Inspector Neil Dunn (District Commander)
For the premises licence holder: Mr Ivo Stark (Director, Lakeby Taverns Ltd) and Mr Rhys Moon (Counsel, instructed by Gable Finch Solicitors)
Other persons: Mrs Enid Fry (local resident)

Also present: 2 members of the public


LSC/7   APOLOGIES FOR ABSENCE AND SUBSTITUTIONS

There were no apologies for absence.


LSC/8   DECLARATIONS OF INTEREST

There were no declarations of interest.


LSC/9   APPLICATION FOR THE REVIEW OF A PREMISES LICENCE - THE ANCHOR, 3 QUAY STREET, LAKEBY (REF: FDC/PL/0212)

PC Quill presented the police case. Mr Moon addressed the Sub-Committee on behalf of the licence holder.

RESOLVED that the licence be suspended for three months.
"""


def _record():
    return extract_text(HEARING, "fellside_hearing.txt")


def test_prefixed_slash_minute_numbers_are_the_items():
    items = _record().items
    assert [i.number for i in items] == ["LSC/7", "LSC/8", "LSC/9"]
    assert items[0].title == "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"


def test_every_party_line_names_attendees_of_the_hearing():
    names = [a.name for a in _record().attendance]
    for name in ("PC Tara Quill", "Inspector Neil Dunn", "Mr Ivo Stark", "Mr Rhys Moon", "Mrs Enid Fry"):
        assert name in names
    assert not any(n.startswith(("For ", "Other persons")) for n in names)


def test_a_party_named_for_a_body_gives_its_people_that_body():
    by_name = {a.name: a for a in _record().attendance}
    assert by_name["PC Tara Quill"].organisations == ["Lakeshire Police"]
    assert by_name["Mr Ivo Stark"].organisations == ["Lakeby Taverns Ltd"]


def test_counsel_instructed_by_solicitors_speaks_for_the_firm():
    assert analyse_affiliation("Counsel, instructed by Gable Finch Solicitors") == (["Gable Finch Solicitors"], "Counsel")
    assert analyse_affiliation("on behalf of Quay Street Residents' Association") == (["Quay Street Residents' Association"], None)


def test_a_councils_initials_inside_a_licence_reference_name_no_body():
    from kgraph.entities.organisations import _inside_reference_code
    text = "Premises licence ref: FDC/PL/0212; the KCC/NHS group met."
    at = text.index("FDC")
    assert _inside_reference_code(text, at, at + 3)
    at = text.index("KCC")
    assert not _inside_reference_code(text, at, at + 3)
