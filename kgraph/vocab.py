"""The shipped vocabularies as RDF: the organisation and legislation gazetteers and the topic scheme.

The gazetteers are kept as TSV data files (easy to review and extend); this module gives them the
same RDF shape the graph uses, so they can be validated with the SHACL shapes, loaded beside a
built graph, or published.
"""
from __future__ import annotations

from rdflib import RDF, Graph, Literal
from rdflib.namespace import DCTERMS, SKOS

from .entities.gazetteer import legislation, organisations
from .graph import KG, ORG, bind_prefixes, entity_iri, vocabulary_graph


def gazetteer_graph(graph: Graph | None = None) -> Graph:
    """Every gazetteer organisation and Act, typed and labelled as the graph stage mints them."""
    g = bind_prefixes(graph if graph is not None else Graph())
    for rec in organisations().records.values():
        org = entity_iri("organisation", rec.key)
        g.add((org, RDF.type, ORG.Organization))
        g.add((org, SKOS.prefLabel, Literal(rec.label)))
        for alias in rec.aliases:
            g.add((org, SKOS.altLabel, Literal(alias)))
        for former in rec.former_names:
            g.add((org, KG.formerName, Literal(former)))
        if rec.type:
            g.add((org, DCTERMS.type, Literal(rec.type)))
        if rec.parent:
            g.add((org, ORG.subOrganizationOf, entity_iri("organisation", rec.parent)))
        if rec.notes:
            g.add((org, SKOS.scopeNote, Literal(rec.notes, lang="en")))
    for rec in legislation().records.values():
        act = entity_iri("legislation", rec.key)
        g.add((act, RDF.type, KG.Legislation))
        g.add((act, DCTERMS.title, Literal(rec.title)))
        for alias in rec.short_aliases:
            g.add((act, SKOS.altLabel, Literal(alias)))
    return g


def vocabularies_graph() -> Graph:
    """The topic scheme and both gazetteers together."""
    return gazetteer_graph(vocabulary_graph())
