"""The board over HTTP, as a person gets it: gunicorn with one worker, 2,000 applications.

    .venv/bin/python bench/board_http.py
    .venv/bin/python bench/board_http.py --peer-url http://127.0.0.1:58231/dashboard/ \\
        --peer-user bench@example.com --peer-password ...
    .venv/bin/python bench/board_http.py --small    # CI smoke run: 60 applications, a few seconds

(Not bench/http.py: a module of that name in bench/ would stand in for the standard
library's http package in every script run from bench/.)

A measurement, not a test: it exits 0 unless a request fails. It builds a fresh SQLite
file with one user holding --size applications in bench/run.py's mix, collects the static
files, starts gunicorn with ONE sync worker and production settings (DEBUG off) on a free
loopback port, logs in over HTTP and times GET of the board: the median and 90th
percentile of --requests sequential requests after --warmups, then requests per second
with --clients concurrent clients for --seconds.

With --peer-url (another product's page, already running and holding its own data), the
two are measured side by side: sequential requests alternate, one ours, one theirs, and
the concurrent run alternates slices of a few seconds, so that a change in the machine's
load (its two cores are shared) falls on both alike.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "scripts")]

import concurrency  # noqa: E402  (scripts/concurrency.py: the gunicorn and HTTP helpers)
from run import build_user  # noqa: E402  (bench/run.py: the same data as `make bench`)

USERNAME = "bench-http"
SLICES = 4  # the concurrent run alternates this many slices per target


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=2000, help="applications of the user")
    parser.add_argument("--requests", type=int, default=200, help="timed sequential GETs")
    parser.add_argument("--warmups", type=int, default=10, help="untimed GETs first")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients")
    parser.add_argument("--seconds", type=float, default=16, help="concurrent run per target")
    parser.add_argument("--peer-url", help="a page of another product to time alongside")
    parser.add_argument("--peer-login", help="its login page (default: /accounts/login/)")
    parser.add_argument("--peer-user", help="the username (or email) to log in with")
    parser.add_argument("--peer-password", default="", help="its password")
    parser.add_argument("--small", action="store_true", help="CI smoke run: tiny and quick")
    args = parser.parse_args(argv)
    if args.small:
        args.size, args.requests, args.warmups, args.seconds = 60, 20, 2, 2
    return args


@dataclass
class Target:
    """One page to time, with the login that reaches it."""

    name: str
    url: str
    login_url: str | None = None
    username: str = ""
    password: str = ""
    samples: list[float] = field(default_factory=list)
    served: int = 0
    busy_seconds: float = 0
    errors: list[str] = field(default_factory=list)
    size: int = 0

    def opener(self):
        """A client of its own (cookie jar and all), logged in if the target needs it."""
        opener = concurrency.new_opener()
        if self.login_url:
            _, body = concurrency.fetch(opener, self.login_url, timeout=30)
            token = concurrency.TOKEN.search(body)
            data = {"username": self.username, "password": self.password}
            data["csrfmiddlewaretoken"] = token[1] if token else ""
            status, _ = concurrency.fetch(opener, self.login_url, data, timeout=30)
            if status != 302:
                raise RuntimeError(f"{self.name}: logging in answered {status}, not 302")
        return opener

    def get(self, opener) -> float | None:
        """Milliseconds for one GET read to its end, or None (and an error) if not a 200."""
        start = time.perf_counter()
        try:
            status, body = concurrency.fetch(opener, self.url, timeout=60)
        except OSError as error:
            status, body = f"{type(error).__name__} {error}", ""
        took = (time.perf_counter() - start) * 1000
        if status != 200:
            self.errors.append(f"GET {self.url}: {status}")
            return None
        self.size = len(body.encode())
        return took


def sequential(targets: list[Target], requests: int, warmups: int) -> None:
    """One request at a time, the targets in turn."""
    openers = [target.opener() for target in targets]
    for attempt in range(warmups + requests):
        for target, opener in zip(targets, openers, strict=True):
            took = target.get(opener)
            if took is not None and attempt >= warmups:
                target.samples.append(took)


def concurrent(targets: list[Target], clients: int, seconds: float) -> None:
    """`clients` threads at once on one target for a slice, then on the next, in turn."""
    openers = [[target.opener() for _ in range(clients)] for target in targets]
    for _ in range(SLICES):
        for target, its_openers in zip(targets, openers, strict=True):
            run_slice(target, its_openers, seconds / SLICES)


def run_slice(target: Target, openers: list, seconds: float) -> None:
    served = [0] * len(openers)
    stop_at = time.monotonic() + seconds

    def client(number: int) -> None:
        while time.monotonic() < stop_at:
            served[number] += target.get(openers[number]) is not None

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(len(openers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    target.busy_seconds += time.perf_counter() - started
    target.served += sum(served)


def report(targets: list[Target], args: argparse.Namespace) -> int:
    print(
        f"{args.requests} sequential GETs each after {args.warmups} warm-ups"
        f"{', the targets in turn' if len(targets) > 1 else ''}; then {args.clients} clients "
        f"for {args.seconds:g} s each ({SLICES} slices{' in turn' if len(targets) > 1 else ''})."
    )
    print(f"| page | median (ms) | p90 (ms) | requests/s, {args.clients} clients | size (KB) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for target in targets:
        median = statistics.median(target.samples) if target.samples else float("nan")
        p90 = statistics.quantiles(target.samples, n=10)[-1] if target.samples else float("nan")
        rate = target.served / target.busy_seconds if target.busy_seconds else 0
        print(
            f"| {target.name} | {median:.1f} | {p90:.1f} | {rate:.1f} | {target.size / 1024:.1f} |"
        )
    errors = [error for target in targets for error in target.errors]
    for error in errors[:10]:
        print(f"  error: {error}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 1 if errors else 0


def prepare(size: int, password: str) -> None:
    """Migrate, collect static files (DEBUG off serves their hashed names) and build
    the user's applications, then close the connections gunicorn must not wait behind."""
    from django.core.management import call_command
    from django.db import connections

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    user = build_user(USERNAME, size)
    user.set_password(password)
    user.save(update_fields=["password"])
    connections.close_all()


def peer_target(args: argparse.Namespace) -> Target:
    parts = urllib.parse.urlsplit(args.peer_url)
    login = args.peer_login or f"{parts.scheme}://{parts.netloc}/accounts/login/"
    return Target(
        "peer",
        args.peer_url,
        login if args.peer_user else None,
        args.peer_user or "",
        args.peer_password,
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="tracker-http-"))
    env = concurrency.server_env(f"sqlite:///{workdir / 'bench.sqlite3'}")
    env["DJANGO_STATIC_ROOT"] = str(workdir / "static")
    os.environ.update({k: v for k, v in env.items() if k.startswith(("DATABASE_", "DJANGO_"))})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()
    prepare(args.size, concurrency.PASSWORD)
    port = concurrency.free_port()
    base = f"http://{concurrency.HOST}:{port}"
    login = base + "/accounts/login/"
    ours = Target("our board", base + "/", login, USERNAME, concurrency.PASSWORD)
    targets = [ours] + ([peer_target(args)] if args.peer_url else [])
    server = concurrency.start_gunicorn(1, port, env, workdir / "gunicorn.log")
    try:
        concurrency.wait_until_up(server, base, time.monotonic() + 60)
        sequential(targets, args.requests, args.warmups)
        concurrent(targets, args.clients, args.seconds)
    finally:
        concurrency.stop(server)
    status = report(targets, args)
    if status == 0:
        shutil.rmtree(workdir)  # kept on failure: the gunicorn log tells why
    return status


if __name__ == "__main__":
    sys.exit(main())
