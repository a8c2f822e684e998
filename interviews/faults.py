"""What a person sees when the database cannot take a write: a 503 that says to try again.

SQLite allows one writer at a time; a writer that waits longer than the database's busy
timeout (``DJANGO_DB_TIMEOUT``), or a PostgreSQL statement that waits longer than its
lock timeout, fails with an OperationalError. So does any write on a full disk. These are
not bugs in the request: the same request succeeds a little later, so the answer is 503
with Retry-After and a page that says so, not the 500 of an error nobody foresaw.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import OperationalError

# What SQLite and PostgreSQL say, in lower case.
BUSY = ("database is locked", "database table is locked", "lock timeout", "could not obtain lock")
FULL = ("database or disk is full", "no space left on device", "disk i/o error")


@dataclass(frozen=True)
class Fault:
    reason: str  # "busy" or "full"
    retry_after: int  # seconds


def fault_of(error: BaseException | None) -> Fault | None:
    """The passing fault behind an exception, or None for any other error."""
    if not isinstance(error, OperationalError):
        return None
    text = str(error).lower()
    if any(words in text for words in BUSY):
        return Fault("busy", retry_after=10)
    if any(words in text for words in FULL):
        return Fault("full", retry_after=300)
    return None
