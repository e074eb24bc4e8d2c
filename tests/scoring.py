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


def _separate_meetings(documents: list[Path | str], golds: list[Path]) -> list[list[int]]:
    """Indices of the documents in groups that each hold at most one record of a meeting: the graph
    mints one meeting per body and date, so two records of the same body on the same day (a morning
    and an afternoon meeting, written as two corpus documents) are built into graphs of their own."""
    groups: list[tuple[set, list[int]]] = []
    for k, gold in enumerate(golds):
        g = json.loads(Path(gold).read_text(encoding="utf-8"))
        key = (" ".join(str(g.get("body") or "").lower().split()), g.get("date"))
        for seen, members in groups:
            if key not in seen:
                seen.add(key)
                members.append(k)
                break
        else:
            groups.append(({key}, [k]))
    return [members for _, members in groups]


def build_and_score(documents: list[Path | str], golds: list[Path], out: Path,
                    separate_meetings: bool = False) -> dict:
    """Build ``documents`` into ``out`` (graph.ttl only) and score the graph against each gold file:
    the scorer's report, one entry a document plus ``_micro``. Its table is printed (pytest -s).
    ``separate_meetings``: documents recording different meetings of one body on one day (as their
    golds say) go into a second graph beside the first, since the graph would make them one meeting."""
    pairs: list[tuple[int, Path]] = []
    groups = _separate_meetings(documents, golds) if separate_meetings else [list(range(len(documents)))]
    for n, members in enumerate(groups):
        where = out if n == 0 else out / f"group{n}"
        result = pipeline.build([str(documents[k]) for k in members], where, load_store=False, incremental=False)
        graph = where / "graph.ttl"
        assert graph.is_file(), f"no graph built: {result}"
        pairs.extend((k, graph) for k in members)
    args = [sys.executable, str(SCORER), "--pairs"]
    for k, graph in sorted(pairs):
        args += [str(graph), str(golds[k])]
    report = out / "score.json"
    run = subprocess.run(args + ["--json", str(report)], capture_output=True, text=True, timeout=600)
    print(run.stdout)
    assert run.returncode == 0, run.stderr
    return json.loads(report.read_text())


def assert_micro_floor(report: dict, category: str, floor: float) -> None:
    """The report's micro-average of ``category`` is at least ``floor`` (F1; recall for acronyms,
    which the gold records only where the minutes define them)."""
    micro = report["_micro"].get(category)
    assert micro is not None, f"no {category} scored"
    value = micro["r"] if category == "acronyms" else micro["f1"]
    assert value >= floor, f"{category}: {value:.3f} < {floor} ({micro})"
