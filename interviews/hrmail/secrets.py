"""The mailbox's app password, encrypted at rest (Fernet from ``cryptography``).

The keys are ``settings.MAIL_KEYS``, newest first: ``DJANGO_MAIL_KEYS`` ("new,old") or
``DJANGO_MAIL_KEY`` from the environment, or one derived from ``SECRET_KEY``
(tracker/settings.py; ``check --deploy`` warns). A password is encrypted with the
newest key and read with any of them (``MultiFernet``), so a key is rotated without
downtime: put the new key first, run ``manage.py rotate_mail_keys``, then drop the old
one (docs/operations.md).
"""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class PasswordUnreadable(Exception):
    """The stored password was encrypted with another key."""


def _fernet() -> MultiFernet:
    try:
        return MultiFernet([Fernet(key) for key in settings.MAIL_KEYS])
    except (ValueError, TypeError) as error:
        raise ImproperlyConfigured(
            "Each of DJANGO_MAIL_KEYS (or DJANGO_MAIL_KEY) must be a Fernet key: 32 url-safe "
            'base64-encoded bytes, e.g. from `python -c "from cryptography.fernet import '
            'Fernet; print(Fernet.generate_key().decode())"`.'
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


def reencrypt(token: str) -> str:
    """The same password under the newest key (PasswordUnreadable under none of them)."""
    try:
        return _fernet().rotate(token.encode()).decode()
    except InvalidToken as error:
        raise PasswordUnreadable("Encrypted with none of DJANGO_MAIL_KEYS.") from error
