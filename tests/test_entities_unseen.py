"""The entity stage on minutes in layouts and conventions the seeds do not show.

Every document here is invented for the test (other councils, other years). Records are built by
hand with correct AttendanceEntry / Action objects, so these tests check the entity stage alone,
whatever the segmenter does with the same text.
"""
from __future__ import annotations

import datetime as dt

from kgraph.entities import find_mentions
from kgraph.model import (Action, AgendaItem, AttendanceEntry, Header, MeetingRecord, Owner, SourceText, Span)
from kgraph.resolve import resolve


def entry(text: str, name: str, *, orgs: list[str] = (), role: str | None = None, as_written: str | None = None,
          initials: str | None = None, kind: str = "present") -> AttendanceEntry:
    start = text.index(name)
    return AttendanceEntry(name=name, span=Span(start, start + len(name)), as_written=as_written,
                           organisations=list(orgs), role=role, list_kind=kind, initials=initials)


def owner(text: str, name: str, kind: str, after: str) -> Owner:
    start = text.index(name, text.index(after))
    return Owner(name=name, span=Span(start, start + len(name)), kind=kind)


def items(text: str, headings: list[str], actions: dict[str, list[Owner]] | None = None) -> list[AgendaItem]:
    starts = [text.index(h) for h in headings] + [len(text)]
    out = []
    for i, heading in enumerate(headings):
        s, e = starts[i], starts[i + 1]
        item = AgendaItem(position=i + 1, number=str(i + 1), code=None, title=heading, span=Span(s, e),
                          title_span=Span(s, s + len(heading)))
        for owners in (actions or {}).get(heading, []):
            item.actions.append(Action(text=heading, span=Span(s, e), owners=[owners], explicit=True))
        out.append(item)
    return out


def record(text: str, body: str, attendance: list[AttendanceEntry], agenda: list[AgendaItem],
           path: str = "test.txt", date: dt.date = dt.date(2022, 3, 1)) -> MeetingRecord:
    start = text.index(body)
    rec = MeetingRecord(SourceText(path, text, path, "text/plain"), "generic",
                        Header(body=body, body_span=Span(start, start + len(body)), date=date),
                        attendance, agenda, [])
    rec.mentions = find_mentions(rec)
    return rec


def people(rec: MeetingRecord) -> set[str]:
    return {m.text for m in rec.mentions.people}


def organisations(rec: MeetingRecord) -> set[str]:
    return {m.text for m in rec.mentions.organisations}


def topic_texts(rec: MeetingRecord) -> set[str]:
    return {m.text for m in rec.mentions.topics}


# --------------------------------------------------------------------------- initials lists

ROTHER = """Rother Community Safety Partnership
Minutes of the meeting held on Wednesday 9 March 2022 at 14:00, Town Hall, Bexhill

Present:
Helen Marsh (HM) – Rother District Council (Chair)
Insp. Gary Lowe (GL) – Sussex Police
Nadia Okafor (NO) – East Sussex Fire and Rescue Service

1. Welcome
HM welcomed everyone. The Independent Domestic Violence Advisers (IDVAs) had supported 31 clients.
ACTION: GL to share the hate crime figures with partners.

2. Road safety
NO gave an update on the speed watch scheme with the Multi-Agency Safeguarding Hub.
"""


def rother() -> MeetingRecord:
    t = ROTHER
    att = [entry(t, "Helen Marsh", orgs=["Rother District Council"], role="Chair", initials="HM",
                 as_written="Rother District Council (Chair)"),
           entry(t, "Insp. Gary Lowe", orgs=["Sussex Police"], initials="GL", as_written="Sussex Police"),
           entry(t, "Nadia Okafor", orgs=["East Sussex Fire and Rescue Service"], initials="NO",
                 as_written="East Sussex Fire and Rescue Service")]
    agenda = items(t, ["1. Welcome", "2. Road safety"],
                   {"1. Welcome": [owner(t, "GL", "initials", "ACTION:")]})
    return record(t, "Rother Community Safety Partnership", att, agenda)


def test_initials_in_parentheses_are_not_acronyms_or_topics():
    rec = rother()
    acronyms = {d.acronym for d in rec.mentions.acronyms}
    assert acronyms == {"IDVA"}
    assert not {"HM", "GL", "NO"} & topic_texts(rec)
    assert not {"HM", "GL", "NO"} & organisations(rec)


def test_initials_used_as_speaker_or_owner_are_the_person():
    rec = rother()
    keys = {(m.text, m.key) for m in rec.mentions.people if m.item_position}
    assert ("GL", "gary-lowe") in keys            # ACTION: GL to share
    assert ("HM", "helen-marsh") in keys          # HM welcomed everyone
    assert ("NO", "nadia-okafor") in keys         # NO gave an update
    by_name = {m.text: m for m in rec.mentions.people if m.item_position is None}
    assert by_name["Insp. Gary Lowe"].role == "Insp" and by_name["Insp. Gary Lowe"].organisation == "Sussex Police"


def test_multi_agency_alone_is_not_an_organisation():
    rec = rother()
    assert "Multi-Agency" not in organisations(rec)
    assert "Multi-Agency Safeguarding Hub" in organisations(rec) or not any(
        m.text.startswith("Multi") for m in rec.mentions.organisations)


def test_initials_before_name_list():
    t = ("Dover Community Safety Partnership\n\nPresent:\nAB Alice Brown (Dover DC)\nCD Colin Day (Kent Police)\n\n"
         "1. Street drinking\nCD reported a fall in street drinking in the town centre.\nAction: AB\n")
    att = [entry(t, "Alice Brown", orgs=["Dover DC"], initials="AB", as_written="Dover DC"),
           entry(t, "Colin Day", orgs=["Kent Police"], initials="CD", as_written="Kent Police")]
    agenda = items(t, ["1. Street drinking"], {"1. Street drinking": [owner(t, "AB", "initials", "Action:")]})
    rec = record(t, "Dover Community Safety Partnership", att, agenda)
    narrative = {(m.text, m.key) for m in rec.mentions.people if m.item_position == 1}
    assert narrative == {("CD", "colin-day"), ("AB", "alice-brown")}
    assert {"Dover DC", "Kent Police"} <= organisations(rec)
    assert rec.mentions.acronyms == []


# --------------------------------------------------------------------------- roles, offices, possessives

GRAVESHAM = """Gravesham Community Safety Partnership

Notes of the meeting held on 4 May 2022, via MS Teams

Attendees
Cllr Priya Nair, Portfolio Holder for Communities, Gravesham Borough Council (Chair)
Chief Inspector Rob Kerr, Kent Police
Sam Ellis, Community Safety Manager, Gravesham Borough Council
Ms T Ward (Kent Police and Crime Commissioner)
Mr D Shah (Chief Executive, Office of the Police and Crime Commissioner)
Mrs J Webb (Democratic Services Officer)

Item 1 – Serious violence
Chief Inspector Kerr presented the profile. The Serious Violence Duty added new duties for partners.
Agreed: the Partnership will support the Violence Reduction Unit's youth programme.
Councillor Nair thanked Insp. Dan Price, DCI Loose and PC Jones for the operation.
Action: Kent Police
Action: the Chair
"""


def gravesham() -> MeetingRecord:
    t = GRAVESHAM
    att = [entry(t, "Cllr Priya Nair", orgs=["Gravesham Borough Council"], role="Portfolio Holder for Communities",
                 as_written="Portfolio Holder for Communities, Gravesham Borough Council (Chair)"),
           entry(t, "Chief Inspector Rob Kerr", orgs=["Kent Police"], as_written="Kent Police"),
           entry(t, "Sam Ellis", orgs=["Gravesham Borough Council"], role="Community Safety Manager",
                 as_written="Community Safety Manager, Gravesham Borough Council"),
           entry(t, "Ms T Ward", as_written="Kent Police and Crime Commissioner",
                 orgs=["Kent Police and Crime"], role="Commissioner"),
           entry(t, "Mr D Shah", as_written="Chief Executive, Office of the Police and Crime Commissioner",
                 orgs=["Office of the Police and Crime"], role="Chief Executive"),
           entry(t, "Mrs J Webb", as_written="Democratic Services Officer", orgs=["Democratic Services"],
                 role="Officer")]
    agenda = items(t, ["Item 1 – Serious violence"],
                   {"Item 1 – Serious violence": [owner(t, "Kent Police", "organisation", "Action: Kent"),
                                                  owner(t, "the Chair", "role", "Action: the")]})
    return record(t, "Gravesham Community Safety Partnership", att, agenda)


def test_role_phrases_are_neither_people_nor_organisations():
    rec = gravesham()
    for phrase in ("Portfolio Holder for Communities", "Community Safety Manager", "Democratic Services Officer",
                   "Democratic Services", "Chief Executive", "the Chair"):
        assert phrase not in people(rec), phrase
        assert phrase not in organisations(rec), phrase
    roles = {m.text: m.role for m in rec.mentions.people}
    assert roles["Sam Ellis"] == "Community Safety Manager"
    assert roles["Mrs J Webb"] == "Democratic Services Officer"


def test_office_in_parenthesis_is_role_of_that_organisation():
    rec = gravesham()
    ward = next(m for m in rec.mentions.people if m.text == "Ms T Ward")
    assert ward.organisation == "Kent Police and Crime Commissioner"
    assert ward.role == "Kent Police and Crime Commissioner"
    shah = next(m for m in rec.mentions.people if m.text == "Mr D Shah")
    assert (shah.role, shah.organisation) == ("Chief Executive", "Office of the Police and Crime Commissioner")
    orgs = organisations(rec)
    assert "Office of the Police and Crime Commissioner" in orgs
    assert not {"Kent Police and Crime", "Office of the Police and Crime"} & orgs


def test_possessive_names_the_organisation():
    rec = gravesham()
    vru = [m for m in rec.mentions.organisations if m.text.startswith("Violence Reduction Unit")]
    assert [m.text for m in vru] == ["Violence Reduction Unit"]


def test_duty_is_not_a_person_and_ranks_are():
    rec = gravesham()
    found = people(rec)
    assert "Serious Violence Duty" not in found
    assert {"Chief Inspector Kerr", "Councillor Nair", "Insp. Dan Price", "DCI Loose", "PC Jones"} <= found
    ranks = {m.text: m.role for m in rec.mentions.people}
    assert ranks["DCI Loose"] == "DCI" and ranks["PC Jones"] == "PC"


def test_owner_organisation_and_role():
    rec = gravesham()
    action_at = GRAVESHAM.index("Action: Kent Police") + len("Action: ")
    assert any(m.span.start == action_at and m.key == "kent-police" for m in rec.mentions.organisations)
    assert not any(m.text.lower() == "the chair" for m in rec.mentions.people)


def test_resolution_joins_titles_and_office():
    rec = gravesham()
    reg = resolve([rec])
    kerr = reg.canonical("person", "rob-kerr")
    assert reg.canonical("person", "kerr") == kerr
    nair = reg.canonical("person", "priya-nair")
    assert reg.canonical("person", "nair") == nair
    assert reg.entities[reg.canonical("person", "t-ward")].attrs["organisation_key"] == \
        "kent-police-and-crime-commissioner"


# --------------------------------------------------------------------------- larger inputs


def test_find_mentions_on_a_long_document():
    # 40 items of realistic prose (~25 kB); its speed is measured in benchmarks/, not asserted here
    t = GRAVESHAM + "".join(
        f"\nItem {i} – Anti-social behaviour\nMs T Ward (Kent Police and Crime Commissioner) said the Kent "
        f"Community Safety Partnership funded the Independent Domestic Violence Advisers. PC Jones noted £{i},000 "
        "for the Domestic Abuse Act 2021 duties and the Youth Offending Team.\n" for i in range(2, 42))
    rec = gravesham()
    rec.source.text = t
    rec.items = items(t, ["Item 1 – Serious violence"] + [f"Item {i} – Anti" for i in range(2, 42)])
    out = find_mentions(rec)
    assert len([m for m in out.people if m.text == "PC Jones"]) == 41


def test_resolve_many_records():
    def many(n: int) -> list[MeetingRecord]:
        recs = []
        for i in range(n):
            t = f"Testshire Community Safety Partnership\nPresent: Ann Smith{i % 50:02d} (Kent Police)\n1. Item\nMr Jones{i} said.\n"
            name = f"Ann Smith{i % 50:02d}"
            recs.append(record(t, "Testshire Community Safety Partnership", [entry(t, name, orgs=["Kent Police"])],
                               items(t, ["1. Item"]), path=f"r{i}.txt"))
        return recs
    reg = resolve(many(400))
    assert len([e for e in reg.entities if e[0] == "person"]) >= 50
