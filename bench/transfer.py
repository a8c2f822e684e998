"""What a browser downloads for the board in production settings, first visit and repeat.

    .venv/bin/python bench/transfer.py

A measurement, not a test. It builds a temporary SQLite database with the demo search,
collects the static files (hashed names, gzip and Brotli), starts gunicorn with DEBUG
off on a free local port, logs in as the demo user in Chromium, then opens the board in
a fresh browser context (empty cache) and again by following a link (as a person does,
not a forced reload). It prints the bytes on the wire (Chromium's encodedDataLength, so
after compression) and how many requests reached the server each time.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(workdir: Path) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DATABASE_URL": f"sqlite:///{workdir / 'transfer.sqlite3'}",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_HSTS_SECONDS": "0",
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
    }


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def visit(browser, url: str, state: dict) -> dict[str, int]:
    """Open the board in a fresh context, then follow the Board link once more."""
    context = browser.new_context(storage_state=state)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    seen = {"bytes": 0, "requests": 0, "cached": 0}
    cdp.on(
        "Network.requestWillBeSent", lambda _: seen.__setitem__("requests", seen["requests"] + 1)
    )
    cdp.on(
        "Network.requestServedFromCache", lambda _: seen.__setitem__("cached", seen["cached"] + 1)
    )
    cdp.on(
        "Network.loadingFinished",
        lambda event: seen.__setitem__("bytes", seen["bytes"] + int(event["encodedDataLength"])),
    )
    page.goto(url + "/")
    page.wait_for_load_state("networkidle")
    first = dict(seen)
    seen.update(bytes=0, requests=0, cached=0)
    page.get_by_role("link", name="Board").click()
    page.wait_for_load_state("networkidle")
    context.close()
    return {
        "first_kb": round(first["bytes"] / 1024, 1),
        "first_requests": first["requests"],
        "repeat_kb": round(seen["bytes"] / 1024, 1),
        "repeat_to_server": seen["requests"] - seen["cached"],
    }


def main() -> int:
    from playwright.sync_api import sync_playwright

    workdir = Path(tempfile.mkdtemp(prefix="tracker-transfer-"))
    env = production_env(workdir)
    server = None
    try:
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "seed_demo")
        manage(env, "collectstatic", "--noinput", "-v0")
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "tracker.wsgi",
                "--workers",
                "1",
                "--bind",
                f"127.0.0.1:{port}",
            ],
            cwd=ROOT,
            env=env,
        )
        for _ in range(100):
            try:
                urlopen(url + "/accounts/login/", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            login = browser.new_context()
            page = login.new_page()
            page.goto(url + "/accounts/login/")
            page.fill("#id_username", "demo")
            page.fill("#id_password", "demo-tracker-2026")
            page.locator("main button[type=submit]").click()
            page.wait_for_url(url + "/")
            result = visit(browser, url, login.storage_state())
            browser.close()
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"Board, first visit: {result['first_kb']} KB in {result['first_requests']} requests "
        f"(budget 150 KB). Repeat visit: {result['repeat_to_server']} request(s) reached the "
        f"server, {result['repeat_kb']} KB (budget: one request)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
