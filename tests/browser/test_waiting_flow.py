"""Waiting on HR in a real browser: who owes a reply, a draft marked sent, a one-click answer."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

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


def counts(page) -> str:
    return page.locator("#waiting-counts").inner_text()


def answer(item, kind: str) -> None:
    item.get_by_text("Log their answer").click()
    item.get_by_role("button", name=kind).click()


def test_follow_up_then_one_click_answer_and_undo(page, waiting_user):
    log_in(page, "waiter")
    page.get_by_role("link", name="Waiting on 1 · 1 to do today").click()
    assert (
        counts(page) == "1 thing to do today: 1 follow-up to send. 1 employer owes you an answer."
    )
    item = page.locator("article.waiting-item", has_text="Acme Robotics")
    # The follow-up fell due on a business day: today, or a few days ago after a weekend.
    assert re.fullmatch(
        r"Follow up today|Overdue \d+ days?", item.locator(".state-label").inner_text()
    )
    assert "Last contact" in item.inner_text()
    # Only the draft that is due now; the others are one link away.
    assert item.get_by_role("link", name="Withdraw your application").count() == 0
    assert item.get_by_role("link", name="Other drafts (1)").is_visible()

    item.get_by_role("link", name="Follow-up").click()
    body = page.locator("#draft-body").input_value()
    assert body.startswith("Hi Dana,") and "Platform Engineer" in body
    page.get_by_role("button", name="Mark as sent today").click()
    # Back on the desk, where the work is.
    page.get_by_text("Marked as sent: follow-up.").wait_for()
    assert page.url.split("?")[0].endswith("/waiting/")
    assert counts(page) == "1 employer owes you an answer."
    item = page.locator("article.waiting-item", has_text="Acme Robotics")
    page.evaluate("window.notReloaded = true")
    answer(item, "Rejected")
    # htmx replaces the whole card and the page's counts in one response, and focus
    # moves to the card's status message.
    item = page.locator("article.waiting-item", has_text="Acme Robotics")
    item.get_by_text("Logged: rejected.").wait_for()
    assert page.evaluate("window.notReloaded") is True
    expect(page.locator("#waiting-counts")).not_to_contain_text("employer owes you")
    # The section headings count the same courts as the sentence (first-week finding 10).
    expect(page.locator("#they-owe-heading")).to_have_text("They owe you 0")
    assert item.locator(".state-label").inner_text().startswith("Rejected")
    # Focus moves once htmx has settled the swap, a moment after the text appears.
    expect(item.get_by_role("status")).to_be_focused()
    expect(item.get_by_role("status")).to_contain_text("Logged: rejected.")

    item.get_by_role("button", name="Undo").click()
    item.get_by_text("Removed: rejected.").wait_for()
    expect(page.locator("#waiting-counts")).to_have_text("1 employer owes you an answer.")
    expect(page.locator("#they-owe-heading")).to_have_text("They owe you 1")
    assert item.get_by_role("button", name="Undo").count() == 0
    assert page.evaluate("window.notReloaded") is True

    answer(item, "Moving forward")
    item.get_by_text("Logged: moving forward.").wait_for()
    # Undo is offered for a few seconds only.
    item.get_by_role("button", name="Undo").wait_for(state="detached", timeout=15_000)

    # The board tells the same story: the card carries the new next step, nothing is due.
    page.get_by_role("link", name="Board").click()
    card = page.locator(".board-column.stage-interviewing article", has_text="Acme Robotics")
    assert "Thank them, ask what is next" in card.inner_text()
    assert page.get_by_role("link", name="Waiting on 1 · 0 to do today").is_visible()

    page.goto("/applications/")
    page.get_by_role("link", name="Acme Robotics").click()
    history = page.locator("ol.timeline").inner_text()
    assert "Moving forward" in history and "Rejected" not in history
