"""Cells as people and tools write them, read as values. Pure.

- ``blank``: placeholders that mean "nothing here" (``N/A``, ``-``, ``—``, ``n. a.``).
- ``read_date``: ISO, US (month first), European (day first), written months and Excel
  serial numbers, each with or without a time (``11/3/26, 4:11 PM``, ``November 3, 2026
  10:00 AM``); a range (``A → B``, Notion's) reads as its start.
- ``guess_date_order``: day first or month first, from every date cell of the file.
- ``file_year``: the year a file's dates written without one ("11/2", "Nov 10") are in.
"""

from __future__ import annotations

import datetime as dt
import re

from interviews.month_names import MONTHS

# Written by tools (JobSync's "N/A") and by hand for "nothing here". A cell that is only
# dashes or dots is one too.
PLACEHOLDERS = frozenset(
    {"n/a", "na", "n.a.", "n. a.", "none", "null", "nil", "tbd", "k.a.", "k. a.", "keine"}
)
DASHES = re.compile(r"[-–—‒―.·_]+")


def blank(cell: str) -> str:
    """The cell's text, or "" when it is a placeholder for nothing."""
    text = cell.strip()
    if text.casefold() in PLACEHOLDERS or DASHES.fullmatch(text):
        return ""
    return text


DAY_FIRST, MONTH_FIRST = "day_first", "month_first"
EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0, counting its 1900 leap-year bug
ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t].*)?")
NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: .*)?")
SERIAL = re.compile(r"(\d{5})(?:\.\d+)?")
DAY_MONTH = re.compile(r"(\d{1,2}) ([a-z]+)\.? (\d{4})")
MONTH_DAY = re.compile(r"([a-z]+)\.? (\d{1,2}) (\d{4})")
# Without a year, as a personal list writes a date of this season: "11/2", "2.11.",
# "Nov 10", "10 Nov". Read only with the year the file implies (``file_year``).
SHORT_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})\.?")
SHORT_DAY_MONTH = re.compile(r"(\d{1,2})\.? ([a-z]+)\.?")
SHORT_MONTH_DAY = re.compile(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?")
# A time after a written date: "10:00 am", "4:11 pm", "16:30", "16 uhr".
TIME = re.compile(r" (?:at |um )?\d{1,2}(?::\d{2}){0,2} ?(?:am|pm|a\.m\.|p\.m\.|uhr)?$")
# Where a range's start ends: Notion's "→", "to", "bis", or a spaced dash.
RANGE = re.compile(r" ?(?:→|->| to | bis | [-–—] ).*$")
TWELVE_HOUR = re.compile(r"\d ?(?:am|pm)\b")
CLOCK = re.compile(r"(?:^|[ t])(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)? ?(am|pm|a\.m\.|p\.m\.)?")


class DateProblem(ValueError):
    pass


def plain(text: str) -> str:
    """A date cell as lower-case words, its range's start only: "Nov 3, 2026 → Nov 4" →
    "nov 3 2026"."""
    text = " ".join(text.casefold().split())
    text = RANGE.sub("", text)
    return " ".join(text.replace(",", " ").split())


def read_date(text: str, order: str, *, today: dt.date | None = None, year: int | None = None):
    """The date a cell holds, None for an empty cell; DateProblem when it holds no date.

    With ``today``, a date written without its year ("11/2", "Nov 10") is read in ``year``
    (the one the rest of the file implies; ``today``'s without one), and in the year
    before when that would put it after ``today``: a list of what happened is never ahead.
    """
    if not blank(text):
        return None
    try:
        words = plain(text)
        if today is not None and (short := _short_date(words, order)) is not None:
            return _in_year(*short, year or today.year, today)
        return _read_date(words, order)
    except (ValueError, OverflowError, KeyError) as error:
        raise DateProblem(f"“{text.strip()}” is not a date we can read") from error


def _short_date(text: str, order: str) -> tuple[int, int] | None:
    """(month, day) of a date written without its year; None for any other text."""
    if match := SHORT_NUMERIC.fullmatch(text):
        first, second = map(int, match.groups())
        return (second, first) if order == DAY_FIRST else (first, second)
    if (match := SHORT_DAY_MONTH.fullmatch(text)) and match.group(2) in MONTHS:
        return MONTHS[match.group(2)], int(match.group(1))
    if (match := SHORT_MONTH_DAY.fullmatch(text)) and match.group(1) in MONTHS:
        return MONTHS[match.group(1)], int(match.group(2))
    return None


def _in_year(month: int, day: int, year: int, today: dt.date) -> dt.date:
    found = dt.date(year, month, day)
    return found if found <= today else dt.date(year - 1, month, day)


def file_year(cells: list[str], order: str) -> int | None:
    """The year most of a file's full dates fall in (None when it has none): the year a
    date written without one is read in."""
    years: dict[int, int] = {}
    for cell in cells:
        try:
            found = read_date(cell, order)
        except DateProblem:
            continue
        if found is not None:
            years[found.year] = years.get(found.year, 0) + 1
    return max(years, key=lambda year: (years[year], year)) if years else None


def read_time(text: str) -> dt.time | None:
    """The time of day a date cell gives, if any: "Nov 3, 2026 4:11 PM" → 16:11. A range
    gives its start's. None when the cell has no time (or no valid one)."""
    match = CLOCK.search(plain(text))
    if match is None:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2)), match.group(3)
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def _read_date(text: str, order: str) -> dt.date:
    if match := ISO.fullmatch(text):
        year, month, day = map(int, match.groups())
        return dt.date(year, month, day)
    if match := NUMERIC.fullmatch(text):
        first, second, year = map(int, match.groups())
        year += 2000 if year < 100 else 0
        day, month = (first, second) if order == DAY_FIRST else (second, first)
        return dt.date(year, month, day)
    if match := SERIAL.fullmatch(text):
        return EXCEL_EPOCH + dt.timedelta(days=int(match.group(1)))
    text = TIME.sub("", text)
    if match := DAY_MONTH.fullmatch(text):
        day_text, month_name, year_text = match.groups()
        return dt.date(int(year_text), MONTHS[month_name], int(day_text))
    if match := MONTH_DAY.fullmatch(text):
        month_name, day_text, year_text = match.groups()
        return dt.date(int(year_text), MONTHS[month_name], int(day_text))
    raise ValueError(text)


def guess_date_order(cells: list[str]) -> str:
    """Day first unless the file shows otherwise: a date like 11/25/2026 anywhere settles
    it; failing that, a 12-hour time ("4:11 PM", as LinkedIn and US tools write it) says
    month first. Every date cell counts, those with a time too."""
    twelve_hour = False
    for cell in cells:
        text = plain(cell)
        if match := NUMERIC.fullmatch(text) or SHORT_NUMERIC.fullmatch(text):
            first, second = int(match.group(1)), int(match.group(2))
            if second > 12 >= first:
                return MONTH_FIRST
            if first > 12 >= second:
                return DAY_FIRST
            twelve_hour = twelve_hour or bool(TWELVE_HOUR.search(text))
    return MONTH_FIRST if twelve_hour else DAY_FIRST
