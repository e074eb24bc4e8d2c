"""The HTML, PDF and Word readers: faithful, structured text from real files made in tmp_path."""
from __future__ import annotations

import importlib
import io
import random
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures_make import (RUNNING_HEADER, parse_blocks, text_to_docx, text_to_html,  # noqa: E402
                           text_to_pdf)
from kgraph.model import InputError  # noqa: E402
from kgraph.read import READERS, media_type_for, read_bytes, read_source  # noqa: E402
from kgraph.readers.docx import MEDIA_TYPE as DOCX_TYPE  # noqa: E402
from kgraph.readers.html import html_to_text, read_html  # noqa: E402
from kgraph.readers.pdf import join_wrapped, remove_page_furniture, read_pdf  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []

MINUTES = """Agenda and minutes

Example Community Safety Partnership - Tuesday, 14th March, 2023 2.00 pm

Venue: Council Chamber, Civic Centre

## 12. Minutes of the previous meeting

RESOLVED that the minutes of the meeting held on 10 January 2023 were a correct record.

## 13. Anti-Social Behaviour update

1.    Ms A Example (Community Safety Manager, Example Council) introduced the report on anti-social behaviour across the district, covering the partnership's hotspot patrols, the work of the community wardens and the results of the last quarter's multi-agency problem-solving meetings, which had been well attended by partners.

2.    The Partnership asked for a further report on the £25,000 funding bid.

**Action:** Alice Example/Bob Sample

- Agreement to the revised action plan
- Support for the funding bid

## 14. Date of next meeting

RESOLVED that the next meeting be held on 13 June 2023.
"""


def varied_minutes(items: int, paragraphs: int = 2) -> str:
    """Long minutes whose paragraphs all differ (as real ones do), to fill several pages."""
    rng = random.Random(items)
    words = ("partnership report members agreed noted funding police council district review "
             "safeguarding officers community update strategy priority victims service plan "
             "domestic abuse wardens housing health probation youth data training").split()
    blocks = []
    for number in range(1, items + 1):
        blocks.append(f"## {number}. {rng.choice(words).title()} {rng.choice(words)} update")
        for para in range(1, paragraphs + 1):
            sentence = " ".join(rng.choice(words) for _ in range(rng.randint(30, 70)))
            blocks.append(f"{para}.    {sentence.capitalize()}.")
    return "\n\n".join(blocks) + "\n"


def text_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def expected_lines(text: str, heading_mark: str = "") -> list[str]:
    """What every reader should give back for ``text``: one line per block, list numbers as
    "N. " and bullets as "• ", headings after ``heading_mark`` (the Word reader marks a paragraph
    in a heading style as Markdown does)."""
    out = []
    for block in parse_blocks(text):
        if block.kind == "rule":
            continue
        prefix = {"numbered": f"{block.number}. ", "bullet": "• ", "heading": heading_mark}.get(block.kind, "")
        out.append(re.sub(r"\s+", " ", prefix + block.text))
    return out


# --------------------------------------------------------------------------- registry


def test_readers_are_registered_for_their_media_types():
    assert READERS["text/html"] is read_html
    assert READERS["application/pdf"] is read_pdf
    assert DOCX_TYPE in READERS


def test_misnamed_word_file_is_recognised_by_content(tmp_path):
    path = text_to_docx(MINUTES, tmp_path / "minutes.docx")
    data = path.read_bytes()
    assert media_type_for("download.bin", data) == DOCX_TYPE
    assert read_bytes(data, "download.bin").text.startswith("Agenda and minutes")


# --------------------------------------------------------------------------- HTML


def test_html_page_gives_the_minutes_blocks_without_page_chrome():
    source = read_html(text_to_html(MINUTES).encode("utf-8"), "page.html")
    assert text_lines(source.text) == expected_lines(MINUTES)
    for chrome in ("Skip to content", "Council and democracy", "Search this site", "Copyright",
                   "tracking", "Council logo", "Please enable JavaScript", "Agenda item"):
        assert chrome not in source.text
    assert source.media_type == "text/html"
    assert source.encoding == "utf-8"


def test_html_keeps_paragraph_breaks_and_line_breaks():
    text = html_to_text("<body><p>First   paragraph\n spread  over\tlines</p><p>Line one<br>Line two</p></body>")
    assert text == "First paragraph spread over lines\n\nLine one\nLine two"


def test_html_decodes_entities_and_non_breaking_spaces():
    text = html_to_text("<p>Fund&nbsp;of &pound;40,000 &amp; &#8220;more&#8221; &ndash; agreed</p>")
    assert text == "Fund of £40,000 & \u201cmore\u201d \u2013 agreed"


def test_html_ordered_lists_keep_their_numbers_and_styles():
    markup = ("<ol start='4'><li><p>Fourth</p></li><li>Fifth</li></ol>"
              "<ol type='a'><li>alpha</li><li>beta</li></ol>"
              "<ol type='i'><li value='3'>third</li><li>fourth</li></ol>"
              "<ul><li>bullet</li></ul>")
    assert text_lines(html_to_text(markup)) == ["4. Fourth", "5. Fifth", "a. alpha", "b. beta",
                                                "iii. third", "iv. fourth", "• bullet"]


def test_html_moderngov_item_table_reads_like_the_copied_page():
    """ModernGov lists items in a table: number cell, then a cell with the title, the pdf link
    (an icon whose alt text stays) and the minutes paragraphs."""
    markup = """<table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>
    <tr><td class="mgItemNumberCell"><p>89.</p></td>
        <td><p class="mgAiTitleTxt">Notes of meeting held on 21 March 2023
            <a href="doc.pdf"><img src="pdf.gif" alt="pdf icon"> PDF 215 KB</a></p>
            <div class="mgWordPara"><p>Minutes:</p><p>RESOLVED that the notes be signed.</p></div></td></tr>
    </table>"""
    assert text_lines(html_to_text(markup)) == [
        "No. | Item", "89.", "Notes of meeting held on 21 March 2023 pdf icon PDF 215 KB",
        "Minutes:", "RESOLVED that the notes be signed."]


def test_html_attendance_table_cells_are_separated():
    markup = "<table><tr><td>Cllr A Brown</td><td>Dover DC</td><td></td></tr><tr><td>Ms C Green</td><td>Kent Police</td></tr></table>"
    assert text_lines(html_to_text(markup)) == ["Cllr A Brown | Dover DC", "Ms C Green | Kent Police"]


def test_html_article_header_is_content_but_site_header_is_not():
    markup = ("<body><header>Site banner</header><main><article><header><h1>Minutes of the Board</h1>"
              "</header><p>Text</p></article></main><footer>Site footer</footer></body>")
    assert text_lines(html_to_text(markup)) == ["Minutes of the Board", "Text"]


def test_html_hidden_and_skip_link_content_is_dropped():
    markup = ("<body><a href='#main'>Skip to main content</a><div style='display: none'>hidden menu</div>"
              "<div hidden>also hidden</div><p>Visible</p></body>")
    assert html_to_text(markup) == "Visible"


def test_html_preformatted_text_keeps_its_lines():
    assert html_to_text("<pre>PRESENT:\n  Cllr A   Brown</pre>") == "PRESENT:\n  Cllr A   Brown"


def test_html_in_windows_1252_with_meta_charset_reads_pound_sign():
    data = "<html><head><meta charset='windows-1252'></head><body><p>Grant of £25000 – agreed</p></body></html>"
    source = read_html(data.encode("cp1252"), "page.htm")
    assert source.text == "Grant of £25000 \u2013 agreed"
    assert source.encoding == "cp1252"


def test_html_without_declared_charset_falls_back_to_cp1252():
    source = read_html("<p>Cost £10</p>".encode("cp1252"), "page.html")
    assert source.text == "Cost £10"


def test_html_deeply_nested_page_does_not_recurse():
    markup = "<div>" * 5000 + "<p>Deep text</p>" + "</div>" * 5000
    assert html_to_text(markup) == "Deep text"


def test_html_control_characters_are_dropped():
    assert html_to_text("<p>A\x01B\u00adC\u200bD</p>") == "ABCD"


# --------------------------------------------------------------------------- PDF


def test_pdf_gives_the_minutes_blocks_without_running_header_and_page_numbers(tmp_path):
    long_minutes = MINUTES + varied_minutes(12)
    path = text_to_pdf(long_minutes, tmp_path / "minutes.pdf")
    source = read_source(path)
    assert source.media_type == "application/pdf"
    assert RUNNING_HEADER not in source.text
    assert not re.search(r"Page \d+ of \d+", source.text)
    assert text_lines(source.text) == expected_lines(long_minutes)


def test_pdf_paragraph_cut_by_a_page_break_is_joined(tmp_path):
    paragraph = varied_minutes(1, paragraphs=12).replace("\n\n", " ").split(" ", 4)[-1]
    paragraph = re.sub(r"\s*\d+\.\s+", " ", paragraph).strip()
    text = "## 1. Long item\n\n" + paragraph
    source = read_source(text_to_pdf(text, tmp_path / "long.pdf"))
    assert len(PdfReader(tmp_path / "long.pdf").pages) > 1
    assert text_lines(source.text) == ["1. Long item", paragraph]


def test_pdf_with_empty_user_password_is_read(tmp_path):
    from pypdf import PdfReader, PdfWriter

    text = MINUTES + varied_minutes(6)
    plain = text_to_pdf(text, tmp_path / "plain.pdf")
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    source = read_pdf(buffer.getvalue(), "locked.pdf")
    assert text_lines(source.text) == expected_lines(text)


def test_running_lines_and_page_numbers_are_removed_from_page_edges():
    body = [["Minutes:", "RESOLVED that the report be noted."], ["Apologies", "None"],
            ["Minutes:", "RESOLVED that the report be noted."], ["Any other business", "None"]]
    pages = [["Example Partnership - 1 May 2024", "", *body[n - 1], "", str(n + 10)] for n in range(1, 5)]
    pages[1].insert(0, "Page 2 of 4")
    assert remove_page_furniture(pages) == [["", *body[n - 1], ""] for n in range(1, 5)]


def test_bare_numbers_that_do_not_follow_the_pages_are_kept():
    pages = [["Title", "Text", "29."], ["7", "More text"], ["Other", "3"]]
    assert remove_page_furniture(pages) == pages


def test_line_end_hyphen_is_removed_only_for_words_seen_whole():
    vocabulary = {"community": 2, "multi": 1, "agency": 1}
    from collections import Counter
    words = Counter(vocabulary)
    assert join_wrapped(["the commun-", "ity wardens"], words) == "the community wardens"
    assert join_wrapped(["a multi-", "agency group"], words) == "a multi-agency group"
    assert join_wrapped(["the Anti-", "Social Behaviour"], words) == "the Anti-Social Behaviour"
    assert join_wrapped(["first line", "second line"], words) == "first line second line"


# --------------------------------------------------------------------------- Word


def test_docx_gives_the_minutes_blocks_with_computed_list_numbers(tmp_path):
    path = text_to_docx(MINUTES, tmp_path / "minutes.docx")
    source = read_source(path)
    assert source.media_type == DOCX_TYPE
    assert text_lines(source.text) == expected_lines(MINUTES, heading_mark="## ")


def test_docx_restarted_lists_and_tables(tmp_path):
    text = "1.    First\n\n2.    Second\n\nBetween\n\n1.    Again first\n\n7.    Seventh on its own\n"
    source = read_source(text_to_docx(text, tmp_path / "lists.docx", with_table=True))
    assert text_lines(source.text) == ["1. First", "2. Second", "Between", "1. Again first",
                                       "7. Seventh on its own", "Name\tOrganisation",
                                       "Alice Example\tExample Council", "Bob Sample\tExample Police"]


def test_docx_table_row_holding_paragraphs_is_written_paragraph_by_paragraph(tmp_path):
    from docx import Document

    document = Document()
    document.add_paragraph("Before")
    row = document.add_table(rows=1, cols=2).rows[0]
    row.cells[0].text = "29."
    row.cells[1].text = "Domestic Homicide Reviews"
    row.cells[1].add_paragraph("RESOLVED that the protocol be approved.")
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert text_lines(read_source(path).text) == ["Before", "29.", "Domestic Homicide Reviews",
                                                  "RESOLVED that the protocol be approved."]


def test_docx_table_rows_stay_together_and_empty_cells_keep_their_column(tmp_path):
    from docx import Document

    document = Document()
    document.add_paragraph("Before")
    table = document.add_table(rows=4, cols=4)
    for row, cells in zip(table.rows, [("No.", "Item", "Discussion", "Action"), ("1", "Welcome", "", "JB to write"),
                                       ("", "", "The grant was noted.", ""), ("2", "Close", "", "")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert read_source(path).text.splitlines() == [
        "Before", "", "No.\tItem\tDiscussion\tAction", "1\tWelcome\t\tJB to write",
        "\t\tThe grant was noted.", "2\tClose"]


def test_docx_paragraph_keeps_its_tabs_as_word_copies_it(tmp_path):
    # a row set with tabs in a paragraph rather than in a table ("In attendance" under the Present
    # table): its tabs part the columns as they do in the text copy; spaces and runs of tabs are one
    from docx import Document

    document = Document()
    document.add_paragraph("In attendance")
    document.add_paragraph("LD\tLaura  Dunne\t\tCoordinator \tLakes Council")
    path = tmp_path / "tabs.docx"
    document.save(str(path))
    assert read_source(path).text.splitlines() == ["In attendance", "LD\tLaura Dunne\tCoordinator\tLakes Council"]


# --------------------------------------------------------------------------- seeds through the pipeline


def segment_and_extract():
    """kgraph.segment.segment + kgraph.extract.extract, or skip while a colleague writes them."""
    try:
        segment = importlib.import_module("kgraph.segment").segment
        extract = importlib.import_module("kgraph.extract").extract
    except (ImportError, AttributeError) as exc:
        pytest.skip(f"segmenter/extractor not importable yet ({exc})")
    return lambda source: extract(segment(source))


def summary(record) -> dict:
    """What must survive a change of format: date, items, decision count, action owners."""
    def squash(title: str) -> str:
        return re.sub(r"\s+", " ", title).strip().lower()
    return {
        "date": record.header.date,
        "items": [(item.number, squash(item.title)) for item in record.items],
        "decisions": sum(len(item.decisions) for item in record.items),
        "owners": [(item.number, sorted(owner.name for action in item.actions for owner in action.owners))
                   for item in record.items],
    }


@pytest.mark.skipif(not SEEDS, reason="shared seeds (../shared/seeds beside the repo) not available")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("fmt", ["html", "pdf", "docx"])
def test_seed_in_another_format_gives_the_same_record(seed, fmt, tmp_path):
    run = segment_and_extract()
    text = seed.read_text(encoding="utf-8")
    expected = summary(run(read_source(seed)))
    target = tmp_path / f"minutes.{fmt}"
    if fmt == "html":
        target.write_text(text_to_html(text), encoding="utf-8")
    elif fmt == "pdf":
        text_to_pdf(text, target)
    else:
        text_to_docx(text, target)
    assert summary(run(read_source(target))) == expected


@pytest.mark.skipif(not SEEDS, reason="shared seeds (../shared/seeds beside the repo) not available")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_blocks_survive_every_format(seed, tmp_path):
    """Independent of the extractor: each format gives back the seed's paragraphs in order."""
    text = seed.read_text(encoding="utf-8")
    (tmp_path / "m.html").write_text(text_to_html(text), encoding="utf-8")
    text_to_pdf(text, tmp_path / "m.pdf")
    text_to_docx(text, tmp_path / "m.docx")
    for name in ("m.html", "m.pdf", "m.docx"):
        # (the Word reader marks the headings below the title block as Markdown does)
        lines = [line.removeprefix("## ") for line in text_lines(read_source(tmp_path / name).text)]
        assert lines == expected_lines(text), name


def test_reader_errors_are_input_errors_with_the_path(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n garbage")
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert caught.value.path == str(path)
