"""A backup made as a job, for accounts large enough that building the file inside a
request would keep the person waiting: a worker builds the same file the download link
gives (``exchange.backup``) and the job's page offers it until it is pruned."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from interviews.exchange.backup import backup_json
from interviews.jobs.models import Job, JobKind, JobStatus
from interviews.jobs.runs import claim

READY = "Your backup is ready to download."


def export_queue(user) -> Job:
    """The job making ``user``'s backup, queued."""
    from interviews.exchange.tasks import run_export  # the tasks import this module

    name = f"interview-tracker-{timezone.localdate().isoformat()}.json"
    with transaction.atomic():
        job = Job.objects.create(owner=user, kind=JobKind.EXPORT, name=name)
        run_export.enqueue(job.pk)
    return job


def export_run(job_id: int) -> str:
    """Make the backup of a queued export job; what it ends with."""
    run = claim(job_id)
    if run is None:
        return "taken already"
    try:
        Job.objects.filter(pk=run.job.pk).update(result=backup_json(run.job.owner))
    except Exception:
        run.finish(JobStatus.FAILED, "The backup could not be made. Try again in a minute.")
        raise
    return run.finish(JobStatus.DONE, READY)
