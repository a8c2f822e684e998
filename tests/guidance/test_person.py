"""The advice takes the person's calendar as an input: whatever the caller put in force
(nothing, another person's settings, the right ones), the advice is the same."""

from __future__ import annotations

import pytest
from django.utils import timezone

from interviews.guidance import Person, advise
from interviews.models import Application, RoundKind, UpdateKind
from interviews.profiles import activated
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
