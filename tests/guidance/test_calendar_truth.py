"""The person's calendar: public holidays of their country, their time zone, the slow weeks
at the year's end and the slower pace of public bodies."""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest
from django.utils import timezone

from interviews.models import RoundKind, Source, UpdateKind
from tests.factories import ApplicationFactory, InterviewRoundFactory
from tests.guidance.support import advice_for, dec, held, living_in, news, nov, step_with

pytestmark = pytest.mark.django_db


# A thank-you after an afternoon interview falls due the next business day, and the first
# follow-up five business days after it; holidays move both.
@pytest.mark.parametrize(
    ("country", "round_on", "thank_you_due", "follow_up_on"),
    [
        # US: Thanksgiving, Thursday 26 November.
        ("US", nov(25), nov(27), dec(3)),
        ("", nov(25), nov(26), dec(2)),
        # UK: the early May bank holiday, Monday 4 May 2026.
        ("GB", date(2026, 5, 1), date(2026, 5, 5), date(2026, 5, 11)),
        ("DE", date(2026, 5, 1), date(2026, 5, 4), date(2026, 5, 8)),
        # Germany: Labour Day, Friday 1 May 2026.
        ("DE", date(2026, 4, 30), date(2026, 5, 4), date(2026, 5, 8)),
        ("GB", date(2026, 4, 30), date(2026, 5, 1), date(2026, 5, 8)),
        # US at the year's end: New Year's Day is no business day.
        ("US", date(2026, 12, 31), date(2027, 1, 4), date(2027, 1, 8)),
    ],
)
def test_holidays_are_not_business_days(country, round_on, thank_you_due, follow_up_on):
    app = ApplicationFactory(applied_on=date(2026, 4, 1))
    living_in(app, country=country)
    held(app, RoundKind.VIDEO, round_on, hour=15)
    advice = advice_for(app, round_on)
    assert advice.thank_you.due == thank_you_due
    assert advice.follow_up_on == follow_up_on


def test_a_promise_on_a_holiday_is_read_as_the_next_business_day():
    app = ApplicationFactory(applied_on=nov(2))
    living_in(app, country="US")
    held(app, RoundKind.ONSITE, nov(20), reply_promised_by=nov(26))
    advice = advice_for(app, nov(24))
    assert advice.reply_expected_by == nov(27)
    assert "by Thu 26 Nov; as that is not a working day, read it as Fri 27 Nov" in advice.timing


@pytest.mark.parametrize(
    ("time_zone", "day"),
    [("America/Los_Angeles", nov(30)), ("Asia/Tokyo", dec(1)), ("UTC", dec(1))],
)
def test_an_interview_is_on_the_day_it_is_where_the_person_lives(time_zone, day):
    app = ApplicationFactory()
    living_in(app, time_zone=time_zone)
    moment = dt.datetime(2026, 12, 1, 2, 30, tzinfo=dt.UTC)  # 18:30 the day before in LA
    InterviewRoundFactory(application=app, scheduled_at=moment, outcome="scheduled")
    advice = advice_for(app)
    assert advice.next_round.scheduled_at == moment
    assert f"{day.day} " in advice.headline and day.strftime("%b") in advice.headline


def test_the_year_end_slowdown_lengthens_the_wait_and_says_so():
    app = ApplicationFactory()
    held(app, RoundKind.VIDEO, dec(14), hour=15)
    advice = advice_for(app, dec(15))
    assert advice.window == (5, 15)
    assert "Hiring slows from mid-December into early January" in advice.timing


def test_a_public_sector_employer_gets_a_longer_window_said_in_words():
    app = ApplicationFactory(applied_on=date(2026, 10, 12), public_sector=True)
    held(app, RoundKind.PANEL, nov(2), hour=15)
    advice = advice_for(app, nov(9))
    assert advice.window == (5, 20)
    assert advice.follow_up_on == nov(23)
    assert "Public-sector employers often take weeks per stage" in advice.timing


def test_an_offer_deadline_counts_down_in_calendar_days():
    app = ApplicationFactory()
    news(app, UpdateKind.OFFER_WRITTEN, nov(25), respond_by=nov(28))
    advice = advice_for(app)
    assert advice.timing_line == "Answer by Sat 28 Nov (tomorrow)"
    assert step_with(advice, "Give your answer").due == nov(28)


def test_times_are_read_in_the_current_zone():
    app = ApplicationFactory()
    living_in(app, time_zone="Europe/Berlin")
    InterviewRoundFactory(
        application=app,
        scheduled_at=timezone.make_aware(dt.datetime(2026, 11, 30, 23, 30), dt.UTC),
        outcome="scheduled",
    )
    assert "Tue 1 Dec" in advice_for(app).headline


@pytest.mark.parametrize("country", ["DE", "GB", ""])
def test_no_nudge_falls_due_while_most_teams_are_away_whatever_the_wait(application, country):
    """A wait that began well before the slow weeks still never asks for a note on 24
    December: the last follow-up moves to the first business day after the break, and the
    advice says why."""
    living_in(application, country=country)
    held(application, RoundKind.VIDEO, nov(20))
    news(application, UpdateKind.FOLLOW_UP_SENT, dec(17))
    advice = advice_for(application, today=dec(18))
    assert advice.follow_up_on == date(2027, 1, 5)
    assert "many teams are away" in advice.timing


def test_an_agency_submission_gets_the_recruiters_pace_and_advice():
    app = ApplicationFactory(
        applied_on=dec(3), source=Source.RECRUITER, contact_name="Markus Weber"
    )
    living_in(app, country="DE", region="BY")
    advice = advice_for(app, today=dec(7))
    # Five business days: a week on, whatever the slow weeks do to the reply.
    assert advice.follow_up_on == dec(10)
    assert "A recruiter usually hears from the client within a few days" in advice.timing
    step_with(advice, "Ask Markus Weber to check with you before sending your CV")
    direct = ApplicationFactory(owner=app.owner, applied_on=dec(3), source=Source.JOB_BOARD)
    assert advice_for(direct, today=dec(7)).follow_up_on == dec(17)
