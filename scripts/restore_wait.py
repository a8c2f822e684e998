"""How long other people's writes wait while one person restores a big backup.

    .venv/bin/python scripts/restore_wait.py --records 20000

Uses the database in DATABASE_URL (migrating it first), else a fresh temporary SQLite
file. A child process restores a backup of N applications into an empty account
(``exchange.restore``: checked whole, then written in batches); meanwhile this process
writes one application for another person every 50 ms. Prints the restore's time and
its longest batch, then how many of the other writes went through, the median and the
slowest wait, and how many failed; exits non-zero if any failed or waited over a second.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()


def restore_child(count: int) -> None:
    """Restore ``count`` applications into a fresh account, timing each batch."""
    from django.contrib.auth import get_user_model

    from interviews.exchange import batches, restore
    from interviews.exchange.backup import FORMAT, VERSION

    longest = 0.0
    write_batches = batches.batched

    def timed(items, write):
        def timed_write(part):
            nonlocal longest
            started = time.perf_counter()
            write(part)
            longest = max(longest, time.perf_counter() - started)

        write_batches(items, timed_write)

    restore.batched = timed
    applications = [
        {"uid": str(uuid.UUID(int=n + 1)), "company": f"Co {n}", "role": "Dev"}
        for n in range(count)
    ]
    document = {"format": FORMAT, "version": VERSION, "applications": applications}
    target = get_user_model().objects.create(username=f"restorer-{uuid.uuid4().hex[:8]}")
    started = time.perf_counter()
    report = restore.restore(target, document)
    print(
        f"restore: {time.perf_counter() - started:.1f} s, longest batch {longest * 1000:.0f} ms; "
        f"{report}",
        flush=True,
    )


def writer(count: int) -> int:
    """Write for another person while the child restores; the exit status."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import DatabaseError

    from interviews.models import Application

    call_command("migrate", verbosity=0)
    other = get_user_model().objects.create(username=f"other-{uuid.uuid4().hex[:8]}")
    child = subprocess.Popen([sys.executable, __file__, "--child", "--records", str(count)])
    waits, failed = [], 0
    while child.poll() is None:
        started = time.perf_counter()
        try:
            Application.objects.create(owner=other, company="Other Co", role="Dev")
        except DatabaseError:
            failed += 1
        else:
            waits.append(time.perf_counter() - started)
        time.sleep(0.05)
    waits.sort()
    median, slowest = waits[len(waits) // 2], waits[-1]
    print(
        f"other writes: {len(waits)} stored, median {median * 1000:.0f} ms, "
        f"slowest {slowest * 1000:.0f} ms, {failed} failed"
    )
    return 1 if failed or slowest > 1 or child.returncode else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        folder = tempfile.mkdtemp(prefix="restore-wait-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/db.sqlite3"
    setup()
    if options.child:
        restore_child(options.records)
        return 0
    return writer(options.records)


if __name__ == "__main__":
    sys.exit(main())
