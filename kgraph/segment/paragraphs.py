"""Paragraphs of an item: enumerators ("(1)", "a)", "Action 3:"), bullets, the decision and action
labels, department and post words, and :func:`build_paragraphs`, which cuts an item's text into
:class:`Paragraph` records.
"""
from __future__ import annotations

import re

from ..model import Paragraph, Span
from .lines import Line
from .common import _ACTION_LABEL, _ENUM, job_re, terms
from .headings import _DECISION_LINE, _UNDERLINE


# (an arrow "→ Fraser to chase …" marks a line of its own too: typed notes point to their actions so)
# ("-> Jo Bloggs by 3 May: …": an arrow typed as "->" or "=>" where the symbol was not to hand)
_BULLET = re.compile(r"[ \t\u00a0]*(?P<bullet>-{1,2}>|=>|[-*•·–▪●◦→➔➜⇒])[ \t\u00a0]+")


# ("ACTION (Jo Hale, 22 March 2024): …", "ACTION (Jo Hale / Sam Webb, next meeting): …": the owners in the
# label's bracket, then after a comma when the task is due)
_FURNITURE = re.compile(r"(?:minutes|additional documents|supporting documents|documents)[ \t]*:?",
                        re.IGNORECASE)
_TRUNCATION_PHRASE = "view the full minutes text"
# a bare outcome on its own line: "Agreed.", "Approved", "Agreed by unanimous vote", "Carried unanimously"
BARE_DECISION = re.compile(
    r"(?:(?:agreed|approved|noted|resolved|carried|accepted|endorsed)(?:\s+(?:unanimously|by\s+(?:a\s+)?unanimous\s+vote|"
    r"by\s+(?:a\s+)?majority(?:\s+vote)?|as\s+(?:a\s+)?(?:true|correct)\s+record))?|unanimously\s+(?:agreed|approved|resolved))"
    r"[.!]?", re.IGNORECASE)


# "DECISION 3" alone on its line (Scottish committee minutes number their decisions across the items):
# the heading of the decision written on the lines below it, which stay in its paragraph even when they
# open with a decision word of their own ("AGREED that …")
NUMBERED_DECISION_HEADING = re.compile(r"[ \t*_]*(?:DECISION|Decision)[ \t]+\d{1,3}[ \t*_]*")


def is_department_name(name: str) -> bool:
    """A contact line naming a department ("Committee Services", "Democratic Services Team"), not a clerk."""
    words = re.findall(r"[\w'’&]+", name.lower())
    return bool(words) and all(w in terms()["department_words"] for w in words)


def is_post_of_department(name: str) -> bool:
    """A contact line naming a post of a department ("Democratic Services Officer", "Committee Manager"),
    not a clerk: a job word after words that all name a department."""
    job = job_re().search(name)
    if job is None or name[job.end():].strip(" ,.;:"):
        return False
    return not name[:job.start()].strip() or is_department_name(name[:job.start()])


def _truncation_start(text: str, s: int, e: int) -> int | None:
    """Where "  ...  view the full minutes text for item 90." (web truncation) starts, if present."""
    at = text.lower().find(_TRUNCATION_PHRASE, s, e) if "iew the full" in text[s:e] else -1
    if at < 0:
        return None
    while at > s and text[at - 1] in " \t\u00a0.…":
        at -= 1
    return at


# "A1 – Owner – task – due", "A12: …": the number of an entry in a list of actions
_ACTION_NUMBER = re.compile(r"(?P<enum>AP?\d{1,3})(?:[ \t]+[-–—]|:)[ \t]+")


def paragraph_start(text: str, ln: Line) -> tuple[int, str | None]:
    """Where a paragraph's own text starts on its first line, and its enumerator if any.
    Handles "- (1) text", "(i) text", "1.    text", "a) text", "• text", "A1 – text"."""
    pos = ln.start
    enum = None
    mb = _BULLET.match(text, pos, ln.end)
    if mb:
        pos = mb.end()
        enum = mb["bullet"]
    me = _ENUM.match(text, pos if mb else ln.cs, ln.end)
    if me:
        return me.end(), me["enum"]
    if mb:
        return pos, enum
    if text.startswith("A", ln.cs):
        ma = _ACTION_NUMBER.match(text, ln.cs, ln.end)
        if ma:
            return ma.end(), ma["enum"]
    return ln.cs, None


# "Co-dhùnadh / Decision: …", "Gnìomh / Action: …": bilingual minutes print a label in both languages,
# the other language's half first; the English half after the slash is the label that is read
_HALF_BEFORE_SLASH = re.compile(r"[^\s/:][^/:\n]{0,40}?[ \t]+/[ \t]+(?=[A-Z])")


def label_after_other_language(text: str, ln: Line) -> int | None:
    """Where the English half of a bilingual action or decision label starts on its line, or None."""
    if text.find(" / ", ln.cs, min(ln.ce, ln.cs + 48)) < 0:
        return None
    m = _HALF_BEFORE_SLASH.match(text, ln.cs, ln.ce)
    if m is None:
        return None
    pos = m.end()
    if _ACTION_LABEL.match(text, pos, ln.end) or _DECISION_LINE.match(text, pos, ln.end) \
            or _NOTED_LABEL.match(text, pos, ln.end):
        return pos
    return None


# "NODWYD / NOTED: the update …": a noted outcome under a bilingual label (read as "NOTED: …" is)
_NOTED_LABEL = re.compile(r"(?:Noted|NOTED)[ \t*_]*:")


def action_label_after_number(text: str, ln: Line) -> int | None:
    """ "23.47.4 Action: Philippa Stone to notify …": an "Action:" line numbered as a paragraph of the
    minute; where its label starts (the paragraph number is no part of the action), or None."""
    if not text[ln.cs:ln.cs + 1].isdigit():
        return None
    ts, enum = paragraph_start(text, ln)
    if enum is None or not _ACTION_LABEL.match(text, ts, ln.end):
        return None
    return ts


def _rule_line(text: str, ln: Line) -> bool:
    """A line of dashes or equals signs alone (cheap first test: its first character)."""
    return text[ln.cs:ln.cs + 1] in "-=" and _UNDERLINE.fullmatch(text, ln.start, ln.end) is not None


def build_paragraphs(text: str, lines: list[Line], first: int, last: int, skip: set[int]) -> list[Paragraph]:
    """Paragraphs of lines[first:last]: a blank line, an enumerator, an "Action:" line or a
    heading starts a new one; page furniture ("Minutes:") and skipped lines are left out."""
    paras: list[Paragraph] = []
    cur_start = cur_text = cur_end = None
    cur_enum = None
    under_numbered_decision = False
    action_open = False     # an "ACTION:" line whose text wraps onto the next line

    def flush() -> None:
        nonlocal cur_start, cur_text, cur_end, cur_enum
        if cur_start is not None and cur_end is not None and cur_end > cur_text:
            end = cur_end
            cut = _truncation_start(text, cur_text, end)
            if cut is not None:
                end = max(cur_text, cut)
            paras.append(Paragraph(Span(cur_start, end), Span(cur_text, end), cur_enum))
        cur_start = cur_text = cur_end = None
        cur_enum = None

    for i in range(first, last):
        ln = lines[i]
        if ln.blank or i in skip:
            flush()
            continue
        if _FURNITURE.fullmatch(ln.content(text)) or _rule_line(text, ln):
            # (a rule of dashes between a table's rows closes the row's last paragraph: no text of it)
            flush()
            continue
        label = label_after_other_language(text, ln)
        if label is None:
            label = action_label_after_number(text, ln)
        if label is not None:
            ln = Line(ln.start, ln.end, label, ln.ce, ln.heading, False)   # read from the English label
        label_at = ln.start if label is None else label
        is_action = bool(_ACTION_LABEL.match(text, label_at, ln.end))
        bare = bool(BARE_DECISION.fullmatch(text, ln.cs, ln.ce))
        numbered_decision = bool(NUMBERED_DECISION_HEADING.fullmatch(text, ln.start, ln.end))
        opens_decision = bare or numbered_decision or bool(_DECISION_LINE.match(text, label_at, ln.end))
        ts, enum = paragraph_start(text, ln) if label is None else (label, None)
        if under_numbered_decision and not (is_action or ln.heading or numbered_decision):
            opens_decision = False   # the decision under its "DECISION 3" heading
        under_numbered_decision = numbered_decision
        if is_action or ln.heading or enum is not None or cur_start is None or opens_decision:
            flush()
            first_char = ln.start + (len(text[ln.start:ln.end]) - len(text[ln.start:ln.end].lstrip(" \t\u00a0>")))
            cur_start = first_char if (enum or is_action) and label is None else ln.cs
            cur_text = ln.cs if is_action else ts
            cur_enum = None if is_action else enum
            cur_end = ln.ce
            # a one-line decision ending its sentence ("Agreed: the Forum will write …") is a paragraph
            # of its own even when the next line follows without a blank line
            action_open = is_action and _action_line_goes_on(text, lines, i, last)
            if (is_action and not action_open) or ln.heading or bare or \
                    (opens_decision and text[ln.ce - 1:ln.ce] in ".!"):
                flush()
        else:
            cur_end = ln.ce
            if action_open:
                # the action's text wrapped onto this line: it ends here unless it wraps again
                action_open = _action_line_goes_on(text, lines, i, last)
                if not action_open:
                    flush()
        if cur_start is not None and (_ends_typed_paragraph(text, lines, i, last)
                                      or _ends_short_bullet_entry(text, lines, i, last, cur_enum, cur_start)):
            flush()
    flush()
    return paras


# a bullet entry this short ("Hate crime – 3") is a line of a list, not prose that wraps
_SHORT_BULLET_ENTRY = 50
_BULLET_MARK = re.compile(r"[-*•·–▪●◦]")
# a line running on into the next ends on a comma, a dash or a joining word
_LINE_RUNS_ON = re.compile(r"(?:[,;–—-]|[ \t](?:and|or|of|the|a|an|in|at|on|to|for|by|with|from|including))[ \t]*$",
                           re.IGNORECASE)


def _ends_short_bullet_entry(text: str, lines: list[Line], i: int, last: int, enum: str | None,
                             para_start: int) -> bool:
    """ "• Hate crime – 3" over "Following discussion, the Board agreed …:" (typed without a blank line):
    a short one-line bullet entry that runs on into nothing ends before an unbulleted line opening with a
    capital, which is the next paragraph (a bullet's wrapped text goes on from a line filled to its width)."""
    ln = lines[i]
    if enum is None or not _BULLET_MARK.fullmatch(enum) or para_start < ln.start or i + 1 >= last:
        return False
    if ln.ce - ln.cs > _SHORT_BULLET_ENTRY or _LINE_RUNS_ON.search(text, ln.cs, ln.ce):
        return False
    nxt = lines[i + 1]
    return not nxt.blank and text[nxt.cs].isupper() and paragraph_start(text, nxt)[1] is None


# an action line this long (the typed line's width nearly used) may wrap; a short one ("ACTION: KW") does not
_WRAPPING_ACTION_WIDTH = 50


def _action_line_goes_on(text: str, lines: list[Line], i: int, last: int) -> bool:
    """ "ACTION: Share names of the youths with the Youth Service so detached" over "workers can engage
    (Priya - Lakes Police)": a long action line that ends no sentence goes on over the next line when that
    line opens in lower case or closes the owners' bracket; a new label, number or heading never does."""
    ln = lines[i]
    if i + 1 >= last or lines[i + 1].blank:
        return False
    nxt = lines[i + 1]
    if _OWNER_FIELD_OPENING.match(text, nxt.cs, nxt.ce):
        # "Action: Confirm the costs (estimated £8,400)" over "[Owner: Jo Hale, LBB] [Due: 31/03/2021]":
        # the action's own bracketed fields, however its task line ended
        return True
    if ln.ce - ln.cs < _WRAPPING_ACTION_WIDTH or text[ln.ce - 1] in ".!?;:)]":
        return False
    if nxt.heading or _ACTION_LABEL.match(text, nxt.cs, nxt.end) or _DECISION_LINE.match(text, nxt.cs, nxt.end) \
            or paragraph_start(text, nxt)[1] is not None:
        return False
    content = nxt.content(text).rstrip(" .")
    # ("… [Owner: Jo Hale," over "LBB] [Due: 01/03/2021]": the owner's bracket wrapped, then closed)
    return content[:1].islower() or (content.endswith(")") and "(" in content) or \
        (content.endswith("]") and "[" in content) or _ENDS_ON_A_JOINING_WORD.search(text, ln.cs, ln.ce) is not None


# an action's owner field opening its line, in a bracket: "[Owner: Jo Hale, LBB]", "(Lead: Sam Webb)"
_OWNER_FIELD_OPENING = re.compile(r"[ \t]*[\[(][ \t]*(?:owners?|leads?|responsible|action(?:ed)?[ \t]+by)[ \t]*:",
                                  re.IGNORECASE)


# "… a letter of support for" over "Amanda to sign …": a line ending on a word that joins it to what
# follows ends no sentence, even when the next line opens with a name
_ENDS_ON_A_JOINING_WORD = re.compile(r"[ \t](?:and|or|for|to|of|with|the|a|an|by|from|at|in|on|that)$")


def _ends_typed_paragraph(text: str, lines: list[Line], i: int, last: int) -> bool:
    """Notes typed without blank lines: a line that ends a sentence and is followed by a line
    starting a new one ends its paragraph ("…the rural crime group.\nThe report was noted.")."""
    ln = lines[i]
    if ln.ce <= ln.cs or text[ln.ce - 1] not in ".!?" or i + 1 >= last:
        return False
    nxt = lines[i + 1]
    return not nxt.blank and text[nxt.cs].isupper()
