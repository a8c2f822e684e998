"""The Waiting page, one-click answers from HR, and upcoming interviews."""

from __future__ import annotations

import datetime as dt
import re
from http import HTTPStatus

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from interviews.models import Outcome, Stage, StatusUpdate
from interviews.views.updates import UNDO_WINDOW
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db

WAITING = reverse("interviews:waiting")


@pytest.fixture
def ordinary_day():
    """A follow-up falls due after about 15 business days on an ordinary day; around the
    year end the advice waits for January instead (tests/guidance covers that). Tests of
    the desk's order and counts pin the clock to an ordinary Wednesday."""
    with time_machine.travel(dt.datetime(2026, 11, 18, 12, tzinfo=dt.UTC), tick=True):
        yield


def days_ago(n: int) -> dt.date:
    return timezone.localdate() - dt.timedelta(days=n)


def applied(user, days: int, **fields):
    application = ApplicationFactory(owner=user, applied_on=days_ago(days), **fields)
    return application


def test_empty_waiting_page_says_what_happens_next(owner_client):
    body = owner_client.get(WAITING).content.decode()
    assert "Nothing waiting: nobody owes you an answer and you owe nobody one." in body
    assert "No interviews in the next two weeks." in body


def test_most_urgent_first_with_state_and_window(owner_client, user, ordinary_day):
    applied(user, 2, company="Fresh Co")
    applied(user, 17, company="Nudge Co")
    response = owner_client.get(WAITING)
    items = response.context["desk"].they_owe
    assert response.context["desk"].you_owe == []
    assert [item["application"].company for item in items] == ["Nudge Co", "Fresh Co"]
    assert [item["advice"].waiting_state for item in items] == ["follow_up", "on_track"]
    body = response.content.decode()
    nudge, fresh = (item["state"] for item in items)
    assert re.fullmatch(r"Follow up today|Overdue \d+ days?", nudge.label)
    assert fresh.label == "Waiting for their reply"
    assert nudge.label in body and fresh.label in body
    assert "<strong>1 thing to do today:</strong> 1 follow-up to send. 2 employers" in body
    assert "of about 5–15 business days" in body


def test_upcoming_interviews_are_not_waiting(owner_client, user, ordinary_day):
    # On an ordinary Wednesday: an interview on Saturday's preparation is due on Friday. (On
    # the day it falls due, the preparation is the person's to-do, and the desk says so.)
    application = applied(user, 5, company="Soon Co")
    InterviewRoundFactory(
        application=application,
        scheduled_at=timezone.now() + dt.timedelta(days=3),
        outcome=Outcome.SCHEDULED,
    )
    response = owner_client.get(WAITING)
    assert response.context["desk"].cards == []
    assert [r.application.company for r in response.context["upcoming"]] == ["Soon Co"]


def test_closed_and_other_peoples_applications_are_not_listed(owner_client, user):
    closed = applied(user, 10, company="Closed Co")
    StatusUpdateFactory(application=closed, kind="rejected", on=days_ago(1))
    ApplicationFactory(applied_on=days_ago(10), company="Not Mine")
    body = owner_client.get(WAITING).content.decode()
    assert "Closed Co" not in body and "Not Mine" not in body


def test_quick_log_without_javascript_redirects_back(owner_client, user):
    application = applied(user, 8)
    response = owner_client.post(
        reverse("interviews:update_quick", args=[application.pk]),
        {"kind": "moving_forward", "note": "Team liked me", "next": WAITING},
    )
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == WAITING
    update = StatusUpdate.objects.get()
    assert (update.kind, update.note, update.on) == (
        "moving_forward",
        "Team liked me",
        timezone.localdate(),
    )
    application.refresh_from_db()
    assert application.stage == Stage.SCREENING  # before any round: a screening passed


def test_quick_log_with_htmx_returns_the_whole_card_and_the_counts(owner_client, user):
    application = applied(user, 17)
    applied(user, 2)
    response = owner_client.post(
        reverse("interviews:update_quick", args=[application.pk]),
        {"kind": "offer_verbal"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == HTTPStatus.OK
    body = response.content.decode()
    assert '<article class="card mb-3 waiting-item' in body
    assert f'id="waiting-{application.pk}"' in body
    assert "<html" not in body
    assert "Logged: verbal offer." in body
    assert response.context["advice"].stage == Stage.OFFER
    # The counts, out of band: a live offer is the person's to answer, so it moves to their
    # court though its first step (ask for it in writing) falls due later; the other
    # application, only applied, is not asked to hurry because of the offer
    # (guidance.whole_search).
    assert 'id="waiting-counts" hx-swap-oob="true"' in body
    assert "1 employer owes you an answer." in body
    assert 'id="you-owe-count" hx-swap-oob="true">1<' in body
    assert "waiting on you" not in body
    undo = StatusUpdate.objects.get().pk
    assert reverse("interviews:update_undo", args=[undo]) in body


def test_undo_removes_the_answer_just_logged(owner_client, user):
    application = applied(user, 17)
    update = StatusUpdateFactory(application=application, kind="rejected", on=days_ago(0))
    response = owner_client.post(
        reverse("interviews:update_undo", args=[update.pk]),
        {"next": WAITING},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == HTTPStatus.OK
    assert "Removed: rejected." in response.content.decode()
    assert not StatusUpdate.objects.exists()
    application.refresh_from_db()
    assert application.stage == Stage.APPLIED
    assert "1 employer owes you an answer" in response.content.decode()


def test_undo_without_javascript_redirects_back(owner_client, user):
    update = StatusUpdateFactory(application=applied(user, 8), kind="on_hold", on=days_ago(0))
    response = owner_client.post(
        reverse("interviews:update_undo", args=[update.pk]), {"next": WAITING}
    )
    assert (response.status_code, response.url) == (HTTPStatus.FOUND, WAITING)
    assert not StatusUpdate.objects.exists()


def test_undo_is_refused_once_its_moment_has_passed(owner_client, user):
    update = StatusUpdateFactory(application=applied(user, 8), kind="on_hold", on=days_ago(0))
    StatusUpdate.objects.filter(pk=update.pk).update(
        created_at=timezone.now() - UNDO_WINDOW - dt.timedelta(seconds=1)
    )
    response = owner_client.post(reverse("interviews:update_undo", args=[update.pk]))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert StatusUpdate.objects.filter(pk=update.pk).exists()


def test_a_waiting_card_offers_only_the_draft_due_now(owner_client, user, ordinary_day):
    application = applied(user, 17, company="Nudge Co")
    body = owner_client.get(WAITING).content.decode()
    assert reverse("interviews:draft", args=[application.pk, "follow_up"]) in body
    assert reverse("interviews:draft", args=[application.pk, "withdrawal"]) not in body
    assert "Other drafts (1)" in body


def test_quick_log_ignores_an_offsite_next(owner_client, user):
    application = applied(user, 8)
    response = owner_client.post(
        reverse("interviews:update_quick", args=[application.pk]),
        {"kind": "on_hold", "next": "https://evil.example.com/"},
    )
    assert response.url == application.get_absolute_url()


@pytest.mark.parametrize("kind", ["", "accepted", "follow_up_sent", "nonsense"])
def test_quick_log_refuses_other_kinds(owner_client, user, kind):
    application = applied(user, 8)
    response = owner_client.post(
        reverse("interviews:update_quick", args=[application.pk]), {"kind": kind}
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not StatusUpdate.objects.exists()


def test_quick_log_is_post_only_and_private(client, stranger, user, application):
    url = reverse("interviews:update_quick", args=[application.pk])
    client.force_login(stranger)
    assert client.post(url, {"kind": "rejected"}).status_code == HTTPStatus.NOT_FOUND
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND
    client.force_login(user)
    assert client.get(url).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert not StatusUpdate.objects.exists()


@pytest.mark.parametrize("count", [3, 30])
def test_waiting_page_query_count_does_not_grow(
    owner_client, user, count, django_assert_num_queries
):
    for index in range(count):
        application = applied(user, 3 + index % 20)
        InterviewRoundFactory(
            application=application, scheduled_at=timezone.now() - dt.timedelta(days=1)
        )
    # session, user, stale card states (none), the employer's court and the person's
    # (ids), their applications + rounds + their participants + updates + the people on
    # them, offers, upcoming, e-mail suggestions to review and the whole search in one
    # (interviews.search_picture)
    with django_assert_num_queries(14):
        owner_client.get(WAITING)


def test_board_links_to_waiting_with_what_is_due(owner_client, user, ordinary_day):
    applied(user, 17)
    applied(user, 2)
    body = owner_client.get(reverse("interviews:board")).content.decode()
    assert "Waiting on 2 · 1 to do today" in body


WEDNESDAY = dt.datetime(2026, 12, 9, 12, 0, tzinfo=dt.UTC)


def on_day(user, day: dt.date, **fields):
    return ApplicationFactory(owner=user, applied_on=day, **fields)


@time_machine.travel(WEDNESDAY, tick=False)
def test_what_you_owe_comes_first_most_urgent_first_and_closed_ones_too(owner_client, user):
    on_day(user, dt.date(2026, 11, 20), company="Nudge Co")
    invited = on_day(user, dt.date(2026, 11, 30), company="Invite Co")
    StatusUpdateFactory(application=invited, kind="invited", on=dt.date(2026, 12, 4))
    rescinded = on_day(user, dt.date(2026, 10, 30), company="Rescind Co")
    StatusUpdateFactory(application=rescinded, kind="offer_written", on=dt.date(2026, 11, 30))
    StatusUpdateFactory(application=rescinded, kind="offer_rescinded", on=dt.date(2026, 12, 8))
    old = on_day(user, dt.date(2026, 9, 1), company="Old No")
    StatusUpdateFactory(application=old, kind="rejected", on=dt.date(2026, 10, 1))
    response = owner_client.get(WAITING)
    found = response.context["desk"]
    you_owe = [(item["application"].company, item["state"].tone) for item in found.you_owe]
    # Replying to an invitation is open-ended: due today, never "overdue" (only a real
    # deadline can be, interviews/guidance).
    assert you_owe == [("Invite Co", "today"), ("Rescind Co", "today")]
    assert [item["application"].company for item in found.they_owe] == ["Nudge Co"]
    body = response.content.decode()
    assert "Offer rescinded · Due today" in body
    assert "Old No" not in body
    assert body.index("You owe them") < body.index("They owe you")


@time_machine.travel(WEDNESDAY, tick=False)
@pytest.mark.parametrize(
    ("query", "focused"),
    [
        # The desk reads b (follow-up overdue), c (waiting), a (gone quiet).
        ({"done": "{b}", "at": "0"}, "c"),
        ({"done": "{c}", "at": "1"}, "a"),
        ({"done": "{a}", "at": "9"}, "c"),
        ({"done": "gone", "at": "0"}, None),
        ({"done": "{a}"}, None),
    ],
)
def test_back_on_the_desk_the_next_card_takes_the_focus(owner_client, user, query, focused):
    cards = {
        name: on_day(user, dt.date(2026, 12, 9) - dt.timedelta(days=days), company=f"{name} Co")
        for name, days in (("a", 30), ("b", 20), ("c", 10))
    }
    ids = {name: application.pk for name, application in cards.items()}
    params = {key: value.format(**ids) for key, value in query.items()}
    response = owner_client.get(WAITING, params)
    assert [item["application"].company for item in response.context["desk"].cards] == [
        "b Co",
        "c Co",
        "a Co",
    ]
    assert response.context["focus"] == (ids[focused] if focused else None)
    body = response.content.decode()
    assert body.count("data-focus-card") == (1 if focused else 0)


def test_only_the_soonest_interviews_are_listed(owner_client, user):
    from interviews.waiting import UPCOMING_SHOWN

    application = applied(user, 5)
    for hours in range(UPCOMING_SHOWN + 2):
        InterviewRoundFactory(
            application=application,
            scheduled_at=timezone.now() + dt.timedelta(hours=2 + hours),
            outcome=Outcome.SCHEDULED,
        )
    response = owner_client.get(WAITING)
    assert len(response.context["upcoming"]) == UPCOMING_SHOWN
    assert "More interviews are coming up" in response.content.decode()
