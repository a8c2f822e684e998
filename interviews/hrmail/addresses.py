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
from typing import TYPE_CHECKING, Literal

from interviews.hrmail.deadline import Deadline

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

PRIVATE = (
    "{host} is an address inside a private network, which this server does not connect to. "
    "Use your mail provider's IMAP server, such as imap.gmail.com or outlook.office365.com."
)


class RefusedAddress(ValueError):
    """The host is not a public address, or not an address at all."""


NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries: mapped (::ffff:a.b.c.d), compatible
    (::a.b.c.d), NAT64 (64:ff9b::/96), 6to4 (2002::/16) and Teredo (server and client)."""
    low = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    found = []
    if address.ipv4_mapped:
        found.append(address.ipv4_mapped)
    if int(address) >> 32 == 0 or any(address in network for network in NAT64):
        found.append(low)
    if address.sixtofour:
        found.append(address.sixtofour)
    if address.teredo:
        found.extend(address.teredo)
    return found


def is_public(address: str) -> bool:
    """A global address, carrying no IPv4 address that is not global itself."""
    parsed = ipaddress.ip_address(address.split("%")[0])
    if isinstance(parsed, ipaddress.IPv6Address):
        return parsed.is_global and all(inner.is_global for inner in embedded_ipv4(parsed))
    return parsed.is_global


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
    addresses = [str(info[4][0]) for info in found]
    if not private_network and not all(is_public(address) for address in addresses):
        raise RefusedAddress(PRIVATE.format(host=host))
    return addresses[0]


IMAP_PORT = 143


class _Bounded(imaplib.IMAP4):
    """Every read and write of the conversation keeps to one overall ``Deadline``."""

    deadline: Deadline

    def open(self, host: str = "", port: int | None = None, timeout: float | None = None) -> None:
        super().open(host, port if port is not None else IMAP_PORT, timeout)
        self.file = self.deadline.reader(self.sock)

    def send(self, data: ReadableBuffer) -> None:
        self.deadline.waiting(self.sock, super().send, data)

    def starttls(
        self, ssl_context: ssl.SSLContext | None = None
    ) -> tuple[Literal["OK"], list[None]]:
        answer = super().starttls(ssl_context)
        self.file = self.deadline.reader(self.sock)
        return answer


class PinnedIMAP4(_Bounded):
    """IMAP to an address already checked; ``host`` is kept for STARTTLS's certificate."""

    def __init__(self, host: str, port: int, *, address: str, deadline: Deadline):
        self.address, self.deadline = address, deadline
        super().__init__(host, port, timeout=deadline.left())

    def _create_socket(self, timeout: float | None) -> socket.socket:
        return socket.create_connection((self.address, self.port), self.deadline.left())


class PinnedIMAP4_SSL(_Bounded, imaplib.IMAP4_SSL):
    """IMAP over TLS to an address already checked; the certificate is checked for
    ``host``."""

    def __init__(self, host: str, port: int, *, address: str, deadline: Deadline):
        self.address, self.deadline = address, deadline
        context = ssl.create_default_context()
        super().__init__(host, port, ssl_context=context, timeout=deadline.left())

    def _create_socket(self, timeout: float | None) -> socket.socket:
        sock = socket.create_connection((self.address, self.port), self.deadline.left())
        wrapped: socket.socket = self.ssl_context.wrap_socket(sock, server_hostname=self.host)
        return wrapped
