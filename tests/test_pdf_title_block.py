"""A meeting's title block printed centred above the minutes (body, "Minutes of the meeting held on
…", "Venue: …") keeps one line each, as its text copy has it, while prose wrapped over lines is still
joined.  Small PDFs are drawn line by line with fpdf2 (as in test_pdf_tables), each line at a known x,
so centring, indents and wrapping are known exactly."""
from __future__ import annotations

from pathlib import Path

from kgraph.read import read_source

PAGE_WIDTH = 210
MARGIN = 15

# wrapped as a word processor wraps: each line but the last fills the text width (180 mm)
PROSE = ["The Chair welcomed members and partners to the meeting and thanked the borough council for hosting it",
         "in the Civic Offices; members agreed that the next meeting would also be held in person, at the same",
         "venue, and that its agenda would be circulated a week before."]


def draw_pdf(path: Path, lines: list[tuple]) -> Path:
    """One A4 page of lines, each (text, where, size): where is "centre", "left" or an x in mm; a
    table row is a list of its cells' (text, x)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    y = 20
    for line in lines:
        cells, size = (line, 10) if isinstance(line, list) else ([line[:2]], line[2])
        pdf.set_font("helvetica", "B" if size > 10 else "", size)
        for text, where in cells:
            x = {"centre": (PAGE_WIDTH - pdf.get_string_width(text)) / 2, "left": MARGIN}.get(where, where)
            pdf.text(x, y, text)
        y += 5 if size <= 10 else 6
    pdf.output(str(path))
    return path


def paragraphs(path: Path) -> list[str]:
    return [p for p in read_source(path).text.split("\n\n") if p.strip()]


def centred(*texts: str, size: float = 10) -> list[tuple]:
    return [(text, "centre", size) for text in texts]


def left(*texts: str) -> list[tuple]:
    return [(text, "left", 10) for text in texts]


TITLE_LINES = ["SWINDON COMMUNITY SAFETY PARTNERSHIP", "Minutes of the meeting held on Thursday 12 May 2016",
               "Held in Committee Room 6, Civic Offices", "Time: 2.00 pm"]
TITLE = [*centred(TITLE_LINES[0], size=14), *centred(*TITLE_LINES[1:])]
# an attendance table below the title, as Word minutes have it: the page has no prose whose width
# would show the title's lines short
ATTENDANCE = [("", "left", 10), ("Present", "left", 10),
              [("Name", 15), ("Organisation", 75), ("Role", 140)],
              [("Cllr Rosalind Tewkesbury", 15), ("Swindon Borough Council", 75), ("Chair", 140)],
              [("Dawn Whitlock", 15), ("National Probation Service", 75), ("Senior Probation Officer", 140)]]


def test_each_line_of_a_centred_title_block_is_its_own_line(tmp_path):
    found = paragraphs(draw_pdf(tmp_path / "t.pdf", [*TITLE, *ATTENDANCE]))
    assert found[:4] == TITLE_LINES


def test_prose_under_the_title_block_is_still_joined(tmp_path):
    found = paragraphs(draw_pdf(tmp_path / "t.pdf", [*TITLE, ("", "left", 10), *left(*PROSE)]))
    assert found[-1] == " ".join(PROSE)


def test_a_centred_title_wrapped_from_a_full_width_line_stays_one_line(tmp_path):
    long_title = ["Minutes of the meeting of the Community Safety Partnership Overview and Scrutiny Committee (Crime and",
                  "Disorder) held on Thursday 12 May 2016"]
    found = paragraphs(draw_pdf(tmp_path / "t.pdf", [*centred(*long_title), *ATTENDANCE]))
    assert found[0] == " ".join(long_title)


def test_a_hanging_indent_goes_on_when_its_last_line_happens_to_look_centred(tmp_path):
    # the continuation starts under the text, not the enumerator, and stops as far from the right
    # edge as it starts from the left one
    lines = [("(a) approve the action plan arising from the review of the self-neglect cases and ask the subgroup to",
              "left", 10),
             ("report back on its progress to the next meeting of the Board in July, with a note of the costs so far", 28, 10),
             *ATTENDANCE]
    found = paragraphs(draw_pdf(tmp_path / "t.pdf", lines))
    assert found[0].startswith("(a) approve") and found[0].endswith("the costs so far")


# a title block set flush left, as Word minutes print it: the venue line is short of the page width
# but so is the date line above it, so only the widths tell a line ended by hand from a wrapped one
FLUSH_TITLE = ["Fellside Safeguarding Adults Board",
               "Minutes of the meeting held on Tuesday 8 March 2022, 10.00am to 12.00pm",
               "Meeting Room 4, Town Hall, Fellside"]
BODY_PROSE = [("", "left", 10), *left(*PROSE)]


def test_a_flush_left_title_line_ended_by_hand_stays_a_line_of_its_own(tmp_path):
    text = read_source(draw_pdf(tmp_path / "t.pdf", [*left(*FLUSH_TITLE), *ATTENDANCE, *BODY_PROSE])).text
    assert "\n".join(FLUSH_TITLE[1:]) in text


def test_a_flush_left_title_sentence_wrapped_by_the_width_is_joined(tmp_path):
    wrapped = ["Minutes of the meeting of the Fellside Safeguarding Adults Board held in Meeting Room 4, Fellside Town",
               "Hall on Tuesday 8 March 2022"]
    found = paragraphs(draw_pdf(tmp_path / "t.pdf", [*left(*wrapped), *ATTENDANCE, *BODY_PROSE]))
    assert found[0] == " ".join(wrapped)


def test_prose_below_the_title_block_is_not_judged_by_hand_breaks(tmp_path):
    # the first line stops short of the width before a capitalised word that would have fitted (a
    # line can stop short in prose for other reasons): below the title block the lines stay joined
    prose = ["The Board heard that the refuge had been full for most of the quarter across",
             "Fellside and the neighbouring districts."]
    found = paragraphs(draw_pdf(tmp_path / "t.pdf", [*left(*FLUSH_TITLE), *ATTENDANCE, *BODY_PROSE,
                                                     ("", "left", 10), *left(*prose)]))
    assert found[-1] == " ".join(prose)


def test_a_labelled_item_heading_is_not_joined_to_the_paragraph_below_it(tmp_path):
    # "Agenda item 2: …" printed in bold right above its text, no gap: the heading stops short of the
    # width and has no full stop, so the text below starts a paragraph of its own
    heading = "Agenda item 2: Minutes of the previous meeting and action tracker"
    body = ["The minutes of the meeting held on 17 April were approved as an accurate record. The action tracker",
            "was reviewed and two actions were closed."]
    pdf = draw_pdf(tmp_path / "labelled.pdf", [*left(*PROSE), ("", "left", 10), (heading, "left", 11), *left(*body)])
    found = paragraphs(pdf)
    assert heading in found
    assert any(p.startswith("The minutes of the meeting held on 17 April") for p in found)
