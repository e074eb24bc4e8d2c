"""A body's group named on the title: a ModernGov title line "Panel - Complaints Sub-Committee - date"
and a capitals line of four words under the partnership's ("SAFER STREETS THEME GROUP")."""
from __future__ import annotations

from kgraph.extract import extract_text

MODERNGOV = """Agenda and minutes

Lakeshire Police and Crime Panel - Complaints Sub-Committee - Tuesday, 4th March, 2025 10.00 am

Venue: Committee Room 1, Lakeby Shire Hall. View directions

Attendance

Members
Councillor Jane Orr (Chair) - Fellside District Council
Councillor Mark Tan - Lakeby Borough Council

Items
No.\tItem

1.

Apologies

None.
"""

OCCASION = MODERNGOV.replace("Complaints Sub-Committee", "Extraordinary Meeting")

THEME_GROUP = """FELLSIDE COMMUNITY PLANNING PARTNERSHIP

SAFER STREETS THEME GROUP

MINUTE OF MEETING held in Room 2, Fellside House, Lakeby on Tuesday 4 March 2025 at 2.00pm

Present:
Inspector Ann Bell (AB), Lakeshire Police – Chair
Tom Reid (TR), Fellside Council – Community Safety

1.\tWELCOME AND APOLOGIES

1.1\tThe Chair welcomed everyone to the meeting.
"""


def test_sub_committee_between_body_and_date_is_part_of_the_body():
    assert extract_text(MODERNGOV).header.body == "Lakeshire Police and Crime Panel - Complaints Sub-Committee"


def test_an_occasion_between_body_and_date_is_no_group():
    assert extract_text(OCCASION).header.body == "Lakeshire Police and Crime Panel"


def test_four_word_group_under_the_partnership_names_the_meeting():
    assert extract_text(THEME_GROUP).header.body == \
        "Fellside Community Planning Partnership Safer Streets Theme Group"
