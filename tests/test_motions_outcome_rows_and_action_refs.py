"""Items, decisions and actions as town and parish councils, Scottish chief officers' groups and NHS-style
boards write them: capitals minute references with long titles, numbered rows of a data table inside an
item, one-word outcome rows, motions proposed, seconded and resolved with their votes, "noted the
following correspondence", "Action: REF INITIALS – task" lines and a closing summary of actions. Each
document is invented; each test fails without its rule."""
from __future__ import annotations

from kgraph.extract import extract_text

from test_unseen_layouts import decisions, items, owners

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"


# --------------------------------------------------------------------------- items


def test_a_capitals_minute_reference_heads_an_item_however_long_its_title():
    text = (HEAD + "LK/19/07\tTO RECEIVE APOLOGIES FOR ABSENCE\n\nNone.\n\n"
            "LK/19/08\tTO APPROVE THE MINUTES OF THE MEETING OF THE COMMITTEE HELD ON 4TH MARCH 2019\n\n"
            "RESOLVED that the minutes be approved as a true record.\n\n"
            "LK/19/09\tCORRESPONDENCE\n\nNone.\n")
    assert [i[0] for i in items(extract_text(text))] == ["LK/19/07", "LK/19/08", "LK/19/09"]


def test_numbered_rows_of_a_tab_table_under_an_unnumbered_header_are_no_items():
    text = (HEAD + "Item 1 — Apologies\nNone.\n\nItem 2 — Risk register\nThe register was presented.\n\n"
            "\tRisk\tLast rating\tRating now\t\n"
            "\t5. Staff vacancies in the north\tAmber\tRed\t\n"
            "\t9. Refuge capacity\tGreen\tAmber\t\n"
            "The register was discussed.\n\n"
            "Item 3 — Funding\nThe budget was presented.\n\nItem 4 — Date of next meeting\n1 August 2019\n")
    assert [(i[0], i[2]) for i in items(extract_text(text))] == [
        ("1", "Apologies"), ("2", "Risk register"), ("3", "Funding"), ("4", "Date of next meeting")]


def test_one_word_outcome_rows_of_a_word_table_are_their_own_decisions():
    text = (HEAD + "No.\tDiscussion\tAction by\n\nItem 1 — Risk register\n"
            "1.1\tThe Group was asked to approve the revised ratings.\t\n\nAgreed\t\t\n\n"
            "Item 2 — Annual report\n2.1\tThe Chair asked members to endorse the report.\t\n\nEndorsed\t\t\n")
    assert decisions(extract_text(text)) == [("1", "agreed", "Agreed"), ("2", "approved", "Endorsed")]
