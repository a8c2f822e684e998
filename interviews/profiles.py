"""The person's settings (one ``Profile`` per user) and the locale they put in force.

Every feature reads the profile through ``profile_of``; none copies its values. Dates are
the person's own: ``activated(profile)`` puts their time zone (Django's current time zone)
and their country's public holidays (``guidance.business_days``) in force for a block,
so the pure engine and the templates read the same calendar. The middleware does it for
each request; commands that work for many people do it per person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from zoneinfo import available_timezones

import pycountry
from holidays.registry import COUNTRIES

from interviews.accounts.models import Profile
from interviews.folding import fold
from interviews.guidance.person import Person
from interviews.regions import region_groups


def profile_of(user) -> Profile:
    """The user's profile, made with the defaults the first time it is asked for."""
    try:
        return user.profile
    except Profile.DoesNotExist:
        profile, _ = Profile.objects.get_or_create(owner=user)
        user.profile = profile
        return profile


def zone_of(profile: Profile) -> str:
    """The person's time zone, or the site's when the stored one is unknown
    (``Person.of`` decides)."""
    return Person.of(profile).time_zone


@contextmanager
def activated(profile: Profile) -> Iterator[None]:
    """The person's time zone and public holidays in force inside the block (for pages
    and commands; the advice engine needs none of it: it is given the ``Person``)."""
    with Person.of(profile).in_force():
        yield


def country_name(code: str) -> str:
    """A country's ISO 3166 name as pycountry keeps it, the common one where there is one
    ("Hong Kong", "South Korea", "Taiwan"); for a code ISO does not list (Kosovo's "XK"),
    the name the ``holidays`` package gives it; the code itself only when neither knows it."""
    country = pycountry.countries.get(alpha_2=code)
    if country is not None:
        return getattr(country, "common_name", None) or country.name
    named = HOLIDAY_NAMES.get(code, code)
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", named)  # the registry's "SomeName": words


# Country names read with "the" in a sentence: the plural ones and those named for what
# they are (a kingdom, a republic, islands) rather than a place.
THE_WORDS = re.compile(
    r"\b(?:United|Republic|Kingdom|Islands|Emirates|Federation|States|Territory|Holy See)\b"
)
THE_PLURALS = frozenset(
    {"Bahamas", "Comoros", "Gambia", "Maldives", "Netherlands", "Philippines", "Seychelles"}
)


def country_in_sentence(code: str) -> str:
    """``country_name`` as it reads after "in" or "of": "the United States", "the
    Netherlands", but "Germany"."""
    name = country_name(code)
    needs_the = name in THE_PLURALS or THE_WORDS.search(name)
    return f"the {name}" if needs_the and "," not in name else name


# Code -> the name of its calendar in the ``holidays`` registry ("XK" -> "Kosovo").
HOLIDAY_NAMES = {entry[1]: entry[0] for entry in COUNTRIES.values()}


@lru_cache(maxsize=1)
def country_choices() -> list[tuple[str, str]]:
    """Every country the ``holidays`` package has holidays for, by its name, in the order
    people look for it ("Åland Islands" among the A's)."""
    named = [(entry[1], country_name(entry[1])) for entry in COUNTRIES.values()]
    return sorted(named, key=lambda pair: fold(pair[1]))


def region_choices(country: str) -> list:
    """The subdivisions the ``holidays`` package knows for ``country`` (states, nations),
    by their plain names ("Bavaria", "Scotland"), a country's territories under their own
    heading (``regions.region_groups``); empty for a country without any."""
    choices: list = []
    for heading, names in region_groups(country):
        if heading:
            choices.append((heading, list(names.items())))
        else:
            choices.extend(names.items())
    return choices


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
        # What the views hand to advise(): the person's calendar, without a query per card.
        request.person = Person.of(profile)
        with request.person.in_force():
            return self.get_response(request)
