"""Logging what happened, as the first week lived it (first-week findings 5 and 7), at a
laptop's and a phone's size, light and dark, on Wednesday 9 December 2026.

- The quick picks for "They'll get back to you by…" count from the update's date as
  typed, and change with it without a reload; a logged update has an Edit.
- An interview booked two days ahead can't be saved as done."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from playwright.sync_api import expect

from interviews.models import Outcome, StatusUpdate
from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import ApplicationFactory, InterviewRoundFactory, UserFactory
from tests.support.axe import assert_no_violations
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)

NOW = dt.datetime(2026, 12, 9, 15, 0, tzinfo=dt.UTC)
SIZES = [
    pytest.param(LAPTOP, "light", id="laptop-light"),
    pytest.param(PHONE, "dark", id="phone-dark"),
]


@pytest.fixture
def brightline():
    with time_machine.travel(NOW, tick=True):
        user = UserFactory(username="marcus")
        application = ApplicationFactory(
            owner=user, company="Brightline", applied_on=dt.date(2026, 11, 30)
        )
        InterviewRoundFactory(
            application=application,
            scheduled_at=dt.datetime(2026, 12, 11, 10, 0, tzinfo=dt.UTC),
            outcome=Outcome.SCHEDULED,
        )
        yield application


@pytest.mark.parametrize(("viewport", "scheme"), SIZES)
def test_the_picks_follow_the_updates_date_and_an_update_can_be_edited(
    page, brightline, viewport, scheme
):
    page.set_viewport_size(viewport)
    page.emulate_media(color_scheme=scheme)
    log_in(page, "marcus")
    page.goto(f"/applications/{brightline.pk}/updates/new/?kind=replied")
    expect(page.get_by_label("End of this week (Fri 11 Dec)")).to_be_visible()
    page.locator("#id_on").fill("2026-12-03")  # HR called last Thursday
    this_week = page.get_by_label("End of this week (Fri 4 Dec)")
    expect(this_week).to_be_visible()
    expect(page.get_by_label("Next week (Fri 11 Dec)")).to_be_visible()
    assert_no_violations(page)
    this_week.check()
    page.get_by_role("button", name="Log update").click()
    expect(page.get_by_text("They said you would hear by Fri 4 Dec.")).to_be_visible()
    assert StatusUpdate.objects.get(application=brightline).news_by == dt.date(2026, 12, 4)

    page.get_by_role("link", name="Edit they replied: no decision yet of 3 Dec").click()
    page.get_by_label("Next week (Fri 11 Dec)").check()
    page.get_by_role("button", name="Save update").click()
    expect(page.get_by_text("They said you would hear by Fri 11 Dec.")).to_be_visible()
    assert StatusUpdate.objects.get(application=brightline).news_by == dt.date(2026, 12, 11)


@pytest.mark.parametrize(("viewport", "scheme"), SIZES)
def test_an_interview_ahead_cannot_be_saved_as_done(page, brightline, viewport, scheme):
    page.set_viewport_size(viewport)
    page.emulate_media(color_scheme=scheme)
    log_in(page, "marcus")
    page.goto(brightline.get_absolute_url())
    page.get_by_role("link", name="Edit or set outcome").click()
    page.select_option("#id_outcome", "done")
    page.get_by_role("button", name="Save round").click()
    expect(
        page.get_by_text("still ahead: log how it went once it has happened.").first
    ).to_be_visible()
    assert_no_violations(page)
    assert brightline.rounds.get().outcome == Outcome.SCHEDULED


@pytest.mark.parametrize(("viewport", "scheme"), SIZES)
def test_an_interview_earlier_today_asks_how_it_went(page, brightline, viewport, scheme):
    with time_machine.travel(NOW, tick=True):
        personio = ApplicationFactory(
            owner=brightline.owner, company="Personio", applied_on=dt.date(2026, 11, 20)
        )
        InterviewRoundFactory(
            application=personio,
            scheduled_at=dt.datetime(2026, 12, 9, 10, 30, tzinfo=dt.UTC),
            outcome=Outcome.SCHEDULED,
        )
    page.set_viewport_size(viewport)
    page.emulate_media(color_scheme=scheme)
    log_in(page, "marcus")
    card = page.locator("article", has_text="Personio").first
    expect(card).to_contain_text("Interview earlier today, 10:30")
    expect(card).to_contain_text("Log how it went")
    expect(card).not_to_contain_text("Prepare")
    page.goto(personio.get_absolute_url())
    page.get_by_role("button", name="Done, waiting to hear").click()
    expect(page.get_by_text("Logged the video interview: done, waiting to hear.")).to_be_visible()
    assert_no_violations(page)
