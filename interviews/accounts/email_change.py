"""Changing one's e-mail address: a signed link to the new address confirms it.

The link carries the account and the new address, signed and valid for two days; the
address changes only when the signed-in owner of that account opens it, so a typo or a
stranger's address never takes over where reset links go. It also carries the nonce of
the person's ``EmailChangeRequest``: a newer request replaces it (the older link stops
working) and confirming deletes it (a link works once).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from interviews.accounts.models import EmailChangeRequest

SALT = "interviews.email_change"
VALID_DAYS = 2


@dataclass(frozen=True)
class Change:
    user_pk: int
    email: str
    nonce: str


def change_token(user, email: str) -> str:
    """A link's token for this change; any earlier link of the person's stops working."""
    nonce = secrets.token_hex(16)
    EmailChangeRequest.objects.update_or_create(owner=user, defaults={"nonce": nonce})
    return signing.dumps({"user": user.pk, "email": email, "nonce": nonce}, salt=SALT)


def change_from(token: str) -> Change | None:
    """The change a token asks for, or None when it is forged, mangled, too old,
    replaced by a newer request or already used."""
    try:
        data = signing.loads(token, salt=SALT, max_age=VALID_DAYS * 24 * 3600)
    except signing.BadSignature:  # SignatureExpired is one too
        return None
    change = Change(user_pk=data["user"], email=data["email"], nonce=data.get("nonce", ""))
    pending = EmailChangeRequest.objects.filter(owner_id=change.user_pk, nonce=change.nonce)
    return change if pending.exists() else None


def change_use(change: Change) -> bool:
    """Spend the link: True for the one request that gets to, False for a twin."""
    spent = EmailChangeRequest.objects.filter(owner_id=change.user_pk, nonce=change.nonce)
    return spent.delete()[0] > 0


def send_confirmation(user, email: str, *, link: str) -> None:
    body = render_to_string(
        "interviews/email/email_change.txt",
        {"name": user.first_name or user.get_username(), "link": link, "days": VALID_DAYS},
    )
    EmailMessage("Confirm your new e-mail address", body, to=[email]).send()
