"""Several requests writing to the same application at once: each write takes the owner's
lock (services.owner_lock) before it saves, so the last stage stored is computed from every
record, never from a snapshot that missed another writer's record."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading

import pytest
from django.db import connection
from django.utils import timezone

from interviews import services
from interviews.models import Application, InterviewRound, Outcome, StatusUpdate, UpdateKind
from interviews.services import record_save, stage_refresh
from tests.factories import ApplicationFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    # SQLite begins every write transaction IMMEDIATE, so writers queue at BEGIN (shown
    # on a file database by scripts/concurrency.py); its in-memory test database cannot
    # be shared by threads. CI runs this file again on PostgreSQL, where it matters.
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks are a PostgreSQL matter here"
    ),
]

DERIVED = ("stage", "awaiting_from", "follow_up_on", "quiet_from")


def derived(application: Application) -> tuple:
    return tuple(Application.objects.filter(pk=application.pk).values_list(*DERIVED).get())


def test_writers_of_one_application_at_once_leave_a_stored_stage_equal_to_a_recompute(
    user, monkeypatch
):
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 2))
    when = timezone.make_aware(dt.datetime(2026, 11, 9, 10))
    records = [
        InterviewRound(application=application, scheduled_at=when, outcome=Outcome.DONE),
        StatusUpdate(application=application, kind=UpdateKind.MOVING_FORWARD, on=when.date()),
        StatusUpdate(application=application, kind=UpdateKind.OFFER_VERBAL, on=when.date()),
        StatusUpdate(application=application, kind=UpdateKind.FOLLOW_UP_SENT, on=when.date()),
    ]
    # Each writer pauses after reading the records, until every writer has read them or a
    # second has passed: without the lock, all of them read a snapshot that misses the
    # others' records. With it, the others wait at the lock, and the pause times out.
    everyone_has_read = threading.Barrier(len(records), timeout=1)
    derive_stage = services.derive_stage

    def derive_once_everyone_has_read(**records_read):
        with contextlib.suppress(threading.BrokenBarrierError):
            everyone_has_read.wait()
        return derive_stage(**records_read)

    monkeypatch.setattr(services, "derive_stage", derive_once_everyone_has_read)
    failures: list[BaseException] = []

    def write(record):
        try:
            record_save(record)
        except BaseException as error:  # reported below, with the others
            failures.append(error)
        finally:
            connection.close()

    writers = [threading.Thread(target=write, args=(record,)) for record in records]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=60)
    monkeypatch.undo()
    assert failures == []
    on_file = InterviewRound.objects.filter(application=application).count()
    on_file += StatusUpdate.objects.filter(application=application).count()
    assert on_file == len(records)
    stored = derived(application)
    stage_refresh(application)
    assert stored == derived(application)
    assert stored[0] == "offer"
