"""Self-contained interactive HTML views of the knowledge graph (vis-network, via pyvis).

:func:`write_views` writes ``network.html``, ``topic-map.html``, ``topic-history-<slug>.html``
and an ``index.html`` linking them. Each page works offline from ``file://``: vis-network's
script and stylesheet (shipped inside the pyvis package) are inlined, nothing else is loaded.

pyvis is used as the data model (its ``Network`` holds the node/edge lists and the vis options)
but not for rendering, because its 0.3.2 template is unsafe for untrusted minutes: it loads
Bootstrap (and in most modes vis-network) from a CDN, switches every tooltip to an innerHTML
popup as soon as one title contains "href", does not escape the heading, and embeds JSON in a
<script> without escaping "</script>". Our template (``kgraph/templates/view.html``) escapes the
heading, embeds JSON with every "<" escaped, gives vis-network tooltips as plain strings (which
it shows with ``innerText``) and builds its filter controls with ``textContent``.

Analytics happen here, at build time: centrality sets sizes, Louvain communities the border
colours, networkx computes positions (physics is off: large pages never stabilise otherwise).
Above :data:`NODE_LIMIT` nodes a view aggregates (people into organisations, meetings into
years, items into topics) and says so on the page.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from kgraph import analytics as an
from kgraph.files import write_atomic
from kgraph.entities.keys import slugify

# Measured with benchmarks/bench_viz.py --sweep (headless Chromium, physics off): first draw
# in 1.4 s at 2,000 nodes, 3.8 s at 3,000, 4.4 s at 5,000; but the networkx spring layout
# behind the positions grows O(n²): 13 s at 2,000 nodes, 35 s at 3,000, 89 s at 5,000, and
# pages of several thousand labelled nodes are unreadable anyway. Above this, aggregate.
NODE_LIMIT = 2000

VIEWS = ("network", "topics", "history")

# Node type → (colour, vis shape, legend symbol, legend text). Shapes differ so that the
# types stay distinguishable without colour (and when colouring by community).
NODE_STYLE: dict[str, tuple[str, str, str, str]] = {
    an.PERSON: ("#4e79a7", "dot", "●", "person"),
    an.ORGANISATION: ("#f28e2b", "diamond", "◆", "organisation"),
    an.MEETING: ("#59a14f", "square", "■", "meeting"),
    an.ACTION: ("#e15759", "triangle", "▲", "action"),
    an.TOPIC: ("#b07aa1", "star", "★", "topic"),
    an.ITEM: ("#76b7b2", "hexagon", "⬢", "agenda item"),
    an.DECISION: ("#edc948", "triangleDown", "▼", "decision"),
    an.YEAR: ("#9c755f", "square", "■", "year (meetings grouped)"),
}

# Community colours (Tableau 20 minus the type colours' exact shades), cycled.
COMMUNITY_PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                     "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939",
                     "#8c6d31", "#843c39", "#7b4173", "#3182bd")

VIS_OPTIONS = {
    "physics": {"enabled": False},
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True,
                    "navigationButtons": False, "keyboard": False},
    "nodes": {"font": {"size": 12, "face": "sans-serif"}, "borderWidth": 3,
              "scaling": {"label": {"enabled": True, "min": 10, "max": 22,
                                    "drawThreshold": 7}}},
    "edges": {"color": {"color": "#b8b8b8", "highlight": "#555555", "hover": "#777777"},
              "smooth": False, "selectionWidth": 2},
    "layout": {"improvedLayout": False},
}

DESCRIPTIONS = {
    "network": "Partnership network: people, organisations and meetings, linked by attendance, "
               "posts and the actions they own.",
    "topics": "Topic map: each topic with the agenda items and decisions about it and the "
              "organisations that carry it.",
    "history": "Topic history: one topic's agenda items and decisions, meeting by meeting, "
               "in time order from left to right.",
}


@dataclass(slots=True)
class Page:
    """One view, ready to render."""

    view: str
    file_name: str
    title: str
    description: str
    graph: nx.Graph
    note: str | None = None          # shown on the page when the view was aggregated
    source_nodes: int = 0            # nodes before aggregation


# --------------------------------------------------------------------------- public API


def write_views(graph: Any, out_dir: str | Path, views: Sequence[str] = VIEWS,
                topic: str | None = None, year_from: int | None = None,
                year_to: int | None = None, node_limit: int = NODE_LIMIT) -> list[Path]:
    """Write the requested views and ``index.html`` into ``out_dir``; return the paths written
    (index last). ``graph``: an rdflib Graph/Dataset, a pyoxigraph Store, a callable
    ``query(sparql, bindings)``, or an :class:`analytics.Snapshot`.

    ``topic`` narrows the network and topic map to one topic and chooses the history's topic
    (default: the most discussed). ``year_from``/``year_to`` are inclusive.
    """
    unknown = [v for v in views if v not in VIEWS]
    if unknown:
        raise ValueError(f"unknown view {unknown[0]!r}; choose from {', '.join(VIEWS)}")
    snap = an.load_snapshot(graph)
    years = None if year_from is None and year_to is None else (year_from, year_to)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pages = [build_page(snap, view, topic=topic, years=years, node_limit=node_limit)
             for view in views]
    written = []
    for page in pages:
        written.append(write_atomic(out / page.file_name, render_page(page)))
    entries = _remember_views(out, [index_entry(p) for p in pages])
    written.append(write_atomic(out / "index.html", render_index_entries(entries)))
    return written


VIEWS_MANIFEST = "views.json"


def _remember_views(out: Path, fresh: list[dict]) -> list[dict]:
    """Every view page in ``out``: this run's, and earlier runs' that are still there, so a run
    that draws one view does not drop the others from the index."""
    try:
        earlier = json.loads((out / VIEWS_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        earlier = []
    by_file = {e["href"]: e for e in earlier if isinstance(e, dict) and (out / str(e.get("href"))).is_file()}
    by_file.update({e["href"]: e for e in fresh})
    entries = sorted(by_file.values(), key=lambda e: (VIEW_ORDER.get(e.get("view"), 9), e["href"]))
    write_atomic(out / VIEWS_MANIFEST, json.dumps(entries, indent=1))
    return entries


def build_page(snapshot: an.Snapshot, view: str, topic: str | None = None,
               years: an.YearRange | None = None, node_limit: int = NODE_LIMIT) -> Page:
    """The networkx graph of one view, aggregated when larger than ``node_limit`` nodes,
    annotated with centrality and communities and laid out."""
    if view == "network":
        g = an.partnership_network(snapshot, years=years, topic=topic)
        page = Page(view, "network.html", "Partnership network", DESCRIPTIONS[view], g)
        aggregate = aggregate_network
    elif view == "topics":
        g = an.topic_map(snapshot, years=years, topic=topic)
        page = Page(view, "topic-map.html", "Topic map", DESCRIPTIONS[view], g)
        aggregate = aggregate_topic_map
    elif view == "history":
        g = an.topic_history(snapshot, topic=topic, years=years)
        label = g.graph.get("topic_label") or "no topic"
        page = Page(view, f"topic-history-{slugify(label)}.html", f"Topic history: {label}",
                    DESCRIPTIONS[view], g)
        aggregate = aggregate_history
    else:
        raise ValueError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    page.source_nodes = g.number_of_nodes()
    if g.number_of_nodes() > node_limit:
        page.graph, page.note = aggregate(g, snapshot)
        page.graph, trimmed = keep_most_connected(page.graph, node_limit)
        if trimmed:
            page.note += f" Showing the {node_limit:,} most connected of {trimmed:,} groups."
    an.annotate(page.graph)
    if view == "history":
        lane_layout(page.graph)
    else:
        spring_positions(page.graph)
    return page


# --------------------------------------------------------------------------- aggregation


def contract(g: nx.Graph, group_of: Callable[[str, dict], tuple[str, dict] | None]) -> nx.Graph:
    """Merge nodes into groups. ``group_of(node, data)`` returns ``(group id, group attributes)``
    or None to keep the node as it is. Group nodes gather their members' years and topics and
    count them (``members``); edges between groups add up their weights; loops are dropped."""
    out = g.__class__(**g.graph)
    target: dict[str, str] = {}
    members: dict[str, list[str]] = defaultdict(list)
    headings: dict[str, str] = {}

    def merge(node: str, data: dict) -> None:
        if node not in out:
            out.add_node(node, **{**data, "years": [], "topics": []})
        kept = out.nodes[node]
        kept["years"] = sorted(set(kept["years"]) | set(data["years"]))
        kept["topics"] = sorted(set(kept["topics"]) | set(data["topics"]))

    for node, data in g.nodes(data=True):
        group = group_of(node, data)
        if group is None:
            target[node] = node
            if node in out:     # created earlier as a group: the node's own attributes win
                out.nodes[node].update({k: v for k, v in data.items()
                                        if k not in ("years", "topics")})
            merge(node, data)
            continue
        gid, attrs = group
        target[node] = gid
        members[gid].append(data["label"])
        headings.setdefault(gid, attrs["tooltip"])
        if gid not in out:
            out.add_node(gid, **{**attrs, "years": [], "topics": []})
        merge(gid, data)
    for gid, labels in members.items():
        data = out.nodes[gid]
        data["members"] = len(labels)
        data["tooltip"] = _group_tooltip(data["tooltip"] if gid in g else "", headings[gid],
                                         labels)
    for a, b, data in g.edges(data=True):
        ta, tb = target[a], target[b]
        if ta == tb:
            continue
        if out.has_edge(ta, tb):
            edge = out.edges[ta, tb]
            edge["weight"] += data.get("weight", 1)
            edge["relations"] = sorted(set(edge["relations"]) | set(data.get("relations", [])))
        else:
            out.add_edge(ta, tb, weight=data.get("weight", 1),
                         relations=list(data.get("relations", [])))
    return out


def _group_tooltip(own: str, heading: str, labels: list[str], shown: int = 8) -> str:
    """A group's tooltip: its own description (if it is a real node, e.g. an organisation
    absorbing its people), then what it contains, naming the first few."""
    names = sorted(set(labels))
    listed = "\n".join(f"· {name}" for name in names[:shown])
    more = f"\n… and {len(names) - shown} more" if len(names) > shown else ""
    lines = [own] if own else []
    lines.append(f"{heading}: {len(labels)}\n{listed}{more}")
    return "\n".join(lines)


def _main_organisation(g: nx.Graph) -> dict[str, str]:
    """Each person's most linked organisation (ties: alphabetical)."""
    best = {}
    for node, data in g.nodes(data=True):
        if data["kind"] != an.PERSON:
            continue
        orgs = [(-g.edges[node, n]["weight"], g.nodes[n]["label"], n) for n in g[node]
                if g.nodes[n]["kind"] == an.ORGANISATION]
        if orgs:
            best[node] = min(orgs)[2]
    return best


def _year_of(data: dict) -> int | None:
    return data["years"][0] if data["years"] else None


def aggregate_network(g: nx.Graph, snapshot: an.Snapshot) -> tuple[nx.Graph, str]:
    """People into their organisation, meetings and actions into years."""
    main_org = _main_organisation(g)

    def group(node: str, data: dict) -> tuple[str, dict] | None:
        kind = data["kind"]
        if kind == an.PERSON:
            org = main_org.get(node)
            if org is None:
                return ("group:unaffiliated", dict(kind=an.ORGANISATION,
                        label="People with no organisation",
                        tooltip="Attendees whose organisation is not given"))
            return (org, dict(kind=an.ORGANISATION, label=g.nodes[org]["label"],
                              tooltip="People grouped here"))
        if kind in (an.MEETING, an.ACTION):
            year = _year_of(data)
            return (f"year:{year}", dict(kind=an.YEAR, label=str(year or "undated"),
                                        tooltip=f"Meetings and actions in {year or 'unknown year'}"))
        return None

    # An organisation absorbs its people: map the organisation onto itself as a group too, so
    # its own attributes survive and the person→org edges become loops (dropped).
    def group_with_orgs(node: str, data: dict) -> tuple[str, dict] | None:
        if data["kind"] == an.ORGANISATION:
            return None
        return group(node, data)

    out = contract(g, group_with_orgs)
    note = (f"This view has {g.number_of_nodes():,} nodes, more than a page can draw usably, "
            "so people are grouped into their organisations and meetings and actions into "
            "years. Use --topic or --from/--to to see individual people and meetings.")
    return out, note


def aggregate_topic_map(g: nx.Graph, snapshot: an.Snapshot) -> tuple[nx.Graph, str]:
    """Items and decisions into their topics: what remains is topics and organisations, with
    topic–topic edges where items share topics and weights counting items."""
    item_topic = {}
    for node, data in g.nodes(data=True):
        if data["kind"] == an.ITEM:
            topics = sorted(n for n in g[node] if g.nodes[n]["kind"] == an.TOPIC)
            item_topic[node] = topics[0] if topics else None

    def group(node: str, data: dict) -> tuple[str, dict] | None:
        kind = data["kind"]
        if kind == an.ITEM:
            t = item_topic.get(node)
        elif kind == an.DECISION:     # a decision goes with its item's topic
            t = next((item_topic[n] for n in g[node] if item_topic.get(n)), None)
        else:
            return None
        if not t:
            return None
        return t, dict(kind=an.TOPIC, label=g.nodes[t]["label"], tooltip="Agenda items and decisions")

    def group_keep_topics(node: str, data: dict) -> tuple[str, dict] | None:
        return None if data["kind"] == an.TOPIC else group(node, data)

    out = contract(g, group_keep_topics)
    note = (f"This view has {g.number_of_nodes():,} nodes, more than a page can draw usably, "
            "so agenda items and decisions are counted into their topics. Use --topic or "
            "--from/--to to see individual items.")
    return out, note


def aggregate_history(g: nx.Graph, snapshot: an.Snapshot) -> tuple[nx.Graph, str]:
    """Meetings, items and decisions into one node each per year, kept in their lanes."""
    def group(node: str, data: dict) -> tuple[str, dict] | None:
        year = _year_of(data)
        name = {an.MEETING: "Meetings", an.ITEM: "Agenda items", an.DECISION: "Decisions"}
        kind = an.YEAR if data["kind"] == an.MEETING else data["kind"]
        return (f"{data['kind']}:{year}",
                dict(kind=kind, label=f"{year or 'undated'}: {name[data['kind']].lower()}",
                     tooltip=f"{name[data['kind']]} in {year or 'unknown year'}",
                     lane=data["lane"], slot=0, order=year or 0,
                     date=str(year or "")))

    out = contract(g, group)
    for node, data in out.nodes(data=True):
        data["label"] = f"{data['label']} ({data['members']})"
    # Re-rank years so the timeline stays evenly spaced.
    years = sorted({d["order"] for _, d in out.nodes(data=True)})
    rank = {y: i for i, y in enumerate(years)}
    for _, data in out.nodes(data=True):
        data["order"] = rank[data["order"]]
    note = (f"This topic has {g.number_of_nodes():,} meetings, items and decisions, more than "
            "a page can draw usably, so they are counted per year. Use --from/--to to see "
            "individual meetings.")
    return out, note


def keep_most_connected(g: nx.Graph, limit: int) -> tuple[nx.Graph, int]:
    """If still too large after aggregation, keep the ``limit`` highest-degree nodes.
    Returns the graph and the node count before trimming (0 when nothing was cut)."""
    if g.number_of_nodes() <= limit:
        return g, 0
    ranked = sorted(g.nodes, key=lambda n: (-g.degree(n, weight="weight"), str(n)))
    return g.subgraph(ranked[:limit]).copy(), g.number_of_nodes()


# --------------------------------------------------------------------------- layout


def spring_positions(g: nx.Graph, seed: int = 7) -> None:
    """Store pixel positions ``x``/``y`` from a seeded spring layout (deterministic). Fewer
    iterations on big graphs: Fruchterman–Reingold costs O(n²) per iteration."""
    if g.number_of_nodes() == 0:
        return
    n = g.number_of_nodes()
    iterations = 50 if n <= 500 else 30 if n <= 1500 else 15
    pos = nx.spring_layout(g, seed=seed, iterations=iterations, weight=None)
    scale = 120 * math.sqrt(n) + 200
    for node, (x, y) in pos.items():
        g.nodes[node]["x"] = round(float(x) * scale, 1)
        g.nodes[node]["y"] = round(float(y) * scale, 1)


LANE_GAP = 70
COLUMN_WIDTH = 260


def lane_layout(g: nx.Graph) -> None:
    """x by meeting order (left to right in time), y by lane: meetings on top, their items
    below, decisions below the items; nodes sharing a lane and meeting are stacked."""
    deepest_item = max((d["slot"] for _, d in g.nodes(data=True) if d.get("lane") == 1),
                       default=0)
    lane_top = {0: 0, 1: 2 * LANE_GAP, 2: (deepest_item + 4) * LANE_GAP}
    for _, data in g.nodes(data=True):
        data["x"] = data["order"] * COLUMN_WIDTH
        data["y"] = lane_top[data["lane"]] + data["slot"] * LANE_GAP


# --------------------------------------------------------------------------- rendering


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped inside the pyvis package (no CDN)."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib"
    versions = sorted(lib.glob("vis-*"), key=lambda p: [int(x) for x in p.name[4:].split(".")])
    if not versions:
        raise FileNotFoundError(f"vis-network not found under {lib}")
    folder = versions[-1]
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    return _safe_inline_script(js), css.replace("</", "<\\/")


def _safe_inline_script(js: str) -> str:
    """Inline JS must not contain "</script" (ends the element) or "<!--" (changes parsing)."""
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def script_json(value: Any) -> str:
    """JSON safe to place inside a <script> element: every "<" escaped, so neither
    "</script>" nor "<!--" can appear; U+2028/9 escaped for old JS parsers."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029"))


def page_data(page: Page) -> dict[str, Any]:
    """Nodes, edges, legend and filter choices for the page, through pyvis's Network model."""
    from pyvis.network import Network

    g = page.graph
    ids = {node: index for index, node in enumerate(g.nodes)}
    topics = sorted({t for _, d in g.nodes(data=True) for t in d["topics"]})
    topic_index = {t: i for i, t in enumerate(topics)}
    topic_labels = _topic_labels(g, topics)
    top = max((d.get("degree", 0.0) for _, d in g.nodes(data=True)), default=0.0)

    net = Network(directed=g.is_directed(), cdn_resources="in_line")
    net.set_options(json.dumps(VIS_OPTIONS))
    net.nodes = [_vis_node(ids[node], data, top, topic_index) for node, data in g.nodes(data=True)]
    net.node_ids = list(range(len(ids)))
    net.node_map = {n["id"]: n for n in net.nodes}
    net.edges = [_vis_edge(index, ids[a], ids[b], data, g.is_directed())
                 for index, (a, b, data) in enumerate(g.edges(data=True))]
    nodes, edges, _heading, _height, _width, options = net.get_network_data()

    kinds = [k for k in NODE_STYLE if any(d["kind"] == k for _, d in g.nodes(data=True))]
    years = sorted({y for _, d in g.nodes(data=True) for y in d["years"]})
    return {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "legend": [{"kind": k, "colour": NODE_STYLE[k][0], "symbol": NODE_STYLE[k][2],
                    "text": NODE_STYLE[k][3],
                    "count": sum(1 for _, d in g.nodes(data=True) if d["kind"] == k)}
                   for k in kinds],
        "topics": [{"id": topic_index[t], "label": topic_labels[t]} for t in topics],
        "years": years,
        "palette": list(COMMUNITY_PALETTE),
        "communities": 1 + max((d.get("community", 0) for _, d in g.nodes(data=True)),
                               default=-1),
    }


def _topic_labels(g: nx.Graph, topics: Iterable[str]) -> dict[str, str]:
    known = g.graph.get("topic_labels", {})
    return {t: known.get(t) or t.rsplit("/", 1)[-1].replace("-", " ") for t in topics}


def _vis_node(index: int, data: dict, top_degree: float,
              topic_index: dict[str, int]) -> dict[str, Any]:
    colour, shape, _, noun = NODE_STYLE.get(data["kind"], ("#999999", "dot", "•", data["kind"]))
    community = data.get("community", 0)
    border = COMMUNITY_PALETTE[community % len(COMMUNITY_PALETTE)]
    return {
        "id": index,
        "label": data["label"],
        # A plain string: vis-network shows it with innerText, so markup stays text.
        "title": data.get("tooltip") or data["label"],
        "shape": shape,
        "size": an.size_from(data.get("degree", 0.0), top_degree),
        "x": data.get("x", 0.0),
        "y": data.get("y", 0.0),
        "color": {"background": colour, "border": border,
                  "highlight": {"background": colour, "border": "#222222"},
                  "hover": {"background": colour, "border": "#222222"}},
        "kind": data["kind"],
        "typeColour": colour,
        "community": community,
        "years": data["years"],
        "topics": [topic_index[t] for t in data["topics"] if t in topic_index],
    }


def _vis_edge(index: int, source: int, target: int, data: dict, directed: bool) -> dict:
    weight = data.get("weight", 1)
    relations = ", ".join(data.get("relations", ())) or "linked"
    edge = {"id": index, "from": source, "to": target,
            "width": round(1 + math.log2(weight), 2),
            "title": f"{relations} ({weight}×)" if weight > 1 else relations}
    if directed:
        edge["arrows"] = "to"
    return edge


def _template_env():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=True, trim_blocks=True, lstrip_blocks=True)


def render_page(page: Page) -> str:
    """The whole HTML page for one view: heading and notes escaped, assets and data inline."""
    from markupsafe import Markup

    js, css = vis_assets()
    data = page_data(page)
    return _template_env().get_template("view.html").render(
        title=page.title, description=page.description, note=page.note,
        node_count=page.graph.number_of_nodes(), edge_count=page.graph.number_of_edges(),
        vis_js=Markup(js), vis_css=Markup(css), data_json=Markup(script_json(data)),
        view=page.view)


VIEW_ORDER = {"network": 0, "topics": 1, "history": 2}


def index_entry(page: Page) -> dict:
    return {"href": page.file_name, "view": page.view, "title": page.title,
            "description": page.description, "nodes": page.graph.number_of_nodes(), "note": page.note}


def render_index_entries(entries: Sequence[dict]) -> str:
    return _template_env().get_template("index.html").render(pages=entries)


def render_index(pages: Sequence[Page]) -> str:
    return render_index_entries([index_entry(p) for p in pages])


