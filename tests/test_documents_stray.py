"""The daily prune removes stored files no record names (an account deleted from the admin
leaves them), once they are a day old; a file a document or a stored backup names, and a
file still being written, stay."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from interviews.documents.storage import document_storage
from interviews.documents.stray import stray_files_remove
from interviews.jobs.models import Job, JobKind, JobStatus
from tests.factories import UserFactory
from tests.support.documents import a_document

pytestmark = pytest.mark.django_db


def test_an_account_deleted_from_the_admin_leaves_no_file_a_day_later(user):
    gone = UserFactory(username="deleted-in-admin")
    left = a_document(gone).file.name
    kept = a_document(user).file.name
    gone.delete()  # the admin's and the shell's delete: rows go, the file stays
    storage = document_storage()
    assert storage.exists(left)

    out = StringIO()
    call_command("prune", stdout=out)
    assert storage.exists(left), "a file younger than a day may be a write in progress"

    said = stray_files_remove(timezone.now() + timedelta(days=2))
    assert not storage.exists(left) and storage.exists(kept)
    assert said == "Removed 1 stored files that no document or backup names."
    assert "stored files that no document or backup names" in out.getvalue()


def test_a_stored_backup_is_not_a_stray(user):
    storage = document_storage()
    name = storage.save("backups/mine.zip", ContentFile(b"PK\x05\x06" + bytes(18)))
    Job.objects.create(
        owner=user, kind=JobKind.EXPORT, name="backup.zip", status=JobStatus.DONE, result=name
    )
    stray_files_remove(timezone.now() + timedelta(days=2))
    assert storage.exists(name)


def test_nothing_stored_yet_is_nothing_to_remove(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "documents": {**settings.STORAGES["documents"], "OPTIONS": {"location": tmp_path / "none"}},
    }
    assert (
        stray_files_remove(timezone.now())
        == "Removed 0 stored files that no document or backup names."
    )
