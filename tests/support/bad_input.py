"""Bad input, generated: every form and endpoint answers a page with errors, a redirect or
a 4xx, never a 5xx, and nothing already stored changes unless the write was accepted.

Each example runs in a savepoint, so a database error surfaces as that example's failure
instead of poisoning the ones after it. PostgreSQL refuses NUL characters where SQLite
stores them, so every query here refuses them too: a SQLite run finds those 500s as well.
An accepted write must leave rows that pass ``full_clean()`` and pages that still open.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from django.contrib.auth import get_user_model
from django.db import DataError, connection, transaction
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from hypothesis import event

from interviews.models import (
    Application,
    CalendarFeed,
    Contact,
    InterviewRound,
    StatusUpdate,
    UpdateKind,
)
from interviews.services import DERIVED_FIELDS
from tests.factories import (
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
    UserFactory,
)
from tests.support.fuzz import TODAY


@dataclass
class Scene:
    owner: Any
    stranger: Any
    target: Application  # the owner's application that the generated input is aimed at
    round: InterviewRound
    update: StatusUpdate
    bystander: Application  # another of the owner's: nothing may ever touch it
    elsewhere: Application  # the stranger's
    feed: CalendarFeed


def build_scene() -> Scene:
    owner, stranger = UserFactory(username="owner"), UserFactory(username="stranger")
    ago = TODAY - dt.timedelta(days=12)
    target = ApplicationFactory(owner=owner, company="Target Co", applied_on=ago)
    interview = InterviewRoundFactory(application=target, scheduled_at=timezone.now())
    update = StatusUpdateFactory(application=target, on=ago)
    bystander = ApplicationFactory(owner=owner, company="Bystander Co", applied_on=ago)
    InterviewRoundFactory(application=bystander)
    StatusUpdateFactory(application=bystander, kind=UpdateKind.OFFER_WRITTEN)
    elsewhere = ApplicationFactory(owner=stranger, company="Elsewhere Co")
    feed = CalendarFeed.objects.create(owner=owner)
    return Scene(owner, stranger, target, interview, update, bystander, elsewhere, feed)


# Contacts too: a form that names a person adds one (never deletes one: roles and places
# in rounds are replaced, and are checked by the pages that show them).
MODELS = {m.__name__: m for m in (Application, InterviewRound, StatusUpdate, CalendarFeed, Contact)}
MODELS["User"] = get_user_model()


# The advice each application stores (services.DERIVED_FIELDS): an accepted write that
# moves an offer refreshes it on the person's other applications too (the whole search),
# so it is compared for the application written to, and left out for the others.
STORED_ADVICE = frozenset({*DERIVED_FIELDS, "updated_at"})


def records() -> dict[tuple[str, int], dict]:
    """Every stored row, keyed by model and pk; of an application, its facts."""
    return {
        (name, row["id"]): row for name, model in MODELS.items() for row in model.objects.values()
    }


def facts(key: tuple[str, int], row: dict) -> dict:
    if key[0] != "Application":
        return row
    return {field: value for field, value in row.items() if field not in STORED_ADVICE}


def refuse_nul_like_postgresql(execute, sql, params, many, context) -> Any:
    """PostgreSQL refuses a NUL character in any text it is sent (a 500 for the user);
    SQLite takes it. Refusing it on every backend makes a SQLite run catch it too."""
    rows = params if many else [params]
    for row in rows or ():
        values = row.values() if isinstance(row, dict) else row or ()
        if any(isinstance(value, str) and "\x00" in value for value in values):
            raise DataError("A NUL character reached the database; PostgreSQL refuses it")
    return execute(sql, params, many, context)


def send(
    client: Client, method: str, path: str, data: dict | None = None, **extra: Any
) -> HttpResponse:
    # A savepoint per request: a database error fails this example alone.
    with connection.execute_wrapper(refuse_nul_like_postgresql), transaction.atomic():
        response = getattr(client, method)(path, data or {}, **extra)
    # Shown by --hypothesis-show-statistics: how often input got past the forms.
    event(f"{method.upper()} answered {response.status_code}")
    return response


def assert_sane(
    response, before: dict, may_change: frozenset = frozenset(), accepted: bool | None = None
) -> None:
    """No 5xx; rows change or appear only on an accepted write, and then they are valid.

    A write counts as accepted when the answer is a redirect, unless the caller knows better.
    """
    assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR
    after = records()
    assert before.keys() <= after.keys(), "a stored row disappeared"
    changed = {key for key in before if after[key] != before[key]}
    added = after.keys() - before.keys()
    if accepted is None:
        accepted = response.status_code == HTTPStatus.FOUND
    if not accepted:
        assert not changed and not added, f"{response.status_code} yet rows changed"
    touched = {
        key for key in changed - may_change if facts(key, after[key]) != facts(key, before[key])
    }
    assert not touched, f"changed rows it must not touch: {touched}"
    for name, pk in changed | added:
        MODELS[name].objects.get(pk=pk).full_clean()


def assert_pages_open(client: Client, scene: Scene, application: Application) -> None:
    """What an accepted write stored must not break the pages that show it."""
    urls = [
        application.get_absolute_url(),
        reverse("interviews:draft", args=[application.pk, "withdrawal"]),
        reverse("interviews:board") + "?closed=1",
        reverse("interviews:application_list"),
        reverse("interviews:waiting"),
        reverse("interviews:insights"),
        reverse("interviews:insights_chart", args=["reply-times"]),
        reverse("interviews:calendar_feed", args=[scene.feed.token]),
        *(reverse("interviews:round_ics", args=[pk]) for pk in latest_round_ids(application)),
    ]
    for url in urls:
        response = send(client, "get", url)
        assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, url


def latest_round_ids(application: Application) -> list[int]:
    # Rounds pile up over the examples; the newest few include the one just written.
    newest = InterviewRound.objects.filter(application=application).order_by("-pk")
    return list(newest.values_list("pk", flat=True)[:3])


def post_and_check(
    client: Client,
    scene: Scene,
    path: str,
    data: dict,
    *,
    may_change: set | tuple = (),
    owned: bool = True,
    application: Application | None = None,
) -> HttpResponse:
    """POST, then hold the answer and the stored rows to the rules above."""
    before = records()
    response = send(client, "post", path, data)
    if not owned:
        assert response.status_code == HTTPStatus.NOT_FOUND, path
    assert_sane(response, before, frozenset(may_change))
    if response.status_code == HTTPStatus.FOUND:
        assert_pages_open(client, scene, application or scene.target)
    return response


def target_app(scene: Scene) -> set[tuple[str, int]]:
    # Every write to a round or an update recomputes its application's stage.
    return {("Application", scene.target.pk)}
