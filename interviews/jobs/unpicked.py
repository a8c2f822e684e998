"""Whether a person's queued job is waiting for a worker that is not there.

django-tasks-db keeps no record of its workers: a worker only shows itself by claiming a
task (``started_at``). So "no worker is running" is read as: the job has waited longer
than an idle worker takes to claim it (it polls every second), and no task at all was
claimed since the job was queued, nor is one running that a busy worker took lately. A
worker busy with a long task is seen through that task; one that died while running
it is ``health``'s to report, not this page's.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Q
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from interviews.jobs.health import RUNNING_TOO_LONG
from interviews.jobs.models import Job, JobStatus

# Far longer than a running worker, idle or between two batches, takes to claim a task.
NOT_TAKEN_AFTER = timedelta(seconds=15)


def waiting_for_no_worker(job: Job, now: datetime) -> bool:
    """Whether ``job`` is queued with no worker to take it (one query, none while the job
    is young or under way)."""
    if job.status != JobStatus.QUEUED or job.created_at > now - NOT_TAKEN_AFTER:
        return False
    claimed_since = Q(started_at__gte=job.created_at)
    running_lately = Q(status=TaskResultStatus.RUNNING, started_at__gte=now - RUNNING_TOO_LONG)
    return not DBTaskResult.objects.filter(claimed_since | running_lately).exists()
