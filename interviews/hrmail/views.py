"""HR's answers by e-mail: add a message, review the suggestions, accept or dismiss them."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from interviews.access import AuthenticatedRequest, wrong_method
from interviews.hrmail.forms import AcceptForm, AddMailForm
from interviews.hrmail.models import MailSuggestion
from interviews.hrmail.suggestions import (
    KEEP,
    candidates_of,
    prefill_of,
    suggestion_accept,
    suggestion_attach,
    suggestion_dismiss,
    suggestion_record,
)
from interviews.models import Application, people_prefetch
from interviews.views.applications import application_form_page

PAGE_SIZE = 20


def owned_suggestion(request: HttpRequest, pk: int) -> MailSuggestion:
    return get_object_or_404(
        MailSuggestion.objects.select_related("application"), pk=pk, owner=request.user
    )


def owned_applications(user) -> list[Application]:
    return list(
        Application.objects.for_user(user).only("pk", "company", "role").order_by("company", "role")
    )


@login_required
@require_http_methods(["GET"])
def mail_review(request: AuthenticatedRequest) -> HttpResponse:
    """Suggestions from e-mail waiting for the person's Accept, Change or Dismiss."""
    pending = (
        MailSuggestion.objects.for_user(request.user)
        .pending()
        .select_related("application")
        # Whether to offer the sender as the contact: the application's people.
        .prefetch_related(people_prefetch("application__"))
    )
    page = Paginator(pending, PAGE_SIZE).get_page(request.GET.get("page"))
    # One list of applications for every card's select, not one query per card.
    applications = owned_applications(request.user)
    items = [
        (s, AcceptForm(suggestion=s, applications=applications, auto_id=f"s{s.pk}_%s"))
        for s in page
    ]
    return render(request, "interviews/mail_review.html", {"page": page, "items": items})


@login_required
def mail_accept(request: HttpRequest, pk: int) -> HttpResponse:
    """Record what the e-mail says (as suggested or as changed) on the chosen application."""
    suggestion = owned_suggestion(request, pk)
    if refused := wrong_method(request, "POST"):
        return refused
    if not suggestion.is_pending:
        messages.info(request, "That e-mail was already dealt with; nothing changed.")
        return redirect("interviews:mail_review")
    form = AcceptForm(
        request.POST, suggestion=suggestion, applications=owned_applications(request.user)
    )
    if not form.is_valid():
        problems = " ".join(str(e) for errors in form.errors.values() for e in errors)
        messages.error(request, f"Nothing was recorded. {problems}")
        return redirect("interviews:mail_review")
    application = form.cleaned_data["application"]
    record = suggestion_accept(
        suggestion=suggestion,
        application=application,
        kind=form.cleaned_data["kind"],
        keep_contact=form.cleaned_data.get("keep_contact", False),
        # Sent empty: no date; not sent at all (an older page): the date as read.
        news_by=form.cleaned_data.get("news_by") if "news_by" in request.POST else KEEP,
    )
    what = record.get_kind_display().lower()
    messages.success(request, f"Logged for {application.company}: {what}.")
    return redirect("interviews:mail_review")


@login_required
def mail_dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    """Set a suggestion aside; the same e-mail will not be suggested again."""
    suggestion = owned_suggestion(request, pk)
    if refused := wrong_method(request, "POST"):
        return refused
    if suggestion.is_pending:
        suggestion_dismiss(suggestion)
        messages.success(request, "Dismissed. That e-mail won't be suggested again.")
    return redirect("interviews:mail_review")


@login_required
@require_http_methods(["GET", "POST"])
def mail_add(request: AuthenticatedRequest) -> HttpResponse:
    """Paste an e-mail or upload an .eml file; a message that reads as news becomes a
    suggestion to review."""
    form = AddMailForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        suggestion, created, reading = suggestion_record(
            owner=request.user, raw=form.raw(), candidates=candidates_of(request.user)
        )
        if suggestion is None:
            form.add_error(None, reading.doubt or _not_news(reading.evidence))
        elif not created:
            status = suggestion.get_status_display().lower()
            messages.info(request, f"You have added this e-mail before ({status}).")
            return redirect("interviews:mail_review")
        else:
            messages.success(
                request, f"Read as: {suggestion.get_kind_display().lower()}. Check it below."
            )
            return redirect("interviews:mail_review")
    return render(request, "interviews/mail_add.html", {"form": form})


def _not_news(evidence: str) -> str:
    because = f" (it reads like: “{evidence[:120]}”)" if evidence else ""
    return (
        f"This doesn't read like news about an application{because}, so nothing was added. "
        "If it is, log it yourself from the application's page."
    )


@login_required
@require_http_methods(["GET", "POST"])
def mail_application_create(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Start a new application from an e-mail about a company not yet in the list: the
    company and the person who wrote filled in; then accept what the e-mail says."""
    suggestion = get_object_or_404(MailSuggestion.objects.for_user(request.user).pending(), pk=pk)

    def then(application: Application) -> str:
        suggestion_attach(suggestion=suggestion, application=application)
        messages.info(request, "Now accept what the e-mail says.")
        return reverse("interviews:mail_review")

    return application_form_page(
        request, initial=prefill_of(suggestion), then=then, context={"suggestion": suggestion}
    )
