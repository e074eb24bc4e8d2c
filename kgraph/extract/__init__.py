"""Extract stage: :class:`Segmented` → :class:`MeetingRecord` (decisions, actions, meeting refs).

Counting rules (see the gold README): one Decision per formal resolution and one per sub-point
((i), (ii), a), 1., bullets after "as follows:"; the lead-in is not one more); narrative
"It was noted that …" is not a decision; a narrative agreement that a formal resolution of the
same item restates is not one either. Actions come from "Action: Name/Name" lines (one owner
per name) and from prose follow-ups clearly assigned to a named person.

``mentions`` is left empty: the entity stage fills it.

The stage is a package of modules by concern, each importing only from modules below it (lowest
first): common, tables, enumerators, owners, decision_labels, decision_tables, informal_decisions,
decisions, followups, witnesses, action_lists, action_tables, aligned_tables, actions, attach, references,
meeting_date (tests/test_package_layering.py keeps them free of cycles). This module runs them in
order and re-exports the names other modules import from ``kgraph.extract``. An action log typed
in fixed-width columns (no bars or tabs) is read by ``aligned_tables``, which reuses the row rules
of ``action_tables``.
"""
from __future__ import annotations

from ..model import AgendaItem, MeetingRecord, Segmented
from ..segment import segment

from .common import _norm, _overlaps, sentence_bounds
from .enumerators import enumerator_style
from .owners import is_person_name, _name_initials, _owner_key, _owner_kind, resolve_initials
from .decision_labels import decision_kind, first_person_deciders, labelled_deciders
from .decision_tables import _is_decision_list_row, ruled_log_decisions
from .decisions import find_decisions
from .followups import resolved_office_tasks
from .witnesses import with_witness_owners
from .action_lists import with_owned_recommendations
from .action_tables import find_owners_column, preamble_actions
from .actions import find_actions
from .attach import (attach_cited_log_rows, attach_listed_actions, attach_logged_actions, attach_tabled_decisions,
                     drop_relogged_actions, drop_restated_entries, _item_named_by, item_naming_entries)
from .references import find_meeting_refs
from .meeting_date import infer_meeting_date

__all__ = ["_name_initials", "_owner_kind", "decision_kind", "enumerator_style", "extract", "extract_text",
           "is_person_name", "resolve_initials", "sentence_bounds"]

# --------------------------------------------------------------------------- entry points


def extract(seg: Segmented) -> MeetingRecord:
    """Turn a segmented document into a meeting record (mentions left for the entity stage)."""
    text = seg.source.text or ""
    inferred = None
    if seg.header.date is None:
        inferred = infer_meeting_date(text, seg.source.path, seg.header,
                                      seg.items[0].span.start if seg.items else len(text))
    items: list[AgendaItem] = []
    deciders = labelled_deciders(text) + first_person_deciders(text)
    owners_column = find_owners_column(text, seg.items[0].span.start) if seg.items else None
    for position, iseg in enumerate(seg.items, 1):
        item = AgendaItem(position=position, number=iseg.number, code=iseg.code, title=iseg.title,
                          span=iseg.span, title_span=iseg.title_span)
        item.decisions = find_decisions(text, iseg, seg.header, deciders)
        item.actions = find_actions(text, iseg, seg.attendance, seg.header.date, owners_column)
        item.decisions, item.actions = with_owned_recommendations(text, iseg, seg.attendance, item.decisions,
                                                                  item.actions)
        item.actions = with_witness_owners(text, iseg, item.actions)
        owned = {_owner_key(o.name) for a in item.actions for o in a.owners}
        item.actions += [a for a in resolved_office_tasks(text, item.decisions, seg.attendance)
                         if not {_owner_key(o.name) for o in a.owners} & owned]
        named_decisions, named_actions, entry_spans = item_naming_entries(text, iseg, seg.attendance)
        if entry_spans:
            # the summary's entries are read once, as entries naming their item
            item.decisions = [d for d in item.decisions if not any(_overlaps(d.span, sp) for sp in entry_spans)] \
                + named_decisions
            item.actions = [a for a in item.actions if not any(_overlaps(a.span, sp) for sp in entry_spans)] \
                + named_actions
        logged, boxes = ruled_log_decisions(text, iseg.body_span.start, iseg.body_span.end)
        if boxes:
            # the box's rows are the item's decisions; the narrative above may restate them
            item.decisions = [d for d in item.decisions if not any(_overlaps(d.span, b) for b in boxes)] + logged
        items.append(item)
    if items:
        # a table of the meeting's actions before item 1: each row goes to the item it names
        by_number = {_norm(i.number).strip("."): i for i in items if i.number}
        items[0].actions += [a for a in preamble_actions(text, seg.items[0].span.start, seg.attendance, seg.header.date)
                             if _item_named_by(a.item_ref, by_number) is not None]
    attach_logged_actions(items)
    attach_tabled_decisions(items, frozenset(id(d) for i in items for d in i.decisions if _is_decision_list_row(text, d)))
    attach_cited_log_rows(text, items)
    attach_listed_actions(text, items, seg.attendance)
    drop_restated_entries(items)
    drop_relogged_actions(text, items)
    refs = find_meeting_refs(text, seg.header, seg.items)
    warnings = [w for w in seg.warnings if not (inferred and w.startswith("no meeting date"))] + \
        ([f"data quality: {inferred}"] if inferred else [])
    if seg.header.date is None and not any("date" in w for w in warnings):
        warnings.append("no meeting date found")
    return MeetingRecord(source=seg.source, layout=seg.layout, header=seg.header, attendance=seg.attendance,
                         items=items, meeting_refs=refs, warnings=warnings)


def extract_text(text: str, path: str = "<text>") -> MeetingRecord:
    """Segment and extract a document given as a string (tests, notebooks, the library API)."""
    from ..model import InputError, SourceText
    from ..read import normalise_newlines, read_text_bytes, sha256_hex
    data = text.encode("utf-8", errors="surrogatepass")
    try:
        source = read_text_bytes(data, path)
    except InputError as exc:  # empty or binary-looking text: still produce an (empty) record
        source = SourceText(path=path, text=normalise_newlines(text), sha256=sha256_hex(data),
                            media_type="text/plain", encoding="utf-8", warnings=[exc.problem])
    record = extract(segment(source))
    record.warnings = source.warnings + record.warnings
    return record
