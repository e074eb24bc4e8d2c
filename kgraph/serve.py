"""``kgraph serve``: the embedded graph as a read-only SPARQL 1.1 Protocol endpoint.

Standard library HTTP server (``ThreadingHTTPServer``) over the embedded Oxigraph store opened
read-only, so YASGUI, notebooks or SPARQLWrapper can query the graph:

* ``GET /sparql?query=…`` (also ``/query`` and ``/``), ``POST`` with a ``query=`` form field or an
  ``application/sparql-query`` body;
* results by content negotiation: SPARQL JSON (default), XML, CSV, TSV; CONSTRUCT/DESCRIBE as
  Turtle (or N-Triples, RDF/XML, JSON-LD when asked for);
* updates (``update=`` field, ``application/sparql-update`` body, or a query text that is an
  update) are refused with HTTP 403 — and the store is read-only underneath anyway;
* ``GET /`` without a query: a small HTML page describing the endpoint.

Binds to 127.0.0.1 unless told otherwise: the graph may hold names from the minutes.
"""
from __future__ import annotations

import html
import sys
import threading
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kgraph.store import OxigraphStore, StoreError, store_path

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
MAX_BODY_BYTES = 1_000_000  # a query, not a data upload
QUERY_PATHS = {"/", "/sparql", "/query"}

# media type → pyoxigraph format attribute name
RESULTS_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML",
    "application/ld+json": "JSON_LD",
}
UPDATE_REFUSED = ("This endpoint is read-only: SPARQL updates are refused. "
                  "Change the graph with `kgraph build`, then restart `kgraph serve`.\n")


def negotiate(accept: str | None, offered: dict[str, str], default: str) -> str:
    """The offered media type the ``Accept`` header prefers most (q-values honoured)."""
    if not accept:
        return default
    best, best_q = None, 0.0
    for position, part in enumerate(accept.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        q = 1.0
        for param in pieces[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media in ("*/*", "application/*", "text/*"):
            candidate = default if media == "*/*" or default.startswith(media[:-1]) else None
        else:
            candidate = media if media in offered else None
        # ties keep the earlier entry of the header
        if candidate and q > best_q:
            best, best_q = candidate, q
    return best or default


def is_update(text: str) -> bool:
    """Whether the text is a SPARQL Update request (and therefore not for this endpoint)."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
    try:
        parseQuery(text)
        return False
    except Exception:
        pass
    try:
        parseUpdate(text)
        return True
    except Exception:
        return False


class SparqlHandler(BaseHTTPRequestHandler):
    server_version = "kgraph-serve"
    protocol_version = "HTTP/1.1"

    # set on the server object by make_server
    @property
    def ox_store(self):
        return self.server.kgraph_store.pyoxigraph_store  # type: ignore[attr-defined]

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)

    # -- HTTP verbs

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path not in QUERY_PATHS:
            return self._text(HTTPStatus.NOT_FOUND, f"no such page: {url.path}; query at /sparql\n")
        fields = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if "update" in fields:
            return self._text(HTTPStatus.FORBIDDEN, UPDATE_REFUSED)
        if "query" not in fields:
            if url.path == "/" or url.path == "/sparql":
                return self._html_page()
            return self._text(HTTPStatus.BAD_REQUEST, "missing query= parameter\n")
        self._answer(fields["query"][0])

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path not in QUERY_PATHS:
            return self._text(HTTPStatus.NOT_FOUND, f"no such page: {url.path}; query at /sparql\n")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY_BYTES:
            return self._text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large\n")
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == "application/sparql-update":
            return self._text(HTTPStatus.FORBIDDEN, UPDATE_REFUSED)
        if content_type == "application/sparql-query":
            return self._answer(body)
        if content_type in ("application/x-www-form-urlencoded", ""):
            fields = urllib.parse.parse_qs(body, keep_blank_values=True)
            fields.update(urllib.parse.parse_qs(url.query, keep_blank_values=True))
            if "update" in fields:
                return self._text(HTTPStatus.FORBIDDEN, UPDATE_REFUSED)
            if "query" in fields:
                return self._answer(fields["query"][0])
            return self._text(HTTPStatus.BAD_REQUEST, "missing query= field\n")
        self._text(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                   f"unsupported Content-Type {content_type}: use application/sparql-query "
                   "or an application/x-www-form-urlencoded query= field\n")

    def do_PUT(self) -> None:
        self._text(HTTPStatus.FORBIDDEN, UPDATE_REFUSED)

    do_DELETE = do_PATCH = do_PUT

    def do_OPTIONS(self) -> None:
        self.send_response(HTTPStatus.NO_CONTENT)
        self._cors()
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    # -- answering

    def _answer(self, text: str) -> None:
        import pyoxigraph as ox
        if not text.strip():
            return self._text(HTTPStatus.BAD_REQUEST, "empty query\n")
        try:
            result = self.ox_store.query(text, use_default_graph_as_union=True)
        except SyntaxError as exc:
            if is_update(text):
                return self._text(HTTPStatus.FORBIDDEN, UPDATE_REFUSED)
            return self._text(HTTPStatus.BAD_REQUEST, f"SPARQL syntax error: {exc}\n")
        except OSError as exc:
            return self._text(HTTPStatus.INTERNAL_SERVER_ERROR, f"store error: {exc}\n")
        accept = self.headers.get("Accept")
        try:
            if isinstance(result, ox.QueryTriples):
                media = negotiate(accept, GRAPH_TYPES, "text/turtle")
                payload = result.serialize(format=getattr(ox.RdfFormat, GRAPH_TYPES[media]))
            else:
                media = negotiate(accept, RESULTS_TYPES, "application/sparql-results+json")
                payload = result.serialize(format=getattr(ox.QueryResultsFormat, RESULTS_TYPES[media]))
        except (OSError, ValueError) as exc:
            return self._text(HTTPStatus.INTERNAL_SERVER_ERROR, f"cannot write the results: {exc}\n")
        charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
        self._send(HTTPStatus.OK, media + charset, payload or b"")

    def _html_page(self) -> None:
        host, port = self.server.server_address[:2]
        endpoint = f"http://{host}:{port}/sparql"
        store = html.escape(str(getattr(self.server.kgraph_store, "path", "") or "in memory"))
        page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kgraph SPARQL endpoint</title></head>
<body>
<h1>kgraph SPARQL endpoint</h1>
<p>A read-only <a href="https://www.w3.org/TR/sparql11-protocol/">SPARQL 1.1 Protocol</a>
endpoint over the knowledge graph of partnership meeting minutes in <code>{store}</code>.</p>
<ul>
<li>Endpoint: <code>{html.escape(endpoint)}</code> — <code>GET ?query=…</code>, or <code>POST</code>
with a <code>query=</code> form field or an <code>application/sparql-query</code> body.</li>
<li>Results: SPARQL JSON (default), XML, CSV or TSV by <code>Accept</code> header;
CONSTRUCT answers in Turtle.</li>
<li>Queries see the union of all named graphs (one per source document).</li>
<li>Updates are refused with HTTP 403.</li>
</ul>
<form action="/sparql" method="get">
<textarea name="query" rows="8" cols="80">PREFIX kg: &lt;https://w3id.org/kgraph/ontology#&gt;
PREFIX dcterms: &lt;http://purl.org/dc/terms/&gt;
SELECT ?meeting ?date WHERE {{ ?meeting a kg:Meeting ; dcterms:date ?date }} ORDER BY ?date LIMIT 20</textarea>
<br><button type="submit">Run</button>
</form>
</body></html>
"""
        self._send(HTTPStatus.OK, "text/html; charset=utf-8", page.encode("utf-8"))

    # -- plumbing

    def _cors(self) -> None:
        # the graph holds people's names: no web page may read it unless the user allows its
        # origin (e.g. a YASGUI instance) with --cors
        origin = getattr(self.server, "cors_origin", None)
        if origin:
            self.send_header("Access-Control-Allow-Origin", origin)

    def _text(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", message.encode("utf-8"))

    def _send(self, status: HTTPStatus, content_type: str, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self._cors()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)


def make_server(store_dir: str | Path | None = None, host: str = DEFAULT_HOST,
                port: int = DEFAULT_PORT, *, store: OxigraphStore | None = None,
                verbose: bool = False, cors_origin: str | None = None) -> ThreadingHTTPServer:
    """A ready (not yet serving) endpoint over ``store_dir``'s embedded store, or over ``store``.

    Port 0 picks a free port (``server.server_address[1]``). Call ``serve_forever()`` to run it
    (in a thread, for tests) and ``shutdown()`` + ``server_close()`` to stop.
    """
    if store is None:
        if store_dir is None:
            raise StoreError("serve needs an output folder holding a kgraph store")
        store = OxigraphStore(store_path(store_dir), read_only=True)
    server = ThreadingHTTPServer((host, port), SparqlHandler)
    server.daemon_threads = True
    server.kgraph_store = store  # type: ignore[attr-defined]
    server.verbose = verbose  # type: ignore[attr-defined]
    server.cors_origin = cors_origin  # type: ignore[attr-defined]
    return server


def serve(store_dir: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          *, verbose: bool = True, cors_origin: str | None = None) -> None:
    """Serve until interrupted (Ctrl-C)."""
    server = make_server(store_dir, host, port, verbose=verbose, cors_origin=cors_origin)
    bound_host, bound_port = server.server_address[:2]
    print(f"kgraph SPARQL endpoint (read-only) at http://{bound_host}:{bound_port}/sparql — Ctrl-C to stop",
          file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.kgraph_store.close()  # type: ignore[attr-defined]


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    """Run ``server`` in a daemon thread (for tests and notebooks); stop with ``server.shutdown()``."""
    thread = threading.Thread(target=server.serve_forever, name="kgraph-serve", daemon=True)
    thread.start()
    return thread
