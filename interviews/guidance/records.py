"""An application's records as the rules read them: sorted once, with their local days.

Pure: it reads the prefetched ``rounds`` and ``updates``; no queries, no clock. The order is
``stages.event_key``, the one every module uses.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import itemgetter
from typing import Any, TypeVar

from interviews.guidance.quick import quick_init
from interviews.models import Application, InterviewRound, Outcome, Stage, StatusUpdate, UpdateKind
from interviews.stages import EventKey, event_key, round_day, round_key, update_key

R = TypeVar("R", InterviewRound, StatusUpdate)


@quick_init
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
    # Held, its date never recorded (an imported "2nd interview"): in the interviews, but
    # never due, overdue, next or the start of a wait.
    undated: list[InterviewRound] = field(default_factory=list)
    # Days with meetings: several rounds on one day (an onsite loop) are one visit.
    visit_days: list[date] = field(default_factory=list)
    # Each record's ``event_key``, worked out once for the sort, by ``id()``: the rules
    # compare records by it many times, and an unsaved record has no hash of its own.
    keys: dict[int, EventKey] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def read(cls, application: Application, today: date) -> Records:
        return cls.of(application, _prefetched(application, "updates"), today)

    @classmethod
    def of(cls, application: Application, updates: Iterable[StatusUpdate], today: date) -> Records:
        """The records with these updates: all of them (``read``), or none where only the
        rounds are read (the bookings on a card: ``guidance.bookings``)."""
        keys: dict[int, EventKey] = {}
        meetings: list[InterviewRound] = []
        cancelled: list[InterviewRound] = []
        ahead: list[InterviewRound] = []
        past: list[InterviewRound] = []
        pending: list[InterviewRound] = []
        undated: list[InterviewRound] = []
        # One pass, not a comprehension per list: most applications have a few rounds, and
        # the advice reads every application on a page.
        for r in _sorted(_prefetched(application, "rounds"), keys, round_key):
            if r.scheduled_at is None:  # a cancelled one says nothing
                if r.outcome != Outcome.CANCELLED:
                    undated.append(r)
                continue
            if r.outcome == Outcome.CANCELLED:
                cancelled.append(r)
                continue
            if r.is_meeting:
                meetings.append(r)
            # ``last_day(r) >= today``, from the day the key already holds.
            ahead_yet = keys[id(r)][0] + timedelta(days=r.days - 1) >= today
            if r.outcome != Outcome.SCHEDULED:
                past.append(r)
            elif ahead_yet:
                ahead.append(r)
            else:  # booked for a day gone: its outcome is not logged
                past.append(r)
                pending.append(r)
        closed = application.stage in CLOSED
        return cls(
            meetings=meetings,
            updates=_sorted(updates, keys, update_key),
            next_round=ahead[0] if ahead and not closed else None,
            past_rounds=past,
            pending=pending,
            stale=ahead if closed else [],
            cancelled=cancelled,
            undated=undated,
            # A key starts with the day.
            visit_days=sorted({keys[id(r)][0] for r in meetings}) if meetings else [],
            keys=keys,
        )

    def key(self, record: InterviewRound | StatusUpdate) -> EventKey:
        """The record's ``event_key`` (from the sort, for the records read here)."""
        known = self.keys.get(id(record))
        return known if known is not None else event_key(record)

    def number_of(self, interview_round: InterviewRound) -> int:
        """'My second interview': the visit's place among visits; 0 for a take-home."""
        if not interview_round.is_meeting:
            return 0
        return self.visit_days.index(round_day(interview_round)) + 1

    def same_visit(self, interview_round: InterviewRound) -> list[InterviewRound]:
        day = round_day(interview_round)
        return [r for r in self.meetings if round_day(r) == day]

    def last_activity_on(self, applied_on: date | None) -> date | None:
        # Both lists are in event order, which is by day first: the last of each is latest.
        latest = applied_on
        if self.past_rounds:
            held = self.key(self.past_rounds[-1])[0]
            latest = held if latest is None or held > latest else latest
        if self.updates:
            news = self.updates[-1].on
            latest = news if latest is None or news > latest else latest
        return latest

    def last_of(self, kinds: Container[str]) -> StatusUpdate | None:
        for update in reversed(self.updates):  # newest first: the first found is the last
            if update.kind in kinds:
                return update
        return None

    def after(
        self, record: InterviewRound | StatusUpdate
    ) -> tuple[list[InterviewRound], list[StatusUpdate]]:
        """The rounds held and the updates logged after ``record``, in order."""
        key = self.key(record)
        rounds = [r for r in self.past_rounds if self.key(r) > key]
        return rounds, [u for u in self.updates if self.key(u) > key]


CLOSED = frozenset(Stage.closed())
_STAGES = {stage.value: stage for stage in Stage}


def stage_of(application: Application) -> Stage:
    """The application's stage as a ``Stage``: a lookup, where ``Stage(value)`` goes
    through the enum machinery for every card on a page."""
    return _STAGES.get(application.stage) or Stage(application.stage)


def _sorted(
    rows: Iterable[R], keys: dict[int, EventKey], key_of: Callable[[R], EventKey]
) -> list[R]:
    """``rows`` in ``event_key`` order (``key_of``: its form for rounds or for updates),
    each key kept in ``keys``. Most applications have no rounds or a single update: those
    need no sort."""
    ordered = list(rows)  # a list of its own: never the prefetch cache itself
    if len(ordered) < 2:
        if ordered:
            keys[id(ordered[0])] = key_of(ordered[0])
        return ordered
    keyed = [(key_of(row), row) for row in ordered]
    keyed.sort(key=_FIRST)
    ordered = []
    for key, row in keyed:  # one loop, where two comprehensions are two more calls
        keys[id(row)] = key
        ordered.append(row)
    return ordered


_FIRST = itemgetter(0)


def _prefetched(application: Application, name: str) -> Iterable[Any]:
    """The rows ``with_records()`` fetched, read straight from Django's prefetch cache:
    ``.all()`` builds a manager and a queryset each time, which costs more than reading
    the rows. Without a prefetch, ``.all()`` as usual."""
    cache: dict[str, Any] = getattr(application, "_prefetched_objects_cache", {})
    rows = cache.get(name)
    if rows is None:
        unfetched: Iterable[Any] = getattr(application, name).all()
        return unfetched
    # The prefetched queryset's rows themselves: iterating the queryset goes through two
    # more calls for each application.
    fetched: list[Any] | None = getattr(rows, "_result_cache", None)
    return rows if fetched is None else fetched


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


def agreed_start(updates: list[StatusUpdate]) -> date | None:
    """The start date agreed with the offer or the acceptance: the newest record that names
    one (``updates`` oldest first); a newer offer that names none keeps it."""
    for update in reversed(updates):
        if update.starts_on is not None:
            return update.starts_on
    return None


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
        carriers = [c for c in carriers if records.key(c) >= since or _promised(c) > since[0]]
    if not carriers:
        return None
    return _promised(max(carriers, key=records.key))


def _promised(carrier: InterviewRound | StatusUpdate) -> date:
    promised = carrier.reply_promised_by if isinstance(carrier, InterviewRound) else carrier.news_by
    assert promised is not None, "only a record that carries a promise"
    return promised
