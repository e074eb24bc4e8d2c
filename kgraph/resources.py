"""Where kgraph's shipped files are: the ontology folder and the query library.

In an installed wheel they sit inside the package (``kgraph/_resources``); in a source checkout
they are the top-level ``ontology/`` and ``queries/`` folders beside the package.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path | None:
    return next((c for c in candidates if c.exists()), None)


def ontology_dir() -> Path | None:
    return _first_existing(PACKAGE_DIR / "_resources" / "ontology", PACKAGE_DIR.parent / "ontology")


def queries_dir() -> Path | None:
    return _first_existing(PACKAGE_DIR / "_resources" / "queries", PACKAGE_DIR.parent / "queries")


def ontology_path(name: str) -> Path | None:
    folder = ontology_dir()
    return _first_existing(folder / name) if folder else None


def data_path(name: str) -> Path:
    return PACKAGE_DIR / "data" / name


@cache
def scheme_topic_keys() -> frozenset[str]:
    """Keys of the topics that the shipped topic scheme defines (kgr:topic/KEY)."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import SKOS

    path = ontology_path("topics.ttl")
    if path is None:
        return frozenset()
    scheme = URIRef("https://w3id.org/kgraph/id/topics")
    prefix = "https://w3id.org/kgraph/id/topic/"
    graph = Graph().parse(path, format="turtle")
    return frozenset(str(s)[len(prefix):] for s in graph.subjects(SKOS.inScheme, scheme)
                     if str(s).startswith(prefix))
