"""The first run in a real browser: sign-up takes the time zone and country from the
browser for the person to confirm, and an interview typed as 11:00 is 11:00 local in the
calendar file. An account made before sign-up asked is asked on its board."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from icalendar import Calendar
from playwright.sync_api import expect

from interviews.accounts.models import Profile
from interviews.models import InterviewRound
from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def fresh_throttles():
    """Each test signs up from the same address: the sign-up throttle starts afresh."""
    cache.clear()


# A fixed moment in summer: New York is on daylight time (UTC-4), Tokyo never is (UTC+9).
ROUND_AT = "2027-07-14T11:00"


def sign_up(page, username: str) -> None:
    page.goto("/accounts/signup/")
    page.fill("#id_username", username)
    page.fill("#id_full_name", "Maya Lindqvist")
    page.fill("#id_email", f"{username}@example.com")
    page.fill("#id_password1", "a-very-long-passphrase")
    page.fill("#id_password2", "a-very-long-passphrase")


@pytest.mark.parametrize(
    ("zone", "locale", "country", "utc_hour"),
    [("America/New_York", "en-US", "US", 15), ("Asia/Tokyo", "ja-JP", "JP", 2)],
)
@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_sign_up_takes_the_browsers_zone_and_a_round_at_11_is_11_local_in_the_ics(
    browser, live_server, viewport, zone, locale, country, utc_hour
):
    context = browser.new_context(
        base_url=live_server.url, viewport=viewport, timezone_id=zone, locale=locale
    )
    page = context.new_page()
    sign_up(page, "maya")
    expect(page.locator("#id_time_zone")).to_have_value(zone)
    expect(page.locator("#id_country")).to_have_value(country)
    expect(page.get_by_text("Filled in from this browser.")).to_be_visible()
    page.get_by_role("button", name="Sign up").click()
    page.get_by_text("Your board is empty").wait_for()
    profile = Profile.objects.get(owner__username="maya")
    assert (profile.time_zone, profile.country, profile.place_confirmed) == (zone, country, True)
    expect(page.get_by_text("Check your name and time zone")).to_have_count(0)

    page.get_by_role("link", name="+ Add your first application").click()
    page.fill("#id_company", "Kestrel Systems")
    page.fill("#id_role", "Data Engineer")
    page.get_by_role("button", name="Add application").click()
    page.get_by_role("link", name="Log a round").click()
    page.select_option("#id_kind", "phone")
    page.fill("#id_scheduled_at", ROUND_AT)
    page.get_by_role("button", name="Log round").click()
    page.get_by_text("Logged the phone interview.").wait_for()

    interview_round = InterviewRound.objects.get(application__company="Kestrel Systems")
    ics = page.request.get(f"/rounds/{interview_round.pk}/calendar.ics")
    event = Calendar.from_ical(ics.body()).walk("VEVENT")[0]
    start = event.decoded("dtstart")
    assert start.utcoffset().total_seconds() == 0 and start.hour == utc_hour
    assert start.astimezone(ZoneInfo(zone)).replace(tzinfo=None) == datetime(2027, 7, 14, 11, 0)
    context.close()


def test_a_form_sent_back_keeps_what_was_chosen_over_the_browsers_guess(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport=LAPTOP, timezone_id="Asia/Tokyo", locale="ja-JP"
    )
    page = context.new_page()
    sign_up(page, "maya")
    page.select_option("#id_time_zone", "Europe/Lisbon")
    page.fill("#id_password2", "not-the-same-passphrase")
    page.get_by_role("button", name="Sign up").click()
    expect(page.locator("#error-summary")).to_be_focused()
    expect(page.locator("#id_time_zone")).to_have_value("Europe/Lisbon")
    context.close()


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_an_account_that_never_confirmed_is_asked_on_its_board(
    browser, live_server, viewport, color_scheme
):
    user = UserFactory(username="early")
    Profile.objects.filter(owner=user).update(place_confirmed=False, time_zone="UTC")
    context = browser.new_context(
        base_url=live_server.url,
        viewport=viewport,
        color_scheme=color_scheme,
        timezone_id="America/New_York",
        locale="en-US",
    )
    page = context.new_page()
    log_in(page, "early")
    card = page.get_by_role("region", name="Check your name and time zone")
    expect(card).to_be_visible()
    expect(card.get_by_label("Time zone")).to_have_value("America/New_York")
    card.get_by_label("Your name").fill("Early Bird")
    card.get_by_role("button", name="These are right").click()
    page.get_by_text("Dates and times now follow America/New_York.").wait_for()
    expect(page.get_by_role("region", name="Check your name and time zone")).to_have_count(0)
    profile = Profile.objects.get(owner=user)
    assert (profile.time_zone, profile.country, profile.full_name) == (
        "America/New_York",
        "US",
        "Early Bird",
    )
    context.close()
