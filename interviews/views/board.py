"""The pipeline board (home) and the paginated list behind each column."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_http_methods

from interviews.access import AuthenticatedRequest
from interviews.demo import DEMO_SEARCH
from interviews.desk import counts as desk_counts
from interviews.desk import next_leaving
from interviews.extensions import board_extras
from interviews.forms import PlaceForm
from interviews.guidance import bookings
from interviews.models import Application, Stage
from interviews.moves import TARGETS
from interviews.page_cache import Kept, next_turn
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
from interviews.services import cards_refresh, cards_stale
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


@dataclass(frozen=True)
class Marks:
    """Stand-ins for what each request writes into the kept cards itself: its CSRF token
    (a fresh mask of the session's secret, as ``{% csrf_token %}`` writes) and its path
    (the questions' way back, read as ``request.get_full_path``). Random, so that no
    company or role a person types can hold one."""

    csrf_token: str
    get_full_path: str

    @classmethod
    def new(cls) -> Marks:
        tag = secrets.token_hex(16)
        return cls(f"csrf-{tag}", f"path-{tag}")

    def fill(self, html: str, request: HttpRequest) -> SafeString:
        path = conditional_escape(request.get_full_path())
        filled = html.replace(self.csrf_token, get_token(request))
        return mark_safe(filled.replace(self.get_full_path, path))  # both escaped


@dataclass(frozen=True)
class Body:
    """What the board shows that follows from the person's data, settings, day and the
    turns of their rounds and closings: kept under that key (``interviews.page_cache``)."""

    cards: str  # _board_cards.html, with the request's parts as Marks
    marks: Marks
    has_any: bool
    awaiting_total: int
    due_today: int


def _body(request: AuthenticatedRequest, query: str, today) -> Body:
    applications = Application.objects.for_user(request.user).search(query)
    counts = dict(
        applications.order_by()
        .values_list("stage")
        .annotate(total=Count("id"))
        .values_list("stage", "total")
    )
    columns, closed, closed_due = _cards(request, _union_ids(_shown_parts(applications)), today)
    # The pill says what the Waiting desk says: its own courts, counted one way.
    waiting = desk_counts(request.user, today)
    marks = Marks.new()
    context = {
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
        "closed_targets": [stage for stage in TARGETS if stage in Stage.closed()],
        "query": query,
        "today": today,
        "csrf_token": marks.csrf_token,
        "request": marks,
    }
    return Body(
        render_to_string("interviews/_board_cards.html", context),
        marks,
        has_any=bool(counts) or bool(query),
        awaiting_total=waiting["they_owe"],
        due_today=waiting["due_today"],
    )


def _kept_body(request: AuthenticatedRequest, query: str, today) -> Body:
    """The board's body from the cache, or worked out and kept. Stale card states are
    worked out first (the cards shown first), since doing so moves the data stamp; the key
    adds the search, the next start or end of a round ("Interview earlier today") and
    the next moment a closed application stops counting as recent (the pill)."""
    user, now = request.user, timezone.now()
    if cards_stale(user, today):
        shown = _shown_parts(Application.objects.for_user(user).search(query))
        cards_refresh(user, today, first=_union_ids(shown))
    edges = (query, next_turn(user, now), next_leaving(user, now))
    return Kept(user).get("board", lambda: _body(request, query, today), *edges)


@login_required
@require_http_methods(["GET"])
def board(request: AuthenticatedRequest) -> HttpResponse:
    """The active applications in columns by stage; the closed ones in a list below."""
    query = request.GET.get("q", "")[:100]
    today = timezone.localdate()
    body = _kept_body(request, query, today)
    profile = profile_of(request.user)
    return render(
        request,
        "interviews/board.html",
        {
            "cards": body.marks.fill(body.cards, request),
            "query": query,
            "has_any": body.has_any,
            "legend": LEGEND,
            "demo_size": len(DEMO_SEARCH),
            "today": today,
            "awaiting_total": body.awaiting_total,
            "due_today": body.due_today,
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
