"""A spreadsheet import as a job: the request that confirms it only moves the stored table
into a ``Job`` and queues the task; a worker plans and imports it in batches, counting
the rows done, and ends with the report the person used to get at once. A failure
changes nothing (the batches already written are removed) and says what went wrong."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from interviews.exchange.importer import ImportFailed, import_report, import_rows, stored_preview
from interviews.exchange.likely import merge_rows
from interviews.jobs.models import Job, JobKind, JobStatus
from interviews.jobs.runs import claim, finish, progress
from interviews.models import PendingImport
from interviews.profiles import activated, profile_of

UNEXPECTED = "Nothing was imported: something went wrong on our side. Try again in a minute."


def import_queue(pending: PendingImport) -> Job:
    """The job importing ``pending``'s table with its chosen columns, queued."""
    from interviews.jobs.tasks import run_import  # the tasks import this module

    with transaction.atomic():
        job = Job.objects.create(
            owner_id=pending.owner_id,
            kind=JobKind.IMPORT,
            name=pending.name,
            total=len(pending.table["rows"]),
            work={"table": pending.table, "choice": pending.columns},
        )
        run_import.enqueue(job.pk)
    return job


def import_run(job_id: int) -> str:
    """Run a queued import job; what it ends with. A job already taken does nothing."""
    job = claim(job_id)
    if job is None:
        return "taken already"
    try:
        with activated(profile_of(job.owner)):  # the person's own "today" for the dates
            work = job.work or {}
            plan = stored_preview(
                job.owner, work["table"], work["choice"], today=timezone.localdate()
            )
            progress(job.pk, done=0, total=len(plan.ready))
            imported = import_rows(
                job.owner, plan.ready, progress=lambda done: progress(job.pk, done=done)
            )
            merged = merge_rows(job.owner, plan.merges)  # the rows the person chose to merge
    except ImportFailed as problem:
        return finish(job.pk, JobStatus.FAILED, str(problem))
    except Exception:
        finish(job.pk, JobStatus.FAILED, UNEXPECTED)
        raise  # the task fails too, with its traceback for whoever looks into it
    return finish(job.pk, JobStatus.DONE, import_report(len(imported), plan, merged))
