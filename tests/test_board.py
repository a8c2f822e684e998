"""The pipeline board and the paginated list."""

from __future__ import annotations

import datetime as dt
import re
from http import HTTPStatus

import pytest
import time_machine
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from interviews.models import Outcome, Stage
from interviews.views.board import CLOSED_LIMIT, COLUMN_LIMIT, LIST_PAGE_SIZE
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db

BOARD = reverse("interviews:board")


def make_search(user, count):
    """`count` applications spread over the stages, each with a round and an update."""
    kinds = ["acknowledged", "invited", "offer_verbal", "rejected"]
    for index in range(count):
        application = ApplicationFactory(owner=user)
        InterviewRoundFactory(application=application)
        StatusUpdateFactory(application=application, kind=kinds[index % len(kinds)])


def column(response, stage):
    return next(c for c in response.context["columns"] if c["stage"] == stage)


def test_empty_board_says_what_to_do(owner_client):
    body = owner_client.get(BOARD).content.decode()
    assert "Your board is empty" in body
    assert "Add your first application" in body


def test_cards_sit_in_their_stage_columns(owner_client, user):
    ApplicationFactory(owner=user, applied_on=None, company="Saved Co")
    ApplicationFactory(owner=user, company="Applied Co")
    response = owner_client.get(BOARD)
    assert [a.company for a, _, _ in column(response, Stage.SAVED)["cards"]] == ["Saved Co"]
    assert [a.company for a, _, _ in column(response, Stage.APPLIED)["cards"]] == ["Applied Co"]


def test_closed_applications_are_a_list_under_the_board(owner_client, user):
    application = ApplicationFactory(owner=user, company="Gone Co")
    StatusUpdateFactory(application=application, kind="rejected")
    response = owner_client.get(BOARD)
    assert all(not column["cards"] for column in response.context["columns"])
    assert [a.company for a in response.context["closed"]] == ["Gone Co"]
    body = response.content.decode()
    assert "Closed (1)" in body and "Rejected · last activity" in body
    assert body.index('id="board"') < body.index("Gone Co")


def test_the_closed_list_is_bounded_and_links_to_the_rest(owner_client, user):
    for _ in range(CLOSED_LIMIT + 2):
        application = ApplicationFactory(owner=user)
        StatusUpdateFactory(application=application, kind="withdrew")
    response = owner_client.get(BOARD)
    assert len(response.context["closed"]) == CLOSED_LIMIT
    assert f"See all {CLOSED_LIMIT + 2} closed" in response.content.decode()
    listed = owner_client.get(reverse("interviews:application_list"), {"stage": "closed"})
    assert len(listed.context["rows"]) == CLOSED_LIMIT + 2
    assert "Applications · Closed, any way" in listed.content.decode()


def test_each_card_says_its_state_and_short_step(owner_client, user):
    ApplicationFactory(owner=user, company="Saved Co", applied_on=None)
    card = owner_client.get(BOARD).content.decode()
    assert "Not applied yet" in card and "Apply, then log the date" in card


def test_a_legend_explains_the_colours(owner_client, user):
    ApplicationFactory(owner=user)
    body = owner_client.get(BOARD).content.decode()
    assert "Overdue: a step of yours is late" in body and "Gone quiet" in body


def test_search_by_company_or_role(owner_client, user):
    ApplicationFactory(owner=user, company="Acme", role="Designer")
    ApplicationFactory(owner=user, company="Globex", role="Engineer")
    body = owner_client.get(BOARD, {"q": "acm"}).content.decode()
    assert "Acme" in body and "Globex" not in body
    body = owner_client.get(BOARD, {"q": "engin"}).content.decode()
    assert "Globex" in body and "Acme" not in body


def test_only_my_applications_show(owner_client, user):
    ApplicationFactory(company="Someone Else Inc")
    ApplicationFactory(owner=user, company="Mine Ltd")
    body = owner_client.get(BOARD).content.decode()
    assert "Mine Ltd" in body and "Someone Else Inc" not in body


def test_a_column_is_bounded_and_links_to_the_rest(owner_client, user):
    ApplicationFactory.create_batch(COLUMN_LIMIT + 3, owner=user)
    response = owner_client.get(BOARD)
    applied = column(response, Stage.APPLIED)
    assert len(applied["cards"]) == COLUMN_LIMIT
    assert applied["total"] == COLUMN_LIMIT + 3
    assert f"See all {COLUMN_LIMIT + 3} in Applied" in response.content.decode()


@pytest.mark.parametrize("count", [5, 50])
def test_board_query_count_does_not_grow(owner_client, user, count, django_assert_num_queries):
    make_search(user, count)
    cache.clear()
    # session, user, stale states (none), the rounds' next turn, the recently closed's,
    # the data stamp, the kept body (missed): stage counts, the shown cards' ids, the cards
    # + their rounds (no updates, no advice: the stored state), the Waiting desk's numbers
    # in one count; keeping it (five: the cache's size, a savepoint, the key, the row, the
    # release); upcoming interviews, the navigation's e-mails
    with django_assert_num_queries(19):
        response = owner_client.get(BOARD)
    assert response.status_code == HTTPStatus.OK
    # Again, nothing changed: the body read from the cache (interviews.page_cache).
    with django_assert_num_queries(9):
        response = owner_client.get(BOARD)
    assert response.status_code == HTTPStatus.OK


def test_list_is_paginated_and_filtered_by_stage(owner_client, user):
    ApplicationFactory.create_batch(LIST_PAGE_SIZE + 5, owner=user)
    ApplicationFactory(owner=user, applied_on=None)
    response = owner_client.get(reverse("interviews:application_list"), {"stage": "applied"})
    assert len(response.context["rows"]) == LIST_PAGE_SIZE
    assert "Page 1 of 2" in response.content.decode()
    second = owner_client.get(
        reverse("interviews:application_list"), {"stage": "applied", "page": "2"}
    )
    assert len(second.context["rows"]) == 5


def test_list_survives_a_silly_page_number(owner_client, user):
    ApplicationFactory(owner=user)
    response = owner_client.get(reverse("interviews:application_list"), {"page": "-9x"})
    assert response.status_code == HTTPStatus.OK


@pytest.mark.parametrize("count", [5, 60])
def test_list_query_count_does_not_grow(owner_client, user, count, django_assert_num_queries):
    make_search(user, count)
    # session, user, count, page, rounds, updates, the navigation's e-mails to review
    # and the whole search in one (interviews.search_picture)
    with django_assert_num_queries(8):
        owner_client.get(reverse("interviews:application_list"))


@time_machine.travel(dt.datetime(2026, 12, 9, 12, 0, tzinfo=dt.UTC), tick=False)
def test_a_closed_application_with_a_step_due_is_a_card_not_filed_under_closed(owner_client, user):
    rescinded = ApplicationFactory(
        owner=user, company="Rescind Co", applied_on=dt.date(2026, 10, 30)
    )
    StatusUpdateFactory(application=rescinded, kind="offer_written", on=dt.date(2026, 11, 30))
    StatusUpdateFactory(application=rescinded, kind="offer_rescinded", on=dt.date(2026, 12, 8))
    done = ApplicationFactory(owner=user, company="Done Co", applied_on=dt.date(2026, 9, 1))
    StatusUpdateFactory(application=done, kind="rejected", on=dt.date(2026, 10, 1))
    response = owner_client.get(reverse("interviews:board"))
    assert [card[0].company for card in response.context["closed_due"]] == ["Rescind Co"]
    assert [application.company for application in response.context["closed"]] == ["Done Co"]
    body = response.content.decode()
    # Right after the stages, before the (collapsed) list of closed ones.
    assert body.index('id="board"') < body.index("Closed, with something still to do")
    assert body.index("Closed, with something still to do") < body.index('id="closed"')
    assert "Offer rescinded · Due today" in body


def test_a_column_puts_what_needs_the_person_first(owner_client, user):
    """A new user's finding: a "Due today" card sat sixth of seven under calm ones. Of the
    same tone, the step due soonest leads its column, though the others were active more
    recently (and an overdue or due-today card leads every calmer one: presenting.urgency)."""
    day = dt.date(2026, 11, 27)
    with time_machine.travel(dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC), tick=False):
        ApplicationFactory(owner=user, company="Due Co", applied_on=day, source="referral")
    with time_machine.travel(dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC), tick=False):
        for number in range(3):
            ApplicationFactory(owner=user, company=f"Calm {number}", applied_on=day)
    with time_machine.travel(dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC), tick=False):
        cards = column(owner_client.get(BOARD), Stage.APPLIED)["cards"]
    dues = [state.due or dt.date.max for _, _, state in cards]
    assert cards[0][0].company == "Due Co" and dues[0] < min(dues[1:]), dues
    assert sorted(a.company for a, _, _ in cards[1:]) == ["Calm 0", "Calm 1", "Calm 2"]


@time_machine.travel(dt.datetime(2026, 12, 9, 12, 0, tzinfo=dt.UTC), tick=False)
def test_the_kept_cards_carry_this_requests_token_and_path_and_csrf_still_holds(user):
    """The board's cards are kept (interviews.page_cache) with stand-ins for the CSRF token
    and the path, filled in per request: the answer posted with the token a kept board
    gave is taken; the same post without a token, or with a made-up one, is refused."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
    held = InterviewRoundFactory(
        application=application,
        scheduled_at=dt.datetime(2026, 12, 4, 10, 0, tzinfo=dt.UTC),
        outcome=Outcome.SCHEDULED,
    )
    url = reverse("interviews:round_outcome", args=[held.pk])
    client.get(BOARD)  # worked out and kept
    response = client.get(BOARD, {"q": "", "from": "<mail>"})
    assert "columns" not in response.context  # the cards read from the cache
    again = response.content.decode()
    form = again[again.index(f'action="{url}"') :]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
    next_path = re.search(r'name="next" value="([^"]+)"', form)[1]
    assert next_path == "/?q=&amp;from=%3Cmail%3E"  # this request's path, escaped
    assert "csrf-" not in again and "path-" not in again  # no stand-in left
    for forged in ({}, {"csrfmiddlewaretoken": "x" * 64}):
        refused = client.post(url, {"outcome": "done", **forged})
        assert refused.status_code == HTTPStatus.FORBIDDEN
    held.refresh_from_db()
    assert held.outcome == Outcome.SCHEDULED
    taken = client.post(url, {"outcome": "done", "next": BOARD, "csrfmiddlewaretoken": token})
    assert taken.status_code == HTTPStatus.FOUND
    held.refresh_from_db()
    assert held.outcome == Outcome.DONE
