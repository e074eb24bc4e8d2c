"""Decisions written as narrative rather than under a label: minutes approved, the public excluded,
outcomes in capitals ("The report was NOTED."), "It was agreed that …" paragraphs, agreements
after a proposal or a seconder, and the informal notes' outcomes sentence by sentence.
"""
from __future__ import annotations

import re

from ..model import Decision, ItemSegment, Paragraph
from ..segment import BARE_DECISION, _compiled, terms

from .common import _line_spans, _overlaps, sentence_bounds, _SENTENCE_BREAK, _SENTENCE_OPENING, _trim
from .enumerators import _is_action_para, _is_decision_log_para
from .owners import _BRACKETED_MARKER
from .decision_labels import (_decision, decision_kind, _DECISION_VERBS, _KIND_OF_VERB, _LEAD_IN_END, _MINUTES_APPROVED,
                              _NOTED_SENTENCE, _NOTES_A_LIST, _opens_a_minute_entry, _procedural)
from .decision_tables import _DECISION_WORD


# --------------------------------------------------------------------------- decisions


# a lead-in that says its list was agreed, the body or the meeting as the agent: "the priorities (agreed
# by the meeting) are:", "The actions agreed by the Group were:"
_AGREED_BY_THE_MEETING = re.compile(r"\bagreed\s+by\s+(?:the\s+)?(?:meeting|members|group|board|panel|forum|"
                                    r"partnership|committee|those\s+present|all)\b", re.IGNORECASE)
# after the body as subject, a verb of deciding and a colon that lettered points follow on the same
# line: " agreed that: (a) …", " approved the following: (i) …" (a body that "noted: (a) …" notes
# the things listed, so noting is not among the verbs)
_AGREED_POINTS_LEAD = re.compile(r"[ \t]+(?:(?:also|further|unanimously)[ \t]+)?"
                                 r"(?P<verb>agreed|approved|endorsed|resolved|decided|supported)"
                                 r"(?:[ \t]+(?:that|to|the[ \t]+following))?[ \t]*:[ \t]*", re.IGNORECASE)


# "Outcome" / "Decisions:" alone on its line, what it labels on the lines below
_HEADING_ALONE = re.compile(r"(?:Outcomes?|Decisions?)[ \t*_]*(?::[ \t*_]*)?\n\s*")


def _outcome_sentences(text: str, s: int, e: int, fallback: str) -> list[Decision]:
    """The decisions written under an outcome heading: one for each sentence that records an outcome
    in a decision verb ("The Partnership supported the bid. The grant was approved as set out above."
    are two), the sentences between them (an explanation, "The log was updated.") none; with no such
    sentence, the text is one decision as written."""
    found = [d for d in (_decision(text, a, b, fallback) for a, b in _sentences_after(text, s, e)
                         if _DECISION_VERBS.search(text, a, b)) if d]
    if found:
        return found
    d = _decision(text, s, e, fallback)
    return [d] if d else []


# after the body as subject: "… also agreed that …", "… further resolved …" (one more outcome)
_FURTHER_OUTCOME = re.compile(r"\s+(?:also|further)\s+(?P<verb>agreed|noted|approved|endorsed|resolved|decided)\b",
                              re.IGNORECASE)


def _with_minutes_approval(text: str, item: ItemSegment, formal: list[Decision]) -> list[Decision]:
    """ "The minutes … were approved as an accurate record." beside an "Agreed:" on the action
    tracker: approving the previous minutes is a decision whatever else the item resolves, so the
    sentence counts unless a formal decision already covers it."""
    approvals = []
    for p in item.paragraphs:
        ps, pe = _trim(text, p.text_span.start, p.text_span.end)
        low = text[ps:pe].lower()
        if pe <= ps or not ("minutes" in low or "notes" in low) or _is_action_para(text, p):
            continue
        mm = _MINUTES_APPROVED.search(text, ps, pe)
        if mm is None or _opens_a_minute_entry(text, mm):
            continue
        bounds = sentence_bounds(text, ps, pe, mm.start())
        bounds = (_past_seconder_line(text, *bounds), bounds[1])
        if _MOTION_ONLY.match(text, *bounds) and not _MOTION_CARRIED.search(text, *bounds):
            continue            # the motion put; its outcome is the resolution written under it
        d = _decision(text, *bounds, "approved")
        if d and not any(_overlaps(d.span, f.span) for f in formal):
            approvals.append(d)
    return sorted(formal + approvals, key=lambda d: d.span.start) if approvals else formal


# "… agreed that, under Section 50A(4) of the Local Government (Scotland) Act 1973, the public be excluded …"
_PUBLIC_EXCLUDED = re.compile(r"\b(?:press\s+and\s+(?:the\s+)?)?public\s+(?:and\s+(?:the\s+)?press\s+)?"
                              r"(?:be|were|was|are)\s+excluded\b", re.IGNORECASE)
_AGREED_OR_RESOLVED = re.compile(r"\s+(?P<verb>agreed|resolved|decided)\b", re.IGNORECASE)


def _with_public_excluded(text: str, item: ItemSegment, formal: list[Decision], subject: re.Pattern) -> list[Decision]:
    """ "The Committee agreed that, under Section 50A(4) …, the public be excluded …" under a heading of
    no number inside an item that resolves other things: excluding the public is a decision of the
    meeting wherever it is written, so the paragraph counts beside the item's own resolutions."""
    found = []
    for p in item.paragraphs:
        ps, pe = _trim(text, p.text_span.start, p.text_span.end)
        sm = subject.match(text, ps, pe)
        vm = _AGREED_OR_RESOLVED.match(text, sm.end(), pe) if sm else None
        if vm is None or not _PUBLIC_EXCLUDED.search(text, vm.end(), pe):
            continue
        d = _decision(text, *sentence_bounds(text, ps, pe, ps), decision_kind(vm["verb"]))
        if d and not any(_overlaps(d.span, f.span) for f in formal):
            found.append(d)
    return sorted(formal + found, key=lambda d: d.span.start) if found else formal


# "It was moved by Councillor A and seconded by Councillor B that the minutes … be approved.": a motion,
# not its outcome (unless it goes on "… and agreed", which _MOTION_CARRIED reads)
_MOTION_ONLY = re.compile(r"(?:it\s+was\s+)?(?:moved|proposed)\s+by\s+[^.;\n]{2,80}?\bseconded\s+by\b",
                          re.IGNORECASE)


# "The report was NOTED.", "The reports were NOTED.": the outcome in capitals, as the resolutions of
# the same minutes shout theirs ("AGREED that …"), is a formal outcome beside them, not narrative
_SHOUTED_OUTCOME = re.compile(r"(?:the|this|these)\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|is|are)\s+"
                              r"(?:(?:duly|unanimously|formally)\s+)?(?-i:NOTED|AGREED|APPROVED|ENDORSED|ACCEPTED|ADOPTED)"
                              r"[.!]?", re.IGNORECASE)


def _shouted_outcome(text: str, ps: int, pe: int) -> Decision | None:
    """A paragraph that is only "The report(s) was/were NOTED." (or AGREED, APPROVED …)."""
    s, e = _trim(text, ps, pe)
    if e - s > 160 or not _SHOUTED_OUTCOME.fullmatch(text, s, e):
        return None
    return _decision(text, s, e, "resolved")


# "… further education providers. The Partnership\nNOTED the update.": the body's outcome, its verb in
# capitals, closing a paragraph of discussion after a full stop (a printed minute run on in one paragraph)
_SHOUTED_BODY_VERB = re.compile(r"\s+(?:also\s+)?(?P<verb>(?-i:NOTED|AGREED|APPROVED|ENDORSED|ACCEPTED|ADOPTED|SUPPORTED))\b")


def _body_shouted_sentence_inside(text: str, ps: int, pe: int, subject: re.Pattern) -> Decision | None:
    """The last sentence of a paragraph opening "The Partnership NOTED …" (the body as subject, its
    verb shouted): the item's formal outcome though the discussion runs before it in one paragraph."""
    if not any(v in text[ps:pe] for v in ("NOTED", "AGREED", "APPROVED", "ENDORSED", "ACCEPTED", "ADOPTED", "SUPPORTED")):
        return None
    for op in reversed(list(_SENTENCE_OPENING.finditer(text, ps, pe))):
        sm = subject.match(text, op.end(), pe)
        vm = _SHOUTED_BODY_VERB.match(text, sm.end(), pe) if sm else None
        if vm is not None:
            s, e = sentence_bounds(text, op.end(), pe, op.end())
            return _decision(text, s, e, decision_kind(vm["verb"].lower()))
    return None


# "[Note added on publication: the minutes were adopted on …]", "[Editor's note: …]": a note the clerk
# added to the published minutes in square brackets, reporting what happened after the meeting
_EDITORIAL_NOTE = re.compile(r"\[[ \t]*(?:(?:editor'?s?|clerk'?s?|secretary'?s?)[ \t]+)?note\b", re.IGNORECASE)


def _editorial_note(text: str, p: Paragraph) -> bool:
    """Whether the paragraph is a bracketed note added to the minutes, not the meeting's own business."""
    return _EDITORIAL_NOTE.match(text, p.text_span.start, p.text_span.end) is not None


def _informal_decisions(text: str, item: ItemSegment, subject: re.Pattern) -> list[Decision]:
    """Items without a formal resolution: minutes approval, "Agreed.", "The report was noted",
    and an explicit agreement of the body ("The Partnership was in agreement with this proposal")."""
    out: list[Decision] = []
    procedural = _procedural(item.title)
    for p in item.paragraphs:
        if not _is_action_para(text, p) and not _is_decision_log_para(text, p) and not _editorial_note(text, p):
            _informal_decision_of(text, p, procedural, subject, out)
    out = [e for d in out for e in (_entries_agreed_under(text, d, item.paragraphs) or [d])]
    discussion = [p for p in item.paragraphs if not _is_action_para(text, p)]
    if out and not procedural and all(_noted_in_discussion(d, discussion) for d in out):
        # "Members noted the new Act. The MARACs had discussed …" is the discussion's; a paragraph
        # of its own saying "It was agreed that the PCSP would write …" is then the item's outcome
        agreed = [d for d in (_agreed_that_paragraph(text, p) for p in discussion[1:]) if d]
        out = agreed or out
    if not out and not procedural:
        # (the first paragraph is skipped: the agreement closes a discussion minuted before it)
        out = [d for d in (_agreed_that_paragraph(text, p) for p in discussion[1:]) if d]
        if not out:
            out = [d for d in (_body_in_agreement(text, p, subject) for p in discussion) if d][-1:]
        if not out:
            out = [d for d in (_closing_bare_noted(text, p) for p in discussion) if d][-1:]
        if not out:
            out = [d for d in (_request_agreed(text, p) for p in discussion) if d][-1:]
        if not out and len(discussion) >= 2:
            out = [d for d in [_body_agreed_closing(text, discussion[-1], subject)] if d]
    if out and not procedural:
        out += _further_agreed_paragraphs(text, discussion, out)
    return out


# "It was also agreed that a letter be sent …" opening a paragraph: one more outcome of the item
_FURTHER_AGREED_PARAGRAPH = re.compile(r"It\s+was\s+(?:also|further)\s+(?P<verb>agreed|resolved|decided)\b")


def _further_agreed_paragraphs(text: str, discussion: list[Paragraph], found: list[Decision]) -> list[Decision]:
    """Paragraphs after the item's first outcome that open "It was also agreed …": "also" ties the
    sentence to the outcome above, so it records one more decision, not the discussion's view."""
    first = min(d.span.start for d in found)
    out = []
    for p in discussion:
        ps, pe = _trim(text, p.text_span.start, p.text_span.end)
        if ps <= first:
            continue
        m = _FURTHER_AGREED_PARAGRAPH.match(text, ps, pe)
        if m is None or any(d.span.start <= ps < d.span.end for d in found):
            continue
        kind = decision_kind(m["verb"], "agreed")
        d = _decision(text, *sentence_bounds(text, ps, pe, ps), kind)
        if d:
            d.kind = kind  # type: ignore[assignment]
            out.append(d)
    return out


# the most words of one entry of a list copied without its bullets ("Annual Strategic Assessment 2024")
_MOST_LIST_ENTRY_WORDS = 14
# a line that runs on into the next, as wrapped prose does ("… the Board and", "… Fire and Rescue,")
_RUNS_ON = re.compile(r"(?:[,;–—-]|\b(?:and|or|of|the|a|an|in|at|on|to|for|by|with|from))[ \t*_]*$", re.IGNORECASE)


def _entries_agreed_under(text: str, d: Decision, paragraphs: list[Paragraph]) -> list[Decision]:
    """ "Bethany presented the plan. The Board agreed the following reports for the June meeting:" over a
    list: one decision an entry (the lead-in is not one more), as for a formal resolution's sub-points.
    The list is the bulleted paragraphs after the lead's paragraph, or, copied without its bullets, the
    lines under the lead in its paragraph (short, each opening with a capital, none running on). A body
    noting "the following" notes one thing; [] when ``d`` leads no list."""
    if d.kind == "noted" or _NOTES_A_LIST.search(d.text):
        return []
    colon = text.find(":", d.span.start, d.span.end)
    if colon < 0 or not _LEAD_IN_END.search(text, max(d.span.start, colon - 40), colon + 1):
        return []
    kind = d.kind
    rest_s, rest_e = _trim(text, colon + 1, d.span.end)
    if rest_e > rest_s:
        if text[colon + 1:rest_s].count("\n") != 1:
            return []
        lines = [_trim(text, a, b) for a, b in _line_spans(text, rest_s, rest_e)]
        if len(lines) < 2 or any(len(text[a:b].split()) > _MOST_LIST_ENTRY_WORDS or not text[a:a + 1].isupper()
                                 or _RUNS_ON.search(text, a, b) for a, b in lines):
            return []
        spans = lines
    else:
        k = next((k for k, p in enumerate(paragraphs) if p.text_span.start <= d.span.start < p.text_span.end), None)
        if k is None:
            return []
        spans = []
        for p in paragraphs[k + 1:]:
            if p.enumerator is None or not _BULLET_ENUMERATOR.fullmatch(p.enumerator):
                break
            spans.append((p.text_span.start, p.text_span.end))
        if len(spans) < 2:
            return []
    entries = [e for e in (_decision(text, a, b, kind) for a, b in spans) if e]
    for e in entries:
        e.kind = kind  # type: ignore[assignment]
    return entries


_BULLET_ENUMERATOR = re.compile(r"[-*•·–▪●◦]")


# "… asked that the Partnership write to the Department. This was agreed, and JB will draft …": the
# request minuted just before, agreed in a sentence whose subject points back to it
_REQUEST_AGREED = re.compile(r"(?:This|That|The\s+(?:request|proposal|suggestion))\s+was\s+(?:(?:unanimously|duly)\s+)?"
                             r"(?P<verb>agreed|approved|accepted|supported)(?=[ \t]*(?:[,.;]|and\b|$))")


def _request_agreed(text: str, p: Paragraph) -> Decision | None:
    """ "This was agreed" after a sentence asking for something (not the paragraph's first sentence):
    read only when the item records no other outcome, for then the agreement is the item's decision,
    its text the clause itself."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    for br in _SENTENCE_BREAK.finditer(text, ps, pe):
        m = _REQUEST_AGREED.match(text, br.end(), pe)
        if m is not None:
            kind = decision_kind(m["verb"], "agreed")
            d = _decision(text, m.start(), m.end(), kind)
            if d:
                d.kind = kind  # type: ignore[assignment]
            return d
    return None


def _noted_in_discussion(d: Decision, paragraphs: list[Paragraph]) -> bool:
    """A "noted" sentence that opens a paragraph the discussion goes on in (more sentences follow it)."""
    return d.kind == "noted" and any(p.text_span.start <= d.span.start and d.span.end < p.text_span.end - 1
                                     for p in paragraphs)


_IN_AGREEMENT = re.compile(r"\s+(?:was|were)\s+(?:all\s+)?in\s+agreement\b", re.IGNORECASE)


def _body_in_agreement(text: str, p: Paragraph, subject: re.Pattern) -> Decision | None:
    """ "… of the cohort. The Partnership was in agreement that the cohort should be extended …": the
    body declaring its agreement inside a discussion paragraph — read only when the item records no
    other outcome, for then that agreement is the item's decision."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    starts = [ps] + [ps + m.end() for m in _SENTENCE_BREAK.finditer(text[ps:pe])]
    for s in starts:
        sm = subject.match(text, s, pe)
        if sm and _IN_AGREEMENT.match(text, sm.end(), pe):
            d = _decision(text, *sentence_bounds(text, ps, pe, s), "agreed")
            if d:
                d.kind = "agreed"
            return d
    return None


# after the body as subject: " agreed that …" (what the body itself agreed, not what a member agreed to do)
_BODY_AGREED_THAT = re.compile(r"\s+(?:(?:also|unanimously)\s+)?agreed\s+(?:that|to)\s+[a-z]")



def _body_agreed_closing(text: str, p: Paragraph, subject: re.Pattern) -> Decision | None:
    """ "The panel agreed that the threshold had been met." (or "Having noted TW's declaration, the Working
    Group agreed to recommend …"): the body's own agreement as a paragraph of one sentence closing the
    item's discussion, minuted in paragraphs above it — read only when the item records no other
    outcome, for then that agreement is the item's decision. An agreement inside a discussion
    paragraph ("Members agreed that the plan was ambitious. …") stays narrative."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    if _SENTENCE_BREAK.search(text, ps, pe):
        return None
    sm = subject.match(text, ps, pe)
    if sm is None or not _BODY_AGREED_THAT.match(text, sm.end(), pe):
        return None
    d = _decision(text, ps, pe, "agreed")
    if d:
        d.kind = "agreed"
    return d


def _closing_bare_noted(text: str, p: Paragraph) -> Decision | None:
    """ "OT gave an update on the drugs partnership. Noted.": typed notes close a report's paragraph
    with a bare "Noted." — read only when the item records no other outcome, for then it is the
    item's decision (as a bare "Noted." on a line of its own is), its text the word itself."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    breaks = list(_SENTENCE_BREAK.finditer(text, ps, pe))
    if not breaks:
        return None
    ls = breaks[-1].end()
    bare = BARE_DECISION.fullmatch(text, ls, pe)
    if bare is None or decision_kind(text[ls:pe], "resolved") != "noted":
        return None
    d = _decision(text, ls, pe, "noted")
    if d:
        d.kind = "noted"
    return d


# "It was agreed that the Group would report to the Board twice a year." (or "It was agreed to invite
# the head teacher to the next meeting.") as a paragraph of its own;
# "Following discussion, it was agreed that the overspend be met by …" (the discussion closed by it)
_IT_WAS_AGREED_THAT = re.compile(
    r"(?:(?:Following|After)\s+(?:discussion|debate|consideration)\s*,\s*it|It)"
    r"\s+was\s+(?:(?:also|further|unanimously|formally)\s+)?(?P<verb>agreed|decided)\s+(?:that\s+[^.;:\n]{1,160}?"
    r"\b(?:should|shall|must|will|would|be|needs?\s+to)\s|to\s+[a-z])")
# "It was agreed that the Council proceed with the bid." with its mover and seconder in the sentence
# after it ("Proposed by Cllr A, seconded by Cllr B."): a motion carried, whatever mood its verb takes
_IT_WAS_AGREED_THAT_PLAIN = re.compile(
    r"It\s+was\s+(?:(?:also|further|unanimously|formally)\s+)?(?P<verb>agreed|decided|resolved)\s+that\s+\S")
# the mover and seconder as a sentence of their own after the outcome
_MOVER_AND_SECONDER_SENTENCE = re.compile(
    r"(?:Proposed|Moved)\s+by\s+[^,;\n]{2,60}?,?\s*(?:and\s+)?seconded\s+by\s+[^,;\n]{2,60}?\.?", re.IGNORECASE)
# a sentence that gives owners a task ("DF and IM to confirm the funding arrangement in writing."): the
# action that follows an agreement in the same paragraph
_OWNERS_TO_TASK = re.compile(r"[A-Z][\w'’.-]*(?:(?:\s*[/,&]\s*|\s+and\s+|\s+)[A-Z][\w'’.-]*){0,5}\s+to\s+[a-z]")


def _agreed_that_paragraph(text: str, p: Paragraph) -> Decision | None:
    """A one-sentence paragraph "It was agreed that X would/should …" after the discussion (its
    sentence may be followed by the owners' task: "… in equal shares. DF and IM to confirm …"): read
    only when nothing else in the item records an outcome, for then it is the item's decision; inside
    a discussion paragraph, alone in its item, or beside another outcome, "it was agreed that" stays
    narrative."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    m = _IT_WAS_AGREED_THAT.match(text, ps, pe)
    if m is None and not _seconded_agreement(text, ps, pe):
        return None
    m = m or _IT_WAS_AGREED_THAT_PLAIN.match(text, ps, pe)
    tab = text.find("\t", ps, pe)
    if tab > 0:
        pe = _trim(text, ps, tab)[1]     # a table row's text cell, the owners' cell after its tab left out
    _, se = sentence_bounds(text, ps, pe, ps)
    # ("… be arranged for schools. [Action: CL/AG]": the owners' marker after it is a task's too; so is
    # the motion's mover and seconder)
    if se < pe and not all(_OWNERS_TO_TASK.match(text, a, b) or _BRACKETED_MARKER.fullmatch(text, a, b)
                           or _MOVER_AND_SECONDER_SENTENCE.fullmatch(text, a, b)
                           for a, b in _sentences_after(text, se, pe)):
        return None
    d = _decision(text, ps, se, "agreed")
    if d:
        d.kind = "agreed" if m["verb"] == "agreed" else "resolved"  # type: ignore[assignment]
    return d


def _seconded_agreement(text: str, ps: int, pe: int) -> bool:
    """A paragraph "It was agreed that …" whose next sentence, or the line right under it, names the
    motion's mover and seconder."""
    if not _IT_WAS_AGREED_THAT_PLAIN.match(text, ps, pe):
        return False
    _, se = sentence_bounds(text, ps, pe, ps)
    following = _sentences_after(text, se, pe)
    if following:
        return _MOVER_AND_SECONDER_SENTENCE.fullmatch(text, *following[0]) is not None
    below = _LINE_BELOW.match(text, pe)
    return below is not None and _MOVER_AND_SECONDER_SENTENCE.match(text, below.end()) is not None


# the start of the very next line (no blank line between)
_LINE_BELOW = re.compile(r"[ \t]*\n[ \t]*(?=\S)")


def _sentences_after(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentences of text[s:e], trimmed."""
    out = []
    pos = s
    while pos < e:
        a, b = sentence_bounds(text, pos, e, pos)
        a, b = _trim(text, a, b)
        if b <= a:
            break
        out.append((a, b))
        pos = b
    return out


# "Proposed by Cllr A, Seconded by Cllr B" on a line of its own: the motion's mover and seconder, its
# outcome on the line below ("It was agreed that …", "The motion was put … and it was agreed unanimously.")
_SECONDER_LINE = re.compile(
    r"(?:it\s+was\s+)?(?:proposed|moved)\s+by\s+[^,;\n]{2,60}?,?[ \t]*(?:and[ \t]+)?seconded\s+by\s+[^,;\n]{2,60}?"
    r"[.:]?[ \t]*\n[ \t]*", re.IGNORECASE)
# the outcome line under it: the meeting agreeing, resolving or carrying the motion in its first clause
_OUTCOME_UNDER_SECONDER = re.compile(
    r"[^.;\n]{0,60}?\b(?P<verb>agreed|resolved|carried|approved|adopted)\b", re.IGNORECASE)


def _past_seconder_line(text: str, ps: int, pe: int) -> int:
    """Where a paragraph's outcome starts past its "Proposed by A, Seconded by B" line, when the line
    below says the motion was agreed (else ``ps``): under the mover and seconder, the plain "It was
    agreed that …" is the meeting's formal resolution, not narrative, and its text starts there."""
    m = _SECONDER_LINE.match(text, ps, pe)
    if m is None or not _OUTCOME_UNDER_SECONDER.match(text, m.end(), pe):
        return ps
    return m.end()


# "Chairman: Mr A Hale, proposed by Mrs B, seconded by Mr C." then "Carried unanimously.": an election or a
# motion carried, its mover and seconder inside the sentence that states it (a sentence opening "Proposed
# by …" seconds the sentence before it, read on its own)
_PROPOSED_AND_SECONDED = re.compile(r"[^.;\n]*?,\s*(?:proposed|moved)\s+by\s+[^,;.\n]{2,60},\s*(?:and\s+)?seconded\s+by\s+",
                                    re.IGNORECASE)
_CARRIED_SENTENCE = re.compile(r"(?:The\s+(?:motion|proposal|resolution)\s+was\s+)?Carried\b")
# "It was resolved that the motion be carried unanimously." inside a paragraph: the formal word of the
# meeting's resolution, wherever the sentence stands ("it was agreed that" inside a discussion stays narrative)
_IT_WAS_RESOLVED = re.compile(r"It\s+was\s+(?:(?:also|further|unanimously|duly)\s+)?resolved\s+(?:that|to)\s+")
# 'Motion 1 (proposed by …): "That the subscription be increased …" … put to the vote and was carried': a
# motion quoted in full, carried (not "not carried", not lost)
_QUOTED_MOTION = re.compile(r"[\"“](?P<motion>That\s[^\"”\n]{10,400}?)[\"”]")
_MOTION_WAS_CARRIED = re.compile(r"\b(?:was|were|is)\s+(?:duly\s+|then\s+)?carried\b", re.IGNORECASE)


def _carried_motions(text: str, ps: int, pe: int) -> list[Decision]:
    """The motions a paragraph records as carried: each sentence naming its mover and seconder that a
    "Carried" sentence follows; else an "It was resolved that …" sentence within it; else a motion
    quoted in full ("That …") that the paragraph says was carried."""
    sentences = _sentences_after(text, ps, pe)
    found = []
    for (a, b), (na, _) in zip(sentences, sentences[1:]):
        if _PROPOSED_AND_SECONDED.match(text, a, b) and _CARRIED_SENTENCE.match(text, na):
            d = _decision(text, a, b, "resolved")
            if d:
                d.kind = "resolved"  # type: ignore[assignment]
                found.append(d)
    if found:
        return found
    for a, b in sentences[1:]:
        m = _IT_WAS_RESOLVED.match(text, a, b)
        if m:
            d = _decision(text, m.end(), b, "resolved")
            if d:
                d.kind = "resolved"  # type: ignore[assignment]
                return [d]
    quoted = _QUOTED_MOTION.search(text, ps, pe)
    if quoted and _MOTION_WAS_CARRIED.search(text, quoted.end(), pe) \
            and not re.search(r"\bnot\s+carried\b", text[quoted.end():pe], re.IGNORECASE):
        d = _decision(text, quoted.start("motion"), quoted.end("motion"), "resolved")
        if d:
            d.kind = "resolved"  # type: ignore[assignment]
            return [d]
    return []


def _add_first_sentence_decision(out: list[Decision], text: str, ps: int, pe: int, kind: str) -> None:
    """A decision of ``kind`` whose text is the paragraph's first sentence."""
    d = _decision(text, *sentence_bounds(text, ps, pe, ps), kind)
    if d:
        d.kind = kind  # type: ignore[assignment]
        out.append(d)


def _informal_decision_of(text: str, p: Paragraph, procedural: bool, subject: re.Pattern,
                          out: list[Decision]) -> None:
    """The informal decision a paragraph states, if any, appended to ``out``.

    A bare outcome on a line (or a table row) of its own — "Agreed.", "Approved", "Endorsed", "Noted"
    — is its own text, with its word's kind: the minutes record the outcome in that word, and the
    paragraph before it is the proposal or the discussion it answers (the golds since m04 count the
    word, the proposal at most as optional)."""
    ps, pe = _trim(text, p.text_span.start, p.text_span.end)
    if pe <= ps:
        return
    seconded = _past_seconder_line(text, ps, pe)
    ps = seconded
    low = text[ps:pe].lower()
    mm = _MINUTES_APPROVED.search(text, ps, pe) if ("minute" in low or "note" in low or "record" in low) else None
    if mm and not _opens_a_minute_entry(text, mm):
        s, e = sentence_bounds(text, ps, pe, mm.start())
        s = _approving_clause_start(text, s, mm.start())
        d = _decision(text, s, e, "approved")
        if d:
            out.append(d)
        return
    if procedural:
        return
    bare = BARE_DECISION.fullmatch(text, ps, pe)
    if bare or _NOTED_SENTENCE.fullmatch(text, ps, pe) or _RECOMMENDATION_OUTCOME.fullmatch(text, ps, pe) \
            or _noted_report_paragraph(text, ps, pe):
        word = _DECISION_WORD.search(text[ps:pe])
        kind = decision_kind(text[ps:pe], _KIND_OF_VERB.get(word.group(0).lower(), "resolved") if word else "resolved")
        d = _decision(text, ps, pe, kind)
        if d:
            d.kind = kind  # type: ignore[assignment]
            out.append(d)
        return
    cm = _MOTION_CARRIED.match(text, ps, pe)
    if cm:
        _add_first_sentence_decision(out, text, ps, pe, decision_kind(cm["verb"], "agreed"))
        return
    carried = _carried_motions(text, ps, pe)
    if carried:
        out.extend(carried)
        return
    om = _OUTCOME_UNDER_SECONDER.match(text, ps, pe) if seconded > p.text_span.start else None
    if om:
        _add_first_sentence_decision(out, text, ps, pe, decision_kind(om["verb"], "agreed"))
        return
    pm = _PASSIVE_OUTCOME.match(text, ps, pe) or _listed_passive_outcome(text, p, ps, pe)
    if pm:
        _add_first_sentence_decision(out, text, ps, pe, decision_kind(pm["verb"], "resolved"))
        return
    sm = _opening_or_later_agreement(text, ps, pe, subject)
    if sm:
        ps = sm.start()
        after = text[sm.end():pe]
        vm = _VERB_AFTER_SUBJECT.match(after)
        if vm is None and sm.start() == ps:
            vm = _AGREED_THAT_TO_DO.match(after)
        if vm:
            s, e = sentence_bounds(text, ps, pe, ps)
            verb = vm["verb"].lower()
            kind = "agreed" if "agreement" in verb else decision_kind(verb, "resolved")
            d = _decision(text, s, e, kind)
            if d:
                d.kind = kind  # type: ignore[assignment]
                out.append(d)


def _noted_report_re() -> re.Pattern:
    """ "The Prevent Coordinator's update under the … Act 2015 was noted.": a sentence whose subject,
    however long, names a report word (data: ``noted_report_words``) and is only noted."""
    def build() -> re.Pattern:
        words = "|".join(re.escape(w) for w in terms()["noted_report_words"])
        # (or the thanks for it, with its noting in a clause: "Members thanked PC Lake for his report,
        # which was noted.")
        return re.compile(rf"The\s+(?:[^.;:\n]{{0,150}}?\s)?(?i:{words})\b[^.;:\n]{{0,150}}?\s+(?:was|were)\s+"
                          r"(?:duly\s+|formally\s+)?(?i:noted)\.?|"
                          rf"[A-Z][^.;:]{{0,150}}?\s(?i:thanked)\s[^.;:]{{0,120}}?\s(?i:{words}),\s+which\s+(?:was|were)\s+"
                          r"(?:duly\s+|formally\s+)?(?i:noted)\.?")
    return _compiled("noted-report", build)


def _noted_report_paragraph(text: str, ps: int, pe: int) -> bool:
    """A paragraph that is only "The <…report/update…> was noted.": the item's outcome."""
    return pe - ps <= 320 and _noted_report_re().fullmatch(text, ps, pe) is not None


def _listed_passive_outcome(text: str, p: Paragraph, ps: int, pe: int) -> re.Match | None:
    """A lettered or numbered sub-point that is one passive outcome sentence ("(a) … were approved.")."""
    if p.enumerator is None or p.enumerator in "-*•·–▪●◦":
        return None
    return _LISTED_PASSIVE_OUTCOME.fullmatch(text, ps, pe)


# "The minute … was checked for accuracy and Members agreed that it was a true record": the sentence
# joins what was done to the minutes to the body's agreement, which is the decision
_AND_BODY_AGREED = re.compile(r"\band\s+(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
                              r"(?:agreed|confirmed|approved|accepted)\s+(?:that|it|them)\b)")


def _approving_clause_start(text: str, s: int, approval: int) -> int:
    """Where the approval of the minutes starts inside the sentence at ``s``: at the body agreeing
    ("… and Members agreed that it was a true record") when a clause before that says what else was done."""
    joins = list(_AND_BODY_AGREED.finditer(text, s, approval))
    return joins[-1].end() if joins else s


# "Recommendation approved.", "Recommendations agreed unanimously.": the outcome names what it decides
# (the report's recommendation), so it is its own text, unlike a bare "Agreed." after a discussion
_RECOMMENDATION_OUTCOME = re.compile(
    r"(?:the\s+)?recommendations?\s+(?:(?:was|were)\s+)?(?:approved|agreed|accepted|endorsed|adopted|supported)"
    r"(?:\s+unanimously)?[.!]?", re.IGNORECASE)
# "The Strategic Plan 2015-18 was agreed.": a paragraph that opens by saying, in the passive, that the
# thing it names was agreed records the body's decision; the sentence ends at the verb, for "… was
# approved by Cabinet in March" reports a decision taken elsewhere, and "It/This was agreed" points back
# to a discussion instead of naming what was decided
# "It was proposed by Councillor A, seconded by Mr B and agreed that …" / "… and resolved to approve …":
# a motion moved, seconded and carried, in plain words (the shouted "AGREED" is read as a label)
_MOTION_CARRIED = re.compile(
    r"(?:it\s+was\s+)?(?:proposed|moved)\s+by\s+[^,;.\n]{2,60},\s*(?:and\s+)?seconded\s+by\s+[^,;.\n]{2,60}?,?"
    r"\s+and\s+(?:(?:unanimously|duly)\s+)?(?P<verb>agreed|resolved|carried)\b(?=\s+(?:that|to)\b|[ \t]*[:.,])",
    re.IGNORECASE)
_PASSIVE_OUTCOME = re.compile(
    r"The\s+[^.;:\n]{2,100}?\s+(?:was|were)\s+(?:(?:formally|unanimously|duly)\s+)?"
    r"(?P<verb>agreed|approved|adopted|endorsed|ratified)(?:\s+unanimously)?(?=[.!](?:\s|$))")
# "(a) Payments for February totalling £14,862.17 were approved." / "(b) The bank reconciliation … was
# noted.": an item's outcomes listed as sub-points, each a sentence saying in the passive what was
# approved or noted (a stop inside an amount does not end it); a listed point is an outcome, where a
# discussion paragraph saying "The concerns were noted." reports one
_LISTED_PASSIVE_OUTCOME = re.compile(
    r"[A-Z](?:[^.;:\n]|\.(?=\d)){2,150}?\s+(?:was|were)\s+(?:(?:formally|unanimously|duly)\s+)?"
    r"(?P<verb>noted|agreed|approved|adopted|endorsed|ratified|accepted)(?:\s+unanimously)?[.!]?")


_VERB_AFTER_SUBJECT = re.compile(
    r"\s+(?:(?:also|then|unanimously|formally)\s+)?(?P<verb>was\s+in\s+agreement|were\s+in\s+agreement|"
    r"agreed|approved|endorsed|ratified|elected|resolved|decided|noted|supported|accepted)\b(?!\s+that\b)",
    re.IGNORECASE)
# a paragraph opened by the body agreeing that something is to be done ("The Board agreed that its terms
# of reference should be redrafted …", "… agreed that the plan be published", "… agreed that the Board would
# act as the lead partnership") decides it; "agreed that
# the plan was ambitious" (an opinion) and the same words later in a discussion paragraph stay narrative
# ("The Panel recommended to the Council's Cabinet that the Order be renewed …": a recommendation the
# body makes to another, its addressee between the verb and "that")
_AGREED_THAT_TO_DO = re.compile(
    r"\s+(?:(?:also|then|unanimously|formally)\s+)?(?P<verb>agreed|decided|"
    r"recommended(?:\s+to\s+(?:the\s+)?[A-Z][^.;:\n]{1,60}?)?)\s+that\s+[^.;:\n]{1,120}?"
    r"\b(?:should|shall|must|will|would|be|needs?\s+to)\s", re.IGNORECASE)


_AGREEMENT_AFTER_SUBJECT = re.compile(r"\s+(?:(?:also|then|unanimously|formally)\s+)?(?:agreed|approved|endorsed|"
                                      r"(?:was|were)\s+in\s+agreement)\b(?!\s+(?:that|with)\b)", re.IGNORECASE)


def _opening_or_later_agreement(text: str, ps: int, pe: int, subject: re.Pattern) -> re.Match | None:
    """The body's subject opening the paragraph; or, when that sentence gives the body no outcome verb
    ("Members thanked the sub-group chairs for their reports. The Board noted the highlight reports."),
    the body agreeing or noting in a later sentence."""
    sm = subject.match(text, ps, pe)
    if sm is not None and (_VERB_AFTER_SUBJECT.match(text, sm.end(), pe) or _AGREED_THAT_TO_DO.match(text, sm.end(), pe)):
        return sm
    return _agreement_sentence(text, ps, pe, subject) or sm


def _agreement_sentence(text: str, ps: int, pe: int, subject: re.Pattern) -> re.Match | None:
    """A later sentence of a discussion paragraph in which the body itself agrees or approves
    something ("… presented the draft plan. The Partnership agreed the draft plan subject to …");
    "noted" and "agreed that" inside discussion stay narrative."""
    for sep in _SENTENCE_BREAK.finditer(text[ps:pe]):
        sm = subject.match(text, ps + sep.end(), pe)
        if sm and (_AGREEMENT_AFTER_SUBJECT.match(text, sm.end(), pe) or _CLOSING_NOTED.fullmatch(text, sm.end(), pe)):
            return sm
    return None


# "… to both people referred. Members noted the update.": the body noting a short object in the
# paragraph's last sentence records the item's outcome ("noted that …" stays narrative)
_CLOSING_NOTED = re.compile(r"\s+(?:also\s+)?noted\s+the\s+(?!that\b)[\w'’ -]{1,40}\.\s*")
