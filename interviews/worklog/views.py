"""The work-search log: claim weeks against the weekly minimum, activities added and
edited from the page, and automatic entries left out of the log or put back."""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from interviews.access import (
    owned_application,
    owned_round,
    owned_update,
    safe_next,
    wrong_method,
)
from interviews.models import UpdateKind
from interviews.once import submit_once
from interviews.profiles import profile_of
from interviews.views.confirm import confirm_page
from interviews.worklog.entries import Origin
from interviews.worklog.forms import ActivityForm, ExportForm, QuickActivityForm
from interviews.worklog.kept import kept_log
from interviews.worklog.models import Activity, LogExclusion
from interviews.worklog.selectors import has_entries_before, weeks_of
from interviews.worklog.weeks import WEEK, Minimum, week_start

WEEKS_PER_PAGE = 4
SIX_DAYS = timedelta(days=6)  # from a week's start to its last day
# A week lists its newest entries; the rest are counted, and listed in full on the
# printable page, so the log page stays a few hundred rows at most however busy a week.
ENTRIES_SHOWN = 25
# Ten years of weeks: further back than any agency asks, and a bound on the page number.
MAX_PAGE = 130


def owned_activity(request: HttpRequest, pk: int) -> Activity:
    return get_object_or_404(Activity, pk=pk, owner=request.user)


def page_number(raw: str | None) -> int:
    try:
        number = int(raw or 1)
    except ValueError:
        return 1
    return number if 1 <= number <= MAX_PAGE else 1


@login_required
@require_http_methods(["GET"])
def worklog(request: HttpRequest) -> HttpResponse:
    """Four claim weeks at a time, newest first, each counted against the minimum."""
    profile = profile_of(request.user)
    today = timezone.localdate()
    number = page_number(request.GET.get("page"))
    last = week_start(today, profile.week_starts_on) - (number - 1) * WEEKS_PER_PAGE * WEEK
    first = last - (WEEKS_PER_PAGE - 1) * WEEK
    minimum = Minimum.of(profile)

    def shown() -> list:
        weeks = weeks_of(request.user, profile, first, last, now=timezone.now())
        return [(week, week.tally(minimum), week.entries[:ENTRIES_SHOWN]) for week in weeks]

    return render(
        request,
        "interviews/worklog/log.html",
        {
            "weeks": kept_log(request.user, profile, "log", first, last + SIX_DAYS, shown),
            "minimum": minimum,
            "profile": profile,
            "today": today,
            "number": number,
            "earlier": number < MAX_PAGE and has_entries_before(request.user, profile, first),
            "form": QuickActivityForm(initial={"on": today}),
            "export": ExportForm({}, today=today, country=profile.country),
        },
    )


def _back_to_log(request: HttpRequest) -> str:
    return safe_next(request, reverse("interviews:worklog"))


@login_required
@require_http_methods(["GET", "POST"])
def activity_create(request: HttpRequest) -> HttpResponse:
    """Add an activity: a job fair, a networking call, a workshop."""
    form = ActivityForm(request.POST or None, initial={"on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():

        def add() -> str:
            activity = form.save(commit=False)
            activity.owner = request.user
            activity.save()
            kind = activity.get_kind_display().lower()
            messages.success(request, f"Added to your log: {kind}.")
            return _back_to_log(request)

        return redirect(submit_once(request, add))
    return render(request, "interviews/worklog/activity_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def activity_edit(request: HttpRequest, pk: int) -> HttpResponse:
    activity = owned_activity(request, pk)
    form = ActivityForm(request.POST or None, instance=activity)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Activity saved.")
        return redirect(_back_to_log(request))
    context = {"form": form, "activity": activity}
    return render(request, "interviews/worklog/activity_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def activity_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """GET asks; POST deletes the activity."""
    activity = owned_activity(request, pk)
    if request.method == "POST":
        activity.delete()
        messages.success(request, "Activity deleted from your log.")
        return redirect("interviews:worklog")
    return confirm_page(
        request,
        name=str(activity),
        consequence="It will no longer count towards its week or appear in exports.",
        cancel_url=reverse("interviews:worklog"),
    )


def _exclusion_of(request: HttpRequest, origin: str, pk: int) -> dict:
    """The owner's record an automatic entry shows, as LogExclusion fields; 404 otherwise."""
    if origin == Origin.APPLICATION:
        application = owned_application(request, pk)
        return {"application": application, "round": None, "update": None}
    if origin == Origin.INTERVIEW:
        interview = owned_round(request, pk)
        return {"application": interview.application, "round": interview, "update": None}
    if origin == Origin.FOLLOW_UP:
        update = owned_update(request, pk)
        if update.kind == UpdateKind.FOLLOW_UP_SENT:
            return {"application": update.application, "round": None, "update": update}
    raise Http404("No such entry in your log.")


@login_required
@require_http_methods(["GET", "POST"])
def entry_exclusion(request: HttpRequest, origin: str, pk: int) -> HttpResponse:
    """Leave an automatic entry out of the log (``leave_out=1``), or put it back."""
    fields = _exclusion_of(request, origin, pk)
    if refused := wrong_method(request, "POST"):
        return refused
    leave_out = request.POST.get("leave_out") == "1"
    if leave_out:
        LogExclusion.objects.get_or_create(**fields)
        messages.success(request, "Left out of your log: it no longer counts. Put it back anytime.")
    else:
        LogExclusion.objects.filter(**fields).delete()
        messages.success(request, "Back in your log: it counts again.")
    return redirect(_back_to_log(request))
