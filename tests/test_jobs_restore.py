"""A backup restored as a job on the queue: the upload only reads the file and queues it,
Settings finds it again, its page counts the records written, and it ends with the
restore's report; a file whose records are wrong changes nothing and says why."""

from __future__ import annotations

import datetime as dt
import json
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from interviews import chunking
from interviews.exchange.backup import backup_document
from interviews.jobs.models import Job, JobStatus
from interviews.jobs.runs import Run
from interviews.models import Application
from interviews.services import profile_save
from tests.factories import ApplicationFactory, UserFactory
from tests.support.queue import run_queued

pytestmark = pytest.mark.django_db

APPLIED = dt.date(2026, 11, 2)


@pytest.fixture
def backup(db) -> bytes:
    elsewhere = UserFactory(username="elsewhere")
    profile = elsewhere.profile
    profile.country = "US"
    profile_save(profile)
    for n in range(5):
        # (nobody named on them: the file holds the five applications alone)
        ApplicationFactory(
            owner=elsewhere,
            company=f"Co {n}",
            applied_on=APPLIED,
            contact_name="",
            contact_email="",
        )
    return json.dumps(backup_document(elsewhere)).encode()


def send(client, raw: bytes):
    file = SimpleUploadedFile("backup.json", raw, content_type="application/json")
    return client.post(reverse("interviews:backup_restore"), {"backup": file})


def test_the_upload_only_queues_the_restore_and_settings_links_to_it(owner_client, user, backup):
    response = send(owner_client, backup)

    job = Job.objects.get(owner=user)
    assert response["Location"] == job.get_absolute_url()
    assert not Application.objects.for_user(user).exists()
    settings = owner_client.get(reverse("interviews:settings")).content.decode()
    assert "Your restore of “backup.json” is waiting for a worker" in settings
    assert job.get_absolute_url() in settings


def test_the_restore_counts_its_records_and_ends_with_its_report(
    owner_client, user, backup, monkeypatch
):
    monkeypatch.setattr(chunking, "BATCH", 2)
    seen: list[tuple[int, int | None]] = []
    record = Run.progress

    def noting(run, *, done, total=None):
        seen.append((done, total))
        record(run, done=done, total=total)

    monkeypatch.setattr(Run, "progress", noting)
    send(owner_client, backup)
    assert run_queued() == 1

    assert seen == [(2, 5), (4, 5), (5, 5)]
    job = Job.objects.get(owner=user)
    page = owner_client.get(job.get_absolute_url()).content.decode()
    assert "Backup restored. Added 5 applications" in page
    assert Application.objects.for_user(user).count() == 5


def test_a_backup_whose_records_are_wrong_changes_nothing_and_says_why(owner_client, user):
    document = {
        "format": "interview-tracker-backup",
        "version": 1,
        "rounds": [{"uid": "1" * 32, "application": "2" * 32}],
    }
    send(owner_client, json.dumps(document).encode())
    run_queued()

    job = Job.objects.get(owner=user)
    assert job.status == JobStatus.FAILED and job.work is None
    page = owner_client.get(job.get_absolute_url())
    assert page.status_code == HTTPStatus.OK
    assert 'role="alert"' in page.content.decode()
    assert not Application.objects.exists()
