"""Closed applications: closing steps, nothing stale, nothing invented."""

from __future__ import annotations

from datetime import date

import pytest

from interviews.models import Outcome, RoundKind, Stage, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import (
    SCENARIOS,
    TODAY,
    advice_for,
    dec,
    has_step,
    held,
    living_in,
    news,
    nov,
    scenario,
    step_with,
)

pytestmark = pytest.mark.django_db


def _rejected_by_round(app):
    held(app, RoundKind.ONSITE, nov(20), outcome=Outcome.NOT_SELECTED)


CLOSED_CASES = {
    "rejected by update": (SCENARIOS["closed_rejected"], Stage.REJECTED),
    "not selected after a round": (_rejected_by_round, Stage.REJECTED),
    "withdrew": (SCENARIOS["closed_withdrawn"], Stage.WITHDRAWN),
    "accepted": (SCENARIOS["closed_accepted"], Stage.ACCEPTED),
    "declined": (SCENARIOS["closed_declined"], Stage.DECLINED),
    "rescinded": (SCENARIOS["closed_rescinded"], Stage.RESCINDED),
}


@pytest.mark.parametrize("case", CLOSED_CASES)
def test_closed_applications_get_closing_steps_and_no_follow_ups(case):
    app = ApplicationFactory()
    build, stage = CLOSED_CASES[case]
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(10))
    build(app)
    advice = advice_for(app)
    assert advice.stage == stage
    assert advice.situation == f"closed_{stage.value}"
    assert advice.awaiting_reply is False
    assert advice.follow_up_on is None and advice.reply_expected_by is None
    assert advice.waiting_since is None and advice.window is None
    assert advice.days_waiting is None
    assert (advice.follow_ups_unanswered, advice.quiet, advice.waiting_state) == (0, False, "")
    assert advice.next_steps
    assert not has_step(advice, "note asking where things stand")
    assert not has_step(advice, "thank-you to")


@pytest.mark.parametrize("case", ["rejected by update", "not selected after a round"])
def test_after_a_rejection_reply_graciously_ask_for_feedback_roles_reopen(case):
    app = ApplicationFactory()
    CLOSED_CASES[case][0](app)
    # Closed on Fri 20 Nov: the gracious reply is due within two business days (Tue 24).
    advice = advice_for(app, today=nov(25))
    # Open-ended steps from an earlier day are due today: only deadlines are overdue.
    assert step_with(advice, "Reply briefly and graciously").due == nov(25)
    assert step_with(advice, "feedback").due == nov(25)
    assert has_step(advice, "roles reopen")
    assert advice.timing == "Closed on Fri 20 Nov."
    # A courtesy reply's moment passes a day after it was due; asking for feedback stays.
    later = advice_for(app)
    assert not has_step(later, "Reply briefly and graciously")
    assert step_with(later, "feedback").due == TODAY


def test_an_early_automatic_rejection_does_not_suggest_asking_for_feedback():
    app = ApplicationFactory(applied_on=nov(16))
    news(app, UpdateKind.REJECTED, nov(18))
    advice = advice_for(app)
    assert advice.headline == "Not selected: an early screen-out"
    assert not has_step(advice, "feedback")
    assert has_step(advice, "other applications")


def test_closing_steps_older_than_two_weeks_are_history():
    app = ApplicationFactory(applied_on=date(2026, 9, 1))
    held(app, RoundKind.VIDEO, date(2026, 9, 14))
    news(app, UpdateKind.REJECTED, date(2026, 10, 1))
    advice = advice_for(app)
    assert all(step.due is None for step in advice.next_steps)
    assert has_step(advice, "roles reopen")


def test_accepting_means_confirm_in_writing_and_withdraw_once_conditions_clear():
    advice = scenario("closed_accepted")
    assert (
        step_with(advice, "Confirm your acceptance in writing").due == TODAY
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue
    withdraw = step_with(advice, "withdraw politely from your other processes")
    assert withdraw.text.startswith("Once the offer is signed and its conditions are cleared")
    assert withdraw.due is None
    assert not has_step(advice, "Resign")  # not employed: nothing to resign from


def test_accepting_while_employed_says_when_to_resign():
    app = ApplicationFactory()
    living_in(app, employed=True)
    SCENARIOS["closed_accepted"](app)
    assert has_step(advice_for(app), "only once the offer is signed")


def test_a_role_that_reopens_after_a_rejection_is_active_again():
    app = ApplicationFactory()
    news(app, UpdateKind.REJECTED, nov(10))
    held(app, RoundKind.VIDEO, dec(1), outcome=Outcome.SCHEDULED)
    advice = advice_for(app)
    assert advice.stage == Stage.INTERVIEWING
    assert advice.situation == "round_upcoming"


def test_applying_again_after_a_rejection_waits_on_the_new_application():
    app = ApplicationFactory(applied_on=nov(20))
    held(app, RoundKind.VIDEO, nov(2))
    news(app, UpdateKind.REJECTED, nov(5))
    advice = advice_for(app)
    assert advice.stage == Stage.APPLIED
    assert advice.situation == "applied_waiting"
    assert advice.waiting_since == nov(20)
