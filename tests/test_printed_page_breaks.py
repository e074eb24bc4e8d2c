"""A printed copy's page break inside an item: the page number ("Page 2 of 5") and the running header on
top of the next page are furniture, and a lettered resolution goes on across them. Invented snippets."""
from __future__ import annotations

from kgraph.extract import extract_text

MINUTES = ("LAKEBY POLICE AND CRIME PANEL\n\nMinutes of the meeting held on Monday 3 June 2024 at 10.00 am\n\n"
           "PRESENT: Councillor Ann Webb (Chairman), Councillor Tom Hale\n\n"
           "PCP/24/1  APOLOGIES\n\nNone.\n\n"
           "PCP/24/2  PROPOSED PRECEPT\n\nThe Panel considered the proposed precept.\n\n"
           "RESOLVED – (a) That the proposed precept for 2024/25 be supported without\nqualification.\n\n"
           "                                                   Page 1 of 3\n\n"
           "Police and Crime Panel - 3 June 2024\n\n"
           "(b) That the Medium Term Financial Strategy be noted.\n\n"
           "PCP/24/3  WORK PROGRAMME\n\nRESOLVED – That the work programme be approved.\n\n"
           "                                                   Page 2 of 3\n\n"
           "Police and Crime Panel - 3 June 2024\n\n"
           "PCP/24/4  DATE OF NEXT MEETING\n\nThe next meeting will be held on 9 September 2024.\n")


def test_a_lettered_resolution_goes_on_across_a_page_break():
    decisions = [(item.number, d.kind, " ".join(d.text.split())) for item in extract_text(MINUTES).items
                 for d in item.decisions]
    assert [(n, k) for n, k, _ in decisions] == [("PCP/24/2", "resolved"), ("PCP/24/2", "noted"),
                                                  ("PCP/24/3", "approved")]
    assert decisions[1][2].endswith("Medium Term Financial Strategy be noted.")


RUN_ON = ("LAKEBY POLICE AND CRIME PANEL\n\nMinutes of the meeting held on Monday 3 June 2024 at 10.00 am\n\n"
          "PRESENT: Councillor Ann Webb (Chairman), Councillor Tom Hale\n\n"
          "PCP/24/1 APOLOGIES\n\nNone.\n\n"
          "PCP/24/2 PROPOSED POLICE PRECEPT 2024/25 AND MEDIUM TERM FINANCIAL STRATEGY The Panel considered the "
          "report of the Commissioner on the precept.\n\nRESOLVED – That the precept be supported.\n\n"
          "PCP/24/3 WORK PROGRAMME\n\nRESOLVED – That the work programme be approved.\n")


def test_a_long_title_in_capitals_run_on_into_the_first_sentence_ends_at_the_capitals():
    """A PDF's text ran a long title in capitals on into the item's first sentence with one space."""
    assert [(i.number, i.title) for i in extract_text(RUN_ON).items] == [
        ("PCP/24/1", "APOLOGIES"), ("PCP/24/2", "PROPOSED POLICE PRECEPT 2024/25 AND MEDIUM TERM FINANCIAL STRATEGY"),
        ("PCP/24/3", "WORK PROGRAMME")]
