"""Records a backup holds under a uid this account has never seen that are nonetheless
one already here: a posting saved again at the same web address, or a posting for an
application that has its posting already (one posting per application). The registry
names those fields (``Owned.same_when``); the restore keeps the record here as it is,
rather than adding a second copy or clashing on the database's one-to-one and failing."""

from __future__ import annotations

from typing import Any, cast

from django.db import models

from interviews.exchange.registry import Owned


class Taken:
    """The values of ``entry.same_when`` already in the account (and in the file so far)."""

    def __init__(self, entry: Owned, user) -> None:
        self.fields = [
            cast("models.Field", entry.model._meta.get_field(name)) for name in entry.same_when
        ]
        self.known: dict[tuple[str, Any], int | models.Model] = {}
        for field in self.fields:
            rows = entry.of(user)
            rows = (
                rows.filter(**{f"{field.attname}__isnull": False})
                if field.is_relation
                else rows.exclude(**{field.attname: ""})
            )
            for value, pk in rows.values_list(field.attname, "pk").iterator():
                self.known[(field.attname, value)] = pk

    def _keys(self, record: models.Model) -> list[tuple[str, Any]]:
        keys = [(field.attname, getattr(record, field.attname)) for field in self.fields]
        return [(name, value) for name, value in keys if value not in (None, "")]

    def match(self, record: models.Model) -> int | models.Model | None:
        """The record here that ``record`` is the same as, if any."""
        return next((self.known[key] for key in self._keys(record) if key in self.known), None)

    def note(self, record: models.Model) -> None:
        """A new record from the file: a later one the same as it is the same record."""
        for key in self._keys(record):
            self.known[key] = record
