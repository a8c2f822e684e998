"""The core's tasks: the digest, the pruning and the recompute after a rule change. Each
may run twice (a retry, a second scheduler, a dead worker's task queued again) and has
its effect once: the digest log's row per person and day, the pruning's cut-offs, a
recompute's result the same however often it runs. The feature apps' tasks live in
their own ``tasks`` modules (the mailbox fetch, the import, the restore, the backup)."""

from __future__ import annotations

from datetime import date, timedelta
from io import StringIO

from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from interviews.digest import digest_for, recipients
from interviews.jobs.health import RERUNNABLE
from interviews.jobs.models import DigestClaim, Job, Lease, Tick, stored_backups_remove
from interviews.jobs.refresh import refresh_next
from interviews.jobs.retry import Backoff, retry_later

DIGEST_BACKOFF = Backoff(attempts=4, first=timedelta(minutes=2))  # then 8, then 32 minutes
KEEP_CLAIMS = timedelta(days=7)
KEEP_JOBS = timedelta(days=2)  # a finished job's page, and a backup's file with it
KEEP_RESULTS_DAYS = 14  # finished tasks, for the jobs page and for looking into failures


@task(queue_name=RERUNNABLE)
def send_digest(user_id: int, day: str, attempt: int = 1) -> str:
    """The person's digest for ``day`` (their own date, ISO), unless it went out already."""
    local_day = date.fromisoformat(day)
    users = recipients(local_day, pks=[user_id])
    if not users:
        return "not sent: the digest is off, there is no address or it went out already"
    try:
        outcome = digest_for(users[0], day=local_day)
    except OSError as error:  # smtplib's errors
        if retry_later(send_digest, user_id, day, attempt=attempt, backoff=DIGEST_BACKOFF):
            return f"could not send, trying again later: {error}"
        raise
    return {None: "nothing due", True: "sent", False: "went out already"}[outcome]


@task(queue_name=RERUNNABLE)
def prune() -> str:
    """The daily clean-up (``manage.py prune``), the scheduler's old claims, lapsed leases,
    people's finished jobs (with their backup files) and finished tasks older than
    KEEP_RESULTS_DAYS."""
    out = StringIO()
    call_command("prune", stdout=out)
    now = timezone.now()
    claims = DigestClaim.objects.filter(queued_at__lt=now - KEEP_CLAIMS).delete()[0]
    ticks = Tick.objects.filter(slot__lt=now - KEEP_CLAIMS).delete()[0]
    leases = Lease.objects.filter(expires_at__lt=now).delete()[0]
    old = Job.objects.filter(finished_at__lt=now - KEEP_JOBS)
    stored_backups_remove(old)
    jobs = old.delete()[0]
    call_command(
        "prune_db_task_results", queue_name="*", min_age_days=KEEP_RESULTS_DAYS, stdout=out
    )
    out.write(f"Deleted {claims} digest claims, {ticks} ticks, {leases} leases, {jobs} jobs.\n")
    return out.getvalue()


@task(queue_name=RERUNNABLE)
def refresh_stages(after: int, done: int, total: int) -> str:
    """One batch of the recompute after a rule change (``refresh``), and the next queued
    in the same transaction; how far the recompute has got."""
    with transaction.atomic():
        count, next_after = refresh_next(after)
        if next_after is not None:
            refresh_stages.enqueue(next_after, done + count, total)
    done += count
    return f"{done} of {total} applications refreshed" + ("" if next_after else ": done")
