"""Safe retries of a create: the client's ``Idempotency-Key`` header (the IETF draft's
name, as payment APIs use it). The first request with a key creates and remembers what
it created and a fingerprint of its body; a retry with the same key and the same body
creates nothing and gets the first record back, marked ``Idempotent-Replayed: true``; the
same key with a different body is refused with a 422 (a client that reused one key for
every create would otherwise turn each later create into a silent no-op).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from http import HTTPStatus

from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from ninja import Status

from interviews.api.problems import Conflict
from interviews.once import once

HEADER = "Idempotency-Key"
REPLAYED = "Idempotent-Replayed"
MAX_KEY = 255
DESCRIPTION = (
    "Any unique string per record you mean to create (a UUID will do). A retry with the "
    "same key and body creates nothing and answers with the first record, marked "
    f"`{REPLAYED}: true`; the same key with another body is a 422."
)


def fingerprint(raw: bytes) -> str:
    """The body's digest, the same for the same JSON however it is spaced or ordered."""
    try:
        canonical = json.dumps(json.loads(raw), sort_keys=True, separators=(",", ":")).encode()
    except ValueError:
        canonical = raw
    return hashlib.sha256(canonical).hexdigest()


def created(
    request: HttpRequest,
    response: HttpResponse,
    key: str | None,
    create: Callable[[], Model],
    read: Callable[[HttpRequest, int], object],
) -> Status:
    """201 with the record ``create`` makes, once per key (per path)."""
    if not key:
        return Status(HTTPStatus.CREATED, read(request, create().pk))
    if len(key) > MAX_KEY:
        raise Conflict(f"An {HEADER} is at most {MAX_KEY} characters.")
    body = fingerprint(request.body)
    slot = hashlib.sha256(f"{request.path} {key}".encode()).hexdigest()
    location, first = once(request.user, slot, lambda: f"{create().pk} {body}")
    pk, _, first_body = location.partition(" ")
    if first_body and first_body != body:
        raise Conflict(
            f"This {HEADER} was already used with a different request body. Use a new key "
            "for a new record, or send the first request's body again to get its record."
        )
    if not first:
        response[REPLAYED] = "true"
    return Status(HTTPStatus.CREATED, read(request, int(pk)))
