"""Who owns an action: person names (titles, initials, surname particles), resolving initials
against the attendance list, the kind of an owner (person, post, body), owner fields and due
dates on an action's line ("Owner: … – due …"), and the key an owner is compared by. Decisions
(a task in a decision table's row) and every kind of action read owners this way, so this sits
below both.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..dates import find_dates
from ..model import AttendanceEntry, Owner, Paragraph, Span
from ..segment import _ACTION_LABEL, _alternation, _compiled, _org_word_re, is_shouted_titled_name, job_re, terms

from .common import _INITIAL, _norm, _SPACES, _trim


# --------------------------------------------------------------------------- shared, from the actions section


def _title_alt() -> str:
    return _alternation(terms()["personal_titles"])


def _with_first_name_resolved(owner: Owner, attendance: list[AttendanceEntry]) -> Owner:
    """ "Fraser" → "Fraser Galbraith": notes that call people by first name after an attendance list
    of full names mean the one attendee of that first name (two of them: the name stays as written)."""
    if " " in owner.name:
        return owner
    fits = {a.name for a in attendance if _strip_title(a.name)[0].split()[:1] == [owner.name]
            and len(_strip_title(a.name)[0].split()) > 1}
    if len(fits) != 1:
        return owner
    return Owner(name=fits.pop(), span=owner.span, kind="person")


# --------------------------------------------------------------------------- actions


def _split_names_re() -> re.Pattern:
    return _compiled("splitnames", lambda: re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s|/)\s*"))


def _title_prefix_re() -> re.Pattern:
    return _compiled("title-prefix", lambda: re.compile(rf"(?:{_title_alt()})\.?\s+", re.IGNORECASE))


def _strip_title(name: str) -> tuple[str, bool]:
    m = _compiled("title-prefix", lambda: re.compile(rf"(?:{_title_alt()})\.?\s+", re.IGNORECASE)).match(name)
    return (name[m.end():], True) if m else (name, False)


def _without_titles(name: str) -> str:
    """The name without its titles, a second one too ("Cllr Mrs P. Ashdown-Reeve" → "P. Ashdown-Reeve")
    while a forename or initial and a surname are left ("Ms Di Jones" keeps "Di", a forename that is
    also a rank's abbreviation)."""
    bare, titled = _strip_title(name)
    while titled:
        rest, titled = _strip_title(bare)
        if len(rest.split()) < 2:
            break
        bare = rest
    return bare


def is_person_name(name: str, attendance: list[AttendanceEntry]) -> bool:
    """A named person rather than a body, a role or a pronoun: "Mr Peerbux", "Graeme Brown"."""
    bare, titled = _strip_title(name.strip())
    words = bare.split()
    if not words:
        return False
    stop = _non_person_words()
    # an initial ("A" in "Ms A Atkins") is not the article "a"
    if any(w.lower().strip(".,’'") in stop for w in words if not _INITIAL.fullmatch(w)):
        return False
    if any(w.isupper() and len(w) > 1 for w in words):
        return False
    if titled:
        return True
    low = _norm(bare)
    for entry in attendance:
        full = _bare_name(entry.name)
        if low == full or (len(words) == 1 and full.split()[-1:] == [low]):
            return True
    if _names_an_attendees_organisation(low, attendance):
        return False        # "Cartrefi Fellside" (a Welsh housing body) reads like a first name and surname
    return 2 <= len(words) <= 3


def _names_an_attendees_organisation(low: str, attendance: list[AttendanceEntry]) -> bool:
    """The normalised name is the organisation an attendance entry gives someone."""
    return any(low == _norm(org) for entry in attendance for org in entry.organisations)


@lru_cache(maxsize=1)
def _non_person_words() -> frozenset[str]:
    return frozenset(terms()["non_person_words"])


@lru_cache(maxsize=16384)
def _bare_name(name: str) -> str:
    """An attendee's name without title, normalised (asked for every attendee and every owner)."""
    return _norm(_strip_title(name)[0])


_WORD_CAPITALS = re.compile(r"(?:^|['’])([A-Z])")
_MC_SURNAME = re.compile(r"(Ma?c[A-Z])[a-z]")


def _name_initials(name: str) -> tuple[str, ...]:
    """("LW", "LW") for "Leanne Williams"; (all initials, first + last) for "Mary Ann Smith" → ("MAS", "MS");
    a surname with an apostrophe gives its first letter alone as well ("SO" as "SOL" for Sean O'Leary)."""
    words = [w for w in re.split(r"[\s-]+", _without_titles(name.strip())) if w[:1].isupper()]
    if not words:
        return "", ""
    # "O'Connell" gives "OC": the capital after the apostrophe starts the name proper ("JOC" for Jo O'Connell)
    letters = ["".join(m.group(1) for m in _WORD_CAPITALS.finditer(w)) or w[0] for w in words]
    forms = ("".join(letters), letters[0][0] + letters[-1])
    if len(letters[-1]) > 1:
        # clerks also write the prefix's letter alone ("SO" for Sean O'Leary)
        forms += (letters[0][0] + letters[-1][0],)
    mc = _MC_SURNAME.match(words[-1]) if len(words) > 1 else None
    if mc:
        # a Mc or Mac surname keeps its prefix: "JMcK" for Jim McKechnie, "AMacL" for Ann MacLeod
        forms += (letters[0][0] + mc.group(1),)
    return forms


def resolve_initials(initials: str, attendance: list[AttendanceEntry], first_names: bool = True) -> str | None:
    """The attendee that owner initials ("LW") stand for, or None when no single attendee fits.

    Initials printed in the list win; then the initials of a listed full name; when the list gives
    first names only ("Leanne – Thanet DC") and ``first_names`` allows the guess, the one attendee
    whose first name starts with the first initial (a surname initial cannot be checked, so two
    candidates mean no answer)."""
    for entry in attendance:
        if entry.initials == initials:
            return entry.name
    full = {e.name for e in attendance if initials in _name_initials(e.name) and len(_strip_title(e.name)[0].split()) > 1}
    if len(full) == 1:
        return full.pop()
    if full or not first_names:
        return None
    bare = [_strip_title(e.name)[0].strip() for e in attendance]
    if attendance and all(len(b.split()) == 1 for b in bare):
        first = {e.name for e, b in zip(attendance, bare) if b[:1] == initials[:1]}
        if len(first) == 1:
            return first.pop()
    return None


_INITIALS = re.compile(r"[A-Z]{2,4}")
_MC_INITIALS = re.compile(r"[A-Z]{1,2}Ma?c[A-Z]")      # "JMcK", "AMacL"
_LEADING_THE_ALL = re.compile(r"^(?:the|all)\s+")
_CHAIR = re.compile(r"(?:the\s+)?(?:vice[- ])?chair")


def _titled_initials(name: str, attendance: list[AttendanceEntry]) -> str | None:
    """ "Dr AF", "Cllr JB": an attendee's initials after their title (as a clerk writes them for a
    doctor or a councillor) stand for that attendee, when exactly one fits."""
    bare, titled = _strip_title(name)
    return resolve_initials(bare, attendance, False) if titled and _INITIALS.fullmatch(bare) else None


def _owner_kind(name: str, attendance: list[AttendanceEntry]) -> tuple[str, str]:
    """(kind, name to record): initials become the listed person's name when they fit one attendee."""
    bare = name.strip()
    # ("ACTION [ALL]: promote …": everyone typed in capitals among owners' initials is no one's initials)
    if (_INITIALS.fullmatch(bare) or _MC_INITIALS.fullmatch(bare) or any(e.initials == bare for e in attendance)) \
            and _norm(bare) not in terms()["role_owner_words"]:
        person = resolve_initials(bare, attendance)
        return ("person", person) if person else ("initials", bare)
    person = _titled_initials(bare, attendance)
    if person:
        return "person", person
    low = _norm(bare)
    low_nothe = _LEADING_THE_ALL.sub("", low)
    roles = terms()["role_owner_words"]
    if low in roles or low_nothe in roles or _CHAIR.match(low):
        return "role", bare
    if any(a.role and _norm(a.role) == low_nothe for a in attendance):
        return "role", bare          # "Action: PCSP Manager", a post the attendance list gives someone
    jm = job_re().search(bare)
    if jm and (jm.start() == 0 or jm.end() == len(bare)) and not _title_prefix_re().match(bare):
        return "role", bare          # "Head of Children's Safeguarding", "Community Safety Manager": a post
    if is_shouted_titled_name(bare):
        return "person", bare        # "MR J HALLIWELL": an action line typed in capitals names a person
    if _ranked_name(bare):
        return "person", bare        # "Group Commander Barr": a rank's words ("Group") head no body here
    if _org_word_re().search(bare) or bare.isupper() or _names_a_body(bare):
        return "organisation", bare
    # "Lead: Humankind": the body an attendee is listed from (unless the name reads as a person's: a
    # list misread may have put a name among the bodies)
    if any(_norm(org) == low for a in attendance for org in a.organisations) and not is_person_name(bare, attendance):
        return "organisation", bare
    if _capitalised_words_with_a_non_person_word(bare):
        return "organisation", bare      # "Lead: We Are With You", a charity named by a phrase
    return "person", bare


def _ranked_name(name: str) -> bool:
    """ "Group Commander Ann Fell", "Group Manager Schofield": a title or rank, then one to three
    capitalised words none of which is a body's word, names a person."""
    m = _title_prefix_re().match(name)
    if m is None:
        return False
    rest = name[m.end():].split()
    return 1 <= len(rest) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in rest) \
        and not _org_word_re().search(" ".join(rest))


def _capitalised_words_with_a_non_person_word(name: str) -> bool:
    """ "We Are With You", "For The Homeless": several capitalised words, one of them a word no
    person's name holds (a pronoun, a preposition, a body word)."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    stop = _non_person_words()
    return any(w.lower().strip(".,’'") in stop for w in words if not _INITIAL.fullmatch(w))


# the last word of a council department's name that the organisation words do not cover
# ("Strategic Commissioning", "Adult Social Care Directorate"); no person's name ends so
_DEPARTMENT_HEADS = frozenset({"commissioning", "directorate", "division", "secretariat"})


@lru_cache(maxsize=1)
def _department_words() -> frozenset[str]:
    return frozenset(terms()["department_words"])


def _names_a_body(name: str) -> bool:
    """ "KCC Strategic Commissioning", "Medway Council", "Legal Directorate": an owner that is a body
    the gazetteer knows, such a body followed by department words, or a department by its head word."""
    from ..entities.gazetteer import organisations
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _DEPARTMENT_HEADS:
        return True
    department = _department_words()
    return any(organisations().lookup(" ".join(words[:k]))
               and all(w.lower() in department for w in words[k:])
               for k in range(len(words), 0, -1))


def _owner_of_bracketed_pair(text: str, a: int, bracket: int, b: int, attendance: list[AttendanceEntry]
                             ) -> tuple[int, int]:
    """Which half of "X (Y)" owns the action. "Lead: DWP (Nicola Brigg)" names the body, then the
    person who leads for it: the person owns it. "Gordon Falconer (Surrey County Council)" names the
    person first: the person, without the body in brackets."""
    before = _trim(text, a, bracket)
    close = text.find(")", bracket, b + 1)      # the piece's closing bracket may have been trimmed off
    if close > bracket:
        inner = _trim(text, bracket + 2, close)
        # (a body's acronym reads as initials: "OPCC (Mark Stennett)"; so do a person's own: "MS (Mark Stennett)")
        if inner[1] > inner[0] and _trim(text, close + 1, b)[0] >= b \
                and _owner_kind(text[before[0]:before[1]], attendance)[0] in ("organisation", "initials") \
                and _owner_kind(text[inner[0]:inner[1]], attendance)[0] == "person" \
                and is_person_name(text[inner[0]:inner[1]], attendance):
            return inner
    return before


def _owners_in(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> list[Owner]:
    ws, we = _trim(text, s, e, " \t\n*_.,;:()")
    if _one_body_named_with_and(_SPACES.sub(" ", text[ws:we]), attendance):
        kind, name = _owner_kind(text[ws:we], attendance)
        return [Owner(name=_SPACES.sub(" ", name), span=Span(ws, we), kind=kind)]  # type: ignore[arg-type]
    owners = []
    pos = s
    for m in list(_split_names_re().finditer(text, s, e)) + [None]:
        end = m.start() if m else e
        a, b = _trim(text, pos, end, " \t\n*_.,;:()")
        bracket = text.find(" (", a, b)
        if bracket > a:               # "Gordon Falconer (Surrey County Council) to circulate …"
            a, b = _owner_of_bracketed_pair(text, a, bracket, b, attendance)
        if b > a:
            kind, name = _owner_kind(text[a:b], attendance)
            owner = Owner(name=_SPACES.sub(" ", name), span=Span(a, b), kind=kind)  # type: ignore[arg-type]
            # "Action: Kemi to chase …" after "Who came: … Kemi Lawal …": the attendee of that first name
            owners.append(_with_first_name_resolved(owner, attendance) if kind == "person" else owner)
        if m:
            pos = m.end()
    return _posts_rejoined(text, owners, attendance)


def _one_body_named_with_and(owners: str, attendance: list[AttendanceEntry]) -> bool:
    """ "the Lakes Drug and Alcohol Action Team would provide the lead": one body whose name holds an "and",
    not two owners. The whole ends like a body's name, the words before "and" do not ("Lakes Drug"), and
    none of them is an attendee's name ("Jo Hale and the Community Safety Team" are two)."""
    from ..segment import _ends_like_a_body
    before, sep, _ = owners.partition(" and ")
    words = owners.split()
    if not sep or " and " in owners[len(before) + 5:] or len(words) < 4 \
            or words[-1].lower() not in terms()["organisation_words"] or _ends_like_a_body(before):
        return False
    names = _attendees_name_words(attendance)
    return not any(w.lower() in names for w in before.split())


def _attendees_name_words(attendance: list[AttendanceEntry]) -> set[str]:
    return {w.lower() for a in attendance for w in a.name.split()}


def _posts_rejoined(text: str, owners: list[Owner], attendance: list[AttendanceEntry]) -> list[Owner]:
    """ "Performance and Intelligence Officer to add …": the "and" joins two words of one post, not two
    owners, when the piece before it is one word that is no attendee's name and the piece after it a post."""
    if len(owners) < 2:
        return owners
    names = None
    out: list[Owner] = []
    for owner in owners:
        prev = out[-1] if out else None
        if prev is not None and owner.kind == "role" and prev.kind == "person" and " " not in prev.name \
                and text[prev.span.end:owner.span.start].strip().lower() == "and":
            names = _attendees_name_words(attendance) if names is None else names
            if prev.name.lower() not in names:
                joined = Span(prev.span.start, owner.span.end)
                out[-1] = Owner(name=_SPACES.sub(" ", text[joined.start:joined.end]), span=joined, kind="role")
                continue
        out.append(owner)
    return out


# the owners after a task, on an "Action:" line or in a closing list: "(Owner: DS Smith / Jo Bloggs) – due
# 30 April 2020", "(Owner: Jo Bloggs, by 3 June)", "– Owner: Jo Bloggs – due 3 June", ". Owner: Jo Bloggs.
# Deadline: June", "– Lead: DCI Blackmore"
# (after a bare space the label must be capitalised: "… with youth justice leads - 30 June" ends a task)
_OWNER_FIELD = re.compile(
    r"(?:[ \t]*[(\[][ \t]*|[ \t]+[-–—][ \t]*|[.;,][ \t]+|[ \t]+(?=[A-Z]))(?i:owners?|leads?|responsible|action(?:ed)?\s+by|by\s+whom)"
    r"[ \t]*[:–—-][ \t]*(?P<owners>(?:[^()\[\]\n:;]|\([^()\[\]\n:;]{1,60}\)){1,80}?)"
    r"(?=[ \t]*[)\]]|[,;.]?[ \t]*(?i:by|due|deadline|target(?:\s+date)?|timescale)\b|[ \t]+[-–—][ \t]|[.;]?[ \t]*$)")
# the owner field in square brackets after the task, "[Owner: Jo Hale, LBB]", its text maybe wrapped
_BRACKETED_OWNER_FIELD = re.compile(r"[ \t\n]*\[[ \t]*(?i:owners?|leads?|responsible|action(?:ed)?\s+by)[ \t]*:"
                                    r"[ \t\n]*(?P<owners>[^()\[\]:;]{1,160}?)[ \t\n]*\]")
_LEADING_OWNER_FIELD = re.compile(
    r"[(\[][ \t]*(?i:owners?|leads?)[ \t]*:[ \t]*(?P<owners>[^()\[\];\n]{1,200}?)"
    r"(?:[ \t]*;[ \t]*(?i:by|due|deadline|target(?:\s+date)?)[ \t]*:?[ \t]*[^()\[\]\n]{0,40}?)?[ \t]*[)\]]"
    r"[ \t]*[-–—:]?[ \t]*")


def _owner_pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The owners of an owner field: "Name, Organisation / Name, Organisation" gives each name before
    its comma (a spaced slash between owners, so that "Name, KCC/NHS" stays one); without commas the
    field is a list of names as an "Action:" line writes them."""
    if text.find(",", s, e) < 0:
        return [(s, e)]
    pieces, pos = [], s
    for m in [*re.finditer(r"[ \t]+/[ \t]+", text[s:e]), None]:
        a, b = pos, (s + m.start() if m else e)
        comma = text.find(",", a, b)
        pieces.append((a, comma if comma >= 0 else b))
        pos = s + m.end() if m else e
    return pieces


_ACTION_TASK = re.compile(r"\s+to\s+(?=[a-z])|\s+[-–—]\s+|:\s+")
_DUE = re.compile(r"\b(?:by|before|due|deadline|target\s+date)[ \t]*:?\s+", re.IGNORECASE)
# when a task is due, as an owner part may end with it ("KM by 30 June", "RB/ LH by end of July",
# "JS by the next meeting"): informal notes leave out the year, which find_dates requires
_DUE_WHEN = re.compile(
    r"(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|(?:the\s+)?next\s+meeting\b|\d{1,2}[/.]\d{1,2}\b",
    re.IGNORECASE)


def _date_at_start(s: str) -> bool:
    dates = find_dates(s)
    return bool(dates) and dates[0][1].start == 0


def _end_of_owners(text: str, s: int, e: int) -> int:
    """Where the owners of "KM by 30 June" end: before a due clause that closes the owner part."""
    for dm in _DUE.finditer(text, s, e):
        if dm.start() > s and (_DUE_WHEN.match(text, dm.end(), e) or _date_at_start(text[dm.end():e])):
            return dm.start()
    return e


def due_date_in(text: str, s: int, e: int) -> dt.date | None:
    """The date a task is due by, written after "by" / "due" ("by secure email (…) – due 17 March 2020")."""
    for dm in _DUE.finditer(text, s, e):
        dates = find_dates(text[dm.end():e])
        if dates and dates[0][1].start == 0:
            return dates[0][0]
    return None


# the number an action log gives an action, written after its "Action:" label: "04/25-01", "A12", "3.1",
# maybe parted from the task by a dash ("Action: 24/21 – PO to …")
# (a separator or a letter prefix: "Action: 2 officers to attend" counts people, not actions)
_ACTION_REFERENCE = re.compile(r"(?:[A-Z]{1,3}\d{1,4}(?:[/.-]\d{1,4})*|\d{1,4}(?:[/.-]\d{1,4})+)(?:[ \t]+[–—-])?[ \t]+(?=\S)")


def parse_action_line(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> tuple[list[Owner], Span | None, Span]:
    """Owners and task of an "Action:" line: "Name/Name", "AB to …", "To include …", "Kent Police"."""
    lm = _ACTION_LABEL.match(text, p.span.start, p.span.end)
    in_label = (lm["label_owners"] and "label_owners") or (lm["bare_owners"] and "bare_owners") if lm else None
    if in_label:
        # "ACTION (TE/GA): Arrange a meeting …", "ACTION PM: chase …": the owners in the label, the task after it
        rs, re_ = _trim(text, lm.end(), p.span.end)
        ref = _ACTION_REFERENCE.match(text, rs, re_)
        rs = ref.end() if ref else rs
        if re_ <= rs:
            return [], None, Span(rs, rs)
        owners = _owners_in(text, lm.start(in_label), lm.end(in_label), attendance)
        return owners, Span(rs, re_), Span(rs, re_)
    return parse_action_entry(text, lm.end() if lm else p.text_span.start, p.span.end, attendance, numbered=bool(lm))


def parse_action_entry(text: str, s: int, e: int, attendance: list[AttendanceEntry],
                       numbered: bool = True) -> tuple[list[Owner], Span | None, Span]:
    """Owners and task of the text an action label labels (or of a further line of its cell,
    "24/23 – GW and PO to agree …"); with ``numbered`` an action log's number opening it is skipped."""
    rs, re_ = _trim(text, s, e)
    ref = _ACTION_REFERENCE.match(text, rs, re_) if numbered else None
    if ref:
        rs = ref.end()           # "Action: 04/25-01 SW/PL – publish …": the action's number is nobody
    if re_ <= rs:
        return [], None, Span(rs, rs)
    if re.match(r"to\s", text[rs:re_], re.IGNORECASE):
        return [], Span(rs, re_), Span(rs, re_)
    # "ACTION (Owner: Jo Bloggs, Kent Police / Al Ray, KCC; by: 3 June) – Draft …": owners first, the task after
    lead = _LEADING_OWNER_FIELD.match(text, rs, re_)
    if lead:
        ts, te = _trim(text, lead.end(), re_)
        owners = [o for a, b in _owner_pieces(text, lead.start("owners"), lead.end("owners"))
                  for o in _owners_in(text, a, b, attendance)]
        return owners, (Span(ts, te) if te > ts else None), Span(rs, re_)
    # "Action: Complete the mapping (Owner: Jo Bloggs) – due 28 April 2020": the task, then its owners
    # ("[Owner: Jo Hale, LBB / Sam\nWebb, LBB]": a bracketed field may wrap, each owner's body after a comma)
    bm = _BRACKETED_OWNER_FIELD.search(text, rs, re_)
    if bm and bm.start() > rs:
        ts, te = _trim(text, rs, bm.start())
        owners = [o for a, b in _owner_pieces(text, bm.start("owners"), bm.end("owners"))
                  for o in _owners_in(text, a, b, attendance)]
        if te > ts and owners:
            return owners, Span(ts, te), Span(rs, re_)
    om = _OWNER_FIELD.search(text, rs, re_)
    if om:
        ts, te = _trim(text, rs, om.start())
        if te > ts:
            return _owners_in(text, om.start("owners"), om.end("owners"), attendance), Span(ts, te), Span(rs, re_)
    closing = _closing_owners(text, rs, re_, attendance) or _dashed_owners(text, rs, re_, attendance)
    if closing is not None:
        # "ACTION: Joint patrol around Pier Avenue (Dan - Lakes Police / Tom - LDC)": the task, then
        # who does it in the bracket closing the line
        owners, task_end = closing
        ts, te = _trim(text, rs, task_end)
        return owners, Span(ts, te), Span(rs, re_)
    tm = _ACTION_TASK.search(text, rs, re_)
    owner_end = _end_of_owners(text, rs, tm.start() if tm else re_)
    # a long "owner" part is a sentence without a named owner ("Action: The report should be …")
    if len(text[rs:owner_end].split()) > 12:
        return [], Span(rs, re_), Span(rs, re_)
    owners = _owners_in(text, rs, owner_end, attendance)
    task = Span(rs, re_) if tm else None
    return owners, task, Span(rs, re_)


# the bracket closing an action's text: "(Priya - Lakes Police / Abi - Open Door)", "(Kirsty / Leanne)"
_CLOSING_BRACKET = re.compile(r"\((?P<owners>[^()]{2,160})\)[ \t.]*$")
# one owner of it: the name, then maybe the body after a spaced dash ("Abi - Open Door")
_BRACKET_OWNER_PIECE = re.compile(r"[ \t\n]*(?P<name>[A-Z][\w'’.-]*(?:[ \t\n]+[A-Z][\w'’.-]*){0,5})"
                                  r"(?:[ \t\n]+[-–—][ \t\n]+[^/]+)?[ \t\n]*")


def _closing_owners(text: str, s: int, e: int, attendance: list[AttendanceEntry]
                    ) -> tuple[list[Owner], int] | None:
    """The owners an action line names in the bracket that closes it, and where its task ends."""
    m = _CLOSING_BRACKET.search(text, s, e)
    if m is None or m.start() <= s:
        return None
    # "(Jo Hale / Tom Webb, by 31 March 2024)": the date the task is due closes the owners
    last = _without_due_clause(text, m.start("owners"), m.end("owners"))
    owners = _attendees_named(text, m.start("owners"), last, attendance)
    return (owners, m.start()) if owners else None


def _attendees_named(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> list[Owner]:
    """The people text[s:e] names, when every piece between slashes opens with the name of someone
    in the attendance lists ("Priya - Lakes Police / Abi"); none when a piece names anything else
    (places, dates, acronyms, a task)."""
    known = _attendees_name_words(attendance)
    owners: list[Owner] = []
    pos = s
    for piece in text[s:e].split("/"):
        pm = _BRACKET_OWNER_PIECE.fullmatch(piece)
        bare, _ = _strip_title(pm["name"]) if pm else ("", False)
        if not bare or not all(w.lower() in known for w in bare.split()):
            return []
        found = _owners_in(text, pos + pm.start("name"), pos + pm.end("name"), attendance)
        if len(found) != 1 or found[0].kind != "person":
            return []
        owners.extend(found)
        pos += len(piece) + 1
    return owners


# "Action: Publish the report – Lucy Tregarthen – 30 September 2022": the task, a spaced dash, who does
# it, and maybe one more dash before when
_SPACED_DASH = re.compile(r"[ \t]+[–—-][ \t]+")
_WHEN_PIECE = re.compile(r"(?:by|due|before|end\s+of|ongoing|asap|tbc|tba|immediate(?:ly)?|next|"
                         r"january|february|march|april|may|june|july|august|september|october|november|december|"
                         r"q[1-4]|\d)", re.IGNORECASE)


def _dashed_owners(text: str, s: int, e: int, attendance: list[AttendanceEntry]
                   ) -> tuple[list[Owner], int] | None:
    """The attendees an action line names after its task and a spaced dash (before a due date after
    one more), and where its task ends."""
    cuts = list(_SPACED_DASH.finditer(text, s, e))
    if not cuts or len(cuts) > 3:
        return None
    bounds = [s] + [c.end() for c in cuts]
    ends = [c.start() for c in cuts] + [e]
    last = len(bounds) - 1
    if last >= 2 and _WHEN_PIECE.match(text, bounds[last]):
        last -= 1                       # the last piece says when: the owners stand before it
    owners = _attendees_named(text, *_trim(text, bounds[last], ends[last]), attendance)
    if not owners or len(text[s:ends[last - 1]].split()) < 2:
        return None
    return owners, ends[last - 1]


def _without_due_clause(text: str, s: int, e: int) -> int:
    """Where the owners of "Jo Hale, by 1 March 2024" end: before the comma or semicolon that opens
    a due clause (a date or the next meeting after "by" / "due")."""
    end = _end_of_owners(text, s, e)
    if end == e:
        return e
    while end > s and text[end - 1] in " \t\n,;":
        end -= 1
    return end


def _owner_key(name: str) -> str:
    bare, _ = _strip_title(name)
    words = _norm(bare).split()
    return words[-1] if words else ""


# an action's fields on the lines under it: "ACTION 3.1: Provide a breakdown …" / "Owner: Jo Bloggs / Al Ray" /
# "Deadline: 18 January 2017"
_OWNER_FIELD_LINE = re.compile(r"[ \t*_]*(?i:owners?|leads?|responsible(?:\s+officer)?|action(?:ed)?\s+by|by\s+whom)"
                               r"[ \t*_]*:[ \t*_]*(?P<owners>[^\n]*[^\s*_])")
_DUE_FIELD_LINE = re.compile(r"[ \t*_]*(?i:deadline|due(?:\s+date)?|by\s+when|target(?:\s+date)?|timescale|date)"
                             r"[ \t*_]*:[ \t*_]*(?P<due>[^\n]*)")


# --------------------------------------------------------------------------- shared, from the actions section


# one owner's initials: "LW"; "HMu" (a letter of the surname added to tell two attendees apart, never
# an "s": "CCGs to …" is a plural of bodies); "LMcC" (a Mc or Mac surname keeps its prefix)
_ONE_OWNER_INITIALS = r"(?:[A-Z]{2,4}|[A-Z]{2,3}[a-rt-z]|[A-Z]{1,2}Ma?c[A-Z])"
_OWNER_INITIALS = rf"{_ONE_OWNER_INITIALS}(?:\s*(?:/|,|&|\band\b)\s*{_ONE_OWNER_INITIALS})*"


# "… in time for the next meeting [Action: PC].", "… back in February. [Action: RL]": a bracketed marker
# with owner initials closes the sentence it assigns, before or after its full stop; a numbered tag may
# carry its due date after a dash ("… by the end of the year.\n[ACTION 4: AB/CD — 15/01/2020]")
_BRACKETED_MARKER = re.compile(rf"[\[(][ \t]*(?-i:ACTION|Action)(?:[ \t]+(?:(?i:no)\.?[ \t]*)?\d{{1,3}})?[ \t]*[-–—:][ \t]*"
                               rf"(?P<owners>{_OWNER_INITIALS})"
                               rf"(?:[ \t]*[-–—,][ \t]*(?P<due>\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{{2,8}}(?:[ \t]+\d{{4}})?))?"
                               rf"[ \t]*[\])]")


def _names_in(text: str, name: str) -> bool:
    """Whether ``text`` names the person ``name``: in full, by surname or by initials ("AD" for
    "Ann Dent", as notes keyed by initials write them)."""
    bare, _ = _strip_title(name)
    words = bare.split()
    forms = {bare, words[-1], "".join(w[0] for w in words if w[:1].isupper())} if words else set()
    return any(len(f) >= 2 and re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms)
