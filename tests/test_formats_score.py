"""The same minutes as text, HTML, PDF and Word score the same against the gold.

The HTML, PDF and Word versions are made from the seed text by the tests (fixtures_make), named
after the seed so the official scorer finds them, built through the whole pipeline, and scored
through the graph contract only.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures_make import text_to_docx, text_to_html, text_to_pdf
from kgraph import pipeline
from kgraph.graph import union_graph

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CATEGORIES = ("meeting", "attendees", "items", "decisions", "actions", "people", "organisations",
              "topics", "legislation", "referenced_meetings")


def _score(graph_path: Path, gold: Path, tmp: Path) -> dict:
    out = tmp / f"{graph_path.stem}.score.json"
    run = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(graph_path), str(gold),
                          "--json", str(out)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    report = json.loads(out.read_text())
    [(doc, cats)] = [(k, v) for k, v in report.items() if k != "_micro"]
    assert "error" not in cats, cats
    return {c: round(cats[c]["f1"], 3) for c in CATEGORIES if cats.get(c) and cats[c].get("f1") is not None}


@pytest.fixture(params=sorted(p.name for p in (SHARED / "seeds").glob("*.txt")) or ["none"])
def seed(request) -> Path:
    path = SHARED / "seeds" / request.param
    if not path.exists() or not (SHARED / "tools" / "score.py").exists():
        pytest.skip("../shared (seeds, gold, scorer) is not beside this checkout")
    return path


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx"])
def test_format_scores_like_text(seed, fmt, tmp_path):
    pytest.importorskip("rapidfuzz")
    gold = SHARED / "gold" / f"{seed.stem}.json"
    text = seed.read_text(encoding="utf-8")
    variant = tmp_path / f"{seed.stem}.{fmt}"
    if fmt == "html":
        variant.write_text(text_to_html(text), encoding="utf-8")
    elif fmt == "pdf":
        text_to_pdf(text, variant)
    else:
        text_to_docx(text, variant)
    scores = {}
    for path in (seed, variant):
        graph_path = tmp_path / f"{path.suffix[1:]}-{seed.stem}.ttl"
        union_graph(pipeline.build_dataset([pipeline.extract_document(path)])).serialize(graph_path)
        scores[path.suffix] = _score(graph_path, gold, tmp_path)
    assert scores[variant.suffix] == scores[".txt"]
