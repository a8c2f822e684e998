"""The exchange's long work, run by the task queue's workers (``interviews.jobs`` is the
machinery: the job's row, its lease and its page)."""

from __future__ import annotations

from django_tasks import task

from interviews.exchange.export_job import export_run
from interviews.exchange.import_job import import_run
from interviews.exchange.restore_job import restore_run
from interviews.jobs.runs import JOB_QUEUE


@task(queue_name=JOB_QUEUE)
def run_import(job_id: int) -> str:
    """A person's spreadsheet import (``import_job``), with its progress on its page."""
    return import_run(job_id)


@task(queue_name=JOB_QUEUE)
def run_restore(job_id: int) -> str:
    """A person's backup restored (``restore_job``), with its progress on its page."""
    return restore_run(job_id)


@task(queue_name=JOB_QUEUE)
def run_export(job_id: int) -> str:
    """A person's backup made in the background (``export_job``)."""
    return export_run(job_id)
