"""A backup made as a job, for accounts large enough that building the file inside a
request would keep the person waiting: a worker builds the same file the download link
gives (``exchange.backup``) and the job's page offers it until it is pruned."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from django.core.files import File
from django.db import transaction
from django.utils import timezone

from interviews.documents.services import files_remove
from interviews.documents.storage import document_storage
from interviews.exchange.backup_files import backup_file
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


def _made(job: Job) -> dict[str, str]:
    """The job's file: the JSON in its row, or (with documents) the zip on the private
    storage, its name in the row (``jobs.views.job_file`` serves it, the pruning removes it)."""
    content, _, extension = backup_file(job.owner)
    if extension == "json":
        return {"result": content.read().decode()}
    name = document_storage().save(f"backups/{uuid.uuid4().hex}.zip", File(content))
    return {"result": name, "name": job.name.removesuffix(".json") + ".zip"}


def leaving(user) -> Callable[[], None]:
    """The account's backups kept as zips, removed once its deletion is committed."""
    zips = Job.objects.filter(owner=user, kind=JobKind.EXPORT, name__endswith=".zip")
    return files_remove(list(zips.exclude(result="").values_list("result", flat=True)))


def export_run(job_id: int) -> str:
    """Make the backup of a queued export job; what it ends with."""
    run = claim(job_id)
    if run is None:
        return "taken already"
    try:
        Job.objects.filter(pk=run.job.pk).update(**_made(run.job))
    except Exception:
        run.finish(JobStatus.FAILED, "The backup could not be made. Try again in a minute.")
        raise
    return run.finish(JobStatus.DONE, READY)
