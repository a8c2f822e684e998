"""The advice's waiting clock as fixed dates, so long lists can filter and sort in SQL.

``advise`` answers for one day. A list of thousands of applications cannot run it for
every row on every page view, so the one write path (``services.stage_refresh``) stores
three dates that stay true as the days pass, until the next change to the records:

- ``awaiting_from``: the first day the employer owes a reply. A booked interview
  still ahead is the candidate's move; the day after it, the reply is theirs.
- ``follow_up_on``: when to nudge if they stay silent.
- ``quiet_from``: the first day the silence counts as gone quiet.

A test checks these dates against ``advise`` day by day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from interviews.guidance import Person, advise
from interviews.guidance.records import last_day
from interviews.guidance.search import NO_SEARCH, Search
from interviews.models import Application, Outcome


@dataclass(frozen=True)
class Attention:
    awaiting_from: date | None = None
    follow_up_on: date | None = None
    quiet_from: date | None = None


def attention(
    application: Application, *, today: date, person: Person, search: Search = NO_SEARCH
) -> Attention:
    """The dates at which this application will need its owner, as seen on ``today``, with
    the rest of the ``search`` in view (an offer accepted elsewhere ends the wait)."""
    with person.in_force():  # a round's day is the day in the person's zone
        booked = [
            last_day(r) + timedelta(days=1)
            for r in application.rounds.all()
            if r.outcome == Outcome.SCHEDULED
        ]
    # Read the advice as it will stand once every booked interview has happened.
    settled_on = max([today, *booked])
    advice = advise(application, today=settled_on, person=person, search=search)
    if not advice.awaiting_reply:
        return Attention()
    return Attention(
        awaiting_from=settled_on if settled_on > today else advice.waiting_since,
        follow_up_on=advice.follow_up_on,
        quiet_from=advice.quiet_from,
    )
