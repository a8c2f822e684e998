"""One application's state in a few words, the same on every page (interviews.presenting).

TODAY is Friday 27 November 2026; Tuesday 1 December follows the weekend.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from datetime import date

import pytest
from django.utils import timezone

from interviews.guidance import Step, advise, content
from interviews.models import InterviewRound, Stage
from interviews.presenting import SHORT_STEPS, card_state, due_words, short_step
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 27)


@pytest.fixture
def advice():
    """A real Advice to vary field by field, whatever fields the engine adds later."""
    application = ApplicationFactory(applied_on=date(2026, 11, 20))
    return advise(application, today=TODAY)


def varied(advice, *, due=None, **fields):
    step = Step("Send a short, friendly note asking where things stand.", due)
    fields.setdefault("next_round", None)
    fields.setdefault("waiting_state", "")
    fields.setdefault("awaiting_reply", False)
    return dataclasses.replace(advice, next_steps=(step,), **fields)


def booked_on(day: date) -> InterviewRound:
    return InterviewRound(
        scheduled_at=timezone.make_aware(dt.datetime(day.year, day.month, day.day, 10))
    )


def label(stage, advice) -> str:
    return card_state(stage, advice, TODAY).label


def test_a_late_step_says_how_late_in_words(advice):
    assert label("applied", varied(advice, due=date(2026, 11, 23))) == "Overdue 4 days"
    assert label("applied", varied(advice, due=date(2026, 11, 26))) == "Overdue 1 day"


def test_lateness_comes_before_a_calm_waiting_state(advice):
    late = varied(advice, due=date(2026, 11, 25), waiting_state="on_track", awaiting_reply=True)
    state = card_state("interviewing", late, TODAY)
    assert (state.label, state.tone) == ("Overdue 2 days", "overdue")
    assert state.due_words == "Was due Wed 25 Nov"


def test_a_follow_up_due_today_is_named(advice):
    due = varied(advice, due=TODAY, waiting_state="follow_up", awaiting_reply=True)
    assert label("applied", due) == "Follow up today"
    assert label("applied", varied(advice, due=TODAY)) == "Due today"


def test_an_interview_names_its_day(advice):
    soon = varied(advice, due=date(2026, 12, 1), next_round=booked_on(date(2026, 12, 1)))
    assert label("interviewing", soon) == "Interview Tue 1 Dec"
    tomorrow = varied(advice, next_round=booked_on(date(2026, 11, 28)))
    assert label("interviewing", tomorrow) == "Interview tomorrow"
    today = varied(advice, due=TODAY, next_round=booked_on(TODAY))
    assert label("interviewing", today) == "Interview today"


def test_the_employers_clock_when_nothing_of_yours_is_due(advice):
    waiting = varied(
        advice,
        due=date(2026, 12, 8),
        waiting_state="on_track",
        awaiting_reply=True,
        reply_expected_by=date(2026, 12, 4),
    )
    assert label("applied", waiting) == "Waiting for their reply"
    assert label("applied", varied(advice, waiting_state="quiet")) == "Gone quiet"


def test_closed_and_saved_say_where_they_are(advice):
    assert label(Stage.REJECTED, varied(advice, due=date(2026, 11, 2))) == "Rejected"
    assert label(Stage.SAVED, varied(advice)) == "Not applied yet"
    assert label(Stage.APPLIED, varied(advice)) == "Nothing due"


def test_a_closed_application_with_a_step_due_this_week_says_so(advice):
    assert label(Stage.RESCINDED, varied(advice, due=TODAY)) == "Offer rescinded · Due today"
    state = card_state(Stage.REJECTED, varied(advice, due=date(2026, 11, 24)), TODAY)
    assert (state.label, state.tone) == ("Rejected · Was due Tue 24 Nov", "overdue")
    assert label(Stage.RESCINDED, varied(advice, due=date(2026, 11, 28))) == "Offer rescinded"


def test_due_words_are_concrete():
    assert due_words(TODAY, TODAY) == "Due today"
    assert due_words(date(2026, 11, 28), TODAY) == "Due tomorrow"
    assert due_words(date(2026, 12, 1), TODAY) == "Due by Tue 1 Dec"
    assert due_words(date(2026, 11, 24), TODAY) == "Was due Tue 24 Nov"


@pytest.mark.parametrize("key", sorted(content.STEPS))
def test_every_step_has_a_card_length_form(key):
    assert short_step(Step(content.STEPS[key], key=key)) == SHORT_STEPS[key]
    assert len(SHORT_STEPS[key]) <= 34, "fits a 240 px card on two lines at most"


def test_an_unknown_step_keeps_its_first_sentence_whole():
    text = "Call the recruiter back. Ask about the budget."
    assert short_step(Step(text)) == "Call the recruiter back"
