"""The one place that derives an application's stage from its records.

Pure: it reads the values it is given and touches no database. Every record that
says where the process stands is an event with a date; the latest event wins, so a
role can reopen after a rejection. On the same day the further stage wins (an
interview and its rejection on one day ends rejected). A record that only says
"applied" (the application date, an acknowledgment) never moves an open process
back: an application date typed after the first interview is a late entry, not news.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol

from django.utils import timezone

from interviews.models import Outcome, RoundKind, Stage, UpdateKind


class RoundLike(Protocol):
    kind: str
    outcome: str
    scheduled_at: object


class UpdateLike(Protocol):
    kind: str
    on: date


# What each kind of status update says about the stage; kinds absent here
# (on_hold, rescheduled, follow_up_sent) change nothing.
UPDATE_STAGE: dict[str, Stage] = {
    UpdateKind.ACKNOWLEDGED: Stage.APPLIED,
    UpdateKind.INVITED: Stage.INTERVIEWING,
    UpdateKind.MOVING_FORWARD: Stage.INTERVIEWING,
    UpdateKind.REFERENCES_REQUESTED: Stage.INTERVIEWING,
    UpdateKind.OFFER_VERBAL: Stage.OFFER,
    UpdateKind.OFFER_WRITTEN: Stage.OFFER,
    UpdateKind.REJECTED: Stage.REJECTED,
    UpdateKind.OFFER_RESCINDED: Stage.RESCINDED,
    UpdateKind.COUNTER_OFFER: Stage.OFFER,
    UpdateKind.WITHDREW: Stage.WITHDRAWN,
    UpdateKind.ACCEPTED: Stage.ACCEPTED,
    UpdateKind.DECLINED: Stage.DECLINED,
}

# How far along each stage is, to order events on the same day.
PROGRESS: dict[Stage, int] = {
    Stage.SAVED: 0,
    Stage.APPLIED: 1,
    Stage.SCREENING: 2,
    Stage.INTERVIEWING: 3,
    Stage.OFFER: 4,
    Stage.REJECTED: 5,
    Stage.WITHDRAWN: 5,
    Stage.RESCINDED: 5,
    Stage.DECLINED: 6,
    Stage.ACCEPTED: 6,
}


IN_PROCESS = {Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER}


def round_stage(interview_round: RoundLike) -> Stage | None:
    """The stage a round puts the application in; None when it says nothing."""
    if interview_round.outcome == Outcome.CANCELLED:
        return None
    if interview_round.outcome == Outcome.NOT_SELECTED:
        return Stage.REJECTED
    if interview_round.kind == RoundKind.PHONE_SCREEN:
        return Stage.SCREENING
    return Stage.INTERVIEWING


def round_day(interview_round: RoundLike) -> date:
    """The day a round takes place, in the site's time zone: the one place that says so."""
    # The default zone, read once and cached by Django: the per-request "current" zone
    # costs a context-local lookup on each of thousands of calls, and none is activated.
    return timezone.localdate(interview_round.scheduled_at, timezone.get_default_timezone())


def derive_stage(
    *,
    applied_on: date | None,
    rounds: Iterable[RoundLike],
    updates: Iterable[UpdateLike],
) -> Stage:
    """Return the stage that the latest decisive record puts an application in."""
    events: list[tuple[date, int, Stage]] = []
    if applied_on is not None:
        events.append((applied_on, PROGRESS[Stage.APPLIED], Stage.APPLIED))
    for interview_round in rounds:
        stage = round_stage(interview_round)
        if stage is not None:
            events.append((round_day(interview_round), PROGRESS[stage], stage))
    for update in updates:
        stage = UPDATE_STAGE.get(update.kind)
        if stage is not None:
            events.append((update.on, PROGRESS[stage], stage))
    stage = Stage.SAVED
    for _, _, event_stage in sorted(events, key=lambda event: (event[0], event[1])):
        if event_stage == Stage.APPLIED and stage in IN_PROCESS:
            continue
        stage = event_stage
    return stage
