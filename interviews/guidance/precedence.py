"""Which fact governs an open application: the one precedence table, in one place.

An application's records are a timeline of dated facts on a few tracks: the process (news
from the employer, rounds held, offers and answers), scheduling (an interview booked ahead)
and promises (a date they said news would come by; ``records.newest_promise``). Each track's
current fact is its newest one: on the same track, a newer fact always outranks an older one.
Across tracks the table below decides:

    a decisive record (the stage is closed)          -> read by ``standing`` from the stage
    a hold or pause, or a dispute window, if newest  -> HOLD
    an offer in hand (the stage is offer)            -> OFFER
    an interview booked ahead                        -> BOOKING
    the newest news or round held: a plain wait      -> WAIT

A promise or a deadline does not choose the situation; it sets the clock of whichever wait
governs (the newest promise, the newest offer's answer-by date).
"""

from __future__ import annotations

from enum import IntEnum

from interviews.guidance.records import Records
from interviews.models import InterviewRound, Stage, StatusUpdate, UpdateKind


class Governs(IntEnum):
    WAIT = 1
    BOOKING = 2
    OFFER = 3
    HOLD = 4


# Employer news that stops the process where it is until they say more.
PAUSES = frozenset({UpdateKind.ON_HOLD, UpdateKind.ADVERSE_ACTION_NOTICE})
# Records on the process track: what the employer said, and what the person answered.
PROCESS_NEWS = frozenset(
    {
        UpdateKind.INVITED,
        UpdateKind.MOVING_FORWARD,
        UpdateKind.ON_HOLD,
        UpdateKind.REFERENCES_REQUESTED,
        UpdateKind.RESCHEDULED,
        UpdateKind.REPLIED,
        UpdateKind.BACKGROUND_CHECK,
        UpdateKind.ADVERSE_ACTION_NOTICE,
        UpdateKind.OFFER_VERBAL,
        UpdateKind.OFFER_WRITTEN,
        UpdateKind.COUNTER_OFFER,
    }
)


def latest_process_fact(records: Records) -> InterviewRound | StatusUpdate | None:
    """The newest fact on the process track: a round held or a piece of news."""
    facts: list[InterviewRound | StatusUpdate] = list(records.past_rounds)
    facts += [u for u in records.updates if u.kind in PROCESS_NEWS]
    return max(facts, key=records.key, default=None)


def governing(stage: Stage, records: Records) -> Governs:
    """The track that governs an open application, by the table above."""
    latest = latest_process_fact(records)
    candidates = [Governs.WAIT]
    pause = latest if isinstance(latest, StatusUpdate) and latest.kind in PAUSES else None
    if pause is not None and not _booked_after(records.next_round, pause):
        candidates.append(Governs.HOLD)
    if stage == Stage.OFFER:
        candidates.append(Governs.OFFER)
    if records.next_round is not None:
        candidates.append(Governs.BOOKING)
    return max(candidates)


def _booked_after(booking: InterviewRound | None, news: StatusUpdate) -> bool:
    """A booking logged after the pause is newer news on the scheduling track: it stands."""
    if booking is None or booking.created_at is None or news.created_at is None:
        return False
    return booking.created_at > news.created_at
