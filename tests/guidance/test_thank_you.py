"""Thank-you notes: one rule (``planning.thank_you_owed``), read by the steps and the drafts."""

from __future__ import annotations

import pytest

from interviews.models import Outcome, RoundKind
from tests.factories import ApplicationFactory
from tests.guidance.support import TODAY, advice_for, booked, dec, has_step, held, nov, step_with

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("hour", "due"),
    [
        (9, nov(20)),  # a morning interview: thank them the same day
        (15, nov(23)),  # an afternoon on a Friday: Monday
    ],
)
def test_a_thank_you_is_due_the_same_day_after_a_morning_and_the_next_business_day_after(hour, due):
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(20), hour=hour, interviewers="Sam Lee, Ana Ruiz")
    advice = advice_for(app, nov(23))
    thanks = step_with(advice, "thank-you")
    assert thanks.text.startswith("Send a short thank-you to Sam Lee and Ana Ruiz")
    assert thanks.due == max(
        due, nov(23)
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue
    assert advice.thank_you.due == due
    assert advice.thank_you.names == ("Sam Lee", "Ana Ruiz")


def test_no_thank_you_step_once_it_is_sent():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(20), thank_you_sent_on=nov(20))
    advice = advice_for(app, nov(23))
    assert not has_step(advice, "thank-you")
    assert advice.thank_you is None


def test_each_panelist_gets_their_own_thank_you():
    app = ApplicationFactory()
    held(app, RoundKind.PANEL, nov(25), hour=14, interviewers="Ana Ruiz, Lee Park")
    step = step_with(advice_for(app), "panelist")
    assert "(Ana Ruiz and Lee Park)" in step.text
    assert (
        step.due == TODAY
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue


def test_a_thank_you_for_the_last_round_shows_while_preparing_for_the_next():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE, nov(25), hour=14)
    booked(app, RoundKind.ONSITE, dec(1))
    advice = advice_for(app)
    assert [step.due for step in advice.next_steps[:1]] == [
        TODAY
    ]  # an open-ended step from an earlier day is due today: only deadlines are overdue
    assert "thank-you" in advice.next_steps[0].text


def test_no_thank_you_step_weeks_later_or_for_a_take_home():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(2))
    assert not has_step(advice_for(app), "thank-you")
    other = ApplicationFactory()
    held(other, RoundKind.TAKE_HOME, nov(25))
    assert not has_step(advice_for(other), "thank-you")


def test_no_thank_you_after_a_round_they_did_not_pass():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(25), outcome=Outcome.NOT_SELECTED)
    assert advice_for(app).thank_you is None
