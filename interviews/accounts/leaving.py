"""Leaving for good: an account and everything that names its owner, deleted.

The records a person owns go with the user row (every foreign key to the user cascades,
and tests/test_leaving.py fails if one is added that does not); what does not point at
the user is handled here: the sessions (which held uploaded spreadsheets once) and the
log-in lockout log of django-axes, which names the person by username. The lockout rows
are kept for what they say about an address, with the name and browser details blanked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from interviews.chunking import chunks

GONE = None  # what the lockout log says instead of the name


def account_delete(*, user, afterwards: Iterable[Callable[[], None]] = ()) -> None:
    """Delete the user, all they own, their sessions; anonymise their lockout rows.
    ``afterwards`` runs once that is committed: what is stored outside the database
    (a document's bytes) goes only when its rows are surely gone."""
    names = {name for name in (user.get_username(), user.email) if name}
    sessions = sessions_of(user)
    with transaction.atomic():
        user.delete()  # cascades: profile, records, tokens, feeds, mailbox, pending imports
        for part in chunks(sessions):
            Session.objects.filter(session_key__in=part).delete()
        lockout_anonymise(names)
        for step in afterwards:
            transaction.on_commit(step)


def sessions_of(user) -> list[str]:
    """The keys of the user's live sessions. Django's sessions do not index their user,
    so each live one is decoded: linear in the sessions, once per account deleted."""
    mine = str(user.pk)
    live = Session.objects.filter(expire_date__gt=timezone.now())
    return [
        session.session_key
        for session in live.iterator(chunk_size=2000)
        if session.get_decoded().get(SESSION_KEY) == mine
    ]


def lockout_anonymise(names: set[str]) -> None:
    blank = {"username": GONE, "user_agent": "", "http_accept": ""}
    AccessAttempt.objects.filter(username__in=names).update(**blank, get_data="", post_data="")
    AccessFailureLog.objects.filter(username__in=names).update(**blank)
    AccessLog.objects.filter(username__in=names).update(**blank)
