"""The uploaded spreadsheet waits server-side, once, as its owner's PendingImport: the
session holds only its id; it expires, a new upload replaces it, a stranger never sees
it, and ``manage.py prune`` deletes what has expired. The import itself runs in batches."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import IntegrityError, connection
from django.urls import reverse
from django.utils import timezone

from interviews import chunking
from interviews.accounts.models import EmailChangeRequest
from interviews.exchange import importer
from interviews.jobs.models import Job
from interviews.models import Application, PendingImport, Submission
from interviews.once import KEEP
from tests.factories import UserFactory

# The import runs as a task: at once here, so each page shows its outcome (tests/test_jobs_import.py
# runs it on the queue).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tasks_at_once")]

ROWS = 30
RAW = (
    "Company,Role,Date applied\n" + "".join(f"Co {n},Dev,2026-11-02\n" for n in range(ROWS))
).encode()


def upload(client, raw: bytes = RAW):
    file = SimpleUploadedFile("jobs.csv", raw, content_type="text/csv")
    return client.post(reverse("interviews:import_upload"), {"spreadsheet": file})


def choose_columns(client):
    form = client.get(reverse("interviews:import_columns")).context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    return client.post(reverse("interviews:import_columns"), data)


def test_the_session_holds_only_the_id_of_the_stored_upload(owner_client, user):
    upload(owner_client)
    pending = PendingImport.objects.get(owner=user)
    assert owner_client.session["import_pending"] == pending.pk
    assert len(pending.table["rows"]) == ROWS
    session = Session.objects.get(session_key=owner_client.session.session_key)
    assert "Co 29" not in str(session.get_decoded())
    assert len(session.session_data) < 1000


def test_a_new_upload_replaces_the_earlier_one(owner_client, user):
    upload(owner_client)
    upload(owner_client, b"Company,Role\nOnly,One\n")
    pending = PendingImport.objects.get(owner=user)
    assert pending.table["rows"] == [["Only", "One"]]


def test_an_expired_upload_sends_the_person_back_to_the_start(owner_client, user):
    upload(owner_client)
    PendingImport.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    response = owner_client.get(reverse("interviews:import_columns"))
    assert response["Location"] == reverse("interviews:import_upload")


def test_a_strangers_session_id_does_not_reach_the_upload(client, user, stranger):
    owner = client
    owner.force_login(user)
    upload(owner)
    pending = PendingImport.objects.get(owner=user)
    client.force_login(stranger)
    session = client.session
    session["import_pending"] = pending.pk
    session.save()
    response = client.get(reverse("interviews:import_columns"))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("interviews:import_upload")


def test_confirming_imports_in_batches_and_removes_the_pending_upload(
    owner_client, user, monkeypatch
):
    monkeypatch.setattr(chunking, "BATCH", 7)
    upload(owner_client)
    choose_columns(owner_client)
    response = owner_client.post(reverse("interviews:import_preview"))
    assert response["Location"] == Job.objects.get().get_absolute_url()
    assert Application.objects.for_user(user).count() == ROWS
    assert not PendingImport.objects.exists()
    assert "import_pending" not in owner_client.session


def test_a_batch_that_fails_leaves_no_application_and_says_so(owner_client, user, monkeypatch):
    monkeypatch.setattr(chunking, "BATCH", 7)
    create, calls = importer._create, []

    def failing_third(owner, rows):
        calls.append(rows)
        if len(calls) == 3:
            raise IntegrityError("lost")
        return create(owner, rows)

    monkeypatch.setattr(importer, "_create", failing_third)
    upload(owner_client)
    choose_columns(owner_client)
    response = owner_client.post(reverse("interviews:import_preview"), follow=True)
    assert "Nothing was imported" in response.content.decode()
    assert not Application.objects.exists()


def test_prune_deletes_only_what_has_expired(user):
    now = timezone.now()
    old = PendingImport.objects.create(owner=user, name="old.csv", table={})
    PendingImport.objects.filter(pk=old.pk).update(expires_at=now - dt.timedelta(minutes=1))
    fresh = PendingImport.objects.create(owner=user, name="fresh.csv", table={})
    stale_key = Submission.objects.create(owner=user, key="a" * 32)
    Submission.objects.filter(pk=stale_key.pk).update(created_at=now - KEEP - dt.timedelta(hours=1))
    recent_key = Submission.objects.create(owner=user, key="b" * 32)
    stale_link = EmailChangeRequest.objects.create(owner=user, nonce="n" * 32)
    EmailChangeRequest.objects.filter(pk=stale_link.pk).update(
        created_at=now - dt.timedelta(days=3)
    )
    cache.set("throttle-old", 1, timeout=1)
    cache.set("throttle-new", 1, timeout=3600)
    table = connection.ops.quote_name("tracker_cache")
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET expires = %s WHERE cache_key LIKE %s",
            [now - dt.timedelta(hours=1), "%throttle-old"],
        )
    call_command("prune", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(PendingImport.objects.all()) == [fresh]
    assert list(Submission.objects.all()) == [recent_key]
    assert not EmailChangeRequest.objects.exists()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key FROM {table}")
        keys = [row[0] for row in cursor.fetchall()]
    assert any(key.endswith("throttle-new") for key in keys)
    assert not any(key.endswith("throttle-old") for key in keys)


def test_a_stranger_never_gets_someone_elses_pending_upload_through_the_preview(client, user):
    PendingImport.objects.create(
        owner=user,
        name="theirs.csv",
        table={"header": ["Company"], "rows": [["Secret Co"]], "numbers": [2]},
        columns={"columns": {"company": 0}, "order": "dmy"},
    )
    other = UserFactory(username="other")
    client.force_login(other)
    session = client.session
    session["import_pending"] = PendingImport.objects.get().pk
    session.save()
    response = client.post(reverse("interviews:import_preview"), follow=True)
    assert "Secret Co" not in response.content.decode()
    assert not Application.objects.exists()
