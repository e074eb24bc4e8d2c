"""Minutes numbered by paragraph (1–48 across unnumbered headings in capitals) give each paragraph's
first line as an item's title. When that line is a sentence running on over the next line ("The Board
AGREED that the … should report to the" over "Strategic Board at each meeting."), the item's text starts
with it, so the decision it records is read."""
from __future__ import annotations

from kgraph.extract import extract_text

MINUTES = """LAKEBY COMMUNITY SAFETY PARTNERSHIP BOARD

Date:    Thursday 8th May 2025
Venue:   Virtual meeting held via Microsoft Teams

Board members present:
Cllr Ann Vale              Cabinet Member for Communities, Lakeby Council (Chair)
Tom Reed                   Head of Community Safety, Lakeby Council


WELCOME AND APOLOGIES

1.  The Chair welcomed members to the meeting, which was held remotely, and in particular
    new members of the Board.

STRATEGIC ASSESSMENT

2.  Tom Reed presented the Strategic Assessment 2025, which had been circulated with the
    papers and had been discussed at the delivery group.

3.  The Board AGREED that the Domestic Abuse Local Partnership Board should report to the
    Strategic Board at each meeting.

4.  The Board AGREED to adopt the Lakeby VAWG Strategy 2025-2028, subject to the
    amendments at paragraph 2.

ANY OTHER BUSINESS

5.  There was no other business.
"""


def test_a_decision_in_a_paragraphs_first_line_is_read():
    texts = [" ".join(d.text.split()) for i in extract_text(MINUTES).items for d in i.decisions]
    assert any(t.startswith("The Board AGREED that the Domestic Abuse Local Partnership Board should report to "
                            "the Strategic Board") for t in texts), texts
    assert any(t.startswith("The Board AGREED to adopt the Lakeby VAWG Strategy") for t in texts), texts


def test_a_title_that_ends_its_phrase_stays_a_title():
    record = extract_text(MINUTES.replace("3.  The Board AGREED that the Domestic Abuse Local Partnership Board should report to the\n    Strategic Board at each meeting.",
                                          "3.  Domestic Abuse Local Partnership Board Annual Report 2024/25\n\n    The report was received."))
    item = next(i for i in record.items if i.number == "3")
    assert record.source.text[item.span.start:item.span.end].count("Annual Report") == 1


NEXT = MINUTES.replace("ANY OTHER BUSINESS\n\n5.  There was no other business.\n",
                       "ANY OTHER BUSINESS\n\n5.  The Chair thanked Tom Reed, who was leaving the Council, for his work on the\n"
                       "    Partnership's analysis.\n\nDATE OF NEXT MEETING\n\n"
                       "6.  Thursday 14th August 2025, 10:00, Town Hall, Lakeby (subject to guidance) or\n"
                       "    via Microsoft Teams.\n")


def test_the_date_under_an_unnumbered_next_meeting_heading_is_the_next_meeting():
    refs = [(r.date.isoformat(), r.relation) for r in extract_text(NEXT).meeting_refs]
    assert ("2025-08-14", "next") in refs
