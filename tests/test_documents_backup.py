"""Documents in the backup: a zip of the JSON and the files when there are documents (the
plain JSON otherwise), restored with every file checked again by its content and size;
a file that fails leaves nothing stored, and restoring twice adds nothing."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from http import HTTPStatus

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from interviews.documents.models import Document, DocumentSent
from interviews.documents.services import document_sent_record
from interviews.documents.storage import document_storage
from interviews.exchange.backup_files import backup_file, read_backup
from interviews.exchange.restore import RestoreError, restore
from interviews.profiles import profile_of
from interviews.services import profile_save
from tests.factories import ApplicationFactory, UserFactory
from tests.support.documents import ELF, PDF, a_document, docx, odt

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _placed(user):
    # A backup carries the profile, and a profile is restored only with its country.
    profile = profile_of(user)
    profile.country, profile.time_zone = "GB", "Europe/London"
    profile_save(profile)


def stored_files() -> list[str]:
    storage = document_storage()
    return sorted(storage.listdir("")[1]) if storage.exists("") else []


def archive_of(user) -> bytes:
    content, content_type, extension = backup_file(user)
    assert (content_type, extension) == ("application/zip", "zip")
    return content.read()


def rezipped(raw: bytes, change: dict[str, bytes | None]) -> bytes:
    """The archive with some entries replaced (or dropped, for None) or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            if entry.filename not in change:
                target.writestr(entry, source.read(entry))
        for name, content in change.items():
            if content is not None:
                target.writestr(name, content)
    return out.getvalue()


@pytest.fixture
def search(user):
    application = ApplicationFactory(owner=user, company="Fernhill")
    resume = a_document(user, label="Platform", content=docx())
    letter = a_document(user, label="To Fernhill", kind="cover_letter", content=odt())
    a_document(user, label="Plain", content=PDF)
    document_sent_record(document=resume, application=application, sent_on=date(2026, 11, 2))
    document_sent_record(document=letter, application=application, sent_on=date(2026, 11, 2))
    return application


def test_without_documents_the_backup_stays_the_plain_json(owner_client):
    answer = owner_client.get(reverse("interviews:backup_download"))
    assert answer["Content-Type"] == "application/json"
    assert json.loads(answer.content)["documents"] == []


def test_with_documents_the_download_is_a_zip_of_the_json_and_the_files(owner_client, search):
    answer = owner_client.get(reverse("interviews:backup_download"))
    assert answer["Content-Type"] == "application/zip"
    assert answer["Content-Disposition"].endswith('.zip"')
    raw = b"".join(answer.streaming_content)
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        document = json.loads(archive.read("backup.json"))
        for item in document["documents"]:
            kept = Document.objects.get(uid=item["uid"])
            assert archive.read(f"documents/{item['uid']}") == kept.file.read()
            assert "file" not in item  # a stored name never travels
    assert len(document["documents"]) == 3 and len(document["documents_sent"]) == 2


def test_a_zip_restores_every_document_with_its_file_and_what_went_where(user, search):
    raw = archive_of(user)
    newcomer = UserFactory()
    before = stored_files()
    document, files = read_backup(raw)
    report = restore(newcomer, document, files=files)
    restored = Document.objects.for_user(newcomer)
    assert restored.count() == 3
    for mine in Document.objects.for_user(user):
        theirs = restored.get(uid=mine.uid)
        assert (theirs.label, theirs.kind, theirs.file_format, theirs.size) == (
            mine.label,
            mine.kind,
            mine.file_format,
            mine.size,
        )
        assert theirs.file.name != mine.file.name and theirs.file.read() == mine.file.read()
    sent = DocumentSent.objects.filter(application__owner=newcomer)
    assert {s.document.label for s in sent} == {"Platform", "To Fernhill"}
    assert "3 documents" in str(report) and "2 documents sent" in str(report)
    assert len(stored_files()) == len(before) + 3
    document, files = read_backup(raw)
    restore(newcomer, document, files=files)  # twice: nothing added, nothing left stored
    assert restored.count() == 3 and len(stored_files()) == len(before) + 3


def test_a_zip_restores_through_the_settings_page(owner_client, user, search, tasks_at_once):
    raw = archive_of(user)
    Document.objects.all().delete()
    upload = ContentFile(raw, name="backup.zip")
    answer = owner_client.post(reverse("interviews:backup_restore"), {"backup": upload})
    assert answer.status_code == HTTPStatus.FOUND
    assert Document.objects.for_user(user).count() == 3


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ("executable", "is refused: This file is not a PDF"),
        ("stranger", "which no backup has"),
        ("no json", "has no backup.json"),
        ("damaged", "damaged"),
    ],
)
def test_a_zip_with_a_bad_part_is_refused_and_leaves_nothing_stored(user, search, change, words):
    raw = archive_of(user)
    uid = str(Document.objects.for_user(user).first().uid)
    changes = {
        "executable": {f"documents/{uid}": ELF},
        "stranger": {"../../etc/passwd": b"root"},
        "no json": {"backup.json": None},
    }
    bad = b"PK\x03\x04" + b"\x00" * 400 if change == "damaged" else rezipped(raw, changes[change])
    before = stored_files()
    with pytest.raises(RestoreError) as refused:
        read_backup(bad)
    assert words in str(refused.value)
    assert stored_files() == before


def test_a_file_over_the_cap_in_a_zip_is_refused_before_it_is_read(user, search, settings):
    settings.DOCUMENT_MAX_BYTES = 1024
    uid = str(Document.objects.for_user(user).first().uid)
    raw = rezipped(archive_of(user), {f"documents/{uid}": b"%PDF-1.4\n" + b"0" * 5000})
    with pytest.raises(RestoreError) as refused:
        read_backup(raw)
    assert "larger than it may be" in str(refused.value)


def test_a_failed_restore_removes_the_files_it_had_stored(user, search):
    document, files = read_backup(archive_of(user))
    document["applications"][0]["company"] = ""  # a record the model refuses
    before = len(stored_files())
    with pytest.raises(RestoreError):
        restore(UserFactory(), document, files=files)
    assert len(stored_files()) == before - 3


def test_a_json_backup_that_lists_documents_leaves_them_out_and_says_so(user, search):
    with zipfile.ZipFile(io.BytesIO(archive_of(user))) as archive:
        raw = archive.read("backup.json")
    newcomer = UserFactory()
    document, files = read_backup(raw)
    report = restore(newcomer, document, files=files)
    assert not Document.objects.for_user(newcomer).exists()
    assert not DocumentSent.objects.filter(application__owner=newcomer).exists()
    assert "Left out 5 document record(s)" in str(report)
    assert newcomer.applications.count() == 1


def test_a_backup_made_in_the_background_is_the_same_zip_kept_privately_until_pruned(
    owner_client, user, stranger, client, search, django_capture_on_commit_callbacks
):
    import datetime as dt

    from django.utils import timezone

    from interviews.jobs.models import Job
    from interviews.jobs.tasks import prune
    from tests.support.queue import run_queued

    before = stored_files()
    owner_client.post(reverse("interviews:backup_export"))
    run_queued()
    job = Job.objects.get(owner=user)
    assert job.name.endswith(".zip") and job.result.startswith("backups/")
    address = reverse("jobs:job_file", args=[job.pk])
    download = owner_client.get(address)
    assert download["Content-Type"] == "application/zip"
    assert download["Content-Disposition"] == f'attachment; filename="{job.name}"'
    raw = b"".join(download.streaming_content)
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        assert len([n for n in archive.namelist() if n.startswith("documents/")]) == 3
    client.force_login(stranger)
    assert client.get(address).status_code == HTTPStatus.NOT_FOUND
    assert document_storage().exists(job.result)
    Job.objects.filter(pk=job.pk).update(finished_at=timezone.now() - dt.timedelta(days=3))
    prune.enqueue()
    run_queued()
    assert not Job.objects.exists() and not document_storage().exists(job.result)
    assert stored_files() == before


def test_leaving_removes_the_backups_kept_as_zips(
    owner_client, user, search, django_capture_on_commit_callbacks
):
    from interviews.jobs.models import Job
    from tests.factories import PASSWORD
    from tests.support.queue import run_queued

    owner_client.post(reverse("interviews:backup_export"))
    run_queued()
    kept = Job.objects.get(owner=user).result
    with django_capture_on_commit_callbacks(execute=True):
        owner_client.post(reverse("interviews:account_delete"), {"password": PASSWORD})
    assert not document_storage().exists(kept)
    assert stored_files() == []


def test_the_commands_move_documents_between_accounts_as_a_zip(user, search, tmp_path):
    from django.core.management import CommandError, call_command

    path = tmp_path / "backup.zip"
    call_command("export_user", user.username, "--output", str(path))
    assert zipfile.is_zipfile(path)
    with pytest.raises(CommandError, match="their backup is a zip"):
        call_command("export_user", user.username)
    copy = UserFactory(username="copy")
    call_command("import_user", "copy", str(path))
    assert Document.objects.for_user(copy).count() == 3
    assert DocumentSent.objects.filter(application__owner=copy).count() == 2
