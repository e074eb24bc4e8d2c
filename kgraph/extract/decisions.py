"""The decisions of one item (:func:`find_decisions`): boxed and tabled decisions first, then the
item's paragraphs read by :func:`_written_decisions` (formal resolutions and their sub-points,
body-tagged lines of a joint meeting, a recommendation answered by a resolution, answers after a
sentence, semicolon points), with the informal readers for what no label marks.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Decision, Header, ItemSegment, Paragraph

from .common import labelled_cell_lines, _overlaps, sentence_bounds, _SENTENCE_OPENING, _trim
from .enumerators import collect_subpoints, _is_action_para
from .decision_labels import (_after_subject_lead, _body_resolved, _body_subject_re, _decision, decision_kind,
                              _decision_start, _DECISION_VERBS, _gives_next_meeting, _inline_subpoints, _is_lead_in,
                              _LABEL_AFTER_SENTENCE, _LEAD_IN_END, _NOTES_A_LIST, _numbering_goes_on,
                              _RESOLVED_AT_START, _RESOLVED_INSIDE, _run_on_subpoints, _SHOUTED_DECISION,
                              _take_subpoints, unmarked_list_lines, _unmarked_list_under_lead, _WORD_KIND)
from .decision_tables import boxed_decisions, decision_table_rows, table_decisions
from .informal_decisions import (_AGREED_BY_THE_MEETING, _AGREED_POINTS_LEAD, _body_shouted_sentence_inside,
                                 _FURTHER_OUTCOME, _HEADING_ALONE, _informal_decisions, _outcome_sentences,
                                 _shouted_outcome, _with_minutes_approval, _with_public_excluded)


# --------------------------------------------------------------------------- decisions


def find_decisions(text: str, item: ItemSegment, header: Header, deciders: tuple[str, ...] = ()) -> list[Decision]:
    """Decisions of one item (see the module docstring for what counts); ``deciders``: office holders
    whose labelled decisions the document records (:func:`labelled_deciders`). The rows of a decision
    table in the item's text are decisions as well; the prose readers' reading of a row is dropped."""
    boxed = boxed_decisions(text, item.paragraphs)
    if boxed:
        # the box lists the item's decisions; the discussion above only reports what it records
        return boxed
    tabled = decision_table_rows(text, _after_item_rows(text, item), item.body_span.end)
    written = _written_decisions(text, item, header, deciders)
    return [d for d in written if not any(_overlaps(d.span, t.span) for t in tabled)] + tabled


def _after_item_rows(text: str, item: ItemSegment) -> int:
    """Where an item's own text begins that is not its row of the items table: the body's start for
    an item under a heading; after a row, the first line past its cells without the table's
    separator (a closing "Summary of decisions" table below the last row belongs to the last item,
    while the row's own cells are read under the items table's columns)."""
    s, e = item.body_span.start, item.body_span.end
    if not item.table_columns:
        return s
    pos = max([s] + [cell.end for row in item.table_rows for cell in row])
    while pos < e:
        nl = text.find("\n", pos, e)
        line_end = e if nl < 0 else nl
        if text.find(item.table_sep, pos, line_end) < 0:
            return pos
        pos = line_end + 1
    return e


# "Recommendation: The Board is asked to APPROVE the assessment …": a paper's recommendation put to the
# meeting, which then decides on it ("The Board APPROVED …"); the label opens a request, not a decision
_ASKED_TO = re.compile(r"(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:is|are)\s+(?:asked|invited|requested)\s+to\b",
                       re.IGNORECASE)


def _asks_the_meeting(text: str, m: re.Match, pe: int) -> bool:
    """A "Recommendation:" label whose text asks the meeting to decide ("The Board is asked to …")."""
    return "word" in m.re.groupindex and m["word"].lower().startswith("recommend") and \
        _ASKED_TO.match(text, m.end(), pe) is not None


# "Recommendation: That the Board note the report." then "Resolved: That the report be noted.": the
# paper's recommendation put to the meeting, which the item's own resolution below answers; only that
# resolution is the decision (a recommendation with no resolution after it is the meeting's own)
_RESOLVING_WORDS = ("resolved", "agreed", "decided", "decision", "resolution")


def _answered_by_a_resolution(text: str, m: re.Match, paras: list, k: int) -> bool:
    """A "Recommendation:" label followed, later in its item, by a paragraph opening with a resolution
    ("RECOMMENDED to Cabinet that …" is the meeting's own act, whatever it resolves after)."""
    if "word" not in m.re.groupindex or not m["word"].lower().startswith("recommendation"):
        return False
    for p in paras[k + 1:]:
        later = _RESOLVED_AT_START.match(text, p.text_span.start, p.text_span.end)
        # ("Also agreed: …" adds an outcome beside the recommendation; it answers none)
        if later is not None and later["word"].lower() in _RESOLVING_WORDS \
                and not text[later.start():later.start("word")].lower().lstrip(" *_").startswith("also"):
            return True
    return False


# "Outcome: Apologies noted; meeting quorate.", "Outcome: Two declarations recorded against item 6.",
# "Outcome: No further business.": an item's outcome line that only records the meeting's formalities
# (apologies, quorum, interests declared, nothing further raised); no decision (the gold's rule 6)
_FORMALITY = (r"(?:(?:the\s+)?apologies\s+(?:were\s+)?(?:noted|received|recorded|as\s+listed(?:\s+above)?)"
              r"|(?:the\s+)?meeting\s+(?:was\s+)?(?:in)?quorate"
              r"|(?:no|none|nil|\w+)\s+(?:declarations?|interests?)(?:\s+of\s+interests?)?"
              r"(?:\s+(?:were|was))?(?:\s+(?:recorded|made|declared|received|noted))?(?:\s+(?:against|for|on|under)\s+item\s+\w+)?"
              r"|no\s+(?:further|other|additional)\s+business(?:\s+(?:was\s+)?(?:raised|noted))?"
              r"|none|nil)")
_RECORDS_FORMALITIES = re.compile(rf"{_FORMALITY}(?:[ \t]*[;,][ \t]*(?:and\s+)?{_FORMALITY})*[ \t]*\.?[ \t]*",
                                  re.IGNORECASE)
_OUTCOME_WORDS = ("outcome", "outcomes", "decision", "decisions")


def _records_no_decision(text: str, m: re.Match, pe: int) -> bool:
    """An "Outcome:" / "Decision:" label over nothing but the formalities (apologies, quorum, interests)."""
    if "word" not in m.re.groupindex or m["word"].lower() not in _OUTCOME_WORDS:
        return False
    s, e = _trim(text, m.end(), pe)
    return e > s and _RECORDS_FORMALITIES.fullmatch(text, s, e) is not None


# "(CSP) AGREED the minutes …" / "(YJB) NOTED the report." opening a line: at a joint meeting each
# body's decision is written on a line of its own, tagged with the deciding body's acronym in brackets
# (one paragraph may hold two bodies' lines); "(CSP) AGREED:" over lettered points is left to the
# lead-in reading, and "(CSP) AGREED and (YJB) AGREED to …" is one decision (the second tag is inside)
_BODY_TAGGED_DECISION_LINE = re.compile(
    r"^[ \t]*(?:\d{1,3}(?:\.\d{1,2}){0,2}[ \t]+)?(?P<tag>\((?-i:[A-Z]{2,6})\))[ \t]+"
    r"(?P<verb>(?-i:NOTED|AGREED|APPROVED|ENDORSED|RESOLVED|ACCEPTED|ADOPTED|SUPPORTED|DECIDED))\b(?P<colon>[ \t]*:)?",
    re.MULTILINE)


def _body_tagged_decisions(text: str, ps: int, pe: int) -> list[Decision]:
    """The body-tagged decision lines of a paragraph, one decision each (from the tag to the line's
    end); none when the paragraph has no such line or one of them leads lettered points in."""
    para = text[ps:pe]
    if "(" not in para:
        return []
    found = list(_BODY_TAGGED_DECISION_LINE.finditer(para))
    if not found or any(m["colon"] for m in found):
        return []
    out = []
    for m in found:
        nl = para.find("\n", m.end())
        d = _decision(text, ps + m.start("tag"), pe if nl < 0 else ps + nl, _WORD_KIND.get(m["verb"].lower(), "resolved"))
        if d:
            out.append(d)
    return out


# "Nasir asked for the Board to write to MOPAC. Agreed.", "(b) Youth project - £3,400. Agreed, subject to
# …", "(c) Alarms - £4,000. Not agreed in this form.": typed notes record the meeting's answer to the
# proposal in the sentence before as a sentence of its own opening "Agreed"; "Agreed - Board will set up
# a reading group." says what was agreed after its dash
_AGREED_AFTER_SENTENCE = re.compile(r"(?<=[.!?])[ \t]+(?P<word>(?:Not[ \t]+)?(?-i:Agreed|agreed))"
                                    r"(?:(?P<dash>[ \t]+[-–—][ \t]+)(?=[A-Z])|(?=[ \t]*[.,;]|[ \t]+in\b|[ \t]*$))")


# the notes answer proposals this way as a habit (twice at least); a lone "… . Agreed." after a remark
# under any other business may only acknowledge it
_MIN_ANSWERS_AFTER_SENTENCES = 2


@lru_cache(maxsize=4)
def _answers_after_sentences(text: str) -> int:
    """How many sentences of the document open "Agreed" (or "Not agreed") after another sentence."""
    return sum(1 for m in _AGREED_AFTER_SENTENCE.finditer(text) if m["word"][0] != "a")


def _agreed_after_a_sentence(text: str, ps: int, pe: int) -> list[Decision]:
    """The decisions a paragraph records as "… proposal. Agreed." (the proposal and its answer, one
    decision each time); "Agreed - what was agreed." is its own text."""
    if "greed" not in text[ps:pe] or _answers_after_sentences(text) < _MIN_ANSWERS_AFTER_SENTENCES:
        return []
    out: list[Decision] = []
    taken = ps
    for m in _AGREED_AFTER_SENTENCE.finditer(text, ps, pe):
        if m["word"][0] == "a":
            continue        # "… agreed." inside a sentence is the narrative's, not an answer
        _, e = sentence_bounds(text, ps, pe, m.start("word"))
        if m["dash"]:
            s = m.start("word")
        else:
            starts = [o.end() for o in _SENTENCE_OPENING.finditer(text, taken, m.start())]
            s = starts[-1] if starts else taken
        d = _decision(text, s, e, "resolved" if m["word"].startswith("Not") else "agreed")
        if d:
            out.append(d)
        taken = e
    return out


# a point of a resolution whose bullet a copy of the page dropped: a paragraph opening "to …" or
# "that …" in lower case
_UNMARKED_POINT = re.compile(r"to\s+[a-z]|that\s+\S")


def _semicolon_points(text: str, paras: list[Paragraph], j: int) -> list[int]:
    """ "AGREED:" over "to note the update;" / "to ask … to the December meeting;" / "that the post be …":
    the points of a resolution as paragraphs of their own (a PDF's text lost their bullets), each opening
    "to" or "that" in lower case, every one but the last closed by a semicolon; their indices."""
    out: list[int] = []
    while j < len(paras):
        ps, pe = _trim(text, paras[j].text_span.start, paras[j].text_span.end)
        if not _UNMARKED_POINT.match(text, ps, pe):
            break
        out.append(j)
        if not text[ps:pe].endswith((";", "; and", "; or")):
            break
        j += 1
    return out


def _take_semicolon_points(text: str, paras: list[Paragraph], points: list[int], fallback: str,
                           formal: list[Decision], consumed: set[int]) -> None:
    for j in points:
        d = _decision(text, paras[j].text_span.start, paras[j].text_span.end, fallback)
        if d:
            formal.append(d)
        consumed.add(j)


def _written_decisions(text: str, item: ItemSegment, header: Header, deciders: tuple[str, ...]) -> list[Decision]:
    """The decisions an item's paragraphs (or its row of the items table) record."""
    paras = item.paragraphs
    consumed: set[int] = set()
    formal: list[Decision] = []
    subject = _body_subject_re(header, deciders)
    for k, p in enumerate(paras):
        if k in consumed or _is_action_para(text, p):
            continue
        ps, pe = p.text_span.start, p.text_span.end
        tagged = _body_tagged_decisions(text, ps, pe)
        if tagged:
            formal.extend(tagged)
            continue
        m = _RESOLVED_AT_START.match(text, ps, pe) or (
            _RESOLVED_INSIDE.search(text, ps, pe) if _SHOUTED_DECISION.search(text, ps, pe) else None) or \
            _body_resolved(text, ps, pe, subject) or _LABEL_AFTER_SENTENCE.search(text, ps, pe)
        if m and (_asks_the_meeting(text, m, pe) or _answered_by_a_resolution(text, m, paras, k)
                  or _records_no_decision(text, m, pe)):
            continue
        if m:
            fallback = _WORD_KIND.get(m["word"].lower(), "resolved") if "word" in m.re.groupindex else "resolved"
            barred = text.find("|", m.start(), m.end()) >= 0
            cell, taken = labelled_cell_lines(text, paras, k) if m.re is _RESOLVED_AT_START and \
                (barred or text.find("\t", m.start(), m.end()) >= 0) else ([], [])
            # a label and a TAB over one line may lead in sub-points below ("Resolved:<TAB>That the
            # Partnership" over "(a)<TAB>approves …"): only a cell of several lines is read line by line
            if cell and (barred or len(cell) > 1):
                # "Decision(s): | The Board noted …" and the cell's further lines: one decision a line
                consumed.update(taken)
                formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in cell) if d)
                continue
            rest_s = m.end()
            rest = text[rest_s:pe]
            subs = collect_subpoints(text, paras, k + 1) or \
                collect_subpoints(text, paras, k + 1, _numbering_goes_on(paras, k))
            if subs and _is_lead_in(rest):
                _take_subpoints(text, paras, subs, fallback, formal, consumed)
                continue
            listed = _unmarked_list_under_lead(text, ps, pe)
            if listed and _is_lead_in(text[rest_s:listed[0][0]]):
                formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in listed) if d)
                continue
            run_on = _run_on_subpoints(text, paras, k, rest_s, pe)
            if run_on:
                formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in run_on[0]) if d)
                consumed.update(run_on[1])
                continue
            inline = _inline_subpoints(text, _after_subject_lead(text, rest_s, pe, subject), pe)
            if inline:
                formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in inline) if d)
                continue
            if not _is_lead_in(rest):
                if _HEADING_ALONE.fullmatch(text[m.start("word"):m.end()]):
                    # under a heading alone on its line, each sentence recording an outcome is one
                    formal.extend(_outcome_sentences(text, m.end(), pe, fallback))
                    continue
                d = _decision(text, _decision_start(text, ps, m, subject), pe, fallback)
                if d:
                    formal.append(d)
                    if text[ps:pe].rstrip(" \t\n*_").endswith(";"):
                        # "AGREED: that the Chair …;" then "that the plan …" in the next paragraph
                        _take_semicolon_points(text, paras, _semicolon_points(text, paras, k + 1), fallback, formal, consumed)
            elif not rest.strip(" \t\n*_:") and len(_semicolon_points(text, paras, k + 1)) >= 2:
                _take_semicolon_points(text, paras, _semicolon_points(text, paras, k + 1), fallback, formal, consumed)
            elif not rest.strip(" \t\n*_:") and k + 1 < len(paras) and not _is_action_para(text, paras[k + 1]) \
                    and not _RESOLVED_AT_START.match(text, paras[k + 1].text_span.start, paras[k + 1].text_span.end) \
                    and not _gives_next_meeting(text, paras[k + 1]):
                # "Decision:" / "RESOLVED:" alone on its line: the decision is the next paragraph,
                # or, when that paragraph is a lead-in ("The Partnership:"), the sub-points under it
                nxt = paras[k + 1]
                consumed.add(k + 1)
                lead = text[nxt.text_span.start:nxt.text_span.end].rstrip(" \t*_")
                # (a lead-in may also be a short subject without a colon: "That the Committee")
                subs = collect_subpoints(text, paras, k + 2) if _LEAD_IN_END.search(lead[-40:]) or \
                    _is_lead_in(lead) else []
                if subs and _is_lead_in(lead[-40:]):
                    _take_subpoints(text, paras, subs, fallback, formal, consumed)
                    continue
                # "Resolved:" over "to note the update;" / "to approve the plan.": a lettered list whose
                # letters a copy of the page dropped, one decision a line
                listed = unmarked_list_lines(text, nxt.text_span.start, nxt.text_span.end)
                if listed:
                    formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in listed) if d)
                    continue
                # "The Partnership: (a) noted …; (b) agreed …" on one line: one decision a sub-point
                inline = _inline_subpoints(text, _after_subject_lead(text, nxt.text_span.start, nxt.text_span.end,
                                                                     subject), nxt.text_span.end)
                if inline:
                    formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in inline) if d)
                    continue
                d = _decision(text, nxt.text_span.start, nxt.text_span.end, fallback)
                if d:
                    formal.append(d)
            continue
        agreed_after = _agreed_after_a_sentence(text, ps, pe)
        if agreed_after:
            formal.extend(agreed_after)
            continue
        shouted = _shouted_outcome(text, ps, pe) or _body_shouted_sentence_inside(text, ps, pe, subject)
        if shouted is not None:
            formal.append(shouted)
            continue
        # "The Partnership:" / "The Partnership agreed to the recommendations … as follows:"
        body = text[ps:pe].rstrip(" \t*_")
        sm = subject.match(text, ps, pe)
        further = _FURTHER_OUTCOME.match(text, sm.end(), pe) if sm and formal else None
        if further is not None:
            # "The Partnership also agreed that …" opening a paragraph under the outcomes recorded
            # above: one more of them, not the discussion's
            d = _decision(text, *sentence_bounds(text, ps, pe, ps), decision_kind(further["verb"]))
            if d:
                formal.append(d)
            continue
        listed = _unmarked_list_under_lead(text, ps, pe) if sm else []
        if listed and (not text[sm.end():listed[0][0]].strip(" :\t\n*_") or
                       _DECISION_VERBS.search(text, sm.end(), listed[0][0])):
            # "The Group agreed:" and its points on the lines below, unmarked
            verb = _DECISION_VERBS.search(text, sm.end(), listed[0][0])
            fallback = decision_kind(verb.group(0)) if verb else "resolved"
            formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in listed) if d)
            continue
        agreed_lead = _AGREED_POINTS_LEAD.match(text, sm.end(), pe) if sm else None
        inline = _inline_subpoints(text, agreed_lead.end(), pe) if agreed_lead else []
        if inline:
            # "The Board agreed that: (a) the plan be published; (b) …" on one line: one decision a
            # point, as the points of a formal resolution are
            fallback = decision_kind(agreed_lead["verb"])
            formal.extend(d for d in (_decision(text, a, b, fallback) for a, b in inline) if d)
            continue
        if body.endswith(":") and _AGREED_BY_THE_MEETING.search(body):
            subs = collect_subpoints(text, paras, k + 1)
            if subs:
                # "So the top 3 priorities (agreed by the meeting) are:" over "1) Vehicle crime", "2) …": what
                # the meeting agreed, one decision a point
                for j in subs:
                    d = _decision(text, paras[j].text_span.start, paras[j].text_span.end, "agreed")
                    if d:
                        formal.append(d)
                    consumed.add(j)
                continue
        if sm and _LEAD_IN_END.search(body[-40:]):
            between = text[sm.end():pe]
            if not between.strip(" :\t*_") or _DECISION_VERBS.search(between):
                subs = collect_subpoints(text, paras, k + 1)
                if subs and _NOTES_A_LIST.search(between):
                    # "The Committee noted the following correspondence: (a) letter from … (b) …": one
                    # act of noting, the lettered lines being the things noted, not decisions
                    d = _decision(text, ps, pe, "noted")
                    if d:
                        formal.append(d)
                    consumed.update(subs)
                    continue
                if subs:
                    verb = _DECISION_VERBS.search(between)
                    fallback = decision_kind(verb.group(0)) if verb else "resolved"
                    for j in subs:
                        d = _decision(text, paras[j].text_span.start, paras[j].text_span.end, fallback)
                        if d:
                            formal.append(d)
                        consumed.add(j)
    if item.table_columns:
        tabled = table_decisions(text, item)
        # a cell the prose readers read as well is the table's decision, once
        formal = [d for d in formal if not any(_overlaps(d.span, t.span) for t in tabled)] + tabled
    if formal:
        return _with_public_excluded(text, item, _with_minutes_approval(text, item, formal), subject)
    return _informal_decisions(text, item, subject)
