"""One attendance entry: the name, the post and the bodies in "Cllr Ann Webb (KCC Cabinet Member)"
(:func:`analyse_affiliation`, :func:`parse_entry`), the initials written after a name
(:func:`initials_of`, :func:`initials_fit`), the tests of a phrase as a body, a post, a place or a
theme, and the tests that end a list below it (:func:`ends_a_list`, a shouted section heading, the
head of the minutes' own table).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import AttendanceEntry, Span
from .lines import Line, title_case_if_shouting
from .common import (_alternation, chair_role_re, _COLUMN_SEPARATORS, _compiled, _is_bracketed_person, job_re,
                     _LOWER_LETTER, _org_word_re, _SPACED_DASH_SPLIT, _SPACES, _strip_span, terms, _titles_re,
                     _VIRTUAL_VENUE)
from .labels import (_BRACKETED_ACRONYM_AT_END, _honours_re, is_list_label, is_office_holder_body,
                     _names_a_body, _office_holder_re, split_slash_organisations, _SUBSTITUTE_NOTE)
from .headings import _heads_a_minutes_table


def _letters_from_initials(letters: str, words: list[str]) -> bool:
    """Whether the letters can be drawn, in order, from the words' initials ("SLP" from "Safer
    Lakes Partnership", "PCSP" from "Policing and Community Safety Partnership")."""
    initials = iter(w[0].upper() for w in words if w[:1].isalpha())
    return all(any(c == i for i in initials) for c in letters.upper())


def analyse_affiliation(paren: str) -> tuple[list[str], str | None]:
    """ "(KCC Cabinet Member and Chairman of the Partnership)" → (["KCC"], "Chairman");
    "(Community Safety Team Leader, KCC)" → (["KCC"], "Community Safety Team Leader");
    "(Kent Police and Crime Commissioner)" → (["Kent Police and Crime Commissioner"], None);
    "District Commander, Kent Police" → (["Kent Police"], "District Commander");
    "Corporate Director, Adult Social Care and Health, KCC" → (["KCC"], "Corporate Director, Adult Social Care and Health")."""
    orgs, role = _analyse_affiliation(paren)
    return list(orgs), role


_SPEAKING_FOR = re.compile(r"^(?:instructed[ \t]+by|on[ \t]+behalf[ \t]+of)[ \t]+(?:the[ \t]+)?(?=[A-Z])", re.IGNORECASE)


def without_speaking_for(piece: str) -> str:
    """ "instructed by Lakes Law Solicitors" → "Lakes Law Solicitors": the body an attendee spoke for."""
    return _SPEAKING_FOR.sub("", piece, count=1)


# the deputy or assistant of an office holder: "Deputy Police and Crime Commissioner", "Deputy Mayor for …"
_DEPUTY_OF_AN_OFFICE = re.compile(r"(?:deputy|assistant)\s+", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _analyse_affiliation(paren: str) -> tuple[tuple[str, ...], str | None]:
    """:func:`analyse_affiliation`, cached: the same affiliations come back in meeting after meeting."""
    orgs: list[str] = []
    chair_role = None
    job_role = None
    parts = _affiliation_parts(paren)
    # "PCSP Manager, Belfast City Council", "Tenancy Services Manager, Cheltenham Borough Homes": when
    # another part names the body, the words before the job word qualify the post, not a second body
    body_elsewhere = [any(k != i and not job_re().search(q) and _names_a_body(q) for k, q in enumerate(parts))
                      for i in range(len(parts))]
    for index, part in enumerate(parts):
        if _DEPUTY_OF_AN_OFFICE.match(part) and is_office_holder_body(_DEPUTY_OF_AN_OFFICE.sub("", part, count=1)):
            # "Deputy Police and Crime Commissioner, Office of the …": the office holder's deputy is a post
            job_role = job_role or part
            continue
        if is_office_holder_body(_without_area(_BRACKETED_ACRONYM_AT_END.sub("", part))):
            # ("Office of the Police and Crime Commissioner (OPCC)": its acronym after it)
            orgs.append(part)
            continue
        pieces = [part]
        if chair_role_re().search(part) and re.search(r"\s+and\s+", part):
            pieces = [p.strip() for p in re.split(r"\s+and\s+", part) if p.strip()]
        for piece in pieces:
            # "Counsel, instructed by Lakes Law Solicitors", "on behalf of Fellside Residents' Association":
            # the body the person spoke for, named after the words that say so
            piece = without_speaking_for(piece)
            cm = chair_role_re().search(piece)
            if cm:
                chair_role = chair_role or _role_label(cm.group(0))
                # ("HBC - chair": a dash parts the body from its chair's office)
                before = piece[:cm.start()].strip(" \t-–—")
                after = piece[cm.end():].strip()
                if before and (before.isupper() or _org_word_re().search(before)):
                    orgs.extend(split_slash_organisations(before))
                om = re.match(r"of\s+(?:the\s+)?(.+)", after, re.IGNORECASE)
                if om and not re.fullmatch(r"(?:partnership|committee|board|panel|forum|group|meeting)",
                                           om.group(1).strip(), re.IGNORECASE):
                    orgs.extend(split_slash_organisations(om.group(1)))
                continue
            jm = job_re().search(piece)
            if jm:
                before = piece[:jm.start()].strip()
                if before and _names_a_body(before) and not body_elsewhere[index]:
                    orgs.extend(split_slash_organisations(before))
                    job_role = job_role or piece[jm.start():].strip()
                else:
                    job_role = job_role or piece
                continue
            if not piece[:1].isupper():
                continue          # "(notes)", "(minutes)": a remark, not a body
            if is_list_label(piece):
                continue          # "Present" from an attendance column: a label, neither a body nor a post
            if _SUBSTITUTE_NOTE.fullmatch(piece):
                continue          # "(Lakes Police – Insp Hale attending)": who came in the member's place, no body
            if _VIRTUAL_VENUE.fullmatch(piece):
                continue          # "Jo (Lakes Police) - Teams": how the member joined, no body
            if piece.lower() in terms()["minute_taking_remarks"]:
                job_role = job_role or "Minute Taker"       # "Lakes MBC (Minutes)": the task, no body
                continue
            if _is_post(piece) or _is_rank(piece):
                # ("Priya (PCSO, Sussex Police)": a rank written alone is the post, its acronym no body)
                job_role = job_role or piece
                continue
            if orgs and _is_compass_area(piece):
                continue          # "Lakeshire Police, North Fellside": the area the body's officer covers
            if orgs and _NAMES_A_WARD.fullmatch(piece):
                continue          # "Lakes City Council, Fellside Park ward": the ward its councillor sits for
            closing_body = index == len(parts) - 1 and not orgs \
                and (_reads_as_a_name_of_a_body(piece) or _one_word_brand(piece)) and not _is_compass_area(piece)
            if _is_department(piece) or (job_role and not closing_body
                                         and (_qualifies_post(piece) or _continues_portfolio(job_role, piece))):
                # "Corporate Director, Adult Social Care and Health": the directorate belongs to the post;
                # so do a portfolio or an area after it ("Portfolio Holder for Community Safety, Highways
                # and Enforcement", "District Commander, Medway, Kent Police")
                job_role = f"{job_role}, {piece}" if job_role else job_role
                continue
            orgs.extend(split_slash_organisations(council_without_department(piece)))
    return tuple(orgs), chair_role or job_role


# "Lakeside Council Children's Services": a council's name run straight into one of its departments
_COUNCIL_THEN_MORE = re.compile(r"(?P<council>.*?[ \t]Council)[ \t]+(?P<rest>[A-Z][^,()]*)")


def council_without_department(piece: str) -> str:
    """ "Lakeside Council Education", "Fellside City Council Public Health": a council named with a
    department after it (no comma between) is the council; the department is no body of its own."""
    m = _COUNCIL_THEN_MORE.fullmatch(piece)
    if m is None:
        return piece
    # ("Services" is also a body's word, as in "Lakes Children's Services Trust": here it ends a department)
    words = re.findall(r"[A-Za-z][\w'’-]*", m["rest"].lower())
    return m["council"] if words and all(w in terms()["department_words"] for w in words) else piece


# "ForHousing", "LakeHomes": one word, capitals inside it after small letters, as a housing provider
# or a charity brands its name; no post or place is written so (a surname "McDonald", "MacLeod" is no brand)
_BRAND_WORD = re.compile(r"(?!Ma?c[A-Z])[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def _one_word_brand(piece: str) -> bool:
    """Whether a comma piece closing an affiliation is one branded word ("Neighbourhood Services Manager,
    LakeHomes"): the body the post is held in, though no body word says so."""
    return _BRAND_WORD.fullmatch(piece.strip()) is not None


# "Fellside Park ward", "Bargate Ward": an electoral ward, a place
_NAMES_A_WARD = re.compile(r"[A-Z][\w'’.&-]*(?:[ \t]+(?:[A-Z][\w'’.&-]*|and|&)){0,4}[ \t]+[Ww]ard")


def analyse_shouted_affiliation(written: str) -> tuple[list[str], str | None]:
    """:func:`analyse_affiliation` of an affiliation typed in capitals ("BOROUGH COMMANDER, GREATER
    MANCHESTER FIRE AND RESCUE SERVICE"): read in title case, the case its post and body words are
    known in, the bodies given back as written (so that they are found in the text again)."""
    cased = title_case_if_shouting(written)
    if cased == written:
        return analyse_affiliation(written)
    orgs, role = analyse_affiliation(cased)
    # title casing changes no length: a body read in the cased text sits at the same place in the written one
    as_written = [written[i:i + len(org)] if (i := cased.find(org)) >= 0 else org for org in orgs]
    return as_written, role


def _affiliation_parts(paren: str) -> list[str]:
    """The comma/semicolon parts of an affiliation, with a list of places that begins a name put back
    together: "Kent, Surrey and Sussex Community Rehabilitation Company" is one body."""
    # ("Head of Partnerships (remote)": a remark in lower case on how the person came is no part of the post)
    parts = _office_names_rejoined([_LOWER_REMARK.sub("", p).strip() for p in re.split(r",|;", paren) if p.strip()])
    parts = [piece for p in parts if p for piece in _body_dash_post(p)]
    out: list[str] = []
    for index, part in enumerate(parts):
        if out and re.match(r"[A-Z][\w'’-]+\s+(?:and|&)\s+[A-Z]", part) and _ends_like_a_body(part):
            body, place = _place_after_body(out[-1])
            if _place_opens_a_list(place):
                out[-1:] = [body] if body else []
                out.append(f"{place}, {part}")
                continue
            if _theme_opens_a_list(out[-1]) or _nhs_place_opens_a_list(out[-1]):
                out[-1] = f"{out[-1]}, {part}"
                continue
        if out and _portfolio_goes_on(out[-1], part):
            out[-1] = f"{out[-1]}, {part}"
            continue
        if out and _acronym_spans_the_comma(out[-1], part, parts[index + 1] if index + 1 < len(parts) else ""):
            out[-1] = f"{out[-1]}, {part}"
            continue
        out.append(part)
    return _area_list_rejoined(out)


# "… Integrated Care Board (LFM ICB)": the short name in brackets closing a piece (or as the next piece,
# once its brackets are read as a comma: "…, LFM ICB")
_TRAILING_BRACKETED_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Z& ]{1,12})\)\s*$")
_ACRONYM_PIECE = re.compile(r"\s*(?P<acr>[A-Z][A-Z& ]{1,12})\s*")


def _acronym_spans_the_comma(before: str, part: str, next_piece: str) -> bool:
    """ "Lakeby and North East Fellside" before "Moor and Dale Integrated Care Board (LFMD ICB)": the
    acronym in brackets closing a piece is drawn from the initials of the piece before it and its own,
    not from its own alone, so the comma is inside the body's name (a list of the places it serves).
    The piece before must be places only: no body, post or job title."""
    m = _TRAILING_BRACKETED_ACRONYM.search(part)
    if m is not None:
        own = part[:m.start()].split()
    else:
        m = _ACRONYM_PIECE.fullmatch(next_piece)
        own = part.split()
    if m is None:
        return False
    letters = m["acr"].replace(" ", "").replace("&", "")
    return len(letters) >= 3 and not _letters_from_initials(letters, own) \
        and _letters_from_initials(letters, before.split() + own) and _names_places_only(before)


def _names_places_only(piece: str) -> bool:
    """ "Lakeby and North East Fellside", "Lakeby": capitalised words (and "and") that name no body, chair,
    post, job title or department."""
    departments = (set(terms()["department_words"]) | set(terms()["organisation_words"])) - {"and", "&"}
    return bool(piece) and all(w[:1].isupper() or w in ("and", "&") for w in piece.split()) \
        and not _names_a_body(piece) and not chair_role_re().fullmatch(piece) and not job_re().search(piece) \
        and not _is_post(piece) and not any(w.lower() in departments for w in piece.split())


def _nhs_place_opens_a_list(piece: str) -> bool:
    """ "NHS Lakeshire" in "Head of Safeguarding, NHS Lakeshire, Fellside and Lakeby West Integrated Care
    Board": an NHS body named for several areas lists them after "NHS"; its first place is no body."""
    m = re.fullmatch(r"NHS\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", piece)
    return m is not None and _place_opens_a_list(m["place"])


# "Director of Children" / "Executive Member for Culture": a post ending in the first of its portfolio's
# capitalised themes; "Leisure and Learning": the list's last themes, joined by "and"
_POST_OF_THEME = re.compile(r".*\b(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_LAST_THEMES = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def _portfolio_goes_on(before: str, part: str) -> bool:
    """ "Director of Housing, Leisure and Learning", "Executive Member for Parks, Waste and Public
    Protection": a post's portfolio lists its themes with commas, the last two joined by "and"; the
    piece after the comma names no body, so it goes on with the post."""
    return _POST_OF_THEME.fullmatch(before) is not None and job_re().search(before) is not None \
        and _LAST_THEMES.fullmatch(part) is not None and not _names_a_body(part) and not _ends_like_a_body(part)


def _theme_opens_a_list(piece: str) -> bool:
    """ "Education" in "Chair, Education, Children and Families Policy Committee": one capitalised word,
    no body, post or chair, opening the list of themes that names the committee after it."""
    return re.fullmatch(r"[A-Z][a-z'’-]+", piece) is not None and not _names_a_body(piece) \
        and not chair_role_re().fullmatch(piece) and not _is_post(piece) and not job_re().search(piece)


def _body_dash_post(part: str) -> list[str]:
    """ "Lakeshire Police - Fellside District Commander", "Fellside Council - Housing": a body, a spaced dash and
    the post the attendee holds or the department they work in, as "Body, Post" is written (a body and
    the area of its branch, "Probation Service - Lakeshire", stays one name)."""
    pieces = _SPACED_DASH_SPLIT.split(part)
    if len(pieces) != 2:
        return [part]
    body, rest = (p.strip() for p in pieces)
    if body and _SUBSTITUTE_NOTE.fullmatch(rest):
        return [body, rest]     # "Kent Police – Insp Hale attending": the body, then its substitute
    if body and rest and (_ends_like_a_body(body) or re.fullmatch(r"[A-Z][A-Z&]{1,7}", body)) \
            and not _ends_like_a_body(rest) and (_is_post(rest) or _is_department(rest)):
        return [body, rest]
    return [part]


# a place, or two joined by "and", written after a body's name: "Kent", "Surrey and Sussex"
_AREA_PART = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?")


def _area_list_rejoined(parts: list[str]) -> list[str]:
    """ "Probation Service", "Kent", "Surrey and Sussex" → "Probation Service, Kent, Surrey and Sussex":
    the places a body serves, listed after its name to the end of the affiliation (the list closed by
    "and"), are part of that name, no bodies of their own."""
    # ("Lakes City Council, Highways and Transportation": a department of the council, no list of places)
    if len(parts) < 2 or not re.search(r"\s(?:and|&)\s", parts[-1]) or _is_department(parts[-1]):
        return parts
    k = len(parts)
    while k > 1 and _AREA_PART.fullmatch(parts[k - 1]) and not looks_like_affiliation(parts[k - 1]):
        k -= 1
    if k == len(parts) or not _ends_like_a_body(parts[k - 1]):
        return parts
    return parts[:k - 1] + [", ".join(parts[k - 1:])]


_BODY_AND_PLACE = re.compile(r"(?:(?P<body>.+?)\s+(?:and|&)\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _place_after_body(part: str) -> tuple[str | None, str]:
    """ "North Durham CCG and Durham Dales" → ("North Durham CCG", "Durham Dales"): a body joined by "and"
    to the first place of a list that the next comma part goes on with; ("", part) when no body leads."""
    m = _BODY_AND_PLACE.fullmatch(part)
    if m is None or (m["body"] and not _names_a_body(m["body"])):
        return None, ""
    return m["body"] or "", m["place"]


def _place_opens_a_list(place: str) -> bool:
    """ "Kent", "Durham Dales": a place that opens "Kent, Surrey and Sussex CRC" — one or two
    capitalised words that are no body, chair, post, job title or department ("Public Health")."""
    departments = set(terms()["department_words"]) | set(terms()["organisation_words"])
    return bool(place) and not _names_a_body(place) and not chair_role_re().fullmatch(place) \
        and not job_re().search(place) and not _is_post(place) \
        and not any(w.lower() in departments for w in place.split())


def _office_names_rejoined(parts: list[str]) -> list[str]:
    """Comma parts put back together where they make one office ("Police, Fire and Crime Commissioner",
    "Chief Executive, Office of the Police, Fire and Crime Commissioner" → the post and the office)."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(min(len(parts), i + 4), i + 1, -1):
            if _office_holder_re().match(_without_area(", ".join(parts[i:j]))):
                out.append(", ".join(parts[i:j]))
                i = j
                break
        else:
            out.append(parts[i])
            i += 1
    return out


def _ends_like_a_body(part: str) -> bool:
    """ "Surrey and Sussex Community Rehabilitation Company", "Surrey and Sussex CRC": a body's head word,
    or a body's initialism at the end."""
    from ..entities.gazetteer import is_acronym
    from ..entities.organisations import ends_with_head
    words = part.split()
    return bool(_org_word_re().search(part)) or ends_with_head(words) or (len(words) > 1 and is_acronym(words[-1]))


def _without_area(part: str) -> str:
    """ "Office of the Police and Crime Commissioner for Surrey" → the office without its area."""
    return re.sub(r"\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*$", "", part)


def _is_compass_area(piece: str) -> bool:
    """ "North Fellside", "East Lakeshire", "Mid and West Wales": points of the compass (joined by "and")
    before a place of a word or two, no body's word — the area a body's officer or a regional post
    covers, not a body."""
    from ..entities.gazetteer import lexicon
    words = piece.split()
    compass = {w.lower() for w in lexicon().words("compass_word")} | {"mid"}
    k = 0
    while k < len(words) and (words[k].lower() in compass or (k and words[k].lower() in ("and", "&"))):
        k += 1
    places = words[k:]
    return k > 0 and words[k - 1].lower() in compass and 1 <= len(places) <= 2 \
        and all(w[:1].isupper() and w[1:].islower() for w in places) and not _names_a_body(piece) \
        and not _org_word_re().search(piece)


def _is_rank(piece: str) -> bool:
    """A rank of the lexicon ("PCSO", "Inspector") written as a whole part of an affiliation."""
    from ..entities.gazetteer import lexicon
    return piece in lexicon().words("rank")


def _is_post(piece: str) -> bool:
    """ "District Commander", "Designated Nurse Safeguarding Adults": a post held by one person (a job
    word such as Commander or Nurse, singular) and no word that names a body."""
    from ..entities.organisations import is_job_word
    words = re.findall(r"[A-Za-z][\w'’-]*", piece)
    # "Domestic Abuse Partnership Lead": a job word last makes the body's words before it the post's field
    if len(words) > 1 and words[-1][:1].isupper() and is_job_word(words[-1], plural=False):
        return True
    if _org_word_re().search(piece) or re.fullmatch(r"[A-Z][A-Z&/]{1,7}", piece):
        return False
    # a job word written in lower case after its field ends a post too ("Violence Against Women and Girls lead")
    return any(is_job_word(w, plural=False) for w in words) \
        or bool(words) and words[-1].islower() and is_job_word(words[-1].capitalize(), plural=False)


def _qualifies_post(piece: str) -> bool:
    """A part after a post that names no body: no organisation word and no abbreviation ("KCC",
    "Northtown BC")."""
    return not _org_word_re().search(piece) and not re.search(r"\b[A-Z][A-Z&]+\b", piece)


def _reads_as_a_name_of_a_body(piece: str) -> bool:
    """ "Dundee Volunteer and Voluntary Action", "Community Justice Scotland": three or more capitalised
    words (connectors aside), not a portfolio of department words — after a post, the last part of
    "Name, Post, Body" names the body even without a body's head word."""
    words = piece.split()
    connectors = {"and", "&", "of", "for", "the", "in", "on"}
    if len([w for w in words if w not in connectors]) < 3 or not all(w[:1].isupper() or w in connectors for w in words):
        return False
    generic = set(terms()["department_words"])
    return not all(w.lower() in generic for w in words)


def _continues_portfolio(post: str, piece: str) -> bool:
    """ "Cabinet Member for Community Engagement, Equalities and Regulatory Services": after a post that
    holds a portfolio ("… for …"), a part of nothing but a department's words is more of the portfolio."""
    if not re.search(r"\bfor\b", post):
        return False
    generic = set(terms()["department_words"])
    words = re.findall(r"[A-Za-z][\w'’-]*", piece)
    return bool(words) and all(w.lower() in generic for w in words)


def _is_department(piece: str) -> bool:
    """ "Adult Social Care and Health", "Public Health": only words of a department's name, none of a body's."""
    if _org_word_re().search(piece):
        return False
    generic = set(terms()["department_words"])
    return all(w.lower() in generic for w in re.findall(r"[A-Za-z][\w'’-]*", piece))


def _role_label(written: str) -> str:
    words = re.split(r"(\s+|-)", written.strip())
    return "".join(w[:1].upper() + w[1:].lower() if w.strip() and w != "-" else w for w in words)


def initials_of(name: str) -> str:
    """ "Cllr Alice Brown" → "AB": the first letters of the name's words, titles left out."""
    bare = _titles_re().sub("", name, count=1) if _titles_re().match(name) else name
    return "".join(w[0] for w in bare.split() if w[:1].isalpha()).upper()


_MAC_PREFIX = re.compile(r"\b(Ma?c)(?=[A-Z])")


def initials_fit(name: str, given: str) -> bool:
    """ "SKB" fits "Sunita Kaur-Blake": each part of a double-barrelled name may give a letter;
    "SMcL" fits "Stuart McLean": a Mc or Mac surname may give its prefix and the letter after it."""
    if given in (initials_of(name), initials_of(name.replace("-", " "))):
        return True
    if _unhyphenated_double_surname(name, given):
        return True
    return given != given.upper() and (given == _mac_initials(name) or _surname_letter_added(name, given))


def _unhyphenated_double_surname(name: str, given: str) -> bool:
    """ "GL" fits "Gareth Lloyd Jones": a surname of two words without a hyphen ("Lloyd Jones", common in
    Welsh names) gives one letter, its first word's; only a name of three words, two initials given."""
    bare = _titles_re().sub("", name, count=1) if _titles_re().match(name) else name
    words = bare.split()
    return len(given) == 2 and given.isupper() and len(words) == 3 and \
        all(w[:1].isupper() for w in words) and given == words[0][0] + words[1][0]


def _surname_letter_added(name: str, given: str) -> bool:
    """ "ARe" fits "Ann Reddy": the initials and the surname's next letter, which a clerk adds to
    tell two attendees with the same initials apart ("AR" is the Chair)."""
    words = name.split()
    return len(given) >= 3 and given[:-1] == initials_of(name) and len(words[-1]) > 1 \
        and words[-1][1] == given[-1]


def _initials_end_the_name(name: str, given: str) -> bool:
    """ "GM Stuart Penketh (SP)": the initials fit the name, or its last words after a rank the
    titles do not list ("GM", a fire service's group manager)."""
    return initials_fit(name, given) or initials_of(name).endswith(given)


def _mac_initials(name: str) -> str:
    """ "Stuart McLean" → "SMcL", "Jo MacLeod" → "JMacL"."""
    bare = _titles_re().sub("", name, count=1) if _titles_re().match(name) else name
    out = []
    for w in bare.split():
        mac = _MAC_PREFIX.match(w)
        out.append(w[:mac.end() + 1] if mac else w[:1].upper())
    return "".join(out)


def looks_like_affiliation(piece: str) -> bool:
    """A list piece that names a body or a job rather than a person ("Medway Council",
    "Community Safety Manager", "KCC"), so it belongs to the person before it."""
    piece = piece.strip(" \t\n.,;")
    if not piece or "(" in piece or _titles_re().match(piece + " "):
        return False
    if re.fullmatch(r"[A-Z][A-Z&/]{1,7}", piece):
        return True
    return bool(_org_word_re().search(piece) or job_re().search(piece) or chair_role_re().fullmatch(piece)
                or is_office_holder_body(piece))


# initials in front of a name: "AB Alice Brown", "AB | Alice Brown", "AB<tab>Alice Brown", "(AB) Alice Brown"
# ("SMcL": a Mc or Mac surname keeps its prefix in the initials)
# ("CP – Supt Clare Pike – Cheshire Constabulary": a log's key of initials, a dash after them)
_INITIALS_PREFIX = re.compile(r"(?:(?P<ini>(?:[A-Z]|Ma?c(?=[A-Z])){2,4})|\((?P<bini>[A-Z]{2,4})\))"
                              r"(?:[ \t]*[|:][ \t]*|[ \t]+[–—-][ \t]+|[ \t]+)(?=[A-Z])")
# a group named before its people in a running list: "Councillors A, B and C; Independent Members D and E"
_GROUP_PREFIX = re.compile(
    r"(?:(?i:independent|co-opted|coopted|lay|elected|political|voting|non-voting|partner|community)[ \t]+)?"
    r"(?i:councillors|cllrs\.?|members|aldermen|officers|representatives)[ \t]+(?=[A-Z])")
# who took the minutes, labelled inside the list ("Minutes: Jo Bloggs, Business Unit"): the label
# names the task, the person after it attended
_MINUTE_TAKER_LABEL = re.compile(r"(?i:minutes|notes|minute[ -]?taker|note[ -]?taker|minuted[ \t]+by|notes[ \t]+by)"
                                 r"[ \t]*[:–—-][ \t]*(?=[A-Z])")
# a sub-heading inside a one-per-line list: "Political Members:", "Independent Members:", "Officers:"
_LIST_SUBHEADING = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}[ \t]*:")
_PAREN = re.compile(r"\(([^()]*)\)")
# ("ARe": a letter of the surname added to tell two attendees apart; "LMcC": a Mc or Mac surname keeps
# its prefix and the letter after it)
_BRACKETED_INITIALS = r"[A-Z]{2,4}|[A-Z]{2,3}[a-z]|[A-Z]{1,2}Ma?c[A-Z]"
_INITIALS_IN_BRACKETS = re.compile(rf"[ \t]*\((?P<ini>{_BRACKETED_INITIALS})\)")
# an attendee's initials in brackets at the end of the entry, after the post and the body
_TRAILING_INITIALS = re.compile(rf"[ \t]*\((?P<ini>{_BRACKETED_INITIALS})\)[ \t.,;]*$")
_WORD_SEPARATORS = re.compile(r"[\s|/]+")
_SPACED_DASH = re.compile(r"[ \t][-–—][ \t]")
# between a name and its organisation on one line: " – ", " | ", tab, a wide gap, a comma
_NAME_ORG_SEP = re.compile(r"[ \t]+[-–—][ \t]+|[ \t]*\|[ \t]*|\t+|[ \t]{3,}|,[ \t]*")
_TABLE_HEADER_WORDS = {"name", "names", "organisation", "organization", "initials", "role", "title", "job title",
                       "representing", "agency", "attendee", "attendees", "member", "position", "present",
                       "panel member", "panel members", "board member", "board members"}


def _split_name_affiliation(text: str, s: int, e: int, line_mode: bool) -> tuple[int, int, int | None]:
    """(name end, affiliation start or None, ...): where the name stops — at the first parenthesis,
    or, for one entry per line, at the first separator outside parentheses."""
    depth = 0
    i = s
    while i < e:
        c = text[i]
        if c == "(":
            return i, i, None
        if c == "\n":
            # the indent that opens a wrapped line is no column gap: "Station" over "    Commander Eilidh …"
            i += 1
            while i < e and text[i] in " \t":
                i += 1
            continue
        if line_mode and depth == 0:
            m = _NAME_ORG_SEP.match(text, i, e)
            if m and m.end() > i:
                return i, m.end(), m.end()
        i += 1
    return e, e, None


def _qualifies_a_post(aff: str, m: re.Match) -> bool:
    """ "Oversight Manager (Midlands), Youth Justice Board": a bracket right after a post, holding
    neither a body, an acronym nor a role, is part of the post (its area or specialism)."""
    before = aff[:m.start()].rsplit(",", 1)[-1].strip()
    inside = m.group(1).strip()
    return bool(before and inside) and _is_post(before) and (not looks_like_affiliation(inside) or _names_a_theme(inside))


@lru_cache(maxsize=1)
def _council_places() -> frozenset[str]:
    """The places the gazetteer's councils are named after ("Lakeby", "Fellside"): their first word; and
    the areas its police forces are named after ("Lakeshire Constabulary" → "Lakeshire", a county whose
    council the gazetteer may not hold)."""
    from ..entities.gazetteer import organisations
    records = organisations().records.values()
    councils = {rec.label.split()[0] for rec in records if rec.type.endswith("council") and rec.label.split()}
    forces = {rec.label.rsplit(" ", 1)[0] for rec in records
              if rec.type == "police" and rec.notes.startswith("territorial")
              and rec.label.endswith((" Police", " Constabulary"))}
    return frozenset(councils | forces)


def _area_after_a_body(aff: str, m: re.Match) -> bool:
    """ "Lakeshire Police (Lakeby)": a council's place in brackets right after a body's name is the area
    its officer covers, neither a body nor a post."""
    before = aff[:m.start()].rsplit(",", 1)[-1].strip()
    inside = m.group(1).strip()
    return (inside in _council_places() or _list_of_places(inside)) and bool(before) \
        and looks_like_affiliation(before) and not _is_post(before)


# "Kent, Surrey & Sussex": three or more single names, the last joined by "and" or "&"
_LIST_OF_PLACES = re.compile(r"[A-Z][a-z'’-]+(?:,[ \t]*[A-Z][a-z'’-]+)+,?[ \t]+(?:and|&)[ \t]+[A-Z][a-z'’-]+")


def _list_of_places(inside: str) -> bool:
    """ "Probation Service (Kent, Surrey & Sussex)": the counties a regional body covers, listed in
    brackets after its name; no body or post of their own (a bracket of words of bodies or posts,
    "(Finance, Audit & Risk)", is not such a list)."""
    if not _LIST_OF_PLACES.fullmatch(inside):
        return False
    department = set(terms()["department_words"])
    return not any(looks_like_affiliation(w) or _is_post(w) or job_re().search(w) or w.lower() in department
                   for w in re.findall(r"[A-Z][a-z'’-]+", inside))


def _completes_a_body(aff: str, m: re.Match) -> bool:
    """ "Head of Service, Probation Service (Wales)": a region in brackets right after a body's name is
    part of that name (the body's regional part), no role of the attendee."""
    from ..entities.gazetteer import lexicon
    before = aff[:m.start()].rsplit(",", 1)[-1].strip()
    return bool(before) and m.group(1).strip() in lexicon().words("region_in_brackets") \
        and looks_like_affiliation(before) and not _is_post(before)


def _names_a_theme(phrase: str) -> bool:
    """ "VAWDASV", "Prevent": a community-safety theme (the field a post works in, "Officer (VAWDASV)"),
    not a body."""
    from ..entities.gazetteer import organisations, topics
    return topics().lookup(phrase) is not None and not organisations().lookup(phrase)


# a line end and the next line's indent inside a bracket: the bracket wrapped, no gap between columns
_LINE_WRAP = re.compile(r"[ \t]*\n[ \t]*")


_WRAP_TO_INDENT = re.compile(r"[ ]*\n[ ]*(?=[A-Za-z(])")


def _affiliation_text(aff: str) -> str:
    """ "Swale Borough Council (Chair)" → "Swale Borough Council, Chair": parentheses become parts."""
    out = _PAREN.sub(lambda m: m.group(0) if _qualifies_a_post(aff, m) or _completes_a_body(aff, m)
                     else "" if _area_after_a_body(aff, m) or _ITEM_NOTE.fullmatch(m.group(1).strip())
                     else ", " + _LINE_WRAP.sub(" ", m.group(1)), aff)
    # a bar, tab, wide gap or spaced dash separates columns ("(Chair)   Dover District Council"); the
    # indent of a wrapped line is no gap ("Office of the Police and Crime" over "    Commissioner")
    return _COLUMN_SEPARATORS.sub(", ", _WRAP_TO_INDENT.sub(" ", out)).strip(" ,")


_LEADING_THE = re.compile(r"the[ \t]+", re.IGNORECASE)
# what may follow "Post (Name)": nothing, or a lower-case remark ("– minutes", "and four members of the public")
_REMARK_AFTER_NAME = re.compile(r"[ \t]*(?:(?:[-–—,;]|and\b)[ \t]*[a-z][^()\n]{0,60})?[ \t.,;]*")


def _is_role_phrase(role: str) -> bool:
    """ "Chief Finance Officer, OPCC", "Police and Crime Commissioner", "Town Clerk": a post (with its
    body), not a person — a personal title before a name ("Superintendent Neil Curwen") is a person."""
    from ..entities.organisations import is_job_word
    if not role or not role[:1].isupper() or "(" in role or ")" in role:
        return False
    tm = _titles_re().match(role + " ")
    if tm:
        rest = (role + " ")[tm.end():].split(",")[0].split()
        if rest and rest[0][:1].isupper() and not job_re().search(" ".join(rest)) \
                and not _org_word_re().search(rest[0]):
            return False
    first = role.split(",")[0]
    return bool(job_re().search(first) or chair_role_re().search(first) or is_office_holder_body(first)
                or is_office_holder_body(role)
                or any(is_job_word(w, plural=False) for w in re.findall(r"[A-Za-z][\w'’-]*", first)))


def _is_body_name(phrase: str) -> bool:
    """ "Blackpool Council", "Kent Fire and Rescue Service": a body's name (its head word last), with
    no personal title in front — "Apologies: Blackpool Council (Joanne Pilling)" lists the body first."""
    from ..entities.organisations import ends_with_head
    if not phrase[:1].isupper() or "(" in phrase or _titles_re().match(phrase + " "):
        return False
    return ends_with_head(phrase.split()) or bool(re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*", phrase))


def _post_then_name(text: str, s: int, e: int, kind: str) -> AttendanceEntry | None:
    """ "Chief Finance Officer, OPCC (Mr Stephen Kirkby)", "the Town Clerk (Mrs Joanne Pickford)": the
    post (and body) comes first and the person's name is in the brackets."""
    open_at = text.find("(", s, e)
    if open_at < 0:
        return None
    close_at = text.find(")", open_at, e)
    if close_at < 0 or not _REMARK_AFTER_NAME.fullmatch(text, close_at + 1, e):
        return None
    rs = s
    lm = _LEADING_THE.match(text, rs, open_at)
    if lm:
        rs = lm.end()
    role_s, role_e = _strip_span(text, rs, open_at, " \t,")
    post = _SPACES.sub(" ", text[role_s:role_e])
    ns, ne = _strip_span(text, open_at + 1, close_at, " \t,")
    name = _SPACES.sub(" ", text[ns:ne])
    if not _is_bracketed_person(name) or not (_is_role_phrase(post) or _is_body_name(post)):
        return None
    # "Jo Bloggs, Head of Service, Lakes Probation (Fellside)", "Jo Bloggs – Inspector, Lakes Police
    # (Fellside)": a line opening with a name is that person's, the bracket a place or a remark; so is
    # "Jo Bloggs<TAB>Chief Officer, Leeds CSP (Safer Leeds)", the name in a column of its own (a tab or
    # wide gap, which the post above has collapsed to one space)
    raw_post = text[role_s:role_e]
    opening = _STRONG_NAME_SEP.split(raw_post.split(",", 1)[0], maxsplit=1)[0].strip()
    if opening != raw_post.strip() and _is_bracketed_person(opening):
        return None
    if is_office_holder_body(post):
        orgs, role = [], post        # "Police and Crime Commissioner (Mr X)": the office is the post held
    else:
        orgs, role = analyse_affiliation(post)
    return AttendanceEntry(name=name, span=Span(ns, ne), as_written=_SPACES.sub(" ", text[s:e]).strip(),
                           organisations=orgs, role=role, list_kind=kind)  # type: ignore[arg-type]


# "Area Manager, Prevention and Protection – S. Rowe": the post (and its section) first, a spaced
# dash, then the officer's initials and surname (maybe after a title), nothing after them
_DASH_THEN_INITIALLED_NAME = re.compile(r"[ \t]+[-–—][ \t]+(?P<name>(?:(?:[A-Z][a-z]{1,12}\.?)[ \t]+)?"
                                        r"(?:[A-Z]\.[ \t]?){1,3}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t.]*$")


def _post_then_dashed_name(text: str, s: int, e: int, kind: str) -> AttendanceEntry | None:
    """ "Assistant Chief Fire Officer – K. Tolley", "Group Manager, Community Safety – L. Ames": a
    printed list of officers gives each post, then the holder's initials and surname after a dash. The
    post (with the section after its comma) is the role; no body is written."""
    m = _DASH_THEN_INITIALLED_NAME.search(text, s, e)
    if m is None or m.start() <= s:
        return None
    post = _SPACES.sub(" ", text[s:m.start()]).strip()
    if "(" in post or not job_re().search(post.split(",", 1)[0]) or not _is_role_phrase(post):
        return None
    return AttendanceEntry(name=_SPACES.sub(" ", m["name"]), span=Span(m.start("name"), m.end("name")),
                           as_written=_SPACES.sub(" ", text[s:e]).strip(), organisations=[], role=post,
                           list_kind=kind)  # type: ignore[arg-type]


# "Moira from the Wenlock Barn TRA": a name (capitalised words), "from", then the body she came for
_FROM_BODY = re.compile(r"[ \t\n]+from[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")
_NAME_WORDS = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}")


def _body_after_from(text: str, s: int, e: int) -> tuple[int, int, int] | None:
    """ "Moira from the Wenlock Barn TRA" → (end of the name, start and end of the body), when the words
    before "from" are a name alone and those after it are capitalised (a body's name), else None."""
    m = _FROM_BODY.search(text, s, e)
    if m is None or not _NAME_WORDS.fullmatch(text, s, m.start()):
        return None
    bs, be = _strip_span(text, m.end(), e)
    if "(" in text[bs:be] or not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in text[bs:be].split()):
        return None
    return m.start(), bs, be


def parse_entry(text: str, s: int, e: int, kind: str, line_mode: bool) -> AttendanceEntry | None:
    """One attendance entry: "AB Alice Brown (Dover DC)", "Cllr Smith (Chairman)", "Jo Bloggs – Kent Police",
    "Jo Bloggs, Community Safety Manager, Medway Council (Chair)", "Charlotte Hudson (CH) – Swale BC",
    "AB | Alice Brown | Dover DC", "Chief Constable (Mr Jo Bloggs)"."""
    s, e = _strip_span(text, s, e, " \t\n,.;:*_•·-–—|\u00a0")
    if s < e and text[s:s + 4].lower() == "and ":
        s += 4
    if e <= s:
        return None
    gm = _GROUP_PREFIX.match(text, s, e)
    if gm:
        s = gm.end()
    taker = _MINUTE_TAKER_LABEL.match(text, s, e)
    if taker:
        s = taker.end()
    if text.find("(", s, e) >= 0:
        post_first = _post_then_name(text, s, e, kind)
        if post_first is not None:
            return post_first
    elif text.find(".", s, e) >= 0:
        post_first = _post_then_dashed_name(text, s, e, kind)
        if post_first is not None:
            return post_first
    initials = None
    im = _INITIALS_PREFIX.match(text, s, e)
    name_from = s
    if im:
        name_end, _, _ = _split_name_affiliation(text, im.end(), e, line_mode)
        given = im["ini"] or im["bini"]
        if initials_fit(text[im.end():name_end], given):
            initials, name_from = given, im.end()
    name_end, aff_from, sep_end = _split_name_affiliation(text, name_from, e, line_mode)
    ns, ne = _strip_span(text, name_from, name_end, " \t\n,.;:*_-–—|\u00a0")
    hm = _honours_re().search(text, ns, ne)
    if hm and hm.start() > ns:
        ne = hm.start()
    from_body = _body_after_from(text, ns, ne)
    if from_body is not None:
        ne = from_body[0]
    name = _RANK_COLLAR_NUMBER.sub(r"\g<rank> ", _SPACES.sub(" ", text[ns:ne]))
    if not name or not name[0].isupper() or len(name.split()) > 8 \
            or not (_LOWER_LETTER.search(name) or is_shouted_titled_name(name)):
        return None
    if _norm_words(name) <= _TABLE_HEADER_WORDS or _HEADCOUNT.match(name) or _AUDIENCE_COUNT.match(name):
        return None
    rest_s = aff_from
    # "(CH)" right after the name gives its initials, not an organisation
    pm = _INITIALS_IN_BRACKETS.match(text, name_end, e)
    if pm and _initials_end_the_name(name, pm["ini"]):
        initials = initials or pm["ini"]
        rest_s = pm.end()
        if line_mode:
            sm = _NAME_ORG_SEP.match(text, rest_s, e)
            if sm:
                rest_s = sm.end()
    aff = None
    # "Dr Ann Webb – Designated Lead, Lakes ICB (AW)": the initials may close the line instead
    trailing = _TRAILING_INITIALS.search(text, rest_s, e)
    if trailing and initials_fit(name, trailing["ini"]):
        initials = initials or trailing["ini"]
        e = trailing.start()
    if line_mode or sep_end is not None:
        a, b = _strip_span(text, rest_s, e, " \t,;:–—-|\u00a0")
        aff = text[a:b] or None
        analysed = _affiliation_text(aff) if aff else None
    else:
        parens = [_SPACES.sub(" ", m.group(1)).strip() for m in _PAREN.finditer(text, rest_s, e)]
        aff = " ".join(p for p in parens if p) or None
        # ("Lakes Consulting – item 3": the item a guest came for, a dash after the body)
        analysed = ", ".join(_ITEM_NOTE_AFTER_DASH.sub("", p) for p in parens if p and not _ITEM_NOTE.fullmatch(p)) or None
    orgs: list[str] = []
    role = None
    if analysed:
        orgs, role = analyse_shouted_affiliation(analysed)
    if taker and role is None:
        role = "Minute Taker"
    if from_body is not None and not orgs:
        orgs = [_SPACES.sub(" ", text[from_body[1]:from_body[2]])]
        aff = aff or orgs[0]
    return AttendanceEntry(name=name, span=Span(ns, ne), as_written=aff, organisations=orgs, role=role,
                           list_kind=kind, initials=initials)  # type: ignore[arg-type]


# "PC 4420 Jan Nowacki", "Insp 2345 Dan Kay": a police officer's display name gives the rank, then the
# collar number, then the name; the number is no part of the name
_RANK_COLLAR_NUMBER = re.compile(r"^(?P<rank>[A-Z][A-Za-z]{0,4}\.?) \d{2,6} (?=[A-Z])")


# "Approx. 27 residents signed in", "About 15 members of the public": a headcount on the list, nobody named
_HEADCOUNT = re.compile(r"(?:approx(?:imately)?\.?|about|around|some|over|roughly|c\.)[ \t]+\d+\b", re.IGNORECASE)
# "Members of the public: 3", "Press: none": the audience counted under the attendance lists, nobody named
_AUDIENCE_COUNT = re.compile(r"(?:members?[ \t]+of[ \t]+(?:the[ \t]+)?)?(?:public|press)"
                             r"(?:[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?(?:public|press))?[ \t]*:", re.IGNORECASE)


# "Ms A Webb (Lakes Youth Project) (Item 7)": a second bracket saying which item a guest came for is a note
# on the attendance, not a body
_ITEM_NOTE = re.compile(r"(?i:(?:for|at|during|from)[ \t]+)?(?i:items?|minutes?|agenda[ \t]+items?)[ \t]+"
                        r"[\w./-]{1,10}(?:[ \t]*(?:,|and|&|-|–|to)[ \t]*[\w./-]{1,10})*(?:[ \t]+only)?")


_ITEM_NOTE_AFTER_DASH = re.compile(r"[ \t]+[–—-][ \t]+(?:" + _ITEM_NOTE.pattern + r")$")
_CONNECTORS = frozenset({"and", "of", "the", "for", "to", "in", "on", "at", "with"})
_SHOUTED_NAME_WORD = re.compile(r"[A-Z]\.?|[A-Z][A-Z'’-]*[AEIOUY][A-Z'’-]*")


def is_shouted_titled_name(name: str) -> bool:
    """ "COUNCILLOR B WHITEHEAD", "CHIEF SUPERINTENDENT M ORMEROD": a name typed in capitals, as old
    minutes type their whole attendance list, known for a name by the personal title that opens it
    and the initials and surname after it (a capitals heading, "APOLOGIES", has no title)."""
    tm = _titles_re().match(name)
    if not tm:
        return False
    words = name[tm.end():].split()
    return 1 <= len(words) <= 3 and all(_SHOUTED_NAME_WORD.fullmatch(w) for w in words) \
        and len(words[-1].strip(".")) > 1 and not any(w.lower() in _CONNECTORS for w in words)


def _norm_words(s: str) -> set[str]:
    return {w.lower() for w in _WORD_SEPARATORS.split(s) if w}


def _attach_affiliation(entry: AttendanceEntry, piece: str) -> None:
    """ "Neil Davies, Medway Council" read as a comma list: the body goes to the person before it."""
    orgs, role = analyse_affiliation(piece)
    entry.organisations.extend(o for o in orgs if o not in entry.organisations)
    entry.role = entry.role or role
    entry.as_written = f"{entry.as_written}, {piece}" if entry.as_written else piece


# a rule alone on its line, as a document's separator: "-----", "=====", "_____"
_SEPARATOR_RULE = re.compile(r"[ \t]*(?:-{5,}|={5,}|_{5,})[ \t]*")


_STRONG_NAME_SEP = re.compile(r"[ \t]+[-–—][ \t]+|[ \t]*\|[ \t]*|\t+|[ \t]{3,}")


_NOT_WORD = re.compile(r"[^\w]+")


def _opens_another_field(text: str, ln: Line) -> bool:
    """ "Distribution: members as above", "Abbreviations used in this log: …": a line under a list that
    opens with the label of another header field (labels as data) names nobody of the list above."""
    field = _compiled("other-field", lambda: re.compile(
        rf"[ \t*_]*(?:{_alternation(terms()['list_ending_field_labels'])})\b[^:\n]{{0,30}}:", re.IGNORECASE))
    return field.match(text, ln.cs, ln.ce) is not None


def ends_a_list(content: str) -> bool:
    """ "Items", "No. | Item", "Item | Title": a section heading, or the head of a table of agenda
    items (a ModernGov page) or of the minutes' own table ("No. | Discussion | Action by"), below an
    attendance list ends it and names nobody."""
    if len(content) > 40:
        return len(content) <= 100 and _heads_a_minutes_table(content)
    phrase = _NOT_WORD.sub(" ", content.lower()).strip()
    if phrase in terms()["list_ending_headings"]:
        return True
    words = set(phrase.split())
    return bool(words) and words <= set(terms()["agenda_table_header_words"]) \
        and not words.isdisjoint(terms()["agenda_table_item_words"]) or _heads_a_minutes_table(content)


_SHOUTED_CONNECTOR = re.compile(r"\b(?:AND|OF|FOR|THE|ON|IN|TO)\b")


def _shouted_section_heading(content: str) -> bool:
    """ "RECORDING AND VOTING ARRANGEMENTS": a section heading in capitals after an attendance list ends
    it — three words or more joined by a connector, no bracket, comma, dash or tab, no personal title
    and no word of a body's name (a body's heading in capitals groups the members below it)."""
    words = content.split()
    if len(words) < 3 or not content.isupper() or re.search(r"[(),;:\t|–—-]", content) \
            or not _SHOUTED_CONNECTOR.search(content):
        return False
    cased = content.title()
    return _titles_re().match(cased) is None and _org_word_re().search(cased) is None


def _action_column_head(text: str, ln: Line) -> bool:
    """ "ACTION" set far right above the first item of typed minutes: the head of the minutes' column
    of owners, no attendee (a list label alone above its names may have blank lines under it)."""
    content = ln.content(text)
    indent = len(text[ln.start:ln.cs].expandtabs(8))
    return content.strip(" :").lower() in terms()["item_table_action_headers"] \
        and (content.isupper() or indent >= 20)


_LOWER_REMARK = re.compile(r"[ \t]*\([a-z][a-z ]{0,30}\)$")
# "(for minute CSP/23/48)", "(item 9 only)": a bracket closing an entry that says which item a guest came for
_ITEM_NOTE_AT_END = re.compile(r"[ \t]*\((?:" + _ITEM_NOTE.pattern + r")\)$")
