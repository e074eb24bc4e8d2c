"""The embedded Oxigraph store and the rdflib reader: loading, replacing, exporting, binding."""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef

from kgraph.query import run_query
from kgraph.store import (OxigraphStore, RdflibStore, Store, StoreError, dataset_to_nquads, inject_values,
                          open_store, ox_to_rdflib, store_path)

FIXTURE_TRIG = Path(__file__).resolve().parent / "fixtures" / "sparql_minutes.trig"
KGR = "https://w3id.org/kgraph/id/"
DOC_A, DOC_B, VOCAB = KGR + "graph/doc/aaaa", KGR + "graph/doc/bbbb", KGR + "graph/vocabulary"
MEETINGS = ("PREFIX kg: <https://w3id.org/kgraph/ontology#>\n"
            "SELECT ?m WHERE { ?m a kg:Meeting ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?d } ORDER BY ?m")


@pytest.fixture(scope="module")
def dataset() -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(FIXTURE_TRIG, format="trig")
    return ds


def quad_count(ds: rdflib.Dataset) -> int:
    return len(list(ds.quads()))


def changed_document_a() -> rdflib.Dataset:
    """Document A re-ingested after a change: its graph now holds a single meeting triple."""
    ds = rdflib.Dataset()
    ds.graph(URIRef(DOC_A)).add((URIRef(KGR + "meeting/x/2012-03-05"),
                                 URIRef("https://w3id.org/kgraph/ontology#venue"), Literal("Hall 2")))
    return ds


def graph_size(store: Store, iri: str) -> int:
    result = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
    return int(result.rows[0][0])


STORE_MAKERS = {
    "embedded": lambda folder: OxigraphStore(folder / "store"),
    "rdflib-memory": lambda folder: RdflibStore(),
    "rdflib-oxrdflib": lambda folder: RdflibStore(plugin="Oxigraph"),
}


@pytest.mark.parametrize("kind", list(STORE_MAKERS))
def test_replace_graphs_swaps_exactly_the_graphs_given(kind, dataset, tmp_path):
    store = STORE_MAKERS[kind](tmp_path)
    store.replace_graphs(dataset)
    assert store.graph_names() == [DOC_A, DOC_B, VOCAB]
    assert store.triple_count() == quad_count(dataset)
    size_b = graph_size(store, DOC_B)
    size_a = graph_size(store, DOC_A)

    store.replace_graphs(changed_document_a())
    assert graph_size(store, DOC_A) == 1
    assert graph_size(store, DOC_B) == size_b
    assert store.triple_count() == quad_count(dataset) - size_a + 1

    store.remove_graph(DOC_A)
    store.remove_graph(KGR + "graph/never-loaded")  # nothing to remove is not an error
    assert store.graph_names() == [DOC_B, VOCAB]
    store.close()


@pytest.mark.parametrize("kind", list(STORE_MAKERS))
def test_every_store_option_answers_the_library_alike(kind, dataset, tmp_path):
    store = STORE_MAKERS[kind](tmp_path)
    store.replace_graphs(dataset)
    history = run_query(store, "topic-history", {"topic": "dhr"})
    assert history.column("minute") == ["4", "4", "61", "61"]
    assert run_query(store, "topic-history", {"topic": 'x" } DROP ALL ; #'}).rows == []
    store.close()


def test_embedded_store_persists_and_reopens_read_only(dataset, tmp_path):
    store = open_store(tmp_path)
    store.replace_graphs(dataset)
    store.close()
    assert store_path(tmp_path).is_dir()
    reader = open_store(tmp_path, read_only=True)
    assert reader.triple_count() == quad_count(dataset)
    assert [str(r[0]).rsplit("/", 1)[-1] for r in reader.query(MEETINGS).rows] == ["2012-03-05", "2019-07-10"]
    with pytest.raises(StoreError, match="read-only"):
        reader.replace_graphs(dataset)
    reader.close()


def test_read_only_open_of_a_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no kgraph store"):
        open_store(tmp_path / "empty", read_only=True)


def test_a_second_writer_gets_a_clear_error(tmp_path):
    first = open_store(tmp_path)
    try:
        with pytest.raises(StoreError, match="another kgraph process"):
            open_store(tmp_path)
    finally:
        first.close()


@pytest.mark.parametrize("suffix, rdflib_format, counts_quads", [
    (".ttl", "turtle", False), (".trig", "trig", True), (".nq", "nquads", True),
    (".jsonld", "json-ld", True)])
@pytest.mark.parametrize("kind", ["embedded", "rdflib-memory"])
def test_export_round_trips(kind, suffix, rdflib_format, counts_quads, dataset, tmp_path):
    store = STORE_MAKERS[kind](tmp_path)
    store.replace_graphs(dataset)
    path = store.export(tmp_path / f"graph{suffix}")
    back = rdflib.Dataset()
    back.parse(path, format=rdflib_format)
    if counts_quads:
        assert quad_count(back) == quad_count(dataset)
        assert {str(g.identifier) for g in back.graphs() if len(g)} == {DOC_A, DOC_B, VOCAB}
    else:
        union = {(s, p, o) for s, p, o, _ in dataset.quads()}
        assert len(back) == len(union)
    assert not list(tmp_path.glob(f".graph{suffix}.*")), "temporary file left behind"
    store.close()


def test_export_refuses_unknown_formats(tmp_path):
    with pytest.raises(StoreError, match="cannot export"):
        OxigraphStore(None).export(tmp_path / "graph.xlsx")


def test_graph_file_reader_takes_every_usual_rdf_format(dataset, tmp_path):
    """A graph file is read into the embedded engine in memory (queries on it are as fast as on
    the store), whatever its format: datasets (TriG, N-Quads, JSON-LD) and triples alike."""
    union = rdflib.Graph()
    for s, p, o, _ in dataset.quads():
        union.add((s, p, o))
    paths = []
    for name, fmt, source in (("g.trig", "trig", dataset), ("g.nq", "nquads", dataset),
                              ("g.jsonld", "json-ld", dataset), ("g.ttl", "turtle", union),
                              ("g.nt", "nt", union), ("g.rdf", "xml", union), ("g.n3", "n3", union)):
        source.serialize(tmp_path / name, format=fmt, encoding="utf-8")
        paths.append(tmp_path / name)
    for path in paths:
        store = open_store(graph_file=path)
        assert isinstance(store, OxigraphStore), path.name
        assert store.triple_count() >= len(union), path.name
        assert [str(r[0]).rsplit("/", 1)[-1] for r in store.query(MEETINGS).rows] == ["2012-03-05", "2019-07-10"], \
            path.name
    with pytest.raises(StoreError, match="no such graph file"):
        open_store(graph_file=tmp_path / "missing.ttl")
    odd = tmp_path / "g.csv"
    odd.write_text("a,b\n")
    with pytest.raises(StoreError, match="cannot tell the RDF format"):
        open_store(graph_file=odd)
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n")
    with pytest.raises(StoreError, match="cannot read"):
        open_store(graph_file=broken)


def test_open_store_takes_one_source_only(tmp_path):
    with pytest.raises(StoreError, match="not store_dir, graph_file"):
        open_store(tmp_path, graph_file=tmp_path / "g.ttl")
    with pytest.raises(StoreError, match="need --endpoint"):
        open_store(graph_store="http://127.0.0.1:1/store")


def test_syntax_errors_are_store_errors():
    with pytest.raises(StoreError, match="syntax"):
        OxigraphStore(None).query("SELECT WHERE nonsense")
    with pytest.raises(StoreError, match="SPARQL error"):
        RdflibStore().query("SELECT WHERE nonsense")


# --------------------------------------------------------------------------- binding by VALUES


def test_values_go_after_the_real_where_not_into_comments_or_strings():
    query = ('# WHERE { in a comment\nSELECT ?x WHERE { ?x <urn:p> "WHERE { in a string" '
             'FILTER(?x != <urn:a#WHERE>) }')
    bound = inject_values(query, {"topic": Literal('x" } DROP ALL ; #')})
    assert bound.count("VALUES") == 1
    head, tail = bound.split("VALUES", 1)
    assert head.endswith("SELECT ?x WHERE { ")
    assert tail.startswith(' ?topic { "x\\" } DROP ALL ; #" }')


def test_values_for_a_query_without_where_keyword():
    bound = inject_values("SELECT * { ?s ?p ?o }", {"s": URIRef("urn:a")})
    assert bound.startswith("SELECT * { VALUES ?s { <urn:a> }")


def test_values_refuse_odd_names_and_blank_nodes():
    with pytest.raises(StoreError, match="bad parameter name"):
        inject_values("SELECT * WHERE { ?s ?p ?o }", {"s } DROP ALL": Literal("x")})
    with pytest.raises(StoreError, match="only IRIs and literals"):
        inject_values("SELECT * WHERE { ?s ?p ?o }", {"s": rdflib.BNode()})


def test_multiline_and_quote_heavy_values_stay_one_literal(dataset):
    store = OxigraphStore(None)
    store.replace_graphs(dataset)
    before = store.triple_count()
    for value in ['"""', "a'b\"c\\", 'line1\n} ; DROP ALL ; SELECT * WHERE {', "\u202e DHR"]:
        assert run_query(store, "topic-history", {"topic": value}).rows == []
    assert store.triple_count() == before


def test_oxigraph_terms_convert_to_rdflib_terms():
    import pyoxigraph as ox
    assert ox_to_rdflib(ox.Literal("x")) == Literal("x")
    assert ox_to_rdflib(ox.Literal("x", language="en")) == Literal("x", lang="en")
    assert ox_to_rdflib(ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))) \
        == Literal(3)
    assert ox_to_rdflib(ox.NamedNode("urn:a")) == URIRef("urn:a")
    assert ox_to_rdflib(None) is None


def test_read_graph_gives_what_rdflib_parses(tmp_path):
    """validate reads files through Oxigraph's parsers into an rdflib Graph: the same triples as
    rdflib's own parser (typed and language-tagged literals, blank nodes, a dataset's union)."""
    from rdflib.compare import isomorphic

    from kgraph.store import read_graph

    turtle = tmp_path / "g.ttl"
    turtle.write_text('@prefix ex: <http://example.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n'
                      'ex:m ex:date "2020-03-01"^^xsd:date ; ex:n 3 ; ex:label "Réunion"@fr , "plain" ;\n'
                      '     ex:part [ ex:name "inner" ] .\n', encoding="utf-8")
    assert isomorphic(read_graph(turtle), rdflib.Graph().parse(turtle))
    trig = tmp_path / "g.trig"
    trig.write_text('<http://example.org/g1> { <http://example.org/a> <http://example.org/p> "1" . }\n'
                    '<http://example.org/g2> { <http://example.org/b> <http://example.org/p> "2" . }\n')
    assert len(read_graph(trig)) == 2
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n")
    with pytest.raises(StoreError, match="cannot read"):
        read_graph(broken)
    with pytest.raises(StoreError, match="no such graph file"):
        read_graph(tmp_path / "missing.ttl")


def test_minted_nquads_files_load_the_same_quads_unchecked_as_checked(dataset, tmp_path):
    """The build loads its own N-Quads without the parser's IRI checks (``minted=True``): the
    store must end up with exactly the quads a checked load gives, the odd characters kgraph's
    serialiser escapes included."""
    from kgraph import graph as rdf

    odd = (rdf.iri_nt(KGR + "doc/x#char=1,5"), rdf.iri_nt(KGR + "ontology#url"),
           rdf.iri_nt("https://example.org/a b<c>{d}|e"))
    path = tmp_path / "part.nq"
    path.write_bytes(dataset_to_nquads(dataset) + rdf.nquads([odd], DOC_B).encode("utf-8"))
    checked, unchecked = OxigraphStore(tmp_path / "checked"), OxigraphStore(tmp_path / "unchecked")
    checked.load_nquads_files([path])
    unchecked.load_nquads_files([path], minted=True)
    every = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert sorted(map(str, unchecked.query(every).rows)) == sorted(map(str, checked.query(every).rows))
    assert unchecked.triple_count() == quad_count(dataset) + 1
