"""Where an application stands: the situation the rules choose, and what it rests on.

Pure: it reads ``Records`` and the ``today`` it is given. Closed and saved applications are
read from the stage; offers from the offer records (later meetings and reference checks
keep them offers); otherwise a booked round ahead, else the latest event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypedDict

from interviews.guidance.business_days import add_business_days, business_days_between
from interviews.guidance.clock import TIMINGS, Timing
from interviews.guidance.precedence import Governs, governing, latest_process_fact
from interviews.guidance.quick import quick_init, replace
from interviews.guidance.records import (
    CLOSED,
    Records,
    newest_promise,
    offer_deadline,
    stage_of,
)
from interviews.guidance.situations import Situation
from interviews.models import (
    Application,
    InterviewRound,
    Outcome,
    RoundKind,
    Source,
    Stage,
    StatusUpdate,
    UpdateKind,
)
from interviews.stages import UPDATE_STAGE, EventKey, event_key, local_day, round_day

# The employer's news read from the latest event while the process is open.
NEWS = {
    UpdateKind.INVITED,
    UpdateKind.MOVING_FORWARD,
    UpdateKind.ON_HOLD,
    UpdateKind.REFERENCES_REQUESTED,
    UpdateKind.RESCHEDULED,
    UpdateKind.REPLIED,
    UpdateKind.BACKGROUND_CHECK,
}
# Rounds held by phone only: references after them are not yet a finalist signal.
PHONE_KINDS = {RoundKind.PHONE_SCREEN, RoundKind.PHONE}
EARLY_REJECTION = 5  # business days after applying: likely an automatic screen-out


@quick_init
@dataclass(frozen=True)
class Point:
    """Where the application stands: the situation the rules chose and what it rests on."""

    situation: Situation
    guide_slug: str
    context: str = ""  # a variant of the situation's reading: second, final, screen, ...
    subject: InterviewRound | None = None
    update: StatusUpdate | None = None
    event_key: EventKey | None = None  # follow-ups logged after this event are unanswered
    waiting_since: date | None = None  # None: the move is not the employer's
    timing: Timing | None = None
    promise: date | None = None
    number: int = 0  # the interview number of the subject (or of the invited meeting)
    deadline: date | None = None  # an offer's answer-by date

    @property
    def event_on(self) -> date | None:
        if self.update is not None:
            return self.update.on
        if self.subject is not None:
            return cancelled_day(self.subject) or round_day(self.subject)
        return self.event_key[0] if self.event_key else None


def cancelled_day(interview_round: InterviewRound) -> date | None:
    if interview_round.outcome != Outcome.CANCELLED:
        return None
    return interview_round.cancelled_on or round_day(interview_round)


def round_context(interview_round: InterviewRound, number: int) -> tuple[str, str]:
    """The reading variant and guide slug for a round: a round they called the final one
    first, then second rounds."""
    if interview_round.kind == RoundKind.TAKE_HOME:
        return "take_home", RoundKind.TAKE_HOME.value
    if interview_round.kind == RoundKind.RECORDED_VIDEO:
        return "recorded", RoundKind.RECORDED_VIDEO.value
    if interview_round.is_final or interview_round.kind == RoundKind.FINAL:
        return "final", "final_round"
    if number == 2:
        return "second", "second_interview"
    if interview_round.kind == RoundKind.PHONE_SCREEN:
        return "screen", RoundKind.PHONE_SCREEN.value
    return "", str(interview_round.kind)


def situate(application: Application, records: Records, today: date) -> Point:
    """Choose the situation: closed and saved by stage, then by ``precedence``: a pause,
    an offer, a booking ahead, the latest news. Whatever wait governs runs to the newest
    promise made since the event it rests on. A last stage scored against a set bar (a
    public body's fixed panel, stage-facts; an assessment centre, where candidates are
    seen together) is not a race among a few finalists."""
    point = _situate(application, records, today)
    if point.context == "final" and (application.public_sector or _seen_together(point, records)):
        return replace(point, context=SCORED_FINAL)
    return point


def _seen_together(point: Point, records: Records) -> bool:
    """The final visit has a group round: several candidates in the room at once."""
    assert point.subject is not None  # a final round's context rests on the round
    return any(r.kind == RoundKind.GROUP for r in records.same_visit(point.subject))


SCORED_FINAL = "final_scored"


def _situate(application: Application, records: Records, today: date) -> Point:
    stage = stage_of(application)
    if stage == Stage.ACCEPTED:
        onboarding = _onboarding_point(records)
        if onboarding is not None:
            return _with_promise(onboarding, records)
    if stage in CLOSED:
        return _with_promise(_closed_point(application, stage, records), records)
    if stage == Stage.SAVED:
        return Point(Situation.SAVED, Stage.SAVED.value)
    track = governing(stage, records)
    if track == Governs.HOLD:
        point = _pause_point(records, stage)
    elif track == Governs.OFFER:
        point = _offer_point(records, today)
    elif track == Governs.BOOKING:
        assert records.next_round is not None
        return _upcoming_point(records.next_round, records)
    else:
        point = _latest_event_point(application, records)
    return _with_promise(point, records)


def _with_promise(point: Point, records: Records) -> Point:
    """Whatever wait governs runs to the newest promise made since the event it rests on."""
    if point.event_key is None or point.waiting_since is None:
        return point
    promise = newest_promise(records, point.event_key)
    return point if promise == point.promise else replace(point, promise=promise)


# After an acceptance, the records that still need the person: the offer's conditions.
ONBOARDING_CHECKS = frozenset(
    {
        UpdateKind.BACKGROUND_CHECK,
        UpdateKind.REFERENCES_REQUESTED,
        UpdateKind.ADVERSE_ACTION_NOTICE,
    }
)


def _onboarding_point(records: Records) -> Point | None:
    """An accepted offer whose conditions are still being checked: read in the accepted
    context (do not resign until cleared, the start date), never as an open process."""
    acceptance = records.last_of({UpdateKind.ACCEPTED})
    if acceptance is None:
        return None
    _, later = records.after(acceptance)
    checks = [u for u in later if u.kind in ONBOARDING_CHECKS]
    if not checks:
        return None
    check = checks[-1]
    if check.kind == UpdateKind.ADVERSE_ACTION_NOTICE:
        return Point(
            Situation.ADVERSE_ACTION, "adverse_action", update=check, deadline=check.respond_by
        )
    point = _waiting_on(
        Situation.BACKGROUND_CHECK, "background_check", check, TIMINGS["background"]
    )
    point = replace(point, context="accepted")
    replies = [
        u for u in later if u.kind == UpdateKind.REPLIED and records.key(u) > records.key(check)
    ]
    if replies:
        # Their reply answers the chase before it: the wait runs from the reply.
        return replace(point, event_key=records.key(replies[-1]), waiting_since=replies[-1].on)
    return point


def _pause_point(records: Records, stage: Stage) -> Point:
    """A hold (on an offer, on a booked interview, or plain) or a dispute window."""
    pause = latest_process_fact(records)
    assert isinstance(pause, StatusUpdate)
    if pause.kind == UpdateKind.ADVERSE_ACTION_NOTICE:
        return Point(
            Situation.ADVERSE_ACTION, "adverse_action", update=pause, deadline=pause.respond_by
        )
    timing = TIMINGS["on_hold"]
    if stage == Stage.OFFER:
        return _waiting_on(
            Situation.ON_HOLD, "on_hold", pause, TIMINGS["offer_hold"], context="offer"
        )
    if records.next_round is not None:
        booked = records.next_round
        return _waiting_on(
            Situation.ON_HOLD, "on_hold", pause, timing, context="booked", subject=booked
        )
    return _waiting_on(Situation.ON_HOLD, "on_hold", pause, timing)


def _closed_point(application: Application, stage: Stage, records: Records) -> Point:
    """Closed by the latest closing record: an update, or a round they did not pass."""
    situation, slug = CLOSED_SITUATIONS[stage], stage.value
    record = _last_closing(records, stage)
    if record is None:
        return Point(situation, slug)
    if isinstance(record, InterviewRound):
        return Point(situation, slug, subject=record)
    context = ""
    other_role = _other_role(records, record) if stage == Stage.REJECTED else None
    if other_role is not None:
        # Not this role, but another: the rejection stands, the other role is a new wait.
        return _waiting_on(situation, slug, other_role, TIMINGS["round"], context="other_role")
    if stage == Stage.REJECTED and _early_rejection(application, records, record):
        context = "early"
    elif stage == Stage.RESCINDED and records.last_of({UpdateKind.ACCEPTED}) is not None:
        context = "accepted"
    return Point(situation, slug, context, update=record)


def _last_closing(records: Records, stage: Stage) -> StatusUpdate | InterviewRound | None:
    """The newest record that closed the application at ``stage``: an update that says so,
    or a round they did not pass. Both lists are in event order, so each one's last is its
    newest (no key to work out for every record)."""
    update = next((u for u in reversed(records.updates) if UPDATE_STAGE.get(u.kind) == stage), None)
    if stage != Stage.REJECTED:
        return update
    held = records.past_rounds
    failed = next((r for r in reversed(held) if r.outcome == Outcome.NOT_SELECTED), None)
    if failed is None or (update is not None and records.key(update) > records.key(failed)):
        return update
    return failed


def _other_role(records: Records, rejection: StatusUpdate) -> StatusUpdate | None:
    """News of the rejection's own day that would have moved the process on (the stage
    keeps the rejection: ``stages._news_of_the_closing_day``): another role offered."""
    same_day = [
        u
        for u in records.updates
        if u.on == rejection.on and u.kind in {UpdateKind.MOVING_FORWARD, UpdateKind.INVITED}
    ]
    return max(same_day, key=records.key, default=None)


CLOSED_SITUATIONS = {stage: Situation(f"closed_{stage.value}") for stage in Stage.closed()}


def _early_rejection(application: Application, records: Records, rejection: StatusUpdate) -> bool:
    """A no within days of applying, before any interview: most likely an automatic one."""
    if records.meetings or application.applied_on is None:
        return False
    # On the applied day itself says nothing about how fast: it is how a rejection the
    # spreadsheet gave no date is dated (``exchange.mapping``), and a story of a no
    # "within days" nobody wrote is not told from it.
    days = business_days_between(application.applied_on, rejection.on)
    return 0 < days <= EARLY_REJECTION


def _offer_point(records: Records, today: date) -> Point:
    offers = [u for u in records.updates if u.kind in UpdateKind.offers()]
    deadline = offer_deadline(records.updates)
    offer = offers[-1] if offers else None
    counter = records.last_of({UpdateKind.COUNTER_OFFER})
    if counter is not None and (offer is None or records.key(counter) > records.key(offer)):
        point = _waiting_on(Situation.NEGOTIATING, "negotiation", counter, TIMINGS["negotiating"])
    elif offer is None:
        raise AssertionError("the offer stage rests on an offer or a counter-offer")
    elif offer.kind == UpdateKind.OFFER_WRITTEN:
        point = Point(Situation.OFFER_WRITTEN, "written_offer", update=offer)
    else:
        point = _waiting_on(Situation.OFFER_VERBAL, "verbal_offer", offer, TIMINGS["offer_verbal"])
    point = replace(point, deadline=deadline)
    if deadline is not None and today > deadline:
        return replace(point, context="deadline_passed")
    if records.next_round is not None:
        upcoming = records.next_round
        return replace(point, context="meeting", subject=upcoming)
    assert point.update is not None  # the offer or the counter-offer
    _, later = records.after(point.update)
    check = [u for u in later if u.kind == UpdateKind.BACKGROUND_CHECK]
    if check:
        waiting = _waiting_on(
            Situation.BACKGROUND_CHECK, "background_check", check[-1], TIMINGS["background"]
        )
        return replace(waiting, context="offer", deadline=deadline)
    if any(u.kind == UpdateKind.REFERENCES_REQUESTED for u in later):
        point = replace(point, context="references")
    replies = [u for u in later if u.kind == UpdateKind.REPLIED]
    if replies and point.waiting_since is not None:
        # Their reply answers what came before it: the wait runs from the reply.
        point = replace(point, event_key=records.key(replies[-1]), waiting_since=replies[-1].on)
    return point


def _waiting_on(
    situation: Situation,
    slug: str,
    update: StatusUpdate,
    timing: Timing,
    *,
    context: str = "",
    subject: InterviewRound | None = None,
    waiting_since: date | None = None,
) -> Point:
    """A wait that runs from ``update`` (from ``waiting_since``, when given)."""
    return Point(
        situation,
        slug,
        context,
        subject=subject,
        update=update,
        event_key=event_key(update),
        waiting_since=update.on if waiting_since is None else waiting_since,
        timing=timing,
    )


def _upcoming_point(upcoming: InterviewRound, records: Records) -> Point:
    number = records.number_of(upcoming)
    context, slug = round_context(upcoming, number)
    return Point(Situation.ROUND_UPCOMING, slug, context, subject=upcoming, number=number)


class _Waiting(TypedDict):
    subject: InterviewRound
    event_key: EventKey
    waiting_since: date
    number: int


def _after_round_point(interview_round: InterviewRound, records: Records) -> Point:
    number = records.number_of(interview_round)
    waiting: _Waiting = {
        "subject": interview_round,
        "event_key": records.key(interview_round),
        "waiting_since": round_day(interview_round),
        "number": number,
    }
    if interview_round.outcome == Outcome.ADVANCED:
        return Point(Situation.MOVING_FORWARD, "interviewing", timing=TIMINGS["round"], **waiting)
    context, slug = round_context(interview_round, number)
    timing = TIMINGS[{"screen": "screen", "recorded": "recorded"}.get(context, "round")]
    return Point(Situation.AFTER_ROUND_WAITING, slug, context, timing=timing, **waiting)


def _undated_round_point(interview_round: InterviewRound) -> Point:
    """In the interviews, the round's date never recorded (an imported "2nd interview"):
    the wait runs from the day it was recorded, the first day the tracker knew of it, never
    from a date made up for the interview; no thank-you or preparation, which need its day."""
    entered = local_day(interview_round.created_at)
    return Point(
        Situation.MOVING_FORWARD,
        "interviewing",
        "undated_round",
        event_key=(entered, 1, 0.0, 0, ""),
        waiting_since=entered,
        timing=TIMINGS["round"],
    )


def _cancelled_point(interview_round: InterviewRound) -> Point:
    key = _cancelled_key(interview_round)
    return Point(
        Situation.ROUND_CANCELLED,
        "rescheduled",
        subject=interview_round,
        event_key=key,
        waiting_since=key[0],
        timing=TIMINGS["final_called_off" if interview_round.is_final else "rebook"],
    )


def _cancelled_key(interview_round: InterviewRound) -> EventKey:
    """A cancellation counts from the day it was called off, after that day's rounds."""
    day = cancelled_day(interview_round)
    assert day is not None, "a cancelled round"
    return (day, 2, 0.0, 0, "")


def _update_point(update: StatusUpdate, application: Application, records: Records) -> Point:
    if update.kind == UpdateKind.INVITED:
        number = len(records.visit_days) + 1
        second = number == 2
        return Point(
            Situation.INVITED,
            "second_interview" if second else "interviewing",
            "second" if second else "",
            update=update,
            number=number,
        )
    if update.kind == UpdateKind.MOVING_FORWARD:
        # Before any interview, moving forward is a screening passed, not a round won.
        context = "" if records.visit_days or records.undated else "before_interview"
        return _waiting_on(
            Situation.MOVING_FORWARD, "interviewing", update, TIMINGS["round"], context=context
        )
    if update.kind == UpdateKind.ON_HOLD:
        return _waiting_on(Situation.ON_HOLD, "on_hold", update, TIMINGS["on_hold"])
    if update.kind == UpdateKind.RESCHEDULED:
        return _waiting_on(Situation.RESCHEDULED, "rescheduled", update, TIMINGS["rebook"])
    if update.kind == UpdateKind.REPLIED:
        return _waiting_on(Situation.STILL_DECIDING, "interviewing", update, TIMINGS["round"])
    if update.kind == UpdateKind.BACKGROUND_CHECK:
        return _waiting_on(
            Situation.BACKGROUND_CHECK, "background_check", update, TIMINGS["background"]
        )
    # References: a finalist signal once they have met you beyond the phone, else paperwork.
    # A finalist's check starts once the references can be with them: the business day
    # after the request, when the step to send them falls due.
    key = records.key(update)
    sent = add_business_days(update.on, 1)
    met = any(r.kind not in PHONE_KINDS and records.key(r) < key for r in records.meetings)
    if met:
        return _waiting_on(
            Situation.REFERENCES_FINALIST,
            "references",
            update,
            TIMINGS["references"],
            waiting_since=sent,
        )
    # Before any interview the process is still at the application: its pace applies.
    return _waiting_on(Situation.REFERENCES_FORMALITY, "references", update, TIMINGS["applied"])


def _latest_event_point(application: Application, records: Records) -> Point:
    """The latest thing that happened; applying (or its acknowledgement) only when nothing
    else has, so an application date typed in late keeps the interviews' meaning."""
    events: list[tuple[EventKey, InterviewRound | StatusUpdate]] = [
        (records.key(r), r) for r in records.past_rounds
    ]
    events += [(records.key(u), u) for u in records.updates if u.kind in NEWS]
    events += [(_cancelled_key(r), r) for r in records.cancelled]
    if application.stage == Stage.APPLIED and application.applied_on is not None:
        # Applied again after a closed process: only what came since counts.
        events = [event for event in events if event[0][0] >= application.applied_on]
    if events:
        _, record = max(events, key=lambda event: event[0])
        if isinstance(record, InterviewRound):
            if record.outcome == Outcome.CANCELLED:
                return _cancelled_point(record)
            return _after_round_point(record, records)
        return _update_point(record, application, records)
    if records.undated:
        return _undated_round_point(records.undated[-1])
    if application.applied_on is None:
        return Point(Situation.SAVED, Stage.SAVED.value)
    # Put forward by an agency, the recruiter's pace and advice; the wait is the same.
    agency = application.source == Source.RECRUITER
    timing = TIMINGS["applied_agency" if agency else "applied"]
    acknowledged = records.last_of({UpdateKind.ACKNOWLEDGED})
    if acknowledged is not None:
        return _waiting_on(
            Situation.ACKNOWLEDGED_WAITING,
            "applied",
            acknowledged,
            timing,
            waiting_since=application.applied_on,
            context="agency" if agency else "",
        )
    return Point(
        Situation.APPLIED_WAITING,
        Stage.APPLIED.value,
        context="agency" if agency else "",
        event_key=(application.applied_on, 0, 0.0, 0, ""),
        waiting_since=application.applied_on,
        timing=timing,
    )
