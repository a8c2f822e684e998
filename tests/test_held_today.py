"""An interview earlier today is not "Interview today · Prepare" after its time (first-week
finding 7): at 16:00 a 10:30 round reads "Interview earlier today, 10:30 · Log how it
went" on the board and its page, which asks how it went instead of listing preparation."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from interviews.models import Outcome
from tests.factories import ApplicationFactory, InterviewRoundFactory

pytestmark = pytest.mark.django_db

FRIDAY = dt.datetime(2026, 12, 11, tzinfo=dt.UTC)


@pytest.fixture
def personio(user):
    with time_machine.travel(FRIDAY.replace(hour=8), tick=False):
        application = ApplicationFactory(
            owner=user, company="Personio", applied_on=dt.date(2026, 11, 20)
        )
        InterviewRoundFactory(
            application=application,
            scheduled_at=FRIDAY.replace(hour=10, minute=30),
            duration_minutes=60,
            outcome=Outcome.SCHEDULED,
        )
    return application


def board_card(client) -> str:
    page = client.get(reverse("interviews:board")).content.decode()
    start = page.index("Personio")
    return page[start : start + 1500]


def test_before_its_time_the_interview_is_today_and_to_prepare(owner_client, personio):
    with time_machine.travel(FRIDAY.replace(hour=9), tick=False):
        assert "Interview today, 10:30" in board_card(owner_client)
        page = owner_client.get(personio.get_absolute_url())
    assert page.context["state"].label == "Interview today, 10:30"
    assert page.context["questions"] == ()


def test_after_its_time_it_asks_how_it_went(owner_client, personio):
    with time_machine.travel(FRIDAY.replace(hour=16), tick=False):
        card = board_card(owner_client)
        page = owner_client.get(personio.get_absolute_url())
    assert "Interview earlier today, 10:30" in card and "Log how it went" in card
    assert "Prepare for the interview" not in card
    assert page.context["state"].label == "Interview earlier today, 10:30"
    assert [q.text for q in page.context["questions"]] == [
        "How did the video interview on Fri 11 Dec go?"
    ]
    assert all(step.due is None or step.due > FRIDAY.date() for step in page.context["steps"])
    assert "Done, waiting to hear" in page.content.decode()


def test_asking_about_next_steps_at_the_interview_is_due_on_its_day(owner_client, user):
    # First-week finding 14: "At the end of the interview, ask…" was due the day before.
    with time_machine.travel(dt.datetime(2026, 12, 7, 9, tzinfo=dt.UTC), tick=False):
        application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
        InterviewRoundFactory(
            application=application,
            scheduled_at=FRIDAY.replace(hour=10, minute=30),
            outcome=Outcome.SCHEDULED,
        )
        steps = owner_client.get(application.get_absolute_url()).context["steps"]
    due = {step.key: step.due for step in steps}
    assert due["prep_first"] == FRIDAY.date()
    assert due["prep"] == dt.date(2026, 12, 10)  # getting ready stays the day before
