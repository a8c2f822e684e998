"""A person's job from queued to done, for the features' tasks that run one (the import,
the restore, the backup): taken by one run under a lease, its count moved forward (which
renews the lease), ended with its report.

The lease is what lets a job outlive its worker. A worker killed mid-job holds it until
it lapses (JOB_LEASE after the last batch it wrote); the scheduler then queues the job's
task again (``health.recover_jobs``) and the next run takes the job over where it
stopped, if its kind can resume (``RESUMABLE``). A worker that lost its lease while
still alive (stalled past it) cannot write another batch: ``progress`` raises
``LeaseLost`` inside the batch's transaction, which undoes that batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from interviews.jobs.leases import lease_release, lease_renew, lease_take
from interviews.jobs.models import Job, JobKind, JobStatus

# Kinds whose run may take over a job a dead worker left running: the import (its rows
# committed are skipped as already there) and the backup (made again from the start).
# Not the restore: what its first run wrote is undone only by that run.
RESUMABLE = (JobKind.IMPORT, JobKind.EXPORT)
# The queue of the tasks that run a job: their one argument is the job's id, so that a
# dead worker's task can be found from its job (``health.recover_jobs``).
JOB_QUEUE = "jobs"


class LeaseLost(Exception):
    """Another run took the job over: this one must stop without writing."""


def job_lease() -> timedelta:
    """How long a job is a run's after its last sign of life; far longer than a batch."""
    return timedelta(seconds=settings.JOB_LEASE_SECONDS)


def lease_key(pk: int) -> str:
    return f"job:{pk}"


@dataclass(frozen=True)
class Run:
    """A run's hold on a job."""

    job: Job
    holder: str
    resumed: bool  # a dead worker's run of it came first

    def progress(self, *, done: int, total: int | None = None) -> None:
        """The rows or records done (and to do, once known), for the page that polls;
        renews the lease, or raises LeaseLost if another run has the job now."""
        if not lease_renew(lease_key(self.job.pk), self.holder, length=job_lease()):
            raise LeaseLost(self.job.pk)
        fields: dict[str, int] = {"done": done} | ({} if total is None else {"total": total})
        Job.objects.filter(pk=self.job.pk).update(**fields)

    def finish(self, status: str, report: str) -> str:
        """End the job with its report; the work it stored is no longer needed."""
        Job.objects.filter(pk=self.job.pk).update(
            status=status, report=report, work=None, finished_at=timezone.now()
        )
        lease_release(lease_key(self.job.pk), self.holder)
        return report


def claim(job_id: int) -> Run | None:
    """The job, now running under this run's lease: when it was queued, or when a dead
    worker left it running (its lease lapsed) and its kind can resume. None when another
    run has it, or it is finished."""
    status = Job.objects.filter(pk=job_id).values_list("status", "kind").first()
    if status is None or status[0] in (JobStatus.DONE, JobStatus.FAILED):
        return None
    resumed = status[0] == JobStatus.RUNNING
    if resumed and status[1] not in RESUMABLE:
        return None
    holder = lease_take(lease_key(job_id), length=job_lease())
    if holder is None:
        return None
    if not resumed and not Job.objects.filter(pk=job_id, status=JobStatus.QUEUED).update(
        status=JobStatus.RUNNING
    ):
        lease_release(lease_key(job_id), holder)
        return None
    job = Job.objects.select_related("owner").get(pk=job_id)
    return Run(job=job, holder=holder, resumed=resumed)
