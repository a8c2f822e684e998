"""The queue's health: a monitor's command that exits non-zero when tasks wait with no
worker or run for ever, the recovery of a dead worker's rerunnable tasks, and the admin
pages where staff see the tasks and jobs."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from interviews.exchange.tasks import run_import
from interviews.jobs.health import recover_jobs, recover_stale
from interviews.jobs.models import Job, JobKind
from interviews.jobs.runs import claim
from interviews.jobs.tasks import prune
from tests.factories import UserFactory
from tests.support.queue import run_queued

pytestmark = pytest.mark.django_db

MINUTES = dt.timedelta(minutes=1)


def health() -> str:
    out = StringIO()
    call_command("queue_health", stdout=out)
    return out.getvalue()


def running_since(result, minutes: int) -> None:
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now() - minutes * MINUTES
    )


def test_a_queue_that_moves_is_healthy(db):
    prune.enqueue()
    prune.using(run_after=timezone.now() + 60 * MINUTES).enqueue()  # not due yet
    assert health() == "1 ready, 0 running, 0 failed in the last day.\n"


def test_a_task_nobody_takes_for_ten_minutes_means_no_worker(db):
    result = prune.enqueue()
    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=timezone.now() - 11 * MINUTES)
    with pytest.raises(CommandError, match="a task has waited 11 minutes for a worker"):
        health()


def test_a_retry_is_waiting_from_its_run_after_not_from_when_it_was_queued(db):
    result = prune.using(run_after=timezone.now() - 2 * MINUTES).enqueue()
    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=timezone.now() - 60 * MINUTES)
    assert health().startswith("1 ready")


def test_a_task_running_for_half_an_hour_is_stuck(db):
    running_since(prune.enqueue(), 31)
    with pytest.raises(CommandError, match="running for 31 minutes: its worker died or hangs"):
        health()


def test_a_dead_workers_rerunnable_task_is_queued_again_and_runs(db):
    digest_like = prune.enqueue()
    running_since(digest_like, 16)
    fresh = prune.enqueue()
    running_since(fresh, 2)  # a live worker's: left alone

    assert recover_stale(timezone.now()) == 1
    assert run_queued() == 1
    digest_like.refresh()
    assert digest_like.status == TaskResultStatus.SUCCESSFUL
    assert DBTaskResult.objects.get(pk=fresh.id).status == TaskResultStatus.RUNNING


def test_an_import_is_queued_again_by_its_jobs_lease_not_by_how_long_it_ran(db):
    job = Job.objects.create(owner=UserFactory(), kind=JobKind.IMPORT, name="a.csv")
    result = run_import.enqueue(job.pk)
    assert claim(job.pk) is not None  # a worker runs it, renewing its lease
    running_since(result, 60)
    assert recover_stale(timezone.now()) == 0
    assert recover_jobs(timezone.now()) == 0  # its lease runs: its worker may be alive


def test_the_scheduler_says_what_it_recovered(db):
    running_since(prune.enqueue(), 16)
    out = StringIO()
    call_command("schedule", "--at", "2026-12-08T01:00Z", stdout=out)
    assert "1 tasks of dead workers queued again" in out.getvalue()


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(username="boss", is_staff=True, is_superuser=True))
    return client


def test_staff_see_the_tasks_by_status_and_the_jobs(staff_client):
    failed = prune.enqueue()
    DBTaskResult.objects.filter(pk=failed.id).update(status=TaskResultStatus.FAILED)
    Job.objects.create(owner=UserFactory(), kind=JobKind.IMPORT, name="search.csv")

    tasks = reverse("admin:django_tasks_database_dbtaskresult_changelist")
    page = staff_client.get(tasks, {"status__exact": "FAILED"})
    assert page.status_code == HTTPStatus.OK
    assert str(failed.id) in page.content.decode()
    jobs = staff_client.get(reverse("admin:jobs_job_changelist"))
    assert "search.csv" in jobs.content.decode()


def test_people_who_are_not_staff_cannot_see_them(owner_client):
    tasks = reverse("admin:django_tasks_database_dbtaskresult_changelist")
    assert owner_client.get(tasks).status_code == HTTPStatus.FOUND


def test_a_scheduler_run_for_a_later_instant_leaves_live_workers_tasks_alone(db):
    running_since(prune.enqueue(), 2)
    call_command("schedule", "--at", "2026-12-09T01:00Z", stdout=StringIO())
    assert DBTaskResult.objects.get().status == TaskResultStatus.RUNNING
