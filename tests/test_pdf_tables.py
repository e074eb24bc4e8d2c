"""Tables in a PDF are read as their text copy has them: one line per row, cells separated by a TAB,
a wrapped cell's lines joined in order, a header row the next page repeats dropped.  Small PDFs are
drawn line by line with fpdf2 (as in test_pdf_columns), each cell's text at its column's x, so the
layout (wrapped cells, page breaks inside a table) is known exactly."""
from __future__ import annotations

from pathlib import Path

from kgraph.read import read_source
from placed_pdf import placed_pdf

ATTENDANCE_X = (15, 75, 140)
AGENDA_X = (15, 28, 65, 150)


def table_pdf(path: Path, pages: list[list], columns: tuple[float, ...]) -> Path:
    """A4 pages of lines: a string is prose from the left margin, a tuple a table line whose cells
    are drawn at ``columns`` (an empty string leaves the cell empty on that line)."""
    return placed_pdf(path, [[[(15, line)] if isinstance(line, str) else list(zip(columns, line)) for line in lines]
                             for lines in pages])


def read_lines(path: Path) -> list[str]:
    return [line for line in read_source(path).text.splitlines() if line.strip()]


ATTENDANCE = ["Present",
              ("Name", "Organisation", "Role"),
              ("Cllr Rosalind Tewkesbury", "Basingstoke and Deane", "Chair"),
              ("", "Borough Council", ""),
              ("Chief Superintendent Gavin", "Hampshire Constabulary", "Vice-Chair"),
              ("Rothwell", "", ""),
              ("Station Commander Beth", "Hereford and Worcester Fire", "Prevention Manager"),
              ("Carrow", "and Rescue Service", ""),
              ("Dawn Whitlock", "National Probation Service", "Senior Probation Officer"),
              "Apologies were received from Graham Stubbington of the Sovereign Housing Association."]


def test_each_row_is_one_line_of_tab_separated_cells(tmp_path):
    lines = read_lines(table_pdf(tmp_path / "t.pdf", [ATTENDANCE], ATTENDANCE_X))
    assert "Name\tOrganisation\tRole" in lines
    assert "Cllr Rosalind Tewkesbury\tBasingstoke and Deane Borough Council\tChair" in lines
    assert "Dawn Whitlock\tNational Probation Service\tSenior Probation Officer" in lines


def test_a_wrapped_first_cell_stays_in_its_row(tmp_path):
    lines = read_lines(table_pdf(tmp_path / "t.pdf", [ATTENDANCE], ATTENDANCE_X))
    assert "Chief Superintendent Gavin Rothwell\tHampshire Constabulary\tVice-Chair" in lines
    # the organisation's next line starts in lower case: the same row goes on
    assert ("Station Commander Beth Carrow\tHereford and Worcester Fire and Rescue Service"
            "\tPrevention Manager") in lines


def test_prose_before_and_after_a_table_reads_as_before(tmp_path):
    lines = read_lines(table_pdf(tmp_path / "t.pdf", [ATTENDANCE], ATTENDANCE_X))
    assert lines[0] == "Present"
    assert lines[-1] == ("Apologies were received from Graham Stubbington of the Sovereign Housing "
                         "Association.")


# a title above the table on the first page: a header row at the top of every page would be a
# running header
AGENDA_PAGE_1 = ["Minutes of the meeting held on 9 March 2016", "",
                 ("No.", "Item", "Discussion", "Action / Owner"),
                 ("1", "Welcome and", "The Chair welcomed members.", ""),
                 ("", "apologies", "", ""),
                 ("2", "Domestic abuse", "OP reported that the review has", "OP to draft the"),
                 ("", "", "been sent to the Home Office.", "action plan")]
AGENDA_PAGE_2 = [("No.", "Item", "Discussion", "Action / Owner"),
                 ("", "", "Approved: 18,500 for an IDVA post.", "for June"),
                 ("3", "Road safety", "PA presented the results.", "PA to report"),
                 ("4", "Any other", "None.", ""),
                 ("", "business", "", "")]


def test_a_header_row_repeated_on_the_next_page_is_dropped_and_a_cut_row_joined(tmp_path):
    lines = read_lines(table_pdf(tmp_path / "t.pdf", [AGENDA_PAGE_1, AGENDA_PAGE_2], AGENDA_X))
    assert lines == [
        "Minutes of the meeting held on 9 March 2016",
        "No.\tItem\tDiscussion\tAction / Owner",
        "1\tWelcome and apologies\tThe Chair welcomed members.\t",
        "2\tDomestic abuse\tOP reported that the review has been sent to the Home Office. Approved: "
        "18,500 for an IDVA post.\tOP to draft the action plan for June",
        "3\tRoad safety\tPA presented the results.\tPA to report",
        "4\tAny other business\tNone.\t"]


def test_a_new_table_with_the_same_header_after_prose_keeps_its_header(tmp_path):
    header = ("No.", "Recommendation", "Decision")
    first = ["3. Serious Violence Duty", header, ("3.1", "The Board approves the strategy", "Approved"),
             "4. County lines", "Superintendent Kalsi reported that 22 county lines were closed."]
    second = [header, ("5.1", "The Board supports the campaign", "Agreed")]
    lines = read_lines(table_pdf(tmp_path / "t.pdf", [first, second], (15, 35, 150)))
    assert lines.count("No.\tRecommendation\tDecision") == 2
    assert lines[-1] == "5.1\tThe Board supports the campaign\tAgreed"


def test_a_row_reference_alone_on_its_line_starts_a_row(tmp_path):
    rows = [("Ref", "Action", "Owner"), ("3.1", "Publish the strategy", "LB"),
            ("3.2", "", ""), ("3.3", "Map refuge spaces", "OT")]
    lines = read_lines(table_pdf(tmp_path / "t.pdf", [rows], (15, 35, 150)))
    assert "3.2\t\t" in read_source(tmp_path / "t.pdf").text.splitlines()
    assert "3.3\tMap refuge spaces\tOT" in lines


def test_a_numbered_heading_and_its_prose_are_not_a_table(tmp_path):
    page = ["15.      Notes of the meeting held on 16 March 2021", "",
            "RESOLVED that the notes of the meeting held on 16 March 2021 were correctly recorded",
            "and be signed by the Chairman.", "",
            "16.      Kent Community Safety Agreement", "",
            "RESOLVED that the update be noted."]
    text = read_source(table_pdf(tmp_path / "t.pdf", [page], ())).text
    assert "\t" not in text
    assert "RESOLVED that the notes of the meeting held on 16 March 2021 were correctly recorded" in text


def test_a_numbered_list_with_a_hanging_indent_is_not_a_table(tmp_path):
    page = [("1.", "The Chair welcomed members to the meeting."),
            ("2.", "The minutes of the last meeting were agreed."),
            ("3.", "The Board noted the report.")]
    text = read_source(table_pdf(tmp_path / "t.pdf", [page], (15, 25))).text
    assert "\t" not in text


def test_a_wide_table_filling_the_page_is_not_read_as_two_columns(tmp_path):
    rows = [("Ref", "Action", "Owner", "Due", "RAG")]
    rows += [(f"3.{n}", f"Publish the safe accommodation strategy part {n}", f"Lucy Brandon {n}",
              f"0{n}/10/2021", "Green") for n in range(1, 9)]
    lines = read_lines(table_pdf(tmp_path / "t.pdf", [rows], (15, 32, 110, 150, 180)))
    assert lines[0] == "Ref\tAction\tOwner\tDue\tRAG"
    assert "3.4\tPublish the safe accommodation strategy part 4\tLucy Brandon 4\t04/10/2021\tGreen" in lines



def test_a_first_cell_opening_with_a_bracket_goes_on_with_the_row_above(tmp_path):
    """A name wrapped before its initials ("Station Manager Lee / (LW)") beside another wrapped cell
    starting with a capital: the bracket, no enumerator, shows the line goes on with the row."""
    rows = [("Name", "Organisation", "Role"),
            ("Station Manager Lee Wardle", "Hereford and Worcester", "Prevention Manager"),
            ("(LW)", "Fire and Rescue Service", ""),
            ("Ann Kettle (AK)", "Healthwatch Herefordshire", "Chair"),
            ("Dev Okafor (DO)", "NHS Herefordshire ICB", "Head of Safeguarding (for"),
            ("", "", "Jo Pryce)")]
    lines = read_lines(table_pdf(tmp_path / "t.pdf", [["Present", *rows]], ATTENDANCE_X))
    assert lines[1:] == [
        "Name\tOrganisation\tRole",
        "Station Manager Lee Wardle (LW)\tHereford and Worcester Fire and Rescue Service\tPrevention Manager",
        "Ann Kettle (AK)\tHealthwatch Herefordshire\tChair",
        "Dev Okafor (DO)\tNHS Herefordshire ICB\tHead of Safeguarding (for Jo Pryce)"]


def test_an_enumerator_in_brackets_still_starts_a_row(tmp_path):
    rows = [("No.", "Action", "Owner"), ("(a)", "Publish the strategy", "LB"), ("(b)", "Map refuge spaces", "OT")]
    lines = read_lines(table_pdf(tmp_path / "t.pdf", [rows], (15, 35, 150)))
    assert lines[-2:] == ["(a)\tPublish the strategy\tLB", "(b)\tMap refuge spaces\tOT"]
