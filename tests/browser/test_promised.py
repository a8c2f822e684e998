"""'They'll get back to you by…' in a real browser: a quick pick in the Waiting card's
answer menu, and on the full form from the application page, at a laptop's and a
phone's size."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from interviews.models import StatusUpdate
from interviews.promised import promise_picks
from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import ApplicationFactory, UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def acme(browser):
    user = UserFactory(username="waiter")
    return ApplicationFactory(
        owner=user,
        company="Acme Robotics",
        role="Platform Engineer",
        applied_on=timezone.localdate() - dt.timedelta(days=20),
    )


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_a_quick_pick_goes_with_the_one_click_answer_on_waiting(page, acme, viewport, color_scheme):
    page.set_viewport_size(viewport)
    page.emulate_media(color_scheme=color_scheme)
    log_in(page, "waiter")
    page.goto("/waiting/")
    item = page.locator("article.waiting-item", has_text="Acme Robotics")
    item.get_by_text("Log their answer").click()
    next_week = promise_picks(timezone.localdate())[-1]
    choice = item.get_by_label(
        f"Next week ({next_week.day:%a} {next_week.day.day} {next_week.day:%b})"
    )
    expect(choice).to_be_in_viewport()
    choice.check()
    item.get_by_role("button", name="Moving forward").click()
    expect(item.get_by_role("status")).to_contain_text("They'll get back to you by")
    update = StatusUpdate.objects.get(application=acme)
    assert (update.kind, update.news_by) == ("moving_forward", next_week.day)


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_a_date_of_their_own_from_the_application_page(page, acme, viewport):
    page.set_viewport_size(viewport)
    log_in(page, "waiter")
    page.goto(acme.get_absolute_url())
    page.get_by_role("link", name="Log HR's answer").click()
    page.select_option("#id_kind", "on_hold")
    promised = timezone.localdate() + dt.timedelta(days=30)
    page.get_by_label("Or on this date").fill(promised.isoformat())
    page.get_by_role("button", name="Log update").click()
    page.get_by_text("They'll get back to you by").wait_for()
    assert StatusUpdate.objects.get(application=acme).news_by == promised
