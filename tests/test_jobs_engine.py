"""The task engine is in place: a queued task is a row that a worker claims and runs."""

from __future__ import annotations

import pytest
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from tests.support.queue import run_queued

pytestmark = pytest.mark.django_db


@task()
def add(a: int, b: int) -> int:
    return a + b


def test_a_queued_task_waits_in_the_database_until_a_worker_runs_it():
    result = add.enqueue(2, 3)

    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.READY
    assert run_queued() == 1
    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 5
