"""Make, revoke and check personal API tokens (see ``interviews.api.models``)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.utils import timezone

from interviews.api.models import ApiToken

PREFIX = "itk_"  # tells the person (and secret scanners) what the string is
# last_used_at is a hint for the person, not an audit log: one write a minute at most.
TOUCH_EVERY = timedelta(minutes=1)


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def token_create(*, owner, name: str) -> tuple[ApiToken, str]:
    """A new token and its secret, which is not stored and cannot be shown again."""
    raw = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        owner=owner, name=name, token_hash=_hash(raw), prefix=raw[: len(PREFIX) + 4]
    )
    return token, raw


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
