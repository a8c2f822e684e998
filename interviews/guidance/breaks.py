"""The breaks: stretches of the calendar when most teams are away, so no nudge falls due.

One table, read in one place (``clock.measure_wait``). Each break has two spans:

- the days off, from the eve of the holiday to its end, when people are out: nothing is
  sent then, not even a nudge after a date they promised themselves or a call about an
  offer; those go out on the first business day back.
- a wider pause before it for a note on a plain silence (no date was promised): a note
  that falls due in the pause or the days off would land on the pile the break leaves, so
  it goes on the second business day back, after the day people catch up. A note that
  falls due on the first day back itself (history typed in that day) keeps its day.

The breaks: the new year everywhere (the days off from 24 December to 1 January, the pause
from 21 December), and in the US Thanksgiving week (the days off from the Wednesday before
Thanksgiving to the Sunday after, the pause from the Monday of that week).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from interviews.guidance.business_days import add_business_days, is_business_day

THURSDAY = 3
FRIDAY = 4


@dataclass(frozen=True)
class Break:
    reason: str  # the timing words' key: why a nudge moved
    pause_from: date  # a note on a plain silence waits from here
    away_from: date  # the first day most people are out
    away_to: date  # the last

    def moves(self, day: date, *, soft: bool) -> date | None:
        """Where a nudge due on ``day`` goes, or None when this break leaves it alone."""
        if soft and self.pause_from <= day <= self.away_to:
            return add_business_days(self.away_to, 2)
        if self.away_from <= day <= self.away_to:
            return add_business_days(self.away_to, 1)
        return None


def _year_end(year: int) -> Break:
    """The new year's break that starts in December of ``year``."""
    return Break("year_end", date(year, 12, 21), date(year, 12, 24), date(year + 1, 1, 1))


def thanksgiving(year: int) -> date:
    """The fourth Thursday of November."""
    first = date(year, 11, 1)
    return first + timedelta(days=(THURSDAY - first.weekday()) % 7 + 21)


def _thanksgiving_week(year: int) -> Break:
    day = thanksgiving(year)
    return Break(
        "thanksgiving", day - timedelta(days=3), day - timedelta(days=1), day + timedelta(3)
    )


# Which breaks each country keeps besides the new year.
NATIONAL = {"US": (_thanksgiving_week,)}


def breaks_near(day: date, country: str) -> tuple[Break, ...]:
    """The breaks that could hold ``day``: last year's new year, and this year's."""
    return _breaks_of(day.year, country)


@lru_cache(maxsize=256)
def _breaks_of(year: int, country: str) -> tuple[Break, ...]:
    # Asked for every wait on a page: the same few years and countries.
    found = [_year_end(year - 1), _year_end(year)]
    found += [make(year) for make in NATIONAL.get(country, ())]
    return tuple(found)


def past_the_breaks(day: date, country: str, *, soft: bool) -> tuple[date, str]:
    """The day a nudge due on ``day`` goes out, and the break that moved it ("" if none).
    ``soft``: a note on a plain silence (it waits for the second business day back)."""
    for found in breaks_near(day, country):
        moved = found.moves(day, soft=soft)
        if moved is not None:
            return moved, found.reason
    return day, ""


def days_off_before(today: date, due: date, country: str) -> tuple[date, ...]:
    """The working days a deadline the person must meet loses between today and the day it
    is due: weekdays that are public holidays in their calendar or fall in a break's days
    off. The same breaks that hold back a nudge to the employer hold back the person."""
    lost = []
    day = today + timedelta(days=1)
    while day < due:
        if day.weekday() <= FRIDAY and (not is_business_day(day) or _away(day, country)):
            lost.append(day)
        day += timedelta(days=1)
    return tuple(lost)


def later_deadline(due: date, lost: int, country: str) -> date:
    """A fair deadline to ask for instead: the working days the days off took, given back
    after the due day, and never inside a break."""
    moved = add_business_days(due, lost)
    while _away(moved, country):
        moved = add_business_days(moved, 1)
    return moved


def _away(day: date, country: str) -> bool:
    return any(b.away_from <= day <= b.away_to for b in breaks_near(day, country))
