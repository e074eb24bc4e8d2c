"""The ontology and the shapes: they parse, every kg: term is declared and documented, the
alignments the project promises are there, and the shapes are well-formed SHACL."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pyshacl import validate as shacl_validate
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS
from rdflib.namespace import SH

from kgraph.validate import load_ontology, load_shapes

KG = Namespace("https://w3id.org/kgraph/ontology#")
KG_NS = str(KG)
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
VANN = Namespace("http://purl.org/vocab/vann/")
REPO = Path(__file__).resolve().parents[1]

# The terms the graph stage mints (the brief's list); the ontology may add more, never fewer.
CLASSES = """SourceDocument Body Meeting AgendaItem Decision Action Attendance Topic Legislation
AcronymDefinition Mention MonetaryAmount DecisionKind IdentityHypothesis ExternalLink""".split()
OBJECT_PROPERTIES = """heldBy attendee sentApologies hasAttendance attendingPerson representing
hasAgendaItem hasDecision hasAction decisionKind assignedTo refersToMeeting approvesMinutesOf
setsNextMeeting mentions hasMention mentionOf defines hasMonetaryAmount hypothesisAbout governsArea
hasExternalLink linkTarget inDocument""".split()
DATATYPE_PROPERTIES = """sha256 text layout venue startTime minuteNumber itemCode position
charStart charEnd explicit ownerAsWritten listKind asWritten acronym expansion surfaceForm section
seenOn confidence linkMethod matchPattern caseSensitive matchedByPatternsOnly warning""".split()
DECISION_KINDS = ["Resolved", "Agreed", "Noted", "Approved"]

# Vocabularies a kg: term may be aligned to (anything that is not kg: itself).
ALIGNMENT_PREDICATES = [RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass,
                        SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch, SKOS.broadMatch,
                        SKOS.narrowMatch]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def kg_terms_in(graph: Graph) -> set[URIRef]:
    return {node for triple in graph for node in triple
            if isinstance(node, URIRef) and str(node).startswith(KG_NS) and node != KG[""]}


def undocumented(ontology: Graph, terms) -> list[str]:
    """Terms lacking a declaration, an English label, or a definition."""
    missing = []
    for term in sorted(terms):
        declared = any(True for _ in ontology.objects(term, RDF.type))
        label = ontology.value(term, RDFS.label)
        definition = ontology.value(term, SKOS.definition) or ontology.value(term, RDFS.comment)
        if not (declared and label and definition):
            missing.append(str(term).removeprefix(KG_NS))
    return missing


# --------------------------------------------------------------------------- ontology


def test_ontology_header(ontology):
    header = URIRef("https://w3id.org/kgraph/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, DCTERMS.title)
    assert len(str(ontology.value(header, DCTERMS.description))) > 50
    assert ontology.value(header, DCTERMS.license) == \
        URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert ontology.value(header, OWL.versionInfo)
    assert str(ontology.value(header, VANN.preferredNamespacePrefix)) == "kg"
    assert str(ontology.value(header, VANN.preferredNamespaceUri)) == KG_NS


def test_listed_terms_are_declared_with_the_right_kind(ontology):
    wrong = [name for names, kind in ((CLASSES, OWL.Class), (OBJECT_PROPERTIES, OWL.ObjectProperty),
                                      (DATATYPE_PROPERTIES, OWL.DatatypeProperty))
             for name in names if (KG[name], RDF.type, kind) not in ontology]
    assert wrong == []


def test_every_kg_term_has_a_label_and_definition(ontology, shapes):
    listed = {KG[n] for n in CLASSES + OBJECT_PROPERTIES + DATATYPE_PROPERTIES + DECISION_KINDS}
    terms = listed | kg_terms_in(ontology) | kg_terms_in(shapes)
    assert undocumented(ontology, terms) == []


def test_terms_used_by_the_code_and_queries_are_declared(ontology):
    # The graph, link and query code mint or read kg: terms by name; each must be in the ontology.
    used: set[URIRef] = set()
    for path in sorted((REPO / "kgraph").rglob("*.py")):
        used |= {KG[name] for name in re.findall(r"\bKG\.([A-Za-z]\w*)", path.read_text("utf-8"))}
    for path in sorted((REPO / "queries").glob("*.rq")) + sorted((REPO / "ontology").glob("*.ttl")):
        used |= {KG[name] for name in re.findall(r"\bkg:([A-Za-z]\w*)", path.read_text("utf-8"))}
    if not used:
        pytest.skip("no code or queries that use kg: terms yet")
    assert undocumented(ontology, used) == []


def test_every_class_is_aligned_to_a_reused_vocabulary(ontology):
    unaligned = []
    for cls in sorted(ontology.subjects(RDF.type, OWL.Class)):
        if not isinstance(cls, URIRef) or not str(cls).startswith(KG_NS):
            continue
        targets = [o for p in ALIGNMENT_PREDICATES for o in ontology.objects(cls, p)]
        if not any(isinstance(o, URIRef) and not str(o).startswith(KG_NS) for o in targets):
            unaligned.append(str(cls).removeprefix(KG_NS))
    assert unaligned == []


@pytest.mark.parametrize("sub, sup", [
    (KG.SourceDocument, PROV.Entity), (KG.SourceDocument, SCHEMA.DigitalDocument),
    (KG.Body, ORG.Organization), (KG.Meeting, SCHEMA.Event), (KG.Meeting, PROV.Entity),
    (KG.Topic, SKOS.Concept), (KG.Legislation, SCHEMA.Legislation),
    (KG.MonetaryAmount, SCHEMA.MonetaryAmount), (KG.DecisionKind, SKOS.Concept),
])
def test_class_hierarchy(ontology, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in ontology


def test_property_hierarchy(ontology):
    assert (KG.approvesMinutesOf, RDFS.subPropertyOf, KG.refersToMeeting) in ontology
    assert (KG.setsNextMeeting, RDFS.subPropertyOf, KG.refersToMeeting) in ontology
    assert (KG.acronym, RDFS.subPropertyOf, SKOS.altLabel) in ontology


def test_council_decision_models_are_aligned(ontology):
    besluit = Namespace("http://data.vlaanderen.be/ns/besluit#")
    for term, target in ((KG.Meeting, besluit.Zitting), (KG.AgendaItem, besluit.Agendapunt),
                         (KG.Decision, besluit.Besluit)):
        assert (term, SKOS.closeMatch, target) in ontology
    popolo_pages = {str(o) for o in ontology.objects(None, RDFS.seeAlso)
                    if str(o).startswith("http://www.popoloproject.com/specs/")}
    assert len(popolo_pages) >= 4


def test_no_owl_equivalence_to_schema_org(ontology):
    strong = [(s, o) for s, o in ontology.subject_objects(OWL.equivalentClass)
              if str(o).startswith(("https://schema.org/", "http://schema.org/"))]
    strong += [(s, o) for s, o in ontology.subject_objects(OWL.equivalentProperty)
               if str(o).startswith(("https://schema.org/", "http://schema.org/"))]
    assert strong == []


def test_decision_kinds_form_a_concept_scheme(ontology):
    assert (KG.DecisionKinds, RDF.type, SKOS.ConceptScheme) in ontology
    for name in DECISION_KINDS:
        assert (KG[name], RDF.type, KG.DecisionKind) in ontology
        assert (KG[name], SKOS.inScheme, KG.DecisionKinds) in ontology
        assert ontology.value(KG[name], SKOS.prefLabel) is not None


def test_domains_and_ranges_name_declared_or_reused_classes(ontology):
    # a typo such as kg:Meting in a range would silently mislead every reader of the ontology
    for prop, cls in ontology.subject_objects(RDFS.domain | RDFS.range):
        if isinstance(cls, URIRef) and str(cls).startswith(KG_NS):
            assert (cls, RDF.type, OWL.Class) in ontology, (prop, cls)


def test_span_offsets_are_integers(ontology):
    for prop in (KG.charStart, KG.charEnd, KG.position):
        assert ontology.value(prop, RDFS.range) == URIRef("http://www.w3.org/2001/XMLSchema#integer")


# --------------------------------------------------------------------------- shapes


def test_shapes_are_valid_shacl(shapes):
    # pyshacl checks the shapes graph against the SHACL-SHACL shapes when meta_shacl is on and
    # raises on a malformed one
    conforms, _, text = shacl_validate(Graph(), shacl_graph=shapes, meta_shacl=True, advanced=True)
    assert conforms, text


CORE_TARGETS = [KG.SourceDocument, KG.Body, KG.Meeting, KG.AgendaItem, KG.Decision, KG.Action,
                URIRef("http://xmlns.com/foaf/0.1/Person"), ORG.Organization, KG.Topic,
                KG.Legislation, KG.Attendance, KG.AcronymDefinition, KG.Mention,
                KG.MonetaryAmount, KG.IdentityHypothesis, KG.ExternalLink]


@pytest.mark.parametrize("cls", CORE_TARGETS, ids=lambda c: str(c).rsplit("/", 1)[-1])
def test_every_core_class_has_a_node_shape(shapes, cls):
    assert any((shape, RDF.type, SH.NodeShape) in shapes
               for shape in shapes.subjects(SH.targetClass, cls))


def test_every_constraint_has_a_readable_message(shapes):
    property_shapes = set(shapes.objects(None, SH.property)) | set(
        shapes.subjects(RDF.type, SH.PropertyShape))
    sparql_constraints = set(shapes.objects(None, SH.sparql))
    logical = {s for p in (SH["or"], SH["and"], SH["not"], SH.xone) for s in shapes.subjects(p, None)
               if s not in property_shapes and (s, RDF.type, SH.NodeShape) in shapes}
    silent = [str(s) for s in property_shapes | sparql_constraints | logical
              if shapes.value(s, SH.message) is None]
    assert silent == []
    for message in shapes.objects(None, SH.message):
        text = str(message)
        assert text[0].islower() and not text.endswith("."), text  # reads after "Node <iri>: path —"
        assert "Constraint" not in text, text


def test_shapes_require_what_the_contract_requires(shapes):
    # spot-check the contract's hard requirements, so a loosened shape is noticed
    def property_shape(target, path):
        for node_shape in shapes.subjects(SH.targetClass, target):
            for ps in shapes.objects(node_shape, SH.property):
                if shapes.value(ps, SH.path) == path:
                    return ps
        raise AssertionError(f"no shape for {path} on {target}")

    date = property_shape(KG.Meeting, DCTERMS.date)
    assert int(shapes.value(date, SH.minCount)) == 1 and int(shapes.value(date, SH.maxCount)) == 1
    kind = property_shape(KG.Decision, KG.decisionKind)
    allowed = list(shapes.items(shapes.value(kind, SH["in"])))
    assert allowed == [KG[name] for name in DECISION_KINDS]
    for target in (KG.AgendaItem, KG.Decision, KG.Action):
        assert int(shapes.value(property_shape(target, PROV.wasDerivedFrom), SH.minCount)) == 1
        assert int(shapes.value(property_shape(target, KG.charStart), SH.minCount)) == 1
