"""One count of things to do today, one definition, wherever it is said (issue #22: the
board said "11 to do" and the desk "10 waiting on you"): what you owe them plus the
follow-ups due, and the desk says it as that sum."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from interviews.models import UpdateKind
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
