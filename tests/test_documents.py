"""Résumé and cover-letter versions: uploaded, listed, downloaded by their owner only,
recorded against an application and shown on its page, and deleted with their bytes."""

from __future__ import annotations

import csv
import io
from datetime import date
from http import HTTPStatus

import pytest
from django.urls import reverse

from interviews.documents.models import Document, DocumentSent
from interviews.documents.services import document_sent_record
from interviews.documents.storage import document_storage
from interviews.models import Outcome, Stage
from tests.factories import PASSWORD, ApplicationFactory, InterviewRoundFactory, UserFactory
from tests.support.documents import PDF, a_document, docx, odt, upload

pytestmark = pytest.mark.django_db

LIBRARY = reverse("interviews:documents")


def test_the_library_says_so_when_it_is_empty(owner_client):
    page = owner_client.get(LIBRARY)
    assert page.status_code == HTTPStatus.OK
    assert "No documents yet" in page.content.decode()


@pytest.mark.parametrize(
    ("content", "name", "file_format", "content_type"),
    [
        (PDF, "cv.pdf", "pdf", "application/pdf"),
        (
            docx(),
            "cv.docx",
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (odt(), "letter.odt", "odt", "application/vnd.oasis.opendocument.text"),
        # The content decides, not the name: a Word file named .pdf is a Word file.
        (
            docx(),
            "cv.pdf",
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    ],
)
def test_an_upload_is_stored_privately_and_comes_back_to_its_owner(
    owner_client, user, content, name, file_format, content_type
):
    answer = owner_client.post(
        LIBRARY, {"kind": "resume", "label": "Backend, long", "file": upload(content, name)}
    )
    assert answer.status_code == HTTPStatus.FOUND
    document = Document.objects.get(owner=user)
    assert (document.file_format, document.size, document.label) == (
        file_format,
        len(content),
        "Backend, long",
    )
    assert document_storage().exists(document.file.name)
    assert user.username not in document.file.name and name not in document.file.name
    download = owner_client.get(reverse("interviews:document_file", args=[document.pk]))
    assert download.status_code == HTTPStatus.OK
    assert b"".join(download.streaming_content) == content
    assert download["Content-Type"] == content_type
    assert download["Content-Disposition"] == f'attachment; filename="Backend_ long.{file_format}"'
    assert download["X-Content-Type-Options"] == "nosniff"
    assert "no-cache" in download["Cache-Control"]


def test_the_library_lists_each_version_with_how_often_it_went(owner_client, user):
    resume = a_document(user, label="Platform, one page")
    a_document(user, label="To Fernhill", kind="cover_letter")
    for company in ("Fernhill", "Oakridge"):
        application = ApplicationFactory(owner=user, company=company)
        owner_client.post(
            reverse("interviews:document_sent_create", args=[application.pk]),
            {"sent-document": resume.pk, "sent-sent_on": "2026-11-02"},
        )
    text = owner_client.get(LIBRARY).content.decode()
    assert "Platform, one page" in text and "sent with 2 applications" in text
    assert "To Fernhill" in text and "Cover letter" in text


def test_another_person_gets_404_for_a_files_address(client, user, stranger):
    document = a_document(user)
    client.force_login(stranger)
    address = reverse("interviews:document_file", args=[document.pk])
    assert client.get(address).status_code == HTTPStatus.NOT_FOUND
    assert client.get(reverse("interviews:document_delete", args=[document.pk])).status_code == (
        HTTPStatus.NOT_FOUND
    )
    assert client.post(reverse("interviews:document_delete", args=[document.pk])).status_code == (
        HTTPStatus.NOT_FOUND
    )
    assert Document.objects.filter(pk=document.pk).exists()


def test_the_file_has_no_public_address(user):
    document = a_document(user)
    location = str(document_storage().path(document.file.name))
    from django.conf import settings

    assert not location.startswith(str(settings.STATIC_ROOT))
    assert "static" not in document.file.name and "media" not in document.file.name


def test_deleting_asks_first_then_removes_the_bytes(
    owner_client, user, django_capture_on_commit_callbacks
):
    document = a_document(user)
    name = document.file.name
    address = reverse("interviews:document_delete", args=[document.pk])
    question = owner_client.get(address)
    assert "This can't be undone" in question.content.decode()
    assert document_storage().exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        owner_client.post(address)
    assert not Document.objects.filter(pk=document.pk).exists()
    assert not document_storage().exists(name)


def test_a_missing_file_is_a_404_not_a_500(owner_client, user):
    document = a_document(user)
    document_storage().delete(document.file.name)
    answer = owner_client.get(reverse("interviews:document_file", args=[document.pk]))
    assert answer.status_code == HTTPStatus.NOT_FOUND


def test_the_application_page_shows_the_versions_sent_before_an_interview(owner_client, user):
    application = ApplicationFactory(owner=user, company="Fernhill")
    InterviewRoundFactory(application=application, outcome=Outcome.SCHEDULED)
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING
    resume = a_document(user, label="Platform, one page")
    a_document(user, label="Never sent")
    page = owner_client.get(application.get_absolute_url()).content.decode()
    assert "No résumé or cover letter recorded for this application yet" in page
    answer = owner_client.post(
        reverse("interviews:document_sent_create", args=[application.pk]),
        {"sent-document": resume.pk, "sent-sent_on": "2026-11-02"},
    )
    assert answer.status_code == HTTPStatus.FOUND
    sent = DocumentSent.objects.get()
    assert (sent.document, sent.application, sent.sent_on) == (
        resume,
        application,
        date(2026, 11, 2),
    )
    page = owner_client.get(application.get_absolute_url()).content.decode()
    panel = page[page.index('id="documents"') :]
    assert "Before your interview:" in panel and "this is what Fernhill read" in panel
    assert "Platform, one page" in panel and "sent 2 Nov 2026" in panel
    assert reverse("interviews:document_file", args=[resume.pk]) in panel


def test_recording_again_changes_the_day_and_removing_keeps_the_version(owner_client, user):
    application = ApplicationFactory(owner=user)
    resume = a_document(user)
    address = reverse("interviews:document_sent_create", args=[application.pk])
    for day in ("2026-11-02", "2026-11-05"):
        owner_client.post(address, {"sent-document": resume.pk, "sent-sent_on": day})
    sent = DocumentSent.objects.get()
    assert sent.sent_on == date(2026, 11, 5)
    owner_client.post(reverse("interviews:document_sent_delete", args=[sent.pk]))
    assert not DocumentSent.objects.exists()
    assert document_storage().exists(Document.objects.get().file.name)


def test_another_persons_version_or_application_cannot_be_recorded(client, user, stranger):
    mine = ApplicationFactory(owner=user)
    theirs = a_document(stranger)
    client.force_login(user)
    answer = client.post(
        reverse("interviews:document_sent_create", args=[mine.pk]),
        {"sent-document": theirs.pk, "sent-sent_on": "2026-11-02"},
    )
    assert answer.status_code == HTTPStatus.BAD_REQUEST
    assert "Choose one of your documents." in answer.content.decode()
    their_application = ApplicationFactory(owner=stranger)
    answer = client.post(
        reverse("interviews:document_sent_create", args=[their_application.pk]),
        {"sent-document": a_document(user).pk, "sent-sent_on": "2026-11-02"},
    )
    assert answer.status_code == HTTPStatus.NOT_FOUND
    assert not DocumentSent.objects.exists()


def test_deleting_an_application_forgets_what_went_with_it_and_keeps_the_versions(
    owner_client, user
):
    application = ApplicationFactory(owner=user)
    resume = a_document(user)
    owner_client.post(
        reverse("interviews:document_sent_create", args=[application.pk]),
        {"sent-document": resume.pk, "sent-sent_on": "2026-11-02"},
    )
    owner_client.post(reverse("interviews:application_delete", args=[application.pk]))
    assert not DocumentSent.objects.exists()
    assert document_storage().exists(Document.objects.get().file.name)


def test_leaving_for_good_removes_every_stored_file(
    owner_client, user, django_capture_on_commit_callbacks
):
    names = [a_document(user, label=f"Version {n}").file.name for n in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        answer = owner_client.post(reverse("interviews:account_delete"), {"password": PASSWORD})
    assert answer.status_code == HTTPStatus.FOUND
    assert not Document.objects.exists()
    assert not any(document_storage().exists(name) for name in names)


def library_queries(client) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(LIBRARY).status_code == HTTPStatus.OK
    return len(captured)


def application_page_queries(client, application) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(application.get_absolute_url()).status_code == HTTPStatus.OK
    return len(captured)


def test_the_library_and_the_panel_read_a_constant_number_of_queries(owner_client, user):
    application = ApplicationFactory(owner=user)
    a_document(user)
    few = (library_queries(owner_client), application_page_queries(owner_client, application))
    for n in range(12):
        document = a_document(user, label=f"Version {n}")
        document_sent_record(document=document, application=application, sent_on=date(2026, 11, 2))
    many = (library_queries(owner_client), application_page_queries(owner_client, application))
    assert few == many
    # Session, user, the e-mails to review for the navigation, the versions with their counts.
    assert few[0] == 4


def test_a_version_is_named_typed_and_downloaded_by_its_label(user):
    letter = a_document(user, label="To: Fernhill / Ops?", kind="cover_letter", content=odt())
    assert str(letter) == "Cover letter: To: Fernhill / Ops?"
    assert letter.content_type == "application/vnd.oasis.opendocument.text"
    assert letter.download_name() == "To_ Fernhill _ Ops_.odt"
    assert letter.get_absolute_url() == reverse("interviews:document_file", args=[letter.pk])
    assert a_document(user, label="???").download_name() == "___.pdf"


def test_a_version_is_recorded_once_per_application(user):
    from django.db import IntegrityError, transaction

    application = ApplicationFactory(owner=user)
    resume = a_document(user)
    DocumentSent.objects.create(document=resume, application=application, sent_on=date(2026, 11, 2))
    with pytest.raises(IntegrityError), transaction.atomic():
        DocumentSent.objects.create(
            document=resume, application=application, sent_on=date(2026, 11, 3)
        )


def test_the_upload_form_reads_the_format_from_the_content(user):
    from interviews.documents.forms import DocumentForm, DocumentSentForm

    form = DocumentForm({"kind": "resume", "label": "Short"}, {"file": upload(docx(), "a.pdf")})
    assert form.is_valid(), form.errors
    assert form.file_format == "docx"
    refused = DocumentForm({"kind": "resume", "label": "Two\nlines"}, {"file": upload(PDF)})
    assert not refused.is_valid() and "label" in refused.errors
    assert "up to 10 MB" in str(DocumentForm()["file"].help_text)
    theirs = DocumentSentForm({"document": "1"}, user=user)
    assert not theirs.is_valid() and "document" in theirs.errors


def test_a_version_is_renamed_and_keeps_its_file(owner_client, user):
    resume = a_document(user, label="Old name")
    address = reverse("interviews:document_edit", args=[resume.pk])
    assert "Rename “Old name”" in owner_client.get(address).content.decode()
    refused = owner_client.post(address, {"kind": "resume", "label": ""})
    assert refused.status_code == HTTPStatus.BAD_REQUEST
    answer = owner_client.post(address, {"kind": "cover_letter", "label": "To Fernhill"})
    assert answer.status_code == HTTPStatus.FOUND
    renamed = Document.objects.get(pk=resume.pk)
    assert (renamed.kind, renamed.label, renamed.file.name) == (
        "cover_letter",
        "To Fernhill",
        resume.file.name,
    )


def test_the_csv_lists_each_version_and_where_it_went_and_no_strangers(
    owner_client, user, django_assert_max_num_queries
):
    sent = a_document(user, label="Data engineer, short")
    a_document(user, label="Cover letter, long", kind="cover_letter")
    for company in ("Acme", "Globex"):
        application = ApplicationFactory(owner=user, company=company, role="Analyst")
        document_sent_record(document=sent, application=application, sent_on=date(2026, 11, 2))
    a_document(UserFactory(username="someone-else"), label="Not mine")
    with django_assert_max_num_queries(8):
        response = owner_client.get(reverse("interviews:document_export"))
        body = b"".join(response.streaming_content).decode()
    assert response["Content-Disposition"].startswith('attachment; filename="documents-')
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [(row["label"], row["application"], row["sent_on"]) for row in rows] == [
        ("Data engineer, short", "Acme: Analyst", "2026-11-02"),
        ("Data engineer, short", "Globex: Analyst", "2026-11-02"),
        ("Cover letter, long", "", ""),
    ]
