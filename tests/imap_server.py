"""A private Dovecot IMAP server on a loopback port, for tests that need a real one.

The fixture writes its own configuration in a temporary directory (plain-text login
allowed, since it listens on 127.0.0.1 only; users from a passwd file; Maildir), starts
``dovecot -F -c <conf>`` and stops it afterwards. Without Dovecot the tests are skipped on
a developer's machine and fail in CI (CI=true): install Debian's dovecot-imapd.
"""

from __future__ import annotations

import contextlib
import grp
import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER, PASSWORD = "seeker", "right-app-password"


@dataclass(frozen=True)
class ImapServer:
    host: str
    port: int
    user: str
    password: str

    def append(self, raw: bytes, folder: str = "INBOX") -> None:
        client = imaplib.IMAP4(self.host, self.port, timeout=10)
        try:
            client.login(self.user, self.password)
            status, detail = client.append(folder, None, None, raw)
            assert status == "OK", detail
        finally:
            client.logout()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _accounts() -> tuple[str, str, pwd.struct_passwd]:
    """Who Dovecot runs as: its own system users under root, else the current user."""
    if os.geteuid() == 0:
        return "dovecot", "dovenull", pwd.getpwnam("dovenull")
    me = pwd.getpwuid(os.geteuid())
    return me.pw_name, me.pw_name, me


def _config(base: Path, port: int) -> str:
    internal, login, mail_user = _accounts()
    group = grp.getgrgid(pwd.getpwnam(internal).pw_gid).gr_name
    return f"""
protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
default_internal_user = {internal}
default_internal_group = {group}
default_login_user = {login}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={base}/home/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


def _wait_for(port: int, process: subprocess.Popen, log: Path) -> None:
    for _ in range(150):
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        if process.poll() is not None:
            break
        time.sleep(0.1)
    output = process.stdout.read().decode() if process.poll() is not None else ""
    raise DovecotFailed(
        f"Dovecot did not start: {output} {log.read_text() if log.exists() else ''}"
    )


class DovecotFailed(RuntimeError):
    """Dovecot is not installed, or did not start."""


@contextlib.contextmanager
def dovecot() -> Iterator[ImapServer]:
    """A private Dovecot on a free loopback port while the block runs, for the tests and
    for scripts/queue_scenario.py (which runs outside pytest)."""
    if not os.path.exists(DOVECOT):
        raise DovecotFailed(f"Dovecot not found at {DOVECOT}: install Debian's dovecot-imapd.")
    # Not pytest's tmp_path: under root its 0700 folders keep Dovecot's mail user out.
    base = Path(tempfile.mkdtemp(prefix="tracker-dovecot-"))
    base.chmod(0o755)
    for folder in ("run", "state", "home"):
        (base / folder).mkdir(parents=True)
    (base / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
    _, _, mail_user = _accounts()
    os.chown(base / "home", mail_user.pw_uid, mail_user.pw_gid)
    port = _free_port()
    (base / "dovecot.conf").write_text(_config(base, port))
    process = subprocess.Popen(
        [DOVECOT, "-F", "-c", str(base / "dovecot.conf")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for(port, process, base / "dovecot.log")
        yield ImapServer("127.0.0.1", port, USER, PASSWORD)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(name="imap_server")
def dovecot_fixture(settings) -> Iterator[ImapServer]:
    # The server listens on this machine: allow mailboxes on private addresses.
    settings.MAIL_PRIVATE_NETWORK = True
    if not os.path.exists(DOVECOT):
        message = f"Dovecot not found at {DOVECOT}: install Debian's dovecot-imapd."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message + " IMAP tests skipped.")
    try:
        with dovecot() as server:
            yield server
    except DovecotFailed as problem:
        pytest.fail(str(problem))
