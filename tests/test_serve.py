"""``kgraph serve``: a read-only SPARQL endpoint on 127.0.0.1 over the embedded store."""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib

from kgraph.query import run_query
from kgraph.serve import is_update, make_server, negotiate, serve_in_thread
from kgraph.store import OxigraphStore, StoreError, open_store, store_path

from oxigraph_server import no_proxy_for_localhost

pytestmark = pytest.mark.server

FIXTURE_TRIG = Path(__file__).resolve().parent / "fixtures" / "sparql_minutes.trig"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
MEETINGS = ("PREFIX kg: <https://w3id.org/kgraph/ontology#>\n"
            "SELECT ?m WHERE { ?m a kg:Meeting ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?d } ORDER BY ?m")


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("out")
    dataset = rdflib.Dataset()
    dataset.parse(FIXTURE_TRIG, format="trig")
    store = open_store(folder)
    store.replace_graphs(dataset)
    store.close()
    return folder


@pytest.fixture(scope="module")
def endpoint(out_dir):
    no_proxy_for_localhost()
    server = make_server(out_dir, "127.0.0.1", 0)
    serve_in_thread(server)
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()
    server.kgraph_store.close()


def fetch(url: str, *, data: bytes | None = None, headers: dict | None = None,
          method: str | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def get_query(endpoint: str, query: str, accept: str | None = None):
    url = f"{endpoint}/sparql?{urllib.parse.urlencode({'query': query})}"
    return fetch(url, headers={"Accept": accept} if accept else None)


def count(endpoint: str) -> int:
    status, _, body = get_query(endpoint, COUNT)
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_binds_to_localhost_by_default(out_dir):
    server = make_server(out_dir, port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()
        server.kgraph_store.close()


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no kgraph store"):
        make_server(tmp_path / "nothing-here", port=0)


def test_get_query_answers_sparql_json(endpoint):
    status, content_type, body = get_query(endpoint, MEETINGS)
    assert status == 200 and content_type.startswith("application/sparql-results+json")
    data = json.loads(body)
    assert [b["m"]["value"].rsplit("/", 1)[-1] for b in data["results"]["bindings"]] == [
        "2012-03-05", "2019-07-10"]


def test_post_form_and_sparql_query_body(endpoint):
    form = urllib.parse.urlencode({"query": MEETINGS}).encode()
    status, _, body = fetch(f"{endpoint}/sparql", data=form,
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2
    status, _, body = fetch(f"{endpoint}/query", data=MEETINGS.encode(),
                            headers={"Content-Type": "application/sparql-query"})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2


@pytest.mark.parametrize("accept, media, marker", [
    ("text/csv", "text/csv", b"m\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values", b"?m\n"),
    ("application/sparql-results+xml", "application/sparql-results+xml", b"<sparql"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv", b"m\r\n"),
])
def test_content_negotiation(endpoint, accept, media, marker):
    status, content_type, body = get_query(endpoint, MEETINGS, accept)
    assert status == 200 and content_type.startswith(media)
    assert marker in body


def test_construct_answers_turtle(endpoint):
    query = ("PREFIX kg: <https://w3id.org/kgraph/ontology#>\n"
             "CONSTRUCT { ?m a kg:Meeting } WHERE { ?m a kg:Meeting }")
    status, content_type, body = get_query(endpoint, query)
    assert status == 200 and content_type.startswith("text/turtle")
    graph = rdflib.Graph().parse(data=body, format="turtle")
    assert len(graph) == 4


def test_ask(endpoint):
    status, _, body = get_query(endpoint, "ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_bad_query_is_400(endpoint):
    status, _, body = get_query(endpoint, "SELECT WHERE nonsense")
    assert status == 400 and b"syntax error" in body


@pytest.mark.parametrize("how", ["update-form", "sparql-update-body", "update-as-query",
                                 "update-as-get-query", "insert-as-query", "put"])
def test_updates_are_refused_and_change_nothing(endpoint, how):
    before = count(endpoint)
    drop = "DROP ALL"
    insert = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }"
    if how == "update-form":
        status, _, body = fetch(f"{endpoint}/sparql", data=urllib.parse.urlencode({"update": drop}).encode(),
                                headers={"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "sparql-update-body":
        status, _, body = fetch(f"{endpoint}/sparql", data=drop.encode(),
                                headers={"Content-Type": "application/sparql-update"})
    elif how == "update-as-query":
        status, _, body = fetch(f"{endpoint}/sparql", data=urllib.parse.urlencode({"query": drop}).encode(),
                                headers={"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "update-as-get-query":
        status, _, body = get_query(endpoint, drop)
    elif how == "insert-as-query":
        status, _, body = fetch(f"{endpoint}/query", data=insert.encode(),
                                headers={"Content-Type": "application/sparql-query"})
    else:
        status, _, body = fetch(f"{endpoint}/sparql?graph=urn:x", data=b"<urn:a> <urn:b> <urn:c> .",
                                headers={"Content-Type": "application/n-triples"}, method="PUT")
    assert status == 403, how
    assert b"read-only" in body
    assert count(endpoint) == before


def test_home_page_describes_the_endpoint(endpoint):
    status, content_type, body = fetch(f"{endpoint}/")
    assert status == 200 and content_type.startswith("text/html")
    assert b"read-only" in body and b"/sparql" in body


def test_library_queries_run_through_sparqlwrapper_against_serve(endpoint):
    remote = open_store(endpoint=f"{endpoint}/sparql")
    result = run_query(remote, "topic-history", {"topic": "DHR"})
    assert result.column("minute") == ["4", "4", "61", "61"]
    assert run_query(remote, "topic-history", {"topic": 'x" } DROP ALL ; #'}).rows == []


def test_store_on_disk_is_unchanged_after_serving(out_dir, endpoint):
    served = count(endpoint)
    reader = OxigraphStore(store_path(out_dir), read_only=True)
    try:
        expected = len(list(rdflib.Dataset().parse(FIXTURE_TRIG, format="trig").quads()))
        assert reader.triple_count() == served == expected
    finally:
        reader.close()


def test_negotiate_and_is_update_helpers():
    offered = {"text/csv": "CSV", "application/sparql-results+json": "JSON"}
    assert negotiate(None, offered, "application/sparql-results+json") == "application/sparql-results+json"
    assert negotiate("*/*", offered, "application/sparql-results+json") == "application/sparql-results+json"
    assert negotiate("text/csv;q=0.2, application/sparql-results+json", offered, "x") == \
        "application/sparql-results+json"
    assert is_update("DELETE WHERE { ?s ?p ?o }") and is_update("CLEAR DEFAULT")
    assert not is_update("SELECT * WHERE { ?s ?p ?o }") and not is_update("nonsense")
