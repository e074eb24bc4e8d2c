"""Lists on a web page (a WordPress or similar post): the HTML reader writes each <li> of a <ul> as
its own line behind a "• " bullet, the house convention every reader shares (the decisions reader
uses the bullets to group sub-points).  The header and attendance rules read such a line as they
read the same line copied without its bullet: "• Time: 10:00 – 12:00" is the start time, and
"• Name (INITIALS) – post, body" is one attendee whose initials later own actions.  Invented page."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text
from kgraph.readers.html import html_to_text

from test_unseen_layouts import owners

PAGE = """<html><body><main><article>
<h1>Fellside Violence Partnership Board – minutes, 9 March 2022</h1>
<ul class="meeting-details"><li><strong>Date:</strong> Wednesday 9 March 2022</li>
<li><strong>Time:</strong> 14:00 – 15:30</li><li><strong>Location:</strong> Zoom</li></ul>
<h2>Present</h2>
<ul><li>Cllr Ada Quill (AQ) – Chair, Portfolio Holder for Safety, Fellside Borough Council</li>
<li>Ben Rook (BR) – Area Manager, Fellside, Dale and Moor Fire Service</li>
<li>Cara Lunt (CL) – Team Leader, Fellside Domestic Abuse Service (FDAS), Fellside Women's Aid</li>
<li>Dev Moss (DM) – Partnership Officer (minutes)</li></ul>
<h2>Apologies</h2>
<ul><li>Eli Park – Fellside Police</li></ul>
<h3>1. Refuge capacity</h3>
<p>CL reported that the refuge was full for most of the quarter.</p>
<p>ACTION: BR/CL to map the spare capacity across the county.</p>
<h3>2. Any other business</h3>
<p>ACTION: DM to circulate the slides.</p>
</article></main></body></html>"""


def test_list_items_are_bulleted_lines():
    lines = [line for line in html_to_text(PAGE).splitlines() if line]
    assert "• Time: 14:00 – 15:30" in lines
    assert "• Ben Rook (BR) – Area Manager, Fellside, Dale and Moor Fire Service" in lines


def test_bulleted_header_fields_give_time_and_venue():
    header = extract_text(html_to_text(PAGE)).header
    assert header.date == dt.date(2022, 3, 9)
    assert header.start_time == dt.time(14, 0)
    assert header.venue == "Zoom"


def test_bulleted_name_initials_lines_are_one_attendee_each():
    record = extract_text(html_to_text(PAGE))
    present = [(a.name, a.initials) for a in record.attendance if a.list_kind == "present"]
    assert present == [("Cllr Ada Quill", "AQ"), ("Ben Rook", "BR"), ("Cara Lunt", "CL"), ("Dev Moss", "DM")]
    assert not any("•" in a.name for a in record.attendance)


def test_action_initials_resolve_through_a_bulleted_list():
    assert owners(extract_text(html_to_text(PAGE))) == [
        ("1", ["Ben Rook", "Cara Lunt"], True), ("2", ["Dev Moss"], True)]
