"""Stable keys for entities: the part of an IRI that says what a thing is.

A key is derived only from the name (never from a counter), so the same person, organisation,
topic or Act gets the same IRI in every build and across documents. A person's key needs the
lexicon's titles and ranks, so it is made beside them: :func:`kgraph.entities.people.person_key`.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^a-z0-9]+")

@lru_cache(maxsize=65536)
def slugify(text: str) -> str:
    """'Kent & Medway DA Strategy Group' → 'kent-and-medway-da-strategy-group'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = text.lower().replace("&", " and ").replace("'", "").replace("’", "")
    return _NON_WORD.sub("-", text).strip("-") or "unnamed"


def organisation_key(name: str) -> str:
    return slugify(name)


def topic_key(label: str) -> str:
    return slugify(label)


def legislation_key(title: str) -> str:
    return slugify(title)
