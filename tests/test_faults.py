"""Faults degrade gracefully: a busy or full database is a 503 that says to try again,
other errors a friendly 500, a missing page a friendly 404; none shows Django's bare text."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import reverse

from interviews import services
from interviews.models import Application

pytestmark = pytest.mark.django_db

NEW = {"company": "Acme", "role": "Engineer"}


@pytest.fixture
def owner(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def failing_with(monkeypatch, error: Exception) -> None:
    def fail(application, **options):
        raise error

    monkeypatch.setattr(services, "application_save", fail)


def test_a_write_that_cannot_get_the_lock_is_a_503_saying_to_try_again(owner, monkeypatch):
    failing_with(monkeypatch, OperationalError("database is locked"))
    response = owner.post(reverse("interviews:application_create"), NEW)
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response["Retry-After"] == "10"
    page = response.content.decode()
    assert "Nothing from this form was saved" in page and "send the form again" in page
    assert not Application.objects.exists()


def test_a_postgresql_lock_timeout_is_a_503_too(owner, monkeypatch):
    failing_with(monkeypatch, OperationalError("canceling statement due to lock timeout"))
    response = owner.post(reverse("interviews:application_create"), NEW)
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE


def test_a_full_disk_is_a_503_that_says_reading_still_works(owner, monkeypatch):
    failing_with(monkeypatch, OperationalError("database or disk is full"))
    response = owner.post(reverse("interviews:application_create"), NEW)
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert int(response["Retry-After"]) >= 60
    page = response.content.decode()
    assert "run out of storage space" in page and "still read every page" in page


def test_any_other_error_is_a_friendly_500(owner, monkeypatch):
    failing_with(monkeypatch, ValueError("a bug"))
    response = owner.post(reverse("interviews:application_create"), NEW)
    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR
    page = response.content.decode()
    assert "Something went wrong on our side" in page
    assert "Server Error (500)" not in page


def test_another_database_error_stays_a_500(owner, monkeypatch):
    failing_with(monkeypatch, OperationalError("no such table: interviews_application"))
    response = owner.post(reverse("interviews:application_create"), NEW)
    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR


def test_a_missing_page_is_a_friendly_404(owner):
    response = owner.get("/no-such-page/")
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "There is nothing here" in response.content.decode()
