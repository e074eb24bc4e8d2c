"""Stable keys for entities: the part of an IRI that says what a thing is.

A key is derived only from the name (never from a counter), so the same person, organisation,
topic or Act gets the same IRI in every build and across documents.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^a-z0-9]+")
PERSON_TITLES = frozenset("""mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend
cllr councillor cc supt superintendent chief inspector ch insp dci di ds dc pc sgt sergeant
detective constable acc dcc commander the""".split())


@lru_cache(maxsize=65536)
def slugify(text: str) -> str:
    """'Kent & Medway DA Strategy Group' → 'kent-and-medway-da-strategy-group'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = text.lower().replace("&", " and ").replace("'", "").replace("’", "")
    return _NON_WORD.sub("-", text).strip("-") or "unnamed"


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """'Mr S Peerbux' → 's-peerbux'; 'Stuart Beaumont' → 'stuart-beaumont' (titles dropped)."""
    from .people import strip_titles     # the lexicon's titles and ranks; imported here: people needs keys' module
    words = [w for w in re.split(r"[\s.]+", name) if w]
    # ranks of several words ("Deputy Chief Constable", "Station Commander") are left out whole
    words = strip_titles(words)[1] or words
    kept = [w for w in words if w.lower().strip(",") not in PERSON_TITLES]
    return slugify(" ".join(kept or words))


def organisation_key(name: str) -> str:
    return slugify(name)


def topic_key(label: str) -> str:
    return slugify(label)


def legislation_key(title: str) -> str:
    return slugify(title)
