"""The tasks the workers run. Each may run twice (a retry, a second scheduler) and has its
effect once: the digest log's row per person and day, the mailbox's last UID read, the
pruning's cut-offs."""

from __future__ import annotations

from datetime import date, timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone
from django_tasks import task

from interviews.digest import digest_for, recipients
from interviews.hrmail.fetching import fetch_account
from interviews.hrmail.imap import FETCH_DEADLINE_SECONDS, MailboxError
from interviews.hrmail.models import MailAccount
from interviews.jobs.exports import export_run
from interviews.jobs.imports import import_run
from interviews.jobs.leases import leased
from interviews.jobs.models import DigestClaim, Job, Lease, Tick
from interviews.jobs.restores import restore_run
from interviews.jobs.retry import Backoff, retry_later

DIGEST_BACKOFF = Backoff(attempts=4, first=timedelta(minutes=2))  # then 8, then 32 minutes
# A mailbox that failed is tried again after 1 and 4 minutes; its next regular fetch
# comes every five minutes anyway.
MAIL_BACKOFF = Backoff(attempts=3, first=timedelta(minutes=1))
# Longer than a fetch's own overall deadline: the lease outlives every live fetch, and a
# killed worker's lease lapses soon after.
MAILBOX_LEASE = timedelta(seconds=FETCH_DEADLINE_SECONDS + 60)
KEEP_CLAIMS = timedelta(days=7)
KEEP_JOBS = timedelta(days=2)  # a finished job's page, and a backup's file with it
KEEP_RESULTS_DAYS = 14  # finished tasks, for the jobs page and for looking into failures


@task()
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


@task()
def fetch_mailbox(account_id: int, attempt: int = 1) -> str:
    """Read a mailbox's new mail, unless another worker is reading it now."""
    account = MailAccount.objects.select_related("owner").filter(pk=account_id).first()
    if account is None:
        return "disconnected since it was queued"
    with leased(f"mailbox:{account_id}", length=MAILBOX_LEASE) as held:
        if not held:
            return "skipped: another worker is reading this mailbox"
        try:
            fetched = fetch_account(account)
        except MailboxError as error:
            if retry_later(fetch_mailbox, account_id, attempt=attempt, backoff=MAIL_BACKOFF):
                return f"could not read it, trying again later: {error}"
            raise
    return f"{fetched.new} new, {fetched.hiring} about hiring, {fetched.suggested} suggested"


@task()
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
    jobs = Job.objects.filter(finished_at__lt=now - KEEP_JOBS).delete()[0]
    call_command(
        "prune_db_task_results", queue_name="*", min_age_days=KEEP_RESULTS_DAYS, stdout=out
    )
    out.write(f"Deleted {claims} digest claims, {ticks} ticks, {leases} leases, {jobs} jobs.\n")
    return out.getvalue()


@task()
def run_import(job_id: int) -> str:
    """A person's spreadsheet import (``jobs.imports``), with its progress on its page."""
    return import_run(job_id)


@task()
def run_restore(job_id: int) -> str:
    """A person's backup restored (``jobs.restores``), with its progress on its page."""
    return restore_run(job_id)


@task()
def run_export(job_id: int) -> str:
    """A person's backup made in the background (``jobs.exports``)."""
    return export_run(job_id)
