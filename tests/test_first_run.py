"""The first run: sign-up asks for a name, a country and a time zone; an account made
before it asked is asked on the board until the person confirms."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from interviews.accounts.models import Profile, WeekStart
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SIGN_UP = {
    "username": "maya",
    "full_name": "Maya Lindqvist",
    "email": "maya@example.com",
    "password1": "correct-horse-battery",
    "password2": "correct-horse-battery",
    "country": "JP",
    "time_zone": "Asia/Tokyo",
}


def test_sign_up_stores_the_name_country_and_zone_as_confirmed(client):
    response = client.post(reverse("signup"), SIGN_UP)
    assert response.status_code == HTTPStatus.FOUND
    profile = Profile.objects.get(owner__username="maya")
    assert (profile.full_name, profile.country, profile.time_zone) == (
        "Maya Lindqvist",
        "JP",
        "Asia/Tokyo",
    )
    assert profile.place_confirmed
    assert profile.signature == "Maya Lindqvist"


@pytest.mark.parametrize(
    ("field", "value"),
    [("full_name", ""), ("time_zone", "Mars/Olympus"), ("country", "XX"), ("full_name", "a\nb")],
)
def test_sign_up_without_a_name_or_with_an_unknown_zone_is_a_form_error(client, field, value):
    response = client.post(reverse("signup"), {**SIGN_UP, field: value})
    assert response.status_code == HTTPStatus.OK
    assert field in response.context["form"].errors
    assert not get_user_model().objects.exists()


def test_the_sign_up_page_offers_the_browser_guess_and_the_log_in_page_says_what_it_is(client):
    signup = client.get(reverse("signup")).content.decode()
    assert "data-guess-place" in signup
    assert "interviews/first-run" in signup
    login = client.get(reverse("login")).content.decode()
    assert "tells you what to do next, and when" in login


def unconfirmed_client(client):
    user = UserFactory(username="early")
    Profile.objects.filter(owner=user).update(place_confirmed=False, time_zone="UTC")
    client.force_login(user)
    return user


def test_an_account_that_never_confirmed_is_asked_on_the_board(client):
    unconfirmed_client(client)
    page = client.get(reverse("interviews:board")).content.decode()
    assert "Check your name and time zone" in page
    assert "This account still uses UTC." in page
    assert "data-guess-place" in page


def test_confirming_stores_the_zone_and_the_board_stops_asking(client):
    user = unconfirmed_client(client)
    response = client.post(
        reverse("interviews:welcome"),
        {"full_name": "Early Bird", "country": "US", "time_zone": "America/New_York"},
    )
    assert response.status_code == HTTPStatus.FOUND
    profile = Profile.objects.get(owner=user)
    assert (profile.time_zone, profile.country, profile.place_confirmed) == (
        "America/New_York",
        "US",
        True,
    )
    assert (
        "Check your name and time zone"
        not in client.get(reverse("interviews:board")).content.decode()
    )


def test_a_confirmed_account_is_not_asked_and_its_welcome_page_keeps_its_values(client, user):
    client.force_login(user)
    assert (
        "Check your name and time zone"
        not in client.get(reverse("interviews:board")).content.decode()
    )
    page = client.get(reverse("interviews:welcome")).content.decode()
    assert "data-guess-place" not in page


def test_a_bad_confirmation_is_shown_again_with_its_error(client):
    user = unconfirmed_client(client)
    response = client.post(
        reverse("interviews:welcome"), {"full_name": "", "country": "US", "time_zone": "Nowhere"}
    )
    assert response.status_code == HTTPStatus.OK
    assert set(response.context["place"].errors) == {"full_name", "time_zone"}
    assert not Profile.objects.get(owner=user).place_confirmed


def test_welcome_needs_a_log_in_and_refuses_other_methods(client, user):
    assert client.get(reverse("interviews:welcome")).status_code == HTTPStatus.FOUND
    client.force_login(user)
    assert client.delete(reverse("interviews:welcome")).status_code == HTTPStatus.METHOD_NOT_ALLOWED


@pytest.mark.parametrize(
    ("country", "time_zone", "starts_on"),
    [("US", "America/Los_Angeles", 6), ("DE", "Europe/Berlin", 0), ("JP", "Asia/Tokyo", 0)],
)
def test_sign_up_starts_claim_weeks_where_the_agencies_do(client, country, time_zone, starts_on):
    # First-week finding 12: a US seeker's weeks ran Monday to Sunday while most states
    # (the page's own example, Washington) count Sunday to Saturday.
    client.post(reverse("signup"), {**SIGN_UP, "country": country, "time_zone": time_zone})
    assert Profile.objects.get(owner__username="maya").week_starts_on == starts_on


def test_confirming_a_us_place_starts_claim_weeks_on_sunday(client):
    user = unconfirmed_client(client)
    client.post(
        reverse("interviews:welcome"),
        {"full_name": "Early Bird", "country": "US", "time_zone": "America/New_York"},
    )
    assert Profile.objects.get(owner=user).week_starts_on == 6


def test_new_york_counts_monday_to_sunday():
    assert WeekStart.usual_in("US", "NY") == 0
    assert WeekStart.usual_in("US", "WA") == 6
