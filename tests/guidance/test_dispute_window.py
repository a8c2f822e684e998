"""A pre-adverse action notice: its dispute window gives the follow-up, a check that the
dispute reached them two business days before the window closes."""

from __future__ import annotations

from datetime import date

import pytest

from interviews.models import RoundKind, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import advice_for, dec, held, living_in, news, nov

pytestmark = pytest.mark.django_db


def _notice(region: str, on: date, respond_by: date):
    app = ApplicationFactory(applied_on=date(2026, 10, 1))
    living_in(app, country="US", region=region)
    held(app, RoundKind.ONSITE, date(2026, 10, 29), is_final=True)
    news(app, UpdateKind.OFFER_WRITTEN, nov(10))
    news(app, UpdateKind.ACCEPTED, nov(12))
    news(app, UpdateKind.BACKGROUND_CHECK, nov(13))
    news(app, UpdateKind.ADVERSE_ACTION_NOTICE, on, respond_by=respond_by)
    return app


def test_the_dispute_is_checked_two_business_days_before_the_window_closes():
    app = _notice("NY", nov(30), dec(7))
    advice = advice_for(app, dec(2))
    assert advice.follow_up_on == dec(3)
    assert advice.reply_expected_by == dec(7)
    check = [step for step in advice.next_steps if step.key == "dispute_confirm"]
    assert check and check[0].due == dec(3)
    assert "your dispute reached them by Thu 3 Dec" in advice.timing


def test_a_holiday_in_the_window_brings_the_check_forward():
    # Presidents' Day, Mon 15 Feb 2027: two business days before Wed 17 Feb is Fri 12 Feb.
    app = _notice("CA", date(2027, 2, 10), date(2027, 2, 17))
    advice = advice_for(app, date(2027, 2, 11))
    assert advice.follow_up_on == date(2027, 2, 12)


def test_once_the_window_has_closed_the_decision_is_theirs():
    app = _notice("NY", nov(30), dec(7))
    advice = advice_for(app, dec(8))
    assert advice.follow_up_on is None
