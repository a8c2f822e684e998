"""Stored files that no record names: left by an account deleted from the admin or the
shell (only leaving through the settings page removes its files at once), or by a restore
that stopped before its commit. The daily prune removes them once they are a day old, so
an upload or a restore still writing its files is never touched."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from django.core.files.storage import Storage

from interviews.documents.models import Document
from interviews.documents.storage import document_storage
from interviews.jobs.models import Job, JobKind

OLD_ENOUGH = timedelta(days=1)


def stray_files_remove(now: datetime) -> str:
    storage = document_storage()
    named = set(Document.objects.values_list("file", flat=True))
    named |= set(Job.objects.filter(kind=JobKind.EXPORT).values_list("result", flat=True))
    removed = 0
    for name in _files(storage, ""):
        if name in named or storage.get_modified_time(name) > now - OLD_ENOUGH:
            continue
        storage.delete(name)
        removed += 1
    return f"Removed {removed} stored files that no document or backup names."


def _files(storage: Storage, folder: str) -> Iterator[str]:
    """Every file under ``folder``, one at a time (a deployment may hold many)."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return  # nothing stored yet: the private folder is made with the first file
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for inner in folders:
        yield from _files(storage, f"{folder}/{inner}" if folder else inner)
