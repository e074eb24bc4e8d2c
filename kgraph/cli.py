"""The `kgraph` command: a thin layer over the library API (kgraph.pipeline, kgraph.query, …).

Exit status: 0 when all went well, 1 when some document failed (the rest are still built) or
validation found violations, 2 for a usage error.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.console import Console

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

DEFAULT_OUT = "output"


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}", markup=True)
    sys.exit(code)


def _remote_options(f):
    f = click.option("--endpoint", envvar="KGRAPH_ENDPOINT", metavar="URL",
                     help="SPARQL 1.1 query endpoint of a remote store (env KGRAPH_ENDPOINT).")(f)
    f = click.option("--update-endpoint", envvar="KGRAPH_UPDATE_ENDPOINT", metavar="URL",
                     help="SPARQL 1.1 update endpoint, if the server has a separate one.")(f)
    f = click.option("--graph-store", envvar="KGRAPH_GRAPH_STORE", metavar="URL",
                     help="Graph Store Protocol endpoint used to load document graphs.")(f)
    return f


def _open_store(store_dir, graph_file, endpoint, update_endpoint=None, graph_store=None):
    from .store import open_store
    try:
        if endpoint:
            return open_store(endpoint=endpoint, update_endpoint=update_endpoint, graph_store=graph_store)
        if graph_file:
            return open_store(graph_file=graph_file)
        folder = Path(store_dir or DEFAULT_OUT)
        if not (folder / "store").is_dir():
            _fail(f"{folder}: no kgraph store here (run `kgraph build SOURCES -o {folder}` first, "
                  "or give --graph FILE or --endpoint URL)", 2)
        return open_store(folder)
    except (OSError, ValueError, RuntimeError) as exc:
        _fail(str(exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kgraph")
def main() -> None:
    """Turn partnership meeting minutes into a knowledge graph, and ask it questions.

    \b
    Typical use:
      kgraph build minutes/ -o output/        extract, resolve, write graph.ttl + store
      kgraph validate output/graph.ttl        check the graph against the SHACL shapes
      kgraph queries                          list the questions the graph answers
      kgraph query topic-history --param topic=DHR
      kgraph viz -o output/                   interactive network pages
    """


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--out", "out_dir", default=DEFAULT_OUT, show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, the embedded store and the build cache.")
@click.option("-j", "--jobs", type=click.IntRange(1), default=None,
              help="Processes for extraction (default: all cores).")
@click.option("--max-size", "max_mb", type=click.FloatRange(min=0, min_open=True), default=50.0,
              show_default=True, help="Skip documents larger than this many MB.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False),
              help="Write a JSON report of what was built, skipped, failed and warned.")
@click.option("--full", is_flag=True, help="Re-extract every document (ignore the build cache).")
@click.option("--no-store", is_flag=True, help="Write graph.ttl only; do not load the embedded store.")
@click.option("--link", "link_after", is_flag=True, help="Add external identifiers after building (offline table and cache).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@_remote_options
def build(sources, out_dir, jobs, max_mb, report_path, full, no_store, link_after, quiet,
          endpoint, update_endpoint, graph_store) -> None:
    """Build the knowledge graph from minutes: files, folders or globs.

    Writes OUT/graph.ttl (Turtle) and loads the embedded store in OUT (or a remote store with
    --endpoint). A bad document is reported and skipped; the exit status is then 1.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .pipeline import build as run_build
    from .pipeline import write_report

    from .store import StoreError

    if (graph_store or update_endpoint) and not endpoint:
        raise click.UsageError("--graph-store and --update-endpoint go with --endpoint URL")
    store = None
    if endpoint:
        store = _open_store(None, None, endpoint, update_endpoint, graph_store)
    failures = 0
    show = not quiet and err.is_terminal
    progress = Progress(TextColumn("[bold]{task.fields[stage]}"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[failed]} failed"), TextColumn("{task.fields[rate]}"),
                        TimeElapsedColumn(), console=err, disable=not show, transient=True)
    task = progress.add_task("extract", total=None, failed=0, rate="", stage="extracting")
    started = [0.0]

    def on_total(n: int) -> None:
        import time
        started[0] = time.perf_counter()
        progress.update(task, total=n)

    def on_document(outcome) -> None:
        import time
        nonlocal failures
        if outcome.status == "failed":
            failures += 1
            progress.console.print(f"[red]failed:[/red] {outcome.path}: {outcome.message}", markup=True,
                                   highlight=False)
        for w in outcome.warnings:
            progress.console.print(f"[yellow]warning:[/yellow] {outcome.path}: {w}", markup=True,
                                   highlight=False)
        elapsed = max(time.perf_counter() - started[0], 1e-6)
        done = progress.tasks[0].completed + 1
        progress.update(task, advance=1, failed=failures, rate=f"{done / elapsed:.1f} docs/s")

    try:
        with progress:
            result = run_build(sources, out_dir, jobs=jobs, max_bytes=int(max_mb * 1024 * 1024),
                               incremental=not full, load_store=not no_store and store is None,
                               store=store, progress=on_document, on_total=on_total,
                               on_stage=lambda name: progress.update(task, stage=name))
        if link_after:
            from .link import link_store_or_file
            link_store_or_file(out_dir=out_dir, store=store)
    except StoreError as exc:
        _fail(str(exc))
    if report_path:
        write_report(result, report_path)
    c = result.counts
    statuses = {s: sum(1 for d in result.documents if d.status == s) for s in ("built", "cached", "duplicate", "failed")}
    out.print(
        f"{statuses['built'] + statuses['cached']} documents built"
        + (f" ({statuses['cached']} unchanged)" if statuses["cached"] else "")
        + (f", {statuses['duplicate']} duplicates skipped" if statuses["duplicate"] else "")
        + (f", {statuses['failed']} failed" if statuses["failed"] else "")
        + f" in {result.seconds:.2f} s")
    out.print("  " + ", ".join(f"{k} {v}" for k, v in c.items() if k != "documents"))
    if result.store_changes.get("unchanged"):
        out.print(f"  store: {result.store_changes['loaded']} document graphs loaded, "
                  f"{result.store_changes['unchanged']} unchanged")
    if result.graph_file:
        out.print(f"  graph: {result.graph_file}")
    sys.exit(0 if result.ok else 1)


@main.command()
@click.argument("graph", required=False, type=click.Path(dir_okay=False))
@click.option("--limit", default=50, show_default=True, help="Show at most this many violations.")
def validate(graph, limit) -> None:
    """Check a graph (default output/graph.ttl) against the SHACL shapes."""
    from .store import StoreError, read_graph
    from .validate import format_violations
    from .validate import validate as run_validate

    path = Path(graph or Path(DEFAULT_OUT) / "graph.ttl")
    if not path.exists():
        _fail(f"{path}: no such graph file (run `kgraph build` first)", 2)
    try:
        g = read_graph(path)
    except StoreError as exc:
        _fail(str(exc))
    triples = len(g)
    result = run_validate(g, copy=False)       # the graph is ours: no copy of it
    if result.conforms:
        out.print(f"{path}: conforms to the shapes ({triples} triples)")
        sys.exit(0)
    out.print(format_violations(result, limit=limit))
    sys.exit(1)


@main.command("queries")
def list_queries_cmd() -> None:
    """List the query library (the competency questions)."""
    from .query import list_queries

    for q in list_queries():
        params = " ".join(f"--param {p.name}=…" for p in q.params) if q.params else ""
        out.print(f"[bold]{q.name}[/bold]  {q.title}" + (f"  [dim]{params}[/dim]" if params else ""))
        if q.answers:
            out.print(f"    {q.answers}")


def _parse_params(values) -> dict[str, str]:
    params = {}
    for v in values:
        if "=" not in v:
            raise click.UsageError(f"--param needs NAME=VALUE, got {v!r}")
        k, val = v.split("=", 1)
        params[k.strip()] = val
    return params


@main.command()
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True)
@click.option("--store", "store_dir", type=click.Path(file_okay=False), help="Embedded store folder (default output/).")
@click.option("--graph", "graph_file", type=click.Path(dir_okay=False, exists=True), help="Query an RDF file instead.")
@_remote_options
def query(name, params, fmt, store_dir, graph_file, endpoint, update_endpoint, graph_store) -> None:
    """Run a library query by NAME (see `kgraph queries`) or a .rq FILE."""
    from .query import QueryError, format_rows, run_query
    from .store import StoreError

    bound = _parse_params(params)
    store = _open_store(store_dir, graph_file, endpoint, update_endpoint, graph_store)
    try:
        result = run_query(store, name, bound)
    except QueryError as exc:
        _fail(str(exc), 2)
    except StoreError as exc:
        _fail(str(exc))
    finally:
        store.close()
    click.echo(format_rows(result, fmt))


@main.command()
@click.option("--store", "store_dir", type=click.Path(file_okay=False), default=DEFAULT_OUT, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option("--cors", "cors_origin", metavar="ORIGIN",
              help="Let web pages from ORIGIN (e.g. a YASGUI site) query it; none by default.")
def serve(store_dir, host, port, cors_origin) -> None:
    """Serve the embedded graph as a read-only SPARQL endpoint."""
    from .serve import serve as run_serve
    from .store import StoreError

    if not (Path(store_dir) / "store").is_dir():
        _fail(f"{store_dir}: no kgraph store here (run `kgraph build SOURCES -o {store_dir}` first)", 2)
    try:
        run_serve(store_dir, host=host, port=port, cors_origin=cors_origin)
    except StoreError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot serve on {host}:{port}: {exc.strerror or exc}")
    except KeyboardInterrupt:
        err.print("stopped")


@main.command()
@click.argument("dest", type=click.Path(dir_okay=False))
@click.option("--store", "store_dir", type=click.Path(file_okay=False), default=DEFAULT_OUT, show_default=True)
def export(dest, store_dir) -> None:
    """Export the store as Turtle, TriG, N-Quads or JSON-LD (chosen by DEST's suffix)."""
    from .store import StoreError

    store = _open_store(store_dir, None, None)
    try:
        store.export(dest, None)
    except (ValueError, StoreError) as exc:
        _fail(str(exc), 2)
    finally:
        store.close()
    out.print(f"wrote {dest}")


@main.command()
@click.option("-o", "--out", "out_dir", default=DEFAULT_OUT, show_default=True, type=click.Path(file_okay=False),
              help="Build folder whose store (or graph.ttl) gets the links.")
@click.option("--online", is_flag=True,
              help="Also reconcile against live SPARQL endpoints (Wikidata); default: table and cache only.")
@click.option("--wikidata-endpoint", metavar="URL", envvar="KGRAPH_WIKIDATA_ENDPOINT",
              help="Wikidata-shaped SPARQL endpoint for --online (env KGRAPH_WIKIDATA_ENDPOINT).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.85, show_default=True,
              help="Candidates scoring below this go to the review file, not the graph.")
@click.option("--review", "review_file", type=click.Path(dir_okay=False),
              help="Where to write candidates for review (default OUT/link-review.tsv).")
def link(out_dir, online, wikidata_endpoint, threshold, review_file) -> None:
    """Link organisations, Acts and topics to Wikidata, ONS, legislation.gov.uk and data.police.uk."""
    from .link import link_store_or_file

    if not (Path(out_dir) / "graph.ttl").exists() and not (Path(out_dir) / "store").exists():
        _fail(f"{out_dir}: no built graph here (run `kgraph build … -o {out_dir}` first)", 2)
    from .store import StoreError

    endpoints = {"wikidata": wikidata_endpoint} if wikidata_endpoint else None
    try:
        report = link_store_or_file(out_dir=out_dir, offline=not online, endpoints=endpoints,
                                    review_file=review_file, threshold=threshold)
    except StoreError as exc:
        _fail(str(exc))
    counts = report.counts()
    out.print("links: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) if counts else "links: none")
    if report.review:
        out.print(f"{len(report.review)} candidates to review in {review_file or Path(out_dir) / 'link-review.tsv'}")
    for e in report.errors:
        err.print(f"[yellow]warning:[/yellow] {e}", markup=True)


def _load_graph_for_views(store_dir, graph_file):
    """What the views and analytics read: the build's embedded store, or an RDF file (its own,
    or the build's graph.ttl when it was built with --no-store) read into the same engine in
    memory. Both are queried by Oxigraph: through rdflib, stats over 1,000 meetings took minutes."""
    from .store import OxigraphStore, StoreError, store_path

    folder = Path(store_dir or DEFAULT_OUT)
    path = Path(graph_file) if graph_file else folder / "graph.ttl"
    if not graph_file and store_path(folder).is_dir():
        try:
            return OxigraphStore(store_path(folder), read_only=True).pyoxigraph_store
        except StoreError as exc:
            if not path.exists():
                _fail(str(exc))
            # the store cannot be opened (in use, damaged): the build's graph.ttl says the same
    if not path.exists():
        _fail(f"{path}: no graph (run `kgraph build` first, or give --graph FILE)", 2)
    try:
        return OxigraphStore.from_file(path).pyoxigraph_store
    except StoreError as exc:
        _fail(str(exc))


@main.command()
@click.option("--store", "store_dir", type=click.Path(file_okay=False), default=DEFAULT_OUT, show_default=True,
              help="Build folder whose graph is drawn (its store, or graph.ttl).")
@click.option("--graph", "graph_file", type=click.Path(dir_okay=False, exists=True), help="Any RDF file instead.")
@click.option("--view", "views", multiple=True, type=click.Choice(["network", "topics", "history"]),
              help="Which pages (default: all).")
@click.option("--topic", help="Label or acronym: the history page's topic; also narrows the network and topic map.")
@click.option("--from", "year_from", type=int, help="First year shown.")
@click.option("--to", "year_to", type=int, help="Last year shown.")
@click.option("-o", "--out", "out_dir", default=DEFAULT_OUT, show_default=True, type=click.Path(file_okay=False))
def viz(store_dir, graph_file, views, topic, year_from, year_to, out_dir) -> None:
    """Write interactive network pages (self-contained HTML) and an index."""
    from .viz import write_views

    g = _load_graph_for_views(store_dir, graph_file)
    try:
        pages = write_views(g, out_dir, views=tuple(views) or ("network", "topics", "history"),
                            topic=topic, year_from=year_from, year_to=year_to)
    except ValueError as exc:  # an unknown topic, an empty year range
        _fail(str(exc), 2)
    for p in pages:
        out.print(f"wrote {p}")


@main.command()
@click.option("--store", "store_dir", type=click.Path(file_okay=False), default=DEFAULT_OUT, show_default=True,
              help="Build folder whose graph is analysed (its store, or graph.ttl).")
@click.option("--graph", "graph_file", type=click.Path(dir_okay=False, exists=True), help="Any RDF file instead.")
def stats(store_dir, graph_file) -> None:
    """Network analytics: central people and organisations, communities, topics by year."""
    from .analytics import format_stats
    from .analytics import stats as compute

    g = _load_graph_for_views(store_dir, graph_file)
    click.echo(format_stats(compute(g)))


def run() -> None:  # pragma: no cover - entry point for `python -m kgraph`
    main(prog_name=os.environ.get("KGRAPH_PROG", "kgraph"))
