"""The scheduler at a given instant: each person's digest in their own morning on their
working days, once; each mailbox's fetch once a slot; the pruning once a day."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django_tasks_db.models import DBTaskResult

from interviews.hrmail.models import MailAccount
from interviews.jobs.models import DigestClaim
from interviews.jobs.tasks import send_digest
from interviews.models import DigestLog
from interviews.services import profile_save
from tests.factories import ApplicationFactory, UserFactory
from tests.support.queue import run_queued

pytestmark = pytest.mark.django_db

TUESDAY = dt.date(2026, 12, 8)


def person(name: str, time_zone: str, country: str, region: str = ""):
    user = UserFactory(username=name)
    profile = user.profile
    profile.time_zone, profile.country, profile.region = time_zone, country, region
    profile_save(profile)
    return user


@pytest.fixture
def people(db):
    return {
        "tokyo": person("tokyo", "Asia/Tokyo", "JP"),
        "california": person("california", "America/Los_Angeles", "US", "CA"),
        "berlin": person("berlin", "Europe/Berlin", "DE", "BE"),
        "munich": person("munich", "Europe/Berlin", "DE", "BY"),
    }


def schedule(at: str) -> str:
    out = StringIO()
    call_command("schedule", "--at", at, stdout=out)
    return out.getvalue()


def queued(name: str) -> list[list]:
    path = "interviews.hrmail.tasks" if name == "fetch_mailbox" else "interviews.jobs.tasks"
    return [
        task.args_kwargs["args"] for task in DBTaskResult.objects.filter(task_path=f"{path}.{name}")
    ]


def digests(people) -> set[tuple[str, str]]:
    names = {user.pk: name for name, user in people.items()}
    return {(names[user_id], day) for user_id, day in queued("send_digest")}


def test_each_person_gets_their_digest_at_0730_in_their_own_time_zone(people):
    schedule("2026-12-07T22:30Z")  # 07:30 on Tuesday in Tokyo
    assert digests(people) == {("tokyo", "2026-12-08")}

    schedule("2026-12-08T06:30Z")  # 07:30 in Berlin and Munich
    schedule("2026-12-08T15:30Z")  # 07:30 in California
    assert digests(people) == {
        ("tokyo", "2026-12-08"),
        ("berlin", "2026-12-08"),
        ("munich", "2026-12-08"),
        ("california", "2026-12-08"),
    }


def test_nobody_is_due_a_minute_before_their_0730(people):
    schedule("2026-12-08T06:29Z")  # 07:29 in Berlin, 15:29 in Tokyo, 22:29 in California
    assert digests(people) == set()


def test_the_instant_named_says_what_was_queued(people):
    assert schedule("2026-12-08T07:30Z").startswith("Queued 2 digests, 0 mailbox fetches")


def test_no_digest_on_a_public_holiday_of_the_persons_own_region(people):
    schedule("2027-01-06T06:30Z")  # Epiphany, a Wednesday: a holiday in Bavaria, not Berlin
    schedule("2026-11-26T15:30Z")  # Thanksgiving in California
    assert digests(people) == {("berlin", "2027-01-06")}


def test_no_digest_at_the_weekend(people):
    schedule("2026-12-12T06:30Z")  # Saturday 07:30 in Berlin
    schedule("2026-12-12T22:30Z")  # Sunday 07:30 in Tokyo
    assert digests(people) == set()


def test_a_digest_is_queued_once_however_often_the_scheduler_runs_that_morning(people):
    schedule("2026-12-08T06:30Z")
    schedule("2026-12-08T06:30Z")  # the same instant again: a second machine
    schedule("2026-12-08T09:00Z")  # 10:00 in Berlin, still in the catch-up window

    assert sorted(digests(people)) == [("berlin", "2026-12-08"), ("munich", "2026-12-08")]
    assert len(queued("send_digest")) == 2
    assert DigestClaim.objects.count() == 2


def test_a_scheduler_back_after_the_morning_sends_nothing_late(people):
    schedule("2026-12-08T10:30Z")  # 11:30 in Berlin: the catch-up window has closed
    assert digests(people) == set()


def test_a_person_with_the_digest_off_gets_none_queued(people):
    profile = people["berlin"].profile
    profile.digest_enabled = False
    profile_save(profile)
    schedule("2026-12-08T06:30Z")
    assert digests(people) == {("munich", "2026-12-08")}


def test_the_queued_digest_is_sent_for_the_persons_own_day_and_only_once(people):
    berlin = people["berlin"]
    ApplicationFactory(owner=berlin, company="Acme", applied_on=TUESDAY - dt.timedelta(days=14))
    schedule("2026-12-08T06:30Z")
    assert run_queued() == 3  # Berlin's, Munich's (nothing due) and the pruning

    (message,) = mail.outbox
    assert message.to == [berlin.email]
    assert "Acme" in message.body
    assert DigestLog.objects.get(owner=berlin).sent_on == TUESDAY

    send_digest.enqueue(berlin.pk, "2026-12-08")  # queued again by hand: nothing more sent
    run_queued()
    assert len(mail.outbox) == 1


def mailbox(owner) -> MailAccount:
    return MailAccount.objects.create(owner=owner, host="imap.example.com", username="me")


def test_each_mailbox_is_fetched_once_every_five_minutes(people):
    first, second = mailbox(people["tokyo"]), mailbox(people["berlin"])

    schedule("2026-12-08T12:00Z")
    schedule("2026-12-08T12:04Z")  # the same five-minute slot
    assert sorted(queued("fetch_mailbox")) == [[first.pk], [second.pk]]

    schedule("2026-12-08T12:05Z")
    assert len(queued("fetch_mailbox")) == 4


def test_the_pruning_is_queued_once_a_day_from_three_utc(people):
    schedule("2026-12-08T02:59Z")
    assert queued("prune") == []
    schedule("2026-12-08T03:00Z")
    schedule("2026-12-08T18:00Z")
    assert len(queued("prune")) == 1
    schedule("2026-12-09T03:10Z")
    assert len(queued("prune")) == 2


def test_the_pruning_task_runs(people):
    schedule("2026-12-08T03:00Z")
    run_queued()
    (result,) = DBTaskResult.objects.filter(task_path="interviews.jobs.tasks.prune")
    assert "Deleted 0 digest claims" in result.return_value


@pytest.mark.parametrize("at", ["tomorrow", "2026-12-08T07:30", "2026-13-08T07:30Z"])
def test_an_instant_without_an_offset_or_unreadable_is_refused(at, db):
    with pytest.raises(CommandError, match="--at must be an instant"):
        schedule(at)


@pytest.mark.parametrize("every", ["0", "soon", "86400"])
def test_a_repeat_that_is_not_a_sensible_number_of_seconds_is_refused(every, db):
    with pytest.raises(CommandError, match="--every must be a number of seconds"):
        call_command("schedule", "--every", every, stdout=StringIO())


def test_an_instant_and_a_repeat_together_are_refused(db):
    with pytest.raises(CommandError, match="not both"):
        call_command("schedule", "--at", "2026-12-08T07:30Z", "--every", "60")
