"""Whether the queue is moving, and the recovery of tasks whose worker died.

The database backend marks a task running when a worker claims it and never looks at it
again: a worker killed with SIGKILL (or its machine lost) leaves it running for ever.
``recover_stale`` puts such tasks back in the queue when they are safe to run again
(their effect happens once however often they run: the tasks on the RERUNNABLE queue)
and have run far longer than they ever take; ``recover_jobs`` those of people's jobs
whose lease lapsed (``runs``), to be taken over; ``queue_health`` reports the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Min, Q, QuerySet
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

from interviews.jobs.models import Job, JobStatus, Lease
from interviews.jobs.runs import JOB_QUEUE, RESUMABLE

# The queue of tasks that may run again from the start, each saying why where it is
# defined (``@task(queue_name=RERUNNABLE)``): a digest, a mailbox fetch, the pruning.
RERUNNABLE = "rerunnable"
# Far longer than any of those takes (a fetch stops at its two-minute deadline).
STALE = timedelta(minutes=15)
# A task ready this long with nobody taking it: no worker is running.
WAITING_TOO_LONG = timedelta(minutes=10)
# A task running this long: its worker died or hangs.
RUNNING_TOO_LONG = timedelta(minutes=30)


def recover_stale(now: datetime) -> int:
    """Put rerunnable tasks running since before ``now - STALE`` back in the queue."""
    return (
        DBTaskResult.objects.running()
        .filter(queue_name=RERUNNABLE, started_at__lt=now - STALE)
        .update(status=TaskResultStatus.READY, started_at=None)
    )


def recover_jobs(now: datetime) -> int:
    """Queue again the tasks of people's jobs left running by a dead worker: a job that
    can resume (``runs.RESUMABLE``), running, whose lease lapsed (its worker wrote
    nothing for ``runs.job_lease()``). The next run takes it over where it stopped."""
    lapsed = set(
        Job.objects.filter(status=JobStatus.RUNNING, kind__in=RESUMABLE)
        .exclude(pk__in=_live_job_leases(now))
        .values_list("pk", flat=True)
    )
    if not lapsed:
        return 0
    # Few rows: the running tasks of jobs, each holding its job's id as its one argument.
    stuck = [
        result.pk
        for result in DBTaskResult.objects.running().filter(queue_name=JOB_QUEUE)
        if (result.args_kwargs.get("args") or [None])[0] in lapsed
    ]
    return DBTaskResult.objects.filter(pk__in=stuck).update(
        status=TaskResultStatus.READY, started_at=None
    )


def _live_job_leases(now: datetime) -> list[int]:
    keys = Lease.objects.filter(key__startswith="job:", expires_at__gt=now)
    return [int(key.removeprefix("job:")) for key in keys.values_list("key", flat=True)]


@dataclass(frozen=True)
class Health:
    ready: int
    running: int
    failed_lately: int
    oldest_ready: datetime | None  # the run_after of the longest-waiting ready task
    oldest_running: datetime | None  # the started_at of the longest-running task

    def problems(self, now: datetime) -> list[str]:
        found = []
        if self.oldest_ready is not None and self.oldest_ready < now - WAITING_TOO_LONG:
            waited = _minutes(now - self.oldest_ready)
            found.append(f"a task has waited {waited} minutes for a worker: is one running?")
        if self.oldest_running is not None and self.oldest_running < now - RUNNING_TOO_LONG:
            ran = _minutes(now - self.oldest_running)
            found.append(f"a task has been running for {ran} minutes: its worker died or hangs")
        return found


def queue_health(now: datetime) -> Health:
    """The queue's counts and its oldest waiting and running tasks, in five queries."""
    ready = DBTaskResult.objects.ready()  # ready, and its run_after passed
    running = DBTaskResult.objects.running()
    return Health(
        ready=ready.count(),
        running=running.count(),
        failed_lately=DBTaskResult.objects.failed()
        .filter(finished_at__gte=now - timedelta(days=1))
        .count(),
        oldest_ready=_waiting_since(ready),
        oldest_running=running.aggregate(oldest=Min("started_at"))["oldest"],
    )


def _waiting_since(ready: QuerySet[DBTaskResult]) -> datetime | None:
    """When the longest-waiting ready task became ready: queued, or its run_after passed
    (a task queued without one has the largest date as its run_after)."""
    never = get_date_max()
    times = ready.aggregate(
        queued=Min("enqueued_at", filter=Q(run_after=never)),
        due=Min("run_after", filter=~Q(run_after=never)),
    )
    return min((when for when in times.values() if when is not None), default=None)


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)
