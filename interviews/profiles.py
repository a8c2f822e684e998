"""The person's settings (one ``Profile`` per user) and the locale they put in force.

Every feature reads the profile through ``profile_of``; none copies its values. Dates are
the person's own: ``activated(profile)`` puts their time zone (Django's current time zone)
and their country's public holidays (``guidance.business_days``) in force for a block,
so the pure engine and the templates read the same calendar. The middleware does it for
each request; commands that work for many people do it per person.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from zoneinfo import available_timezones

from django.conf import settings
from django.utils import timezone
from holidays.registry import COUNTRIES

from interviews.guidance.business_days import holidays_of
from interviews.guidance.person import Person, as_person
from interviews.models import Profile
from interviews.validators import known_regions, known_time_zones

logger = logging.getLogger(__name__)


def profile_of(user) -> Profile:
    """The user's profile, made with the defaults the first time it is asked for."""
    try:
        return user.profile
    except Profile.DoesNotExist:
        profile, _ = Profile.objects.get_or_create(owner=user)
        user.profile = profile
        return profile


def zone_of(profile: Profile) -> str:
    """The person's time zone; the site's when the stored one is unknown (an older
    version stored values unchecked, and tzdata drops zones): a page must still open."""
    if profile.time_zone in known_time_zones():
        return profile.time_zone
    logger.warning("Profile %s has an unknown time zone; using the default", profile.pk)
    return settings.TIME_ZONE


def country_of(profile: Profile) -> str:
    """The person's country; none (weekends only) when the stored one is unknown."""
    if not profile.country or profile.country in known_regions():
        return profile.country
    logger.warning("Profile %s has an unknown country; counting no holidays", profile.pk)
    return ""


@contextmanager
def activated(profile: Profile) -> Iterator[None]:
    """The person's time zone and public holidays in force inside the block."""
    country = country_of(profile)
    person = Person(country=country, employed=profile.employed)
    with timezone.override(zone_of(profile)), holidays_of(country), as_person(person):
        yield


@lru_cache(maxsize=1)
def country_choices() -> list[tuple[str, str]]:
    """Every country the ``holidays`` package knows, by name ("united_kingdom", "GB", ...)."""
    return sorted(
        ((entry[1], module.replace("_", " ").title()) for module, entry in COUNTRIES.items()),
        key=lambda pair: pair[1],
    )


@lru_cache(maxsize=1)
def time_zone_choices() -> list[tuple[str, str]]:
    zones = sorted(zone for zone in available_timezones() if "/" in zone or zone == "UTC")
    return [(zone, zone.replace("_", " ")) for zone in zones]


class ProfileMiddleware:
    """Put the signed-in person's time zone and holidays in force for the request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return self.get_response(request)
        profile = profile_of(user)
        with activated(profile):
            return self.get_response(request)
