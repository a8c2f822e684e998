"""Dates a person can enter stay within a job search's reach.

On the model fields, so every form built from them (the app's and the admin's) checks
it: a year-9999 date once overflowed the business-day arithmetic of the advice.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone

EARLIEST = date(1990, 1, 1)
YEARS_AHEAD = 5


def validate_not_in_future(value: date) -> None:
    """For the day something happened (an application sent, an update received, a
    thank-you or a draft sent, an activity done): it can't be ahead of today."""
    if value > timezone.localdate():
        raise ValidationError(
            "Log it once it has happened: this date is ahead.", code="in_the_future"
        )


def validate_within_reach(value: date | datetime) -> None:
    if isinstance(value, datetime):
        value = timezone.localdate(value) if timezone.is_aware(value) else value.date()
    latest = timezone.localdate() + timedelta(days=365 * YEARS_AHEAD)
    if not EARLIEST <= value <= latest:
        raise ValidationError(
            f"Pick a date between {EARLIEST.year} and {latest.year}.", code="out_of_reach"
        )


# Every character a mail program, a calendar or a spreadsheet may take for a line break.
LINE_BREAKS = frozenset("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def validate_one_line(value: str) -> None:
    """Names, places and the like are one line: a line break in a company name once broke
    the calendar files made from it, and could start a new header in a mail."""
    if any(character in LINE_BREAKS for character in value):
        raise ValidationError("Keep this to one line, without line breaks.", code="one_line")


NOTE_LENGTH = 10_000  # characters: a long debrief fits; a pasted book does not
