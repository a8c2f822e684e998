"""The scheduler's claims and the workers' leases: rows whose uniqueness is the lock, so
that any number of schedulers and workers, on any number of machines, agree."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class DigestClaim(models.Model):
    """A person's digest for one of their own days, queued: the scheduler inserts the row
    and queues the task in one transaction, so a second scheduler finds the row and queues
    nothing (``DigestLog`` still guards the sending itself)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_claims"
    )
    day = models.DateField()  # the person's local date
    queued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "day"], name="digest_claim_once_a_day"),
        ]

    def __str__(self) -> str:
        return f"Digest of {self.owner} for {self.day}"


class TickClaim(models.Model):
    """A periodic job's slot, queued (a mailbox's fetch for one five-minute slot, the day's
    pruning): one row per name and slot, claimed like ``DigestClaim``."""

    name = models.CharField(max_length=100)
    slot = models.DateTimeField()  # the start of the slot, in UTC
    queued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-slot"]
        constraints = [
            models.UniqueConstraint(fields=["name", "slot"], name="tick_claim_once_a_slot"),
        ]
        indexes = [
            # prune: DELETE ... WHERE slot < cutoff
            models.Index(fields=["slot"], name="tick_claim_slot"),
        ]

    def __str__(self) -> str:
        return f"{self.name} at {self.slot:%Y-%m-%d %H:%M}"


class Lease(models.Model):
    """Who may work on ``key`` (a mailbox) until ``expires_at``. A worker killed while
    holding it never releases it; the lease lapses at its expiry and the next one takes it."""

    key = models.CharField(max_length=100, unique=True)
    holder = models.CharField(max_length=64)
    expires_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.key} held by {self.holder} until {self.expires_at:%H:%M:%S}"
