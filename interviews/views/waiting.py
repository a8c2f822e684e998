"""The Waiting desk: what you owe them, what they owe you, and what is coming up."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from interviews.access import AuthenticatedRequest
from interviews.desk import desk, focus_after
from interviews.waiting import upcoming_context


@login_required
@require_http_methods(["GET"])
def waiting(request: AuthenticatedRequest) -> HttpResponse:
    """Both courts, most urgent first, and the next interviews. After an action elsewhere
    (?done=<application>&at=<position>) the card that now stands next takes the focus."""
    today = timezone.localdate()
    cards = desk(request.user, today, person=request.person)
    return render(
        request,
        "interviews/waiting.html",
        {
            "desk": cards,
            "focus": focus_after(cards, request.GET.get("done"), request.GET.get("at")),
            **upcoming_context(request.user, timezone.now()),
            "today": today,
        },
    )
