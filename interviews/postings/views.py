"""The postings' pages: save one from an address or a page, read it, print it, start an
application from it; the bookmarklet's endpoint and its key."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from interviews.access import AuthenticatedRequest, owned_application, wrong_method
from interviews.models import Application
from interviews.postings import services
from interviews.postings.exports import export_postings
from interviews.postings.fetching import FetchError
from interviews.postings.forms import MAX_PAGE, PostingImportForm
from interviews.postings.models import BookmarkletKey, Posting
from interviews.postings.prefill import application_initial
from interviews.postings.reading import read
from interviews.postings.saving import reading_of
from interviews.views.applications import application_form_page
from interviews.views.confirm import confirm_page


def owned_posting(request: HttpRequest, pk: int) -> Posting:
    return get_object_or_404(
        Posting.objects.for_user(request.user).select_related("application"), pk=pk
    )


@login_required
@require_http_methods(["GET"])
def posting_list(request: AuthenticatedRequest) -> HttpResponse:
    """The postings saved, newest first."""
    postings = Posting.objects.for_user(request.user).select_related("application")
    return render(request, "interviews/postings/list.html", {"postings": postings})


@login_required
@require_http_methods(["GET", "POST"])
def posting_create(request: AuthenticatedRequest) -> HttpResponse:
    """Save a job's posting from its address or its page; for an application when the
    address says which (``?application=<pk>``)."""
    application = _target(request)
    form = PostingImportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            reading = reading_of(**form.cleaned_data)
        except FetchError as error:
            form.add_error("address", str(error))
        else:
            return _saved(request, reading, application)
    return render(
        request, "interviews/postings/form.html", {"form": form, "application": application}
    )


def _target(request: AuthenticatedRequest) -> Application | None:
    """The application named in the address, the person's own; None when none is named."""
    pk = request.GET.get("application")
    if pk is None:
        return None
    if not pk.isdigit() or len(pk) > 18:  # past a bigint: no such record
        raise Http404("No such application.")
    return owned_application(request, int(pk))


def _saved(request: HttpRequest, reading, application: Application | None) -> HttpResponse:
    posting = services.posting_from_reading(
        owner=request.user, reading=reading, application=application
    )
    for note in reading.notes:
        messages.warning(request, note)
    if not reading.notes:
        messages.success(request, f"Saved the posting for {posting}.")
    return redirect(posting)


@login_required
def posting_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """One saved posting, as the site said it."""
    posting = owned_posting(request, pk)
    if refused := wrong_method(request, "GET"):
        return refused
    return render(request, "interviews/postings/detail.html", {"posting": posting})


@login_required
def posting_print(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The posting on paper (or a PDF), with nothing of the site around it."""
    posting = owned_posting(request, pk)
    if refused := wrong_method(request, "GET"):
        return refused
    return render(request, "interviews/postings/print.html", {"posting": posting})


@login_required
@require_http_methods(["GET", "POST"])
def posting_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Delete a saved posting (its application stays), after a confirmation page."""
    posting = owned_posting(request, pk)
    back = posting.application.get_absolute_url() if posting.application else None
    if request.method == "POST":
        name = str(posting)
        posting.delete()
        messages.success(request, f"Deleted the posting for {name}.")
        return redirect(back or reverse("interviews:posting_list"))
    return confirm_page(
        request,
        name=f"the posting for {posting}",
        consequence="Its saved description goes with it; an application made from it stays.",
        cancel_url=posting.get_absolute_url(),
    )


@login_required
@require_http_methods(["GET", "POST"])
def posting_application(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Start an application from a saved posting, its details filled in."""
    posting = owned_posting(request, pk)
    if posting.application is not None:
        return redirect(posting.application)

    def then(application: Application) -> str:
        services.posting_attach(posting=posting, application=application)
        return application.get_absolute_url()

    return application_form_page(
        request, initial=application_initial(posting), then=then, context={"posting": posting}
    )


@csrf_exempt
@require_POST
def posting_bookmarklet(request: HttpRequest, key: str) -> HttpResponse:
    """What the bookmarklet posts from a career site's page. The key in the address, not
    the session, says whose it is (a page on another site can't read the key, and the
    session cookie is not sent across sites); then the posting's page, where the session
    applies as usual."""
    owner = get_object_or_404(BookmarkletKey.objects.select_related("owner"), key=key).owner
    page = request.POST.get("page", "")[:MAX_PAGE]
    address = request.POST.get("address", "")[:2000]
    reading = read(page, address)
    posting = services.posting_from_reading(owner=owner, reading=reading, application=None)
    return _see_other(posting.get_absolute_url())


def _see_other(url: str) -> HttpResponse:
    # 303: the browser follows with a GET, so the page isn't posted again on reload.
    answer = HttpResponse(status=303)
    answer["Location"] = url
    return answer


@login_required
@require_POST
def bookmarklet_key(request: AuthenticatedRequest) -> HttpResponse:
    """Make the person's bookmarklet, or a new one (the old one stops working)."""
    found, created = BookmarkletKey.objects.get_or_create(owner=request.user)
    if not created:
        found.reset()
        messages.success(request, "Made a new bookmarklet: the old one no longer works.")
    return redirect(reverse("interviews:settings") + "#bookmarklet-heading")


@login_required
@require_http_methods(["GET"])
def posting_export(request: AuthenticatedRequest) -> StreamingHttpResponse:
    """Every saved posting, one row each, oldest first."""
    return export_postings(request)
