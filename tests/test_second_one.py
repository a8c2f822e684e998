"""The add form sent again (Back, then submit) for a job added today asks "add a second
one?" instead of adding the same job twice; names compare folded (case, accents)."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
import time_machine
from django.urls import reverse

from interviews.models import Application
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

ADD = reverse("interviews:application_create")
MORNING = dt.datetime(2026, 12, 9, 9, 0, tzinfo=dt.UTC)


def add(client, **fields):
    return client.post(ADD, {"company": "Müller GmbH", "role": "Data Engineer", **fields})


@time_machine.travel(MORNING, tick=False)
def test_the_same_job_sent_again_today_asks_before_adding(owner_client, user):
    assert add(owner_client).status_code == HTTPStatus.FOUND
    again = add(owner_client, company="MULLER GMBH", role="data engineer")
    assert again.status_code == HTTPStatus.OK
    body = again.content.decode()
    assert "You added Data Engineer at Müller GmbH today already" in body
    assert 'name="second_one" value="1"' in body
    assert Application.objects.count() == 1


@time_machine.travel(MORNING, tick=False)
def test_yes_add_a_second_one_adds_it(owner_client, user):
    add(owner_client)
    response = add(owner_client, second_one="1")
    assert response.status_code == HTTPStatus.FOUND
    assert Application.objects.filter(owner=user).count() == 2


def test_the_same_job_added_on_another_day_or_by_someone_else_is_not_a_twin(
    owner_client, user, stranger
):
    with time_machine.travel(MORNING - dt.timedelta(days=1), tick=False):
        add(owner_client)
        ApplicationFactory(owner=stranger, company="Müller GmbH", role="Data Engineer")
    with time_machine.travel(MORNING, tick=False):
        ApplicationFactory(owner=stranger, company="Müller GmbH", role="Data Engineer")
        assert add(owner_client).status_code == HTTPStatus.FOUND
        assert add(owner_client, role="Data Analyst").status_code == HTTPStatus.FOUND
    assert Application.objects.filter(owner=user).count() == 3
