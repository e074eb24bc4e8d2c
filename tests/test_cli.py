"""The command line as a user meets it: real files, the installed entry point's code, exit codes."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph

from kgraph.cli import main

from samples import FORMAL


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_help_lists_commands():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("build", "validate", "query", "queries", "serve", "viz", "stats", "export"):
        assert command in result.output


def test_build_summary_and_exit_status(tmp_path):
    (tmp_path / "m.txt").write_text(FORMAL, encoding="utf-8")
    result = run("build", str(tmp_path / "m.txt"), "-o", str(tmp_path / "out"), "--no-store", "-q")
    assert result.exit_code == 0, result.output
    assert "1 documents built" in result.output
    for word in ("meetings", "items", "decisions", "actions", "people", "organisations", "triples"):
        assert word in result.output
    assert len(Graph().parse(tmp_path / "out" / "graph.ttl")) > 0


def test_build_with_a_bad_file_exits_1_and_reports_it(tmp_path):
    (tmp_path / "m.txt").write_text(FORMAL, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    report = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["build", str(tmp_path), "-o", str(tmp_path / "out"), "--no-store",
                                       "-q", "--report", str(report)])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output + (result.stderr if result.stderr_bytes else "")
    data = json.loads(report.read_text())
    assert {Path(d["path"]).name: d["status"] for d in data["documents"]} == {"empty.txt": "failed", "m.txt": "built"}


def test_usage_error_exits_2(tmp_path):
    assert run("build").exit_code == 2
    assert CliRunner().invoke(main, ["frobnicate"]).exit_code == 2
    assert run("validate", str(tmp_path / "nope.ttl")).exit_code == 2


def test_validate_a_built_graph(tmp_path):
    (tmp_path / "m.txt").write_text(FORMAL, encoding="utf-8")
    run("build", str(tmp_path / "m.txt"), "-o", str(tmp_path / "out"), "--no-store", "-q")
    result = run("validate", str(tmp_path / "out" / "graph.ttl"))
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n")
    unreadable = run("validate", str(broken))
    assert unreadable.exit_code == 1 and "cannot read" in unreadable.output and "broken.ttl" in unreadable.output
