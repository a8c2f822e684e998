"""The cases reported from a recruiter's read of 74 real situations, each as it must come out.

One test per reported example, in the order they were reported."""

from __future__ import annotations

from datetime import date

import pytest

from interviews.guidance.planning import AT_THE_ROUND
from interviews.models import Outcome, RoundKind, Stage, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import (
    TODAY,
    advice_for,
    all_text,
    booked,
    dec,
    has_step,
    held,
    living_in,
    news,
    nov,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("kind", "stage"),
    [(UpdateKind.REJECTED, Stage.REJECTED), (UpdateKind.WITHDREW, Stage.WITHDRAWN)],
)
def test_a_decision_after_an_onsite_left_scheduled_closes_it(kind, stage):
    app = ApplicationFactory()
    held(app, RoundKind.PHONE, nov(16))
    booked(app, RoundKind.ONSITE, dec(3))
    news(app, kind, TODAY)
    advice = advice_for(app)
    assert advice.stage == stage
    assert "Second interview on Thu 3 Dec" not in advice.headline
    assert advice.questions[0].stale is True


@pytest.mark.parametrize(
    "later",
    [
        lambda app: held(app, RoundKind.LUNCH, nov(25)),
        lambda app: news(app, UpdateKind.REFERENCES_REQUESTED, nov(25)),
    ],
    ids=["a meet-the-team lunch", "a reference request"],
)
def test_a_verbal_offer_stays_an_offer(later):
    app = ApplicationFactory()
    held(app, RoundKind.FINAL, nov(16))
    news(app, UpdateKind.OFFER_VERBAL, nov(20))
    later(app)
    advice = advice_for(app)
    assert advice.stage == Stage.OFFER
    assert "Being interviewed is interest, not an offer" not in all_text(advice)


def test_a_rescinded_accepted_offer_is_its_own_record_and_reading():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_WRITTEN, nov(10))
    news(app, UpdateKind.ACCEPTED, nov(12))
    news(app, UpdateKind.OFFER_RESCINDED, nov(25))
    text = all_text(advice_for(app))
    assert "Offer rescinded" in text
    assert "not selected this time" not in text.lower()
    assert "future roles" not in text


def test_a_written_offer_past_its_deadline_says_call_today():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_WRITTEN, nov(20), respond_by=nov(26))
    advice = advice_for(app)
    assert "call them today" in advice.headline
    assert "you do not have to answer on the spot" not in all_text(advice)


def test_a_verbal_offer_with_a_deadline_shows_it_and_follows_up_before_it():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_VERBAL, nov(25), respond_by=dec(1))
    advice = advice_for(app)
    assert "Tue 1 Dec" in advice.headline
    assert advice.follow_up_on is not None and advice.follow_up_on < dec(1)


def test_their_only_interview_cancelled_asks_to_rebook_from_the_cancellation():
    app = ApplicationFactory(applied_on=nov(2))
    booked(app, RoundKind.VIDEO, nov(20), outcome=Outcome.CANCELLED, cancelled_on=nov(19))
    advice = advice_for(app, nov(20))
    assert advice.headline != "Applied: now it is their move"
    assert advice.situation == "round_cancelled"
    assert advice.follow_up_on >= nov(20)


def test_a_second_follow_up_sent_today_is_not_two_unanswered():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(2))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(16))
    news(app, UpdateKind.FOLLOW_UP_SENT, TODAY)
    advice = advice_for(app)
    assert "Two follow-ups have gone unanswered" not in all_text(advice)
    assert advice.quiet is False


@pytest.mark.parametrize(
    ("country", "round_on", "holiday"),
    [("US", nov(25), nov(26)), ("GB", dec(24), dec(25)), ("DE", dec(31), date(2027, 1, 1))],
    ids=["Thanksgiving", "25 December", "1 January"],
)
def test_nothing_falls_due_on_a_public_holiday(country, round_on, holiday):
    app = ApplicationFactory(applied_on=nov(2))
    living_in(app, country=country)
    held(app, RoundKind.VIDEO, round_on, hour=15)
    advice = advice_for(app, round_on)
    assert all(step.due != holiday for step in advice.next_steps)
    assert advice.thank_you.due != holiday


def test_preparation_is_due_before_the_interview_day():
    app = ApplicationFactory()
    booked(app, RoundKind.VIDEO, dec(2))
    advice = advice_for(app)
    # Questions asked at the interview itself are due on its day (first-week finding 14).
    preparing = [step for step in advice.next_steps if step.key not in AT_THE_ROUND]
    assert all(step.due < dec(2) for step in preparing if step.due)


def test_the_timing_reaches_the_person():
    app = ApplicationFactory()
    held(app, RoundKind.ONSITE, nov(20), reply_promised_by=dec(2))
    advice = advice_for(app)
    assert advice.timing_line == "They promised news by Wed 2 Dec"
    assert has_step(advice, "No news by")
