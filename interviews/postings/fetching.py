"""Fetch a job's page from a pasted address, with the mailbox's protections.

The server connects where a person points it, so the same rules as a mailbox's IMAP
server apply, by the same code (``interviews.hrmail.addresses``, ``.deadline``): the name
is resolved once and every address it gives must be public (unless
``POSTINGS_PRIVATE_NETWORK``), the connection goes to the address checked (DNS
rebinding gains nothing), every read and write keeps to one overall deadline, the page is
read no further than ``MAX_BYTES``, and each redirect is checked like the first address,
so a public page cannot send the server inside its own network.
"""

from __future__ import annotations

import http.client
import socket
import ssl
from urllib.parse import urljoin, urlsplit

from interviews.hrmail.addresses import RefusedAddress, checked_address
from interviews.hrmail.deadline import Deadline

MAX_BYTES = 3 * 1024 * 1024  # a career page with its inline scripts is 0.1-2 MB
SECONDS, PER_READ = 15, 10
MAX_REDIRECTS = 4
PAGE_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "interview-tracker (saving a job posting a person pasted)"


class FetchError(ValueError):
    """The page could not be had; the text says why, for the person."""


def fetch(address: str, *, private_network: bool) -> tuple[str, str]:
    """(the page's text, the address it was read from, after redirects)."""
    deadline = Deadline(SECONDS, PER_READ)
    for _ in range(MAX_REDIRECTS + 1):
        status, location, content_type, body = _get(address, private_network, deadline)
        if status in (301, 302, 303, 307, 308) and location:
            address = urljoin(address, location)
            continue
        if status != 200:
            raise FetchError(f"The site answered {status} instead of the page.")
        return _text(body, content_type), address
    raise FetchError(f"The site sent us on more than {MAX_REDIRECTS} times.")


def _get(address: str, private_network: bool, deadline: Deadline) -> tuple[int, str, str, bytes]:
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("Only web addresses (http or https) can be fetched.")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        pinned = checked_address(parts.hostname, port, private_network=private_network)
        connection = _connection(parts.scheme, parts.hostname, port, pinned, deadline)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            connection.request(
                "GET", path, headers={"User-Agent": USER_AGENT, "Accept": ", ".join(PAGE_TYPES)}
            )
            answer = connection.getresponse()
            body = answer.read(MAX_BYTES + 1)
        finally:
            connection.shut()
    except RefusedAddress as error:
        raise FetchError(str(error)) from error
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise FetchError(f"Couldn't read the page at {parts.hostname}: {error}.") from error
    if len(body) > MAX_BYTES:
        raise FetchError(f"The page is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    return (
        answer.status,
        answer.getheader("Location", ""),
        answer.getheader("Content-Type", ""),
        body,
    )


def _text(body: bytes, content_type: str) -> str:
    kind, _, parameters = content_type.partition(";")
    if kind.strip().lower() not in PAGE_TYPES:
        raise FetchError(f"That address gives {kind.strip() or 'something'}, not a web page.")
    charset = "utf-8"
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"')
    try:
        return body.decode(charset, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


class _Timed:
    """A socket whose every write and read (through ``makefile``) keeps to the deadline;
    all that ``http.client`` asks of its socket."""

    def __init__(self, sock: socket.socket, deadline: Deadline):
        self.sock, self.deadline = sock, deadline

    def sendall(self, data: bytes) -> None:
        self.deadline.waiting(self.sock, self.sock.sendall, data)

    def makefile(self, mode: str = "rb"):
        return self.deadline.reader(self.sock)

    def close(self) -> None:
        # http.client closes its socket as soon as the answer says the connection ends,
        # while the answer is still to be read: the socket itself is closed by
        # ``_PinnedHTTP.shut`` once it is.
        pass


class _PinnedHTTP(http.client.HTTPConnection):
    """HTTP to an address already checked; ``host`` still names the site (Host header)."""

    def __init__(self, host: str, port: int, *, address: str, deadline: Deadline):
        super().__init__(host, port, timeout=deadline.left())
        self.address, self.deadline = address, deadline
        self.raw: socket.socket | None = None

    def _socket(self) -> socket.socket:
        self.raw = socket.create_connection((self.address, self.port), self.deadline.left())
        return self.raw

    def shut(self) -> None:
        self.close()
        if self.raw is not None:
            self.raw.close()

    def connect(self) -> None:
        self.sock = _Timed(self._socket(), self.deadline)


class _PinnedHTTPS(_PinnedHTTP):
    """HTTPS to an address already checked; the certificate is checked for ``host``."""

    def connect(self) -> None:
        context = ssl.create_default_context()
        # wrap_socket takes the plain socket over: the wrapped one is what ``shut`` closes.
        self.raw = context.wrap_socket(self._socket(), server_hostname=self.host)
        self.sock = _Timed(self.raw, self.deadline)


def _connection(scheme: str, host: str, port: int, address: str, deadline: Deadline) -> _PinnedHTTP:
    kind = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
    return kind(host, port, address=address, deadline=deadline)
