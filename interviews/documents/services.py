"""The documents' one write path: a file is stored here, after its checks, and its bytes
leave the storage here when its record goes (once the deletion is committed)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from django.core.files import File
from django.db import transaction

from interviews.documents.models import Document, DocumentSent, Format
from interviews.documents.storage import document_storage
from interviews.models import Application


def document_add(*, owner, kind: str, label: str, content: File, file_format: Format) -> Document:
    """Store ``content`` (already checked: ``checking.file_format``) as a new version."""
    original = (getattr(content, "name", "") or "").rsplit("/", 1)[-1][:200]
    document = Document(
        owner=owner,
        kind=kind,
        label=label,
        file_format=file_format,
        size=content.size,
        original_name=original,
    )
    document.full_clean(exclude=["file", "owner"])
    # A random name: the storage's listing says nothing of whose file it is.
    document.file.save(f"{uuid.uuid4().hex}.{file_format}", content, save=False)
    stored = str(document.file.name)
    try:
        document.save()
    except Exception:
        document_storage().delete(stored)
        raise
    return document


def files_remove(names: list[str]) -> Callable[[], None]:
    """Remove these stored files; what runs once the records' deletion is committed."""
    storage = document_storage()

    def remove() -> None:
        for name in names:
            storage.delete(name)

    return remove


def document_delete(*, document: Document) -> None:
    """Delete the version and the record of every application it went with; its bytes
    leave the storage once that is committed."""
    with transaction.atomic():
        name = str(document.file.name)
        document.delete()
        transaction.on_commit(files_remove([name]))


def stored_names(user) -> list[str]:
    return list(Document.objects.for_user(user).values_list("file", flat=True))


def document_sent_record(
    *, document: Document, application: Application, sent_on: date
) -> DocumentSent:
    """Record that ``document`` went with ``application`` on ``sent_on`` (once per pair:
    recording it again changes the day)."""
    sent, _ = DocumentSent.objects.update_or_create(
        document=document, application=application, defaults={"sent_on": sent_on}
    )
    return sent


def document_sent_remove(*, sent: DocumentSent) -> None:
    """Forget that this version went with the application; the version stays in the
    library (with its bytes) for the other applications it went with, or the next."""
    sent.delete()
