"""The people an item heard: the "Witnesses:" list a scrutiny committee's printed minutes set under an
item's heading, one "Name, Post, Body" a line (the witnesses are not the meeting's attendees). The
actions listed at the item's end are often owned by a post alone ("Head of Community Safety to share …",
"Partnership Manager, OPCC, to circulate …"): the one witness of that item holding the post is the owner.
"""
from __future__ import annotations

import re

from ..model import Action, AttendanceEntry, ItemSegment, Owner
from ..segment import _alternation, _compiled, parse_entry, terms

from .common import _norm
from .followups import _holds_office, _post_of


def _label_re() -> re.Pattern:
    """A label alone on its line over the item's list of who was heard ("Witnesses:")."""
    return _compiled("item_witness_label", lambda: re.compile(
        rf"[ \t*_]*(?:{_alternation(terms()['item_witness_labels'])})[ \t*_]*:[ \t*_]*", re.IGNORECASE))


_MOST_WITNESS_LINES = 15
_LINE = re.compile(r"[^\n]+")


def item_witnesses(text: str, item: ItemSegment) -> list[AttendanceEntry]:
    """The people listed under the item's "Witnesses:" label, one a line up to the next blank line; a line
    opening in lower case ("for Surrey") goes on with the body on the line above."""
    s, e = item.body_span.start, item.body_span.end
    label = None
    for m in _LINE.finditer(text, s, e):
        if _label_re().fullmatch(text, m.start(), m.end()):
            label = m.end()
            break
    if label is None:
        return []
    rows: list[list[int]] = []
    pos = label + 1
    while pos < e and len(rows) <= _MOST_WITNESS_LINES:
        nl = text.find("\n", pos, e)
        end = nl if nl >= 0 else e
        line = text[pos:end]
        if not line.strip():
            if rows:
                break
        elif line.lstrip()[:1].islower() and rows:
            rows[-1][1] = end
        else:
            rows.append([pos, end])
        pos = end + 1
    found = [parse_entry(text, a, b, "in_attendance", True) for a, b in rows]
    return [w for w in found if w is not None]


_LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


def with_witness_owners(text: str, item: ItemSegment, actions: list[Action]) -> list[Action]:
    """The item's actions with each post that owns one ("Head of Community Safety") replaced by the one
    witness of the item who holds it; an owner no witness (or more than one) holds stays as written."""
    if not any(o.kind == "role" for a in actions for o in a.owners):
        return actions
    witnesses = [w for w in item_witnesses(text, item) if _post_of(w)]
    if not witnesses:
        return actions
    for action in actions:
        for k, owner in enumerate(action.owners):
            if owner.kind != "role":
                continue
            office = _norm(_LEADING_ARTICLE.sub("", owner.name))
            holders = {w.name for w in witnesses if _holds_office(_norm(_post_of(w)), office)}
            if len(holders) == 1:
                action.owners[k] = Owner(name=holders.pop(), span=owner.span, kind="person")
    return actions
