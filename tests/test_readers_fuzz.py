"""Property tests: whatever bytes arrive, reading (and segmenting) either works or raises
InputError — no other exception may escape."""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures_make import text_to_docx, text_to_html, text_to_pdf  # noqa: E402
from kgraph.segment import segment  # noqa: E402
from kgraph.model import InputError, SourceText  # noqa: E402
from kgraph.read import read_bytes  # noqa: E402

MINUTES = """KENT EXAMPLE PARTNERSHIP

MINUTES of a meeting held at Civic Centre on Monday, 6 May 2024.

PRESENT: Alice Example (Chair), Bob Sample (Example Police)

## 5. Funding (Item B1)

1.    The Partnership noted a grant of £40,000 – “seed” funding – from the PCC.

**Action:** Bob Sample

- Agreement to the plan
- Support for the bid

RESOLVED that the report be noted.
"""

NAMES = ["doc.txt", "doc.md", "doc.html", "doc.pdf", "doc.docx", "doc", "doc.bin"]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=1)
def valid_documents() -> dict[str, bytes]:
    """One valid document per format, made once (hypothesis reruns tests many times)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kgraph-fuzz-") as name:
        folder = Path(name)
        return {
            "doc.txt": MINUTES.encode("utf-8"),
            "doc.html": text_to_html(MINUTES).encode("utf-8"),
            "doc.pdf": text_to_pdf(MINUTES, folder / "m.pdf").read_bytes(),
            "doc.docx": text_to_docx(MINUTES, folder / "m.docx").read_bytes(),
        }


def read_or_input_error(data: bytes, name: str) -> SourceText | None:
    try:
        source = read_bytes(data, name)
    except InputError as error:
        assert error.path == name and "\n" not in error.problem
        return None
    assert isinstance(source, SourceText)
    assert source.text.strip()
    source.text.encode("utf-8")  # no lone surrogates: the text must be storable in the graph
    try:
        segment(source)
    except InputError:
        pass
    return source


@FUZZ
@given(data=st.binary(max_size=4096), name=st.sampled_from(NAMES))
def test_arbitrary_bytes(data, name):
    read_or_input_error(data, name)


@FUZZ
@given(prefix=st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xff\xfe", b"\xef\xbb\xbf"]),
       data=st.binary(max_size=2048), name=st.sampled_from(NAMES))
def test_format_signatures_followed_by_junk(prefix, data, name):
    read_or_input_error(prefix + data, name)


def mutate(document: bytes, edits: list[tuple[int, int, bytes]], cut: float | None) -> bytes:
    """Overwrite, delete or insert bytes at relative positions, then maybe truncate."""
    data = bytearray(document)
    for position, kind, payload in edits:
        at = position % (len(data) + 1)
        if kind == 0:
            data[at:at + len(payload)] = payload
        elif kind == 1:
            del data[at:at + len(payload) * 8]
        else:
            data[at:at] = payload
    if cut is not None:
        data = data[: int(len(data) * cut)]
    return bytes(data)


EDITS = st.lists(st.tuples(st.integers(min_value=0, max_value=1 << 20), st.integers(0, 2),
                           st.binary(min_size=1, max_size=16)), max_size=6)


@FUZZ
@given(fmt=st.sampled_from(["doc.txt", "doc.html", "doc.pdf", "doc.docx"]), edits=EDITS,
       cut=st.one_of(st.none(), st.floats(min_value=0.0, max_value=1.0)))
def test_mutated_valid_documents(fmt, edits, cut):
    read_or_input_error(mutate(valid_documents()[fmt], edits, cut), fmt)


@FUZZ
@given(body=st.text(max_size=600), tags=st.lists(st.sampled_from(
    ["<p>", "</p>", "<ol>", "<li>", "</ol>", "<ul>", "<table>", "<tr>", "<td>", "<th>", "<br>", "<pre>",
     "<script>", "<!--", "-->", "<![CDATA[", "<!DOCTYPE x [<!ENTITY e 'v'>]>", "&e;", "&#0;", "&#xD800;",
     "<main>", "<header>", "<img alt='icon'>", "<ol start='-5' type='i'>", "<li value='99999'>"]), max_size=30))
def test_generated_html(body, tags):
    markup = "".join(tag + body[i::max(1, len(tags))] for i, tag in enumerate(tags)) or body
    read_or_input_error(markup.encode("utf-8", "surrogatepass"), "page.html")


@FUZZ
@given(text=st.text(max_size=800))
def test_generated_text_in_any_encoding(text):
    for encoding in ("utf-8", "utf-16-le", "cp1252"):
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        read_or_input_error(data, "minutes.txt")
