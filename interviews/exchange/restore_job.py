"""A backup restored as a job: the request checks the file (size, JSON, format, record
count) and queues it; a worker checks every record and writes them in batches, counting
the records written, and ends with the report a restore always gave. A failure changes
nothing (``exchange.restore`` undoes the batches written) and says what went wrong."""

from __future__ import annotations

import json
from typing import Any

from django.db import transaction

from interviews.exchange.backup_files import files_discard
from interviews.exchange.restore import RestoreError, restore
from interviews.jobs.models import Job, JobKind, JobStatus
from interviews.jobs.runs import claim

UNEXPECTED = "Nothing was restored: something went wrong on our side. Try again in a minute."


def restore_queue(
    user, *, name: str, document: dict[str, Any], files: dict[str, Any] | None = None
) -> Job:
    """The job restoring ``document`` (read and checked by ``read_backup``), queued, with
    the documents' files it stored (their names in the storage, by document uid)."""
    from interviews.exchange.tasks import run_restore  # the tasks import this module

    try:
        with transaction.atomic():
            # As text: the file may hold what JSON allows Python and not the database
            # (NaN, Infinity), which the restore's checks refuse with a reason.
            work = {"document": json.dumps(document), "files": files or {}}
            job = Job.objects.create(owner=user, kind=JobKind.RESTORE, name=name[:100], work=work)
            run_restore.enqueue(job.pk)
    except BaseException:
        files_discard(files or {})
        raise
    return job


def restore_run(job_id: int) -> str:
    """Run a queued restore job; what it ends with. A job already taken does nothing."""
    run = claim(job_id)
    if run is None:
        return "taken already"
    try:
        work = run.job.work or {}
        report = restore(
            run.job.owner,
            json.loads(work["document"]),
            files=work.get("files"),
            progress=lambda done, total: run.progress(done=done, total=total),
        )
    except RestoreError as problem:
        return run.finish(JobStatus.FAILED, str(problem))
    except Exception:
        run.finish(JobStatus.FAILED, UNEXPECTED)
        raise
    return run.finish(JobStatus.DONE, f"Backup restored. {report}")
