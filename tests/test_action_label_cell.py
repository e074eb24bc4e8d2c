"""A council committee page copied as text writes each item's outcome as two-cell rows: "Decision<TAB>"
over the resolution, and "Action<TAB>Name to do something." — the label's cell, then the task with its
owner. The row is an explicit action; a header row of an action table ("Action<TAB>Owner<TAB>Due")
or a prose sentence using the word is not."""
from __future__ import annotations

from kgraph.extract import extract_text

PAGE = """Lakeby Community Safety Partnership

Date:\t12/10/2023
Time:\t14:00

Attendee\tRole\tAttendance
Councillor Ruth Ames\tChair\tPresent
Owen Price\tCommunity Safety Manager\tPresent

Item\tBusiness
4\tStrategic Assessment 2023/24
\u00a0\t

Owen Price presented the draft assessment.


Decision\t

The Partnership agreed to approve the draft assessment.


Action\tOwen Price to circulate the final assessment to partners by 1 December 2023.
5\tAny Other Business
\u00a0\t

The Partnership discussed the 16 Days of Action campaign.
"""


def test_action_row_after_its_label_cell_is_an_explicit_action():
    items = {i.number: i for i in extract_text(PAGE).items}
    explicit = [a for a in items["4"].actions if a.explicit]
    assert [a.text[:30] for a in explicit] == ["Owen Price to circulate the fi"]
    assert [o.name for o in explicit[0].owners] == ["Owen Price"]
    assert not [a for a in items["5"].actions if a.explicit]
