"""Pages whose work grows with the search, remembered under a key that changes whenever
what they show could: the calendar feed, the work-search log and its exports, Insights
and its pictures.

The key is the person's data stamp (``data_stamp``): one query that reads, for the
owner, how many applications, rounds and updates they hold, and when an application
last changed (every write through ``interviews.services`` moves the application's
``updated_at``: a record saved or deleted, a stage or card state recomputed, an
application edited; a deleted application changes the count; records added in bulk
change their counts), and the same of any other rows the page reads (the work-search
log adds the entries left out of it, and reads its few hand-typed activities whole);
plus the person's settings (every field of the profile: time zone, country, region, week
start, minimum), today's date in their zone and the zone itself. A page that splits
interviews into held and to come adds the start of the next one (``next_start``).
Writes by one person are ordered by the owner's lock (``services.owner_lock``) and
stamped with the time, so each moves the latest ``updated_at`` on.
A new day, a new record or a changed setting is a new key, so a number is never read
from before the change; an old key is simply never asked for again, and the cache's
culling drops it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar, cast

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models import Count, Max, Min, Model, OuterRef, Subquery
from django.utils import timezone

from interviews.models import Application, InterviewRound, Outcome, StatusUpdate
from interviews.profiles import profile_of

T = TypeVar("T")
# Long enough to serve a day of views; the key changes on every write anyway.
TIMEOUT = 24 * 60 * 60
_MISSING = object()


@dataclass(frozen=True)
class Rows:
    """Rows of the owner's that a page reads: ``rows`` filtered by ``owner`` (a lookup to
    the user) equal to ``OuterRef("pk")``; ``changed``: a field that moves on every edit."""

    model: type[Model]
    owner: str
    changed: str

    def columns(self) -> list[Subquery]:
        """How many rows, and the latest ``changed``, as subqueries on the user's row."""
        rows = self.model._default_manager.filter(**{self.owner: OuterRef("pk")})
        grouped = rows.order_by().values(self.owner)
        return [
            Subquery(grouped.annotate(n=Count("pk")).values("n")[:1]),
            Subquery(grouped.annotate(latest=Max(self.changed)).values("latest")[:1]),
        ]


# Edits move the application's updated_at; records written in bulk (an import, a
# restore) into an application whose stage they leave as it was move only the counts.
APPLICATIONS = Rows(Application, "owner", "updated_at")
RECORDS = (
    Rows(InterviewRound, "application__owner", "pk"),
    Rows(StatusUpdate, "application__owner", "pk"),
)


def data_stamp(owner, *more: Rows) -> tuple:
    """Counts and latest changes of the owner's applications and records (and of
    ``more``), in one query."""
    columns = {
        f"v{i}_{j}": column
        for i, rows in enumerate((APPLICATIONS, *RECORDS, *more))
        for j, column in enumerate(rows.columns())
    }
    users = get_user_model().objects.filter(pk=owner.pk)
    return tuple(users.annotate(**columns).values_list(*columns).get())


def settings_stamp(owner) -> tuple:
    """Every stored setting of the person, in field order."""
    profile = profile_of(owner)
    return tuple(getattr(profile, f.attname) for f in profile._meta.concrete_fields)


class Kept:
    """The owner's page parts as their data, settings and day are now: one query for the
    stamp, then one cache read per part."""

    def __init__(self, owner, *, rows: tuple[Rows, ...] = ()):
        stamp = (
            data_stamp(owner, *rows),
            settings_stamp(owner),
            timezone.localdate(),
            timezone.get_current_timezone_name(),
        )
        self.stamp = _digest(stamp)
        self.prefix = f"page:{CODE}:{owner.pk}:{self.stamp}"

    def get(self, name: str, build: Callable[[], T], *parts) -> T:
        """Part ``name`` (with ``parts``: a window, a range, a host), built and kept on
        the first ask."""
        key = f"{self.prefix}:{name}:{_digest(parts)}"
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = build()
            cache.set(key, value, TIMEOUT)
        return cast(T, value)


def next_start(owner, after: datetime, before: datetime | None = None) -> datetime | None:
    """When a page that splits interviews into held and to come next changes by itself:
    the start of the owner's next interview after ``after`` (and before ``before``). Part
    of such a page's key, so that past it the page is worked out again."""
    ahead = InterviewRound.objects.filter(application__owner=owner, scheduled_at__gte=after)
    if before is not None:
        ahead = ahead.filter(scheduled_at__lt=before)
    ahead = ahead.exclude(outcome=Outcome.CANCELLED)
    return ahead.aggregate(at=Min("scheduled_at"))["at"]


# A round lasts at most this long (InterviewRound's round_duration_range: 720 minutes).
LONGEST_ROUND = timedelta(hours=12)
# Rounds read at once from LONGEST_ROUND before now on; past that many begun in those
# hours (a whole week's interviews in half a day), every begun one is read.
BEGUN_READ = 50


def next_turn(owner, now: datetime) -> datetime | None:
    """When a page that says what is held, going on or to come next changes by itself:
    the earliest start after ``now`` of the owner's rounds, or end after ``now`` of one
    that has begun (the board's "Interview earlier today" once a round is over)."""
    rounds = (
        InterviewRound.objects.filter(application__owner=owner)
        .exclude(outcome=Outcome.CANCELLED)
        .order_by("scheduled_at")
        .values_list("scheduled_at", "duration_minutes")
    )
    recent = rounds.filter(scheduled_at__gte=now - LONGEST_ROUND)
    read = list(recent[:BEGUN_READ])  # none without a time: the filter leaves them out
    if len(read) == BEGUN_READ and (read[-1][0] or now) <= now:
        # More have begun in the last hours than were read: all of them, and the next.
        read = [*recent.filter(scheduled_at__lte=now), *rounds.filter(scheduled_at__gt=now)[:1]]
    turns: list[datetime] = []
    for start, minutes in read:
        if start is None:
            continue
        end = start + timedelta(minutes=minutes)
        turns += [turn for turn in (start, end) if turn > now]
    return min(turns, default=None)


def _code_stamp() -> str:
    """The running code and templates, by each file's size and time: a deploy that changes
    how a kept page is built or drawn is a new key, so no page kept by older code is
    served by newer."""
    root = Path(__file__).resolve().parent.parent
    files = sorted(
        path
        for folder in ("interviews", "templates")
        for path in (root / folder).rglob("*")
        if path.suffix in {".py", ".html"}
    )
    return _digest(
        [
            (str(path.relative_to(root)), path.stat().st_size, path.stat().st_mtime_ns)
            for path in files
        ]
    )[:12]


def _digest(value) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:32]


CODE = _code_stamp()
