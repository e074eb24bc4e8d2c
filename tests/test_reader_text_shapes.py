"""The readers give each published form the shape its text copy has, so that the text rules serve
every form: a Word table's cells apart by a TAB as Word copies them, a web page's heading number
set in an element of its own apart from its title, a printed table's unnumbered paragraph rows kept
as rows of their own. One small invented document per rule; each test fails without its rule."""
from __future__ import annotations

from pathlib import Path

from kgraph.extract import extract, extract_text
from kgraph.read import read_source
from kgraph.segment import segment

from test_unseen_layouts import decisions, items, owners
from placed_pdf import placed_pdf

HEADER = ("NORTHSHIRE PUBLIC PROTECTION GROUP\n\nMinute of meeting held on Tuesday 3 March 2020, 10:00\n\n"
          "Present:\nJo Bloggs (JB)\tChair, Northshire Council\nSam Patel (SP)\tHead of Safeguarding, Northshire Police\n\n")


def record_of(path: Path):
    return extract(segment(read_source(path)))


# --------------------------------------------------------------------------- Word tables


def numbered_paragraph_table_docx(path: Path) -> Path:
    """A Word minute whose business is one table "No. | Discussion | Action by": a merged row heads
    each item, numbered paragraphs below it, and a resolution's sub-points in rows whose number cell
    is empty."""
    from docx import Document

    document = Document()
    document.add_paragraph("NORTHSHIRE PUBLIC PROTECTION GROUP")
    document.add_paragraph("Minute of meeting held on Tuesday 3 March 2020, 10:00")
    table = document.add_table(rows=0, cols=3)
    for cells in [("No.", "Discussion", "Action by"), ("Item 1 — Learning review",),
                  ("1.1", "SP presented the learning review.", ""), ("1.2", "The Group:", ""),
                  ("", "(a) accepted the findings of the review;", ""), ("", "(b) approved the improvement plan.", ""),
                  ("1.3", "SP to report progress in June.", "SP"), ("Item 2 — Date of next meeting",),
                  ("2.1", "Tuesday 2 June 2020.", "")]:
        row = table.add_row().cells
        if len(cells) == 1:
            row[0].merge(row[1]).merge(row[2]).text = cells[0]
            continue
        for cell, value in zip(row, cells):
            cell.text = value
    document.save(str(path))
    return path


def test_a_word_table_row_is_written_with_tabs_as_word_copies_it(tmp_path):
    text = read_source(numbered_paragraph_table_docx(tmp_path / "minute.docx")).text
    assert text.splitlines()[-9:] == [
        "No.\tDiscussion\tAction by", "Item 1 — Learning review", "1.1\tSP presented the learning review.",
        "1.2\tThe Group:", "\t(a) accepted the findings of the review;", "\t(b) approved the improvement plan.",
        "1.3\tSP to report progress in June.\tSP", "Item 2 — Date of next meeting", "2.1\tTuesday 2 June 2020."]


def test_the_sub_points_of_a_word_table_row_are_decisions(tmp_path):
    record = record_of(numbered_paragraph_table_docx(tmp_path / "minute.docx"))
    assert [number for number, _, _ in items(record)] == ["1", "2"]
    assert [(number, text.rstrip(".;")) for number, _, text in decisions(record)] == [
        ("1", "accepted the findings of the review"), ("1", "approved the improvement plan")]


def test_the_title_block_of_a_word_minute_is_read_as_lines_of_one_block(tmp_path):
    from docx import Document

    document = Document()
    for line in ["NORTHSHIRE PUBLIC PROTECTION GROUP", "MINUTE OF MEETING", "Tuesday 3 March 2020, 2.00pm – 4.00pm",
                 "Council Chamber, County Hall, Northtown (hybrid – Microsoft Teams)", "Present:"]:
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=2)
    for name, post in [("Jo Bloggs (JB)", "Chair, Northshire Council"), ("Sam Patel (SP)", "Head of Safeguarding")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, post
    document.add_paragraph("1. Welcome")
    path = tmp_path / "minute.docx"
    document.save(str(path))
    text = read_source(path).text
    assert text.startswith("NORTHSHIRE PUBLIC PROTECTION GROUP\nMINUTE OF MEETING\nTuesday 3 March 2020, 2.00pm – 4.00pm\n"
                           "Council Chamber, County Hall, Northtown (hybrid – Microsoft Teams)\n\nPresent:\n\n")
    header = segment(read_source(path)).header
    assert header.venue is not None and header.venue.startswith("Council Chamber, County Hall, Northtown")


def test_the_label_just_above_a_word_table_stays_apart_from_the_title_block(tmp_path):
    from docx import Document

    document = Document()
    for line in ["Northshire Safety Partnership", "Minutes of the meeting held on Tuesday 3 March 2020", "Attendance"]:
        document.add_paragraph(line)
    cells = document.add_table(rows=1, cols=2).rows[0].cells
    cells[0].text, cells[1].text = "Jo Bloggs", "Northshire Council"
    path = tmp_path / "minute.docx"
    document.save(str(path))
    assert read_source(path).text.splitlines()[:4] == [
        "Northshire Safety Partnership", "Minutes of the meeting held on Tuesday 3 March 2020", "", "Attendance"]


# --------------------------------------------------------------------------- tables copied as text


def test_a_numbered_line_in_a_row_whose_first_cell_is_empty_is_no_item_heading():
    text = (HEADER + "No.\tDiscussion\tAction by\n\nItem 1 — Risk register\n\n"
            "1.1\tSP presented the risk register. Two risks have increased.\t\n\n"
            "\tRisk\tPrevious rating\tCurrent rating\t\n\t4. Social work recruitment\tAmber\tRed\t\n"
            "\t7. MARAC capacity\tAmber\tRed\t\n\n"
            "1.2\tJB and SP to review the MARAC frequency.\tJB / SP\n\n"
            "Item 2 — Adult protection\n\n2.1\tSP presented the biennial report.\t\n\n"
            "Item 3 — Date of next meeting\n\n3.1\tTuesday 2 June 2020.\t\n")
    record = extract_text(text)
    assert items(record) == [("1", None, "Risk register"), ("2", None, "Adult protection"),
                             ("3", None, "Date of next meeting")]
    assert [(number, names) for number, names, _ in owners(record)] == [("1", ["Jo Bloggs", "Sam Patel"])]


# --------------------------------------------------------------------------- web pages


def test_a_heading_number_in_an_element_of_its_own_stands_apart_from_the_title():
    from kgraph.readers.html import html_to_text

    page = ("<html><body><main><h1>Northshire Safety Partnership Board</h1>"
            "<p>Minutes of the meeting held on Tuesday 3 March 2020 at 10.00 am</p>"
            "<h3><span class='minref'>NSP 20/01</span> Apologies for Absence</h3><p>None were received.</p>"
            "<h3><span class='minref'>NSP 20/02</span> Knife Crime</h3>"
            "<p>It was RESOLVED: That the knife crime plan be approved.</p>"
            "<h3><span class='minref'>NSP 20/03</span> Date of Next Meeting</h3><p>Tuesday 2 June 2020.</p>"
            "</main></body></html>")
    text = html_to_text(page)
    assert "NSP 20/01\tApologies for Absence" in text.splitlines()
    assert [title for _, _, title in items(extract_text(text))] == [
        "Apologies for Absence", "Knife Crime", "Date of Next Meeting"]


def test_an_empty_cell_between_two_filled_ones_keeps_the_next_cell_in_its_column():
    from kgraph.readers.html import html_to_text

    page = ("<table><tr><th>Member</th><th>Organisation</th><th>Present</th><th>Apologies</th></tr>"
            "<tr><td>Jo Bloggs</td><td>Northshire Council</td><td>✓</td><td></td></tr>"
            "<tr><td>Sam Patel</td><td>Northshire Police</td><td></td><td>✓</td></tr>"
            "<tr><td></td><td>Total</td><td>1</td><td>1</td></tr></table>")
    assert [line for line in html_to_text(page).splitlines() if line] == [
        "Member | Organisation | Present | Apologies", "Jo Bloggs | Northshire Council | ✓",
        "Sam Patel | Northshire Police |  | ✓", "Total | 1 | 1"]


def test_a_heading_that_opens_with_a_bold_word_keeps_its_space():
    from kgraph.readers.html import html_to_text

    assert html_to_text("<h2><strong>Minutes</strong> of the meeting</h2>") == "Minutes of the meeting"


# --------------------------------------------------------------------------- printed minutes


def lines_pdf(path: Path, lines: list, columns: tuple[float, ...] = (15, 35), pages: list[list] = ()) -> Path:
    """A4 pages drawn line by line with fpdf2 (``lines`` the first, then ``pages``): a string is prose
    from the left margin, a tuple a table line whose cells stand at ``columns`` (an empty string
    leaves the cell empty)."""
    return placed_pdf(path, [[[(15, line)] if isinstance(line, str) else list(zip(columns, line)) for line in page]
                             for page in [lines, *pages]])


def pdf_lines(path: Path) -> list[str]:
    return [line for line in read_source(path).text.splitlines() if line.strip()]


def test_an_unnumbered_paragraph_row_under_a_numbered_one_is_a_row_of_its_own(tmp_path):
    lines = pdf_lines(lines_pdf(tmp_path / "minute.pdf", [
        ("Item 3", "Minutes of the previous meeting"),
        ("3.1", "The minutes of the meeting held on 6 February 2020 were agreed as an accurate"),
        ("", "record of the meeting."),
        ("", "The Board APPROVED the minutes."),
        ("", "Action: SP - publish the minutes on the website by the end of"),
        ("", "the month."),
        ("Item 4", "Date of next meeting"),
        ("4.1", "Tuesday 2 June 2020 at 10:00.")]))
    assert lines[:5] == [
        "Item 3\tMinutes of the previous meeting",
        "3.1\tThe minutes of the meeting held on 6 February 2020 were agreed as an accurate record of the meeting.",
        "\tThe Board APPROVED the minutes.",
        "\tAction: SP - publish the minutes on the website by the end of the month.",
        "Item 4\tDate of next meeting"]


def test_a_page_that_opens_in_the_columns_of_the_table_the_page_before_ended_in_goes_on_with_it(tmp_path):
    columns = (15, 35, 150)
    lines = pdf_lines(lines_pdf(tmp_path / "minute.pdf", [
        "Minutes of the Northshire Safety Board held on 3 March 2020",
        ("Item 6", "Sexual violence", "Paper D"),
        ("6.1", "BO presented Paper D on ISVA capacity.", "")], columns, pages=[[
            ("6.2", "JW described the consent training for new students.", ""),
            ("", "The Board NOTED the report.", ""),
            ("", "Action: BO - share the ISVA recruitment timetable.", "")]]))
    assert [line.rstrip("\t") for line in lines[-5:]] == ["Item 6\tSexual violence\tPaper D", "6.1\tBO presented Paper D on ISVA capacity.",
                          "6.2\tJW described the consent training for new students.", "\tThe Board NOTED the report.",
                          "\tAction: BO - share the ISVA recruitment timetable."]


def test_a_wrapped_cell_of_a_table_that_numbers_no_paragraphs_stays_in_its_row(tmp_path):
    lines = pdf_lines(lines_pdf(tmp_path / "attendance.pdf", [
        ("Name", "Title and organisation"),
        ("Jo Bloggs", "Chair. Northshire Council."),
        ("", "Northshire Safety Partnership"),
        ("Sam Patel", "Head of Safeguarding, Northshire Police")], columns=(15, 60)))
    assert lines == ["Name\tTitle and organisation",
                     "Jo Bloggs\tChair. Northshire Council. Northshire Safety Partnership",
                     "Sam Patel\tHead of Safeguarding, Northshire Police"]


def test_the_wrapped_line_of_a_hanging_indent_is_no_line_of_a_title_block(tmp_path):
    from kgraph.readers.pdf import starts_title_line

    previous = "  4.4         Members discussed the links with the Housing Related Support review and with the"
    line = "              Independent Domestic Violence Advisor (IDVA) service. RG highlighted the high proportion of"
    assert not starts_title_line(previous, line, (2, 123))


def test_a_numbered_heading_in_capitals_ends_where_its_text_starts(tmp_path):
    from kgraph.readers.pdf import ends_heading

    heading = ["38 CHESTER CITY CENTRE PUBLIC SPACES PROTECTION ORDER – REVIEW"]
    assert ends_heading(heading, "Martin Reece, Licensing Manager, introduced a report on the review of", 80)
    assert not ends_heading(heading, "AND ITS ENFORCEMENT", 80)
