"""Remembered pages are never stale (interviews.page_cache): after every kind of change
a person can make (a record written, edited or deleted, an application edited, a setting,
a new day, an interview starting, the log's own rows, records added in bulk), the calendar
feed, an Insights picture and the work-search log and its export read from the cache
and the board (its cards kept with the request's CSRF token and path filled in) equal the
same pages worked out afresh."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from http import HTTPStatus

import pytest
import time_machine
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from interviews import page_cache
from interviews.accounts.models import Profile
from interviews.models import CalendarFeed, InterviewRound, Outcome, StatusUpdate, UpdateKind
from interviews.services import application_save, profile_save, record_delete, record_save
from interviews.worklog.models import Activity, LogExclusion
from tests.factories import (
    ActivityFactory,
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
)

pytestmark = pytest.mark.django_db

START = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC)  # a Wednesday
CHART = reverse("interviews:insights_chart", args=["funnel"])
FLOW = reverse("interviews:insights_flow_svg")
LOG = reverse("interviews:worklog")
DOWNLOAD = reverse("interviews:worklog_download")
BOARD = reverse("interviews:board")
TOKEN_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"')
TOKEN_HEADER = re.compile(rb'"X-CSRFToken": "[^"]+"')
RANGE = {"start": "2026-10-26", "end": "2026-11-22", "layout": "us"}


def body(response) -> bytes:
    assert response.status_code == HTTPStatus.OK
    return b"".join(response.streaming_content) if response.streaming else response.content


def events(feed: bytes) -> bytes:
    """The feed without its DTSTAMP lines: when that copy of it was made."""
    lines = feed.split(b"\r\n")
    return b"\r\n".join(line for line in lines if not line.startswith(b"DTSTAMP"))


def without_tokens(page: bytes) -> bytes:
    """A page without its CSRF tokens: each request masks the secret afresh."""
    page = TOKEN_FIELD.sub(b'name="csrfmiddlewaretoken" value="-"', page)
    return TOKEN_HEADER.sub(b'"X-CSRFToken": "-"', page)


def pages(client: Client, feed_url: str) -> dict[str, bytes]:
    """What each remembered page says now: the log's weeks as its context holds them."""
    log = client.get(LOG)
    assert log.status_code == HTTPStatus.OK
    return {
        "board": without_tokens(body(client.get(BOARD))),
        "board, a search": without_tokens(body(client.get(BOARD, {"q": "acme", "x": "<y>"}))),
        "feed": events(body(Client().get(feed_url))),
        "chart": body(client.get(CHART)),
        "flow": body(client.get(FLOW)),
        "log": repr(log.context["weeks"]).encode(),
        "download": body(client.get(DOWNLOAD, RANGE)),
    }


def assert_kept_equals_fresh(client: Client, feed_url: str) -> dict[str, bytes]:
    kept = pages(client, feed_url)
    assert pages(client, feed_url) == kept  # read again from the cache: the same
    cache.clear()
    assert pages(client, feed_url) == kept  # worked out afresh: the same
    return kept


@pytest.fixture
def search(user):
    """Two applications with rounds and updates, one interview later today, an activity."""
    with time_machine.travel(START, tick=False):
        first = ApplicationFactory(owner=user, company="Acme", applied_on=dt.date(2026, 11, 2))
        InterviewRoundFactory(
            application=first, scheduled_at=dt.datetime(2026, 11, 10, 15, tzinfo=dt.UTC)
        )
        StatusUpdateFactory(application=first, kind="acknowledged", on=dt.date(2026, 11, 3))
        second = ApplicationFactory(owner=user, company="Globex", applied_on=dt.date(2026, 11, 9))
        InterviewRoundFactory(
            application=second,
            scheduled_at=dt.datetime(2026, 11, 18, 14, tzinfo=dt.UTC),
            outcome=Outcome.SCHEDULED,
        )
        ActivityFactory(owner=user, on=dt.date(2026, 11, 16), organisation="City Job Fair")
    feed, _ = CalendarFeed.objects.get_or_create(owner=user)
    return first, second, reverse("interviews:calendar_feed", args=[feed.token])


def test_every_change_is_seen_by_the_remembered_pages(owner_client, user, search):
    first, second, feed_url = search
    with time_machine.travel(START, tick=False) as clock:
        seen = [assert_kept_equals_fresh(owner_client, feed_url)]

        def after(change) -> None:
            clock.shift(dt.timedelta(seconds=1))  # one write after another, as in life
            change()
            seen.append(assert_kept_equals_fresh(owner_client, feed_url))

        after(lambda: record_save(StatusUpdate(application=first, kind="invited", on=START.date())))
        offer = StatusUpdate(application=second, kind=UpdateKind.OFFER_WRITTEN, on=START.date())
        after(lambda: record_save(offer))

        def outcome_changed() -> None:
            held = InterviewRound.objects.get(application=first)
            held.outcome = Outcome.ADVANCED
            record_save(held)

        after(outcome_changed)
        after(lambda: record_delete(StatusUpdate.objects.get(application=first, kind="invited")))

        def renamed() -> None:
            first.company = "Acme Labs"
            application_save(first)

        after(renamed)

        def moved_abroad() -> None:
            profile = Profile.objects.get(owner=user)
            profile.time_zone = "Pacific/Auckland"
            profile_save(profile)

        after(moved_abroad)

        def activity_edited() -> None:
            activity = Activity.objects.get(owner=user)
            activity.organisation = "County Job Fair"
            activity.save()

        after(activity_edited)
        after(lambda: LogExclusion.objects.create(application=first))
        # Records written in bulk (an import, a restore) without a stage they change.
        after(
            lambda: StatusUpdate.objects.bulk_create(
                [StatusUpdate(application=first, kind="follow_up_sent", on=dt.date(2026, 11, 17))]
            )
        )
        after(lambda: clock.move_to(START + dt.timedelta(hours=5, minutes=30)))  # Globex's began
        # ... and is over: the board says "Interview earlier today" and asks how it went.
        after(lambda: clock.move_to(START + dt.timedelta(hours=6, minutes=30)))
        after(lambda: clock.move_to(START + dt.timedelta(days=1)))  # a new day

    # Every change above changed what at least one page says, so none was read stale.
    assert all(before != now for before, now in itertools.pairwise(seen))


def test_a_deploy_that_changes_the_code_is_a_new_key(user, monkeypatch):
    """A kept page drawn by older code is never served by newer: the code's stamp is part
    of every key."""
    builds = []
    page_cache.Kept(user).get("part", lambda: builds.append("old") or "old")
    assert page_cache.Kept(user).get("part", lambda: "unused") == "old"
    monkeypatch.setattr(page_cache, "CODE", "another-deploy")
    assert page_cache.Kept(user).get("part", lambda: "new") == "new"
