"""The HTML views without a browser: self-contained pages, escaping, aggregation, layout."""
from __future__ import annotations

import json
import re
from pathlib import Path

import markupsafe
import pytest
import rdflib

from kgraph import analytics as an
from kgraph import viz

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "viz_minutes.ttl"
PAYLOAD = "<img src=x onerror=alert(1)>"
KGR = "https://w3id.org/kgraph/id/"


@pytest.fixture(scope="module")
def snap() -> an.Snapshot:
    return an.load_snapshot(rdflib.Graph().parse(FIXTURE))


def page_json(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kgraph-data">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_write_views_writes_pages_and_index(tmp_path, snap):
    written = viz.write_views(snap, tmp_path)
    assert [p.name for p in written] == ["network.html", "topic-map.html",
                                         "topic-history-domestic-homicide-reviews.html",
                                         "index.html"]
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    for page in written[:-1]:
        assert f'href="{page.name}"' in index
    assert str(markupsafe.escape(viz.DESCRIPTIONS["history"])) in index
    with pytest.raises(ValueError, match="unknown view"):
        viz.write_views(snap, tmp_path, views=("pie",))


def test_pages_reference_nothing_outside_themselves(tmp_path, snap):
    for path in viz.write_views(snap, tmp_path):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"<script[^>]*\bsrc=", text), path.name
        assert "<link" not in text and "@import" not in text, path.name
        assert not re.search(r"url\((?!\"?data:)", text), path.name
        assert not re.search(r"https?://[^\s\"']*(cdn|bootstrap)", text, re.I), path.name
        assert "default-src 'none'" in text           # and the browser is told to refuse any


def test_script_json_cannot_close_the_script():
    text = viz.script_json({"t": "</script><!-- \u2028"})
    assert "<" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><!-- \u2028"}
    js, css = viz.vis_assets()
    assert "</script" not in js and "<!--" not in js and "</" not in css


def test_markup_in_the_minutes_is_escaped(tmp_path):
    g = rdflib.Graph().parse(FIXTURE)
    topic = rdflib.URIRef(KGR + "topic/domestic-homicide-reviews")
    g.set((topic, rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"),
           rdflib.Literal(PAYLOAD)))
    item = rdflib.URIRef(KGR + "meeting/riverside-csp/2023-03-14/item/5")
    g.set((item, rdflib.URIRef("http://purl.org/dc/terms/title"), rdflib.Literal(PAYLOAD + " href")))
    for path in viz.write_views(g, tmp_path):
        text = path.read_text(encoding="utf-8")
        assert PAYLOAD not in text, path.name
        if path.name.startswith("topic-history-"):
            assert "Topic history: &lt;img src=x onerror=alert(1)&gt;" in text
    data = page_json((tmp_path / "topic-map.html").read_text(encoding="utf-8"))
    titles = [n["title"] for n in data["nodes"]]
    assert any(PAYLOAD in t for t in titles)            # kept as text, decoded by JSON.parse
    assert all(isinstance(t, str) for t in titles)      # plain strings: shown with innerText


def test_page_data_matches_the_graph(snap):
    page = viz.build_page(snap, "network")
    data = viz.page_data(page)
    assert len(data["nodes"]) == page.graph.number_of_nodes() == 11
    assert len(data["edges"]) == page.graph.number_of_edges()
    assert data["options"]["physics"]["enabled"] is False
    shapes = {n["kind"]: n["shape"] for n in data["nodes"]}
    assert len(set(shapes.values())) == len(shapes)     # one shape per node type
    assert {l["kind"] for l in data["legend"]} == set(shapes)
    assert {t["label"] for t in data["topics"]} == {"Domestic Homicide Reviews",
                                                    "Anti-social behaviour"}
    assert data["years"] == [2011, 2023]
    sizes = {n["label"]: n["size"] for n in data["nodes"]}
    assert sizes["Riverside County Council"] > sizes["Riverside Police"]   # more involved


def test_history_reads_left_to_right(snap):
    page = viz.build_page(snap, "history", topic="DHR")
    g = page.graph
    xs = {g.nodes[n]["date"]: g.nodes[n]["x"] for n in g if g.nodes[n]["kind"] == "meeting"}
    assert xs["2011-09-26"] < xs["2023-03-14"]
    ys = {d["kind"]: d["y"] for _, d in g.nodes(data=True)}
    assert ys["meeting"] < ys["item"] < ys["decision"]


def test_large_views_aggregate_and_say_so(snap):
    network = viz.build_page(snap, "network", node_limit=5)
    kinds = {d["kind"] for _, d in network.graph.nodes(data=True)}
    assert kinds == {"organisation", "year"}
    assert {d["label"] for _, d in network.graph.nodes(data=True) if d["kind"] == "year"} == \
        {"2011", "2023"}
    assert "grouped into their organisations" in network.note
    council = network.graph.nodes[KGR + "org/riverside-council"]
    assert "People grouped here: 2" in council["tooltip"]
    topics = viz.build_page(snap, "topics", node_limit=5)
    assert {d["kind"] for _, d in topics.graph.nodes(data=True)} == {"topic", "organisation"}
    assert "counted into their topics" in topics.note
    history, note = viz.aggregate_history(an.topic_history(snap, "DHR"), snap)
    labels = sorted(d["label"] for _, d in history.nodes(data=True))
    assert labels == ["2011: agenda items (1)", "2011: decisions (1)", "2011: meetings (1)",
                      "2023: agenda items (1)", "2023: decisions (1)", "2023: meetings (1)"]
    assert history.has_edge("meeting:2011", "meeting:2023")
    assert "counted per year" in note
    trimmed = viz.build_page(snap, "topics", node_limit=2)
    assert trimmed.graph.number_of_nodes() == 2 and "most connected" in trimmed.note


def test_aggregated_note_is_on_the_page(tmp_path, snap):
    viz.write_views(snap, tmp_path, views=("network",), node_limit=5)
    html = (tmp_path / "network.html").read_text(encoding="utf-8")
    assert 'class="note" id="aggregation-note"' in html


def test_output_is_deterministic(tmp_path, snap):
    first = [p.read_bytes() for p in viz.write_views(snap, tmp_path / "a")]
    second = [p.read_bytes() for p in viz.write_views(snap, tmp_path / "b")]
    assert first == second


def test_year_range_narrows_every_view(tmp_path, snap):
    viz.write_views(snap, tmp_path, year_from=2023, year_to=2023)
    data = page_json((tmp_path / "network.html").read_text(encoding="utf-8"))
    assert data["years"] == [2023]


def test_index_keeps_the_views_of_earlier_runs(tmp_path, snap):
    viz.write_views(snap, tmp_path)
    viz.write_views(snap, tmp_path, views=("history",), topic="anti-social behaviour")
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    for name in ("network.html", "topic-map.html", "topic-history-domestic-homicide-reviews.html",
                 "topic-history-anti-social-behaviour.html"):
        assert (tmp_path / name).exists()
        assert f'href="{name}"' in index
    (tmp_path / "network.html").unlink()          # a page that is gone leaves the index
    viz.write_views(snap, tmp_path, views=("topics",))
    assert 'href="network.html"' not in (tmp_path / "index.html").read_text(encoding="utf-8")
