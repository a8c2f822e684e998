"""An application's records as the rules read them: sorted once, with their local days.

Pure: it reads the prefetched ``rounds`` and ``updates``; no queries, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from interviews.models import Application, InterviewRound, Outcome, StatusUpdate
from interviews.stages import round_day


def round_key(interview_round: InterviewRound) -> tuple:
    return (round_day(interview_round), 1, interview_round.scheduled_at.timestamp(), 0)


def update_key(update: StatusUpdate) -> tuple:
    # Within a day an update follows that day's rounds, then goes by when it was logged.
    created = update.created_at.timestamp() if update.created_at else 0.0
    return (update.on, 2, created, update.pk or 0)


@dataclass(frozen=True)
class Records:
    """The application's records, sorted once: the only input the rules read."""

    meetings: list[InterviewRound]  # the rounds that count as interviews
    updates: list[StatusUpdate]  # oldest first
    next_round: InterviewRound | None
    past_rounds: list[InterviewRound]

    @classmethod
    def read(cls, application: Application, today: date) -> Records:
        rounds = sorted(
            (r for r in application.rounds.all() if r.outcome != Outcome.CANCELLED),
            key=lambda r: (r.scheduled_at, r.pk or 0),
        )
        upcoming = [r for r in rounds if r.outcome == Outcome.SCHEDULED and round_day(r) >= today]
        return cls(
            meetings=[r for r in rounds if r.is_meeting],
            updates=sorted(application.updates.all(), key=update_key),
            next_round=upcoming[0] if upcoming else None,
            past_rounds=[r for r in rounds if r not in upcoming],
        )

    def number_of(self, interview_round: InterviewRound) -> int:
        """'My second interview': the round's place among meetings; 0 for a take-home."""
        return self.meetings.index(interview_round) + 1 if interview_round.is_meeting else 0

    def last_activity_on(self, applied_on: date | None) -> date | None:
        days = [round_day(r) for r in self.past_rounds] + [u.on for u in self.updates]
        return max([*days, applied_on] if applied_on else days, default=None)

    def last_of(self, kinds) -> StatusUpdate | None:
        found = [u for u in self.updates if u.kind in kinds]
        return found[-1] if found else None
