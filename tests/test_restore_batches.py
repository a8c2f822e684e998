"""Big restores in small transactions: the whole file is checked before the first write,
each batch commits on its own (so other people's writes wait for one batch at most),
a failure in a later batch deletes what the earlier ones added, and the number of
records has a limit with a clear message."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from django.db import IntegrityError, connection, transaction

from interviews import chunking
from interviews.exchange import restore as restoring
from interviews.exchange.backup import backup_document
from interviews.exchange.restore import MAX_RECORDS, RestoreError, read_document, restore
from interviews.models import Application, InterviewRound
from tests.factories import ApplicationFactory, InterviewRoundFactory, UserFactory
from tests.support.backup import stored

TODAY = dt.date(2026, 11, 27)


def many(user, count: int) -> dict:
    """A backup of ``count`` applications, each with one round."""
    document = backup_document(user)
    document["profile"]["country"] = "US"  # the factories' profile has none
    template = ApplicationFactory.build(owner=user, applied_on=TODAY)
    for n in range(count):
        uid = str(uuid.UUID(int=n + 1))
        document["applications"].append(
            {"uid": uid, "company": f"Co {n}", "role": template.role, "applied_on": str(TODAY)}
        )
        document["rounds"].append(
            {
                "uid": str(uuid.UUID(int=10**6 + n)),
                "application": uid,
                "kind": "video",
                "scheduled_at": "2026-11-20T10:00:00+00:00",
                "duration_minutes": 60,
                "outcome": "done",
            }
        )
    return document


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(chunking, "BATCH", 4)


@pytest.mark.django_db(transaction=True)
def test_each_batch_commits_before_the_next_starts(user, small_batches, monkeypatch):
    commits: list[int] = []
    calls: list[tuple[int, bool]] = []
    create = restoring._create

    def watched(records, part):
        calls.append((len(commits), connection.in_atomic_block))
        create(records, part)
        transaction.on_commit(lambda: commits.append(1))

    monkeypatch.setattr(restoring, "_create", watched)
    restore(UserFactory(username="target"), many(user, 10))
    # 10 applications and 10 rounds in batches of 4: six batches, each committed alone.
    assert [done for done, _ in calls] == [0, 1, 2, 3, 4, 5]
    assert all(in_transaction for _, in_transaction in calls)
    assert len(commits) == 6


@pytest.mark.django_db(transaction=True)
def test_a_later_batch_that_fails_removes_what_the_earlier_ones_added(
    user, small_batches, monkeypatch
):
    target = UserFactory(username="target")
    kept = ApplicationFactory(owner=target, company="Already here", applied_on=TODAY)
    InterviewRoundFactory(application=kept)
    before = stored(target)
    create, seen = restoring._create, []

    def failing_third(records, part):
        seen.append(part)
        if len(seen) == 3:
            raise IntegrityError("a clash with a write made meanwhile")
        create(records, part)

    monkeypatch.setattr(restoring, "_create", failing_third)
    document = many(user, 10)
    document["profile"]["full_name"] = "Changed"
    with pytest.raises(RestoreError, match="Nothing was restored"):
        restore(target, document)
    assert stored(target) == before
    assert Application.objects.count() == 1 and InterviewRound.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_failure_refreshing_stages_also_puts_the_settings_back(user, small_batches, monkeypatch):
    target = UserFactory(username="target")
    before = stored(target)
    document = many(user, 6)
    document["profile"].update(full_name="Changed", country="DE", time_zone="Europe/Berlin")

    def broken(owner, pks):
        raise IntegrityError("lost")

    monkeypatch.setattr(restoring, "_refresh", broken)
    with pytest.raises(RestoreError):
        restore(target, document)
    assert stored(target) == before


@pytest.mark.django_db
def test_a_problem_anywhere_in_the_file_stops_it_before_any_write(user, monkeypatch):
    document = many(user, 10)
    document["rounds"][-1]["duration_minutes"] = "an hour"
    writes = []
    monkeypatch.setattr(restoring, "_create", lambda records, part: writes.append(part))
    with pytest.raises(RestoreError, match=r"rounds\[9\]"):
        restore(UserFactory(username="target"), document)
    assert writes == []


@pytest.mark.django_db
def test_a_backup_over_the_record_limit_is_refused_before_it_is_parsed(monkeypatch):
    raw = json.dumps({"applications": [{"uid": "x"}] * (MAX_RECORDS + 1)}).encode()

    def parse(*args, **kwargs):
        raise AssertionError("parsed")

    monkeypatch.setattr(restoring.json, "loads", parse)
    with pytest.raises(RestoreError, match="takes up to 50,000"):
        read_document(raw)


@pytest.mark.django_db
def test_a_parsed_document_over_the_record_limit_is_refused_with_the_count(user, monkeypatch):
    monkeypatch.setattr(restoring, "MAX_RECORDS", 15)
    with pytest.raises(RestoreError, match="holds 20 records"):
        restore(UserFactory(username="target"), many(user, 10))
    assert not Application.objects.exists()


@pytest.mark.django_db
def test_restoring_many_records_takes_a_few_queries_per_batch(user, django_assert_max_num_queries):
    document = many(user, 40)
    target = UserFactory(username="target")
    with django_assert_max_num_queries(60):
        restore(target, document)
    assert Application.objects.for_user(target).count() == 40
