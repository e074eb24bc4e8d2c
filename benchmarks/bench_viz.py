#!/usr/bin/env python3
"""Measure the interactive views: HTML size and load time in headless Chromium.

    python benchmarks/bench_viz.py --meetings 50 1000 10000      # the three reported sizes
    python benchmarks/bench_viz.py --sweep 500 1000 2000 3000 5000  # where a page stops being usable

The graph is synthetic RDF in the shape the pipeline writes (kg:Meeting, kg:Attendance,
kg:AgendaItem with dcterms:subject, kg:Decision, kg:Action with kg:assignedTo), loaded into an
in-memory pyoxigraph store and read through ``kgraph.analytics.query_adapter`` — running the
whole text pipeline on 10,000 documents would measure extraction, not the views.

"Load time" is from navigation to vis-network's first ``afterDrawing`` event (physics off,
positions precomputed), in Debian's /usr/bin/chromium with the same flags as the tests.
``--sweep`` renders the partnership network un-aggregated at growing node counts; the
``NODE_LIMIT`` in kgraph/viz.py is the largest size that still drew in a few seconds there.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kgraph import analytics as an  # noqa: E402
from kgraph import viz  # noqa: E402

KG = "https://w3id.org/kgraph/ontology#"
KGR = "https://w3id.org/kgraph/id/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DCT = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
ORG = "http://www.w3.org/ns/org#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

PEOPLE_PER_BODY = 40
ATTENDEES = 12
ITEMS = 6
TOPICS = 40
SHARED_ORGS = 25
MEETINGS_PER_BODY = 60


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def synthetic_store(meetings: int, seed: int = 1) -> ox.Store:
    """A pipeline-shaped graph of ``meetings`` meetings over several bodies and 2010–2025."""
    rng = random.Random(seed)
    quads: list[ox.Quad] = []
    graph = ox.DefaultGraph()

    def add(s, p, o):
        quads.append(ox.Quad(s, p if isinstance(p, ox.NamedNode) else n(p), o, graph))

    topics = [n(f"{KGR}topic/topic-{i}") for i in range(TOPICS)]
    for i, t in enumerate(topics):
        add(t, RDF_TYPE, n(KG + "Topic"))
        add(t, SKOS + "prefLabel", ox.Literal(f"Topic {i}"))
    shared = [n(f"{KGR}org/partner-{i}") for i in range(SHARED_ORGS)]
    for i, o in enumerate(shared):
        add(o, RDF_TYPE, n(ORG + "Organization"))
        add(o, SKOS + "prefLabel", ox.Literal(f"Partner organisation {i}"))
    bodies = max(1, meetings // MEETINGS_PER_BODY)
    for b in range(bodies):
        body = n(f"{KGR}body/body-{b}")
        council = n(f"{KGR}org/council-{b}")
        add(body, RDF_TYPE, n(KG + "Body"))
        add(body, SKOS + "prefLabel", ox.Literal(f"Partnership {b}"))
        add(council, RDF_TYPE, n(ORG + "Organization"))
        add(council, SKOS + "prefLabel", ox.Literal(f"Council {b}"))
        people = [n(f"{KGR}person/p-{b}-{i}") for i in range(PEOPLE_PER_BODY)]
        org_of = {p: rng.choice(shared + [council] * 5) for p in people}
        for i, p in enumerate(people):
            add(p, RDF_TYPE, n(FOAF + "Person"))
            add(p, FOAF + "name", ox.Literal(f"Person {b}-{i}"))
        count = meetings // bodies + (1 if b < meetings % bodies else 0)
        for k in range(count):
            date = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(16 * 365))
            m = n(f"{KGR}meeting/body-{b}/{date.isoformat()}-{k}")
            doc = n(f"{KGR}doc/{b}-{k}")
            add(m, RDF_TYPE, n(KG + "Meeting"))
            add(m, KG + "heldBy", body)
            add(m, DCT + "date", ox.Literal(date.isoformat(), datatype=XSD_DATE))
            add(m, PROV + "wasDerivedFrom", doc)
            present = rng.sample(people, ATTENDEES)
            for p in present:
                add(m, KG + "attendee", p)
                att = ox.BlankNode()
                add(m, KG + "hasAttendance", att)
                add(att, KG + "attendingPerson", p)
                add(att, KG + "representing", org_of[p])
            for j in range(ITEMS):
                item = n(f"{m.value}/item/{j + 1}")
                add(m, KG + "hasAgendaItem", item)
                add(item, RDF_TYPE, n(KG + "AgendaItem"))
                add(item, DCT + "title", ox.Literal(f"Item {j + 1} of meeting {k}"))
                add(item, KG + "minuteNumber", ox.Literal(str(j + 1)))
                for t in rng.sample(topics[:10] * 3 + topics, rng.choice((1, 1, 2))):
                    add(item, DCT + "subject", t)
                d = n(f"{item.value}/decision/1")
                add(item, KG + "hasDecision", d)
                add(d, RDF_TYPE, n(KG + "Decision"))
                add(d, KG + "text", ox.Literal(f"the report on item {j + 1} be noted"))
                add(d, KG + "decisionKind", n(KG + "Noted"))
                if j % 2 == 0:
                    a = n(f"{item.value}/action/1")
                    add(item, KG + "hasAction", a)
                    add(a, RDF_TYPE, n(KG + "Action"))
                    add(a, KG + "text", ox.Literal("to report back to the next meeting"))
                    add(a, KG + "assignedTo", rng.choice(present))
    store = ox.Store()
    store.bulk_extend(quads)
    return store


def measure_pages(paths: list[Path]) -> dict[str, float]:
    """Seconds from navigation to the first drawing, per page, in headless Chromium."""
    from playwright.sync_api import sync_playwright

    times = {}
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        for path in paths:
            page = context.new_page()
            start = time.perf_counter()
            page.goto(path.as_uri(), wait_until="load", timeout=600_000)
            if path.name != "index.html":
                page.wait_for_function("document.body.dataset.drawn === 'yes'", timeout=600_000)
            times[path.name] = time.perf_counter() - start
            page.close()
        context.close()
    return times


def bench_meetings(sizes: list[int], out_root: Path) -> None:
    print("| meetings | triples | read s | page | nodes (before aggregation) | build s | HTML KB | load s |")
    print("|---:|---:|---:|---|---:|---:|---:|---:|")
    for size in sizes:
        store = synthetic_store(size)
        start = time.perf_counter()
        snap = an.load_snapshot(store)
        read_s = time.perf_counter() - start
        out = out_root / f"m{size}"
        out.mkdir(parents=True, exist_ok=True)
        pages, build_s = [], {}
        for view in viz.VIEWS:
            start = time.perf_counter()
            page = viz.build_page(snap, view)
            html = viz.render_page(page)
            path = out / page.file_name
            path.write_text(html, encoding="utf-8")
            build_s[path.name] = time.perf_counter() - start
            pages.append((path, page))
        loads = measure_pages([p for p, _ in pages])
        for path, page in pages:
            kb = path.stat().st_size / 1024
            print(f"| {size:,} | {len(store):,} | {read_s:.1f} | {path.name} | "
                  f"{page.graph.number_of_nodes():,} ({page.source_nodes:,}) | "
                  f"{build_s[path.name]:.1f} | {kb:,.0f} | {loads[path.name]:.1f} |", flush=True)


def bench_sweep(node_counts: list[int], out_root: Path) -> None:
    """Un-aggregated network pages cut to N nodes: where does drawing stop being quick?"""
    store = synthetic_store(3000)
    snap = an.load_snapshot(store)
    full = an.partnership_network(snap)
    order = sorted(full.nodes)
    random.Random(2).shuffle(order)
    print("| nodes | edges | build s | HTML KB | load s |")
    print("|---:|---:|---:|---:|---:|")
    for count in node_counts:
        g = full.subgraph(order[:count]).copy()
        start = time.perf_counter()
        page = viz.Page("network", f"sweep-{count}.html", "Sweep", "sweep", g,
                        source_nodes=count)
        an.annotate(page.graph)
        viz.spring_positions(page.graph)
        path = out_root / page.file_name
        path.write_text(viz.render_page(page), encoding="utf-8")
        build = time.perf_counter() - start
        load = measure_pages([path])[path.name]
        print(f"| {g.number_of_nodes():,} | {g.number_of_edges():,} | {build:.1f} | "
              f"{path.stat().st_size / 1024:,.0f} | {load:.1f} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--meetings", type=int, nargs="*", default=[])
    parser.add_argument("--sweep", type=int, nargs="*", default=[])
    parser.add_argument("--out", type=Path, default=None, help="keep the pages here")
    args = parser.parse_args()
    if not args.meetings and not args.sweep:
        args.meetings = [50, 1000, 10000]
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        if args.sweep:
            bench_sweep(args.sweep, out)
        if args.meetings:
            bench_meetings(args.meetings, out)


if __name__ == "__main__":
    main()
