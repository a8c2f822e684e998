"""The Waiting desk as a work queue: what you owe them, then what they owe you, each most
urgent first, so a person can work down the page.

"You owe them" holds every application whose next step is the person's and is due by
today (reply with times, brief your references, answer an offer, a rescinded offer's
questions), closed ones included. "They owe you" holds the rest of those waiting on the
employer, the nudges (follow-ups) first. Both read the same ``card_state`` as the board,
so a card says the same words on both.

The candidates are two bounded reads (the employer's court in the stored order of
``waiting.awaiting``, then the person's, most recently active first); each row then gets
its advice, so the page costs the same few queries at any size.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Q
from django.utils import timezone

from interviews.guidance import Advice, advise
from interviews.guidance.person import Person
from interviews.models import Application, Stage
from interviews.panel import waiting_card_context
from interviews.presenting import (
    CLOSED,
    INTERVIEW,
    OVERDUE,
    QUIET,
    TODAY,
    WAITING,
    closed_needs_action,
)
from interviews.waiting import AWAITABLE, awaiting, offer_ids

DESK_LIMIT = 60  # per court: a day's work, and a bound on the advice computed per view
RECENTLY_CLOSED = timedelta(days=30)
# Steps that nudge a silent employer: the ball stays in their court.
NUDGES = frozenset(
    {
        "follow_up_1",
        "follow_up_2",
        "keep_applying",
        "quiet_last_note",
        "quiet_rest",
        "quiet_other",
        "quiet_log",
    }
)
TONE_ORDER = {OVERDUE: 0, TODAY: 1, INTERVIEW: 2, WAITING: 3, QUIET: 5, CLOSED: 6}


@dataclass
class Desk:
    you_owe: list[dict] = field(default_factory=list)
    they_owe: list[dict] = field(default_factory=list)

    @property
    def cards(self) -> list[dict]:
        return self.you_owe + self.they_owe

    @property
    def due_today(self) -> int:
        """Cards with something to do by today, in either court."""
        return sum(1 for card in self.cards if urgent(card["state"], card["today"]))


def urgent(state, today: date) -> bool:
    return state.due is not None and state.due <= today


def yours(application: Application, advice: Advice, today: date) -> bool:
    """Whether the next move is the person's and due by today (not a nudge to them)."""
    step = advice.next_steps[0] if advice.next_steps else None
    if application.is_closed:
        return closed_needs_action(step.due if step else None, today)
    return bool(step and step.due and step.due <= today and step.key not in NUDGES)


def candidates(user, today: date) -> list[Application]:
    """The employer's court most urgent first, then the person's most recently active."""
    theirs = list(awaiting(user, today).values_list("pk", flat=True)[:DESK_LIMIT])
    since = timezone.now() - RECENTLY_CLOSED
    mine = (
        Application.objects.for_user(user)
        .filter(Q(stage__in=AWAITABLE) | Q(stage__in=Stage.closed(), last_activity_at__gte=since))
        .exclude(pk__in=theirs)
        .order_by("-last_activity_at")
        .values_list("pk", flat=True)[:DESK_LIMIT]
    )
    ids = [*theirs, *mine]
    found = Application.objects.filter(pk__in=ids).with_records().in_bulk()
    return [found[pk] for pk in ids if pk in found]


def desk(user, today: date, *, person: Person | None = None) -> Desk:
    """Every card on the desk, in its court, most urgent first; ``person``: the owner's
    calendar (the request's), so the advice reads their holidays."""
    offers = offer_ids(user)
    result = Desk()
    for application in candidates(user, today):
        advice = advise(application, today=today, person=person)
        card = waiting_card_context(application, advice, offers=offers, today=today)
        if yours(application, advice, today):
            result.you_owe.append(card)
        elif advice.awaiting_reply:
            result.they_owe.append(card)
    result.you_owe.sort(key=_urgency)
    result.they_owe.sort(key=_urgency)
    return result


def _urgency(card: dict) -> tuple:
    """Most overdue first, then due today, then by date; gone quiet and closed last. Of
    equal urgency, an open application comes before a closed one."""
    state, application = card["state"], card["application"]
    tone = TONE_ORDER.get(state.tone, 4)
    return (tone, application.is_closed, state.due or date.max, application.pk)


def focus_after(found: Desk, done: str | None, at: str | None) -> int | None:
    """The application whose card should take the focus after an action on ``done``, which
    stood at position ``at``: the card now at that position, or the one after ``done``
    if it is still there. None without a (well-formed) hint."""
    if done is None or at is None or not done.isdigit() or not at.isdigit():
        return None
    order = [card["application"].pk for card in found.cards if card["application"].pk != int(done)]
    if not order:
        return None
    return order[min(int(at), len(order) - 1)]
