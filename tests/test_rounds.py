"""Interview rounds: log, edit (with outcome), delete; the stage follows."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.urls import reverse

from interviews.models import InterviewRound, Outcome, Stage
from tests.factories import ApplicationFactory, InterviewRoundFactory

pytestmark = pytest.mark.django_db

VALID = {
    "kind": "video",
    "scheduled_at": "2026-11-20T14:30",
    "duration_minutes": "45",
    "interviewers": "Sam Lee, Kim Park",
    "outcome": "scheduled",
}


def test_logging_a_round_moves_the_stage(owner_client, application):
    response = owner_client.post(
        reverse("interviews:round_create", args=[application.pk]), VALID, follow=True
    )
    assert "Logged the video interview." in response.content.decode()
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING
    assert application.rounds.get().interviewer_names == ["Sam Lee", "Kim Park"]


def test_a_phone_screen_is_screening(owner_client, application):
    owner_client.post(
        reverse("interviews:round_create", args=[application.pk]),
        {**VALID, "kind": "phone_screen"},
    )
    application.refresh_from_db()
    assert application.stage == Stage.SCREENING


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"scheduled_at": "tomorrow-ish"}, "scheduled_at"),
        ({"kind": "séance"}, "kind"),
        ({"duration_minutes": "-5"}, "duration_minutes"),
        ({"duration_minutes": "99999999"}, "duration_minutes"),
        ({"reply_promised_by": "2026-11-01"}, "reply_promised_by"),
        ({"thank_you_sent_on": "2026-11-19"}, "thank_you_sent_on"),
    ],
)
def test_bad_input_is_a_field_error(owner_client, application, change, field):
    response = owner_client.post(
        reverse("interviews:round_create", args=[application.pk]), {**VALID, **change}
    )
    assert response.status_code == HTTPStatus.OK
    assert field in response.context["form"].errors
    assert not InterviewRound.objects.exists()


def test_setting_the_outcome_to_not_selected_closes_it(owner_client, application):
    interview_round = InterviewRoundFactory(application=application)
    owner_client.post(
        reverse("interviews:round_edit", args=[interview_round.pk]),
        {**VALID, "outcome": Outcome.NOT_SELECTED},
    )
    application.refresh_from_db()
    assert application.stage == Stage.REJECTED


def test_deleting_the_only_round_returns_to_applied(owner_client, application):
    interview_round = InterviewRoundFactory(application=application)
    url = reverse("interviews:round_delete", args=[interview_round.pk])
    assert "Delete" in owner_client.get(url).content.decode()
    owner_client.post(url)
    application.refresh_from_db()
    assert application.stage == Stage.APPLIED
    assert not InterviewRound.objects.exists()


@pytest.mark.parametrize("name", ["round_edit", "round_delete"])
def test_strangers_round_is_404_and_untouched(client, stranger, name):
    interview_round = InterviewRoundFactory()
    client.force_login(stranger)
    url = reverse(f"interviews:{name}", args=[interview_round.pk])
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND
    assert client.post(url, VALID).status_code == HTTPStatus.NOT_FOUND
    assert InterviewRound.objects.filter(pk=interview_round.pk, kind="video").exists()


def test_cannot_log_a_round_on_a_strangers_application(client, stranger):
    application = ApplicationFactory()
    client.force_login(stranger)
    url = reverse("interviews:round_create", args=[application.pk])
    assert client.post(url, VALID).status_code == HTTPStatus.NOT_FOUND
    assert not InterviewRound.objects.exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"scheduled_at": "9999-12-31T23:59"}, "scheduled_at"),
        ({"scheduled_at": "1901-01-01T10:00"}, "scheduled_at"),
        ({"reply_promised_by": "9999-12-31"}, "reply_promised_by"),
    ],
)
def test_dates_outside_a_job_search_are_refused(owner_client, application, change, field):
    response = owner_client.post(
        reverse("interviews:round_create", args=[application.pk]), {**VALID, **change}
    )
    assert "Pick a date between 1990 and" in str(response.context["form"].errors[field])
    assert not InterviewRound.objects.exists()
