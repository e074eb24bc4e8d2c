#!/usr/bin/env python3
"""Generate realistic synthetic minutes of UK community-safety bodies, with a truth file for each.

    python benchmarks/generate.py --meetings N --out DIR [--seed S] [--workers W]

Writes ``DIR/NNNNNN_BODY_DATE.txt`` in the two layouts of real minutes — the formal layout as
Markdown ("MINUTES of a meeting of … held in … on …", "PRESENT:", "## **26. Title**", "(1)",
"Resolved that (i) …", "**Action:** A/B") and a ModernGov web page copied as text ("Agenda and
minutes", "89.", "Title pdf icon PDF 215 KB", "Minutes:", "1.    text", "RESOLVED that …") — and
``DIR/truth/NNNNNN_BODY_DATE.json`` in the schema of the hand-made gold annotations (items,
decisions, actions, people, organisations, topics, acronyms, referenced meetings, legislation,
money), so extraction accuracy on synthetic data can be scored with the same rules.

All vocabulary (areas, bodies, partner organisations, topics, names, sentence templates) lives in
``benchmarks/data/*.json``. The corpus is a pure function of (N, seed): each meeting draws from its
own random stream, so files can be rendered in any order or in parallel and still be identical.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
GENERATOR_VERSION = 1
FIRST_YEAR, LAST_YEAR = 2010, 2025
LAYOUTS = ("formal", "moderngov")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
START_TIMES = [dt.time(10, 0), dt.time(14, 0), dt.time(9, 30), dt.time(10, 30), dt.time(13, 30),
               dt.time(18, 0)]
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]
# forms of address that stay in front of a name in an attendance list (Mr/Ms are dropped there)
KEPT_TITLES = {"Cllr", "Dr", "Superintendent", "Chief Superintendent", "Chief Inspector", "Inspector",
               "DCI", "Assistant Chief Constable"}


# --------------------------------------------------------------------------- vocabulary


@lru_cache(maxsize=1)
def load_lexicon() -> dict:
    """All word lists, read once per process."""
    lex = {}
    for name in ("areas", "topics", "partners", "roles", "phrases"):
        lex[name] = json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return lex


def acronym_of(name: str) -> str:
    """'Kent Community Safety Partnership' → 'KCSP' (small words skipped, as partnerships do)."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", name)
    return "".join(w[0].upper() for w in words if w.lower() not in {"and", "of", "the", "for"})


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def legislation_year(title: str) -> int:
    match = re.search(r"(\d{4})$", title)
    return int(match.group(1)) if match else FIRST_YEAR


# --------------------------------------------------------------------------- the world


@dataclass(slots=True, eq=False)   # identity: two people never compare equal by fields
class Person:
    first: str
    surname: str
    title: str            # "Ms", "Cllr", "Superintendent"
    area: str
    partner: str          # partner key ("police") or "district:Dover"
    role: str
    active_from: int
    active_to: int

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"


@dataclass(slots=True)
class Body:
    name: str
    short: str            # "KCSP"
    noun: str             # "Partnership", "Panel", "Board", "Group"
    area: str
    parent: str           # council named above the body in the formal header
    venues: list[str]
    formal_until: int     # the body published formal minutes up to this year, ModernGov after


@dataclass(slots=True)
class MeetingPlan:
    index: int
    body: int
    date: dt.date
    previous: dt.date
    upcoming: list[dt.date]
    first_minute: int
    n_items: int
    layout: str
    name: str


@dataclass(slots=True)
class World:
    seed: int
    bodies: list[Body]
    people: list[Person]
    areas: dict[str, dict]


def area_context(area: dict) -> dict:
    """The slots partner-organisation templates use."""
    return {"area": area["name"], "council": area["council"], "council_acronym": area["council_acronym"],
            "police": area["police"], "fire": area["fire"], "fire_acronym": area["fire_acronym"],
            "health_area": area["health_area"]}


def partner_org(area: dict, partner: str, year: int) -> tuple[str, str | None, str] | None:
    """(full name, acronym, short form as written in an attendance list) of a partner in a year."""
    if partner.startswith("district:"):
        district = partner.split(":", 1)[1]
        suffix = next((s for d, s in area["districts"] if d == district), None)
        if suffix is None:
            return f"{district} Community Safety Partnership", "CSP", f"{district} CSP"
        long = load_lexicon()["areas"]["district_suffixes"][suffix]
        return f"{district} {long}", None, f"{district} {suffix}"
    ctx = area_context(area)
    for entry in load_lexicon()["partners"]["partners"]:
        if entry["key"] != partner:
            continue
        if entry.get("from", 0) <= year <= entry.get("to", 9999):
            name = entry["name"].format(**ctx)
            acr = entry["acronym"].format(**ctx) if entry.get("acronym") else None
            short = acr if partner == "council" else name
            return name, acr, short
    return None


def body_noun(name: str) -> str:
    for noun in ("Partnership", "Panel", "Board", "Group"):
        if noun in name.split()[-2:]:
            return noun
    return "Partnership"


def build_world(seed: int) -> World:
    """Bodies and a pool of ~400 people, each with an area, organisation, role and active years."""
    lex = load_lexicon()
    rng = random.Random(f"world:{seed}")
    areas = {a["name"]: a for a in lex["areas"]["areas"]}
    bodies = []
    for area in lex["areas"]["areas"]:
        for name in area["bodies"]:
            parent = area["council"]
            for district, suffix in area["districts"]:
                if name.startswith(district + " ") and suffix:
                    parent = f"{district} {lex['areas']['district_suffixes'][suffix]}"
            bodies.append(Body(name=name, short=acronym_of(name), noun=body_noun(name), area=area["name"],
                               parent=parent, venues=area["venues"],
                               formal_until=rng.randint(FIRST_YEAR - 2, LAST_YEAR + 2)))
    # both layouts whatever the size: the first body always keeps formal minutes, the second
    # always publishes through ModernGov
    bodies[0].formal_until = LAST_YEAR + 1
    bodies[1].formal_until = FIRST_YEAR - 1

    partner_keys = ["council"] * 6 + ["police"] * 5 + ["fire", "fire", "police_authority", "opcc",
                    "probation", "probation", "health", "health", "public_health", "prisons", "vru",
                    "yos", "housing", "parish", "victims", "da_service", "trading_standards"]
    roles, titles = lex["roles"]["roles"], lex["roles"]["titles"]
    kinds = {p["key"]: p["kind"] for p in lex["partners"]["partners"]}
    # surnames unique within an area, so "Ms Hall" in one meeting's minutes denotes one person
    seen, people = set(), []
    area_names = list(areas)
    while len(people) < 400:
        first = rng.choice(lex["roles"]["first_names"])
        surname = rng.choice(lex["roles"]["surnames"])
        area = area_names[len(people) % len(area_names)]
        if (area, surname) in seen:
            continue
        seen.add((area, surname))
        if rng.random() < 0.25:
            partner = "district:" + rng.choice(areas[area]["districts"])[0]
            kind = "council"
        else:
            partner = rng.choice(partner_keys)
            kind = kinds[partner]
        start = rng.randint(FIRST_YEAR - 4, LAST_YEAR - 1)
        people.append(Person(first=first, surname=surname, title=rng.choice(titles[kind]), area=area,
                             partner=partner, role=rng.choice(roles[kind]), active_from=start,
                             active_to=start + rng.randint(4, 12)))
    return World(seed=seed, bodies=bodies, people=people, areas=areas)


def weekday_on_or_after(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def body_dates(rng: random.Random, count: int) -> list[dt.date]:
    """`count` distinct weekdays spread evenly (with jitter) over 2010–2025, in order."""
    start = dt.date(FIRST_YEAR, 1, 4)
    weekdays = sum(1 for d in range((dt.date(LAST_YEAR, 12, 31) - start).days + 1)
                   if (start + dt.timedelta(days=d)).weekday() < 5)
    step = weekdays / count
    positions = [int(i * step + rng.random() * step * 0.8) for i in range(count)]
    # weekday index → date: 5 weekdays per 7 days from a Monday
    return [start + dt.timedelta(days=(p // 5) * 7 + p % 5) for p in positions]


def plan_meetings(n: int, world: World) -> list[MeetingPlan]:
    """Which body meets when: dates chained per body, minute numbers running through each municipal year."""
    rng = random.Random(f"plan:{world.seed}")
    weights = [3 if "Community Safety" in b.name or b.name.startswith("Safer") else 1 for b in world.bodies]
    owners = [i % len(world.bodies) if i < len(world.bodies) else rng.choices(range(len(world.bodies)), weights)[0]
              for i in range(n)]
    by_body: dict[int, list[int]] = {}
    for index, body in enumerate(owners):
        by_body.setdefault(body, []).append(index)
    plans: list[MeetingPlan | None] = [None] * n
    for body_index, indices in by_body.items():
        body = world.bodies[body_index]
        dates = body_dates(rng, len(indices))
        gap = dt.timedelta(days=max(7, int(5844 / len(indices)) if len(indices) > 1 else 91))
        minute = rng.randint(1, 60)
        for k, (index, date) in enumerate(zip(indices, dates)):
            previous = dates[k - 1] if k else weekday_on_or_after(date - gap)
            later = dates[k + 1:k + 3]
            while len(later) < 2:
                later.append(weekday_on_or_after((later[-1] if later else date) + gap))
            if k and (dates[k - 1].year, dates[k - 1].month >= 6) != (date.year, date.month >= 6):
                minute = rng.randint(1, 12)   # new municipal year: numbering restarts
            n_items = rng.randint(6, 14)
            layout = "formal" if date.year <= body.formal_until else "moderngov"
            name = f"{index:06d}_{slugify(body.short)}_{date.isoformat()}"
            plans[index] = MeetingPlan(index=index, body=body_index, date=date, previous=previous,
                                       upcoming=later[:rng.choice((1, 2))], first_minute=minute,
                                       n_items=n_items, layout=layout, name=name)
            minute += n_items
    return plans  # type: ignore[return-value]


# --------------------------------------------------------------------------- writing helpers


def long_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def clock(t: dt.time) -> str:
    hour = t.hour % 12 or 12
    return f"{hour}.{t.minute:02d} {'am' if t.hour < 12 else 'pm'}"


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def text_start(text: str, limit: int = 60) -> str:
    """The first words of a text, as the gold files quote them (whole words, at most `limit` chars)."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[:cut.rfind(" ")] if " " in cut else cut


class Doc:
    """Text under construction; `add` returns the offset where the piece starts."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> int:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start

    def append_to_last_line(self, suffix: str) -> None:
        """Continue the last paragraph written (its closing blank line moves after `suffix`)."""
        last = self.parts[-1]
        kept = last.rstrip("\n")
        self.parts[-1] = kept + suffix + last[len(kept):]
        self.length += len(suffix)

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Meeting:
    """Everything needed while one meeting is rendered, and the truth gathered on the way."""

    plan: MeetingPlan
    body: Body
    area: dict
    rng: random.Random
    members: list[Person]
    doc: Doc = field(default_factory=Doc)
    truth: dict = field(default_factory=dict)
    defined: set[str] = field(default_factory=set)
    people_seen: dict[str, dict] = field(default_factory=dict)
    orgs_seen: dict[str, dict] = field(default_factory=dict)
    item_spans: list[tuple[str, int, int]] = field(default_factory=list)
    job_titles: set[str] = field(default_factory=set)
    areas: dict[str, dict] = field(default_factory=dict)
    areas_people: dict[str, list[Person]] = field(default_factory=dict)
    item: str | None = None     # minute number of the item being written
    topic: dict | None = None   # the item's topic

    @property
    def year(self) -> int:
        return self.plan.date.year

    @property
    def formal(self) -> bool:
        return self.plan.layout == "formal"


def new_truth(plan: MeetingPlan, body: Body) -> dict:
    return {"file": plan.name + ".txt", "layout": plan.layout, "generator": GENERATOR_VERSION,
            "body": body.name, "date": plan.date.isoformat(), "start_time": None, "venue": None,
            "attendees": [], "items": [], "decisions": [], "actions": [], "people": [],
            "organisations": [], "topics": [], "acronyms": {}, "referenced_meetings": [],
            "legislation": [], "money": [], "urls": [], "unsure": [],
            "optional": {"decisions": [], "actions": []}}


# --------------------------------------------------------------------------- mentions


def note_org(m: Meeting, full: str, written: str, acronym: str | None = None) -> None:
    entry = m.orgs_seen.get(full)
    if entry is None:
        entry = m.orgs_seen[full] = {"name": written, "aliases": []}
    for form in (written, full, acronym):
        if form and form != entry["name"] and form not in entry["aliases"]:
            entry["aliases"].append(form)


def org_mention(m: Meeting, full: str, acronym: str | None) -> str:
    """Name an organisation in running text: 'Long Form (ACR)' the first time, the acronym after."""
    if acronym and acronym in m.defined:
        note_org(m, full, acronym, acronym)
        return acronym
    if acronym and acronym not in m.truth["acronyms"] and m.rng.random() < 0.8:
        m.defined.add(acronym)
        m.truth["acronyms"][acronym] = full
        note_org(m, full, full, acronym)
        return f"{full} ({acronym})"
    note_org(m, full, full)
    return full


def random_partner(m: Meeting) -> str:
    for _ in range(10):
        partner = m.rng.choice(("police", "fire", "opcc", "probation", "health", "vru", "victims", "housing"))
        found = partner_org(m.area, partner, m.year)
        if found:
            return org_mention(m, found[0], found[1])
    return org_mention(m, m.area["police"], None)


def group_mention(m: Meeting) -> str:
    template = m.rng.choice(load_lexicon()["partners"]["groups"])
    name = template.format(area=m.area["name"], body_short=m.body.short)
    note_org(m, name, name)
    return name


def topic_mention(m: Meeting, topic: dict, capital: bool = False) -> str:
    """The topic in running text; defines its acronym on first use in the document."""
    acr = topic.get("acronym")
    if acr and acr not in m.defined and acr not in m.truth["acronyms"]:
        m.defined.add(acr)
        m.truth["acronyms"][acr] = topic["long"]
        return f"{topic['long']} ({acr})"
    if acr and acr in m.defined and m.rng.random() < 0.6:
        return acr
    return sentence_case(topic["phrase"]) if capital else topic["phrase"]


def person_forms(m: Meeting, person: Person) -> tuple[str, str]:
    """(first form, later form) of a person in this layout."""
    if m.formal:
        name = f"{person.title} {person.full}" if person.title in KEPT_TITLES else person.full
        return name, name
    return f"{person.title} {person.first[0]} {person.surname}", f"{person.title} {person.surname}"


def person_org(m: Meeting, person: Person) -> tuple[str, str]:
    """(full name, short form) of the person's organisation in the meeting's year."""
    area = m.areas[person.area]
    found = partner_org(area, person.partner, m.year) or partner_org(area, "council", m.year)
    return found[0], found[2]


def person_mention(m: Meeting, person: Person) -> str:
    """A person in running text: in ModernGov minutes the first mention carries (Role, Org)."""
    first, later = person_forms(m, person)
    entry = m.people_seen.get(person.full)
    if entry is not None:
        written = first if m.formal else later
        if written != entry["name"] and written not in entry["aliases"]:
            entry["aliases"].append(written)
        return written
    entry = m.people_seen[person.full] = {"name": first, "aliases": [], "role": None,
                                          "organisation": None}
    if m.formal:
        return first
    full_org, short_org = person_org(m, person)
    entry["role"], entry["organisation"] = person.role, short_org
    note_org(m, full_org, short_org)
    paren = f" ({person.role}, {short_org})"
    m.job_titles.add(paren)  # masked when topics are matched, as the gold rules do
    return first + paren


def pick_people(m: Meeting, count: int) -> list[Person]:
    pool = m.members
    return m.rng.sample(pool, min(count, len(pool)))


def money_text(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.5:
        return f"£{rng.choice([5, 10, 12, 15, 20, 25, 30, 40, 45, 50, 75, 120, 150, 250, 400])*1000:,}"
    if style < 0.7:
        return f"£{rng.choice([1, 2, 3])}million"
    if style < 0.85:
        return f"£{rng.choice(['1.2', '1.5', '2.4', '0.5'])} million"
    return f"£{rng.choice([8000, 12500, 25000, 60000])}"


def financial_year(year: int) -> str:
    return f"{year}/{str(year + 1)[2:]}"


def fill(m: Meeting, template: str) -> tuple[str, list[str], list[tuple[str, str | None]]]:
    """Fill a sentence template. Returns the text, the money amounts and the legislation it cites."""
    rng = m.rng
    money, acts = [], []
    topic = m.topic or rng.choice(eligible_topics(m.year))
    districts = [d for d, _ in m.area["districts"]]
    values: dict[str, str] = {}

    def value(slot: str) -> str:
        if slot in values:
            return values[slot]
        if slot == "topic":
            out = topic_mention(m, topic)
        elif slot == "Topic":
            out = topic_mention(m, topic, capital=True)
        elif slot == "area":
            out = m.area["name"]
        elif slot in ("district", "district2"):
            other = values.get("district2" if slot == "district" else "district")
            out = rng.choice([d for d in districts if d != other] or districts)
        elif slot == "org":
            out = random_partner(m)
        elif slot == "group":
            out = group_mention(m)
        elif slot == "n":
            out = str(rng.randint(2, 12))
        elif slot == "n2":
            out = str(rng.choice([35, 60, 120, 250, 400, 900, 1200]))
        elif slot == "pct":
            out = str(rng.randint(3, 40))
        elif slot == "month":
            out = rng.choice(MONTHS)
        elif slot == "year":
            out = str(m.year + rng.choice((0, 0, 1)))
        elif slot == "yy2":
            out = str(m.year + 3)[2:]
        elif slot == "fy":
            out = financial_year(m.year)
        elif slot == "money":
            out = money_text(rng)
            money.append(out)
        elif slot in ("act", "section"):
            title, section = pick_act(m, topic, need_section=slot == "section" or "{section}" in template)
            values["act"], values["section"] = title, section or ""
            acts.append((title, section))
            return values[slot]
        elif slot == "body_short":
            out = m.body.short
        elif slot == "clause":
            out = fill_nested(m, rng.choice(load_lexicon()["phrases"]["clauses"]), money, acts)
        else:
            raise KeyError(slot)
        values[slot] = out
        return out

    text = SLOT.sub(lambda match: value(match.group(1)), template)
    return text, money, acts


SLOT = re.compile(r"\{(\w+)\}")


def fill_nested(m: Meeting, template: str, money: list, acts: list) -> str:
    text, more_money, more_acts = fill(m, template)
    money.extend(more_money)
    acts.extend(more_acts)
    return text


def pick_act(m: Meeting, topic: dict, need_section: bool) -> tuple[str, str | None]:
    lex = load_lexicon()["topics"]
    options = [tuple(a) for a in topic.get("legislation", [])] + [tuple(a) for a in lex["general_legislation"]]
    options = [a for a in options if legislation_year(a[0]) <= m.year and (a[1] or not need_section)]
    return m.rng.choice(options)


@lru_cache(maxsize=64)
def eligible_topics(year: int) -> list[dict]:
    return [t for t in load_lexicon()["topics"]["topics"] if t["since"] <= year <= t.get("until", 9999)]


# --------------------------------------------------------------------------- items


def record_item(m: Meeting, number: str, code: str | None, title: str, char_start: int) -> None:
    m.item = number
    m.truth["items"].append({"number": number, "code": code, "title": title,
                             "position": len(m.truth["items"]) + 1, "char_start": char_start})
    m.item_spans.append((number, char_start, -1))


def record_decision(m: Meeting, text: str, start: int, kind: str, alt: list[str] | None = None) -> None:
    entry = {"item": m.item, "kind": kind, "text_start": text_start(text), "char_start": start}
    if alt:
        entry["kind_alt"] = [k for k in alt if k != kind]
    m.truth["decisions"].append(entry)


def record_action(m: Meeting, owners: list[str], separator: str, paragraph: str, paragraph_start: int,
                  task: str, explicit: bool) -> None:
    m.truth["actions"].append({"item": m.item, "owners": owners, "owners_as_written": separator.join(owners),
                               "text_start": text_start(paragraph), "task_span": task,
                               "explicit": explicit, "char_start": paragraph_start})


def record_facts(m: Meeting, sentence: str, money: list[str], acts: list[tuple[str, str | None]]) -> None:
    for amount in money:
        m.truth["money"].append({"amount": amount, "item": m.item, "context": sentence})
    for title, section in acts:
        m.truth["legislation"].append({"title": title, "section": section, "item": m.item})


def sentences(m: Meeting, templates: list[str], count: int, lower: bool = False) -> str:
    """`count` filled sentences from `templates` (first letter capital unless `lower`), facts recorded."""
    out = []
    for template in m.rng.sample(templates, min(count, len(templates))):
        text, money, acts = fill(m, template)
        text = text[:1].lower() + text[1:] if lower else sentence_case(text)
        record_facts(m, text, money, acts)
        out.append(text)
    return " ".join(out)


def paragraph(m: Meeting, k: int, text: str, dash: bool) -> int:
    """Write one enumerated paragraph; return the offset of its text (after the enumerator)."""
    if m.formal:
        lead = f"- ({k}) " if dash else f"({k}) "
    else:
        lead = f"{k}.    "
    start = m.doc.add(lead) + len(lead)
    m.doc.add(text + "\n\n")
    return start


def item_heading(m: Meeting, number: str, code: str | None, title: str, furniture: str = "") -> None:
    """Write an item heading in the meeting's layout and record the item."""
    if m.formal:
        hashes = m.rng.choice(("##", "###", "#####"))
        start = m.doc.add(f"{hashes} **") + len(hashes) + 3
        m.doc.add(f"{number}. {title}**\n\n")
        if code:
            m.doc.add(f"*(Item {code})*\n\n")
    else:
        start = m.doc.add(f"{number}.\n\n")
        m.doc.add(f"{title}{furniture}\n\n")
    record_item(m, number, code, title, start)


def minutes_marker(m: Meeting, extra_before: str = "") -> None:
    if not m.formal:
        if extra_before:
            m.doc.add(extra_before)
        if m.rng.random() < 0.3:
            m.doc.add("Additional documents:\n\n")
        m.doc.add("Minutes:\n\n")


def web_furniture(m: Meeting) -> str:
    return f" pdf icon PDF {m.rng.randint(90, 900)} KB" if not m.formal else ""


def write_apologies(m: Meeting, number: str, code: str | None) -> None:
    title = "Apologies" if m.formal else m.rng.choice(("Apologies for Absence", "Apologies and Substitutes"))
    item_heading(m, number, code, title)
    minutes_marker(m)
    absent = [p for p in m.members if p.full not in m.people_seen]
    if absent and m.rng.random() < 0.5:
        names = [person_mention(m, p) for p in m.rng.sample(absent, min(len(absent), m.rng.randint(1, 3)))]
        listed = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
        m.doc.add(f"Apologies for absence were received from {listed}.\n\n")
    else:
        m.doc.add(m.rng.choice(("Noted", "There were no apologies.", "Noted.")) + "\n\n")
    m.truth["unsure"].append(f"item {number}: apologies are not decisions")


def write_declarations(m: Meeting, number: str, code: str | None) -> None:
    item_heading(m, number, code, m.rng.choice(("Declarations of Interest",
                                                "Declarations of Interests by Members in items on the agenda")))
    minutes_marker(m)
    m.doc.add(m.rng.choice(("None", "There were no declarations of interest.", "None.")) + "\n\n")


def write_previous_minutes(m: Meeting, number: str, code: str | None) -> None:
    when = long_date(m.plan.previous)
    if m.formal:
        title = m.rng.choice(("Minutes & Matters Arising", "Minutes", f"Minutes of the meeting held on {when}"))
        item_heading(m, number, code, title)
        if m.rng.random() < 0.5:
            text = f"The notes of the meeting held on {when} were agreed as a true record and signed by the Chairman."
            kind, alt = "agreed", ["approved"]
        else:
            text = f"The Minutes of the meeting held on {when} were approved as a correct record."
            kind, alt = "approved", ["agreed"]
        start = m.doc.add(text + "\n\n")
        record_decision(m, text, start, kind, alt)
        m.truth["referenced_meetings"].append({"date": m.plan.previous.isoformat(), "relation": "previous",
                                               "text": text, "item": number})
        if m.rng.random() < 0.4 and m.members:
            # an unnumbered sub-heading that belongs to this item (the gold rule: not an item)
            who = person_mention(m, m.rng.choice(m.members))
            clause, money, acts = fill(m, m.rng.choice(load_lexicon()["phrases"]["clauses"]))
            line = f"With reference to Minute {m.rng.randint(1, 60)}({m.rng.randint(1, 6)}), {who} reported that {clause}."
            record_facts(m, line, money, acts)
            m.doc.add(f"##### **Matters Arising**\n\n{line}\n\n")
        return
    title = m.rng.choice((f"Notes of meeting held on {when}", f"Minutes of the meeting held on {when}"))
    item_heading(m, number, code, title, web_furniture(m))
    minutes_marker(m)
    text = f"the notes of the meeting held on {when} were correctly recorded and be signed by the Chairman."
    start = m.doc.add("RESOLVED that ") + len("RESOLVED that ")
    m.doc.add(text + "\n\n")
    record_decision(m, text, start, "resolved", ["approved", "agreed"])
    m.truth["referenced_meetings"].append({"date": m.plan.previous.isoformat(), "relation": "previous",
                                           "text": title, "item": number})


def write_next_meeting(m: Meeting, number: str, code: str | None) -> None:
    title = "Date of next meeting"
    dates = m.plan.upcoming
    if m.formal:
        item_heading(m, number, code, title)
        if m.rng.random() < 0.2:
            m.doc.add("Proposed dates for future meetings will be circulated as soon as possible.\n\n")
            return
        day = dates[0]
        text = f"The next meeting will be held on {WEEKDAYS[day.weekday()]}, {long_date(day)}."
        m.doc.add(text + "\n\n")
        m.truth["referenced_meetings"].append({"date": day.isoformat(), "relation": "next",
                                               "text": long_date(day), "item": number})
        return
    item_heading(m, number, code, title)
    bullets = "".join(f"·       {long_date(d)}\n\n" for d in dates)
    for d in dates:
        m.truth["referenced_meetings"].append({"date": d.isoformat(), "relation": "next",
                                               "text": long_date(d), "item": number})
    minutes_marker(m, bullets)
    text = f"the {m.body.short} noted the dates of the next meetings."
    start = m.doc.add("RESOLVED that ") + len("RESOLVED that ")
    m.doc.add(text + "\n\n")
    record_decision(m, text, start, "noted", ["resolved"])


def write_aob(m: Meeting, number: str, code: str | None) -> None:
    item_heading(m, number, code, m.rng.choice(("AOB", "Any Other Business")))
    minutes_marker(m)
    if m.rng.random() < 0.5 or not m.members:
        m.doc.add("There was no other business.\n\n")
        return
    topic = m.rng.choice(eligible_topics(m.year))
    m.topic = topic
    who = m.rng.choice(m.members)
    name = person_mention(m, who)
    task = f"bring an information item to the next meeting regarding {topic_mention(m, topic)}"
    text = f"{name} offered to {task}."
    start = paragraph(m, 1, text, dash=False)
    write_action_line(m, [who], text, start, f"{name} offered to {task}")
    m.topic = None


def write_action_line(m: Meeting, owners: list[Person], para_text: str, para_start: int, task: str,
                      explicit: bool = True) -> None:
    """An 'Action:' line after a paragraph (formal: bold; ModernGov councils vary)."""
    written = [person_forms(m, p)[0 if m.formal else 1] for p in owners]
    for p, form in zip(owners, written):
        entry = m.people_seen.setdefault(p.full, {"name": form, "aliases": [], "role": None, "organisation": None})
        if form != entry["name"] and form not in entry["aliases"]:
            entry["aliases"].append(form)
    separator = m.rng.choice(("/", "/", "/ ")) if m.formal else "/"
    label = "**Action:**" if m.formal else m.rng.choice(("Action:", "ACTION:"))
    m.doc.add(f"{label} {separator.join(written)}\n\n")
    record_action(m, written, separator, para_text, para_start, task, explicit)


def topic_title(m: Meeting, topic: dict) -> str:
    form = m.rng.choice(load_lexicon()["phrases"]["title_forms"])
    return form.format(Name=topic["long"], year=m.year, yy2=str(m.year + 3)[2:], fy=financial_year(m.year))


def write_topic_item(m: Meeting, number: str, code: str | None, topic: dict, decide: bool) -> None:
    """A report item: opener, discussion, planted actions, then (if `decide`) a resolution block."""
    lex = load_lexicon()["phrases"]
    rng = m.rng
    m.topic = topic
    title = topic_title(m, topic)
    oral = "Verbal Update" in title or (m.formal and rng.random() < 0.1)
    if m.formal and oral and "Verbal" not in title:
        title += " (oral)"
    item_heading(m, number, code, title, "" if oral else web_furniture(m))
    minutes_marker(m)
    dash = m.formal and rng.random() < 0.3
    k = 1
    if not decide and m.formal and rng.random() < 0.6:
        # information item: one paragraph, as formal minutes record reports "for information"
        paragraph(m, k, sentences(m, lex["openers"], 1) + " " + sentences(m, lex["sentences"], rng.randint(1, 2)),
                  dash)
        m.topic = None
        return
    paragraph(m, k, sentences(m, lex["openers"], 1) + " " + sentences(m, lex["sentences"], rng.randint(2, 3)), dash)
    speakers = pick_people(m, 3)
    for speaker in speakers[:rng.randint(1, 3)]:
        k += 1
        opener, money, acts = fill(m, rng.choice(lex["person_openers"]).replace("{person}", "\0"))
        opener = opener.replace("\0", person_mention(m, speaker))
        record_facts(m, opener, money, acts)
        paragraph(m, k, opener + " " + sentences(m, lex["sentences"], rng.randint(2, 3)), dash)
    if rng.random() < 0.8:
        k += 1
        paragraph(m, k, sentences(m, lex["concerns"], 1) + " " + sentences(m, lex["sentences"], rng.randint(1, 2)), dash)
    if rng.random() < 0.35:
        k += 1
        text = sentences(m, lex["noted_narrative"], 1)
        start = paragraph(m, k, text, dash)
        m.truth["optional"]["decisions"].append({"item": number, "kind": "noted", "text_start": text_start(text),
                                                 "char_start": start,
                                                 "why_optional": "'It was noted that' in discussion narrative"})
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        k += 1
        write_planted_action(m, k, dash)
    truncated = not m.formal and not decide and rng.random() < 0.3
    if truncated:
        m.doc.append_to_last_line(f"  ...  view the full minutes text for item {number}.")
        m.truth["unsure"].append(f"item {number}: minutes truncated on the web page, no decision recorded")
    if decide:
        write_resolution(m, k + 1, dash)
    m.topic = None


def write_planted_action(m: Meeting, k: int, dash: bool) -> None:
    rng = m.rng
    lex = load_lexicon()["phrases"]
    owners = pick_people(m, rng.choice((1, 1, 2)))
    if not owners:
        return
    if m.formal and rng.random() < 0.25:
        # the Action line names owners the paragraph does not (as real minutes often do)
        lead = sentences(m, lex["sentences"], 1)
        clause = f"a further report on {topic_mention(m, m.topic)} be brought to a future meeting"
        text = f"{lead} Members asked that {clause}."
        start = paragraph(m, k, text, dash)
        write_action_line(m, owners, text, start, clause)
        return
    if m.formal:
        task, money, acts = fill(m, rng.choice(lex["tasks"]))
        names = [person_mention(m, p) for p in owners]
        verb = rng.choice(("offered to", "agreed to")) if len(names) == 1 else "agreed to"
        clause = f"{' and '.join(names)} {verb} {task}"
        text = sentence_case(clause) + "."
        start = paragraph(m, k, text, dash)
        record_facts(m, text, money, acts)
        write_action_line(m, owners, text, start, clause)
        return
    lead = sentences(m, lex["sentences"], 1)   # filled first: acronyms are defined in text order
    task, money, acts = fill(m, rng.choice(lex["tasks"]))
    owner = owners[0]
    name = person_mention(m, owner)
    clause = f"{name} agreed to {task}"
    text = lead + " " + clause + "."
    start = paragraph(m, k, text, dash)
    record_facts(m, text, money, acts)
    if rng.random() < 0.3:
        write_action_line(m, [owner], text, start, clause)
    else:
        written = name.split(" (")[0]
        record_action(m, [written], "/", text, start, clause, explicit=False)


def write_resolution(m: Meeting, k: int, dash: bool) -> None:
    """One of the resolution shapes real minutes use; every sub-point is one decision."""
    rng = m.rng
    lex = load_lexicon()["phrases"]
    if m.formal:
        shape = rng.choice(("resolved_list", "body_list", "as_follows", "single", "agreement"))
        if shape == "resolved_list":
            paragraph(m, k, "Resolved that", dash=False)
            kinds = [rng.choice(("approved", "agreed", "noted", "resolved")) for _ in range(rng.randint(2, 5))]
            for i, kind in enumerate(kinds):
                text = sentences(m, lex["formal_decisions"][kind], 1)
                end = "; and" if i == len(kinds) - 2 else ""
                start = m.doc.add(f"({ROMAN[i]}) ") + len(ROMAN[i]) + 3
                m.doc.add(text + end + "\n\n")
                record_decision(m, text, start, kind, ["resolved"])
        elif shape == "body_list":
            paragraph(m, k, f"The {m.body.noun}:", dash=False)
            kinds = [rng.choice(("agreed", "noted", "approved")) for _ in range(rng.randint(2, 3))]
            for i, kind in enumerate(kinds):
                text = sentences(m, lex["decisions"][kind], 1, lower=rng.random() < 0.5)
                end = "; and" if i == len(kinds) - 2 else ""
                start = m.doc.add(f"({ROMAN[i]}) ") + len(ROMAN[i]) + 3
                m.doc.add(text + end + "\n\n")
                record_decision(m, text, start, kind)
        elif shape == "as_follows":
            paragraph(m, k, f"The {m.body.noun} agreed to the recommendations of this report as follows:", dash=False)
            picks = rng.sample(lex["recommendations"], rng.randint(2, 3))
            for template in picks:
                text = sentences(m, [template], 1)
                start = m.doc.add("- ") + 2
                m.doc.add(text + "\n")
                record_decision(m, text, start, "agreed")
            m.doc.add("\n")
        elif shape == "single":
            text = "the report be noted."
            start = paragraph(m, k, "Resolved that " + text, dash) + len("Resolved that ")
            record_decision(m, text, start, "noted", ["resolved"])
        else:
            text = f"The {m.body.noun} was in agreement with this proposal."
            start = paragraph(m, k, text, dash)
            record_decision(m, text, start, "agreed")
        return
    shape = rng.choice(("numbered", "numbered", "be_noted", "single"))
    if shape == "numbered":
        m.doc.add(f"RESOLVED that the {m.body.short}:\n\n")
        for i in range(rng.randint(1, 4)):
            kind = rng.choice(("noted", "agreed", "approved", "resolved"))
            text = sentence_case(sentences(m, lex["decisions"][kind], 1)) + "."
            start = paragraph(m, i + 1, text, dash=False)
            record_decision(m, text, start, kind, ["resolved"])
    elif shape == "be_noted":
        title = m.truth["items"][-1]["title"]
        text = f"the {title} be noted."
        start = m.doc.add("RESOLVED that ") + len("RESOLVED that ")
        m.doc.add(text + "\n\n")
        record_decision(m, text, start, "noted", ["resolved"])
    else:
        group = group_mention(m)
        text = f"the {m.body.short} note the contents of the report and support the actions from the {group}."
        start = m.doc.add("RESOLVED that ") + len("RESOLVED that ")
        m.doc.add(text + "\n\n")
        record_decision(m, text, start, "noted", ["resolved", "agreed"])


# --------------------------------------------------------------------------- header and attendance


def write_formal_header(m: Meeting) -> None:
    rng = m.rng
    venue = rng.choice([v for v in m.body.venues if v != "Online" and "virtual" not in v] or m.body.venues)
    day = m.plan.date
    when = f"{WEEKDAYS[day.weekday()]}, {long_date(day)}"
    start_time = rng.choice(START_TIMES) if rng.random() < 0.5 else None
    m.doc.add(f"\n\n## {m.body.parent.upper()}\n\n---\n\n### {m.body.name.upper()}\n\n")
    at = f" at {clock(start_time)}" if start_time else ""
    m.doc.add(f"MINUTES of a meeting of the {m.body.name} held in the {venue} on {when}{at}.\n\n")
    m.truth.update(venue=venue, start_time=start_time.strftime("%H:%M") if start_time else None)
    council = m.areas[m.body.area]
    parent_acr = council["council_acronym"] if m.body.parent == council["council"] else None
    note_org(m, m.body.parent, m.body.parent.upper(), parent_acr)
    write_present(m)
    m.doc.add("#### UNRESTRICTED ITEMS\n\n")


def write_present(m: Meeting) -> None:
    """'PRESENT: Name (Org), …' — the chair first, with the role in the parenthesis."""
    rng = m.rng
    attendees = pick_people(m, rng.randint(8, 22))
    m.members = attendees  # later mentions in formal minutes are of people who were there
    entries = []
    for i, person in enumerate(attendees):
        full_org, short_org = person_org(m, person)
        note_org(m, full_org, short_org)
        name = person_forms(m, person)[0]
        if i == 0:
            role = rng.choice(("Chairman", "Chair"))
            as_written = (f"{short_org} Cabinet Member and {role}" if person.title == "Cllr"
                          else f"{short_org}, {role}")
        else:
            role, as_written = None, short_org
            if i == 1 and rng.random() < 0.5:
                role = "Vice-Chairman" if rng.random() < 0.5 else "Vice-Chair"
                as_written = f"{short_org}, {role}"
        entries.append(f"{name} ({as_written})")
        m.truth["attendees"].append({"name": name, "organisation": short_org, "role": role,
                                     "as_written": as_written})
        m.people_seen[person.full] = {"name": name, "aliases": [], "role": role, "organisation": short_org}
    listed = ", ".join(entries[:-1]) + ", and " + entries[-1] if len(entries) > 1 else entries[0]
    m.doc.add(f"PRESENT: {listed}.\n\n")


def write_moderngov_header(m: Meeting) -> None:
    rng = m.rng
    day = m.plan.date
    start_time = rng.choice(START_TIMES)
    venue = rng.choice(m.body.venues)
    draft = " draft" if day.year == LAST_YEAR and rng.random() < 0.5 else ""
    m.doc.add(f"Agenda and{draft} minutes\n\n")
    m.doc.add(f"{m.body.name} - {WEEKDAYS[day.weekday()]}, {ordinal(day.day)} {MONTHS[day.month - 1]}, "
              f"{day.year} {clock(start_time)}\n\n")
    m.doc.add(f"Venue: {venue}\n\n")
    area = m.areas[m.body.area]
    clerks = [p for p in m.areas_people[m.body.area] if p not in m.members] or m.members
    clerk = rng.choice(clerks)
    email = f"{clerk.first}.{clerk.surname}".lower().replace("'", "")
    m.doc.add(f"Contact: {clerk.full}  03000 {rng.randint(410000, 419999)} Email: {email}@{area['email_domain']}\n\n")
    m.people_seen[clerk.full] = {"name": clerk.full, "aliases": [], "role": None, "organisation": None}
    m.truth.update(venue=venue, start_time=start_time.strftime("%H:%M"))
    m.doc.add("Items\nNo. Item\n\n")


# --------------------------------------------------------------------------- one meeting


def members_for(body: Body, year: int, people_by_area: dict[str, list[Person]]) -> list[Person]:
    """People of the body's area active in the year (never fewer than eight)."""
    local = people_by_area[body.area]
    active = [p for p in local if p.active_from <= year <= p.active_to]
    if len(active) < 8:
        active += [p for p in local if p not in active][:8 - len(active)]
    return active


def item_sequence(m: Meeting) -> list[tuple[str, object]]:
    """The meeting's agenda: procedural items, topic reports (deciding or for information), closing items."""
    rng = m.rng
    n = m.plan.n_items
    opening = ["apologies", "declarations", "minutes"] if m.formal else \
        [kind for kind, p in (("apologies", 0.3), ("declarations", 0.4)) if rng.random() < p] + ["minutes"]
    closing = (["aob"] if rng.random() < (0.5 if m.formal else 0.2) else []) + ["next"]
    n_topics = max(2, n - len(opening) - len(closing))
    topics = rng.sample(eligible_topics(m.year), n_topics)
    deciding = [rng.random() < (0.65 if m.formal else 0.75) for _ in topics]
    if m.formal:  # formal agendas group items needing a decision (B) before those for information (C)
        order = sorted(range(n_topics), key=lambda i: not deciding[i])
        topics, deciding = [topics[i] for i in order], [deciding[i] for i in order]
    body = [("topic", (t, d)) for t, d in zip(topics, deciding)]
    seq = [(kind, None) for kind in opening] + body + [(kind, None) for kind in closing]
    if not m.formal and len(body) > 2 and rng.random() < 0.15:
        # ModernGov pages sometimes list late reports after "Date of next meeting"
        late = seq.pop(len(opening))
        seq.append(late)
    return seq


def agenda_codes(seq: list[tuple[str, object]]) -> list[str]:
    """Formal agenda codes: A for procedural, B for decisions, C for information and closing items."""
    codes, counters = [], {"A": 0, "B": 0, "C": 0}
    for kind, extra in seq:
        letter = "A" if kind in ("apologies", "declarations", "minutes") else \
            "B" if kind == "topic" and extra[1] else "C"
        counters[letter] += 1
        codes.append(f"{letter}{counters[letter]}")
    return codes


def render_meeting(plan: MeetingPlan, world: World) -> tuple[str, dict]:
    """The minutes text of one planned meeting and its truth record."""
    body = world.bodies[plan.body]
    by_area = people_by_area(world)
    m = Meeting(plan=plan, body=body, area=world.areas[body.area],
                rng=random.Random(f"meeting:{world.seed}:{plan.index}"),
                members=members_for(body, plan.date.year, by_area),
                areas=world.areas, areas_people=by_area)
    m.truth = new_truth(plan, body)
    if m.formal:
        write_formal_header(m)
    else:
        write_moderngov_header(m)
    seq = item_sequence(m)
    codes = agenda_codes(seq) if m.formal else [None] * len(seq)
    writers = {"apologies": write_apologies, "declarations": write_declarations,
               "minutes": write_previous_minutes, "aob": write_aob, "next": write_next_meeting}
    for i, ((kind, extra), code) in enumerate(zip(seq, codes)):
        number = str(plan.first_minute + i)
        if kind == "topic":
            write_topic_item(m, number, code, extra[0], extra[1])
        else:
            writers[kind](m, number, code)
    text = m.doc.text()
    finish_truth(m, text)
    return text, m.truth


def finish_truth(m: Meeting, text: str) -> None:
    spans = m.item_spans
    bounds = [(num, start, spans[i + 1][1] if i + 1 < len(spans) else len(text))
              for i, (num, start, _) in enumerate(spans)]
    m.truth["topics"] = topic_truth(text, bounds, m.job_titles)
    body_entry = {"name": m.body.name.upper() if m.formal else m.body.name,
                  "aliases": [m.body.name, m.body.short, f"the {m.body.noun}"]}
    m.truth["organisations"] = [body_entry] + list(m.orgs_seen.values())
    m.truth["people"] = list(m.people_seen.values())
    m.truth["counts"] = {"items": len(m.truth["items"]), "decisions": len(m.truth["decisions"]),
                         "actions": len(m.truth["actions"]), "attendees": len(m.truth["attendees"]),
                         "chars": len(text)}


def topic_truth(text: str, bounds: list[tuple[str, int, int]], job_titles: set[str]) -> list[dict]:
    """Topics per item, computed mechanically as the gold rules do (job titles masked first)."""
    item_texts = []
    for num, start, end in bounds:
        chunk = text[start:end]
        for title in job_titles:
            chunk = chunk.replace(title, " ")
        item_texts.append((num, chunk, chunk.lower()))
    out = []
    for topic, plain, patterns in topic_matchers():
        items = [num for num, chunk, lower in item_texts
                 if any(term in lower for term in plain)
                 or any(literal in chunk and pattern.search(chunk) for literal, pattern in patterns)]
        if items:
            acr = topic.get("acronym")
            present = acr if acr and re.search(rf"\b{re.escape(acr)}s?\b", text) else None
            out.append({"label": topic["label"], "acronym": present, "items": items,
                        "match_terms": topic["match_terms"]})
    return out


@lru_cache(maxsize=1)
def topic_matchers() -> list[tuple[dict, list[str], list[tuple[str, re.Pattern]]]]:
    """Per topic: lower-case plain terms, and (literal prefilter, compiled pattern) for 're:' terms."""
    out = []
    for topic in load_lexicon()["topics"]["topics"]:
        plain = [t.lower() for t in topic["match_terms"] if not t.startswith("re:")]
        patterns = [(re.sub(r"\\[bBsSwWdD]|[\\^$.*+?()\[\]{}|]", "", t[3:]), re.compile(t[3:]))
                    for t in topic["match_terms"] if t.startswith("re:")]
        out.append((topic, plain, patterns))
    return out


_PEOPLE_BY_AREA: dict[int, dict[str, list[Person]]] = {}


def people_by_area(world: World) -> dict[str, list[Person]]:
    cached = _PEOPLE_BY_AREA.get(id(world))
    if cached is None:
        cached = {}
        for p in world.people:
            cached.setdefault(p.area, []).append(p)
        _PEOPLE_BY_AREA[id(world)] = cached
    return cached


# --------------------------------------------------------------------------- the corpus


@lru_cache(maxsize=4)
def world_for(seed: int) -> World:
    return build_world(seed)


def write_meetings(seed: int, plans: list[MeetingPlan], out: str) -> int:
    """Render and write a batch of meetings (one worker's share); returns bytes written."""
    world = world_for(seed)
    out_dir, truth_dir = Path(out), Path(out) / "truth"
    written = 0
    for plan in plans:
        text, truth = render_meeting(plan, world)
        data = text.encode("utf-8")
        (out_dir / f"{plan.name}.txt").write_bytes(data)
        (truth_dir / f"{plan.name}.json").write_text(json.dumps(truth, ensure_ascii=False, separators=(",", ":")),
                                                     encoding="utf-8")
        written += len(data)
    return written


def generate_corpus(n: int, out: str | Path, seed: int = 0, workers: int | None = None) -> dict:
    """Write `n` synthetic minutes and their truth files under `out`; return the manifest."""
    if n < 1:
        raise ValueError("need at least one meeting")
    out = Path(out)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    world = world_for(seed)
    plans = plan_meetings(n, world)
    workers = workers or min(os.cpu_count() or 1, 4)
    began = time.perf_counter()
    if workers > 1 and n >= 400:
        size = -(-n // (workers * 4))
        batches = [plans[i:i + size] for i in range(0, n, size)]
        with ProcessPoolExecutor(workers) as pool:
            total = sum(pool.map(write_meetings, [seed] * len(batches), batches, [str(out)] * len(batches)))
    else:
        total = write_meetings(seed, plans, str(out))
    manifest = {"generator": GENERATOR_VERSION, "seed": seed, "meetings": n, "bytes": total,
                "layouts": {layout: sum(p.layout == layout for p in plans) for layout in LAYOUTS},
                "bodies": len({p.body for p in plans}),
                "seconds": round(time.perf_counter() - began, 3),
                "files": [p.name + ".txt" for p in plans]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, required=True, help="number of minutes files to write")
    parser.add_argument("--out", required=True, help="output folder (truth files go in OUT/truth)")
    parser.add_argument("--seed", type=int, default=0, help="random seed; same seed, same corpus")
    parser.add_argument("--workers", type=int, default=None, help="processes (default: up to 4)")
    args = parser.parse_args(argv)
    manifest = generate_corpus(args.meetings, args.out, args.seed, args.workers)
    mb = manifest["bytes"] / 1e6
    print(f"wrote {manifest['meetings']} meetings ({mb:.1f} MB, {manifest['layouts']}) "
          f"to {args.out} in {manifest['seconds']:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
