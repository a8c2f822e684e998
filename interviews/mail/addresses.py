"""Which servers a mailbox may point at, and a connection pinned to the address checked.

A person types the IMAP server's name, and this server connects to it. Left open, that
would let anyone make the server knock on machines inside its own network (a database,
a cloud's metadata service) and read back how they answered. So a mailbox must be on a
public address, unless the installation says its own network is fine
(``DJANGO_MAIL_PRIVATE_NETWORK``: a home server reading a mailbox on the same LAN; the
tests' Dovecot on 127.0.0.1). The name is resolved once, every address it gives is
checked, and the connection goes to the checked address, so a name that answers
differently a second later (DNS rebinding) gains nothing.
"""

from __future__ import annotations

import imaplib
import ipaddress
import socket
import ssl

PRIVATE = (
    "{host} is an address inside a private network, which this server does not connect to. "
    "Use your mail provider's IMAP server, such as imap.gmail.com or outlook.office365.com."
)


class RefusedAddress(ValueError):
    """The host is not a public address, or not an address at all."""


def is_public(address: str) -> bool:
    return ipaddress.ip_address(address.split("%")[0]).is_global


def literal_address(host: str) -> str | None:
    """The address when the host is written as one (brackets allowed), else None."""
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None


def checked_address(host: str, port: int, *, private_network: bool) -> str:
    """The address to connect to for ``host``, refused when any address the name gives is
    private (unless ``private_network``)."""
    try:
        found = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise RefusedAddress(f"Couldn't find a server called {host}. Check the name.") from error
    addresses = [info[4][0] for info in found]
    if not private_network and not all(is_public(address) for address in addresses):
        raise RefusedAddress(PRIVATE.format(host=host))
    return addresses[0]


class PinnedIMAP4(imaplib.IMAP4):
    """IMAP to an address already checked; ``host`` is kept for STARTTLS's certificate."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float):
        self.address = address
        super().__init__(host, port, timeout=timeout)

    def _create_socket(self, timeout):
        return socket.create_connection((self.address, self.port), timeout)


class PinnedIMAP4_SSL(imaplib.IMAP4_SSL):
    """IMAP over TLS to an address already checked; the certificate is checked for
    ``host``."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float):
        self.address = address
        context = ssl.create_default_context()
        super().__init__(host, port, ssl_context=context, timeout=timeout)

    def _create_socket(self, timeout):
        sock = socket.create_connection((self.address, self.port), timeout)
        return self.ssl_context.wrap_socket(sock, server_hostname=self.host)
