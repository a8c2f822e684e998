"""Restore a backup into an account: all or nothing, in one transaction.

Records already in the account (the same ``uid``) are kept as they are, so restoring the
same file twice adds nothing; settings are taken from the file. Every value is checked
by its model field before anything is written, and any problem rolls everything back.
Stages and waiting dates are then recomputed by ``services.stages_refresh``.

Older files: a key or field that a file lacks (a model or field added since it was made)
takes its default, so every earlier version of the format reads as the current one.
A newer version, or a file that is not a backup of ours, is refused with the reason.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction

from interviews.exchange.backup import FORMAT, VERSION
from interviews.exchange.registry import OWNED, Owned
from interviews.guidance import join_names
from interviews.models import Application, Stage
from interviews.services import searches_refresh, stages_refresh

MAX_PROBLEMS = 5
NOT_OURS = "This file is not a backup from Interview Tracker."
WHICH_FILE = "Choose the .json file that “Download a backup” gave you."


class RestoreError(Exception):
    """Why a file cannot be restored, in words for the person who chose it."""


@dataclass
class RestoreReport:
    added: Counter = field(default_factory=Counter)  # model -> records created
    kept: int = 0  # records already in the account, left as they were
    settings_changed: bool = False

    def __str__(self) -> str:
        parts = [_count(model, count) for model, count in self.added.items() if count]
        text = f"Added {join_names(parts)}." if parts else "Nothing new to add."
        if self.kept:
            text += f" {self.kept} already here stayed as they were."
        if self.settings_changed:
            text += " Your settings now match the backup."
        return text


def _count(model: type[models.Model], count: int) -> str:
    meta = model._meta
    return f"{count} {meta.verbose_name if count == 1 else meta.verbose_name_plural}"


def read_document(raw: bytes | str) -> dict[str, Any]:
    """The parsed file, or a RestoreError saying why it is not a backup we can read."""
    try:
        document = json.loads(raw)
    except (ValueError, RecursionError) as error:
        raise RestoreError(NOT_OURS + " It is not readable JSON. " + WHICH_FILE) from error
    check_header(document)
    return document


def check_header(document: Any) -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RestoreError(NOT_OURS + " " + WHICH_FILE)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RestoreError("This backup has no version we know, so it cannot be restored.")
    if version > VERSION:
        raise RestoreError(
            f"This backup was made by a newer version of Interview Tracker (format {version}); "
            f"this one reads up to format {VERSION}. Update this instance, then restore again."
        )


def restore(user, document: dict[str, Any]) -> RestoreReport:
    """Add what the backup holds and the account lacks; raise RestoreError and change
    nothing if any part of it is wrong."""
    check_header(document)
    try:
        return _restore_all(user, document)
    except IntegrityError as error:
        # Only a file edited by hand, or one that crosses what is already here (two
        # records for one interview, say), gets past the checks above to the database.
        raise RestoreError(
            "Nothing was restored: the file's records clash with ones already in this "
            "account. Restore it into an empty account, or download a fresh backup."
        ) from error


def _restore_all(user, document: dict[str, Any]) -> RestoreReport:
    report = RestoreReport()
    with transaction.atomic():
        touched: set[int] = set()
        uids: dict[type[models.Model], dict[str, int]] = {}
        for entry in OWNED:
            items = document.get(entry.key, {} if entry.single else [])
            if entry.single:
                report.settings_changed = _restore_single(entry, user, items)
            else:
                _restore_records(entry, user, items, uids, report, touched)
        refresh = Application.objects.filter(pk__in=touched)
        if report.settings_changed:
            # New country or time zone: every open application's due dates move.
            refresh = refresh | Application.objects.for_user(user).filter(stage__in=Stage.active())
        # Read again: the settings may have just changed under a profile cached on `user`.
        owner = get_user_model().objects.select_related("profile").get(pk=user.pk)
        applications = list(refresh)
        for application in applications:
            application.owner = owner
        searches_refresh(applications)
        stages_refresh(applications)
    return report


def _restore_single(entry: Owned, user, values: Any) -> bool:
    """Settings: the file's values replace the account's; True when anything changed."""
    if not isinstance(values, dict):
        raise RestoreError(f"“{entry.key}” should be an object of settings.")
    record = entry.of(user).first() or entry.model(**{entry.owner_field.name: user})
    before = {f.attname: getattr(record, f.attname) for f in entry.fields}
    _fill(entry, record, values, where=entry.key)
    if record.pk and before == {f.attname: getattr(record, f.attname) for f in entry.fields}:
        return False
    record.save()
    return True


def _restore_records(entry, user, items, uids, report, touched) -> None:
    if not isinstance(items, list):
        raise RestoreError(f"“{entry.key}” should be a list.")
    existing = {
        str(uid): pk for uid, pk in entry.of(user).values_list(entry.identity, "pk").iterator()
    }
    new: list[models.Model] = []
    stamps: list[dict[str, Any]] = []
    problems: list[str] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = f"{entry.key}[{index}]"
        try:
            uid = _uid(item, where, seen)
            if uid in existing:
                report.kept += 1
                continue
            record = entry.model(**{entry.identity: uuid.UUID(uid)})
            _link(entry, record, item, uids, user, where)
            stamps.append(_fill(entry, record, item, where=where))
            new.append(record)
        except RestoreError as problem:
            problems.append(str(problem))
            if len(problems) >= MAX_PROBLEMS:
                break
    if problems:
        raise RestoreError(_problems_text(problems))
    _create(entry, new, stamps)
    uids[entry.model] = {
        **existing,
        **{str(record.uid): record.pk for record in new},
    }
    report.added[entry.model] += len(new)
    touched.update(_applications_of(record) for record in new)
    touched.discard(None)


def _uid(item: Any, where: str, seen: set[str]) -> str:
    if not isinstance(item, dict):
        raise RestoreError(f"{where} should be an object.")
    try:
        uid = str(uuid.UUID(str(item.get("uid"))))
    except ValueError as error:
        raise RestoreError(f"{where} has no valid “uid”.") from error
    if uid in seen:
        raise RestoreError(f"{where} repeats the uid {uid}.")
    seen.add(uid)
    return uid


def _link(entry: Owned, record, item: dict, uids: dict, user, where: str) -> None:
    if entry.owner_field is not None:
        setattr(record, entry.owner_field.name, user)
    for name, reference in entry.references.items():
        target = item.get(name)
        if target is None and reference.null:
            continue
        known = uids.get(reference.related_model, {})
        try:
            setattr(record, reference.attname, known[str(uuid.UUID(str(target)))])
        except (KeyError, ValueError) as error:
            raise RestoreError(f"{where} points at a {name} that is not in the file.") from error


def _fill(entry: Owned, record, item: dict, *, where: str) -> dict[str, Any]:
    """Set each field the item carries, checked by the model; returns the stamps."""
    for model_field in entry.fields:
        if model_field.name not in item:
            continue  # an older file: the field keeps its default
        raw = item[model_field.name]
        if isinstance(raw, str) and "\x00" in raw:
            raise RestoreError(f"{where}: “{model_field.name}” holds a NUL character.")
        if isinstance(raw, dict | list):
            raise RestoreError(f"{where}: “{model_field.name}” should be a single value.")
        if raw is None and not model_field.null:
            raise RestoreError(f"{where}: “{model_field.name}” needs a value, not null.")
        try:
            setattr(record, model_field.attname, model_field.to_python(raw))
        except (ValidationError, TypeError, ValueError, OverflowError) as error:
            raise RestoreError(f"{where}: “{model_field.name}” is not valid ({raw!r}).") from error
    exclude = [f.name for f in entry.model._meta.concrete_fields if f not in entry.fields]
    try:
        record.clean_fields(exclude=exclude)
    except ValidationError as error:
        names = ", ".join(sorted(error.message_dict))
        raise RestoreError(f"{where}: {names} not valid: {_first_message(error)}") from error
    stamps = {f.attname: getattr(record, f.attname) for f in entry.stamps}
    return {name: value for name, value in stamps.items() if value is not None}


def _first_message(error: ValidationError) -> str:
    return next(iter(error.message_dict.values()))[0]


def _create(entry: Owned, new: list, stamps: list[dict[str, Any]]) -> None:
    """Create the records, then put back the times Django stamps on creation."""
    entry.model._default_manager.bulk_create(new, batch_size=500)
    if not entry.stamps or not new:
        return
    if new[0].pk is None:  # a backend that does not return ids from a bulk insert
        by_uid = dict(
            entry.model._default_manager.filter(
                **{f"{entry.identity}__in": [r.uid for r in new]}
            ).values_list(entry.identity, "pk")
        )
        for record in new:
            record.pk = by_uid[record.uid]
    for record, values in zip(new, stamps, strict=True):
        for name, value in values.items():
            setattr(record, name, value)
    entry.model._default_manager.bulk_update(new, [f.name for f in entry.stamps], batch_size=500)


def _applications_of(record) -> int | None:
    if isinstance(record, Application):
        return record.pk
    return getattr(record, "application_id", None)


def _problems_text(problems: list[str]) -> str:
    more = " (and perhaps more)" if len(problems) >= MAX_PROBLEMS else ""
    return "Nothing was restored: the file has problems" + more + ": " + " ".join(problems)
