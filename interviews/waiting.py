"""Who owes the job seeker an answer, most urgent first, and what is coming up."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from interviews.guidance import Advice, advise
from interviews.models import Application, InterviewRound, Outcome, Stage

# The stages in which the employer can owe a reply.
AWAITABLE = [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER]
URGENCY = {"follow_up": 0, "overdue": 1, "on_track": 2, "quiet": 3}
UPCOMING_DAYS = 14


def awaiting(user, today: date) -> list[tuple[Application, Advice]]:
    """Every application where the ball is in the employer's court, the most urgent first."""
    applications = Application.objects.for_user(user).filter(stage__in=AWAITABLE).with_records()
    rows = [(application, advise(application, today=today)) for application in applications]
    rows = [(application, advice) for application, advice in rows if advice.awaiting_reply]
    return sorted(rows, key=_urgency)


def _urgency(row: tuple[Application, Advice]) -> tuple:
    advice = row[1]
    return (
        URGENCY.get(advice.waiting_state, len(URGENCY)),
        advice.follow_up_on or date.max,
        advice.waiting_since or date.max,
    )


def due_today(rows: list[tuple[Application, Advice]]) -> int:
    return sum(1 for _, advice in rows if advice.waiting_state == "follow_up")


def upcoming_rounds(user, now: datetime, days: int = UPCOMING_DAYS):
    """Interviews from now until `days` ahead, soonest first, with their applications."""
    return (
        InterviewRound.objects.filter(
            application__owner=user,
            scheduled_at__gte=now,
            scheduled_at__lt=now + timedelta(days=days),
        )
        .exclude(outcome=Outcome.CANCELLED)
        .select_related("application")
        .order_by("scheduled_at")
    )


def offer_ids(user) -> set[int]:
    """The user's applications holding an offer: other processes may need a nudge."""
    return set(
        Application.objects.for_user(user).filter(stage=Stage.OFFER).values_list("pk", flat=True)
    )
