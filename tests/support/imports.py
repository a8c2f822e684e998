"""Spreadsheets imported through the pages, as a person does it: upload, the columns step
when the format is not recognised, the preview, the import. Shared by the import tests."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from interviews.models import Application, StatusUpdate

DATA = Path(__file__).parent.parent / "data" / "imports"


def upload(client, name: str):
    file = SimpleUploadedFile(name, (DATA / name).read_bytes(), content_type="text/csv")
    return client.post(reverse("interviews:import_upload"), {"spreadsheet": file})


def import_recognised(client, name: str) -> str:
    """A file we know by its headers: no columns step. The preview's text."""
    response = upload(client, name)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("interviews:import_preview")
    preview = client.get(reverse("interviews:import_preview")).content.decode()
    done = client.post(reverse("interviews:import_preview"), follow=True)
    assert done.redirect_chain[-1][0] == reverse("interviews:board")
    return preview


def columns_accepted(client, name: str) -> None:
    """Any other file: uploaded, and the columns step's guesses accepted as they are."""
    assert upload(client, name)["Location"] == reverse("interviews:import_columns")
    form = client.get(reverse("interviews:import_columns")).context["form"]
    answers = {field: form[field].value() or "" for field in form.fields}
    assert client.post(reverse("interviews:import_columns"), answers).status_code == 302


def import_guessed(client, name: str) -> str:
    """Through the columns step with its guesses, then imported. The preview's text."""
    columns_accepted(client, name)
    preview = client.get(reverse("interviews:import_preview")).content.decode()
    client.post(reverse("interviews:import_preview"))
    return preview


def rows(user) -> dict[str, tuple]:
    """Each application as (role, stage, applied on, contact, contact e-mail)."""
    return {
        app.company: (app.role, app.stage, app.applied_on, app.contact_name, app.contact_email)
        for app in Application.objects.for_user(user)
    }


def updates(user) -> dict[str, tuple[str, dt.date]]:
    return {
        update.application.company: (update.kind, update.on)
        for update in StatusUpdate.objects.filter(application__owner=user).select_related(
            "application"
        )
    }
