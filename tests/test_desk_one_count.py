"""One count of things to do today, one definition, wherever it is said (issue #22: the
board said "11 to do" and the desk "10 waiting on you"): what you owe them plus the
follow-ups due, and the desk says it as that sum."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from interviews.models import Stage, UpdateKind
from interviews.presenting import card_words
from tests.factories import ApplicationFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db

WEDNESDAY = dt.datetime(2026, 11, 18, 12, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def ordinary_day():
    with time_machine.travel(WEDNESDAY, tick=False):
        yield


def ago(days: int) -> dt.date:
    return timezone.localdate() - dt.timedelta(days=days)


def test_the_board_and_the_desk_say_the_same_count_the_same_way(owner_client, user):
    invited = ApplicationFactory(owner=user, company="Invite Co", applied_on=ago(10))
    StatusUpdateFactory(application=invited, kind=UpdateKind.INVITED, on=ago(1))  # you owe
    ApplicationFactory(owner=user, company="Nudge Co", applied_on=ago(17))  # a follow-up due
    ApplicationFactory(owner=user, company="Fresh Co", applied_on=ago(2))  # nothing yet

    board = owner_client.get(reverse("interviews:board")).content.decode()
    desk = owner_client.get(reverse("interviews:waiting")).content.decode()

    assert "Waiting on 2 · 2 to do today" in board
    assert "<strong>2 things to do today:</strong> 1 you owe them and 1 follow-up to send." in desk
    assert "waiting on you" not in desk


def test_a_live_offer_is_the_persons_to_answer_even_when_it_is_due_later(owner_client, user):
    """New-user trial 4: a verbal offer to answer in a week sat under "They owe you" as
    "Waiting for their reply", beside "You owe them 0"."""
    offer = ApplicationFactory(owner=user, company="Offer Co", applied_on=ago(30))
    StatusUpdateFactory(
        application=offer,
        kind=UpdateKind.OFFER_VERBAL,
        on=ago(1),
        respond_by=timezone.localdate() + dt.timedelta(days=6),
    )

    desk = owner_client.get(reverse("interviews:waiting")).content.decode()
    mine, theirs = desk.split('id="they-owe-heading"')

    assert "Offer Co" in mine and "Offer Co" not in theirs
    assert "Waiting for their reply" not in mine


def test_an_offers_card_says_whose_move_it_is_when_its_step_is_later():
    words = card_words(
        Stage.OFFER,
        dt.date(2026, 12, 8),
        step="Give your answer",
        due=dt.date(2026, 12, 15),
        next_round=None,
        waiting_state="on_track",
        timing="Answer by Tue 15 Dec",
    )
    assert words.label == "Your move · next step Tue 15 Dec"
