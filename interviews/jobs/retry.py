"""Retries with back-off, which the Tasks API leaves to the task: a task that failed in a
way worth trying again queues its own next attempt, ``run_after`` the back-off, with the
attempt's number among its arguments; the last attempt's failure is the task's failure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from django_tasks import TaskResult
from django_tasks.base import Task


@dataclass(frozen=True)
class Backoff:
    attempts: int  # in all, the first one included
    first: timedelta  # the wait before the second attempt
    factor: int = 4  # each wait this many times the one before

    def wait(self, attempt: int) -> timedelta:
        """The wait after failed attempt number ``attempt`` (1 for the first)."""
        return self.first * self.factor ** (attempt - 1)


def retry_later(task: Task, *args: object, attempt: int, backoff: Backoff) -> TaskResult | None:
    """Queue attempt ``attempt + 1`` of ``task`` after its back-off; None when ``attempt``
    was the last one allowed (the caller then lets the failure stand)."""
    if attempt >= backoff.attempts:
        return None
    run_after = timezone.now() + backoff.wait(attempt)
    return task.using(run_after=run_after).enqueue(*args, attempt=attempt + 1)
