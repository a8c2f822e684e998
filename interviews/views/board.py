"""The pipeline board (home) and the paginated list behind each column."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from interviews.guidance import advise
from interviews.models import Application, Stage
from interviews.waiting import upcoming_context, waiting_counts
from interviews.worklog.selectors import this_week_tally

# A column shows its most recently active cards; the rest are one click away in the list.
COLUMN_LIMIT = 10
LIST_PAGE_SIZE = 25


@login_required
@require_http_methods(["GET"])
def board(request: HttpRequest) -> HttpResponse:
    """Every active application in columns by stage; closed ones behind a toggle."""
    query = request.GET.get("q", "")[:100]
    show_closed = request.GET.get("closed") == "1"
    stages = Stage.active() + (Stage.closed() if show_closed else [])
    applications = Application.objects.for_user(request.user).search(query)

    counts = dict(
        applications.order_by()
        .values_list("stage")
        .annotate(total=Count("id"))
        .values_list("stage", "total")
    )
    cards = (
        applications.filter(stage__in=stages)
        .annotate(
            column_rank=Window(
                RowNumber(), partition_by=F("stage"), order_by=F("last_activity_at").desc()
            )
        )
        .filter(column_rank__lte=COLUMN_LIMIT)
        .order_by("-last_activity_at")
        .with_records()
    )
    today = timezone.localdate()
    waiting = waiting_counts(request.user, today)
    columns = {stage: [] for stage in stages}
    for application in cards:
        columns[application.stage].append((application, advise(application, today=today)))

    return render(
        request,
        "interviews/board.html",
        {
            "columns": [
                {"stage": stage, "cards": columns[stage], "total": counts.get(stage, 0)}
                for stage in stages
            ],
            "query": query,
            "show_closed": show_closed,
            "closed_total": sum(counts.get(stage, 0) for stage in Stage.closed()),
            "has_any": bool(counts) or bool(query),
            "today": today,
            "awaiting_total": waiting["total"],
            "due_today": waiting["due_today"],
            "log_tally": this_week_tally(request.user, today=today, now=timezone.now()),
            **upcoming_context(request.user, timezone.now()),
        },
    )


@login_required
@require_http_methods(["GET"])
def application_list(request: HttpRequest) -> HttpResponse:
    """All applications, or one stage's, a page at a time."""
    query = request.GET.get("q", "")[:100]
    stage = request.GET.get("stage", "")
    applications = Application.objects.for_user(request.user).search(query)
    if stage in Stage.values:
        applications = applications.filter(stage=stage)
    else:
        stage = ""
    page = Paginator(applications.with_records(), LIST_PAGE_SIZE).get_page(request.GET.get("page"))
    today = timezone.localdate()
    return render(
        request,
        "interviews/application_list.html",
        {
            "page": page,
            "rows": [(application, advise(application, today=today)) for application in page],
            "query": query,
            "stage": stage,
            "stages": Stage.choices,
        },
    )
