"""The Stage guide and the application page name the same day to follow up after a date
they gave has passed (first-week finding 4): both from the advice's one rule."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from interviews.guidance.clock import PROMISE_GRACE
from interviews.guidance.guide_phrases import AFTER_PROMISE
from interviews.models import UpdateKind
from tests.factories import ApplicationFactory, StatusUpdateFactory

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
