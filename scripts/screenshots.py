#!/usr/bin/env python3
"""Build the seed minutes and take a screenshot of each view with headless Chromium.

    python scripts/screenshots.py [--seeds DIR] [--out docs/screenshots] [--topic DHR]

Writes ``network.png``, ``topic-map.png``, ``topic-history.png`` (the ``--topic`` history, the
story of one topic across the years) and ``index.png``. The seeds default to ``../shared/seeds``
beside the repository.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kgraph import viz  # noqa: E402
from kgraph.pipeline import build_dataset, extract_document  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def shoot(pages: dict[str, Path], out_dir: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 900})
        for name, path in pages.items():
            page = context.new_page()
            page.goto(path.as_uri(), wait_until="load")
            if name != "index":
                page.wait_for_function("document.body.dataset.drawn === 'yes'")
                page.evaluate("kgraphView.network.fit()")
                page.wait_for_timeout(300)
            target = out_dir / f"{name}.png"
            page.screenshot(path=str(target))
            written.append(target)
            page.close()
        context.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=Path, default=REPO.parent / "shared" / "seeds")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--topic", default="DHR", help="topic of the history screenshot")
    args = parser.parse_args()
    sources = sorted(p for p in args.seeds.iterdir() if p.is_file())
    dataset = build_dataset([extract_document(p) for p in sources])
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        written = viz.write_views(dataset, out)
        history = viz.write_views(dataset, out / "history", views=("history",), topic=args.topic)
        pages = {"index": written[-1], "network": written[0], "topic-map": written[1],
                 "topic-history": history[0]}
        for path in shoot(pages, args.out):
            print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)


if __name__ == "__main__":
    main()
