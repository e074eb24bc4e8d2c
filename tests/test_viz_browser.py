"""The views in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Every page is opened from file://; the tests check there are no console errors and no request
other than file:// (or inline data:), that the page's vis DataSets hold exactly the view's nodes
and edges, that the filter controls change what is visible, and that markup in the minutes
(an item titled ``<img src=x onerror=alert(1)>``) shows as text and runs nothing.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
import rdflib

from kgraph import analytics as an
from kgraph import viz

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "viz_minutes.ttl"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PAYLOAD = "<img src=x onerror=alert(1)>"
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
KGR = "https://w3id.org/kgraph/id/"


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} not installed (Debian package 'chromium'); browser tests need it"
    if os.environ.get("CI"):
        pytest.fail(reason + " and CI is set, so this is an error")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="kgraph-chromium-") as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield context
        finally:
            context.close()


def hostile_graph() -> rdflib.Graph:
    """The fixture with markup in an item title, a topic label, a person's name and a decision."""
    g = rdflib.Graph().parse(FIXTURE)
    item = rdflib.URIRef(KGR + "meeting/riverside-csp/2023-03-14/item/5")
    g.set((item, DCT.title, rdflib.Literal(PAYLOAD)))
    topic = rdflib.URIRef(KGR + "topic/domestic-homicide-reviews")
    g.set((topic, SKOS.prefLabel, rdflib.Literal("DHR </script><script>alert(2)</script>")))
    g.set((rdflib.URIRef(KGR + "person/dev-dunn"), FOAF.name,
           rdflib.Literal("<b onmouseover=alert(3)>Dev</b> href")))
    return g


class PageVisit:
    """Open one page and record console errors, page errors, requests and dialogs."""

    def __init__(self, context, path: Path):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri(), wait_until="load")
        if path.name != "index.html":
            self.page.wait_for_function("document.body.dataset.drawn === 'yes'", timeout=60_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def external_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file://", "data:"))]

    def close(self) -> None:
        self.page.close()


def expected_counts(graph, out_dir: Path) -> dict[str, tuple[int, int]]:
    snap = an.load_snapshot(graph)
    counts = {}
    for view in viz.VIEWS:
        page = viz.build_page(snap, view)
        counts[page.file_name] = (page.graph.number_of_nodes(), page.graph.number_of_edges())
    return counts


def check_pages(context, graph, out_dir: Path) -> dict[str, PageVisit]:
    written = viz.write_views(graph, out_dir)
    counts = expected_counts(graph, out_dir)
    visits = {}
    for path in written:
        visit = PageVisit(context, path)
        assert visit.errors == [], f"{path.name}: console errors {visit.errors}"
        assert visit.external_requests() == [], f"{path.name}: network requests"
        assert visit.dialogs == []
        if path.name in counts:
            nodes, edges = counts[path.name]
            assert nodes > 0
            assert visit.page.evaluate("kgraphView.nodes.length") == nodes
            assert visit.page.evaluate("kgraphView.edges.length") == edges
            assert visit.page.evaluate("kgraphView.visibleNodes()") == nodes
        visits[path.name] = visit
    return visits


def test_fixture_pages_load_offline_with_matching_counts(browser, tmp_path):
    visits = check_pages(browser, rdflib.Graph().parse(FIXTURE), tmp_path)
    assert set(visits) == {"network.html", "topic-map.html",
                           "topic-history-domestic-homicide-reviews.html", "index.html"}
    index = visits["index.html"].page
    hrefs = index.eval_on_selector_all("a", "els => els.map(a => a.getAttribute('href'))")
    assert sorted(hrefs) == sorted(n for n in visits if n != "index.html")
    for visit in visits.values():
        visit.close()


def test_type_filter_hides_people_and_their_edges(browser, tmp_path):
    viz.write_views(rdflib.Graph().parse(FIXTURE), tmp_path, views=("network",))
    visit = PageVisit(browser, tmp_path / "network.html")
    page = visit.page
    total = page.evaluate("kgraphView.nodes.length")
    people = page.evaluate("kgraphView.nodes.get({filter: n => n.kind === 'person'}).length")
    assert people == 4
    page.uncheck("#kinds input[data-kind=person]")
    assert page.evaluate("kgraphView.visibleNodes()") == total - people
    # no edge may stay visible with a hidden end
    dangling = page.evaluate("""kgraphView.edges.get({filter: e => !e.hidden}).filter(e =>
        kgraphView.nodes.get(e.from).hidden || kgraphView.nodes.get(e.to).hidden).length""")
    assert dangling == 0
    assert "showing %d of %d" % (total - people, total) in page.inner_text("#shown")
    page.check("#kinds input[data-kind=person]")
    assert page.evaluate("kgraphView.visibleNodes()") == total
    visit.close()


def test_topic_and_year_filters(browser, tmp_path):
    viz.write_views(rdflib.Graph().parse(FIXTURE), tmp_path, views=("network",))
    visit = PageVisit(browser, tmp_path / "network.html")
    page = visit.page
    total = page.evaluate("kgraphView.nodes.length")
    # Anti-social behaviour was discussed only in 2011: its meeting, the three people present,
    # their two organisations and the one action about it.
    page.select_option("#topic", label="Anti-social behaviour")
    asb = page.evaluate("kgraphView.nodes.get({filter: n => !n.hidden}).map(n => n.label).sort()")
    assert len(asb) == 7 and "Dev Dunn" not in asb and "2023-03-14" not in asb
    page.select_option("#topic", index=0)
    page.select_option("#year-from", "2023")
    later = page.evaluate("kgraphView.nodes.get({filter: n => !n.hidden}).map(n => n.label)")
    assert "2011-09-26" not in later and "2023-03-14" in later and "Ben Baker" not in later
    page.select_option("#year-from", index=0)
    assert page.evaluate("kgraphView.visibleNodes()") == total
    visit.close()


def test_injected_markup_is_shown_as_text_and_runs_nothing(browser, tmp_path):
    graph = hostile_graph()
    visits = check_pages(browser, graph, tmp_path)
    for name, visit in visits.items():
        page = visit.page
        assert page.evaluate("document.querySelectorAll('img, b, iframe').length") == 0, name
        assert page.evaluate("document.scripts.length") == (0 if name == "index.html" else 3), name
    history = next(v for n, v in visits.items() if n.startswith("topic-history-"))
    heading = history.page.inner_text("#heading")
    assert "</script><script>alert(2)</script>" in heading
    topic_map = visits["topic-map.html"].page
    item = topic_map.evaluate(
        f"kgraphView.nodes.get({{filter: n => n.label.includes({PAYLOAD!r})}})[0]")
    assert item is not None and PAYLOAD in item["title"]
    # Hover the node: vis-network shows its title in a tooltip, which must hold the text as-is.
    point = topic_map.evaluate(
        "id => kgraphView.network.canvasToDOM(kgraphView.network.getPositions([id])[id])",
        item["id"])
    box = topic_map.locator("#graph canvas").bounding_box()
    topic_map.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    topic_map.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    tooltip = topic_map.locator("div.vis-tooltip")
    assert PAYLOAD in tooltip.inner_text()
    # innerText turns the tooltip's newlines into <br>; nothing else may be created
    tags = tooltip.evaluate("el => [...el.querySelectorAll('*')].map(c => c.tagName)")
    assert set(tags) <= {"BR"}
    topic_map.wait_for_timeout(300)   # give a (wrongly) created <img onerror> time to fire
    for name, visit in visits.items():
        assert visit.dialogs == [], name
        assert visit.errors == [], name
        assert visit.page.evaluate("document.querySelectorAll('img').length") == 0, name
        visit.close()


def test_aggregated_page_says_so(browser, tmp_path):
    viz.write_views(rdflib.Graph().parse(FIXTURE), tmp_path, views=("network",), node_limit=6)
    visit = PageVisit(browser, tmp_path / "network.html")
    note = visit.page.inner_text("#aggregation-note")
    assert "grouped into their organisations" in note
    kinds = visit.page.evaluate("[...new Set(kgraphView.nodes.map(n => n.kind))].sort()")
    assert kinds == ["organisation", "year"]
    assert visit.errors == [] and visit.external_requests() == []
    visit.close()


def seed_dataset():
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"shared seeds not found at {seeds} (they sit beside the repository)")
    from kgraph.pipeline import build_dataset, extract_document

    paths = sorted(p for p in seeds.iterdir() if p.is_file())
    return build_dataset([extract_document(p) for p in paths])


def test_seed_pages_in_chromium(browser, tmp_path):
    visits = check_pages(browser, seed_dataset(), tmp_path)
    assert len(visits) == 4
    for visit in visits.values():
        visit.close()
