"""A lease: the right to work on one thing (a mailbox) until it expires.

Taking it is one statement that either inserts the row or takes over an expired one, so
two workers never hold it at once; a worker killed while holding it never gives it back,
and it lapses at its expiry. The holder's work must end before then (the mail fetch has
an overall deadline shorter than its lease).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import get_random_string

from interviews.jobs.models import Lease


def lease_take(key: str, *, length: timedelta) -> str | None:
    """Take the lease on ``key`` for ``length``: the holder's token, or None while another
    holder's lease runs."""
    holder = get_random_string(32)
    now = timezone.now()
    expires_at = now + length
    taken = Lease.objects.filter(key=key, expires_at__lte=now).update(
        holder=holder, expires_at=expires_at
    )
    if taken:
        return holder
    try:
        with transaction.atomic():
            Lease.objects.create(key=key, holder=holder, expires_at=expires_at)
    except IntegrityError:  # held, and not expired
        return None
    return holder


def lease_renew(key: str, holder: str, *, length: timedelta) -> bool:
    """Extend this holder's lease by ``length`` from now; False when another holder has
    taken it (it lapsed meanwhile). One that lapsed and nobody took is this holder's again."""
    now = timezone.now()
    mine_or_free = Q(holder=holder) | Q(expires_at__lte=now)
    if Lease.objects.filter(mine_or_free, key=key).update(holder=holder, expires_at=now + length):
        return True
    try:
        with transaction.atomic():
            Lease.objects.create(key=key, holder=holder, expires_at=now + length)
    except IntegrityError:
        return False
    return True


def lease_release(key: str, holder: str) -> None:
    """Give the lease back, if it is still this holder's (it may have lapsed and moved on)."""
    Lease.objects.filter(key=key, holder=holder).delete()


@contextmanager
def leased(key: str, *, length: timedelta) -> Iterator[bool]:
    """Whether the lease on ``key`` was taken; given back at the end of the block."""
    holder = lease_take(key, length=length)
    try:
        yield holder is not None
    finally:
        if holder is not None:
            lease_release(key, holder)
