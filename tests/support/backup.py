"""What an account holds, for comparing it before and after a backup or a restore."""

from __future__ import annotations

from interviews.exchange.backup import backup_document
from interviews.models import Application


def comparable(document: dict) -> dict:
    return {key: value for key, value in document.items() if key != "exported_at"}


def stored(user) -> dict:
    """Everything the account holds, derived fields included."""
    return {
        "document": comparable(backup_document(user)),
        "derived": list(
            Application.objects.for_user(user)
            .order_by("uid")
            .values_list("uid", "stage", "awaiting_from", "follow_up_on", "quiet_from")
        ),
    }
