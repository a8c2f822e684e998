"""The page's frame in a real browser, as a new user met it in the first week: times
labelled with their zone when the device is elsewhere, and a laptop navigation that stays
on one line when e-mail is waiting for review."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from interviews.accounts.models import Profile
from interviews.hrmail.models import MailSuggestion
from interviews.services import profile_save
from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def lena(time_zone: str = "Europe/Berlin"):
    user = UserFactory(username="lena.hoffmann")
    profile = Profile.objects.get(owner=user)
    profile.time_zone, profile.country = time_zone, "DE"
    profile_save(profile)
    return user


def page_in(browser, live_server, zone: str, viewport=LAPTOP):
    context = browser.new_context(base_url=live_server.url, viewport=viewport, timezone_id=zone)
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


@pytest.mark.parametrize(
    ("device", "said"),
    [("America/Chicago", True), ("Europe/Berlin", False), ("Europe/Rome", False)],
)
def test_away_from_home_the_page_says_which_zone_its_times_are_in(
    browser, live_server, device, said
):
    lena()
    context, page = page_in(browser, live_server, device)
    log_in(page, "lena.hoffmann")
    note = page.locator("[data-zone-away]")
    if said:
        expect(note).to_be_visible()
        expect(note).to_contain_text("Times here are Europe/Berlin time")
        expect(note).to_contain_text("this device is on America/Chicago time")
    else:  # at home, or in a zone whose clock reads the same
        expect(note).to_be_hidden()
    context.close()


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_the_navigation_keeps_each_link_on_one_line_with_email_to_review(
    browser, live_server, viewport
):
    user = lena()
    for key in ("a", "b"):
        MailSuggestion.objects.create(owner=user, message_key=key, kind="rejected")
    context, page = page_in(browser, live_server, "Europe/Berlin", viewport)
    log_in(page, "lena.hoffmann")
    if viewport == PHONE:
        page.get_by_role("button", name="Toggle navigation").click()
    links = page.locator("#nav .nav-link")
    expect(page.get_by_role("link", name="E-mail to review 2")).to_be_visible()
    heights = [links.nth(i).bounding_box()["height"] for i in range(links.count())]
    # One line of text each: no link is taller than the shortest by a second line.
    assert max(heights) < 1.5 * min(heights), heights
    if viewport == LAPTOP:
        tops = {round(links.nth(i).bounding_box()["y"]) for i in range(links.count())}
        assert len(tops) == 1, "every link on the one bar"
    add = page.locator("#add-application").bounding_box()
    assert add["x"] + add["width"] <= viewport["width"], "+ Add stays on the screen"
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") == 0
    context.close()
