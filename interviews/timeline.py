"""One history of an application: its rounds and status updates, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from interviews.models import Application, InterviewRound, StatusUpdate
from interviews.stages import round_day


@dataclass(frozen=True)
class Entry:
    on: date
    round: InterviewRound | None = None
    update: StatusUpdate | None = None

    @property
    def sort_key(self) -> tuple:
        # Within a day, an update follows that day's rounds (the answer comes after the
        # interview); ties then go by time of day or by when the update was logged.
        if self.round is not None:
            return (self.on, 0, self.round.scheduled_at.timestamp())
        created = self.update.created_at if self.update is not None else None
        return (self.on, 1, created.timestamp() if created else 0.0)


def timeline(application: Application) -> list[Entry]:
    """Merge the (prefetched) rounds and updates into one list, newest first."""
    entries = [Entry(on=round_day(r), round=r) for r in application.rounds.all()]
    entries += [Entry(on=u.on, update=u) for u in application.updates.all()]
    return sorted(entries, key=lambda entry: entry.sort_key, reverse=True)
