"""An interview's time of day where its card stands (first-week finding 11): the board,
the Waiting desk and the application page say "Interview Tue 15 Dec, 11:00", once."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from playwright.sync_api import expect

from interviews.models import Outcome, Stage
from tests.browser.conftest import LAPTOP, PHONE
from tests.factories import ApplicationFactory, InterviewRoundFactory, UserFactory
from tests.support.browser import log_in

pytestmark = pytest.mark.django_db(transaction=True)

NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
LABEL = "Interview Tue 15 Dec, 11:00"


@pytest.fixture
def booked():
    with time_machine.travel(NOW, tick=True):
        user = UserFactory(username="lena")
        application = ApplicationFactory(
            owner=user,
            company="Zalando",
            stage=Stage.INTERVIEWING,
            applied_on=dt.date(2026, 11, 16),
        )
        InterviewRoundFactory(
            application=application,
            scheduled_at=dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC),
            outcome=Outcome.DONE,
            thank_you_sent_on=dt.date(2026, 12, 1),
        )
        InterviewRoundFactory(
            application=application,
            scheduled_at=dt.datetime(2026, 12, 15, 11, tzinfo=dt.UTC),
            outcome=Outcome.SCHEDULED,
        )
        yield application


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_an_interview_card_says_its_time_once(page, booked, viewport):
    page.set_viewport_size(viewport)
    log_in(page, "lena")
    card = page.locator("article", has_text="Zalando").first
    expect(card.locator(".state-label")).to_have_text(LABEL)
    assert card.inner_text().count("Tue 15 Dec") == 1, card.inner_text()

    page.goto(booked.get_absolute_url())
    expect(page.locator(".state-label").first).to_have_text(LABEL)
