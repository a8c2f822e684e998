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
from interviews.presenting import SHORT_STEPS, CardState, card_state, due_words, short_step, urgency
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


def test_an_interview_names_its_day_and_time(advice):
    soon = varied(advice, due=date(2026, 12, 1), next_round=booked_on(date(2026, 12, 1)))
    assert label("interviewing", soon) == "Interview Tue 1 Dec, 10:00"
    tomorrow = varied(advice, next_round=booked_on(date(2026, 11, 28)))
    assert label("interviewing", tomorrow) == "Interview tomorrow, 10:00"
    today = varied(advice, due=TODAY, next_round=booked_on(TODAY))
    assert label("interviewing", today) == "Interview today, 10:00"


def test_the_timing_line_is_not_said_twice_beside_the_interview_label(advice):
    soon = varied(
        advice,
        due=date(2026, 12, 1),
        next_round=booked_on(date(2026, 12, 1)),
        timing_line="Interview Tue 1 Dec",
    )
    assert card_state("interviewing", soon, TODAY).timing == ""
    waiting = varied(advice, timing_line="A reply is normal by Mon 4 Jan", awaiting_reply=True)
    assert card_state("applied", waiting, TODAY).timing == "A reply is normal by Mon 4 Jan"


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
    # A step still to come this week is said too, calmly: never folded away (trial 4).
    state = card_state(Stage.RESCINDED, varied(advice, due=date(2026, 11, 28)), TODAY)
    assert (state.label, state.tone) == ("Offer rescinded · Due tomorrow", "calm")
    far = date(2026, 12, 10)
    assert label(Stage.RESCINDED, varied(advice, due=far)) == "Offer rescinded"


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


def test_urgency_puts_what_is_late_or_due_today_before_anything_calmer():
    def state(tone: str, due: dt.date | None) -> CardState:
        return CardState(label="", tone=tone, step="", due=due, due_words="")

    soon, later = dt.date(2026, 11, 30), dt.date(2026, 12, 9)
    shuffled = [
        state("quiet", soon),
        state("waiting", later),
        state("calm", None),
        state("interview", later),
        state("waiting", soon),
        state("today", later),
        state("overdue", later),
    ]
    ordered = sorted(shuffled, key=urgency)
    assert [(s.tone, s.due) for s in ordered] == [
        ("overdue", later),
        ("today", later),
        ("interview", later),
        ("waiting", soon),
        ("waiting", later),
        ("calm", None),
        ("quiet", soon),
    ]
