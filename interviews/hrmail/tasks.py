"""The mailboxes' fetches on the task queue: one task per mailbox, read by one worker at a
time (a lease that lapses when its worker dies), tried again with back-off when the
server fails, and queued for each mailbox every FETCH_EVERY (``queue_fetches``, which
the scheduler runs: ``apps.HrmailConfig.ready``)."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial

from django_tasks import task

from interviews.hrmail.fetching import fetch_account
from interviews.hrmail.imap import FETCH_DEADLINE_SECONDS, MailboxError
from interviews.hrmail.models import MailAccount
from interviews.jobs.health import RERUNNABLE
from interviews.jobs.leases import leased
from interviews.jobs.retry import Backoff, retry_later
from interviews.jobs.schedule import periodic_claimed, slot_of, slots_queued

FETCH_EVERY = timedelta(minutes=5)
# A mailbox that failed is tried again after 1 and 4 minutes; its next regular fetch
# comes every five minutes anyway.
MAIL_BACKOFF = Backoff(attempts=3, first=timedelta(minutes=1))
# Longer than a fetch's own overall deadline: the lease outlives every live fetch, and a
# killed worker's lease lapses soon after.
MAILBOX_LEASE = timedelta(seconds=FETCH_DEADLINE_SECONDS + 60)


# Rerunnable: the last UID read is saved message by message and suggestions are keyed by
# message, so a run again after its worker died reads each message once.
@task(queue_name=RERUNNABLE)
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


def queue_fetches(at: datetime) -> int:
    """Each mailbox's fetch for the FETCH_EVERY slot ``at`` falls in, unless queued."""
    slot = slot_of(at, FETCH_EVERY)
    names = {pk: f"fetch_mail:{pk}" for pk in MailAccount.objects.values_list("pk", flat=True)}
    done = slots_queued(names.values(), slot)
    return sum(
        periodic_claimed(name, slot, partial(fetch_mailbox.enqueue, pk))
        for pk, name in names.items()
        if name not in done
    )
