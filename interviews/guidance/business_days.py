"""Business-day arithmetic: Monday to Friday, no holidays (they differ by country and employer).

The one convention used everywhere: counting n business days from a date steps forward
one day at a time and counts each weekday it lands on; the start itself is never counted.
So Friday + 1 is Monday, Saturday + 1 is Monday too, and
``business_days_between(start, add_business_days(start, n)) == n`` for every n >= 1.
Adding 0 means "the first business day on or after": the start itself when it is a
weekday, else the Monday after it (so on a weekend, adding 0 and adding 1 agree).
"""

from __future__ import annotations

from datetime import date, timedelta

FRIDAY = 4


def is_business_day(day: date) -> bool:
    return day.weekday() <= FRIDAY


def _business_days_up_to(day: date) -> int:
    """Weekdays from 1 Jan of year 1 (a Monday) up to and including ``day``."""
    weeks, extra_days = divmod(day.toordinal(), 7)
    return weeks * 5 + min(extra_days, 5)


def business_days_between(start: date, end: date) -> int:
    """Weekdays after ``start`` up to and including ``end``; negative when end is earlier."""
    return _business_days_up_to(end) - _business_days_up_to(start)


def add_business_days(start: date, n: int) -> date:
    """The date n business days after ``start`` (n >= 0); see the module docstring for 0."""
    if n < 0:
        raise ValueError(f"n must be 0 or more, not {n}")
    if n == 0:
        day = start
        while not is_business_day(day):
            day += timedelta(days=1)
        return day
    # A weekend start counts like the Friday before it: neither weekend day is counted.
    day = start - timedelta(days=max(start.weekday() - FRIDAY, 0))
    weeks, rest = divmod(n, 5)
    day += timedelta(weeks=weeks)
    while rest:
        day += timedelta(days=1)
        if is_business_day(day):
            rest -= 1
    return day


def next_business_day(day: date) -> date:
    return add_business_days(day, 1)
