"""The Django admin: every model listed, filtered and searchable; edits keep the stage right."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.urls import reverse

from interviews.models import Stage
from tests.factories import InterviewRoundFactory, StatusUpdateFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="boss", is_staff=True, is_superuser=True))
    return client


@pytest.mark.parametrize(
    "model",
    [
        "interviews_application",
        "interviews_interviewround",
        "interviews_statusupdate",
        "interviews_contact",
        "worklog_activity",
    ],
)
def test_changelists_filter_and_search(admin_client, model):
    StatusUpdateFactory(application=InterviewRoundFactory().application)
    url = reverse(f"admin:{model}_changelist")
    assert admin_client.get(url).status_code == HTTPStatus.OK
    assert admin_client.get(url, {"q": "Company"}).status_code == HTTPStatus.OK


def test_deleting_a_round_in_the_admin_recomputes_the_stage(admin_client):
    interview_round = InterviewRoundFactory()
    application = interview_round.application
    url = reverse("admin:interviews_interviewround_delete", args=[interview_round.pk])
    admin_client.post(url, {"post": "yes"})
    application.refresh_from_db()
    assert application.stage == Stage.APPLIED


def test_the_admin_refuses_a_date_out_of_reach(admin_client):
    interview_round = InterviewRoundFactory()
    url = reverse("admin:interviews_interviewround_change", args=[interview_round.pk])
    response = admin_client.post(
        url,
        {
            "application": interview_round.application.pk,
            "kind": "video",
            "scheduled_at_0": "9999-12-31",
            "scheduled_at_1": "10:00",
            "duration_minutes": "45",
            "outcome": "done",
        },
    )
    assert response.status_code == HTTPStatus.OK
    assert "Pick a date between 1990 and" in response.content.decode()
    interview_round.refresh_from_db()
    assert interview_round.scheduled_at.year == 2026
