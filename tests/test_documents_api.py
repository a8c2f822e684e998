"""Documents through the API: the list and details, the file to the token's owner only
(typed by its content, never sniffed), deleting with the bytes, and what went where."""

from __future__ import annotations

from datetime import date
from http import HTTPStatus

import pytest
from django.test import Client

from interviews.api.tokens import token_create
from interviews.documents.models import Document
from interviews.documents.services import document_sent_record
from interviews.documents.storage import document_storage
from tests.factories import ApplicationFactory
from tests.support.documents import PDF, a_document, odt

pytestmark = pytest.mark.django_db


def api_of(person) -> Client:
    _, secret = token_create(owner=person, name="script")
    return Client(headers={"Authorization": f"Bearer {secret}"})


def test_the_list_and_details_are_the_owners_only(user, stranger):
    letter = a_document(user, label="To Fernhill", kind="cover_letter", content=odt())
    a_document(stranger, label="Theirs")
    listed = api_of(user).get("/api/documents").json()["items"]
    assert [item["label"] for item in listed] == ["To Fernhill"]
    details = api_of(user).get(f"/api/documents/{letter.pk}").json()
    assert details == listed[0]
    assert (details["kind"], details["file_format"], details["size"]) == (
        "cover_letter",
        "odt",
        len(odt()),
    )
    assert details["content_type"] == "application/vnd.oasis.opendocument.text"
    assert "file" not in details  # its stored name is the server's business


def test_the_file_comes_to_its_owner_only(user, stranger):
    resume = a_document(user, label="Platform")
    address = f"/api/documents/{resume.pk}/file"
    answer = api_of(user).get(address)
    assert answer.status_code == HTTPStatus.OK
    assert b"".join(answer.streaming_content) == PDF
    assert answer["Content-Type"] == "application/pdf"
    assert answer["X-Content-Type-Options"] == "nosniff"
    assert answer["Content-Disposition"] == 'attachment; filename="Platform.pdf"'
    refused = api_of(stranger).get(address)
    assert refused.status_code == HTTPStatus.NOT_FOUND
    assert refused["Content-Type"] == "application/problem+json"


def test_deleting_removes_the_version_and_its_bytes(
    user, stranger, django_capture_on_commit_callbacks
):
    resume = a_document(user)
    assert api_of(stranger).delete(f"/api/documents/{resume.pk}").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        answer = api_of(user).delete(f"/api/documents/{resume.pk}")
    assert answer.status_code == HTTPStatus.NO_CONTENT
    assert not Document.objects.exists()
    assert not document_storage().exists(resume.file.name)


def test_an_applications_documents_say_what_went_and_when(user, stranger):
    application = ApplicationFactory(owner=user)
    resume = a_document(user, label="Platform")
    document_sent_record(document=resume, application=application, sent_on=date(2026, 11, 2))
    answer = api_of(user).get(f"/api/applications/{application.pk}/documents").json()
    assert [(item["document"]["label"], item["sent_on"]) for item in answer] == [
        ("Platform", "2026-11-02")
    ]
    theirs = api_of(stranger).get(f"/api/applications/{application.pk}/documents")
    assert theirs.status_code == HTTPStatus.NOT_FOUND
