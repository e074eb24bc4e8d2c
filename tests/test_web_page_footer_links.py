"""A council web page copied as text ends with its footer links ("Back to top", "Printable version",
"• Contact us |", "• Accessibility |" …) under the attendance the page puts after the items: the
footer ends that attendance and names nobody. Invented page."""
from __future__ import annotations

from kgraph.extract import extract_text

PAGE = """Agenda and minutes

Lakeby Community Safety Partnership - Tuesday, 8th July, 2014 10.00 am

Venue: Room 2, Town Hall, Lakeby

Items

No. | Item

1.

Apologies and Substitutes

Minutes:

Apologies for absence were received from Mr Tom Hale.

2.

Community Safety Plan

Minutes:

RESOLVED that the plan be approved.

Attendance details

Present

Attendee | Role | Attendance

Mrs Ann Webb | Chairman | Present

Mr Sam Keld | Member | Present

Apologies

Attendee | Role | Attendance

Mr Tom Hale | Member | Apologies

Back to top

Printable version

• Contact us |

• Accessibility |

• Privacy and cookies |

• Terms and conditions
"""


def test_the_footer_links_after_a_closing_attendance_name_nobody():
    names = [e.name for e in extract_text(PAGE).attendance]
    assert names == ["Mrs Ann Webb", "Mr Sam Keld", "Mr Tom Hale"]
