"""The backup document: everything a person owns, as JSON with a format name and version.

```
{"format": "interview-tracker-backup", "version": 1, "exported_at": "...",
 "profile": {...}, "applications": [{"uid": "...", ...}], "rounds": [...], ...}
```
A record points at another by its ``uid`` ("application": "<uid>"); the database's ids
are never in the file, so it restores into any account on any instance. Dates and times
are ISO 8601; times keep their offset and microseconds.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any

from django.db import models
from django.utils import timezone

from interviews.exchange.registry import OWNED, Owned
from interviews.profiles import profile_of

FORMAT = "interview-tracker-backup"
# 2: people are contacts (contacts, application_contacts, round_participants); a file
# of version 1 names them in fields, read by exchange.old_people.
VERSION = 2


def encode(value: Any) -> Any:
    """A field's value as plain JSON."""
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    return value


def backup_document(user) -> dict[str, Any]:
    """Everything the user owns, as one JSON-ready dictionary."""
    profile_of(user)  # made with the defaults if it was never saved: it is in the file
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
    }
    uids: dict[type[models.Model], dict[int, str]] = {}
    for entry in OWNED:
        rows = _rows(entry, user, uids)
        document[entry.key] = rows[0] if entry.single else rows
    return document


def _rows(entry: Owned, user, uids: dict) -> list[dict[str, Any]]:
    """One model's records, each field by name, references by uid, ordered by uid."""
    columns = ["pk", *(f.attname for f in entry.fields), *_reference_columns(entry)]
    if not entry.single:
        columns.append(entry.identity)
    rows = []
    mine = uids.setdefault(entry.model, {})
    for values in entry.of(user).order_by(entry.identity).values(*columns).iterator(2000):
        row: dict[str, Any] = {}
        if not entry.single:
            row["uid"] = mine[values["pk"]] = str(values[entry.identity])
        for name, reference in entry.references.items():
            row[name] = uids[reference.related_model].get(values[reference.attname])
        for field in entry.fields:
            row[field.name] = encode(values[field.attname])
        rows.append(row)
    return rows


def _reference_columns(entry: Owned) -> list[str]:
    return [reference.attname for reference in entry.references.values()]


def backup_json(user) -> str:
    return json.dumps(backup_document(user), ensure_ascii=False, indent=1)
