"""The recompute after a rule change as a chain of batches on the workers: each batch
written with the next one queued, each saying how far it got, a dead worker's batch
run again from where it was."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from interviews import services
from interviews.jobs import refresh
from interviews.jobs.tasks import refresh_stages
from interviews.models import Application
from tests.factories import ApplicationFactory
from tests.support.queue import run_queued

pytestmark = pytest.mark.django_db


@pytest.fixture
def stale(user, monkeypatch):
    """Five applications whose stored stage an older rule left wrong; batches of two."""
    monkeypatch.setattr(refresh, "REFRESH_BATCH", 2)
    for number in range(5):
        ApplicationFactory(owner=user, company=f"Co {number}", applied_on=timezone.localdate())
    Application.objects.update(stage="offer", awaiting_from=None)


def results() -> list[str]:
    return [
        task.return_value
        for task in DBTaskResult.objects.filter(
            task_path="interviews.jobs.tasks.refresh_stages"
        ).order_by("enqueued_at")
    ]


def test_the_command_queues_the_recompute_and_the_workers_run_it_in_batches(stale):
    out = StringIO()
    call_command("refresh_stages", "--queue", stdout=out)
    assert out.getvalue().startswith("Queued the recompute of 5 applications in batches")
    assert Application.objects.filter(stage="offer").count() == 5  # nothing done yet

    run_queued()

    assert results() == [
        "2 of 5 applications refreshed",
        "4 of 5 applications refreshed",
        "5 of 5 applications refreshed: done",
    ]
    assert set(Application.objects.values_list("stage", flat=True)) == {"applied"}
    assert not Application.objects.filter(awaiting_from=None).exists()


def test_each_batch_shows_how_far_the_recompute_has_got_before_the_next_runs(stale):
    call_command("refresh_stages", "--queue", stdout=StringIO())
    assert run_queued(limit=1) == 1
    assert Application.objects.filter(stage="offer").count() == 3
    assert results() == ["2 of 5 applications refreshed", None]


class WorkerKilled(BaseException):
    """A worker's death mid-batch: nothing of the task runs after it."""


def test_a_batch_whose_worker_died_writes_nothing_and_runs_again_from_where_it_was(
    stale, monkeypatch
):
    call_command("refresh_stages", "--queue", stdout=StringIO())
    run_queued(limit=1)
    real = services.stages_refresh

    def dying(batch):
        real(batch[:1])
        raise WorkerKilled

    monkeypatch.setattr(services, "stages_refresh", dying)
    (second,) = DBTaskResult.objects.filter(status="READY")
    with pytest.raises(WorkerKilled):
        refresh_stages.call(*second.args_kwargs["args"])  # its worker, killed mid-batch
    monkeypatch.setattr(services, "stages_refresh", real)
    assert Application.objects.filter(stage="offer").count() == 3  # its write undone
    assert DBTaskResult.objects.filter(status="READY").count() == 1  # and no next batch

    run_queued()  # the batch, queued again (health.recover_stale), and the rest

    assert results()[-2:] == [
        "4 of 5 applications refreshed",
        "5 of 5 applications refreshed: done",
    ]
    assert set(Application.objects.values_list("stage", flat=True)) == {"applied"}


def test_without_queue_the_command_still_refreshes_here_and_now(stale):
    out = StringIO()
    call_command("refresh_stages", stdout=out)
    assert "Refreshed 5 applications." in out.getvalue()
    assert set(Application.objects.values_list("stage", flat=True)) == {"applied"}
