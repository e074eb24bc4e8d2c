"""Powers, duties, procedures and funds used against a theme (a Public Spaces Protection Order, the
Serious Violence Duty, the Community Trigger, the Community Safety Fund) are kg:Instrument concepts of
the topic scheme, narrower than their theme: items are about them (dcterms:subject) and the topic
history finds them by name, but they are not themes (kg:Topic) of the meeting."""
from __future__ import annotations

import rdflib
from rdflib.namespace import RDF, SKOS

from kgraph.entities.gazetteer import topics
from kgraph.pipeline import build_dataset, extract_document
from kgraph.query import run_query
from kgraph.store import OxigraphStore

KG = rdflib.Namespace("https://w3id.org/kgraph/ontology#")
TOPIC = rdflib.Namespace("https://w3id.org/kgraph/id/topic/")

MINUTES = """FELLSIDE COMMUNITY SAFETY PARTNERSHIP
Minutes of the meeting held on 3 March 2025 at Fellside Town Hall

Present: Ann Bell (Chair), Fellside Borough Council; Tom Reed, Lakeshire Police

1. Town centre Public Spaces Protection Order
The Partnership reviewed the Public Spaces Protection Order (PSPO) covering the town centre, which
expires in October. Breaches of the PSPO had fallen; anti-social behaviour in the park had not.
RESOLVED that a consultation on renewing the PSPO be held over the summer.
"""


def test_the_scheme_marks_the_instruments():
    records = topics().records
    assert {k for k, r in records.items() if r.instrument} >= {
        "public-spaces-protection-order", "serious-violence-duty", "anti-social-behaviour-case-review",
        "community-safety-funding"}
    assert not records["anti-social-behaviour"].instrument


def test_an_item_about_an_instrument_is_about_a_concept_that_is_no_theme(tmp_path):
    path = tmp_path / "fellside-csp-2025-03-03.txt"
    path.write_text(MINUTES, encoding="utf-8")
    ds = build_dataset([extract_document(path)])
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads():
        g.add((s, p, o))
    pspo = TOPIC["public-spaces-protection-order"]
    assert (pspo, RDF.type, KG.Instrument) in g
    assert (pspo, RDF.type, KG.Topic) not in g
    assert (pspo, SKOS.broader, TOPIC["anti-social-behaviour"]) in g
    assert (None, rdflib.URIRef("http://purl.org/dc/terms/subject"), pspo) in g
    assert (TOPIC["anti-social-behaviour"], RDF.type, KG.Topic) in g

    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs(ds)
    rows = run_query(store, "topic-history", {"topic": "pspo"}).dicts()
    assert rows and rows[0]["itemTitle"] == "Town centre Public Spaces Protection Order"
    store.close()
