"""The person's region: the settings ask for it, by plain names (a country's territories
under their own heading), while a country with regions has none chosen; without one only
the nationwide holidays count, and no page names the holidays of regions elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from interviews.accounts.models import Profile
from interviews.regions import region_names
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
    assert ASK in page and "some regions of the United Kingdom" in page


# Mon 7 Dec 2026: the Northern Mariana Islands keep Constitution Day on Tue 8 Dec.
@time_machine.travel(dt.datetime(2026, 12, 7, 15, tzinfo=dt.UTC), tick=False)
def test_no_page_names_a_holiday_of_a_region_the_person_does_not_live_in(client, user):
    """Issue #22: "Constitution Day is a public holiday in Northern Mariana Islands" was on
    every application of a man in Austin who had not chosen his state."""
    client.force_login(user)
    settle(user, "US")
    Profile.objects.filter(owner=user).update(time_zone="America/Chicago")
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 12, 4))
    page = client.get(application.get_absolute_url()).content.decode()
    assert "Northern Mariana" not in page and "Constitution Day" not in page
    assert "region-note" not in page


# Mon 4 Jan 2027: an application sent that day waits into the week after Epiphany.
@time_machine.travel(dt.datetime(2027, 1, 4, 12, tzinfo=dt.UTC), tick=False)
def test_without_a_region_only_nationwide_holidays_count(client, user):
    client.force_login(user)
    settle(user, "DE")
    application = ApplicationFactory(owner=user, applied_on=dt.date(2027, 1, 4))
    response = client.get(application.get_absolute_url())
    assert "Epiphany" not in response.content.decode()
    # 6 Jan, kept in Bavaria but not nationwide, is counted as a working day.
    assert response.context["advice"].follow_up_on == dt.date(2027, 1, 18)


@time_machine.travel(dt.datetime(2027, 1, 4, 12, tzinfo=dt.UTC), tick=False)
def test_the_regions_own_holidays_count_once_it_is_set(client, user):
    client.force_login(user)
    settle(user, "DE", "BY")
    application = ApplicationFactory(owner=user, applied_on=dt.date(2027, 1, 4))
    response = client.get(application.get_absolute_url())
    # Bavaria's Epiphany is skipped: the nudge is a business day later.
    assert response.context["advice"].follow_up_on == dt.date(2027, 1, 19)


def test_us_territories_are_apart_from_the_states_and_the_uninhabited_ones_left_out(
    owner_client, user
):
    settle(user, "US")
    choices = (
        owner_client.get(reverse("interviews:settings")).context["form"].fields["region"].choices
    )
    states = dict(choice for choice in choices if isinstance(choice[1], str))
    groups = {heading: dict(names) for heading, names in choices if not isinstance(names, str)}
    assert states["TX"] == "Texas" and states["DC"] == "District of Columbia"
    assert not {"MP", "PR", "GU", "VI", "AS", "UM"} & set(states)
    assert groups == {
        "Territories": {
            "AS": "American Samoa",
            "GU": "Guam",
            "MP": "Northern Mariana Islands",
            "PR": "Puerto Rico",
            "VI": "Virgin Islands, U.S.",
        }
    }


def test_a_territory_can_still_be_chosen_and_an_uninhabited_one_cannot(owner_client, user):
    data = {"time_zone": "America/Puerto_Rico", "week_starts_on": "6", "country": "US"}
    owner_client.post(reverse("interviews:settings"), {**data, "region": "PR"})
    assert Profile.objects.get(owner=user).region == "PR"
    response = owner_client.post(reverse("interviews:settings"), {**data, "region": "UM"})
    assert "region" in response.context["form"].errors  # refused, said beside the field
    assert Profile.objects.get(owner=user).region == "PR"
