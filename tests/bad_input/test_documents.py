"""Bad input to the documents: any bytes under any name and type, any label and kind,
any version and day recorded against any application, any backup zip. Nothing answers a
5xx; an accepted file is one of the three formats by its content and stored whole; a
refused one leaves nothing in the database or the storage."""

from __future__ import annotations

import io
import zipfile
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from interviews.documents.models import Document, DocumentSent, Kind
from interviews.documents.storage import document_storage
from interviews.exchange.backup_files import read_backup
from interviews.exchange.restore import RestoreError
from tests.support.bad_input import send
from tests.support.documents import ELF, PDF, docx, odt, xlsx, zipped
from tests.support.fuzz import FUZZ, fine_text, one_of_values, pk_choice, resolve_pk, text

pytestmark = pytest.mark.django_db

LIBRARY = reverse("interviews:documents")
GOOD = [PDF, docx(), odt()]
contents = st.one_of(
    st.sampled_from([*GOOD, ELF, xlsx(), b"", b"%PDF", b"PK\x03\x04", zipped({"a": "b"})]),
    st.binary(max_size=600),
    # A real document with a few bytes spoiled: sometimes still one, mostly not.
    st.tuples(st.sampled_from(GOOD), st.integers(0, 600), st.binary(min_size=1, max_size=8)).map(
        lambda spoil: spoil[0][: spoil[1]] + spoil[2] + spoil[0][spoil[1] + len(spoil[2]) :]
    ),
)
names = st.one_of(st.sampled_from(["cv.pdf", "cv.docx", "x.odt", "cv.exe", "", "../../x"]), text)


def files_stored() -> int:
    storage = document_storage()
    return len(storage.listdir("")[1]) if storage.exists("") else 0


@FUZZ
@given(
    content=contents,
    name=names,
    content_type=st.sampled_from(["application/pdf", "text/html", "", "x/\x00"]),
    label=st.one_of(fine_text, text),
    kind=one_of_values(Kind.values),
)
@example(content=ELF, name="cv.pdf", content_type="application/pdf", label="CV", kind="resume")
def test_any_upload_stores_a_sound_document_or_nothing(
    owner, scene, content, name, content_type, label, kind
):
    before, stored_before = set(Document.objects.values_list("pk", flat=True)), files_stored()
    try:
        upload = SimpleUploadedFile(name or "x", content, content_type=content_type)
    except Exception:  # a name Django itself will not take: nothing to send
        return
    response = send(owner, "post", LIBRARY, {"label": label, "kind": kind, "file": upload})
    assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR
    added = set(Document.objects.values_list("pk", flat=True)) - before
    if response.status_code != HTTPStatus.FOUND:
        assert not added and files_stored() == stored_before
        return
    document = Document.objects.get(pk=added.pop())
    document.full_clean()
    assert document.file.read() == content
    assert document.file_format in ("pdf", "docx", "odt")
    assert send(owner, "get", LIBRARY).status_code == HTTPStatus.OK


@FUZZ
@given(
    who=pk_choice,
    version=st.one_of(st.sampled_from(["own", "stranger", "", "-1", "x"]), text),
    day=st.one_of(st.sampled_from(["2026-11-02", "", "2026-02-30", "0000-01-01"]), text),
)
def test_recording_any_version_and_day_against_any_application(owner, scene, who, version, day):
    from tests.support.documents import a_document

    mine = Document.objects.filter(owner=scene.owner).first() or a_document(scene.owner)
    theirs = Document.objects.filter(owner=scene.stranger).first() or a_document(scene.stranger)
    pk = resolve_pk(who, scene.target.pk, scene.elsewhere.pk)
    chosen = {"own": str(mine.pk), "stranger": str(theirs.pk)}.get(version, version)
    before = list(DocumentSent.objects.values_list("pk", "sent_on"))
    path = reverse("interviews:document_sent_create", args=[pk])
    response = send(owner, "post", path, {"sent-document": chosen, "sent-sent_on": day})
    assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR
    if pk != scene.target.pk:
        assert response.status_code == HTTPStatus.NOT_FOUND
    if response.status_code != HTTPStatus.FOUND:
        assert list(DocumentSent.objects.values_list("pk", "sent_on")) == before
        return
    sent = DocumentSent.objects.get(application=scene.target, document=mine)
    sent.full_clean()
    assert send(owner, "get", scene.target.get_absolute_url()).status_code == HTTPStatus.OK


entries = st.dictionaries(
    st.one_of(
        st.sampled_from(["backup.json", "documents/", "documents/x", "../x", "mimetype"]),
        st.uuids().map(lambda uid: f"documents/{uid}"),
        text,
    ),
    st.one_of(contents, st.sampled_from([b"{}", b'{"format": "interview-tracker-backup"}'])),
    max_size=4,
)


@FUZZ
@given(parts=entries)
def test_any_zip_restores_or_is_refused_with_a_reason_and_leaves_nothing_stored(parts):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            try:
                archive.writestr(name, content)
            except (ValueError, UnicodeEncodeError, IndexError):  # names zipfile cannot write
                continue
    before = files_stored()
    try:
        document, files = read_backup(buffer.getvalue())
    except RestoreError:
        assert files_stored() == before
        return
    assert isinstance(document, dict)
    assert files_stored() == before + len(files)
