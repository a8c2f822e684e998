"""The Waiting page: who owes you an answer, since when, and what to do about it."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from interviews.access import AuthenticatedRequest
from interviews.guidance import advise
from interviews.mail.suggestions import pending_count
from interviews.panel import waiting_card_context
from interviews.search_picture import search_of
from interviews.waiting import awaiting, offer_ids, upcoming_context, waiting_counts

PAGE_SIZE = 10


@login_required
@require_http_methods(["GET"])
def waiting(request: AuthenticatedRequest) -> HttpResponse:
    """Every application waiting on the employer, most urgent first, plus the next interviews."""
    today = timezone.localdate()
    counts = waiting_counts(request.user, today)
    paginator = Paginator(awaiting(request.user, today).with_records(), PAGE_SIZE)
    paginator.count = counts["total"]  # already counted with the due-today figure
    page = paginator.get_page(request.GET.get("page"))
    offers = offer_ids(request.user)
    search = search_of(request.user)
    items = [
        waiting_card_context(
            application,
            advise(application, today=today, person=request.person, search=search),
            offers=offers,
            today=today,
        )
        for application in page
    ]
    return render(
        request,
        "interviews/waiting.html",
        {
            "page": page,
            "items": items,
            "due_today": counts["due_today"],
            "total": counts["total"],
            **upcoming_context(request.user, timezone.now()),
            "today": today,
            "mail_pending": pending_count(request.user),
        },
    )
