"""One stored card state: what an application's card and the Waiting desk show, worked
out by the one write path (``services``) and stored on the application, with the last day
on which it stays true (``valid_until``). Pages that read these columns need neither the
records nor the engine; past ``valid_until`` the state is worked out again.

What is stored is what does not depend on the day it is read: the stage, the situation,
the waiting state, the short next step and its due date, the next interview's day and the
timing line. Words that do ("Overdue 3 days", "Due today", "Interview tomorrow") are made
from the stored dates at render time (``presenting``). See docs/card-state.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta

from interviews.guidance import Advice
from interviews.guidance.business_days import add_business_days
from interviews.guidance.clock import THANK_YOU_LATE_FINE
from interviews.guidance.planning import STALE_STEPS_AFTER
from interviews.guidance.records import last_day
from interviews.presenting import short_step
from interviews.stages import round_day

# A state with nothing dated in it still gets looked at again within this many days.
LONGEST = timedelta(days=60)
FIRST_DAYS = 3  # guidance: the wait's first days read differently (business days)


@dataclass(frozen=True)
class CardState:
    situation: str
    waiting_state: str
    step: str  # the first next step, card length
    due: date | None  # its due date
    interview_on: date | None  # the next interview's day, when one is booked ahead
    timing: str  # the card's timing line
    valid_until: date  # the last day on which all of the above stays true

    def as_fields(self) -> dict[str, object]:
        """The columns on Application, by name."""
        return {f"card_{name}": value for name, value in asdict(self).items()}


def card_of(advice: Advice, today: date) -> CardState:
    step = advice.next_steps[0] if advice.next_steps else None
    interview_on = round_day(advice.next_round) if advice.next_round else None
    return CardState(
        situation=str(advice.situation),
        waiting_state=advice.waiting_state,
        step=short_step(step) if step else "",
        due=step.due if step else None,
        interview_on=interview_on,
        timing=advice.timing_line,
        valid_until=min(change_days(advice, today), default=today + LONGEST) - timedelta(days=1),
    )


def change_days(advice: Advice, today: date) -> set[date]:
    """Every day after ``today`` on which this advice may read differently: the day a
    date in it arrives, the day after it passes, and tomorrow whenever something is due
    today or counts down (a step due today is overdue or re-dated tomorrow)."""
    dates = [step.due for step in advice.next_steps]
    dates += [advice.follow_up_on, advice.quiet_from, advice.reply_expected_by, advice.deadline]
    if advice.next_round is not None:
        dates += [round_day(advice.next_round), last_day(advice.next_round)]
    if advice.thank_you is not None:
        dates.append(advice.thank_you.due)
        dates.append(add_business_days(advice.thank_you.due, THANK_YOU_LATE_FINE))
    if advice.waiting_since is not None:
        dates.append(add_business_days(advice.waiting_since, FIRST_DAYS))
    if advice.last_activity_on is not None:
        dates.append(advice.last_activity_on + STALE_STEPS_AFTER)
    days = {day for found in dates if found is not None for day in (found, found + timedelta(1))}
    tomorrow = today + timedelta(days=1)
    if advice.deadline is not None or any(step.due == today for step in advice.next_steps):
        days.add(tomorrow)
    return {day for day in days if day > today} | {today + LONGEST}
