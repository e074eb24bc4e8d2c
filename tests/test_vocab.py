"""The shipped vocabularies (topic scheme, organisation and legislation gazetteers) as RDF."""
from rdflib import Literal
from rdflib.namespace import RDF, SKOS

from kgraph.graph import KG, ORG, entity_iri
from kgraph.validate import format_violations, validate
from kgraph.vocab import gazetteer_graph, vocabularies_graph


def test_vocabularies_conform_to_the_shapes():
    result = validate(vocabularies_graph())
    assert result.conforms, format_violations(result)


def test_gazetteer_keeps_former_names_on_the_renamed_council():
    g = gazetteer_graph()
    council = entity_iri("organisation", "folkestone-and-hythe-district-council")
    assert (council, RDF.type, ORG.Organization) in g
    assert (council, KG.formerName, Literal("Shepway District Council")) in g
    assert (entity_iri("organisation", "kent-county-council"), SKOS.altLabel, Literal("KCC")) in g


def test_gazetteer_acts_are_legislation():
    g = gazetteer_graph()
    act = entity_iri("legislation", "domestic-abuse-act-2021")
    assert (act, RDF.type, KG.Legislation) in g
