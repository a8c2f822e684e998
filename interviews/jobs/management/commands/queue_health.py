"""Whether the task queue is moving: exits non-zero, naming the problem, when a task has
waited too long for a worker or run far too long (``interviews.jobs.health``). For a
monitor to run every few minutes:
    */5 * * * *  cd /srv/tracker && .venv/bin/python manage.py queue_health
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from interviews.jobs.health import queue_health


class Command(BaseCommand):
    help = "Report the task queue's state; exit 1 when it is stuck."

    def handle(self, *args, **options) -> None:
        now = timezone.now()
        health = queue_health(now)
        self.stdout.write(
            f"{health.ready} ready, {health.running} running, "
            f"{health.failed_lately} failed in the last day."
        )
        if problems := health.problems(now):
            raise CommandError("The queue is stuck: " + "; ".join(problems))
