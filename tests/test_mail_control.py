"""Mail people control: the digest's off switch and one-click unsubscribe (RFC 8058), a
new e-mail address confirmed from that address, and a digest that lists each thing once."""

from __future__ import annotations

import datetime as dt
import re
import time
from http import HTTPStatus
from io import StringIO

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from interviews.accounts.email_change import change_token
from interviews.models import Outcome
from interviews.profiles import profile_of
from tests.factories import PASSWORD, ApplicationFactory, InterviewRoundFactory, UserFactory

pytestmark = pytest.mark.django_db

DAY = dt.date(2026, 11, 30)


def send() -> None:
    call_command("send_digest", "--date", DAY.isoformat(), stdout=StringIO())


def follow_up_due(owner, company="Acme"):
    return ApplicationFactory(owner=owner, company=company, applied_on=DAY - dt.timedelta(days=14))


def unsubscribe_path(message) -> str:
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    return url.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def test_a_person_who_turned_the_digest_off_gets_none(owner_client, user):
    follow_up_due(user)
    form = {"country": "US", "time_zone": "UTC", "week_starts_on": "0"}
    response = owner_client.post(reverse("interviews:settings"), form)  # the box left unticked
    assert response.status_code == HTTPStatus.FOUND
    assert profile_of(user).__class__.objects.get(owner=user).digest_enabled is False
    send()
    assert mail.outbox == []


def test_the_digest_carries_one_click_unsubscribe_headers_and_link(user):
    follow_up_due(user)
    send()
    (message,) = mail.outbox
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert url.startswith("http") and "/unsubscribe/" in url
    assert url in message.body
    # Python's e-mail parser reads the headers as a mail program would.
    raw = message.message().as_string()
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in raw


def test_opening_the_link_asks_and_the_one_click_post_turns_the_digest_off(user):
    follow_up_due(user)
    send()
    path = unsubscribe_path(mail.outbox[0])
    # A link checker opening it changes nothing.
    page = Client().get(path)
    assert page.status_code == HTTPStatus.OK
    assert "Stop the daily digest?" in page.content.decode()
    assert profile_of(user).digest_enabled
    # The mail program's POST has no session and no CSRF token.
    response = Client(enforce_csrf_checks=True).post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == HTTPStatus.OK
    assert "The daily digest is off" in response.content.decode()
    user.refresh_from_db()
    assert profile_of(user).digest_enabled is False
    mail.outbox.clear()
    call_command(
        "send_digest", "--date", (DAY + dt.timedelta(days=1)).isoformat(), stdout=StringIO()
    )
    assert mail.outbox == []


@pytest.mark.parametrize(
    "token",
    [
        "MQ",
        "MQ:1xWzQz:forged",
        signing.dumps(1, salt="another.purpose"),
    ],
    # The signed token carries a timestamp: ids must not, or xdist's workers disagree.
    ids=["unsigned", "forged", "another-purpose"],
)
def test_a_forged_or_foreign_unsubscribe_token_is_a_404(user, token):
    for method in ("get", "post"):
        response = getattr(Client(), method)(reverse("interviews:digest_unsubscribe", args=[token]))
        assert response.status_code == HTTPStatus.NOT_FOUND
    assert profile_of(user).digest_enabled


def test_an_email_change_token_does_not_unsubscribe(user):
    token = change_token(user, "x@example.com")
    url = reverse("interviews:digest_unsubscribe", args=[token])
    assert Client().post(url).status_code == HTTPStatus.NOT_FOUND


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


def test_each_application_is_one_heading_and_the_subject_counts_the_listed_items(user):
    # A thank-you due today and an interview tomorrow, with another company's follow-up
    # due today between them in date order: one heading for Busy Co all the same.
    busy = ApplicationFactory(owner=user, company="Busy Co")
    InterviewRoundFactory(
        application=busy, scheduled_at=at(DAY - dt.timedelta(days=3)), outcome=Outcome.DONE
    )
    InterviewRoundFactory(
        application=busy, scheduled_at=at(DAY + dt.timedelta(days=1)), outcome=Outcome.SCHEDULED
    )
    follow_up_due(user, company="Calm Co")
    send()
    (message,) = mail.outbox
    assert message.body.count("* Busy Co,") == 1
    items = re.findall(r"^  - .*$", message.body, flags=re.MULTILINE)
    count = int(re.search(r"(\d+) things?", message.subject)[1])
    assert count == len(items) == len(set(items)) >= 3
    assert "  - Tomorrow: " in message.body


def change_email(client: Client, email: str, password: str = PASSWORD):
    return client.post(reverse("interviews:email_change"), {"email": email, "password": password})


def link_in(message) -> str:
    return re.search(r"https?://\S+/settings/email/confirm/\S+/", message.body)[0].split(
        "testserver", 1
    )[1]


def test_changing_the_address_waits_for_the_link_sent_to_the_new_one(owner_client, user):
    old = user.email
    response = change_email(owner_client, "New.Me@example.com")
    assert response.status_code == HTTPStatus.FOUND
    (message,) = mail.outbox
    assert message.to == ["New.Me@example.com"]
    user.refresh_from_db()
    assert user.email == old
    response = owner_client.get(link_in(message), follow=True)
    assert "Your e-mail address is now New.Me@example.com" in response.content.decode()
    user.refresh_from_db()
    assert user.email == "New.Me@example.com"


def test_a_wrong_password_or_a_taken_address_is_refused_with_a_clear_error(owner_client, user):
    UserFactory(username="other", email="taken@example.com")
    response = change_email(owner_client, "fresh@example.com", password="not-it")
    assert "That is not your current password." in response.content.decode()
    response = change_email(owner_client, "TAKEN@example.com")
    assert "Another account uses this address" in response.content.decode()
    assert mail.outbox == []


def test_the_link_works_only_for_its_own_account(owner_client, user, stranger):
    change_email(owner_client, "mine@example.com")
    link = link_in(mail.outbox[0])
    other = Client()
    other.force_login(stranger)
    assert other.get(link).status_code == HTTPStatus.NOT_FOUND
    stranger.refresh_from_db()
    assert stranger.email != "mine@example.com"
    assert Client().get(link).status_code == HTTPStatus.FOUND  # to log in


def test_an_old_link_has_expired(owner_client, user, monkeypatch):
    three_days_ago = time.time() - 3 * 24 * 3600
    monkeypatch.setattr(signing.time, "time", lambda: three_days_ago)
    token = change_token(user, "late@example.com")
    monkeypatch.undo()
    response = owner_client.get(reverse("interviews:email_confirm", args=[token]), follow=True)
    assert "That link has expired" in response.content.decode()
    user.refresh_from_db()
    assert user.email != "late@example.com"


def test_an_address_taken_before_the_link_is_opened_is_not_switched_to(owner_client, user):
    token = change_token(user, "race@example.com")
    UserFactory(username="quicker", email="race@example.com")
    response = owner_client.get(reverse("interviews:email_confirm", args=[token]), follow=True)
    assert "Another account took that address meanwhile" in response.content.decode()
    user.refresh_from_db()
    assert user.email != "race@example.com"


def test_settings_show_the_address_and_the_way_to_change_it(owner_client, user):
    body = owner_client.get(reverse("interviews:settings")).content.decode()
    assert user.email in body
    assert reverse("interviews:email_change") in body
