"""Scottish committee minutes that number their decisions across the items ("DECISION 1" … "DECISION 8",
each heading alone on its line over the decision, which opens with its verb in capitals: "AGREED the
Minute …", "NOTED the report; and"), with right-aligned action markers after a dash ("… future
reports.        – Action: LB") or on a line of their own under a decision."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import decisions, owners

NUMBERED = """FELLSIDE COUNCIL

HOUSING AND COMMUNITIES COMMITTEE

Minute of meeting held on Wednesday 3 May 2023 at 10.00am in the Council Chamber, Fellside.

Present:   Councillors Ann Vale (Chair), Tom Reed (Vice Chair), Ruth Moss
In attendance: Lena Bright (Head of Housing), Owen Marsh (Committee Officer)

1.  APOLOGIES
    None.

2.  MINUTE OF PREVIOUS MEETING
    Moved by Councillor Vale, seconded by Councillor Reed.
    DECISION 1
    AGREED the Minute of the meeting held on 1 March 2023 as a correct record.

3.  HOMELESSNESS UPDATE
    Lena Bright presented the quarterly report. Members asked for figures by
    ward in future reports.                                      – Action: LB
    DECISION 2
    NOTED the report; and
    DECISION 3
    AGREED that a briefing on temporary accommodation be held for Members.
                                                                 – Action: OM

4.  DATE OF NEXT MEETING
    DECISION 4
    NOTED that the next meeting will be held on Wednesday 5 July 2023 at 10.00am.
"""


def test_each_numbered_heading_gives_the_decision_below_it_with_its_verb():
    found = decisions(extract_text(NUMBERED))
    texts = [(n, k, t.split()[0]) for n, k, t in found]
    assert texts == [("2", "agreed", "AGREED"), ("3", "noted", "NOTED"), ("3", "agreed", "AGREED"),
                     ("4", "noted", "NOTED")]
    assert found[1][2] == "NOTED the report"


def test_dashed_action_markers_at_the_line_end_or_alone_name_their_owners():
    found = owners(extract_text(NUMBERED))
    assert ("3", ["Lena Bright"], True) in found
    assert ("3", ["Owen Marsh"], True) in found


def test_decision_word_without_a_number_is_not_a_numbered_heading():
    text = NUMBERED.replace("DECISION 1\n", "The decision 1 was\n")
    found = decisions(extract_text(text))
    assert not any(t.startswith("The decision") for _, _, t in found)


def test_venue_begun_on_the_date_line_and_wrapped_is_one_place():
    text = NUMBERED.replace(
        "Minute of meeting held on Wednesday 3 May 2023 at 10.00am in the Council Chamber, Fellside.",
        "Minute of meeting held on Wednesday 3 May 2023 at 10.00am in the Council\n"
        "Chamber, Town Hall, Fellside and via Microsoft Teams.")
    assert extract_text(text).header.venue == "Council Chamber, Town Hall, Fellside and via Microsoft Teams"
