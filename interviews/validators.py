"""Dates a person can enter stay within a job search's reach.

On the model fields, so every form built from them (the app's and the admin's) checks
it: a year-9999 date once overflowed the business-day arithmetic of the advice.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import available_timezones

import holidays
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

logger = logging.getLogger(__name__)

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


# The person's calendar: the one check of a time zone, a country and a region, on the
# model, so the settings form, the admin, the API and a restored backup all refuse the
# same values with the same words. An unknown zone once made every page 500.


@lru_cache(maxsize=1)
def known_time_zones() -> frozenset[str]:
    return frozenset(available_timezones())


@lru_cache(maxsize=1)
def known_regions() -> dict[str, frozenset[str]]:
    """Each country the ``holidays`` package knows (ISO code), with its subdivisions."""
    return {
        country: frozenset(regions)
        for country, regions in holidays.list_supported_countries().items()
    }


def validate_time_zone(value: str) -> None:
    if value not in known_time_zones():
        raise ValidationError(
            "“%(value)s” is not a time zone we know: pick one from the list.",
            code="unknown_time_zone",
            params={"value": value},
        )


def validate_country(value: str) -> None:
    if value not in known_regions():
        raise ValidationError(
            "“%(value)s” is not a country whose holidays we know: pick one from the list.",
            code="unknown_country",
            params={"value": value},
        )


def validate_region(country: str, region: str) -> None:
    """A region must be one of its country's subdivisions (blank: the whole country)."""
    if region and region not in known_regions().get(country, frozenset()):
        raise ValidationError(
            {
                "region": ValidationError(
                    "“%(region)s” is not a region of %(country)s we know.",
                    code="unknown_region",
                    params={"region": region, "country": country},
                )
            }
        )


def usable_calendar(time_zone: str, country: str, region: str) -> tuple[str, str, str]:
    """The calendar to put in force: each known value as it is, an unknown one (stored
    unchecked by an older version, or dropped from tzdata) as the site's zone and no
    holidays, logged; a page must still open. No country means weekends only."""
    if time_zone not in known_time_zones():
        logger.warning("Unknown stored time zone %r; using %s", time_zone, settings.TIME_ZONE)
        time_zone = settings.TIME_ZONE
    if country and country not in known_regions():
        logger.warning("Unknown stored country %r; counting no holidays", country)
        country, region = "", ""
    if region and region not in known_regions().get(country, frozenset()):
        logger.warning("Unknown stored region %r of %r; the whole country's", region, country)
        region = ""
    return time_zone, country, region
