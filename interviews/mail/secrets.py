"""The mailbox's app password, encrypted at rest (Fernet from ``cryptography``).

The key is ``settings.MAIL_KEY``: ``DJANGO_MAIL_KEY`` from the environment, or one
derived from ``SECRET_KEY`` (tracker/settings.py). Set ``DJANGO_MAIL_KEY`` in production, so
that rotating ``SECRET_KEY`` does not make stored passwords unreadable.
"""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class PasswordUnreadable(Exception):
    """The stored password was encrypted with another key."""


def _fernet() -> Fernet:
    try:
        return Fernet(settings.MAIL_KEY)
    except (ValueError, TypeError) as error:
        raise ImproperlyConfigured(
            "DJANGO_MAIL_KEY must be a Fernet key: 32 url-safe base64-encoded bytes, e.g. from "
            '`python -c "from cryptography.fernet import Fernet; '
            'print(Fernet.generate_key().decode())"`.'
        ) from error


def encrypt(password: str) -> str:
    return _fernet().encrypt(password.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken as error:
        raise PasswordUnreadable(
            "The stored app password can't be read with this server's key: "
            "enter it again in Settings."
        ) from error
