"""The query library, answered the same way by every store option.

Each competency query is checked twice: on a small hand-made graph (tests/fixtures/
sparql_minutes.trig, exact answers) and on the two seed minutes built by the real pipeline.
Every check runs on the embedded Oxigraph store, on an rdflib graph file (``--graph FILE``)
and on a live ``oxigraph serve`` loaded through the Graph Store Protocol.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib

from kgraph.query import (QueryError, bind_params, format_rows, list_queries, load_query,
                          parse_header, run_query)
from kgraph.store import OxigraphStore, QueryResult, Store, open_store

from oxigraph_server import oxigraph_command, running_oxigraph

TESTS = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FIXTURE_TRIG = TESTS / "fixtures" / "sparql_minutes.trig"
SEEDS = SHARED / "seeds"
COMPETENCY_QUERIES = {"topic-history", "meeting-at-a-glance", "who-owes-what", "attendance",
                      "person-record", "decisions-over-time", "acronyms", "legislation",
                      "external-links", "meeting-chain"}
INJECTION = 'x" } DROP ALL ; #'

STORE_KINDS = ["embedded", "graph-file",
               pytest.param("oxigraph-serve", marks=pytest.mark.server)]


# --------------------------------------------------------------------------- stores


@pytest.fixture(scope="module")
def fixture_dataset() -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(FIXTURE_TRIG, format="trig")
    return ds


@pytest.fixture(scope="module")
def seed_dataset() -> rdflib.Dataset:
    if not SEEDS.is_dir():
        pytest.skip(f"seed minutes not found: {SEEDS} (../shared beside the repo) is absent")
    from kgraph.pipeline import build_dataset, extract_document

    return build_dataset([extract_document(p) for p in sorted(SEEDS.glob("*.txt"))])


def _open_loaded(kind: str, dataset: rdflib.Dataset, folder: Path) -> Iterator[Store]:
    """A store of the given kind holding ``dataset``; removed again afterwards."""
    if kind == "embedded":
        store = OxigraphStore(folder / "store")
        store.replace_graphs(dataset)
        yield store
        store.close()
    elif kind == "graph-file":
        path = folder / "graph.trig"
        dataset.serialize(path, format="trig")
        store = open_store(graph_file=path)
        yield store
        store.close()
    else:
        if oxigraph_command() is None:
            pytest.skip("the `oxigraph` command (pip install oxigraph) is not installed")
        with running_oxigraph() as server:
            store = open_store(endpoint=server.query_url, graph_store=server.store_url)
            store.replace_graphs(dataset)
            yield store
            store.close()


@pytest.fixture(scope="module", params=STORE_KINDS)
def fixture_store(request, fixture_dataset, tmp_path_factory) -> Iterator[Store]:
    yield from _open_loaded(request.param, fixture_dataset, tmp_path_factory.mktemp("fixture"))


@pytest.fixture(scope="module", params=STORE_KINDS)
def seed_store(request, seed_dataset, tmp_path_factory) -> Iterator[Store]:
    yield from _open_loaded(request.param, seed_dataset, tmp_path_factory.mktemp("seeds"))


def rows(result: QueryResult) -> list[dict[str, str | None]]:
    return result.dicts()


# --------------------------------------------------------------------------- the library itself


def test_library_has_one_query_per_competency_question_with_its_header():
    queries = {q.name: q for q in list_queries()}
    assert COMPETENCY_QUERIES <= set(queries)
    for name in COMPETENCY_QUERIES:
        info = queries[name]
        assert info.title and info.title != name, name
        assert len(info.answers) > 20, name
        for param in info.params:
            assert param.example, f"{name}: parameter {param.name} has no example"
            assert f"?{param.name}" in info.path.read_text(), f"{name}: ?{param.name} unused"


def test_query_comments_hold_no_sparql_keyword_even_inside_a_word():
    """SPARQLWrapper guesses a query's form from its text with only part of the comments taken
    out: "dropped" or "address" in a comment makes it send a SELECT as an update (see
    queries/README.md), so the library's comments avoid every form and update keyword."""
    import re
    keyword = re.compile(r"construct|ask|describe|insert|delete|create|clear|drop|load|copy|move|add",
                         re.IGNORECASE)
    found = [f"{q.path.name}:{n}: {m.group(0)!r} in {line.strip()!r}"
             for q in list_queries()
             for n, line in enumerate(q.path.read_text().splitlines(), 1) if line.lstrip().startswith("#")
             for m in keyword.finditer(line)]
    assert not found, "\n".join(found)


def test_required_parameters_are_declared_as_such():
    queries = {q.name: q for q in list_queries()}
    assert [(p.name, p.required) for p in queries["topic-history"].params] == [("topic", True)]
    assert [(p.name, p.required) for p in queries["meeting-at-a-glance"].params] == [("meeting", True)]
    assert all(not p.required for p in queries["who-owes-what"].params)


def test_parse_header_reads_title_answers_params_and_examples():
    info = parse_header("# title: T\n# answers: what it answers\n"
                        "# param topic: a topic (example: dhr)\n"
                        "# param year: optional; a year (example: 2011)\nSELECT * WHERE {}\n"
                        "# param late: not part of the header\n")
    assert (info.title, info.answers) == ("T", "what it answers")
    assert [(p.name, p.required, p.example) for p in info.params] == [
        ("topic", True, "dhr"), ("year", False, "2011")]


def test_unknown_and_missing_parameters_are_clear_errors():
    info, _ = load_query("topic-history")
    with pytest.raises(QueryError, match="no parameter colour"):
        bind_params(info, {"topic": "dhr", "colour": "red"})
    with pytest.raises(QueryError, match="needs --param topic="):
        bind_params(info, {})
    with pytest.raises(QueryError, match="no query 'no-such-query'"):
        load_query("no-such-query")


def test_parameters_become_literals_not_text():
    info, _ = load_query("topic-history")
    assert bind_params(info, {"topic": INJECTION}) == {"topic": rdflib.Literal(INJECTION)}


def test_a_query_file_by_path_runs_too(tmp_path, fixture_dataset):
    path = tmp_path / "count.rq"
    path.write_text("# title: Count meetings\n# answers: how many meetings\n"
                    "PREFIX kg: <https://w3id.org/kgraph/ontology#>\n"
                    "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a kg:Meeting }\n")
    store = OxigraphStore(None)
    store.replace_graphs(fixture_dataset)
    assert run_query(store, str(path)).column("n") == ["4"]


# --------------------------------------------------------------------------- output formats


def _sample_result() -> QueryResult:
    return QueryResult(columns=["name", "date", "n"], rows=[
        (rdflib.Literal('Ann "A", Archer'), rdflib.Literal("2012-03-05", datatype=rdflib.XSD.date),
         rdflib.Literal(3)),
        (rdflib.URIRef("https://w3id.org/kgraph/id/person/b"), None, rdflib.Literal("x", lang="en")),
    ])


def test_format_json_is_sparql_results_json():
    import json
    data = json.loads(format_rows(_sample_result(), "json"))
    assert data["head"]["vars"] == ["name", "date", "n"]
    first, second = data["results"]["bindings"]
    assert first["date"] == {"type": "literal", "value": "2012-03-05",
                             "datatype": "http://www.w3.org/2001/XMLSchema#date"}
    assert second["name"]["type"] == "uri" and "date" not in second
    assert second["n"] == {"type": "literal", "value": "x", "xml:lang": "en"}


def test_format_csv_tsv_and_table():
    result = _sample_result()
    csv_text = format_rows(result, "csv").splitlines()
    assert csv_text[0] == "name,date,n"
    assert csv_text[1] == '"Ann ""A"", Archer",2012-03-05,3'
    tsv_text = format_rows(result, "tsv").splitlines()
    assert tsv_text[0] == "?name\t?date\t?n"
    assert tsv_text[2].startswith("<https://w3id.org/kgraph/id/person/b>\t\t")
    table = format_rows(result, "table").splitlines()
    assert table[0].split() == ["name", "date", "n"] and table[-1] == "(2 rows)"
    with pytest.raises(QueryError, match="unknown format"):
        format_rows(result, "xlsx")


# --------------------------------------------------------------------------- fixture answers


def test_topic_history_by_acronym_label_and_plural_any_case(fixture_store):
    for topic in ("dhr", "DHRs", "domestic HOMICIDE review", "Domestic Homicide Reviews"):
        found = rows(run_query(fixture_store, "topic-history", {"topic": topic}))
        assert [(r["date"], r["minute"], r["decisionKind"]) for r in found] == [
            ("2012-03-05", "4", None), ("2012-03-05", "4", "Approved"),
            ("2019-07-10", "61", None), ("2019-07-10", "61", "Noted")], topic
    assert rows(run_query(fixture_store, "topic-history", {"topic": "budget"})) == []


def test_topic_history_takes_in_the_narrower_topics(fixture_store):
    # a Domestic Homicide Review is filed under domestic abuse in the topic scheme (skos:broader):
    # the broader topic's history holds the reviews' rows, each labelled with its own topic
    found = rows(run_query(fixture_store, "topic-history", {"topic": "domestic abuse"}))
    reviews = [(r["date"], r["minute"], r["decisionKind"]) for r in found
               if r["topicLabel"] == "Domestic homicide review"]
    assert reviews == [("2012-03-05", "4", None), ("2012-03-05", "4", "Approved"),
                       ("2019-07-10", "61", None), ("2019-07-10", "61", "Noted")]
    # and not the other way: the narrower topic's history holds only its own rows
    assert {r["topicLabel"] for r in rows(run_query(fixture_store, "topic-history", {"topic": "dhr"}))} == {
        "Domestic homicide review"}


def test_meeting_at_a_glance(fixture_store):
    found = rows(run_query(fixture_store, "meeting-at-a-glance", {"meeting": "2012-03-05"}))
    assert [(r["position"], r["entryType"], r["kind"]) for r in found] == [
        ("1", "decision", "Approved"), ("1", "decision", "Noted"), ("1", "action", None),
        ("2", "decision", "Agreed")]
    action = found[2]
    assert set(action["owners"].split("; ")) == {"Ben Baker", "Riverside Police"}
    by_iri = run_query(fixture_store, "meeting-at-a-glance",
                       {"meeting": "https://w3id.org/kgraph/id/meeting/riverside-csp/2019-07-10"})
    assert by_iri.column("itemTitle") == ["DHR update"]


def test_who_owes_what(fixture_store):
    found = rows(run_query(fixture_store, "who-owes-what", {}))
    assert {(r["ownerName"], r["ownerType"]) for r in found} == {
        ("Ben Baker", "person"), ("Riverside Police", "organisation")}
    only = run_query(fixture_store, "who-owes-what", {"owner": "baker"})
    assert only.column("ownerName") == ["Ben Baker"]


def test_attendance(fixture_store):
    found = rows(run_query(fixture_store, "attendance", {"meeting": "2012-03-05"}))
    assert [r["name"] for r in found] == ["Ann Archer", "Ben Baker"]  # not Cat Cole (apologies)
    ann = found[0]
    assert set(ann["organisations"].split("; ")) == {"Riverside County Council", "NHS"}
    assert ann["role"] == "Chairman"
    assert run_query(fixture_store, "attendance", {"person": "mrs archer"}).column("name") == ["Ann Archer"]
    assert run_query(fixture_store, "attendance", {"meeting": "2019-07-10"}).rows == []


def test_person_record(fixture_store):
    found = rows(run_query(fixture_store, "person-record", {"person": "ann archer"}))
    assert {(r["what"], r["date"]) for r in found} == {("role", "2012-03-05"), ("attended", "2012-03-05")}
    role = next(r for r in found if r["what"] == "role")
    assert (role["organisation"], role["role"]) == ("Riverside County Council", "Chairman")
    ben = rows(run_query(fixture_store, "person-record", {"person": "Ben Baker"}))
    assert {r["what"] for r in ben} == {"attended", "action"}
    cat = rows(run_query(fixture_store, "person-record", {"person": "Cat Cole"}))
    assert [r["what"] for r in cat] == ["apologies"]


def test_decisions_over_time(fixture_store):
    found = rows(run_query(fixture_store, "decisions-over-time", {}))
    assert [(r["year"], r["kind"], r["topicLabel"], r["decisions"]) for r in found] == [
        ("2012", "Agreed", "Anti-social behaviour", "1"),
        ("2012", "Approved", "Domestic homicide review", "1"),
        ("2012", "Noted", "(no topic)", "1"),
        ("2019", "Noted", "Domestic homicide review", "1")]
    dhr = run_query(fixture_store, "decisions-over-time", {"topic": "DHR"})
    assert dhr.column("year") == ["2012", "2019"]


def test_acronyms(fixture_store):
    found = rows(run_query(fixture_store, "acronyms", {}))
    assert [(r["abbreviation"], r["expansion"], r["date"]) for r in found] == [
        ("DHR", "Domestic Homicide Reviews", "2012-03-05")]
    assert run_query(fixture_store, "acronyms", {"acronym": "asb"}).rows == []


def test_legislation(fixture_store):
    found = rows(run_query(fixture_store, "legislation", {"legislation": "victims act"}))
    assert [(r["title"], r["section"], r["minute"]) for r in found] == [
        ("Domestic Violence, Crime and Victims Act 2004", "9", "4")]


def test_external_links(fixture_store):
    found = rows(run_query(fixture_store, "external-links", {}))
    assert [(r["label"], r["link"], r["external"]) for r in found] == [
        ("Domestic homicide review", "skos:exactMatch", "http://www.wikidata.org/entity/Q5289659"),
        ("Riverside Police", "owl:sameAs", "http://www.wikidata.org/entity/Q999001")]


def test_meeting_chain(fixture_store):
    found = rows(run_query(fixture_store, "meeting-chain", {}))
    assert [r["date"] for r in found] == ["2012-03-05", "2019-07-10"]  # only minuted meetings
    later = found[1]
    assert later["approvesMinutesOf"] == "2019-03-01"
    assert set(later["nextMeetings"].split(", ")) == {"2019-11-20", "2020-02-12"}


def test_injected_topic_finds_nothing_and_changes_nothing(fixture_store):
    before = fixture_store.triple_count()
    for name, param in (("topic-history", "topic"), ("person-record", "person"),
                        ("meeting-at-a-glance", "meeting"), ("attendance", "person")):
        assert run_query(fixture_store, name, {param: INJECTION}).rows == [], name
    assert fixture_store.triple_count() == before


# --------------------------------------------------------------------------- seed answers


def test_seed_topic_history_dhr_oldest_first(seed_store):
    for topic in ("dhr", "Domestic Homicide Reviews"):
        found = rows(run_query(seed_store, "topic-history", {"topic": topic}))
        dates = [r["date"] for r in found]
        assert dates == sorted(dates), topic
        items_2011 = {r["minute"] for r in found if r["date"] == "2011-09-26"}
        items_2023 = {r["minute"] for r in found if r["date"] == "2023-07-12"}
        decisions_2011 = [r for r in found if r["date"] == "2011-09-26" and r["decision"]]
        assert "29" in items_2011, topic
        assert decisions_2011, f"{topic}: no 2011 decision about DHRs"
        assert {"90", "98"} <= items_2023, topic


def test_seed_meeting_at_a_glance(seed_store):
    found = rows(run_query(seed_store, "meeting-at-a-glance", {"meeting": "2011-09-26"}))
    minutes = [r["minute"] for r in found]
    assert minutes[0] == "23" and minutes[-1] == "37"
    assert [int(r["position"]) for r in found] == sorted(int(r["position"]) for r in found)
    item29 = [r for r in found if r["minute"] == "29"]
    assert {r["entryType"] for r in item29} == {"decision", "action"}


def test_seed_who_owes_what(seed_store):
    found = rows(run_query(seed_store, "who-owes-what", {}))
    owners = {r["ownerName"] for r in found}
    assert "Meradin Peachey" in owners
    peachey = rows(run_query(seed_store, "who-owes-what", {"owner": "Peachey"}))
    assert {r["minute"] for r in peachey} >= {"27", "29"}
    assert all(r["date"] == "2011-09-26" for r in peachey)


def test_seed_attendance_2011(seed_store):
    found = rows(run_query(seed_store, "attendance", {"meeting": "2011-09-26"}))
    assert len({r["personIri"] for r in found}) == 25
    corbishley = [r for r in found if r["name"] == "Steve Corbishley"]
    assert len(corbishley) == 1 and "Kent Police" in corbishley[0]["organisations"]


def test_seed_person_record(seed_store):
    found = rows(run_query(seed_store, "person-record", {"person": "Meradin Peachey"}))
    kinds = {r["what"] for r in found}
    assert {"attended", "action", "role"} <= kinds
    assert sum(r["what"] == "action" for r in found) >= 2


def test_seed_decisions_over_time(seed_store):
    found = rows(run_query(seed_store, "decisions-over-time", {}))
    years = {r["year"] for r in found}
    assert years == {"2011", "2023"}
    total_2023 = sum(int(r["decisions"]) for r in found if r["year"] == "2023")
    assert total_2023 >= 8
    dhr = rows(run_query(seed_store, "decisions-over-time", {"topic": "DHR"}))
    assert dhr and all("omestic" in r["topicLabel"] for r in dhr)


def test_seed_acronyms(seed_store):
    found = rows(run_query(seed_store, "acronyms", {}))
    pairs = {(r["abbreviation"].upper(), r["expansion"].lower()) for r in found}
    assert ("DHR", "domestic homicide reviews") in pairs
    assert ("VAWG", "violence against women and girls") in pairs
    dhr = rows(run_query(seed_store, "acronyms", {"acronym": "dhr"}))
    assert {r["date"] for r in dhr} == {"2011-09-26", "2023-07-12"}


def test_seed_legislation(seed_store):
    found = rows(run_query(seed_store, "legislation", {}))
    by_title = {r["title"]: r for r in found}
    act = next(r for t, r in by_title.items() if "Victims Act 2004" in t)
    assert (act["minute"], act["date"]) == ("29", "2011-09-26")
    assert any(r["section"] == "9" for r in found if "Victims Act 2004" in r["title"])


def test_seed_external_links_are_iris_of_known_resources(seed_store):
    found = rows(run_query(seed_store, "external-links", {}))
    for r in found:
        assert r["external"].startswith(("http://", "https://"))
        assert r["subject"].startswith("https://w3id.org/kgraph/id/")


def test_seed_meeting_chain(seed_store):
    found = rows(run_query(seed_store, "meeting-chain", {}))
    by_date = {r["date"]: r for r in found}
    assert set(by_date) == {"2011-09-26", "2023-07-12"}
    assert by_date["2011-09-26"]["approvesMinutesOf"] == "2011-05-20"
    later = by_date["2023-07-12"]
    assert later["approvesMinutesOf"] == "2023-03-21"
    assert set(later["nextMeetings"].split(", ")) == {"2023-11-16", "2024-03-14"}


def test_seed_injection_finds_nothing_and_changes_nothing(seed_store):
    before = seed_store.triple_count()
    assert run_query(seed_store, "topic-history", {"topic": INJECTION}).rows == []
    assert run_query(seed_store, "who-owes-what", {"owner": INJECTION}).rows == []
    assert seed_store.triple_count() == before
