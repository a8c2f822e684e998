"""Run what the tests queued, in this process, with the database worker's own loop."""

from __future__ import annotations

from unittest import mock

from django_tasks import DEFAULT_TASK_BACKEND_ALIAS
from django_tasks_db.management.commands import db_worker
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


def run_queued(*, limit: int | None = None) -> int:
    """Run every ready task (those whose ``run_after`` has passed), as ``db_worker --batch``
    does; how many ran. ``limit`` stops after that many."""
    before = DBTaskResult.objects.finished().count()
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name=DEFAULT_TASK_BACKEND_ALIAS,
        startup_delay=False,
        max_tasks=limit,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    # The worker closes connections it finds inside a transaction, as a request would; a
    # test runs inside one, and on PostgreSQL closing it would lose the test's data.
    with mock.patch.object(db_worker, "close_old_connections", lambda: None):
        worker.run()
    return DBTaskResult.objects.finished().count() - before
