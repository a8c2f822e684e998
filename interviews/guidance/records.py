"""An application's records as the rules read them: sorted once, with their local days.

Pure: it reads the prefetched ``rounds`` and ``updates``; no queries, no clock. The order is
``stages.event_key``, the one every module uses.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from interviews.models import Application, InterviewRound, Outcome, Stage, StatusUpdate, UpdateKind
from interviews.stages import EventKey, event_key, round_day


@dataclass(frozen=True)
class Records:
    """The application's records, sorted once: the only input the rules read."""

    meetings: list[InterviewRound]  # the rounds that count as interviews, held or booked
    updates: list[StatusUpdate]  # oldest first
    next_round: InterviewRound | None  # the next booking still ahead on an open application
    past_rounds: list[InterviewRound]  # held, or booked for a day already gone
    pending: list[InterviewRound]  # booked for a day already gone: the outcome is not logged
    stale: list[InterviewRound]  # still booked ahead on a closed application
    cancelled: list[InterviewRound]

    @classmethod
    def read(cls, application: Application, today: date) -> Records:
        return cls.of(application, application.updates.all(), today)

    @classmethod
    def of(cls, application: Application, updates: Iterable[StatusUpdate], today: date) -> Records:
        """The records with these updates: all of them (``read``), or none where only the
        rounds are read (the bookings on a card: ``guidance.bookings``)."""
        every = sorted(application.rounds.all(), key=event_key)
        rounds = [r for r in every if r.outcome != Outcome.CANCELLED]
        ahead = [r for r in rounds if r.outcome == Outcome.SCHEDULED and last_day(r) >= today]
        closed = application.stage in Stage.closed()
        return cls(
            meetings=[r for r in rounds if r.is_meeting],
            updates=sorted(updates, key=event_key),
            next_round=ahead[0] if ahead and not closed else None,
            past_rounds=[r for r in rounds if r not in ahead],
            pending=[r for r in rounds if r.outcome == Outcome.SCHEDULED and r not in ahead],
            stale=ahead if closed else [],
            cancelled=[r for r in every if r.outcome == Outcome.CANCELLED],
        )

    @property
    def visit_days(self) -> list[date]:
        """Days with meetings: several rounds on one day (an onsite loop) are one visit."""
        return sorted({round_day(r) for r in self.meetings})

    def number_of(self, interview_round: InterviewRound) -> int:
        """'My second interview': the visit's place among visits; 0 for a take-home."""
        if not interview_round.is_meeting:
            return 0
        return self.visit_days.index(round_day(interview_round)) + 1

    def same_visit(self, interview_round: InterviewRound) -> list[InterviewRound]:
        day = round_day(interview_round)
        return [r for r in self.meetings if round_day(r) == day]

    def last_activity_on(self, applied_on: date | None) -> date | None:
        days = [round_day(r) for r in self.past_rounds] + [u.on for u in self.updates]
        return max([*days, applied_on] if applied_on else days, default=None)

    def last_of(self, kinds: Container[str]) -> StatusUpdate | None:
        found = [u for u in self.updates if u.kind in kinds]
        return found[-1] if found else None

    def after(
        self, record: InterviewRound | StatusUpdate
    ) -> tuple[list[InterviewRound], list[StatusUpdate]]:
        """The rounds held and the updates logged after ``record``, in order."""
        key = event_key(record)
        rounds = [r for r in self.past_rounds if event_key(r) > key]
        return rounds, [u for u in self.updates if event_key(u) > key]


def last_day(interview_round: InterviewRound) -> date:
    """The last day of a round: its own day, or the last of an interview over several."""
    return round_day(interview_round) + timedelta(days=interview_round.days - 1)


def offer_deadline(updates: Iterable[StatusUpdate]) -> date | None:
    """The answer-by date of the offer in hand: the newest offer's own date. A newer offer
    that names none (a revised offer, the written version of a verbal one) keeps an earlier
    date only while that date was still ahead when the newer offer came: a date that had
    passed belonged to the old offer, not to this one."""
    offers = sorted((u for u in updates if u.kind in UpdateKind.offers()), key=event_key)
    deadline: date | None = None
    for offer in offers:
        if offer.respond_by is not None:
            deadline = offer.respond_by
        elif deadline is not None and deadline < offer.on:
            deadline = None
    return deadline


def newest_promise(records: Records, since: EventKey | None) -> date | None:
    """The newest date they promised news by, on one track: a round's ``reply_promised_by``
    and an update's ``news_by``. Only a promise made at or after the event the wait rests
    on counts, or one made before it for a date after it; the newest wins, even when it is
    earlier than an older one."""
    carriers: list[InterviewRound | StatusUpdate] = [
        r for r in records.past_rounds if r.reply_promised_by is not None
    ]
    carriers += [u for u in records.updates if u.news_by is not None]
    if since is not None:
        # A promise made before the event still stands when its date lies after it ("we
        # aim to reply within 10 working days of the deadline", said with the invitation).
        carriers = [c for c in carriers if event_key(c) >= since or _promised(c) > since[0]]
    if not carriers:
        return None
    return _promised(max(carriers, key=event_key))


def _promised(carrier: InterviewRound | StatusUpdate) -> date:
    promised = carrier.reply_promised_by if isinstance(carrier, InterviewRound) else carrier.news_by
    assert promised is not None, "only a record that carries a promise"
    return promised
