"""The task queue with more than one of everything, on PostgreSQL (issue #25's CI run).

    DATABASE_URL=postgres://user@127.0.0.1:5432/db .venv/bin/python scripts/queue_scenario.py

On a fresh database made beside the one DATABASE_URL names (dropped again when all is
well), with a private Dovecot on loopback (tests/imap_server.py), it starts two web
processes (gunicorn, production settings, loopback ports) and two workers
(``manage.py db_worker``), each a process of its own, and then:
- one person imports a large file through the web; the worker running it is killed
  with SIGKILL mid-import (a third worker starts, as a process supervisor would); once
  the job's lease lapses the scheduler queues it again and another worker resumes it;
- --imports small imports go through the web (upload, columns, confirm), from --people
  people at once, each request to one of the two servers in turn;
- the scheduler runs twice at once (two processes) at each person's 07:30 of Tuesday
  8 December 2026 in their own time zone (``schedule --at``), and at four five-minute
  slots for the mailboxes, mail arriving in the mailbox between them.
Then it checks that each effect happened exactly once and nothing was lost: every job
done with the rows of its file in once (the killed one too, and run by two workers);
one digest per person for their own morning (the digest log, and one message in the
workers' mail output); every message of every mailbox read once; no task failed; and
``queue_health`` content. Prints the numbers and exits 1 on any failure, 2 when
DATABASE_URL is not PostgreSQL: never a silent skip.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import threading
import time as clock
from datetime import UTC, date, datetime, time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT)]
import concurrency as base  # noqa: E402
from queue_scenario_parts import Failure, People, WebClient, expected_rows  # noqa: E402

TUESDAY = date(2026, 12, 8)  # a working day in each country below
ZONES = [  # time zone, country, region: mornings spread over the UTC day
    ("Asia/Tokyo", "JP", ""),
    ("Europe/London", "GB", "ENG"),
    ("America/Los_Angeles", "US", "CA"),
    ("Europe/Berlin", "DE", "BE"),
    ("Australia/Sydney", "AU", "NSW"),
]
# After every digest instant: a scheduler run claims each mailbox's latest slot, so the
# digests' runs (which queue the fetches of their own slot too) must come first.
MAIL_SLOTS = ["2026-12-08T16:00Z", "2026-12-08T16:05Z", "2026-12-08T16:10Z"]
LAST_SLOT = "2026-12-08T16:15Z"  # after everything: what the earlier slots left unread
JOB_LEASE_SECONDS = 10  # the workers' (production: 60); the killed job waits this out


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--imports", type=int, default=200, help="small imports via HTTP")
    parser.add_argument("--people", type=int, default=10, help="people importing at once")
    parser.add_argument("--rows", type=int, default=3, help="rows in each small import")
    parser.add_argument("--large", type=int, default=3000, help="rows in the killed import")
    parser.add_argument("--messages", type=int, default=4, help="mail in each mailbox")
    parser.add_argument("--total", type=float, default=240, help="seconds for the whole run")
    return parser.parse_args(argv)


def scenario_database(url: str) -> str:
    """A copy of DATABASE_URL's database, migrated first (CI's already is), with an empty
    queue; its URL. A copy: the run clears and counts tasks, jobs and digests freely."""
    import psycopg

    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise Failure(f"DATABASE_URL must name a PostgreSQL database, not {parts.scheme!r}")
    migrate = [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"]
    subprocess.run(migrate, cwd=ROOT, env={**os.environ, "DATABASE_URL": url}, check=True)
    original = parts.path.lstrip("/")
    name = f"{original}_queue_scenario"
    with psycopg.connect(maintenance(url), autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}"')
        server.execute(f'CREATE DATABASE "{name}" TEMPLATE "{original}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def maintenance(url: str) -> str:
    """The server's own database, to create and drop others from."""
    return urlunsplit(urlsplit(url)._replace(path="/postgres"))


def drop_database(url: str, scenario_url: str) -> None:
    import psycopg

    with psycopg.connect(maintenance(url), autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{urlsplit(scenario_url).path.lstrip("/")}"')


class Processes:
    """The web servers, workers and scheduler runs: each an OS process of its own."""

    def __init__(self, env: dict[str, str], workdir: Path) -> None:
        self.env, self.workdir = env, workdir
        self.web: list[subprocess.Popen] = []
        self.workers: dict[str, subprocess.Popen] = {}
        self.urls: list[str] = []
        self.recovered = 0  # tasks of dead workers the scheduler runs queued again

    def start_web(self, count: int, deadline: float) -> None:
        for number in range(count):
            port = base.free_port()
            log = self.workdir / f"web-{number}.log"
            gunicorn = [str(Path(sys.executable).parent / "gunicorn"), "tracker.wsgi"]
            gunicorn += ["--bind", f"{base.HOST}:{port}", "--workers", "1", "--threads", "4"]
            # Each master its own control socket: by default they share one path.
            gunicorn += ["--control-socket", str(self.workdir / f"web-{number}.ctl")]
            with log.open("wb") as out:
                self.web.append(
                    subprocess.Popen(
                        gunicorn, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT
                    )
                )
            self.urls.append(f"http://{base.HOST}:{port}")
        for server, url in zip(self.web, self.urls, strict=True):
            base.wait_until_up(server, url, deadline)

    def start_worker(self, name: str) -> None:
        command = [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--no-reload"]
        command += ["--no-startup-delay", "--interval", "0.2", "--worker-id", name]
        with (self.workdir / f"{name}.log").open("wb") as out:
            self.workers[name] = subprocess.Popen(
                command, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT
            )

    def schedule(self, *instants: str, runs: int = 2, deadline: float) -> list[str]:
        """``manage.py schedule --at`` each instant, ``runs`` processes for each, all at
        once; what each printed."""
        started = [
            subprocess.Popen(
                [sys.executable, "manage.py", "schedule", "--at", at],
                cwd=ROOT,
                env=self.env,
                stdout=subprocess.PIPE,
                text=True,
            )
            for at in instants
            for _ in range(runs)
        ]
        outputs = [
            process.communicate(timeout=max(1, deadline - clock.monotonic()))[0].strip()
            for process in started
        ]
        if any(process.returncode for process in started):
            raise Failure(f"schedule --at {instants} failed: {outputs}")
        for output in outputs:
            found = re.search(r"(\d+) tasks of dead workers queued again", output)
            self.recovered += int(found[1]) if found else 0
        return outputs

    def mail_output(self) -> str:
        return "".join((self.workdir / f"{name}.log").read_text() for name in self.workers)

    def stop(self) -> None:
        for process in [*self.workers.values(), *self.web]:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in [*self.workers.values(), *self.web]:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def digest_instants() -> list[str]:
    """07:30 of TUESDAY in each zone."""
    return [
        datetime.combine(TUESDAY, time(7, 30), tzinfo=ZoneInfo(zone))
        .astimezone(UTC)
        .strftime("%Y-%m-%dT%H:%MZ")
        for zone, _, _ in ZONES
    ]


def kill_mid_import(processes: Processes, job_id: int, deadline: float) -> str:
    """SIGKILL the worker running the job once it has written a batch and has more to
    write; that worker's name."""
    from django_tasks_db.models import DBTaskResult

    from interviews.jobs.models import Job, JobStatus

    while clock.monotonic() < deadline:
        job = Job.objects.get(pk=job_id)
        if job.status != JobStatus.QUEUED and not 0 < job.done < job.total:
            if job.finished:
                raise Failure("the large import ended before its worker was killed: raise --large")
        elif job.done:
            task = DBTaskResult.objects.running().get(queue_name="jobs", args_kwargs__args=[job_id])
            name = task.worker_ids[-1]
            processes.workers[name].send_signal(signal.SIGKILL)
            processes.workers[name].wait()
            if Job.objects.get(pk=job_id).finished:
                raise Failure("the large import ended as its worker was killed: raise --large")
            return name
        clock.sleep(0.05)
    raise Failure("the large import never started")


class Rescheduler(threading.Thread):
    """The scheduler's every-minute run (compressed to a few seconds): it queues again the
    tasks of workers that died. At the first mail slot: one more scheduler for that slot,
    queuing nothing once the slot is claimed."""

    def __init__(self, processes: Processes, deadline: float) -> None:
        super().__init__(daemon=True)
        self.processes, self.deadline = processes, deadline
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.wait(5):
            self.processes.schedule(MAIL_SLOTS[0], runs=1, deadline=self.deadline)


def drain(deadline: float) -> None:
    """Wait until no task is waiting or running and every job has ended."""
    from django_tasks_db.models import DBTaskResult

    from interviews.jobs.models import Job

    while clock.monotonic() < deadline:
        busy = DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).count()
        if not busy and not Job.objects.unfinished().exists():
            return
        clock.sleep(0.5)
    raise Failure("the queue did not drain in time")


def say(started: float, what: str) -> None:
    print(f"  {clock.monotonic() - started:5.1f} s  {what}", flush=True)


def run(args: argparse.Namespace, processes: Processes, people: People, started: float) -> str:
    """Everything the scenario does, in order; the name of the worker killed."""
    deadline = started + args.total
    from tests.imap_server import ImapServer

    imap: ImapServer = people.imap
    processes.start_web(2, deadline)
    for name in ("worker-1", "worker-2"):
        processes.start_worker(name)
    large = WebClient(people.users[-1], processes.urls)
    job_id = large.import_file(people.file_of(args.people, "large", args.large))
    say(started, "servers and workers up; the large import queued")
    killed = kill_mid_import(processes, job_id, deadline)
    say(started, f"{killed} killed mid-import")
    processes.start_worker("worker-3")  # the supervisor's replacement
    rescheduler = Rescheduler(processes, deadline)
    rescheduler.start()
    importers = people.start_imports(processes.urls, args.imports, args.rows, deadline)
    half = args.messages // 2
    people.deliver(imap, range(half))
    processes.schedule(*digest_instants(), deadline=deadline)  # two schedulers per instant
    for at in MAIL_SLOTS:
        if at == MAIL_SLOTS[-1]:
            people.deliver(imap, range(half, args.messages))
        processes.schedule(at, deadline=deadline)
    say(started, "digests and mail fetches scheduled")
    for thread in importers:
        thread.join(max(0, deadline - clock.monotonic()))
    say(started, "imports sent")
    drain(deadline)
    processes.schedule(LAST_SLOT, deadline=deadline)
    drain(deadline)
    say(started, "queue drained")
    rescheduler.stopping.set()
    rescheduler.join()
    people.recovered = processes.recovered
    return killed


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = clock.monotonic()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        print("queue scenario: DATABASE_URL must name a PostgreSQL database.", file=sys.stderr)
        return 2
    import tempfile

    workdir = Path(tempfile.mkdtemp(prefix="tracker-queue-scenario-"))
    scenario_url = scenario_database(url)
    env = base.server_env(scenario_url) | {
        "DJANGO_JOB_LEASE_SECONDS": str(JOB_LEASE_SECONDS),
        "DJANGO_MAIL_PRIVATE_NETWORK": "1",  # Dovecot listens on loopback
    }
    env.pop("EMAIL_HOST", None)  # the console backend: the workers' output holds the mail
    os.environ.update({k: v for k, v in env.items() if k.startswith(("DATABASE_", "DJANGO_"))})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()
    from tests.imap_server import dovecot

    processes = Processes(env, workdir)
    try:
        with dovecot() as imap:
            say(started, "database copied, Dovecot up")
            people = People.made(args, ZONES, TUESDAY, imap)
            killed = run(args, processes, people, started)
    except Failure as failure:
        print(f"queue scenario: FAILED: {failure}\n  logs: {workdir}")
        return 1
    finally:
        processes.stop()
    problems = people.check(args, processes, killed, expected_rows(args))
    print(people.summary(args, killed, clock.monotonic() - started))
    for problem in problems:
        print(f"  FAILED: {problem}")
    if problems:
        print(f"  logs: {workdir}")
        return 1
    from django.db import connections

    connections.close_all()
    drop_database(url, scenario_url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
