"""Concurrent writers lose nothing: gunicorn with several workers, many clients at once.

    .venv/bin/python scripts/concurrency.py --workers 4 --clients 8 --requests 25

Uses the database in DATABASE_URL (migrating it first), or a fresh SQLite file: the one
given with --sqlite PATH, else a temporary one (never the developer's db.sqlite3). Sets up
one user and one application per client through the ORM, starts gunicorn on a free
loopback port with production settings (DEBUG off), and lets every client log in over
HTTP, wait at a barrier, then post interview rounds and quick updates in turn. Prints
"concurrency: N requests, E errors, L lost" and exits non-zero if E or L is not 0.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # loopback only: nothing here is reachable from outside
USERNAME = "concurrency-check"
PASSWORD = secrets.token_urlsafe(24)
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--clients", type=int, default=8, help="concurrent HTTP clients")
    parser.add_argument("--requests", type=int, default=25, help="writes per client")
    parser.add_argument("--sqlite", type=Path, help="create and migrate this SQLite file")
    parser.add_argument("--timeout", type=float, default=30, help="seconds per request")
    parser.add_argument("--total", type=float, default=600, help="seconds for the whole run")
    return parser.parse_args(argv)


def server_env(database_url: str) -> dict[str, str]:
    """Production settings, loosened only where plain HTTP on loopback needs it."""
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        # Secure cookies are never sent back over http://, so no session would stick.
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_HSTS_SECONDS": "0",
    }


def choose_database(args: argparse.Namespace, workdir: Path) -> str:
    if args.sqlite is None and os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    path = args.sqlite or workdir / "db.sqlite3"
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    return f"sqlite:///{path.resolve()}"


def prepare(clients: int) -> list[int]:
    """Migrate, collect static files (DEBUG off serves the manifest's names) and create
    the user and one application per client. Returns the applications' ids."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connections

    from interviews.models import Application
    from interviews.services import stage_refresh

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    get_user_model().objects.filter(username=USERNAME).delete()
    user = get_user_model().objects.create_user(USERNAME, password=PASSWORD)
    ids = []
    for number in range(clients):
        application = Application.objects.create(
            owner=user, company=f"Concurrency {number}", role="Load", applied_on=None
        )
        ids.append(stage_refresh(application).pk)
    connections.close_all()  # gunicorn's workers must not queue behind this process
    return ids


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_gunicorn(workers: int, port: int, env: dict[str, str], log: Path) -> subprocess.Popen:
    gunicorn = Path(sys.executable).parent / "gunicorn"
    command = [str(gunicorn), "tracker.wsgi", "--workers", str(workers)]
    command += ["--bind", f"{HOST}:{port}", "--timeout", "120", "--graceful-timeout", "5"]
    with log.open("wb") as out:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


def wait_until_up(server: subprocess.Popen, base: str, deadline: float) -> None:
    opener = new_opener()
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {server.returncode}")
        try:
            if fetch(opener, base + "/accounts/login/", timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer in time")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    # A 302 is the answer we count as success; following it would hide it.
    def redirect_request(self, *args, **kwargs):
        return None


def new_opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}),  # never send loopback traffic to a proxy
        urllib.request.HTTPCookieProcessor(CookieJar()),
        NoRedirect(),
    )


def fetch(opener, url: str, data: dict | None = None, *, timeout: float) -> tuple[int, str]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with opener.open(url, body, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


@dataclass
class Tally:
    requests: int = 0
    errors: list[str] = field(default_factory=list)
    rounds: int = 0  # rounds the server confirmed with a redirect
    updates: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, what: str, status: int | str) -> bool:
        with self.lock:
            self.requests += 1
            ok = status in (200, 302)
            if not ok:
                self.errors.append(f"{what}: {status}")
            return ok


@dataclass
class Client:
    number: int
    application: int
    base: str
    timeout: float
    tally: Tally
    opener: urllib.request.OpenerDirector = field(default_factory=new_opener)

    def call(self, what: str, path: str, data: dict | None = None) -> tuple[int, str]:
        try:
            status, body = fetch(self.opener, self.base + path, data, timeout=self.timeout)
        except OSError as error:  # refused, reset or timed out
            status, body = f"{type(error).__name__} {error}", ""
        self.tally.record(what, status)
        return (status if isinstance(status, int) else 0), body

    def token(self, path: str) -> str:
        _, body = self.call(f"GET {path}", path)
        match = TOKEN.search(body)
        return match[1] if match else ""

    def log_in(self) -> bool:
        data = {"username": USERNAME, "password": PASSWORD}
        data["csrfmiddlewaretoken"] = self.token("/accounts/login/")
        return self.call("log in", "/accounts/login/", data)[0] == 302

    def write(self, step: int, token: str) -> None:
        note = f"client {self.number} request {step}"
        if step % 2 == 0:
            when = datetime.now() + timedelta(days=1 + self.number, minutes=step)
            path = f"/applications/{self.application}/rounds/new/"
            data = {"kind": "video", "scheduled_at": when.strftime("%Y-%m-%dT%H:%M")}
            data |= {"duration_minutes": "30", "outcome": "scheduled", "notes": note}
        else:
            path = f"/applications/{self.application}/updates/quick/"
            data = {"kind": "on_hold", "note": note}
        if self.call(f"POST {path}", path, {**data, "csrfmiddlewaretoken": token})[0] == 302:
            with self.tally.lock:
                if step % 2 == 0:
                    self.tally.rounds += 1
                else:
                    self.tally.updates += 1


def run_client(client: Client, barrier: threading.Barrier, requests: int) -> None:
    try:
        logged_in = client.log_in()
        barrier.wait()  # everyone logged in: now all write at once
        if not logged_in:
            return
        token = client.token(f"/applications/{client.application}/")
        for step in range(requests):
            client.write(step, token)
    except Exception as error:  # a crashed client is an error to count, not a silent thread
        with client.tally.lock:
            client.tally.errors.append(f"client {client.number}: {error!r}")


def run_clients(args: argparse.Namespace, base: str, ids: list[int], tally: Tally) -> None:
    barrier = threading.Barrier(len(ids), timeout=args.total)
    threads = [
        threading.Thread(
            target=run_client,
            args=(Client(number, pk, base, args.timeout, tally), barrier, args.requests),
            daemon=True,  # a hung client must not keep the process alive past --total
        )
        for number, pk in enumerate(ids)
    ]
    deadline = time.monotonic() + args.total
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0, deadline - time.monotonic()))
    if any(thread.is_alive() for thread in threads):
        tally.errors.append(f"clients still running after {args.total:.0f} s")


def count_lost(ids: list[int], tally: Tally) -> tuple[int, list[str]]:
    """Confirmed writes missing from the database, and applications whose stored stage
    disagrees with their records (a lost recompute)."""
    from interviews.models import Application, InterviewRound, StatusUpdate
    from interviews.stages import derive_stage

    rounds = InterviewRound.objects.filter(application_id__in=ids).count()
    updates = StatusUpdate.objects.filter(application_id__in=ids).count()
    lost = max(0, tally.rounds - rounds) + max(0, tally.updates - updates)
    stale = [
        f"application {a.pk}: stored {a.stage}"
        for a in Application.objects.filter(pk__in=ids).prefetch_related("rounds", "updates")
        if a.stage
        != derive_stage(applied_on=a.applied_on, rounds=a.rounds.all(), updates=a.updates.all())
    ]
    return lost, stale


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def report(tally: Tally, lost: int, stale: list[str], log: Path) -> int:
    print(f"concurrency: {tally.requests} requests, {len(tally.errors)} errors, {lost} lost")
    print(f"  confirmed: {tally.rounds} rounds, {tally.updates} quick updates")
    for line in tally.errors[:10] + stale:
        print(f"  {line}")
    if tally.errors:
        print(f"  gunicorn log: {log}")
    return 1 if tally.errors or lost or stale else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="tracker-concurrency-"))
    env = server_env(choose_database(args, workdir))
    os.environ.update({k: v for k, v in env.items() if k.startswith(("DATABASE_", "DJANGO_"))})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    ids = prepare(args.clients)
    port, tally = free_port(), Tally()
    log = workdir / "gunicorn.log"
    server = start_gunicorn(args.workers, port, env, log)
    try:
        wait_until_up(server, f"http://{HOST}:{port}", time.monotonic() + 60)
        run_clients(args, f"http://{HOST}:{port}", ids, tally)
    finally:
        stop(server)
    lost, stale = count_lost(ids, tally)
    status = report(tally, lost, stale, log)
    if status == 0:
        shutil.rmtree(workdir)  # kept on failure: the gunicorn log tells why
    return status


if __name__ == "__main__":
    sys.exit(main())
