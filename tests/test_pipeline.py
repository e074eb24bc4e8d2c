"""The whole path, through the library API: documents → records → named graphs → graph.ttl."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import FOAF, RDF, XSD

from kgraph import pipeline
from samples import FORMAL
from kgraph.graph import KG, ORG, document_graph_iri, graph_iri_for_path, union_graph

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "minutes"


@pytest.fixture
def seed_paths() -> list[Path]:
    """The bundled sample minutes (two real meetings, one per layout)."""
    return sorted(EXAMPLES.iterdir())


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return p


def test_extract_document_gives_a_dated_meeting(tmp_path):
    record = pipeline.extract_document(write(tmp_path, "m.txt", FORMAL))
    assert record.header.date.isoformat() == "2020-03-03"
    assert [i.number for i in record.items] == ["1", "2"]


def test_build_writes_graph_and_counts(tmp_path):
    src = write(tmp_path, "m.txt", FORMAL)
    result = pipeline.build([src], tmp_path / "out", load_store=False)
    assert result.ok, result.failures
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert result.counts["triples"] == len(g)
    meetings = list(g.subjects(RDF.type, KG.Meeting))
    assert any(str(m).endswith("/2020-03-03") for m in meetings)
    assert result.counts["decisions"] >= 3 and result.counts["actions"] >= 1


def test_bad_document_does_not_stop_the_batch(tmp_path):
    good = write(tmp_path, "good.txt", FORMAL)
    empty = write(tmp_path, "empty.txt", "")
    undated = write(tmp_path, "undated.txt", "Some notes\n\n1. Things\n\nWe talked.\n")
    result = pipeline.build([good, empty, undated, tmp_path / "missing.txt"], tmp_path / "out",
                            load_store=False)
    failed = {Path(d.path).name: d.message for d in result.failures}
    assert set(failed) == {"empty.txt", "undated.txt", "missing.txt"}
    assert "empty" in failed["empty.txt"]
    assert "no recognisable meeting date" in failed["undated.txt"]
    assert "no such file" in failed["missing.txt"]
    assert [d.status for d in result.documents if d.path == str(good)] == ["built"]
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_duplicate_content_is_ingested_once(tmp_path):
    a = write(tmp_path, "a.txt", FORMAL)
    b = write(tmp_path, "b.txt", FORMAL)
    result = pipeline.build([a, b], tmp_path / "out", load_store=False)
    assert [d.status for d in result.documents] == ["built", "duplicate"]
    assert result.counts["documents"] == 1


def test_rebuild_reextracts_only_changed_files(tmp_path, monkeypatch):
    a = write(tmp_path, "a.txt", FORMAL)
    b = write(tmp_path, "b.txt", FORMAL.replace("3 March 2020", "9 June 2020"))
    out = tmp_path / "out"
    pipeline.build([a, b], out, load_store=False)
    b.write_text(FORMAL.replace("3 March 2020", "10 June 2020"), encoding="utf-8")
    seen: list[str] = []
    real = pipeline._extract_path

    def spy(path, *args):
        seen.append(Path(path).name)
        return real(path, *args)

    monkeypatch.setattr(pipeline, "_extract_path", spy)
    result = pipeline.build([a, b], out, load_store=False)
    assert seen == ["b.txt"]
    assert {Path(d.path).name: d.status for d in result.documents} == {"a.txt": "cached", "b.txt": "built"}
    g = Graph().parse(out / "graph.ttl")
    dates = {str(o) for o in g.objects(None, URIRef("http://purl.org/dc/terms/date"))}
    assert "2020-06-10" in dates and "2020-06-09" not in dates


def test_contradictory_dates_are_built_with_a_warning(tmp_path):
    text = FORMAL.replace("2 December 2019", "2 December 2021")
    result = pipeline.build([write(tmp_path, "m.txt", text)], tmp_path / "out", load_store=False)
    assert result.ok
    [doc] = result.documents
    assert any("after this meeting" in w for w in doc.warnings)
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert any("data quality" in str(o) for o in g.objects(None, KG.warning))


def test_report_json(tmp_path):
    good = write(tmp_path, "good.txt", FORMAL)
    bad = write(tmp_path, "bad.txt", b"\x00\x01\x02binary")
    result = pipeline.build([good, bad], tmp_path / "out", load_store=False)
    pipeline.write_report(result, tmp_path / "report.json")
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["ok"] is False
    statuses = {Path(d["path"]).name: d["status"] for d in report["documents"]}
    assert statuses == {"good.txt": "built", "bad.txt": "failed"}


def test_named_graph_per_document(tmp_path):
    a = write(tmp_path, "a.txt", FORMAL)
    b = write(tmp_path, "b.txt", FORMAL.replace("3 March 2020", "9 June 2020"))
    records = [pipeline.extract_document(a), pipeline.extract_document(b)]
    ds = pipeline.build_dataset(records)
    names = {str(g.identifier) for g in ds.graphs()}
    for r in records:
        assert str(document_graph_iri(r.source)) in names


def test_seeds_build_twice_isomorphic(seed_paths):
    first = union_graph(pipeline.build_dataset([pipeline.extract_document(p) for p in seed_paths]))
    second = union_graph(pipeline.build_dataset([pipeline.extract_document(p) for p in seed_paths]))
    assert isomorphic(first, second)


def test_seeds_together_share_partnership_and_organisations(seed_paths):
    g = union_graph(pipeline.build_dataset([pipeline.extract_document(p) for p in seed_paths]))
    bodies = {b for m in g.subjects(RDF.type, KG.Meeting) for b in g.objects(m, KG.heldBy)}
    assert len(bodies) == 1
    [body] = bodies
    assert (body, RDF.type, ORG.OrganizationalCollaboration) in g
    named_kent_police = {s for s in g.subjects(None, Literal("Kent Police")) if (s, RDF.type, ORG.Organization) in g}
    assert len(named_kent_police) == 1


def test_the_readme_library_example(tmp_path):
    record = pipeline.extract_document(EXAMPLES / "kcsp-2011-09-26.md")
    assert [(i.number, i.title) for i in record.items][:2] == [("23", "Apologies"), ("24", "Declarations of Interest")]
    assert [d.kind for d in record.items[6].decisions][:2] == ["approved", "resolved"]
    dataset = pipeline.build_dataset([record])
    assert str(document_graph_iri(record.source)) in {str(g.identifier) for g in dataset.graphs()}
    result = pipeline.build([EXAMPLES], tmp_path / "out", load_store=False)
    assert result.ok and result.counts["meetings"] == 2 and not result.failures


def test_a_rebuild_leaves_other_graphs_in_the_store(tmp_path):
    from kgraph.store import open_store

    a = write(tmp_path, "a.txt", FORMAL)
    store = open_store(tmp_path / "shared")
    other = "https://w3id.org/kgraph/id/graph/links"
    store.load_nquads(f'<https://example.org/s> <https://example.org/p> "x" <{other}> .\n'.encode())
    pipeline.build([a], tmp_path / "out", store=store)
    b = write(tmp_path, "b.txt", FORMAL.replace("3 March 2020", "9 June 2020"))
    pipeline.build([b], tmp_path / "out", store=store)       # a.txt left this folder's build
    names = set(store.graph_names())
    assert other in names
    assert str(pipeline.rdf.graph_iri_for_path(str(b))) in names
    assert str(pipeline.rdf.graph_iri_for_path(str(a))) not in names


def test_mention_iris_carry_their_span(tmp_path):
    """A mention is the document IRI + '#char=START,END': the slice of the text it names is the
    words as written, and the README's SPARQL recipe reads them back from the store."""
    from kgraph.store import open_store

    src = write(tmp_path, "m.txt", FORMAL)
    record = pipeline.extract_document(src)
    written = {(m.span.start, m.span.end): m.text
               for group in (record.mentions.people, record.mentions.organisations,
                             record.mentions.topics, record.mentions.legislation)
               for m in group if m.item_position is not None}
    out = tmp_path / "out"
    assert pipeline.build([src], out).ok
    g = Graph().parse(out / "graph.ttl")
    mentions = set(g.objects(None, KG.hasMention))
    assert mentions and len(mentions) == len(written)
    for mention in mentions:
        doc, fragment = str(mention).split("#char=")
        start, end = map(int, fragment.split(","))
        assert (URIRef(doc), KG.text, Literal(record.source.text)) in g
        assert record.source.text[start:end] == written[(start, end)]
        assert list(g.objects(mention, KG.mentionOf))
    store = open_store(out, read_only=True)
    rows = store.query("""
        PREFIX kg: <https://w3id.org/kgraph/ontology#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        SELECT ?m ?words WHERE {
          ?item kg:hasMention ?m .
          BIND(STRAFTER(STR(?m), "#char=") AS ?span)
          BIND(xsd:integer(STRBEFORE(?span, ",")) AS ?start)
          BIND(xsd:integer(STRAFTER(?span, ",")) AS ?end)
          BIND(IRI(STRBEFORE(STR(?m), "#")) AS ?doc) ?doc kg:text ?text .
          BIND(SUBSTR(?text, ?start + 1, ?end - ?start) AS ?words)
        }""").rows
    store.close()
    assert {str(words) for _, words in rows} == set(written.values())


def store_quads(folder: Path) -> set[tuple[str, ...]]:
    """Every quad of the embedded store a build wrote into ``folder``."""
    from kgraph.store import open_store

    store = open_store(folder, read_only=True)
    rows = store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    store.close()
    return {tuple(map(str, row)) for row in rows}


def test_rebuild_reloads_only_the_graphs_that_changed(tmp_path):
    """An unchanged document's graph stays in the store as it is; a changed one is replaced; the
    store ends up holding exactly what a fresh build of the same files holds."""
    a = write(tmp_path, "a.txt", FORMAL)
    b = write(tmp_path, "b.txt", FORMAL.replace("3 March 2020", "9 June 2020"))
    out = tmp_path / "out"
    first = pipeline.build([a, b], out)
    assert first.store_changes == {"loaded": 2, "unchanged": 0}
    again = pipeline.build([a, b], out)
    assert again.store_changes == {"loaded": 0, "unchanged": 2}
    b.write_text(FORMAL.replace("3 March 2020", "10 June 2020"), encoding="utf-8")
    changed = pipeline.build([a, b], out)
    assert changed.store_changes == {"loaded": 1, "unchanged": 1}
    fresh = pipeline.build([a, b], tmp_path / "fresh", incremental=False)
    assert fresh.store_changes == {"loaded": 2, "unchanged": 0}
    assert store_quads(out) == store_quads(tmp_path / "fresh")


def test_rebuild_restores_graphs_missing_from_the_store(tmp_path):
    """The manifest says a graph is unchanged, but the store no longer holds it: it is loaded."""
    from kgraph.store import open_store

    a = write(tmp_path, "a.txt", FORMAL)
    out = tmp_path / "out"
    pipeline.build([a], out)
    store = open_store(out)
    [name] = [n for n in store.graph_names() if "/graph/doc/" in n]
    store.remove_graph(name)
    store.close()
    pipeline.build([a], out)
    store = open_store(out, read_only=True)
    assert name in store.graph_names()
    assert store.query(f"ASK {{ GRAPH <{name}> {{ ?m a <https://w3id.org/kgraph/ontology#Meeting> }} }}").boolean
    store.close()


def test_each_meeting_is_described_once_in_the_union(tmp_path):
    """A meeting named by other minutes is described (body and date) in the entities graph when
    its own minutes are absent, and by its own minutes' graph alone when they are present, so
    the union states each meeting's date once."""
    from kgraph.store import open_store

    earlier = write(tmp_path, "a.txt", FORMAL.replace("3 March 2020", "2 December 2019")
                    .replace("2 December 2019 were", "9 September 2019 were"))
    later = write(tmp_path, "b.txt", FORMAL)        # approves the minutes of 2 December 2019
    out = tmp_path / "out"
    assert pipeline.build([earlier, later], out).ok
    store = open_store(out, read_only=True)
    rows = store.query("PREFIX dcterms: <http://purl.org/dc/terms/> "
                       "SELECT ?g ?m ?d WHERE { GRAPH ?g { ?m dcterms:date ?d } }").rows
    store.close()
    graphs_by_date: dict[str, list[str]] = {}
    for g, _, d in rows:
        graphs_by_date.setdefault(str(d), []).append(str(g))
    assert sorted(graphs_by_date) == ["2019-09-09", "2019-12-02", "2020-03-03"]
    assert all(len(graphs) == 1 for graphs in graphs_by_date.values()), graphs_by_date
    assert graphs_by_date["2019-09-09"] == ["https://w3id.org/kgraph/id/graph/entities"]
    assert graphs_by_date["2019-12-02"] == [str(graph_iri_for_path(str(earlier)))]


def test_a_large_load_compacts_the_store_and_a_small_one_does_not(tmp_path):
    dates = ["3 March 2020", "9 June 2020", "8 September 2020", "1 December 2020", "2 March 2021"]
    paths = [write(tmp_path, f"m{k}.txt", FORMAL.replace("3 March 2020", d)) for k, d in enumerate(dates)]
    out = tmp_path / "out"
    first = pipeline.build(paths, out)
    assert "compact store" in first.timings
    paths[0].write_text(FORMAL.replace("3 March 2020", "4 March 2020"), encoding="utf-8")
    again = pipeline.build(paths, out)
    assert again.store_changes == {"loaded": 1, "unchanged": 4}
    assert "compact store" not in again.timings


def test_build_names_each_stage_after_extraction_as_it_begins(tmp_path):
    heard: list[str] = []
    pipeline.build([write(tmp_path, "m.txt", FORMAL)], tmp_path / "out", on_stage=heard.append)
    assert heard == ["resolving and minting", "loading the store", "compacting the store",
                     "writing graph.ttl"]
    heard.clear()
    pipeline.build([write(tmp_path, "m.txt", FORMAL)], tmp_path / "ttl-only", load_store=False,
                   on_stage=heard.append)
    assert heard == ["resolving and minting", "writing graph.ttl"]


def test_a_large_rebuild_minted_in_several_processes_replaces_exactly_the_changed_graph(tmp_path):
    """Enough documents to mint in several processes: a rebuild with one changed document still
    ends up holding exactly what a fresh build of the same files holds (the store's load of the
    build's own N-Quads skips the parser's checks)."""
    import datetime as dt

    first_day = dt.date(2015, 1, 5)
    days = [first_day + dt.timedelta(weeks=k) for k in range(pipeline.PARALLEL_THRESHOLD * 8 + 4)]
    paths = [write(tmp_path, f"m{k:03d}.txt", FORMAL.replace("3 March 2020", f"{d.day} {d:%B %Y}"))
             for k, d in enumerate(days)]
    out = tmp_path / "out"
    first = pipeline.build(paths, out, jobs=2)
    assert first.ok and first.store_changes == {"loaded": len(paths), "unchanged": 0}
    paths[7].write_text(FORMAL.replace("3 March 2020", "4 March 1999"), encoding="utf-8")
    again = pipeline.build(paths, out, jobs=2)
    assert again.store_changes == {"loaded": 1, "unchanged": len(paths) - 1}
    pipeline.build(paths, tmp_path / "fresh", incremental=False, jobs=2)
    assert store_quads(out) == store_quads(tmp_path / "fresh")


def test_parallel_extraction_pauses_the_cyclic_collector_and_restores_it(tmp_path):
    import gc

    paths = [str(write(tmp_path, f"m{k}.txt", FORMAL.replace("3 March 2020", f"{k + 1} March 2020")))
             for k in range(pipeline.PARALLEL_THRESHOLD)]
    states = [gc.isenabled() for _, record, _ in pipeline.extract_many(paths, jobs=2) if record is not None]
    assert len(states) == len(paths) and not any(states)
    assert gc.isenabled()


CHAINED = """LAKES COMMUNITY SAFETY PARTNERSHIP

Minutes of the meeting held on {date}

Present: {people}

1. Minutes of the last meeting
The minutes of the meeting held on {previous} were agreed as a true record.

2. Anti-social behaviour
{speaker} reported on anti-social behaviour in Fellside.
RESOLVED that the report be noted.

3. Date of next meeting
{next}
"""


def test_a_meeting_leads_only_to_its_own_content_and_names_its_neighbours_by_date(tmp_path):
    """Two consecutive meetings of one body: each names the other (approved minutes, next meeting),
    yet walking out from one meeting by any link but kg:refersToMeeting never reaches the other's
    items, attendees or mentions: what hangs off a meeting is its own minutes' content."""
    first = write(tmp_path, "first.txt", CHAINED.format(
        date="3 March 2021", people="Cllr Ann Archer (Chair), Ben Baker (Lakes Police)", previous="2 December 2020",
        speaker="Ben Baker", next="16 June 2021"))
    second = write(tmp_path, "second.txt", CHAINED.format(
        date="16 June 2021", people="Cllr Cath Cole (Chair), Dan Dale (Lakes Housing)", previous="3 March 2021",
        speaker="Dan Dale", next="15 September 2021"))
    result = pipeline.build([first, second], tmp_path / "out", load_store=False)
    graph = Graph().parse(result.graph_file)
    meeting = URIRef("https://w3id.org/kgraph/id/meeting/lakes-community-safety-partnership/2021-03-03")
    later = URIRef("https://w3id.org/kgraph/id/meeting/lakes-community-safety-partnership/2021-06-16")
    assert (meeting, KG.refersToMeeting, later) in graph
    assert (meeting, KG.nextMeetingDate, Literal("2021-06-16", datatype=XSD.date)) in graph
    assert (later, KG.previousMeetingDate, Literal("2021-03-03", datatype=XSD.date)) in graph
    seen, frontier = {meeting}, {meeting}
    while frontier:
        frontier = {o for n in frontier for p, o in graph.predicate_objects(n)
                    if isinstance(o, URIRef) and p not in (KG.refersToMeeting, KG.heldBy, RDF.type)} - seen
        seen |= frontier
    names = {str(o) for n in seen for o in graph.objects(n, FOAF.name)}
    assert "Ben Baker" in names and "Dan Dale" not in names
    assert later not in seen and not any(str(n).startswith(str(later) + "/") for n in seen)
