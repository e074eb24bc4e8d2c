"""A CMIS committee page (ASP.NET): the whole page sits inside one <form>, the meeting's details are a
"Label: | value" table, each item is a two-cell row "N | Title" over its text, and each outcome a
"Decision | …" or "Action | Name to …" row. The page form is no furniture (a search form still is),
the number's cell heads the item, and the action row is an explicit action.  Invented page."""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.readers.html import html_to_text

PAGE = """<html><body>
<div id="masthead"><span>Lakeby Council</span></div>
<form id="searchForm"><input name="q"><button>Search documents</button></form>
<form id="cmisForm" action="Meetings/ViewMeetingPublic.aspx">
<div class="CMISContent">
<table class="MeetingDetails">
<tr><td class="Label">Meeting:</td><td>Lakeby Community Safety Partnership</td></tr>
<tr><td class="Label">Date:</td><td>14/09/2023</td></tr>
<tr><td class="Label">Time:</td><td>14:00</td></tr>
</table>
<h3>Attendance</h3>
<table class="Attendance">
<tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>
<tr><td>Councillor Ruth Ames</td><td>Chair, Lakeby Council</td><td>Present</td></tr>
<tr><td>Owen Price</td><td>Team Leader, Lakeby Council</td><td>Present</td></tr>
</table>
<h3>Minutes</h3>
<table class="ItemsTable">
<tr><th>Item</th><th>Business</th></tr>
<tr><td class="ItemNumber">1</td><td class="ItemTitle">Welcome and Apologies</td></tr>
<tr><td></td><td><p>The Chair welcomed everyone to the meeting.</p></td></tr>
<tr><td class="ItemNumber">2</td><td class="ItemTitle">Strategic Assessment 2023/24</td></tr>
<tr><td></td><td><p>Owen Price presented the draft assessment.</p></td></tr>
<tr><td>Decision</td><td><p>The Partnership agreed to approve the draft assessment.</p></td></tr>
<tr><td>Action</td><td>Owen Price to circulate the final assessment by 1 December 2023.</td></tr>
<tr><td class="ItemNumber">3</td><td class="ItemTitle">Date of Next Meeting</td></tr>
<tr><td></td><td><p>The next meeting will be held on 23 November 2023.</p></td></tr>
</table>
</div>
</form>
</body></html>"""


def test_the_form_wrapping_the_page_is_kept_and_a_search_form_dropped():
    text = html_to_text(PAGE)
    assert "Owen Price presented the draft assessment." in text
    assert "Search documents" not in text


def test_number_cell_rows_head_the_items_and_the_action_row_is_explicit():
    record = extract_text(html_to_text(PAGE))
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Welcome and Apologies"), ("2", "Strategic Assessment 2023/24"), ("3", "Date of Next Meeting")]
    explicit = [a for a in record.items[1].actions if a.explicit]
    assert [[o.name for o in a.owners] for a in explicit] == [["Owen Price"]]
