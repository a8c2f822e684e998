"""A spreadsheet import as a job on the queue: confirming only queues it, its page shows
the rows done of the rows to do and polls itself, the person finds it again on the import
page, and it ends with the report the import always gave; a failure changes nothing; a
worker killed mid-import leaves the job to be taken over when its lease lapses."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from interviews import chunking
from interviews.exchange import importer
from interviews.exchange.tasks import run_import
from interviews.jobs.health import recover_jobs
from interviews.jobs.models import Job, JobKind, JobStatus, Lease
from interviews.jobs.runs import LeaseLost, Run, claim
from interviews.models import Application
from tests.support.queue import run_queued

pytestmark = pytest.mark.django_db

MINUTE = dt.timedelta(minutes=1)

ROWS = 5
RAW = (
    "Company,Role,Date applied\n" + "".join(f"Co {n},Dev,2026-11-02\n" for n in range(ROWS))
).encode()


def confirm(client, raw: bytes = RAW):
    """Upload, keep the guessed columns, confirm the preview: the confirming response."""
    file = SimpleUploadedFile("search.csv", raw, content_type="text/csv")
    client.post(reverse("interviews:import_upload"), {"spreadsheet": file})
    form = client.get(reverse("interviews:import_columns")).context["form"]
    client.post(
        reverse("interviews:import_columns"), {n: form[n].value() or "" for n in form.fields}
    )
    return client.post(reverse("interviews:import_preview"))


def test_confirming_queues_the_import_and_shows_its_progress(owner_client, user):
    response = confirm(owner_client)

    job = Job.objects.get(owner=user)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == job.get_absolute_url()
    assert not Application.objects.exists()  # nothing imported inside the request
    page = owner_client.get(job.get_absolute_url()).content.decode()
    assert "0 of 5 rows" in page
    assert '<progress id="job-bar"' in page
    assert 'hx-trigger="every 1s"' in page


def test_the_finished_job_shows_the_imports_report_and_stops_polling(owner_client, user):
    confirm(owner_client)
    assert run_queued() == 1

    job = Job.objects.get(owner=user)
    assert (job.status, job.done, job.total, job.work) == (JobStatus.DONE, 5, 5, None)
    partial = owner_client.get(job.get_absolute_url(), HTTP_HX_REQUEST="true")
    html = partial.content.decode()
    assert html.lstrip().startswith('<section id="job-progress"')  # the part htmx swaps
    assert "Imported 5 applications." in html
    assert "hx-trigger" not in html
    assert Application.objects.for_user(user).count() == ROWS


def test_progress_is_counted_after_each_batch(owner_client, user, monkeypatch):
    monkeypatch.setattr(chunking, "BATCH", 2)
    seen: list[tuple[int, int | None]] = []
    record = Run.progress

    def noting(run, *, done, total=None):
        seen.append((done, total))
        record(run, done=done, total=total)

    monkeypatch.setattr(Run, "progress", noting)
    confirm(owner_client)
    run_queued()
    assert seen == [(0, 5), (2, None), (4, None), (5, None)]


def test_the_import_page_links_to_an_import_still_running(owner_client, user):
    confirm(owner_client)
    job = Job.objects.get(owner=user)

    page = owner_client.get(reverse("interviews:import_upload")).content.decode()
    assert "Your spreadsheet import of “search.csv” is waiting for a worker" in page
    assert job.get_absolute_url() in page

    run_queued()
    page = owner_client.get(reverse("interviews:import_upload")).content.decode()
    assert job.get_absolute_url() not in page


def test_a_failed_import_changes_nothing_and_says_so(owner_client, user, monkeypatch):
    monkeypatch.setattr(chunking, "BATCH", 2)
    create, calls = importer._create, []

    def failing_second(owner, rows):
        calls.append(rows)
        if len(calls) == 2:
            raise IntegrityError("lost")
        return create(owner, rows)

    monkeypatch.setattr(importer, "_create", failing_second)
    confirm(owner_client)
    run_queued()

    job = Job.objects.get(owner=user)
    assert job.status == JobStatus.FAILED
    assert not Application.objects.exists()
    page = owner_client.get(job.get_absolute_url()).content.decode()
    assert "Nothing was imported: the database refused part of it." in page


def test_a_job_run_twice_imports_once(owner_client, user):
    confirm(owner_client)
    job = Job.objects.get(owner=user)
    run_queued()
    run_import.enqueue(job.pk)  # a second worker, or a task queued again
    run_queued()
    assert Application.objects.for_user(user).count() == ROWS


def test_a_strangers_job_is_a_404_and_a_post_is_refused(owner_client, user, stranger, client):
    confirm(owner_client)
    job = Job.objects.get(owner=user)
    assert owner_client.post(job.get_absolute_url()).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    client.force_login(stranger)
    assert client.get(job.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    assert client.get("/jobs/999999/").status_code == HTTPStatus.NOT_FOUND


class WorkerKilled(BaseException):
    """A worker's death mid-import: nothing of the import's own runs after it."""


def die_after_first_batch(monkeypatch):
    monkeypatch.setattr(chunking, "BATCH", 2)
    create, calls = importer._create, []

    def dying_on_second(owner, rows):
        calls.append(rows)
        if len(calls) == 2:
            raise WorkerKilled
        return create(owner, rows)

    monkeypatch.setattr(importer, "_create", dying_on_second)


def lapse_job_lease(job):
    Lease.objects.filter(key=f"job:{job.pk}").update(expires_at=timezone.now() - MINUTE)


def test_an_import_whose_worker_died_is_taken_over_when_its_lease_lapses(
    owner_client, user, monkeypatch
):
    confirm(owner_client, RAW + b"Co 0,Dev,2026-11-02\n")  # a row already in the file
    job = Job.objects.get(owner=user)
    task = DBTaskResult.objects.get(task_path="interviews.exchange.tasks.run_import")
    DBTaskResult.objects.filter(pk=task.pk).update(status=TaskResultStatus.RUNNING)
    die_after_first_batch(monkeypatch)
    with pytest.raises(WorkerKilled):
        run_import.call(job.pk)  # the worker's run, killed after its first batch
    monkeypatch.undo()
    assert Application.objects.for_user(user).count() == 2

    assert recover_jobs(timezone.now()) == 0  # its lease still runs: it may be alive
    assert run_import.call(job.pk) == "taken already"
    lapse_job_lease(job)
    assert recover_jobs(timezone.now()) == 1
    assert run_queued() == 1

    job.refresh_from_db()
    assert (job.status, job.done, job.total) == (JobStatus.DONE, ROWS, ROWS)
    assert job.report == "Imported 5 applications. 1 already here was skipped."
    companies = Application.objects.for_user(user).values_list("company", flat=True)
    assert sorted(companies) == [f"Co {n}" for n in range(ROWS)]  # each row once


def test_a_run_whose_lease_was_taken_over_writes_nothing_more(owner_client, user):
    confirm(owner_client)
    job = Job.objects.get(owner=user)
    stalled = claim(job.pk)
    lapse_job_lease(job)
    assert claim(job.pk) is not None  # another run took the job over
    with pytest.raises(LeaseLost):
        stalled.progress(done=2)
    assert Job.objects.get(pk=job.pk).done == 0


def test_a_dead_workers_restore_is_left_running_for_the_health_check(owner_client, user):
    job = Job.objects.create(owner=user, kind=JobKind.RESTORE, name="backup.json")
    Job.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING)
    assert claim(job.pk) is None  # its first run's batches are undone only by that run
