"""The documents' pages: the library (upload, list), a file's download (its owner only),
deleting a version, and recording which version went with an application."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from interviews.access import AuthenticatedRequest, owned_application
from interviews.documents import services
from interviews.documents.checking import max_bytes, too_large_message
from interviews.documents.exports import export_documents
from interviews.documents.forms import DocumentEditForm, DocumentForm, DocumentSentForm
from interviews.documents.models import Document, DocumentSent
from interviews.documents.uploads import CappedUpload
from interviews.views.confirm import confirm_page


def owned_document(request: HttpRequest, pk: int) -> Document:
    return get_object_or_404(Document.objects.for_user(request.user), pk=pk)


def library_page(request: HttpRequest, form: DocumentForm, *, status: int = 200) -> HttpResponse:
    documents = Document.objects.for_user(request.user).with_sendings()
    return render(
        request,
        "interviews/documents/list.html",
        {"form": form, "documents": documents},
        status=status,
    )


# The cap must be in place before the body is read, and the CSRF check reads it: the
# check is made by hand after the handler is added (Django's documented way).
@csrf_exempt
@login_required
@require_http_methods(["GET", "POST"])
def document_list(request: AuthenticatedRequest) -> HttpResponse:
    """Your résumé and cover-letter versions, and the form to upload one."""
    capped = CappedUpload(request, limit=max_bytes())
    request.upload_handlers.insert(0, capped)
    return _document_list(request, capped)


@csrf_protect
def _document_list(request: AuthenticatedRequest, capped: CappedUpload) -> HttpResponse:
    if request.method != "POST":
        return library_page(request, DocumentForm())
    form = DocumentForm(request.POST, request.FILES)
    if capped.refused:
        form.is_valid()
        form.errors.pop("file", None)
        form.add_error("file", too_large_message())
    if not form.is_valid():
        return library_page(request, form, status=400)
    document = services.document_add(
        owner=request.user,
        kind=form.cleaned_data["kind"],
        label=form.cleaned_data["label"],
        content=form.cleaned_data["file"],
        file_format=form.file_format,
    )
    messages.success(request, f"Uploaded “{document.label}”.")
    return redirect("interviews:documents")


@never_cache
@login_required
@require_GET
def document_file(request: HttpRequest, pk: int) -> FileResponse:
    """The file, to its owner only, as a download with the type its content showed."""
    return file_response(owned_document(request, pk))


def file_response(document: Document) -> FileResponse:
    """The page's and the API's download: an attachment never sniffed into another type."""
    try:
        stored = document.file.open("rb")
    except FileNotFoundError as error:
        raise Http404("This file is no longer in the storage.") from error
    response = FileResponse(
        stored,
        as_attachment=True,
        filename=document.download_name(),
        content_type=document.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def document_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Rename a version, or change its kind."""
    document = owned_document(request, pk)
    form = DocumentEditForm(request.POST or None, instance=document)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"Saved “{document.label}”.")
        return redirect("interviews:documents")
    status = 400 if form.errors else 200
    context = {"form": form, "document": document}
    return render(request, "interviews/documents/edit.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def document_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a version and its file, after a confirmation page."""
    document = owned_document(request, pk)
    if request.method == "POST":
        services.document_delete(document=document)
        messages.success(request, f"Deleted “{document.label}” and its file.")
        return redirect("interviews:documents")
    return confirm_page(
        request,
        name=f"“{document.label}”",
        consequence="Its file is removed, and so is the record of the applications it went with.",
        cancel_url=reverse("interviews:documents"),
    )


@login_required
@require_POST
def document_sent_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Record which version went with this application, and when."""
    application = owned_application(request, pk)
    form = DocumentSentForm(request.POST, user=request.user, prefix="sent")
    if form.is_valid():
        services.document_sent_record(application=application, **form.cleaned_data)
        messages.success(request, f"Recorded “{form.cleaned_data['document'].label}”.")
        return redirect(f"{application.get_absolute_url()}#documents")
    return render(
        request,
        "interviews/documents/sent_form.html",
        {"form": form, "application": application},
        status=400,
    )


@login_required
@require_POST
def document_sent_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Forget that a version went with an application (the version stays)."""
    sent = get_object_or_404(
        DocumentSent.objects.select_related("application", "document"),
        pk=pk,
        document__owner=request.user,
    )
    services.document_sent_remove(sent=sent)
    messages.success(request, f"No longer recorded: “{sent.document.label}”.")
    return redirect(f"{sent.application.get_absolute_url()}#documents")


@login_required
@require_GET
def document_export(request: AuthenticatedRequest) -> StreamingHttpResponse:
    """Every version and where it went, as CSV (the files are in the backup)."""
    return export_documents(request)
