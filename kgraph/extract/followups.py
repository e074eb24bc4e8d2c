"""Actions written in prose: follow-ups assigned to a named person ("Ms X agreed to …"),
arrowed lines ("→ Morag to make the changes …"), shouted labels, tasks given to an office holder
by a resolution, a Markdown checklist, follow-ups whose subject is a pronoun or left out, and
owners' initials before or after a task.
"""
from __future__ import annotations

import re

from ..dates import find_dates
from ..model import Action, AttendanceEntry, Decision, ItemSegment, Owner, Paragraph, Span
from ..segment import _compiled, _org_word_re, job_re

from .common import _norm, sentence_bounds, _SENTENCE_BREAK, _SPACES, _trim
from .owners import (_CHAIR, _date_at_start, due_date_in, _DUE_WHEN, is_person_name, _OWNER_INITIALS, _owner_key,
                     _owner_kind, _owners_in, resolve_initials, _strip_title, _title_alt, _with_first_name_resolved)


# --------------------------------------------------------------------------- actions


def _name_re() -> str:
    # after the initials, a title before a capitalised word starts a name rather than continuing one:
    # in "… in Band A. Mr Sturridge agreed to …" the "A." ends a sentence and is nobody's initial
    return (rf"(?:(?i:{_title_alt()})\.?\s+)?(?:[A-Z]\.?\s+){{0,2}}(?!(?i:{_title_alt()})\.?\s+[A-Z])"
            rf"[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){{0,2}}")


# a follow-up verb is found in two steps: a fast scan for its first word, then the full match
_PROSE_VERB_SCAN = re.compile(r"\s(?:offered|agreed|undertook|volunteered|promised|committed|was|were|said|"
                              r"confirmed|indicated|stated|advised|would|will)\s")
_PROSE_VERB = re.compile(
    r"(?P<verb>(?:offered|agreed|undertook|volunteered|promised|committed)\s+to|"
    # "JS offered Victim Support volunteers for the stalls": an offer of something, not of thanks
    r"offered(?=\s+(?!(?:(?:his|her|their|our|its)\s+)?(?:apologies|thanks|congratulations|condolences|"
    r"sympathy|sympathies|best\s+wishes|comments?|views?|observations?)\b)(?:[A-Z]|(?:a|an|the|his|her|their|some)\s))|"
    r"(?:was|were)\s+(?:also\s+)?(?:asked|requested|tasked)\s+to|"
    # "… and said he would take no part in the discussion": a promise not to act is no follow-up
    # ("Kemi said she'd find out and report back": informal notes contract "she would")
    r"(?:said|confirmed|indicated|stated|advised|agreed|undertook)\s+(?:that\s+)?(?:he|she|they)(?:\s+(?:would|will)|['’](?:d|ll)\b)"
    # ("… indicated that he would remain in the meeting / leave the room / abstain": his conduct in the
    # meeting itself, over by its end, is no follow-up)
    # ("… said that she would be retiring in the spring": news of the speaker's own move, no task)
    r"(?!\s+(?:not|never|remain|stay|leave|withdraw|abstain)\b|\s+[a-z]+\s+no\b|"
    r"\s+be\s+(?:leaving|retiring|moving|away|absent|stepping\s+down)\b)|"
    r"(?:would|will)\s+(?:bring|provide|circulate|report|send|share|arrange|update|present|investigate|"
    r"look\s+into|follow\s+up|contact|write|check|liaise|seek|feed\s+back|prepare|organise|draft|"
    r"review|raise|pass|forward|email|e-mail|submit|produce|establish|convene|set\s+up|add|include|confirm|commission))\b")
# cheap substring test before the regex runs on a paragraph
_PROSE_HINTS = (" to ", " would ", " will ", " offered ", "'d ", "’d ", "'ll ", "’ll ")
_OWNER_WINDOW = 160


def _owners_before_re() -> re.Pattern:
    """Names (joined by commas/"and") that end right where a follow-up verb starts. A comma before
    "and" joins a list only after another comma ("A, B, and C"): "The Chair thanked Mrs X, and
    Supt Y undertook to …" joins two clauses, and only Supt Y undertakes."""
    def build() -> re.Pattern:
        name = _name_re()
        joined = rf"(?:(?:\s*,\s*{name})+(?:\s*,?\s*(?:and|&)\s+{name})?|\s+(?:and|&)\s+{name})?"
        # (?=[A-Z]) after a word boundary: the search fails fast at positions that cannot start a name
        return re.compile(rf"(?<![\w'’-])(?=[A-Z])(?P<owners>{name}{joined})"
                          rf"(?:\s*\([^()\n]{{1,120}}\))?"      # the person's role in apposition
                          rf"(?:\s+(?:also|kindly|further|then|subsequently|duly))?\s+$")
    return _compiled("owners-before", build)


def _titled_owner_to_re() -> re.Pattern:
    """A paragraph opening "Mr Pryce to circulate …" / "Cllr A Brown and Ms Lal to meet …": an action line
    without its "Action:" label; a title is required so that "Members to note …" is not read as a name."""
    def build() -> re.Pattern:
        titled = rf"(?i:{_title_alt()})\.?\s+(?:[A-Z]\.?\s+){{0,2}}[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+)?"
        return re.compile(rf"(?P<owners>{titled}(?:\s*(?:,|\band\b|&|/)\s*{titled})*)\s+to\s+(?!be\s)(?=[a-z])")
    return _compiled("titled-owner-to", build)


# "→ Fraser to chase …": the arrows that mark a line as an action in typed notes ("->", "=>" typed so)
_ACTION_ARROWS = frozenset({"→", "➔", "➜", "⇒", "->", "-->", "=>"})
# "Donnie and Calum to confirm …", "Shona, Ruth and Kate to draft …": names (first names or full) before "to"
_ARROW_OWNERS = (r"(?P<owners>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
                 r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]*/[ \t]*)[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})*)")
_ARROW_OWNERS_TO = re.compile(_ARROW_OWNERS + r"[ \t]+to[ \t]+(?!be[ \t])(?=[a-z])")
# "→ Jo Hale and Tom Webb by 24 July 2024: scope the pilot …": the owners, when the task is due, a colon
# and the task
_ARROW_OWNERS_BY_DATE = re.compile(_ARROW_OWNERS + r"[ \t]+by[ \t]+(?P<due>[^:\n]{3,40}?)[ \t]*:[ \t]*(?=\S)")
# "→ Ellie / Nick: arrange a joint walkabout …": the owners, a colon, the task in lower case
_ARROW_OWNERS_COLON = re.compile(_ARROW_OWNERS + r"[ \t]*:[ \t]*(?=[a-z])")


def arrow_action(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> Action | None:
    """A line marked with an arrow, "→ Morag to make the changes …", "→ Morag: make the changes …" or
    "→ Morag by 3 May 2024: make the changes …": an action of the people named before "to" (or "by" and the due date; first names
    stand for the attendee of that first name). The task is the line."""
    if p.enumerator is None or p.enumerator not in _ACTION_ARROWS:
        return None
    s, e = _trim(text, p.text_span.start, p.text_span.end)
    m = _ARROW_OWNERS_TO.match(text, s, e) or _ARROW_OWNERS_COLON.match(text, s, e)
    due_from = m.end() if m else None
    if m is None:
        m = _ARROW_OWNERS_BY_DATE.match(text, s, e)
        if m is None or not _DUE_WHEN.match(m["due"]) and not _date_at_start(m["due"]):
            return None
        due_from = m.end("owners")
    owners = [_with_first_name_resolved(o, attendance) for o in _owners_in(text, m.start("owners"), m.end("owners"), attendance)]
    if not owners or not all(o.kind == "person" for o in owners):
        return None
    return Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True, due=due_date_in(text, due_from, e))


# "ACTION Nathan Oddie to circulate …": the label in capitals with no colon or dash after it, then the
# line reads as an action line without a label does (owners before "to")
_BARE_SHOUTED_LABEL = re.compile(r"(?:ACTIONS?|ACTION[ \t]+POINT)[ \t]+(?=[A-Z][a-z])")


def shouted_label_action(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> Action | None:
    """A line opened by "ACTION" without a colon, then people named before "to" and the task: an
    action of those people (each must read as a person's name, so "ACTION Members to note …" is none).
    The task is the line after the label."""
    s, e = _trim(text, p.text_span.start, p.text_span.end)
    label = _BARE_SHOUTED_LABEL.match(text, s, e)
    if label is None:
        return None
    m = _ARROW_OWNERS_TO.match(text, label.end(), e)
    if m is None:
        return None
    owners = [_with_first_name_resolved(o, attendance) for o in _owners_in(text, m.start("owners"), m.end("owners"), attendance)]
    if not owners or not all(o.kind == "person" and is_person_name(o.name, attendance) for o in owners):
        return None
    s = label.end()
    return Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=True, due=due_date_in(text, m.end(), e))


# "The Commissioner", "the Chief Constable": an office named by its last words, after "the"
_OFFICE_WORDS = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?i:the)[ \t\n]+$")
_THE_OFFICE = re.compile(rf"(?i:the)[ \t\n]+(?P<office>{_OFFICE_WORDS})")
# the office as a follow-up's subject may also be a longer title joined by "of" / "and" ("The Head of
# Performance and Scrutiny will …") or its initials ("The DCC agreed to …", the attendance giving
# "Deputy Chief Constable (DCC)")
_LONG_OFFICE_WORDS = r"[A-Z][a-z]+(?:[ \t]+(?:(?:of|and|for)[ \t]+)?[A-Z][a-z]+){0,4}"
_OFFICE_INITIALS = r"[A-Z]{2,5}"
_THE_NAMED_OFFICE = re.compile(rf"(?i:the)[ \t\n]+(?:(?P<initials>{_OFFICE_INITIALS})|(?P<office>{_LONG_OFFICE_WORDS}))")
_OFFICE_SUBJECT_BEFORE = re.compile(rf"(?<![\w'’-])(?P<owners>(?i:the)[ \t\n]+(?:{_OFFICE_INITIALS}|{_LONG_OFFICE_WORDS}))[ \t\n]*$")


def _office_holder(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> list[Owner]:
    """ "The Commissioner agreed to …" at a meeting attended by "Jonathan Everthorpe (Police and Crime
    Commissioner)": the one attendee whose post (the role, or else the one body in the parenthesis)
    ends with the office is its holder. The chair is not resolved: chairs change between meetings."""
    # ("The Community Safety Manager undertook to …": the owners read may leave out the article)
    article = _ARTICLE_BEFORE.search(text, max(0, s - 5), s)
    m = _THE_NAMED_OFFICE.fullmatch(text, article.start() if article else s, e)
    if m is not None and m["initials"]:
        holders = {a.name for a in attendance if a.list_kind != "apologies" and _role_has_initials(a.role, m["initials"])}
        return [Owner(name=holders.pop(), span=Span(m.start(), e), kind="person")] if len(holders) == 1 else []
    # (a post's words: "The Council said …" names a body, which an attendee is listed from, not a post)
    if m is None or _CHAIR.match(m["office"].lower()) or not job_re().search(m["office"]) \
            or _org_word_re().search(m["office"]):
        return []
    office = _norm(m["office"])
    holders = {a.name for a in attendance if a.list_kind != "apologies" and _post_of(a)
               and _holds_office(_norm(_post_of(a)), office)}
    if len(holders) != 1:
        return []
    return [Owner(name=holders.pop(), span=Span(m.start(), e), kind="person")]


# "RESOLVED that … (ii) the Community Safety Manager prepare a protocol …": a resolution whose subject is
# an office, its verb a bare infinitive (the subjunctive of a resolution), directs the office's holder
_RESOLVED_OFFICE_TASK = re.compile(rf"(?:(?i:that)[ \t\n]+)?(?P<owners>(?i:the)[ \t]+{_OFFICE_WORDS})"
                                   r"[ \t\n]+(?!be\b|is\b|was\b|were\b|has\b|had\b|will\b|would\b|should\b|may\b)"
                                   r"(?P<verb>[a-z]{3,}(?<![^s]s)(?<!ed)(?<!ing))\b")


# "… that the Panel supports the priorities and asks the Commissioner to report on …": the body asks an
# office to do something, which is the office holder's task
_RESOLUTION_ASKS_OFFICE = re.compile(rf"\b(?:asks?|requests?|invites?)[ \t\n]+the[ \t\n]+(?P<owners>{_OFFICE_WORDS})"
                                     r"[ \t\n]+to[ \t\n]+[a-z]")


def resolved_office_tasks(text: str, decisions: list[Decision], attendance: list[AttendanceEntry]) -> list[Action]:
    """Implicit actions of resolutions that direct the one attendee holding an office ("… that the
    Community Safety Manager prepare a protocol …", the attendance giving her that post; "… and asks
    the Commissioner to report …")."""
    found: list[Action] = []
    for d in decisions:
        m = _RESOLVED_OFFICE_TASK.match(text, d.span.start, d.span.end) or \
            _RESOLUTION_ASKS_OFFICE.search(text, d.span.start, d.span.end)
        if m is None:
            continue
        owners = _office_holder(text, m.start("owners"), m.end("owners"), attendance)
        if owners:
            found.append(Action(text=d.text, span=d.span, owners=owners, explicit=False))
    return found


# "Clerk to write to the Highways Authority …" / "The Clerk to circulate …": a line opening with an office
# and "to" and its verb, an action line without its label whose owner is that office
_OFFICE_TO_TASK = re.compile(rf"(?:(?i:the)[ \t]+)?(?P<office>{_OFFICE_WORDS})[ \t]+to[ \t]+(?!be[ \t])(?=[a-z])")


def office_to_task_action(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> Action | None:
    """An explicit action of the one attendee who holds the office a paragraph opens with ("Clerk to
    write to …", the attendance listing "Mrs J Hale - Parish Clerk"). An office no attendee holds, or
    that several hold, names nobody: no action is read."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    m = _OFFICE_TO_TASK.match(text, ps, pe)
    if m is None:
        return None
    office = m["office"]
    if _CHAIR.match(office.lower()) or not job_re().search(office) or _org_word_re().search(office):
        return None
    key = _norm(office)
    holders = {a.name for a in attendance if a.list_kind != "apologies" and _post_of(a)
               and _holds_office(_norm(_post_of(a)), key)}
    if len(holders) != 1:
        return None
    owner = Owner(name=holders.pop(), span=Span(m.start("office"), m.end("office")), kind="person")
    return Action(text=text[ps:pe], span=Span(ps, pe), owners=[owner], explicit=True)


def _office_subject_holder(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> list[Owner]:
    """ "The Head of Performance and Scrutiny will …": the names read before the verb were the office's
    last words ("Performance and Scrutiny"); the whole office, from its "The", is its one holder's."""
    m = _OFFICE_SUBJECT_BEFORE.search(text, max(s, e - 80), e)
    return _office_holder(text, m.start("owners"), e, attendance) if m else []


def _role_has_initials(role: str | None, initials: str) -> bool:
    """ "Deputy Chief Constable (DCC)" or "Deputy Chief Constable" is the role "the DCC" names: the
    initials bracketed after it, or those of its capitalised words. Only a role (not a body the
    attendee is listed from) is an office: "the ICB" names a body."""
    if not role or _org_word_re().search(role):
        return False
    if f"({initials})" in role:
        return True
    return "".join(w[0] for w in re.findall(r"\b[A-Z][a-z]+", role.split("(", 1)[0])) == initials


def _holds_office(post: str, office: str) -> bool:
    """A post is the office as the minutes name it: the same words, the office's last words ("police and
    crime commissioner" is "the Commissioner"), or its first and last words with the middle left out
    ("deputy police and crime commissioner" is "the Deputy Commissioner")."""
    if post == office or post.endswith(" " + office):
        return True
    # "Lakeby Commissioner for Police, Fire and Crime" is "the Commissioner": the post's head before "for"
    head = post.split(" for ", 1)[0]
    if head != post and (head == office or head.endswith(" " + office)):
        return True
    words, posts = office.split(), post.split()
    return len(words) >= 2 and len(posts) > len(words) and posts[:len(words) - 1] == words[:-1] \
        and posts[-1] == words[-1]


def _post_of(entry: AttendanceEntry) -> str | None:
    """An attendee's post: the role, else a lone parenthesis read as a body ("Police and Crime Commissioner")."""
    if entry.role:
        return entry.role
    return entry.organisations[0] if len(entry.organisations) == 1 else None


def prose_followups(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    """(owners start, owners end, verb end) of each "X offered to / agreed to / said she would …"."""
    para = text[s:e]        # sliced once, not once per hint
    if not any(hint in para for hint in _PROSE_HINTS):
        return []
    out = []
    for hit in _PROSE_VERB_SCAN.finditer(text, s, e):
        v = _PROSE_VERB.match(text, hit.start() + 1, e)
        if v is None:
            continue
        ws = max(s, v.start() - _OWNER_WINDOW)
        m = _owners_before_re().search(text, ws, v.start())
        if m is None and _COORDINATED.search(text, max(s, v.start() - 8), v.start()) \
                and re.match(_COMMITMENT_VERBS, v["verb"]):
            m = _reported_subject(text, s, v.start())
            # "X said that Mr Y had found …, and offered to …": with another person named in the
            # reported clause, whose offer it was is not clear
            if m is not None and _titled_name_re().search(text, m.end(), v.start()):
                m = None
        # ("Dr X said that GP practices were not aware, and she undertook to raise this …": a
        # pronoun's commitment after the speaker's report, as "… and that she would raise this" is)
        if m is None and (v["verb"].startswith(("would", "will")) or re.match(_COMMITMENT_VERBS, v["verb"])):
            m = _pronoun_reported_subject(text, s, v.start())
        # ("The Head of Performance and Scrutiny will include …": an office as the subject, its one
        # holder found from the attendance by _office_holder)
        if m is None:
            m = _OFFICE_SUBJECT_BEFORE.search(text, ws, v.start())
        if m:
            out.append((m.start("owners"), m.end("owners"), v.end()))
    return out


def _action_for_name_re() -> re.Pattern:
    """ "The action for Marcus Greaves to map Prevent training … remains open": an action (carried from
    an earlier meeting or set now) that the minutes assign by name in their prose."""
    def build() -> re.Pattern:
        name = _name_re()
        return re.compile(rf"\b[Aa]ctions?[ \t\n]+(?:for|on)[ \t\n]+(?P<owners>{name}(?:\s+(?:and|&)\s+{name})?)"
                          rf"\s+(?P<to>to)\s+(?!be\s)(?=[a-z])")
    return _compiled("action-for-name", build)


def assigned_action_followups(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    """(owners start, owners end, "to" end) of each "the action for Name to <verb> …" in text[s:e]."""
    if text.find("ction for ", s, e) < 0 and text.find("ction on ", s, e) < 0:
        return []
    return [(m.start("owners"), m.end("owners"), m.end("to")) for m in _action_for_name_re().finditer(text, s, e)]


# "Superintendent Kerr advised that the team covered the county and that he would provide figures":
# the second reported clause, its subject a pronoun, is the speaker's commitment (the "that" may be
# left out: "The Commissioner said this depended on the settlement and he would write to members")
_AND_THAT_PRONOUN = re.compile(r"\s+and\s+(?:that\s+)?(?P<pronoun>he|she)\s+$")


def _pronoun_reported_subject(text: str, s: int, verb_start: int) -> re.Match | None:
    """The speaker ("Name advised …") whose "… and that he/she would <verb>" a follow-up is; none when
    another titled person is named between them, or the pronoun does not fit the speaker's title."""
    pm = _AND_THAT_PRONOUN.search(text, max(s, verb_start - 16), verb_start)
    if pm is None:
        return None
    m = _reported_subject(text, s, pm.start())
    if m is None or _titled_name_re().search(text, m.end(), pm.start()) \
            or not _gender_fits(m["owners"], pm["pronoun"].capitalize()):
        return None
    return m


# "Supt Cardew advised that every ward had an officer, and agreed to provide …": a follow-up verb
# joined by "and" to an earlier verb of the same sentence belongs to that verb's subject; so does one
# joined by "but" ("Insp Hale said there was no rise but offered to provide the figures")
_COORDINATED = re.compile(r",?\s+(?:and|but)\s+$")
_REPORTING_VERBS = ("advised|said|reported|confirmed|explained|stated|informed|noted|acknowledged|updated|"
                    "responded|replied|outlined|presented|accepted|welcomed")


def _reported_subject_re() -> re.Pattern:
    def build() -> re.Pattern:
        return re.compile(rf"(?<![\w'’-])(?=[A-Z])(?P<owners>{_name_re()})\s+(?:also\s+)?(?:{_REPORTING_VERBS})\b")
    return _compiled("reported-subject", build)


def _reported_subject(text: str, s: int, verb_start: int) -> re.Match | None:
    """The last "Name advised/said/…" of the sentence that a coordinated follow-up verb closes."""
    ws = max(s, verb_start - 2 * _OWNER_WINDOW)
    stop = max(text.rfind(". ", ws, verb_start), text.rfind("\n", ws, verb_start))
    found = None
    for found in _reported_subject_re().finditer(text, stop + 1 if stop >= 0 else ws, verb_start):
        pass
    return found


# a Markdown task-list line: "- [ ] **Name / Name:** task (due date)"; the bold lead names the owners
_CHECKLIST_LINE = re.compile(
    r"[ \t]*(?:[-*+][ \t]+)?\[(?P<box>[ xX]?)\][ \t]+"
    r"(?:(?:\*\*|__)(?P<owners>[^*_:\n]{1,80}?)[ \t]*(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:)[ \t]*)?"
    r"(?P<task>[^\n]*)")
_TRAILING_DUE = re.compile(r"[ \t]*\((?P<due>[^()\n]{1,40})\)[ \t.]*$")
# "Action log review:", "Actions from the previous meeting:": a list's lead-in naming an earlier meeting's
# actions, whose ticked boxes report them done (a ticked box under "Action items" was done in the meeting)
_PAST_ACTIONS_LEAD = re.compile(
    r"\baction[ \t]+(?:log|tracker|register)\b|"
    r"\b(?:previous|last|earlier|outstanding)[ \t]+(?:meeting['’]s[ \t]+)?actions?\b|"
    r"\bactions?[ \t]+(?:from|arising[ \t]+from)[ \t]+(?:the[ \t]+)?(?:previous|last|earlier)\b", re.IGNORECASE)


def checklist_actions(text: str, item: ItemSegment, attendance: list[AttendanceEntry]) -> list[Action]:
    """Markdown task lists ("- [ ] **Owner:** task (30 November 2021)"): each box is an explicit action,
    owned by the names of its bold lead; a bracketed date at the end is its due date, not its task."""
    actions: list[Action] = []
    lead = ""       # the last paragraph above that is no box: the lead-in of the list the box is in
    for p in item.paragraphs:
        m = _CHECKLIST_LINE.match(text, p.span.start, p.span.end)
        if m is None:
            lead = text[p.span.start:p.span.end]
            continue
        if m["box"].strip() and _PAST_ACTIONS_LEAD.search(lead):
            continue    # "Action log review:" over "- [x] @Jo Hale to …": an earlier meeting's action, done
        ts, te = _trim(text, m.start("task"), m.end("task"))
        due = None
        dm = _TRAILING_DUE.search(text, ts, te)
        if dm:
            dates = find_dates(dm["due"])
            if dates or dm["due"].strip().lower().startswith(("next", "by ", "end ", "when")):
                due = dates[0][0] if dates else None
                ts, te = _trim(text, ts, dm.start())
        if te <= ts:
            continue
        owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance) if m["owners"] else []
        listed = False
        if not owners:
            mentioned = _MENTIONED_OWNERS.match(text, ts, te)
            if mentioned is not None:
                owners = _mentioned_owners(text, mentioned.start(), mentioned.end("owners"), attendance)
                ts = mentioned.end()
                listed = bool(owners)   # a checklist naming its owners so closes the notes, as a list of actions
        actions.append(Action(text=text[ts:te], span=Span(ts, te), owners=owners, explicit=True, due=due,
                              listed=listed))
    return actions


# "@Ana Lowe @Jo Hale – submit the bid": a checklist's entry led by person chips, a spaced dash
# before its task (a hyphen inside a name, "Mercer-Ibe", is no dash)
_MENTIONED_OWNERS = re.compile(
    r"(?P<owners>@[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
    r"(?:[ \t]*(?:,|&|\band\b)?[ \t]*@[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})*)"
    # ("@Ana Lowe to submit the bid by 30/06/2024": the chip the subject of the task's "to")
    r"(?:[ \t]+[–—-][ \t]+|[ \t]+to[ \t]+(?=[a-z]))")


def _mentioned_owners(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> list[Owner]:
    """The people of the chips in text[s:e], one owner a chip."""
    owners: list[Owner] = []
    chips = [m.start() for m in re.finditer("@", text[s:e])]
    for k, at in enumerate(chips):
        a = s + at + 1
        b = s + chips[k + 1] if k + 1 < len(chips) else e
        owners.extend(_owners_in(text, a, b, attendance))
    return owners


# a follow-up verb with no name before it: "…, and offered to …" (the subject left out after "and") or
# "He agreed to …" (a singular personal pronoun); each pattern opens with a literal, so that the scan is fast
_COMMITMENT_VERBS = r"offered|agreed|undertook|volunteered|promised|committed|said|confirmed|indicated|stated|advised"
_ADVERB = r"(?:(?:also|then|later|kindly|further)[ \t\n]+)?"
# "… that the Group would lead on it, and would report …": after "and" a plan or a request may be the
# subordinate clause's subject's, so only a commitment ("offered to", "said she would") is the speaker's
_AND_VERB = re.compile(rf"and[ \t\n]+{_ADVERB}(?=(?:{_COMMITMENT_VERBS})[ \t\n])")
_PRONOUN_VERB = re.compile(rf"(?P<pronoun>He|She)[ \t\n]+{_ADVERB}(?=(?:{_COMMITMENT_VERBS}|was|were|would|will)[ \t\n])")
_PRONOUN_GENDER = {"He": "m", "She": "f"}
# the pronoun's forms inside a sentence ("… and he asked partners …")
_PRONOUN_FORMS = {"He": re.compile(r"\b(?:[Hh]e|his|him)\b"), "She": re.compile(r"\b(?:[Ss]he|her|hers)\b")}


def _subject_re() -> re.Pattern:
    """A sentence opened by a name and its verb: "Ms Ranawake said …", "Karl Davenport (YOT) reported …"."""
    return _compiled("sentence-subject", lambda: re.compile(
        rf"(?P<name>{_name_re()})(?:[ \t]*\([^()\n]{{1,120}}\))?[ \t\n]+(?=[a-z])"))


def _titled_name_re() -> re.Pattern:
    return _compiled("titled-name", lambda: re.compile(
        rf"(?<![\w'’-])(?i:{_title_alt()})\.?\s+(?:[A-Z]\.?\s+){{0,2}}[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+)?"))


def _sentence_subject(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> Owner | None:
    """The person a sentence opens with, when its subject is a named person."""
    m = _subject_re().match(text, s, e)
    if m is None or not is_person_name(m["name"], attendance):
        return None
    kind, name = _owner_kind(m["name"], attendance)
    return Owner(name=_SPACES.sub(" ", name), span=Span(m.start("name"), m.end("name"))) if kind == "person" else None


def _rank_or_office_holder(text: str, office: re.Match, attendance: list[AttendanceEntry]) -> list[Owner]:
    """ "the Inspector": the one attendee listed under that rank or title ("Inspector Lucy Fell"), else
    the one holding that post (:func:`_office_holder`)."""
    rank = office["office"].lower()
    ranked = {a.name for a in attendance if a.list_kind != "apologies" and a.name.lower().startswith(rank + " ")}
    if len(ranked) == 1:
        return [Owner(name=ranked.pop(), span=Span(office.start(), office.end()), kind="person")]
    return _office_holder(text, office.start("office"), office.end("office"), attendance)


def _people_named(text: str, s: int, e: int, attendance: list[AttendanceEntry]) -> dict[str, Owner]:
    """The people a stretch of text names, by surname: titled names, attendees' full names, its subject."""
    found: dict[str, Owner] = {}
    subject = _sentence_subject(text, s, e, attendance)
    if subject is not None:
        found[_owner_key(subject.name)] = subject
    for m in _titled_name_re().finditer(text, s, e):
        found.setdefault(_owner_key(m.group()), Owner(name=_SPACES.sub(" ", m.group()), span=Span(m.start(), m.end())))
    for entry in attendance:
        bare = _strip_title(entry.name)[0].strip()
        if len(bare.split()) < 2:
            continue
        at = text.find(bare, s, e)
        if at >= 0:
            found.setdefault(_owner_key(bare), Owner(name=bare, span=Span(at, at + len(bare))))
    return found


def _last_char_before(text: str, s: int, pos: int) -> int:
    """The last non-space character of text[s:pos] (the full stop that ends the sentence before pos)."""
    j = pos - 1
    while j > s and text[j].isspace():
        j -= 1
    return j


def _gender_fits(name: str, pronoun: str) -> bool:
    from ..entities.gazetteer import lexicon
    title = _compiled("title-prefix", lambda: re.compile(rf"(?:{_title_alt()})\.?\s+", re.IGNORECASE)).match(name)
    gender = lexicon().extras.get(("gender", title.group().strip().rstrip(".").lower())) if title else None
    return gender is None or gender == _PRONOUN_GENDER[pronoun]


def has_subjectless_verb(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] may hold a follow-up verb after "and" or "He"/"She" (one look per item)."""
    if _AND_VERB.search(text, s, e) is not None:
        return True
    body = text[s:e]
    return ("He" in body or "She" in body) and _PRONOUN_VERB.search(text, s, e) is not None


def _same_followup(a: Action, b: Action) -> bool:
    """Two readings of one follow-up: the same owner, and spans that end together."""
    return a.span.end == b.span.end and \
        {_owner_key(o.name) for o in a.owners} == {_owner_key(o.name) for o in b.owners}


def subject_followups(text: str, paras: list[Paragraph], k: int, attendance: list[AttendanceEntry],
                      explicit_owners: set[str]) -> list[Action]:
    """Prose follow-ups whose owner is not written just before the verb.

    "Ms X said that …, and offered to …": the owner is the person the sentence opens with, when it
    names no other person before the verb. "He agreed to bring …": the owner is the person named in
    the sentence before (in the paragraph, or the end of the one before it) when that sentence names
    exactly one person and a title, if any, fits the pronoun."""
    p = paras[k]
    s, e = p.text_span.start, p.text_span.end
    out: list[Action] = []
    hits = [(m.start(), m.end(), None) for m in _AND_VERB.finditer(text, s, e)
            if m.start() > s and text[m.start() - 1] in ", \t\n"]
    para = text[s:e]
    if "He " in para or "She " in para or "He\n" in para or "She\n" in para:
        hits += [(m.start(), m.end(), m["pronoun"]) for m in _PRONOUN_VERB.finditer(text, s, e)]
    for hit_start, hit_end, pronoun in sorted(hits):
        v = _PROSE_VERB.match(text, hit_end, e)
        if v is None:
            continue
        ss, se = sentence_bounds(text, s, e, v.start())
        owner, start = None, ss
        if pronoun is not None:
            if hit_start != ss:
                continue            # "He" opens the sentence
            if ss > s:
                ps, _ = sentence_bounds(text, s, e, _last_char_before(text, s, ss))
            elif k > 0 and paras[k - 1].text_span.end > paras[k - 1].text_span.start:
                prev = paras[k - 1].text_span
                ps, _ = sentence_bounds(text, prev.start, prev.end, _last_char_before(text, prev.start, prev.end))
            else:
                continue
            named = _people_named(text, ps, ss, attendance)
            if not named and s < ps and _PRONOUN_FORMS[pronoun].search(text, ps, ss):
                # "Jo Hale gave an update. Referrals were low, and he asked … . He will send …": the
                # sentence before speaks of the same person unnamed, the one before it names him
                ps, _ = sentence_bounds(text, s, e, _last_char_before(text, s, ps))
                named = _people_named(text, ps, ss, attendance)
            if not named:
                # "The Commissioner said that … . She agreed to send …": the sentence before opens with
                # an office that one attendee holds
                office = _THE_OFFICE.search(text, ps, min(ss, ps + 24))
                holders = _office_holder(text, office.start("office"), office.end("office"), attendance) if office else []
                named = {_owner_key(holders[0].name): holders[0]} if holders else named
            if len(named) == 1:
                owner = next(iter(named.values()))
                owner = owner if _gender_fits(owner.name, pronoun) else None
                start = ps
        else:
            # "Cllr A asked for …; the Inspector responded that … and undertook to …": after a semicolon
            # the clause has a subject of its own
            clause = text.rfind(";", ss, hit_start)
            cs = ss if clause < 0 else clause + 1 + len(text[clause + 1:hit_start]) - len(text[clause + 1:hit_start].lstrip())
            subject = _sentence_subject(text, cs, v.start(), attendance)
            if subject is not None and len(_people_named(text, cs, v.start(), attendance)) == 1:
                owner = subject
            elif clause >= 0 and not _people_named(text, cs, v.start(), attendance):
                office = _THE_OFFICE.match(text, cs, hit_start)
                holders = _rank_or_office_holder(text, office, attendance) if office else []
                owner = holders[0] if holders else None
        if owner is None or _owner_key(owner.name) in explicit_owners:
            continue
        a, b = _trim(text, start, se)
        out.append(Action(text=text[a:b], span=Span(a, b), owners=[owner], explicit=False))
    return out


# "LW to order …", "GS / MT to arrange …" ("PSPO to be refreshed" is a passive task, not an owner)
_LEADING_INITIALS = re.compile(rf"(?P<owners>{_OWNER_INITIALS})\s+(?:to|will)\s+(?!be\s)(?=[a-z])")
# "Circulate the hotspot map – LW", "… (LW/JB)", "… Action: LW" is handled as an Action line
_TRAILING_INITIALS = re.compile(rf"(?:\s+[-–—]\s*|\s*\(\s*)(?P<owners>{_OWNER_INITIALS})\s*\)?\s*[.;]?\s*$")


def initials_followups(text: str, p: Paragraph, attendance: list[AttendanceEntry]) -> list[Action]:
    """ "AP to take learning to the ICB group", "… repeat rate 31% (RB to check the benchmark)": the
    initials of attendees as the subject of "to <verb>", opening the paragraph or a bracket. Initials
    that the attendance list does not give anyone ("PSPO to …", "ICB to …") are no owners."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    found: list[Action] = []
    if not attendance or text.find(" to ", ps, pe) < 0:
        return found
    starts = [ps] + [ps + m.end() for m in _SENTENCE_BREAK.finditer(text[ps:pe])]
    bracket = text.find("(", ps, pe)
    while bracket >= 0:
        starts.append(bracket + 1)
        bracket = text.find("(", bracket + 1, pe)
    for start in starts:
        m = _LEADING_INITIALS.match(text, start, pe)
        if m is None:
            continue
        owners = _owners_in(text, m.start("owners"), m.end("owners"), attendance)
        # outside a list of actions, first-name guesses are too weak to make "DK / WB to …" an action
        if not owners or any(o.kind != "person" or not resolve_initials(text[o.span.start:o.span.end], attendance, False)
                             for o in owners):
            continue
        close = text.find(")", start, pe) if text[start - 1] == "(" else -1
        s, e = _trim(text, start, close) if close >= 0 else sentence_bounds(text, ps, pe, start)
        found.append(Action(text=text[s:e], span=Span(s, e), owners=owners, explicit=False))
    return found
