"""The API's documents: the list and each one's details, its file (to the token's owner
only, as the page serves it), deleting one, and the versions sent with an application.
Uploading stays on the page, where the cap stops a file while it streams in. Registered
on the one API by ``interviews.api.routes``."""

# No `from __future__ import annotations`: django-ninja reads the annotations at import.

from datetime import date
from http import HTTPStatus

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, ModelSchema, Schema, Status
from ninja.pagination import paginate

from interviews.access import owned_application
from interviews.api.paging import Pages
from interviews.documents import services, views
from interviews.documents.models import Document, DocumentSent


class DocumentOut(ModelSchema):
    content_type: str = Field(..., description="What its content showed it to be.")

    class Meta:
        model = Document
        fields = [
            "id", "uid", "kind", "label", "file_format", "size", "original_name", "uploaded_at",
        ]  # fmt: skip


class DocumentSentOut(Schema):
    document: DocumentOut
    sent_on: date


def owned_document(request: HttpRequest, pk: int) -> Document:
    return get_object_or_404(Document.objects.for_user(request.user), pk=pk)


def add_routes(api, errors: dict) -> None:
    """The documents' operations, on ``api``."""

    @api.get(
        "/documents",
        response={200: list[DocumentOut], **errors},
        url_name="documents",
        tags=["documents"],
    )
    @paginate(Pages)
    def document_list(request: HttpRequest):
        """Your résumé and cover-letter versions, by kind, newest first."""
        return Document.objects.for_user(request.user)

    @api.get(
        "/documents/{pk}",
        response={200: DocumentOut, **errors},
        url_name="document",
        tags=["documents"],
    )
    def document_read(request: HttpRequest, pk: int):
        return owned_document(request, pk)

    @api.delete("/documents/{pk}", response={204: None, **errors}, tags=["documents"])
    def document_delete(request: HttpRequest, pk: int):
        """Delete the version, its file and the record of where it went."""
        services.document_delete(document=owned_document(request, pk))
        return Status(HTTPStatus.NO_CONTENT, None)

    @api.get(
        "/documents/{pk}/file",
        response={200: None, **errors},
        url_name="document_file",
        tags=["documents"],
        openapi_extra={
            "responses": {
                "200": {
                    "description": "The file, as an attachment, typed by its content.",
                    "content": {"application/octet-stream": {}},
                }
            }
        },
    )
    def document_file(request: HttpRequest, pk: int):
        """The file itself (PDF, DOCX or ODT), to its owner only."""
        return views.file_response(owned_document(request, pk))

    @api.get(
        "/applications/{pk}/documents",
        response={200: list[DocumentSentOut], **errors},
        url_name="application_documents",
        tags=["documents"],
    )
    def application_documents(request: HttpRequest, pk: int):
        """The versions sent with the application, and when."""
        application = owned_application(request, pk)
        return DocumentSent.objects.filter(application=application).select_related("document")
