"""The meeting's body when the title names a partnership and the minutes' sentence one of its groups.

"LAKEBY CRIME AND DISORDER REDUCTION PARTNERSHIP" over "Minutes of the meeting of the Responsible
Authorities Group held on …": the group is named by its kind alone, so the record is the partnership's
and the partnership is the body. A group under an office's title ("EXECUTIVE ACCOUNTABILITY BOARD" under
a commissioner's office) stays the body.
"""
from __future__ import annotations

from kgraph.extract import extract_text

PARTNERSHIP_TITLE_GROUP_SENTENCE = """LAKEBY CRIME AND DISORDER REDUCTION PARTNERSHIP
=============================================

Minutes of the meeting of the Responsible Authorities Group
held on 8 November 2007 at 10 a.m. at the Guildhall, Lakeby


PRESENT
-------

Cllr Ann Webb (Lakeby City Council) - in the Chair
Supt Tom Hale (Fellshire Constabulary)


1  APOLOGIES
-------------

None.


2  MINUTES
----------

The minutes of the meeting held on 6 September 2007 were agreed.
"""

OFFICE_TITLE_GROUP_SENTENCE = """OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR FELLSHIRE
EXECUTIVE ACCOUNTABILITY BOARD

Minutes of a meeting of the Executive Accountability Board held on Thursday 10 March 2016 at 10:00am in
Conference Room 1, Fellby

PRESENT
Police and Crime Commissioner (Mr Tom Hale)

1. APOLOGIES
None.

2. MINUTES
The minutes were agreed.
"""


def test_partnership_title_over_a_sentence_naming_its_group_gives_the_partnership():
    record = extract_text(PARTNERSHIP_TITLE_GROUP_SENTENCE)
    assert record.header.body == "Lakeby Crime and Disorder Reduction Partnership"


def test_office_title_over_a_sentence_naming_its_board_keeps_the_board():
    record = extract_text(OFFICE_TITLE_GROUP_SENTENCE)
    assert record.header.body == "Executive Accountability Board"
