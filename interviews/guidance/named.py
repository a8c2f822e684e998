"""Name the event as what it is before a template reads it (``note_facts``): the one rule
per fact, applied to the point the precedence chose.

- A hold whose note names a reserve list: passed, no post yet. Not a pause to chase:
  nothing is waiting on the employer, so no clock runs (``on_hold/reserve_list``).
- News that moves the person forward while a works council or Personalrat has to consent:
  the last step before the contract, not another round (``moving_forward/consent``).
- A booking or its invitation that names a trial day (Probetag): a working day to plan
  for, not an interview (``round_upcoming/trial_day``).
- Their "no decision yet" from more than two working weeks ago: the last word they gave,
  not news (``still_deciding/earlier``).
- Three or more moves by them (reschedules and cancellations) before the meeting happens:
  a pattern, so the page asks once whether the role is still live (``*/moved_often``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from interviews.guidance.business_days import business_days_between
from interviews.guidance.note_facts import Fact, says
from interviews.guidance.records import Records
from interviews.guidance.situations import Situation
from interviews.guidance.standing import Point
from interviews.models import Outcome, StatusUpdate, UpdateKind

# Contexts a trial day replaces: the round's own reading (not work done alone).
MEETING_CONTEXTS = frozenset({"", "second", "final", "screen"})
# Moves by them before a meeting that turn "a busy week" into a question about the role.
MOVES_FOR_DOUBT = 3
# Business days after which their "no decision yet" is their last word, not news.
REPLY_IS_NEWS_FOR = 10


def name_event(point: Point, records: Records, today: date) -> Point:
    """The point, with the context its notes or its history name; unchanged otherwise."""
    situation = point.situation
    if situation == Situation.ON_HOLD and not point.context and _noted(point, Fact.RESERVE_LIST):
        # Nothing is waiting on them: no clock, no nudge; a later vacancy comes to the list.
        return replace(point, context="reserve_list", waiting_since=None, timing=None)
    if situation == Situation.MOVING_FORWARD and _noted(point, Fact.CONSENT):
        return replace(point, context="consent")
    upcoming = situation == Situation.ROUND_UPCOMING and point.context in MEETING_CONTEXTS
    if upcoming and _trial_day(point, records):
        return replace(point, context="trial_day")
    if situation == Situation.STILL_DECIDING and not point.context and _old_news(point, today):
        return replace(point, context="earlier")
    moved = situation in {Situation.ROUND_CANCELLED, Situation.RESCHEDULED} and not point.context
    if moved and moves_by_them(records) >= MOVES_FOR_DOUBT:
        return replace(point, context="moved_often")
    return point


def _old_news(point: Point, today: date) -> bool:
    update = point.update
    return update is not None and business_days_between(update.on, today) > REPLY_IS_NEWS_FOR


def _noted(point: Point, fact: Fact) -> bool:
    return point.update is not None and says(fact, [point.update.note])


def _trial_day(point: Point, records: Records) -> bool:
    booked = point.subject
    if booked is None:
        return False
    invitations = [u.note for u in records.updates if u.kind == UpdateKind.INVITED]
    return says(Fact.TRIAL_DAY, [booked.interviewers, booked.notes, *invitations[-1:]])


def moves_by_them(records: Records) -> int:
    """Reschedules they logged and meetings they called off, since the last one held."""
    held = [r for r in records.past_rounds if r.outcome != Outcome.CANCELLED]
    since = records.key(held[-1]) if held else None
    moves: list[StatusUpdate] = [
        u
        for u in records.updates
        if u.kind == UpdateKind.RESCHEDULED and (since is None or records.key(u) > since)
    ]
    called_off = [r for r in records.cancelled if since is None or records.key(r) > since]
    # A reschedule logged as news and the same meeting marked cancelled are one move when
    # the news came last (it says what happened to the booking).
    return len(moves) + max(len(called_off) - (1 if moves else 0), 0)
