"""Each mailbox's fetch as its own task: read by one worker at a time (a lease that lapses
when its worker dies), tried again with back-off when the server fails, then failed."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from interviews.hrmail.imap import FETCH_DEADLINE_SECONDS
from interviews.hrmail.models import MailAccount, MailSuggestion
from interviews.hrmail.secrets import encrypt
from interviews.hrmail.tasks import MAIL_BACKOFF, MAILBOX_LEASE, fetch_mailbox
from interviews.jobs.leases import lease_release, lease_take, leased
from interviews.jobs.models import Lease
from interviews.jobs.retry import Backoff
from tests.factories import ApplicationFactory, UserFactory
from tests.imap_server import dovecot_fixture  # noqa: F401  (the imap_server fixture)
from tests.support.mail import REJECTION
from tests.support.queue import run_queued

pytestmark = pytest.mark.django_db

MINUTE = dt.timedelta(minutes=1)


@pytest.fixture
def seeker(db):
    user = UserFactory(username="seeker")
    ApplicationFactory(owner=user, company="Acme Robotics", contact_email="dana@acme-robotics.com")
    return user


def connect(user, server, *, password=None):
    return MailAccount.objects.create(
        owner=user,
        host=server.host,
        port=server.port,
        security="plain",
        username=server.user,
        password_encrypted=encrypt(password or server.password),
    )


def fetch_tasks() -> list[DBTaskResult]:
    return list(
        DBTaskResult.objects.filter(task_path="interviews.hrmail.tasks.fetch_mailbox").order_by(
            "enqueued_at"
        )
    )


def test_a_queued_fetch_reads_the_mailbox(seeker, imap_server):
    account = connect(seeker, imap_server)
    imap_server.append(REJECTION)
    result = fetch_mailbox.enqueue(account.pk)

    run_queued()

    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == "1 new, 1 about hiring, 1 suggested"
    assert MailSuggestion.objects.get(owner=seeker).kind == "rejected"
    assert not Lease.objects.exists()  # given back


def test_a_mailbox_being_read_by_another_worker_is_skipped(seeker, imap_server):
    account = connect(seeker, imap_server)
    imap_server.append(REJECTION)
    lease_take(f"mailbox:{account.pk}", length=MAILBOX_LEASE)  # another worker, mid-fetch
    result = fetch_mailbox.enqueue(account.pk)

    run_queued()

    result.refresh()
    assert result.return_value == "skipped: another worker is reading this mailbox"
    assert not MailSuggestion.objects.exists()


def test_a_failing_mailbox_is_tried_again_after_a_growing_wait_then_fails(seeker, imap_server):
    account = connect(seeker, imap_server, password="not-the-password")
    fetch_mailbox.enqueue(account.pk)

    run_queued()
    first, second = fetch_tasks()
    assert first.status == TaskResultStatus.SUCCESSFUL
    assert "trying again later" in first.return_value
    assert second.status == TaskResultStatus.READY
    assert second.args_kwargs == {"args": [account.pk], "kwargs": {"attempt": 2}}
    assert second.run_after - first.finished_at == pytest.approx(
        MINUTE, abs=dt.timedelta(seconds=2)
    )

    DBTaskResult.objects.filter(pk=second.pk).update(run_after=timezone.now())  # a minute on
    run_queued()
    third = fetch_tasks()[2]
    assert third.args_kwargs["kwargs"] == {"attempt": 3}
    assert third.run_after - timezone.now() > 3 * MINUTE  # four minutes after the second

    DBTaskResult.objects.filter(pk=third.pk).update(run_after=timezone.now())
    run_queued()
    tasks = fetch_tasks()
    assert len(tasks) == 3  # the third was the last attempt: no fourth
    assert tasks[2].status == TaskResultStatus.FAILED
    assert tasks[2].exception_class_path == "interviews.hrmail.imap.MailboxError"
    account.refresh_from_db()
    assert "refused the user name or app password" in account.last_error


def test_a_disconnected_mailbox_queued_before_is_nothing_to_do(db):
    result = fetch_mailbox.enqueue(12345)
    run_queued()
    result.refresh()
    assert result.return_value == "disconnected since it was queued"


def test_the_lease_outlives_the_fetch_deadline():
    assert MAILBOX_LEASE.total_seconds() > FETCH_DEADLINE_SECONDS


def test_the_back_off_grows_by_its_factor():
    backoff = Backoff(attempts=4, first=MINUTE, factor=4)
    assert [backoff.wait(n) for n in (1, 2, 3)] == [MINUTE, 4 * MINUTE, 16 * MINUTE]
    assert MAIL_BACKOFF.attempts == 3


def test_a_lease_is_held_by_one_until_given_back(db):
    holder = lease_take("mailbox:1", length=MINUTE)
    assert holder is not None
    assert lease_take("mailbox:1", length=MINUTE) is None
    lease_release("mailbox:1", "someone else")  # not theirs to give back
    assert lease_take("mailbox:1", length=MINUTE) is None
    lease_release("mailbox:1", holder)
    assert lease_take("mailbox:1", length=MINUTE) is not None


def test_a_killed_workers_lease_lapses_at_its_expiry(db):
    dead = lease_take("mailbox:1", length=MINUTE)
    Lease.objects.filter(key="mailbox:1").update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )

    with leased("mailbox:1", length=MINUTE) as held:
        assert held
        lease_release("mailbox:1", dead)  # a late release by the old holder takes nothing
        assert lease_take("mailbox:1", length=MINUTE) is None
    assert not Lease.objects.exists()
