"""The validate stage: a hand-made graph that follows the contract conforms, and each kind of
breakage is reported with a message a person can act on."""
from __future__ import annotations

import re
from string import Template

import pytest
from rdflib import RDF, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

from kgraph.validate import (
    ValidationResult,
    format_violations,
    load_ontology,
    load_shapes,
    validate,
    violation_line,
)

KG = Namespace("https://w3id.org/kgraph/ontology#")
KGR = Namespace("https://w3id.org/kgraph/id/")
ORG = Namespace("http://www.w3.org/ns/org#")

# A small made-up set of minutes; every span in the graph below is computed from it.
TEXT = """Example Safety Partnership
Minutes of the meeting held on 1 March 2020 at the Town Hall, 10.00 am.
Present: Ann Smith (Example Council, Chairman), Bob Jones (Example Police)
Apologies: Carol White
1. Minutes of the last meeting
RESOLVED that the minutes of the meeting held on 1 December 2019 be approved.
2. Domestic Homicide Reviews (DHR)
The Partnership agreed funding of £5,000 under the Domestic Violence, Crime and Victims Act 2004.
Action: Ann Smith to report back to the next meeting on 1 June 2020.
"""

MEETING = KGR["meeting/example-safety-partnership/2020-03-01"]
ITEM1 = URIRef(f"{MEETING}/item/1")
ITEM2 = URIRef(f"{MEETING}/item/2")
DECISION = URIRef(f"{ITEM1}/decision/1")
ACTION = URIRef(f"{ITEM2}/action/1")


def span(needle: str, after: str = "") -> tuple[int, int]:
    """Start and end (exclusive) of ``needle`` in TEXT, searching from where ``after`` starts."""
    start = TEXT.index(needle, TEXT.index(after) if after else 0)
    return start, start + len(needle)


def turtle_literal(text: str) -> str:
    return '"""' + text.replace("\\", "\\\\").replace('"', '\\"') + '"""'


GOOD_TEMPLATE = Template("""
@prefix kg: <https://w3id.org/kgraph/ontology#> .
@prefix kgr: <https://w3id.org/kgraph/id/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

kgr:doc/0123456789abcdef a kg:SourceDocument ;
    dcterms:source "minutes/example-2020-03-01.txt" ;
    dcterms:format "text/plain" ;
    kg:layout "formal" ;
    kg:sha256 "${sha}" ;
    kg:text $text .

kgr:org/example-safety-partnership a kg:Body , org:OrganizationalCollaboration , org:Organization ;
    skos:prefLabel "Example Safety Partnership" ;
    org:hasMember kgr:org/example-council , kgr:org/example-police .

kgr:org/example-council a org:Organization ;
    skos:prefLabel "Example Council" ;
    skos:altLabel "EC" ;
    kg:governsArea <http://statistics.data.gov.uk/id/statistical-geography/E99999999> ;
    kg:hasExternalLink kgr:link/example-council/ons .

kgr:link/example-council/ons a kg:ExternalLink ;
    kg:linkTarget <http://statistics.data.gov.uk/id/statistical-geography/E99999999> ;
    kg:linkMethod "table" ;
    kg:confidence "1.0"^^xsd:decimal .

kgr:org/example-police a org:Organization ; skos:prefLabel "Example Police" .

kgr:person/ann-smith a foaf:Person ; foaf:name "Ann Smith" ; skos:altLabel "Mrs Smith" .
kgr:person/bob-jones a foaf:Person ; foaf:name "Bob Jones" .
kgr:person/carol-white a foaf:Person ; foaf:name "Carol White" .
kgr:person/c-white a foaf:Person ; foaf:name "C White" .

kgr:hypothesis/person/carol-white/c-white a kg:IdentityHypothesis ;
    kg:hypothesisAbout kgr:person/carol-white , kgr:person/c-white ;
    kg:confidence "0.80"^^xsd:decimal .

kgr:role/chairman a org:Role ; skos:prefLabel "Chairman" .

kgr:membership/ann-smith/example-council/chairman a org:Membership ;
    org:member kgr:person/ann-smith ;
    org:organization kgr:org/example-council ;
    org:role kgr:role/chairman ;
    kg:seenOn "2020-03-01"^^xsd:date ;
    prov:wasDerivedFrom kgr:doc/0123456789abcdef .

<$meeting> a kg:Meeting ;
    kg:heldBy kgr:org/example-safety-partnership ;
    dcterms:date "2020-03-01"^^xsd:date ;
    kg:venue "the Town Hall" ;
    kg:startTime "10:00:00"^^xsd:time ;
    prov:wasDerivedFrom kgr:doc/0123456789abcdef ;
    kg:charStart $date_start ; kg:charEnd $date_end ;
    kg:attendee kgr:person/ann-smith , kgr:person/bob-jones ;
    kg:sentApologies kgr:person/carol-white ;
    kg:hasAttendance <$meeting/attendance/ann-smith> , <$meeting/attendance/bob-jones> ;
    kg:hasAgendaItem <$item1> , <$item2> ;
    kg:refersToMeeting kgr:meeting/example-safety-partnership/2019-12-01 ,
                       kgr:meeting/example-safety-partnership/2020-06-01 ;
    kg:previousMeetingDate "2019-12-01"^^xsd:date ;
    kg:nextMeetingDate "2020-06-01"^^xsd:date .

kgr:meeting/example-safety-partnership/2019-12-01 a kg:Meeting ;
    kg:heldBy kgr:org/example-safety-partnership ;
    dcterms:date "2019-12-01"^^xsd:date .

kgr:meeting/example-safety-partnership/2020-06-01 a kg:Meeting ;
    kg:heldBy kgr:org/example-safety-partnership ;
    dcterms:date "2020-06-01"^^xsd:date .

<$meeting/attendance/ann-smith> a kg:Attendance ;
    kg:attendingPerson kgr:person/ann-smith ;
    kg:representing kgr:org/example-council ;
    org:role kgr:role/chairman ;
    kg:listKind "present" ;
    kg:asWritten "Example Council, Chairman" .

<$meeting/attendance/bob-jones> a kg:Attendance ;
    kg:attendingPerson kgr:person/bob-jones ;
    kg:representing kgr:org/example-police ;
    kg:listKind "present" .

<$item1> a kg:AgendaItem ;
    dcterms:title "Minutes of the last meeting" ;
    kg:minuteNumber "1" ;
    kg:position 1 ;
    prov:wasDerivedFrom kgr:doc/0123456789abcdef ;
    kg:charStart $item1_start ; kg:charEnd $item1_end ;
    kg:hasDecision <$decision> .

<$decision> a kg:Decision ;
    kg:text "the minutes of the meeting held on 1 December 2019 be approved" ;
    kg:decisionKind kg:Approved ;
    prov:wasDerivedFrom kgr:doc/0123456789abcdef ;
    kg:charStart $decision_start ; kg:charEnd $decision_end .

<$item2> a kg:AgendaItem ;
    dcterms:title "Domestic Homicide Reviews (DHR)" ;
    kg:minuteNumber "2" ;
    kg:itemCode "B3" ;
    kg:position 2 ;
    prov:wasDerivedFrom kgr:doc/0123456789abcdef ;
    kg:charStart $item2_start ; kg:charEnd $item2_end ;
    dcterms:subject kgr:topic/domestic-homicide-review ;
    kg:mentions kgr:topic/domestic-homicide-review , kgr:legislation/dvcva-2004 , kgr:person/ann-smith ;
    kg:hasMention kgr:doc/0123456789abcdef/mention/$act_start-$act_end-legislation ;
    kg:hasMonetaryAmount kgr:doc/0123456789abcdef/amount/$money_start ;
    kg:hasAction <$action> .

<$action> a kg:Action ;
    kg:text "Ann Smith to report back to the next meeting on 1 June 2020" ;
    kg:explicit true ;
    kg:ownerAsWritten "Ann Smith" ;
    kg:assignedTo kgr:person/ann-smith ;
    prov:wasDerivedFrom kgr:doc/0123456789abcdef ;
    kg:charStart $action_start ; kg:charEnd $action_end .

kgr:topics a skos:ConceptScheme ; skos:prefLabel "kgraph topics"@en .

kgr:topic/domestic-homicide-review a kg:Topic , skos:Concept ;
    skos:inScheme kgr:topics ;
    skos:prefLabel "domestic homicide review"@en ;
    skos:altLabel "DHR"@en ;
    kg:acronym "DHR" .

kgr:legislation/dvcva-2004 a kg:Legislation ;
    dcterms:title "Domestic Violence, Crime and Victims Act 2004" ;
    owl:sameAs <http://www.legislation.gov.uk/id/ukpga/2004/28> .

kgr:doc/0123456789abcdef/mention/$act_start-$act_end-legislation a kg:Mention ;
    kg:mentionOf kgr:legislation/dvcva-2004 ;
    kg:surfaceForm "Domestic Violence, Crime and Victims Act 2004" ;
    kg:inDocument kgr:doc/0123456789abcdef ;
    kg:charStart $act_start ; kg:charEnd $act_end .

kgr:doc/0123456789abcdef/amount/$money_start a kg:MonetaryAmount ;
    schema:value "5000.00"^^xsd:decimal ;
    schema:currency "GBP" ;
    kg:text "£5,000" ;
    prov:wasDerivedFrom kgr:doc/0123456789abcdef ;
    kg:charStart $money_start ; kg:charEnd $money_end .

kgr:doc/0123456789abcdef/acronym/dhr-$dhr_start a kg:AcronymDefinition ;
    kg:acronym "DHR" ;
    kg:expansion "Domestic Homicide Reviews" ;
    kg:defines kgr:topic/domestic-homicide-review ;
    kg:inDocument kgr:doc/0123456789abcdef ;
    kg:charStart $dhr_start ; kg:charEnd $dhr_end .
""")


def good_turtle() -> str:
    spans = {
        "date": span("1 March 2020"),
        "item1": (span("1. Minutes")[0], span("2. Domestic")[0]),
        "decision": span("the minutes of the meeting held on 1 December 2019 be approved"),
        "item2": (span("2. Domestic")[0], len(TEXT)),
        "action": span("Ann Smith to report back to the next meeting on 1 June 2020"),
        "act": span("Domestic Violence, Crime and Victims Act 2004"),
        "money": span("£5,000"),
        "dhr": span("Domestic Homicide Reviews (DHR)", after="2. Domestic"),
    }
    values = {f"{name}_{end}": str(pair[i]) for name, pair in spans.items()
              for i, end in enumerate(("start", "end"))}
    turtle = GOOD_TEMPLATE.substitute(values, sha="ab" * 32, text=turtle_literal(TEXT),
                                      meeting=MEETING, item1=ITEM1, item2=ITEM2,
                                      decision=DECISION, action=ACTION)
    # Turtle prefixed names may not contain "/", so write kgr: names out as full IRIs
    return re.sub(r"\bkgr:([\w/-]+)", lambda m: f"<{KGR}{m.group(1)}>", turtle)


@pytest.fixture
def good() -> Graph:
    return Graph().parse(data=good_turtle(), format="turtle")


def report_of(graph: Graph) -> tuple[ValidationResult, str]:
    result = validate(graph)
    return result, format_violations(result)


# --------------------------------------------------------------------------- conforming


def test_hand_made_contract_graph_conforms(good):
    result, report = report_of(good)
    assert result.conforms, report
    assert result.violations == [], report
    assert "conforms" in report


def test_spans_in_the_good_graph_are_the_evidence(good):
    # guards the fixture itself: a span that pointed at the wrong words would make it worthless
    doc_text = str(good.value(KGR["doc/0123456789abcdef"], KG.text))
    start, end = int(good.value(DECISION, KG.charStart)), int(good.value(DECISION, KG.charEnd))
    assert doc_text[start:end] == str(good.value(DECISION, KG.text))


def test_validation_does_not_change_the_data_graph(good):
    before = len(good)
    validate(good)
    assert len(good) == before


def test_a_dataset_is_validated_as_the_union_of_its_graphs(good):
    ds = Dataset()
    document_graph = ds.graph(KGR["graph/example"])
    vocabulary_graph = ds.graph(KGR["graph/vocabulary"])
    topic = KGR["topic/domestic-homicide-review"]
    for triple in good:
        # the topic lives only in the vocabulary graph; items refer to it from the document graph
        (vocabulary_graph if triple[0] == topic else document_graph).add(triple)
    assert validate(ds).conforms
    vocabulary_graph.remove((topic, SKOS.inScheme, None))
    result = validate(ds)
    assert not result.conforms
    assert any(v.path == "skos:inScheme" for v in result.errors)


# --------------------------------------------------------------------------- broken graphs


def lines_of(graph: Graph) -> list[str]:
    result = validate(graph)
    assert not result.conforms, "expected the broken graph to fail"
    return [violation_line(v) for v in result.errors]


def test_meeting_without_date(good):
    good.remove((MEETING, DCTERMS.date, None))
    assert lines_of(good) == [
        "Meeting <…/meeting/example-safety-partnership/2020-03-01>: dcterms:date — "
        "needs exactly one xsd:date (found 0)"]


def test_meeting_date_as_plain_string(good):
    good.set((MEETING, DCTERMS.date, Literal("1 March 2020")))
    assert lines_of(good) == [
        "Meeting <…/meeting/example-safety-partnership/2020-03-01>: dcterms:date — "
        "needs exactly one xsd:date (found \"1 March 2020\")"]


def test_wrong_decision_kind(good):
    good.set((DECISION, KG.decisionKind, KG.Deferred))
    assert lines_of(good) == [
        "Decision <…/meeting/example-safety-partnership/2020-03-01/item/1/decision/1>: "
        "kg:decisionKind — needs exactly one kind: kg:Resolved, kg:Agreed, kg:Noted or "
        "kg:Approved (found kg:Deferred)"]


def test_item_with_two_titles(good):
    good.add((ITEM1, DCTERMS.title, Literal("Minutes")))
    assert lines_of(good) == [
        "AgendaItem <…/meeting/example-safety-partnership/2020-03-01/item/1>: dcterms:title — "
        "needs exactly one title (dcterms:title) (found 2)"]


def test_span_end_before_start(good):
    good.set((ACTION, KG.charEnd, Literal(int(good.value(ACTION, KG.charStart)) - 5,
                                          datatype=XSD.integer)))
    start = int(good.value(ACTION, KG.charStart))
    assert lines_of(good) == [
        "Action <…/meeting/example-safety-partnership/2020-03-01/item/2/action/1>: kg:charEnd — "
        f"span ends before it starts (kg:charStart {start}, kg:charEnd {start - 5})"]


def test_span_past_the_end_of_the_text(good):
    good.set((DECISION, KG.charEnd, Literal(len(TEXT) + 10, datatype=XSD.integer)))
    assert lines_of(good) == [
        "Decision <…/meeting/example-safety-partnership/2020-03-01/item/1/decision/1>: kg:charEnd — "
        f"span runs past the end of its document's text (kg:charEnd {len(TEXT) + 10}, "
        f"text length {len(TEXT)})"]


def test_action_owned_by_a_literal(good):
    good.set((ACTION, KG.assignedTo, Literal("Ann Smith")))
    assert lines_of(good) == [
        "Action <…/meeting/example-safety-partnership/2020-03-01/item/2/action/1>: kg:assignedTo — "
        "owner must be a foaf:Person or an org:Organization (the name as written goes in "
        "kg:ownerAsWritten) (found \"Ann Smith\")"]


def test_action_owned_by_an_organisation_conforms(good):
    good.set((ACTION, KG.assignedTo, KGR["org/example-police"]))
    assert validate(good).conforms


def test_item_outside_any_meeting_and_without_provenance(good):
    good.remove((MEETING, KG.hasAgendaItem, ITEM2))
    good.remove((ITEM2, PROV.wasDerivedFrom, None))
    good.remove((ITEM2, KG.charStart, None))
    lines = lines_of(good)
    item = "AgendaItem <…/meeting/example-safety-partnership/2020-03-01/item/2>"
    assert f"{item}: ^kg:hasAgendaItem — must belong to exactly one meeting (kg:hasAgendaItem " \
           "from a kg:Meeting) (found 0)" in lines
    assert f"{item}: prov:wasDerivedFrom — needs provenance: prov:wasDerivedFrom a " \
           "kg:SourceDocument (found 0)" in lines
    assert f"{item}: kg:charStart — needs one evidence span start in the document text: an " \
           "xsd:integer ≥ 0 (found 0)" in lines
    assert len(lines) == 3


def test_person_with_two_names(good):
    good.add((KGR["person/bob-jones"], FOAF.name, Literal("Robert Jones")))
    assert lines_of(good) == [
        "Person <…/person/bob-jones>: foaf:name — needs exactly one name (foaf:name, the fullest "
        "form seen; other forms go in skos:altLabel) (found 2)"]


def test_body_checked_as_an_organisation_through_the_ontology(good):
    # kg:Body ⊑ org:Organization comes from the ontology, not from a type in the data
    body = KGR["org/example-safety-partnership"]
    good.remove((body, RDF.type, ORG.Organization))
    good.remove((body, RDF.type, ORG.OrganizationalCollaboration))
    good.add((body, SKOS.prefLabel, Literal("ESP")))
    assert lines_of(good) == [
        "Body <…/org/example-safety-partnership>: skos:prefLabel — needs exactly one name "
        "(skos:prefLabel; acronyms and other forms go in skos:altLabel) (found 2)"]


def test_meeting_with_no_document_and_no_referrer(good):
    orphan = KGR["meeting/example-safety-partnership/2021-01-01"]
    good.add((orphan, RDF.type, KG.Meeting))
    good.add((orphan, KG.heldBy, KGR["org/example-safety-partnership"]))
    good.add((orphan, DCTERMS.date, Literal("2021-01-01", datatype=XSD.date)))
    assert lines_of(good) == [
        "Meeting <…/meeting/example-safety-partnership/2021-01-01>: comes from no source "
        "document (prov:wasDerivedFrom) and no other meeting refers to it"]


def test_bad_digest_and_money(good):
    good.set((KGR["doc/0123456789abcdef"], KG.sha256, Literal("ABC")))
    amount = next(good.subjects(RDF.type, KG.MonetaryAmount))
    good.set((amount, URIRef("https://schema.org/value"), Literal(5000.0)))
    lines = lines_of(good)
    assert any(line.startswith("SourceDocument <…/doc/0123456789abcdef>: kg:sha256 — needs "
                               "exactly one SHA-256") for line in lines), lines
    assert any("schema:value — needs exactly one value, an xsd:decimal" in line
               and "^^xsd:double" in line for line in lines), lines


def test_confidence_out_of_range(good):
    hypothesis = next(good.subjects(RDF.type, KG.IdentityHypothesis))
    good.set((hypothesis, KG.confidence, Literal("1.5", datatype=XSD.decimal)))
    assert lines_of(good) == [
        "IdentityHypothesis <…/hypothesis/person/carol-white/c-white>: kg:confidence — "
        "confidence must be one xsd:decimal between 0 and 1 (found \"1.5\"^^xsd:decimal)"]


def test_warnings_are_reported_but_do_not_fail(good):
    good.remove((MEETING, KG.attendee, KGR["person/bob-jones"]))
    result = validate(good)
    assert result.conforms
    assert [(v.severity, v.path) for v in result.violations] == [("warning", "kg:attendingPerson")]
    assert "conforms (warnings only)" in format_violations(result)


# --------------------------------------------------------------------------- report format


def test_report_groups_counts_and_limits(good):
    for item in (ITEM1, ITEM2):
        good.add((item, DCTERMS.title, Literal("Another title")))
    good.remove((MEETING, DCTERMS.date, None))
    result = validate(good)
    report = format_violations(result, limit=2)
    lines = report.splitlines()
    assert lines[0] == "The graph does not conform: 3 violations in 2 groups."
    assert "[violation] AgendaItem · dcterms:title — needs exactly one title (dcterms:title): 2 nodes" \
        in lines
    assert "[violation] Meeting · dcterms:date — needs exactly one xsd:date: 1 node" in lines
    assert sum(line.startswith("  ") for line in lines) == 2
    assert lines[-1] == "… and 1 more not shown (limit 2)."


def test_shipped_files_load():
    assert (None, RDF.type, URIRef("http://www.w3.org/ns/shacl#NodeShape")) in load_shapes()
    assert (KG.Meeting, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in load_ontology()


# --------------------------------------------------------------------------- speed


def synthetic_graph(meetings: int, items_per_meeting: int) -> Graph:
    """A contract-shaped graph of roughly 40 triples per item, from the fixture's vocabulary."""
    base = Graph().parse(data=good_turtle(), format="turtle")
    doc = KGR["doc/0123456789abcdef"]
    body = KGR["org/example-safety-partnership"]
    for m in range(meetings):
        meeting = KGR[f"meeting/synthetic/{2000 + m // 12}-{m % 12 + 1:02d}-01"]
        base.add((meeting, RDF.type, KG.Meeting))
        base.add((meeting, KG.heldBy, body))
        base.add((meeting, DCTERMS.date, Literal(f"{2000 + m // 12}-{m % 12 + 1:02d}-01",
                                                 datatype=XSD.date)))
        base.add((meeting, PROV.wasDerivedFrom, doc))
        base.add((meeting, KG.attendee, KGR["person/ann-smith"]))
        for i in range(1, items_per_meeting + 1):
            item = URIRef(f"{meeting}/item/{i}")
            decision, action = URIRef(f"{item}/decision/1"), URIRef(f"{item}/action/1")
            mention = URIRef(f"{item}/mention/1")
            base.add((meeting, KG.hasAgendaItem, item))
            for node, cls in ((item, KG.AgendaItem), (decision, KG.Decision), (action, KG.Action)):
                base.add((node, RDF.type, cls))
                base.add((node, PROV.wasDerivedFrom, doc))
                base.add((node, KG.charStart, Literal(i, datatype=XSD.integer)))
                base.add((node, KG.charEnd, Literal(i + 20, datatype=XSD.integer)))
            base.add((item, DCTERMS.title, Literal(f"Item {i}")))
            base.add((item, KG.minuteNumber, Literal(str(i))))
            base.add((item, KG.position, Literal(i, datatype=XSD.integer)))
            base.add((item, KG.hasDecision, decision))
            base.add((item, KG.hasAction, action))
            base.add((item, KG.mentions, KGR["topic/domestic-homicide-review"]))
            base.add((item, DCTERMS.subject, KGR["topic/domestic-homicide-review"]))
            base.add((item, KG.hasMention, mention))
            base.add((decision, KG.text, Literal(f"the report on item {i} be noted")))
            base.add((decision, KG.decisionKind, KG.Noted))
            base.add((action, KG.text, Literal(f"to report back on item {i}")))
            base.add((action, KG.assignedTo, KGR["person/ann-smith"]))
            base.add((action, KG.explicit, Literal(True)))
            base.add((mention, RDF.type, KG.Mention))
            base.add((mention, KG.mentionOf, KGR["topic/domestic-homicide-review"]))
            base.add((mention, KG.surfaceForm, Literal("DHR")))
            base.add((mention, KG.inDocument, doc))
            base.add((mention, KG.charStart, Literal(i, datatype=XSD.integer)))
            base.add((mention, KG.charEnd, Literal(i + 3, datatype=XSD.integer)))
    return base


def test_a_few_thousand_triples_of_many_meetings_conform():
    # (speed is measured in benchmarks/, not asserted here)
    graph = synthetic_graph(meetings=10, items_per_meeting=12)
    assert len(graph) > 4000
    result = validate(graph)
    assert result.conforms, format_violations(result)


def test_sparql_results_differing_only_in_numbers_share_a_group(good):
    for node in (DECISION, ACTION):
        start = int(good.value(node, KG.charStart))
        good.set((node, KG.charEnd, Literal(start - 1, datatype=XSD.integer)))
    result = validate(good)
    report = format_violations(result)
    assert "[violation] Decision · kg:charEnd — span ends before it starts (kg:charStart …, " \
           "kg:charEnd …): 1 node" in report
    assert "[violation] Action · kg:charEnd — span ends before it starts (kg:charStart …, " \
           "kg:charEnd …): 1 node" in report
    assert len({v.rule for v in result.errors}) == 1


def test_checking_the_shapes_on_several_processes_gives_the_same_report(good, monkeypatch):
    """A large graph is checked with the shapes dealt out to processes (forked, sharing the
    graph); the joined report must say exactly what one process says."""
    import kgraph.validate as validation

    for item in (ITEM1, ITEM2):
        good.add((item, DCTERMS.title, Literal("Another title")))        # violations
    good.remove((MEETING, KG.attendee, KGR["person/bob-jones"]))         # a warning
    good.remove((MEETING, DCTERMS.date, None))
    alone = validate(good, jobs=1)
    monkeypatch.setattr(validation, "PARALLEL_TRIPLES", 0)
    assert len(validation._shape_groups(validation.load_shapes(), 2)) > 1
    calls = []
    in_processes = validation._validate_in_processes
    monkeypatch.setattr(validation, "_validate_in_processes",
                        lambda *args: calls.append(len(args[2])) or in_processes(*args))
    shared = validate(good, jobs=2)
    assert calls and calls[0] > 1, "the shapes were not dealt out to processes"
    assert [violation_line(v) for v in shared.violations] == [violation_line(v) for v in alone.violations]
    assert len(shared.violations) == 4 and shared.conforms is alone.conforms is False


def test_a_graph_handed_over_is_checked_in_place_with_the_same_report(good):
    broken = Graph()
    for triple in good:
        broken.add(triple)
    broken.remove((MEETING, DCTERMS.date, None))
    copied = validate(broken)
    assert copied.errors
    size = len(broken)
    in_place = validate(broken, copy=False)
    assert [violation_line(v) for v in in_place.violations] == [violation_line(v) for v in copied.violations]
    assert len(broken) > size           # the class hierarchy went into the graph itself
