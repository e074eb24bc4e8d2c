"""Shared fixtures: the read-only material beside the repository (seeds, gold, spec)."""
from __future__ import annotations

from pathlib import Path

import pytest

SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repo; tests that need it are skipped when it is absent."""
    if not (SHARED_DIR / "gold").is_dir() or not (SHARED_DIR / "seeds").is_dir():
        pytest.skip(f"shared material not found at {SHARED_DIR} (seeds and gold live beside the repo, "
                    "not in it)")
    return SHARED_DIR
