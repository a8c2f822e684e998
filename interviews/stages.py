"""The one place that derives an application's stage from its records, and the one order
in which every module reads those records.

Pure: it reads the values it is given and touches no database. Every record that says
where the process stands is an event; events are read in ``event_key`` order (by day, a
day's rounds before its updates, then in the order they were logged), and the latest one
wins, so a role can reopen after a rejection. Three rules keep a messy history honest:

- A decisive record (an offer, a rejection, a rescinded offer, a withdrawal, an answer to
  an offer) is never undone by an interview that was only *booked* before it: a booking
  left "scheduled" is stale once the process has closed. A booking logged after the
  closing record is news (the role reopened).
- Offers stay offers: a sell lunch, meeting the team or a reference check after an offer
  keeps the stage at offer; only another decisive record moves it.
- An accepted offer stays accepted: vetting, a background or reference check, a reply or
  a revised offer after the acceptance is read in the accepted context (onboarding, the
  start date); only a closing record (rescinded, withdrawn, rejected) moves it.
- A record that only says "applied" (the application date, an acknowledgement) never moves
  an open process back: an application date typed after the first interview is a late
  entry, not news.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar, Token
from datetime import date, datetime, tzinfo
from functools import lru_cache
from typing import Protocol, TypeGuard
from uuid import UUID
from zoneinfo import ZoneInfo

from django.utils import timezone

from interviews.models import Outcome, RoundKind, Stage, StatusUpdate, UpdateKind


class RoundLike(Protocol):
    # Read-only members, so a model instance (whose fields are read-write) fits.
    @property
    def kind(self) -> str: ...
    @property
    def outcome(self) -> str: ...
    @property
    def scheduled_at(self) -> datetime | None: ...


class UpdateLike(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def on(self) -> date: ...


# What each kind of status update says about the stage; kinds absent here
# (on_hold, rescheduled, replied, adverse_action_notice, follow_up_sent) change nothing.
UPDATE_STAGE: dict[str, Stage] = {
    UpdateKind.ACKNOWLEDGED: Stage.APPLIED,
    UpdateKind.INVITED: Stage.INTERVIEWING,
    UpdateKind.MOVING_FORWARD: Stage.INTERVIEWING,
    UpdateKind.REFERENCES_REQUESTED: Stage.INTERVIEWING,
    UpdateKind.BACKGROUND_CHECK: Stage.INTERVIEWING,
    UpdateKind.OFFER_VERBAL: Stage.OFFER,
    UpdateKind.OFFER_WRITTEN: Stage.OFFER,
    UpdateKind.COUNTER_OFFER: Stage.OFFER,
    UpdateKind.REJECTED: Stage.REJECTED,
    UpdateKind.OFFER_RESCINDED: Stage.RESCINDED,
    UpdateKind.WITHDREW: Stage.WITHDRAWN,
    UpdateKind.ACCEPTED: Stage.ACCEPTED,
    UpdateKind.DECLINED: Stage.DECLINED,
}

# How far along each stage is: breaks ties between records with no logging time.
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

# Rounds that screen rather than interview: a phone screen, a one-way recorded video.
SCREENING_KINDS = frozenset({RoundKind.PHONE_SCREEN, RoundKind.RECORDED_VIDEO})
IN_PROCESS = {Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER}
BEFORE_OFFER = {Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING}
# Records that, after an acceptance, belong to onboarding rather than reopen the process.
AFTER_ACCEPTANCE = BEFORE_OFFER | {Stage.OFFER}


def round_stage(interview_round: RoundLike) -> Stage | None:
    """The stage a round puts the application in; None when it says nothing."""
    return _stage_of_round(interview_round.outcome, interview_round.kind)


def _stage_of_round(outcome: str, kind: str) -> Stage | None:
    if outcome == Outcome.CANCELLED:
        return None
    if outcome == Outcome.NOT_SELECTED:
        return Stage.REJECTED
    if kind in SCREENING_KINDS:
        return Stage.SCREENING
    return Stage.INTERVIEWING


# The zone the advice engine reads days in (``days_in``); None outside it, where Django's
# current time zone applies. Reading Django's costs a thread-local lookup that outweighs
# the rest of ``round_day``, and the engine reads thousands of days per page.
_zone: ContextVar[tzinfo | None] = ContextVar("stages_zone", default=None)


class days_in:
    """Read days (``round_day``, ``local_day``) in ``zone`` inside the block. A class
    rather than a generator: the engine enters it once per application."""

    def __init__(self, zone: str) -> None:
        self.zone = ZoneInfo(zone)

    def __enter__(self) -> None:
        self.token: Token[tzinfo | None] = _zone.set(self.zone)

    def __exit__(self, *exc: object) -> None:
        _zone.reset(self.token)


def local_zone() -> tzinfo:
    """The zone days are read in: the engine's (``days_in``), else Django's current one."""
    return _zone.get() or timezone.get_current_timezone()


@lru_cache(maxsize=8192)
def _day_in(moment: datetime, zone: tzinfo) -> date:
    return timezone.localdate(moment, zone)


def local_day(moment: datetime) -> date:
    """The day of a moment in the zone days are read in."""
    return _day_in(moment, local_zone())


def round_day(interview_round: RoundLike) -> date:
    """The day a round takes place, in the current time zone: the one place that says so.

    ``interviews.profiles.activated`` makes that the person's own zone; inside the advice
    engine it is the zone of the person it was given (``days_in``). Only for a dated
    round: an undated one has no day (``guidance.records`` keeps those apart)."""
    moment = interview_round.scheduled_at
    assert moment is not None, "an undated round has no day"
    return local_day(moment)


# Two rounds at the same moment: the one that says more comes later (a booking before the
# outcome of the same interview); with the same outcome, the one further along (a final
# after a phone screen booked for the same slot), so no uid decides a stage.
ROUND_PRECEDENCE: dict[str, int] = {
    Outcome.CANCELLED: 0,
    Outcome.SCHEDULED: 1,
    Outcome.DONE: 2,
    Outcome.ADVANCED: 3,
    Outcome.NOT_SELECTED: 4,
}


# What a record says besides its moment, outcome and stage: two records tied on those sort
# by it, so the advice read from "the latest" (a promised date, a thank-you) never depends
# on a random uid. Records that say the same are interchangeable; only then the uid decides.
ROUND_CONTENT = (
    "kind",
    "days",
    "is_final",
    "reply_promised_by",
    "thank_you_sent_on",
    "next_steps_vague",
    "duration_minutes",
)
UPDATE_CONTENT = ("kind", "news_by", "respond_by", "note")


def _said(loaded: dict[str, object], content: tuple[str, ...]) -> str:
    # Only what was loaded (``vars(record)``): a page that reads records with .only() must
    # not query for more. Those pages derive stages, which the rank above already settles.
    return "\x1f".join([str(value) if value else "" for value in map(loaded.get, content)])


class Said(tuple[object, tuple[str, ...]]):
    """The last place of an event key: what the record says, then its uid, as one text
    (``Said.text``). It decides only between records tied on day, kind, time and weight,
    which is rare, so the text is made when compared rather than for every key (the
    advice works out a key for every record on a page). It compares, and hashes, as its
    text does, with another ``Said`` or a plain text (a key written out holds "").

    Made as ``Said((record, content))``: a tuple underneath, so that making one is a
    single call in C, without a Python ``__init__`` (one is made for every record the
    advice reads). The record is read when compared: keys are compared while the records
    are read, never kept across an edit."""

    __slots__ = ()
    # It orders as its text, not as a tuple: the comparisons below override the tuple's
    # (hence the ``type: ignore[override]``: a Said compares with a Said or a text only).

    @property
    def text(self) -> str:
        record, content = self
        uid = getattr(record, "uid", None)
        plain_uid = "" if uid is None else str(uid)
        identity = _uid_text(uid.int) if isinstance(uid, UUID) else plain_uid
        return f"{_said(vars(record), content)}\x1e{identity}"

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return repr(self.text)

    def __hash__(self) -> int:
        return hash(self.text)

    def __eq__(self, other: object) -> bool:
        return self.text == _text_of(other)

    def __ne__(self, other: object) -> bool:
        return self.text != _text_of(other)

    def __lt__(self, other: Said | str) -> bool:  # type: ignore[override]
        return self.text < _text_of(other)

    def __le__(self, other: Said | str) -> bool:  # type: ignore[override]
        return self.text <= _text_of(other)

    def __gt__(self, other: Said | str) -> bool:  # type: ignore[override]
        return self.text > _text_of(other)

    def __ge__(self, other: Said | str) -> bool:  # type: ignore[override]
        return self.text >= _text_of(other)


def _text_of(other: object) -> str:
    if isinstance(other, Said):
        return other.text
    if isinstance(other, str):
        return other
    raise TypeError(f"an event key's text compares with text, not {type(other).__name__}")


@lru_cache(maxsize=16384)
def _uid_text(number: int) -> str:
    # str(UUID) formats the number anew on every call, and every sort key asks for it;
    # keyed by the number, whose hash is cheap (a UUID's is not).
    return str(UUID(int=number))


# Where a round whose date was never recorded sorts: before everything dated. Deriving the
# stage, it comes right after applying (``_stage_key``): it happened after the application
# was sent, and any record with a date (a rejection, an offer) says more.
UNDATED = date.min

# A record's place in that order: its day, rounds (1) before updates (2), the logging time,
# what it says, its uid.
EventKey = tuple[date, int, float, int, "Said | str"]


@lru_cache(maxsize=256)
def _rank(outcome: str, kind: str) -> int:
    # A handful of (outcome, kind) pairs, asked for by every round's key: remembered.
    stage = _stage_of_round(outcome, kind)
    progress = PROGRESS[stage] if stage is not None else 0
    return ROUND_PRECEDENCE.get(outcome, 0) * len(PROGRESS) + progress


def event_key(record) -> EventKey:
    """The one total order of records: by day, a day's rounds before its updates, then as
    logged; records at the same moment by their weight (a decisive record after a
    booking, a final after a screen), then by what they say, then by their uid.

    The stable uid survives backup and restore; the primary key and the order rows were
    inserted in do not, so neither may break a tie. Written out in one function: the
    advice works out a key for every record on a page."""
    # isinstance first: hasattr on an update raises and catches an AttributeError.
    if isinstance(record, StatusUpdate) or not hasattr(record, "scheduled_at"):
        return update_key(record)
    return round_key(record)


def update_key(update: UpdateLike) -> EventKey:
    """``event_key`` of a record known to be an update (the advice sorts them apart)."""
    created = getattr(update, "created_at", None)
    logged = created.timestamp() if created else 0.0
    progress = UPDATE_PROGRESS.get(update.kind, 0)
    return (update.on, 2, logged, progress, Said((update, UPDATE_CONTENT)))


def round_key(record: RoundLike) -> EventKey:
    """``event_key`` of a record known to be a round."""
    moment = record.scheduled_at
    said = Said((record, ROUND_CONTENT))
    rank = _rank(record.outcome, record.kind)
    if moment is None:  # undated: first, so that anything dated says more (UNDATED)
        return (UNDATED, 1, 0.0, rank, said)
    day = _day_in(moment, local_zone())  # round_day, one call fewer for every round
    return (day, 1, moment.timestamp(), rank, said)


# How far along each kind of update says the process is: the fourth place of its key.
UPDATE_PROGRESS = {kind: PROGRESS[stage] for kind, stage in UPDATE_STAGE.items()}


def is_stale_booking(interview_round: RoundLike, closing) -> bool:
    """A round still "scheduled" that the closing record settled: logged before it."""
    if interview_round.outcome != Outcome.SCHEDULED:
        return False
    booked, closed = (
        getattr(interview_round, "created_at", None),
        getattr(closing, "created_at", None),
    )
    return booked is None or closed is None or booked <= closed


def derive_stage(
    *,
    applied_on: date | None,
    rounds: Iterable[RoundLike],
    updates: Iterable[UpdateLike],
    public_sector: bool = False,
) -> Stage:
    """Return the stage that the latest decisive record puts an application in.

    "Moving forward" before any round or invitation is a screening passed, not an
    interview: screening, which is what the advice says of it. ``public_sector``: a public
    body's is its sift (eligibility, "referred to the hiring manager"): the application
    stays applied until a round or an invitation comes."""
    events: list[tuple[tuple, Stage, object]] = []
    if applied_on is not None:
        events.append(((applied_on, 0, 0.0, 0, ""), Stage.APPLIED, None))
    for interview_round in rounds:
        stage = round_stage(interview_round)
        if stage is not None:
            events.append((_stage_key(interview_round, applied_on), stage, interview_round))
    for update in updates:
        stage = UPDATE_STAGE.get(update.kind)
        if stage is not None:
            events.append((event_key(update), stage, update))
    stage, closing, closed_on = Stage.SAVED, None, None
    for key, event_stage, record in sorted(events, key=lambda event: event[0]):
        if event_stage == Stage.APPLIED and stage in IN_PROCESS:
            continue
        if stage == Stage.OFFER and event_stage in BEFORE_OFFER:
            continue
        if stage in SIFTED and _moving_forward(record):
            if public_sector:
                continue
            # A screening passed, not a round won (the advice says "not an interview
            # yet"): screening until a round or an invitation comes.
            event_stage = Stage.SCREENING
        if stage == Stage.ACCEPTED and event_stage in AFTER_ACCEPTANCE:
            continue
        if stage in Stage.closed() and is_booking(record) and is_stale_booking(record, closing):
            continue
        closed = stage in Stage.closed()
        if closed and _news_of_the_closing_day(record, event_stage, key, closed_on):
            continue
        stage = event_stage
        if stage in Stage.closed():
            closing, closed_on = record, key[0]
    return stage


def _news_of_the_closing_day(record: object, stage: Stage, key: EventKey, closed_on) -> bool:
    """News short of an offer from the day a closing record came does not reopen it: a
    rejection and a "moving forward" logged the same day are one message, "not this role,
    but we would like to put you forward for another", and the other role is its own
    application. News on a later day is newer news and reopens the process."""
    return stage in BEFORE_OFFER and not hasattr(record, "scheduled_at") and key[0] == closed_on


# Before any round or invitation: where a public body's sift leaves an application.
SIFTED = frozenset({Stage.SAVED, Stage.APPLIED})


def _moving_forward(record: object) -> bool:
    return getattr(record, "kind", None) == UpdateKind.MOVING_FORWARD and not hasattr(
        record, "scheduled_at"
    )


def _stage_key(interview_round: RoundLike, applied_on: date | None) -> EventKey:
    """A round's place among the stage's events: an undated one on the applied day, after
    applying (the day's rounds come after it) and before anything dated later."""
    key = event_key(interview_round)
    if key[0] == UNDATED and applied_on is not None:
        return (applied_on, *key[1:])
    return key


def is_booking(record: object) -> TypeGuard[RoundLike]:
    return hasattr(record, "scheduled_at") and getattr(record, "outcome", None) == Outcome.SCHEDULED
