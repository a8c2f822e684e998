"""The first-run board offers the demo search, loaded into the person's own account."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.urls import reverse

from interviews.demo import DEMO_SEARCH
from interviews.models import Application
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

LOAD = reverse("interviews:demo_load")


def test_the_empty_board_offers_the_demo(owner_client):
    body = owner_client.get(reverse("interviews:board")).content.decode()
    assert "Load the demo search into my account" in body
    assert f"{len(DEMO_SEARCH)} made-up applications" in body


def test_loading_the_demo_fills_my_empty_board(owner_client, user, stranger):
    response = owner_client.post(LOAD)
    assert response.status_code == HTTPStatus.FOUND
    assert Application.objects.filter(owner=user).count() == len(DEMO_SEARCH)
    assert not Application.objects.filter(owner=stranger).exists()
    board = owner_client.get(reverse("interviews:board")).content.decode()
    assert "Added the demo search" in board and "Your board is empty" not in board


def test_a_board_with_applications_is_left_alone(owner_client, user):
    ApplicationFactory(owner=user)
    owner_client.post(LOAD)
    assert Application.objects.filter(owner=user).count() == 1


def test_the_demo_loads_only_by_post(owner_client, user):
    assert owner_client.get(LOAD).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert not Application.objects.filter(owner=user).exists()


def test_a_form_that_fails_lists_what_to_fix_at_the_top(owner_client):
    body = owner_client.post(reverse("interviews:application_create"), {"notes": "x"})
    body = body.content.decode()
    assert 'id="error-summary"' in body
    assert body.index('id="error-summary"') < body.index('id="id_company"')
    assert 'href="#id_company"' in body and 'href="#id_role"' in body
