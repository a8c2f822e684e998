"""The person's region: the settings ask for it, by plain names, while a country with
regions has none chosen; and an application's page says when a holiday some regions keep
falls within its dates, with a link to choose one."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from interviews.accounts.models import Profile
from interviews.regions import region_names, regional_holiday_between
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

ASK = "Choose your region."


def settle(user, country: str, region: str = "") -> None:
    """The person's country and region (the pages below log in again inside the travelled
    time: a session from today's date would have expired by then)."""
    Profile.objects.filter(owner=user).update(
        country=country, region=region, time_zone="Europe/Berlin"
    )


def test_regions_are_named_plainly_in_english_where_iso_has_it():
    assert region_names("DE")["BY"] == "Bavaria"
    assert region_names("GB") == {
        "ENG": "England",
        "NIR": "Northern Ireland",
        "SCT": "Scotland",
        "WLS": "Wales",
    }
    assert region_names("US")["CA"] == "California"
    assert region_names("IE") == {}


def test_the_choices_are_in_the_order_people_look_for_them(owner_client, user):
    settle(user, "DE")
    form = owner_client.get(reverse("interviews:settings")).context["form"]
    names = [name for _, name in form.fields["region"].choices[1:]]
    assert names == sorted(names, key=str.casefold)
    assert ("BY", "Bavaria") in form.fields["region"].choices


def test_settings_ask_for_the_region_of_a_country_that_has_regions(owner_client, user):
    settle(user, "DE")
    page = owner_client.get(reverse("interviews:settings")).content.decode()
    assert ASK in page
    assert "some regions of Germany" in page
    # Read with the select, as its description.
    assert 'aria-describedby="id_region_helptext"' in page


def test_no_question_once_the_region_is_chosen(owner_client, user):
    settle(user, "DE", "BY")
    page = owner_client.get(reverse("interviews:settings")).content.decode()
    assert ASK not in page


def test_no_question_for_a_country_without_regions(owner_client, user):
    settle(user, "IE")
    page = owner_client.get(reverse("interviews:settings")).content.decode()
    assert ASK not in page
    assert "Your country has no regional holidays to choose." in page


def test_a_form_sent_without_a_region_asks_again(owner_client, user):
    data = {"time_zone": "Europe/Berlin", "week_starts_on": "0", "country": "GB", "region": ""}
    owner_client.post(reverse("interviews:settings"), data)
    page = owner_client.get(reverse("interviews:settings")).content.decode()
    assert ASK in page and "some regions of United Kingdom" in page


def test_a_regional_holiday_between_two_days_names_the_regions_that_keep_it():
    holiday = regional_holiday_between("DE", "", dt.date(2027, 1, 2), dt.date(2027, 1, 12))
    assert holiday is not None
    assert (holiday.day, holiday.name) == (dt.date(2027, 1, 6), "Epiphany")
    assert {"Bavaria", "Baden-Württemberg"} <= set(holiday.regions)
    assert "Berlin" not in holiday.regions
    assert regional_holiday_between("DE", "BE", dt.date(2027, 1, 2), dt.date(2027, 1, 12)) is None
    assert regional_holiday_between("DE", "", dt.date(2027, 1, 7), dt.date(2027, 1, 12)) is None


# Mon 4 Jan 2027: an application sent that day waits into the week after Epiphany.
@time_machine.travel(dt.datetime(2027, 1, 4, 12, tzinfo=dt.UTC), tick=False)
def test_the_page_says_when_a_regional_holiday_falls_within_its_dates(client, user):
    client.force_login(user)
    settle(user, "DE")
    application = ApplicationFactory(owner=user, applied_on=dt.date(2027, 1, 4))
    response = client.get(application.get_absolute_url())
    page = response.content.decode()
    assert "Epiphany (Wed 6 Jan) is a public holiday in Augsburg, Baden-Württemberg, " in page
    assert "which these dates do not skip while your region is not set" in page
    assert f'href="{reverse("interviews:settings")}#id_region"' in page
    # The dates themselves are the nationwide ones: 6 Jan is counted as a working day.
    assert response.context["advice"].follow_up_on == dt.date(2027, 1, 18)


@time_machine.travel(dt.datetime(2027, 1, 4, 12, tzinfo=dt.UTC), tick=False)
def test_the_page_says_nothing_once_the_region_is_set(client, user):
    client.force_login(user)
    settle(user, "DE", "BY")
    application = ApplicationFactory(owner=user, applied_on=dt.date(2027, 1, 4))
    response = client.get(application.get_absolute_url())
    assert "region-note" not in response.content.decode()
    # Bavaria's Epiphany is skipped: the nudge is a business day later.
    assert response.context["advice"].follow_up_on == dt.date(2027, 1, 19)


@time_machine.travel(dt.datetime(2027, 1, 7, 12, tzinfo=dt.UTC), tick=False)
def test_a_holiday_already_past_is_not_mentioned(client, user):
    client.force_login(user)
    settle(user, "DE")
    application = ApplicationFactory(owner=user, applied_on=dt.date(2027, 1, 4))
    assert "region-note" not in client.get(application.get_absolute_url()).content.decode()
