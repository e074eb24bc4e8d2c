"""Score the whole pipeline on the held-out minutes of tests/heldout/, each written (and most of
them written blind) before the extractor was run on it. The documents are built into one graph and
every document is scored by the shared scorer (``score.py --pairs``); the micro-averaged F1 of each
category must stay at or above its floor. tests/HELDOUT.md says what the corpus holds, what each batch
scored at first contact and how the floors were set: record a new batch there.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from scoring import assert_micro_floor, build_and_score, require_scorer

from kgraph.read import repair_typed_digits

HELDOUT = Path(__file__).resolve().parent / "heldout"

# micro-F1 floors, about one miss under the figures measured on the whole corpus (acronyms: recall
# only), so that one borderline entry does not fail the suite while any real regression does.
# Raise them when the corpus improves; never lower them for a change of the extractor. A floor may
# follow new documents down only when their golds, not the extractor, move the figure, with the
# reason recorded in tests/HELDOUT.md (topics 0.955 → 0.945 with batches U-X, → 0.938 with batches Y
# and AA, → 0.935 with batches AC and AD: see there). Topics rose to 0.955 when a secondary theme came
# to need three mentions, and with batches AE-AI (197 golds) topics to 0.96, acronyms and referenced
# meetings to 0.99, legislation to 0.985; 0.965 → 0.964 with batch BU's joint meeting and Scottish
# partnership, whose golds file county lines under organised crime (HELDOUT.md); 0.964 → 0.963 with
# batch CB, whose golds again file county lines under organised crime (a KCSP meeting of 2019, a
# Safer Communities Partnership's web page) where the topic scheme keeps it a theme of its own (HELDOUT.md).
THRESHOLDS = {
    "meeting": 0.99,
    "attendees": 0.99,
    "items": 0.99,
    "decisions": 0.99,
    "actions": 0.99,
    "people": 0.99,
    "organisations": 0.965,
    "topics": 0.963,
    "acronyms": 0.99,
    "referenced_meetings": 0.99,
    "legislation": 0.985,
    "provenance": 0.99,
}


def heldout_pairs() -> list[tuple[Path, Path]]:
    """(document, gold) pairs: every gold JSON names its document in ``file``."""
    pairs = []
    for gold_path in sorted(HELDOUT.glob("*.json")):
        doc = HELDOUT / json.loads(gold_path.read_text(encoding="utf-8"))["file"]
        pairs.append((doc, gold_path))
    return pairs


def test_every_gold_file_names_a_document_and_quotes_it_verbatim():
    pairs = heldout_pairs()
    assert len(pairs) >= 15
    for doc, gold_path in pairs:
        assert doc.is_file(), f"{gold_path.name} names a missing document {doc.name}"
        text = doc.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for key in ("decisions", "actions"):
            for entry in gold[key]:
                assert entry["text_start"] in text, (gold_path.name, entry["text_start"])
                assert text.find(entry["text_start"]) == entry["char_start"] or \
                    text.find(entry["text_start"], entry["char_start"]) == entry["char_start"]
        # (a typescript's "l." heading gives the number 1: read with its typed digits repaired, same length)
        typed = repair_typed_digits(text)
        for item in gold["items"]:
            assert text[item["char_start"]:].startswith(item["number"]) or \
                typed[item["char_start"]:].startswith(item["number"]), (gold_path.name, item)
        for money in gold["money"]:
            assert money["context"] in text and money["amount"] in money["context"]


@pytest.fixture(scope="module")
def heldout_scores(tmp_path_factory) -> dict:
    require_scorer()
    pairs = heldout_pairs()
    # g01 and h02 record two meetings of one partnership on the same day (afternoon and morning): the
    # graph mints one meeting per body and date, so they are built into graphs of their own
    return build_and_score([doc for doc, _ in pairs], [gold for _, gold in pairs],
                           tmp_path_factory.mktemp("heldout"), separate_meetings=True)


def test_every_heldout_document_yields_a_meeting(heldout_scores):
    errors = {name: r["error"] for name, r in heldout_scores.items() if isinstance(r, dict) and "error" in r}
    assert not errors


@pytest.mark.parametrize("category", sorted(THRESHOLDS))
def test_heldout_micro_f1_holds(heldout_scores, category):
    assert_micro_floor(heldout_scores, category, THRESHOLDS[category])
