"""Dates, counts and names in words: the one module every sentence of the product uses.

Tables, not strftime: the words stay English whatever the server's locale.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
LONG_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


@lru_cache(maxsize=4096)  # every card on a page names the same few days
def short_date(day: date) -> str:
    """'Tue 1 Dec': the weekday matters when you are counting business days."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def long_date(day: date) -> str:
    """'Tuesday 1 December', for letters."""
    return f"{LONG_WEEKDAYS[day.weekday()]} {day.day} {LONG_MONTHS[day.month - 1]}"


def join_names(names: list[str]) -> str:
    """'Sam', 'Sam and Ana', 'Sam, Ana and Lee'."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def ordinal(number: int) -> str:
    return ORDINALS[number - 1] if 0 < number <= len(ORDINALS) else f"{number}th"


def days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def countdown(day: date, today: date) -> str:
    """'today', 'tomorrow', 'in 3 days', '2 days ago': how far a date is, in calendar days."""
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    return f"in {days(delta)}" if delta > 0 else f"{days(-delta)} ago"
