"""The library API: from minutes on disk to a knowledge graph, stage by stage.

    from kgraph.pipeline import extract_document, build_dataset, build
    record = extract_document("minutes/2023-07-12.txt")     # read → segment → extract → entities
    dataset = build_dataset([record])                         # resolve → RDF (named graphs)
    result = build(["minutes/"], "output/")                   # the whole batch, as `kgraph build`

A batch never stops at a bad document: each failure is recorded with a one-line reason and the
rest are built. Outputs are written atomically, so an interrupted build leaves the previous ones.
"""
from __future__ import annotations

import gc
import glob
import hashlib
import json
import multiprocessing as mp
import os
import pickle
import shutil
import tempfile
import time
from array import array
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

from rdflib import Dataset

from . import graph as rdf
from .extract import extract
from .files import write_atomic, write_atomic_with
from .model import InputError, MeetingRecord, Registry, SourceText
from .read import DEFAULT_MAX_BYTES, read_source
from .segment import segment
from .turtle import TurtleWriter

DOCUMENT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".aspx", ".xhtml",
                     ".pdf", ".docx"}
PARALLEL_THRESHOLD = 16          # below this many documents a process pool costs more than it saves
MANIFEST_NAME = "manifest.json"
# Compact the embedded store after a load that replaced at least 1/OPTIMIZE_SHARE of its graphs.
# A bulk load leaves one set of index files per batch of a million quads, and every lookup
# then seeks in each of them: at 10,000 meetings compaction took ~22 s and made queries 3x
# faster. A small incremental load is not worth rewriting the whole store for.
OPTIMIZE_SHARE = 4
CACHE_DIR = "cache"


# --------------------------------------------------------------------------- one document


def find_mentions(record: MeetingRecord):
    from .entities import find_mentions as _find
    return _find(record)


def check_dates(record: MeetingRecord) -> None:
    """Data-quality checks that do not stop a build but are recorded in the graph."""
    date = record.header.date
    for ref in record.meeting_refs:
        if date and ref.relation == "previous" and ref.date > date:
            record.warnings.append(
                f"data quality: approves minutes of a meeting on {ref.date.isoformat()}, "
                f"after this meeting ({date.isoformat()})")
        if date and ref.relation == "next" and ref.date < date:
            record.warnings.append(
                f"data quality: next meeting {ref.date.isoformat()} is before this meeting "
                f"({date.isoformat()})")


def extract_source(source: SourceText) -> MeetingRecord:
    """Segment, extract and find entities in a document already read."""
    seg = segment(source)
    record = extract(seg)
    if record.header.date is None:
        raise InputError(source.path, "no recognisable meeting date")
    record.mentions = find_mentions(record)
    check_dates(record)
    return record


def extract_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> MeetingRecord:
    """Read one file and extract everything from it; raises InputError for bad input."""
    return extract_source(read_source(path, max_bytes=max_bytes))


def resolve(records: list[MeetingRecord]) -> Registry:
    from .resolve import resolve as _resolve
    return _resolve(records)


def build_dataset(records: list[MeetingRecord], registry: Registry | None = None) -> Dataset:
    """Resolve entities across the records and mint one named graph per document."""
    for record in records:
        if record.header.date is None:
            raise InputError(record.source.path, "no recognisable meeting date")
    unique: dict[str, MeetingRecord] = {}
    for record in sorted(records, key=lambda r: (r.header.date, r.source.path)):
        unique.setdefault(record.source.sha256, record)   # the same document twice is one document
    records = list(unique.values())
    if registry is None:
        registry = resolve(records)
    return rdf.build_dataset(records, registry)


# --------------------------------------------------------------------------- batches


def expand_sources(sources: Iterable[str | Path], exclude: str | Path | None = None,
                   ) -> tuple[list[str], list[tuple[str, str]]]:
    """Files, folders (recursively, known document suffixes) and globs → file paths, in order.

    ``exclude`` (the build's output folder) is skipped: its pages are not minutes. Returns
    (paths, problems) where problems name sources that matched nothing."""
    paths: list[str] = []
    problems: list[tuple[str, str]] = []
    for source in sources:
        s = str(source)
        p = Path(s)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*")
                           if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                problems.append((s, "folder holds no minutes (.txt, .md, .html, .pdf, .docx)"))
            paths.extend(found)
        elif p.exists():
            paths.append(s)
        elif glob.has_magic(s):
            found = sorted(f for f in glob.glob(s, recursive=True) if Path(f).is_file())
            if not found:
                problems.append((s, "pattern matches no file"))
            paths.extend(found)
        else:
            problems.append((s, "no such file or folder"))
    if exclude is not None:
        skip = Path(exclude).resolve()
        paths = [x for x in paths if not Path(x).resolve().is_relative_to(skip)]
    seen: set[str] = set()
    unique = [x for x in paths if not (x in seen or seen.add(x))]
    return unique, problems


@dataclass
class DocumentOutcome:
    path: str
    status: str                        # "built", "cached", "duplicate", "failed"
    message: str | None = None
    sha256: str | None = None
    warnings: list[str] = field(default_factory=list)
    meeting_date: str | None = None
    body: str | None = None


@dataclass
class BuildResult:
    out_dir: str | None
    documents: list[DocumentOutcome]
    counts: dict[str, int]
    seconds: float
    graph_file: str | None = None
    timings: dict[str, float] = field(default_factory=dict)   # seconds per stage
    store_changes: dict[str, int] = field(default_factory=dict)   # document graphs loaded / kept

    @property
    def failures(self) -> list[DocumentOutcome]:
        return [d for d in self.documents if d.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failures

    def to_json(self) -> dict:
        return {"out_dir": self.out_dir, "graph_file": self.graph_file, "seconds": round(self.seconds, 3),
                "timings": {k: round(v, 3) for k, v in self.timings.items()},
                "store_changes": self.store_changes,
                "counts": self.counts, "ok": self.ok,
                "documents": [asdict(d) for d in self.documents]}


def _extract_path(path: str, max_bytes: int, cache_dir: Path | None = None, pickled: bool = False,
                  ) -> tuple[str, MeetingRecord | bytes | None, str | None]:
    """Worker: one document → (path, record or None, error message or None). Never raises.

    With ``cache_dir`` the record is also saved there under its content hash, by the worker, so
    that the parent process is not the one pickling every record a second time. With
    ``pickled`` the record comes back pickled: a process pool would pickle it again to send it,
    and the same bytes serve both."""
    try:
        record = extract_document(path, max_bytes=max_bytes)
    except InputError as exc:
        return path, None, exc.problem
    except Exception as exc:  # a bug must not lose the batch: report it against the file
        return path, None, f"internal error while extracting: {type(exc).__name__}: {exc}"
    if cache_dir is None and not pickled:
        return path, record, None
    data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
    if cache_dir is not None:
        Cache.save_pickle(cache_dir, record.source.sha256, data)
    return path, (data if pickled else record), None


def _sha256_of(path: str, max_bytes: int) -> str | None:
    """The content hash, or None when the file cannot be read or is over the size cap (reading
    a huge file only to reject it would waste the time the cap saves)."""
    try:
        if os.path.getsize(path) > max_bytes:
            return None
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        return h.hexdigest()
    except OSError:
        return None


@cache
def extractor_fingerprint() -> str:
    """A hash of the code and data that extraction depends on: a cached record made by other
    code is stale, so upgrading kgraph (or editing its word lists) re-extracts everything."""
    from .resources import PACKAGE_DIR, ontology_path

    h = hashlib.sha256()
    files = sorted(p for p in PACKAGE_DIR.rglob("*") if p.is_file() and p.suffix in {".py", ".json", ".tsv"})
    topics = ontology_path("topics.ttl")
    for path in files + ([topics] if topics else []):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


class Cache:
    """Extracted records keyed by content hash, with a manifest of path → hash, for rebuilds."""

    def __init__(self, out_dir: Path, *, reuse: bool = True):
        self.dir = out_dir / CACHE_DIR
        self.manifest_path = out_dir / MANIFEST_NAME
        self.reuse = reuse
        try:
            saved = json.loads(self.manifest_path.read_text())
        except (OSError, ValueError):
            saved = {}
        # what the previous build into this folder held (its graphs are ours to replace)
        self.previous: dict[str, str] = dict(saved.get("documents", {})) if isinstance(saved, dict) else {}
        # each document graph's content hash as the store holds it: unchanged graphs stay put
        self.graph_hashes: dict[str, str] = dict(saved.get("graphs", {})) if isinstance(saved, dict) else {}
        fresh = isinstance(saved, dict) and saved.get("extractor") == extractor_fingerprint()
        self.manifest: dict[str, str] = self.previous if (reuse and fresh) else {}

    def get(self, sha: str) -> MeetingRecord | None:
        try:
            with open(self.dir / f"{sha}.pickle", "rb") as fh:
                return pickle.load(fh)
        except Exception:  # a stale or unreadable cache entry just means re-extracting
            return None

    @staticmethod
    def save_pickle(folder: Path, sha: str, data: bytes) -> None:
        path = folder / f"{sha}.pickle"
        try:
            # renaming onto an existing file makes ext4 flush the new one to disk first (~2 ms a
            # file on a rebuild); an entry missing for a moment only means extracting it again
            path.unlink(missing_ok=True)
            write_atomic(path, data)
        except OSError:       # a cache that cannot be written only costs a re-extraction later
            pass

    def save(self, manifest: dict[str, str], graph_hashes: dict[str, str] | None = None) -> None:
        data = {"extractor": extractor_fingerprint(), "documents": manifest, "graphs": graph_hashes or {}}
        write_atomic(self.manifest_path, json.dumps(data, indent=1, sort_keys=True))
        keep = set(manifest.values())
        if self.dir.exists():
            for f in self.dir.glob("*.pickle"):
                if f.stem not in keep:
                    f.unlink(missing_ok=True)


def _prepare_extraction_worker() -> None:
    """A worker allocates many short-lived objects per document and keeps nothing: the cyclic
    garbage collector need not scan the loaded word lists (frozen) nor run every 700 allocations."""
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


@contextmanager
def _no_cyclic_gc():
    """The cyclic garbage collector paused while records pile up in this process.

    Unpickled records are kept, not thrown away, yet every collection scans all of them: at
    3,000 documents it took about a second of this process's CPU, which the extraction workers
    need. Reference counting still frees everything else; the collector's state is restored."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def extract_many(paths: list[str], *, jobs: int | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 cache_dir: Path | None = None,
                 ) -> Iterable[tuple[str, MeetingRecord | None, str | None]]:
    """Extract documents, on all cores when there are many; yields results as they finish.
    With ``cache_dir``, each record is also saved there (see :class:`Cache`)."""
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(paths) >= PARALLEL_THRESHOLD:
        chunk = max(1, min(64, len(paths) // (jobs * 8)))
        with ProcessPoolExecutor(max_workers=jobs, initializer=_prepare_extraction_worker) as pool, \
                _no_cyclic_gc():
            for path, record, error in pool.map(_extract_path, paths, [max_bytes] * len(paths),
                                                [cache_dir] * len(paths), [True] * len(paths),
                                                chunksize=chunk):
                yield path, (pickle.loads(record) if isinstance(record, bytes) else record), error
    else:
        for path in paths:
            yield _extract_path(path, max_bytes, cache_dir)


def count_summary(records: list[MeetingRecord], minted: Minted | None) -> dict[str, int]:
    items = [i for r in records for i in r.items]
    counts = {
        "documents": len(records),
        "meetings": len({(r.header.body, r.header.date) for r in records}),
        "items": len(items),
        "decisions": sum(len(i.decisions) for i in items),
        "actions": sum(len(i.actions) for i in items),
    }
    if minted is not None:
        counts.update(minted.type_counts)
    return counts


def build(sources: Iterable[str | Path], out_dir: str | Path | None = "output", *,
          jobs: int | None = None, max_bytes: int = DEFAULT_MAX_BYTES, incremental: bool = True,
          load_store: bool = True, store=None,
          progress: Callable[[DocumentOutcome], None] | None = None,
          on_total: Callable[[int], None] | None = None,
          on_stage: Callable[[str], None] | None = None) -> BuildResult:
    """Build the graph of every document in ``sources`` into ``out_dir``.

    Writes ``graph.ttl`` (the union of all document graphs) and loads the embedded store (or
    ``store``, any object with ``replace_graphs(dataset)``); bad documents are reported in the
    result, never raised. With ``incremental``, documents whose content hash is unchanged since the
    last build into the same folder are not extracted again. ``on_stage`` hears the name of each
    stage after extraction as it begins ("resolving and minting", "loading the store", …).
    """
    stage = on_stage or (lambda name: None)
    started = time.perf_counter()
    store_changes: dict[str, int] = {}
    paths, problems = expand_sources(sources, exclude=out_dir)
    outcomes: list[DocumentOutcome] = [DocumentOutcome(p, "failed", msg) for p, msg in problems]
    for o in outcomes:
        if progress:
            progress(o)
    out = Path(out_dir) if out_dir is not None else None
    cache = Cache(out, reuse=incremental) if out is not None else None

    records: dict[str, MeetingRecord] = {}     # sha256 → record
    manifest: dict[str, str] = {}
    to_extract: list[str] = []
    hashes: dict[str, str | None] = {}
    if on_total:
        on_total(len(paths) + len(outcomes))
    for path in paths:
        sha = _sha256_of(path, max_bytes) if cache is not None else None
        hashes[path] = sha
        if sha and sha in records:
            outcome = DocumentOutcome(path, "duplicate", f"same content as {records[sha].source.path}", sha)
            outcomes.append(outcome)
            if progress:
                progress(outcome)
            continue
        cached = cache.get(sha) if (cache and sha and cache.manifest.get(path) == sha) else None
        if cached is not None:
            records[sha] = cached
            manifest[path] = sha
            outcome = DocumentOutcome(path, "cached", None, sha, list(cached.warnings),
                                      cached.header.date.isoformat(), cached.header.body)
            outcomes.append(outcome)
            if progress:
                progress(outcome)
        else:
            to_extract.append(path)

    for path, record, error in extract_many(to_extract, jobs=jobs, max_bytes=max_bytes,
                                            cache_dir=cache.dir if cache is not None else None):
        if record is None:
            outcome = DocumentOutcome(path, "failed", error, hashes.get(path))
        elif record.source.sha256 in records:
            outcome = DocumentOutcome(path, "duplicate",
                                      f"same content as {records[record.source.sha256].source.path}",
                                      record.source.sha256)
        else:
            records[record.source.sha256] = record
            manifest[path] = record.source.sha256
            outcome = DocumentOutcome(path, "built", None, record.source.sha256, list(record.warnings),
                                      record.header.date.isoformat(), record.header.body)
        outcomes.append(outcome)
        if progress:
            progress(outcome)

    timings = {"read and extract": time.perf_counter() - started}
    record_list = sorted(records.values(), key=lambda r: (r.header.date, r.source.path))
    graph_file = None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    lap = time.perf_counter()
    stage("resolving and minting")
    minted = mint(record_list, jobs=jobs, work_dir=out,
                  in_store=cache.graph_hashes if (cache is not None and load_store and store is None) else None)
    timings["resolve and mint"] = time.perf_counter() - lap
    try:
        lap = time.perf_counter()
        if out is not None and load_store and store is None:
            store = _open_embedded_store(out)
        if store is not None:
            stage("loading the store")
            loaded = sync_store(store, minted, previous=cache.previous if cache is not None else {})
            timings["load store"] = time.perf_counter() - lap
            shared_graphs = 2                                # the vocabulary and the entities
            documents = len(minted.graph_names) - shared_graphs
            store_changes = {"loaded": documents - len(minted.unchanged), "unchanged": len(minted.unchanged)}
            if hasattr(store, "optimize") and (loaded - shared_graphs) * OPTIMIZE_SHARE >= documents:
                lap = time.perf_counter()
                stage("compacting the store")
                store.optimize()
                timings["compact store"] = time.perf_counter() - lap
        counts = count_summary(record_list, minted)
        counts["triples"] = minted.triple_count
        if out is not None:
            lap = time.perf_counter()
            stage("writing graph.ttl")
            graph_file = minted.write_turtle(out / "graph.ttl")
            if cache is not None:
                cache.save(manifest, minted.graph_hashes if store is not None else {})
            timings["write graph.ttl"] = time.perf_counter() - lap
    finally:
        minted.discard()
    order = {p: i for i, p in enumerate(problems_first(problems, paths))}
    outcomes.sort(key=lambda o: order.get(o.path, len(order)))
    return BuildResult(str(out) if out else None, outcomes, counts,
                       time.perf_counter() - started, str(graph_file) if graph_file else None, timings,
                       store_changes)


@dataclass
class Minted:
    """The build's RDF, minted to files in a work folder: N-Quads (one named graph per document,
    the shared entities and the vocabulary) and the same triples as Turtle, and what they hold."""

    work_dir: Path
    nquads_files: list[Path]
    turtle_files: list[Path]
    graph_names: list[str]
    type_counts: dict[str, int]
    triple_count: int                  # distinct triples in the union of the graphs
    graph_hashes: dict[str, str] = field(default_factory=dict)   # document graph → content hash
    unchanged: set[str] = field(default_factory=set)   # graphs the store already holds as minted
    unchanged_files: list[Path] = field(default_factory=list)    # their N-Quads, kept aside

    def nquads(self) -> bytes:
        """Every graph's N-Quads, unchanged ones included."""
        return _read_all([*self.nquads_files, *self.unchanged_files])

    def write_turtle(self, path: Path) -> Path:
        """graph.ttl: the union of the graphs, written atomically from the minted parts."""
        def write(tmp: Path) -> None:
            with open(tmp, "wb") as out:
                out.write(TurtleWriter(rdf.PREFIXES, minted=str(rdf.KGR)).header().encode("utf-8"))
                for part in self.turtle_files:
                    with open(part, "rb") as src:
                        shutil.copyfileobj(src, out, 1 << 20)
        return write_atomic_with(path, write)

    def discard(self) -> None:
        shutil.rmtree(self.work_dir, ignore_errors=True)


def _read_all(paths: list[Path]) -> bytes:
    return b"".join(path.read_bytes() for path in paths)


@dataclass
class _MintedPart:
    """What one process minted for its share of the documents."""

    nquads_file: Path                  # the documents' own named graphs
    unchanged_file: Path               # those the store already holds, as minted
    turtle_file: Path
    names: list[str]
    graph_hashes: dict[str, str]
    unchanged: set[str]
    shared: list[tuple[str, str, str]]  # triples describing shared resources (deduplicated later)
    typed: dict[str, set[str]]
    hashes: bytes                      # hash of every document triple, to count distinct ones


def _mint_part(records: list[MeetingRecord], registry: Registry, stem: Path,
               in_store: dict[str, str] | None = None) -> _MintedPart:
    """Mint ``records`` to ``stem``.nq and ``stem``.ttl. Graphs whose content hash is the one
    ``in_store`` gives (the store holds them already) go to ``stem``.unchanged.nq instead."""
    names: list[str] = []
    shared: list[tuple[str, str, str]] = []
    typed: dict[str, set[str]] = {"people": set(), "organisations": set(), "topics": set()}
    watch = {rdf.NT_FOAF.Person: "people", rdf.NT_ORG.Organization: "organisations"}
    rdf_type, subject = rdf.NT_RDF.type, rdf.NT_DCTERMS.subject
    hashes = array("q")
    graph_hashes: dict[str, str] = {}
    unchanged: set[str] = set()
    in_store = in_store or {}
    writer = TurtleWriter(rdf.PREFIXES, minted=str(rdf.KGR))
    entity_graph = str(rdf.ENTITY_GRAPH)
    nq_path, ttl_path = stem.with_suffix(".nq"), stem.with_suffix(".ttl")
    same_path = stem.with_suffix(".unchanged.nq")
    with open(nq_path, "w", encoding="utf-8") as nq, open(ttl_path, "w", encoding="utf-8") as ttl, \
            open(same_path, "w", encoding="utf-8") as same:
        for name, triples in rdf.corpus_graphs(records, registry):
            if name == entity_graph:          # the last one: this part's shared resources
                shared = triples
                for s, p, o in triples:
                    if p == rdf_type and o in watch:
                        typed[watch[o]].add(s)
                continue
            typed["topics"].update(o for s, p, o in triples if p == subject)
            names.append(name)
            text = rdf.nquads(triples, name)
            digest = graph_hashes[name] = hashlib.sha1(text.encode("utf-8")).hexdigest()
            if in_store.get(name) == digest:
                unchanged.add(name)
                same.write(text)
            else:
                nq.write(text)
            ttl.write(writer.body(triples))
            hashes.extend(map(hash, triples))
    return _MintedPart(nq_path, same_path, ttl_path, names, graph_hashes, unchanged, shared, typed,
                       hashes.tobytes())


# The batch a minting process works on, inherited from the parent when the process is forked
# (10,000 records would otherwise be pickled to every process); set once by the pool initialiser.
_batch: tuple[list[MeetingRecord], Registry, dict[str, str] | None] | None = None


def _receive_batch(records: list[MeetingRecord], registry: Registry, in_store: dict[str, str] | None) -> None:
    global _batch
    _batch = (records, registry, in_store)


def _mint_chunk(start: int, end: int, stem: Path) -> _MintedPart:
    assert _batch is not None, "minting process started without its batch"
    records, registry, in_store = _batch
    return _mint_part(records[start:end], registry, stem, in_store)


def mint(records: list[MeetingRecord], *, jobs: int | None = None, work_dir: str | Path | None = None,
         in_store: dict[str, str] | None = None) -> Minted:
    """Resolve entities and mint every document's named graph to N-Quads and Turtle files.

    The fast path of ``build``: no rdflib store is filled (its indexing costs more than the
    minting), the N-Quads load in bulk into Oxigraph, and many documents are minted on all cores
    (resolution needs every document first, so it stays in this process). Processes are forked
    so that they share the records instead of receiving copies, and triples are counted by hash
    because Python's string hashes agree between a process and its forks; where processes cannot
    be forked, minting runs here. ``in_store`` (graph → content hash of what a store already
    holds) sets aside the graphs that would not change. The caller discards the work folder
    (``Minted.discard``)."""
    unique: dict[str, MeetingRecord] = {}
    for record in records:
        unique.setdefault(record.source.sha256, record)
    records = list(unique.values())
    registry = resolve(records)
    work = Path(tempfile.mkdtemp(prefix=".kgraph-mint-", dir=work_dir))
    try:
        jobs = jobs or os.cpu_count() or 1
        if jobs > 1 and len(records) >= PARALLEL_THRESHOLD * 8 and "fork" in mp.get_all_start_methods():
            size = -(-len(records) // jobs)
            starts = list(range(0, len(records), size))
            with ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("fork"),
                                     initializer=_receive_batch, initargs=(records, registry, in_store)) as pool:
                parts = list(pool.map(_mint_chunk, starts, [s + size for s in starts],
                                      [work / f"part-{k}" for k in range(len(starts))]))
        else:
            parts = [_mint_part(records, registry, work / "part-0", in_store)]
        meetings = {rdf.meeting_nt(record, registry) for record in records}
        return _combine(parts, work, meetings)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def _combine(parts: list[_MintedPart], work: Path, meetings: set[str]) -> Minted:
    """The parts, plus one file with the vocabulary and the shared entities (deduplicated, less
    the descriptions of ``meetings``, the build's own, which their document graphs give)."""
    import numpy as np

    shared = rdf.without_meetings(dict.fromkeys(t for part in parts for t in part.shared), meetings)
    vocabulary = rdf.vocabulary_triples()
    typed: dict[str, set[str]] = {"people": set(), "organisations": set(), "topics": set()}
    for part in parts:
        for kind, found in part.typed.items():
            typed[kind] |= found
    common = work / "shared"
    with open(common.with_suffix(".nq"), "w", encoding="utf-8") as nq:
        nq.write(rdf.nquads(vocabulary, str(rdf.VOCABULARY_GRAPH)))
        nq.write(rdf.nquads(shared, str(rdf.ENTITY_GRAPH)))
    writer = TurtleWriter(rdf.PREFIXES, minted=str(rdf.KGR))
    with open(common.with_suffix(".ttl"), "w", encoding="utf-8") as ttl:
        ttl.write(writer.body(vocabulary))
        ttl.write(writer.body(shared))
    hashes = [np.frombuffer(part.hashes, dtype=np.int64) for part in parts]
    hashes.append(np.fromiter(map(hash, [*vocabulary, *shared]), dtype=np.int64))
    every = np.concatenate(hashes)
    every.sort()                       # distinct values: one more than the changes in sorted order
    names = [str(rdf.VOCABULARY_GRAPH), *(n for part in parts for n in part.names), str(rdf.ENTITY_GRAPH)]
    return Minted(work_dir=work,
                  nquads_files=[common.with_suffix(".nq"), *(part.nquads_file for part in parts)],
                  turtle_files=[common.with_suffix(".ttl"), *(part.turtle_file for part in parts)],
                  graph_names=names, type_counts={k: len(v) for k, v in typed.items()},
                  triple_count=int(every.size and 1 + np.count_nonzero(every[1:] != every[:-1])),
                  graph_hashes={k: v for part in parts for k, v in part.graph_hashes.items()},
                  unchanged={n for part in parts for n in part.unchanged},
                  unchanged_files=[part.unchanged_file for part in parts])


def problems_first(problems: list[tuple[str, str]], paths: list[str]) -> list[str]:
    return [p for p, _ in problems] + paths


def sync_store(store, minted: Minted, previous: dict[str, str] | None = None) -> int:
    """Make the store hold this build: replace its graphs, and drop the graphs of documents that
    an earlier build into the same folder held but this one does not. Graphs that other builds
    (other folders, other users of a shared server) or `kgraph link` put there are left alone, and
    so are graphs the store holds already exactly as minted (``minted.unchanged``). Returns how
    many graphs were loaded."""
    current = set(minted.graph_names)
    stale = {str(rdf.graph_iri_for_path(p)) for p in (previous or {})} - current
    held = {str(name) for name in store.graph_names()}
    for name in sorted(held & ((current - minted.unchanged) | stale)):
        store.remove_graph(name)
    files = list(minted.nquads_files)
    if minted.unchanged - held:        # the store lost some of them: load those files too
        files += minted.unchanged_files
    if hasattr(store, "load_nquads_files"):
        store.load_nquads_files(files, minted=True)
    else:  # a store that only takes rdflib datasets (e.g. over the Graph Store Protocol)
        ds = Dataset()
        ds.parse(data=_read_all(files), format="nquads")
        store.replace_graphs(ds)
    return len(current - minted.unchanged) + len(minted.unchanged - held)


def _open_embedded_store(out: Path):
    try:
        from .store import open_store
    except ImportError:
        return None
    return open_store(out)


def write_report(result: BuildResult, path: str | Path) -> None:
    write_atomic(Path(path), json.dumps(result.to_json(), indent=1))
