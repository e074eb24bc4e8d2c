#!/usr/bin/env python3
"""Scale benchmark: synthetic minutes → extraction → RDF → stores → competency queries.

    python benchmarks/run.py --meetings 1000 10000 [--stores pyoxigraph oxrdflib rdflib]
                             [--json out.json] [--seed S] [--jobs J]

For each size: generates the corpus (cached in ``benchmarks/out/corpus-N-sS``), then measures

* the end-to-end ``kgraph build`` time, and from its report the time of each stage:
  extraction throughput (documents/s, MB/s, on all cores), resolution and minting, loading
  the embedded store (triples/s), writing graph.ttl; the number of triples;
* synthetic extraction accuracy against the generator's truth files (items, decisions, actions);
* the latency of the first four competency queries (median of 5 runs after a warm-up), with
  parameters taken from the generated truth, on the build's own on-disk store and, loaded with
  the same graph, each in-memory option side by side;
* peak memory (the build and its workers; each size runs in a fresh process).

Prints a Markdown table and writes JSON. Each size runs in its own subprocess so that peak-memory
figures do not carry over from one size to the next.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT_ROOT = HERE / "out"
STORES = ("pyoxigraph", "pyoxigraph-mem", "oxrdflib", "rdflib")
QUERIES = ("topic-history", "meeting-at-a-glance", "who-owes-what", "attendance")
QUERY_RUNS = 5
SLOW_QUERY_S = 30.0   # a warm-up slower than this is reported once instead of five more times

sys.path.insert(0, str(HERE))
import generate  # noqa: E402  (the sibling module, importable when run as a script)


# --------------------------------------------------------------------------- corpus


def corpus_dir(n: int, seed: int) -> Path:
    return OUT_ROOT / f"corpus-{n}-s{seed}"


def ensure_corpus(n: int, seed: int) -> tuple[Path, dict]:
    """The cached corpus for (n, seed), regenerated when missing or from another generator version."""
    OUT_ROOT.mkdir(parents=True, exist_ok=True)
    ignore = OUT_ROOT / ".gitignore"
    if not ignore.exists():   # generated corpora and results are never committed
        ignore.write_text("*\n")
    folder = corpus_dir(n, seed)
    manifest_path = folder / "manifest.json"
    if manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("generator") == generate.GENERATOR_VERSION and manifest.get("meetings") == n:
            return folder, manifest
    if folder.exists():
        shutil.rmtree(folder)
    manifest = generate.generate_corpus(n, folder, seed)
    return folder, manifest


def query_params(folder: Path, files: list[str]) -> dict[str, dict[str, str]]:
    """Parameters for the four queries, read from the truth files (no guessing at the graph)."""
    best_meeting, best_score = None, -1
    owner = person = None
    for name in files:
        truth = json.loads((folder / "truth" / (Path(name).stem + ".json")).read_text())
        score = len(truth["actions"]) + len(truth["decisions"]) + len(truth["attendees"])
        if truth["attendees"] and score > best_score:
            best_meeting, best_score = truth["date"], score
        if owner is None and truth["actions"]:
            owner = truth["actions"][0]["owners"][0].split()[-1]
        if person is None and truth["attendees"]:
            person = truth["attendees"][-1]["name"].split()[-1]
        if best_score > 40 and owner and person:
            break
    return {"topic-history": {"topic": "DHR"},
            "meeting-at-a-glance": {"meeting": best_meeting or "2011-01-01"},
            "who-owes-what": {"owner": owner or "Smith"},
            "attendance": {"person": person or "Smith"}}


# --------------------------------------------------------------------------- accuracy


def extraction_accuracy(records: list, folder: Path) -> dict:
    """How often the extractor finds what the generator planted, per document and in total."""
    kinds = ("items", "decisions", "actions", "explicit_actions", "attendees")
    exact = dict.fromkeys(kinds, 0)
    found = dict.fromkeys(kinds, 0)
    planted = dict.fromkeys(kinds, 0)
    for record in records:
        truth_path = folder / "truth" / (Path(record.source.path).stem + ".json")
        if not truth_path.is_file():
            continue
        truth = json.loads(truth_path.read_text())
        want = {"items": len(truth["items"]), "decisions": len(truth["decisions"]),
                "actions": len(truth["actions"]),
                "explicit_actions": sum(a["explicit"] for a in truth["actions"]),
                "attendees": len(truth["attendees"])}
        got = {"items": len(record.items), "decisions": sum(len(i.decisions) for i in record.items),
               "actions": sum(len(i.actions) for i in record.items),
               "explicit_actions": sum(a.explicit for i in record.items for a in i.actions),
               # apologies and absentees are listed but did not attend (no kg:attendee), as in the truth
               "attendees": sum(a.list_kind not in ("apologies", "absent") for a in record.attendance)}
        for k in kinds:
            exact[k] += got[k] == want[k]
            found[k] += min(got[k], want[k])   # count-level recall: an upper bound on true matches
            planted[k] += want[k]
    docs = len(records)
    return {k: {"docs_exact": round(exact[k] / docs, 4) if docs else None,
                "count_recall": round(found[k] / planted[k], 4) if planted[k] else None,
                "planted": planted[k]} for k in kinds}


# --------------------------------------------------------------------------- stores


def open_option(option: str, workdir: Path):
    """A fresh, empty in-memory store for one comparison option (the on-disk store is the build's)."""
    from kgraph.store import RdflibStore, open_store
    if option == "pyoxigraph-mem":      # the same engine without RocksDB, to separate the two
        return open_store(None)
    return RdflibStore(plugin="Oxigraph" if option == "oxrdflib" else "default")


def load_into(store, option: str, nquads: bytes) -> None:
    if hasattr(store, "load_nquads"):
        store.load_nquads(nquads)
    else:   # oxrdflib parses N-Quads natively; rdflib's own parser for its memory store
        store.dataset.parse(data=nquads, format="ox-nquads" if option == "oxrdflib" else "nquads")


def run_named_query(store, name: str, params: dict[str, str], option: str) -> int:
    """Run one competency query through kgraph.query; returns the number of rows."""
    from kgraph.query import bind_params, load_query, run_query
    if option != "oxrdflib":
        return len(run_query(store, name, params).rows)
    # oxrdflib rejects initBindings for variables outside the SELECT projection, so the
    # parameters go in as a VALUES block (kgraph.store's own escaping), straight to rdflib
    from kgraph.store import inject_values
    info, text = load_query(name)
    return len(list(store.dataset.query(inject_values(text, bind_params(info, params)))))


def time_query(store, name: str, params: dict[str, str], option: str) -> dict:
    began = time.perf_counter()
    rows = run_named_query(store, name, params, option)   # warm-up
    warm = time.perf_counter() - began
    if warm > SLOW_QUERY_S:
        return {"median_ms": round(warm * 1000, 1), "runs": 1, "rows": rows}
    times = []
    for _ in range(QUERY_RUNS):
        began = time.perf_counter()
        run_named_query(store, name, params, option)
        times.append(time.perf_counter() - began)
    result = {"median_ms": round(statistics.median(times) * 1000, 2), "runs": QUERY_RUNS, "rows": rows}
    if option in ("pyoxigraph", "pyoxigraph-mem"):
        result["engine_ms"] = engine_ms(store, name, params)
    return result


def engine_ms(store, name: str, params: dict[str, str]) -> float:
    """The same query text straight to pyoxigraph, every cell of every row read but not
    converted: what kgraph adds over the raw engine (parameter binding, rdflib terms) is the
    difference."""
    from kgraph.query import bind_params, load_query
    from kgraph.store import inject_values
    info, text = load_query(name)
    text = inject_values(text, bind_params(info, params))
    engine = store.pyoxigraph_store
    times = []
    for _ in range(QUERY_RUNS):
        began = time.perf_counter()
        for row in engine.query(text, use_default_graph_as_union=True):
            for _cell in row:
                pass
        times.append(time.perf_counter() - began)
    return round(statistics.median(times) * 1000, 2)


def _time_on_disk_store(store_dir: str, name: str, params: dict[str, str], send) -> None:
    try:
        from kgraph.store import open_store
        send.send(time_query(open_store(store_dir, read_only=True), name, params, "pyoxigraph"))
    except Exception as exc:
        send.send({"error": f"{type(exc).__name__}: {exc}"[:300]})


def time_query_bounded(store, name: str, params: dict[str, str], option: str, timeout: float) -> dict:
    """time_query in a forked child, abandoned after `timeout` seconds.

    rdflib's evaluator cannot be interrupted, and on large graphs one query can run for many
    minutes; a fork shares the loaded store copy-on-write, so the child times the same data.
    The embedded Oxigraph store (native threads) is timed in-process instead.
    """
    import multiprocessing
    if timeout <= 0:
        return time_query(store, name, params, option)
    if option == "pyoxigraph":
        # RocksDB does not survive a fork: a fresh process opens the closed store read-only
        ctx = multiprocessing.get_context("spawn")
        receive, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_time_on_disk_store, args=(str(store), name, params, send))
    else:
        ctx = multiprocessing.get_context("fork")
        receive, send = ctx.Pipe(duplex=False)

        def child() -> None:
            try:
                send.send(time_query(store, name, params, option))
            except Exception as exc:  # report, do not hang the parent
                send.send({"error": f"{type(exc).__name__}: {exc}"[:300]})

        proc = ctx.Process(target=child)
    proc.start()
    if receive.poll(timeout):
        result = receive.recv()
    else:
        result = {"median_ms": None, "timeout_s": timeout, "rows": None}
    proc.kill()
    proc.join()
    return result


def peak_memory_mb() -> dict:
    """High-water resident memory of this process and of its finished children (Linux: KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"process_mb": round(own, 1), "largest_child_mb": round(children, 1)}


# --------------------------------------------------------------------------- one size


def end_to_end(folder: Path, workdir: Path, jobs: int | None) -> dict:
    """`kgraph build` on the corpus into a fresh folder, timed from outside; its report gives
    the time of each stage (extraction, resolution and minting, loading the store, graph.ttl)."""
    out = workdir / "e2e"
    report = workdir / "build-report.json"
    cmd = [sys.executable, "-m", "kgraph", "build", str(folder), "-o", str(out), "--full", "-q",
           "--report", str(report)]
    if jobs:
        cmd += ["-j", str(jobs)]
    began = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    took = time.perf_counter() - began
    # the build is the first child of this process (each size runs in a fresh one), so the
    # children's high-water mark is the build's, its extraction and minting processes included
    result = {"seconds": round(took, 2), "exit_code": proc.returncode,
              "peak_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
              "stderr_tail": proc.stderr.strip().splitlines()[-3:] if proc.returncode else []}
    if report.exists():
        data = json.loads(report.read_text())
        result.update(inside_s=data["seconds"], timings=data.get("timings", {}), counts=data["counts"])
    return result


def cached_records(build_dir: Path) -> list:
    """The records the build extracted, from its cache (so the corpus is not extracted twice)."""
    import pickle
    manifest = json.loads((build_dir / "manifest.json").read_text())
    records = []
    for sha in dict.fromkeys(manifest["documents"].values()):
        with open(build_dir / "cache" / f"{sha}.pickle", "rb") as fh:
            records.append(pickle.load(fh))
    return records


def progress(message: str) -> None:
    print(f"  {time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


def measure_size(n: int, seed: int, stores: list[str], jobs: int | None, query_timeout: float) -> dict:
    """One corpus size: the end-to-end build (the product's path, timed stage by stage), then the
    same graph in each store option, queried side by side."""
    from kgraph.pipeline import mint

    result: dict = {"meetings": n, "seed": seed, "cpu_count": os.cpu_count()}
    began = time.perf_counter()
    folder, manifest = ensure_corpus(n, seed)
    result["generate_s"] = round(time.perf_counter() - began, 2)
    result["corpus_mb"] = round(manifest["bytes"] / 1e6, 2)
    result["layouts"] = manifest["layouts"]
    files = manifest["files"]

    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as tmp:
        workdir = Path(tmp)
        progress("kgraph build (end to end)")
        build = result["kgraph_build"] = end_to_end(folder, workdir, jobs)
        if build["exit_code"] != 0 or "timings" not in build:
            raise SystemExit(f"kgraph build failed: {build['stderr_tail']}")
        timings, counts = build["timings"], build["counts"]
        extract_s = timings["read and extract"]
        result["extract"] = {"seconds": round(extract_s, 2), "docs_per_s": round(len(files) / extract_s, 1),
                             "mb_per_s": round(manifest["bytes"] / 1e6 / extract_s, 2)}
        result["mint"] = {"seconds": round(timings["resolve and mint"], 2)}
        result["triples"] = counts["triples"]
        records = cached_records(workdir / "e2e")
        result["accuracy"] = extraction_accuracy(records, folder)

        params = query_params(folder, files)
        result["query_params"] = params
        result["stores"] = {}
        minted = None
        for option in stores:
            entry: dict = {}
            progress(f"loading and querying {option}")
            try:
                if option == "pyoxigraph":     # the build's own store, as `kgraph query` opens it
                    entry["load_s"] = round(timings["load store"], 2)
                    target = workdir / "e2e"
                else:
                    if minted is None:
                        minted = mint(sorted(records, key=lambda r: (r.header.date, r.source.path)),
                                      jobs=jobs, work_dir=workdir)
                        nquads = minted.nquads()
                        minted.discard()
                    target = open_option(option, workdir)
                    began = time.perf_counter()
                    load_into(target, option, nquads)
                    entry["load_s"] = round(time.perf_counter() - began, 2)
                entry["triples_per_s"] = round(counts["triples"] / entry["load_s"]) if entry["load_s"] else None
                entry["queries"] = {name: time_query_bounded(target, name, params[name], option, query_timeout)
                                    for name in QUERIES}
                if hasattr(target, "close"):
                    target.close()
            except Exception as exc:   # one store failing must not hide the others' figures
                entry["error"] = f"{type(exc).__name__}: {exc}"[:300]
            result["stores"][option] = entry
    result["memory"] = peak_memory_mb()
    return result


# --------------------------------------------------------------------------- report


def query_cell(entry: dict | None) -> str:
    if not entry:
        return "—"
    if "error" in entry:
        return "error"
    if entry.get("median_ms") is None:
        return f"> {entry['timeout_s']:.0f} s (timeout)"
    once = " once" if entry.get("runs") == 1 else ""
    engine = f"; engine {entry['engine_ms']}" if "engine_ms" in entry else ""
    return f"{entry['median_ms']}{once} ({entry['rows']} rows{engine})"


def markdown(results: list[dict], stores: list[str]) -> str:
    lines = ["| meetings | MB | e2e build s | extract s | docs/s | MB/s | resolve+mint s | load store s | "
             "compact store s | graph.ttl s | triples | build peak MB |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        build = r.get("kgraph_build", {})
        timings = build.get("timings", {})
        lines.append(f"| {r['meetings']} | {r['corpus_mb']} | {build.get('seconds', '—')} | "
                     f"{r['extract']['seconds']} | {r['extract']['docs_per_s']} | {r['extract']['mb_per_s']} | "
                     f"{r['mint']['seconds']} | {round(timings.get('load store', 0), 2)} | "
                     f"{round(timings.get('compact store', 0), 2)} | "
                     f"{round(timings.get('write graph.ttl', 0), 2)} | {r['triples']} | "
                     f"{build.get('peak_mb', '—')} |")
    lines += ["", "| meetings | store | load s | triples/s | " + " | ".join(f"{q} ms" for q in QUERIES) + " |",
              "|---:|---|---:|---:|" + "---:|" * len(QUERIES)]
    for r in results:
        for option in stores:
            s = r["stores"].get(option, {})
            if "error" in s:
                lines.append(f"| {r['meetings']} | {option} | error: {s['error'][:60]} |")
                continue
            q = s.get("queries", {})
            cells = " | ".join(query_cell(q.get(name)) for name in QUERIES)
            lines.append(f"| {r['meetings']} | {option} | {s.get('load_s')} | {s.get('triples_per_s')} | {cells} |")
    lines += ["", "| meetings | what | docs exactly right | count recall | planted |", "|---:|---|---:|---:|---:|"]
    for r in results:
        for kind, acc in r["accuracy"].items():
            lines.append(f"| {r['meetings']} | {kind} | {acc['docs_exact']} | {acc['count_recall']} | {acc['planted']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, nargs="+", default=[1000])
    parser.add_argument("--stores", nargs="+", choices=STORES, default=list(STORES))
    parser.add_argument("--json", dest="json_path", help="write the figures here")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=None, help="extraction processes (default: all cores)")
    parser.add_argument("--query-timeout", type=float, default=300.0,
                        help="give up on one rdflib query after this many seconds (0: never)")
    parser.add_argument("--single", action="store_true", help=argparse.SUPPRESS)  # child mode: one size
    args = parser.parse_args(argv)

    if args.single:
        result = measure_size(args.meetings[0], args.seed, args.stores, args.jobs, args.query_timeout)
        print(json.dumps(result))
        return 0

    results = []
    for n in args.meetings:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--single", "--meetings", str(n),
               "--seed", str(args.seed), "--stores", *args.stores]
        if args.jobs:
            cmd += ["--jobs", str(args.jobs)]
        cmd += ["--query-timeout", str(args.query_timeout)]
        print(f"# {n} meetings …", file=sys.stderr, flush=True)
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, cwd=REPO)  # stderr: progress
        if proc.returncode != 0:
            return proc.returncode
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        if args.json_path:   # keep what is done so far if a larger size is interrupted
            Path(args.json_path).write_text(json.dumps({"results": results}, indent=1))
    print(markdown(results, args.stores))
    if args.json_path:
        Path(args.json_path).write_text(json.dumps({"results": results, "cpu_count": os.cpu_count()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
