"""The rules: read an application's records, decide where it stands, pick what to say.

Pure: it reads the prefetched ``rounds`` and ``updates`` and the ``today`` it is given;
no queries, no clock. The rules choose keys into ``content`` and the dates and numbers
to fill in; they hold no sentences. Numbers come from /work/shared/domain/stage-facts.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from interviews.guidance import content
from interviews.guidance.business_days import add_business_days, business_days_between
from interviews.guidance.records import Records, round_key, update_key
from interviews.models import (
    Application,
    InterviewRound,
    Outcome,
    RoundKind,
    Stage,
    StatusUpdate,
    UpdateKind,
)
from interviews.stages import UPDATE_STAGE, round_day


@dataclass(frozen=True)
class Timing:
    """A typical reply window in business days, and when to nudge if no date was promised."""

    window: tuple[int, int]
    follow_up_after: int


TIMINGS: dict[str, Timing] = {
    # First human reply 1-3 weeks; follow up after 1-2 weeks.
    "applied": Timing((5, 15), 10),
    # 2-3 business days after a short screen, up to 2 weeks without a date.
    "screen": Timing((2, 10), 5),
    # After an interview 5-10 business days; follow up after ~5 without a timeline.
    "round": Timing((5, 10), 5),
    # An offer often follows 1-3 business days after the last reference.
    "references": Timing((1, 5), 5),
    # Holds last weeks; check in about every two weeks.
    "on_hold": Timing((10, 20), 10),
    # The written version of a verbal offer: a few business days.
    "offer_verbal": Timing((1, 5), 5),
}
PROMISE_GRACE = 2  # business days past a promised date before following up
SECOND_FOLLOW_UP_AFTER = 5  # business days after the first follow-up
MAX_FOLLOW_UPS = 2  # then stop: the process has gone quiet
QUIET_PAST_EXPECTED = 10  # business days of silence past the expected reply
QUIET_AFTER_APPLYING = 30  # calendar days of silence after an application
THANK_YOU_SHOWN_FOR = 5  # business days after a round the thank-you step still shows

# The employer's news that leaves an active application active, read from the latest event
# (offers and rejections change the stage, and are read from the stage).
ACTIVE_UPDATES = set(UpdateKind.from_employer()) - {
    UpdateKind.OFFER_VERBAL,
    UpdateKind.OFFER_WRITTEN,
    UpdateKind.REJECTED,
}


@dataclass(frozen=True)
class Point:
    """Where the application stands: the situation the rules chose and what it rests on."""

    situation: str
    guide_slug: str
    context: str = ""  # a variant of the situation's reading: second, final, screen, ...
    subject: InterviewRound | None = None
    update: StatusUpdate | None = None
    event_key: tuple | None = None  # follow-ups logged after this event are unanswered
    waiting_since: date | None = None  # None: the move is not the employer's
    timing: Timing | None = None
    promise: date | None = None
    number: int = 0  # the interview number of the subject (or of the invited meeting)

    @property
    def event_on(self) -> date | None:
        if self.update is not None:
            return self.update.on
        return round_day(self.subject) if self.subject is not None else None


def _round_context(interview_round: InterviewRound, number: int) -> tuple[str, str]:
    """The reading variant and guide slug for a round: second and final rounds first."""
    if interview_round.kind == RoundKind.TAKE_HOME:
        return "take_home", RoundKind.TAKE_HOME.value
    if number == 2:
        return "second", "second_interview"
    if interview_round.kind == RoundKind.FINAL:
        return "final", "final_round"
    if interview_round.kind == RoundKind.PHONE_SCREEN:
        return "screen", RoundKind.PHONE_SCREEN.value
    return "", str(interview_round.kind)


def _closed_point(stage: Stage, records: Records) -> Point:
    """Closed by the latest closing record: an update, or a round they did not pass."""
    point = Point(f"closed_{stage.value}", stage.value)
    closing = [(update_key(u), u) for u in records.updates if UPDATE_STAGE.get(u.kind) == stage]
    if stage == Stage.REJECTED:
        closing += [
            (round_key(r), r) for r in records.past_rounds if r.outcome == Outcome.NOT_SELECTED
        ]
    if not closing:
        return point
    record = max(closing, key=lambda pair: pair[0])[1]
    if isinstance(record, StatusUpdate):
        return replace(point, update=record)
    return replace(point, subject=record)


def _offer_point(update: StatusUpdate) -> Point:
    if update.kind == UpdateKind.OFFER_WRITTEN:
        return Point("offer_written", "written_offer", update=update)
    return Point(
        "offer_verbal",
        "verbal_offer",
        update=update,
        event_key=update_key(update),
        waiting_since=update.on,
        timing=TIMINGS["offer_verbal"],
    )


def _upcoming_point(records: Records) -> Point:
    upcoming = records.next_round
    number = records.number_of(upcoming)
    context, slug = _round_context(upcoming, number)
    return Point("round_upcoming", slug, context, subject=upcoming, number=number)


def _after_round_point(interview_round: InterviewRound, records: Records) -> Point:
    number = records.number_of(interview_round)
    waiting = {
        "subject": interview_round,
        "event_key": round_key(interview_round),
        "waiting_since": round_day(interview_round),
        "promise": interview_round.reply_promised_by,
        "number": number,
    }
    if interview_round.outcome == Outcome.ADVANCED:
        return Point("moving_forward", "interviewing", timing=TIMINGS["round"], **waiting)
    context, slug = _round_context(interview_round, number)
    timing = TIMINGS["screen" if context == "screen" else "round"]
    return Point("after_round_waiting", slug, context, timing=timing, **waiting)


def _update_point(update: StatusUpdate, application: Application, records: Records) -> Point:
    key = update_key(update)
    waiting = {"update": update, "event_key": key, "waiting_since": update.on}
    if update.kind == UpdateKind.ACKNOWLEDGED:
        waiting["waiting_since"] = application.applied_on or update.on
        return Point("acknowledged_waiting", "applied", timing=TIMINGS["applied"], **waiting)
    if update.kind == UpdateKind.INVITED:
        number = len(records.meetings) + 1
        second = number == 2
        return Point(
            "invited",
            "second_interview" if second else "interviewing",
            "second" if second else "",
            update=update,
            number=number,
        )
    if update.kind == UpdateKind.MOVING_FORWARD:
        return Point("moving_forward", "interviewing", timing=TIMINGS["round"], **waiting)
    if update.kind == UpdateKind.ON_HOLD:
        return Point("on_hold", "on_hold", timing=TIMINGS["on_hold"], **waiting)
    # References: a finalist signal once they have met you beyond a screen, else paperwork.
    met = any(
        r.is_meeting and r.kind != RoundKind.PHONE_SCREEN and round_key(r) < key
        for r in records.past_rounds
    )
    if met:
        return Point("references_finalist", "references", timing=TIMINGS["references"], **waiting)
    # Before any interview the process is still at the application: its pace applies.
    return Point("references_formality", "references", timing=TIMINGS["applied"], **waiting)


def _latest_event_point(application: Application, records: Records) -> Point:
    events: list[tuple[tuple, object]] = []
    if application.applied_on is not None:
        events.append(((application.applied_on, 0, 0.0, 0), None))
    events += [(round_key(r), r) for r in records.past_rounds]
    events += [(update_key(u), u) for u in records.updates if u.kind in ACTIVE_UPDATES]
    if not events:
        return Point("saved", Stage.SAVED.value)
    key, record = max(events, key=lambda event: event[0])
    if isinstance(record, InterviewRound):
        return _after_round_point(record, records)
    if isinstance(record, StatusUpdate):
        return _update_point(record, application, records)
    return Point(
        "applied_waiting",
        Stage.APPLIED.value,
        event_key=key,
        waiting_since=application.applied_on,
        timing=TIMINGS["applied"],
    )


def situate(application: Application, records: Records) -> Point:
    """Choose the situation: closed and saved by stage, then offers, rounds, the latest news."""
    stage = Stage(application.stage)
    if stage in Stage.closed():
        return _closed_point(stage, records)
    if stage == Stage.SAVED:
        return Point("saved", Stage.SAVED.value)
    offer = records.last_of({UpdateKind.OFFER_VERBAL, UpdateKind.OFFER_WRITTEN})
    if stage == Stage.OFFER and offer is not None:
        return _offer_point(offer)
    if records.next_round is not None:
        return _upcoming_point(records)
    return _latest_event_point(application, records)


@dataclass(frozen=True)
class Wait:
    """The employer's side of the clock; empty when the move is not theirs."""

    waiting_since: date | None = None
    window: tuple[int, int] | None = None
    days_waiting: int | None = None
    reply_expected_by: date | None = None
    follow_up_on: date | None = None
    follow_ups: list[StatusUpdate] = field(default_factory=list)
    quiet_reason: str = ""
    quiet_from: date | None = None  # the first day the silence counts as gone quiet
    state: str = ""


def measure_wait(point: Point, records: Records, today: date) -> Wait:
    since = point.waiting_since
    if since is None or point.timing is None:
        return Wait()
    follow_ups = [
        u
        for u in records.updates
        if u.kind == UpdateKind.FOLLOW_UP_SENT and update_key(u) > point.event_key
    ]
    low, high = point.timing.window
    expected = point.promise or add_business_days(since, high)
    if len(follow_ups) >= MAX_FOLLOW_UPS:
        follow_up_on = None
    elif follow_ups:
        follow_up_on = add_business_days(follow_ups[-1].on, SECOND_FOLLOW_UP_AFTER)
    elif point.promise:
        follow_up_on = add_business_days(point.promise, PROMISE_GRACE)
    else:
        follow_up_on = add_business_days(since, point.timing.follow_up_after)
    quiet_dates = _quiet_dates(point, follow_ups, since, expected)
    quiet_reason = _quiet_reason(quiet_dates, today)
    if quiet_reason:
        # Gone quiet: the advice is to stop chasing, so there is no follow-up date to show.
        follow_up_on = None
        state = "quiet"
    elif follow_up_on is not None and follow_up_on <= today:
        state = "follow_up"
    else:
        state = "overdue" if today > expected else "on_track"
    return Wait(
        waiting_since=since,
        window=(low, high),
        days_waiting=max(business_days_between(since, today), 0),
        reply_expected_by=expected,
        follow_up_on=follow_up_on,
        follow_ups=follow_ups,
        quiet_reason=quiet_reason,
        quiet_from=min(quiet_dates.values()),
        state=state,
    )


def decide(application: Application, records: Records, today: date) -> tuple[Point, Wait]:
    """The situation and the employer's clock; a long silence turns into "gone quiet"."""
    point = situate(application, records)
    wait = measure_wait(point, records, today)
    if wait.quiet_reason:
        point = replace(point, situation="gone_quiet", guide_slug="gone_quiet", context="")
    return point, wait


def interview_number(point: Point, records: Records) -> int:
    """Meetings had or booked; a pending invitation already counts ("my second interview")."""
    return len(records.meetings) + (1 if point.situation == "invited" else 0)


def _quiet_dates(
    point: Point, follow_ups: list[StatusUpdate], since: date, expected: date
) -> dict[str, date]:
    """The first day each kind of silence makes the process count as gone quiet.

    Dates, not a yes/no for today, so that lists can store them and sort in SQL."""
    dates = {"silence": add_business_days(expected, QUIET_PAST_EXPECTED + 1)}
    if point.situation in {"applied_waiting", "acknowledged_waiting"}:
        dates["application"] = since + timedelta(days=QUIET_AFTER_APPLYING)
    if len(follow_ups) >= MAX_FOLLOW_UPS:
        dates["follow_ups"] = follow_ups[MAX_FOLLOW_UPS - 1].on
    return dates


def _quiet_reason(quiet_dates: dict[str, date], today: date) -> str:
    for reason in ("follow_ups", "application", "silence"):
        if reason in quiet_dates and today >= quiet_dates[reason]:
            return reason
    return ""


_SKIP = object()


def _due(code: str | None, point: Point):
    if code is None:
        return None
    if code == "round":
        return round_day(point.subject)
    if code.startswith("respond_by"):
        deadline = point.update.respond_by if point.update is not None else None
        return _SKIP if deadline is None and code.endswith("!") else deadline
    if point.event_on is None:
        return None
    return add_business_days(point.event_on, {"next_day": 1, "two_days": 2}[code])


def thanked_round(point: Point, records: Records, today: date) -> InterviewRound | None:
    """The latest meeting still owed a thank-you, while one is still timely."""
    if point.situation.startswith("closed_") or point.situation in {"saved", "gone_quiet"}:
        return None
    meetings = [r for r in records.past_rounds if r.is_meeting]
    if not meetings:
        return None
    last = meetings[-1]
    if last.thank_you_sent_on is not None or last.outcome == Outcome.NOT_SELECTED:
        return None
    return (
        last if 0 <= business_days_between(round_day(last), today) <= THANK_YOU_SHOWN_FOR else None
    )


def plan_steps(point: Point, wait: Wait, thanked: InterviewRound | None) -> list[tuple]:
    """(key, due) pairs, soonest first; undated steps keep their order at the end."""
    steps = []
    if point.situation == "gone_quiet" and len(wait.follow_ups) < MAX_FOLLOW_UPS:
        steps.append(("quiet_last_note", None))
    for key, code in content.STEP_PLAN[point.situation]:
        due = _due(code, point)
        if due is not _SKIP:
            steps.append((key, due))
    if point.situation == "round_upcoming" and point.number:
        number_step = {1: "prep_first", 2: "prep_second"}.get(point.number, "prep_later")
        steps.append((number_step, round_day(point.subject)))
    if thanked is not None:
        key = "thank_you_panel" if thanked.kind == RoundKind.PANEL else "thank_you"
        steps.append((key, add_business_days(round_day(thanked), 1)))
    if wait.follow_up_on is not None:
        steps.append(("follow_up_2" if wait.follow_ups else "follow_up_1", wait.follow_up_on))
    return sorted(steps, key=lambda step: (step[1] is None, step[1] or date.min))


def timing_keys(point: Point, wait: Wait) -> list[str]:
    """Keys into content.TIMING: when things happen at this point, in reading order."""
    situation = point.situation
    fixed = {"saved": ["saved"], "invited": ["invited"], "gone_quiet": ["quiet"]}
    if situation in fixed:
        return fixed[situation]
    if situation.startswith("closed_"):
        return ["closed"] if point.event_on else []
    if situation == "round_upcoming":
        return ["take_home_due" if point.context == "take_home" else "round_on"]
    has_deadline = point.update is not None and point.update.respond_by is not None
    if situation == "offer_written":
        return ["offer_deadline" if has_deadline else "offer_no_deadline"]
    if situation == "offer_verbal":
        keys = ["verbal", "offer_deadline"] if has_deadline else ["verbal"]
    elif situation == "on_hold":
        keys = ["on_hold"]
    else:
        keys = ["promise" if point.promise else "window"]
    if situation in {"applied_waiting", "acknowledged_waiting"}:
        keys.append("applied_big")
    if point.context == "final":
        keys.append("final_relocation")
    if wait.follow_up_on is not None:
        keys.append("follow_up_2" if wait.follow_ups else "follow_up_1")
    if situation == "after_round_waiting":
        keys.append("likely_answers")
    return keys
