"""One-time keys on create forms, so that a POST sent twice creates one record.

A browser sends a form again when the person double-clicks, reloads after a timeout, or
retries when the server's answer was lost (the write may have committed all the same).
Each create form carries a fresh key; the first POST with it stores a ``Submission``
in the same transaction as the record, and any later POST with it is sent where the
first one went, with nothing created. API clients send their own key in a header
(``interviews.api.idempotency``).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import timedelta

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpRequest

from interviews.access import AuthenticatedRequest
from interviews.models import Submission

FIELD = "once"
KEY = re.compile(r"[0-9a-f]{32}")
# How long a key is kept: far longer than any retry or twin tab; ``manage.py prune``
# deletes older ones.
KEEP = timedelta(days=7)


def new_key() -> str:
    return uuid.uuid4().hex


def submit_once(request: HttpRequest, write: Callable[[], str]) -> str:
    """Run ``write`` (which returns where to go next) unless this form's key was used;
    either way, the URL to redirect to. A POST without a valid key just writes."""
    key = request.POST.get(FIELD, "")
    if not KEY.fullmatch(key):
        return write()
    location, first = once(request.user, key, write)
    if not first:
        messages.info(request, "That form was sent twice; it was saved once.")
    return location


def sent_before(request: AuthenticatedRequest) -> bool:
    """Whether this form's key was already used: a retry, which only finds its first
    answer (and so needs no question asked about it)."""
    key = request.POST.get(FIELD, "")
    if not KEY.fullmatch(key):
        return False
    return Submission.objects.filter(owner=request.user, key=key).exists()


def once(owner, key: str, write: Callable[[], str]) -> tuple[str, bool]:
    """What ``write`` returned the first time the owner sent this key, and whether this
    time was the first."""
    try:
        with transaction.atomic():
            # The unique (owner, key) row is the lock: a concurrent twin waits here and
            # then fails on it, and its write never runs.
            submission = Submission.objects.create(owner=owner, key=key)
            submission.location = write()
            submission.save(update_fields=["location"])
            return submission.location, True
    except IntegrityError:
        first = Submission.objects.filter(owner=owner, key=key).first()
        if first is None:  # the IntegrityError came from the write itself
            raise
    return first.location, False
