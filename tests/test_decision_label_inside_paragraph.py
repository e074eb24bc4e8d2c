"""A decision label with its colon opening a sentence inside a paragraph ("… in January. Agreed: the
Partnership extends …"), as a numbered note's row or a PDF's run-on paragraph has it, labels the decision
as it does at the paragraph's start; lower-case "agreed:" in a sentence does not."""
from __future__ import annotations

from kgraph.extract import extract_text

NOTES = """FELLSIDE COMMUNITY SAFETY PARTNERSHIP
Notes of the meeting held on 3 February 2025 at Fellside Civic Centre

Present: Amy Fairbairn (AF), Fellside Borough Council; Gary Bell (GB), Lakeshire Police

1.\tReviews
1.1\tAF updated on the review commissioned in April. The independent chair expects to submit the overview report in March. Agreed: the Partnership extends the review timescale to 30 June 2025 and informs the Home Office.\tAction: AF
2.\tFunding
2.1\tGB confirmed the grant of £40,000. AF proposed that £12,000 fund the town centre rangers. Agreed: the allocations in AF's paper were approved.
3.\tAny other business
3.1\tGB said partners had agreed: patrols would continue over the summer.
"""


def test_a_label_opening_a_sentence_mid_paragraph_records_the_decision():
    minutes = extract_text(NOTES)
    decisions = [[NOTES[d.span.start:d.span.end] for d in i.decisions] for i in minutes.items]
    assert decisions[0] and decisions[0][0].startswith("the Partnership extends the review timescale")
    assert decisions[1] and decisions[1][0].startswith("the allocations in AF's paper were approved")
    assert decisions[2] == []
