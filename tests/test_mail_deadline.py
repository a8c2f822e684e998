"""An IMAP server that answers one byte every half second never trips a per-read timeout;
the overall deadline ends the conversation with a clear message, and fetch_mail goes on
to the next mailbox. The slow server listens on 127.0.0.1 only and stops by itself."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from interviews.hrmail import imap
from interviews.hrmail.addresses import is_public
from interviews.hrmail.models import MailAccount, MailSuggestion
from interviews.hrmail.secrets import encrypt
from tests.factories import ApplicationFactory, UserFactory
from tests.imap_server import dovecot_fixture  # noqa: F401  (the imap_server fixture)
from tests.support.mail import REJECTION

pytestmark = pytest.mark.django_db

PACE_SECONDS = 0.5  # one byte, then a pause
MOST_BYTES = 240  # the server gives up by itself after two minutes


@pytest.fixture
def slow_server() -> Iterator[int]:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def drip(connection: socket.socket) -> None:
        with connection:
            for byte in (b"* OK slow server ready, honestly" * 10)[:MOST_BYTES]:
                if stop.wait(PACE_SECONDS):
                    return
                try:
                    connection.sendall(bytes([byte]))
                except OSError:
                    return

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=drip, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join(5)
    listener.close()


def slow_box(port: int) -> imap.Mailbox:
    return imap.Mailbox("127.0.0.1", port, "plain", "me", "pw", "INBOX", private_network=True)


def test_a_slow_server_is_cut_off_at_the_deadline_with_a_clear_message(slow_server):
    started = time.monotonic()
    with pytest.raises(imap.MailboxError, match="answered too slowly"):
        imap.connect(slow_box(slow_server), seconds=2)
    assert time.monotonic() - started < 60  # the per-read timeout alone would never end it


def test_fetch_mail_goes_on_to_the_next_mailbox_after_one_times_out(
    slow_server, imap_server, monkeypatch, capsys
):
    monkeypatch.setattr(imap, "FETCH_DEADLINE_SECONDS", 2)
    slow, fine = UserFactory(username="slow"), UserFactory(username="fine")
    ApplicationFactory(owner=fine, company="Acme Robotics", contact_email="dana@acme-robotics.com")
    for owner, host, port, user, password in (
        (slow, "127.0.0.1", slow_server, "me", "pw"),
        (fine, imap_server.host, imap_server.port, imap_server.user, imap_server.password),
    ):
        MailAccount.objects.create(
            owner=owner, host=host, port=port, security="plain", username=user,
            password_encrypted=encrypt(password), folder="INBOX",
        )  # fmt: skip
    imap_server.append(REJECTION)
    with pytest.raises(CommandError, match="slow"):
        call_command("fetch_mail")
    out, err = capsys.readouterr()
    assert "slow: The server answered too slowly" in err
    assert "fine: 1 new, 1 about hiring, 1 new suggestion." in out
    assert MailSuggestion.objects.get().owner == fine
    assert "too slowly" in MailAccount.objects.get(owner=slow).last_error


def test_save_and_test_ends_at_its_deadline(slow_server, client, settings, monkeypatch):
    settings.MAIL_PRIVATE_NETWORK = True
    monkeypatch.setattr(imap, "TEST_DEADLINE_SECONDS", 2)
    client.force_login(UserFactory())
    data = {"host": "127.0.0.1", "port": slow_server, "security": "plain", "username": "me",
            "password": "pw", "folder": "INBOX", "action": "test"}  # fmt: skip
    response = client.post(reverse("interviews:mailbox_save"), data, follow=True)
    assert "answered too slowly" in response.content.decode()


@pytest.mark.parametrize(
    "address",
    [
        "::127.0.0.1",  # IPv4-compatible
        "::ffff:127.0.0.1",  # IPv4-mapped
        "::ffff:10.0.0.1",
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "64:ff9b::c0a8:101",  # NAT64 of 192.168.1.1
        "2002:7f00:1::1",  # 6to4 of 127.0.0.1
        "2002:a00:1::1",  # 6to4 of 10.0.0.1
        "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo
    ],
)
def test_ipv6_forms_that_carry_a_private_ipv4_address_are_refused(address):
    assert not is_public(address)


@pytest.mark.parametrize("address", ["2606:4700:4700::1111", "64:ff9b::808:808", "8.8.8.8"])
def test_public_addresses_pass(address):
    assert is_public(address)
