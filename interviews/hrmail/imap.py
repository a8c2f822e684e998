"""Read-only IMAP: log in, open a folder without changing it, list and fetch new mail.

Every failure becomes a ``MailboxError`` whose message the person can act on; the
folder is opened with EXAMINE (read-only) and messages are fetched with BODY.PEEK, so
nothing is marked as read.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
from collections.abc import Iterator
from dataclasses import dataclass

from interviews.hrmail.addresses import (
    PinnedIMAP4,
    PinnedIMAP4_SSL,
    RefusedAddress,
    checked_address,
)
from interviews.hrmail.deadline import Deadline, DeadlineExceeded

TIMEOUT_SECONDS = 20  # for one read
FETCH_DEADLINE_SECONDS = 120  # for a whole fetch of one mailbox: the rest waits for the next
TEST_DEADLINE_SECONDS = 30  # for "save and test", which a person waits for
MAX_MESSAGE_BYTES = 5 * 1024 * 1024  # larger messages are read up to here (their start)
FIRST_RUN_NEWEST = 200  # a first connection reads the newest ones, not years of mail
BATCH = 50
LOOPBACK = {"localhost", "127.0.0.1", "::1"}


class MailboxError(Exception):
    """A problem with the mailbox, worded for the person who set it up."""


def failed(error: Exception, message: str) -> MailboxError:
    """The MailboxError for a network failure: ``message``, or that time ran out."""
    if isinstance(error, DeadlineExceeded):
        return MailboxError(
            f"The server answered too slowly ({error}), so reading stopped. "
            "Mail already read is kept; the rest is read next time."
        )
    return MailboxError(message)


@dataclass(frozen=True)
class Mailbox:
    host: str
    port: int
    security: str  # "ssl", "starttls" or "plain"
    username: str
    password: str
    folder: str
    private_network: bool = False  # may the host be on a private network (addresses.py)


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def connect(box: Mailbox, *, seconds: float | None = None) -> imaplib.IMAP4:
    """Log in; the whole conversation, from here to logout, must end within ``seconds``
    (a fetch's deadline unless said)."""
    where = f"{box.host}:{box.port}"
    deadline = Deadline(seconds or FETCH_DEADLINE_SECONDS, per_read=TIMEOUT_SECONDS)
    try:
        address = checked_address(box.host, box.port, private_network=box.private_network)
    except RefusedAddress as error:
        raise MailboxError(str(error)) from error
    client: imaplib.IMAP4
    try:
        if box.security == "ssl":
            client = PinnedIMAP4_SSL(box.host, box.port, address=address, deadline=deadline)
        else:
            plain = PinnedIMAP4(box.host, box.port, address=address, deadline=deadline)
            if box.security == "starttls":
                plain.starttls(ssl_context=ssl.create_default_context())
            client = plain
    except ssl.SSLError as error:
        raise MailboxError(
            f"{where} did not accept a secure connection ({error.reason}). "
            "Check the port and the security setting."
        ) from error
    except (OSError, imaplib.IMAP4.error) as error:
        message = f"Couldn't reach {where}. Check the server name and port."
        raise failed(error, message) from error
    try:
        client.login(box.username, box.password)
    except (imaplib.IMAP4.error, OSError) as error:
        close(client)
        raise failed(
            error,
            "The server refused the user name or app password. Check both; many providers "
            "need an app password rather than your usual one.",
        ) from error
    return client


def open_folder(client: imaplib.IMAP4, folder: str) -> int:
    """Open ``folder`` read-only; its UIDVALIDITY (a new one means UIDs were renumbered)."""
    try:
        status, _ = client.select(_quoted(folder), readonly=True)
    except (imaplib.IMAP4.error, OSError) as error:
        raise failed(error, f"Couldn't open the folder “{folder}”.") from error
    if status != "OK":
        raise MailboxError(
            f"There is no folder called “{folder}” in this mailbox. "
            "Check its name (for most, INBOX)."
        )
    _, values = client.response("UIDVALIDITY")
    try:
        return int(values[0])
    except (TypeError, ValueError, IndexError):
        return 0


def new_uids(client: imaplib.IMAP4, after: int) -> list[int]:
    """UIDs above ``after``, oldest first; on a first run only the newest few."""
    try:
        status, data = client.uid("SEARCH", f"UID {after + 1}:*")
    except (imaplib.IMAP4.error, OSError) as error:
        raise failed(error, "The server stopped answering while listing new mail.") from error
    uids = sorted(int(u) for u in (data[0] or b"").split() if u.isdigit()) if status == "OK" else []
    # "n:*" always returns the last message, even when its UID is below n.
    uids = [uid for uid in uids if uid > after]
    return uids[-FIRST_RUN_NEWEST:] if after == 0 else uids


def _fetch(client: imaplib.IMAP4, uids: list[int], part: str) -> Iterator[tuple[int, bytes]]:
    try:
        status, data = client.uid("FETCH", ",".join(map(str, uids)), f"(UID {part})")
    except (imaplib.IMAP4.error, OSError) as error:
        raise failed(error, "The server stopped answering while reading mail.") from error
    if status != "OK":
        return
    for item in data:
        if isinstance(item, tuple) and (found := re.search(rb"UID (\d+)", item[0])):
            yield int(found[1]), item[1]


def headers_of(client: imaplib.IMAP4, uids: list[int]) -> Iterator[tuple[int, bytes]]:
    for start in range(0, len(uids), BATCH):
        yield from _fetch(client, uids[start : start + BATCH], "BODY.PEEK[HEADER.FIELDS (FROM)]")


def message(client: imaplib.IMAP4, uid: int) -> bytes:
    found = dict(_fetch(client, [uid], f"BODY.PEEK[]<0.{MAX_MESSAGE_BYTES}>"))
    return found.get(uid, b"")


def close(client: imaplib.IMAP4) -> None:
    with contextlib.suppress(imaplib.IMAP4.error, OSError):
        client.logout()


def count_messages(client: imaplib.IMAP4) -> int:
    try:
        status, data = client.uid("SEARCH", "ALL")
    except (imaplib.IMAP4.error, OSError):
        return 0
    return len((data[0] or b"").split()) if status == "OK" else 0
