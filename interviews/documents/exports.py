"""The person's documents as CSV, one row per version and application it went with (a
version never sent has one row with no application), written by the core's CSV helpers
(the same defused cells, separator and byte-order mark as every other export). The files
themselves are in the backup, not in a spreadsheet."""

from __future__ import annotations

from collections.abc import Iterator

from django.db.models import Prefetch
from django.http import HttpRequest, StreamingHttpResponse

from interviews.documents.models import Document, DocumentSent
from interviews.views.exports import _csv, _for_excel, _prepend, _stamp

COLUMNS = [
    "label", "kind", "format", "size_bytes", "file_name", "uploaded_at", "application", "sent_on",
]  # fmt: skip
SENDINGS = DocumentSent.objects.select_related("application").order_by("sent_on", "pk")


def export_documents(request: HttpRequest) -> StreamingHttpResponse:
    # Two queries per 500 versions: the versions, then where they went.
    documents = (
        Document.objects.for_user(request.user)
        .prefetch_related(Prefetch("sendings", queryset=SENDINGS))
        .order_by("uploaded_at", "pk")
        .iterator(500)
    )
    rows = (row for document in documents for row in _rows(document))
    return _csv(_prepend(COLUMNS, rows), f"documents-{_stamp()}.csv", **_for_excel(request))


def _rows(document: Document) -> Iterator[list[object]]:
    about = [
        document.label,
        document.get_kind_display(),
        document.get_file_format_display(),
        document.size,
        document.original_name,
        document.uploaded_at,
    ]
    sendings = list(document.sendings.all())
    for sending in sendings:
        application = sending.application
        yield [*about, f"{application.company}: {application.role}", sending.sent_on]
    if not sendings:
        yield [*about, "", ""]
