"""Static files in production: hashed names, far-future caching, gzip and Brotli.

collectstatic runs in a fresh process with production settings, then a second process
asks the app (whitenoise in the middleware stack) for Bootstrap's CSS the way a browser
does. What collectstatic wrote is kept in .cache/collectstatic/ (git ignores it) under a
hash of everything it reads: each static file, the settings, and the versions of Django,
whitenoise and Brotli; a run whose inputs are unchanged reuses it instead of compressing
every file again (the half-minute of the suite's slowest fixture).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from importlib.metadata import version
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles.finders import get_finders
from filelock import FileLock

from tests.support.production import manage, production_env

# collectstatic compresses every file twice: longer than a minute on a busy machine.
COLLECT_TIMEOUT = 600
CACHE = Path(settings.BASE_DIR) / ".cache" / "collectstatic"
# What collectstatic's output depends on besides the files: the settings (the storage, the
# finders) and the code that hashes and compresses.
SETTINGS_FILE = Path(settings.BASE_DIR) / "tracker" / "settings.py"
PACKAGES = ("django", "whitenoise", "brotli")

# Both tests read one collectstatic: on one worker, the other never waits on its lock. The
# first pays for it, so the suite's five minutes a test (pyproject.toml) do not fit here.
pytestmark = [pytest.mark.xdist_group("collectstatic"), pytest.mark.timeout(COLLECT_TIMEOUT + 120)]

FETCH = """
import json
from django.contrib.staticfiles.storage import staticfiles_storage
from django.test import Client
url = staticfiles_storage.url("bootstrap/css/bootstrap.min.css")
answers = {}
for encoding in ("br", "gzip", ""):
    response = Client(HTTP_ACCEPT_ENCODING=encoding).get(url, secure=True)
    body = b"".join(response.streaming_content)
    answers[encoding] = {
        "status": response.status_code,
        "encoding": response.get("Content-Encoding", ""),
        "cache": response.get("Cache-Control", ""),
        "bytes": len(body),
    }
print(json.dumps({"url": url, "answers": answers}))
"""


@pytest.fixture(scope="session")
def served(tmp_path_factory):
    """The collected files (from the cache, or collected now) and the app's answers for
    Bootstrap's CSS, asked once per run: xdist's workers share the answers, the first asks
    under a lock and the others wait for it and read what it found."""
    root = collected()
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    answers = shared / "static-answers.json"
    with FileLock(shared / "static.lock"):
        if not answers.exists():
            answers.write_text(fetch(root))
    return root, json.loads(answers.read_text())


def inputs_hash() -> str:
    """A hash of what collectstatic reads: every file the finders find, by name and
    content, the settings, and the versions of the packages that write the output."""
    digest = hashlib.sha256(SETTINGS_FILE.read_bytes())
    for package in PACKAGES:
        digest.update(f"{package}=={version(package)}".encode())
    found = sorted(
        (path, storage.path(path)) for finder in get_finders() for path, storage in finder.list([])
    )
    for name, path in found:
        digest.update(name.encode() + b"\0" + Path(path).read_bytes())
    return digest.hexdigest()[:24]


def collected() -> Path:
    """collectstatic's output for today's inputs, made only if the cache does not hold it;
    the cache keeps the newest output alone."""
    CACHE.mkdir(parents=True, exist_ok=True)
    root = CACHE / inputs_hash()
    with FileLock(CACHE / "collect.lock"):
        if not root.exists():
            for old in CACHE.iterdir():
                if old.is_dir():
                    shutil.rmtree(old)
            building = root.with_name(root.name + ".building")
            env = production_env(DJANGO_STATIC_ROOT=str(building))
            done = manage("collectstatic", "--noinput", timeout=COLLECT_TIMEOUT, **env)
            assert done.returncode == 0, done.stderr
            building.rename(root)  # complete, or not there at all
    return root


def fetch(root: Path) -> str:
    env = production_env(DJANGO_STATIC_ROOT=str(root), DJANGO_ALLOWED_HOSTS="testserver")
    fetched = manage("shell", "-c", FETCH, **env)
    assert fetched.returncode == 0, fetched.stderr
    return fetched.stdout.strip().splitlines()[-1]


def test_files_are_collected_under_hashed_names_with_gzip_and_brotli(served):
    root, _ = served
    css = list((root / "bootstrap" / "css").glob("bootstrap.min.*.css"))
    assert css, "a content-hashed copy of Bootstrap's CSS"
    assert css[0].with_name(css[0].name + ".br").exists()
    assert css[0].with_name(css[0].name + ".gz").exists()


def test_browsers_get_brotli_or_gzip_with_a_far_future_cache(served):
    _, fetched = served
    assert ".min." in fetched["url"] and fetched["url"].count(".") >= 3, "hashed name"
    answers = fetched["answers"]
    assert all(answer["status"] == 200 for answer in answers.values())
    assert answers["br"]["encoding"] == "br"
    assert answers["gzip"]["encoding"] == "gzip"
    assert answers[""]["encoding"] == ""
    # Brotli is the smallest, and well under a sixth of the raw file.
    assert answers["br"]["bytes"] < answers["gzip"]["bytes"] < answers[""]["bytes"] / 4
    assert answers["br"]["bytes"] < answers[""]["bytes"] / 6
    for answer in answers.values():
        assert "immutable" in answer["cache"] and "max-age=315360000" in answer["cache"]
