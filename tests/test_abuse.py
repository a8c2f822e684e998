"""Account abuse: password spraying, floods of reset mails and sign-ups, shared addresses,
and the client's address behind proxies."""

from __future__ import annotations

from http import HTTPStatus
from importlib import import_module

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.test import Client, RequestFactory
from django.urls import reverse

from interviews.accounts.throttle import client_ip
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"
UNIQUE_EMAILS = import_module("interviews.migrations.0007_unique_emails_and_cache")
BEFORE_UNIQUE_EMAILS = dict(UNIQUE_EMAILS.Migration.dependencies)["interviews"]


def log_in(client: Client, username: str, password: str, **extra):
    return client.post(reverse("login"), {"username": username, "password": password}, **extra)


def test_spraying_many_usernames_from_one_address_is_stopped():
    victims = [UserFactory(username=f"victim{n}") for n in range(15)]
    client = Client(REMOTE_ADDR="198.51.100.7")
    statuses = [
        log_in(client, victim.username, f"guess-{n}").status_code
        for victim in victims
        for n in range(4)
    ]
    # Five failures from the address, whatever the usernames, and it is paused.
    assert statuses[:4] == [HTTPStatus.OK] * 4
    assert set(statuses[4:]) == {HTTPStatus.TOO_MANY_REQUESTS}
    # Even the right password waits out the pause from that address...
    assert log_in(client, victims[0].username, PASSWORD).status_code == 429
    # ...but the person logs in from their own address: nobody can lock them out remotely.
    elsewhere = Client(REMOTE_ADDR="203.0.113.20")
    assert log_in(elsewhere, victims[0].username, PASSWORD).status_code == HTTPStatus.FOUND


def test_logging_in_between_tries_does_not_wipe_the_count(user):
    attacker = UserFactory(username="attacker")
    client = Client(REMOTE_ADDR="198.51.100.8")
    for round_ in range(3):
        for n in range(2):
            log_in(client, user.username, f"guess-{round_}-{n}")
        log_in(client, attacker.username, PASSWORD)
        client.logout()
    assert log_in(client, user.username, "one-more-guess").status_code == 429


def proxied(forwarded_for: str) -> Client:
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded_for)


def test_behind_a_proxy_each_client_is_counted_on_its_own(settings, user):
    settings.PROXY_COUNT = 1
    for n in range(5):
        log_in(proxied("198.51.100.9"), user.username, f"wrong-{n}")
    assert log_in(proxied("198.51.100.9"), user.username, PASSWORD).status_code == 429
    # Everyone else comes through the same proxy and is not locked out with them.
    assert log_in(proxied("203.0.113.30"), user.username, PASSWORD).status_code == 302


def test_behind_a_proxy_a_forged_forwarded_for_does_not_escape_the_count(settings, user):
    settings.PROXY_COUNT = 1
    # The proxy appends the real address; whatever the client put before it is ignored.
    for n in range(5):
        log_in(proxied(f"192.0.2.{n}, 198.51.100.10"), user.username, f"wrong-{n}")
    assert log_in(proxied("192.0.2.99, 198.51.100.10"), user.username, PASSWORD).status_code == 429


def test_without_a_proxy_the_forwarded_for_header_is_not_believed(user):
    for n in range(5):
        forged = Client(REMOTE_ADDR="198.51.100.11", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
        log_in(forged, user.username, f"wrong-{n}")
    assert log_in(Client(REMOTE_ADDR="198.51.100.11"), user.username, PASSWORD).status_code == 429


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (0, "192.0.2.1", "10.0.0.1"),
        (1, "192.0.2.1", "192.0.2.1"),
        (1, "6.6.6.6, 192.0.2.1", "192.0.2.1"),
        (2, "6.6.6.6, 192.0.2.1, 10.0.0.2", "192.0.2.1"),
        (2, "10.0.0.2", "10.0.0.1"),  # fewer entries than proxies: a misconfiguration
        (1, "", "10.0.0.1"),
    ],
)
def test_the_client_address_is_counted_from_the_right(settings, count, forwarded, expected):
    settings.PROXY_COUNT = count
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def ask_reset(client: Client, email: str):
    return client.post(reverse("password_reset"), {"email": email})


def test_a_flood_of_reset_requests_for_one_mailbox_sends_three_mails(user):
    statuses = [
        ask_reset(Client(REMOTE_ADDR=f"198.51.100.{n}"), user.email).status_code for n in range(16)
    ]
    assert len(mail.outbox) == 3
    assert statuses[:3] == [HTTPStatus.FOUND] * 3
    assert set(statuses[3:]) == {HTTPStatus.TOO_MANY_REQUESTS}


def test_one_address_asking_resets_for_many_mailboxes_is_paused():
    users = [UserFactory(username=f"reset{n}") for n in range(12)]
    client = Client(REMOTE_ADDR="198.51.100.50")
    statuses = [ask_reset(client, u.email).status_code for u in users]
    assert statuses[:10] == [HTTPStatus.FOUND] * 10
    response = ask_reset(client, users[-1].email)
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert response["Retry-After"] == "3600"
    assert "Please wait an hour" in response.content.decode()
    assert len(mail.outbox) == 10


def sign_up(client: Client, n: int, email: str | None = None):
    return client.post(
        reverse("signup"),
        {
            "username": f"newcomer{n}",
            "full_name": f"Newcomer {n}",
            "email": email or f"newcomer{n}@example.com",
            "password1": "correct-horse-battery",
            "password2": "correct-horse-battery",
            "country": "GB",
            "time_zone": "Europe/London",
        },
    )


def test_one_address_signing_up_again_and_again_is_paused():
    statuses = []
    for n in range(7):
        client = Client(REMOTE_ADDR="198.51.100.60")
        statuses.append(sign_up(client, n).status_code)
    assert statuses[:5] == [HTTPStatus.FOUND] * 5
    assert set(statuses[5:]) == {HTTPStatus.TOO_MANY_REQUESTS}
    assert get_user_model().objects.count() == 5


def test_sign_up_refuses_an_address_another_account_has_in_any_capitals(user):
    response = sign_up(Client(), 1, email=user.email.upper())
    assert response.status_code == HTTPStatus.OK
    assert "already uses this e-mail address" in response.content.decode()
    assert get_user_model().objects.filter(email__iexact=user.email).count() == 1


def test_the_database_refuses_a_second_account_with_the_same_address(user):
    with pytest.raises(IntegrityError), transaction.atomic():
        get_user_model().objects.create_user("copycat", email=user.email.title())


def test_a_reset_mails_one_account_only(user):
    ask_reset(Client(), user.email.upper())
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_every_account_and_gives_a_shared_address_to_one(capsys):
    call_command("migrate", "interviews", BEFORE_UNIQUE_EMAILS, verbosity=0)
    User = get_user_model()
    old = User.objects.create_user("old", email="Shared@Example.com")
    recent = User.objects.create_user("recent", email="shared@example.com")
    User.objects.filter(pk=recent.pk).update(last_login="2026-11-01T10:00Z")
    other = User.objects.create_user("other", email="other@example.com")
    call_command("migrate", verbosity=0)
    assert User.objects.count() == 3
    assert User.objects.get(pk=recent.pk).email == "shared@example.com"
    assert User.objects.get(pk=old.pk).email == ""
    assert User.objects.get(pk=other.pk).email == "other@example.com"
    output = capsys.readouterr().out
    assert "'old' shared its e-mail address with 'recent'" in output
