"""A round still ahead can't be logged as held (first-week finding 7): "Done, waiting to
hear", moved forward or not selected on an interview two days away is a clear field
error on the form and on the one-click question, as a future applied date is."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
import time_machine
from django.urls import reverse

from interviews.models import Outcome
from tests.factories import InterviewRoundFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 12, 11, 16, 0, tzinfo=dt.UTC)
ROUND = {
    "kind": "video",
    "scheduled_at": "2026-12-13T10:00",
    "duration_minutes": "45",
    "interviewers": "Sam Lee",
}


@pytest.fixture(autouse=True)
def friday_afternoon():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.mark.parametrize("outcome", ["done", "advanced", "not_selected"])
def test_a_round_ahead_cannot_be_logged_as_held(owner_client, application, outcome):
    response = owner_client.post(
        reverse("interviews:round_create", args=[application.pk]), {**ROUND, "outcome": outcome}
    )
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["outcome"] == [
        "This interview is on Sun 13 Dec 2026 at 10:00, still ahead: log how it went once "
        "it has happened."
    ]
    assert not application.rounds.exists()


@pytest.mark.parametrize("outcome", ["scheduled", "cancelled"])
def test_a_round_ahead_can_be_booked_or_cancelled(owner_client, application, outcome):
    owner_client.post(
        reverse("interviews:round_create", args=[application.pk]), {**ROUND, "outcome": outcome}
    )
    assert application.rounds.get().outcome == outcome


def test_a_round_earlier_today_can_be_logged_as_done(owner_client, application):
    owner_client.post(
        reverse("interviews:round_create", args=[application.pk]),
        {**ROUND, "scheduled_at": "2026-12-11T10:30", "outcome": "done"},
    )
    assert application.rounds.get().outcome == Outcome.DONE


def test_the_one_click_question_refuses_a_round_ahead_too(owner_client, application):
    booked = InterviewRoundFactory(
        application=application,
        scheduled_at=dt.datetime(2026, 12, 13, 10, tzinfo=dt.UTC),
        outcome=Outcome.SCHEDULED,
    )
    response = owner_client.post(
        reverse("interviews:round_outcome", args=[booked.pk]), {"outcome": "done"}, follow=True
    )
    assert "still ahead: log how it went once it has happened." in response.content.decode()
    booked.refresh_from_db()
    assert booked.outcome == Outcome.SCHEDULED
