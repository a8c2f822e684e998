"""Changing one's e-mail address: a signed link to the new address confirms it.

The link carries the account and the new address, signed and valid for two days; the
address changes only when the signed-in owner of that account opens it, so a typo or a
stranger's address never takes over where reset links go.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

SALT = "interviews.email_change"
VALID_DAYS = 2


@dataclass(frozen=True)
class Change:
    user_pk: int
    email: str


def change_token(user, email: str) -> str:
    return signing.dumps({"user": user.pk, "email": email}, salt=SALT)


def change_from(token: str) -> Change | None:
    """The change a token asks for, or None when it is forged, mangled or too old."""
    try:
        data = signing.loads(token, salt=SALT, max_age=VALID_DAYS * 24 * 3600)
    except signing.BadSignature:  # SignatureExpired is one too
        return None
    return Change(user_pk=data["user"], email=data["email"])


def send_confirmation(user, email: str, *, link: str) -> None:
    body = render_to_string(
        "interviews/email/email_change.txt",
        {"name": user.first_name or user.get_username(), "link": link, "days": VALID_DAYS},
    )
    EmailMessage("Confirm your new e-mail address", body, to=[email]).send()
