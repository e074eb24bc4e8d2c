"""Printed layouts batch AG brought to the PDF reader: attendance paragraphs set with a hanging indent
under their label; decimal paragraphs ("3.1 The minutes …") straight under a numbered heading; a
labelled list whose long entry wraps; a table going on over a page break whose columns print a
character or two off; a name wrapped in its cell ("Professor Alan" / "Cresswell (Chair)"); and an
item's title beside its number in the margin, as wide as the text under it."""
from __future__ import annotations

from kgraph.read import read_source
from placed_pdf import placed_pdf


def text_of(path) -> str:
    return read_source(path).text


def test_hanging_label_paragraph_is_one_paragraph(tmp_path):
    page = [[(15, "Present: Councillor Ann Tarn (Chair), Councillor Bob Fell,")],
            [(45, "Councillor Carol Dale")],
            None,
            [(15, "Partners present: Superintendent Dan Eske (Lakes")],
            [(45, "Police), Station Manager Eve Fenn (Lakes Fire and Rescue Service), Gil Holm")],
            [(45, "(Fellside Housing Trust)")],
            [(15, "Apologies: Councillor Ian Jarvis")],
            None,
            [(15, "1"), (30, "Welcome")],
            [(30, "The Chair welcomed everyone to the meeting of the board and thanked them all.")]]
    text = text_of(placed_pdf(tmp_path / "h.pdf", [page]))
    assert ("Partners present: Superintendent Dan Eske (Lakes Police), Station Manager Eve Fenn "
            "(Lakes Fire and Rescue Service), Gil Holm (Fellside Housing Trust)") in text.split("\n\n")
    assert "Apologies: Councillor Ian Jarvis" in text.split("\n\n")


def test_decimal_paragraphs_under_a_numbered_heading(tmp_path):
    page = [[(15, "3."), (25, "Minutes of the meeting held on 10 March 2025")],
            [(25, "3.1 The minutes of the meeting held on 10 March 2025 were approved as an accurate record.")],
            [(25, "3.2 All actions were complete except the review of the self-neglect guidance, which")],
            [(35, "is carried forward to June.")]]
    paragraphs = text_of(placed_pdf(tmp_path / "d.pdf", [page])).split("\n\n")
    assert paragraphs[0] == "3. Minutes of the meeting held on 10 March 2025"
    assert paragraphs[1].startswith("3.1 The minutes") and paragraphs[1].endswith("accurate record.")
    assert paragraphs[2].startswith("3.2 All actions") and paragraphs[2].endswith("forward to June.")


def test_labelled_list_with_a_wrapped_entry(tmp_path):
    page = [[(15, "Present:")],
            [(15, "Ann Tarn, Community Safety Manager, Fellside Borough Council (AT) - Chair")],
            [(15, "Bob Fell, Inspector, Lakes Police (BF)")],
            [(15, "Carol Dale, Partnership Manager, Lakes Office of the Police and Crime Commissioner and")],
            [(15, "Fellside Partners (CD)")],
            [(15, "Dan Eske, Team Leader, Lakes Recovery (DE)")]]
    text = text_of(placed_pdf(tmp_path / "l.pdf", [page]))
    assert text.split("\n") == [
        "Present:", "Ann Tarn, Community Safety Manager, Fellside Borough Council (AT) - Chair",
        "Bob Fell, Inspector, Lakes Police (BF)",
        "Carol Dale, Partnership Manager, Lakes Office of the Police and Crime Commissioner and Fellside Partners (CD)",
        "Dan Eske, Team Leader, Lakes Recovery (DE)"]


def test_table_goes_on_over_a_page_whose_columns_drift(tmp_path):
    first = [[(15, "Ref"), (30, "Notes"), (150, "Action")],
             [(15, "1."), (30, "Welcome and apologies")],
             [(15, "1.1"), (30, "The Chair welcomed everyone to the meeting.")],
             [(15, "2."), (30, "Anti-social behaviour")],
             [(15, "2.1"), (30, "AR reported that anti-social behaviour had fallen")]]
    second = [[(14.6, ""), (30.4, "by a tenth across the district since the spring.")],
              [(14.6, "2.2"), (30.4, "AR will bring hotspot data to the next meeting.")],
              [(14.6, "3."), (30.4, "Any other business")],
              [(14.6, "3.1"), (30.4, "None was raised.")]]
    rows = text_of(placed_pdf(tmp_path / "t.pdf", [first, second])).split("\n")
    assert "2.1\tAR reported that anti-social behaviour had fallen by a tenth across the district since the spring.\t" in rows
    assert "2.2\tAR will bring hotspot data to the next meeting.\t" in rows
    assert "3.\tAny other business\t" in rows


def test_a_name_wrapped_in_its_cell_stays_in_its_row(tmp_path):
    page = [[(15, "Name"), (70, "Title"), (130, "Organisation")],
            [(15, "Professor Ann"), (70, "Independent Chair"), (130, "Fellside Safeguarding")],
            [(15, "Tarn (Chair)"), (130, "Adults Board")],
            [(15, "Bob Fell"), (70, "Head of Service"), (130, "Lakes Council")],
            [(15, "Carol Dale"), (70, "Chief Officer"), (130, "Safer Fellside")]]
    rows = text_of(placed_pdf(tmp_path / "n.pdf", [page])).split("\n")
    assert rows[1] == "Professor Ann Tarn (Chair)\tIndependent Chair\tFellside Safeguarding Adults Board"
    assert rows[2:] == ["Bob Fell\tHead of Service\tLakes Council", "Carol Dale\tChief Officer\tSafer Fellside"]


def test_a_wide_title_beside_its_margin_number_ends_before_its_text(tmp_path):
    page = [[(15, "8"), (30, "Serious Violence Duty: Strategic Needs Assessment and Response Strategy Review")],
            [(30, "Bob Fell introduced the strategic needs assessment for serious violence, prepared")],
            [(30, "with the Lakes Violence Reduction Partnership under the Serious Violence Duty.")]]
    paragraphs = text_of(placed_pdf(tmp_path / "w.pdf", [page])).split("\n\n")
    assert paragraphs[0] == "8 Serious Violence Duty: Strategic Needs Assessment and Response Strategy Review"
    assert paragraphs[1].startswith("Bob Fell introduced")
