"""People: name forms, titles and ranks, and the roles and organisations written beside them.

A person is named in minutes as "Stuart Beaumont", "Mr S Peerbux", "Ms Hunter-Whitehouse",
"Superintendent Steenhuis (Kent Police)" or "Ms S Brinson (Community Safety Team Leader, KCC)".
"The Chair", "A Partnership Member" and "Members" are roles, never people: a name needs a title
in front of it, or a known full name (attendance list, action owner), or a first-name-surname
pair followed by a verb of speech ("Meradin Peachey said").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..segment.labels import without_post_nominals
from .gazetteer import lexicon
from .keys import slugify

# A name starts where no word character or hyphen comes before it: "(?<![\w-])". The patterns below
# check that right *after* the first letter ("[A-Z](?<![\w-].)" and the like): a pattern that opens
# with a letter or a set of letters lets the regex engine jump from candidate to candidate, where one
# that opens with a look-behind is tried at every character of the document.
_NOT_AFTER_WORD = r"(?<![\w-].)"       # placed after a name's first character
# "[a-z]++" is possessive: every pattern below needs a space, bracket, apostrophe, hyphen or non-word
# character after a run of lower-case letters, never a lower-case letter, so giving letters back
# can never lead to a match; without it a failed attempt backtracks through every letter of every word
# letters of names beyond ASCII ("Siân", "Zoë", "Łukasz"): Latin-1 capitals and small letters, and
# Latin Extended-A (both cases, interleaved in that block)
_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LOW = "a-zß-öø-ÿ\u0100-\u017f"
_NAME_WORD_REST = rf"[{_LOW}]++(?:['’][{_UP}]?[{_LOW}]++)?(?:-[{_UP}][{_LOW}]++(?:['’][{_UP}]?[{_LOW}]++)?)*"
_NAME_WORD = rf"[{_UP}]" + _NAME_WORD_REST
_FIRST_NAME_WORD = rf"[{_UP}]" + _NOT_AFTER_WORD + _NAME_WORD_REST      # a name word that opens a name
_CAPS_SURNAME = r"[A-Z]{2,}(?:-[A-Z]{2,})?"
_PAREN_AFTER = re.compile(r"[ \t]*\(([^()\n]{1,160})\)")


@dataclass(frozen=True, slots=True)
class PersonName:
    written: str
    titles: tuple[str, ...]     # "Mr", "Superintendent"
    given: tuple[str, ...]      # "Stuart"
    initials: str               # "S" (also the first letters of given names)
    surname: str

    @property
    def gender(self) -> str | None:
        genders = {lexicon().extras.get(("gender", t.lower())) for t in self.titles} - {None}
        return genders.pop() if len(genders) == 1 else None

    @property
    def richness(self) -> tuple[int, int, int]:
        """How full a form is: given names first, then initials, then length."""
        return (len(self.given), len(self.initials), len(self.written))


@cache
def _title_words() -> tuple[str, ...]:
    """Titles and ranks, longest first so "Chief Inspector" wins over "Inspector"."""
    words = set(lexicon().words("title")) | set(lexicon().words("rank"))
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@cache
def _rank_set() -> frozenset[str]:
    return lexicon().lower_set("rank")


def strip_titles(words: list[str]) -> tuple[list[str], list[str]]:
    """Leading titles/ranks (possibly several words) and the rest of the name."""
    titles: list[str] = []
    lowered = [w.lower().rstrip(".") for w in words]
    i = 0
    while i < len(words) - 1:
        for title in _title_words():
            parts = title.lower().split()
            if lowered[i:i + len(parts)] == parts and i + len(parts) < len(words):
                titles.append(" ".join(words[i:i + len(parts)]).rstrip("."))
                i += len(parts)
                break
        else:
            break
    return titles, words[i:]


PERSON_TITLES = frozenset("""mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend
cllr councillor cc supt superintendent chief inspector ch insp dci di ds dc pc sgt sergeant
detective constable acc dcc commander the""".split())

@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """'Mr S Peerbux' → 's-peerbux'; 'Stuart Beaumont' → 'stuart-beaumont' (titles dropped)."""
    words = [w for w in re.split(r"[\s.]+", name) if w]
    # ranks of several words ("Deputy Chief Constable", "Station Commander") are left out whole
    words = strip_titles(words)[1] or words
    kept = [w for w in words if w.lower().strip(",") not in PERSON_TITLES]
    return slugify(" ".join(kept or words))


def plural_title_end(name: str) -> int:
    """Where a name starts after a title written once for a whole list ("Cllrs J Ashby" → 6), else 0."""
    first = name.split(maxsplit=1)[0].rstrip(".") if name.strip() else ""
    if first.lower() not in lexicon().lower_set("plural_title") or len(name.split()) < 2:
        return 0
    after = name.index(first) + len(first)
    return after + len(name[after:]) - len(name[after:].lstrip(". \t"))


def _is_initials(word: str) -> bool:
    bare = word.replace(".", "")
    return bool(bare) and bare.isalpha() and bare.isupper() and len(bare) <= 3


def _surname_start(rest: list[str]) -> int:
    """Index of the surname's first word: the last word, or a particle before it ("Karen Le Brocq",
    "Mrs Le Brocq": "Le" opens the surname; a name of the particle alone is no surname)."""
    last = len(rest) - 1
    if last >= 1 and rest[last - 1] in _surname_particles():
        return last - 1
    return last


@cache
def _surname_particles() -> frozenset[str]:
    return frozenset(lexicon().words("surname_particle"))


@lru_cache(maxsize=65536)
def parse_person_name(name: str) -> PersonName:
    """'Mr S Peerbux' → titles ('Mr',), initials 'S', surname 'Peerbux'."""
    words = [w for w in re.split(r"\s+", name.strip().strip(",")) if w]
    titles, rest = strip_titles(words)
    if titles and len(rest) > 1 and rest[0].isdigit():
        # "PC 4420 Jan Nowacki": a police display name's collar number after the rank, no part of the name
        words = words[:len(words) - len(rest)] + rest[1:]
        name, rest = " ".join(words), rest[1:]
    if not rest:
        return PersonName(name, tuple(titles), (), "", "")
    cut = _surname_start(rest)
    surname = " ".join(rest[cut:]).strip(".,")
    given: list[str] = []
    initials = ""
    for word in rest[:cut]:
        if _is_initials(word):
            initials += word.replace(".", "")
        else:
            given.append(word.strip("."))
    if given and not initials:
        initials = "".join(g[0] for g in given)
    return PersonName(name.strip(), tuple(titles), tuple(given), initials.upper(), surname)


def _opening(title: str) -> str:
    """A title that opens a name, as a regex: the title with the look-behind after its first letter."""
    if not title:
        return r"(?<![\w-])"
    return re.escape(title[0]) + _NOT_AFTER_WORD + re.escape(title[1:])


@cache
def word_alternation(kind: str) -> str:
    """The lexicon's words of ``kind`` as one regex alternation, longest first (so that "also said"
    is tried before "said")."""
    return "|".join(re.escape(w) for w in sorted(lexicon().words(kind), key=len, reverse=True))


# "Proposed: Cllr Lister   Seconded: Cllr Dobson": past a wide gap, a word and a colon label the next
# field of the line; the word before the gap is the surname, not a first name
_NO_FIELD_AFTER_GAP = rf"(?![ \t]*\t[ \t]*{_NAME_WORD}[ \t]*:|[ ]{{2,}}{_NAME_WORD}[ \t]*:)"


@cache
def titled_name_pattern() -> re.Pattern[str]:
    """Title or rank, optional initials or first name, surname: "Mr S Peerbux", "DCI Loose"."""
    titles = "|".join(re.escape(t) for t in _title_words())
    first_titles = "|".join(_opening(t) for t in _title_words())
    # a Welsh two-letter initial keeps its full stop ("Mr G. Ll. Harries")
    digraphs = "".join(f"|{re.escape(d)}\\." for d in lexicon().words("initial_digraph"))
    # a second given name ("Councillor Gareth Wyn Parry") only where the name visibly ends after the
    # surname: a lower-case word ("was nominated"), a bracket or a comma/full stop; "Mr John Smith Kent
    # Police" keeps two words, and the third word may be no post or body word ("Cllr Ann Webb Chair,");
    # a tab after the title is a column gap ("Area Commander<TAB>Cumbria Constabulary"), not a name
    not_surname = "|".join(re.escape(w) for w in sorted(_not_surname_words(), key=len, reverse=True))
    middle = rf"(?:{_NAME_WORD}[ \t]+(?=(?!(?:{not_surname})(?![\w-])){_NAME_WORD}(?:[ \t]*[(,]|\.(?:[ \t]|$)|[ \t]+[a-z])))?"
    return re.compile(
        rf"(?:{first_titles})\.?(?:[ \t]+(?:{titles})\.?)*"
        rf" +(?:(?:(?:[A-Z]\.?{digraphs})[ \t]*){{1,3}}[ \t]+|{_NAME_WORD}{_NO_FIELD_AFTER_GAP}[ \t]+{middle}(?={_NAME_WORD}))?"
        rf"(?:{_NAME_WORD}|{_CAPS_SURNAME})(?![\w-])", re.MULTILINE)


@cache
def _not_surname_words() -> frozenset[str]:
    """Capitalised words that end a post or a body, never a surname: "Chair", "Officer", "Council"."""
    lex = lexicon()
    return frozenset(w for kind in ("person_role_word", "job_title_word", "org_head", "role_word")
                     for w in lex.words(kind) if " " not in w and w[:1].isupper())


@cache
def spoken_name_pattern() -> re.Pattern[str]:
    """'Meradin Peachey said': two or three name words followed by a verb of speech."""
    verbs = word_alternation("speech_verb")
    return re.compile(rf"({_FIRST_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})(?=[ \t]+(?:also[ \t]+)?(?:{verbs})\b)")


@cache
def apposed_name_pattern() -> re.Pattern[str]:
    """'Angela Sturrock, Kent Police Authority, explained': two or three name words, a body between
    commas, then a verb of speech; group 2 is the body, which the caller checks."""
    verbs = word_alternation("speech_verb")
    return re.compile(rf"({_FIRST_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}),[ \t]+([A-Z][^,;()\n]{{2,80}}?),"
                      rf"(?=[ \t]+(?:also[ \t]+)?(?:{verbs})\b)")


@cache
def listed_post_name_pattern() -> re.Pattern[str]:
    """'Rachel Ebdon-Crowe, Chief Executive, East Surrey Domestic Abuse Services' alone on its line (the
    witnesses a scrutiny committee heard, a list of contacts): two or three name words, a comma, then
    the rest of the line; group 2 is the post (and maybe the body), which the caller checks names a job."""
    return re.compile(rf"^[ \t]*({_FIRST_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}),[ \t]+([A-Z][^;()\n]{{2,160}}?)[ \t]*$",
                      re.MULTILINE)


@cache
def object_name_pattern() -> re.Pattern[str]:
    """'who has replaced Paul Okonkwo': two or three name words right after a verb whose object is a person."""
    verbs = word_alternation("person_object_verb")
    return re.compile(rf"\b(?:{verbs})[ \t]+({_FIRST_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})(?![\w-])")


@cache
def name_as_post_pattern() -> re.Pattern[str]:
    """'… replaced Owen Pritchard as the DfE regional coordinator': two or three name words followed by
    "as the/a" and a post (a person role or job title word within five words)."""
    lex = lexicon()
    posts = sorted({w.lower() for w in (*lex.words("person_role_word"), *lex.words("job_title_word"))},
                   key=len, reverse=True)
    # (the words after the name may wrap: "… from Brian Oliphant as the Community Justice Scotland link\nofficer")
    gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    return re.compile(rf"({_FIRST_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})(?={gap}as{gap}(?:the|a|an|its|their){gap}"
                      rf"(?:[\w'’-]+{gap}){{0,4}}?(?i:{'|'.join(map(re.escape, posts))})s?\b)")


@cache
def bracketed_name_pattern() -> re.Pattern[str]:
    """'Kevin Carter (National Probation Service)': two or three name words right before a bracket.

    Only a candidate: the caller keeps it when the bracket names an organisation and the words
    themselves are no body, role or defined term ("Domestic Homicide Review (DHR)"); a name that a
    line break splits ("… and Stuart\nMallory (Kent Drug and Alcohol Action Team)") only inside
    wrapped prose. A tab parts a table's cells, never a name's words: "Designation<TAB>Organisation<TAB>
    Attended (Y/N)" heads columns."""
    return re.compile(rf"({_FIRST_NAME_WORD}(?:(?=[ \n]) *+(?:\n[ \t]*+)?{_NAME_WORD}){{1,2}})"
                      rf"(?=[ \t]*\([^()\n]{{2,160}}\))")


@cache
def _role_words() -> frozenset[str]:
    return lexicon().lower_set("role_word") | lexicon().lower_set("connector")


def is_role_phrase(words: list[str]) -> bool:
    """'The Chair', 'Partnership Member', 'Kent Police': words that name an office or a body."""
    roles = _role_words()
    return any(w.lower().strip(".,’'s") in roles or w.lower() in roles for w in words)


# the checks below are pure in the name and asked about the same names in every document: cached
@lru_cache(maxsize=65536)
def has_person_role_word(text: str) -> bool:
    """'Community Safety Manager', 'Portfolio Holder for Resources', 'Chief Executive': a job, not a name."""
    roles = lexicon().lower_set("person_role_word")
    return any(w.lower().strip(".,’'") in roles for w in re.split(r"[\s,/]+", text))


@lru_cache(maxsize=65536)
def is_office(organisation: str) -> bool:
    """'Kent Police and Crime Commissioner': a body that is one office, so also the holder's role."""
    words = organisation.split()
    return bool(words) and words[-1].lower() in lexicon().lower_set("office_head")


@lru_cache(maxsize=65536)
def is_person_name(name: str, is_organisation) -> bool:
    """Whether a name as written (attendance entry, action owner) can be a person at all.

    Segmenters hand over fragments such as 'Portfolio Holder for Resources', 'Medway Council' or
    'Kent'; a person's name has a surname, is neither a body nor a job title, and is either
    titled ('Cllr Smith') or has at least two words ('Jo Hawkins', 'J Smith').
    """
    name = name.strip()
    parsed = parse_person_name(name)
    if not parsed.surname or not parsed.surname[:1].isupper() or not looks_like_a_name(name):
        return False          # "KM by 30 June": initials and a due date, no name
    words = name.split()
    if any(w in lexicon().words("connector") for w in words):
        return False          # 'Portfolio Holder for Resources', 'Head of Service'
    if has_person_role_word(name) or is_organisation(name):
        return False
    return bool(parsed.titles) or len(words) - len(parsed.titles) >= 2


_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "ter", "le", "la", "da", "di", "du", "del", "dos", "das",
                             "bin", "al", "ap", "ab"})


@lru_cache(maxsize=65536)
def looks_like_a_name(name: str) -> bool:
    """Whether an owner as the segmenter read it can be a person's name at all: one to five words,
    each opening with a capital (or a particle such as "van"). "Provide a breakdown of …", "locality",
    "30 June 2023" and "KM by 30 June" are a task, a word, a date and a due date caught in an owner's
    place; a bare surname ("Smith") or initials ("NQ") still may be a person."""
    words = name.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)


@dataclass(frozen=True, slots=True)
class Apposition:
    role: str | None
    organisation: str | None
    start: int          # span of the parenthesis, brackets included
    end: int


def own_initials(name: str) -> str:
    """'Supt Carl Heathcote' → 'CH': the letters minutes write in brackets after a person's name."""
    parsed = parse_person_name(name)
    return parsed.initials + parsed.surname[:1].upper()


def are_own_initials(name: str, letters: str) -> bool:
    """'SKB' and 'SK' are both Sunita Kaur-Blake's: each part of a double-barrelled surname may give
    a letter."""
    parsed = parse_person_name(name)
    if not parsed.surname or not letters:
        return False
    by_part = "".join(part[:1] for part in parsed.surname.split("-")).upper()
    if letters in (parsed.initials + parsed.surname[:1].upper(), parsed.initials + by_part):
        return True
    # "AKe" for Angela Kerrigan: more letters of the surname, in lower case, tell two "AK"s apart
    m = _INITIALS_WITH_SURNAME_LETTERS.fullmatch(letters)
    return m is not None and m["initials"] == parsed.initials + parsed.surname[:1].upper() \
        and parsed.surname.lower().startswith(m["initials"][-1].lower() + m["more"])


_INITIALS_WITH_SURNAME_LETTERS = re.compile(r"(?P<initials>[A-Z]{2,3})(?P<more>[a-z]{1,2})")


def read_apposition(text: str, name_end: int, is_organisation, name: str | None = None) -> Apposition | None:
    """'(Head of Community Safety, KCC)' → role + organisation; '(Kent Police)' → organisation;
    '(CH)' after Carl Heathcote (``name``) → his initials: neither role nor organisation."""
    m = _PAREN_AFTER.match(text, name_end)
    if m is None:
        return None
    inner = m.group(1).strip()
    if name is not None and are_own_initials(name, inner):
        return Apposition(None, None, m.start(1) - 1, m.end())
    parts = [p.strip() for p in inner.split(",") if p.strip()]
    if not parts:
        return None
    if len(parts) >= 2 and is_organisation(parts[-1]):
        return Apposition(", ".join(parts[:-1]), parts[-1], m.start(1) - 1, m.end())
    if is_organisation(inner):
        # '(Kent Police and Crime Commissioner)': the office is the body and the person's role
        return Apposition(inner if is_office(inner) else None, inner, m.start(1) - 1, m.end())
    return Apposition(inner, None, m.start(1) - 1, m.end())


def name_without_rank(name: PersonName) -> str:
    """'Deputy Chief Constable Rosalind Penn' → 'Rosalind Penn': a rank before a full name is the
    person's role, not part of the name; titles ("Cllr", "Dr") stay, and so does a rank before a bare
    surname ("DCI Loose"), which would leave no name of the person's own."""
    if not (name.given or name.initials) or not any(t.lower() in _rank_set() for t in name.titles):
        return name.written
    words = name.written.split()
    kept_titles = [t for t in name.titles if t.lower() not in _rank_set()]
    rank_words = sum(len(t.split()) for t in name.titles)
    return " ".join(kept_titles + words[rank_words:])


def rank_role(name: PersonName) -> str | None:
    """A police or fire rank in front of a name is the person's role when nothing else is said."""
    ranks = [t for t in name.titles if t.lower() in _rank_set()]
    return ranks[-1] if ranks else None


# "Apologies were received from A, B and C.", "Apologies for absence from …": the list runs to the end
# of the sentence or line
_APOLOGIES_FROM = re.compile(r"[Aa]" + _NOT_AFTER_WORD + r"pologies\b[^.\n]{0,40}?\bfrom[ \t]+([^\n]+?)(?=\.(?:[ \t]|$)|\n|$)",
                             re.MULTILINE)
_BRACKETED = re.compile(r"\([^()\n]*\)")
_LIST_ENTRY = re.compile(r"[^,;]+")
_AND_SPLIT = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def apology_names(text: str) -> list[tuple[int, int]]:
    """Spans of the entries of a running-text apologies list that are shaped like names: a titled or
    ranked name ("Inspector Siân Morgan"), or two or three capitalised name words ("Huw Parfitt").
    Brackets after an entry are left out (the caller reads them as its affiliation); whether an
    entry is a body or a role is for the caller to check."""
    if "pologies" not in text:
        return []
    spans = []
    for m in _APOLOGIES_FROM.finditer(text):
        listed = _BRACKETED.sub(lambda b: " " * len(b.group()), m.group(1))
        for entry in _LIST_ENTRY.finditer(listed):
            at = m.start(1) + entry.start()
            titled_list = False          # "Councillors Smith and Jones": both are titled
            offset = 0
            for piece in _AND_SPLIT.split(entry.group()):
                offset = entry.group().index(piece, offset)
                start = at + offset + len(piece) - len(piece.lstrip())
                offset += len(piece)
                name = without_post_nominals(piece.strip())       # "Jo Bloggs AM"
                if plural_title_end(name):
                    titled_list = True
                    start, name = start + plural_title_end(name), name[plural_title_end(name):]
                if _name_shaped(name, titled_list):
                    spans.append((start, start + len(name)))
    return spans


# "For (13): Councillors Tarn, Fell, Dent and Wyatt": a title written once before a list of
# surnames (a recorded vote, a list of members who spoke); the list runs to the sentence's or line's end
_PLURAL_TITLED_LIST = re.compile(r"\b(?:Councillors|Cllrs)\.?[ \t]+(?P<list>[A-Z][^\n.;:()]*)")
_LIST_SEPARATOR = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+")


def plural_titled_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names listed after a title written once for them all ("Councillors Tarn,
    Fell and Wyatt"), up to the first entry that is not name-shaped ("and Mr Reed" takes
    a title of its own, and is found as a titled name); a list of two names at least (one word after
    "Councillors" may be anything)."""
    if "Councillors" not in text and "Cllrs" not in text:
        return []
    spans = []
    for m in _PLURAL_TITLED_LIST.finditer(text):
        at, found = m.start("list"), []
        for piece in _LIST_SEPARATOR.split(m.group("list")):
            words = _LEADING_NAME.match(piece.strip())
            name = words.group() if words else ""
            if not name or strip_titles(name.split())[0] or \
                    not _name_shaped(_IRISH_PREFIX.sub("", name), True):
                break
            start = text.index(name, at)
            found.append((start, start + len(name)))
            at = start + len(name)
            if name != piece.strip():
                break           # "… and Jones declared an interest": the list ends with the sentence's verb
        if len(found) >= 2:
            spans.extend(found)
    return spans


# the capitalised words opening a list entry ("Jones" of "Jones declared …"), "O'Connor" among them
_LEADING_NAME = re.compile(r"(?:[A-Z]['’])?[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z]['’])?[A-Z][\w'’-]*){0,2}")
_IRISH_PREFIX = re.compile(r"\b[OD]['’](?=[A-Z])")


def _name_shaped(entry: str, titled: bool = False) -> bool:
    titles, rest = strip_titles(entry.split())
    if not rest or len(rest) > 3 or not all(re.fullmatch(_NAME_WORD, w) or _is_initials(w) for w in rest):
        return False
    return bool(titles) or titled or (len(rest) >= 2 and re.fullmatch(_NAME_WORD, rest[-1]) is not None)
