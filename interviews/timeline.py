"""One history of an application: its rounds and status updates, newest first."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from interviews.models import Application, InterviewRound, Outcome, StatusUpdate, UpdateKind
from interviews.stages import UNDATED, round_day

# News after a round that means it led on: the round no longer waits to hear.
MOVED_ON = frozenset(
    {
        UpdateKind.INVITED,
        UpdateKind.MOVING_FORWARD,
        UpdateKind.REFERENCES_REQUESTED,
        UpdateKind.BACKGROUND_CHECK,
        *UpdateKind.offers(),
    }
)


@dataclass(frozen=True)
class Entry:
    on: date | None  # None: a round whose date was never recorded, oldest (stages.UNDATED)
    round: InterviewRound | None = None
    update: StatusUpdate | None = None
    outcome_words: str = ""  # a round's outcome as it reads now (see ``_outcome_words``)

    @property
    def sort_key(self) -> tuple:
        # Within a day, an update follows that day's rounds (the answer comes after the
        # interview); ties then go by time of day or by when the update was logged.
        if self.round is not None:
            moment = self.round.scheduled_at
            return (self.on or UNDATED, 0, moment.timestamp() if moment else 0.0)
        created = self.update.created_at if self.update is not None else None
        return (self.on, 1, created.timestamp() if created else 0.0)


def timeline(application: Application) -> list[Entry]:
    """Merge the (prefetched) rounds and updates into one list, newest first."""
    entries = [
        Entry(on=round_day(r) if r.scheduled_at else None, round=r)
        for r in application.rounds.all()
    ]
    entries += [Entry(on=u.on, update=u) for u in application.updates.all()]
    ordered = sorted(entries, key=lambda entry: entry.sort_key)
    worded = [
        replace(entry, outcome_words=_outcome_words(entry.round, ordered[index + 1 :]))
        if entry.round is not None
        else entry
        for index, entry in enumerate(ordered)
    ]
    return worded[::-1]


def _outcome_words(interview_round: InterviewRound, later: list[Entry]) -> str:
    """A round left at "Done, waiting to hear" reads as what followed: moved on when a
    later round or news took the process forward, plain "Done" after any other news from
    them. Only the words change: the record keeps what the person logged."""
    if interview_round.outcome != Outcome.DONE:
        return interview_round.get_outcome_display()
    if any(e.round is not None and e.round.is_meeting for e in later) or any(
        e.update is not None and e.update.kind in MOVED_ON for e in later
    ):
        return Outcome.ADVANCED.label
    if any(e.update is not None and e.update.kind in UpdateKind.from_employer() for e in later):
        return "Done"
    return interview_round.get_outcome_display()
