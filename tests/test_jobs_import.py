"""A spreadsheet import as a job on the queue: confirming only queues it, its page shows
the rows done of the rows to do and polls itself, the person finds it again on the import
page, and it ends with the report the import always gave; a failure changes nothing."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.urls import reverse

from interviews import chunking
from interviews.exchange import importer
from interviews.exchange.tasks import run_import
from interviews.jobs.models import Job, JobStatus
from interviews.jobs.runs import Run
from interviews.models import Application
from tests.support.queue import run_queued

pytestmark = pytest.mark.django_db

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
