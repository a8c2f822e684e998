"""Timings for the data exchange (issue 12), run by bench/run.py after the pages:

- a 5,000-row spreadsheet through the three import pages (upload, columns, preview,
  confirm: which only queues the job), then the import on a worker, as a person would
  do it, on an empty account; target under 10 s in all;
- the backup of the big account, and restoring it into an empty account.
"""

from __future__ import annotations

import csv
import io
import random
import time

IMPORT_ROWS = 5000
STATUSES = ["Applied", "Applied", "Applied", "Rejected", "Interviewing", "Ghosted", "Offer"]


def spreadsheet(rows: int, rng: random.Random) -> bytes:
    """A Google-Sheets-like export: month-first dates, a status, notes on some rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Company", "Position", "Date Applied", "Status", "Link", "Notes"])
    for n in range(rows):
        month, day = rng.randint(1, 10), rng.randint(1, 28)
        writer.writerow(
            [
                f"Company {n}",
                rng.choice(["Data Analyst", "Engineer", "Designer", "Product Manager"]),
                f"{month}/{day}/2026",
                rng.choice(STATUSES),
                f"https://jobs.example.com/{n}",
                "Referral\nfrom a friend" if n % 7 == 0 else "",
            ]
        )
    return out.getvalue().encode()


def time_import(rows: int = IMPORT_ROWS) -> dict[str, float]:
    """Seconds for each import step through the pages, for a fresh account."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client
    from django.urls import reverse

    from interviews.exchange.mapping import MONTH_FIRST, guess_columns
    from interviews.models import Application
    from tests.factories import UserFactory
    from tests.support.queue import run_queued

    user = UserFactory(username=f"bench-import-{rows}")
    client = Client()
    client.force_login(user)
    raw = spreadsheet(rows, random.Random(12))
    guess = guess_columns(raw.decode().splitlines()[0].split(","))
    steps: dict[str, float] = {}
    started = time.perf_counter()
    file = SimpleUploadedFile("search.csv", raw, content_type="text/csv")
    client.post(reverse("interviews:import_upload"), {"spreadsheet": file})
    steps["upload"] = time.perf_counter() - started
    client.get(reverse("interviews:import_columns"))
    mark = time.perf_counter()
    # What the column screen guesses for this file, sent back unchanged.
    columns = {name: "" if index is None else str(index) for name, index in guess.items()}
    columns["date_order"] = MONTH_FIRST
    client.post(reverse("interviews:import_columns"), columns)
    steps["columns"] = time.perf_counter() - mark
    mark = time.perf_counter()
    client.get(reverse("interviews:import_preview"))
    steps["preview"] = time.perf_counter() - mark
    mark = time.perf_counter()
    client.post(reverse("interviews:import_preview"))  # only stores the job and queues it
    steps["confirm"] = time.perf_counter() - mark
    mark = time.perf_counter()
    run_queued()  # the worker's own loop, in this process
    steps["import"] = time.perf_counter() - mark
    steps["total"] = time.perf_counter() - started
    imported = Application.objects.for_user(user).count()
    assert imported == rows, f"imported {imported} of {rows} rows"
    return steps


def time_backup(user) -> dict[str, float]:
    """Seconds to export the account and to restore the file into an empty account."""
    from interviews.exchange.backup import backup_json
    from interviews.exchange.restore import read_document, restore
    from tests.factories import UserFactory

    started = time.perf_counter()
    text = backup_json(user)
    exported = time.perf_counter() - started
    mark = time.perf_counter()
    restore(UserFactory(username=f"bench-restore-{user.pk}"), read_document(text))
    return {"export": exported, "restore": time.perf_counter() - mark, "bytes": len(text)}


def report(rows: int, steps: dict[str, float], backup: dict[str, float], size: int) -> list[str]:
    verdict = "PASS" if steps["total"] < 10 else "MISS"
    return [
        f"Spreadsheet import of {rows:,} rows through the pages: {steps['total']:.2f} s "
        f"(upload {steps['upload']:.2f}, columns {steps['columns']:.2f}, preview "
        f"{steps['preview']:.2f}, confirm {steps['confirm']:.2f}, import on the worker "
        f"{steps['import']:.2f}) | target under 10 s: {verdict}",
        f"Backup of {size:,} applications: export {backup['export']:.2f} s "
        f"({backup['bytes'] / 1e6:.1f} MB), "
        f"restore into an empty account {backup['restore']:.2f} s",
    ]
