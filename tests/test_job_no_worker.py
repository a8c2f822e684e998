"""A queued job's page says plainly when no worker is there to run it (issue #22: an
import sat at "0 of 6 rows done… the work goes on" under ``manage.py runserver`` alone)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from interviews.exchange.export_job import export_queue
from interviews.jobs.models import Job, JobStatus
from interviews.jobs.unpicked import NOT_TAKEN_AFTER, waiting_for_no_worker
from tests.support.imports import columns_accepted

pytestmark = pytest.mark.django_db


def confirm(client) -> None:
    """A five-row spreadsheet through the preview, queued and left for a worker."""
    columns_accepted(client, "trial_us_own_words.csv")
    client.post(reverse("interviews:import_preview"))


QUEUED_AT = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
WARNING = "no background worker has picked it up"


def queued_at(job: Job, when: datetime) -> Job:
    Job.objects.filter(pk=job.pk).update(created_at=when)
    DBTaskResult.objects.update(enqueued_at=when)
    job.refresh_from_db()
    return job


def claimed(when: datetime, *, status: str = TaskResultStatus.RUNNING) -> None:
    """A worker took the queued task at ``when`` (the job itself not yet marked running)."""
    DBTaskResult.objects.update(status=status, started_at=when, worker_ids=["w1"])


@pytest.fixture
def job(user) -> Job:
    return queued_at(export_queue(user), QUEUED_AT)


def test_a_job_queued_a_moment_ago_is_given_time_to_be_taken(job):
    assert not waiting_for_no_worker(job, QUEUED_AT + NOT_TAKEN_AFTER - timedelta(seconds=1))


def test_a_job_nobody_took_after_the_grace_with_no_task_claimed_has_no_worker(job):
    assert waiting_for_no_worker(job, QUEUED_AT + NOT_TAKEN_AFTER + timedelta(seconds=1))


def test_a_task_claimed_since_the_job_was_queued_shows_a_worker(job):
    claimed(QUEUED_AT + timedelta(seconds=2), status=TaskResultStatus.SUCCESSFUL)
    assert not waiting_for_no_worker(job, QUEUED_AT + timedelta(minutes=5))


def test_a_worker_busy_with_a_task_it_took_before_is_still_a_worker(job):
    claimed(QUEUED_AT - timedelta(minutes=3))
    assert not waiting_for_no_worker(job, QUEUED_AT + timedelta(minutes=5))


def test_a_task_finished_before_the_job_was_queued_says_nothing_about_now(job):
    claimed(QUEUED_AT - timedelta(minutes=3), status=TaskResultStatus.SUCCESSFUL)
    assert waiting_for_no_worker(job, QUEUED_AT + timedelta(minutes=5))


def test_a_running_job_is_never_said_to_lack_a_worker(job):
    Job.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING)
    job.refresh_from_db()
    assert not waiting_for_no_worker(job, QUEUED_AT + timedelta(hours=1))


def test_the_import_page_says_no_worker_is_running_and_how_to_start_one(owner_client, user):
    confirm(owner_client)
    job = queued_at(Job.objects.get(owner=user), timezone.now() - timedelta(minutes=1))

    page = owner_client.get(job.get_absolute_url()).content.decode()
    assert WARNING in page
    assert ">make run</code>" in page and ">python manage.py db_worker</code>" in page
    assert "the work goes on" not in page
    assert "0 of 6 rows" in page
    assert 'hx-trigger="every 1s"' in page  # it notices the worker once one starts


def test_a_fresh_import_page_keeps_its_calm_progress(owner_client, user):
    confirm(owner_client)
    job = Job.objects.get(owner=user)

    page = owner_client.get(job.get_absolute_url()).content.decode()
    assert WARNING not in page
    assert "the work goes on" in page
