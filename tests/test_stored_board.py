"""The board read from the stored card state (docs/card-state.md) says what a board worked
out fresh from every record and the advice engine says, day after day: the states that
expire are worked out again on view, and the words that depend on today are made then."""

from __future__ import annotations

import datetime as dt
import random
from http import HTTPStatus

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from interviews.desk import NOTES_TO_SELF, NUDGE_STEPS, NUDGES
from interviews.guidance import advise
from interviews.models import Application, Outcome, RoundKind, UpdateKind
from interviews.presenting import SHORT_STEPS, card_state, closed_needs_action
from interviews.profiles import activated, profile_of
from interviews.search_picture import search_of
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db

BUILT = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)  # a Friday
KINDS = [
    UpdateKind.ACKNOWLEDGED,
    UpdateKind.INVITED,
    UpdateKind.MOVING_FORWARD,
    UpdateKind.ON_HOLD,
    UpdateKind.REFERENCES_REQUESTED,
    UpdateKind.OFFER_VERBAL,
    UpdateKind.OFFER_WRITTEN,
    UpdateKind.REJECTED,
    UpdateKind.FOLLOW_UP_SENT,
    UpdateKind.REPLIED,
]


def histories(user, count: int, seed: int) -> None:
    """``count`` generated histories through the write path: applied (or only saved) on
    some day of the past six weeks, then a few updates and rounds, past and booked ahead,
    some with the outcome never logged."""
    chance = random.Random(seed)
    today = BUILT.date()
    for _ in range(count):
        applied = today - dt.timedelta(days=chance.randint(0, 42))
        application = ApplicationFactory(
            owner=user, applied_on=None if chance.random() < 0.1 else applied
        )
        for _ in range(chance.randint(0, 3)):
            on = min(applied + dt.timedelta(days=chance.randint(0, 30)), today)
            if chance.random() < 0.3:
                _round(application, chance, today)
            else:
                kind = chance.choice(KINDS)
                promised = today + dt.timedelta(days=chance.randint(1, 9))
                StatusUpdateFactory(
                    application=application,
                    kind=kind,
                    on=on,
                    news_by=promised if chance.random() < 0.2 else None,
                )


def _round(application, chance: random.Random, today: dt.date) -> None:
    day = today + dt.timedelta(days=chance.randint(-10, 10))
    at = dt.datetime.combine(day, dt.time(chance.choice([9, 11, 14])), tzinfo=dt.UTC)
    ahead = day >= today
    outcome = Outcome.SCHEDULED if ahead or chance.random() < 0.4 else Outcome.DONE
    InterviewRoundFactory(
        application=application, scheduled_at=at, outcome=outcome, kind=RoundKind.VIDEO
    )


def fresh_cards(user, today: dt.date) -> dict[int, tuple]:
    """Every application's card worked out the way the board did before it stored them:
    its records, the advice, and the words for today."""
    search = search_of(user)
    with activated(profile_of(user)):
        cards = {}
        for application in Application.objects.for_user(user).with_records():
            advice = advise(application, today=today, search=search)
            questions = [(q.text, q.round.pk, q.stale) for q in advice.questions]
            cards[application.pk] = (card_state(application.stage, advice, today), questions)
    return cards


def fresh_pill(user, today: dt.date) -> tuple[int, int]:
    """The Waiting desk's numbers by its rule before the stored courts: yours when the
    first step is due by today and not a nudge, theirs when a reply is owed."""
    search = search_of(user)
    recent = timezone.now() - dt.timedelta(days=30)
    they_owe = due_today = 0
    for application in Application.objects.for_user(user).with_records():
        if application.stage == "saved" or (
            application.is_closed and application.last_activity_at < recent
        ):
            continue
        advice = advise(application, today=today, search=search)
        step = advice.next_steps[0] if advice.next_steps else None
        due = step.due if step else None
        if application.is_closed:
            yours = closed_needs_action(due, today)
        else:
            yours = bool(due and due <= today and step.key not in NUDGES)
        theirs = not yours and advice.awaiting_reply
        they_owe += theirs
        # (a note to self in their court is nothing to send: trial 4's "Write down how it went")
        counted = yours or (theirs and (step is None or step.key not in NOTES_TO_SELF))
        due_today += counted and due is not None and due <= today
    return they_owe, due_today


def shown_cards(response) -> dict[int, tuple]:
    cards = [card for column in response.context["columns"] for card in column["cards"]]
    cards += response.context["closed_due"]
    return {
        application.pk: (state, [(q.text, q.round.pk, q.stale) for q in bookings.questions])
        for application, bookings, state in cards
    }


def test_a_board_from_stored_state_equals_one_worked_out_fresh_day_after_day(owner_client, user):
    with time_machine.travel(BUILT, tick=False):
        histories(user, 45, seed=27)
    for offset in range(0, 21):
        now = BUILT + dt.timedelta(days=offset, hours=3)
        with time_machine.travel(now, tick=False):
            today = now.date()
            response = owner_client.get(reverse("interviews:board"))
            assert response.status_code == HTTPStatus.OK
            shown = shown_cards(response)
            fresh = fresh_cards(user, today)
            assert shown, offset
            for pk, card in shown.items():
                assert card == fresh[pk], (today, pk)
            pill = (response.context["awaiting_total"], response.context["due_today"])
            assert pill == fresh_pill(user, today), today


def test_the_cards_shown_are_never_stale(owner_client, user):
    with time_machine.travel(BUILT, tick=False):
        histories(user, 20, seed=3)
    later = BUILT + dt.timedelta(days=90)
    with time_machine.travel(later, tick=False):
        owner_client.force_login(user)  # a session of the day, not one expired since
        assert owner_client.get(reverse("interviews:board")).status_code == HTTPStatus.OK
    assert not Application.objects.filter(owner=user, card_valid_until__lt=later.date()).exists()


def test_only_a_nudge_has_a_nudges_words_on_an_open_application():
    """The courts tell a nudge by its card-length words (the key is not stored): no other
    step an open application can show shares them (``rejected_next`` is a rejection's)."""
    others = {words for key, words in SHORT_STEPS.items() if key not in NUDGES | {"rejected_next"}}
    assert not others & NUDGE_STEPS


def test_the_list_says_what_a_fresh_card_says(owner_client, user):
    with time_machine.travel(BUILT, tick=False):
        histories(user, 30, seed=8)
    for offset in (0, 4, 11):
        now = BUILT + dt.timedelta(days=offset, hours=3)
        with time_machine.travel(now, tick=False):
            response = owner_client.get(reverse("interviews:application_list"))
            assert response.status_code == HTTPStatus.OK
            fresh = fresh_cards(user, now.date())
            rows = response.context["rows"]
            assert len(rows) == 25
            for application, _, state in rows:
                assert state == fresh[application.pk][0], (offset, application.pk)
            assert rows[0][2].label in response.content.decode()
