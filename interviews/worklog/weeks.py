"""Claim weeks and the weekly minimum: pure functions of dates, entries and settings.

A claim week starts on the day the person chose (``Profile.week_starts_on``: 0 Monday
... 6 Sunday, Python's weekday numbers) and holds the entries dated in it, in the
person's own time zone (the selectors date them so).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from interviews.guidance import short_date
from interviews.worklog.entries import Entry

WEEK = timedelta(days=7)
# The digest reminds of a short week on its last two days: still time to act.
REMIND_DAYS_BEFORE_END = 1


def week_start(day: date, starts_on: int) -> date:
    """The first day of the claim week that holds ``day``."""
    return day - timedelta(days=(day.weekday() - starts_on) % 7)


@dataclass(frozen=True)
class Minimum:
    """What the person's agency asks for each week: activities, or hours."""

    amount: int
    in_hours: bool = False

    @classmethod
    def of(cls, profile) -> Minimum | None:
        if not profile.weekly_minimum:
            return None
        return cls(profile.weekly_minimum, profile.minimum_in_hours)


@dataclass(frozen=True)
class Tally:
    done: float  # activities, or hours
    minimum: Minimum

    @property
    def met(self) -> bool:
        return self.done >= self.minimum.amount

    @property
    def short_by(self) -> float:
        return max(0, self.minimum.amount - self.done)

    @property
    def unit(self) -> str:
        return " hours" if self.minimum.in_hours else ""

    @property
    def words(self) -> str:
        """'3 of 3 — met', '1 of 3 — short by 2', '12.5 of 35 hours — short by 22.5 hours'."""
        done = f"{_number(self.done)} of {self.minimum.amount}{self.unit}"
        if self.met:
            return f"{done} — met"
        return f"{done} — short by {_number(self.short_by)}{self.unit}"


@dataclass(frozen=True)
class ClaimWeek:
    start: date
    entries: list[Entry] = field(default_factory=list)  # newest first, left-out ones too

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def counted(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.counts]

    @property
    def in_order(self) -> list[Entry]:
        """What counts, oldest first: the order an agency reads a week in."""
        return self.counted[::-1]

    @property
    def minutes(self) -> int:
        return sum(entry.minutes or 0 for entry in self.counted)

    @property
    def hours(self) -> float:
        return self.minutes / 60

    def tally(self, minimum: Minimum | None) -> Tally | None:
        if minimum is None:
            return None
        done = self.hours if minimum.in_hours else len(self.counted)
        return Tally(done, minimum)

    @property
    def label(self) -> str:
        """The first and last day with the year, as in 'Sun 1 Nov to Sat 7 Nov 2026'."""
        return f"{short_date(self.start)} – {short_date(self.end)} {self.end.year}"

    def is_ending(self, today: date) -> bool:
        """True on the week's last two days: the moment to say a short week is short."""
        return self.end - timedelta(days=REMIND_DAYS_BEFORE_END) <= today <= self.end

    def still_short(self, tally: Tally, today: date) -> list[str]:
        """The digest's lines for a week that ends soon and is short; none otherwise."""
        if tally.met or not self.is_ending(today):
            return []
        what = "hours" if tally.minimum.in_hours else "activities"
        done = f"{_number(tally.done)} of {tally.minimum.amount} {what} logged"
        to_go = f"{_number(tally.short_by)}{tally.unit} to go"
        ends = "today" if today == self.end else "tomorrow"
        return [
            f"Still short this week: {done}, {to_go}.",
            f"Your claim week ends {ends}, {short_date(self.end)}. Add what you did in your"
            " work-search log; anything you did this week counts.",
        ]


def claim_weeks(entries: Iterable[Entry], *, first: date, last: date) -> list[ClaimWeek]:
    """The weeks starting ``first`` through the one starting ``last`` (both week starts),
    newest first, each with its entries newest first; entries outside them are dropped."""
    weeks = {}
    start = last
    while start >= first:
        weeks[start] = ClaimWeek(start)
        start -= WEEK
    offset = first.weekday()
    for entry in sorted(entries, key=lambda e: (e.on, e.origin, e.record_id), reverse=True):
        week = weeks.get(week_start(entry.on, offset))
        if week is not None:
            week.entries.append(entry)
    return list(weeks.values())


def _number(value: float) -> str:
    """3, 2.5, 0.8: hours to one decimal, whole numbers without one."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else str(rounded)
