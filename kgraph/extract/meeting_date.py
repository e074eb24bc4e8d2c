"""The meeting's date as a last resort, when the header gives no full date: a partial date in
the header with a year from the text, a two-digit year, the file name, or the text's first date
that no phrase ties to another meeting.
"""
from __future__ import annotations

import datetime as dt

from ..dates import dates_in_name, find_dates, partial_dates, short_year_dates, written_years, year_of
from ..model import Header

from .references import _PREVIOUS_CONTEXT


# --------------------------------------------------------------------------- the meeting's date, as a last resort


def infer_meeting_date(text: str, path: str, header: Header, body_start: int) -> str | None:
    """Date the meeting when its header gives no full date, rather than lose the whole document:
    a day and month in the header with the year the document writes most (and whose weekday
    fits, "Tuesday 12th March"), or with a two-digit year ("Tues 12 Mar 24"), else a full date in
    the file name ("2024-03-12 CSP minutes.pdf"),
    else the first full date of the text that no phrase ties to another meeting ("the minutes of
    the meeting held on …", "next meeting: …"). Sets ``header.date`` and says where it came from."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for day, month, weekday, span in partial_dates(text, 0, body_start):
        if _PREVIOUS_CONTEXT.search(text, max(0, span.start - 160), span.start):
            continue
        year = year_of(day, month, weekday, written_years(name) * 3 + written_years(text))
        if year is not None:
            header.date, header.date_span = dt.date(year, month, day), span
            return f"meeting date {header.date.isoformat()}: the header gives no year ({text[span.start:span.end]!r})"
    for date, span in short_year_dates(text, 0, body_start):
        if not _PREVIOUS_CONTEXT.search(text, max(0, span.start - 160), span.start):
            header.date, header.date_span = date, span
            return f"meeting date {date.isoformat()}: the header writes its year in two digits"
    named = dates_in_name(name)
    if named:
        header.date = named[0]
        return f"meeting date {header.date.isoformat()} taken from the file name: the text gives none in its header"
    for date, span in find_dates(text):
        if not _PREVIOUS_CONTEXT.search(text, max(0, span.start - 160), span.start):
            header.date, header.date_span = date, span
            return f"meeting date {date.isoformat()} taken from the text: the header gives none"
    return None
