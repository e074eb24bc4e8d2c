"""Each command after a real build of the sample minutes, as the README shows them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kgraph.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "minutes"


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built")
    result = invoke("build", str(EXAMPLES), "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    return out


def test_examples_build_and_validate(built):
    assert (built / "graph.ttl").exists() and (built / "store").is_dir()
    result = invoke("validate", str(built / "graph.ttl"))
    assert result.exit_code == 0, result.output


def test_queries_lists_the_library():
    result = invoke("queries")
    assert result.exit_code == 0
    for name in ("topic-history", "meeting-at-a-glance", "who-owes-what", "attendance", "person-record",
                 "decisions-over-time", "acronyms", "legislation", "external-links", "meeting-chain"):
        assert name in result.output


def test_query_formats(built):
    for fmt in ("table", "csv", "tsv", "json"):
        result = invoke("query", "acronyms", "--store", str(built), "--format", fmt)
        assert result.exit_code == 0, result.output
        assert "IDVA" in result.output
    bindings = json.loads(invoke("query", "topic-history", "--store", str(built), "--format", "json",
                                 "--param", "topic=dhr").output)["results"]["bindings"]
    dates = [b["date"]["value"] for b in bindings]
    assert dates == sorted(dates) and dates[0] == "2011-09-26" and dates[-1] == "2023-07-12"


def test_unknown_query_and_bad_param_are_usage_errors(built):
    assert invoke("query", "no-such-query", "--store", str(built)).exit_code == 2
    assert invoke("query", "topic-history", "--store", str(built), "--param", "nonsense").exit_code == 2


@pytest.fixture
def own_copy(built, tmp_path) -> Path:
    """A copy of the build for a test that changes it (links, pages), so others see it as built."""
    import shutil

    copy = tmp_path / "built"
    shutil.copytree(built, copy)
    return copy


def test_link_then_external_links_query(own_copy):
    built = own_copy
    result = invoke("link", "-o", str(built))
    assert result.exit_code == 0, result.output
    assert "owl:sameAs" in result.output
    rows = invoke("query", "external-links", "--store", str(built), "--format", "csv").output
    assert "http://www.wikidata.org/entity/Q3195294" in rows          # Kent Police
    assert "https://www.legislation.gov.uk/ukpga/2004/28" in rows or "legislation.gov.uk/id/ukpga/2004/28" in rows


@pytest.mark.parametrize("suffix,fmt", [("ttl", "turtle"), ("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")])
def test_export_formats(built, tmp_path, suffix, fmt):
    dest = tmp_path / f"graph.{suffix}"
    result = invoke("export", str(dest), "--store", str(built))
    assert result.exit_code == 0, result.output
    data = Dataset() if fmt in ("trig", "nquads", "json-ld") else Graph()
    data.parse(dest, format=fmt)
    assert len(data) > 1000 or sum(len(g) for g in data.graphs()) > 1000


def test_viz_writes_pages_and_stats_prints_tables(own_copy):
    built = own_copy
    result = invoke("viz", "--store", str(built), "-o", str(built), "--topic", "DHR")
    assert result.exit_code == 0, result.output
    names = {p.name for p in built.glob("*.html")}
    assert {"index.html", "network.html", "topic-map.html"} <= names
    assert any(n.startswith("topic-history") for n in names)
    stats = invoke("stats", "--store", str(built))
    assert stats.exit_code == 0
    assert "Kent Police" in stats.output or "Kent County Council" in stats.output


def test_stats_read_the_store_the_graph_file_or_a_no_store_build_alike(built, tmp_path):
    """Views and analytics read the build's store; a build with --no-store has only graph.ttl,
    and any RDF file can be given: all three say the same."""
    from_store = invoke("stats", "--store", str(built))
    assert from_store.exit_code == 0, from_store.output
    from_file = invoke("stats", "--graph", str(built / "graph.ttl"))
    assert from_file.exit_code == 0, from_file.output
    no_store = tmp_path / "no-store"
    assert invoke("build", str(EXAMPLES), "-o", str(no_store), "-q", "--no-store").exit_code == 0
    assert not (no_store / "store").exists()
    from_ttl = invoke("stats", "--store", str(no_store))
    assert from_ttl.exit_code == 0, from_ttl.output
    assert from_store.output == from_file.output == from_ttl.output
    assert "Kent Police" in from_store.output
    missing = invoke("stats", "--store", str(tmp_path / "nothing-here"))
    assert missing.exit_code == 2 and "no graph" in missing.output
    unreadable = tmp_path / "unreadable"          # a store that cannot be opened: graph.ttl serves
    (unreadable / "store").mkdir(parents=True)
    (unreadable / "graph.ttl").write_bytes((built / "graph.ttl").read_bytes())
    from_fallback = invoke("stats", "--store", str(unreadable))
    assert from_fallback.exit_code == 0, from_fallback.output
    assert from_fallback.output == from_store.output


def test_link_a_build_without_a_store_writes_the_links_into_graph_ttl(tmp_path):
    out = tmp_path / "no-store"
    assert invoke("build", str(EXAMPLES), "-o", str(out), "-q", "--no-store").exit_code == 0
    result = invoke("link", "-o", str(out))
    assert result.exit_code == 0, result.output
    kent_police = "http://www.wikidata.org/entity/Q3195294"
    assert kent_police in (out / "links.ttl").read_text()
    assert kent_police in invoke("query", "external-links", "--graph", str(out / "graph.ttl"),
                                 "--format", "csv").output
