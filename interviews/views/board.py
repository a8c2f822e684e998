"""The pipeline board (home) and the paginated list behind each column."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, QuerySet
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from interviews.access import AuthenticatedRequest
from interviews.demo import DEMO_SEARCH
from interviews.desk import counts as desk_counts
from interviews.extensions import board_extras
from interviews.forms import PlaceForm
from interviews.guidance import bookings
from interviews.models import Application, Stage
from interviews.moves import TARGETS
from interviews.presenting import (
    LEGEND,
    OVERDUE,
    TODAY,
    CardState,
    closed_needs_action,
    stored_card_state,
    urgency,
)
from interviews.profiles import profile_of
from interviews.services import cards_refresh
from interviews.views.first_run import region_prompt
from interviews.waiting import upcoming_context

# A column shows its most recently active cards; the rest are one click away in the list.
COLUMN_LIMIT = 10
CLOSED_LIMIT = 10
LIST_PAGE_SIZE = 25
CLOSED = "closed"  # the list's name for every closed stage at once
URGENT = (OVERDUE, TODAY)  # a phone opens every stage holding one of these


@dataclass(frozen=True)
class Bookings:
    """What a board card reads beside its stored state (``_questions.html`` reads
    ``advice.questions``): the records still to settle."""

    questions: tuple


def _shown_parts(applications: QuerySet[Application]) -> list[QuerySet]:
    """The few cards each column shows and the latest closed ones.

    Each part is a small LIMIT read off the (owner, stage, -last_activity_at) index, so the
    cost follows the cards shown, not the number of applications."""
    recent = applications.order_by("-last_activity_at").values_list("pk")
    parts = [recent.filter(stage=stage)[:COLUMN_LIMIT] for stage in Stage.active()]
    parts.append(recent.filter(stage__in=Stage.closed())[:CLOSED_LIMIT])
    return parts


def stored_cards(
    request: AuthenticatedRequest, applications: QuerySet[Application], today
) -> list[tuple[Application, Bookings, CardState]]:
    """Cards from the state stored on each application (fresh: the view works out stale
    ones first, ``services.cards_refresh``) and its rounds alone, for the interview's time
    of day and the records still to settle; neither the updates nor the advice engine."""
    cards = []
    for application in applications.prefetch_related("rounds"):
        next_round, questions = bookings(application, today=today, person=request.person)
        state = stored_card_state(application, today, next_round)
        cards.append((application, Bookings(questions), state))
    return cards


def _cards(request: AuthenticatedRequest, ids: list[int], today) -> tuple[dict, list, list]:
    """The board's cards by column, the closed ones with a step due, the other closed."""
    shown = Application.objects.filter(pk__in=ids).order_by("-last_activity_at")
    columns: dict[str, list] = {stage: [] for stage in Stage.active()}
    closed, closed_due = [], []
    for card in stored_cards(request, shown, today):
        application, _, state = card
        if not application.is_closed:
            columns[application.stage].append(card)
        elif closed_needs_action(state.due, today):
            closed_due.append(card)
        else:
            closed.append(application)
    for cards in columns.values():
        # What needs the person first; of the same urgency, the most recently active.
        cards.sort(key=lambda card: urgency(card[2]))
    return columns, closed, closed_due


def _union_ids(parts: list[QuerySet]) -> list[int]:
    """The ids of several LIMITed querysets in one UNION ALL query. Django cannot compose
    it on SQLite (no LIMIT in a compound's parts), but both databases take each part as
    a subquery in FROM."""
    sql: list[str] = []
    params: list[Any] = []  # whatever the parts bind: ids, stages, dates
    for number, part in enumerate(parts):
        part_sql, part_params = part.query.sql_with_params()
        sql.append(f"SELECT * FROM ({part_sql}) AS part{number}")
        params.extend(part_params)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(sql), params)
        return [row[0] for row in cursor.fetchall()]


@login_required
@require_http_methods(["GET"])
def board(request: AuthenticatedRequest) -> HttpResponse:
    """The active applications in columns by stage; the closed ones in a list below."""
    query = request.GET.get("q", "")[:100]
    applications = Application.objects.for_user(request.user).search(query)
    today = timezone.localdate()
    shown_ids = _union_ids(_shown_parts(applications))
    cards_refresh(request.user, today, first=shown_ids)
    counts = dict(
        applications.order_by()
        .values_list("stage")
        .annotate(total=Count("id"))
        .values_list("stage", "total")
    )
    columns, closed, closed_due = _cards(request, shown_ids, today)
    # The pill says what the Waiting desk says: its own courts, counted one way.
    waiting = desk_counts(request.user, today)
    profile = profile_of(request.user)
    return render(
        request,
        "interviews/board.html",
        {
            "columns": [
                {
                    "stage": stage,
                    "cards": columns[stage],
                    "total": counts.get(stage, 0),
                    "urgent": sum(1 for card in columns[stage] if card[2].tone in URGENT),
                }
                for stage in Stage.active()
            ],
            "closed": closed,
            "closed_due": closed_due,
            "closed_total": sum(counts.get(stage, 0) for stage in Stage.closed()),
            "query": query,
            "has_any": bool(counts) or bool(query),
            "legend": LEGEND,
            "closed_targets": [stage for stage in TARGETS if stage in Stage.closed()],
            "demo_size": len(DEMO_SEARCH),
            "today": today,
            "awaiting_total": waiting["they_owe"],
            "due_today": waiting["due_today"],
            # Until the person confirms them, the board asks for name, country and zone.
            "place": None if profile.place_confirmed else PlaceForm(instance=profile),
            "region_country": region_prompt(request, profile),
            **board_extras(request.user, today, timezone.now()),
            **upcoming_context(request.user, timezone.now()),
        },
    )


@login_required
@require_http_methods(["GET"])
def application_list(request: AuthenticatedRequest) -> HttpResponse:
    """All applications, or one stage's, a page at a time."""
    query = request.GET.get("q", "")[:100]
    stage = request.GET.get("stage", "")
    applications = Application.objects.for_user(request.user).search(query)
    if stage == CLOSED:
        applications = applications.closed()
    elif stage in Stage.values:
        applications = applications.filter(stage=stage)
    else:
        stage = ""
    page = Paginator(applications.values_list("pk", flat=True), LIST_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    today = timezone.localdate()
    ids = list(page)
    cards_refresh(request.user, today, first=ids)
    cards = stored_cards(request, Application.objects.filter(pk__in=ids), today)
    cards.sort(key=lambda card: ids.index(card[0].pk))
    return render(
        request,
        "interviews/application_list.html",
        {
            "page": page,
            "rows": cards,
            "query": query,
            "stage": stage,
            "stages": [*Stage.choices, (CLOSED, "Closed, any way")],
        },
    )
