"""Leaving for good: /settings/delete/ asks for the password, offers the backup first,
then deletes every record the person owns, their sessions, tokens, mailbox, pending
uploads and feed links, and blanks their name in the lockout log. The walk below finds
every model that points at a user (as the backup registry does) and fails if any row of
the person's is left behind."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from interviews.accounts.leaving import account_delete
from interviews.exchange.registry import NOT_OWNED, OWNED
from interviews.hrmail.models import MailAccount
from interviews.models import Application, DigestLog, PendingImport, Submission
from tests.support.routes import build_world

pytestmark = pytest.mark.django_db

PASSWORD = "a long and unguessable one"
WHEN = timezone.make_aware(dt.datetime(2026, 11, 27, 9, 0))


def user_relations() -> list[tuple[type[models.Model], models.Field]]:
    """Every concrete link from any installed model to the user model."""
    user_model = get_user_model()
    return [
        (model, field)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if field.concrete and field.is_relation and field.related_model is user_model
    ]


def everything_of(user) -> dict[str, set[int]]:
    """The primary keys of every row that points at the user, directly or through an
    owned record (the backup registry's paths)."""
    rows: dict[str, set[int]] = {}
    for model, field in user_relations():
        found = set(
            model._default_manager.filter(**{field.name: user}).values_list("pk", flat=True)
        )
        rows.setdefault(model._meta.label, set()).update(found)
    for entry in OWNED:
        found = set(entry.of(user).values_list("pk", flat=True))
        rows.setdefault(entry.model._meta.label, set()).update(found)
    return rows


def still_there(rows: dict[str, set[int]]) -> dict[str, set[int]]:
    left = {}
    for label, pks in rows.items():
        model = apps.get_model(label)
        remaining = set(model._default_manager.filter(pk__in=pks).values_list("pk", flat=True))
        if remaining:
            left[label] = remaining
    return left


@pytest.fixture
def world():
    world = build_world()
    owner = world.owner
    owner.set_password(PASSWORD)
    owner.email = "owner@example.org"
    owner.save()
    MailAccount.objects.create(
        owner=owner, host="imap.example.org", username="owner", password_encrypted="x"
    )
    PendingImport.objects.create(owner=owner, name="jobs.csv", table={})
    Submission.objects.create(owner=owner, key="c" * 32)
    DigestLog.objects.create(owner=owner, sent_on=WHEN.date())
    seen = {"username": "owner", "ip_address": "203.0.113.9", "attempt_time": WHEN}
    AccessAttempt.objects.create(**seen, failures_since_start=3, post_data="username=owner")
    AccessFailureLog.objects.create(**seen)
    AccessLog.objects.create(**seen)
    AccessLog.objects.create(username="stranger", ip_address="203.0.113.7", attempt_time=WHEN)
    return world


def test_the_walk_sees_every_model_that_points_at_a_user():
    linked = {model for model, _ in user_relations()}
    known = {entry.model for entry in OWNED} | set(NOT_OWNED)
    # Every model of ours that points at a user is in the backup registry; Django's
    # admin log is the one other, and it cascades too.
    assert {m for m in linked if m.__module__.startswith("interviews.")} <= known
    for model, field in user_relations():
        assert field.remote_field.on_delete is models.CASCADE, f"{model.__name__}.{field.name}"


def test_deleting_leaves_no_row_of_the_person_behind(world):
    owner, stranger = world.owner, world.stranger
    rows = everything_of(owner)
    assert all(rows[label] for label in ("interviews.Application", "hrmail.MailAccount"))
    strangers_before = everything_of(stranger)
    account_delete(user=owner)
    assert still_there(rows) == {}
    assert not get_user_model().objects.filter(username="owner").exists()
    assert still_there(strangers_before) == {k: v for k, v in strangers_before.items() if v}


def test_the_lockout_log_keeps_the_address_but_not_the_name(world):
    account_delete(user=world.owner)
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        assert not model.objects.filter(username="owner").exists()
        assert model.objects.filter(ip_address="203.0.113.9", username=None).exists()
    assert AccessLog.objects.filter(username="stranger").exists()


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_page_offers_the_backup_first_and_asks_for_the_password(world):
    client = signed_in(world.owner)
    page = client.get(reverse("interviews:account_delete")).content.decode()
    assert page.index(reverse("interviews:backup_download")) < page.index('name="password"')
    settings_page = client.get(reverse("interviews:settings")).content.decode()
    assert reverse("interviews:account_delete") in settings_page


def test_a_wrong_password_deletes_nothing(world):
    client = signed_in(world.owner)
    response = client.post(reverse("interviews:account_delete"), {"password": "guess"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "not your current password" in response.content.decode()
    assert Application.objects.for_user(world.owner).exists()


def test_deleting_through_the_page_signs_out_every_session(world):
    elsewhere, here = signed_in(world.owner), signed_in(world.owner)
    stranger = Client()
    stranger.force_login(world.stranger)
    assert Session.objects.count() == 3
    response = here.post(reverse("interviews:account_delete"), {"password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("login"))
    assert "Your account and everything in it are deleted." in response.content.decode()
    assert Session.objects.count() == 1  # the stranger's
    board = elsewhere.get(reverse("interviews:board"))
    assert board.status_code == HTTPStatus.FOUND and reverse("login") in board["Location"]
    assert stranger.get(reverse("interviews:board")).status_code == HTTPStatus.OK
    assert not Application.objects.filter(owner__username="owner").exists()


def test_a_stranger_deleting_their_own_account_leaves_the_owners_untouched(world):
    world.stranger.set_password(PASSWORD)
    world.stranger.save()
    owners = everything_of(world.owner)
    client = signed_in(world.stranger)
    client.post(reverse("interviews:account_delete"), {"password": PASSWORD})
    assert not get_user_model().objects.filter(username="stranger").exists()
    assert still_there(owners) == {k: v for k, v in owners.items() if v}


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.post(reverse("interviews:account_delete"), {"password": PASSWORD})
    assert response.status_code == HTTPStatus.FOUND
    assert reverse("login") in response["Location"]
