"""The employer's side of the clock: how long a reply normally takes, when to nudge, and
when a silence counts as gone quiet.

Pure: dates in, dates out. Numbers come from docs/guidance-sources.md (reply windows,
follow-up etiquette, the calendar).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from interviews.guidance.breaks import past_the_breaks
from interviews.guidance.business_days import (
    add_business_days,
    business_days_between,
    previous_business_day,
)
from interviews.guidance.person import current_person
from interviews.guidance.quick import quick_init
from interviews.guidance.records import agreed_start
from interviews.guidance.situations import Situation
from interviews.models import StatusUpdate
from interviews.stages import event_key, local_day

if TYPE_CHECKING:  # standing builds on this module
    from interviews.guidance.standing import Point


@quick_init
@dataclass(frozen=True)
class Timing:
    """A typical reply window in business days, and when to nudge if no date was promised.
    ``seasonal``: a wait for a decision, which the year-end weeks slow down; a short reply
    (a new date, a plain answer to one question) is not slowed, only moved past a break."""

    window: tuple[int, int]
    follow_up_after: int
    seasonal: bool = True

    def stretched(self, days: int, *, follow_up: bool = True) -> Timing:
        low, high = self.window
        follow_up_after = self.follow_up_after + (days if follow_up else 0)
        return Timing((low, high + days), follow_up_after, self.seasonal)


FOLLOW_UP_WINDOW = 5  # business days a follow-up is given to be answered
TIMINGS: dict[str, Timing] = {
    # First human reply 1-3 weeks; follow up after 1-2 weeks.
    "applied": Timing((5, 15), 10),
    # Put forward by an agency: the recruiter hears from the client within days, so
    # checking in with them after about a week is normal.
    "applied_agency": Timing((3, 10), 5),
    # 2-3 business days after a short screen, up to 2 weeks without a date.
    "screen": Timing((2, 10), 5),
    # After an interview 5-10 business days; follow up after ~5 without a timeline.
    "round": Timing((5, 10), 5),
    # A one-way recorded interview is reviewed in batches, by no one the person met: no
    # reply is owed before the batch window closes, so the nudge comes when it has.
    "recorded": Timing((5, 10), 10),
    # An offer often follows 1-3 business days after the last reference.
    "references": Timing((1, 5), 5),
    # Holds last weeks; check in about every two weeks.
    "on_hold": Timing((10, 20), 10),
    # The written version of a verbal offer: a few business days.
    "offer_verbal": Timing((1, 5), 5),
    # A new date after their cancellation or reschedule, or their answer to a counter-offer:
    # a few business days; a short nudge after three keeps it from drifting.
    "rebook": Timing((2, 5), 3, seasonal=False),
    "negotiating": Timing((2, 5), 3),
    # A final round they called off with no new date: one plain question now (the step due
    # that day), then a week for its answer before one more note.
    "final_called_off": Timing((2, 5), FOLLOW_UP_WINDOW, seasonal=False),
    # A background check: most clear in 3 to 10 business days.
    "background": Timing((3, 10), 5),
    # An offer paused for an approval: check in every week, not every two.
    "offer_hold": Timing((5, 15), 5),
}
START_MARGIN = 2  # business days before an agreed start by which an open check is chased
PROMISE_GRACE = 1  # a passed promise: follow up on the first business day after it
# Business days past its due day a thank-you is still worth sending (and still shown):
# the Stage guide says so in words (guide_phrases.THANK_YOU).
THANK_YOU_LATE_FINE = 3
FOLLOW_UP_WINDOW = 5  # business days a follow-up is given to be answered
DISPUTE_CHECK_BEFORE = 2  # business days before a dispute window closes: check it arrived
MAX_FOLLOW_UPS = 2  # then stop: the process has gone quiet
QUIET_PAST_EXPECTED = 10  # business days of silence past the expected reply
QUIET_AFTER_APPLYING = 30  # calendar days of silence after an application
# Public bodies take weeks per stage: their windows are two weeks longer.
PUBLIC_SECTOR_EXTRA = 10
# Hiring slows from mid-December to early January: a reply may take a week more for waits
# that cross it. The nudge keeps its usual day (a note on 17 December is fair), unless that
# day falls in a break (``breaks``): then it moves past it.
YEAR_END_EXTRA = 5
YEAR_END = ((12, 15), (1, 8))  # (month, day) from, to


@quick_init
@dataclass(frozen=True)
class Wait:
    """The employer's side of the clock; empty when the move is not theirs."""

    waiting_since: date | None = None
    window: tuple[int, int] | None = None
    days_waiting: int | None = None
    reply_expected_by: date | None = None
    follow_up_on: date | None = None
    # The follow-ups sent since the event, oldest first.
    follow_ups: list[StatusUpdate] = field(default_factory=list)
    follow_ups_unanswered: int = 0  # those whose own reply window has passed
    quiet_reason: str = ""
    quiet_from: date | None = None  # the first day the silence counts as gone quiet
    state: str = ""  # "", "on_track", "overdue", "follow_up" or "quiet"
    slowdowns: tuple[str, ...] = ()  # "public_sector", "year_end": why the window is longer


NO_WAIT = Wait()  # the move is not the employer's: one shared, as it never changes


def crosses_year_end(since: date, until: date) -> bool:
    """Whether a wait overlaps the slow weeks around the new year."""
    (from_month, from_day), (to_month, to_day) = YEAR_END
    return any(
        since <= date(year + 1, to_month, to_day) and until >= date(year, from_month, from_day)
        for year in (since.year - 1, since.year)
    )


def _slowed(timing: Timing, since: date, *, public_sector: bool) -> tuple[Timing, tuple[str, ...]]:
    reasons = []
    if public_sector:
        timing = timing.stretched(PUBLIC_SECTOR_EXTRA)
        reasons.append("public_sector")
    if timing.seasonal and crosses_year_end(since, add_business_days(since, timing.window[1])):
        timing = timing.stretched(YEAR_END_EXTRA, follow_up=False)
        reasons.append("year_end")
    return timing, tuple(reasons)


def measure_wait(
    point: Point,
    updates: list[StatusUpdate],
    today: date,
    *,
    public_sector: bool,
    applied_pace: bool,
    can_go_quiet: bool = True,
) -> Wait:
    """The clock from ``point.waiting_since``; follow-ups are the ones logged after the event.

    A wait that cannot go quiet (an offer, a check, a paused offer) keeps a next nudge
    however many were sent: past its clock the advice is to call, never to let it go."""
    since = point.waiting_since
    if since is None or point.timing is None or point.event_key is None:
        return NO_WAIT
    timing, slowdowns = _slowed(point.timing, since, public_sector=public_sector)
    follow_ups = [
        u for u in updates if u.kind == "follow_up_sent" and event_key(u) > point.event_key
    ]
    low, high = timing.window
    # A promise for a weekend or a holiday is read as the next business day.
    promised = add_business_days(point.promise, 0) if point.promise else None
    expected = promised or add_business_days(since, high)
    if len(follow_ups) >= MAX_FOLLOW_UPS and can_go_quiet:
        follow_up_on = None
    elif follow_ups:
        follow_up_on = add_business_days(follow_ups[-1].on, FOLLOW_UP_WINDOW)
    elif promised:
        follow_up_on = add_business_days(promised, PROMISE_GRACE)
    else:
        follow_up_on = add_business_days(since, timing.follow_up_after)
    if promised is not None and follow_up_on is not None:
        # One page, one date: whatever was chased before, no nudge comes before the date
        # they promised has passed (plus the grace day).
        follow_up_on = max(follow_up_on, add_business_days(promised, PROMISE_GRACE))
    moved_by = ""
    if follow_up_on is not None:
        # No nudge falls due while most teams are away, whatever the wait: moved past the
        # break, the advice says why. A note on a plain silence waits longest.
        # The break is judged on the day the nudge fell due; then it is kept on or after
        # the day the wait was entered (history is not an alarm).
        follow_up_on, moved_by = _past_the_breaks(
            follow_up_on, point, today, soft=can_go_quiet and (bool(follow_ups) or not promised)
        )
        follow_up_on = _not_before_entered(follow_up_on, point, today)
        if moved_by and moved_by not in slowdowns:
            slowdowns = (*slowdowns, moved_by)
    if follow_up_on is not None and point.situation == Situation.BACKGROUND_CHECK:
        start = agreed_start(updates)
        if start is not None and start > since:
            follow_up_on = _not_before_entered(
                before_the_start(follow_up_on, start, since), point, today
            )
    if point.deadline is not None and follow_up_on is not None:
        open_counter = point.situation == Situation.NEGOTIATING
        follow_up_on = _before_the_deadline(
            follow_up_on, point.deadline, since, today, on_the_day=open_counter
        )
    quiet_dates = _quiet_dates(follow_ups, since, expected, applied_pace=applied_pace)
    entered = _entered_day(point, today)
    if not follow_ups and entered is not None:
        # History typed in late, no nudge ever sent: the silence before it was entered was
        # not lived here; one note from that day, and quiet only once it had its window.
        floor = add_business_days(entered, FOLLOW_UP_WINDOW + 1)
        quiet_dates = {reason: max(day, floor) for reason, day in quiet_dates.items()}
    quiet_reason = _quiet_reason(quiet_dates, today) if can_go_quiet else ""
    if quiet_reason:
        # Gone quiet: the advice is to stop chasing, so there is no follow-up date to show.
        follow_up_on, state = None, "quiet"
    elif follow_up_on is not None and follow_up_on <= today:
        state = "follow_up"
    else:
        state = "overdue" if today > expected else "on_track"
    answered_by = [add_business_days(u.on, FOLLOW_UP_WINDOW) for u in follow_ups]
    return Wait(
        waiting_since=since,
        window=(low, high),
        days_waiting=max(business_days_between(since, today), 0),
        reply_expected_by=expected,
        follow_up_on=follow_up_on,
        follow_ups=follow_ups,
        follow_ups_unanswered=sum(1 for day in answered_by if day < today),
        quiet_reason=quiet_reason,
        quiet_from=min(quiet_dates.values()) if can_go_quiet else None,
        state=state,
        slowdowns=_still_slowing(slowdowns, today, expected),
    )


def _past_the_breaks(day: date, point: Point, today: date, *, soft: bool) -> tuple[date, str]:
    """The nudge moved past a break, then never before the day its record was entered (a
    day that may itself fall in a break); with the break that moved it."""
    country = current_person().country
    moved, moved_by = past_the_breaks(day, country, soft=soft)
    floored, again = past_the_breaks(_not_before_entered(moved, point, today), country, soft=soft)
    return floored, again or moved_by


def dispute_wait(notice_on: date, deadline: date, today: date) -> Wait:
    """A pre-adverse action notice's window: the employer decides once it closes, and the
    person checks that their dispute reached them ``DISPUTE_CHECK_BEFORE`` business days
    before it does, with time left to send it again. Past the date, the decision is theirs."""
    if today > deadline:
        return NO_WAIT
    check_on = deadline
    for _ in range(DISPUTE_CHECK_BEFORE):
        check_on = previous_business_day(check_on)
    check_on = max(check_on, notice_on)
    return Wait(
        waiting_since=notice_on,
        days_waiting=max(business_days_between(notice_on, today), 0),
        reply_expected_by=deadline,
        follow_up_on=check_on,
        state="follow_up" if check_on <= today else "on_track",
    )


def _not_before_entered(follow_up_on: date, point: Point, today: date) -> date:
    """History typed in late: a nudge is never due before the day the record it rests on
    was entered (then it is due that day, or the next business day), so nothing reads as
    overdue because it was logged today. A logging time after ``today`` says nothing."""
    entered = _entered_day(point, today)
    if entered is None or follow_up_on >= entered:
        return follow_up_on
    return add_business_days(entered, 0)


def _entered_day(point: Point, today: date) -> date | None:
    """The day the records the wait rests on were typed in (the latest, up to today)."""
    logged = [
        local_day(record.created_at)
        for record in (point.update, point.subject)
        if record is not None and getattr(record, "created_at", None) is not None
    ]
    return max((day for day in logged if day <= today), default=None)


def _still_slowing(slowdowns: tuple[str, ...], today: date, expected: date) -> tuple[str, ...]:
    """The reasons worth saying today: the year-end slowdown only while what is left of the
    wait still overlaps the slow weeks (not in mid-January about a wait that crossed them)."""
    if "year_end" in slowdowns and not crosses_year_end(today, max(today, expected)):
        return tuple(reason for reason in slowdowns if reason != "year_end")
    return slowdowns


def before_the_start(follow_up_on: date, start: date, since: date) -> date:
    """A check still open is asked about no later than ``START_MARGIN`` business days
    before the agreed start, so a working day is left to send what is missing or to move
    the start (and never before the business day after the check began)."""
    latest = start
    for _ in range(START_MARGIN):
        latest = previous_business_day(latest)
    return min(follow_up_on, max(latest, add_business_days(since, 1)))


def _before_the_deadline(
    follow_up_on: date, deadline: date, since: date, today: date, *, on_the_day: bool
) -> date | None:
    """Nothing is chased after the answer is due: the nudge comes the day before, if any;
    once the date has passed, the advice is a call, not a note. ``on_the_day``: with their
    answer to a counter still owed, the date is theirs to move, and the call asking them
    to move it goes on the day itself."""
    if today > deadline:
        return None
    if follow_up_on < deadline:
        return follow_up_on
    before = deadline if on_the_day else previous_business_day(deadline)
    return before if before > since else None


def _quiet_dates(
    follow_ups: list[StatusUpdate], since: date, expected: date, *, applied_pace: bool
) -> dict[str, date]:
    """The first day each kind of silence makes the process count as gone quiet.

    Dates, not a yes/no for today, so that lists can store them and sort in SQL."""
    dates = {"silence": add_business_days(expected, QUIET_PAST_EXPECTED + 1)}
    if applied_pace:
        dates["application"] = since + timedelta(days=QUIET_AFTER_APPLYING)
    if not follow_ups:
        return dates
    # A follow-up is given its own window to be answered before any silence counts.
    answered_by = add_business_days(follow_ups[-1].on, FOLLOW_UP_WINDOW + 1)
    dates = {reason: max(day, answered_by) for reason, day in dates.items()}
    if len(follow_ups) >= MAX_FOLLOW_UPS:
        dates["follow_ups"] = add_business_days(
            follow_ups[MAX_FOLLOW_UPS - 1].on, FOLLOW_UP_WINDOW + 1
        )
    return dates


def _quiet_reason(quiet_dates: dict[str, date], today: date) -> str:
    for reason in ("follow_ups", "application", "silence"):
        if reason in quiet_dates and today >= quiet_dates[reason]:
            return reason
    return ""
