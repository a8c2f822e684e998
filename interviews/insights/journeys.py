"""Each application's story as the insights read it, from one plain row per application
(its records added up by ``selectors``). Pure: no queries.

The furthest stage an application reached is read from its whole history, not from where
it stands now: a rejection after the final round ends the process but does not undo the
interviews before it, and a withdrawal after an offer still had an offer. The stage each
record stands for comes from ``interviews.stages`` (the one place that says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from interviews.models import Outcome, RoundKind, Stage, UpdateKind
from interviews.stages import UPDATE_STAGE, round_day, round_stage

# The funnel's steps, in order: an application counts at the furthest one it reached.
FUNNEL: tuple[Stage, ...] = (
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.OFFER,
    Stage.ACCEPTED,
)
LEVEL = {stage: level for level, stage in enumerate(FUNNEL)}

# What a record shows was reached, whatever came after it. A closing stage that can only
# follow an offer (declined, rescinded) proves the offer; a rejection or a withdrawal
# proves nothing beyond the records before it.
_REACHED = {stage: stage for stage in FUNNEL} | {
    Stage.DECLINED: Stage.OFFER,
    Stage.RESCINDED: Stage.OFFER,
}
REACHED_BY_UPDATE: dict[str, Stage] = {
    kind: _REACHED[stage] for kind, stage in UPDATE_STAGE.items() if stage in _REACHED
}


class _Held(NamedTuple):
    kind: str
    outcome: str = Outcome.DONE
    scheduled_at: datetime = datetime.min  # round_stage reads only the kind and outcome


# A round that was not cancelled shows its stage was reached, even if it ended in a "no".
REACHED_BY_ROUND: dict[str, Stage] = {
    kind: stage for kind in RoundKind if (stage := round_stage(_Held(kind))) is not None
}

# A reply is a human answer from the employer: an automatic acknowledgement is not one.
REPLY_KINDS = UpdateKind.from_employer() - {UpdateKind.ACKNOWLEDGED}

# How an application ended, or where it stands: the flow picture's outcomes.
OUTCOME_LABELS = {
    "accepted": "Accepted",
    "declined": "Declined",
    "rescinded": "Offer rescinded",
    "rejected": "Rejected",
    "withdrawn": "Withdrawn",
    "quiet": "Gone quiet",
    "open": "Still open",
}
_CLOSED_OUTCOME: dict[str, str] = {
    Stage.ACCEPTED: "accepted",
    Stage.DECLINED: "declined",
    Stage.RESCINDED: "rescinded",
    Stage.REJECTED: "rejected",
    Stage.WITHDRAWN: "withdrawn",
}


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    """One application with what its records add up to, as ``selectors`` reads it."""

    company: str
    source: str
    applied_on: date
    stage: str
    quiet_from: date | None
    round_level: int | None  # the furthest LEVEL its rounds show; None without rounds
    update_level: int | None  # the same for its updates
    first_reply_update_on: date | None  # its first update that is a reply
    # When its rounds (not cancelled) first show they answered: the earliest of each
    # round's time and the moment it was logged.
    first_round_at: datetime | None
    meetings: int  # interviews up to today (take-home assignments are not meetings)
    first_meeting_kind: str | None


@dataclass(frozen=True, slots=True)
class Journey:
    """One application, as every insight reads it."""

    company: str
    source: str
    applied_on: date
    reached: Stage  # the furthest funnel step it ever reached
    first_reply_on: date | None  # the first human answer, an interview or a rejection
    meetings: int
    first_meeting_kind: str  # "" when there was none
    outcome: str  # a key of OUTCOME_LABELS

    def reached_at_least(self, stage: Stage) -> bool:
        return LEVEL[self.reached] >= LEVEL[stage]


def outcome_of(stage: str, quiet_from: date | None, today: date) -> str:
    if stage in _CLOSED_OUTCOME:
        return _CLOSED_OUTCOME[stage]
    # The same test as the Waiting page's: silence past the usual window is "gone quiet".
    return "quiet" if quiet_from is not None and quiet_from <= today else "open"


def _reached(row: ApplicationRow) -> Stage:
    """The furthest funnel step. "Accepted" is where the search ended, as the flow picture
    shows it: an offer accepted and then rescinded (or walked away from) counts as an
    offer, so the funnel's Accepted and the flow's accepted are one number."""
    reached = FUNNEL[max(row.round_level or 0, row.update_level or 0)]
    if reached == Stage.ACCEPTED and row.stage != Stage.ACCEPTED:
        return Stage.OFFER
    return reached


def journey_of(row: ApplicationRow, today: date) -> Journey:
    """The story of one application from its row."""
    replies = [row.first_reply_update_on]
    if row.first_round_at is not None:
        replies.append(round_day(_Held("", scheduled_at=row.first_round_at)))
    return Journey(
        company=row.company,
        source=row.source,
        applied_on=row.applied_on,
        reached=_reached(row),
        first_reply_on=min((day for day in replies if day is not None), default=None),
        meetings=row.meetings,
        first_meeting_kind=row.first_meeting_kind or "",
        outcome=outcome_of(row.stage, row.quiet_from, today),
    )
