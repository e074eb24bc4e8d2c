"""Date and time helpers for minutes: "Monday, 26 September 2011", "Wednesday, 12th July, 2023",
"14/03/2023", "10.00 am", "2.00pm", "14:00".

Only *full* dates (day, month and year) are found: minutes are full of partial dates ("in
November 2012", "from 14 July to 16 October") that must not be mistaken for meeting dates.
Numeric dates are read day-first, as UK minutes write them.
"""
from __future__ import annotations

import datetime as dt
import re

from .model import Span

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
# OCR reads a "1" as "l" ("Thursday l3 January 2011"): where a day must stand before or after a month
# name, "l" and one digit is a day of the teens (a letter before the "l" makes it part of a word)
_DAY = r"(?P<day>(?<![A-Za-z\d])(?-i:l)\d|[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Scanning a whole document with a date pattern is slow in Python's regex engine (no literal
# prefix), so dates are found from their year: a cheap scan for 4-digit years, then each
# pattern is tried on the few characters before (or after, for ISO dates) that year.
_YEAR_SCAN = re.compile(r"[12][09]\d\d")
# "14/03/23": found from the slash (a literal prefix keeps the scan fast), day read backwards
_SHORT_YEAR_SCAN = re.compile(r"/(?P<month>[01]?\d)/(?P<year>\d\d)(?![\d/])")
_DAY_BEFORE = re.compile(r"(?<![\d/.-])(?P<day>[0-3]?\d)$")
# "14.01.10", "04.12.18": a dotted date with a two-digit year, written with both day and month in two
# digits (so that paragraph numbers "3.2.1" and times "10.30" are never read as dates)
# (no look-behind for a digit or dot before the day: checked on each match instead, which spares
# the regex engine a look-behind at every character of the text and scans five times faster)
_SHORT_DOTTED = re.compile(r"(?P<day>[0-3]\d)\.(?P<month>[01]\d)\.(?P<year>\d\d)(?!\d|\.\d)")
_BEFORE_YEAR = 40
# "26 September 2011", "12th July, 2023", "5 June 2008", "1st of May 2020" (ending at the year)
# ("12th day of March 2024", as formal and parish minutes date themselves)
_DAY_MONTH = re.compile(rf"(?<![\d]){_DAY}\s*(?:(?:day\s+)?of\s+)?{_MONTH}\.?,?\s+$", re.IGNORECASE)
# "July 12, 2023", "September 26th 2011"
_MONTH_DAY = re.compile(rf"(?<![A-Za-z]){_MONTH}\.?\s+{_DAY},?\s+$", re.IGNORECASE)
# "14/03/2023", "14.03.2023", "14-03-2023"; day first (UK usage)
_NUMERIC_DAY_MONTH = re.compile(r"(?<![\d/.-])(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<month>[01]?\d)(?P=sep)$")
# "2023-03-14"
_ISO_TAIL = re.compile(r"-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")

# "10.00 am", "2.00pm", "2pm", "10 a.m.", "14:00", "noon"
_TIME_12H = re.compile(r"(?<![\d.:])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?",
                       re.IGNORECASE)
_TIME_24H = re.compile(r"(?<![\d.:/])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?:hrs|hours|h)\b)?(?![\d.:/]|\s*[ap]\.?\s?m\b)",
                       re.IGNORECASE)
_NOON = re.compile(r"\b(?:12\s*)?noon\b", re.IGNORECASE)


# every month name, full or short, starts with one of these; the patterns ignore case, and every
# character they take for one of these letters case-folds to it, so compare case-folded text
_MONTH_STARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _may_hold_month_date(window: str) -> bool:
    """Whether _DAY_MONTH or _MONTH_DAY can match the text before a year: both end in whitespace
    right before it and hold a month name. Most years in minutes ("2023/24", "in 2022") are no
    date, and this spares them two regex searches."""
    if not window[-1:].isspace():
        return False
    folded = window.casefold()
    return any(month in folded for month in _MONTH_STARTS)


def _ends_with_date_separator(window: str) -> bool:
    """Whether _NUMERIC_DAY_MONTH can match the text before a year: it ends in "/", "." or "-" right
    before the year ("$" also allows one closing line break)."""
    tail = window[:-1] if window.endswith("\n") else window
    return tail[-1:] in ("/", ".", "-")


# a two-digit year from here on is of the 1900s: typed minutes of the 1970s–90s date their papers so
_LAST_CENTURY_FROM = 70


def _make_date(year: str, month: int, day: str) -> dt.date | None:
    y = int(year)
    if y < 100:  # "14/03/23": two-digit years in minutes are this century, but "22.11.99" the last one's
        y += 1900 if y >= _LAST_CENTURY_FROM else 2000
    try:
        return dt.date(y, month, int(day.replace("l", "1")))
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[dt.date, Span]]:
    """Every full date (day, month and year) in ``text`` with its span, in text order."""
    found: list[tuple[dt.date, Span]] = []
    last_end = 0
    for y in _YEAR_SCAN.finditer(text):
        ys, ye = y.start(), y.end()
        if (ys and text[ys - 1].isdigit()) or (ye < len(text) and text[ye].isdigit()) or ys < last_end:
            continue
        window_start = max(last_end, ys - _BEFORE_YEAR)
        window = text[window_start:ys]
        date = None
        for pattern in (_DAY_MONTH, _MONTH_DAY) if _may_hold_month_date(window) else ():
            m = pattern.search(window)
            if m:
                date = _make_date(y.group(), MONTHS[m["month"].lower()], m["day"])
                start = window_start + m.start()
                break
        if date is None and _ends_with_date_separator(window):
            m = _NUMERIC_DAY_MONTH.search(window)
            if m:
                date = _make_date(y.group(), int(m["month"]), m["day"])
                start = window_start + m.start()
        if date is None:
            m = _ISO_TAIL.match(text, ye)
            if m and not (ys and (text[ys - 1].isalnum() or text[ys - 1] in "/.-")):
                date = _make_date(y.group(), int(m["month"]), m["day"])
                start, ye = ys, m.end()
        if date is not None:
            found.append((date, Span(start, ye)))
            last_end = ye
    short = []
    if "/" in text:
        for m in _SHORT_YEAR_SCAN.finditer(text):
            d = _DAY_BEFORE.search(text, max(0, m.start() - 3), m.start())
            if d is not None:
                short.append((m["year"], m["month"], d["day"], d.start(), m.end()))
    if "." in text:
        short.extend((m["year"], m["month"], m["day"], m.start(), m.end()) for m in _SHORT_DOTTED.finditer(text)
                     if not (m.start() and text[m.start() - 1] in "0123456789."))
    for year, month, day, start, end in short:
        date = _make_date(year, int(month), day)
        if date is not None and not any(s.start <= start < s.end for _, s in found):
            found.append((date, Span(start, end)))
    if short:
        found.sort(key=lambda pair: pair[1].start)
    return found


def parse_date(text: str) -> dt.date | None:
    """The first full date written in ``text``, or None ("November 2012" has no day: None)."""
    if not text:
        return None
    dates = find_dates(text)
    return dates[0][0] if dates else None


def find_time(text: str) -> tuple[dt.time, Span] | None:
    """The first clock time in ``text`` with its span: "10.00 am", "2.00pm", "14:00", "noon"."""
    if not text:
        return None
    candidates = []
    m = _TIME_12H.search(text)
    if m:
        hour = int(m["h"]) % 12 + (12 if m["ampm"].lower() == "p" else 0)
        candidates.append((m.start(), dt.time(hour, int(m["m"] or 0)), Span(m.start(), m.end())))
    m = _TIME_24H.search(text)
    if m:
        candidates.append((m.start(), _range_start(text, m), Span(m.start(), m.end())))
    m = _NOON.search(text)
    if m:
        candidates.append((m.start(), dt.time(12, 0), Span(m.start(), m.end())))
    if not candidates:
        return None
    _, time, span = min(candidates, key=lambda c: c[0])
    return time, span


# "2.00 - 4.20 PM": a range whose end alone says am or pm
_RANGE_END_12H = re.compile(r"[ \t]*(?:[-–—]|to)[ \t]*(?P<h>1[0-2]|0?[1-9])[.:](?P<m>[0-5]\d)[ \t]*(?P<ampm>[ap])\.?[ \t]?m\b",
                            re.IGNORECASE)


def _range_start(text: str, m: re.Match) -> dt.time:
    """The clock time a 24-hour-looking match gives; where it opens a range ending in "pm" ("2.00 - 4.20
    PM"), its hour is of the afternoon too, unless that would put it after the range's end ("11.00 - 1.00
    pm" starts in the morning)."""
    hour, minute = int(m["h"]), int(m["m"])
    end = _RANGE_END_12H.match(text, m.end())
    if end and end["ampm"].lower() == "p" and 1 <= hour < 12:
        end_hour = int(end["h"]) % 12 + 12
        if (hour + 12, minute) <= (end_hour, int(end["m"])):
            hour += 12
    return dt.time(hour, minute)


def parse_time(text: str) -> dt.time | None:
    """The first clock time in ``text``, or None."""
    found = find_time(text)
    return found[0] if found else None


# ---------------------------------------------------------------- dates given in part, or elsewhere

_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
# "Tuesday 12th March", "Tues 12 March", "12 March" (no year after it)
_PARTIAL_DATE = re.compile(
    r"(?:\b(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thurs?|thu|fri|sat|sun)\.?,?\s+)?"
    rf"(?<![\w/.-]){_DAY}\s+(?:of\s+)?{_MONTH}\b\.?(?!,?\s+(?:19|20)?\d\d\b)",
    re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"(?<![\d/.-])(?:19[89]\d|20[0-4]\d)(?![\d])")


def partial_dates(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int | None, Span]]:
    """Days and months written without a year ("Tuesday 12th March"): (day, month, weekday or
    None, span) in text order; the weekday is Monday = 0 as in :meth:`datetime.date.weekday`."""
    found = []
    for m in _PARTIAL_DATE.finditer(text, start, len(text) if end is None else end):
        weekday = _WEEKDAYS[m["weekday"][:3].lower()] if m["weekday"] else None
        day = int(m["day"].replace("l", "1"))
        found.append((day, MONTHS[m["month"].lower()], weekday, Span(m.start(), m.end())))
    return found


# "9 May", "May 9", "13th June": a day and month either way round, no year after them
_DAY_MONTH_EITHER_WAY = re.compile(
    rf"(?<![\w/])(?:{_MONTH.replace('(?P<month>', '(?P<month1>')}\.?\s+{_DAY.replace('(?P<day>', '(?P<day1>')}|"
    rf"{_DAY.replace('(?P<day>', '(?P<day2>')}\s+{_MONTH.replace('(?P<month>', '(?P<month2>')})\b\.?"
    r"(?![ \t]*,?[ \t]*\d{4})", re.IGNORECASE)


def day_months(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Span]]:
    """Days and months written without a year in either order, as a list of dates does ("Future dates:
    May 9, Jun 13", "9 May, 13 June"): (day, month, span) in text order."""
    found = []
    for m in _DAY_MONTH_EITHER_WAY.finditer(text, start, len(text) if end is None else end):
        day = int((m["day1"] or m["day2"]).replace("l", "1"))
        found.append((day, MONTHS[(m["month1"] or m["month2"]).lower()], Span(m.start(), m.end())))
    return found


def written_years(text: str) -> list[int]:
    """The four-digit years a text writes (1980-2049), in text order, repeats kept."""
    return [int(m.group()) for m in _WRITTEN_YEAR.finditer(text)]


def year_of(day: int, month: int, weekday: int | None, years: list[int]) -> int | None:
    """The year of a date written without one, from the years the document writes elsewhere:
    the most written year, or where a weekday is given, the most written year in which the day
    falls on that weekday (else the nearest such year to the most written one, the later on a tie)."""
    def valid(year: int) -> bool:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return False
        return weekday is None or date.weekday() == weekday

    ranked = sorted(set(years), key=lambda y: (-years.count(y), -y))
    for year in ranked:
        if valid(year):
            return year
    if weekday is None or not ranked:
        return None
    # a weekday recurs on a day of the year every 5-6 (at most 11) years: look that far around
    for distance in range(1, 12):
        for year in (ranked[0] + distance, ranked[0] - distance):
            if valid(year):
                return year
    return None


# "Tues 12 Mar 24", "12th March '24": a day, a month and a two-digit year (notes typed in a hurry; a full
# stop may end the sentence after it, but "12 March 24.5" or "24:00" is no year)
_SHORT_YEAR_DATE = re.compile(rf"(?<![\w/.-]){_DAY}\s+{_MONTH}\.?,?\s+['’]?(?P<year>\d\d)(?![\d:]|\.\d)", re.IGNORECASE)


def short_year_dates(text: str, start: int = 0, end: int | None = None) -> list[tuple[dt.date, Span]]:
    """Dates written with a two-digit year after a month's name, in text order. Kept apart from
    :func:`find_dates`: "12 March 24" may as well be a date and a count."""
    found = []
    for m in _SHORT_YEAR_DATE.finditer(text, start, len(text) if end is None else end):
        date = _make_date(m["year"], MONTHS[m["month"].lower()], m["day"])
        if date is not None:
            found.append((date, Span(m.start(), m.end())))
    return found


def dates_in_name(name: str) -> list[dt.date]:
    """Full dates in a file name ("2024-03-12_csp_minutes.pdf", "CSP minutes 12.03.2024.docx",
    "minutes_12_March_2024.txt"), in order."""
    dates = [d for d, _ in find_dates(name)]
    if not dates:
        dates = [d for d, _ in find_dates(re.sub(r"[_+]+|(?<=[A-Za-z])-|-(?=[A-Za-z])", " ", name))]
    return dates
