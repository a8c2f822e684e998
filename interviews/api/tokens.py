"""Make, revoke and check personal API tokens (see ``interviews.api.models``)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.db.models import F, QuerySet
from django.utils import timezone

from interviews.api.models import ApiToken

PREFIX = "itk_"  # tells the person (and secret scanners) what the string is
# last_used_at is a hint for the person, not an audit log: one write a minute at most.
TOUCH_EVERY = timedelta(minutes=1)
MAX_LIVE = 20  # more is a leak waiting to happen, and a list too long to check
REVOKED_SHOWN = 5  # the latest revoked, so the person sees that a revoke took


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def token_create(*, owner, name: str) -> tuple[ApiToken, str]:
    """A new token and its secret, which is not stored and cannot be shown again."""
    raw = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        owner=owner, name=name, token_hash=_hash(raw), prefix=raw[: len(PREFIX) + 4]
    )
    return token, raw


def tokens_shown(owner) -> QuerySet[ApiToken]:
    """Every live token (at most MAX_LIVE) and the latest revoked ones: a bounded list."""
    newest_revoked_last = (F("revoked_at").desc(nulls_first=True), "-created_at", "-pk")
    return ApiToken.objects.for_user(owner).order_by(*newest_revoked_last)[
        : MAX_LIVE + REVOKED_SHOWN
    ]


def token_revoke(token: ApiToken) -> None:
    """The token stops working with the next request."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])


def token_owner(raw: str):
    """The user a live token belongs to, or None."""
    if not raw.startswith(PREFIX) or len(raw) > 100:
        return None
    token = ApiToken.objects.live().select_related("owner").filter(token_hash=_hash(raw)).first()
    if token is None or not token.owner.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > TOUCH_EVERY:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.owner
