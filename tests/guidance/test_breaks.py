"""The breaks (``guidance.breaks``): US Thanksgiving week and the new year. A nudge after a
date they promised, or a call about an offer, goes out on the first business day back; a
note on a plain silence that fell due in the break waits for the second, after the day
people catch up. Dates in 2025 for the new year, so no record reads as typed in late."""

from __future__ import annotations

from datetime import date

import pytest

from interviews.models import Outcome, RoundKind, UpdateKind
from tests.factories import ApplicationFactory
from tests.guidance.support import advice_for, held, living_in, news, nov

pytestmark = pytest.mark.django_db


def test_a_promise_that_lands_in_thanksgiving_week_waits_out_the_week():
    app = ApplicationFactory(applied_on=nov(2))
    living_in(app, country="US", region="TX")
    held(app, RoundKind.ONSITE, nov(20), reply_promised_by=nov(24))
    advice = advice_for(app, nov(25))
    # The business day after Tue 24 Nov is the day before Thanksgiving: Mon 30 Nov instead.
    assert advice.follow_up_on == nov(30)
    assert "Thanksgiving week is short" in advice.timing


def test_outside_the_us_thanksgiving_week_is_an_ordinary_week():
    app = ApplicationFactory(applied_on=nov(2))
    living_in(app, country="GB", region="ENG")
    held(app, RoundKind.ONSITE, nov(20), reply_promised_by=nov(24))
    advice = advice_for(app, nov(25))
    assert advice.follow_up_on == nov(25)
    assert "Thanksgiving" not in advice.timing


def test_a_note_on_a_silence_due_in_thanksgiving_week_goes_after_the_catch_up_day():
    app = ApplicationFactory(applied_on=nov(10))
    living_in(app, country="US", region="NJ")
    # Ten business days after Tue 10 Nov (Veterans Day off) is Wed 25 Nov.
    advice = advice_for(app, nov(20))
    assert advice.follow_up_on == date(2026, 12, 1)


def _second_round_on_15_december(region: str):
    app = ApplicationFactory(applied_on=date(2025, 11, 17))
    living_in(app, country="GB", region=region)
    held(app, RoundKind.PHONE_SCREEN, date(2025, 11, 28), outcome=Outcome.ADVANCED)
    held(app, RoundKind.VIDEO, date(2025, 12, 15), hour=15)
    return app


@pytest.mark.parametrize(
    ("region", "follow_up_on"),
    [
        # Scotland keeps 2 January: back on Mon 5 Jan, the note on Tue 6 Jan.
        ("SCT", date(2026, 1, 6)),
        # England is back on Fri 2 Jan: the note on Mon 5 Jan.
        ("ENG", date(2026, 1, 5)),
    ],
)
def test_a_note_on_a_silence_over_the_new_year_waits_for_the_second_day_back(region, follow_up_on):
    app = _second_round_on_15_december(region)
    advice = advice_for(app, date(2025, 12, 17))
    assert advice.follow_up_on == follow_up_on
    assert "away from Christmas Eve to New Year's Day" in advice.timing


def test_a_promise_for_the_days_before_christmas_is_chased_the_day_after_it():
    app = ApplicationFactory(applied_on=date(2025, 10, 13), public_sector=True)
    living_in(app, country="GB", region="NIR")
    held(app, RoundKind.PANEL, date(2025, 11, 24), reply_promised_by=date(2025, 12, 22))
    advice = advice_for(app, date(2025, 12, 18))
    assert advice.follow_up_on == date(2025, 12, 23)


@pytest.mark.parametrize(
    ("region", "call_on"), [("SCT", date(2026, 1, 5)), ("ENG", date(2026, 1, 2))]
)
def test_a_late_written_offer_is_called_about_on_the_first_day_back(region, call_on):
    app = ApplicationFactory(applied_on=date(2025, 11, 3))
    living_in(app, country="GB", region=region, employed=True)
    held(app, RoundKind.ONSITE, date(2025, 12, 8), outcome=Outcome.ADVANCED)
    news(app, UpdateKind.OFFER_VERBAL, date(2025, 12, 16), news_by=date(2025, 12, 23))
    advice = advice_for(app, date(2025, 12, 30))
    assert advice.follow_up_on == call_on
    assert advice.next_steps[0].key != "offer_chase_now"


def test_a_final_called_off_gets_one_plain_question_then_a_week():
    app = ApplicationFactory(applied_on=date(2025, 10, 27))
    living_in(app, country="DE", region="HE", employed=True)
    held(app, RoundKind.VIDEO, date(2025, 11, 10), outcome=Outcome.ADVANCED)
    held(
        app,
        RoundKind.FINAL,
        date(2025, 12, 11),
        is_final=True,
        outcome=Outcome.CANCELLED,
        cancelled_on=date(2025, 12, 9),
    )
    advice = advice_for(app, date(2025, 12, 9))
    assert advice.next_steps[0].key == "role_status_ask"
    assert advice.next_steps[0].due == date(2025, 12, 9)
    assert advice.follow_up_on == date(2025, 12, 16)
    # A plain answer to one question is not slowed by the season: nothing about it yet.
    assert "Hiring slows" not in advice.timing
