"""Tables on council web pages (CMIS style): a resolution typed as a table of "(i) | That …" rows
reads as enumerated paragraphs, and an attendance table with an "Attendance" column counts a row
marked "Apologies" as an apology, not an attendee.  Invented snippets."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.readers.html import html_to_text

ATTENDANCE = """<h2>Attendance</h2>
<table><thead><tr><th>Name</th><th>Organisation</th><th>Role</th><th>Attendance</th></tr></thead>
<tbody>
<tr><td>Councillor Ann Brook</td><td>Fellside City Council</td><td>Chair</td><td>Present</td></tr>
<tr><td>Carl Dent</td><td>Fellside Police</td><td>Member</td><td>Present</td></tr>
<tr><td>Dr Eve Foss</td><td>Fellside Integrated Care Board</td><td>Member</td><td>Apologies</td></tr>
<tr><td>Jo Marsh</td><td>Fellside Violence Reduction Unit</td><td>In attendance</td><td>Present</td></tr>
</tbody></table>"""

PAGE = f"""<html><body><main>
<h1>Fellside Community Safety Partnership</h1>
<p>Tuesday, 12 November 2019 2.00 pm</p>
{ATTENDANCE}
<h3>1. Minutes of the Previous Meeting</h3>
<p>RESOLVED:</p>
<table><tbody><tr><td>(i)</td><td>That the minutes of the meeting held on 10 September 2019 be confirmed.</td></tr></tbody></table>
<h3>2. Date of Next Meeting</h3>
<p>RESOLVED:</p>
<table><tbody><tr><td>(i)</td><td>That the next meeting be held on Tuesday, 11 February 2020 at 2.00 pm.</td></tr>
</tbody></table>
</main></body></html>"""


def test_an_enumerator_cell_starts_its_row_as_a_paragraph():
    text = html_to_text(PAGE)
    assert "(i) That the next meeting be held on Tuesday, 11 February 2020 at 2.00 pm." in text.splitlines()


def test_other_table_cells_keep_their_separator():
    text = html_to_text("<table><tr><td>89.</td><td>Notes of the last meeting</td></tr>"
                        "<tr><td>Ann Brook</td><td>Fellside Police</td></tr></table>")
    assert text.splitlines() == ["89. | Notes of the last meeting", "", "Ann Brook | Fellside Police"]


def test_a_next_meeting_resolved_in_a_table_row_is_referenced():
    refs = {(str(r.date), r.relation) for r in extract_text(html_to_text(PAGE)).meeting_refs}
    assert ("2020-02-11", "next") in refs
    assert ("2019-09-10", "previous") in refs


def test_a_row_marked_apologies_is_not_an_attendee():
    attendance = {a.name: a for a in extract_text(html_to_text(PAGE)).attendance}
    assert attendance["Dr Eve Foss"].list_kind == "apologies"
    assert {name for name, a in attendance.items() if a.list_kind == "present"} == {
        "Councillor Ann Brook", "Carl Dent", "Jo Marsh"}


def test_the_attendance_cell_is_no_organisation_and_the_role_cell_a_role():
    attendance = {a.name: a for a in extract_text(html_to_text(PAGE)).attendance}
    assert attendance["Carl Dent"].organisations == ["Fellside Police"]
    assert attendance["Jo Marsh"].organisations == ["Fellside Violence Reduction Unit"]
    assert attendance["Jo Marsh"].role == "In attendance"


# ModernGov's attendance table: "Attendance details" above "Attendee | Role | Attendance | Notes", the
# Notes cell mostly empty (and then absent from the row once the page is copied as text)
MODERNGOV_ATTENDANCE = """<html><body><div id="modgov">
<h1 class="title">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Fellside Safer Communities Board - Tuesday, 4th October, 2022 2.00 pm</h2>
<h2 class="mgSectionTitle">Attendance details</h2>
<table class="mgStatsTable" summary="Attendance details">
<tr><th scope="col">Attendee</th><th scope="col">Role</th><th scope="col">Attendance</th><th scope="col">Notes</th></tr>
<tr><td>Mr K Ansell</td><td>Chairman</td><td>Present</td><td></td></tr>
<tr><td>Inspector B Cole</td><td>Committee Member</td><td>Apologies</td><td></td></tr>
<tr><td>Sergeant F Moss</td><td>Substitute</td><td>Present as substitute</td><td>for Inspector B Cole</td></tr>
<tr><td>Ms G Hale</td><td>Officer</td><td>In attendance</td><td>Partnerships Officer</td></tr>
</table>
<h2 class="mgSectionTitle">Items</h2>
<p>1.</p><p>Minutes of the last meeting</p><p>Minutes:</p>
<p>RESOLVED that the minutes be approved.</p>
</div></body></html>"""

MODERNGOV_ATTENDANCE_COPIED = """Agenda and minutes

Fellside Safer Communities Board - Tuesday, 4th October, 2022 2.00 pm

Attendance details

Attendee\tRole\tAttendance\tNotes

Mr K Ansell\tChairman\tPresent

Inspector B Cole\tCommittee Member\tApologies

Sergeant F Moss\tSubstitute\tPresent as substitute\tfor Inspector B Cole

Ms G Hale\tOfficer\tIn attendance\tPartnerships Officer

Items

1.

Minutes of the last meeting

Minutes:

RESOLVED that the minutes be approved.
"""


def _lists_of(text: str) -> dict[str, str]:
    return {a.name: a.list_kind for a in extract_text(text).attendance}


def test_a_moderngov_attendance_table_is_read_from_the_page():
    assert _lists_of(html_to_text(MODERNGOV_ATTENDANCE)) == {
        "Mr K Ansell": "present", "Inspector B Cole": "apologies", "Sergeant F Moss": "present",
        "Ms G Hale": "in_attendance"}


def test_a_moderngov_attendance_table_is_read_from_its_copied_text():
    assert _lists_of(MODERNGOV_ATTENDANCE_COPIED) == {
        "Mr K Ansell": "present", "Inspector B Cole": "apologies", "Sergeant F Moss": "present",
        "Ms G Hale": "in_attendance"}


def test_a_row_without_its_empty_last_cells_keeps_its_role():
    attendance = {a.name: a for a in extract_text(MODERNGOV_ATTENDANCE_COPIED).attendance}
    assert attendance["Mr K Ansell"].role == "Chairman"
    assert attendance["Mr K Ansell"].organisations == []
