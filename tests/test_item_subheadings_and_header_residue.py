"""Batch AR rules, on invented minutes.

* Items written under the sub-headings "Discussion" / "Outcome" / "Actions" (each alone on its line):
  every sentence under "Outcome" that records an outcome in a decision verb is a decision; the lines
  under "Actions" that open "Name to …" are actions of that person, and a prose follow-up of the same
  person in the discussion is that action, not a second one.
* A web page's title line "BODY - Thursday, 10th July, 2025 2.00 pm" above the printed "MINUTES of a
  meeting … held … on Thursday, 10 July 2025." times the meeting.
* "Minutes of the Partnership Board meeting" under the partnership's title line is the partnership's.
* An attendance line "Name - Lakeshire Police, North Lakeby": the compass-named area is no body.
* A body of an apologies paragraph wrapped over two lines is still found as one name.
* "Lakeby CCG": a place and the NHS initialism name a body.
"""
from __future__ import annotations

from kgraph.extract import extract_text
from kgraph.pipeline import find_mentions

SUBHEADINGS = """OFFICIAL

Fellside Community Safety Partnership

Minutes of the Partnership meeting
Date: Tuesday 14 March 2023
Time: 2.00pm - 4.00pm
Venue: Fellside Town Hall

Agenda item 1: Minutes of the last meeting

Discussion
The minutes of the meeting held on 10 January 2023 were reviewed.

Outcome
The minutes were agreed as an accurate record. The action log was updated.

Actions
None.

Agenda item 2: Youth diversion bid

Discussion
Maria Quell presented the bid. Owen Brack offered to share the youth club attendance figures.

Outcome
The Partnership supported the bid. The allocation of £5,000 was approved as set out above.

Actions
Maria Quell to submit the bid to the Lakeshire OPCC by
30 March 2023.
Owen Brack to share the youth club attendance figures with Maria Quell.

Agenda item 3: Any other business

Discussion
Nothing was raised.

Outcome
None.

Actions
None.

Attendance

Members present:
Cllr Rhona Ellery, Fellside District Council (Chair)
Maria Quell, Fellside District Council, Community Safety Officer
Owen Brack, Fellside Youth Trust
"""


def _by_number(record):
    return {it.number: it for it in record.items}


def test_each_outcome_sentence_with_a_decision_verb_is_a_decision():
    items = _by_number(extract_text(SUBHEADINGS))
    assert [d.text for d in items["1"].decisions] == ["The minutes were agreed as an accurate record."]
    assert [d.text for d in items["2"].decisions] == [
        "The Partnership supported the bid.", "The allocation of £5,000 was approved as set out above."]
    assert items["3"].decisions == []


def test_name_to_lines_under_an_actions_subheading_are_actions():
    items = _by_number(extract_text(SUBHEADINGS))
    actions = items["2"].actions
    assert sorted(o.name for a in actions for o in a.owners) == ["Maria Quell", "Owen Brack"]
    assert all(a.explicit for a in actions)
    assert actions[0].text.startswith("Maria Quell to submit the bid") and "30 March 2023" in actions[0].text
    assert items["1"].actions == [] and items["3"].actions == []


def test_a_name_to_line_outside_an_actions_list_is_no_listed_action():
    text = SUBHEADINGS.replace("Actions\nMaria Quell to submit", "Notes\nMaria Quell to submit")
    items = _by_number(extract_text(text))
    assert not any(a.listed and o.name == "Maria Quell" for a in items["2"].actions for o in a.owners)


TITLE_LINE = """Skip to content
Lakeshire County Council
Home > Committees > Lakeshire Community Safety Partnership > Meeting

Minutes

Lakeshire Community Safety Partnership - Thursday, 10th July, 2025 2.00 pm

Venue: Council Chamber, County Hall, Lakeby. View directions

LAKESHIRE COMMUNITY SAFETY PARTNERSHIP

MINUTES of a meeting of the Lakeshire Community Safety Partnership held in the Council Chamber, County Hall, Lakeby on Thursday, 10 July 2025.

Present: Mr P Dunmore (Chair) (LCC) and Ms A Tolley (Lakeshire Police).

1. Apologies

There were none.
"""


def test_title_line_times_the_meeting_its_sentence_dates():
    header = extract_text(TITLE_LINE).header
    assert str(header.date) == "2025-07-10"
    assert header.start_time is not None and header.start_time.strftime("%H:%M") == "14:00"


def test_title_line_without_a_time_gives_none():
    header = extract_text(TITLE_LINE.replace("Thursday, 10th July, 2025 2.00 pm", "Thursday, 10th July, 2025")).header
    assert str(header.date) == "2025-07-10" and header.start_time is None


BOARD = """LAKEBY COMMUNITY SAFETY PARTNERSHIP
Northtown | Southtown

Minutes of the Partnership Board meeting held on Thursday 17th October 2019 at 10.00am
Committee Room, Lakeby House, Lakeby

Present:
Cllr Ann Smith (AS) - Northtown District Council (Chair)
Inspector Ben Orr (BO) - Lakeshire Police, North Lakeby

Apologies:
Jo Salt (Lakeby Primary Care Trust), Ken Trow (Lakeshire and West
Fellside CRC)

1. Welcome

AS welcomed members. The review had been shared with Lakeby CCG.
"""


def test_partnership_board_under_the_partnership_title_is_the_partnership():
    assert extract_text(BOARD).header.body == "Lakeby Community Safety Partnership"


def test_compass_area_after_a_body_is_no_body():
    record = extract_text(BOARD)
    orr = next(e for e in record.attendance if e.name.endswith("Orr"))
    assert orr.organisations == ["Lakeshire Police"]


def test_wrapped_apologies_body_and_place_ccg_are_found():
    record = extract_text(BOARD)
    names = {" ".join(m.text.split()) for m in find_mentions(record).organisations}
    assert "Lakeshire and West Fellside CRC" in names
    assert "Lakeby CCG" in names
    assert "North Lakeby" not in names


def test_speeding_tells_road_safety():
    text = BOARD.replace("The review had been shared with Lakeby CCG.", "Residents raised concern about speeding on the A59.")
    keys = {m.key for m in find_mentions(extract_text(text)).topics}
    assert "road-safety" in keys
