"""What marks a decision: its kind ("approved", "noted", …), the labels and leads that open one
("RESOLVED that", "The Board agreed:"), the deciding body as a subject, the office holders whose
labelled outcomes count (:func:`labelled_deciders`), and sub-points written inline or as an
unmarked list under a lead-in. The lowest layer of the decision readers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Decision, Header, Paragraph, Span
from ..segment import _alternation, terms

from .common import _norm, _NOT_TITLE_CHARS, _SENTENCE_BREAK, _SPACES, _trim, _WORD_CHAR
from .tables import _EMPTY_CELL
from .enumerators import collect_subpoints, enumerator_style


# --------------------------------------------------------------------------- decision kinds


_OWN_VERB = re.compile(
    r"(?:that\s+)?(?:(?:the|this|these|all)\s+)?(?:[\w&'’/-]+\s+){0,3}?(?:(?:also|further|formally|unanimously)\s+)?"
    # "Agreement be given" / "in agreement" (not a document's name: "the Community Safety Agreement 2017-20 be approved")
    # ("Notes agreed as an accurate record": the notes are the record agreed, not the verb)
    r"(?P<verb>noted|notes(?!\s+(?:(?:was|were)\s+)?(?:agreed|approved|confirmed|accepted|adopted)\b)|note|agreed|agree|agrees|agreement(?=\s+(?:be|was|is|were)\s+given\b)|(?<=in\s)agreement|"
    r"approved|approve|approves|approval|endorsed|endorses|endorse)\b"
    r"(?!\s+of\b)", re.IGNORECASE)
_PASSIVE_VERB = re.compile(r"\b(?:be|been|was|were|is|are)\s+(?:(?:duly|hereby|formally|unanimously|also)\s+)?"
                           r"(?P<verb>noted|agreed|approved|endorsed|adopted|accepted|ratified)\b|\bin\s+(?P<agreement>agreement)\b",
                           re.IGNORECASE)
_KIND_OF_VERB = {"noted": "noted", "note": "noted", "notes": "noted", "endorses": "approved", "agreed": "agreed", "agree": "agreed", "agrees": "agreed",
                 "agreement": "agreed", "approved": "approved", "approve": "approved", "approves": "approved",
                 "approval": "approved", "endorsed": "approved", "endorse": "approved", "adopted": "approved",
                 "adopt": "approved", "accepted": "agreed", "accept": "agreed", "ratified": "approved",
                 "ratify": "approved"}


def decision_kind(text: str, fallback: str = "resolved") -> str:
    """The decision's own verb (noted/agreed/approved, incl. "be noted", "Approval be given"),
    else the kind of its lead-in (``fallback``), else "resolved"."""
    head = text.lstrip(" \t\n*_")
    m = _OWN_VERB.match(head)
    if m:
        # "endorse" is none of the kinds (agreed/noted/approved): the decision takes its lead-in's
        # kind ("The Group agreed: to endorse …" → agreed), else resolved
        verb = m["verb"].lower()
        return fallback if verb.startswith("endors") else _KIND_OF_VERB[verb]
    m = _PASSIVE_VERB.search(head)
    if m:
        return "agreed" if m["agreement"] else _KIND_OF_VERB[m["verb"].lower()]
    return fallback


# --------------------------------------------------------------------------- decisions


# "RESOLVED that", "Resolved:", "It was RESOLVED that", "AGREED:", "Decision –"; the weaker words
# count as labels only when shouted or followed by a colon/dash ("It was agreed that" is narrative)
_RESOLVED_AT_START = re.compile(
    # ("It was **RESOLVED** that …": the word in bold inside the sentence; the paragraph's own opening
    # markup is no part of its text)
    r"(?i:it\s+was\s+|and\s+)?(?:\*\*|__)?(?i:(?:unanimously|further|therefore|also)\s+)?(?P<word>(?i:resolved)|AGREED|DECIDED|"
    r"DECISION|RECOMMENDED|OUTCOME|(?:NOTED|Decision(?:\(s\)|s(?=[ \t]*:[ \t]*\|))?|Agreed|Decided|Noted|Outcome|Recommended)(?=\s*[:–—-])|"
    # "Decision" / "Decisions" as a heading alone on its line (Scottish committee minutes), the
    # outcome written below it ("To note the report.", "(1) To agree …")
    r"Decisions?(?=[ \t*_]*(?:$|\n))|"
    # "Outcome" alone on its line: the sub-heading of an item written as "Discussion" / "Outcome" /
    # "Actions", the item's outcome on the lines below it
    r"Outcomes?(?=[ \t*_]*(?:$|\n))|"
    # "DECISION 3" over "AGREED that …" (decisions numbered across the items): the heading, its decision below
    r"(?:DECISION|Decision)[ \t]+\d{1,3}(?=[ \t*_]*\n)|"
    # "NOTED the progress report." opening a paragraph (Scottish minutes: the outcome's
    # verb in capitals, its subject the body left out)
    r"NOTED(?=[ \t]+(?:the|a|an|that|progress|receipt)\b)|"
    # "Decision A1/1: The Board approved …", "Decision 4.2 – …": a decision numbered by its item (a
    # decision log's reference), then a colon or a dash and the decision
    r"(?:DECISION|Decision)[ \t]+[A-Z]{0,3}\d{1,3}(?:[/.]\d{1,3})?(?=[ \t]*[:–—-])|"
    # "What we decided:", "What was agreed:": a plain-English house style's label of the outcome
    # (beside "What we heard:" and "What happens next:")
    r"(?i:what[ \t]+(?:we|was|the[ \t]+[\w-]+)[ \t]+(?:decided|agreed))(?=[ \t*_]*:)|"
    # "Approved: £9,800 from the reserve …": what was approved, labelled like "Agreed:"
    r"(?:APPROVED|Approved)(?=[ \t]*:)|"
    # "Decisions taken:" / "Decisions made:" over bullets, one decision each (a newsletter's key points)
    r"(?i:decisions?[ \t]+(?:taken|made|reached))(?=[ \t*_]*:)|"
    # "Recommendation:" / "RECOMMENDATIONS:" above "(1) That …": what the meeting recommends to its parent body
    r"(?:RECOMMENDATIONS?|Recommendations?)(?=\s*[:–—-])|"
    # "Resolution: That the report be noted." / "Resolution:" above "(a) That …": the label of the
    # meeting's resolution, as "Resolved:" is (only with its colon or dash: "Resolution of …" is prose)
    r"(?:RESOLUTIONS?|Resolutions?)(?=\s*[:–—-])|"
    # "Recommended that …" opening a paragraph: the committee's recommendation to its parent body
    r"Recommended(?=\s+(?:to\s+[^\n]{1,80}?\s+)?that\b)|"
    # "Agreed that …" opening a paragraph records the meeting's decision; "It was agreed that …"
    # inside discussion stays narrative (lowercase, and the lookbehind refuses "was Agreed")
    r"(?<!was\s)Agreed(?=\s+that\b)|"
    # "It was agreed:" (the colon makes it a lead-in of what was agreed, like "Agreed:")
    r"(?<=[Ii]t\swas\s)(?:agreed|decided)(?=[ \t]*:)|"
    # "Also agreed: to ask …" after a recommendation: a second outcome, labelled as "Agreed:" is
    r"(?<=[Aa]lso\s)(?:agreed|decided|resolved)(?=[ \t]*:))(?i:\s+(?:unanimously|accordingly))?,?"
    # "**RESOLVED** (Lakeby Board only) that …": bold closing after the word, then a note of which of
    # the bodies at a joint meeting resolved (or of the vote) in brackets
    r"(?:(?<=[A-Za-z])(?:\*\*|__))?(?:(?:(?<=(?i:resolved))|(?<=(?i:resolved)\*\*)|(?<=(?i:resolved)__))[ \t]*\([^()\n]{1,80}\))?"
    # "RECOMMENDED to Cabinet that …": the body the recommendation goes to, before its "that"
    r"(?:(?:(?<=RECOMMENDED)|(?<=Recommended))\s+to\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for)){0,6}?"
    # ("RECOMMENDED to Cabinet:" over its numbered points: the colon closes the label as "that" does)
    r"(?=\s+that\b|[ \t]*:))?"
    # ("RESOLVED:-", "RESOLVED: -": the colon and dash of formal printed minutes are one label;
    # "RESOLVED/-": a slash in the colon's place, as some panels print it)
    # ("RESOLVED: (Cllr Lee having declared an interest and not voting)" over "(i) that …": a note of
    # who voted, alone on the label's line, is no decision; the points below are)
    r"(?:\s*(?:[:–—-]|/(?=[ \t]*[-–—]))(?:[ \t]*[-–—])?\s*(?:\|\s*)?(?:(?i:that)\b\s*)?"
    r"(?:\([^()\n]{1,100}\)[ \t]*(?=\n|$))?|\s+(?i:that)\b\s*:?\s*|\s*$|\s+(?=[A-Z(])|"
    # "RESOLVED to note the report.", "AGREED to add an item …": the resolution as an infinitive
    # (shouted, so not narrative)
    r"(?:(?<=RESOLVED)|(?<=AGREED))\s+(?=to\s+[a-z])|"
    # ("NOTED the update …": the shouted verb, then what was noted)
    r"(?<=NOTED)[ \t]+(?=(?:the|a|an|that|progress|receipt)\b)|"
    # "RESOLVED, pursuant to the Local Government Act 1972 …, that the public be excluded": the
    # resolution opens with the power it is made under (the comma shows the word is the label)
    r"(?<=RESOLVED,|Resolved,)\s+(?=[a-z]))")
# inside a paragraph only the shouted words count: "Following a vote, it was RESOLVED: …", "It was
# proposed by Councillor X, seconded by Mr Y and AGREED that …" (a motion put and carried), with the
# vote in brackets ("and RESOLVED (5 in favour, 2 abstentions): 1. …"), or the resolution as an
# infinitive ("… thanked PCSO Vaughan and it was RESOLVED to note the police report.")
# ("Moor Street footpath: JAG AGREED to close this location …": a tasking note's location, then the
# body's shouted agreement as an infinitive)
# (a PDF's text runs "… the motion was lost. RECOMMENDED to Cabinet that:" on in one paragraph)
# (the vote's bracket may wrap: "RESOLVED (unanimously of those\nvoting) that …"; an infinitive may
# follow it: "RESOLVED (unanimously) to recommend …")
_RESOLVED_INSIDE = re.compile(r"\b(?:it\s+was\s+)?(?:(?:unanimously|further)\s+)?(?P<word>RESOLVED|AGREED|CARRIED|RECOMMENDED)"
                              r"(?:\s+unanimously)?(?:[ \t]*\((?:[^()\n]|\n(?![ \t]*\n)){1,80}\))?,?"
                              r"(?:(?<=RECOMMENDED)\s+to\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for)){0,6}?"
                              r"(?=\s+that\b|[ \t]*:))?"
                              r"(?:\s*[:–—-]\s*|\s+that\b\s*:?\s*|(?:(?<=RESOLVED)|(?<=AGREED)|(?<=\)))\s+(?=to\s+[a-z]))")
_SHOUTED_DECISION = re.compile(r"RESOLVED|AGREED|CARRIED|RECOMMENDED")
# "… in January. Agreed: the Partnership extends the timescale …": a label with its colon opening a
# sentence inside a paragraph (a numbered note's row, or a PDF's paragraph run on) labels the
# decision as it does at a paragraph's start
_LABEL_AFTER_SENTENCE = re.compile(r"(?<=[.!?])[ \t]+(?P<word>Agreed|Resolved|Decided|Decision)[ \t]*:[ \t]*(?=\S)")
# "Members resolved that the work programme be agreed …" in one sentence: the body resolving is a
# resolution however it is written (unlike "agreed that", which may report an opinion); the decision
# is what follows "that", as after "RESOLVED that"
_RESOLVED_AFTER_SUBJECT = re.compile(r"\s+(?:(?:also|further|unanimously)\s+)?(?P<word>resolved)(?:\s+unanimously)?,?"
                                     r"\s+that\b\s*:?\s*", re.IGNORECASE)
_WORD_KIND = {"resolved": "resolved", "agreed": "agreed", "decided": "resolved", "decision": "resolved",
              "noted": "noted", "carried": "agreed", "recommended": "resolved", "outcome": "resolved",
              "recommendation": "resolved", "recommendations": "resolved", "approved": "approved",
              "resolution": "resolved", "resolutions": "resolved"}
# sub-points written inline: "(i) … (ii) …", "1. … 2. …", "a) … b) …"
_INLINE_SUB = re.compile(r"(?:(?<=\s)|^)(?P<m>\((?P<v>\d{1,2}|[ivx]{1,5}|[a-h])\)|(?P<v2>\d{1,2}|[ivx]{1,5}|[a-h])[.)])\s+")
_TRAILING_JOINER = re.compile(r"(?:[;,]\s*(?:and|or)?|\s+and|\s+or)\s*$", re.IGNORECASE)
_NOTED_SENTENCE = re.compile(
    r"(?:the|this|these)\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|is|are|be)\s+(?:duly\s+|unanimously\s+|formally\s+)?"
    r"(?:noted|agreed|approved|endorsed|received|accepted|adopted)(?:\s+(?:unanimously|by\s+[\w ]{1,30}))?\.?",
    re.IGNORECASE)
_MINUTES_APPROVED = re.compile(
    # (a number abbreviation inside is not a full stop: "(Minute Nos. 301 - 309)"; "were taken as read, approved")
    # (Scottish minutes call the record "the minute": "The minute of the meeting held on … was approved")
    # (the sentence may wrap: "… having been circulated to all" / "Members, were taken as read and …")
    r"\b(?:minutes?|notes|record\s+of\s+(?:the\s+)?(?:last\s+|previous\s+)?meeting)\b(?:[^.\n]|\.(?=[ \t]*\d)|\n(?=[ \t]*[A-Za-z])){0,200}?"
    # (Markdown minutes may set the verb in bold: "were **agreed** as a correct record")
    # ("were submitted, approved and signed by the Chairman": the record put to the meeting, then approved)
    r"\b(?:were|was|be|been|are|is)\s+[*_]{0,2}(?:(?:duly|unanimously|formally|then)\s+)?(?:(?:taken\s+as\s+read|submitted),?\s+(?:and\s+)?)?"
    r"(?:agreed|approved|confirmed|signed|accepted|adopted|correctly\s+recorded)\b|\btrue\s+(?:and\s+(?:accurate|correct)\s+)?record\b|"
    # terse notes drop the verb "were": "Notes of 10 January 2019 agreed." / "Minutes of last meeting approved"
    # (a narrow column wraps them, even inside the date: "… held on 20 March" / "2023 agreed as an accurate
    # record": a line going on in lower case or with a digit continues the sentence)
    r"\b(?:minutes|notes)\s+of\s+(?:[^.\n]|\n(?=[ \t]*(?-i:[a-z0-9]))){1,60}?\s(?:agreed|approved|confirmed|accepted)(?=\s*(?:[.;,]|$|as\s))|"
    # or the meeting's date too: "Notes agreed as an accurate record." / "Minutes approved."
    r"\b(?:minutes|notes)\s+(?:agreed|approved|confirmed|accepted)(?=\s*(?:[.;,]|$|as\s))|"
    # notes in the first person: "We went through the note of the meeting on 4th September and agreed
    # it was accurate" (Scottish groups keep a "note" of a meeting)
    r"\b(?:minutes?|notes?)\s+of\s+(?:the\s+)?(?:last\s+|previous\s+)?meeting\b[^.\n]{0,80}?\sand\s+"
    r"(?:agreed|confirmed|accepted)\s+(?:that\s+)?(?:it|they)\s+(?:was|were)\s+(?:an?\s+)?(?:accurate|correct|true)\b",
    re.IGNORECASE)
# "Minute (21) – Data sharing: LE reported that the protocol had been signed …": an entry of the
# actions arising that names the earlier minute it follows up, then its subject
_MINUTE_ENTRY = re.compile(r"(?-i:Minute)[ \t]+(?:(?:No\.?|Number)[ \t]*)?(?:\(\d{1,3}[a-z]?\)|\d{1,3}[a-z]?(?:/\d{2,4})?)"
                           r"[ \t]*[-–—:][ \t]")


def _opens_a_minute_entry(text: str, mm: re.Match) -> bool:
    """The "minute" a record's approval was read from is an entry's citation of one earlier minute
    ("Minute (21) – …"): whatever was signed or agreed in its sentence is not the record."""
    return _MINUTE_ENTRY.match(text, mm.start()) is not None


# a lead-in noting or receiving a list ("noted the following correspondence:", "received the following reports:")
_NOTES_A_LIST = re.compile(r"\b(?:noted|received)\s+the\s+following\b", re.IGNORECASE)
_LEAD_IN_END = re.compile(r"(?::|[-–—]|\bthat|\bas\s+follows|\bthe\s+following(?:\s+\w+)?)\s*[:.]?\s*$", re.IGNORECASE)
_DECISION_VERBS = re.compile(r"\b(?:resolved|agreed|approved|noted|decided|endorsed|supported|agreed\s+to)\b", re.IGNORECASE)


def _body_subject_re(header: Header, deciders: tuple[str, ...] = ()) -> re.Pattern:
    return _body_subject_for(header.body, deciders)


# "Outcome: The Commissioner approved …": who decides at this meeting, as its labelled outcomes say
_LABELLED_DECIDER = re.compile(
    r"^[ \t>*_#-]*(?i:outcomes?|decisions?|agreed|resolved)[ \t*_]*:[ \t*_]*(?i:the)[ \t]+"
    r"(?P<who>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+(?:also[ \t]+)?"
    r"(?i:noted|agreed|approved|endorsed|resolved|decided)\b", re.MULTILINE)


def labelled_deciders(text: str) -> tuple[str, ...]:
    """The subjects of a document's labelled decisions ("Outcome: The Commissioner noted …" →
    "Commissioner"): at a meeting where one office holder decides, the same subject deciding in an
    unlabelled paragraph ("The Commissioner agreed to continue the grant …") is a decision too."""
    if ":" not in text:
        return ()
    return tuple(sorted({_SPACES.sub(" ", m["who"]) for m in _LABELLED_DECIDER.finditer(text)}))


# "We agreed the calendar …", "… We noted the update.": notes written in the first person plural,
# the group itself the subject of its outcomes
_WE_DECIDED = re.compile(r"(?:^|[.!?][ \t]+)We[ \t]+(?:also[ \t]+)?(?:agreed|noted|approved|decided|endorsed)\b",
                         re.MULTILINE)
# two such sentences at least: one "We agreed" may be a speaker quoted ("she said we agreed …")
_MIN_FIRST_PERSON_OUTCOMES = 2


def first_person_deciders(text: str) -> tuple[str, ...]:
    """("We",) for notes whose outcomes the group writes as "We agreed …" / "We noted …", else ():
    in them "We" stands where minutes would write "The Partnership"."""
    if "We " not in text:
        return ()
    found = 0
    for _ in _WE_DECIDED.finditer(text):
        found += 1
        if found >= _MIN_FIRST_PERSON_OUTCOMES:
            return ("We",)
    return ()


def _short_body_acronyms(body: str) -> list[str]:
    """The body's acronym without its place ("Ashford Community Safety Partnership" → "CSP", "ASP" not
    made): minutes call their body "the CSP" as often as "the ACSP". Three letters at least, and only
    as written in capitals (a short acronym in lower case is a word)."""
    initials = [w[0] for w in body.split() if w[:1].isupper()]
    return ["".join(initials[k:]) for k in range(1, len(initials) - 2)]


_ALL_PRESENT = r"(?-i:All|Everyone)(?:\s+present)?(?=\s+(?:agreed|noted|approved|endorsed|supported)\b)"
_JOINT_SUBJECT = r"(?:both|two)\s+(?:bodies|boards|partnerships|committees|panels|groups)"


@lru_cache(maxsize=256)
def _body_subject_for(body: str | None, deciders: tuple[str, ...] = ()) -> re.Pattern:
    """The body as the subject of a sentence: "The Partnership", "Members", "The KCSP", its name."""
    words = [w for w in terms()["body_words"] if w not in {"council", "trust", "authority"}]
    names = [re.escape(d) for d in deciders]
    if body:
        names.append(re.escape(body))
        acronym = "".join(w[0] for w in body.split() if w[:1].isupper())
        if len(acronym) >= 2:
            names.append(re.escape(acronym))
        names.extend(rf"(?-i:{re.escape(a)})" for a in _short_body_acronyms(body))
    # ("Both bodies agreed …", "The two boards noted …": the bodies of a joint meeting deciding together;
    # "All agreed the split.": typed notes of a small group write the whole meeting as "All")
    alternatives = "|".join(names + [rf"(?:{_alternation(words)})(?:\s+members)?", _JOINT_SUBJECT, _ALL_PRESENT])
    return re.compile(
        # ("Following discussion of the results, the Partnership agreed …": what was discussed, named)
        rf"(?:(?:following|after)\s+(?:(?:the|further|some|a)\s+)?(?:discussion|debate|consideration)"
        rf"(?:\s+of\s+[^,.;:\n]{{1,60}}?)?\s*,?\s+|{_PROPOSAL_LEAD}|{_HAVING_LEAD})?"
        rf"(?:the\s+|this\s+)?"
        rf"(?:{alternatives})\b", re.IGNORECASE)


# "Having noted the declaration at item 2, the Forum endorsed …": what the body took into account first
_HAVING_LEAD = r"having\s+(?:noted|considered|heard|received|reviewed|discussed)\s+[^,.;:\n]{1,80}?,\s+"


# "On the proposal of Alderman Kerr, seconded by Ms Quinn, the Partnership agreed: …", "Proposed by
# Cllr A, seconded by Mr B, the Board approved …": the motion's mover and seconder before the body
_PROPOSAL_LEAD = (r"(?:on\s+the\s+proposal\s+of|on\s+a\s+motion\s+(?:by|from)|(?:proposed|moved)\s+by)"
                  r"\s+[^,;\n]{2,60},\s*(?:and\s+)?seconded\s+by\s+[^,;\n]{2,60},\s+")


@lru_cache(maxsize=4096)
def _procedural(title: str) -> bool:
    # cached: a handful of titles ("Apologies", "Minutes of the last meeting") come back in every document
    t = _norm(_NOT_TITLE_CHARS.sub(" ", title))
    if t in terms()["procedural_titles_without_decisions"]:
        return True
    # "Welcome and apologies", "Apologies, substitutes and declarations of interest": every word
    # procedural, and at least one word naming apologies, interests or the like (not just "and")
    words = t.split()
    procedural_words = terms()["procedural_title_words"]
    return bool(words) and all(w in procedural_words for w in words) and \
        any(w in procedural_words and len(w) > 4 for w in words)


def _decision(text: str, s: int, e: int, fallback: str) -> Decision | None:
    s, e = _trim(text, s, e)
    m = _TRAILING_JOINER.search(text, max(s, e - 8), e)   # "…; and" closing a sub-point
    if m and m.start() > s:
        e = m.start()
    s, e = _trim(text, s, e)
    if e <= s or not _WORD_CHAR.search(text, s, e):
        return None
    body = text[s:e]
    if _EMPTY_CELL.fullmatch(body):
        return None       # "**Decisions**" / "- None.": the heading's list says there were none
    return Decision(text=body, span=Span(s, e), kind=decision_kind(body, fallback))  # type: ignore[arg-type]


_SUBJECT_COLON = re.compile(r"[ \t]*[:–—-][ \t]*")


def _after_subject_lead(text: str, s: int, e: int, subject: re.Pattern) -> int:
    """Where the sub-points start after a lead "The Partnership:" (or ``s`` when there is none)."""
    sm = subject.match(text, s, e)
    if sm:
        cm = _SUBJECT_COLON.match(text, sm.end(), e)
        if cm:
            return cm.end()
        # "that the Panel (a) notes …; (b) supports …": the subject shared by lettered points after it
        if text.startswith((" (", "\n("), sm.end()) and _INLINE_SUB.match(text, sm.end() + 1, e):
            return sm.end() + 1
    return s


def _body_resolved(text: str, ps: int, pe: int, subject: re.Pattern) -> re.Match | None:
    """ "Members resolved that …" opening a paragraph: the "resolved that" after the body."""
    sm = subject.match(text, ps, pe)
    return _RESOLVED_AFTER_SUBJECT.match(text, sm.end(), pe) if sm else None


def _decision_start(text: str, ps: int, m: re.Match, subject: re.Pattern) -> int:
    """Where the decision that ``m`` labels starts: after "RESOLVED that", but at the subject of "The
    Board AGREED that …", a sentence whose subject is the body (the minutes' own words, as written);
    after the lower-case "Members resolved that" (a plain sentence, not a shouted label) as well."""
    if m.start() > ps and m["word"].isupper() and (subject.fullmatch(text, ps, _trim(text, ps, m.start())[1])
                                                   or _shouts_an_earlier_verb(text, ps, m.start(), subject)):
        return ps
    if m["word"] == "Agreed" and _AGREED_THAT.match(text, m.end("word")):
        # "Agreed that the minutes … be accepted": the decision's own verb, no formula like "RESOLVED
        # that", stays part of its text (a sentence of the minutes, as written)
        return m.start("word")
    return m.end()


_AGREED_THAT = re.compile(r"\s+that\b")


# "The Board NOTED the performance report and AGREED that …": the body's first shouted verb (or its
# plain outcome verb: "The Board noted the change and AGREED that …")
_SHOUTED_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:also\s+)?(?-i:[A-Z]{3,}ED|noted|received|considered|welcomed|"
                                         r"approved|endorsed|accepted|supported)\b")


def _shouts_an_earlier_verb(text: str, ps: int, label: int, subject: re.Pattern) -> bool:
    """ "The Board NOTED the report and AGREED that …": one sentence of the body with two verbs, the
    second shouted, is one decision from its subject on (the first verb its kind), not the clause after
    "AGREED"."""
    sm = subject.match(text, ps, label)
    # ("The Panel considered its programme for 2023/24. RESOLVED that …": a full stop after a figure
    # ends the sentence too)
    return sm is not None and _SHOUTED_VERB_AFTER_SUBJECT.match(text, sm.end(), label) is not None \
        and _SENTENCE_BREAK.search(text, ps, label) is None and _STOP_THEN_SPACE.search(text, ps, label) is None


_STOP_THEN_SPACE = re.compile(r"[.;:!?][ \t\n]")


def _gives_next_meeting(text: str, p: Paragraph) -> bool:
    """ "Outcome:" over "Next meeting: Wednesday 13 August 2025, 09:30 …": the date of the next
    meeting, labelled as the data's next-meeting titles write it, is a note, not a decision."""
    ps, pe = p.text_span.start, p.text_span.end
    colon = text.find(":", ps, min(pe, ps + 40))
    return colon > ps and _norm(text[ps:colon].strip(" \t*_")) in terms()["next_meeting_titles"]


def _is_lead_in(rest: str) -> bool:
    rest = rest.strip(" \t\n*_")
    if not rest:
        return True
    if _LEAD_IN_END.search(rest[-40:]):
        return True
    words = rest.split()
    return len(words) <= 5 and not _DECISION_VERBS.search(rest) and not rest.endswith(".")


def _inline_subpoints(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """ "RESOLVED that (i) the report be noted; and (ii) the plan be approved", "RESOLVED: 1. … 2. …" on one
    line: the bounds of each sub-point, when the markers run in one style from the first (1, i, a)."""
    marks = list(_INLINE_SUB.finditer(text, s, e))
    if len(marks) < 2:
        return []

    def style_of(m: re.Match, roman: bool = True):
        return enumerator_style(m["m"], prefer_roman=roman)

    style = style_of(marks[0])
    if style is not None and style[0].endswith("roman") and style[1] != 1:   # "(c)" is a letter
        style = style_of(marks[0], False)
    if style is None or style[1] != 1 or text[s:marks[0].start()].strip(" \t\n:*_"):
        return []
    seq = [marks[0]]
    for m in marks[1:]:
        st = style_of(m, style[0].endswith("roman"))
        if st and st[0] == style[0] and st[1] == len(seq) + 1:
            seq.append(m)
    if len(seq) < 2:
        return []
    bounds = []
    for k, m in enumerate(seq):
        end = seq[k + 1].start() if k + 1 < len(seq) else e
        bounds.append((m.end(), end))
    return bounds



def _run_on_subpoints(text: str, paras: list[Paragraph], k: int, rest_s: int, pe: int
                      ) -> tuple[list[tuple[int, int]], list[int]] | None:
    """ "RESOLVED – (1) to note the report;" with "(2) …", "(3) …" as paragraphs of their own: the
    first sub-point shares the resolution's line. Returns the sub-points' bounds and the paragraphs used."""
    me = _INLINE_SUB.match(text, rest_s, pe)
    style = enumerator_style(me["m"]) if me else None
    if style is None or style[1] != 1:
        return None
    subs = collect_subpoints(text, paras, k + 1, first_value=2)
    if not subs or (enumerator_style(paras[subs[0]].enumerator) or ("", 0))[0] != style[0]:
        return None
    return [(me.end(), pe)] + [(paras[j].text_span.start, paras[j].text_span.end) for j in subs], subs


# a line that a list goes on after: "…;", "…; and", "…; or"
_LIST_LINE_END = re.compile(r";(?:[ \t]*(?:and|or))?[ \t*_]*$", re.IGNORECASE)


def _unmarked_list_under_lead(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """ "The Group agreed:" / "RESOLVED:" ending the first line of a paragraph whose other lines are a
    list copied without its bullets ("to endorse the strategy;" / "that the Office leads …"): the
    bounds of each line. Only when every line but the last ends with ";" (the list's own punctuation,
    which lines of wrapped prose do not show), and two lines at least."""
    nl = text.find("\n", ps, pe)
    if nl < 0 or not text[ps:nl].rstrip(" \t*_").endswith(":"):
        return []
    return unmarked_list_lines(text, nl + 1, pe)


def unmarked_list_lines(text: str, s: int, pe: int) -> list[tuple[int, int]]:
    """The bounds of each line of text[s:pe] when they are a list copied without its bullets or letters
    (every line but the last ends with ";", two lines at least), else []."""
    lines: list[tuple[int, int]] = []
    pos = s
    while pos < pe:
        end = text.find("\n", pos, pe)
        end = pe if end < 0 else end
        a, b = _trim(text, pos, end)
        if b > a:
            lines.append((a, b))
        pos = end + 1
    if len(lines) < 2 or not all(_LIST_LINE_END.search(text[a:b]) for a, b in lines[:-1]):
        return []
    return lines


def _take_subpoints(text: str, paras: list, subs: list[int], kind: str, formal: list, consumed: set) -> None:
    """One decision per sub-point under a lead-in; the sub-points are then used up. A sub-point that
    is itself a lead-in ("(b) makes the following recommendations …:" over "(i) that …", "(ii) that …")
    gives its own sub-points instead."""
    for j in subs:
        nested = collect_subpoints(text, paras, j + 1) if _ends_with_colon(text, paras[j]) else []
        for n in nested or [j]:
            d = _decision(text, paras[n].text_span.start, paras[n].text_span.end, kind)
            if d:
                formal.append(d)
            consumed.add(n)
        consumed.add(j)


def _numbering_goes_on(paras: list[Paragraph], k: int) -> int:
    """ "RESOLVED: 1. … RECOMMENDED to Cabinet: 2. … 3. …": a second label whose points carry on the
    numbering of the points above it; the number its first point may take (1 when there are none)."""
    for j in range(k - 1, max(-1, k - 12), -1):
        st = enumerator_style(paras[j].enumerator)
        if st is not None and st[0] != "bullet":
            return st[1] + 1
    return 1


def _ends_with_colon(text: str, p: Paragraph) -> bool:
    return text[p.text_span.start:p.text_span.end].rstrip(" \t\n*_").endswith(":")
