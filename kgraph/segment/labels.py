"""The labels of attendance lists ("Present:", "In attendance:", "Apologies", "Chair:", "Minutes taken
by:") and the list kind each names, the bracket-aware splitting of a list into entries, and the
term-list tests of the words in an entry (post-nominals, office-holder bodies, "KCC/NHS" slashes).
Below the headings, header and attendance readers, which all ask whether a line is a list's label.
"""
from __future__ import annotations

import re

from .lines import Line
from .common import (_alternation, _compiled, english_half, _is_bracketed_person, _opens_with_a_name,
                     _org_word_re, _SPACES, terms)


_ATT_LABEL = re.compile(
    # "Councillors present:", "Independent members present:": a qualifier or two before "present" and a colon
    r"(?P<label>(?!not\b)(?:[a-z][a-z-]*[ \t]+){1,2}?present(?=[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?:)|"
    # "Board members present", "Partners present": a group and "present" alone on the line, the list below it
    r"(?!not\b)(?:[a-z][a-z-]*[ \t]+){0,2}?members[ \t]+present(?=[ \t]*$)|members\s+present|"
    # "Health and Wellbeing Board members present:": a joint meeting's members grouped by the body they sit
    # for, the body's capitalised name before "members present" and a colon
    r"(?-i:[A-Z][\w'’-]*)(?:[ \t]+(?:(?-i:[A-Z][\w'’-]*)|and|of|for|the|&)){0,7}?[ \t]+members[ \t]+present(?=[ \t]*:)|"
    # "Independent co-opted members:", "Lay members:": a qualified group of members and a colon ("Co-opted
    # Member:" when the group has one)
    r"(?!not\b|no\b|all\b|other\b)(?:[a-z][a-z-]*[ \t]+){1,2}?members?(?=[ \t]*:)|"
    # "Designated Organisations:", "Partner agencies:": a group of members sent by bodies, likewise
    r"(?!not\b|no\b|all\b|other\b)(?:[a-z][a-z-]*[ \t]+){1,2}?(?:organisations|organizations|agencies|partners|"
    r"representatives)(?=[ \t]*:)|"
    # "PARTNERS:  Inspector A (Lakes Police)": the partner bodies' people beside the members, named on the
    # label's line ("Partners:" alone under "ALSO IN ATTENDANCE:" is a group heading inside that list)
    r"partners(?=[ \t]*:[ \t]*\S)|those\s+present|present|attendees|attendance(?:[ \t]+details)?|also\s+in\s+attendance|in\s+attendance|"
    # "Employees in attendance:", "Council officers in attendance:": a group in attendance and a colon
    r"(?!not\b|no\b)(?:[a-z][a-z-]*[ \t]+){1,2}?in\s+attendance(?=[ \t]*:)|"
    # "Members attending:", "Partners attending:", "Attending:": who attended, a colon after the group
    r"(?:(?:members|partners|officers|others|those|councillors)[ \t]+)?attending(?=[ \t]*:)|"
    # "Supporting officers:", "Council officers:": a qualified group of officers and a colon
    r"(?!not\b|no\b|all\b|other\b)(?:[a-z][a-z-]*[ \t]+){1,2}?officers(?=[ \t]*:)|"
    # "Guests in attendance (Item 5)": a capitalised group in attendance alone on its line, a note may follow
    r"(?-i:[A-Z])[a-z-]*(?:[ \t]+[a-z][a-z-]*)?[ \t]+in\s+attendance(?=[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?$)|"
    # "Other parties:" over those heard at a licensing hearing (the applicant, the licence holder, residents),
    # grouped by the party they came for
    r"other[ \t]+parties(?=[ \t]*:)|"
    # "Guests: A Brown (Lakes Consulting – item 3)": those invited for an item, with a colon
    r"guests?(?=[ \t]*(?:\*\*|__)?[ \t]*:)|"
    r"also\s+present|together\s+with|officers\s+and\s+others\s+in\s+attendance|others\s+in\s+attendance|officers\s+in\s+attendance|"
    r"officers\s+present|officers|apologies\s+for\s+absence|apologies|"
    # "Attended: Dev (BMBC, chair), Kirsty (BMBC, notes)", "Apols: Paul C (BMBC)": informal notes' labels
    r"attended(?=[ \t]*:)|apols(?=[ \t]*:)|"
    # "LEAD MEMBER Councillor A, Lead Member for …", "Cabinet Member: …": the executive member who came
    # to answer for a portfolio, labelled by the post in capitals (the post written again after the name)
    r"(?-i:LEAD[ \t]+MEMBERS?|CABINET[ \t]+MEMBERS?)(?=[ \t]+[A-Z]|[ \t]*$|[ \t]*:)|"
    r"(?:lead|cabinet)[ \t]+members?(?=[ \t]*:)|"
    # "Who came: Bernie (chair), Jade …", "Sorry couldn't make it: Abdi": a volunteer's plain words
    r"who[ \t]+came(?=[ \t]*:)|sorry[ \t]+(?:couldn['’]t|could[ \t]+not|can['’]t)[ \t]+make[ \t]+it(?=[ \t]*:)|"
    # "Co-opted (non-voting): Revd A Brown": the co-opted members, a note on their vote before the colon
    r"co-?opted(?=[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?:)|"
    # "Minutes taken by: Jo Bloggs": who took the minutes attended
    r"(?:minutes|notes)\s+taken\s+by|minute[ -]?taker|note[ -]?taker|"
    # "Decision Maker: Councillor A, Cabinet Member for …": who took a delegated decision was there
    r"decision[ \t]+(?:maker|taker)(?=[ \t]*:)|"
    # "Members of the Panel" alone over its table of members ("Member<TAB>Representing")
    r"members[ \t]+of[ \t]+the[ \t]+(?:panel|committee|board|partnership|group|sub-committee)(?=[ \t]*:?[ \t]*$)|"
    r"absent|councillors|members|sederunt|observers(?=[ \t]*:?[ \t]*$))"
    r"(?P<note>[ \t]*\([^)\n]{0,60}\))?"
    # "Also present at the Decision Session:": the occasion named before the colon, its date with it
    # ("Those present at the meeting on 26 May 2024:", "… held on 26/05/2024:")
    # ("In attendance for specific items:": those who came for some items only, their items in a column)
    r"(?P<occasion>[ \t]+(?:at|during)[ \t]+the[ \t]+[A-Za-z][A-Za-z \t-]{0,40}?"
    r"(?:[ \t]+(?:on|of|held[ \t]+on)[ \t]+[\w \t,./-]{4,40}?)?(?=[ \t]*:)|"
    r"[ \t]+for[ \t]+(?:specific|certain|particular|individual|some)[ \t]+(?:agenda[ \t]+)?items?(?=[ \t]*:)|"
    # "In attendance for item F:", "… for items 4 and 5:": those who came for the items it names
    r"[ \t]+for[ \t]+(?:agenda[ \t]+)?items?[ \t]+[A-Z0-9][\w.]{0,5}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)"
    r"[A-Z0-9][\w.]{0,5})*(?=[ \t]*:))?(?P<tail>[ \t]+(?:were\s+)?(?:(?:received|intimated|tendered)\s+)?(?:from|on\s+behalf\s+of)|"
    # "In attendance were A (Org), B (Org) and C": the list told as a sentence, its label's verb before the first name
    r"[ \t]+were(?=[ \t]+(?-i:[A-Z])))?[ \t]*(?P<colon>[:–—-])?[ \t]*(?:\*\*|__)?[ \t]*",
    re.IGNORECASE)
_LIST_KIND = {"present": "present", "members present": "present", "those present": "present", "attendees": "present",
              "attendance": "present", "attendance details": "present",    # ModernGov's attendance table
              "councillors": "present", "members": "present", "partners": "present",
              "sederunt": "present",      # Scottish minutes: those present
              "observers": "in_attendance",   # "Observers:" alone on its line, those who watched the meeting
              "chair": "present", "chairman": "present", "chairwoman": "present", "chairperson": "present",
              "chaired by": "present",    # "Chair: Cllr A Brown, Cabinet Member …" above the list
              "also present": "also_present", "also in attendance": "also_present", "in attendance": "in_attendance",
              "together with": "in_attendance", "other parties": "in_attendance", "guests": "in_attendance", "guest": "in_attendance",     # "Together with:" the officers below the members
              "officers": "officers", "officers present": "officers", "officers in attendance": "officers",
              "officers and others in attendance": "officers", "others in attendance": "in_attendance",
              "apologies": "apologies", "apologies for absence": "apologies", "absent": "absent",
              "attended": "present", "apols": "apologies", "who came": "present",
              "lead member": "also_present", "lead members": "also_present",
              "cabinet member": "also_present", "cabinet members": "also_present",
              "sorry couldn't make it": "apologies", "sorry couldn’t make it": "apologies",
              "sorry could not make it": "apologies", "sorry can't make it": "apologies",
              "sorry can’t make it": "apologies", "decision maker": "present", "decision taker": "present", "co-opted": "present", "coopted": "present",
              "minutes taken by": "in_attendance", "notes taken by": "in_attendance",
              "minute taker": "in_attendance", "minute-taker": "in_attendance", "minutetaker": "in_attendance",
              "members of the panel": "present", "members of the committee": "present",
              "members of the board": "present", "members of the partnership": "present",
              "members of the group": "present", "members of the sub-committee": "present",
              "note taker": "in_attendance", "note-taker": "in_attendance", "notetaker": "in_attendance"}


# labels naming one person, the line's fields after them none of the list
# ("LEAD MEMBER Councillor A, Lead Member for Community Safety and Trading Standards": the one holder of
# the post, the "and" inside it parting no second name)
_ONE_PERSON_LABELS = frozenset({"decision maker", "decision taker", "lead member", "cabinet member"})


def is_list_label(text: str) -> bool:
    """ "Present", "In attendance", "Apologies": the label of an attendance list (or of its column)."""
    return _SPACES.sub(" ", text.strip().rstrip(":").lower()) in _LIST_KIND

# "Chair: Cllr A Brown, Cabinet Member …" above the lists names who chaired (a colon and a name after it:
# a bare "Chair" line is a heading or a table cell)
# ("In the Chair: Councillor A Brown": the printed form of the same line)
_CHAIR_LABEL = re.compile(r"(?P<label>(?:in[ \t]+the[ \t]+)?(?:(?:vice|deputy)[ \t-]?)?chair(?:man|woman|person)?|chaired[ \t]+by|"
                          # "Joint Chairs: Cllr A (…) and Cllr B (…)": a joint meeting's two chairs on one line
                          r"(?:joint|co)[ \t-]?chairs?)[ \t]*(?P<colon>[:–—-])[ \t]*"
                          r"(?:\*\*|__)?[ \t]*(?=\S)", re.IGNORECASE)


# "Chair" alone on its line over "Councillor A, Convener, presided." (Scottish minutes): a heading of
# its own after the members' list, which it ends
_CHAIR_HEADING = re.compile(r"[ \t]*(?:(?:vice|deputy)[ \t-]?)?(?:chair(?:man|woman|person)?|convener)[ \t]*", re.IGNORECASE)


# "Minutes: Kerry Webb (Lakes BC)", "Minute taker: …", "Notes taken by: …", "Notes: Jo Bloggs": who took
# the minutes, there too; only with a name after the colon ("Minutes:" alone is a web page's furniture
# above a minute)
_MINUTE_TAKER_LINE = re.compile(r"(?P<label>minutes(?:[ \t]+taken[ \t]+by)?|minute[ \t-]?taker|"
                                 r"notes(?:[ \t]+taken[ \t]+by)?|note[ \t-]?taker)[ \t]*(?P<colon>:)[ \t]*"
                                 r"(?:\*\*|__)?[ \t]*(?=\S)", re.IGNORECASE)


def _minute_taker_match(text: str, ln: Line) -> re.Match | None:
    """The label of a minute-taker line, when a single name (and its bracket, or a comma and its post:
    "Minutes: Jo Bloggs, Business Support") follows it."""
    m = _MINUTE_TAKER_LINE.match(text, ln.cs, ln.ce)
    if m is None:
        return None
    value = text[m.end():ln.ce]
    name = value.split("(", 1)[0].strip()
    if not _opens_with_a_name(value) or value.rstrip().endswith((".", ":")):
        return None
    if "," in name or m["label"].lower() == "notes":
        # a post after a comma, or the bare label "Notes:" (also a heading of remarks): only a person's
        # name before the comma makes the line the minute-taker's ("Notes: Action Log" is no one)
        name, _, post = name.partition(",")
        return m if _is_bracketed_person(name.strip()) and "," not in post and ";" not in post else None
    return m if 2 <= len(name.split()) <= 5 else None


def _label_match(text: str, ln: Line) -> re.Match | None:
    # "YN BRESENNOL / PRESENT:", "Attendees / Yn bresennol": a bilingual label is read from its English
    # half, and the Welsh half after it is no content of the line
    half_start, half_end = english_half(text, ln.cs, ln.ce)
    m = _ATT_LABEL.match(text, half_start, ln.end if half_end == ln.ce else half_end)
    if not m:
        return _CHAIR_LABEL.match(text, ln.cs, ln.ce) or _minute_taker_match(text, ln)
    label = m["label"]
    rest_blank = not text[m.end():half_end].strip() or _second_column_label(text, m.end(), half_end)
    # "Members discussed ..." is prose: a label needs a colon, to stand alone, or to be shouted
    if m["colon"] or m["tail"] or rest_blank or label.isupper():
        if m["colon"] is None and not rest_blank and not label.isupper() and not m["tail"]:
            return None
        return m
    return None


def _label_content_start(text: str, m: re.Match, ln: Line) -> int:
    """Where the list starts after a label on its line: right after the label, or at the line's end when
    all that follows is the label's own Welsh half ("Attendees / Yn bresennol") or the label of a second
    column ("Members present Officers in attendance")."""
    half_end = english_half(text, ln.cs, ln.ce)[1]
    if half_end < ln.ce and not text[m.end():half_end].strip() or _second_column_label(text, m.end(), ln.ce):
        return ln.ce
    return m.end()


def _second_column_label(text: str, s: int, e: int) -> bool:
    """ "Members present Officers in attendance": the heads of a two-column table whose text ran into one
    line; what follows the first label is a second label alone."""
    rest = text[s:e].strip(" 	:")
    return bool(rest) and _SPACES.sub(" ", rest.lower()) in _LIST_KIND


_OPENING_BRACKET = re.compile(r"[(\[]")
_BRACKET = re.compile(r"[()\[\]]")


def _top_level_splits(text: str, s: int, e: int, seps: re.Pattern) -> list[tuple[int, int]]:
    """Split text[s:e] at separators that are outside parentheses.

    Outside brackets the next separator and the next opening bracket are found by regex search (a
    closing bracket there is an ordinary character); inside, only brackets count. The same cuts as
    trying the separator at every character, without a Python step per character.
    """
    parts = []
    depth = 0
    cur = s
    i = s
    while i < e:
        if depth:
            b = _BRACKET.search(text, i, e)
            if b is None:
                break
            depth += 1 if b.group() in "([" else -1
            i = b.end()
            continue
        opening = _OPENING_BRACKET.search(text, i, e)
        bracket_at = opening.start() if opening else e
        m = seps.search(text, i, e)
        if m is not None and m.start() < bracket_at:
            if m.end() > m.start():
                parts.append((cur, m.start()))
                cur = i = m.end()
            else:
                i = m.start() + 1      # an empty separator cuts nothing
            continue
        if opening is None:
            break
        depth, i = 1, bracket_at + 1
    parts.append((cur, e))
    return [(a, b) for a, b in parts if text[a:b].strip()]


# ("Apologies were received from A and from B": "and from" joins two entries too)
_ENTRY_SEPS = re.compile(r"[ \t]*(?:[,;]|\s+and\s+(?:from\s+)?(?=(?:the\s+)?[A-Z])|\s+&\s+(?=[A-Z]))[ \t]*(?:and[ \t]+)?")


def _title_inside_re() -> re.Pattern:
    """A personal title anywhere in a phrase, before a capitalised word ("County Councillor Ann Webb")."""
    return _compiled("title_inside", lambda: re.compile(
        rf"\b(?:{_alternation(terms()['personal_titles'])})\.?\s+(?=[A-Z])", re.IGNORECASE))


def _honours_re() -> re.Pattern:
    """Trailing post-nominals ("Mrs L Okwu MBE", "Mr M Hill, OBE"): case-sensitive, so "Jo Obe" stays a name."""
    return _compiled("honours", lambda: re.compile(
        rf"(?:[ \t]*,?[ \t]+(?:{'|'.join(map(re.escape, terms()['honours']))})\b\.?)+[ \t,]*$"))


def without_post_nominals(name: str) -> str:
    """ "Mrs L Okwu MBE", "Jo Bloggs AM" → the name without the letters written after it."""
    hm = _honours_re().search(name)
    return name[:hm.start()] if hm and hm.start() > 0 else name


# a place's name: one capitalised word, not initials ("Roscommon", not "KCC")
_ONE_PLACE_WORD = re.compile(r"[A-Z][a-z'’-]+")


def _joined_places_before_one_body(parts: list[str]) -> bool:
    """ "Roscommon/Longford Division", "Lakeby/Fellside Division": one body covering two areas, the
    slash joining the places of its name: a single word that is no organisation word ("Police/Fire
    Service" stays two) before a place and the body's capitalised head."""
    if len(parts) != 2 or not _ONE_PLACE_WORD.fullmatch(parts[0]) or _org_word_re().search(parts[0]):
        return False
    rest = parts[1].split()
    return len(rest) == 2 and all(_ONE_PLACE_WORD.fullmatch(w) for w in rest) \
        and not _org_word_re().search(rest[0])


def split_slash_organisations(org: str) -> list[str]:
    """ "KCC/NHS" → KCC, NHS; "Maidstone BC/CSP" → Maidstone BC, Maidstone CSP (the place is shared)."""
    parts = [p.strip() for p in org.split("/") if p.strip()]
    if len(parts) < 2:
        return [org.strip()] if org.strip() else []
    if _joined_places_before_one_body(parts):
        return [org.strip()]
    first_words = parts[0].split()
    out = [parts[0]]
    for p in parts[1:]:
        if len(first_words) >= 2 and first_words[-1].isupper() and re.fullmatch(r"[A-Z]{2,5}", p):
            out.append(" ".join(first_words[:-1] + [p]))
        else:
            out.append(p)
    return out


def _office_holder_re() -> re.Pattern:
    return _compiled("office", lambda: re.compile(
        rf"(?:^|\b)(?:office\s+of\s+(?:the\s+)?)?(?:[A-Z][\w'’&-]*\s+(?:and\s+)?){{0,4}}?(?:{_alternation(terms()['office_holder_bodies'])})$",
        re.IGNORECASE))


def is_office_holder_body(piece: str) -> bool:
    """ "Kent Police and Crime Commissioner", "Office of the Police and Crime Commissioner": an office
    that acts as an organisation, so the whole phrase is the organisation, not role + body."""
    return bool(_office_holder_re().search(piece.strip()))


def _names_a_body(before: str) -> bool:
    """Whether the words before a job title name an organisation ("KCC", "Kent Police") rather than
    being part of the title ("Democratic Services" Officer, "Community Safety" Manager)."""
    if re.fullmatch(r"[A-Z][A-Z&/]{1,7}", before):
        return True
    if not _org_word_re().search(before) or re.search(r"\bof$", before):
        return False
    generic = set(terms()["organisation_words"]) | set(terms()["department_words"])
    return any(w.lower().strip(",.'’") not in generic for w in before.split())


# an apology's note of the substitute: "Det Supt Hale attending", "JH deputising"
_SUBSTITUTE_NOTE = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}[ \t]+"
                              r"(?:attend(?:ing|ed|s)|deputi[sz](?:ing|ed)|substitut(?:ing|ed)|in[ \t]+attendance)")


_BRACKETED_ACRONYM_AT_END = re.compile(r"[ \t]*\([A-Z][A-Za-z&]{1,9}\)[ \t]*$")
