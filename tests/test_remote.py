"""A remote SPARQL 1.1 server: a live ``oxigraph serve`` on 127.0.0.1, plus tiny local HTTP
servers that check credentials, HTTP errors and timeouts. Nothing leaves 127.0.0.1."""
from __future__ import annotations

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef

from kgraph.query import run_query
from kgraph.store import PASSWORD_ENV, USER_ENV, RemoteStore, StoreError, open_store

from oxigraph_server import free_port, no_proxy_for_localhost, oxigraph_command, running_oxigraph

pytestmark = pytest.mark.server

FIXTURE_TRIG = Path(__file__).resolve().parent / "fixtures" / "sparql_minutes.trig"
KGR = "https://w3id.org/kgraph/id/"
DOC_A, DOC_B, VOCAB = KGR + "graph/doc/aaaa", KGR + "graph/doc/bbbb", KGR + "graph/vocabulary"


@pytest.fixture(scope="module")
def dataset() -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(FIXTURE_TRIG, format="trig")
    return ds


@pytest.fixture()
def server():
    if oxigraph_command() is None:
        pytest.skip("the `oxigraph` command (pip install oxigraph) is not installed")
    with running_oxigraph() as live:
        yield live


def quad_count(ds: rdflib.Dataset) -> int:
    return len(list(ds.quads()))


def test_graph_store_protocol_load_replace_remove(server, dataset):
    store = open_store(endpoint=server.query_url, graph_store=server.store_url)
    store.replace_graphs(dataset)
    assert store.graph_names() == [DOC_A, DOC_B, VOCAB]
    assert store.triple_count() == quad_count(dataset)

    changed = rdflib.Dataset()
    changed.graph(URIRef(DOC_A)).add((URIRef("urn:m"), URIRef("urn:venue"), Literal("Hall 2")))
    store.replace_graphs(changed)
    in_a = store.query(f"SELECT ?s WHERE {{ GRAPH <{DOC_A}> {{ ?s ?p ?o }} }}")
    assert [str(r[0]) for r in in_a.rows] == ["urn:m"]
    assert store.graph_names() == [DOC_A, DOC_B, VOCAB]

    store.remove_graph(DOC_A)
    store.remove_graph(KGR + "graph/never-loaded")  # 404 from the server is fine
    assert store.graph_names() == [DOC_B, VOCAB]


def test_sparql_update_fallback_without_graph_store(server, dataset):
    store = open_store(endpoint=server.query_url, update_endpoint=server.update_url)
    store.replace_graphs(dataset)
    assert store.triple_count() == quad_count(dataset)
    assert run_query(store, "topic-history", {"topic": "DHRs"}).column("minute") == ["4", "4", "61", "61"]
    store.remove_graph(DOC_B)
    assert store.graph_names() == [DOC_A, VOCAB]


def test_query_only_remote_refuses_loads(server, dataset):
    store = open_store(endpoint=server.query_url)
    with pytest.raises(StoreError, match="read-only here"):
        store.replace_graphs(dataset)


def test_export_from_remote(server, dataset, tmp_path):
    store = open_store(endpoint=server.query_url, graph_store=server.store_url)
    store.replace_graphs(dataset)
    path = store.export(tmp_path / "dump.nq")
    back = rdflib.Dataset()
    back.parse(path, format="nquads")
    assert quad_count(back) == quad_count(dataset)


def test_construct_and_ask(server, dataset):
    store = open_store(endpoint=server.query_url, graph_store=server.store_url)
    store.replace_graphs(dataset)
    assert store.query("ASK { ?s a <https://w3id.org/kgraph/ontology#Meeting> }").boolean is True
    graph = store.query("CONSTRUCT { ?m a <urn:M> } WHERE { ?m a <https://w3id.org/kgraph/ontology#Meeting> }").graph
    assert len(graph) == 4


def test_http_error_is_one_clear_line(server):
    store = open_store(endpoint=server.query_url)
    with pytest.raises(StoreError) as info:
        store.query("SELECT WHERE nonsense")
    message = str(info.value)
    assert server.query_url in message and "\n" not in message


def test_unreachable_server_is_one_clear_line():
    no_proxy_for_localhost()
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(StoreError, match="cannot reach SPARQL server") as info:
        open_store(endpoint=url).query("ASK {}")
    assert "\n" not in str(info.value)
    with pytest.raises(StoreError, match="cannot reach SPARQL server"):
        RemoteStore(url, graph_store=url.replace("/query", "/store")).remove_graph(DOC_A)


def test_non_http_urls_are_refused():
    with pytest.raises(StoreError, match="not an http"):
        open_store(endpoint="file:///etc/passwd")


# --------------------------------------------------------------------------- credentials, timeouts


class RecordingHandler(BaseHTTPRequestHandler):
    """Answers every request with an empty SPARQL JSON result and records what it was sent."""

    seen: list[dict] = []
    delay_s = 0.0

    def _reply(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        type(self).seen.append({"method": self.command, "path": self.path,
                                "auth": self.headers.get("Authorization"), "body": body})
        time.sleep(type(self).delay_s)
        payload = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": []}}).encode()
        self.send_response(200 if self.command == "POST" else 204)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(payload) if self.command == "POST" else 0))
        self.end_headers()
        if self.command == "POST":
            self.wfile.write(payload)

    do_POST = do_PUT = do_DELETE = _reply

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def recorder():
    no_proxy_for_localhost()
    RecordingHandler.seen = []
    RecordingHandler.delay_s = 0.0
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), RecordingHandler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_credentials_come_from_the_environment(recorder, monkeypatch, dataset):
    monkeypatch.setenv(USER_ENV, "analyst")
    monkeypatch.setenv(PASSWORD_ENV, "s3cret:pw")
    store = open_store(endpoint=f"{recorder}/query", graph_store=f"{recorder}/store")
    store.query("SELECT ?n WHERE { ?n ?p ?o }")
    store.replace_graphs(dataset)
    expected = "Basic " + base64.b64encode(b"analyst:s3cret:pw").decode()
    assert RecordingHandler.seen and all(r["auth"] == expected for r in RecordingHandler.seen)
    puts = [r for r in RecordingHandler.seen if r["method"] == "PUT"]
    assert len(puts) == 3 and all(r["path"].startswith("/store?graph=https%3A%2F%2F") for r in puts)


def test_no_credentials_no_authorization_header(recorder, monkeypatch):
    monkeypatch.delenv(USER_ENV, raising=False)
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    open_store(endpoint=f"{recorder}/query").query("SELECT ?n WHERE { ?n ?p ?o }")
    assert RecordingHandler.seen[0]["auth"] is None


def test_a_slow_server_times_out_with_a_clear_error(recorder):
    RecordingHandler.delay_s = 2.5
    store = RemoteStore(f"{recorder}/query", graph_store=f"{recorder}/store", timeout=1)
    with pytest.raises(StoreError, match="did not answer within 1 s"):
        store.remove_graph(DOC_A)
    with pytest.raises(StoreError, match="did not answer within 1 s"):
        store.query("SELECT ?n WHERE { ?n ?p ?o }")


def test_query_form_ignores_comments_strings_and_iris():
    from kgraph.store import query_form
    text = ('# dropped, then ASK\nPREFIX ex: <http://ex.org/construct#>\n'
            'SELECT ?s WHERE { ?s ex:p "DESCRIBE me" }')
    assert query_form(text) == "SELECT"
    assert query_form("# select\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert query_form("ask { ?s ?p ?o }") == "ASK"
