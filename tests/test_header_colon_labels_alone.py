"""A details block whose labels end with a colon on a line of their own ("Time:" over "10:00 – 12:45",
"Location:" over the venue), as a copied two-column table puts them: each label's value is the next
line, as for a label alone without its colon. Invented minutes."""
from __future__ import annotations

import datetime as dt

from kgraph.extract import extract_text

DOC = """OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR LAKESHIRE

ACCOUNTABILITY BOARD
MINUTES

Meeting:
Accountability Board
Date:
Wednesday 6 March 2024
Time:
10:00 – 12:45
Location:
Meeting Room 3, Police Headquarters, Lakeby

Present:
Ruth Amble\tPolice and Crime Commissioner – Chair
Owen Tarn\tDeputy Chief Constable

1.\tWELCOME

1.1\tThe Commissioner welcomed everyone.
"""


def test_labels_with_colons_alone_on_their_lines_give_the_next_line():
    h = extract_text(DOC).header
    assert h.date == dt.date(2024, 3, 6)
    assert h.start_time == dt.time(10, 0)
    assert h.venue == "Meeting Room 3, Police Headquarters, Lakeby"
