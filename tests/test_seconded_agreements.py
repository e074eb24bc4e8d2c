"""'It was agreed that …' with the motion's mover and seconder on the line under it is the meeting's
formal resolution, whatever mood its verb takes; a bracketed note added to the published minutes is
no decision of the meeting."""
from kgraph.extract import extract_text

HEAD = """Lakeside Community Safety Partnership

Minutes of meeting held on Wednesday 3 May 2023 at 2pm in the Council Chamber

Members present:
Cllr Jo Fell, Lakeside Council
Ms Ann Reed, Lakeside Council

Item 1: Welcome

The Chair welcomed members.

Item 2: CCTV

Ms Reed reported on the community CCTV scheme for the market square.

"""
TAIL = """
Item 3: Date of Next Meeting

The next meeting will take place on Wednesday 2 August 2023 at 2pm.
"""


def _decisions(body: str, tail: str = TAIL):
    record = extract_text(HEAD + body + tail)
    return {i.number: [d.text for d in i.decisions] for i in record.items}


def test_agreement_with_mover_and_seconder_below_is_a_decision():
    found = _decisions("It was agreed that the Council proceed with the bid for new street lights.\n"
                       "Proposed by Cllr Fell, seconded by Ms Reed.\n")
    assert len(found["2"]) == 1 and found["2"][0].startswith("It was agreed that the Council proceed")


def test_same_agreement_without_mover_and_seconder_stays_narrative():
    found = _decisions("It was agreed that the Council proceed with the bid for new street lights.\n")
    assert found["2"] == []


def test_bracketed_publication_note_is_no_decision():
    tail = TAIL + "\n[Note added on publication: the minutes were adopted on 2nd August 2023.]\n"
    found = _decisions("The update was noted.\n", tail)
    assert found["3"] == []
