"""Applications: create, read, edit, delete."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from interviews import services
from interviews.access import AuthenticatedRequest, owned_application, wrong_method
from interviews.actions import answer_by, stage_actions
from interviews.drafts import TITLES
from interviews.extensions import application_panels
from interviews.forms import ApplicationForm
from interviews.guidance import advise
from interviews.likely_same import Tracked, Tracking
from interviews.models import Application
from interviews.once import sent_before, submit_once
from interviews.panel import drafts_of
from interviews.presenting import card_state, page_steps
from interviews.search_picture import search_of
from interviews.timeline import timeline
from interviews.views.confirm import confirm_page
from interviews.views.contacts import people_of
from interviews.waiting import offer_ids


@login_required
@require_http_methods(["GET", "POST"])
def application_create(request: AuthenticatedRequest) -> HttpResponse:
    """Add an application to the search."""
    return application_form_page(request)


def application_form_page(
    request: AuthenticatedRequest,
    *,
    initial: dict[str, str] | None = None,
    then: Callable[[Application], str] | None = None,
    context: dict[str, object] | None = None,
) -> HttpResponse:
    """The form that adds an application. A feature that starts one from something of its
    own (an e-mail) passes what it read as ``initial``, and ``then``: where to go once the
    application is added (by default its page)."""
    # No date filled in: an empty one means saved, not applied (the form offers "Today").
    form = ApplicationForm(request.POST or None, initial=initial)
    page = {"form": form, **(context or {})}
    if request.method == "POST" and form.is_valid():
        asked = request.POST.get("second_one") or sent_before(request)
        twin = None if asked else likely_twin(request.user, form)
        if twin is not None:
            # Back, then the form sent again: ask rather than add the same job twice.
            added_today = timezone.localdate(twin.created_at) == timezone.localdate()
            twin_page = {**page, "twin": twin, "twin_added_today": added_today}
            return render(request, "interviews/application_form.html", twin_page)

        def add() -> str:
            application = form.save(commit=False)
            application.owner = request.user
            services.application_save(application, people=form.people())
            messages.success(request, f"Added {application}.")
            return then(application) if then else application.get_absolute_url()

        return redirect(submit_once(request, add))
    return render(request, "interviews/application_form.html", page)


def likely_twin(user, form: ApplicationForm) -> Application | None:
    """An application the person has that is likely this one (``likely_same``: the company
    folded, the role similar), added today or applied on the same day, if there is one: a
    form sent again after Back, or a job added by hand that the import brought in already."""
    start = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    nearby = Q(created_at__gte=start)
    if applied_on := form.cleaned_data.get("applied_on"):
        nearby |= Q(applied_on=applied_on)
    mine = Application.objects.for_user(user).filter(nearby).order_by("-created_at")
    candidates = {a.pk: a for a in mine.only("pk", "company", "role", "applied_on", "created_at")}
    tracking = Tracking(Tracked(pk, a.company, a.role) for pk, a in candidates.items())
    found = tracking.match(form.cleaned_data["company"], form.cleaned_data["role"])
    return candidates[found.pk] if found is not None else None


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
    steps, questions = page_steps(advice, today)
    return render(
        request,
        "interviews/application_detail.html",
        {
            "application": application,
            "advice": advice,
            "state": card_state(application.stage, advice, today),
            "steps": steps,
            "questions": questions,
            "actions": stage_actions(application),
            "answer_by": answer_by(advice, today),
            "drafts": [(kind, TITLES[kind]) for kind in drafts],
            "timeline": timeline(application),
            "panels": application_panels(request, application),
            "people": people_of(application),
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
        services.application_save(form.save(commit=False), people=form.people(application))
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
