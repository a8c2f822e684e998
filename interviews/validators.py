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


def validate_within_reach(value: date | datetime) -> None:
    if isinstance(value, datetime):
        value = timezone.localdate(value) if timezone.is_aware(value) else value.date()
    latest = timezone.localdate() + timedelta(days=365 * YEARS_AHEAD)
    if not EARLIEST <= value <= latest:
        raise ValidationError(
            f"Pick a date between {EARLIEST.year} and {latest.year}.", code="out_of_reach"
        )
