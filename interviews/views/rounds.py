"""Interview rounds: log, edit, delete, from the application page."""

from __future__ import annotations

from datetime import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from interviews import services
from interviews.access import owned_application, owned_round, safe_next
from interviews.forms import InterviewRoundForm, RoundOutcomeForm
from interviews.once import submit_once
from interviews.views.confirm import record_delete_confirmed


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


@login_required
@require_http_methods(["GET", "POST"])
def round_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Log an interview round, past or upcoming."""
    application = owned_application(request, pk)
    # A move on the board (interviews.moves) names the kind of round; else the model's default.
    kind = request.GET.get("kind")
    initial: dict[str, object] = {"kind": kind} if kind else {}
    # An invitation whose note names the slot (views.updates) brings its time along.
    if at := _moment(request.GET.get("at", "")):
        initial["scheduled_at"] = at
    form = InterviewRoundForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():

        def log() -> str:
            interview_round = form.save(commit=False)
            interview_round.application = application
            services.record_save(interview_round, people=form.people())
            messages.success(request, f"Logged the {interview_round.get_kind_display().lower()}.")
            return application.get_absolute_url()

        return redirect(submit_once(request, log))
    return render(request, "interviews/round_form.html", {"form": form, "application": application})


@login_required
@require_http_methods(["GET", "POST"])
def round_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change a round: its time, its outcome, a promised reply date, notes."""
    interview_round = owned_round(request, pk)
    form = InterviewRoundForm(request.POST or None, instance=interview_round)
    if request.method == "POST" and form.is_valid():
        services.record_save(form.save(commit=False), people=form.people())
        messages.success(request, "Saved the round.")
        return redirect(interview_round.application)
    return render(
        request,
        "interviews/round_form.html",
        {"form": form, "application": interview_round.application, "round": interview_round},
    )


@login_required
@require_http_methods(["GET", "POST"])
def round_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a round after a confirmation page."""
    return record_delete_confirmed(request, owned_round(request, pk), done="Deleted the round.")


@login_required
@require_POST
def round_outcome(request: HttpRequest, pk: int) -> HttpResponse:
    """Settle a round in one click: how it went, or that it was cancelled."""
    interview_round = owned_round(request, pk)
    form = RoundOutcomeForm(request.POST, interview_round=interview_round)
    if form.is_valid():
        interview_round.outcome = form.cleaned_data["outcome"]
        services.record_save(interview_round)
        messages.success(
            request,
            f"Logged the {interview_round.get_kind_display().lower()}: "
            f"{interview_round.get_outcome_display().lower()}.",
        )
    else:
        ahead = form.has_error("outcome", "in_the_future")
        words = str(form.errors["outcome"][0]) if ahead else "Choose how the round went."
        messages.error(request, words)
    return redirect(safe_next(request, interview_round.application.get_absolute_url()))
