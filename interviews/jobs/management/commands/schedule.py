"""Queue what is due now (or ``--at`` an instant): digests in each person's morning,
the daily pruning and the feature apps' periodic work such as each mailbox's fetch
(``interviews.jobs.schedule``).

Run it every minute from cron, on one machine or several: what it queues is claimed
first, so a second run queues nothing twice.
    * * * * *  cd /srv/tracker && .venv/bin/python manage.py schedule
``--at 2026-12-08T07:30Z`` queues what is due at that instant, for tests and operators;
``--every 60`` runs it again every 60 seconds until stopped (``make run`` does).
"""

from __future__ import annotations

import signal
import time
from datetime import datetime

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from interviews.jobs.schedule import Queued, schedule


class Command(BaseCommand):
    help = "Queue the digests, mailbox fetches and pruning due now, or at --at."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--at", help="An instant with its offset, e.g. 2026-12-08T07:30Z.")
        parser.add_argument("--every", help="Run again every this many seconds, until stopped.")

    def handle(self, *args, at: str | None = None, every: str | None = None, **options) -> None:
        instant = parse_instant(at)
        pause = parse_every(every)
        if instant is not None and pause is not None:
            raise CommandError("--at names one instant; --every runs at each moment: not both.")
        if pause is not None:
            # Started in the background by a shell (make run), SIGINT arrives ignored:
            # Ctrl-C must stop this loop with the web server it runs beside.
            signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            while True:
                self.stdout.write(summary(schedule(instant or timezone.now())))
                if pause is None:
                    return
                time.sleep(pause)
        except KeyboardInterrupt:
            return


def summary(queued: Queued) -> str:
    parts = [f"{queued.digests} digest{'s' if queued.digests != 1 else ''}"] + [
        f"{count} {periodic.singular if count == 1 else periodic.plural}"
        for periodic, count in queued.periodic.items()
    ]
    text = f"Queued {', '.join(parts)}{', the pruning' if queued.prune else ''}"
    if queued.recovered:
        text += f"; {queued.recovered} tasks of dead workers queued again"
    return text + "."


def parse_instant(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        instant = datetime.fromisoformat(raw)
    except ValueError:
        instant = None
    if instant is None or instant.tzinfo is None:
        raise CommandError(
            f"--at must be an instant with its offset, like 2026-12-08T07:30Z, not {raw!r}."
        )
    return instant


def parse_every(raw: str | None) -> float | None:
    if raw is None:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        seconds = 0
    if not 1 <= seconds <= 3600:
        raise CommandError(f"--every must be a number of seconds from 1 to 3600, not {raw!r}.")
    return seconds
