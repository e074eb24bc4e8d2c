"""The synthetic-minutes generator (benchmarks/generate.py): deterministic, both layouts, a truth
file whose offsets and counts hold, and — when the pipeline is importable — extraction that finds
what the generator planted."""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

BENCH_DIR = Path(__file__).resolve().parents[1] / "benchmarks"


def _load_generator():
    spec = importlib.util.spec_from_file_location("kgraph_bench_generate", BENCH_DIR / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


gen = _load_generator()
N = 12


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synthetic")
    gen.generate_corpus(N, out, seed=7, workers=1)
    return out


def read_pair(folder: Path, name: str) -> tuple[str, dict]:
    text = (folder / name).read_text(encoding="utf-8")
    truth = json.loads((folder / "truth" / (Path(name).stem + ".json")).read_text(encoding="utf-8"))
    return text, truth


def files_of(folder: Path) -> list[str]:
    return json.loads((folder / "manifest.json").read_text())["files"]


def test_same_seed_same_corpus_other_seed_other_corpus(corpus, tmp_path):
    again, other = tmp_path / "again", tmp_path / "other"
    gen.generate_corpus(N, again, seed=7, workers=1)
    gen.generate_corpus(N, other, seed=8, workers=1)
    for name in files_of(corpus):
        assert (again / name).read_bytes() == (corpus / name).read_bytes()
        truth = Path("truth") / (Path(name).stem + ".json")
        assert (again / truth).read_bytes() == (corpus / truth).read_bytes()
    first = lambda folder: (folder / files_of(folder)[0]).read_text()  # noqa: E731
    assert first(other) != first(corpus)


def test_a_meeting_does_not_depend_on_render_order():
    """Each meeting has its own random stream, so parallel batches give the same files."""
    world = gen.build_world(3)
    plans = gen.plan_meetings(6, world)
    backwards = {p.index: gen.render_meeting(p, world)[0] for p in reversed(plans)}
    forwards = {p.index: gen.render_meeting(p, world)[0] for p in plans}
    assert backwards == forwards


def test_both_layouts_with_their_markers(corpus):
    layouts = {}
    for name in files_of(corpus):
        text, truth = read_pair(corpus, name)
        layouts.setdefault(truth["layout"], []).append(text)
    assert set(layouts) == {"formal", "moderngov"}
    for text in layouts["formal"]:
        assert re.search(r"^MINUTES of a meeting of the .+ held in .+ on \w+day, \d{1,2} \w+ \d{4}", text, re.M)
        assert "PRESENT: " in text and "*(Item A1)*" in text
        assert re.search(r"^#{2,5} \*\*\d+\. ", text, re.M)
    for text in layouts["moderngov"]:
        assert text.startswith("Agenda and")
        assert "Items\nNo. Item" in text and "\nMinutes:\n" in text
        assert re.search(r" - \w+day, \d{1,2}(st|nd|rd|th) \w+, \d{4} \d{1,2}\.\d\d [ap]m\n", text)


def test_truth_offsets_point_at_the_evidence(corpus):
    for name in files_of(corpus):
        text, truth = read_pair(corpus, name)
        for item in truth["items"]:
            assert text.startswith(item["number"] + ".", item["char_start"]), (name, item)
        for key in ("decisions", "actions"):
            for entry in truth[key]:
                at = text[entry["char_start"]:entry["char_start"] + len(entry["text_start"])]
                assert at == entry["text_start"], (name, key, entry)
        for action in truth["actions"]:
            assert action["task_span"] in text
            assert all(owner in text for owner in action["owners"])
        for acronym, expansion in truth["acronyms"].items():
            assert f"{expansion} ({acronym})" in text, (name, acronym)
        for money in truth["money"]:
            assert money["amount"] in money["context"] and money["context"] in text


def test_shape_and_size_are_realistic(corpus):
    sizes = []
    for name in files_of(corpus):
        text, truth = read_pair(corpus, name)
        assert 6 <= len(truth["items"]) <= 14
        assert [i["position"] for i in truth["items"]] == list(range(1, len(truth["items"]) + 1))
        numbers = [int(i["number"]) for i in truth["items"]]
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        assert {d["kind"] for d in truth["decisions"]} <= {"resolved", "agreed", "noted", "approved"}
        assert all(1 <= len(a["owners"]) <= 2 for a in truth["actions"])
        assert truth["referenced_meetings"], name   # minutes approved or next meeting set
        sizes.append(len(text.encode("utf-8")))
    assert 6_000 <= sum(sizes) / len(sizes) <= 20_000


def test_meetings_of_a_body_chain(tmp_path):
    """Minutes approved are the body's previous meeting; the next meeting set is its next one."""
    gen.generate_corpus(60, tmp_path, seed=1, workers=1)
    by_body: dict[str, list[dict]] = {}
    for name in files_of(tmp_path):
        truth = read_pair(tmp_path, name)[1]
        by_body.setdefault(truth["body"], []).append(truth)
    chained = 0
    for meetings in by_body.values():
        meetings.sort(key=lambda t: t["date"])
        for earlier, later in zip(meetings, meetings[1:]):
            previous = [r["date"] for r in later["referenced_meetings"] if r["relation"] == "previous"]
            upcoming = [r["date"] for r in earlier["referenced_meetings"] if r["relation"] == "next"]
            assert previous == [earlier["date"]]
            assert not upcoming or upcoming[0] == later["date"]
            chained += 1
    assert chained > 20


def test_generator_vocabulary_is_data_not_code():
    lexicon = gen.load_lexicon()
    assert len(lexicon["topics"]["topics"]) >= 40
    assert sum(len(a["bodies"]) for a in lexicon["areas"]["areas"]) >= 20
    world = gen.build_world(0)
    assert len(world.people) == 400 and len(world.bodies) >= 20
    assert len({(p.area, p.surname) for p in world.people}) == 400


# --------------------------------------------------------------------------- against the pipeline


def _pipeline():
    for module in ("kgraph.segment", "kgraph.extract", "kgraph.pipeline"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not written yet: extraction cannot be checked against the truth")
    from kgraph import pipeline
    return pipeline


def test_extraction_finds_what_was_planted(corpus):
    """Items, decisions and 'Action:' lines are unambiguous in both layouts: counts must agree.

    Prose follow-ups ("Ms X agreed to …") are measured, not required, by benchmarks/run.py."""
    pipeline = _pipeline()
    for name in files_of(corpus):
        text, truth = read_pair(corpus, name)
        record = pipeline.extract_document(corpus / name)
        assert [(i.number, i.title) for i in record.items] == \
            [(i["number"], i["title"]) for i in truth["items"]], name
        got = {"decisions": sum(len(i.decisions) for i in record.items),
               "explicit actions": sum(a.explicit for i in record.items for a in i.actions)}
        want = {"decisions": len(truth["decisions"]),
                "explicit actions": sum(a["explicit"] for a in truth["actions"])}
        assert got == want, name
        assert record.header.date.isoformat() == truth["date"], name
        explicit_owners = sorted(o.name for i in record.items for a in i.actions if a.explicit for o in a.owners)
        assert explicit_owners == sorted(o for a in truth["actions"] if a["explicit"] for o in a["owners"]), name


def test_benchmark_accuracy_counts_what_the_graph_calls_attendees(tmp_path):
    """benchmarks/run.py's accuracy table counts attendees as the graph does: apologies and absentees
    are listed in minutes but are not kg:attendee, and the truth files leave them out too."""
    pipeline = _pipeline()
    corpus = tmp_path / "synthetic"
    gen.generate_corpus(60, corpus, seed=7, workers=1)      # 60: enough meetings to list apologies
    spec = importlib.util.spec_from_file_location("kgraph_bench_run", BENCH_DIR / "run.py")
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    records = [pipeline.extract_document(corpus / name) for name in files_of(corpus)]
    assert any(a.list_kind == "apologies" for r in records for a in r.attendance), \
        "the corpus should list apologies, or this test checks nothing"
    accuracy = run.extraction_accuracy(records, corpus)
    assert accuracy["attendees"] == {"docs_exact": 1.0, "count_recall": 1.0,
                                     "planted": sum(len(read_pair(corpus, n)[1]["attendees"]) for n in files_of(corpus))}
