"""The employer's clock: reply windows in business days, promises, follow-ups counted
honestly, and when a silence becomes "gone quiet"."""

from __future__ import annotations

from datetime import date

import pytest

from interviews.models import Outcome, RoundKind, Stage, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import (
    TODAY,
    advice_for,
    dec,
    has_step,
    held,
    news,
    nov,
    scenario,
    step_with,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("round_on", "today", "follow_up_on", "expected_by", "days_waiting", "state"),
    [
        # Friday round: the weekend is not counted.
        (nov(20), nov(23), nov(27), dec(4), 1, "on_track"),
        (nov(19), nov(27), nov(26), dec(3), 6, "follow_up"),
        # A round on a Saturday counts like the Friday before it.
        (date(2026, 11, 21), nov(27), nov(27), dec(4), 5, "follow_up"),
        (nov(24), nov(27), dec(1), dec(8), 3, "on_track"),
    ],
)
def test_waiting_after_a_round_is_counted_in_business_days(
    round_on, today, follow_up_on, expected_by, days_waiting, state
):
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, round_on)
    advice = advice_for(app, today)
    assert advice.awaiting_reply is True
    assert advice.waiting_since == round_on
    assert advice.window == (5, 10)
    assert advice.follow_up_on == follow_up_on
    assert advice.reply_expected_by == expected_by
    assert advice.days_waiting == days_waiting
    assert advice.waiting_state == state
    assert step_with(advice, "short, friendly note").due == max(
        follow_up_on, today
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue


def test_after_a_round_the_timing_explains_the_wait_and_the_likely_answers():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(19))
    advice = advice_for(app)
    assert advice.timing.startswith(
        "A reply within about 5 to 10 business days of Thu 19 Nov is normal here, "
        "so by about Thu 3 Dec. If it stays quiet, a short note on Thu 26 Nov is fair."
    )
    assert "A yes usually means another round, references or an offer" in advice.timing
    # The note is due inside the usual window: the card line says why both hold.
    assert advice.timing_line == "A short note now is fair; most reply by Thu 3 Dec"


def test_a_phone_screen_has_a_shorter_window():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE_SCREEN, nov(24))
    advice = advice_for(app)
    assert advice.window == (2, 10)
    assert advice.follow_up_on == dec(1)
    assert "not a promise of a full interview" in advice.not_meaning


@pytest.mark.parametrize(
    ("promised", "follow_up_on", "state"),
    [
        (nov(20), nov(23), "follow_up"),  # Friday promise: follow up Monday
        (nov(26), nov(27), "follow_up"),  # the first business day after it: today
        (dec(1), dec(2), "on_track"),
    ],
)
def test_a_promised_date_sets_the_expected_reply(promised, follow_up_on, state):
    app = ApplicationFactory()
    held(app, RoundKind.ONSITE, nov(16), reply_promised_by=promised)
    advice = advice_for(app)
    assert advice.reply_expected_by == promised
    assert advice.follow_up_on == follow_up_on
    assert advice.waiting_state == state
    day = f"{promised:%a} {promised.day} {promised:%b}"
    assert f"They said they would get back to you by {day}." in advice.timing
    assert advice.timing_line == f"They promised news by {day}"


def test_a_promise_for_a_weekend_is_shown_as_promised_and_read_as_the_next_business_day():
    app = ApplicationFactory()
    held(app, RoundKind.ONSITE, nov(16), reply_promised_by=date(2026, 11, 28))  # a Saturday
    advice = advice_for(app)
    assert advice.reply_expected_by == nov(30)
    assert advice.follow_up_on == dec(1)
    assert (
        "They said they would get back to you by Sat 28 Nov; as that is not a working day, "
        "read it as Mon 30 Nov."
    ) in advice.timing
    assert advice.waiting_state == "on_track"


def test_a_round_marked_advanced_waits_for_next_steps_by_the_promised_date():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(20), outcome=Outcome.ADVANCED, reply_promised_by=nov(25))
    advice = advice_for(app)
    assert advice.situation == "moving_forward"
    assert advice.reply_expected_by == nov(25)
    assert advice.follow_up_on == nov(26)
    assert advice.waiting_state == "follow_up"


# --- Follow-ups, counted honestly ----------------------------------------------------------


def test_one_follow_up_is_unanswered_only_once_its_own_window_has_passed():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(2))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(16))
    # Its window runs to Mon 23 Nov: on that day it is still open, after it unanswered.
    assert advice_for(app, nov(23)).follow_ups_unanswered == 0
    advice = advice_for(app, nov(24))
    assert advice.follow_ups_unanswered == 1
    assert advice.follow_up_on == nov(23)
    assert advice.quiet is False
    assert advice.waiting_state == "follow_up"
    assert step_with(advice, "one last brief note").due == nov(
        24
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue
    assert "You followed up on Mon 16 Nov" in advice.timing


def test_a_second_follow_up_sent_today_is_not_yet_unanswered():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(2))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(16))
    news(app, UpdateKind.FOLLOW_UP_SENT, TODAY)
    advice = advice_for(app)
    assert advice.quiet is False
    assert advice.situation == "after_round_waiting"
    assert advice.follow_ups_unanswered == 1
    assert advice.quiet_from == dec(7)  # the business day after its window ends
    assert "Two follow-ups have gone unanswered" not in advice.meaning
    assert "You have followed up twice; give the last note until Mon 7 Dec" in advice.timing
    assert advice_for(app, dec(4)).quiet is False
    assert advice_for(app, dec(7)).quiet is True


def test_a_recent_follow_up_leaves_the_reply_overdue_until_the_next_nudge():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(9))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(25))
    advice = advice_for(app)
    assert advice.reply_expected_by == nov(23)
    assert advice.follow_up_on == dec(2)
    assert advice.waiting_state == "overdue"


def test_two_unanswered_follow_ups_mean_gone_quiet_not_rejected():
    advice = scenario("gone_quiet")
    assert advice.follow_ups_unanswered == 2
    assert advice.follow_up_on is None
    assert advice.quiet is True
    assert advice.waiting_state == "quiet"
    assert advice.guide_slug == "gone_quiet"
    assert advice.stage == Stage.INTERVIEWING
    assert advice.headline == "Gone quiet: inactive, not rejected"
    assert "Silence is not a formal rejection" in advice.not_meaning
    assert "another candidate" in advice.meaning
    assert not has_step(advice, "short, friendly note")
    assert not has_step(advice, "last note")
    assert all(step.due is None for step in advice.next_steps)


def test_an_employer_reply_answers_earlier_follow_ups():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(2))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(10))
    news(app, UpdateKind.FOLLOW_UP_SENT, nov(13))
    news(app, UpdateKind.MOVING_FORWARD, nov(20))
    advice = advice_for(app)
    assert advice.situation == "moving_forward"
    assert advice.follow_ups_unanswered == 0
    assert advice.quiet is False
    assert advice.follow_up_on == nov(27)


# --- Silence -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("applied_on", "quiet"),
    [(date(2026, 10, 28), True), (date(2026, 10, 29), False)],
)
def test_about_a_month_of_silence_after_applying_is_gone_quiet(applied_on, quiet):
    app = ApplicationFactory(applied_on=applied_on)
    advice = advice_for(app)
    assert advice.quiet is quiet
    assert advice.situation == ("gone_quiet" if quiet else "applied_waiting")
    assert advice.awaiting_reply is True
    if quiet:
        assert advice.follow_up_on is None
        assert advice.meaning.startswith("It has been a month or more without a reply")
        assert has_step(advice, "one short, last note")
        assert advice.timing_line == "Quiet since Wed 28 Oct"


@pytest.mark.parametrize(
    ("round_on", "quiet"),
    [(date(2026, 10, 29), True), (date(2026, 10, 30), False)],
)
def test_more_than_two_weeks_past_the_expected_reply_is_gone_quiet(round_on, quiet):
    # Ten business days for the reply, then more than ten more: 21 business days in all.
    app = ApplicationFactory(applied_on=date(2026, 10, 12))
    held(app, RoundKind.VIDEO, round_on)
    advice = advice_for(app)
    assert advice.quiet is quiet
    assert advice.waiting_state == ("quiet" if quiet else "follow_up")


def test_applied_waits_in_weeks_and_says_so():
    app = ApplicationFactory(applied_on=nov(2))
    advice = advice_for(app, nov(6))
    assert advice.waiting_since == nov(2)
    assert advice.window == (5, 15)
    assert advice.reply_expected_by == nov(23)
    assert advice.follow_up_on == nov(16)
    assert advice.days_waiting == 4
    assert "Large companies and public bodies often take 3 to 4 weeks." in advice.timing


def test_an_acknowledgement_keeps_the_clock_from_the_application():
    app = ApplicationFactory(applied_on=nov(16))
    news(app, UpdateKind.ACKNOWLEDGED, nov(17))
    advice = advice_for(app)
    assert advice.waiting_since == nov(16)
    assert advice.follow_up_on == nov(30)


def test_moving_forward_waits_from_the_news():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, nov(16))
    news(app, UpdateKind.MOVING_FORWARD, nov(20))
    advice = advice_for(app)
    assert advice.awaiting_reply is True
    assert advice.waiting_since == nov(20)
    assert (
        step_with(advice, "ask what the next step is").due == TODAY
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue


def test_on_hold_is_not_a_no_and_checks_in_every_two_weeks():
    advice = scenario("on_hold")
    assert advice.guide_slug == "on_hold"
    assert advice.awaiting_reply is True
    # Held since 20 Nov, the usual answer would fall in mid-December: a week longer; the
    # check-in keeps its two weeks.
    assert advice.window == (10, 25)
    assert advice.follow_up_on == dec(4)
    assert advice.reply_expected_by == dec(25)
    assert "Hiring slows from mid-December into early January" in advice.timing
    assert advice.not_meaning.startswith("On hold is not a no")
    assert "waiting on another candidate's answer" in advice.meaning
    assert advice.timing_line == "Check in every two weeks"
