"""An overall deadline for one IMAP conversation, however slowly the server talks.

A socket timeout bounds one read, not a conversation: a server that sends one byte every
ten seconds never trips a 20-second timeout and can hold a thread for hours. So every
read and write goes through ``Deadline``: each waits at most the time left, and once the
time is up the next one raises ``DeadlineExceeded`` (an ``OSError``, like any other
network failure, so the IMAP code's handling turns it into a ``MailboxError``).
"""

from __future__ import annotations

import io
import socket
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

T = TypeVar("T")


class DeadlineExceeded(TimeoutError):
    """The conversation ran out of time."""


class Deadline:
    def __init__(self, seconds: float, per_read: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.per_read = per_read

    def left(self) -> float:
        """Seconds left for the next wait; raises once none are."""
        left = self.ends - time.monotonic()
        if left <= 0:
            raise DeadlineExceeded(f"no answer within {self.seconds:g} seconds")
        return min(left, self.per_read)

    def waiting(self, sock: socket.socket, act: Callable[..., T], *args: object) -> T:
        """``act(*args)`` on ``sock``, waiting no longer than the time left; a wait cut
        short by the deadline raises ``DeadlineExceeded`` rather than a plain timeout."""
        sock.settimeout(self.left())
        try:
            return act(*args)
        except TimeoutError:
            if self.ends - time.monotonic() <= 0.1:
                raise DeadlineExceeded(f"no answer within {self.seconds:g} seconds") from None
            raise

    def reader(self, sock: socket.socket) -> io.BufferedReader:
        """A file over ``sock`` (plain or TLS) whose every read keeps to the deadline."""
        return io.BufferedReader(_Raw(sock, self))


class _Raw(io.RawIOBase):
    def __init__(self, sock: socket.socket, deadline: Deadline):
        self.sock, self.deadline = sock, deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        return int(self.deadline.waiting(self.sock, self.sock.recv_into, buffer))
