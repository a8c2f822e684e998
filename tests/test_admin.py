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


@pytest.mark.parametrize("model", ["application", "interviewround", "statusupdate"])
def test_changelists_filter_and_search(admin_client, model):
    StatusUpdateFactory(application=InterviewRoundFactory().application)
    url = reverse(f"admin:interviews_{model}_changelist")
    assert admin_client.get(url).status_code == HTTPStatus.OK
    assert admin_client.get(url, {"q": "Company"}).status_code == HTTPStatus.OK


def test_deleting_a_round_in_the_admin_recomputes_the_stage(admin_client):
    interview_round = InterviewRoundFactory()
    application = interview_round.application
    url = reverse("admin:interviews_interviewround_delete", args=[interview_round.pk])
    admin_client.post(url, {"post": "yes"})
    application.refresh_from_db()
    assert application.stage == Stage.APPLIED
