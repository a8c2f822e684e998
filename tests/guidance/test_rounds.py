"""Interview rounds: preparation, counting visits, the seed's second interviews, and rounds
whose outcome was never logged or that were cancelled."""

from __future__ import annotations

import pytest

from interviews.models import Outcome, RoundKind, Stage, UpdateKind
from interviews.services import record_save
from tests.factories import ApplicationFactory
from tests.guidance.support import (
    TODAY,
    advice_for,
    all_text,
    booked,
    dec,
    has_step,
    held,
    news,
    nov,
    step_with,
)

pytestmark = pytest.mark.django_db

PREP_WORDS = {
    RoundKind.PHONE_SCREEN: "salary expectations",
    RoundKind.PHONE: "quiet spot",
    RoundKind.VIDEO: "camera",
    RoundKind.RECORDED_VIDEO: "eye level",
    RoundKind.ONSITE: "arrive ten minutes early",
    RoundKind.TECHNICAL: "think aloud",
    RoundKind.TAKE_HOME: "time budget",
    RoundKind.PANEL: "who is on the panel",
    RoundKind.GROUP: "build on what others say",
    RoundKind.LUNCH: "easy to eat",
    RoundKind.HIRING_MANAGER: "how success is measured",
    RoundKind.FINAL: "finalist",
    RoundKind.OTHER: "what format to expect",
}


def test_the_prep_table_covers_every_round_kind():
    assert set(PREP_WORDS) == set(RoundKind)


@pytest.mark.parametrize("kind", [kind for kind in RoundKind if kind != RoundKind.TAKE_HOME])
def test_an_upcoming_round_gets_preparation_for_its_kind_the_day_before(kind):
    app = ApplicationFactory()
    upcoming = booked(app, kind, dec(1))
    advice = advice_for(app)
    assert advice.situation == "round_upcoming"
    assert advice.next_round == upcoming
    assert advice.awaiting_reply is False
    assert advice.follow_up_on is None and advice.reply_expected_by is None
    prep = step_with(advice, "Get ready for the")
    assert PREP_WORDS[kind] in prep.text
    assert prep.due == nov(30)  # the business day before Tuesday's round
    assert "Tue 1 Dec" in advice.headline + advice.timing
    expected_slug = {RoundKind.FINAL: "final_round"}.get(kind, kind.value)
    assert advice.guide_slug == expected_slug


@pytest.mark.parametrize(
    ("round_on", "prep_due"),
    [
        (dec(1), nov(30)),  # Tuesday: Monday
        (nov(30), TODAY),  # Monday: the Friday before, which is today
        (TODAY, TODAY),  # booked for today: today, never later
    ],
)
def test_preparation_falls_due_the_business_day_before(round_on, prep_due):
    app = ApplicationFactory()
    booked(app, RoundKind.VIDEO, round_on, hour=16)
    assert step_with(advice_for(app), "Test the link").due == prep_due


def test_a_first_interview_says_to_ask_about_next_steps():
    app = ApplicationFactory()
    booked(app, RoundKind.VIDEO, dec(1))
    advice = advice_for(app)
    assert advice.interview_number == 1
    assert advice.headline == "Your first interview: video interview on Tue 1 Dec"
    assert advice.timing_line == "Interview Tue 1 Dec"
    # Asked at the end of the interview: due on its day, not the day before.
    assert step_with(advice, "ask what the next steps are").due == dec(1)


def test_a_third_interview_is_counted_and_named():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE_SCREEN, nov(9))
    held(app, RoundKind.VIDEO, nov(16))
    booked(app, RoundKind.HIRING_MANAGER, dec(1))
    advice = advice_for(app)
    assert advice.interview_number == 3
    assert advice.headline.startswith("Your third interview")
    assert "By a third interview, few candidates are left." in advice.meaning
    assert has_step(advice, "keep your answers consistent")


def test_a_final_round_says_finalist_and_still_not_an_offer():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE_SCREEN, nov(9))
    held(app, RoundKind.VIDEO, nov(16))
    booked(app, RoundKind.FINAL, dec(1))
    advice = advice_for(app)
    assert advice.guide_slug == "final_round"
    assert "one of a few finalists" in advice.headline
    assert advice.not_meaning.startswith("Still not an offer")


def test_a_take_home_is_not_an_interview_and_shows_its_due_date():
    app = ApplicationFactory()
    booked(app, RoundKind.TAKE_HOME, dec(1))
    advice = advice_for(app)
    assert advice.interview_number == 0
    assert advice.headline == "Take-home assignment due Tue 1 Dec"
    assert advice.timing.startswith("It is due Tue 1 Dec")
    assert advice.timing_line == "Due Tue 1 Dec"


def test_a_round_later_today_is_upcoming_and_one_done_today_is_past():
    app = ApplicationFactory()
    today_round = booked(app, RoundKind.VIDEO, TODAY)
    advice = advice_for(app)
    assert (advice.situation, advice.next_round, advice.last_round) == (
        "round_upcoming",
        today_round,
        None,
    )
    today_round.outcome = Outcome.DONE
    record_save(today_round)
    advice = advice_for(app)
    assert (advice.situation, advice.next_round, advice.last_round) == (
        "after_round_waiting",
        None,
        today_round,
    )


# --- The seed article's second interviews --------------------------------------------------


def _phone_then_onsite(app):
    held(app, RoundKind.PHONE, nov(16))
    booked(app, RoundKind.ONSITE, dec(1))


def _screen_then_onsite_done(app):
    held(app, RoundKind.PHONE_SCREEN, nov(16))
    held(app, RoundKind.ONSITE, nov(24))


def _lunch_then_team_interview(app):
    held(app, RoundKind.LUNCH, nov(16))
    booked(app, RoundKind.PANEL, dec(1), interviewers="Ana Ruiz, Lee Park, Sam Lee")


def _group_then_asked_back(app):
    held(app, RoundKind.GROUP, nov(16))
    booked(app, RoundKind.ONSITE, dec(1))


def _group_then_invited(app):
    held(app, RoundKind.GROUP, nov(16))
    news(app, UpdateKind.INVITED, nov(20))


SEED_CASES = {
    "phone then onsite": (
        _phone_then_onsite,
        "Coming after your phone interview, the onsite interview counts as your second "
        "interview, even if nobody calls it that.",
    ),
    "phone screen then onsite, done": (
        _screen_then_onsite_done,
        "Coming after your phone screen, the onsite interview counts as your second interview",
    ),
    "lunch then a formal interview with the team": (
        _lunch_then_team_interview,
        "After a lunch meeting, a more formal interview with the team counts as your second "
        "interview",
    ),
    "group interview then asked to return": (
        _group_then_asked_back,
        "Being asked back after a group interview counts as your second interview",
    ),
    "group interview then an invitation": (
        _group_then_invited,
        "Being asked back after a group interview counts as your second interview",
    ),
}


def seed_advice(case: str):
    app = ApplicationFactory()
    SEED_CASES[case][0](app)
    return advice_for(app)


@pytest.mark.parametrize("case", SEED_CASES)
def test_the_seed_cases_count_as_a_second_interview(case):
    advice = seed_advice(case)
    assert advice.interview_number == 2
    assert advice.guide_slug == "second_interview"
    assert SEED_CASES[case][1] in advice.meaning
    assert "not an offer" in advice.headline


# The seed's claims, each asserted for each second interview: (field, words).
SEED_CLAIMS = {
    "always a positive step": ("meaning", "a further round is always progress"),
    "more questions are not a risk signal": (
        "not_meaning",
        "going deeper is simply how they run their process, not a hint that they think you "
        "are a risky hire",
    ),
    "no offer is guaranteed": ("not_meaning", "It is not an offer yet: no offer is guaranteed"),
    "status follows from HR or the hiring manager": (
        "meaning",
        "expect to hear from HR or the hiring manager about where you stand",
    ),
    "the status is moving forward": ("meaning", "either they want to continue with you"),
    "or going another route": ("meaning", "or they have chosen to go in a different direction"),
}


@pytest.mark.parametrize("claim", SEED_CLAIMS)
@pytest.mark.parametrize("case", SEED_CASES)
def test_second_interview_advice_states_each_seed_claim(case, claim):
    field_name, words = SEED_CLAIMS[claim]
    assert words in getattr(seed_advice(case), field_name)


def test_a_second_interview_ahead_gets_its_own_preparation_and_the_salary_talk():
    app = ApplicationFactory()
    _phone_then_onsite(app)
    advice = advice_for(app)
    assert step_with(advice, "rework the answers that felt weak").due == nov(30)
    assert step_with(advice, "Pay often comes up in a second round").due == nov(30)


def test_a_phone_screen_alone_is_not_a_second_interview():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE_SCREEN, nov(24))
    advice = advice_for(app)
    assert advice.interview_number == 1
    assert "second interview" not in all_text(advice)


# --- Same-day loops -------------------------------------------------------------------------


def test_an_onsite_loop_on_one_day_is_one_visit():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE, nov(9))
    held(app, RoundKind.TECHNICAL, nov(24), hour=10, interviewers="Ana Ruiz")
    held(app, RoundKind.HIRING_MANAGER, nov(24), hour=13, interviewers="Lee Park")
    held(app, RoundKind.LUNCH, nov(24), hour=12, interviewers="Ana Ruiz, Sam Lee")
    advice = advice_for(app)
    assert advice.interview_number == 2
    assert advice.guide_slug == "second_interview"
    thanks = step_with(advice, "thank-you")
    assert "Ana Ruiz, Sam Lee and Lee Park" in thanks.text
    assert advice.thank_you.due == nov(25)  # the loop ended in the afternoon: the next day
    assert (
        thanks.due == TODAY
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue


def test_interview_number_ignores_cancelled_rounds_and_take_homes():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE, nov(9))
    held(app, RoundKind.TAKE_HOME, nov(11))
    held(app, RoundKind.VIDEO, nov(12), outcome=Outcome.CANCELLED, cancelled_on=nov(10))
    onsite = held(app, RoundKind.ONSITE, nov(24))
    advice = advice_for(app)
    assert advice.interview_number == 2
    assert advice.last_round == onsite
    assert advice.guide_slug == "second_interview"
    assert "Coming after your phone interview, the onsite interview" in advice.meaning


# --- Outcomes never logged, and bookings left behind ------------------------------------------


def test_a_past_round_still_booked_is_read_as_done_and_asked_about():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE, nov(9))
    onsite = booked(app, RoundKind.ONSITE, nov(24))
    advice = advice_for(app)
    assert advice.next_round is None
    assert advice.situation == "after_round_waiting"
    assert advice.headline == "Second interview done: a good sign, not an offer"
    assert [(q.text, q.round, q.stale) for q in advice.questions] == [
        ("How did the onsite interview on Tue 24 Nov go?", onsite, False)
    ]
    assert advice.waiting_since == nov(24)


def test_a_round_booked_ahead_on_a_closed_application_asks_to_cancel_it():
    app = ApplicationFactory()
    held(app, RoundKind.PHONE, nov(16))
    onsite = booked(app, RoundKind.ONSITE, dec(3))
    news(app, UpdateKind.REJECTED, TODAY)
    advice = advice_for(app)
    assert advice.stage == Stage.REJECTED
    assert advice.next_round is None
    assert [(q.text, q.round, q.stale) for q in advice.questions] == [
        ("The onsite interview on Thu 3 Dec is still booked: cancel it?", onsite, True)
    ]


# --- Cancellations ---------------------------------------------------------------------------


def test_their_cancellation_without_a_new_date_asks_to_rebook():
    app = ApplicationFactory(applied_on=nov(2))
    booked(app, RoundKind.VIDEO, dec(3), outcome=Outcome.CANCELLED, cancelled_on=nov(25))
    advice = advice_for(app)
    assert advice.situation == "round_cancelled"
    assert advice.guide_slug == "rescheduled"
    assert advice.headline == "Interview cancelled by them: ask to rebook"
    assert "A cancellation is not a no" in advice.not_meaning
    assert advice.waiting_since == nov(25)  # the clock starts from the cancellation
    assert advice.follow_up_on == nov(30)
    assert advice.follow_up_on >= TODAY
    assert step_with(advice, "offer two or three new times").due == TODAY
    assert advice.next_round is None
    assert advice.interview_number == 0


def test_a_new_booking_after_a_cancellation_is_what_counts():
    app = ApplicationFactory()
    booked(app, RoundKind.VIDEO, nov(25), outcome=Outcome.CANCELLED, cancelled_on=nov(24))
    upcoming = booked(app, RoundKind.VIDEO, dec(2))
    advice = advice_for(app)
    assert advice.situation == "round_upcoming"
    assert advice.next_round == upcoming


def test_a_reschedule_logged_as_news_waits_for_the_new_date():
    advice_app = ApplicationFactory()
    held(advice_app, RoundKind.PHONE, nov(16))
    news(advice_app, UpdateKind.RESCHEDULED, nov(25))
    advice = advice_for(advice_app)
    assert advice.situation == "rescheduled"
    assert advice.stage == Stage.INTERVIEWING
    assert (
        step_with(advice, "offer two or three new times").due == TODAY
    )  # an open-ended step from an earlier day is due today: only deadlines are overdue
    assert has_step(advice, "Once a new date is booked")
