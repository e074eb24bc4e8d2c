"""The header of the minutes: :func:`read_header` finds the body, the date, the time and the venue
from the first lines, the fields of a cover table or column, a salutation, a banner or a document
title, and the helpers it alone uses (the body's full name over its group line, places and times on
cover pages, venue lines, the lines outside the attendance lists).
"""
from __future__ import annotations

import datetime as dt
import re

from ..dates import find_dates, find_time, short_year_dates
from ..model import Header, Span
from .lines import Line, title_case_if_shouting
from .common import (_alternation, _CELL_SEP, _compiled, english_half, _FIELD, is_welsh, _SPACES, _strip_span,
                     _TABLE_RULE, terms, _VIRTUAL_VENUE)
from .labels import _ATT_LABEL, _label_content_start, _label_match
from .headings import _next_nonblank
from .paragraphs import _BULLET, is_department_name, is_post_of_department
from .items_table import _row_cells
from .affiliation import _is_post, _norm_words, _NOT_WORD
from .header_lines import (acronym_dash_group, _before_time_clause, commencing_time, _CONTACT_NAME,
                           _council_line_above, _COUNCIL_OF_TAIL, _DANGLING_AT, _dated_page_title, _DRAFT,
                           english_pieces, _HEADER_LINE, _HELD, _HELD_AT_TIME, _host_over_own_board,
                           _is_body_phrase, _is_council, _joint_meeting_heading, _line_below,
                           _LINE_OPENS_WITH_AT, _looks_like_venue_line, _MEETING_FIELD_LABEL,
                           _MEETING_WAS_HELD, _MINUTES_OF, _MINUTES_OF_BODY_MEETING,
                           _minutes_of_body_meeting_title, _MINUTES_OF_MEETING, _MINUTES_OF_NAMED,
                           named_meeting_series,
                           _named_by_theme_alone, _names_a_group, _names_the_document,
                           _occasion_before_body_re, _place_board_of_council, _place_of_council,
                           _SITTING_AS_TAIL, _SPACED_FIELD, _speaks_of_the_meeting, _sub_body_before_date,
                           _sub_group_heading, _TAB_FIELD, _TABLE_FIELD, _time_and_place_cells,
                           _time_only_line, _VENUE_AFTER, venue_after, _VENUE_LABELS, _VENUE_RESIDUE,
                           _without_trailing_acronym)


def _place_begun_above(text: str, venue_from: int | None, start: int) -> int:
    """Where a venue starting at ``start`` begins: "… at 2.00 pm in the Conference Room, Lakeshire" over
    "Police Headquarters, …": a place begun after the time on the line above (not closed by a stop or a
    comma) and wrapped onto this one is one venue; otherwise ``start``."""
    begun = venue_after(text, venue_from) if venue_from is not None else None
    if begun is not None and text.count("\n", begun.end, start) == 1 \
            and not text[begun.start:begun.end].rstrip().endswith((".", ",")):
        return begun.start
    return start


def read_header(text: str, lines: list[Line], last_line: int) -> tuple[Header, list[str]]:
    """Body, date, time, venue, contact and draft flag from the lines before the first item."""
    header = Header()
    warnings: list[str] = []
    pre_end = lines[last_line - 1].end if last_line > 0 else 0
    pre = text[:pre_end]
    named: str | None = None        # the body a "Minutes of the X held on …" sentence names

    # Body and venue from "MINUTES of a meeting of the X held in VENUE on DATE"
    date_search_from = None
    m = _MINUTES_OF.search(pre) or _MINUTES_OF_BODY_MEETING.search(pre) or _MINUTES_OF_MEETING.search(pre) \
        or _minutes_of_body_meeting_title(pre)
    if m:
        if "body" in m.re.groupindex:
            # "… of the Belfast Policing and Community Safety Partnership (PCSP) held …": the name alone
            bs, be = _strip_span(text, *_without_trailing_acronym(text, m.start("body"), m.end("body")))
            host = _host_over_its_group_line(text, lines, last_line, bs, be)
            if host is None:
                bs, be = _full_name_of_generic_body(text, lines, last_line, bs, be) \
                    or _full_name_of_joint_body(text, lines, last_line, bs, be) \
                    or _partnership_titling_its_group(text, lines, bs, be) \
                    or _place_titling_named_body(text, lines, bs, be) \
                    or _heading_naming_in_full(text, lines, last_line, bs, be) or (bs, be)
            sitting = _SITTING_AS_TAIL.search(text, bs, be)
            if sitting:
                # "… OVERVIEW & SCRUTINY COMMITTEE, SITTING AS THE COUNCIL'S CRIME AND DISORDER COMMITTEE":
                # the committee is the body; the capacity it sits in is no name of it
                be = sitting.start()
            council_of = _COUNCIL_OF_TAIL.search(text, bs, be)
            if council_of and _is_council(council_of["council"]):
                # "… SCRUTINY PANEL of LAKESIDE COUNCIL held within …": the council hosts its panel
                header.parent_body = title_case_if_shouting(_SPACES.sub(" ", council_of["council"]))
                bs, be = _strip_span(text, bs, council_of.start())
            header.body = title_case_if_shouting(_SPACES.sub(" ", text[bs:be]))
            header.body_span = Span(bs, be)
            if host is not None:
                # the group is the host's: "Lakes Partnership Community Safety Subgroup"
                header.parent_body = host
                header.body = f"{host} {header.body}"
            else:
                header.parent_body = _host_titling_its_named_group(text, lines, last_line, bs, be) \
                    or header.parent_body
    else:
        # "Minutes of the Prevent Board, held via Microsoft Teams, 3 March 2020": where and when only
        # (a heading above usually names the body more fully)
        m = _MINUTES_OF_NAMED.search(pre) or _MEETING_WAS_HELD.search(pre)
        named = m["named"] if m and "named" in m.re.groupindex else None
    if m:
        held = _HELD.match(pre, m.end())
        if held:
            date_search_from = held.end()
            if held["venue"]:
                vs, ve = _strip_span(text, held.start("venue"), held.end("venue"))
                held_at_time = _time_only_line(text[vs:ve])
                if held_at_time is not None:    # "MEETING HELD AT 10:00AM ON MONDAY 8 NOVEMBER 2021"
                    header.start_time = held_at_time
                else:
                    header.venue, header.venue_span = text[vs:ve], Span(vs, ve)
            elif held["manner"] and held["manner"].lower() == "online":
                # "… held Online on Thursday, 24 September 2020": online is where it met, no room named
                header.venue, header.venue_span = held["manner"], Span(held.start("manner"), held.end("manner"))
    # "Committee:<TAB>Safer Lakes Partnership Board": a details table naming the body outright
    if header.body is None:
        field = _body_field(text, lines[:last_line])
        if field is not None:
            header.body, header.body_span = title_case_if_shouting(text[field[0]:field[1]]), Span(*field)
    # ModernGov header line "BODY - Wednesday, 12th July, 2023 10.00 am"
    line_body_fallback: tuple[int, int] | None = None
    title_line_when: tuple[dt.date, dt.time | None] | None = None   # the date and time the title line gives
    for ln in lines[:last_line]:
        if ln.blank:
            continue
        hm = _HEADER_LINE.fullmatch(ln.content(text))
        if hm and find_dates(hm["rest"]):
            title_line_when = _date_and_time_after(hm["rest"])
            if find_dates(text[:ln.cs]):
                break   # a date above is the meeting's: "Action tracker – actions from the JAG held on …"
            if header.body is None and not _FIELD.match(hm["body"]):
                bs, be = _strip_span(text, ln.cs + hm.start("body"), ln.cs + hm.end("body"))
                occasion = _occasion_before_body_re().match(text, bs, be)
                if occasion:        # "Extraordinary meeting, Lakes Partnership - Tuesday, …" (ModernGov)
                    bs = occasion.end()
                sub = _sub_body_before_date(hm["rest"])
                if sub is not None:     # "Police and Crime Panel - Complaints Sub-Committee - Thursday, …"
                    be = ln.cs + hm.start("rest") + sub
                # "Record of discussion – 12 October 2020" names no body: only a fallback
                # "Notes of meeting - 14 February 2019" names the document, not the body
                if _is_body_phrase(text[bs:be]) and not _names_the_document(text[bs:be]):
                    header.body = title_case_if_shouting(text[bs:be])
                    header.body_span = Span(bs, be)
                else:
                    line_body_fallback = (bs, be)
            # the title line above a "minutes of the meeting held on …" sentence giving another date
            # dates this meeting (the sentence, lower down, approves the minutes of an earlier one)
            if date_search_from is None or (m is not None and ln.cs < m.start()
                                            and _first_date(text, date_search_from, pre_end) != find_dates(hm["rest"])[0][0]):
                date_search_from = ln.cs + hm.start("rest")
            break
    # A line "Meeting of the X" under a council heading (Medway-style records) names the body
    if header.body is None:
        for ln in lines[:min(last_line, 15)]:
            mm = None if ln.blank else _MEETING_OF_LINE.fullmatch(ln.content(text))
            if mm and _is_body_phrase(mm["body"]):
                bs, be = _strip_span(text, ln.cs + mm.start("body"), ln.cs + mm.end("body"))
                header.body = title_case_if_shouting(text[bs:be])
                header.body_span = Span(bs, be)
                break
    if header.body is None:
        joint = _joint_meeting_heading(text, lines[:last_line])
        if joint is not None:
            header.body, header.body_span = title_case_if_shouting(_SPACES.sub(" ", text[joint[0]:joint[1]])), Span(*joint)
    # Headings naming a body (and a parent council heading)
    heading_bodies: list[tuple[int, int]] = []
    group_of: str | None = None         # the body whose group the heading names ("… (SLP) - Delivery Group")
    welsh_bodies: list[tuple[int, int]] = []
    # "ANNUAL GENERAL MEETING AND PARTNERSHIP BOARD", "KEY DECISIONS OF THIS MEETING": headings that
    # speak of the meeting, read only when no other line names a body
    meeting_headings: list[tuple[int, int]] = []
    host_partnership: str | None = None     # the partnership whose line is above the body's own
    for ln in _lines_outside_attendance(text, lines[:last_line]):
        cs, ce = english_half(text, ln.cs, ln.ce)
        label = _MEETING_FIELD_LABEL.match(text, cs, ce)
        if label is not None:
            cs = label.end()        # "Meeting          HEALTH AND WELLBEING BOARD": the field's value
        content = text[cs:ce]
        shouting = content.isupper() and len(content.split()) <= 12
        if (ln.heading or shouting) and len(content.split()) <= 12 and _is_body_phrase(content) \
                and not _FIELD.match(content) and not _ATT_LABEL.match(content) and not _names_the_document(content) \
                and not _BOLD_FIELD_LABEL.match(content):
            if _speaks_of_the_meeting(content) or _dated_page_title(content):
                meeting_headings.append((cs, ce))
                continue
            # a Welsh-only heading above its English form names the same body: the English one is read
            (welsh_bodies if is_welsh(content) else heading_bodies).append((cs, ce))
    heading_bodies.extend(welsh_bodies)
    councils = [hb for hb in heading_bodies if _is_council(text[hb[0]:hb[1]])]
    others = [hb for hb in heading_bodies if hb not in councils]
    if header.body is None:
        chosen = others[0] if others else (councils[0] if councils else None)
        # "NHS Lakes ICB" / "Lakes VAWG Board" / "Minutes of the Lakes VAWG Board held on …": of the
        # lines naming bodies, the one the minutes' own sentence names is the meeting's (the other hosts it)
        chosen = _line_named(text, [*others, *councils, *_body_lines(text, lines, last_line)], named) or chosen
        if chosen is None:
            chosen = _first_body_line(text, lines, last_line) or line_body_fallback \
                or (meeting_headings[0] if meeting_headings else None)
        if chosen is not None and not others and _is_council(text[chosen[0]:chosen[1]]):
            # "RENFREWSHIRE COUNCIL" / "Minute of Meeting" / "Police … Scrutiny Sub-committee": the council
            # hosts the meeting of the body its record's title line names
            chosen = _body_under_document_title(text, lines, last_line) \
                or _body_line_under_council_banner(text, lines, chosen, last_line) or chosen
        elif chosen is not None and others and chosen == others[0]:
            # "SAFER DUDLEY PARTNERSHIP" / "BRIERLEY HILL & DUDLEY TOWN JOINT ACTION GROUP": a body named in
            # full under its partnership's line is the meeting's
            own = _own_body_line_below(text, lines, chosen, last_line)
            if own is not None:
                host = _strip_span(text, *_without_trailing_acronym(text, *chosen))
                host_partnership = title_case_if_shouting(_SPACES.sub(" ", text[host[0]:host[1]]))
                chosen = own
        branded = _group_under_branded_partnership(text, lines, chosen, last_line) if chosen is not None else None
        if branded is not None:
            brand, chosen = branded
        if chosen is not None:
            # "Minutes – Board meeting, 17 April 2024" (a post's title) over "Lakeside Safer Neighbourhood
            # Board (SNB)": the body called by its kind alone is the line below naming it in full
            chosen = _full_name_of_generic_body(text, lines, last_line, *chosen) or chosen
            chosen = _organisation_title_over_group(text, lines, *chosen) or chosen
        if chosen:
            bs, be = _strip_span(text, *_without_trailing_acronym(text, *_without_document_suffix(text, *chosen)))
            header.body = title_case_if_shouting(_SPACES.sub(" ", text[bs:be]))
            header.body_span = Span(bs, be)
            group = acronym_dash_group(text, bs, be)
            if group is not None:
                # the group's words are the meeting's evidence: the body's own name stays free for it
                name = title_case_if_shouting(_SPACES.sub(" ", text[bs:group[0]]).strip())
                header.body = f"{name} {title_case_if_shouting(text[group[1]:be])}"
                header.body_span = Span(group[1], be)
                group_of = name
            sub_group = _sub_group_heading(text, lines, be, last_line)
            titled_group = _group_in_record_title(text, lines, bs, be, last_line) if sub_group is None else None
            if titled_group is not None:
                # "Notes of the KCSP Working Group" under the partnership's line: the group's meeting,
                # written there by the partnership's acronym (which hosts it; its own name stays its own)
                header.parent_body = header.parent_body or header.body
                header.body = f"{header.body} {title_case_if_shouting(text[titled_group[1]:titled_group[2]])}"
                header.body_span = Span(titled_group[0], titled_group[2])
            if sub_group is not None:
                header.body = f"{header.body} {title_case_if_shouting(sub_group)}"
            if branded is not None:
                # the group is the brand's: "Safer Lakeby Hate Crime Delivery Group", hosted by "Safer Lakeby"
                header.body, header.parent_body = f"{brand} {header.body}", brand
            council_above = _council_line_above(text, lines, bs, last_line)
            place = _place_of_council(council_above) if council_above else None
            if place and _named_by_theme_alone(header.body):
                # "London Borough of Lakeside" over "Prevent Partnership Board": the board is the place's
                header.body = f"{place} {header.body}"
                header.parent_body = council_above
    if header.body and not councils and not _is_council(header.body):
        header.parent_body = header.parent_body or first_council_line(text, lines, last_line) or host_partnership
    if header.parent_body is None and group_of is not None:
        header.parent_body = group_of       # the group's partnership hosts its meeting
    if header.body and councils:
        for cs, ce in councils:
            name = title_case_if_shouting(text[cs:ce].strip())
            if name.lower() != header.body.lower():
                header.parent_body = name
                break
        if header.parent_body and header.body.lower() in terms()["whole_council_meetings"]:
            # "ILKLEY TOWN COUNCIL" over "Minutes of the Meeting of the Full Council": all the council's
            # members met, so the council is the body
            cs, ce = _strip_span(text, *councils[0])
            header.body, header.body_span, header.parent_body = header.parent_body, Span(cs, ce), None
    series = named_meeting_series(pre) if header.body and not header.parent_body and _is_council(header.body) else None
    if series is not None:
        # "HARTLEY PARISH COUNCIL" over "Notes of the Police Liaison Meeting held …": the council's
        # meeting series met, hosted by the council ("Hartley Parish Council Police Liaison Meeting")
        header.parent_body = header.body
        header.body = f"{header.body} {series}"
    # "Cabinet - Thursday, 13th October, 2022" under a council's banner: a body named by its kind
    # alone is that council's ("Fellside District Council Cabinet")
    if header.body and header.parent_body and header.body.lower() in terms()["body_words"]:
        header.body = f"{header.parent_body} {header.body}"
    host = _host_over_own_board(text, lines, header, last_line) if header.body and not header.parent_body else None
    if host is not None:
        # "Lakeshire Police and Crime Commissioner" over "STRATEGIC PARTNERSHIP BOARD": a board named by
        # rank and body words alone is the office's board
        header.body, header.parent_body = f"{host} {header.body}", host
    if header.body and header.parent_body:
        header.body = _place_board_of_council(header.body, header.parent_body)

    # Fields: "Venue:", "Date:", "Time:", "Contact:" (two may share a line: "Date: …    Time: …")
    salutation = _salutation_line(text, lines[:last_line])
    for label, value_start, field_end in _header_fields(text, lines[:last_line]):
        label = _FIELD_LABEL_MEANING.get(_SPACES.sub(" ", label.lower()), _SPACES.sub(" ", label.lower()))
        vs, ve = _strip_span(text, value_start, field_end)
        residue = _VENUE_RESIDUE.search(text, vs, ve)     # ModernGov's "View directions" link
        if residue and label in _VENUE_LABELS:
            vs, ve = _strip_span(text, vs, residue.start())
        value = text[vs:ve]
        if label in _VENUE_LABELS and header.venue is None and value:
            header.venue, header.venue_span = value, Span(vs, ve)
        elif label in ("date", "date and time") and salutation is not None and ve <= salutation.cs:
            # a record sent as a letter: the "Date:" above "Dear Partner," is the day it was written;
            # the meeting's own date is the first one after it
            date_search_from = max(date_search_from or 0, ve)
            continue
        elif label in ("date", "date and time") and header.date is None:
            dates = find_dates(value)
            if dates:
                d, sp = dates[0]
                header.date, header.date_span = d, Span(vs + sp.start, vs + sp.end)
                date_search_from = date_search_from or vs
        if label in ("time", "date and time") and header.start_time is None:
            # ("THURSDAY 12 SEPTEMBER 2024 COMMENCING AT 10.00 AM": the time after the date)
            header.start_time = (find_time(value) or (None,))[0]
        elif label not in _VENUE_LABELS | {"date", "time", "date and time"} and header.contact is None:
            cm = _CONTACT_NAME.match(text, vs, ve)
            if cm:
                ns, ne = _strip_span(text, cm.start("name"), cm.end("name"))
                if not is_department_name(text[ns:ne]) and not is_post_of_department(text[ns:ne]):
                    header.contact, header.contact_span = text[ns:ne], Span(ns, ne)

    # Date: after "held ... on" or in the header line, else the first full date before the items
    if header.date is None:
        dates = find_dates(text[date_search_from:pre_end]) if date_search_from is not None else []
        base = date_search_from or 0
        if not dates and date_search_from is not None:
            # "Minutes of meeting held Tuesday 9th Nov 21, 10:00": the title's own date, its year in
            # two digits (read only here, on the line of "held": elsewhere "12 March 24" may be a count)
            line_end = text.find("\n", date_search_from)
            dates = short_year_dates(text[date_search_from:pre_end if line_end < 0 else min(line_end, pre_end)])
        if not dates:
            dates = find_dates(pre) or find_dates(text[:3000])
            base = 0
        if dates:
            d, sp = dates[0]
            header.date, header.date_span = d, Span(base + sp.start, base + sp.end)
    if header.date is None:
        warnings.append("no meeting date found in the header")

    # Start time on the date's line ("... 2023 10.00 am", "on 14 March 2023 at 2.00pm")
    venue_from = header.date_span.end if header.date_span is not None else None
    if header.start_time is None and header.date_span is not None:
        line_end = text.find("\n", header.date_span.end)
        line_end = len(text) if line_end < 0 else line_end
        if line_end < pre_end and (_DANGLING_AT.fullmatch(text, header.date_span.end, line_end)
                                   or _LINE_OPENS_WITH_AT.match(text, line_end + 1) and
                                   not text[header.date_span.end:line_end].strip(" \t,")):
            # "… HELD ON THURSDAY 14 OCTOBER 2010 AT" / "2.00 P.M. IN COMMITTEE ROOM 1, …": the sentence
            # runs on to the next line, time and venue with it
            next_end = text.find("\n", line_end + 1)
            line_end = len(text) if next_end < 0 else next_end
        tail = text[header.date_span.end:min(line_end, header.date_span.end + 60)]
        found = find_time(tail)
        # ("**Minutes** | Wednesday 15 May 2024 | 09:30–11:30 | Room 2": a details line parts its cells by bars)
        if found and re.fullmatch(r"[\s,.|(–—-]*(?:at|commencing(?: at)?|starting(?: at)?|from)?\s*", tail[:found[1].start],
                                  re.IGNORECASE):
            header.start_time = found[0]
            venue_from = header.date_span.end + found[1].end
    if header.start_time is None and header.date_span is not None:
        # "Mar 14, 2024 | 📅 Tasking Group (monthly) | 10:00 AM – 11:30 AM | Room 2": an editor's
        # header chip, its cells parted by bars, the time a cell of its own further along
        chip = _time_and_place_cells(text, header.date_span.end)
        if chip is not None:
            header.start_time, place = chip
            if place is not None and header.venue is None:
                header.venue, header.venue_span = text[place[0]:place[1]], Span(*place)
    if header.start_time is None and title_line_when is not None and title_line_when[0] == header.date:
        # "BODY - Thursday, 10th July, 2025 2.00 pm" over "MINUTES of a meeting … held … on Thursday,
        # 10 July 2025.": the web page's title line times the meeting its printed sentence dates
        header.start_time = title_line_when[1]
    if header.start_time is None and header.date_span is not None:
        line_start = text.rfind("\n", 0, header.date_span.start) + 1
        header.start_time = _time_before_date(text, line_start, header.date_span.start)
    # typed headers put the time, then the place, on the lines under the date:
    # "Tuesday, 7 June 2016" / "3.00pm to 4.40pm" / "Council Chamber, Civic Centre, Strood"
    below = _line_below(text, lines, header.date_span.end, last_line) if header.date_span is not None else None
    if header.start_time is None and header.date_span is not None:
        # a line that holds only a time may sit past a blank line (a PDF printed one paragraph a line)
        timed = _line_below(text, lines, header.date_span.end, last_line, across_blank=True)
        found = _time_only_line(timed.content(text)) if timed is not None else None
        if found is not None:
            header.start_time = found
            below = _line_below(text, lines, timed.end, last_line, across_blank=timed is not below)
    if below is not None and header.venue is None \
            and _looks_like_venue_line(text[slice(*_venue_part(text, below.cs, below.ce))]):
        vs, ve = _venue_lines(text, lines, below, last_line)
        vs = _place_begun_above(text, venue_from, vs)
        header.venue, header.venue_span = _SPACES.sub(" ", text[vs:ve]), Span(vs, ve)
    # the place may sit under the date past a blank line, its start time after a dash on the same line
    place = _line_below(text, lines, header.date_span.end, last_line, across_blank=True) \
        if header.venue is None and header.date_span is not None else None
    place_and_time = _place_and_time_line(text, place) if place is not None else None
    if place_and_time is not None:
        header.venue_span, place_time = place_and_time
        # "… at 10.30am in the Council" / "Chamber, English Street, Lakeby.": the place begun on the
        # date's line and wrapped onto the next, one venue (the line below is not a place of its own)
        header.venue_span = Span(_place_begun_above(text, venue_from, header.venue_span.start), header.venue_span.end)
        header.venue = _SPACES.sub(" ", text[header.venue_span.start:header.venue_span.end])
        header.start_time = header.start_time or place_time
    # a venue may follow the date or time: "at 2.00pm in the Council Chamber", "2.00pm – 4.00pm, via
    # MS Teams", "at 10:00, Swale House, Sittingbourne"
    if header.venue is None and venue_from is not None:
        span = venue_after(text, venue_from)
        if span is not None:
            header.venue, header.venue_span = text[span.start:span.end], span
            header.start_time = header.start_time or commencing_time(text, span.end)
    # a sentence of its own under the lists: "Meeting held in the Council Chamber, Civic Centre,
    # commencing at 1.30 pm."
    if header.venue is None:
        held_line = _meeting_held_line(text, lines[:last_line])
        if held_line is not None:
            header.venue, header.venue_span = text[held_line.start:held_line.end], held_line
            header.start_time = header.start_time or commencing_time(text, held_line.end) \
                or _time_commenced_below(text, held_line.end)
    # "At a meeting of the X held at 10.30 am at County Hall, Chichester." (the date given before it)
    if header.venue is None:
        held = _HELD_AT_TIME.search(pre)
        found = find_time(text[held.end():held.end() + 20]) if held else None
        if found and found[1].start == 0:
            line_end = text.find("\n", held.end())
            vm = _VENUE_AFTER.match(text, held.end() + found[1].end, len(text) if line_end < 0 else line_end)
            if vm and vm.group(0).lstrip()[:2].lower() in ("in", "at"):
                vs, ve = _strip_span(text, vm.start("venue"), vm.end("venue"))
                if ve > vs and not find_dates(text[vs:ve]) and len(text[vs:ve].split()) <= 15:
                    header.venue, header.venue_span = text[vs:ve], Span(vs, ve)
                    header.start_time = header.start_time or found[0]
    if header.start_time is None:
        header.start_time = _meeting_commenced_time(text, lines[:last_line])
    if header.date_span is not None and (header.start_time is None or header.venue is None):
        # "… meeting of Thursday 26 May 2024" over "Thank you to everyone who joined on Thursday 26 May
        # 2024 at 10.00am in the Council Chamber.": the date said again, with its time and place
        again_time, again_venue = _time_and_place_at_date_again(text, header.date, header.date_span.end, pre_end)
        header.start_time = header.start_time or again_time
        if header.venue is None and again_venue is not None:
            header.venue, header.venue_span = text[again_venue.start:again_venue.end], again_venue
    if header.date is not None and (header.start_time is None or header.venue is None):
        # a cover page gives the date, time and place a line each before the minutes' own title
        cover_time, cover_venue = _cover_page_time_and_place(text, lines, last_line, header.date)
        header.start_time = header.start_time or cover_time
        if header.venue is None and cover_venue is not None:
            header.venue, header.venue_span = _SPACES.sub(" ", text[cover_venue.start:cover_venue.end]), cover_venue
    # Venue: a line that only says where a virtual meeting took place ("MS Teams virtual meeting")
    if header.venue is None:
        for ln in lines[:last_line]:
            if ln.blank:
                continue
            vm = _VIRTUAL_VENUE.fullmatch(ln.content(text))
            if vm:
                vs, ve = _strip_span(text, ln.cs + vm.start("venue"), ln.cs + vm.end("venue"))
                header.venue, header.venue_span = text[vs:ve], Span(vs, ve)
                break

    maker_post = _decision_makers_post(text, lines[:last_line])
    council = header.parent_body if header.parent_body and _is_council(header.parent_body) else \
        first_council_line(text, lines, last_line)
    if maker_post is not None and council is not None:
        # an executive decision notice: one member decided alone, so the meeting is that post's,
        # held for the council (the notice's own title names the document, not a body)
        header.body, header.parent_body = f"{council} – {maker_post}", council
        header.body_span = None

    # Draft: "Agenda and draft minutes", "DRAFT", "Draft minutes" near the top
    for ln in lines[:min(last_line, 8)]:
        content = ln.content(text)
        if _DRAFT.search(content) and len(content.split()) <= 8:
            header.draft = True
            break
    return header, warnings


# "Dear Partner,", "Dear Colleagues", "Dear all": the salutation of a record sent as a letter
_SALUTATION = re.compile(r"[ \t]*Dear[ \t]+[A-Za-z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}[ \t]*,?[ \t]*")


def _salutation_line(text: str, lines: list[Line]) -> Line | None:
    """The salutation line of a letter ("Dear Partner,") among the lines before the items, if any."""
    return next((ln for ln in lines if not ln.blank and _SALUTATION.fullmatch(ln.content(text))), None)


_AT_TIME_LEAD = re.compile(r"[\s,.–—-]*(?:at|commencing(?: at)?|starting(?: at)?|from)?\s*", re.IGNORECASE)


def _time_and_place_at_date_again(text: str, date, after: int, end: int) -> tuple[object, Span | None]:
    """The start time and place written after a later mention of the meeting's date before the items
    ("on Thursday 26 May 2024 at 10.00am in the Council Chamber."), or (None, None)."""
    for day, sp in find_dates(text[after:end]):
        if day != date:
            continue
        ds = after + sp.end
        line_end = text.find("\n", ds)
        tail = text[ds:min(len(text) if line_end < 0 else line_end, ds + 60)]
        found = find_time(tail)
        if found and _AT_TIME_LEAD.fullmatch(tail, 0, found[1].start):
            return found[0], venue_after(text, ds + found[1].end)
    return None, None


_DOCUMENT_SUFFIX = re.compile(r"[ \t]+[-–—:][ \t]+(?P<doc>[^\n–—]{3,40})$")


def _without_document_suffix(text: str, s: int, e: int) -> tuple[int, int]:
    """ "Hoxton Ward Panel – meeting notes": a title naming the body, then the record ("– notes",
    "– minutes") after a spaced dash; the body's name is the part before the dash."""
    m = _DOCUMENT_SUFFIX.search(text, s, e)
    if m is None or m.start() <= s or not _names_the_document(m["doc"]):
        return s, e
    return s, m.start()


def _body_under_document_title(text: str, lines: list[Line], last_line: int) -> tuple[int, int] | None:
    """The line right under a title naming the record ("Minute of Meeting", "Minutes") when it names a
    body other than a council: the meeting's body, the council above hosting it."""
    for k, ln in enumerate(lines[:last_line]):
        if ln.blank or not _names_the_document(ln.content(text)):
            continue
        below = _line_below(text, lines, ln.end, last_line)
        if below is None:
            return None
        content = below.content(text)
        if len(content.split()) <= 12 and ":" not in content and _is_body_phrase(content) and not _is_council(content) \
                and not _FIELD.match(content) and not _ATT_LABEL.match(content) and not find_dates(content):
            return below.cs, below.ce
        return None
    return None


def _body_line_under_council_banner(text: str, lines: list[Line], banner: tuple[int, int], last_line: int
                                    ) -> tuple[int, int] | None:
    """ "LAKEBY PARISH COUNCIL" over a blank line and "Community Safety Working Party": the line under
    the council's banner, in mixed case and alone, names the council's committee or working party that
    met (the record's sentence below names no body). None when that line is no such name."""
    below = _line_below(text, lines, banner[1], last_line, across_blank=True)
    if below is None:
        return None
    content = below.content(text).strip(" \t*_#")
    words = content.split()
    if not 2 <= len(words) <= _MOST_BANNER_BODY_WORDS or content.isupper() or ":" in content \
            or not all(w[:1].isupper() or w.lower() in ("and", "of", "&", "the") for w in words) \
            or not _is_body_phrase(content) or _is_council(content) or _names_the_document(content) \
            or _FIELD.match(content) or _ATT_LABEL.match(content) or find_dates(content) \
            or not _BODY_WORD_AT_END.search(content.lower()):
        return None
    return _strip_span(text, below.cs, below.ce)


# "Community Safety and Environment Working Party": the most words of a committee's name under a banner
_MOST_BANNER_BODY_WORDS = 8
_BODY_WORD_AT_END = re.compile(r"\b(?:committee|sub-committee|subcommittee|working party|working group|panel|"
                               r"forum|board|group)$")


_MOST_OWN_BODY_WORDS = 4


def _own_body_line_below(text: str, lines: list[Line], chosen: tuple[int, int], last_line: int
                         ) -> tuple[int, int] | None:
    """ "SAFER DUDLEY PARTNERSHIP" over "BRIERLEY HILL & DUDLEY TOWN JOINT ACTION GROUP (JAG)": the next
    line, set alike, names a body in full (a place and its kind, four words or more, ending in a body
    word), so the meeting is that body's and the partnership above hosts it. A short "Executive
    Group" under it is a group of the partnership instead (read by _sub_group_heading)."""
    below = _line_below(text, lines, chosen[1], last_line)
    if below is None:
        return None
    content = below.content(text)
    if content.isupper() != text[chosen[0]:chosen[1]].isupper() or _FIELD.match(content) \
            or _ATT_LABEL.match(content) or find_dates(content) or _names_the_document(content):
        return None
    s, e = _without_trailing_acronym(text, below.cs, below.ce)
    words = [w for w in text[s:e].lower().split() if w not in ("and", "&")]
    if len(words) < _MOST_OWN_BODY_WORDS or words[-1] not in terms()["body_words"] or words[-1] == "meeting" \
            or _speaks_of_the_meeting(text[s:e]):
        return None
    return below.cs, below.ce


_DECISION_MAKER = re.compile(r"[ \t*_]*decision[ \t]+(?:maker|taker)[ \t]*:[ \t]*(?P<name>[^,\n]+),[ \t]*(?P<post>[^\n]+)",
                             re.IGNORECASE)


def _decision_makers_post(text: str, lines: list[Line]) -> str | None:
    """ "Decision Maker: Councillor A Webb, Cabinet Member for Community Safety": the post of the one
    member whose delegated decision the notice records, or None."""
    for ln in lines:
        m = None if ln.blank else _DECISION_MAKER.fullmatch(text, ln.cs, ln.ce)
        if m is not None and _is_post(m["post"].strip(" .")):
            return m["post"].strip(" .")
    return None


# "Meeting held in the Council Chamber, Quadrant, Silverlink, commencing at 1.30 pm.": a line of
# its own saying where the meeting was (the date is given elsewhere)
_MEETING_HELD_LINE = re.compile(r"[ \t*_]*(?:the[ \t]+)?meeting[ \t]+(?:was[ \t]+)?held[ \t]+(?:in|at)[ \t]+"
                                r"(?:the[ \t]+)?(?P<venue>[^\n]{3,200}?)[ \t*_]*\.?[ \t*_]*", re.IGNORECASE)


def _meeting_held_line(text: str, lines: list[Line]) -> Span | None:
    """The venue of a "Meeting held in VENUE[, commencing at TIME]." line, up to its time clause; a
    line that also gives a date is a "held … on DATE" header, read elsewhere."""
    for ln in lines:
        m = None if ln.blank else _MEETING_HELD_LINE.fullmatch(text, ln.cs, ln.ce)
        if m is None:
            continue
        vs, ve = _strip_span(text, m.start("venue"), m.end("venue"))
        ve = _before_time_clause(text, vs, ve)
        wrapped = _AND_COMMENCED_BELOW.match(text, ve - 4) if text[vs:ve].endswith(" and") else None
        if wrapped:
            ve = _strip_span(text, vs, wrapped.start())[1]     # "… Lakeby and" / "commenced at 10.00am."
        if ve > vs and not find_dates(text[vs:ve]) and not find_time(text[vs:ve]):
            return Span(vs, ve)
    return None


# "The meeting was held in the Town Hall, Lakeby and" over "commenced at 10.00am.": the sentence goes on
# with its start time on the next line
_AND_COMMENCED_BELOW = re.compile(r"[ \t]+and[ \t]*\n[ \t]*(?:commenced|started|began|opened)[ \t]+(?:at[ \t]+)?",
                                  re.IGNORECASE)


def _time_commenced_below(text: str, venue_end: int):
    """The start time of "… and" / "commenced at TIME" right after a held line's venue, or None."""
    m = _AND_COMMENCED_BELOW.match(text, venue_end)
    found = find_time(text[m.end():m.end() + 20]) if m else None
    return found[0] if found and found[1].start == 0 else None


# "The meeting commenced at 10.00 am": a sentence of its own above the business that gives the start
# time the header line leaves out
_MEETING_COMMENCED = re.compile(r"[ \t*_]*(?:the[ \t]+)?meeting[ \t]+(?:commenced|started|began|opened|convened)"
                                r"[ \t]+(?:at[ \t]+)?", re.IGNORECASE)


def _meeting_commenced_time(text: str, lines: list[Line]):
    """The time of a "The meeting commenced at TIME" line, or None."""
    for ln in lines:
        m = None if ln.blank else _MEETING_COMMENCED.match(text, ln.cs, ln.ce)
        found = find_time(text[m.end():ln.ce]) if m else None
        if found and found[1].start == 0:
            return found[0]
    return None


def _first_date(text: str, start: int, end: int):
    dates = find_dates(text[start:end])
    return dates[0][0] if dates else None


# typed headers set a second labelled field on the line after a wide gap: "Date: 14/10/2015    Time: 9.30am"
_FIELD_AFTER_GAP = re.compile(r"(?:[ \t]{2,}|\t)(?=(?:venue|place|location|where|date|time|start)[ \t]*:)", re.IGNORECASE)


_FIELD_LABELS = frozenset({"venue", "place", "location", "where", "date", "time"})
# labels that name a field by another word: "Start: 13:30" gives the start time, "Date and time:" both
_FIELD_LABEL_MEANING = {"start": "time", "start time": "time", "date & time": "date and time"}


def _field_cells(text: str, ln: Line) -> list[tuple[int, int]]:
    """The cells of a table row ("| Date | Time | Venue |"), stripped of bold markup."""
    return [_strip_span(text, a, b, " \t*_:") for a, b in _row_cells(text, ln)]


def _column_fields(text: str, lines: list[Line], k: int) -> list[tuple[str, int, int]]:
    """ "| Date | Time | Venue |" over "| Thursday 2 May | 10:00 | Town Hall |": a details table whose
    header row holds only field labels gives each field the cell under its label in the next row."""
    head = _field_cells(text, lines[k])
    labels = [text[a:b].lower() for a, b in head]
    if len(labels) < 2 or not set(labels) <= _FIELD_LABELS:
        return []
    j = k + 1
    while j < len(lines) and (lines[j].blank or _TABLE_RULE.fullmatch(lines[j].content(text))):
        j += 1
    if j >= len(lines) or text.find("|", lines[j].cs, lines[j].ce) < 0:
        return []
    values = _field_cells(text, lines[j])
    if len(values) != len(labels):
        return []
    return [(label, a, b) for label, (a, b) in zip(labels, values)]


# "Amser / Time:", "Lleoliad / Venue:": a bilingual label, its Welsh half first
_WELSH_HALF_OF_LABEL = re.compile(r"(?P<welsh>[^\n/:|\t]{2,40}?)[ \t]*/[ \t]*(?=[A-Za-z][A-Za-z ]{1,30}:)")


def _english_label_start(text: str, s: int, e: int) -> int:
    """Where a field's English label starts: past the Welsh half of a bilingual label ("Amser / Time:
    13:30"), else at ``s``."""
    m = _WELSH_HALF_OF_LABEL.match(text, s, e)
    return m.end() if m is not None and is_welsh(m["welsh"]) else s


def _body_field_re() -> re.Pattern:
    return _compiled("body-field", lambda: re.compile(
        rf"(?:{_alternation(terms()['body_field_labels'])})[ \t]*:[ \t]*(?P<value>\S[^\n]*)", re.IGNORECASE))


def _body_field(text: str, lines: list[Line]) -> tuple[int, int] | None:
    """The span of the body a header field names ("Committee:<TAB>Safer Lakes Partnership Board"),
    when its value reads as a body's name."""
    for ln in lines:
        fm = None if ln.blank else _body_field_re().match(text, ln.cs, ln.ce)
        if fm is None:
            continue
        vs, ve = _strip_span(text, *_without_trailing_acronym(text, fm.start("value"), fm.end("value")))
        if ve > vs and _is_body_phrase(text[vs:ve]) and not _names_the_document(text[vs:ve]):
            return vs, ve
    return None


_BRACKETED = re.compile(r"\([^()\n]*\)")


def _bare_name(phrase: str) -> str:
    """A body's name for comparison: lower case, brackets ("(VAWG)") and "the" dropped, spaces single."""
    words = _BRACKETED.sub(" ", phrase).lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _line_named(text: str, spans: list[tuple[int, int]], named: str | None) -> tuple[int, int] | None:
    """Of the header lines naming bodies, the one whose name the minutes' sentence gives (its acronym aside)."""
    if not named:
        return None
    wanted = _bare_name(named)
    return next(((a, b) for a, b in spans if _bare_name(text[a:b]) == wanted), None)


# a details field's label alone on its line, no colon or a colon: "Meeting date", "Location:", "Venue" (a label below
# another is a table's header cells copied one a line, no field's value)
_FIELD_LABEL_ALONE = re.compile(r"[ \t*_]*(?:meeting[ \t]+)?(?P<label>date(?:[ \t]+(?:and|&)[ \t]+time)?|time|venue|location)"
                                r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?meeting)?[ \t*_]*(?::[ \t*_]*)?", re.IGNORECASE)


def _header_fields(text: str, lines: list[Line]) -> list[tuple[str, int, int]]:
    """The labelled fields of the header lines, each label with the start and end of its value: a
    field's value ends at the line's end, or where a second field starts after a wide gap on the same line."""
    fields: list[tuple[str, int, int]] = []
    above: Line | None = None
    for k, ln in enumerate(lines):
        if ln.blank:
            continue
        if text.find("|", ln.cs, ln.ce) >= 0:
            columns = _column_fields(text, lines, k)
            if columns:
                fields.extend(columns)
                continue
        line_above, above = above, ln
        if line_above is not None and _signature_line(line_above.content(text)):
            continue    # "Chairman: ……" / "Date: ……": the day the minutes were signed
        alone = _FIELD_LABEL_ALONE.fullmatch(text, ln.cs, ln.ce)
        if alone is not None:
            value = _next_nonblank(lines, k, 2)
            if value is not None and not _FIELD_LABEL_ALONE.fullmatch(text, lines[value].cs, lines[value].ce):
                # "Meeting date" over "Tuesday 10 September 2024, 6.00pm": a page's field whose label a
                # copy sets on a line of its own, the value on the next
                label = "date and time" if alone["label"].lower().startswith("date") else alone["label"]
                fields.append((label, lines[value].cs, lines[value].ce))
            continue
        bullet = _BULLET.match(text, ln.cs, ln.ce)      # "• Time: 10:00": a details list on a web page
        fm = _FIELD.match(text, _english_label_start(text, bullet.end() if bullet else ln.cs, ln.ce), ln.ce) or (
            _TABLE_FIELD.match(text, ln.cs, ln.ce) if text.find("|", ln.cs, ln.ce) >= 0 else None)
        if not fm:
            tm = _TAB_FIELD.fullmatch(text, ln.cs, ln.ce) if text.find("\t", ln.cs, ln.ce) >= 0 else \
                _SPACED_FIELD.fullmatch(text, ln.cs, ln.ce)
            if tm:      # "Venue<TAB>Committee Room 6, …": a details table copied as text, a row a line
                fields.append((tm["label"], tm.start("value"), tm.end("value")))
            continue
        if fm.re is not _FIELD:
            if _other_half_is_welsh(fm):
                fields.append((fm["label"], fm.start("value"), fm.end("value")))
            continue
        while fm is not None:
            gap = _FIELD_AFTER_GAP.search(text, fm.start("value"), ln.ce)
            fields.append((fm["label"], fm.start("value"), gap.start() if gap else ln.ce))
            fm = _FIELD.match(text, gap.end(), ln.ce) if gap else None
    return fields


def _other_half_is_welsh(fm: re.Match) -> bool:
    """A details-table label is one field's name, or its name in English and Welsh ("Amser / Time");
    any other second word ("Date / Time") makes the row something else."""
    half = fm["half_before"] or fm["half_after"]
    return half is None or is_welsh(half)


def _signature_line(content: str) -> bool:
    """ "Chairman:", "Signed: ………": a label of the signature block, with nothing but dots or
    underscores (left for the signature) after it."""
    label, colon, rest = content.partition(":")
    return bool(colon) and _SPACES.sub(" ", label.strip(" \t*_")).lower() in terms().get("signature_labels", []) \
        and not rest.strip(" \t.…_*-")


def _date_and_time_after(rest: str) -> tuple[dt.date, dt.time | None]:
    """The first date of a title line's text after its body, and the time written straight after it
    ("Thursday, 10th July, 2025 2.00 pm"), if any."""
    d, sp = find_dates(rest)[0]
    found = find_time(rest[sp.end:sp.end + 30])
    if found and not rest[sp.end:sp.end + found[1].start].strip(" \t,.-–—|"):
        return d, found[0]
    return d, None


def _full_name_of_generic_body(text: str, lines: list[Line], last_line: int, bs: int, be: int
                               ) -> tuple[int, int] | None:
    """ "Minutes of the Board meeting held on …" calls the body by its kind alone: its full name is
    the header line that ends with the same word ("NORTHAMPTONSHIRE SAFEGUARDING ADULTS BOARD")."""
    word = text[bs:be].strip().lower()
    if word not in terms()["body_words"]:
        return None
    for s, e in _body_lines(text, lines, last_line):
        s, e = _strip_span(text, *_without_trailing_acronym(text, s, e))
        words = text[s:e].split()
        if len(words) > 1 and words[-1].lower() == word:
            return s, e
    return None


_MOST_OWNER_TITLE_WORDS = 8


def _organisation_title_over_group(text: str, lines: list[Line], bs: int, be: int) -> tuple[int, int] | None:
    """ "Lakeside Violence Reduction Unit" straight over "Strategic Board": a group named by generic
    words alone ("Strategic Board", "Executive Group") on the line under the organisation that holds
    it; the two lines together name the body ("Lakeside Violence Reduction Unit Strategic Board").
    The line above must end in an organisation's word and be no council (a council's banner hosts)."""
    from ..entities.organisations import is_generic_word
    group = text[bs:be].split()
    if not _names_a_group(" ".join(group)) or not all(is_generic_word(w) for w in group):
        return None
    k = next((i for i, ln in enumerate(lines) if ln.cs <= bs <= ln.ce), None)
    if k is None or k == 0 or lines[k - 1].blank or not lines[k].content(text).strip() == text[bs:be].strip():
        return None
    above = lines[k - 1]
    words = above.content(text).split()
    if not 2 <= len(words) <= _MOST_OWNER_TITLE_WORDS or not all(w[:1].isupper() or w.lower() in ("and", "of", "&", "for")
                                                                for w in words):
        return None
    owner = " ".join(words)
    if words[-1].lower() not in terms()["organisation_words"] or _is_council(owner) or _FIELD.match(owner) \
            or _names_the_document(owner) or ":" in owner:
        return None
    s, _ = _strip_span(text, above.cs, above.ce)
    return s, be


def _full_name_of_joint_body(text: str, lines: list[Line], last_line: int, bs: int, be: int
                             ) -> tuple[int, int] | None:
    """ "LAKEBY AND FELLSIDE COMMUNITY SAFETY PARTNERSHIP" over "Minutes of the meeting of the Joint
    Community Safety Partnership held …": the sentence calls the partnership of two areas "joint" and
    by its kind; the title line above, ending with the same words, names it in full."""
    words = _SPACES.sub(" ", text[bs:be]).strip().lower().split()
    if len(words) < 3 or words[0] != "joint":
        return None
    kind = words[1:]
    for s, e in _body_lines(text, lines, last_line):
        if s >= bs:
            break
        s, e = _strip_span(text, *_without_trailing_acronym(text, s, e))
        line_words = text[s:e].lower().split()
        if len(line_words) > len(kind) and line_words[-len(kind):] == kind and "joint" not in line_words:
            return s, e
    return None


def _host_over_its_group_line(text: str, lines: list[Line], last_line: int, bs: int, be: int) -> str | None:
    """ "LAKES COMMUNITY PLANNING PARTNERSHIP" over "COMMUNITY SAFETY SUBGROUP" over "Minute of meeting of
    the Community Safety Subgroup held …": the sentence names the group as the title's second line
    names it, right under its host's line, so the meeting is that group's within the host (the body
    is "Lakes Community Planning Partnership Community Safety Subgroup"); returns the host's name.
    (A group the title lines do not print stays as the sentence names it, or its partnership's.)"""
    group = _SPACES.sub(" ", text[bs:be]).lower()
    if not _names_a_group(group):
        return None
    title = next((ln for ln in lines[:last_line] if not ln.blank), None)
    if title is None or title.ce > bs:
        return None
    ts, te = _strip_span(text, *_without_trailing_acronym(text, title.cs, title.ce))
    host = _SPACES.sub(" ", text[ts:te])
    if not _is_body_phrase(host) or _is_council(host) or host.lower() == group:
        return None
    below = _sub_group_heading(text, lines, te, last_line)
    if below is None or _SPACES.sub(" ", below).lower() != group:
        return None
    return title_case_if_shouting(host)


def _host_titling_its_named_group(text: str, lines: list[Line], last_line: int, bs: int, be: int) -> str | None:
    """ "LAKES COMMUNITY SAFETY PARTNERSHIP" over "STRATEGIC GROUP" over "Minute of meeting of the Lakes
    Community Safety Partnership Strategic Group held …": the sentence names the group in full, as the
    two title lines do together; the first line is the partnership the group belongs to (its host)."""
    group = _SPACES.sub(" ", text[bs:be]).lower()
    title = next((ln for ln in lines[:last_line] if not ln.blank), None)
    if title is None or title.ce > bs:
        return None
    ts, te = _strip_span(text, *_without_trailing_acronym(text, title.cs, title.ce))
    host = _SPACES.sub(" ", text[ts:te])
    if not _is_body_phrase(host) or _is_council(host) or not group.startswith(host.lower() + " "):
        return None
    below = _line_below(text, lines, te, last_line)
    if below is None:
        return None
    kind = _SPACES.sub(" ", below.content(text).strip())
    if not _names_a_group(kind) or f"{host} {kind}".lower() != group:
        return None
    return title_case_if_shouting(host)


# the most words of a group's own name on the line under its partnership's: "Hate Crime and Community
# Cohesion Delivery Group"
_MOST_BRANDED_GROUP_WORDS = 10
# the most words of a partnership's brand name over its kind: "SAFER LAKEBY", "Safe in Fellside"
_MOST_BRAND_WORDS = 4


def _group_under_branded_partnership(text: str, lines: list[Line], chosen: tuple[int, int], last_line: int
                                     ) -> tuple[str, tuple[int, int]] | None:
    """ "SAFER LAKEBY" over "Community Safety Partnership" over "Hate Crime Delivery Group": a partnership
    known by a brand (no body word in it), its kind on the line below, then the name of one of its groups
    (ending in a body word): the meeting is that group's, written with the brand ("Safer Lakeby Hate
    Crime Delivery Group"). Returns the brand as written in title case and the group line's span."""
    k = next((i for i, ln in enumerate(lines[:last_line]) if ln.cs <= chosen[0] <= ln.ce), None)
    if not k or lines[k - 1].blank:
        return None
    kind = text[chosen[0]:chosen[1]].strip()
    if not kind.lower().endswith("partnership") or _is_council(kind):
        return None
    brand = lines[k - 1].content(text).strip(" \t*_#")
    brand_words = brand.split()
    if not 1 <= len(brand_words) <= _MOST_BRAND_WORDS or _is_body_phrase(brand) or ":" in brand \
            or find_dates(brand) or not all(w[:1].isupper() or w.lower() in ("in", "and", "&", "the", "of")
                                            for w in brand_words):
        return None
    below = _line_below(text, lines, chosen[1], last_line, across_blank=True)
    if below is None:
        return None
    gs, ge = _strip_span(text, *_without_trailing_acronym(text, below.cs, below.ce))
    group = text[gs:ge].strip(" \t*_#")
    words = [w for w in group.lower().split() if w not in ("and", "&", "of", "the")]
    if not 2 <= len(words) <= _MOST_BRANDED_GROUP_WORDS or words[-1] not in terms()["body_words"] \
            or words[-1] in ("meeting", "members", "partnership", "council") or _is_council(group) \
            or ":" in group or find_dates(group) or _names_the_document(group) or _FIELD.match(group) \
            or not all(w[:1].isupper() or w.lower() in ("and", "&", "of", "the", "for", "on", "in") for w in group.split()):
        return None
    return title_case_if_shouting(_SPACES.sub(" ", brand)), (gs, ge)


def _partnership_titling_its_group(text: str, lines: list[Line], bs: int, be: int) -> tuple[int, int] | None:
    """ "CAMBRIDGE CITY CRIME AND DISORDER REDUCTION PARTNERSHIP" over "Minutes of the meeting of the
    Responsible Authorities Group held on …": the title names the partnership and the sentence one of
    its groups by kind alone, without the partnership's words; the minutes are the partnership's
    record, so the partnership is the body. (A group named under an office or a council, "EXECUTIVE
    ACCOUNTABILITY BOARD" under a commissioner's office, is a body of its own.)"""
    group = text[bs:be]
    board = _partnership_board(group)
    if not board and not _names_a_group(group):
        return None
    title = next((ln for ln in lines if not ln.blank and ln.ce <= bs), None)
    if title is None or not (title.heading or title.content(text).isupper()):
        return None
    ts, te = _strip_span(text, *_without_trailing_acronym(text, title.cs, title.ce))
    words = text[ts:te].lower().split()
    if len(words) < 2 or words[-1] != "partnership" or not (board or _norm_words(group).isdisjoint(words)):
        return None
    return ts, te


# the words before a body's kind on a title line naming its place: "Suffolk", "North East Lakes"
_PLACE_WORDS = re.compile(r"(?:[A-Z][\w'’-]+[ \t]+){1,3}")
_NOT_PLACE_WORDS = frozenset({"minutes", "minute", "notes", "meeting", "draft", "the", "of", "agenda", "record",
                              "unconfirmed", "confirmed", "joint", "special", "extraordinary", "annual"})


def _place_titling_named_body(text: str, lines: list[Line], bs: int, be: int) -> tuple[int, int] | None:
    """ "Suffolk Police and Crime Panel        2 February 2018" over "Minutes of the meeting of the
    Police and Crime Panel held at …": the title line names the body with its place before the
    words the sentence uses; the fuller name is the body's."""
    named = _SPACES.sub(" ", text[bs:be]).strip().lower()
    if len(named.split()) < 2:
        return None
    for ln in lines:
        if ln.cs >= bs:
            return None
        if ln.blank:
            continue
        at = text.lower().find(named, ln.cs, ln.ce)
        if at <= ln.cs:
            continue
        place = _PLACE_WORDS.fullmatch(text, ln.cs, at)
        if place and _norm_words(text[ln.cs:at]).isdisjoint(_NOT_PLACE_WORDS) \
                and not _is_council(text[ln.cs:at].strip()):
            return ln.cs, at + len(named)
    return None


# "Notes of the KCSP Working Group": the record's title naming a group of the body by the body's acronym
_RECORD_OF_ACRONYM_GROUP = re.compile(r"[ \t*_#]*(?:minutes|notes|record)[ \t]+of[ \t]+(?:the[ \t]+)?"
                                      r"(?P<acr>[A-Z]{2,8})[ \t]+(?P<group>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
                                      r"(?:[ \t]+meeting)?[ \t*_]*", re.IGNORECASE)


def _group_in_record_title(text: str, lines: list[Line], bs: int, be: int, last_line: int
                           ) -> tuple[int, int, int] | None:
    """ "KENT COMMUNITY SAFETY PARTNERSHIP" over "Notes of the KCSP Working Group": the record's title under
    the body's line names one of its groups after the body's own acronym, so the meeting is that
    group's ("Kent Community Safety Partnership Working Group"); where the acronym starts, where the
    group's words start and end, else None."""
    ln = _line_below(text, lines, be, last_line, across_blank=True)
    if ln is None:
        return None
    m = _RECORD_OF_ACRONYM_GROUP.fullmatch(text, ln.cs, ln.ce)
    if m is None or not m["acr"].isupper() or not _names_a_group(m["group"]):
        return None
    body_words = [w for w in text[bs:be].split() if w.lower() not in ("and", "of", "the", "for", "&")]
    initials = "".join(w[0].upper() for w in body_words)
    return (m.start("acr"), m.start("group"), m.end("group")) if initials == m["acr"] else None


# the most words of a heading naming a body in full ("ANTI-SOCIAL BEHAVIOUR CASE REVIEW (COMMUNITY TRIGGER) PANEL")
_MOST_FULL_NAME_WORDS = 12


def _heading_naming_in_full(text: str, lines: list[Line], last_line: int, bs: int, be: int
                            ) -> tuple[int, int] | None:
    """ "ANTI-SOCIAL BEHAVIOUR CASE REVIEW (COMMUNITY TRIGGER) PANEL" over "Minutes of the Case Review
    Panel meeting": the title calls the body by some of its words; a heading line above holding them
    all, in order and ending with the same body word, names it in full. Only a line that names a
    body and no council (the council's banner hosts the meeting) is read."""
    named = _NOT_WORD.sub(" ", text[bs:be].lower()).split()
    if len(named) < 2 or named[-1] not in terms()["body_words"]:
        return None
    for s, e in _body_lines(text, lines, last_line):
        if s >= bs:
            break
        s, e = _strip_span(text, s, e)
        line = text[s:e]
        words = _NOT_WORD.sub(" ", line.lower()).split()
        if len(words) <= len(named) or len(words) > _MOST_FULL_NAME_WORDS or words[-1] != named[-1] \
                or _is_council(line) or not _is_body_phrase(line):
            continue
        rest = iter(words)
        if all(w in rest for w in named):
            return s, e
    return None


def _partnership_board(group: str) -> bool:
    """ "Partnership Board", "Partnership Executive": the partnership's own board called by its kinds
    alone ("Minutes of the Partnership Board meeting" under the partnership's title line), so the
    meeting is the partnership's."""
    words = group.lower().split()
    return len(words) == 2 and words[0] == "partnership" and words[1] in terms()["body_words"]


_MEETING_OF_LINE = re.compile(r"(?:(?:draft\s+)?(?:minutes|notes|record)\s+of\s+(?:a|an|the)\s+)?meeting\s+of\s+(?:the\s+)?"
                              r"(?P<body>[A-Z][^\n:]{3,120}?)\s*", re.IGNORECASE)


def _place_and_time_line(text: str, ln: Line) -> tuple[Span, object] | None:
    """ "Council Chamber, Civic Centre – 10.00 am" (or its bilingual form "Siambr, Neuadd y Sir /
    Chamber, County Hall – 10.00 y.b. / 10.00 a.m."): a line under the date that names the place,
    perhaps with the start time after a spaced dash; the place's span and the time (or None)."""
    pieces = english_pieces(text, ln.cs, ln.ce)
    vs, ve = _strip_span(text, *pieces[0])
    if len(pieces) == 1:
        # "Meeting Room 1, Lakeside Town Hall, 2.00 pm": the time as the place's last comma-part
        comma = text.rfind(",", vs, ve)
        last_part_time = _time_only_line(text[comma + 1:ve].strip()) if comma > vs else None
        if last_part_time is not None:
            ps, pe = _strip_span(text, vs, comma)
            if pe > ps and _looks_like_venue_line(text[ps:pe]):
                return Span(ps, pe), last_part_time
    if ve <= vs or not _looks_like_venue_line(text[vs:ve]):
        return None
    times = [_time_only_line(text[a:b].strip()) for a, b in pieces[1:]]
    if any(t is None for t in times):
        return None     # "Room 2 – Lakes Partnership": a dash that parts something other than a time
    return Span(vs, ve), (times[0] if times else None)


# "10.00am, Tuesday 19 November 2019": Scottish minutes give the time before the date
_TIME_THEN_DATE = re.compile(r"[ \t]*[,.]?[ \t]*(?:on[ \t]+)?(?:[A-Z][a-z]+day,?[ \t]+)?(?:the[ \t]+)?", re.IGNORECASE)


def _time_before_date(text: str, line_start: int, date_start: int):
    """The start time written at the head of the date's line, before the date, if that is all there is."""
    head = text[line_start:date_start]
    found = find_time(head)
    if found is None or head[:found[1].start].strip(" \t*_#"):
        return None
    return found[0] if _TIME_THEN_DATE.fullmatch(head, found[1].end) else None


def _date_line_time(content: str, date) -> tuple[bool, object]:
    """ "Monday 24 June 2024" (True, None), "Monday 24 June 2024 10.30 am" (True, 10:30): whether a short
    line gives the meeting's date and at most its time, and that time."""
    dates = find_dates(content)
    if len(dates) != 1 or dates[0][0] != date or ":" in content[:dates[0][1].start]:
        return False, None
    rest = content[dates[0][1].end:].strip(" 	,")
    time = _time_only_line(rest) if rest else None
    return len(content[:dates[0][1].start].split()) <= 2 and (not rest or time is not None), time


def _cover_page_time_and_place(text: str, lines: list[Line], last_line: int, date) -> tuple[object, Span | None]:
    """A cover page's "Monday 24 June 2024" / "10.30 am" / (blank) / "Council Chamber, County Hall":
    the meeting's date alone on a line, its start time after it or on the next, its place on the next
    line with text; (None, None) when no line gives the date alone."""
    for ln in lines[:last_line]:
        is_date_line, time = (False, None) if ln.blank else _date_line_time(ln.content(text), date)
        if not is_date_line:
            continue
        below = _line_below(text, lines, ln.end, last_line, across_blank=True)
        if time is None and below is not None:
            time = _time_only_line(below.content(text))
            below = below if time is None else _line_below(text, lines, below.end, last_line, across_blank=True)
        venue = None
        if below is not None and _looks_like_venue_line(text[slice(*_venue_part(text, below.cs, below.ce))]):
            venue = Span(*_venue_lines(text, lines, below, last_line))
        return time, venue
    return None, None


def _venue_lines(text: str, lines: list[Line], ln: Line, last_line: int) -> tuple[int, int]:
    """The venue on a line of its own: its English half when the line is bilingual ("Seòmar 1, Oifisean
    na Comhairle / Room 1, Council Offices,"), and the next line too when the line ends on a comma
    (the address wraps)."""
    vs, ve = _venue_part(text, ln.cs, ln.ce)
    if text[vs:ve].rstrip().endswith(","):
        nxt = _line_below(text, lines, ln.end, last_line)
        if nxt is not None and not find_dates(nxt.content(text)) and not _ATT_LABEL.match(nxt.content(text)):
            ve = nxt.ce
    return _strip_span(text, vs, ve)


# a remark in brackets closing a venue line: "Council Chamber, Town Hall (hybrid meeting - some members
# attended via Microsoft Teams)", a note on how the meeting was held, no part of the place
_TRAILING_REMARK = re.compile(r"[ \t]*\([ \t]*[a-z][^()\n]*\)[ \t.]*$")


def _venue_part(text: str, s: int, e: int) -> tuple[int, int]:
    """The place a venue line names: its English half (a bilingual line), without a closing remark."""
    s, e = english_half(text, s, e)
    m = _TRAILING_REMARK.search(text, s, e) if text[s:e].rstrip(" .").endswith(")") else None
    return (s, m.start()) if m and m.start() > s else (s, e)


def _first_body_line(text: str, lines: list[Line], last_line: int) -> tuple[int, int] | None:
    """Generic fallback: the first short line near the top that names a committee-like body.

    A council named on the first line above its partnership ("Brighton & Hove City Council" /
    "Safe in the City Partnership Board") is the parent, not the body: a later non-council line wins.
    """
    found = _body_lines(text, lines, last_line)
    if not found:
        return None
    return next((span for span in found if not _is_council(text[span[0]:span[1]])), found[0])


def first_council_line(text: str, lines: list[Line], last_line: int) -> str | None:
    """The council named on a plain header line (the parent body of a partnership), if any."""
    for s, e in _body_lines(text, lines, last_line):
        # ("Council Chamber, Lakes Council Offices" is where the meeting was, not its council)
        if _is_council(text[s:e]) and not _looks_like_venue_line(text[s:e]):
            return title_case_if_shouting(_SPACES.sub(" ", text[s:e]).strip())
    return None


def _lines_outside_attendance(text: str, lines: list[Line]) -> list[Line]:
    """The non-blank lines that are neither an attendance label nor an entry of its list: "(Lakes City
    Council) (Vice-Chairman), A Webb (Fell Borough Council)" wraps a running list, and "MR J BLOGGS –
    MANAGER, LAKES CITY COUNCIL" under "PRESENT:" and a blank line is an entry; neither is a heading."""
    out: list[Line] = []
    in_list = False         # inside a labelled attendance list
    label_alone = False     # "PRESENT:" on its own line: the names may follow after a blank line
    for ln in lines:
        if ln.blank:
            in_list = in_list and label_alone
            continue
        content = ln.content(text)
        if _ATT_LABEL.match(content):
            m = _label_match(text, ln)
            in_list = m is not None
            label_alone = m is not None and not text[_label_content_start(text, m, ln):ln.ce].strip()
            continue
        label_alone = False
        if not in_list:
            out.append(ln)
    return out


# "> **Status:** DRAFT – to be approved at the next Board meeting": a field of a page, its label in bold
_BOLD_FIELD_LABEL = re.compile(r"[> \t]*(?:\*\*|__)?[^*_\n:]{1,30}?(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:)")


def _body_lines(text: str, lines: list[Line], last_line: int) -> list[tuple[int, int]]:
    """Short lines near the top that name a committee-like body, as (start, end) of the name."""
    found: list[tuple[int, int]] = []
    for ln in _lines_outside_attendance(text, lines[:min(last_line, 15)]):
        content = ln.content(text)
        if len(content.split()) > 12 or _FIELD.match(content):
            continue
        if _BULLET.match(content):      # "- Cllr A Webb (Lakes Borough Council) – Chair": a list entry
            continue
        if "](" in content or _dated_page_title(content) or _BOLD_FIELD_LABEL.match(content):
            # "[Spaces](/wiki/spaces) / [Lakes Board](…)": a page's trail of links; "2023-09-14 Lakes Board
            # meeting notes": the page's own title (see _dated_page_title)
            continue
        # "Cllr A Webb (Chair)<TAB>Lakes Borough Council": a row of a tab-separated table whose first
        # cell is a person, not a heading naming a council
        first_cell = _CELL_SEP.split(content.strip(" \t|"), 1)[0]
        if first_cell != content.strip(" \t|") and not _is_body_phrase(first_cell):
            continue        # ("Cllr A Webb (Chair) | Lakes Borough Council": a Word table's row read with bars)
        if _is_body_phrase(content) and not _names_the_document(content) and not _speaks_of_the_meeting(content):
            s, e = ln.cs, ln.ce
            # "Minutes of the X", "Minutes - X" (a web page's title): the body's name follows
            m = re.match(r"(?:(?:draft\s+)?(?:minutes|notes)(?:\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?|"
                         r"[ \t]*[-–—:][ \t]*))", content, re.IGNORECASE)
            if m:
                s += m.end()
            cut = re.search(r"\s+(?:[-–—:]\s|meeting\b|held\b|minutes\b|on\s+\w+day)", text[s:e], re.IGNORECASE)
            if cut:
                e = s + cut.start()
            if e > s:
                found.append((s, e))
    return found
