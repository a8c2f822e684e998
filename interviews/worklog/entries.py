"""One line of the work-search log, whatever it came from: plain data, no queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import TextChoices


class Origin(TextChoices):
    """Where an entry comes from; the three automatic ones can be left out of the log."""

    ACTIVITY = "activity", "Activity"
    APPLICATION = "application", "Application sent"
    INTERVIEW = "interview", "Interview attended"
    FOLLOW_UP = "follow_up", "Follow-up sent"

    @classmethod
    def automatic(cls) -> list[Origin]:
        return [cls.APPLICATION, cls.INTERVIEW, cls.FOLLOW_UP]


@dataclass(frozen=True)
class Entry:
    origin: Origin
    record_id: int  # the activity, application, round or update it shows
    on: date  # in the person's time zone
    what: str  # "Job fair", "Application sent", "Video interview attended", ...
    organisation: str
    position: str = ""
    address: str = ""
    phone: str = ""
    contact: str = ""  # name and title, as one line
    # A ContactMethod or an application's Source: the layouts word it per language.
    method: TextChoices | None = None
    result: str = ""
    # The application's Stage or the round's Outcome when the tracker knows it, so the
    # German layout can word it; an activity's result is the person's own words.
    status: TextChoices | None = None
    notes: str = ""
    minutes: int | None = None
    activity_kind: TextChoices | None = None  # an ActivityKind, for an activity
    application_id: int | None = None
    excluded: bool = False
    week_ending: date | None = None  # the last day of its claim week

    @property
    def counts(self) -> bool:
        return not self.excluded
