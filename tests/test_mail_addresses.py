"""A mailbox must be on a public address: the server never connects into its own network
for a stranger's settings, and the connection goes to the very address it checked."""

from __future__ import annotations

import socket
from http import HTTPStatus

import pytest
from django.urls import reverse

from interviews.hrmail import imap
from interviews.hrmail.models import MailAccount
from tests.imap_server import dovecot_fixture  # noqa: F401  (the imap_server fixture)

pytestmark = pytest.mark.django_db

SAVE = reverse("interviews:mailbox_save")
REAL_LOOKUP = socket.getaddrinfo


def answering(monkeypatch, name: str, *answers: str) -> None:
    """Make ``name`` resolve to each of ``answers`` in turn, then not at all."""
    left = list(answers)

    def lookup(host, port, *args, **kwargs):
        if host != name:
            return REAL_LOOKUP(host, port, *args, **kwargs)
        if not left:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (left.pop(0), port))]

    monkeypatch.setattr(socket, "getaddrinfo", lookup)


def box(host: str, port: int = 993, *, private_network: bool = False, **login) -> imap.Mailbox:
    user, password = login.get("user", "me"), login.get("password", "pw")
    return imap.Mailbox(host, port, "plain", user, password, "INBOX", private_network)


@pytest.mark.parametrize(
    "host", ["localhost", "127.0.0.1", "10.0.0.5", "192.168.1.20", "169.254.169.254", "[::1]"]
)
def test_the_form_refuses_an_address_inside_a_private_network(owner_client, host):
    data = {"host": host, "port": 993, "security": "ssl", "username": "me",
            "password": "pw", "folder": "INBOX", "action": "save"}  # fmt: skip
    response = owner_client.post(SAVE, data)
    assert response.status_code == HTTPStatus.OK
    assert "inside a private network" in response.content.decode()
    assert not MailAccount.objects.exists()


def test_a_name_that_leads_into_a_private_network_is_refused_before_connecting(monkeypatch):
    answering(monkeypatch, "imap.corp.test", "10.1.2.3")
    connected = []
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: connected.append(a))
    with pytest.raises(imap.MailboxError, match="inside a private network"):
        imap.connect(box("imap.corp.test"))
    assert connected == []


def test_a_name_nobody_knows_is_said_plainly():
    with pytest.raises(imap.MailboxError, match="Couldn't find a server called"):
        imap.connect(box("no-such-host.invalid"))


def test_the_connection_goes_to_the_address_checked_not_a_second_lookup(monkeypatch, imap_server):
    # The name answers the server's address once, then a different one (or none): a
    # connection that looked the name up again would fail.
    answering(monkeypatch, "mail.rebinding.test", imap_server.host)
    mailbox = box(
        "mail.rebinding.test",
        imap_server.port,
        private_network=True,
        user=imap_server.user,
        password=imap_server.password,
    )
    client = imap.connect(mailbox)
    imap.close(client)
