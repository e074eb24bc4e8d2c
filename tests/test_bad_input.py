"""Bad input: every problem is an InputError naming the file with one exact line of reason."""
from __future__ import annotations

import io
import random
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures_make import image_only_pdf, text_to_docx, text_to_html, text_to_pdf, tiny_png  # noqa: E402
from kgraph.model import InputError  # noqa: E402
from kgraph.read import read_source  # noqa: E402

MINUTES = """Example Community Safety Partnership - Monday, 6th May, 2024 10.00 am

## 5. Funding

1.    The Partnership noted a grant of £40,000 from the Police and Crime Commissioner.

RESOLVED that the report be noted.
"""


def problem_of(path: Path, **options) -> str:
    with pytest.raises(InputError) as caught:
        read_source(path, **options)
    error = caught.value
    assert error.path == str(path)
    assert str(error) == f"{path}: {error.problem}"
    assert "\n" not in str(error)
    return error.problem


@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.pdf", "empty.docx", "empty.md"])
def test_empty_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    assert problem_of(path) == "empty file: no text to read"


def test_whitespace_only_file_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \r\n\t\n")
    assert problem_of(path) == "empty file: no text to read"


@pytest.mark.parametrize("name", ["noise.bin", "noise.txt", "noise.html"])
def test_random_bytes_are_a_binary_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(random.Random(7).randbytes(4096))
    assert problem_of(path) == "binary file: not text, HTML, PDF or Word"


def test_png_image_is_a_binary_file(tmp_path):
    path = tmp_path / "scan.png"
    path.write_bytes(tiny_png())
    assert problem_of(path) == "binary file: not text, HTML, PDF or Word"


def test_utf16_without_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_bytes(MINUTES.encode("utf-16-le"))
    source = read_source(path)
    assert source.text == MINUTES
    assert source.encoding == "utf-16-le"


def test_cp1252_with_pound_sign_is_read_correctly(tmp_path):
    path = tmp_path / "minutes.txt"
    text = MINUTES.replace("grant of", "grant \u2013 the \u201cseed\u201d fund \u2013 of")
    path.write_bytes(text.encode("cp1252"))
    source = read_source(path)
    assert source.text == text
    assert "£40,000" in source.text
    assert source.encoding == "cp1252"


def test_truncated_html_still_gives_its_text(tmp_path):
    page = text_to_html(MINUTES)
    cut = page[: page.index("that the report be noted") + len("that the rep")]
    path = tmp_path / "cut.html"
    path.write_text(cut, encoding="utf-8")
    source = read_source(path)
    assert "1. The Partnership noted a grant of £40,000" in source.text
    assert source.text.endswith("RESOLVED that the rep")


def test_html_cut_before_any_content_has_no_text(tmp_path):
    path = tmp_path / "cut.html"
    path.write_text("<!DOCTYPE html><html><head><title>Minutes</title><script>var a = '<p>x</p>';", encoding="utf-8")
    assert problem_of(path) == "no text in HTML page"


def test_html_with_xxe_doctype_expands_nothing_and_reads_no_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    page = (f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">'
            f'<!ENTITY internal "EXPANDED-ENTITY">]>\n<html><body><p>Item: &xxe; and &internal;</p></body></html>')
    path = tmp_path / "evil.html"
    path.write_text(page, encoding="utf-8")
    source = read_source(path)
    assert "TOP-SECRET-CONTENT" not in source.text
    assert "EXPANDED-ENTITY" not in source.text
    assert source.text == "Item: &xxe; and &internal;"


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + b"\x8f\x00junk" * 50)
    problem = problem_of(path)
    assert problem.startswith("corrupt PDF: ")
    assert len(problem) < 200


def test_truncated_pdf_is_corrupt_or_partly_read(tmp_path):
    whole = text_to_pdf(MINUTES, tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(whole[: len(whole) // 2])
    try:
        source = read_source(path)
    except InputError as error:
        assert error.problem.startswith(("corrupt PDF: ", "no text layer"))
    else:
        assert source.text.strip()


def test_encrypted_pdf_with_a_password(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(text_to_pdf(MINUTES, tmp_path / "plain.pdf")))
    writer.encrypt(user_password="letmein", owner_password="owner", algorithm="AES-256")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert problem_of(path) == "encrypted PDF: cannot read without a password"


def test_scanned_pdf_without_text_layer(tmp_path):
    path = image_only_pdf(tmp_path / "scan.pdf")
    assert problem_of(path) == "no text layer: needs OCR"


def test_oversize_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(MINUTES * 20, encoding="utf-8")
    size = path.stat().st_size
    assert problem_of(path, max_bytes=1000) == f"file too large ({size / 1e3:.1f} kB > limit 1.0 kB)"


def test_docx_that_is_a_zip_of_junk(tmp_path):
    path = tmp_path / "minutes.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("junk.bin", random.Random(3).randbytes(500))
        package.writestr("notes.txt", "not a Word document")
    assert problem_of(path) == "not a Word document: no word/document.xml in the package"


def test_docx_that_is_not_a_zip(tmp_path):
    path = tmp_path / "minutes.docx"
    path.write_bytes(b"This was saved as plain text but named .docx\n" * 3)
    assert problem_of(path) == "corrupt Word file: File is not a zip file"


def test_docx_with_broken_document_xml(tmp_path):
    good = text_to_docx(MINUTES, tmp_path / "good.docx")
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data[: len(data) // 2] if info.filename == "word/document.xml" else data)
    assert problem_of(path).startswith("corrupt Word file: ")


def test_docx_declaring_an_entity_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    good = text_to_docx(MINUTES, tmp_path / "good.docx")
    path = tmp_path / "evil.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"?>", f'?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'.encode(), 1)
                data = data.replace(b"Funding", b"&xxe;", 1)
            target.writestr(info, data)
    assert problem_of(path) == "unsafe Word file: its XML declares a DOCTYPE or ENTITY"


def test_docx_without_text(tmp_path):
    from docx import Document

    path = tmp_path / "blank.docx"
    Document().save(str(path))
    assert problem_of(path) == "no text in Word document"


def test_folder_and_missing_file(tmp_path):
    assert problem_of(tmp_path) == "is a folder, not a document"
    assert problem_of(tmp_path / "missing.pdf") == "cannot open: No such file or directory"


def test_docx_reader_reads_a_misnamed_pdf_as_pdf(tmp_path):
    """Content decides the format: a PDF named .docx is read as a PDF, not refused."""
    data = text_to_pdf(MINUTES, tmp_path / "real.pdf").read_bytes()
    path = tmp_path / "named-wrong.docx"
    path.write_bytes(data)
    assert read_source(path).media_type == "application/pdf"


def test_docx_reader_error_does_not_leak_library_exceptions():
    from kgraph.readers import read_docx

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", b"<w:document>not closed")
    with pytest.raises(InputError) as caught:
        read_docx(buffer.getvalue(), "x.docx")
    assert caught.value.problem.startswith("corrupt Word file: ")
