"""Checks on the domain data the entity matcher reads: ontology/topics.ttl and kgraph/data/*.tsv.

The formats are a contract with kgraph/entities/ (see kgraph/data/README.md); these tests hold the
files to it, so that a hand edit that breaks a rule (a shared alias, a narrower without its broader,
a regex that does not compile) fails here rather than as a silent mis-match in a graph.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TOPICS_TTL = REPO / "ontology" / "topics.ttl"
ORGANISATIONS_TSV = REPO / "kgraph" / "data" / "organisations.tsv"
LEGISLATION_TSV = REPO / "kgraph" / "data" / "legislation.tsv"
DATA_README = REPO / "kgraph" / "data" / "README.md"

KG = Namespace("https://w3id.org/kgraph/ontology#")
SCHEME = URIRef("https://w3id.org/kgraph/id/topics")
TOPIC_BASE = "https://w3id.org/kgraph/id/topic/"

ORGANISATION_COLUMNS = ["key", "label", "type", "aliases", "former_names", "parent", "notes"]
LEGISLATION_COLUMNS = ["key", "title", "short_aliases", "legislation_gov_uk", "notes"]
ORGANISATION_TYPES = {
    "county-council", "unitary-council", "district-council", "parish-association", "police",
    "police-governance", "fire", "probation", "prison", "justice", "nhs", "icb", "ccg",
    "government-department", "government-agency", "partnership", "board", "group", "unit", "service",
    "voluntary", "housing", "education", "other",
}
# Words that would match far too much text to be a topic label on their own.
GENERIC_WORDS = {"crime", "police", "policing", "safety", "health", "community", "communities", "council",
                 "partnership", "violence", "abuse", "prevention", "prevent", "victim", "victims", "drug",
                 "drugs", "alcohol", "children", "young people", "vulnerable people", "housing", "funding"}

# The verified legislation.gov.uk paths; every other Act must leave the column empty.
VERIFIED_LEGISLATION = {
    "Domestic Violence, Crime and Victims Act 2004": "ukpga/2004/28",
    "Crime and Disorder Act 1998": "ukpga/1998/37",
    "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007": "uksi/2007/1830",
    "Domestic Abuse Act 2021": "ukpga/2021/17",
    "Police, Crime, Sentencing and Courts Act 2022": "ukpga/2022/32",
    "Mental Health Act 1983": "ukpga/1983/20",
    "Police Reform and Social Responsibility Act 2011": "ukpga/2011/13",
    "Counter-Terrorism and Security Act 2015": "ukpga/2015/6",
}

KENT_COUNCILS = {
    "Kent County Council": "county-council",
    "Medway Council": "unitary-council",
    "Ashford Borough Council": "district-council",
    "Canterbury City Council": "district-council",
    "Dartford Borough Council": "district-council",
    "Dover District Council": "district-council",
    "Folkestone and Hythe District Council": "district-council",
    "Gravesham Borough Council": "district-council",
    "Maidstone Borough Council": "district-council",
    "Sevenoaks District Council": "district-council",
    "Swale Borough Council": "district-council",
    "Thanet District Council": "district-council",
    "Tonbridge and Malling Borough Council": "district-council",
    "Tunbridge Wells Borough Council": "district-council",
}


def slugify(text: str) -> str:
    """The key rule of kgraph/data/README.md (the same as kgraph.entities.keys.slugify)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = text.lower().replace("&", " and ").replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def label_form(text: str) -> str:
    """How the matcher compares labels: case-folded, '&' as 'and', '-' and runs of spaces as one space."""
    text = text.casefold().replace("&", " and ").replace("-", " ")
    return re.sub(r"\s+", " ", text).strip()


# --------------------------------------------------------------------------- topics.ttl


@pytest.fixture(scope="module")
def topics_graph() -> Graph:
    graph = Graph()
    graph.parse(TOPICS_TTL, format="turtle")
    return graph


@pytest.fixture(scope="module")
def topics(topics_graph) -> list[URIRef]:
    """The scheme's concepts: its themes (kg:Topic) and the instruments used against them (kg:Instrument)."""
    return sorted(set(topics_graph.subjects(RDF.type, KG.Topic)) | set(topics_graph.subjects(RDF.type, KG.Instrument)))


def strings(graph: Graph, subject, predicate) -> list[str]:
    return [str(o) for o in graph.objects(subject, predicate)]


def all_labels(graph: Graph, topic) -> list[str]:
    return [label for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel) for label in strings(graph, topic, p)]


def topic_by_pref(graph: Graph, topics, pref: str) -> URIRef:
    found = [t for t in topics if pref in strings(graph, t, SKOS.prefLabel)]
    assert len(found) == 1, f"no single topic with prefLabel {pref!r}"
    return found[0]


def test_scheme_is_described(topics_graph):
    assert (SCHEME, RDF.type, SKOS.ConceptScheme) in topics_graph
    for predicate in (SKOS.prefLabel, DCTERMS.title, DCTERMS.description):
        assert list(topics_graph.objects(SCHEME, predicate)), f"scheme lacks {predicate}"


def test_at_least_forty_topics_all_concepts_in_the_scheme(topics_graph, topics):
    assert len(topics) >= 40
    for topic in topics:
        assert (topic, RDF.type, SKOS.Concept) in topics_graph, topic
        assert (topic, SKOS.inScheme, SCHEME) in topics_graph, topic
    # nothing typed skos:Concept escaped the kg:Topic / kg:Instrument typing
    assert set(topics_graph.subjects(RDF.type, SKOS.Concept)) == set(topics)


def test_each_topic_has_one_english_preflabel_and_definition(topics_graph, topics):
    for topic in topics:
        prefs = list(topics_graph.objects(topic, SKOS.prefLabel))
        definitions = list(topics_graph.objects(topic, SKOS.definition))
        assert len(prefs) == 1, f"{topic}: {len(prefs)} prefLabels"
        assert len(definitions) == 1, f"{topic}: {len(definitions)} definitions"
        assert prefs[0].language == "en" and definitions[0].language == "en", topic
        assert str(definitions[0]).strip().endswith("."), f"{topic}: definition is not a sentence"


def test_topic_iri_is_the_slug_of_its_preflabel(topics_graph, topics):
    for topic in topics:
        pref = str(topics_graph.value(topic, SKOS.prefLabel))
        assert str(topic) == TOPIC_BASE + slugify(pref), f"{topic} should be {TOPIC_BASE + slugify(pref)}"


def test_top_concepts_are_exactly_the_topics_without_broader(topics_graph, topics):
    top_listed = set(topics_graph.objects(SCHEME, SKOS.hasTopConcept))
    top_flagged = {t for t in topics if (t, SKOS.topConceptOf, SCHEME) in topics_graph}
    without_broader = {t for t in topics if topics_graph.value(t, SKOS.broader) is None}
    assert top_listed == top_flagged == without_broader


def test_broader_and_narrower_are_stated_both_ways(topics_graph, topics):
    topic_set = set(topics)
    for child, parent in topics_graph.subject_objects(SKOS.broader):
        assert parent in topic_set, f"{child} has broader {parent}, which is not a topic"
        assert (parent, SKOS.narrower, child) in topics_graph, f"{parent} lacks narrower {child}"
    for parent, child in topics_graph.subject_objects(SKOS.narrower):
        assert (child, SKOS.broader, parent) in topics_graph, f"{child} lacks broader {parent}"


def test_hierarchy_has_no_cycles(topics_graph, topics):
    for topic in topics:
        seen, current = {topic}, topics_graph.value(topic, SKOS.broader)
        while current is not None:
            assert current not in seen, f"broader cycle through {topic}"
            seen.add(current)
            current = topics_graph.value(current, SKOS.broader)


def test_related_is_symmetric_and_not_hierarchical(topics_graph):
    for a, b in topics_graph.subject_objects(SKOS.related):
        assert (b, SKOS.related, a) in topics_graph, f"{b} lacks related {a}"
        assert (a, SKOS.broader, b) not in topics_graph and (b, SKOS.broader, a) not in topics_graph


def test_acronyms_are_real_acronyms_and_also_altlabels(topics_graph, topics):
    for topic in topics:
        alts = strings(topics_graph, topic, SKOS.altLabel)
        for acronym in topics_graph.objects(topic, KG.acronym):
            assert isinstance(acronym, Literal) and acronym.language is None, f"{topic}: acronym must be a plain literal"
            assert re.fullmatch(r"[A-Z][A-Z0-9]+", str(acronym)), f"{topic}: {acronym!r} is not an acronym"
            assert str(acronym) in alts, f"{topic}: acronym {acronym} is not an altLabel"


def test_labels_are_disjoint_within_a_topic(topics_graph, topics):
    # SKOS integrity: prefLabel, altLabel and hiddenLabel are pairwise disjoint for one concept.
    for topic in topics:
        labels = all_labels(topics_graph, topic)
        repeated = [label for label, n in Counter(labels).items() if n > 1]
        assert not repeated, f"{topic}: {repeated} given twice"


def test_no_label_or_acronym_is_shared_by_two_topics(topics_graph, topics):
    owners: dict[str, set] = defaultdict(set)
    for topic in topics:
        for label in all_labels(topics_graph, topic) + strings(topics_graph, topic, KG.acronym):
            owners[label_form(label)].add(topic)
    shared = {label: sorted(map(str, ts)) for label, ts in owners.items() if len(ts) > 1}
    assert not shared, shared


def test_labels_are_clean_and_not_generic(topics_graph, topics):
    for topic in topics:
        # a case-sensitive topic is never matched by its labels, so "PREVENT" may be one
        case_sensitive = (topic, KG.caseSensitive, Literal(True)) in topics_graph
        for label in all_labels(topics_graph, topic):
            assert label == label.strip() and "  " not in label, f"{topic}: {label!r}"
            if not case_sensitive:
                assert label_form(label) not in GENERIC_WORDS, f"{topic}: {label!r} is too generic to match on"


def test_match_patterns_compile(topics_graph):
    patterns = list(topics_graph.subject_objects(KG.matchPattern))
    assert patterns
    for topic, pattern in patterns:
        try:
            re.compile(str(pattern))
        except re.error as error:
            pytest.fail(f"{topic}: kg:matchPattern {str(pattern)!r} does not compile: {error}")


def test_case_sensitive_flag_is_a_boolean(topics_graph):
    for topic, flag in topics_graph.subject_objects(KG.caseSensitive):
        assert isinstance(flag.toPython(), bool), f"{topic}: kg:caseSensitive {flag!r} is not a boolean"


def matches_topic_patterns(graph: Graph, topic, text: str) -> bool:
    return any(re.search(str(p), text) for p in graph.objects(topic, KG.matchPattern))


def test_prevent_matches_the_programme_and_never_the_verb(topics_graph, topics):
    prevent = topic_by_pref(topics_graph, topics, "PREVENT")
    assert (prevent, KG.caseSensitive, Literal(True)) in topics_graph
    # no label that a case-insensitive matcher could find in ordinary prose
    assert {label_form(x) for x in all_labels(topics_graph, prevent)} <= {"prevent"}
    for text in ["Kent was the only PREVENT priority area", "the Prevent duty on schools",
                 "Prevent Strategy refresh", "Prevent referrals rose", "an update from the PREVENT Duty Delivery Board"]:
        assert matches_topic_patterns(topics_graph, prevent, text), text
    for text in ["Preventing Extremism and Hate", "intervention and prevention", "to prevent duplication",
                 "Prevention Hubs", "This would prevent delays", "PREVENTION"]:
        assert not matches_topic_patterns(topics_graph, prevent, text), text


def test_domestic_abuse_short_form_needs_a_context_word(topics_graph, topics):
    domestic_abuse = topic_by_pref(topics_graph, topics, "Domestic abuse")
    assert matches_topic_patterns(topics_graph, domestic_abuse, "the Kent and Medway DA Strategy Group")
    assert matches_topic_patterns(topics_graph, domestic_abuse, "funding for DA services")
    # two capitals are often a person's initials in action lines
    assert not matches_topic_patterns(topics_graph, domestic_abuse, "ACTION: DA to circulate the report")
    assert not matches_topic_patterns(topics_graph, domestic_abuse, "DATA and DAY")


REQUIRED_TOPICS = [  # a name (prefLabel or altLabel) of each topic the brief asks for, and its acronym
    ("Domestic abuse", None), ("Domestic Homicide Review", "DHR"), ("Independent Domestic Violence Advisor", "IDVA"),
    ("Multi-Agency Risk Assessment Conference", "MARAC"), ("Violence against women and girls", "VAWG"),
    ("sexual abuse", None), ("Stalking and harassment", None), ("PREVENT", None), ("Extremism", None),
    ("radicalisation", None), ("Hate crime", None), ("Anti-social behaviour", "ASB"), ("Serious violence", None),
    ("Serious Violence Duty", None), ("Violence reduction", None), ("Knife crime", None), ("County lines", None),
    ("Exploitation", None), ("Child criminal exploitation", "CCE"), ("Child sexual exploitation", "CSE"),
    ("Organised crime", "SOC"), ("serious and organised crime", None), ("Neighbourhood crime", None),
    ("Robbery", None), ("Burglary", None), ("Substance misuse", None), ("Drug supply", None),
    ("Drug Intervention Programme", "DIP"), ("Alcohol-related harm", None), ("Road safety", None),
    ("Drink driving", None), ("Modern slavery and human trafficking", None), ("Scams", None), ("fraud", None),
    ("doorstep crime", None), ("Illegal vapes", None), ("Mental health", None), ("S136 detention", None),
    ("CCTV", "CCTV"), ("Neighbourhood policing", None), ("Police Community Support Officer", "PCSO"),
    ("Community warden", None), ("Reoffending", None), ("Youth justice", None), ("youth offending", None),
    ("Safeguarding", None), ("Safeguarding vulnerable people", None), ("Fire safety", None),
    ("Community Safety Fund", "CSF"), ("Data sharing", None), ("information sharing", None), ("Cyber crime", None),
    ("online safety", None), ("Dangerous dogs", None), ("Victims and witnesses", None), ("victim support", None),
    ("Rural crime", None), ("Community cohesion", None), ("Trauma-informed practice", None),
    ("trauma awareness", None), ("Homelessness and rough sleeping", None), ("Gang crime", None),
    ("Child sexual abuse", None), ("Right Care, Right Person", "RCRP"),
]


@pytest.mark.parametrize("name, acronym", REQUIRED_TOPICS)
def test_required_topic_present(topics_graph, topics, name, acronym):
    holders = [t for t in topics
               if name in strings(topics_graph, t, SKOS.prefLabel) + strings(topics_graph, t, SKOS.altLabel)]
    assert len(holders) == 1, f"no topic named {name!r}"
    if acronym:
        assert acronym in strings(topics_graph, holders[0], KG.acronym)


def test_hidden_variants_the_matcher_relies_on(topics_graph, topics):
    expected = {
        "Domestic abuse": {"domestic violence"},
        "Domestic Homicide Review": {"domestic homicide"},
        "Anti-social behaviour": {"anti social behaviour"},
        "Illegal vapes": {"illegal vaping", "illegal vape"},
        "Mental health": {"section 136", "S136"},
        "Hate crime": {"hate incident"},
        "Safeguarding vulnerable people": {"safeguarding the vulnerable"},
    }
    for pref, hidden in expected.items():
        topic = topic_by_pref(topics_graph, topics, pref)
        assert hidden <= set(strings(topics_graph, topic, SKOS.hiddenLabel)), pref


def test_hierarchy_of_named_pairs(topics_graph, topics):
    for child, parent in [("Serious Violence Duty", "Serious violence"),
                          ("Child criminal exploitation", "Exploitation"),
                          ("Child sexual exploitation", "Exploitation"),
                          ("Section 136 detention", "Mental health"),
                          ("Safeguarding Adults Review", "Safeguarding vulnerable people"),
                          ("Safeguarding children", "Safeguarding vulnerable people"),
                          ("Domestic Homicide Review", "Domestic abuse"),
                          ("PREVENT", "Counter-terrorism")]:
        assert (topic_by_pref(topics_graph, topics, child), SKOS.broader,
                topic_by_pref(topics_graph, topics, parent)) in topics_graph, (child, parent)


# --------------------------------------------------------------------------- TSV helpers


def read_tsv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = handle.read().split("\n")
    assert lines[-1] == "", f"{path.name} must end with a newline"
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:-1], start=2):
        cells = line.split("\t")
        assert len(cells) == len(header), f"{path.name}:{number}: {len(cells)} cells, expected {len(header)}"
        for cell in cells:
            assert cell == cell.strip(), f"{path.name}:{number}: stray whitespace in {cell!r}"
            assert '"' not in cell, f"{path.name}:{number}: quotes are not used in these files"
        rows.append(dict(zip(header, cells)))
    return header, rows


def split_list(cell: str) -> list[str]:
    if not cell:
        return []
    items = cell.split("|")
    assert all(item and item == item.strip() for item in items), f"empty or padded item in {cell!r}"
    return items


@pytest.fixture(scope="module")
def organisations() -> list[dict[str, str]]:
    header, rows = read_tsv(ORGANISATIONS_TSV)
    assert header == ORGANISATION_COLUMNS
    return rows


@pytest.fixture(scope="module")
def legislation() -> list[dict[str, str]]:
    header, rows = read_tsv(LEGISLATION_TSV)
    assert header == LEGISLATION_COLUMNS
    return rows


def names_of(row: dict[str, str]) -> list[str]:
    return [row["label"]] + split_list(row["aliases"]) + split_list(row["former_names"])


def organisation_named(organisations, name: str) -> dict[str, str]:
    found = [row for row in organisations if label_form(name) in {label_form(n) for n in names_of(row)}]
    assert len(found) == 1, f"{name!r} names {len(found)} organisations"
    return found[0]


# --------------------------------------------------------------------------- organisations.tsv


def test_tsv_readers_are_strict(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("key\tlabel\nkent\tKent\textra\n", encoding="utf-8")
    with pytest.raises(AssertionError):
        read_tsv(bad)
    with pytest.raises(AssertionError):
        split_list("KCC||Kent CC")


def test_organisation_keys_are_unique_slugs_of_labels(organisations):
    keys = [row["key"] for row in organisations]
    assert len(keys) == len(set(keys))
    for row in organisations:
        assert row["label"], row
        assert row["key"] == slugify(row["label"]), f"{row['key']} should be {slugify(row['label'])}"


def test_organisation_types_are_known(organisations):
    for row in organisations:
        assert row["type"] in ORGANISATION_TYPES, f"{row['key']}: unknown type {row['type']!r}"


def test_organisation_parents_exist_and_do_not_loop(organisations):
    parent_of = {row["key"]: row["parent"] for row in organisations}
    for key, parent in parent_of.items():
        if not parent:
            continue
        assert parent in parent_of, f"{key}: parent {parent!r} is not a key"
        seen = {key}
        while parent:
            assert parent not in seen, f"parent cycle through {key}"
            seen.add(parent)
            parent = parent_of[parent]


def test_no_name_is_shared_by_two_organisations(organisations):
    owners: dict[str, set[str]] = defaultdict(set)
    for row in organisations:
        for name in names_of(row):
            owners[label_form(name)].add(row["key"])
    shared = {name: sorted(keys) for name, keys in owners.items() if len(keys) > 1}
    assert not shared, shared


def test_kent_and_medway_councils_are_present(organisations):
    for label, council_type in KENT_COUNCILS.items():
        row = organisation_named(organisations, label)
        assert row["label"] == label and row["type"] == council_type


def test_shepway_resolves_to_folkestone_and_hythe(organisations):
    for old_name in ["Shepway District Council", "Shepway DC", "Shepway"]:
        row = organisation_named(organisations, old_name)
        assert row["key"] == "folkestone-and-hythe-district-council"
        assert old_name in split_list(row["former_names"])
    csp = organisation_named(organisations, "Shepway CSP")
    assert csp["key"] == "folkestone-and-hythe-community-safety-partnership"
    assert csp["parent"] == "folkestone-and-hythe-district-council"


def test_each_district_has_a_csp_under_its_council(organisations):
    districts = [row for row in organisations if row["type"] == "district-council"]
    assert len(districts) == 12
    for council in districts:
        place = council["label"].rsplit(" ", 2)[0]          # "Tunbridge Wells Borough Council" → "Tunbridge Wells"
        csp = organisation_named(organisations, f"{place} CSP")
        assert csp["type"] == "partnership" and csp["parent"] == council["key"], place
        assert csp["label"] == f"{place} Community Safety Partnership"


@pytest.mark.parametrize("name, key", [
    ("KCC", "kent-county-council"),
    ("Kent CC", "kent-county-council"),
    ("Maidstone BC", "maidstone-borough-council"),
    ("MBC", "maidstone-borough-council"),
    ("Dartford BC", "dartford-borough-council"),
    ("Dover DC", "dover-district-council"),
    ("Kent Constabulary", "kent-police"),
    ("KFRS", "kent-fire-and-rescue-service"),
    ("Kent Fire & Rescue Service", "kent-fire-and-rescue-service"),
    ("PCC", "kent-police-and-crime-commissioner"),
    ("Police and Crime Commissioners", "kent-police-and-crime-commissioner"),
    ("OPCC", "office-of-the-kent-police-and-crime-commissioner"),
    ("HMPPS", "hm-prison-and-probation-service"),
    ("National Probation Service", "probation-service"),
    ("Department of Work and Pensions", "department-for-work-and-pensions"),
    ("Integrated Care Board", "nhs-kent-and-medway-integrated-care-board"),
    ("NHS Kent and Medway CCG", "nhs-kent-and-medway-clinical-commissioning-group"),
    ("NHS", "national-health-service"),
    ("DLUHC", "ministry-of-housing-communities-and-local-government"),
    ("VRU", "kent-and-medway-violence-reduction-unit"),
    ("KCSP", "kent-community-safety-partnership"),
    ("Kent CSP", "kent-community-safety-partnership"),
    ("Medway CSP", "medway-community-safety-partnership"),
    ("KCST", "kent-community-safety-team"),
    ("KCWS", "kent-community-warden-service"),
    ("Kent and Medway DA Strategy Group", "kent-and-medway-domestic-abuse-strategy-group"),
    ("Kent & Medway Domestic Abuse Strategy Group", "kent-and-medway-domestic-abuse-strategy-group"),
    ("PDDB", "kent-and-medway-prevent-duty-delivery-board"),
    ("SVPP", "kent-and-medway-serious-violence-prevention-partnership"),
    ("KMPT", "kent-and-medway-nhs-and-social-care-partnership-trust"),
    ("SECAmb", "south-east-coast-ambulance-service-nhs-foundation-trust"),
    ("CRC", "kent-surrey-and-sussex-community-rehabilitation-company"),
    # the devolved nations' statutory partners, named the same in every council's minutes there
    ("NIHE", "northern-ireland-housing-executive"),
    ("PBNI", "probation-board-for-northern-ireland"),
    ("NIFRS", "northern-ireland-fire-and-rescue-service"),
    ("SFRS", "scottish-fire-and-rescue-service"),
])
def test_aliases_as_written_in_minutes(organisations, name, key):
    assert organisation_named(organisations, name)["key"] == key


def test_medway_does_not_claim_maidstones_acronym(organisations):
    medway = organisation_named(organisations, "Medway Council")
    assert "MBC" not in names_of(medway)


def test_abolished_bodies_have_their_own_rows(organisations):
    for name, successor in [("Kent Police Authority", "kent-police-and-crime-commissioner"),
                            ("NHS Kent and Medway Clinical Commissioning Group", "nhs-kent-and-medway-integrated-care-board"),
                            ("Kent Probation", "probation-service")]:
        row = organisation_named(organisations, name)
        assert row["label"] == name
        assert "abolished" in row["notes"], name
        assert row["key"] != successor and organisation_named(organisations, successor)


def test_council_owned_bodies_hang_under_kcc(organisations):
    for name in ["Crime and Disorder Scrutiny Committee", "Kent Community Safety Team",
                 "Kent Community Warden Service", "Kent Trading Standards", "Kent Public Health"]:
        assert organisation_named(organisations, name)["parent"] == "kent-county-council", name


def test_shared_external_ids_name_gazetteer_organisations(organisations):
    """Every organisation that the shared identifier table links must be one gazetteer row."""
    table = SHARED / "data" / "external-ids.tsv"
    if not table.exists():
        pytest.skip(f"shared material not found beside the repo ({table}); it is not shipped to users")
    with table.open(encoding="utf-8", newline="") as handle:
        entities = {row["entity"] for row in csv.DictReader(handle, delimiter="\t") if row["kind"] == "organisation"}
    assert entities
    for entity in entities:
        name = re.sub(r"\s*\(.*\)\s*$", "", entity)         # "Ministry of Justice (parent of …)" → the name
        organisation_named(organisations, name)


# --------------------------------------------------------------------------- legislation.tsv


def test_legislation_keys_are_unique_slugs_of_titles(legislation):
    keys = [row["key"] for row in legislation]
    assert len(keys) == len(set(keys))
    for row in legislation:
        assert row["title"], row
        assert row["key"] == slugify(row["title"])
        assert re.search(r" (19|20)\d\d$", row["title"]), f"{row['title']!r} lacks its year"


def test_only_verified_identifiers_are_filled_in(legislation):
    by_title = {row["title"]: row for row in legislation}
    for title, path in VERIFIED_LEGISLATION.items():
        assert by_title[title]["legislation_gov_uk"] == path, title
    for row in legislation:
        if row["title"] not in VERIFIED_LEGISLATION:
            assert row["legislation_gov_uk"] == "", f"{row['title']}: identifier not verified"


def test_identifier_year_agrees_with_title(legislation):
    for row in legislation:
        path = row["legislation_gov_uk"]
        if path:
            match = re.fullmatch(r"(ukpga|uksi)/(\d{4})/(\d+)", path)
            assert match, path
            assert row["title"].endswith(match.group(2)), row["title"]


def test_short_aliases_have_no_year_and_are_unique(legislation):
    owners: dict[str, set[str]] = defaultdict(set)
    for row in legislation:
        for alias in split_list(row["short_aliases"]):
            assert not re.search(r"\b(19|20)\d\d\b", alias), f"{row['key']}: alias {alias!r} has a year"
            owners[label_form(alias)].add(row["key"])
        owners[label_form(row["title"])].add(row["key"])
    shared = {alias: sorted(keys) for alias, keys in owners.items() if len(keys) > 1}
    assert not shared, shared


def test_commonly_cited_acts_are_listed(legislation):
    titles = {row["title"] for row in legislation}
    for title in ["Anti-social Behaviour, Crime and Policing Act 2014", "Modern Slavery Act 2015", "Children Act 1989",
                  "Children Act 2004", "Care Act 2014", "Licensing Act 2003", "Equality Act 2010",
                  "Data Protection Act 2018", "Human Rights Act 1998", "Police and Criminal Evidence Act 1984",
                  "Localism Act 2011", "Protection from Harassment Act 1997", "Serious Crime Act 2015",
                  "Offender Rehabilitation Act 2014", "Criminal Justice Act 2003", "Policing and Crime Act 2017",
                  "Victims and Prisoners Act 2024"]:
        assert title in titles, title


def test_ambiguous_short_titles_are_not_aliases(legislation):
    aliases = {label_form(a) for row in legislation for a in split_list(row["short_aliases"])}
    assert "children act" not in aliases
    assert "data protection act" not in aliases
    assert "domestic abuse act" in aliases


def test_readme_documents_every_column():
    text = DATA_README.read_text(encoding="utf-8")
    for column in ORGANISATION_COLUMNS + LEGISLATION_COLUMNS:
        assert f"`{column}`" in text, column
