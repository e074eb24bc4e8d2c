"""Formal printed minutes label a resolution "RESOLVED:-" on a line of its own, the resolution in the
next paragraph ("That …", or "(a) That …" sub-points): the colon and dash are one label, read as
"RESOLVED:" is (the resolutions keep their "That", as under "RESOLVED:").
Invented snippet."""
from __future__ import annotations

from kgraph.extract import extract_text

DOC = """FELLSIDE POLICE AND CRIME PANEL

Minutes of a meeting of the Fellside Police and Crime Panel held in the Council Chamber, Town Hall, Fellside on Monday, 3 June 2019 at 10.30 am

PRESENT: Councillor Ann Webb (Chair)

1. ELECTION OF CHAIR

Councillor Ann Webb was nominated and seconded. There being no other nominations, it was:

RESOLVED:-

That Councillor Ann Webb be elected Chair of the Panel for 2019/20.

2. ANNUAL REPORT

The Commissioner presented his Annual Report.

RESOLVED:-

(a) That the Annual Report be noted.

(b) That the Panel's comments be forwarded to the Commissioner.

3. FORWARD WORK PROGRAMME

RESOLVED: -

That the forward work programme be approved.
"""


def test_a_colon_dash_label_alone_on_its_line_takes_the_next_paragraph():
    found = [(it.number, d.text) for it in extract_text(DOC).items for d in it.decisions]
    assert found == [("1", "That Councillor Ann Webb be elected Chair of the Panel for 2019/20."),
                     ("2", "That the Annual Report be noted."),
                     ("2", "That the Panel's comments be forwarded to the Commissioner."),
                     ("3", "That the forward work programme be approved.")]
