"""Cross-document resolution on small hand-built records."""
from __future__ import annotations

import datetime as dt

from kgraph.entities import find_mentions
from kgraph.model import AgendaItem, AttendanceEntry, Header, MeetingRecord, SourceText, Span
from kgraph.resolve import resolve


def record(text: str, attendees: list[tuple[str, str]], date: dt.date, path: str) -> MeetingRecord:
    entries = []
    for name, org in attendees:
        start = text.index(name)
        entries.append(AttendanceEntry(name=name, span=Span(start, start + len(name)), organisations=[org]))
    body_start = text.index("Minutes") if "Minutes" in text else 0
    item = AgendaItem(position=1, number="1", code=None, title="Business", span=Span(body_start, len(text)),
                      title_span=Span(body_start, body_start + 7))
    rec = MeetingRecord(SourceText(path, text, path, "text/plain"), "generic",
                        Header(body="Testshire Community Safety Partnership", date=date), entries, [item], [])
    rec.mentions = find_mentions(rec)
    return rec


def test_people_merge_by_surname_and_keep_ambiguity():
    a = record("PRESENT: Robin Hales (Testshire Police), Shafick Peerbux (Testshire County Council)\n"
               "Minutes\nMr Peerbux reported. It was noted that Mr Hale was present.",
               [("Robin Hales", "Testshire Police"), ("Shafick Peerbux", "Testshire County Council")],
               dt.date(2023, 1, 1), "a.txt")
    b = record("Minutes\nMr S Peerbux (Head of Community Safety, Testshire County Council) introduced the report.",
               [], dt.date(2023, 6, 1), "b.txt")
    reg = resolve([b, a])
    peerbux = reg.canonical("person", "shafick-peerbux")
    assert reg.canonical("person", "peerbux") == peerbux        # Mr Peerbux
    assert reg.canonical("person", "s-peerbux") == peerbux      # Mr S Peerbux, other document
    entity = reg.entities[peerbux]
    assert entity.label == "Shafick Peerbux" and {"Mr Peerbux", "Mr S Peerbux"} <= entity.alt_labels
    assert entity.attrs["role"] == "Head of Community Safety"
    hale, hales = reg.canonical("person", "hale"), reg.canonical("person", "robin-hales")
    assert hale != hales
    assert any({x, y} == {hale, hales} and 0.8 <= c < 1 for x, y, c in reg.possible_same)


def test_resolution_is_deterministic():
    def build():
        a = record("PRESENT: Ann Smith (Testshire Police)\nMinutes\nThe Testshire Youth Offending Team (TYOT) and the "
                   "TYOT met the Rural Task Force.", [("Ann Smith", "Testshire Police")], dt.date(2022, 1, 1), "a.txt")
        return resolve([a])
    one, two = build(), build()
    assert one.entities == two.entities and one.aliases == two.aliases
    tyot = one.canonical("organisation", "tyot")
    assert tyot == one.canonical("organisation", "testshire-youth-offending-team") == ("organisation", "testshire-youth-offending-team")
    assert ("organisation", "rural-task-force") in one.entities
    assert "Body" in one.entities[one.canonical("organisation", "testshire-community-safety-partnership")].classes


def test_a_name_wrapped_over_a_line_break_is_labelled_on_one_line():
    a = record("PRESENT: Ann Smith (Testshire Police)\nMinutes\n"
               "     The draft would now go to the Lakeside Review Panel and to the Home\n"
               "     Office Quality Assurance Panel for comment before it is published in the spring.\n",
               [("Ann Smith", "Testshire Police")], dt.date(2022, 1, 1), "a.txt")
    reg = resolve([a])
    labels = {e.label for e in reg.entities.values()} | {w for e in reg.entities.values() for w in e.alt_labels}
    assert "Home Office Quality Assurance Panel" in labels
    assert not [label for label in labels if "\n" in label or "\t" in label or "  " in label]


def test_a_bare_surname_means_the_person_of_its_own_meeting():
    """"Councillor Marlow" in two councils' minutes is two people: each meeting's own Marlow, not one
    unresolved "Marlow" shared by both (nor the first Marlow found)."""
    a = record("PRESENT: Councillor S Marlow (Fellside Council)\nMinutes\nCouncillor Marlow asked about CCTV.",
               [("Councillor S Marlow", "Fellside Council")], dt.date(2023, 1, 1), "fellside.txt")
    b = record("PRESENT: Councillor T Marlow (Lakeby Council)\nMinutes\nCouncillor Marlow declared an interest.",
               [("Councillor T Marlow", "Lakeby Council")], dt.date(2023, 2, 1), "lakeby.txt")
    reg = resolve([a, b])
    s_marlow, t_marlow = reg.canonical("person", "s-marlow"), reg.canonical("person", "t-marlow")
    assert s_marlow != t_marlow
    assert reg.local_aliases[("fellside.txt", "person", "marlow")] == s_marlow
    assert reg.local_aliases[("lakeby.txt", "person", "marlow")] == t_marlow
    assert not [key for kind, key in reg.entities if kind == "person" and key == "marlow"]
    assert "Councillor Marlow" in reg.entities[s_marlow].alt_labels


def test_a_bare_surname_in_the_graph_links_its_own_meetings_person(tmp_path):
    from rdflib import Graph, URIRef
    from rdflib.namespace import FOAF, RDF
    from kgraph import pipeline

    for name, council, initial in (("fellside", "Fellside", "S"), ("lakeby", "Lakeby", "T")):
        (tmp_path / f"{name}.txt").write_text(
            f"MINUTES of a meeting of the {council} Community Safety Partnership held on 12 March 2024\n\n"
            f"PRESENT: Councillor {initial} Marlow ({council} Council), Ms Jo Hale ({council} Police)\n\n"
            f"1. CCTV\n\nCouncillor Marlow asked about the cameras. Ms Hale replied.\n", encoding="utf-8")
    out = tmp_path / "out"
    pipeline.build([str(tmp_path / "fellside.txt"), str(tmp_path / "lakeby.txt")], out, load_store=False)
    g = Graph().parse(out / "graph.ttl")
    people = {str(p).rsplit("/", 1)[1] for p in g.subjects(RDF.type, FOAF.Person)}
    assert {"s-marlow", "t-marlow"} <= people and "marlow" not in people
    assert not any(str(p).endswith("/marlow") for p in g.all_nodes() if isinstance(p, URIRef))


def test_a_body_written_with_its_kind_as_an_acronym_is_the_body_named_in_full():
    a = record("Lakeby CSP Tasking Group\nMinutes\nThe Lakeby Community Safety Partnership funds CCTV. "
               "Lakeby CSP will report back.", [], dt.date(2024, 1, 1), "a.txt")
    b = record("Minutes\nThe Fellside CSP met. Fellside Youth Offending Team and Fellside YOS attended.",
               [], dt.date(2024, 2, 1), "b.txt")
    reg = resolve([a, b])
    lakeby = reg.canonical("organisation", "lakeby-csp")
    assert lakeby == reg.canonical("organisation", "lakeby-community-safety-partnership")
    assert reg.entities[lakeby].label == "Lakeby Community Safety Partnership"
    assert "Lakeby CSP" in reg.entities[lakeby].alt_labels
    # no full name written anywhere: the acronym form stands as written, nothing is invented
    assert reg.canonical("organisation", "fellside-csp") == ("organisation", "fellside-csp")
    # a different kind of body is never joined ("YOS" is a service, not the "Youth Offending Team")
    assert reg.canonical("organisation", "fellside-yos") != reg.canonical("organisation", "fellside-youth-offending-team")


def test_an_initialled_name_means_the_person_of_its_own_meeting():
    """"Ms H Medlar" fits Helen and Hannah Medlar of the corpus; each meeting names one of them."""
    a = record("PRESENT: Helen Medlar (Fellside Council)\nMinutes\nMs H Medlar presented the plan.",
               [("Helen Medlar", "Fellside Council")], dt.date(2023, 1, 1), "fellside.txt")
    b = record("PRESENT: Hannah Medlar (Lakeby Police)\nMinutes\nMs H Medlar gave the figures.",
               [("Hannah Medlar", "Lakeby Police")], dt.date(2023, 2, 1), "lakeby.txt")
    reg = resolve([a, b])
    helen, hannah = reg.canonical("person", "helen-medlar"), reg.canonical("person", "hannah-medlar")
    assert helen != hannah
    assert reg.local_aliases[("fellside.txt", "person", "h-medlar")] == helen
    assert reg.local_aliases[("lakeby.txt", "person", "h-medlar")] == hannah
    assert ("person", "h-medlar") not in reg.entities
