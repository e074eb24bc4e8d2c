"""Across the items of a meeting: summary entries naming the item they belong to, tabled
decisions, logged and listed actions attached to the items they cite, and entries restated or
logged twice dropped.
"""
from __future__ import annotations

from bisect import bisect_right
import re
from functools import lru_cache

from ..model import Action, AgendaItem, AttendanceEntry, Decision, ItemSegment, Paragraph, Span
from ..segment import _ACTION_LABEL, terms

from .common import _norm, _trim
from .tables import _DOTTED_ROW
from .owners import due_date_in, _names_in, _owner_key, parse_action_line, _strip_title
from .decision_labels import _decision, _WORD_KIND
from .action_tables import _MONTH_ACTION_REF


# --------------------------------------------------------------------------- actions


# "3. Item 4 - Decision: The Board endorsed …" / "Item 5 – Action: AB to …": an entry of a summary that
# names the item it belongs to before saying whether it records a decision or an action
_ITEM_NAMING_ENTRY = re.compile(r"[ \t*_]*(?:agenda[ \t]+)?(?:item|minute)[ \t]+(?P<ref>\d{1,3}(?:\.\d{1,2})?[a-z]?)"
                                r"[ \t*_]*(?:[-–—:,]|\|)[ \t*_]*", re.IGNORECASE)
_DECISION_ENTRY_LABEL = re.compile(r"(?P<word>decision|resolved|resolution|agreed)[ \t*_]*[:–—-][ \t*_]*", re.IGNORECASE)
# "1. (Item 3) The Board approved the minutes …": a numbered summary entry naming its item in brackets,
# then the body's outcome as a sentence (no "Decision:" label)
_BRACKETED_ITEM_ENTRY = re.compile(r"[ \t*_]*\((?:agenda[ \t]+)?(?:item|minute)[ \t]+(?P<ref>\d{1,3}(?:\.\d{1,2})?[a-z]?)\)"
                                   r"[ \t*_]*(?:[-–—:][ \t*_]*)?", re.IGNORECASE)
# the entry's sentence: the body ("The Board", "The Partnership", "Members") deciding
_BODY_OUTCOME = re.compile(r"(?:(?-i:The)[ \t]+(?-i:[A-Z])[\w&'’-]*(?:[ \t]+(?-i:[A-Z])[\w&'’-]*){0,3}|(?-i:Members))"
                           r"[ \t]+(?:also[ \t]+|further[ \t]+|unanimously[ \t]+)?"
                           r"(?:noted|agreed|approved|endorsed|resolved|decided|ratified|adopted)\b", re.IGNORECASE)


def item_naming_entries(text: str, item: ItemSegment, attendance: list[AttendanceEntry]
                        ) -> tuple[list[Decision], list[Action], list[Span]]:
    """Decisions and actions of a summary whose entries each name their item ("SUMMARY OF DECISIONS AND
    ACTIONS" closing minutes whose items hold discussion only: "4. Item 3 - Action: Jo Bloggs to …").
    Each carries the item it names (moved there by attach_tabled_decisions / attach_logged_actions);
    the entries' paragraphs are returned too, so that other readers' reading of them is dropped."""
    decisions: list[Decision] = []
    actions: list[Action] = []
    spans: list[Span] = []
    for p in item.paragraphs:
        ps, pe = p.text_span.start, p.text_span.end
        if text.find("tem", ps, ps + 12) < 0 and text.find("TEM", ps, ps + 12) < 0 and \
                text.find("inute", ps, ps + 12) < 0 and text.find("INUTE", ps, ps + 12) < 0:
            continue
        m = _ITEM_NAMING_ENTRY.match(text, ps, pe)
        if m is None:
            bracketed = _BRACKETED_ITEM_ENTRY.match(text, ps, pe)
            if bracketed and _BODY_OUTCOME.match(text, bracketed.end(), pe):
                d = _decision(text, bracketed.end(), pe, "resolved")
                if d:
                    d.item_ref = bracketed["ref"]
                    decisions.append(d)
                    spans.append(p.span)
            continue
        ref = m["ref"]
        label = _DECISION_ENTRY_LABEL.match(text, m.end(), pe)
        if label:
            d = _decision(text, label.end(), pe, _WORD_KIND.get(label["word"].lower(), "resolved"))
            if d:
                d.item_ref = ref
                decisions.append(d)
                spans.append(p.span)
            continue
        if not _ACTION_LABEL.match(text, m.end(), pe):
            continue
        entry = Paragraph(span=Span(m.end(), pe), text_span=Span(m.end(), pe))
        owners, task, rest = parse_action_line(text, entry, attendance)
        if rest.end <= rest.start:
            continue
        s, e = _trim(text, rest.start, rest.end)
        actions.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True,
                              due=due_date_in(text, rest.start, rest.end), item_ref=ref, listed=True))
        spans.append(p.span)
    return decisions, actions, spans


def attach_tabled_decisions(items: list[AgendaItem], listed: frozenset[int] = frozenset()) -> None:
    """Move each row of a decision table ("Summary of decisions" after the last item) to the item its
    row names, when one item has that number ("3", or "3.1": the first recommendation of item 3). A
    row naming an item that minuted its own decisions only restates them ("Record of decisions taken
    at this meeting" after items with their resolutions): it is dropped, not counted twice. A log
    whose rows name mostly items that minuted nothing themselves is the record of the decisions
    ("Decision log" after items of discussion): all its rows are kept, even where an item's text
    also told of its outcome ("The minutes were accepted as an accurate record"). ``listed``: ids of
    rows of a list of the meeting's decisions by item letter or number ("**B** – The minutes … were
    approved"), the formal record the items' narrative only tells of: they are always kept."""
    by_number = {_norm(i.number).strip("."): i for i in items if i.number}
    minuted = {id(i) for i in items if any(d.item_ref is None for d in i.decisions)}
    moves: list[tuple[AgendaItem, Decision, AgendaItem]] = []
    for item in items:
        for d in item.decisions:
            ref = _norm(d.item_ref).strip(".") if d.item_ref else None
            dotted = _DOTTED_ROW.fullmatch(ref) if ref else None
            target = by_number.get(ref) or (by_number.get(dotted["item"]) if dotted else None) if ref else None
            if target is not None and target is not item:
                moves.append((item, d, target))
    restating = 2 * sum(id(target) in minuted for _, _, target in moves) >= len(moves)
    for item, d, target in moves:
        item.decisions.remove(d)
        if not (restating and id(target) in minuted) or id(d) in listed:
            target.decisions.append(d)


# "45/13(a)", "HWB.33(2)", "12(ii)": a reference to one part of a minute, after the minute's number
_SUBPOINT_SUFFIX = re.compile(r"[ \t]*\((?:[a-z]|\d{1,2}|[ivx]{1,5})\)$", re.IGNORECASE)


def _item_named_by(ref: str, by_number: dict[str, AgendaItem]) -> AgendaItem | None:
    """The item a log row's reference names: its number as written, or the minute whose lettered
    part it names ("PCSP 45/13(a)" → "PCSP 45/13": the parts are not items of their own)."""
    key = _norm(ref).strip(".")
    if key in by_number:
        return by_number[key]
    dotted = _DOTTED_ROW.fullmatch(key)     # "5.1" where item 5 has no sub-items: item 5
    if dotted and dotted["item"] in by_number:
        return by_number[dotted["item"]]
    return by_number.get(_SUBPOINT_SUFFIX.sub("", key).strip("."))


def attach_logged_actions(items: list[AgendaItem]) -> None:
    """Move each action of an action log (a table at the end of the minutes, or under one item)
    to the item its row names, when one item has that number; other rows stay where they are.
    A prose follow-up of that item whose owners the log names again ("Dr Duthie agreed to provide
    the figures" and the row "Provide the figures | Dr K Duthie") is the same action: the row,
    which states the task and owner explicitly, is kept."""
    by_number = {_norm(i.number).strip("."): i for i in items if i.number}
    moved: dict[int, list[Action]] = {}
    for item in items:
        kept = []
        for action in item.actions:
            target = _item_named_by(action.item_ref, by_number) if action.item_ref else None
            if target is not None and target is not item:
                moved.setdefault(id(target), []).append(action)
            else:
                kept.append(action)
        item.actions = kept
    for item in items:
        logged = moved.get(id(item))
        if not logged:
            continue
        owner_keys = {_owner_key(o.name) for a in logged for o in a.owners}
        item.actions = [a for a in item.actions
                        if a.explicit or not {_owner_key(o.name) for o in a.owners} <= owner_keys] + logged


# a log's own row reference ("D12", "A14", "AP3"): letters, then the row's number
_LOG_ROW_REF = re.compile(r"[A-Za-z]{1,2}\d{1,3}")
_CITED_LOG_REF = re.compile(r"\b[A-Z]{1,2}\d{1,3}\b")


def attach_cited_log_rows(text: str, items: list[AgendaItem]) -> None:
    """Move each row of a decision or action log that numbers its rows itself ("D12 | SNA timetable
    approved", "A14 | Circulate the draft | Jo Fell") to the item whose text first cites that
    reference ("… approved the timetable (D12).", "JP to circulate a draft (see A14)."): the log after
    the last item records the outcomes of the items that cite it. A sentence of that item citing the
    row is the row told in prose: the row, which states it in full, is kept and the sentence left out.
    The text before the first row is scanned once for every reference."""
    numbers = {_norm(i.number).strip(".") for i in items if i.number}
    rows = [(item, e) for item in items for e in (*item.decisions, *item.actions)
            if e.item_ref and _LOG_ROW_REF.fullmatch(e.item_ref) and _norm(e.item_ref) not in numbers]
    if not rows or len(items) < 2:
        return
    refs = {e.item_ref.upper() for _, e in rows}
    logs_start = min(e.span.start for _, e in rows)
    cites: dict[str, list[int]] = {}
    for m in _CITED_LOG_REF.finditer(text, items[0].span.start, logs_start):
        if m.group() in refs:
            cites.setdefault(m.group(), []).append(m.start())
    starts = [i.span.start for i in items]
    moved: dict[int, list[int]] = {}
    for item, entry in rows:
        at = cites.get(entry.item_ref.upper())
        if not at:
            continue
        target = items[max(0, bisect_right(starts, at[0]) - 1)]
        if target is item:
            continue
        if isinstance(entry, Decision):
            item.decisions.remove(entry)
            target.decisions.append(entry)
        else:
            item.actions.remove(entry)
            target.actions.append(entry)
        moved.setdefault(id(target), []).extend(at)
    for item in items:
        cited = moved.get(id(item))
        if cited:
            item.decisions = [d for d in item.decisions if d.item_ref or not _cites(d.span, cited)]
            item.actions = [a for a in item.actions if a.item_ref or not _cites(a.span, cited)]


def _cites(span: Span, positions: list[int]) -> bool:
    """Whether a citation of a log row lies in the span (or just after it: "… members (see A14).")."""
    return any(span.start <= p <= span.end + 8 for p in positions)


_TASK_WORD = re.compile(r"[A-Za-z][a-z'’-]{3,}")
_CAPITALISED_WORD = re.compile(r"[A-Z][A-Za-z'’-]+")


@lru_cache(maxsize=1)
def _task_ignored_words() -> frozenset[str]:
    return frozenset(terms()["task_match_ignored_words"])


def _task_words(text: str) -> set[str]:
    ignored = _task_ignored_words()
    return {w for w in (m.group().lower().rstrip("'’") for m in _TASK_WORD.finditer(text)) if w not in ignored}


def _shared_word_counts(words: set[str], index: dict[str, list[int]], common: int) -> dict[int, int]:
    """How many of the words each item holds, leaving out words held by more than ``common`` items."""
    counts: dict[int, int] = {}
    for w in words:
        post = index.get(w, ())
        if len(post) <= common:
            for k in post:
                counts[k] = counts.get(k, 0) + 1
    return counts


def _singular_task_words(text: str) -> set[str]:
    """The task words with a plural "s" dropped: "brief the team on e-bike seizures" shares "e-bike"
    with the item that discussed "e-bikes"."""
    return {w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "'s", "’s")) else w
            for w in _task_words(text)}


# a closing log's row opening with its own number: "| 21/07 | Report on school exclusions | Jo Hale |"
_NUMBERED_LOG_ROW = re.compile(r"[ \t]*\|?[ \t]*(?P<ref>\d{1,3}/\d{1,3})[ \t]*(?:\||\t)")
# an item citing that row: "Action 21/07 (school exclusions) was carried forward", "(action 21/05)"
_CITED_ACTION_NUMBER = re.compile(r"\b[Aa]ction[ \t]+(?P<ref>\d{1,3}/\d{1,3})\b")


def _log_row_number(text: str, action: Action) -> str | None:
    """The number the closing log's row gives its action ("21/07"), read from the row's first cell."""
    row_start = text.rfind("\n", 0, action.span.start) + 1
    m = _NUMBERED_LOG_ROW.match(text, row_start, action.span.start + 1)
    return m["ref"] if m else None


def _items_citing_action_numbers(text: str, items: list[AgendaItem]) -> dict[str, set[int]]:
    """The items whose text cites an action by its log number ("Action 21/07 was carried forward"),
    by number; each item's text read once."""
    citing: dict[str, set[int]] = {}
    for k, item in enumerate(items):
        for m in _CITED_ACTION_NUMBER.finditer(text, item.span.start, item.span.end):
            citing.setdefault(m["ref"], set()).add(k)
    return citing


def attach_listed_actions(text: str, items: list[AgendaItem], attendance: list[AttendanceEntry] = ()) -> None:
    """Move each entry of the list of actions that closes the minutes (in the last item, naming no
    minute) to the earlier item that minuted it: the one item whose text names all its owners (by
    surname, or by the initials the attendance list gives them) and shares the most words (at least
    two) with its task, leaving out words that most items share; or, failing that, the only item naming
    all its owners that shares a word with the task. A prose follow-up of that item by the
    same owners is the same action: the entry, which states task and owners explicitly, is kept.
    Words are looked up in an index of the items, so that a long list over many items is not read
    item by item for every entry."""
    if len(items) < 2:
        return
    last = items[-1]
    # (an entry a post shares with a person, "Prevent Coordinator and Dr Hale to …", goes where the person
    # is named: a post is named in many items)
    listed = [a for a in last.actions if a.listed and _names_no_item(a.item_ref) and a.owners
              and all(o.kind in ("person", "role") for o in a.owners) and any(o.kind == "person" for o in a.owners)]
    earlier = items[:-1]
    # a tracker row restating an action an item minuted is left to be dropped as a restatement
    minuted = [a for item in earlier for a in item.actions if a.explicit and not a.listed]
    listed = [a for a in listed if a.item_ref is None or not any(_restates(a, m) for m in minuted)]
    if not listed:
        return
    word_items: dict[str, list[int]] = {}
    singular_items: dict[str, list[int]] = {}     # the same index, plurals read as singulars
    name_items: dict[str, set[int]] = {}
    for k, item in enumerate(earlier):
        for w in _task_words(text[item.span.start:item.span.end]):
            word_items.setdefault(w, []).append(k)
        for w in _singular_task_words(text[item.span.start:item.span.end]):
            singular_items.setdefault(w, []).append(k)
        for m in _CAPITALISED_WORD.finditer(text, item.span.start, item.span.end):
            name_items.setdefault(m.group().lower(), set()).add(k)
    initials = {e.name: e.initials.lower() for e in attendance if e.initials}
    common = max(2, len(earlier) // 2)      # a word in more items than this says nothing about which
    moved: set[int] = set()
    citing = _items_citing_action_numbers(text, earlier)
    for action in listed:
        # the one item that cites the row's number ("Action 21/07 … was carried forward") discussed it
        cited = citing.get(_log_row_number(text, action) or "", set())
        if len(cited) == 1:
            _move_listed_action(action, earlier[next(iter(cited))], moved)
            continue
        naming = set(range(len(earlier)))
        naming_one: set[int] = set()     # the items naming at least one of the owners
        for o in (o for o in action.owners if o.kind == "person"):
            names_owner = name_items.get(_owner_key(o.name), set()) | name_items.get(initials.get(o.name, ""), set()) | \
                name_items.get(_written_first_name(text, o), set()) | \
                set().union(*(name_items.get(k, set()) for k in _informal_name_keys(o.name, attendance)))
            naming &= names_owner
            naming_one |= names_owner
        words = _task_words(action.text)
        own = _owners_organisation_words(action, attendance) & words
        # the task's words without the owner's own organisation first; with them when that finds no item
        k = _task_words_target(words - own, word_items, common, naming, naming_one) if own else None
        if k is None:
            k = _task_words_target(words, word_items, common, naming, naming_one)
        if k is None:
            # "e-bike seizures" after an item on "e-bikes": plurals read as singulars, as a last resort
            k = _task_only_target(_shared_word_counts(_singular_task_words(action.text), singular_items, common), naming)
        if k is None:
            continue
        _move_listed_action(action, earlier[k], moved)
    if moved:
        last.actions = [a for a in last.actions if id(a) not in moved]


def _task_words_target(words: set[str], word_items: dict[str, list[int]], common: int, naming: set[int],
                       naming_one: set[int]) -> int | None:
    """The item a closing list's entry belongs to by the words of its task, tried rule by rule."""
    counts = _shared_word_counts(words, word_items, common)
    k = _dominant_task_target(counts)
    if k is None:
        k = _listed_target(counts, naming)
    if k is None:
        k = _task_only_target(counts, naming)
    if k is None:
        k = _distinctive_task_target(words, word_items, counts, naming, naming_one)
    return k


def _owners_organisation_words(action: Action, attendance: list[AttendanceEntry]) -> set[str]:
    """The task words that the attendance list gives as an owner's own organisation ("Share the alert
    with Justice Social Work" | "Jo Fell", present for "Lakeby Council Justice Social Work"): the owner
    speaks of his own team in whatever items he speaks, so they may point to an item where he did, not
    to the one that raised the task (tried first without them; with them when that finds no item, for
    "Circulate Kent Police ASB data" | "Insp Hale" of Kent Police still belongs to the police update)."""
    keys = {_owner_key(o.name) for o in action.owners}
    words: set[str] = set()
    for entry in attendance:
        if entry.organisations and _owner_key(entry.name) in keys:
            for organisation in entry.organisations:
                words |= _task_words(organisation)
    return words


def _names_no_item(ref: str | None) -> bool:
    """Whether a closing list's row reference leaves its item unnamed: no reference, or the tracker's
    own serial by the raising meeting's month ("12/22-3": December 2022, third action), which numbers
    the action, not the item that minuted it (a reference naming an item was followed already)."""
    return ref is None or _MONTH_ACTION_REF.fullmatch(ref) is not None


def _move_listed_action(action: Action, target: AgendaItem, moved: set[int]) -> None:
    """Give a closing list's entry to the item that minuted it, where it replaces that item's prose
    follow-up by the same owners."""
    keys = {_owner_key(o.name) for o in action.owners}
    target.actions = [a for a in target.actions
                      if a.explicit or not {_owner_key(o.name) for o in a.owners} <= keys] + [action]
    moved.add(id(action))


def _restates(entry: Action, action: Action) -> bool:
    """A closing list's entry and an action minuted in an item are one action: the same owners, and
    two words of the task in common ("Publish the Safe Accommodation Needs Assessment" | "SW/PL" and
    "Action: 04/25-01 SW/PL – publish the needs assessment on both councils' websites")."""
    keys = {_owner_key(o.name) for o in entry.owners}
    minuted = {_owner_key(o.name) for o in action.owners}
    return bool(keys) and (keys == minuted or _partner_named_in_task(entry, action, minuted)) and \
        len(_task_words(entry.text) & _task_words(action.text)) >= 2


def _partner_named_in_task(entry: Action, action: Action, minuted: set[str]) -> bool:
    """A log entry owned by "DS / AD" restates "DS to liaise with AD on a learning event": the minuted
    action's owners are among the entry's, and each further owner is named in its task as the one
    the owner works with."""
    extra = [o.name for o in entry.owners if _owner_key(o.name) not in minuted]
    return bool(minuted) and len(extra) < len(entry.owners) and \
        minuted <= {_owner_key(o.name) for o in entry.owners} and \
        all(_names_in(action.text, name) for name in extra)


def drop_restated_entries(items: list[AgendaItem]) -> None:
    """A "Summary of actions" closing the minutes restates actions that the items minuted already (as
    "Action:" lines): each such entry is left out rather than counted a second time under the last
    item; the item's action takes the entry's due date when it gave none. Entries that restate nothing
    (a log that is the only record of the actions) stay."""
    if len(items) < 2:
        return
    last = items[-1]
    minuted = [a for item in items[:-1] for a in item.actions if a.explicit and not a.listed]
    if not minuted or not any(a.listed for a in last.actions):
        return
    kept = []
    for entry in last.actions:
        same = next((a for a in minuted if _restates(entry, a)), None) if entry.listed else None
        if same is None:
            kept.append(entry)
        elif same.due is None:
            same.due = entry.due
    last.actions = kept


# "ACTION 05/24 – PS – Amend the plan": the number the minutes gave an action, written on its line before
# the owners (a number, or letters and a number: "A12", "05/24", "3.1")
_ACTION_NUMBER_BEFORE = re.compile(r"\b(?i:action)[ \t]+(?i:no\.?[ \t]*)?(?P<ref>[A-Z]{0,3}\d{1,4}(?:[/.-]\d{1,4})*)"
                                   r"[ \t]*(?:[-–—:(]|$)")


def _numbered_action_ref(text: str, action: Action) -> str | None:
    """The number written before an action on its line ("ACTION 05/24:"), else None."""
    line_start = text.rfind("\n", 0, action.span.start) + 1
    m = _ACTION_NUMBER_BEFORE.search(text, line_start, action.span.start)
    return m["ref"].upper() if m else None


def drop_relogged_actions(text: str, items: list[AgendaItem]) -> None:
    """An action log closing the minutes ("ACTION 05/24 – PS – Amend the plan – 30/06/24") that repeats,
    by their numbers, the numbered actions the items minuted ("ACTION 05/24: PS to amend the plan …"):
    each entry whose number and owners an earlier item's action has is that action again, left out
    rather than counted twice under the last item (the item's action takes the entry's due date when
    it gave none). Entries of numbers no item minuted stay."""
    if len(items) < 2:
        return
    minuted: dict[str, Action] = {}
    for item in items[:-1]:
        for a in item.actions:
            ref = _numbered_action_ref(text, a) if a.explicit and a.owners else None
            if ref:
                minuted.setdefault(ref, a)
    if not minuted:
        return
    kept = []
    for entry in items[-1].actions:
        ref = _numbered_action_ref(text, entry)
        same = minuted.get(ref) if ref else None
        if same is None or {_owner_key(o.name) for o in entry.owners} != {_owner_key(o.name) for o in same.owners}:
            kept.append(entry)
        elif same.due is None:
            same.due = entry.due
    items[-1].actions = kept


def _written_first_name(text: str, owner) -> str:
    """ "Rob | Circulate the request form": a list written among people who know each other names an
    owner by first name, as its items do ("Rob to circulate …"); the one word the list wrote, when it
    opens the full name the attendance gives (else "")."""
    written = text[owner.span.start:owner.span.end]
    bare, _ = _strip_title(owner.name)
    words = bare.split()
    if len(words) >= 2 and written == words[0] and written[:1].isupper():
        return written.lower()
    return ""


def _informal_name_keys(owner: str, attendance: list[AttendanceEntry]) -> set[str]:
    """The words by which informal notes name an owner of the attendance list in the items ("Leanne
    confirmed …", "Sue H to take …", "Chair to write …"): the first name, when no other attendee
    has it, and "chair" for the one the attendance names Chair."""
    key = _owner_key(owner)
    entry = next((e for e in attendance if _owner_key(e.name) == key), None) if key else None
    if entry is None:
        return set()
    keys = set()
    first = _strip_title(entry.name)[0].split()[:1]
    if first and len(first[0]) > 1 and sum(_strip_title(e.name)[0].split()[:1] == first for e in attendance) == 1:
        keys.add(first[0].lower())
    if entry.role and _norm(entry.role) in ("chair", "chairman", "chairwoman", "chairperson"):
        keys.add("chair")
    return keys


def _task_only_target(counts: dict[int, int], naming: set[int]) -> int | None:
    """The item a closing list's entry belongs to when no item naming its owners shares two words with
    its task (the secretary to "notify Jo Fell and Al Ray of the grant", minuted where the item never
    named the secretary): the one item that shares at least three of the task's words, when no other
    shares more than one."""
    if any(counts.get(k, 0) >= 2 for k in naming):
        return None
    strong = [k for k, n in counts.items() if n >= 3]
    if len(strong) != 1 or any(n >= 2 for k, n in counts.items() if k != strong[0]):
        return None
    return strong[0]


def _distinctive_task_target(words: set[str], index: dict[str, list[int]], counts: dict[int, int],
                             naming: set[int], naming_one: set[int]) -> int | None:
    """The item a closing list's entry belongs to when the words of its task that only one item uses
    point to that item alone: "Joint fireworks night plan" | "A Reed / SM J Hale" after the item where
    "the Safer Lakeby team and the fire service would prepare a joint fireworks night plan" (the item
    names the owner's team, not the owner; "joint" and "plan" occur in other items too). At least two such
    words, in one item only, which names one of the owners (SM J Hale); and no item naming all the
    owners shares two words with the task. (An entry whose owner no item names stays in the list.)"""
    if any(counts.get(k, 0) >= 2 for k in naming):
        return None
    holders = [index[w][0] for w in words if len(index.get(w, ())) == 1]
    if len(holders) < 2 or len(set(holders)) != 1 or holders[0] not in naming_one:
        return None
    return holders[0]


def _dominant_task_target(counts: dict[int, int]) -> int | None:
    """The item a closing list's entry belongs to when one item shares at least four of its task's
    words and every other item at most a third as many: the task restates that item's business,
    whatever items its owner speaks in (the chair, named in every item, owns tasks of each)."""
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    n = counts[best]
    if n < 4 or any(m * 3 > n for k, m in counts.items() if k != best):
        return None
    return best


def _listed_target(counts: dict[int, int], naming: set[int]) -> int | None:
    """The item a closing list's entry belongs to, from the task words each item shares with it
    (``counts``) and the items that name all its owners (``naming``)."""
    scores = {k: n for k, n in counts.items() if k in naming}
    best = max(scores.values(), default=0)
    if best >= 2 and list(scores.values()).count(best) == 1:
        return next(k for k, n in scores.items() if n == best)
    if len(scores) == 1:
        return next(iter(scores))
    return None
