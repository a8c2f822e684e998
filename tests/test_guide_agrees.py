"""The Stage guide and the application page name the same day to follow up after a date
they gave has passed (first-week finding 4): both from the advice's one rule."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from interviews.guidance.clock import PROMISE_GRACE
from interviews.guidance.guide_phrases import AFTER_PROMISE
from interviews.models import Outcome, RoundKind, UpdateKind
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db


def test_the_guide_says_the_day_the_advice_names(owner_client, user):
    assert PROMISE_GRACE == 1, "the words below are for one business day"
    guide = owner_client.get(reverse("interviews:guide")).content.decode()
    assert AFTER_PROMISE in guide
    assert "on the first business day after it" in AFTER_PROMISE
    assert "2 to 3 business days after it" not in guide

    with time_machine.travel(dt.datetime(2026, 12, 2, 12, tzinfo=dt.UTC), tick=False):
        application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
        StatusUpdateFactory(
            application=application,
            kind=UpdateKind.MOVING_FORWARD,
            on=dt.date(2026, 12, 1),
            news_by=dt.date(2026, 12, 4),  # a Friday: the first business day after is Monday
        )
        page = owner_client.get(application.get_absolute_url()).content.decode()
    assert "a short note on Mon 7 Dec is fair" in page


@pytest.mark.parametrize(("day", "shown"), [(7, True), (8, False)])
def test_a_thank_you_shows_as_long_as_the_guide_calls_it_fine(owner_client, user, day, shown):
    # First-week finding 14: a phone screen's thank-you was still "Due today" four or five
    # days after the call, while the guide says a few days late is fine and no more.
    today = dt.date(2026, 12, day)  # Mon 7 Dec: three business days late; Tue 8: four
    guide = owner_client.get(reverse("interviews:guide")).content.decode()
    assert "up to three business days late is still fine" in guide
    with time_machine.travel(dt.datetime.combine(today, dt.time(12), dt.UTC), tick=False):
        application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
        InterviewRoundFactory(  # a morning call on Wed 2 Dec: thanked the same day
            application=application,
            kind=RoundKind.PHONE_SCREEN,
            scheduled_at=dt.datetime(2026, 12, 2, 9, tzinfo=dt.UTC),
            outcome=Outcome.DONE,
        )
        steps = owner_client.get(application.get_absolute_url()).context["steps"]
    assert any(step.key == "thank_you" for step in steps) is shown
