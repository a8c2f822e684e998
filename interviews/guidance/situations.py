"""The names the rules give to where an application stands, and to when a step is due."""

from __future__ import annotations

from enum import StrEnum


class Situation(StrEnum):
    SAVED = "saved"
    APPLIED_WAITING = "applied_waiting"
    ACKNOWLEDGED_WAITING = "acknowledged_waiting"
    ROUND_UPCOMING = "round_upcoming"
    AFTER_ROUND_WAITING = "after_round_waiting"
    ROUND_CANCELLED = "round_cancelled"
    RESCHEDULED = "rescheduled"
    INVITED = "invited"
    MOVING_FORWARD = "moving_forward"
    ON_HOLD = "on_hold"
    REFERENCES_FINALIST = "references_finalist"
    REFERENCES_FORMALITY = "references_formality"
    OFFER_VERBAL = "offer_verbal"
    OFFER_WRITTEN = "offer_written"
    NEGOTIATING = "negotiating"
    STILL_DECIDING = "still_deciding"
    BACKGROUND_CHECK = "background_check"
    ADVERSE_ACTION = "adverse_action"
    ACCEPTED_ELSEWHERE = "accepted_elsewhere"
    GONE_QUIET = "gone_quiet"
    CLOSED_ACCEPTED = "closed_accepted"
    CLOSED_DECLINED = "closed_declined"
    CLOSED_REJECTED = "closed_rejected"
    CLOSED_WITHDRAWN = "closed_withdrawn"
    CLOSED_RESCINDED = "closed_rescinded"

    @property
    def is_closed(self) -> bool:
        return self in CLOSED

    @property
    def is_offer(self) -> bool:
        return self in OFFERS

    @property
    def can_go_quiet(self) -> bool:
        """Only a wait for a first or next reply can go quiet. An offer, a negotiation, a
        reference or background check, a hold and a dispute window are waits with a live
        stake: past their clock they call for a call, never for letting go."""
        return self in QUIET_CAPABLE


# Sets made once: the rules ask these of every application's situation several times.
CLOSED = frozenset(situation for situation in Situation if situation.startswith("closed_"))
OFFERS = frozenset({Situation.OFFER_VERBAL, Situation.OFFER_WRITTEN, Situation.NEGOTIATING})
QUIET_CAPABLE = frozenset(
    {
        Situation.APPLIED_WAITING,
        Situation.ACKNOWLEDGED_WAITING,
        Situation.AFTER_ROUND_WAITING,
        Situation.MOVING_FORWARD,
        Situation.STILL_DECIDING,
        Situation.ROUND_CANCELLED,
        Situation.RESCHEDULED,
        Situation.ON_HOLD,
        Situation.REFERENCES_FORMALITY,
    }
)


class Due(StrEnum):
    """When a planned step falls due, relative to what the situation rests on."""

    NEXT_DAY = "next_day"  # the business day after the event
    TWO_DAYS = "two_days"  # two business days after the event
    EVENT = "event"  # the event's own day
    PREP = "prep"  # the business day before the round (today at the latest)
    ROUND = "round"  # the round's own day
    DEADLINE = "deadline"  # the offer's answer-by date
    TODAY = "today"
    # The business day after applying, whatever came since: telling a referrer is about
    # the application, not the latest news (new-user trial 4: asked three weeks later).
    AFTER_APPLYING = "after_applying"
