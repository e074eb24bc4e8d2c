"""A page printed in two columns under item headings that span both (a newsletter-like page printed
from CSS columns): each item's text fills the left column and then the right one before the next
heading, so the page is read band by band; a short heading prints in the left part only and is told
by its place. The last page, with only a few rows in each column, goes on in the columns of the
page before. Small PDFs drawn with fpdf2, each piece of text at its own x."""
from __future__ import annotations

from kgraph.read import read_source
from placed_pdf import placed_pdf

LEFT_X, RIGHT_X = 15, 100


def band(left: list[str], right: list[str]) -> list:
    """Rows of two columns: the left column's lines beside the right column's."""
    rows = []
    for k in range(max(len(left), len(right))):
        pieces = [(LEFT_X, left[k]) if k < len(left) else None, (RIGHT_X, right[k]) if k < len(right) else None]
        rows.append([piece for piece in pieces if piece and piece[1]])
    return rows


def heading(text: str) -> list:
    return [None, [(LEFT_X, text)]]


FIRST_PAGE = [
    [(70, "LAKEBY POLICE AND CRIME PANEL")], None,
    [(LEFT_X, "PRESENT:")],
    [(LEFT_X, "Councillor Ann Brook (Chair) - Fellside Borough Council")],
    [(LEFT_X, "Councillor Carl Dent - Lakeside District Council")],
    *heading("1. APOLOGIES FOR ABSENCE"),
    *band(["Apologies for absence were received from",
           "Councillor Eve Fox (Fellside Council) and"],
          ["Councillor Fay Gill (Lakeby Council)."]),
    *heading("2. ANNUAL REPORT 2023/24"),
    *band(["The Commissioner presented his annual",
           "report, which the Panel is required to review",
           "at a public meeting each year. Members",
           "welcomed the new victims hub and asked for"],
          ["figures for each district to be added to the",
           "next report. The Commissioner agreed.",
           "RESOLVED that the annual report be noted."]),
    *heading("3. FORWARD WORK PROGRAMME"),
    *band(["The Panel considered its work programme",
           "and asked that an item on rural crime be",
           "added for the spring meeting of the Panel."],
          ["Members agreed a date for a training day",
           "on the precept in the new year.",
           "RESOLVED that the work programme be agreed."]),
]
LAST_PAGE = band(["The next meeting will be held on Friday 6th",
                  "December at 10.00 a.m. at the Civic Hall.",
                  "The meeting closed at 12.30 p.m."],
                 ["Approved as a correct record at the",
                  "meeting held on 6th December.",
                  "CHAIR"])


def test_each_item_is_read_left_then_right_before_the_next_heading(tmp_path):
    text = read_source(placed_pdf(tmp_path / "bands.pdf", [FIRST_PAGE])).text
    assert ("Apologies for absence were received from Councillor Eve Fox (Fellside Council) and "
            "Councillor Fay Gill (Lakeby Council).") in text
    assert "\n\n2. ANNUAL REPORT 2023/24\n\nThe Commissioner presented" in text
    assert "asked for figures for each district to be added" in " ".join(text.split())
    assert text.index("RESOLVED that the annual report be noted.") < text.index("3. FORWARD WORK PROGRAMME")
    assert text.index("3. FORWARD WORK PROGRAMME") < text.index("The Panel considered its work programme")


def test_attendance_entries_with_a_remark_before_the_dash_stay_apart(tmp_path):
    text = read_source(placed_pdf(tmp_path / "present.pdf", [FIRST_PAGE])).text
    assert "Fellside Borough Council\n\nCouncillor Carl Dent" in text


def test_a_short_last_page_goes_on_in_the_columns_of_the_page_before(tmp_path):
    """… under a heading printed at the foot of the page before, after the last item's right column."""
    first_page = [*FIRST_PAGE, *heading("4. DATE OF NEXT MEETING")]
    text = read_source(placed_pdf(tmp_path / "last.pdf", [first_page, LAST_PAGE])).text
    flat = " ".join(text.split())
    assert flat.index("be agreed.") < flat.index("4. DATE OF NEXT MEETING") < flat.index("The next meeting will")
    assert "The next meeting will be held on Friday 6th December at 10.00 a.m. at the Civic Hall." in flat
    assert "Approved as a correct record at the meeting held on 6th December." in flat
    assert flat.index("The meeting closed at 12.30 p.m.") < flat.index("Approved as a correct record")


def test_a_left_paragraph_under_a_shorter_right_column_is_no_heading(tmp_path):
    """A page whose right column ends above the left one's: a paragraph of the left column below the
    gap is still read before the right column (no columns resume under it)."""
    left = ["The Board received the quarterly report on",
            "anti-social behaviour in the town centre and",
            "noted the rise in reports over the summer.",
            "Officers put the rise down to the closure of",
            "the youth centre and the lighter evenings,",
            "and the police reported two arrests for the",
            "damage to the bus shelters on Market Street.",
            "",
            "Partners agreed to fund a joint patrol plan",
            "for the town centre over the winter months",
            "and asked for a report at the next meeting."]
    right = ["The Chair thanked officers for the report and",
             "asked that the plan be shared with the town",
             "council and the residents' associations.",
             "RESOLVED that the Board notes the report",
             "and the joint patrol plan for the winter.",
             "The Board will meet again in the spring."]
    page = [[(70, "LAKESIDE COMMUNITY SAFETY BOARD")], None, *band(left, right)]
    text = " ".join(read_source(placed_pdf(tmp_path / "short_right.pdf", [page])).text.split())
    assert text.index("Partners agreed to fund a joint patrol plan") < text.index("RESOLVED that the Board notes")


def test_a_name_set_beside_the_title_is_read_above_it(tmp_path):
    """A body's name printed a word or two a line beside the title block (a logo's text) is one line
    above the title, not the start of each title line."""
    page = [[(15, "Lakeby"), (60, "LAKEBY POLICE AND CRIME PANEL")],
            [(15, "Police and"), (60, "MINUTES OF THE MEETING HELD AT THE CIVIC HALL, LAKEBY")],
            [(15, "Crime Panel"), (60, "ON FRIDAY 6TH OCTOBER 2023 AT 10.00 A.M.")],
            None, *FIRST_PAGE[2:]]
    text = read_source(placed_pdf(tmp_path / "logo.pdf", [page])).text
    assert text.startswith("Lakeby Police and Crime Panel\n\nLAKEBY POLICE AND CRIME PANEL\n")
    assert "Police and MINUTES" not in text and "Crime Panel ON FRIDAY" not in text


def test_labels_beside_a_header_table_are_no_name(tmp_path):
    page = [[(15, "Date"), (60, "Friday 6 October 2023")],
            [(15, "Venue"), (60, "Civic Hall, Lakeby")],
            None, *FIRST_PAGE[2:]]
    text = read_source(placed_pdf(tmp_path / "labels.pdf", [page])).text
    assert not text.startswith("Date Venue")
