"""A follow-up promised by an office, not a name: "The DCC agreed to …" (the office by its initials, the
attendance giving "Deputy Chief Constable (DCC)") and "The Head of Performance and Scrutiny will
include …" (a title joined by "of" / "and"): each is the task of the one attendee holding that post.
Invented minutes."""
from __future__ import annotations

from kgraph.extract import extract_text

DOC = """OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR LAKESHIRE

PERFORMANCE BOARD
MINUTES

Date: Wednesday 6 March 2024

Present:
Ruth Amble\tPolice and Crime Commissioner (PCC) – Chair
Owen Tarn\tDeputy Chief Constable (DCC)
Priya Kell\tHead of Policy and Scrutiny, OPCC
Dana Oakes\tAssistant Chief Constable (ACC)

1.\tPERFORMANCE UPDATE

1.1\tThe PCC noted that rural residents reported lower confidence. The DCC agreed to provide a breakdown of response times by district for the next meeting.

1.2\tThe PCC asked about shoplifting. The Head of Policy and Scrutiny will include retail crime in the quarterly summary.

2.\tANY OTHER BUSINESS

2.1\tThe ICB agreed to share its winter plan.
"""


def test_an_office_as_the_subject_of_a_follow_up_is_its_holders_task():
    found = [(it.number, [o.name for o in a.owners]) for it in extract_text(DOC).items for a in it.actions]
    assert found == [("1", ["Owen Tarn"]), ("1", ["Priya Kell"])]


def test_the_initials_of_a_post_in_brackets_name_no_body():
    from kgraph.entities import attendance_affiliation
    doc = DOC.replace("Owen Tarn\tDeputy Chief Constable (DCC)",
                      "Owen Tarn\tDeputy Chief Constable (DCC)\nJo Marsh\tChief Constable, Lakeshire Police (CC)")
    entries = {e.name: e for e in extract_text(doc).attendance}
    assert attendance_affiliation(entries["Owen Tarn"])[1] == []
    assert attendance_affiliation(entries["Jo Marsh"])[1] == ["Lakeshire Police"]
    # a body's own acronym after its name is still the body's
    assert attendance_affiliation(entries["Priya Kell"])[1] == ["OPCC"]
