"""A person's job from queued to done: taken by one run, its count moved forward, ended
with its report (``Job``); shared by the import and the restore."""

from __future__ import annotations

from django.utils import timezone

from interviews.jobs.models import Job, JobStatus


def claim(job_id: int) -> Job | None:
    """The job, now running, when it was queued: of two runs, one gets it."""
    if not Job.objects.filter(pk=job_id, status=JobStatus.QUEUED).update(status=JobStatus.RUNNING):
        return None
    return Job.objects.select_related("owner").get(pk=job_id)


def progress(pk: int, *, done: int, total: int | None = None) -> None:
    """The rows or records done (and to do, once known), for the page that polls."""
    fields: dict[str, int] = {"done": done} | ({} if total is None else {"total": total})
    Job.objects.filter(pk=pk).update(**fields)


def finish(pk: int, status: str, report: str) -> str:
    """End the job with its report; the work it stored is no longer needed."""
    Job.objects.filter(pk=pk).update(
        status=status, report=report, work=None, finished_at=timezone.now()
    )
    return report
