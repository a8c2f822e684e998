"""The Waiting desk as a work queue: what you owe them, then what they owe you, each most
urgent first, so a person can work down the page.

"You owe them" holds every application whose next step is the person's and is due by
today (reply with times, brief your references, a rescinded offer's questions), closed
ones included, and every live offer, which is theirs to answer whenever it is due. "They
owe you" holds the rest of those waiting on the employer, the nudges (follow-ups) first.
Both read the same ``card_state`` as the board, so a card says the same words on both.

The candidates are two bounded reads (the employer's court in the stored order of
``waiting.awaiting``, then the person's, most recently active first); each row then gets
its advice, so the page costs the same few queries at any size.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Case, Count, Min, Q, Value, When
from django.utils import timezone

from interviews.guidance import advise
from interviews.guidance.person import Person
from interviews.guidance.search import Search
from interviews.models import Application, Stage
from interviews.panel import waiting_card_context
from interviews.presenting import (
    CLOSED_STEP_LASTS,
    SHORT_STEPS,
    urgency,
)
from interviews.search_picture import search_of
from interviews.services import cards_refresh
from interviews.waiting import AWAITABLE, awaiting, offer_ids

DESK_LIMIT = 60  # per court: a day's work, and a bound on the advice computed per view
RECENTLY_CLOSED = timedelta(days=30)
# Steps that nudge a silent employer, or owed to no one: the ball stays in their court.
NUDGES = frozenset(
    {
        "follow_up_1",
        "follow_up_2",
        "keep_applying",
        "undated_round_date",  # a record to complete, owed to no one
        "debrief",  # a note to self after a round, owed to no one (new-user trial 4)
        "quiet_last_note",
        "quiet_rest",
        "quiet_other",
        "quiet_log",
    }
)
# The nudges' card-length forms: the stored state keeps the step's words, not its key.
NUDGE_STEPS = frozenset(SHORT_STEPS[key] for key in NUDGES)
# Of those, the notes to self: never counted as a follow-up to send.
NOTES_TO_SELF = frozenset({"undated_round_date", "debrief"})
TO_SELF = frozenset(SHORT_STEPS[key] for key in NOTES_TO_SELF)
YOURS, THEIRS = "yours", "theirs"


@dataclass
class Desk:
    you_owe: list[dict] = field(default_factory=list)
    they_owe: list[dict] = field(default_factory=list)

    @property
    def cards(self) -> list[dict]:
        return self.you_owe + self.they_owe

    @property
    def follow_ups_today(self) -> int:
        """The nudges due by today in their court: the person's to send."""
        return sum(
            1
            for card in self.they_owe
            if urgent(card["state"], card["today"]) and card["state"].step not in TO_SELF
        )

    @property
    def owed_today(self) -> int:
        """The cards in your court due by today (a live offer stays there until answered)."""
        return sum(1 for card in self.you_owe if urgent(card["state"], card["today"]))

    @property
    def due_today(self) -> int:
        """The one count of things to do today, wherever it is said (the desk, the board's
        pill, Insights): what you owe them by today and the follow-ups due in their court.
        ``counts`` is the same sum over the stored states."""
        return self.owed_today + self.follow_ups_today


def urgent(state, today: date) -> bool:
    return state.due is not None and state.due <= today


def _courts(today: date) -> tuple[Q, Q]:
    """Which court an application is in, read from its stored card state (kept fresh by
    ``services.cards_refresh``): yours when its next step is the person's and due by today
    (a closed one's within the week: ``presenting.closed_needs_action``), not a nudge to
    them; theirs when the employer owes a reply (any waiting state) and it is not yours."""
    recent = timezone.now() - RECENTLY_CLOSED
    closed = Q(stage__in=Stage.closed())
    shown = Q(stage__in=AWAITABLE) | (closed & Q(last_activity_at__gte=recent))
    closed_due = Q(card_due__gte=today - CLOSED_STEP_LASTS, card_due__lte=today)
    # A live offer is the person's to answer whenever its next step falls (new-user trial 4:
    # an offer due in a week sat under "They owe you").
    open_due = (Q(card_due__lte=today) | Q(stage=Stage.OFFER)) & ~Q(card_step__in=NUDGE_STEPS)
    yours = shown & ((closed & closed_due) | (Q(stage__in=AWAITABLE) & open_due))
    theirs = shown & ~Q(card_waiting_state="") & ~yours
    return yours, theirs


def counts(user, today: date) -> dict[str, int]:
    """The desk's numbers in one query over the stored states, for the board's pill and
    Insights: what is owed by today in each court, and their sum."""
    yours, theirs = _courts(today)
    due = Q(card_due__lte=today)
    found = Application.objects.for_user(user).aggregate(
        you_owe=Count("pk", filter=yours),
        they_owe=Count("pk", filter=theirs),
        owed_today=Count("pk", filter=yours & due),
        follow_ups=Count("pk", filter=theirs & due & ~Q(card_step__in=TO_SELF)),
    )
    return found | {"due_today": found["owed_today"] + found["follow_ups"]}


def next_leaving(user, now: datetime) -> datetime | None:
    """When ``counts`` next changes by itself within a day: the moment the earliest of the
    recently closed applications stops being recent (``_courts``), or None."""
    closed = Application.objects.for_user(user).filter(
        stage__in=Stage.closed(), last_activity_at__gte=now - RECENTLY_CLOSED
    )
    earliest = closed.aggregate(at=Min("last_activity_at"))["at"]
    return earliest + RECENTLY_CLOSED if earliest is not None else None


def candidates(user, today: date) -> list[tuple[Application, str]]:
    """The employer's court most urgent first, then the person's most recently active;
    each with its court (YOURS or THEIRS)."""
    yours, theirs = _courts(today)
    court = Case(When(yours, then=Value(YOURS)), default=Value(THEIRS))
    first = list(awaiting(user, today).filter(yours | theirs).values_list("pk", court)[:DESK_LIMIT])
    mine = (
        Application.objects.for_user(user)
        .filter(yours | theirs)
        .exclude(pk__in=[pk for pk, _ in first])
        .order_by("-last_activity_at")
        .values_list("pk", court)[:DESK_LIMIT]
    )
    courts = [*first, *mine]
    found = Application.objects.filter(pk__in=[pk for pk, _ in courts]).with_records().in_bulk()
    return [(found[pk], side) for pk, side in courts if pk in found]


def desk(user, today: date, *, person: Person | None = None, search: Search | None = None) -> Desk:
    """Every card on the desk, in its court, most urgent first; ``person``: the owner's
    calendar (the request's), so the advice reads their holidays. Stale stored states are
    worked out first: the courts are read from them."""
    cards_refresh(user, today)
    offers = offer_ids(user)
    search = search if search is not None else search_of(user)
    result = Desk()
    for application, side in candidates(user, today):
        advice = advise(application, today=today, person=person, search=search)
        card = waiting_card_context(application, advice, offers=offers, today=today)
        (result.you_owe if side == YOURS else result.they_owe).append(card)
    result.you_owe.sort(key=_urgency)
    result.they_owe.sort(key=_urgency)
    return result


def _urgency(card: dict) -> tuple:
    """Most overdue first, then due today, then by date; gone quiet and closed last. Of
    equal urgency, an open application comes before a closed one."""
    state, application = card["state"], card["application"]
    tone, due = urgency(state)
    return (tone, application.is_closed, due, application.pk)


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
