"""Waiting on HR in a real browser: who owes a reply, a draft marked sent, a one-click answer."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from tests.factories import ApplicationFactory, InterviewRoundFactory, UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def waiting_user():
    user = UserFactory(username="waiter")
    application = ApplicationFactory(
        owner=user,
        company="Acme Robotics",
        role="Platform Engineer",
        applied_on=timezone.localdate() - dt.timedelta(days=20),
    )
    InterviewRoundFactory(
        application=application,
        kind="video",
        scheduled_at=timezone.now() - dt.timedelta(days=9),
        interviewers="Sam Lee",
        thank_you_sent_on=timezone.localdate() - dt.timedelta(days=9),
    )
    return user


def test_follow_up_then_one_click_answer(page, waiting_user):
    log_in(page, "waiter")
    page.get_by_role("link", name="Waiting on 1 · 1 due today").click()
    item = page.locator("article.waiting-item", has_text="Acme Robotics")
    assert "Follow up today" in item.inner_text()
    assert "Last contact" in item.inner_text()

    item.get_by_role("link", name="Follow-up").click()
    body = page.locator("#draft-body").input_value()
    assert body.startswith("Hi Dana,") and "Platform Engineer" in body
    page.get_by_role("button", name="Mark as sent today").click()
    page.get_by_text("Marked as sent: follow-up.").wait_for()

    page.goto("/waiting/")
    item = page.locator("article.waiting-item", has_text="Acme Robotics")
    assert "On track" in item.inner_text()
    headline = item.locator(".advice-headline")
    before = headline.inner_text()
    page.evaluate("window.notReloaded = true")
    item.get_by_label("Note (optional)").fill("Recruiter called: next round soon")
    item.get_by_role("button", name="Moving forward").click()
    # htmx swaps the panel in place: the new reading shows without a page load.
    page.wait_for_function(
        "before => document.querySelector('.waiting-item .advice-headline').innerText !== before",
        arg=before,
    )
    assert page.evaluate("window.notReloaded") is True
    assert "Logged: moving forward." in item.inner_text()

    # The board tells the same story: the card carries the new next step, nothing is due.
    page.get_by_role("link", name="Board").click()
    card = page.locator(".board-column.stage-interviewing article", has_text="Acme Robotics")
    assert "Thank them, ask what is next" in card.inner_text()
    assert page.get_by_role("link", name="Waiting on 1 · 0 due today").is_visible()

    page.goto("/applications/")
    page.get_by_role("link", name="Acme Robotics").click()
    assert "Moving forward" in page.locator("ol.timeline").inner_text()
    assert "Recruiter called: next round soon" in page.locator("ol.timeline").inner_text()
