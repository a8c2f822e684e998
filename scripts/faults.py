"""Replay the faults a real server meets, and require that nothing is lost or doubled.

    .venv/bin/python scripts/faults.py lock --workers 4 --threads 1
    .venv/bin/python scripts/faults.py kill --workers 4
    .venv/bin/python scripts/faults.py full --workers 4   (as root: it mounts a tmpfs)

Like scripts/concurrency.py (whose set-up this reuses): the database in DATABASE_URL or a
fresh SQLite file, gunicorn with production settings on loopback, clients over HTTP.

lock  Another connection holds the write lock for --hold seconds while clients read pages
      and log rounds. Reads must be served during the lock; a write either succeeds or
      answers 503 with Retry-After, and the client then sends the same form again (same
      one-time key) until it is acknowledged.
kill  Gunicorn workers are killed with SIGKILL while clients log rounds; a client whose
      answer is lost sends the same form again, as a browser would.
full  The database lives on a small file system of its own (a tmpfs; on PostgreSQL a
      tablespace on it), which is filled to the last byte for --hold seconds while
      clients read and log rounds, then freed. Reads must be served all along; a write
      either succeeds or answers 503 with Retry-After, and is sent again until it is
      acknowledged. At least one write must have met the full disk.

All end with: every acknowledged write stored, no write stored twice. Prints the numbers
and exits non-zero if anything was lost or doubled, or (lock, full) a read failed or
none was served while the fault lasted.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import random
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import concurrency as base
from full_disk import SmallDisk

KILLS = 6
ONCE = base.re.compile(r'name="once" value="([0-9a-f]{32})"')


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("fault", choices=["lock", "kill", "full"])
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--writes", type=int, default=8, help="rounds each client logs")
    parser.add_argument("--hold", type=float, default=12, help="seconds the fault lasts")
    parser.add_argument("--disk", type=int, default=24, help="MB of the full-disk tmpfs")
    parser.add_argument("--db-timeout", type=int, default=3, help="DJANGO_DB_TIMEOUT")
    parser.add_argument("--total", type=float, default=300, help="seconds for the whole run")
    return parser.parse_args(argv)


@dataclass
class Tally:
    acknowledged: set[str] = field(default_factory=set)  # notes of writes answered 302
    unavailable: int = 0  # 503 answers
    without_retry_after: int = 0
    lost_answers: int = 0  # connection errors, timeouts
    errors: list[str] = field(default_factory=list)
    reads: list[tuple[float, float, int]] = field(default_factory=list)  # start, seconds, status
    lock: threading.Lock = field(default_factory=threading.Lock)


class Writer:
    """One person logging rounds, sending a form again the way a browser would."""

    def __init__(self, number: int, application: int, base_url: str, tally: Tally):
        self.number, self.application, self.base, self.tally = number, application, base_url, tally
        self.opener = base.new_opener()

    def open(self, path: str, data: dict | None = None) -> tuple[int, str, dict]:
        body = base.urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            with self.opener.open(self.base + path, body, timeout=30) as response:
                return response.status, response.read().decode(), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace"), dict(error.headers)

    def page(self, path: str, deadline: float) -> str:
        """GET a page, again and again while the server is away (a person reloads)."""
        while time.monotonic() < deadline:
            try:
                status, page, _ = self.open(path)
            except (OSError, http.client.HTTPException):
                status, page = 0, ""
            if status == 200:
                return page
            time.sleep(0.5)
        raise RuntimeError(f"client {self.number}: {path} never answered")

    def log_in(self) -> None:
        _, page, _ = self.open("/accounts/login/")
        token = base.TOKEN.search(page)[1]
        data = {"username": base.USERNAME, "password": base.PASSWORD}
        status, _, _ = self.open("/accounts/login/", {**data, "csrfmiddlewaretoken": token})
        if status != 302:
            raise RuntimeError(f"client {self.number} could not log in: {status}")

    def write(self, step: int, deadline: float) -> None:
        path = f"/applications/{self.application}/rounds/new/"
        page = self.page(path, deadline)
        note = f"fault client {self.number} write {step}"
        when = datetime.now() + timedelta(days=1 + self.number, minutes=step)
        data = {"kind": "video", "scheduled_at": when.strftime("%Y-%m-%dT%H:%M")}
        data |= {"duration_minutes": "30", "outcome": "scheduled", "notes": note}
        data |= {"csrfmiddlewaretoken": base.TOKEN.search(page)[1], "once": ONCE.search(page)[1]}
        while time.monotonic() < deadline:
            try:
                status, _, headers = self.open(path, data)
            except (OSError, http.client.HTTPException):  # lost: it may or may not have happened
                with self.tally.lock:
                    self.tally.lost_answers += 1
                time.sleep(0.5)
                continue
            if status == 302:
                with self.tally.lock:
                    self.tally.acknowledged.add(note)
                return
            if status != 503:
                raise RuntimeError(f"client {self.number}: {status} on a write")
            with self.tally.lock:
                self.tally.unavailable += 1
                self.tally.without_retry_after += "Retry-After" not in headers
            time.sleep(1)
        raise RuntimeError(f"client {self.number}: write {step} never acknowledged")


def read_pages(reader: Writer, tally: Tally, stop: threading.Event) -> None:
    """A signed-in reader on the application page, the board and the public guide, timing
    every answer."""
    paths = [f"/applications/{reader.application}/", "/guide/", "/"]
    while not stop.is_set():
        for path in paths:
            started = time.monotonic()
            try:
                status = reader.open(path)[0]
            except (OSError, http.client.HTTPException):  # a failed read (status 0)
                status = 0
            with tally.lock:
                tally.reads.append((started, time.monotonic() - started, status))


def hold_lock(seconds: float, held: list[float]) -> None:
    """Take the database's write lock from another connection and keep it."""
    from django.db import connections

    connection = connections.create_connection("default")
    connection.ensure_connection()
    cursor = connection.connection.cursor()
    if connection.vendor == "sqlite":
        cursor.execute("BEGIN IMMEDIATE")
    else:
        cursor.execute("BEGIN")
        tables = "interviews_interviewround, interviews_application, interviews_submission"
        cursor.execute(f"LOCK TABLE {tables} IN EXCLUSIVE MODE")  # reads still pass
    held.append(time.monotonic())
    time.sleep(seconds)
    cursor.execute("ROLLBACK")
    held.append(time.monotonic())
    connection.close()


def fill_disk(disk: SmallDisk, seconds: float, held: list[float]) -> None:
    """Fill the database's disk, keep it full, then free it."""
    disk.empty_wal()
    disk.fill()
    held.append(time.monotonic())
    while time.monotonic() < held[0] + seconds:
        time.sleep(0.01)
        disk.fill()
    disk.free()
    held.append(time.monotonic())


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def kill_workers(master: int, stop: threading.Event, killed: list[int]) -> None:
    """A worker killed mid-request every few seconds, leaving time for its replacement to
    start (a few seconds for Django on a busy machine)."""
    # The first kill comes soon: on a quiet machine all the writes take only a few seconds.
    while not stop.wait(4 if killed else 0.3) and len(killed) < KILLS:
        pids = worker_pids(master)
        if pids:
            pid = random.choice(pids)
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)


def stored(ids: list[int]) -> dict[str, int]:
    from django.db.models import Count

    from interviews.models import InterviewRound

    rows = InterviewRound.objects.filter(application_id__in=ids, notes__startswith="fault ")
    return dict(rows.values_list("notes").annotate(n=Count("pk")))


def run(args: argparse.Namespace, base_url: str, ids: list[int], server, disk: SmallDisk | None):
    tally, stop, held, killed = Tally(), threading.Event(), [], []
    writers = [Writer(n, pk, base_url, tally) for n, pk in enumerate(ids)]
    reader = Writer(-1, ids[0], base_url, tally)
    for person in [*writers, reader]:
        person.log_in()
    background = [threading.Thread(target=read_pages, args=(reader, tally, stop))]
    if args.fault == "lock":
        background.append(threading.Thread(target=hold_lock, args=(args.hold, held)))
    elif args.fault == "full":
        background.append(threading.Thread(target=fill_disk, args=(disk, args.hold, held)))
    else:
        background.append(threading.Thread(target=kill_workers, args=(server.pid, stop, killed)))
    for thread in background:
        thread.daemon = True
        thread.start()
    lasting = args.fault != "kill"  # a fault that starts, lasts --hold seconds, and ends
    if lasting:
        while not held:
            time.sleep(0.05)
    deadline = time.monotonic() + args.total

    def work(writer: Writer) -> None:
        try:
            for step in range(args.writes):
                writer.write(step, deadline)
        except Exception as error:  # counted, not swallowed
            with tally.lock:
                tally.errors.append(repr(error))

    threads = [threading.Thread(target=work, args=(w,), daemon=True) for w in writers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0, deadline - time.monotonic()))
    if lasting:
        background[1].join(max(0, deadline - time.monotonic()))
    stop.set()
    background[0].join(30)
    return tally, held, killed


def reads_during(fault: str, tally: Tally, held: list[float]) -> bool:
    """Print how reads fared while the fault lasted; True if any failed or none was served."""
    start, end = held[0], held[-1]
    during = [(s, status) for t, s, status in tally.reads if start <= t < end]
    waits = sorted(seconds for seconds, status in during if status == 200)
    failed_reads = len(during) - len(waits)
    what = f"reads during the {end - start:.1f} s {'lock' if fault == 'lock' else 'full disk'}"
    if not waits:
        print(f"  {what}: none served")
        return True
    print(
        f"  {what}: {len(waits)} served, median {statistics.median(waits) * 1000:.0f} ms, "
        f"slowest {waits[-1] * 1000:.0f} ms; {failed_reads} failed"
    )
    return bool(failed_reads)


def report(args, tally: Tally, held: list[float], killed: list[int], rows: dict[str, int]) -> int:
    lost = sorted(tally.acknowledged - set(rows))
    doubled = sorted(note for note, count in rows.items() if count > 1)
    mode = f"{args.workers} workers x {args.threads} threads, DB timeout {args.db_timeout} s"
    print(f"faults {args.fault} ({mode}):")
    print(
        f"  writes: {len(tally.acknowledged)} acknowledged, {tally.unavailable} answered 503 "
        f"({tally.without_retry_after} without Retry-After), {tally.lost_answers} answers "
        f"lost; stored {sum(rows.values())}; lost {len(lost)}, doubled {len(doubled)}"
    )
    failed = bool(lost or doubled or tally.errors or tally.without_retry_after)
    if args.fault == "kill":
        print(f"  workers killed: {len(killed)}")
        failed |= not killed
    else:
        failed |= reads_during(args.fault, tally, held)
    if args.fault == "full":
        # A replay in which no write met the full disk proves nothing.
        failed |= not tally.unavailable
    for line in (tally.errors + [f"lost: {n}" for n in lost] + [f"doubled: {n}" for n in doubled])[
        :10
    ]:
        print(f"  {line}")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="tracker-faults-"))
    with contextlib.ExitStack() as cleanup:
        disk = None
        if args.fault == "full":
            disk = cleanup.enter_context(SmallDisk(workdir / "disk", args.disk))
            database_url = disk.database_url(os.environ.get("DATABASE_URL"))
        else:
            database_url = base.choose_database(argparse.Namespace(sqlite=None), workdir)
        status = replay(args, workdir, database_url, disk)
    if status == 0:
        shutil.rmtree(workdir)
    return status


def replay(args: argparse.Namespace, workdir: Path, database_url: str, disk) -> int:
    env = base.server_env(database_url) | {"DJANGO_DB_TIMEOUT": str(args.db_timeout)}
    env["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(50)
    os.environ.update({k: v for k, v in env.items() if k.startswith(("DATABASE_", "DJANGO_"))})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    sys.path.insert(0, str(base.ROOT))
    import django

    django.setup()
    ids = base.prepare(args.clients)
    port, log = base.free_port(), workdir / "gunicorn.log"
    server = start(args, port, env, log)
    try:
        base.wait_until_up(server, f"http://{base.HOST}:{port}", time.monotonic() + 60)
        tally, held, killed = run(args, f"http://{base.HOST}:{port}", ids, server, disk)
    finally:
        base.stop(server)
    status = report(args, tally, held, killed, stored(ids))
    if status:
        print(f"  gunicorn log: {log}")
    from django.db import connections

    connections.close_all()  # before the full disk's database is dropped
    return status


def start(args: argparse.Namespace, port: int, env: dict[str, str], log: Path):
    gunicorn = Path(sys.executable).parent / "gunicorn"
    command = [str(gunicorn), "tracker.wsgi", "--workers", str(args.workers)]
    command += ["--threads", str(args.threads), "--bind", f"{base.HOST}:{port}"]
    command += ["--timeout", "120", "--graceful-timeout", "5"]
    with log.open("wb") as out:
        return subprocess.Popen(
            command, cwd=base.ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )


if __name__ == "__main__":
    sys.exit(main())
