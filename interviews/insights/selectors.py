"""One user's records, read for the insights in a fixed number of queries.

Narrow rows only, never whole model objects: one row per application, its rounds and
updates added up by the database (correlated subqueries on the records' application
index), and per-day counts grouped in SQL for the weekly activity. The number of queries
does not depend on the number of applications: one for the window's applications, three
for the last twelve weeks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Case, Count, F, Max, Min, OuterRef, Q, QuerySet, Subquery, When
from django.db.models.functions import Coalesce, Least, TruncDate
from django.utils import timezone

from interviews.insights.journeys import (
    FUNNEL,
    LEVEL,
    REACHED_BY_ROUND,
    REACHED_BY_UPDATE,
    REPLY_KINDS,
    ApplicationRow,
    Journey,
    journey_of,
)
from interviews.insights.numbers import Week, first_week_start, weeks
from interviews.models import (
    Application,
    InterviewRound,
    Outcome,
    RoundKind,
    Stage,
    StatusUpdate,
    UpdateKind,
)


@dataclass(frozen=True)
class Window:
    """Which applications the page counts: those sent in the last `days` days, or all."""

    key: str  # as it appears in the URL: ?window=30
    label: str
    days: int | None

    def start(self, today: date) -> date | None:
        return None if self.days is None else today - timedelta(days=self.days - 1)


WINDOWS = (
    Window("7", "Last 7 days", 7),
    Window("30", "Last 30 days", 30),
    Window("90", "Last 90 days", 90),
    Window("all", "All time", None),
)
DEFAULT_WINDOW = WINDOWS[-1]


def window_named(key: str | None) -> Window:
    """The window a URL asks for; anything unknown means the default (all time)."""
    return next((w for w in WINDOWS if w.key == key), DEFAULT_WINDOW)


def _level(reached_by_kind: dict[str, Stage]) -> Case:
    """The funnel level a record of each kind shows was reached, as SQL, from the same
    table the pure code reads (``journeys.REACHED_BY_*``)."""
    return Case(
        *(
            When(kind__in=[k for k, s in reached_by_kind.items() if s == stage], then=LEVEL[stage])
            for stage in FUNNEL[1:]
            if stage in reached_by_kind.values()
        ),
        default=0,
    )


def _per_application(records: QuerySet, value) -> Subquery:
    """One value from each application's own records (a correlated subquery)."""
    return Subquery(
        records.filter(application=OuterRef("pk"))
        .order_by()
        .values("application")
        .annotate(value=value)
        .values("value")[:1]
    )


def cohort_journeys(user, *, today: date, window: Window) -> list[Journey]:
    """The story of each application sent in the window: one query, one narrow row each,
    whose records are added up by the database."""
    applications = Application.objects.for_user(user).filter(applied_on__isnull=False)
    if (start := window.start(today)) is not None:
        applications = applications.filter(applied_on__gte=start)
    held = InterviewRound.objects.exclude(outcome=Outcome.CANCELLED)
    # Interviews had, as "Your weeks" counts them: one booked ahead is not had yet.
    tomorrow = timezone.make_aware(datetime.combine(today + timedelta(days=1), time()))
    # An interview whose date was never recorded was had all the same.
    meetings = held.exclude(kind=RoundKind.TAKE_HOME).filter(
        Q(scheduled_at__lt=tomorrow) | Q(scheduled_at__isnull=True)
    )
    rows = applications.order_by().values_list(
        "company",
        "source",
        "applied_on",
        "stage",
        "quiet_from",
        _per_application(held, Max(_level(REACHED_BY_ROUND))),
        _per_application(StatusUpdate.objects.all(), Max(_level(REACHED_BY_UPDATE))),
        _per_application(StatusUpdate.objects.filter(kind__in=REPLY_KINDS), Min("on")),
        # A round booked ahead answered when it was booked, not on its day: the earlier of
        # its time and the moment it was logged (history typed in late keeps its time).
        # Undated: when it was logged, the one moment known (the same on every database).
        _per_application(held, Min(Least(Coalesce("scheduled_at", "created_at"), "created_at"))),
        Coalesce(_per_application(meetings, Count("pk")), 0),
        Subquery(
            meetings.filter(application=OuterRef("pk"))
            .order_by(F("scheduled_at").asc(nulls_first=True), "pk")  # undated: first
            .values("kind")[:1]
        ),
    )
    return [journey_of(ApplicationRow(*values), today) for values in rows]


def _per_day(queryset: QuerySet, day) -> dict[date, int]:
    rows = queryset.order_by().annotate(day=day).values("day").annotate(n=Count("pk"))
    return {row["day"]: row["n"] for row in rows}


def activity(user, *, today: date) -> tuple[Week, ...]:
    """Applications sent, interviews held and follow-ups sent in each of the last twelve
    ISO weeks, by the days of the person's own time zone: three grouped queries."""
    start = first_week_start(today)
    zone = timezone.get_current_timezone()
    since = timezone.make_aware(datetime.combine(start, time.min), zone)
    until = timezone.make_aware(datetime.combine(today + timedelta(days=1), time.min), zone)
    applied = Application.objects.for_user(user).filter(applied_on__range=(start, today))
    held = (
        InterviewRound.objects.filter(application__owner=user, scheduled_at__gte=since)
        .filter(scheduled_at__lt=until)
        .exclude(outcome=Outcome.CANCELLED)
    )
    follow_ups = StatusUpdate.objects.filter(
        application__owner=user, kind=UpdateKind.FOLLOW_UP_SENT, on__range=(start, today)
    )
    return weeks(
        today,
        _per_day(applied, F("applied_on")),
        _per_day(held, TruncDate("scheduled_at", tzinfo=zone)),
        _per_day(follow_ups, F("on")),
    )
