"""Build documents into one graph and score them with the project's shared scorer (``score.py
--pairs``), for the tests that measure extraction on held-out minutes."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kgraph import pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "tools" / "score.py"


def require_scorer() -> None:
    """Skip, with the reason, when the shared scorer (or the rapidfuzz it needs) is not here."""
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is not beside the repo ({SCORER}); held-out scoring needs it")
    if importlib.util.find_spec("rapidfuzz") is None:
        pytest.skip("the shared scorer needs rapidfuzz, which is not installed")


def build_and_score(documents: list[Path | str], golds: list[Path], out: Path) -> dict:
    """Build ``documents`` into ``out`` (graph.ttl only) and score the graph against each gold file:
    the scorer's report, one entry a document plus ``_micro``. Its table is printed (pytest -s)."""
    result = pipeline.build([str(d) for d in documents], out, load_store=False, incremental=False)
    graph = out / "graph.ttl"
    assert graph.is_file(), f"no graph built: {result}"
    args = [sys.executable, str(SCORER), "--pairs"]
    for gold in golds:
        args += [str(graph), str(gold)]
    report = out / "score.json"
    run = subprocess.run(args + ["--json", str(report)], capture_output=True, text=True, timeout=600)
    print(run.stdout)
    assert run.returncode == 0, run.stderr
    return json.loads(report.read_text())
