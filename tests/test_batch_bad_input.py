"""Bad input in a batch, through the command line: each bad document gets one line naming the
file and the problem, the good documents are all built, the report lists both, exit status 1."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from fixtures_make import image_only_pdf, text_to_pdf, tiny_png
from kgraph.cli import main
from samples import FORMAL

DATE = URIRef("http://purl.org/dc/terms/date")


def _encrypted_pdf(path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(text_to_pdf(FORMAL, path.with_name("plain.pdf"))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    with path.open("wb") as fh:
        writer.write(fh)
    path.with_name("plain.pdf").unlink()


BAD = {
    "empty.txt": (lambda p: p.write_bytes(b""), "empty file: no text to read"),
    "binary.txt": (lambda p: p.write_bytes(random.Random(1).randbytes(4000)), "binary file"),
    "picture.png.txt": (lambda p: p.write_bytes(tiny_png()), "binary file"),
    "broken.pdf": (lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog>>\ntrailer garbage"), "corrupt PDF"),
    "locked.pdf": (_encrypted_pdf, "encrypted PDF: cannot read without a password"),
    "scan.pdf": (lambda p: image_only_pdf(p), "no text layer: needs OCR"),
    "huge.txt": (lambda p: p.write_text(FORMAL * 80, encoding="utf-8"), "file too large"),
    "undated.txt": (lambda p: p.write_text("Notes\n\n1. Things\n\nWe talked about things.\n", encoding="utf-8"),
                    "no recognisable meeting date"),
    "cut.html": (lambda p: p.write_text("<html><head><title>Agenda", encoding="utf-8"), "no text"),
}


def _good_documents(folder: Path) -> dict[str, str]:
    """Good minutes in several forms and encodings, each with its own meeting date."""
    docs = {
        "good.txt": ("3 March 2020", "2020-03-03", "utf-8"),
        "good-cp1252.txt": ("9 June 2020", "2020-06-09", "cp1252"),
        "good-utf16.txt": ("1 July 2020", "2020-07-01", "utf-16"),
    }
    out = {}
    for name, (written, iso, encoding) in docs.items():
        text = FORMAL.replace("3 March 2020", written).replace("anti-social behaviour in the town centre",
                                                               "£5,000 for anti-social behaviour")
        (folder / name).write_bytes(text.encode(encoding))
        out[name] = iso
    text_to_pdf(FORMAL.replace("3 March 2020", "2 September 2020"), folder / "good.pdf")
    out["good.pdf"] = "2020-09-02"
    return out


@pytest.mark.parametrize("bad_name", sorted(BAD))
def test_bad_document_in_a_batch(tmp_path, bad_name):
    docs = tmp_path / "minutes"
    docs.mkdir()
    good = _good_documents(docs)
    make, expected = BAD[bad_name]
    bad = docs / bad_name
    make(bad)
    report = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["build", str(docs), "-o", str(tmp_path / "out"), "-q", "--no-store",
                                       "--max-size", "0.03", "--report", str(report)])
    assert result.exit_code == 1, result.output
    lines = [l for l in result.output.splitlines() if bad_name in l and "failed" in l]
    assert len(lines) == 1 and expected in lines[0], result.output
    data = json.loads(report.read_text())
    statuses = {Path(d["path"]).name: d["status"] for d in data["documents"]}
    assert statuses.pop(bad_name) == "failed"
    assert statuses == {name: "built" for name in good}
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    dates = {str(o) for o in graph.objects(None, DATE)}
    assert set(good.values()) <= dates
    assert (None, None, Literal("£5,000")) in graph  # the cp1252 and UTF-16 "£" survived


def test_no_output_is_half_written_when_a_write_fails(tmp_path, monkeypatch):
    """Outputs are replaced atomically: a write that fails leaves the previous graph whole."""
    from kgraph import pipeline

    docs = tmp_path / "minutes"
    docs.mkdir()
    (docs / "good.txt").write_text(FORMAL, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(docs), "-o", str(out), "-q", "--no-store"]).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    (docs / "good.txt").write_text(FORMAL.replace("3 March 2020", "4 March 2020"), encoding="utf-8")

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pipeline.os, "replace", disk_full)
    with pytest.raises(OSError):
        pipeline.build([docs], out, load_store=False)
    assert (out / "graph.ttl").read_bytes() == before
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
