"""Events named for what they are (``guidance.named``, from notes read by
``guidance.note_facts``): a reserve list, a selection waiting on a staff council, a trial
day, an interview they keep moving. Records logged through the one write path; dates in
the person's calendar (TODAY is Fri 27 Nov 2026)."""

from __future__ import annotations

import pytest

from interviews.guidance import Situation
from interviews.models import Outcome, RoundKind, UpdateKind
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
    step_with,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "note",
    [
        "Met the standard, not appointed; on the reserve list for 12 months",
        "Auf der Reserveliste (Nachrücker)",
    ],
)
def test_a_reserve_list_is_a_pass_without_a_post_not_a_hold_to_chase(note):
    app = ApplicationFactory(public_sector=True)
    held(app, on=nov(2))
    news(app, UpdateKind.ON_HOLD, nov(20), note=note)
    advice = advice_for(app)
    assert advice.situation == Situation.ON_HOLD
    assert "reserve list" in advice.headline
    assert advice.follow_up_on is None  # nothing waits on them: no fortnightly chasing
    assert "every two weeks" not in all_text(advice)
    # Their feedback is asked once, the business day after the news; a week on, today.
    assert step_with(advice, "feedback and scores").due == TODAY
    assert has_step(advice, "other campaigns at the same grade")


def test_a_plain_hold_still_checks_in():
    app = ApplicationFactory()
    held(app, on=nov(2))
    news(app, UpdateKind.ON_HOLD, nov(20), note="Budget freeze")
    advice = advice_for(app)
    assert advice.headline.startswith("On hold")
    assert advice.follow_up_on is not None


def test_a_selection_waiting_on_the_staff_council_is_not_another_round():
    app = ApplicationFactory(public_sector=True)
    living_in(app, country="DE", region="RP", employed=True)
    held(app, RoundKind.PANEL, nov(9))
    news(
        app,
        UpdateKind.MOVING_FORWARD,
        nov(18),
        note="Für die Stelle vorgesehen, Zustimmung des Personalrats steht aus",
    )
    advice = advice_for(app)
    text = all_text(advice)
    assert "consent" in advice.headline
    assert "usually another round" not in text
    assert "not another round" in advice.meaning
    assert "do not resign" in text
    # One question about the council's date, not a second "where do things stand" beside it.
    ask = step_with(advice, "when the council meets")
    assert not any(
        "where things stand" in step.text and step.due == ask.due for step in advice.next_steps
    )


def test_a_trial_day_is_a_working_day_with_leave_booked_now():
    app = ApplicationFactory()
    living_in(app, country="DE", region="SH", employed=True)
    held(app, RoundKind.ONSITE, nov(10), outcome=Outcome.ADVANCED)
    booked(app, RoundKind.OTHER, dec(4), interviewers="Team (Probetag)")
    advice = advice_for(app)
    assert advice.headline == "Trial day on Fri 4 Dec: a working day with the team"
    assert step_with(advice, "Book the day off").due == TODAY  # not the day before
    assert step_with(advice, "not work for their customers").due == TODAY
    assert step_with(advice, "Get ready for Fri 4 Dec").due == dec(3)
    assert not has_step(advice, "rework the answers")  # no interview coaching


def test_a_trial_day_named_only_in_the_invitation_is_one_too():
    app = ApplicationFactory()
    news(app, UpdateKind.INVITED, nov(24), note="Probetag 9-17 Uhr, unbezahlt")
    booked(app, RoundKind.OTHER, dec(4), interviewers="")
    advice = advice_for(app)
    assert advice.headline.startswith("Trial day")
    assert not has_step(advice, "Book the day off")  # not employed: no leave to book


def _moved(app, times: int):
    held(app, RoundKind.PHONE_SCREEN, nov(2), outcome=Outcome.ADVANCED)
    for day in (nov(9), nov(16), nov(23))[:times]:
        news(app, UpdateKind.RESCHEDULED, day, note="moved")


@pytest.mark.parametrize("times", [3])
def test_an_interview_moved_three_times_asks_whether_the_role_is_live(times):
    app = ApplicationFactory()
    _moved(app, times)
    advice = advice_for(app)
    assert "still live" in advice.headline
    assert "illness, travel" not in all_text(advice)
    assert step_with(advice, "whether the role is still open").due == TODAY
    assert not has_step(advice, "where things stand")  # the question is the nudge


@pytest.mark.parametrize("times", [1, 2])
def test_fewer_moves_are_a_plain_reschedule(times):
    app = ApplicationFactory()
    _moved(app, times)
    advice = advice_for(app)
    assert "still live" not in advice.headline
    assert has_step(advice, "offer two or three new times")


@pytest.mark.parametrize(("replied_on", "old"), [(nov(13), False), (nov(12), True)])
def test_their_no_decision_yet_is_news_for_two_working_weeks(replied_on, old):
    app = ApplicationFactory()
    held(app, on=nov(2))
    news(app, UpdateKind.REPLIED, replied_on, news_by=dec(11))
    advice = advice_for(app)  # Fri 27 Nov: ten business days after Fri 13 Nov
    assert advice.headline.startswith("No decision yet, by their last word") is old
    assert ("starts a new wait" in advice.timing) is not old
    assert advice.follow_up_on == dec(14)  # the clock is the same either way
