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


SLASH_DOC = """LAKEBY POLICE, FIRE AND CRIME PANEL

Minutes of a meeting of the Lakeby Police, Fire and Crime Panel held at Lakeby Town Hall on Tuesday 7 February 2023 at 10.00am

PRESENT: Councillor Ruth Amble (Chair)

LPFCP 12/23     APOLOGIES

Apologies were received from Councillor Tom Bray.

RESOLVED/-

That the apologies be noted.

LPFCP 13/23     PRECEPT 2023/24

The Deputy Mayor presented the proposed precept.

RESOLVED/-

1.  That the proposed precept be supported.

2.  That the Panel notes the budget gap.
"""


def test_a_slash_dash_label_is_read_as_a_colon_dash_label():
    found = [(it.number, d.text) for it in extract_text(SLASH_DOC).items for d in it.decisions]
    assert found == [("LPFCP 12/23", "That the apologies be noted."),
                     ("LPFCP 13/23", "That the proposed precept be supported."),
                     ("LPFCP 13/23", "That the Panel notes the budget gap.")]
