"""Score segment+extract against the hand-made gold of the seed minutes (../shared/gold).

The matcher follows the gold README: decisions match on item and text (after whitespace
collapse the gold ``text_start`` is contained in the predicted text, or the reverse for a shorter
prediction) with the kind equal to ``kind`` or in ``kind_alt``; actions on (item, owner) pairs;
predictions matching only an ``optional`` gold entry are neutral. Thresholds: meeting fields all
right, attendees / items / decisions / explicit actions at F1 ≥ 0.95, every span exact.
"""
from __future__ import annotations

import json
import re

import pytest

from kgraph.extract import extract
from kgraph.read import read_source
from kgraph.segment import segment

SEEDS = ["000_98dd40050beddd9a", "001_78ee41a646020660"]
TITLES = {"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "superintendent", "supt", "inspector", "pc"}


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def person_key(name: str) -> str:
    words = [w for w in collapse(name).lower().replace(".", " ").split() if w not in TITLES]
    return " ".join(words)


def same_person(a: str, b: str) -> bool:
    ka, kb = person_key(a), person_key(b)
    return bool(ka and kb) and (ka == kb or ka.split()[-1] == kb.split()[-1] and (len(ka.split()) == 1 or len(kb.split()) == 1))


def prf(tp_gold: int, n_gold: int, tp_pred: int, n_pred: int) -> tuple[float, float, float]:
    r = tp_gold / n_gold if n_gold else 1.0
    p = tp_pred / n_pred if n_pred else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def text_agrees(gold_start: str, predicted: str) -> bool:
    g, p = collapse(gold_start).lower(), collapse(predicted).lower()
    return g in p or (len(p) >= 15 and p in g)


def decision_matches(gd: dict, item_number: str, d) -> bool:
    kinds = {gd["kind"], *gd.get("kind_alt", [])}
    return str(gd["item"]) == item_number and text_agrees(gd["text_start"], d.text) and d.kind in kinds


def score(record, gold: dict) -> dict[str, tuple[float, float, float]]:
    out: dict[str, tuple[float, float, float]] = {}
    items = record.items

    present = [a for a in record.attendance if a.list_kind not in {"apologies", "absent"}]
    gatt = [a["name"] for a in gold["attendees"]]
    out["attendees"] = prf(sum(any(same_person(g, a.name) for a in present) for g in gatt), len(gatt),
                           sum(any(same_person(g, a.name) for g in gatt) for a in present), len(present))

    def item_ok(gi, it):
        return str(gi["number"]) == (it.number or "") and collapse(gi["title"]).lower() == collapse(it.title).lower()
    gitems = gold["items"]
    out["items"] = prf(sum(any(item_ok(g, it) for it in items) for g in gitems), len(gitems),
                       sum(any(item_ok(g, it) for g in gitems) for it in items), len(items))

    pdec = [(it.number or "", d) for it in items for d in it.decisions]
    gdec = gold["decisions"]
    odec = gold.get("optional", {}).get("decisions", [])
    used: set[int] = set()
    hit_gold = 0
    for gd in gdec:
        for k, (num, d) in enumerate(pdec):
            if k not in used and decision_matches(gd, num, d):
                used.add(k)
                hit_gold += 1
                break
    neutral = sum(1 for k, (num, d) in enumerate(pdec) if k not in used and any(
        str(od["item"]) == num and text_agrees(od["text_start"], d.text) for od in odec))
    out["decisions"] = prf(hit_gold, len(gdec), len(used), len(pdec) - neutral)

    ppairs = [(it.number or "", o.name) for it in items for a in it.actions for o in a.owners]
    gpairs = [(str(a["item"]), o) for a in gold["actions"] for o in a["owners"]]
    opairs = [(str(a["item"]), o) for a in gold.get("optional", {}).get("actions", []) for o in a["owners"]]

    def pair_ok(g, p):
        return g[0] == p[0] and same_person(g[1], p[1])
    counted = [p for p in ppairs if any(pair_ok(g, p) for g in gpairs) or not any(pair_ok(o, p) for o in opairs)]
    out["actions"] = prf(sum(any(pair_ok(g, p) for p in ppairs) for g in gpairs), len(gpairs),
                         sum(any(pair_ok(g, p) for g in gpairs) for p in counted), len(counted))

    gref = {(r["date"], r["relation"]) for r in gold["referenced_meetings"]}
    oref = {(r["date"], r["relation"]) for r in gold.get("optional", {}).get("referenced_meetings", [])}
    pref = {(r.date.isoformat(), r.relation) for r in record.meeting_refs} - (oref - gref)
    out["referenced_meetings"] = prf(len(gref & pref), len(gref), len(gref & pref), len(pref))
    return out


@pytest.fixture(scope="module")
def records(shared_dir):
    out = {}
    for stem in SEEDS:
        source = read_source(shared_dir / "seeds" / f"{stem}.txt")
        gold = json.loads((shared_dir / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        out[stem] = (extract(segment(source)), gold)
    return out


@pytest.mark.parametrize("stem", SEEDS)
def test_meeting_fields_are_all_right(records, stem):
    record, gold = records[stem]
    h = record.header
    assert h.body == gold["body"]
    assert h.date is not None and h.date.isoformat() == gold["date"]
    assert (h.start_time.strftime("%H:%M") if h.start_time else None) == gold["start_time"]
    assert (collapse(h.venue) if h.venue else None) == gold["venue"]


@pytest.mark.parametrize("stem", SEEDS)
def test_categories_reach_f1_095(records, stem):
    record, gold = records[stem]
    figures = score(record, gold)
    for cat, (p, r, f) in figures.items():
        print(f"{stem} {cat:20s} P={p:.3f} R={r:.3f} F1={f:.3f}")
    for cat in ("attendees", "items", "decisions", "actions"):
        assert figures[cat][2] >= 0.95, (cat, figures[cat])


@pytest.mark.parametrize("stem", SEEDS)
def test_every_decision_and_action_span_slices_back_to_its_text(records, stem):
    record, _ = records[stem]
    text = record.source.text
    for item in record.items:
        for thing in [*item.decisions, *item.actions]:
            assert text[thing.span.start:thing.span.end] == thing.text
        for action in item.actions:
            for owner in action.owners:
                assert owner.span.end <= len(text) and text[owner.span.start:owner.span.end]
    for att in record.attendance:
        assert text[att.span.start:att.span.end] == att.name


@pytest.mark.parametrize("stem", SEEDS)
def test_items_start_at_their_number(records, stem):
    record, gold = records[stem]
    starts = {str(g["number"]): g["char_start"] for g in gold["items"]}
    for item in record.items:
        assert item.span.start == starts[item.number]
