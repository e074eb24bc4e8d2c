"""Minutes published as PDF or as a web page read as their text copies do: the shapes each reader
writes (a PDF's list lines under their label, a capitals heading wrapped in print, a web page's
action log as a pipe table) carry the same structure as the text, so the text rules serve every
form.  Invented documents."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from kgraph.extract import extract_text
from kgraph.read import read_source
from kgraph.readers.html import html_to_text
from placed_pdf import placed_pdf

# --------------------------------------------------------------------------- printed lists and headings

MARGIN = 15
# wrapped as a word processor wraps: each line but the last fills the text width (180 mm)
PROSE = ["The Chair welcomed members and partners to the meeting and thanked the borough council for hosting it",
         "in the Civic Offices; members agreed that the next meeting would also be held in person, at the same",
         "venue, and that its agenda would be circulated a week before."]
PARTNERS = ["Chief Inspector Owen Marsh, District Commander, Fellside Police",
            "Kay Orme, Head of Policing and Crime, Fellside Combined Authority",
            "Station Manager Pat Dole, Fellside Fire and Rescue",
            "Gil Wren, Head of Tenancy Services, Fellside Homes"]


def printed_pdf(path: Path, blocks: list[list]) -> Path:
    """One A4 page of blocks of lines, a gap between blocks: a line is flush-left text, or a table
    row given as its cells' (text, x in mm)."""
    lines = [line for block in blocks for line in [*block, None]]
    return placed_pdf(path, [[[(MARGIN, line)] if isinstance(line, str) else line and [(x, text) for text, x in line]
                              for line in lines]])


def paragraphs(path: Path) -> list[str]:
    return [p for p in read_source(path).text.split("\n\n") if p.strip()]


def test_a_printed_list_under_its_label_keeps_one_entry_a_line(tmp_path):
    path = printed_pdf(tmp_path / "list.pdf", [PROSE, ["Partners:", *PARTNERS]])
    assert "\n".join(["Partners:", *PARTNERS]) in paragraphs(path)


def test_a_table_under_its_label_stays_a_table(tmp_path):
    rows = [[("Name", 15), ("Initials", 70), ("Title and organisation", 95)],
            [("Charlotte Mendes", 15), ("ChM", 70), ("Chief Nursing Officer, NHS Fellside (Chair)", 95)],
            [("Colin Marsh", 15), ("CM", 70), ("Head of Public Protection, Fellside Police", 95)]]
    path = printed_pdf(tmp_path / "table.pdf", [PROSE, ["Present:", *rows]])
    assert "Colin Marsh\tCM\tHead of Public Protection, Fellside Police" in read_source(path).text.splitlines()


def test_prose_under_a_label_is_still_joined(tmp_path):
    path = printed_pdf(tmp_path / "prose.pdf", [["Minutes:", *PROSE], PROSE])
    assert " ".join(PROSE) in paragraphs(path)


# a first paragraph of more lines than a title block has, so that the heading is read as minutes
OPENING = [*PROSE[:2], *PROSE]
CAPITALS_HEADING = ["19. CRIME AND DISORDER SCRUTINY: SAFER STRONGER FELLSIDE PARTNERSHIP", "ANNUAL REPORT 2023/24"]


def test_a_numbered_heading_in_capitals_wrapped_in_capitals_stays_whole(tmp_path):
    path = printed_pdf(tmp_path / "heading.pdf", [OPENING, CAPITALS_HEADING, PROSE])
    assert " ".join(CAPITALS_HEADING) in paragraphs(path)


def test_a_heading_printed_above_its_sentence_case_text_without_a_gap_is_still_apart(tmp_path):
    path = printed_pdf(tmp_path / "bold.pdf", [OPENING, [CAPITALS_HEADING[0], *PROSE]])
    assert CAPITALS_HEADING[0] in paragraphs(path)


# --------------------------------------------------------------------------- an action log's meeting column

LOG_ROWS = [("31/23", "14/06/2023", "V", "Circulate the bike marking schedule", "Ann Lowe", "Complete"),
            ("35/23", "27/09/2023", "VI", "Arrange awareness training for members", "Ben Carr", "Ongoing"),
            ("40/23", "22/11/2023", "IV", "Confirm the venue for the rural crime event", "Ann Lowe", "New")]
LOG_HEADER = ("Ref", "Meeting", "Item", "Action", "Owner", "Status")
MINUTES_HEAD = ["Fellside Policing and Community Safety Partnership",
                "Minutes of the meeting held on Wednesday 22 November 2023 at 2.00pm",
                "I. Minutes of previous meeting held on 27 September 2023",
                "The minutes of the meeting held on 27 September 2023 were agreed as a true record.",
                "IV. Rural crime",
                "Members discussed the rural crime event and agreed to hold it in the spring.",
                "V. Date of next meeting",
                "The next meeting will be held on Wednesday 21 February 2024 at 2.00pm.",
                "ACTION LOG (updated 22 November 2023)"]


def logged_refs(text: str) -> set[tuple[dt.date, str]]:
    return {(ref.date, ref.relation) for ref in extract_text(text).meeting_refs}


def test_an_action_logs_meeting_column_on_a_web_page_names_earlier_meetings(tmp_path):
    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in LOG_ROWS)
    page = ("<html><body><main>" + "".join(f"<p>{line}</p>" for line in MINUTES_HEAD)
            + "<table><thead><tr>" + "".join(f"<th>{h}</th>" for h in LOG_HEADER) + "</tr></thead>"
            + f"<tbody>{rows}</tbody></table></main></body></html>")
    refs = logged_refs(html_to_text(page))
    assert (dt.date(2023, 6, 14), "other") in refs
    assert (dt.date(2024, 2, 21), "next") in refs and (dt.date(2023, 9, 27), "previous") in refs
    assert not {date for date, relation in refs if relation == "next"} - {dt.date(2024, 2, 21)}


def test_the_same_log_copied_with_tabs_names_no_next_meeting_before_this_one():
    table = ["\t".join(LOG_HEADER), *("\t".join(row) for row in LOG_ROWS)]
    refs = logged_refs("\n\n".join(MINUTES_HEAD) + "\n\n" + "\n".join(table) + "\n")
    assert (dt.date(2023, 6, 14), "other") in refs
    assert {date for date, relation in refs if relation == "next"} == {dt.date(2024, 2, 21)}
