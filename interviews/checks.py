"""System checks of this project's own (run by ``manage.py check --deploy``)."""

from __future__ import annotations

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def mail_is_delivered(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """In production without an SMTP host, reset links and digests would only be printed
    to the server's output: nobody would get them, and the links would sit in its logs."""
    if settings.DEBUG or settings.EMAIL_HOST:
        return []
    return [
        checks.Warning(
            "No EMAIL_HOST is set: password-reset links and digests are printed to the "
            "server's output instead of being mailed.",
            hint="Set EMAIL_HOST (and EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD).",
            id="interviews.W001",
        )
    ]


@checks.register(checks.Tags.security, deploy=True)
def mail_key_is_its_own(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """A mail key derived from SECRET_KEY ties stored mailbox passwords to it: rotating
    the secret key (after a leak, say) would make every one of them unreadable."""
    if not settings.MAIL_KEY_DERIVED:
        return []
    return [
        checks.Warning(
            "The mailbox password key is derived from SECRET_KEY: rotating SECRET_KEY "
            "would make every stored mailbox password unreadable.",
            hint="Set DJANGO_MAIL_KEYS to a Fernet key of its own (docs/operations.md).",
            id="interviews.W002",
        )
    ]
