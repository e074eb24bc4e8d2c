"""The command line against a real SPARQL server: build loads each document graph over the Graph
Store Protocol, query reads with SPARQLWrapper, a rebuild replaces a changed document's graph."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from oxigraph_server import oxigraph_command, running_oxigraph
from samples import FORMAL

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server():
    if oxigraph_command() is None:
        pytest.skip("the `oxigraph` command is not installed (pip install oxigraph)")
    with running_oxigraph() as srv:
        yield srv


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def remote(server) -> list[str]:
    return ["--endpoint", server.query_url, "--update-endpoint", server.update_url,
            "--graph-store", server.store_url]


def query_json(server, name: str, *params: str) -> list[dict]:
    args = ["query", name, "--format", "json", "--endpoint", server.query_url]
    for p in params:
        args += ["--param", p]
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["results"]["bindings"]


def test_build_into_a_server_and_query_it(server, tmp_path):
    docs = tmp_path / "minutes"
    docs.mkdir()
    (docs / "a.txt").write_text(FORMAL, encoding="utf-8")
    (docs / "b.txt").write_text(FORMAL.replace("3 March 2020", "9 June 2020"), encoding="utf-8")
    result = invoke("build", str(docs), "-o", str(tmp_path / "out"), "-q", *remote(server))
    assert result.exit_code == 0, result.output
    rows = query_json(server, "topic-history", "topic=anti-social behaviour")
    assert sorted({r["date"]["value"] for r in rows}) == ["2020-03-03", "2020-06-09"]
    owners = query_json(server, "who-owes-what")
    assert {"Bob Sample", "Cat Person"} <= {r.get("ownerName", {}).get("value") for r in owners}

    # a changed document replaces exactly its graph on the server
    (docs / "b.txt").write_text(FORMAL.replace("3 March 2020", "10 June 2020"), encoding="utf-8")
    result = invoke("build", str(docs), "-o", str(tmp_path / "out"), "-q", *remote(server))
    assert result.exit_code == 0, result.output
    rows = query_json(server, "topic-history", "topic=ASB")
    assert sorted({r["date"]["value"] for r in rows}) == ["2020-03-03", "2020-06-10"]


def test_unreachable_server_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["query", "attendance", "--endpoint", "http://127.0.0.1:9/query"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert len([l for l in result.output.splitlines() if l.startswith("error:")]) == 1
