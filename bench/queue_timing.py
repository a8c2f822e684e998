"""Tasks per second through the database queue, with one and with two worker processes.

    .venv/bin/python bench/queue_timing.py [--tasks 400] [--workers 1 2]

Queues --tasks small tasks (a mailbox fetch for a mailbox that no longer exists: one
query, the queue's own cost) in a fresh SQLite file, or in DATABASE_URL's database when
set, then starts the workers (`manage.py db_worker --batch`, each its own process) and
times them until the queue is empty.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=400)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="tracker-queue-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'queue.sqlite3'}")
    os.environ["DJANGO_SETTINGS_MODULE"] = "tracker.settings"
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    from interviews.hrmail.tasks import fetch_mailbox

    call_command("migrate", interactive=False, verbosity=0)
    for workers in args.workers:
        DBTaskResult.objects.all().delete()
        for _ in range(args.tasks):
            fetch_mailbox.enqueue(0)
        started = time.perf_counter()
        processes = [
            subprocess.Popen(
                [
                    sys.executable,
                    "manage.py",
                    "db_worker",
                    "--batch",
                    "--no-reload",
                    "--no-startup-delay",
                    "--interval",
                    "0",
                    "--queue-name",
                    "*",
                    "-v",
                    "0",
                ],
                cwd=ROOT,
            )
            for _ in range(workers)
        ]
        for process in processes:
            process.wait()
        took = time.perf_counter() - started
        done = DBTaskResult.objects.successful().count()
        print(
            f"{workers} worker(s): {done} of {args.tasks} tasks in {took:.2f} s: "
            f"{done / took:.0f} tasks/s (process start included)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
