"""Applications: create, read, edit, delete."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from interviews import services
from interviews.access import AuthenticatedRequest, owned_application, wrong_method
from interviews.actions import answer_by, stage_actions
from interviews.drafts import TITLES
from interviews.forms import ApplicationForm
from interviews.guidance import advise
from interviews.once import submit_once
from interviews.panel import drafts_of
from interviews.presenting import card_state
from interviews.search_picture import search_of
from interviews.timeline import timeline
from interviews.views.confirm import confirm_page
from interviews.waiting import offer_ids


@login_required
@require_http_methods(["GET", "POST"])
def application_create(request: HttpRequest) -> HttpResponse:
    """Add an application to the search."""
    form = ApplicationForm(request.POST or None, initial={"applied_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():

        def add() -> str:
            application = form.save(commit=False)
            application.owner = request.user
            services.application_save(application)
            messages.success(request, f"Added {application}.")
            return application.get_absolute_url()

        return redirect(submit_once(request, add))
    return render(request, "interviews/application_form.html", {"form": form})


@login_required
def application_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """One application: where it stands, what to do next, and its whole history."""
    application = owned_application(request, pk, with_records=True)
    if refused := wrong_method(request, "GET"):
        return refused
    today = timezone.localdate()
    search = search_of(request.user)
    advice = advise(application, today=today, person=request.person, search=search)
    drafts = drafts_of(application, advice, offers=offer_ids(request.user))
    return render(
        request,
        "interviews/application_detail.html",
        {
            "application": application,
            "advice": advice,
            "state": card_state(application.stage, advice, today),
            "actions": stage_actions(application),
            "answer_by": answer_by(advice, today),
            "drafts": [(kind, TITLES[kind]) for kind in drafts],
            "timeline": timeline(application),
            "today": today,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def application_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change an application's details."""
    application = owned_application(request, pk)
    form = ApplicationForm(request.POST or None, instance=application)
    if request.method == "POST" and form.is_valid():
        services.application_save(form.save(commit=False))
        messages.success(request, "Saved your changes.")
        return redirect(application)
    return render(
        request, "interviews/application_form.html", {"form": form, "application": application}
    )


@login_required
@require_http_methods(["GET", "POST"])
def application_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete an application and its history, after a confirmation page."""
    application = owned_application(request, pk)
    if request.method == "POST":
        name = str(application)
        application.delete()
        messages.success(request, f"Deleted {name} and its history.")
        return redirect("interviews:board")
    return confirm_page(
        request,
        name=str(application),
        consequence="Its interview rounds and status updates will be deleted with it.",
        cancel_url=application.get_absolute_url(),
    )
