"""What the advice may know about the person: their calendar (time zone, country and
region, whose public holidays are not business days) and whether they are employed.

``advise`` takes it as an argument, or works it out from the application's owner; it then
puts it in force itself for the length of the call, so the advice never depends on what
the caller happened to have activated (a command, a test, an API route that forgot).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth.models import User
from django.utils import timezone

from interviews import stages
from interviews.accounts.models import Profile
from interviews.guidance import business_days
from interviews.stages import days_in
from interviews.validators import usable_calendar


@dataclass(frozen=True)
class Person:
    time_zone: str = "UTC"
    country: str = ""
    region: str = ""
    employed: bool = False

    @classmethod
    def of(cls, profile: Profile) -> Person:
        """From a ``Profile`` (or anything with its four fields)."""
        time_zone, country, region = usable_calendar(
            profile.time_zone, profile.country, getattr(profile, "region", "")
        )
        return cls(time_zone=time_zone, country=country, region=region, employed=profile.employed)

    @classmethod
    def of_owner(cls, owner: User) -> Person:
        """The owner's, from their profile; a person who never saved settings has the
        defaults a new profile gets."""
        profile = getattr(owner, "profile", None)
        if profile is None:
            return cls(time_zone=settings.TIME_ZONE, country=settings.DEFAULT_COUNTRY)
        return cls.of(profile)

    @contextmanager
    def in_force(self) -> Iterator[None]:
        """This person's time zone, public holidays and circumstances inside the block, for
        a page or a command: Django's time zone too, for the templates."""
        with timezone.override(self.time_zone), self.advising():
            yield

    def advising(self) -> _Advising:
        """What the advice engine reads inside the block: this person, the days of their
        time zone and their public holidays. Not Django's time zone: the engine reads
        days through ``stages.local_day``, and switching Django's costs more than a
        whole application's advice."""
        return _Advising(self)


class _Advising:
    """``Person.advising``, as a class: the engine enters it once per application, and a
    generator-based context manager costs several times as much. It sets what
    ``stages.days_in`` and ``business_days.holidays_of`` set, itself: nesting those two
    blocks cost four more calls and two more objects for every application."""

    __slots__ = ("calendar", "person", "tokens", "zone")

    def __init__(self, person: Person) -> None:
        self.person = person
        self.zone = _zone_of(person.time_zone)
        self.calendar = (person.country, person.region)  # as ``holidays_of`` holds it

    def __enter__(self) -> None:
        self.tokens = (
            _person.set(self.person),
            stages._zone.set(self.zone),
            business_days._country.set(self.calendar),
        )

    def __exit__(self, *exc: object) -> None:
        person, zone, calendar = self.tokens
        business_days._country.reset(calendar)
        stages._zone.reset(zone)
        _person.reset(person)


@lru_cache(maxsize=64)
def _zone_of(name: str) -> ZoneInfo:
    return days_in(name).zone  # the zone ``days_in`` would put in force


NOBODY = Person()
_person: ContextVar[Person | None] = ContextVar("guidance_person", default=None)


def current_person() -> Person:
    """Inside the engine: the person ``advise`` put in force."""
    return _person.get() or NOBODY
