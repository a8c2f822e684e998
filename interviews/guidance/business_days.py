"""Business-day arithmetic: Monday to Friday, less the public holidays of the active country.

The country and region are set for a stretch of code with ``holidays_of(country, region)``
(``advise`` does it from the person it is given); outside one, only weekends are skipped.
The holidays come from the ``holidays`` package, observed days included (a 4 July on a
Saturday is observed on Friday 3 July).

The one convention used everywhere: counting n business days from a date steps forward
one day at a time and counts each business day it lands on; the start itself is never
counted. So Friday + 1 is Monday, Saturday + 1 is Monday too, and
``business_days_between(start, add_business_days(start, n)) == n`` for every n >= 1.
Adding 0 means "the first business day on or after": the start itself when it is a
business day, else the next one (so on a weekend, adding 0 and adding 1 agree).
"""

from __future__ import annotations

from bisect import bisect_right
from contextvars import ContextVar, Token
from datetime import date, timedelta
from functools import lru_cache

import holidays

FRIDAY = 4

# The calendar in force: an ISO 3166 country code ("" for none) and one of its
# subdivisions in the ``holidays`` package ("" for the nationwide holidays only).
_country: ContextVar[tuple[str, str]] = ContextVar("business_days_country", default=("", ""))


class holidays_of:
    """Count the public holidays of ``country`` (and of its ``region``) inside the block.
    A class rather than a generator: the engine enters it once per application."""

    def __init__(self, country: str, region: str = "") -> None:
        self.calendar = (country, region)

    def __enter__(self) -> None:
        self.token: Token[tuple[str, str]] = _country.set(self.calendar)

    def __exit__(self, *exc: object) -> None:
        _country.reset(self.token)


@lru_cache(maxsize=512)
def _weekday_holidays(calendar: tuple[str, str], year: int) -> tuple[date, ...]:
    """The holidays of one year that fall on a weekday, sorted: the only ones that count."""
    country, region = calendar
    if not country:
        return ()
    found: dict[date, str] = {}
    # A region the package does not know (or no longer knows) falls back to the nationwide
    # holidays, and a country it does not know to weekends alone: never an error.
    for subdivision in dict.fromkeys([region or None, None]):
        try:
            found = holidays.country_holidays(country, subdiv=subdivision, years=year)
            break
        except NotImplementedError:
            continue
    return tuple(sorted(day for day in found if day.weekday() <= FRIDAY))


@lru_cache(maxsize=512)
def _holidays_before_year(country: tuple[str, str], year: int) -> int:
    """Weekday holidays from 2000 to the end of the year before ``year``: a running count."""
    return sum(len(_weekday_holidays(country, y)) for y in range(2000, year))


def _holidays_up_to(country: tuple[str, str], day: date) -> int:
    """Weekday holidays from 2000 up to and including ``day``; differences are what count."""
    if not country[0]:
        return 0
    return _holidays_before_year(country, day.year) + bisect_right(
        _weekday_holidays(country, day.year), day
    )


def is_business_day(day: date) -> bool:
    if day.weekday() > FRIDAY:
        return False
    country = _country.get()
    return not country[0] or day not in _weekday_holidays(country, day.year)


def _weekdays_up_to(day: date) -> int:
    """Weekdays from 1 Jan of year 1 (a Monday) up to and including ``day``."""
    weeks, extra_days = divmod(day.toordinal(), 7)
    return weeks * 5 + min(extra_days, 5)


def business_days_between(start: date, end: date) -> int:
    """Business days after ``start`` up to and including ``end``; negative when end is earlier."""
    return _between(_country.get(), start, end)


# The two counts below are asked for the same few dates by every application on a page:
# remembered per calendar, as the holidays themselves are.
@lru_cache(maxsize=16384)
def _between(country: tuple[str, str], start: date, end: date) -> int:
    weekdays = _weekdays_up_to(end) - _weekdays_up_to(start)
    return weekdays - (_holidays_up_to(country, end) - _holidays_up_to(country, start))


def _add_weekdays(start: date, n: int) -> date:
    # A weekend start counts like the Friday before it: neither weekend day is counted.
    day = start - timedelta(days=max(start.weekday() - FRIDAY, 0))
    weeks, rest = divmod(n, 5)
    day += timedelta(weeks=weeks)
    while rest:
        day += timedelta(days=1)
        if day.weekday() <= FRIDAY:
            rest -= 1
    return day


def add_business_days(start: date, n: int) -> date:
    """The date n business days after ``start`` (n >= 0); see the module docstring for 0."""
    if n < 0:
        raise ValueError(f"n must be 0 or more, not {n}")
    return _add(_country.get(), start, n)


@lru_cache(maxsize=16384)
def _add(country: tuple[str, str], start: date, n: int) -> date:
    # ``country`` is the calendar in force (what the helpers below read): the cache's key.
    if n == 0:
        day = start
        while not is_business_day(day):
            day += timedelta(days=1)
        return day
    day = _add_weekdays(start, n)
    # Each holiday passed on the way pushes the date one business day further.
    missing = n - business_days_between(start, day)
    while missing:
        day += timedelta(days=1)
        if is_business_day(day):
            missing -= 1
    return day


def previous_business_day(day: date) -> date:
    """The last business day before ``day``: when a preparation step falls due."""
    day -= timedelta(days=1)
    while not is_business_day(day):
        day -= timedelta(days=1)
    return day
