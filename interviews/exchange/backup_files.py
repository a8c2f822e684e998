"""A backup with documents is a zip: the JSON document (``backup.json``) and each
document's file (``documents/<uid>``). Without documents it stays the plain JSON file,
and every older JSON backup still restores.

Reading a zip is bounded like checking an upload: its directory is read first, and an
archive with too many entries, or entries declaring more than a backup may hold, is
refused before anything is unpacked; each file is read no further than the cap of one
document, checked again by its content (``documents.checking``), and stored under a new
random name at once, so the request holds one file at a time. The restore (a job) gets
only those names: a backup never names a stored file itself."""

from __future__ import annotations

import io
import json
import tempfile
import uuid
import zipfile
from typing import IO, Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from interviews.documents.checking import NOT_ZIP_OPENABLE, file_format, max_bytes
from interviews.documents.models import Document
from interviews.documents.storage import document_storage
from interviews.exchange.backup import backup_document
from interviews.exchange.restore import MAX_BYTES, MAX_RECORDS, RestoreError, read_document

JSON_NAME = "backup.json"
FILES = "documents/"
ZIP_SIGNATURE = b"PK\x03\x04"
# A stored file: {"name": <its name in the storage>, "size": ..., "file_format": ...}.
Stored = dict[str, Any]


SPOOL = 8 * 1024 * 1024  # a larger zip is built in a temporary file, not in memory


def backup_file(user) -> tuple[IO[bytes], str, str]:
    """The person's backup, ready to read: (file, content type, extension). A zip with
    the files when they have documents, else the JSON alone."""
    document = backup_document(user)
    text = json.dumps(document, ensure_ascii=False, indent=1).encode()
    if not document.get("documents"):
        return io.BytesIO(text), "application/json", "json"
    buffer = tempfile.SpooledTemporaryFile(max_size=SPOOL)  # noqa: SIM115 (the response closes it)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(JSON_NAME, text)
        stored = Document.objects.for_user(user).values_list("uid", "file").iterator()
        for uid, name in stored:
            # One file at a time; PDF and Office files are compressed already.
            with document_storage().open(name, "rb") as source:
                archive.writestr(f"{FILES}{uid}", source.read(), zipfile.ZIP_STORED)
    buffer.seek(0)
    return buffer, "application/zip", "zip"


def read_backup(raw: bytes) -> tuple[dict[str, Any], dict[str, Stored]]:
    """The backup's document and its files, checked and stored (by document uid); a
    RestoreError, with nothing left stored, when any part of it is wrong."""
    if not raw.startswith(ZIP_SIGNATURE):
        return read_document(raw), {}
    stored: dict[str, Stored] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            entries = _entries(archive)
            document = read_document(_read(archive, entries.pop(JSON_NAME), MAX_BYTES))
            for name, entry in entries.items():
                stored[name] = _store(name, _read(archive, entry, max_bytes()))
    except NOT_ZIP_OPENABLE as error:
        files_discard(stored)
        raise RestoreError("This zip is damaged, so it cannot be restored.") from error
    except RestoreError:
        files_discard(stored)
        raise
    return document, stored


def _entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The archive's entries by document uid (and the JSON's), checked on its directory."""
    entries = archive.infolist()
    if len(entries) > MAX_RECORDS or sum(entry.file_size for entry in entries) > 4 * MAX_BYTES:
        raise RestoreError("This zip unpacks to far more than any backup: it is refused.")
    found: dict[str, zipfile.ZipInfo] = {}
    for entry in entries:
        if entry.filename == JSON_NAME:
            found[JSON_NAME] = entry
        elif entry.filename.startswith(FILES) and _is_uid(entry.filename[len(FILES) :]):
            found[str(uuid.UUID(entry.filename[len(FILES) :]))] = entry
        elif not entry.is_dir():
            raise RestoreError(f"This zip holds “{entry.filename[:80]}”, which no backup has.")
    if JSON_NAME not in found:
        raise RestoreError(
            f"This zip has no {JSON_NAME}: it is not a backup from Interview Tracker."
        )
    return found


def _is_uid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _read(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, limit: int) -> bytes:
    """An entry, read no further than ``limit`` whatever its header declares."""
    if entry.file_size > limit:
        raise RestoreError(f"“{entry.filename}” in this zip is larger than it may be.")
    with archive.open(entry) as part:
        data = part.read(limit + 1)
    if len(data) > limit:
        raise RestoreError(f"“{entry.filename}” in this zip is larger than it may be.")
    return data


def _store(uid: str, data: bytes) -> Stored:
    content = ContentFile(data, name=uid)
    try:
        found = file_format(content)  # checked again: a backup can hold anything
    except ValidationError as error:
        raise RestoreError(f"The file of document {uid} is refused: {error.messages[0]}") from error
    name = document_storage().save(f"{uuid.uuid4().hex}.{found}", content)
    return {"name": name, "size": len(data), "file_format": str(found)}


def files_discard(
    stored: dict[str, Stored], *, keep: frozenset[str] | set[str] = frozenset()
) -> None:
    """Remove the stored files no restored document took (all of them when it failed)."""
    storage = document_storage()
    for uid, file in stored.items():
        if uid not in keep:
            storage.delete(file["name"])
