"""The attendance lists: :func:`read_attendance` finds each labelled list ("Present:", "Apologies",
"In attendance") and reads its entries with the line, paragraph, column and table readers below it.
"""
from __future__ import annotations

import re

from ..model import AttendanceEntry
from .lines import Line
from .common import _bracket_left_open, _opens_with_a_name, _SPACES, _TABLE_RULE
from .labels import (_CHAIR_HEADING, _CHAIR_LABEL, _label_content_start, _label_match, _LIST_KIND,
                     _MINUTE_TAKER_LINE, _ONE_PERSON_LABELS)
from .headings import _HEADING_A, _next_nonblank
from .affiliation import (_action_column_head, _attach_affiliation, ends_a_list, _ends_like_a_body,
                          _LIST_SUBHEADING, looks_like_affiliation, _opens_another_field, parse_entry, _SEPARATOR_RULE,
                          _shouted_section_heading)
from .attendance_entries import (_entry_paragraph_past_blank, _list_goes_on_past_blank,
                                 _looks_like_entry_line, _members_paragraph, _members_paragraph_below,
                                 name_post_body_line, _one_attendee_a_line, _one_name_and_post, post_first_entry, post_then_dashed_name,
                                 _opens_with_plural_title, _paragraph_end, _paragraph_entries, _running_list,
                                 _wrapped_paragraph)
from .attendance_columns import (continued_row_cells, join_continued_cells, _affiliation_line, _body_column_entries, _body_column_heads,
                                 _bar_column_entries, _bar_column_header, _bar_row_cells,
                                 _cells_one_a_line, _chair_line_entries, _column_header, _column_list_entries,
                                 column_spans, _columns_going_on, _entries_on_one_line, _group_body,
                                 _group_heading, _group_line_entries, _group_line_label, _group_of_body_heading, _heading_over_people,
                                 _label_over_two_lines, _MARKS_KEY_LINE, _members_below, _names_after_places,
                                 _names_members, _opens_another_list_section, _party_line_label, _political_group_label,
                                 _rows_wrapped_over_lines, _sentence_end, _substitute_entry, _table_header,
                                 _table_row_entry, _two_column_rows, _under_the_second_cell)


def read_attendance(text: str, lines: list[Line], first: int, last: int) -> list[AttendanceEntry]:
    """Attendance lists between lines[first:last]: labelled paragraphs, one-name-per-line lists, tables."""
    entries: list[AttendanceEntry] = []
    paragraph_blocks: list[tuple[int, int]] = []
    group_blocks: list[tuple[int, int, str | None]] = []     # members of a group, the body they come from
    grouped_lines: list[tuple[int, int, str]] = []           # one-a-line entries under a body's heading
    blocks_read = False
    columns_above: list[str] | None = None     # the columns of the last table header read
    block_starts: list[int] = []                # where each label's entries start
    i = first
    while i < last:
        ln = lines[i]
        bar_columns = _bar_column_header(text, ln)
        if bar_columns:
            j = i + 1
            while j < last and _bar_row_cells(text, lines[j]) is not None:
                j += 1
            entries.extend(_bar_column_entries(text, lines[i + 1:j], bar_columns))
            i = j
            continue
        columns = _column_header(text, ln)
        if columns:
            j = i + 1
            while j < last and not lines[j].blank and not _label_match(text, lines[j]):
                j += 1
            entries.extend(_column_list_entries(text, lines[i + 1:j], columns))
            i = j
            continue
        m = None if ln.blank else _label_match(text, ln)
        wrapped_label = None if m else _label_over_two_lines(text, lines, i, last)
        if wrapped_label is not None:
            kind, first_name, second_name = wrapped_label
            spans = [(first_name, ln.ce), (second_name, lines[i + 1].ce)]
            j = i + 2
            while j < last and not lines[j].blank and not _label_match(text, lines[j]):
                spans.append((lines[j].cs, lines[j].ce))
                j += 1
            block_starts.append(len(entries))
            entries.extend(entry for a, b in spans if (entry := parse_entry(text, a, b, kind, True)))
            i = j
            continue
        if not m:
            i += 1
            continue
        block_starts.append(len(entries))
        label_words = _SPACES.sub(" ", m["label"].lower())
        kind = _LIST_KIND.get(label_words, "in_attendance" if label_words.endswith(" in attendance")
                              else "officers" if label_words.endswith(" officers") else "present")
        if m.re is _MINUTE_TAKER_LINE:
            kind = "in_attendance"      # who took the minutes was there
        chair_label = m.re is _CHAIR_LABEL
        content_spans: list[tuple[int, int]] = []
        if chair_label:
            entries.extend(_chair_line_entries(text, m, ln))
            i += 1
            continue
        if m.re is _MINUTE_TAKER_LINE:      # one person named after the label
            named = _paragraph_entries(text, m.end(), ln.ce, kind)[:1]
            for entry in named:
                entry.role = entry.role or "Minute Taker"
            entries.extend(named)
            i += 1
            continue
        content_start = _label_content_start(text, m, ln)
        if label_words in _ONE_PERSON_LABELS:
            # "Decision Maker: Councillor A, Cabinet Member for …": one person and post; the header's
            # other fields follow on the next lines
            entry = parse_entry(text, content_start, ln.ce, kind, True)
            entries.extend([entry] if entry else [])
            i += 1
            continue
        if text[content_start:ln.ce].strip():
            content_spans.append((content_start, ln.ce))
            j = i + 1
            while j < last and (not lines[j].blank or _list_goes_on_past_blank(text, lines, j, last)
                                or _entry_paragraph_past_blank(text, lines, j, last)) \
                    and not _label_match(text, lines[j]) \
                    and not _opens_another_field(text, lines[j]) and _label_over_two_lines(text, lines, j, last) is None:
                # (a Word table copied as text has no blank line before "ALSO" over "ATTENDING:")
                if lines[j].blank:
                    j += 1
                    continue
                group_label = _group_line_label(text, lines[j].cs, lines[j].ce)
                if group_label is not None:
                    # "Officers: A (…), B (…)" over "Lakes Police: Inspector C (…)": a body's own line of members
                    group_blocks.append((group_label[1], lines[j].ce, _group_body(text[group_label[0]:group_label[1]])))
                elif _opens_with_plural_title(lines[j].content(text)):
                    # "PRESENT:  Councillor A (Chairman)" over "Councillors B, C and D": a title written once
                    # for several members opens a running list of them, no name and bracket
                    paragraph_blocks.append((lines[j].cs, lines[j].ce))
                else:
                    content_spans.append((lines[j].cs, lines[j].ce))
                j += 1
            below = _members_paragraph_below(text, lines, j, last) if len(content_spans) == 1 else None
            if below is not None:
                # "Present: Mr A Brand (Chairman)", a blank line, one paragraph naming the other members
                paragraph_blocks.append(below)
                j = _paragraph_end(lines, _next_nonblank(lines, j - 1) or j, last)
        else:
            j = i + 1
            group: str | None | bool = False        # the body (or None) of the group heading above, once one is read
            line_group: str | None | bool = False   # the body (or None) heading the one-a-line entries below it
            while j < last:
                lj = lines[j]
                if lj.blank:
                    j += 1
                    continue
                content = lj.content(text)
                chair = _CHAIR_LABEL.match(text, lj.cs, lj.ce) if not content_spans else None
                if chair is not None:
                    # "PRESENT:" over "Chair - Councillor A" and "Vice-Chair - Councillor B": who chaired heads
                    # the list, the other members follow
                    entries.extend(_chair_line_entries(text, chair, lj))
                    j += 1
                    continue
                if content_spans and lines[j - 1].blank and _SEPARATOR_RULE.fullmatch(content):
                    break      # a rule of dashes after a blank line closes the list (a page's footer follows)
                if _TABLE_RULE.fullmatch(content):      # "|---|---|" under a table header
                    j += 1
                    continue
                body_columns = None if content_spans else _body_column_heads(text, lj)
                if body_columns is not None:
                    # "Lakes Council<TAB>Fellside Council" over rows of one member a column: each sits for
                    # the body heading the column
                    end = _paragraph_end(lines, j + 1, last)
                    entries.extend(_body_column_entries(text, lines[j + 1:end], body_columns, kind))
                    j = end
                    continue
                body_of_group = None if _label_match(text, lj) else _group_of_body_heading(content)
                if body_of_group is not None:
                    # "Officers of Lakes Council (Host Authority):" over "Jo Hale, Legal Adviser": its people
                    # a line each, from the body it names
                    line_group = body_of_group
                    j += 1
                    continue
                if (_LIST_SUBHEADING.fullmatch(content) or _group_heading(content) and _members_below(text, lines, j, last)) \
                        and not _label_match(text, lj):
                    # "Political Members:", "Coventry City Council" (a web page's heading) group the names below;
                    # "LEISGEULAN / APOLOGIES" in capitals is the next list's label, no group's heading
                    group = _group_body(content)
                    j += 1
                    continue
                heading = None if (content_spans and line_group is False) or _label_match(text, lj) \
                    else _heading_over_people(text, lines, j, last, first=not content_spans)
                if heading is not None:
                    line_group = heading[0]
                    j += 1
                    continue
                party_members = None if _label_match(text, lj) else _political_group_label(text, lj.cs, lj.ce)
                if party_members is not None:
                    group_blocks.append((party_members, lj.ce, None))
                    j += 1
                    continue
                party = None if _label_match(text, lj) else _party_line_label(text, lj.cs, lj.ce)
                if party is not None:
                    # "Other parties:" over "For Lakes Police (applicant): PC A (…)": one side of a hearing a line
                    group_blocks.append((party[0], lj.ce, party[1]))
                    j += 1
                    continue
                group_label = None if _label_match(text, lj) else \
                    _group_line_label(text, lj.cs, lj.ce, among_groups=bool(group_blocks))
                if group_label is not None:
                    # "Lakes City Council: Cllr A (Chair), Cllr B": one line a group, the body before the colon
                    group_blocks.append((group_label[1], lj.ce, _group_body(text[group_label[0]:group_label[1]])))
                    j += 1
                    continue
                if (group_blocks or group is not False) and _names_members(content) and not _label_match(text, lj) \
                        and not name_post_body_line(content):
                    # the members' paragraph under a group's heading; more groups may follow ("Partners:" over
                    # "Name, Post, Body" lines is one attendee a line, read below)
                    end = _paragraph_end(lines, j, last)
                    group_blocks.append((lj.cs, lines[end - 1].ce, group or None))
                    j = end
                    continue
                if not content_spans and not _looks_like_entry_line(content) \
                        and (_running_list(content) or _members_paragraph(content) and _opens_with_a_name(content)) \
                        and not _label_match(text, lj):    # "Apologies" above "Apologies were received from …"
                    # "Present:" above one paragraph: "Councillors A, B (Chair), C and D; …"
                    while j < last and not lines[j].blank:
                        content_spans.append((lines[j].cs, lines[j].ce))
                        j += 1
                    content_spans = [(content_spans[0][0], content_spans[-1][1])]
                    break
                if content_spans and _opens_with_plural_title(content) and not _label_match(text, lj):
                    # "Councillor A (Chair)", "Councillor B (Vice-Chair)", then "Councillors C, D and E" on the
                    # next line: a title written once for several members opens a running list of them
                    j = _paragraph_end(lines, j, last)
                    paragraph_blocks.append((lj.cs, lines[j - 1].ce))
                    continue
                if content_spans and lines[j - 1].blank and not _looks_like_entry_line(content) \
                        and _members_paragraph(content) and _opens_with_a_name(content) and not _label_match(text, lj):
                    # "Councillor A (Org) (in the Chair)", a blank line, one paragraph naming the other members
                    j = _paragraph_end(lines, j, last)
                    paragraph_blocks.append((lj.cs, lines[j - 1].ce))
                    continue
                if content_spans and columns_above and "\t" in content and not lines[j - 1].blank \
                        and 0 < text.count("\t", *content_spans[-1]) < len(columns_above) - 1:
                    # "Jo Hale<TAB>Independent Reviewer (item" over "4)<TAB>Lakes Consulting": a row of a
                    # tab table whose middle cell wrapped goes on (see _rows_wrapped_over_lines)
                    content_spans.append((lj.cs, lj.ce))
                    j += 1
                    continue
                if content_spans and not lines[j - 1].blank and (
                        _under_the_second_cell(text, lines[j - 1], lj)
                        or _bracket_left_open(text, content_spans[0][0], lines[j - 1].ce)):
                    # "Cllr A Brown        Cabinet Member for …, Lakes" over "      for district councils": the
                    # second cell wrapped under its own column; "…, Chief Fire Officer Jo Hale (Lakes Fire"
                    # over "and Rescue Service), Ann Webb (…)": a bracket opened above and not yet closed
                    # goes on, whatever word this line starts with
                    content_spans.append((lj.cs, lj.ce))
                    j += 1
                    continue
                if content_spans and not lines[j - 1].blank and content.startswith("("):
                    # "…, Councillor Ann Webb" over "(Lakes Council) and Jo Hale (…).": the line goes on with
                    # the bracket of the name that closes the line above
                    content_spans.append((lj.cs, lj.ce))
                    j += 1
                    continue
                if _label_match(text, lj) or lj.heading or not _looks_like_entry_line(content) or ends_a_list(content) or \
                        _shouted_section_heading(content) or _opens_another_list_section(lines, j, content) or \
                        _action_column_head(text, lj) or _CHAIR_HEADING.fullmatch(content) or \
                        _HEADING_A.fullmatch(content) and not content[:1].isupper():
                    break
                content_spans.append((lj.cs, lj.ce))
                if line_group:
                    grouped_lines.append((lj.cs, lj.ce, line_group))
                j += 1
        i = max(j, i + 1)
        for a, b, body in group_blocks:
            blocks_read = True
            for entry in _paragraph_entries(text, a, b, kind):
                if body and not entry.organisations:
                    entry.organisations = [body]
                entries.append(entry)
        group_blocks.clear()
        for a, b in paragraph_blocks:
            blocks_read = True
            entries.extend(_paragraph_entries(text, a, b, kind))
        paragraph_blocks.clear()
        if not content_spans:
            continue
        # a tab table whose cells wrap over lines: its rows, read under the table's columns below
        tab_rows = _rows_wrapped_over_lines(text, content_spans, columns_above)
        wrapped_table, content_spans = tab_rows is not content_spans, tab_rows
        column_rows = None if wrapped_table or _columns_going_on(text, content_spans, columns_above) \
            else _two_column_rows(text, content_spans)
        if column_rows is not None:
            for (pa, pb), note in column_rows:
                entry = parse_entry(text, pa, pb, kind, True)
                if entry:
                    note(entry)
                    entries.append(entry)
            continue
        if not wrapped_table and len(content_spans) == 1 and not m.groupdict().get("tail") \
                and (_one_name_and_post(text, *content_spans[0]) or post_then_dashed_name(text, *content_spans[0])):
            # "Also in attendance:" over "Councillor A – Cabinet Member for Communities and Public
            # Protection": one attendee, the "and" inside the post joins no second name
            entry = post_first_entry(text, *content_spans[0], kind) if post_then_dashed_name(text, *content_spans[0]) \
                else parse_entry(text, *content_spans[0], kind, True)
            if entry:
                entries.append(entry)
            continue
        rows = None if wrapped_table else _one_attendee_a_line(text, content_spans)
        if rows is not None:
            # one attendee a line, its long lines wrapped onto lines of their own: each row one entry
            # (read whole: the indent of a wrapped line is no gap between columns)
            entries.extend(entry for a, b in rows if (entry := parse_entry(text, a, b, kind, True)))
            continue
        # ("Apologies were received from A and B" is a sentence, however its lines wrap; "… received
        # from:" over one name a line is a list like any other)
        sentence = m.groupdict().get("tail") and not _label_closed_over_its_list(text, m, content_spans)
        if not wrapped_table and (len(content_spans) == 1 or sentence
                                  or _wrapped_paragraph(text, content_spans)) \
                and not _columns_going_on(text, content_spans, columns_above):
            list_end = content_spans[-1][1]
            if sentence:
                # "… from Cllr A Hale (work). It was proposed by Cllr B and RESOLVED that …": the
                # sentence's full stop ends the list; the next sentence names nobody absent
                list_end = _sentence_end(text, content_spans[0][0], list_end)
            entries.extend(_paragraph_entries(text, content_spans[0][0], list_end, kind))
            continue
        columns: list[str] | None = _columns_going_on(text, content_spans, columns_above)
        content_spans, affiliations = _cells_one_a_line(text, content_spans)
        content_spans = _rows_wrapped_over_lines(text, content_spans, columns)
        for k, (a, b) in enumerate(content_spans):
            if (a, b) in affiliations:
                # a table copied one cell a line: the name line, then the line(s) of its post and body
                entry = parse_entry(text, a, b, kind, True)
                if entry:
                    for fa, fb in affiliations[(a, b)]:
                        _attach_affiliation(entry, _affiliation_line(text[fa:fb]))
                    entries.append(entry)
                continue
            header = _table_header(text, a, b)
            if header is not None:
                columns = columns_above = header
                continue
            if k + 1 < len(content_spans) and _table_header(text, *content_spans[k + 1]) is not None:
                continue    # "Non-voting/advisers" over its own "Name | Organisation" header: the table's title
            if columns and _MARKS_KEY_LINE.match(text, a, b):
                continue    # "Key: ✓ present, A apologies": the legend of the table's marks, nobody
            continued = continued_row_cells(text, a, b, columns) if columns and entries else None
            if continued is not None:
                join_continued_cells(entries[-1], continued)
                continue
            entry = _table_row_entry(text, a, b, kind, columns) if columns else None
            if entry is not None:
                entries.append(entry)
                substitute = _substitute_entry(text, a, b, columns, entry)
                if substitute is not None:
                    entries.append(substitute)
                continue
            if post_then_dashed_name(text, a, b):
                # "Chief Constable, Lakes Police – Jo Hale": the post first, its commas inside it
                entries.append(post_first_entry(text, a, b, kind))
                continue
            if _opens_with_plural_title(text[a:b]) and len(content_spans) > 1:
                # "Councillors A (Chairman), B and C" over "Dr D, Lakes ICB": the members' title written
                # once for the names of its line, a running list among lines of one entry each
                entries.extend(_paragraph_entries(text, a, b, kind))
                continue
            grouped = _group_line_entries(text, a, b, kind)
            if grouped:
                entries.extend(grouped)
                continue
            for ca, cb in column_spans(text, a, b):      # a printed two-column list: a person a column
                for pa, pb in _entries_on_one_line(text, ca, cb):
                    entry = parse_entry(text, pa, pb, kind, True)
                    if entry:
                        entries.append(entry)
    for entry in entries:
        group = next((body for a, b, body in grouped_lines if a <= entry.span.start < b), None)
        if group is not None:
            # the heading names the member's body; a second column names a team of it ("Rural Engagement
            # Team") or just where or what they cover ("Maldon town", "Street Scene Enforcement")
            entry.organisations = [group] + [o for o in entry.organisations if o != group and _ends_like_a_body(o)]
    for a, b in zip(block_starts, [*block_starts[1:], len(entries)]):
        _names_after_places(text, entries[a:b])
    if blocks_read:     # a members' paragraph was read before the lines above it
        entries.sort(key=lambda entry: entry.span.start)
    return entries


# a video meeting's participants report pasted into the record: "Participants (9)" over a header row
# "Name (original name)   Join time   Leave time   Duration", then one row a participant, the display
# name before the times ("Jo Pryor (Kent Police)      10:01      11:58      117 mins")
_PARTICIPANTS_LABEL = re.compile(r"[ \t#*_]*participants[ \t]*\([ \t]*\d{1,3}[ \t]*\)[ \t*_:]*", re.IGNORECASE)
_JOIN_TIME_HEADER = re.compile(r"\bjoin[ \t]+time\b", re.IGNORECASE)
_DISPLAY_NAME_THEN_TIMES = re.compile(r"[ \t]*(?P<name>\S[^\n]*?)(?:[ \t]{2,}|\t)[ \t]*\d{1,2}:\d{2}\b")


def participants_report(text: str, lines: list[Line]) -> list[AttendanceEntry]:
    """The people of a video meeting's participants report, one a row under its "Join time" header
    row: each display name read as an entry ("Hannah Oke - Lakes Council (Host)"). A display name
    that is no person's (a device, "iPhone"; a body's account, "Lakes DC Community Safety") gives none."""
    for i, ln in enumerate(lines):
        if ln.blank or not _PARTICIPANTS_LABEL.fullmatch(text, ln.cs, ln.ce):
            continue
        j = _next_nonblank(lines, i)
        if j is None or not _JOIN_TIME_HEADER.search(text, lines[j].cs, lines[j].ce):
            continue
        entries = []
        for row in lines[j + 1:]:
            if row.blank:
                break
            m = _DISPLAY_NAME_THEN_TIMES.match(text, row.cs, row.ce)
            if m is None:
                break
            entry = parse_entry(text, m.start("name"), m.end("name"), "present", True)
            if entry is not None and _display_name_of_a_person(entry.name):
                entries.append(entry)
        return entries
    return []


def _display_name_of_a_person(name: str) -> bool:
    """ "Jo Pryor", "Priya Shah-Walters": two words or more, none in capitals ("Lakes DC Community
    Safety" is a body's account) and no body's name."""
    words = name.split()
    return len(words) >= 2 and not any(len(w) >= 2 and w.isupper() for w in words) and not looks_like_affiliation(name)


def _label_closed_over_its_list(text: str, label: re.Match, spans: list[tuple[int, int]]) -> bool:
    """ "Apologies for absence were received from:" with a colon and the names on the lines below: the
    label's sentence ends at its colon, the list under it is set out a name a line."""
    return len(spans) > 1 and bool(label["colon"]) and label["colon"] == ":" and "\n" in text[label.end():spans[0][0]]
