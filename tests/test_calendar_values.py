"""A person's time zone, country and region are checked in one place (the model's
validators), so the settings form, the admin and a restored backup refuse the same
values with the field named; a value stored unchecked by an older version falls back
safely instead of making every page a 500."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from interviews.accounts.models import Profile
from interviews.exchange.backup import backup_document
from interviews.exchange.restore import RestoreError, restore
from interviews.forms import ProfileForm
from interviews.guidance.person import Person
from interviews.profiles import activated, profile_of, zone_of
from interviews.services import profile_save
from tests.factories import ApplicationFactory, UserFactory
from tests.support.backup import stored

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"time_zone": "Mars/Olympus_Mons"}, "time_zone"),
        ({"time_zone": "europe/london"}, "time_zone"),
        ({"country": "XX"}, "country"),
        ({"country": "GB", "region": "CA"}, "region"),
        ({"country": "US", "region": "Bavaria"}, "region"),
    ],
)
def test_a_backup_with_an_unknown_calendar_value_is_refused_naming_the_field(user, change, field):
    ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 2))
    document = backup_document(user)
    document["profile"].update(change)
    target = UserFactory(username="target")
    ApplicationFactory(owner=target, company="Already here", applied_on=dt.date(2026, 11, 2))
    before = stored(target)
    with pytest.raises(RestoreError, match=field):
        restore(target, document)
    assert stored(target) == before


def test_a_backup_with_a_known_region_is_restored(user):
    document = backup_document(user)
    document["profile"].update(country="DE", region="BY", time_zone="Europe/Berlin")
    restore(UserFactory(username="target"), document)
    profile = Profile.objects.get(owner__username="target")
    assert (profile.country, profile.region, profile.time_zone) == ("DE", "BY", "Europe/Berlin")


@pytest.mark.parametrize(
    "change",
    [{"time_zone": "Mars/Olympus_Mons"}, {"country": "XX"}, {"region": "ZZ"}],
)
def test_the_model_refuses_what_the_restore_refuses(user, change):
    profile = profile_of(user)
    profile.country = "US"  # the factories' profile has none: weekends only
    for name, value in change.items():
        setattr(profile, name, value)
    with pytest.raises(ValidationError) as refused:
        profile.full_clean()
    assert set(refused.value.message_dict) == set(change)


def test_changing_country_in_the_settings_form_drops_the_old_countrys_region(user):
    Profile.objects.filter(owner=user).update(country="US", region="CA")
    profile = Profile.objects.get(owner=user)
    data = {
        "full_name": "",
        "country": "DE",
        "time_zone": "Europe/Berlin",
        "week_starts_on": "0",
    }
    form = ProfileForm(data, instance=profile)
    assert form.is_valid(), form.errors
    profile_save(form.save(commit=False))
    profile.refresh_from_db()
    assert (profile.country, profile.region) == ("DE", "")


def spoil(user, **values) -> None:
    """Store values as an older version did: unchecked, straight into the table."""
    Profile.objects.filter(pk=profile_of(user).pk).update(**values)


@pytest.mark.parametrize(
    "values",
    [
        {"time_zone": "Mars/Olympus_Mons"},
        {"country": "XX"},
        {"time_zone": "Nowhere", "country": "ZZ", "region": "QQ"},
    ],
)
@pytest.mark.parametrize(
    "name",
    [
        "interviews:board",
        "interviews:settings",
        "interviews:waiting",
        "interviews:worklog",
        "interviews:insights",
        "interviews:application_create",
    ],
)
def test_pages_open_when_the_stored_calendar_is_unknown(owner_client, user, values, name):
    ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 2))
    spoil(user, **values)
    assert owner_client.get(reverse(name)).status_code == HTTPStatus.OK


def test_the_api_and_log_out_work_with_an_unknown_stored_time_zone(owner_client, user):
    spoil(user, time_zone="Mars/Olympus_Mons", country="XX")
    assert owner_client.get("/api/applications").status_code == HTTPStatus.OK
    response = owner_client.post(reverse("logout"))
    assert response.status_code == HTTPStatus.FOUND


def test_the_settings_form_mends_an_unknown_stored_value(owner_client, user):
    spoil(user, time_zone="Mars/Olympus_Mons")
    assert owner_client.get(reverse("interviews:settings")).status_code == HTTPStatus.OK
    data = {"full_name": "", "country": "GB", "time_zone": "Europe/London", "week_starts_on": "0"}
    owner_client.post(reverse("interviews:settings"), data)
    assert Profile.objects.get(owner=user).time_zone == "Europe/London"


def test_an_unknown_stored_value_falls_back_to_the_sites_zone_and_no_holidays(user, settings):
    spoil(user, time_zone="Mars/Olympus_Mons", country="XX", region="QQ")
    profile = Profile.objects.get(owner=user)
    assert zone_of(profile) == settings.TIME_ZONE
    assert (Person.of(profile).country, Person.of(profile).region) == ("", "")
    with activated(profile):
        pass


def test_an_unknown_stored_region_falls_back_to_the_whole_country(user):
    spoil(user, time_zone="Europe/Berlin", country="DE", region="CA")
    person = Person.of(Profile.objects.get(owner=user))
    assert (person.time_zone, person.country, person.region) == ("Europe/Berlin", "DE", "")
