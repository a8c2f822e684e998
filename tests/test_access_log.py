"""gunicorn's access log never holds a feed token, a reset link, a mail link or a
credential header: its logger class redacts every atom, and gunicorn.conf.py uses it."""

from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path
from types import SimpleNamespace

from gunicorn.config import Config

from interviews.gunicorn_logs import RedactingLogger

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "s3cr3t-feed-token-abcdefghijklmnop"


def access_line(path: str, **headers: str) -> str:
    config = Config()
    conf = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    config.set("logger_class", conf["logger_class"])
    config.set("access_log_format", conf["access_log_format"])
    logger = RedactingLogger(config)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": path,
        "PATH_INFO": path.split("?")[0],
        "QUERY_STRING": path.partition("?")[2],
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "203.0.113.9",
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    request = SimpleNamespace(headers=[(k.upper(), v) for k, v in headers.items()])
    response = SimpleNamespace(status="200 OK", sent=10, headers=[])
    atoms = logger.atoms(response, request, environ, dt.timedelta(milliseconds=12))
    return conf["access_log_format"] % atoms


def test_the_config_names_the_redacting_logger():
    conf = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert conf["logger_class"] == "interviews.gunicorn_logs.RedactingLogger"


def test_a_feed_token_is_redacted_in_the_request_line_and_the_referer():
    line = access_line(f"/feeds/{TOKEN}.ics", referer=f"https://x.example/feeds/{TOKEN}.ics")
    assert TOKEN not in line
    assert "/feeds/[redacted].ics" in line


def test_reset_unsubscribe_and_email_links_are_redacted():
    for path in (
        f"/accounts/reset/MQ/{TOKEN}/",
        f"/unsubscribe/{TOKEN}/",
        f"/settings/email/confirm/{TOKEN}/",
    ):
        assert TOKEN not in access_line(path), path


def test_credential_headers_never_reach_the_log():
    config = Config()
    logger = RedactingLogger(config)
    environ = {"REQUEST_METHOD": "GET", "RAW_URI": "/api/", "SERVER_PROTOCOL": "HTTP/1.1"}
    request = SimpleNamespace(headers=[("AUTHORIZATION", f"Bearer {TOKEN}"), ("COOKIE", TOKEN)])
    response = SimpleNamespace(status="200 OK", sent=1, headers=[])
    atoms = logger.atoms(response, request, environ, dt.timedelta())
    assert atoms["{authorization}i"] == atoms["{cookie}i"] == "[redacted]"


def test_ordinary_paths_are_logged_as_they_are():
    assert '"GET /applications/12/ HTTP/1.1" 200' in access_line("/applications/12/")
