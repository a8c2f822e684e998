"""Who owes the job seeker an answer, most urgent first, and what is coming up.

The list is filtered and ordered in SQL on the waiting dates that the write path stores
(``interviews.guidance.attention``), so it costs the same at 20 applications or 2,000;
each page's rows then get their full advice from ``advise``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.db.models import Case, F, IntegerField, Prefetch, Q, Value, When

from interviews.models import (
    Application,
    ApplicationQuerySet,
    InterviewRound,
    Outcome,
    RoundParticipant,
    Stage,
)

# The stages in which the employer can owe a reply.
AWAITABLE = [stage for stage in Stage.active() if stage != Stage.SAVED]  # saved: not sent yet
UPCOMING_DAYS = 14
UPCOMING_SHOWN = 8  # the board and the Waiting page show the soonest few; the feed has all


def _not_quiet(today: date) -> Q:
    return Q(quiet_from__isnull=True) | Q(quiet_from__gt=today)


def awaiting(user, today: date) -> ApplicationQuerySet:
    """Applications where the ball is in the employer's court: follow-ups due first, then
    by follow-up date, gone-quiet ones last."""
    return (
        Application.objects.for_user(user)
        .filter(stage__in=AWAITABLE, awaiting_from__lte=today)
        .annotate(
            gone_quiet=Case(
                When(_not_quiet(today), then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("gone_quiet", F("follow_up_on").asc(nulls_last=True), "awaiting_from", "pk")
    )


def upcoming_context(user, now: datetime, days: int = UPCOMING_DAYS) -> dict[str, object]:
    """The soonest few interviews from now until `days` ahead, with their applications,
    and whether there are more than are shown."""
    rounds = list(
        InterviewRound.objects.filter(
            application__owner=user,
            scheduled_at__gte=now,
            scheduled_at__lt=now + timedelta(days=days),
        )
        .exclude(outcome=Outcome.CANCELLED)
        .select_related("application")
        .prefetch_related(
            Prefetch("participants", queryset=RoundParticipant.objects.select_related("contact"))
        )
        .order_by("scheduled_at")[: UPCOMING_SHOWN + 1]
    )
    return {"upcoming": rounds[:UPCOMING_SHOWN], "more_upcoming": len(rounds) > UPCOMING_SHOWN}


def offer_ids(user) -> set[int]:
    """The user's applications holding an offer: other processes may need a nudge."""
    return set(
        Application.objects.for_user(user).filter(stage=Stage.OFFER).values_list("pk", flat=True)
    )
