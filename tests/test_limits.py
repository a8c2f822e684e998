"""Every free-text field has a length limit, on the model and on the form, with a clear
error; nothing over it is stored."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse
from django.utils import timezone

from interviews.models import Application, InterviewRound, StatusUpdate
from interviews.validators import NOTE_LENGTH

pytestmark = pytest.mark.django_db

HUGE = "x" * 2_000_000


def test_every_text_field_of_the_app_has_a_limit():
    unlimited = [
        f"{model.__name__}.{field.name}"
        for model in apps.get_app_config("interviews").get_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.CharField | models.TextField) and not field.max_length
    ]
    assert unlimited == []


def test_every_note_field_checks_its_limit_on_the_model_too():
    for model, name in [(Application, "notes"), (InterviewRound, "notes"), (StatusUpdate, "note")]:
        field = model._meta.get_field(name)
        assert field.max_length == NOTE_LENGTH
        assert any(getattr(v, "limit_value", None) == NOTE_LENGTH for v in field.validators)


def test_a_two_million_character_note_is_refused_with_a_clear_error(owner_client):
    response = owner_client.post(
        reverse("interviews:application_create"), {"company": "Acme", "role": "Dev", "notes": HUGE}
    )
    assert response.status_code == HTTPStatus.OK
    assert "at most 10000 characters" in response.content.decode()
    assert not Application.objects.exists()


def test_round_and_update_notes_over_the_limit_are_refused(owner_client, application):
    when = (timezone.localtime() + timezone.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    round_data = {"kind": "video", "scheduled_at": when, "duration_minutes": "60"}
    round_data |= {"outcome": "scheduled", "notes": "y" * (NOTE_LENGTH + 1)}
    response = owner_client.post(
        reverse("interviews:round_create", args=[application.pk]), round_data
    )
    assert response.status_code == HTTPStatus.OK
    update_data = {"kind": "invited", "on": str(timezone.localdate()), "note": HUGE}
    response = owner_client.post(
        reverse("interviews:update_create", args=[application.pk]), update_data
    )
    assert response.status_code == HTTPStatus.OK
    assert not InterviewRound.objects.exists() and not StatusUpdate.objects.exists()


def test_a_note_at_the_limit_is_kept(owner_client):
    note = "z" * NOTE_LENGTH
    owner_client.post(
        reverse("interviews:application_create"), {"company": "Acme", "role": "Dev", "notes": note}
    )
    assert Application.objects.get().notes == note
