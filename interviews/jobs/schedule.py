"""What is due at an instant, queued once however many schedulers run it.

``schedule(at)`` queues each person's digest when ``at`` is 07:30 or up to CATCH_UP later
in their own time zone, on their working days (not weekends, not their public holidays);
the pruning once a day; and what the feature apps add from their ``ready()``
(``add_periodic``: the mail app's fetch of each mailbox every five minutes). Every item
is claimed in the same transaction as its task is queued (a digest by a unique row per
person and day, a periodic job by moving its row to the new slot): a second run, on this
machine or another, finds the claim and queues nothing. ``manage.py schedule``
runs it every minute (cron in production, ``make run`` on a laptop).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from interviews.guidance.business_days import holidays_of, is_business_day
from interviews.guidance.person import Person
from interviews.jobs import tasks
from interviews.jobs.health import recover_jobs, recover_stale
from interviews.jobs.models import DigestClaim, Tick

DIGEST_AT = time(7, 30)
# A scheduler down at 07:30 still sends that morning's digest when it is back within this.
CATCH_UP = timedelta(hours=4)
PRUNE_AT = time(3, 0)  # UTC: the quietest hour across the time zones people live in
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
PERSON_FIELDS = ("time_zone", "country", "region", "employed")  # what Person.of reads


@dataclass(frozen=True)
class Periodic:
    """Work a feature app has queued on its own rhythm: ``queue(at)`` queues what is due
    at ``at`` (claiming each slot with ``periodic_claimed``) and says how many."""

    singular: str
    plural: str
    queue: Callable[[datetime], int]


PERIODIC: list[Periodic] = []


def add_periodic(periodic: Periodic) -> None:
    """A feature app's periodic work, added from its ``ready()`` (interviews/extensions.py
    says why lists filled at start-up)."""
    if periodic not in PERIODIC:
        PERIODIC.append(periodic)


@dataclass(frozen=True)
class Queued:
    digests: int
    prune: bool
    periodic: dict[Periodic, int] = field(default_factory=dict)
    recovered: int = 0


def schedule(at: datetime) -> Queued:
    """Queue what is due at ``at`` (an aware datetime) and not queued already, and put
    back in the queue the tasks whose worker died (``health``)."""
    return Queued(
        digests=queue_digests(at),
        prune=queue_prune(at),
        periodic={periodic: periodic.queue(at) for periodic in PERIODIC},
        # The real clock: an operator's --at a day ahead must not take live workers' tasks.
        recovered=recover_stale(timezone.now()) + recover_jobs(timezone.now()),
    )


def digest_day(person: Person, at: datetime) -> date | None:
    """The person's own date whose digest is due at ``at``, or None: outside their morning
    window, on a weekend or on one of their public holidays."""
    zone = ZoneInfo(person.time_zone)
    local = at.astimezone(zone)
    opens = datetime.combine(local.date(), DIGEST_AT, tzinfo=zone)
    if not opens <= local < opens + CATCH_UP:
        return None
    with holidays_of(person.country, person.region):
        return local.date() if is_business_day(local.date()) else None


def queue_digests(at: datetime) -> int:
    """Each person's digest due at ``at``, queued unless claimed; how many were queued."""
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(Q(profile__isnull=True) | Q(profile__digest_enabled=True))
        .select_related("profile")
        .only("pk", *(f"profile__{field}" for field in PERSON_FIELDS))
    )
    due = {
        user.pk: day
        for user in users.iterator(chunk_size=2000)
        if (day := digest_day(Person.of_owner(user), at)) is not None
    }
    claimed = set(
        DigestClaim.objects.filter(owner_id__in=due, day__in=set(due.values())).values_list(
            "owner_id", "day"
        )
    )
    return sum(
        _claimed(
            partial(DigestClaim.objects.create, owner_id=pk, day=day),
            partial(tasks.send_digest.enqueue, pk, day.isoformat()),
        )
        for pk, day in due.items()
        if (pk, day) not in claimed
    )


def queue_prune(at: datetime) -> bool:
    """The day's pruning, from PRUNE_AT (UTC) on, once per UTC day."""
    utc = at.astimezone(UTC)
    if utc.time() < PRUNE_AT:
        return False
    day = datetime.combine(utc.date(), time(0), tzinfo=UTC)
    return periodic_claimed("prune", day, tasks.prune.enqueue)


def slots_queued(names: Iterable[str], slot: datetime) -> set[str]:
    """Those of the periodic jobs ``names`` already queued for ``slot`` (or a later one),
    in one query, so that a run that finds them all queued writes nothing."""
    names = list(names)
    queued = Tick.objects.filter(name__in=names, slot__gte=slot).values_list("name", flat=True)
    return set(queued)


def periodic_claimed(name: str, slot: datetime, enqueue: Callable[[], object]) -> bool:
    """Claim ``slot`` of the periodic job ``name`` and queue its task, together; False
    when another run claimed that slot (or a later one) first."""
    Tick.objects.bulk_create([Tick(name=name, slot=EPOCH)], ignore_conflicts=True)
    return _claimed(partial(_tick, name, slot), enqueue)


def _tick(name: str, slot: datetime) -> None:
    """Move the job's row to ``slot``; NotDue when a run already has (or a later one)."""
    if not Tick.objects.filter(name=name, slot__lt=slot).update(slot=slot):
        raise NotDue(name)


class NotDue(Exception):
    """Another run queued this slot first."""


def slot_of(at: datetime, length: timedelta) -> datetime:
    """The start of the slot of ``length`` (from the epoch, in UTC) that ``at`` falls in."""
    return EPOCH + (at - EPOCH) // length * length


def _claimed(claim: Callable[[], object], enqueue: Callable[[], object]) -> bool:
    """Insert the claim and queue the task together; False when another run claimed it."""
    try:
        with transaction.atomic():
            claim()
            enqueue()
    except (IntegrityError, NotDue):
        return False
    return True
