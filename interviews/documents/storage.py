"""Where the files' bytes live: the ``documents`` alias of ``STORAGES`` (a private folder
on this machine by default, S3 or any Django storage in a deployment: docs/documents.md).
Never the public media storage: a file leaves only through ``views.document_file``."""

from __future__ import annotations

from django.core.files.storage import Storage, storages

ALIAS = "documents"


def document_storage() -> Storage:
    # A callable on the field, so the migration names no backend and a test's settings apply.
    return storages[ALIAS]
