"""The advice takes the person's calendar as an input: whatever the caller put in force
(nothing, another person's settings, the right ones), the advice is the same."""

from __future__ import annotations

import dataclasses

import pytest
from django.utils import timezone

from interviews.guidance import Advice, Person, advise
from interviews.models import Application, RoundKind, UpdateKind
from interviews.profiles import activated
from interviews.stages import round_day
from tests.guidance.support import TODAY, booked, dec, held, living_in, news, nov

pytestmark = pytest.mark.django_db

# Three calendars whose public holidays fall inside the waits below: Christmas and Boxing
# Day (GB), Christmas Eve's neighbours and 26 December (DE, Bavaria), Thanksgiving (US).
PEOPLE = {
    "GB": {"country": "GB", "region": "ENG", "time_zone": "Europe/London", "employed": True},
    "DE": {"country": "DE", "region": "BY", "time_zone": "Europe/Berlin", "employed": False},
    "US": {"country": "US", "region": "CA", "time_zone": "America/Los_Angeles"},
}


TOKYO = Person(time_zone="Asia/Tokyo", country="JP")


def search(app):
    held(app, RoundKind.PHONE, nov(23), hour=23)  # late evening: the day depends on the zone
    news(app, UpdateKind.MOVING_FORWARD, nov(25))
    booked(app, RoundKind.ONSITE, on=dec(21))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(30))
    return Application.objects.with_records().get(pk=app.pk)


@pytest.mark.parametrize("where", PEOPLE)
def test_advice_is_the_same_with_or_without_the_persons_calendar_activated(application, where):
    profile = living_in(application, **PEOPLE[where])
    fetched = search(application)
    for today in (TODAY, dec(22), dec(24), dec(28)):
        outside = advise(fetched, today=today).as_dict()
        with activated(profile):
            inside = advise(fetched, today=today).as_dict()
        with timezone.override("Pacific/Kiritimati"), TOKYO.in_force():
            elsewhere = advise(fetched, today=today).as_dict()
        given = advise(fetched, today=today, person=Person.of(profile)).as_dict()
        assert outside == inside == elsewhere == given


def test_the_persons_region_counts_its_own_holidays(application):
    """Epiphany (6 Jan) is a holiday in Bavaria, not in Berlin: the region moves the date."""
    held(application, RoundKind.VIDEO, dec(30))
    fetched = Application.objects.with_records().get(pk=application.pk)
    bavaria = Person(time_zone="Europe/Berlin", country="DE", region="BY")
    berlin = Person(time_zone="Europe/Berlin", country="DE", region="BE")
    in_bavaria = advise(fetched, today=dec(31), person=bavaria)
    in_berlin = advise(fetched, today=dec(31), person=berlin)
    assert in_bavaria.follow_up_on > in_berlin.follow_up_on


def test_the_fast_advice_equals_the_constructors_and_needs_every_field(application):
    """``Advice.made`` (the engine's way, without 27 setattr calls) makes the same frozen
    value as the constructor, and refuses a field left out or unknown, as it does."""
    fetched = search(application)
    made = advise(fetched, today=dec(22), person=TOKYO)
    values = {field.name: getattr(made, field.name) for field in dataclasses.fields(Advice)}
    assert made == Advice(**values)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.headline = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError, match="headline"):
        Advice.made(**{name: value for name, value in values.items() if name != "headline"})
    with pytest.raises(TypeError, match="mood"):
        Advice.made(**values, mood="calm")


def test_days_are_read_in_the_persons_zone_inside_the_engine_only(application):
    """The engine reads a round's day in the person's zone without switching Django's;
    outside it, Django's current zone still decides."""
    fetched = search(application)  # a phone call at 23:00 UTC on 23 Nov
    phone = next(r for r in fetched.rounds.all() if r.kind == RoundKind.PHONE)
    with timezone.override("UTC"):
        assert round_day(phone) == nov(23)
        with TOKYO.advising():
            assert round_day(phone) == nov(24)
            assert timezone.get_current_timezone_name() == "UTC"
        assert round_day(phone) == nov(23)
