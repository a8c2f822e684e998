"""Status updates: what HR said, or what the candidate did."""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.views.decorators.http import require_http_methods

from interviews import services
from interviews.access import (
    AuthenticatedRequest,
    HtmxRequest,
    owned_application,
    owned_update,
    safe_next,
    wrong_method,
)
from interviews.desk import desk
from interviews.forms import QuickUpdateForm, StatusUpdateForm
from interviews.guidance import advise
from interviews.models import StatusUpdate
from interviews.once import submit_once
from interviews.panel import waiting_card_context
from interviews.views.confirm import record_delete_confirmed
from interviews.waiting import offer_ids

# How long "Undo" may remove a one-click answer; the button itself shows for seconds.
UNDO_WINDOW = timedelta(minutes=5)


@login_required
@require_http_methods(["GET", "POST"])
def update_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Log a status update in one short form."""
    application = owned_application(request, pk)
    initial = {"on": timezone.localdate(), "kind": request.GET.get("kind", "")}
    form = StatusUpdateForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():

        def log() -> str:
            update = form.save(commit=False)
            update.application = application
            services.record_save(update)
            messages.success(request, logged_words(update))
            return application.get_absolute_url()

        return redirect(submit_once(request, log))
    return render(
        request, "interviews/update_form.html", {"form": form, "application": application}
    )


@login_required
@require_http_methods(["GET", "POST"])
def update_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a status update after a confirmation page."""
    return record_delete_confirmed(request, owned_update(request, pk), done="Deleted the update.")


@login_required
def update_quick(request: HtmxRequest, pk: int) -> HttpResponse:
    """Log HR's answer in one click; htmx gets the refreshed card, others a redirect."""
    application = owned_application(request, pk)
    if refused := wrong_method(request, "POST"):
        return refused
    form = QuickUpdateForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("Choose one of the listed answers.")
    update = StatusUpdate(
        application=application,
        kind=form.cleaned_data["kind"],
        note=form.cleaned_data["note"],
        news_by=form.cleaned_data["news_by"],
        on=timezone.localdate(),
    )
    logged = logged_words(update)

    def log() -> str:
        services.record_save(update)
        if not request.htmx:
            messages.success(request, logged)
        return safe_next(request, application.get_absolute_url())

    location = submit_once(request, log)
    if request.htmx:
        # Sent twice, the second POST saved nothing: it offers no Undo.
        undo = update if update.pk else None
        return _waiting_card(request, application.pk, logged=logged, undo=undo)
    return redirect(location)


@login_required
def update_undo(request: HtmxRequest, pk: int) -> HttpResponse:
    """Remove a one-click answer just logged, while its Undo button is still offered."""
    update = owned_update(request, pk)
    if refused := wrong_method(request, "POST"):
        return refused
    if update.created_at < timezone.now() - UNDO_WINDOW:
        return HttpResponseBadRequest(
            "Too late to undo here: delete the update from its application page."
        )
    application = update.application
    services.record_delete(update)
    removed = f"Removed: {update.get_kind_display().lower()}."
    if request.htmx:
        return _waiting_card(request, application.pk, logged=removed)
    messages.success(request, removed)
    return redirect(safe_next(request, application.get_absolute_url()))


def logged_words(update: StatusUpdate) -> str:
    """What was logged, and the date they promised if they named one."""
    words = f"Logged: {update.get_kind_display().lower()}."
    if update.news_by:
        words += f" They'll get back to you by {date_format(update.news_by, 'l j F')}."
    return words


def _waiting_card(
    request: AuthenticatedRequest, pk: int, *, logged: str, undo: StatusUpdate | None = None
) -> HttpResponse:
    """One Waiting card, freshly computed, with the page's counts swapped in beside it."""
    application = owned_application(request, pk, with_records=True)
    today = timezone.localdate()
    advice = advise(application, today=today, person=request.person)
    context = waiting_card_context(application, advice, offers=offer_ids(request.user), today=today)
    found = desk(request.user, today, person=request.person)
    return render(
        request,
        "interviews/_waiting_swap.html",
        {
            **context,
            "logged": logged,
            "undo": undo,
            "next": safe_next(request, reverse("interviews:waiting")),
            "you_owe": len(found.you_owe),
            "they_owe": len(found.they_owe),
            "due_today": found.due_today,
        },
    )
