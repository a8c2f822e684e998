"""A backup made in the background: Settings starts it, a worker makes the same file the
download link gives, its page offers it to its owner alone, and the pruning removes it."""

from __future__ import annotations

import datetime as dt
import json
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone

from interviews.exchange.backup import backup_document
from interviews.jobs.models import Job, JobStatus
from interviews.jobs.tasks import prune
from tests.factories import ApplicationFactory
from tests.support.backup import comparable
from tests.support.queue import run_queued

pytestmark = pytest.mark.django_db

START = reverse("interviews:backup_export")


def test_settings_starts_a_backup_whose_page_offers_the_file_when_made(owner_client, user):
    ApplicationFactory(owner=user, company="Acme", applied_on=dt.date(2026, 11, 2))
    assert START in owner_client.get(reverse("interviews:settings")).content.decode()

    response = owner_client.post(START)
    job = Job.objects.get(owner=user)
    assert response["Location"] == job.get_absolute_url()
    page = owner_client.get(job.get_absolute_url()).content.decode()
    assert "your backup is being made" in page
    file_url = reverse("jobs:job_file", args=[job.pk])
    assert owner_client.get(file_url).status_code == HTTPStatus.NOT_FOUND  # not made yet

    run_queued()
    page = owner_client.get(job.get_absolute_url()).content.decode()
    assert "Your backup is ready to download." in page and file_url in page
    download = owner_client.get(file_url)
    assert download["Content-Disposition"].startswith('attachment; filename="interview-tracker-')
    assert comparable(json.loads(download.content)) == comparable(backup_document(user))


def test_a_strangers_backup_file_is_a_404(owner_client, user, stranger, client):
    owner_client.post(START)
    run_queued()
    job = Job.objects.get(owner=user)
    client.force_login(stranger)
    assert client.get(reverse("jobs:job_file", args=[job.pk])).status_code == 404


def test_starting_a_backup_takes_only_a_post(owner_client):
    assert owner_client.get(START).status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_the_pruning_removes_finished_jobs_and_their_files_after_two_days(owner_client, user):
    owner_client.post(START)
    owner_client.post(START)
    run_queued()
    old, recent = Job.objects.order_by("pk")
    Job.objects.filter(pk=old.pk).update(finished_at=timezone.now() - dt.timedelta(days=3))
    prune.enqueue()
    run_queued()
    assert list(Job.objects.values_list("pk", "status")) == [(recent.pk, JobStatus.DONE)]
