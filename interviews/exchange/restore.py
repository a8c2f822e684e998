"""Restore a backup into an account: all or nothing, checked whole before the first write.

Records already in the account (the same ``uid``) are kept as they are, so restoring the
same file twice adds nothing; settings are taken from the file. Every value is checked
by its model field before anything is written; the writes go in batches of their own
(``exchange.batches``) so others' writes are not held up, and a failed batch undoes them.
Stages and waiting dates are then recomputed by ``services.stages_refresh``.

Older files: a key or field that a file lacks (a model or field added since it was made)
takes its default, so every earlier version of the format reads as the current one.
A newer version, or a file that is not a backup of ours, is refused with the reason.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import DatabaseError, models, transaction

from interviews.documents.models import Document
from interviews.exchange.backup import FORMAT, VERSION
from interviews.exchange.batches import Added, batched
from interviews.exchange.old_people import people_from_old
from interviews.exchange.registry import OWNED, Owned
from interviews.exchange.report import RestoreReport
from interviews.exchange.same import Taken
from interviews.models import Application, Contact, Stage
from interviews.services import contacts_fold, searches_refresh, stages_refresh

MAX_PROBLEMS = 5
MAX_BYTES = 50 * 1024 * 1024
MAX_RECORDS = 50_000  # applications, rounds, updates and activities together
NOT_OURS = "This file is not a backup from Interview Tracker."
WHICH_FILE = "Choose the .json file that “Download a backup” gave you."


class RestoreError(Exception):
    """Why a file cannot be restored, in words for the person who chose it."""


class LeftOut(Exception):
    """A record the file lists without what it needs here: a document without its file
    (a plain JSON backup, or one made in the background), or a record of one such."""


def read_document(raw: bytes | str) -> dict[str, Any]:
    """The parsed file, or a RestoreError saying why it is not a backup we can read.
    The record limit is checked on the raw text first: parsing is linear but takes
    memory many times the file's size."""
    if len(raw) > MAX_BYTES:
        raise RestoreError("This file is over 50 MB, far larger than any backup of a job search.")
    uids = raw.count(b'"uid"') if isinstance(raw, bytes) else raw.count('"uid"')
    if uids > MAX_RECORDS:
        raise RestoreError(_too_many(uids))
    try:
        document = json.loads(raw)
    except (ValueError, RecursionError) as error:
        raise RestoreError(NOT_OURS + " It is not readable JSON. " + WHICH_FILE) from error
    check_header(document)
    return document


def _too_many(count: int) -> str:
    return (
        f"This backup holds {count:,} records; a restore takes up to {MAX_RECORDS:,}. "
        "Check that it is the right file, or ask the person who runs this instance."
    )


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
    count = sum(
        len(items)
        for entry in OWNED
        if not entry.single and isinstance(items := document.get(entry.key), list)
    )
    if count > MAX_RECORDS:
        raise RestoreError(_too_many(count))


def restore(
    user,
    document: dict[str, Any],
    *,
    files: dict[str, dict[str, Any]] | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> RestoreReport:
    """Add what the backup holds and the account lacks; raise RestoreError and change
    nothing if any part of it is wrong. The whole file is checked before the first write;
    then it is written in batches (``exchange.batches``), undone if one fails.
    ``files``: the documents' files, checked and stored already (``backup_files``), by
    document uid; those no new document takes are removed again, all of them on failure.
    ``progress`` hears the records written and the records to write, after each batch."""
    from interviews.exchange.backup_files import files_discard

    files = files or {}
    try:
        report, taken = _restore(user, document, files, progress)
    except BaseException:
        files_discard(files)
        raise
    files_discard(files, keep=taken)
    return report


def _restore(user, document, files, progress) -> tuple[RestoreReport, set[str]]:
    check_header(document)
    plan = _plan(user, document, files)
    added = Added()
    try:
        _write(user, plan, added, progress)
    except DatabaseError as error:
        # Only a file edited by hand, or one that crosses what is already here (two
        # records for one interview, say), gets past the checks above to the database.
        added.undo()
        raise RestoreError(
            "Nothing was restored: the file's records clash with ones already in this "
            "account. Restore it into an empty account, or download a fresh backup."
        ) from error
    return plan.report, plan.files_taken


@dataclass
class Records:
    """One model's new records, checked and not yet saved."""

    entry: Owned
    new: list[models.Model] = field(default_factory=list)
    stamps: list[dict[str, Any]] = field(default_factory=list)
    parents: list[dict[str, models.Model]] = field(default_factory=list)  # attname -> new


@dataclass
class Plan:
    report: RestoreReport
    records: list[Records]
    settings: models.Model | None  # the profile to save, when the file changes it
    settings_before: dict[str, Any]
    touched: set[int]  # applications already here that gain records
    files: dict[str, dict[str, Any]] = field(default_factory=dict)  # stored, by document uid
    files_taken: set[str] = field(default_factory=set)
    left_out: dict[type[models.Model], set[str]] = field(default_factory=dict)


def _plan(user, document: dict[str, Any], files: dict[str, dict[str, Any]]) -> Plan:
    """Check every value and link in the file, and build the records: no writes."""
    plan = Plan(RestoreReport(), [], None, {}, set(), files)
    people_from_old(document)  # a file from before contacts: its people become contacts
    uids: dict[type[models.Model], dict[str, int | models.Model]] = {}
    for entry in OWNED:
        items = document.get(entry.key, {} if entry.single else [])
        if entry.single:
            _plan_single(entry, user, items, plan)
        else:
            plan.records.append(_plan_records(entry, user, items, uids, plan))
    return plan


def _plan_single(entry: Owned, user, values: Any, plan: Plan) -> None:
    """Settings: the file's values replace the account's when they differ."""
    if not isinstance(values, dict):
        raise RestoreError(f"“{entry.key}” should be an object of settings.")
    owner_field = entry.owner_field
    assert owner_field is not None  # settings belong to the user directly
    record = entry.of(user).first() or entry.model(**{owner_field.name: user})
    before = {f.attname: getattr(record, f.attname) for f in entry.fields}
    _fill(entry, record, values, where=entry.key)
    if record.pk and before == {f.attname: getattr(record, f.attname) for f in entry.fields}:
        return
    plan.settings, plan.settings_before = record, before
    plan.report.settings_changed = True


def _plan_records(entry: Owned, user, items: Any, uids: dict, plan: Plan) -> Records:
    if not isinstance(items, list):
        raise RestoreError(f"“{entry.key}” should be a list.")
    existing = {
        str(uid): pk for uid, pk in entry.of(user).values_list(entry.identity, "pk").iterator()
    }
    records = Records(entry)
    problems: list[str] = []
    seen: set[str] = set()
    taken, matched = Taken(entry, user), {}
    for index, item in enumerate(items):
        where = f"{entry.key}[{index}]"
        try:
            uid = _uid(item, where, seen)
            if uid in existing:
                plan.report.kept += 1
                continue
            record = entry.model(**{entry.identity: uuid.UUID(uid)})
            parents = _link(entry, record, item, uids, user, where, plan)
            stamps = _fill(entry, record, item, where=where)
            _attach_file(record, uid, plan)
            if (same := taken.match(record)) is not None:
                plan.report.same[entry.model] += 1
                matched[uid] = same
                continue
            taken.note(record)
        except LeftOut:
            plan.left_out.setdefault(entry.model, set()).add(uid)
            plan.report.left_out += 1
            continue
        except RestoreError as problem:
            problems.append(str(problem))
            if len(problems) >= MAX_PROBLEMS:
                break
        else:
            records.parents.append(parents)
            records.stamps.append(stamps)
            records.new.append(record)
    if problems:
        raise RestoreError(_problems_text(problems))
    new = {str(getattr(record, entry.identity)): record for record in records.new}
    uids[entry.model] = {**existing, **matched, **new}
    plan.report.added[entry.model] += len(records.new)
    return records


def _write(
    user, plan: Plan, added: Added, progress: Callable[[int, int], object] | None = None
) -> None:
    """The checked records in batches, then the settings, then the stages."""
    new_applications: list[int] = []
    total, done = sum(len(records.new) for records in plan.records), [0]
    for records in plan.records:

        def write(part, records=records):
            _create(records, part)
            added.note(records.entry.model, [record for record, _, _ in part])
            done[0] += len(part)
            if progress is not None:
                progress(done[0], total)

        batched(list(zip(records.new, records.stamps, records.parents, strict=True)), write)
        if records.entry.model is Application:
            new_applications = [record.pk for record in records.new]
        if records.entry.model is Contact:
            contacts_fold(cast(list[Contact], records.new))
    if plan.settings is not None:
        _save_settings(plan, added)
    refresh = [*new_applications, *plan.touched]
    if plan.report.settings_changed:
        # New country or time zone: every open application's due dates move.
        active = Application.objects.for_user(user).filter(stage__in=Stage.active())
        refresh += list(active.values_list("pk", flat=True))
    # Read again: the settings may have just changed under a profile cached on `user`.
    owner = get_user_model().objects.select_related("profile").get(pk=user.pk)
    batched(sorted(set(refresh)), lambda pks: _refresh(owner, pks))


def _save_settings(plan: Plan, added: Added) -> None:
    record, before = plan.settings, plan.settings_before
    assert record is not None  # called only when the file changes the settings
    created = record.pk is None
    with transaction.atomic():
        record.save()

    def put_back():
        if created:
            record.delete()
            return
        for name, value in before.items():
            setattr(record, name, value)
        record.save()

    added.on_undo(put_back)


def _refresh(owner, pks) -> None:
    applications = list(Application.objects.filter(pk__in=pks))
    for application in applications:
        application.owner = owner
    searches_refresh(applications)
    stages_refresh(applications)


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


def _attach_file(record, uid: str, plan: Plan) -> None:
    """A document takes its checked, stored file: its name, size and format are the
    server's, whatever the file's record says."""
    if not isinstance(record, Document):
        return
    stored = plan.files.get(uid)
    if stored is None:
        raise LeftOut(uid)
    record.file.name = stored["name"]
    record.size = stored["size"]
    record.file_format = stored["file_format"]
    plan.files_taken.add(uid)


def _link(entry: Owned, record, item: dict, uids: dict, user, where: str, plan: Plan):
    """Point the record at its owner and parents; the parents still to be created are
    returned by attname, to take their ids once they have them."""
    if entry.owner_field is not None:
        setattr(record, entry.owner_field.name, user)
    pending: dict[str, models.Model] = {}
    for name, reference in entry.references.items():
        target = item.get(name)
        if target is None and reference.null:
            continue
        known = uids.get(reference.related_model, {})
        if str(target) in plan.left_out.get(reference.related_model, ()):
            raise LeftOut(str(target))
        try:
            parent = known[str(uuid.UUID(str(target)))]
        except (KeyError, ValueError) as error:
            raise RestoreError(f"{where} points at a {name} that is not in the file.") from error
        if isinstance(parent, models.Model):
            pending[reference.attname] = parent
        else:
            setattr(record, reference.attname, parent)
            if reference.related_model is Application:
                plan.touched.add(parent)
    return pending


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
        record.clean()  # checks across fields, as the forms run them (a country's region)
    except ValidationError as error:
        names = ", ".join(sorted(error.message_dict))
        raise RestoreError(f"{where}: {names} not valid: {_first_message(error)}") from error
    stamps = {f.attname: getattr(record, f.attname) for f in entry.stamps}
    return {name: value for name, value in stamps.items() if value is not None}


def _first_message(error: ValidationError) -> str:
    return next(iter(error.message_dict.values()))[0]


def _create(records: Records, part) -> None:
    """Create one batch of records, then put back the times Django stamps on creation."""
    entry = records.entry
    new = [record for record, _, _ in part]
    for record, _, parents in part:
        for attname, parent in parents.items():
            setattr(record, attname, parent.pk)
    entry.model._default_manager.bulk_create(new)
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
    for record, values, _ in part:
        for name, value in values.items():
            setattr(record, name, value)
    entry.model._default_manager.bulk_update(new, [f.name for f in entry.stamps])


def _problems_text(problems: list[str]) -> str:
    more = " (and perhaps more)" if len(problems) >= MAX_PROBLEMS else ""
    return "Nothing was restored: the file has problems" + more + ": " + " ".join(problems)
