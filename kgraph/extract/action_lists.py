"""Actions marked or listed: action markers closing a sentence ("[Action: PC]"), an ACTION column
of owners' initials in typed minutes, lists of actions under a heading, recommendations with an
owner, and "Owner – task" entries.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dates import find_dates
from ..model import Action, AttendanceEntry, Decision, ItemSegment, Owner, Paragraph, Span
from ..segment import terms

from .common import _norm, _overlaps, sentence_bounds, _trim
from .owners import (_BRACKETED_MARKER, due_date_in, is_person_name, _OWNER_FIELD, _OWNER_INITIALS, _owner_key,
                     _owners_in, resolve_initials, _strip_title)
from .followups import _last_char_before, _office_holder, _LEADING_INITIALS, _titled_owner_to_re, _TRAILING_INITIALS


# --------------------------------------------------------------------------- actions


# "… will be resubmitted by 31 October. ACTION – KL", "… finalised. ACTION – OP. The Partnership …":
# an action marker with owner initials closes the sentence it assigns, inside a paragraph
# (informal notes write an owner by first name among the initials, "ACTION - MR/Leon", and may end the
# marker with the date it is due by, "ACTION - DH by 21 June")
_MARKER_OWNER = r"(?:[A-Z]{2,4}|[A-Z][a-z]{1,15})"
_MARKER_AFTER_TASK = re.compile(rf"(?<=[.!?])[ \t\n]+(?:[-–—][ \t]*)?(?-i:ACTION|Action)[ \t]*[-–—:][ \t]*"
                                rf"(?P<owners>{_MARKER_OWNER}(?:\s*(?:/|,|&|\band\b)\s*{_MARKER_OWNER})*)"
                                rf"(?:[ \t]+(?:by|due)[ \t]+(?P<due>\d{{1,2}}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{{2,8}}(?:[ \t]+\d{{4}})?|"
                                rf"\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?))?"
                                rf"[ \t]*[.;]?(?=[ \t\n]+[A-Z]|[ \t\n]*$)")


# "… and email Sam. (ACTION: Jo Marsh)", "(ACTION: Ann Webb / Jo Marsh)": a volunteer's
# typed notes close the sentence with the owners' full names in the bracket (each an attendee's name)
_BRACKETED_NAMES_MARKER = re.compile(r"[\[(][ \t]*(?-i:ACTION|Action)[ \t]*[-–—:][ \t]*"
                                     r"(?P<owners>(?-i:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})"
                                     r"(?:[ \t]*[/&,][ \t]*(?-i:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}))*)[ \t]*[\])]")
# "… at two hospitals. [Action: NP to provide figures for the third by December]": the bracket holds the
# task as well, the owners' initials then "to" and what they will do
_BRACKETED_TASK_MARKER = re.compile(rf"\[[ \t]*(?-i:ACTION|Action)[ \t]*[-–—:][ \t]*(?P<owners>{_OWNER_INITIALS})"
                                    rf"[ \t]+to[ \t]+(?P<task>[a-z][^\[\]]{{2,200}}?)[ \t]*\]")


# "… and the fallback patrol plan (Action: Chief Constable, by 31 March).", "(Action:\nDeputy Chief
# Constable Fairclough, by 30 April)": the bracket names its owner by office, or by a titled surname,
# then the date it is due by
_BRACKETED_OFFICE_MARKER = re.compile(r"\([ \t]*(?-i:ACTION|Action)[ \t]*:[ \t\n]*"
                                      r"(?P<owners>(?-i:[A-Z][a-z]+(?:[ \t\n]+[A-Z][\w'’-]+){0,4}))"
                                      r"[ \t]*,[ \t\n]*(?:by|due)[ \t\n]+(?P<due>[^()\n]{3,25}?)[ \t]*\)")


def _office_marker_holder(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> list[Owner]:
    """The one attendee a marker's owner names: by the office standing as the title of their name
    ("Chief Constable" for "Chief Constable Eira Pengelly"), by that title and their surname
    ("Deputy Chief Constable Fairclough"), or as the office's holder the attendance gives ("the
    Commissioner"). Nobody, or several, names no owner."""
    owner = " ".join(text[s:e].split())
    present = [a for a in attendance if a.list_kind != "apologies"]
    holders = {a.name for a in present if a.name.startswith(owner + " ") and len(a.name.split()) > len(owner.split())}
    if not holders:
        title, _, surname = owner.rpartition(" ")
        holders = {a.name for a in present if title and a.name.startswith(title + " ")
                   and a.name.split()[-1] == surname and a.name != owner}
    if len(holders) == 1:
        return [Owner(name=holders.pop(), span=Span(s, e), kind="person")]
    return _office_holder(text, s, e, attendance)


def office_marked_actions(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> list[Action]:
    """Actions marked after their sentence by a bracket naming the owner by office and a due date
    ("… a written update on the bid (Action: Chief Constable, by 31 March)."): the owner is the one
    attendee holding that office; the task is the sentence before the bracket."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    found: list[Action] = []
    if text.find("(Action", ps, pe) < 0 and text.find("(ACTION", ps, pe) < 0:
        return found
    for m in _BRACKETED_OFFICE_MARKER.finditer(text, ps, pe):
        owners = _office_marker_holder(text, m.start("owners"), m.end("owners"), attendance)
        if not owners:
            continue
        s, e = _marked_task(text, found[-1].span.end if found else ps, m.start())
        due = find_dates(m["due"])
        found.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True,
                            due=due[0][0] if due else None))
    return found


def _marker_owner_attends(owner: str, attendance: list[AttendanceEntry]) -> bool:
    """An owner of a marker is an attendee's initials, or the whole name (a first name alone in informal
    notes, "Leon") that the attendance gives someone."""
    if owner.isupper():
        return resolve_initials(owner, attendance, False) is not None
    return any(_strip_title(e.name)[0].strip() == owner for e in attendance)


def marked_actions(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> list[Action]:
    """Actions marked after their sentence ("… by 31 October. ACTION – KL", "… next meeting [Action: PC]."):
    the initials must be attendees' (as for "KL to …"); the task is the sentence before the marker."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    found: list[Action] = []
    if text.find("CTION", ps, pe) < 0 and text.find("ction", ps, pe) < 0:
        return found
    markers = list(_MARKER_AFTER_TASK.finditer(text, ps, pe))
    if text.find("[", ps, pe) >= 0 or text.find("(", ps, pe) >= 0:
        markers = sorted(markers + list(_BRACKETED_MARKER.finditer(text, ps, pe))
                         + list(_BRACKETED_TASK_MARKER.finditer(text, ps, pe))
                         + list(_BRACKETED_NAMES_MARKER.finditer(text, ps, pe)), key=lambda m: m.start())
    for m in markers:
        owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance)
        if not owners or any(o.kind != "person" or not _marker_owner_attends(text[o.span.start:o.span.end], attendance)
                             for o in owners):
            continue
        if "task" in m.re.groupindex:
            s, e = m.start("owners"), m.end("task")     # the bracket says the task itself
        else:
            s, e = _marked_task(text, found[-1].span.end if found else ps, m.start())
        due = find_dates(m["due"]) if "due" in m.re.groupindex and m["due"] else None
        found.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True,
                            due=due[0][0] if due else None))
    return found


# typed minutes with an ACTION column: a header "ACTION" far to the right above the first item (set with
# spaces, no tabs), then the owners' initials at that column on the line of the paragraph they own,
# after a run of spaces or, when the text ran up to the column, right after its last letters
# ("1.   WELCOME AND INTRODUCTIONS          ACTION": the header may stand at the end of the first item's
# heading line, a wide gap before it, as a Word table's header cell beside the heading becomes in text)
_ACTION_COLUMN_HEADER = re.compile(r"^(?P<indent>[ ]{30,}|[^\n]*?\S[ ]{10,}(?<=.{40}))(?:ACTION|Action)(?:[ ]+(?:BY|By|by))?[ ]*$",
                                   re.MULTILINE)
_COLUMN_OWNERS = re.compile(rf"(?P<owners>{_OWNER_INITIALS})[ \t]*")
_LINE_END_OWNERS = re.compile(rf"(?<=[ ]{{3}})(?P<owners>{_OWNER_INITIALS})[ \t]*$", re.MULTILINE)
_COLUMN_DRIFT = 8


@lru_cache(maxsize=8)
def action_column(text: str) -> int | None:
    """The column of an ACTION header typed with spaces at the right of the page, or None."""
    m = _ACTION_COLUMN_HEADER.search(text)
    return len(m["indent"]) if m else None


def column_actions(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> list[Action]:
    """ "…with the Licensing team.                     GT/PD": the attendees whose initials stand in the
    ACTION column on a line of the paragraph own it; the task is the paragraph up to the initials."""
    column = action_column(text)
    if column is None:
        return []
    found: list[Action] = []
    ls = text.rfind("\n", 0, p.span.start) + 1
    while ls < p.span.end:
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        m = _COLUMN_OWNERS.fullmatch(text, ls + column, le) if le - ls > column else None
        if m is None and le - ls > column:
            # initials set right, or a few places off the heading's column ("ACTION" typed
            # again on each page, not always above the same place)
            m = _LINE_END_OWNERS.search(text, ls + max(0, column - _COLUMN_DRIFT), le)
        if m is not None:
            owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance)
            if owners and all(o.kind == "person" and resolve_initials(text[o.span.start:o.span.end], attendance, False)
                              for o in owners):
                s, e = _trim(text, p.text_span.start, m.start())
                if e > s:
                    found.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True))
        ls = le + 1
    return found


def _not_in_the_column(found: list[Action], in_column: list[Action]) -> list[Action]:
    """ "… against a target of 198.        PH" then "PH to bring a breakdown …" in the same paragraph: the
    ACTION column's initials own the paragraph, so the owners' "to" sentence in it is that one action."""
    keys = {_owner_key(o.name) for a in in_column for o in a.owners}
    return [a for a in found if not a.owners or not {_owner_key(o.name) for o in a.owners} <= keys]


def _without_marked_followups(found: list[Action]) -> list[Action]:
    """ "MH and DF agreed to bring a proposal … ACTION – MH/DF": the prose follow-up and the marker after
    it record one action; the marked (explicit) one is kept, the follow-up its sentence also gives dropped."""
    marked = [a for a in found if a.explicit]
    return [a for a in found if a.explicit or not any(
        _overlaps(a.span, b.span) and ({_owner_key(o.name) for o in a.owners} <= {_owner_key(o.name) for o in b.owners}
                                       or _owned_by_organisations_only(a) or _names_a_marked_owner(a, b))
        for b in marked)]


def _names_a_marked_owner(followup: Action, marked: Action) -> bool:
    """ "… Supt Vale said she would ask the team. (ACTION: Rachel Vale)": the follow-up names the
    marker's owner by rank and surname, the marker by full name; one person by the surname, one action."""
    surnames = {o.name.split()[-1].lower() for o in marked.owners if o.kind == "person" and o.name.split()}
    return any(o.kind == "person" and o.name.split() and o.name.split()[-1].lower() in surnames
               for o in followup.owners)


def _owned_by_organisations_only(action: Action) -> bool:
    """ "LE advised that Cartrefi Fellside would share these with its tenants. [Action: LE]": the body the
    sentence names as doing it is not the owner when a marker on the sentence names the person."""
    return bool(action.owners) and all(o.kind == "organisation" for o in action.owners)


# ("… approved the plan, and asked Ross Lindsay to bring the final version back": a request names the task)
_FUTURE_TASK = re.compile(r"\b(?:will|would|shall|to\s+be|agreed\s+to|offered\s+to|asked\s+(?:[\w'’.-]+\s+){1,8}?to)\s",
                          re.IGNORECASE)


def _marked_task(text: str, s: int, marker: int) -> tuple[int, int]:
    """The sentence a marker assigns: the nearest one before it that says what will be done
    ("… would be reviewed …"), else the sentence just before it."""
    last = sentence_bounds(text, s, marker, _last_char_before(text, s, marker))
    bounds = last
    while bounds[0] > s and not _FUTURE_TASK.search(text, bounds[0], bounds[1]):
        earlier = sentence_bounds(text, s, marker, _last_char_before(text, s, bounds[0]))
        if earlier[0] >= bounds[0]:
            break
        bounds = earlier
    return bounds if _FUTURE_TASK.search(text, bounds[0], bounds[1]) else last


# "Chief Constable to report …", "Jo Bloggs and Community Safety Manager to …" at the start of a listed action
# ("Partnership Manager, OPCC, to circulate …": the post's body, by its acronym between commas, is no owner)
_LEADING_OWNER_TO = re.compile(
    r"(?:the\s+)?(?P<owners>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|and|&|/|of|for)){0,7}?)"
    r"(?:,[ \t]+[A-Z]{2,8},)?[ \t]+to[ \t]+(?!be\s)(?=[a-z])")


def _is_action_list_heading(heading: str) -> bool:
    stripped = heading.strip(" \t*_#:.")
    # asked of every unnumbered paragraph: one with more words than any listed heading is none of them
    most = _most_words_in_action_list_heading()
    if len(stripped.split(None, most)) > most:
        return False
    headings = terms()["action_list_headings"]
    # ("Action Log (new actions)": a heading of the list qualified in brackets is that heading)
    return _norm(stripped) in headings or (stripped.endswith(")") and _norm(_BRACKETED_QUALIFIER.sub("", stripped)) in headings)


_BRACKETED_QUALIFIER = re.compile(r"[ \t]*\([^()\n]{1,40}\)$")


@lru_cache(maxsize=1)
def _most_words_in_action_list_heading() -> int:
    return max((len(h.split()) for h in terms()["action_list_headings"]), default=0)


def _entry_under_heading_line(text: str, ps: int, pe: int) -> int | None:
    """Where the first line under an action-list heading alone on its paragraph's first line starts
    ("Actions" over "Jo Bloggs to send …" without a blank line between), or None."""
    nl = text.find("\n", ps, pe)
    if nl < 0 or not _is_action_list_heading(text[ps:nl]):
        return None
    start, end = _trim(text, nl, pe)
    return start if end > start else None


def _opens_with_named_owner(text: str, ps: int, pe: int, attendance: list[AttendanceEntry]) -> bool:
    """A line opening with people's names and "to" and a verb ("Jo Bloggs to circulate …"): in a list
    of actions an entry even when it is not marked by a bullet."""
    m = _LEADING_OWNER_TO.match(text, ps, pe)
    if m is None:
        return False
    owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance)
    return bool(owners) and all(o.kind == "person" and is_person_name(o.name, attendance) for o in owners)


def listed_actions(text: str, item: ItemSegment, attendance: list[AttendanceEntry]) -> list[Action]:
    """Actions listed under an "Actions arising" / "Action points" heading (or an item so titled):
    one numbered or bulleted line each, its owners given as initials at the start or the end."""
    paras = item.paragraphs
    in_list = _is_action_list_heading(item.title)
    actions: list[Action] = []
    owner_lines_read: set[int] = set()
    for k, p in enumerate(paras):
        if k in owner_lines_read:
            continue
        ps, pe = _trim(text, p.text_span.start, p.text_span.end)
        # "- **[A24/05]** Owner — task — by date": the action log's number in brackets marks the line
        # as an action entry wherever it stands, under a heading of actions or not
        bracketed = _BRACKETED_ACTION_NUMBER.match(text, ps, pe)
        if bracketed is None and p.enumerator is None:
            under = _entry_under_heading_line(text, ps, pe)
            if under is not None:
                # "Actions" alone on its line over "Jo Bloggs to …" in the same paragraph: an
                # item's sub-heading and its first entry, unmarked
                in_list, ps = True, under
            elif not (in_list and (_opens_with_named_owner(text, ps, pe, attendance)
                                   or _YEAR_NUMBERED_ENTRY.match(text, ps, pe))):
                # under the heading, an unmarked "Jo Bloggs to …" line is one more entry; any other
                # line is a heading of its own or ends the list
                in_list = _is_action_list_heading(text[ps:pe])
                continue
        if not in_list and bracketed is None:
            continue
        numbered = bracketed or _LISTED_ACTION_NUMBER.match(text, ps, pe) or _YEAR_NUMBERED_ENTRY.match(text, ps, pe)
        if numbered:
            ps = numbered.end()           # "- A25/10 – Owner: task": the entry's own number is no field
        # "3. Item 4(iii) - DA to provide …": the entry names the item it comes from (attach_logged_actions
        # moves it there) and ends with its due date ("… assessment. - by 31 October 2016")
        item_ref = None
        named = _ENTRY_ITEM_REF.match(text, ps, pe)
        if named:
            item_ref, ps = named["ref"] or named["bref"], named.end()
            due = _TRAILING_DUE_FIELD.search(text, ps, pe)
            if due:
                pe = _trim(text, ps, due.start(), " \t.")[1]
        before = len(actions)
        below = _owner_line_below(text, paras, k)
        if below is not None and _OWNER_FIELD.search(text, ps, pe) is None:
            # the entry's owner and due date on the line below: "      Owner: Jo Lake     Due: May 2024"
            owner_lines_read.add(k + 1)
            owners = _owners_in(text, below.start("owners"), below.end("owners"), attendance)
            s, e = _trim(text, ps, pe)
            dates = find_dates(below["due"]) if below["due"] else []
            actions.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True,
                                  due=dates[0][0] if dates else None, item_ref=item_ref))
            continue
        labelled = _OWNER_FIELD.search(text, ps, pe)
        if labelled:
            owners = _owners_in(text, labelled.start("owners"), labelled.end("owners"), attendance)
            s, e = _trim(text, ps, labelled.start())
            dates = find_dates(text[labelled.end("owners"):pe])
            actions.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True,
                                  due=dates[0][0] if dates else None))
            continue
        lead = _LEADING_INITIALS.match(text, ps, pe)
        trail = None if lead else _TRAILING_INITIALS.search(text, ps, pe)
        m = lead or trail
        if m is None:
            fielded = _owner_task_fields(text, ps, pe, attendance) or _owners_colon_task(text, ps, pe, attendance)
            if fielded is not None:
                actions.append(fielded)
                continue
            if _titled_owner_to_re().match(text, ps, pe):
                continue          # "Mr Kirkby to present …": read with the titled owners of find_actions
            # "Chief Constable to report progress …": a post the attendance gives someone
            pm = _LEADING_OWNER_TO.match(text, ps, pe)
            if pm is None:
                continue
            owners = _owners_in(text, pm.start("owners"), pm.end("owners"), attendance)
            if not owners or not all(o.kind == "role" or o.kind == "person" and is_person_name(o.name, attendance)
                                     for o in owners):
                continue
            actions.append(Action(text=text[ps:pe], span=Span(ps, pe), owners=owners, explicit=True))
            continue
        owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance)
        s, e = (ps, pe) if lead else _trim(text, ps, m.start())
        actions.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True))
        if item_ref is not None:
            for a in actions[before:]:
                a.item_ref = item_ref
                a.due = a.due or due_date_in(text, ps, p.text_span.end)
    for a in actions:
        a.listed = True
    return actions


# "Item 4(iii) - ", "Minute 12 – ": an entry of a list of actions naming the item (and its part) it
# comes from before its owners; or in brackets before the task: "(Item 4) Share the …"
_ENTRY_ITEM_REF = re.compile(r"(?i:agenda[ \t]+)?(?i:item|minute)[ \t]+(?P<ref>\d{1,3}(?:\.\d{1,2})?[a-z]?)"
                             r"(?:[ \t]*\((?:[a-z]|\d{1,2}|[ivx]{1,5})\))?[ \t]*[-–—:][ \t]+(?=[A-Z])|"
                             r"\((?i:agenda[ \t]+)?(?i:item|minute)[ \t]+(?P<bref>\d{1,3}(?:\.\d{1,2})?[a-z]?)\)[ \t]+(?=[A-Z])")
# "24/31 (Item 4) Share the …": a log's entry numbered by the year and its count (read only inside a
# list of actions, where no date or sum opens a line)
_YEAR_NUMBERED_ENTRY = re.compile(r"\d{2}/\d{1,3}[ \t]+(?=\(?[A-Z])")
# the line under such an entry: "      Owner: Jo Lake / Ann Fox          Due: 31 May 2024"
_OWNER_DUE_LINE = re.compile(r"(?i:owners?|leads?|responsible)[ \t]*:[ \t]*(?P<owners>[^\n:]{2,80}?)"
                             r"(?:(?:[ \t]{2,}|\t|[ \t]*[;,][ \t]*)(?i:due|by|deadline|target(?:[ \t]+date)?)[ \t]*:"
                             r"[ \t]*(?P<due>[^\n]{2,40}?))?[ \t.]*")


def _owner_line_below(text: str, paras: list[Paragraph], k: int) -> re.Match | None:
    """The "Owner: … Due: …" line that is the next paragraph after entry ``k``, or None."""
    if k + 1 >= len(paras):
        return None
    ns, ne = _trim(text, paras[k + 1].text_span.start, paras[k + 1].text_span.end)
    return _OWNER_DUE_LINE.fullmatch(text, ns, ne)
# a recommendation numbered by its letter, opening its paragraph: "R1  A single lead officer to be appointed …",
# "Rec 2: Lakes Police to …", "Recommendation 3 – The case to be referred …"
_RECOMMENDATION_ENTRY = re.compile(r"(?:R|Rec\.?|Recommendation)[ \t]*\d{1,2}[ \t]*[.:)–—-]?[ \t]+(?=[A-Z])")
# the owner line under it: "Owner: Jo Lake (Lakes Homes)          Date: 31/05/2024" (the date is when it is due)
_RECOMMENDATION_OWNER_LINE = re.compile(
    r"(?i:owners?|leads?|responsible(?:[ \t]+officer)?)[ \t]*:[ \t]*(?P<owners>[^\n:]{2,80}?)"
    r"(?:(?:[ \t]{2,}|\t|[ \t]*[;,][ \t]*)(?i:due|by|deadline|date|target(?:[ \t]+date)?|by[ \t]+when)[ \t]*:"
    r"[ \t]*(?P<due>[^\n]{2,40}?))?[ \t.]*")
# the lead-in the numbered recommendations answer: "(iii) to make the following recommendations."
_LEAD_IN_TO_RECOMMENDATIONS = re.compile(r"\bthe\s+following\s+recommendations?[ \t.:]*$", re.IGNORECASE)


def owned_recommendations(text: str, item: ItemSegment, attendance: list[AttendanceEntry]
                          ) -> tuple[list[Decision], list[Action]]:
    """A panel's numbered recommendations, each with an owner line under it ("R1  A single lead officer to
    be appointed …" over "Owner: Jo Lake    Date: 31/05/2024"): each is a decision the meeting made and a
    task its owner carries out by that date. Only a recommendation whose next paragraph is its owner
    line counts: a report's numbered recommendations with no owner are what was put to the meeting."""
    paras = item.paragraphs
    decisions: list[Decision] = []
    actions: list[Action] = []
    for k in range(len(paras) - 1):
        ps, pe = _trim(text, paras[k].text_span.start, paras[k].text_span.end)
        entry = _RECOMMENDATION_ENTRY.match(text, ps, pe)
        if entry is None:
            continue
        ns, ne = _trim(text, paras[k + 1].text_span.start, paras[k + 1].text_span.end)
        owner_line = _RECOMMENDATION_OWNER_LINE.fullmatch(text, ns, ne)
        if owner_line is None:
            continue
        s, e = _trim(text, entry.end(), pe)
        owners = _owners_in(text, owner_line.start("owners"), owner_line.end("owners"), attendance)
        dates = find_dates(owner_line["due"]) if owner_line["due"] else []
        decisions.append(Decision(text=text[s:e], span=Span(s, e), kind="agreed"))
        actions.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True,
                              due=dates[0][0] if dates else None, listed=True))
    return decisions, actions


def with_owned_recommendations(text: str, item: ItemSegment, attendance: list[AttendanceEntry],
                               decisions: list[Decision], actions: list[Action]
                               ) -> tuple[list[Decision], list[Action]]:
    """The item's decisions and actions with its owned recommendations added (see owned_recommendations),
    the lead-in that introduces them ("to make the following recommendations") no decision of its own,
    and no other reading of the same paragraphs kept twice."""
    recommended, owned = owned_recommendations(text, item, attendance)
    if not recommended:
        return decisions, actions
    first = recommended[0].span.start
    kept = [d for d in decisions if not (d.span.end <= first and _LEAD_IN_TO_RECOMMENDATIONS.search(d.text))
            and not any(_overlaps(d.span, r.span) for r in recommended)]
    others = [a for a in actions if not any(_overlaps(a.span, o.span) for o in owned)]
    return kept + recommended, others + owned


# "… the approved minute. - by 30 September 2016", "… next meeting. – 8 December 2016": a due date
# set off by a dash at the end of the entry
_TRAILING_DUE_FIELD = re.compile(r"[ \t]+[-–—][ \t]+(?:(?i:by|before|due)[ \t]+)?[^-–—\n]{3,30}$")


_FIELD_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
# the number of an entry in a list of actions, before its owner and task: "A25/10 – ", "A12: ", "AP3 – "
_LISTED_ACTION_NUMBER = re.compile(r"(?-i:AP?)\d{1,3}(?:[/.]\d{1,3})?(?:[ \t]+[-–—]|:)[ \t]+")
# the same number in square brackets, maybe in bold, opening the entry: "**[A24/05]** ", "[AP3] – "
_BRACKETED_ACTION_NUMBER = re.compile(r"(?:\*\*|__)?\[(?-i:AP?)\d{1,3}(?:[/.]\d{1,3})?\](?:\*\*|__)?"
                                      r"(?:[ \t]+[-–—]|:)?[ \t]+(?=\S)")
# "Matthew Rees / Nia Wyn Thomas: publish the summary …": the owners, a colon, then the task in lower case
# (the task may open with a capital, "- Jo Hale: Chase the survey …", as an AI meeting recap's list of
# follow-up tasks writes it: the part before the colon must then name attendees only)
_OWNERS_COLON = re.compile(r"(?P<owners>[A-Z][^:\n]{1,80}?)[ \t*_]*:[ \t*_]+(?=[a-zA-Z])")
# the words a field naming owners may hold besides capitalised names and initials
_OWNER_FIELD_JOINERS = frozenset({"and", "&", "/", "of", "for", "the"})


def _names_only(field: str) -> bool:
    """A field of names or bodies ("Kirsty Hallam / Rachel Thornbury", "KCC Community Safety Team"),
    not a task: every word capitalised (or a joiner), at most eight words."""
    words = field.replace("/", " / ").split()
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w.lower() in _OWNER_FIELD_JOINERS for w in words) \
        and any(w[:1].isupper() for w in words)


_TASK_SENTENCE_BREAK = re.compile(r"[a-z0-9)][.!?][ \t\n]+(?=[A-Z])")


# an owner's affiliation in brackets closing the owner field: "Jo Hale (Lakes Police)", "Ann Fell (Chair)"
_BRACKETED_AFFILIATION = re.compile(r"[ \t]*\([^()\n]{1,60}\)$")
# a due field that says "by" what ("by the June meeting", "by the end of next month"): a due phrase
_BY_DUE = re.compile(r"by[ \t]", re.IGNORECASE)
_MOST_BY_DUE_WORDS = 6


def _owner_task_fields(text: str, ps: int, pe: int, attendance: list[AttendanceEntry]) -> Action | None:
    """A listed action written as fields between spaced dashes: "Owner – task – due" (or "task – Owner
    – due"); the due field is a date or a short phrase ("Ongoing", "Next meeting")."""
    fields, pos = [], ps
    for m in [*_FIELD_DASH.finditer(text, ps, pe), None]:
        a, b = _trim(text, pos, m.start() if m else pe, " \t.;")
        if b <= a:
            return None
        fields.append((a, b))
        if len(fields) > 3:
            return None
        pos = m.end() if m else pe
    if len(fields) < 2:
        return None
    due = None
    if len(fields) == 3:
        ds, de = fields.pop()
        dates = find_dates(text[ds:de])
        if dates:
            due = dates[0][0]
        elif len(text[ds:de].split()) > (_MOST_BY_DUE_WORDS if _BY_DUE.match(text, ds, de) else 3):
            return None
    owner_field = next((f for f in fields if _names_only(text[f[0]:f[1]])), None)
    if owner_field is None and len(fields) == 2:
        # "Jo Hale (Lakes Police) – send the figures – by 31 March": the owner's body or post in
        # brackets after the name is no part of it
        bracket = _BRACKETED_AFFILIATION.search(text, *fields[0])
        if bracket is not None and _names_only(text[fields[0][0]:bracket.start()]):
            owner_field = fields[0] = (fields[0][0], bracket.start())
    if owner_field is None:
        return None
    ts, te = fields[1] if owner_field == fields[0] else fields[0]
    if _names_only(text[ts:te]):
        return None                     # two fields of names: not an owner and a task
    if _TASK_SENTENCE_BREAK.search(text, ts, te):
        # "Jo Hale went through the action log. Two actions remained open – Fellside and Lakeby.": a
        # paragraph of several sentences reports on the log; a listed task is one clause
        return None
    owners = _owners_in(text, owner_field[0], owner_field[1], attendance)
    if not owners:
        return None
    return Action(text=text[ts:te], span=Span(ts, te), owners=owners, explicit=True, due=due)


def _owner_task_entries(text: str, rest: Span, attendance: list[AttendanceEntry]) -> list[Action]:
    """ "Actions: Mari Pugh – figures for hospital staff; Jo Bassett – draft the letter": one
    label over several actions, each "Owner – task", parted by semicolons; each entry is its own
    action (its text the whole entry). Empty unless every entry reads as owner and task."""
    if text.find(";", rest.start, rest.end) < 0:
        return []
    entries, pos = [], rest.start
    for m in [*re.finditer(";", text[rest.start:rest.end]), None]:
        end = rest.start + m.start() if m else rest.end
        a, b = _trim(text, pos, end, " \t.;")
        action = _owner_task_fields(text, a, b, attendance) if b > a else None
        if action is None:
            return []
        entries.append(Action(text=text[a:b], span=Span(a, b), owners=action.owners, explicit=True, due=action.due))
        pos = end + 1
    return entries if len(entries) >= 2 else []


def _owners_colon_task(text: str, ps: int, pe: int, attendance: list[AttendanceEntry]) -> Action | None:
    """A listed action written "Owner / Owner: task": the part before the colon only names people
    ("All partners: nominate …" names no one, and "Note: the …" is no owner)."""
    m = _OWNERS_COLON.match(text, ps, pe)
    if m is None or not _names_only(m["owners"]):
        return None
    owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance)
    if not owners or not all(o.kind == "person" and is_person_name(o.name, attendance) for o in owners):
        return None
    ts, te = _trim(text, m.end(), pe)
    if te <= ts:
        return None
    return Action(text=text[ts:te], span=Span(ts, te), owners=owners, explicit=True, due=due_date_in(text, ts, te))


# an action column's entry of a table of minutes: the owners' initials, a spaced dash, the task in lower
# case and maybe a due date after another dash ("PR/RK - review the criteria - 11th Nov 22")
_INITIALS_DASH_TASK = re.compile(r"(?P<owners>[A-Z]{2,4}(?:[ \t]*/[ \t]*[A-Z]{2,4}){0,4})[ \t]+[-–—][ \t]+(?=[a-z])")
_INITIALS_WORD = re.compile(r"[A-Z]{2,4}")


def initials_dash_actions(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> list[Action]:
    """The lines of a paragraph written "AB/CD - task", nothing before the initials on the line (an
    action column's entries, as a table of minutes rebuilt cell by cell sets them out): one action each,
    owned by the attendees whose initials the attendance list gives (any other initials and the line is no action: "CCTV - the
    cameras …" names nobody). The task runs to the line's end; a dash then a date gives its due date."""
    known = {e.initials for e in attendance if e.initials}
    if not known:
        return []
    actions: list[Action] = []
    pos, end = p.text_span.start, p.text_span.end
    while pos < end:
        line_end = text.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end
        m = _INITIALS_DASH_TASK.match(text, pos, line_end)
        # (the initials open their line: "1. AB – …" and "- AB – …" are a summary's numbered entries and a
        # note's bullets, read by the rules of lists)
        if m and not text[text.rfind("\n", 0, pos) + 1:pos].strip() and all(w in known for w in _INITIALS_WORD.findall(m["owners"])):
            owners = [o for o in _owners_in(text, m.start("owners"), m.end("owners"), attendance) if o.kind == "person"]
            ts, te = _trim(text, m.end(), line_end, " \t.;")
            if owners and te > ts:
                actions.append(Action(text=text[ts:te], span=Span(ts, te), owners=owners, explicit=True,
                                      due=due_date_in(text, ts, te)))
        pos = line_end + 1
    return actions
