"""Insights with little data, as in a first week (finding 7 of the first-week report):
no sideways scrolling on a phone, and every chart drawn so a person can read it."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from interviews.models import Outcome, UpdateKind
from tests.browser.conftest import PHONE
from tests.factories import (
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
    UserFactory,
)
from tests.support.charts import charts_drawn, log_in

pytestmark = pytest.mark.django_db(transaction=True)

NOW = dt.datetime(2026, 12, 7, 11, 0, tzinfo=dt.UTC)


@pytest.fixture
def first_week():
    with time_machine.travel(NOW, tick=True):
        user = UserFactory(username="searcher")
        companies = ("Nordlicht Software", "Müller & Söhne Logistik", "Brightwave Health")
        for day, company in zip((16, 20, 30), companies, strict=True):
            application = ApplicationFactory(
                owner=user, company=company, applied_on=dt.date(2026, 11, day)
            )
            StatusUpdateFactory(
                application=application, kind=UpdateKind.INVITED, on=dt.date(2026, 12, 2)
            )
            InterviewRoundFactory(
                application=application,
                scheduled_at=dt.datetime(2026, 12, 3, 10, tzinfo=dt.UTC),
                outcome=Outcome.DONE,
            )
        yield user


def test_insights_with_little_data_fit_a_phone(page, first_week):
    page.set_viewport_size(PHONE)
    log_in(page, "searcher")
    page.goto("/insights/")
    charts_drawn(page)
    wide = page.evaluate(
        """() => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5)"""
    )
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0, wide
