"""networkx analytics: reading the RDF, the three view graphs, centrality, communities, stats."""
from __future__ import annotations

import random
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
import rdflib

from kgraph import analytics as an

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "viz_minutes.ttl"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
KGR = "https://w3id.org/kgraph/id/"
M2011 = KGR + "meeting/riverside-csp/2011-09-26"
M2023 = KGR + "meeting/riverside-csp/2023-03-14"
DHR = KGR + "topic/domestic-homicide-reviews"
ASB = KGR + "topic/anti-social-behaviour"
COUNCIL = KGR + "org/riverside-council"
POLICE = KGR + "org/riverside-police"
FIRE = KGR + "org/riverside-fire"


def person(slug: str) -> str:
    return KGR + "person/" + slug


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return rdflib.Graph().parse(FIXTURE)


@pytest.fixture(scope="module")
def snap(graph) -> an.Snapshot:
    return an.load_snapshot(graph)


def test_snapshot_reads_meetings_with_minutes_only(snap):
    # the 2011-05-20 meeting is only referred to: it has no source document
    assert sorted(snap.meetings) == [M2011, M2023]
    assert snap.meetings[M2011].date.isoformat() == "2011-09-26"
    assert snap.meetings[M2011].body_label == "Riverside Community Safety Partnership"


def test_snapshot_attendance_details_and_apologies(snap):
    rows = {(a.meeting, a.person): a for a in snap.attendance}
    assert len(rows) == 6
    assert rows[(M2011, person("ann-archer"))].organisation == COUNCIL
    assert rows[(M2011, person("ann-archer"))].role == "Chairman"
    # Ben Baker sent apologies in 2023: not an attendee
    assert (M2023, person("ben-baker")) not in rows


def test_snapshot_items_evidence_comes_from_the_source_span(snap):
    item = snap.items[M2011 + "/item/1"]
    assert item.evidence.startswith("1. Domestic Homicide Reviews.")
    assert item.evidence.endswith("RESOLVED that the report be noted.")
    action = snap.actions[M2023 + "/item/5/action/1"]
    assert action.owners == [COUNCIL, person("cara-cole")]
    assert snap.decisions[M2011 + "/item/1/decision/1"].kind == "Noted"
    assert snap.topics_of(M2023 + "/item/5/decision/1") == {DHR}    # inherited from its item


def test_every_source_kind_gives_the_same_snapshot(graph, snap):
    dataset = rdflib.Dataset()
    dataset.graph(rdflib.URIRef("urn:example:doc")).parse(FIXTURE)
    ox = pyoxigraph.Store()
    ox.load(FIXTURE.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE,
            to_graph=pyoxigraph.NamedNode("urn:example:doc"))
    from kgraph.store import OxigraphStore
    store = OxigraphStore()
    store.replace_graphs(dataset)
    for source in (dataset, ox, store, an.query_adapter(graph)):
        assert an.load_snapshot(source) == snap, type(source).__name__


def test_select_reads_rows_by_name_or_position():
    rows = [{"a": "x", "b": None}, ("y", "z")]
    assert an.select(lambda q, b: rows, "SELECT", ("a", "b")) == [("x", None), ("y", "z")]


def test_find_topic_by_label_acronym_slug_any_case(snap):
    assert an.find_topic(snap, "dhr") == DHR
    assert an.find_topic(snap, "Anti-Social Behaviour") == ASB
    assert an.find_topic(snap, "anti-social-behaviour") == ASB
    assert an.find_topic(snap, "burglary") is None
    assert an.most_discussed_topic(snap) == DHR


def test_partnership_network_nodes_and_relations(snap):
    g = an.partnership_network(snap)
    kinds = nx.get_node_attributes(g, "kind")
    assert sorted(kinds.values()).count("person") == 4
    assert sorted(kinds.values()).count("organisation") == 3   # the partnership has no posts
    assert sorted(kinds.values()).count("meeting") == 2
    assert sorted(kinds.values()).count("action") == 2
    assert g.number_of_nodes() == 11
    assert set(g.edges[person("ben-baker"), POLICE]["relations"]) == {"represented", "post"}
    assert g.edges[COUNCIL, M2011]["weight"] == 2       # Ann and Cara both represented it
    action = M2023 + "/item/5/action/1"
    assert set(g[action]) == {M2023, COUNCIL, person("cara-cole")}
    tip = g.nodes[person("ann-archer")]["tooltip"]
    assert "2011-09-26 to 2023-03-14 (2 meetings)" in tip and "Chairman" in tip


def test_partnership_network_year_and_topic_filters(snap):
    later = an.partnership_network(snap, years=(2023, None))
    assert M2011 not in later and person("ben-baker") not in later
    assert person("dev-dunn") in later
    asb = an.partnership_network(snap, topic="asb")
    assert {n for n, k in asb.nodes(data="kind") if k == "meeting"} == {M2011}
    assert {n for n, k in asb.nodes(data="kind") if k == "action"} == {M2011 + "/item/2/action/1"}
    with pytest.raises(ValueError, match="Domestic Homicide Reviews"):
        an.partnership_network(snap, topic="burglary")


def test_topic_map_links_topics_items_decisions_and_organisations(snap):
    g = an.topic_map(snap)
    assert set(n for n in g[DHR]) == {M2011 + "/item/1", M2023 + "/item/5"}
    assert g.nodes[M2023 + "/item/5/decision/1"]["kind"] == "decision"
    # council: named in item 1, owns the 2023 action; fire: named in item 5; police: Ben
    # Baker's action on ASB, through the organisation he represented at that meeting
    assert set(g[COUNCIL]) == {M2011 + "/item/1", M2023 + "/item/5"}
    assert set(g[FIRE]) == {M2023 + "/item/5"}
    assert set(g[POLICE]) == {M2011 + "/item/2"}
    assert "Acronym: DHR" in g.nodes[DHR]["tooltip"]


def test_topic_history_in_time_order_with_lanes(snap):
    g = an.topic_history(snap)
    assert g.graph["topic"] == DHR
    meetings = sorted((d["order"], n) for n, d in g.nodes(data=True) if d["kind"] == "meeting")
    assert [n for _, n in meetings] == [M2011, M2023]
    assert g.has_edge(M2011, M2023)
    assert {d["lane"] for _, d in g.nodes(data=True)} == {0, 1, 2}
    assert M2011 + "/item/2" not in g          # the ASB item is not about DHRs
    assert "“the new DHR process”" in g.nodes[M2023 + "/item/5/decision/1"]["tooltip"]
    only_2011 = an.topic_history(snap, "DHR", years=2011)
    assert M2023 not in only_2011 and M2011 in only_2011


def test_centrality_exact_and_sampled():
    star = nx.star_graph(5)
    values = an.centrality(nx.relabel_nodes(star, str))
    assert values["0"]["betweenness"] == pytest.approx(1.0)
    assert values["1"]["degree"] == pytest.approx(0.2)
    big = nx.relabel_nodes(nx.barabasi_albert_graph(an.BETWEENNESS_EXACT_LIMIT + 100, 2, seed=1),
                           str)
    sampled = an.centrality(big)
    assert sampled == an.centrality(big)                     # seeded sampling: repeatable
    exact = nx.betweenness_centrality(big)
    top_exact = max(exact, key=exact.get)
    assert max(sampled, key=lambda n: sampled[n]["betweenness"]) == top_exact


def test_louvain_communities_are_deterministic():
    g = nx.Graph()
    left = [f"a{i}" for i in range(6)]
    right = [f"b{i}" for i in range(6)]
    g.add_edges_from((x, y) for group in (left, right) for x in group for y in group if x < y)
    g.add_edge("a0", "b0")
    found = an.communities(g)
    assert found == [set(left), set(right)]
    shuffled = nx.Graph()
    edges = list(g.edges)
    random.Random(3).shuffle(edges)
    shuffled.add_edges_from(edges)
    assert an.communities(shuffled) == found
    assert an.communities(nx.Graph([("x", "y")]) ) == [{"x", "y"}]


def test_annotate_sets_centrality_and_community(snap):
    g = an.annotate(an.partnership_network(snap))
    for _, data in g.nodes(data=True):
        assert {"degree", "betweenness", "community"} <= data.keys()


def test_stats_and_table(graph):
    s = an.stats(graph)
    assert (s.meetings, s.people, s.organisations, s.items, s.decisions, s.actions) == \
        (2, 4, 3, 3, 2, 2)
    assert s.central_organisations[0].label == "Riverside County Council"
    assert s.central_organisations[0].meetings == 2
    assert {r.label for r in s.central_people[:2]} == {"Ann Archer", "Cara Cole"}
    assert s.topics_by_year == {2011: [("Anti-social behaviour", 1),
                                       ("Domestic Homicide Reviews", 1)],
                                2023: [("Domestic Homicide Reviews", 1)]}
    assert sum(c.size for c in s.communities) >= 9
    assert an.stats(graph) == s                               # deterministic
    text = an.format_stats(s)
    for heading in ("Most central people", "Most central organisations",
                    "Communities (Louvain)", "Topics by year"):
        assert heading in text
    assert "Riverside County Council" in text and "Domestic Homicide Reviews (1)" in text
    assert "\x1b[" not in text                                 # plain text, no colour codes


def test_stats_on_the_seed_minutes():
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"shared seeds not found at {seeds} (they sit beside the repository)")
    from kgraph.pipeline import build_dataset, extract_document

    dataset = build_dataset([extract_document(p) for p in sorted(seeds.iterdir()) if p.is_file()])
    s = an.stats(dataset)
    assert s.meetings == len([p for p in seeds.iterdir() if p.is_file()])
    assert s.people > 10 and s.organisations > 5
    assert len(s.topics_by_year) == s.meetings            # the seeds are from different years
    assert s.central_organisations and s.communities
    assert "Most central people" in an.format_stats(s)
